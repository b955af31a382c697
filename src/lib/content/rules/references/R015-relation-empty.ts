import { defineRule } from '../rule.ts';

export default defineRule({
  code: 'R015',
  level: 'error',
  title: 'Een relatie noemt geen protocol en geen titel',
  fix: 'Vul "protocol" (slug) of "title" in.',
});
