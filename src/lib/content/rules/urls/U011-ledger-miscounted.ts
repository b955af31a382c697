import { defineRule } from '../rule.ts';

export default defineRule({
  code: 'U011',
  level: 'error',
  title: "content/published-urls.txt telt een ander aantal URL's dan de laatste regel zegt",
  fix: 'Herstel het bestand, of pas bij het bewust weghalen van een URL het getal op de laatste regel aan.',
});
