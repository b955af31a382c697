import { defineRule } from '../rule.ts';

export default defineRule({
  code: 'F003',
  level: 'error',
  title: 'Onverwacht bestand in een map van de inhoud',
  fix: 'Geef het bestand de juiste extensie (.yaml of .mdx) of verwijder het.',
});
