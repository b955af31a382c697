import { defineRule } from '../rule.ts';

export default defineRule({
  code: 'S005',
  level: 'error',
  title: 'Een veld heeft een waarde buiten de toegelaten lijst',
  fix: 'Kies een van de waarden die de melding noemt.',
});
