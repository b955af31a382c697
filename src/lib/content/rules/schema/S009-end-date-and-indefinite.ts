import { defineRule } from '../rule.ts';

export default defineRule({
  code: 'S009',
  level: 'error',
  title: 'Een einddatum en "onbepaalde duur" tegelijk',
  fix: 'Verwijder end.indefinite of end.date.',
});
