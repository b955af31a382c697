import { defineRule } from '../rule.ts';

export default defineRule({
  code: 'P011',
  level: 'error',
  title: 'Een redactienoot noemt een veld dat niet bestaat',
  fix: 'Schrijf het pad van een bestaand veld, zoals in de melding van de check.',
});
