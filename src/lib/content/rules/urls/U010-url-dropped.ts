import { defineRule } from '../rule.ts';

export default defineRule({
  code: 'U010',
  level: 'error',
  title: 'Een gepubliceerde URL zou verdwijnen',
  fix: 'Zet de oude slug in formerSlugs van het bestand dat de pagina vervangt, of haal de regel bewust weg uit published-urls.txt.',
});
