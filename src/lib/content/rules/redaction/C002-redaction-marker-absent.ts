import { defineRule } from '../rule.ts';

export default defineRule({
  code: 'C002',
  level: 'error',
  title: 'Een verklaarde markering staat niet in de tekst',
  fix: 'Schrijf de markering letterlijk in de tekst, of verwijder de regel uit "redactions".',
});
