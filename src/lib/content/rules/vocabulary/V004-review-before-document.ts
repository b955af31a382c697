import { defineRule } from '../rule.ts';

export default defineRule({
  code: 'V004',
  level: 'warning',
  title: 'De herzieningsdatum ligt voor de datum van het document',
  fix: 'Controleer de datum in de bron (JJJJ-MM-DD).',
});
