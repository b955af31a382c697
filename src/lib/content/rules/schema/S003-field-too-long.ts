import { defineRule } from '../rule.ts';

export default defineRule({
  code: 'S003',
  level: 'error',
  title: 'Een tekst is te lang voor zijn veld',
  fix: 'Kort de tekst in; de volledige tekst hoort in de body onder de frontmatter.',
});
