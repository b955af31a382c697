import { defineRule } from '../rule.ts';

export default defineRule({
  code: 'S001',
  level: 'error',
  title: 'Een verplicht veld ontbreekt',
  fix: 'Vul het veld in; docs/protocol-format.md heeft een voorbeeld.',
});
