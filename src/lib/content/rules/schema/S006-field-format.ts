import { defineRule } from '../rule.ts';

export default defineRule({
  code: 'S006',
  level: 'error',
  title: 'Een veld heeft niet de vereiste vorm (slug, datum, KBO, adres, e-mail, code)',
  fix: 'Schrijf de waarde in de vorm die de melding noemt.',
});
