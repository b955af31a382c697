import { defineRule } from '../rule.ts';

export default defineRule({
  code: 'D005',
  level: 'warning',
  title: 'Het protocol noemt geen einde',
  fix: 'Vul end.date, end.indefinite of end.note in, of schrijf een redactienoot voor end.',
});
