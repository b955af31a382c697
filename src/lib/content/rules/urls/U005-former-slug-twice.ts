import { defineRule } from '../rule.ts';

export default defineRule({
  code: 'U005',
  level: 'error',
  title: 'Een vroegere slug staat bij twee bestanden',
  fix: 'Laat ze bij één van beide weg.',
});
