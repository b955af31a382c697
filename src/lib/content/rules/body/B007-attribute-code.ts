import { defineRule } from '../rule.ts';

export default defineRule({
  code: 'B007',
  level: 'error',
  title: 'Een attribuut met code ({…})',
  fix: 'Schrijf attributen als gewone tekst tussen aanhalingstekens.',
});
