import { defineRule } from '../rule.ts';

export default defineRule({
  code: 'R007',
  level: 'error',
  title: 'Een gegevenscategorie bestaat niet',
  fix: 'Gebruik een bestaande categorie, of voeg content/data-categories/<id>.yaml toe.',
});
