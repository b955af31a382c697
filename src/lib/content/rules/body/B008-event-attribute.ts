import { defineRule } from '../rule.ts';

export default defineRule({
  code: 'B008',
  level: 'error',
  title: 'Een gebeurtenis-attribuut (on…) dat script uitvoert',
  fix: 'Verwijder het attribuut.',
});
