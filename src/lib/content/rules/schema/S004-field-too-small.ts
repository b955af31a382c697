import { defineRule } from '../rule.ts';

export default defineRule({
  code: 'S004',
  level: 'error',
  title: 'Een veld is leeg of een lijst heeft te weinig elementen',
  fix: 'Vul de tekst of de lijst aan zoals de melding zegt.',
});
