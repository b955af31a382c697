import { defineRule } from '../rule.ts';

export default defineRule({
  code: 'V002',
  level: 'warning',
  title: 'legalFrameworkId spreekt legalFramework tegen',
  fix: 'Kies het juiste legalFrameworkId, of verbeter legalFramework.',
});
