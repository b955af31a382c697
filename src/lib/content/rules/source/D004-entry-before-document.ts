import { defineRule } from '../rule.ts';

export default defineRule({
  code: 'D004',
  level: 'warning',
  title: 'De inwerkingtreding ligt voor de datum van het document',
  fix: 'Controleer de bron; staat het zo in de bron, schrijf een redactienoot voor entryIntoForce.date.',
});
