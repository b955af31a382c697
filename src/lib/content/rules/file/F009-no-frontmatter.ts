import { defineRule } from '../rule.ts';

export default defineRule({
  code: 'F009',
  level: 'error',
  title: 'Het protocol heeft geen frontmatter',
  fix: 'Begin het bestand met "---", de velden, opnieuw "---", en daaronder de tekst.',
});
