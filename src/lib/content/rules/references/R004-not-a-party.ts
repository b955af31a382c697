import { defineRule } from '../rule.ts';

export default defineRule({
  code: 'R004',
  level: 'error',
  title: 'Een stroom, doel of handtekening noemt een partij die niet in parties staat',
  fix: 'Voeg de partij toe aan parties, of kies een partij van het protocol.',
});
