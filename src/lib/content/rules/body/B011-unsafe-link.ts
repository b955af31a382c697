import { defineRule } from '../rule.ts';

export default defineRule({
  code: 'B011',
  level: 'error',
  title: 'Een link die niet https:, http:, mailto: of relatief is',
  fix: 'Gebruik een gewoon webadres (https://…) of mailto:adres, of verwijder de link.',
});
