import { defineRule } from '../rule.ts';

export default defineRule({
  code: 'S002',
  level: 'error',
  title: 'Een veld heeft de verkeerde soort waarde',
  fix: 'Schrijf de waarde zoals de melding zegt (tekst, lijst, true/false, datum).',
});
