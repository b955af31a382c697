import { defineRule } from '../rule.ts';

export default defineRule({
  code: 'T002',
  level: 'error',
  title: 'Een onzichtbaar teken dat de leesrichting omkeert',
  fix: 'Verwijder het teken: typ de tekst rond die positie opnieuw.',
});
