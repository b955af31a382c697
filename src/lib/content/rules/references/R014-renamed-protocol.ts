import { defineRule } from '../rule.ts';

export default defineRule({
  code: 'R014',
  level: 'error',
  title: 'Een relatie noemt een protocol met zijn vroegere slug',
  fix: 'Gebruik de huidige slug die de melding noemt.',
});
