import { defineRule } from '../rule.ts';

export default defineRule({
  code: 'R010',
  level: 'warning',
  title: 'Een partij komt in geen enkele gegevensstroom voor',
  fix: 'Voeg de partij toe aan een stroom, of leg het uit in een redactienoot met field: "flows".',
});
