import { defineRule } from '../rule.ts';

export default defineRule({
  code: 'R016',
  level: 'warning',
  title: 'Een vervangen protocol blijft van kracht na zijn opvolger',
  fix: 'Zet end.date in het vervangen protocol, of leg het uit in een redactienoot met field: "relations[i]".',
});
