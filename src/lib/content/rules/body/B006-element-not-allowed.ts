import { defineRule } from '../rule.ts';

export default defineRule({
  code: 'B006',
  level: 'error',
  title: 'Een HTML- of JSX-element dat niet is toegelaten',
  fix: 'Gebruik Markdown voor opmaak; alleen <br /> en <abbr title="…"> zijn toegelaten.',
});
