import { defineRule } from '../rule.ts';

export default defineRule({
  code: 'F007',
  level: 'error',
  title: 'Het bestand is geen geldige UTF-8',
  fix: 'Sla het bestand op als UTF-8 ("Opslaan als" → codering UTF-8).',
});
