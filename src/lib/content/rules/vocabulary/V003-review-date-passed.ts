import { defineRule } from '../rule.ts';

export default defineRule({
  code: 'V003',
  level: 'warning',
  title: 'De herzieningsdatum is voorbij',
  fix: 'Vul de nieuwe herzieningsdatum in, of voeg het gewijzigde protocol toe.',
});
