import { defineRule } from '../rule.ts';

export default defineRule({
  code: 'U003',
  level: 'error',
  title: 'Een vroegere slug is de huidige slug van het bestand',
  fix: 'Laat ze weg: alleen vroegere slugs horen in formerSlugs.',
});
