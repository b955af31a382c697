import { defineRule } from '../rule.ts';

export default defineRule({
  code: 'P005',
  level: 'error',
  title: 'Een gegeven heeft geen omschrijving',
  fix: 'Neem de omschrijving van het gegeven over uit de bron.',
});
