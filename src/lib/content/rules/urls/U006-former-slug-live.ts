import { defineRule } from '../rule.ts';

export default defineRule({
  code: 'U006',
  level: 'error',
  title: 'Een vroegere slug leidt van de URL van een bestaande pagina',
  fix: 'Laat de slug weg uit formerSlugs.',
});
