import { defineRule } from '../rule.ts';

export default defineRule({
  code: 'F005',
  level: 'error',
  title: 'Geen gewoon bestand (een map, apparaat, pipe of socket)',
  fix: 'Vervang het door een gewoon bestand.',
});
