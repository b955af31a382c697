import { defineRule } from '../rule.ts';

export default defineRule({
  code: 'D003',
  level: 'warning',
  title: 'Het advies van de functionaris is later dan de datum van het document',
  fix: 'Controleer de bron; staat het zo in de bron, schrijf een redactienoot voor dat veld.',
});
