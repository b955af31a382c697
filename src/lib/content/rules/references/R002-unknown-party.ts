import { defineRule } from '../rule.ts';

export default defineRule({
  code: 'R002',
  level: 'error',
  title: 'Een partij bestaat niet in content/parties',
  fix: 'Gebruik de slug van een bestaande partij, of voeg het partijbestand toe.',
});
