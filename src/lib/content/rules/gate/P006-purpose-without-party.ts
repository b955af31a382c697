import { defineRule } from '../rule.ts';

export default defineRule({
  code: 'P006',
  level: 'error',
  title: 'Een doel zegt niet van welke partij het is',
  fix: 'Vul purposes[i].party in, of schrijf een redactienoot als het voor alle partijen geldt.',
});
