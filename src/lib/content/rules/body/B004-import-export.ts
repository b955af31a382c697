import { defineRule } from '../rule.ts';

export default defineRule({
  code: 'B004',
  level: 'error',
  title: 'import of export in de tekst (code)',
  fix: 'Verwijder de regel met import/export; de tekst is gewone Markdown.',
});
