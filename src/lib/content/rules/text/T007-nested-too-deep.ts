import { defineRule } from '../rule.ts';

export default defineRule({
  code: 'T007',
  level: 'error',
  title: 'De velden zijn te diep genest',
  fix: 'Volg de structuur uit docs/protocol-format.md.',
});
