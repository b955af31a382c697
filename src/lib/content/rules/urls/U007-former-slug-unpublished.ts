import { defineRule } from '../rule.ts';

export default defineRule({
  code: 'U007',
  level: 'error',
  title: 'Een vroegere slug noemt een URL die het register nooit publiceerde',
  fix: 'Gebruik de vroegere bestandsnaam van dit bestand.',
});
