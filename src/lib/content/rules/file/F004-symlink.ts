import { defineRule } from '../rule.ts';

export default defineRule({
  code: 'F004',
  level: 'error',
  title: 'Een symbolische link wordt nooit gelezen',
  fix: 'Vervang de link door een gewoon bestand met de inhoud zelf.',
});
