import { defineRule } from '../rule.ts';

export default defineRule({
  code: 'B001',
  level: 'error',
  title: 'De volledige tekst van het protocol ontbreekt',
  fix: 'Plak de volledige tekst van de bron onder de afsluitende "---".',
});
