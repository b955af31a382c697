import { defineRule } from '../rule.ts';

export default defineRule({
  code: 'D001',
  level: 'warning',
  title: 'Het ondernemingsnummer in de brontekst heeft een fout controlegetal',
  fix: 'Behoud het zoals in de bron en noem het juiste nummer in een redactienoot voor dat veld.',
});
