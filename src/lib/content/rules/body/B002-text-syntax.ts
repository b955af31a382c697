import { defineRule } from '../rule.ts';

export default defineRule({
  code: 'B002',
  level: 'error',
  title: 'De tekst kan niet gelezen worden (Markdown/MDX-syntaxis)',
  fix: 'Schrijf <, >, { en } in lopende tekst als \\<, \\>, \\{ en \\}.',
});
