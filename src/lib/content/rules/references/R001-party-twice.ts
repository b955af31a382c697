import { defineRule } from '../rule.ts';

export default defineRule({
  code: 'R001',
  level: 'error',
  title: 'Een partij staat twee keer in de lijst',
  fix: 'Verwijder de dubbele vermelding.',
});
