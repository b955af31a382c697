import { defineRule } from '../rule.ts';

export default defineRule({
  code: 'U002',
  level: 'error',
  title: 'Een vroegere slug is de naam van een onderdeel van de site',
  fix: 'Laat de slug weg uit formerSlugs.',
});
