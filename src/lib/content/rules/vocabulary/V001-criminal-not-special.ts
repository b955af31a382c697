import { defineRule } from '../rule.ts';

export default defineRule({
  code: 'V001',
  level: 'error',
  title: 'Strafrechtelijke gegevens zonder specialCategory',
  fix: 'Zet specialCategory: true, of verwijder criminalData.',
});
