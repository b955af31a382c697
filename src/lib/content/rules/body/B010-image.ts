import { defineRule } from '../rule.ts';

export default defineRule({
  code: 'B010',
  level: 'error',
  title: 'Een afbeelding in de tekst',
  fix: 'Laat de afbeelding weg, of beschrijf ze in woorden.',
});
