import { defineRule } from '../rule.ts';

export default defineRule({
  code: 'S007',
  level: 'error',
  title: 'Een waarde klopt niet (controlegetal, kalenderdatum, webadres, ELI)',
  fix: 'Neem de waarde opnieuw over uit de bron of het register dat ze toekent (KBO, ejustice).',
});
