import { defineRule } from '../rule.ts';

export default defineRule({
  code: 'B012',
  level: 'error',
  title: 'HTML in de tekst',
  fix: 'Verwijder de HTML; gebruik Markdown voor opmaak.',
});
