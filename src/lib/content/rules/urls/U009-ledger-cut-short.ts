import { defineRule } from '../rule.ts';

export default defineRule({
  code: 'U009',
  level: 'error',
  title: 'content/published-urls.txt is afgebroken: de laatste regel "# einde: N URL\'s" ontbreekt',
  fix: 'Herstel het bestand uit de vorige versie en voer "npm run urls:update" uit.',
});
