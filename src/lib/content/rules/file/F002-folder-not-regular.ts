import { defineRule } from '../rule.ts';

export default defineRule({
  code: 'F002',
  level: 'error',
  title: 'Een map van de inhoud is geen gewone map',
  fix: 'Vervang de symbolische link of het bestand door een gewone map.',
});
