import { defineRule } from '../rule.ts';

export default defineRule({
  code: 'D002',
  level: 'warning',
  title: 'De brontekst noemt een ander ondernemingsnummer dan de partij heeft',
  fix: 'Controleer welk nummer juist is; staat het zo in de bron, schrijf een redactienoot.',
});
