import { defineRule } from '../rule.ts';

export default defineRule({
  code: 'S008',
  level: 'error',
  title: 'De einddatum ligt voor de inwerkingtreding',
  fix: 'Verbeter end.date of entryIntoForce.date zodat het einde na de inwerkingtreding valt.',
});
