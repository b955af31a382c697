import { defineRule } from '../rule.ts';

export default defineRule({
  code: 'R008',
  level: 'warning',
  title: 'Een gegeven uit een bijzondere categorie is niet zo gemarkeerd',
  fix: 'Zet specialCategory: true, of kies een andere categorie.',
});
