import { defineRule } from '../rule.ts';

export default defineRule({
  code: 'U012',
  level: 'error',
  title: 'content/published-urls.txt bevat een regel die geen pad is',
  fix: 'Elke regel is een pad dat met / begint, of een commentaarregel met #.',
});
