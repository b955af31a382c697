import { defineRule } from '../rule.ts';

export default defineRule({
  code: 'P002',
  level: 'error',
  title: 'Een veld bevat nog een plaatshouder ("Nog aan te vullen", "TODO", "…")',
  fix: 'Vul het veld in zoals in de bron staat.',
});
