import { defineRule } from '../rule.ts';

export default defineRule({
  code: 'U008',
  level: 'error',
  title: 'content/published-urls.txt ontbreekt',
  fix: 'Herstel het bestand (git checkout origin/main -- content/published-urls.txt).',
});
