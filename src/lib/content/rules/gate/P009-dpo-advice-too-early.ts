import { defineRule } from '../rule.ts';

export default defineRule({
  code: 'P009',
  level: 'error',
  title: 'Het advies van de functionaris ligt meer dan twee jaar voor het document',
  fix: 'Neem de datum van het advies over uit de bron, of schrijf een redactienoot.',
});
