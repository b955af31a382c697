import { defineRule } from '../rule.ts';

export default defineRule({
  code: 'B016',
  level: 'error',
  title: 'Een alinea heeft te veel opmaaktekens (*, _, ~)',
  fix: 'Verwijder ze, of schrijf ze als \\*, \\_ en \\~.',
});
