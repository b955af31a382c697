import { defineRule } from '../rule.ts';

export default defineRule({
  code: 'R013',
  level: 'error',
  title: 'Een relatie noemt een protocol dat niet bestaat',
  fix: 'Gebruik de bestandsnaam (zonder .mdx) van een bestaand protocol, of "title" voor een document buiten het register.',
});
