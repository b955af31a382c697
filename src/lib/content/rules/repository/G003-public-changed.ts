import { defineRule } from '../rule.ts';

export default defineRule({
  code: 'G003',
  level: 'error',
  title: 'Een bestand in public/ verschilt van public-manifest.txt',
  fix: 'Zet het bestand terug; een bewuste wijziging legt een beheerder vast.',
});
