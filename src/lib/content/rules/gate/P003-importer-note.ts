import { defineRule } from '../rule.ts';

export default defineRule({
  code: 'P003',
  level: 'error',
  title: 'source.note is een werknotitie van de importeur',
  fix: 'Verwijder source.note, of schrijf er iets over de bron zelf in.',
});
