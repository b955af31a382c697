import { defineRule } from '../rule.ts';

export default defineRule({
  code: 'P004',
  level: 'error',
  title: 'De tekst bevat nog een plaatshouder',
  fix: 'Vervang de plaatshouder door de tekst van de bron.',
});
