import { defineRule } from '../rule.ts';

export default defineRule({
  code: 'R011',
  level: 'error',
  title: 'Een groep van betrokkenen bestaat niet',
  fix: 'Kies een bestaande groep, of voeg content/data-subjects/<id>.yaml toe.',
});
