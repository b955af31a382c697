import { defineRule } from '../rule.ts';

export default defineRule({
  code: 'G004',
  level: 'error',
  title: 'Een bestand uit public-manifest.txt ontbreekt',
  fix: 'Zet het bestand terug of haal de regel weg uit public-manifest.txt.',
});
