import { defineRule } from '../rule.ts';

export default defineRule({
  code: 'G005',
  level: 'error',
  title: 'Een bestand van de build (cache of uitvoer) is in de repository opgenomen',
  fix: 'Verwijder het uit de repository (git rm --cached -r).',
});
