import { defineRule } from '../rule.ts';

export default defineRule({
  code: 'P010',
  level: 'error',
  title: 'Het advies van de functionaris is later dan de ondertekening',
  fix: 'Controleer beide datums in de bron, of schrijf een redactienoot.',
});
