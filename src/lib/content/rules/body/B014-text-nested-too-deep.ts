import { defineRule } from '../rule.ts';

export default defineRule({
  code: 'B014',
  level: 'error',
  title: 'De tekst is te diep genest',
  fix: 'Verwijder overtollige ">", opsommingstekens, inspringing of geneste "<…>".',
});
