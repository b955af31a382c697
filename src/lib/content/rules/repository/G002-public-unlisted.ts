import { defineRule } from '../rule.ts';

export default defineRule({
  code: 'G002',
  level: 'error',
  title: 'Een bestand in public/ dat niet in public-manifest.txt staat',
  fix: 'Een inhouds-pull request wijzigt alleen content/: verwijder het bestand.',
});
