import { defineRule } from '../rule.ts';

export default defineRule({
  code: 'B013',
  level: 'error',
  title: 'De tekst kan niet verwerkt worden',
  fix: 'Vereenvoudig de opmaak: minder geneste citaten, lijsten of elementen.',
});
