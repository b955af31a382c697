import { defineRule } from '../rule.ts';

export default defineRule({
  code: 'R003',
  level: 'error',
  title: 'Een partij wordt met haar vroegere slug genoemd',
  fix: 'Gebruik de huidige slug die de melding noemt.',
});
