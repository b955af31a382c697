import { defineRule } from '../rule.ts';

export default defineRule({
  code: 'I003',
  level: 'error',
  title: 'Twee bestanden beschrijven hetzelfde document',
  fix: 'Verwijder een van beide bestanden, of verbeter het veld als het om een ander document gaat.',
});
