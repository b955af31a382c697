import { defineRule } from '../rule.ts';

export default defineRule({
  code: 'R009',
  level: 'error',
  title: 'Een bijzonder gegeven in een protocol met specialCategories: false',
  fix: 'Zet specialCategories: true op het protocol.',
});
