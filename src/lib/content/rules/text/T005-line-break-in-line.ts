import { defineRule } from '../rule.ts';

export default defineRule({
  code: 'T005',
  level: 'error',
  title: 'Een regeleinde in een veld van één regel',
  fix: 'Schrijf de waarde op één regel (zonder "|" of ">" in de YAML).',
});
