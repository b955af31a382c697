import { defineRule } from '../rule.ts';

export default defineRule({
  code: 'U004',
  level: 'error',
  title: 'Een vroegere slug is de slug van een ander bestand',
  fix: 'Laat de slug weg uit formerSlugs, of hernoem het andere bestand.',
});
