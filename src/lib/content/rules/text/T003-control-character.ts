import { defineRule } from '../rule.ts';

export default defineRule({
  code: 'T003',
  level: 'error',
  title: 'Een stuurteken dat feeds en exports breekt',
  fix: 'Verwijder het teken: typ de tekst rond die positie opnieuw.',
});
