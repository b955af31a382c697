import { defineRule } from '../rule.ts';

export default defineRule({
  code: 'B005',
  level: 'error',
  title: 'Een {uitdrukking} tussen accolades (code)',
  fix: 'Verwijder de accolades, of schrijf ze als \\{ en \\}.',
});
