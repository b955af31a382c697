import { defineRule } from '../rule.ts';

export default defineRule({
  code: 'P001',
  level: 'error',
  title: 'Het bestand is een ontwerp van de importeur',
  fix: 'Kijk elk veld in "review" na, verwijder "review" en zet "draft: false".',
});
