import { defineRule } from '../rule.ts';

export default defineRule({
  code: 'T004',
  level: 'error',
  title: 'Een onzichtbaar teken in een veld',
  fix: 'Verwijder het teken: typ de tekst rond die positie opnieuw.',
});
