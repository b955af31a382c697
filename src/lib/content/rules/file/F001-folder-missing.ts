import { defineRule } from '../rule.ts';

export default defineRule({
  code: 'F001',
  level: 'error',
  title: 'Een map van de inhoud ontbreekt',
  fix: 'Maak de map aan met minstens één bestand (content/parties, content/data-categories, content/protocols).',
});
