import { defineRule } from '../rule.ts';

export default defineRule({
  code: 'G001',
  level: 'error',
  title: 'Een symbolische link of geen gewoon bestand in public/',
  fix: 'Verwijder het.',
});
