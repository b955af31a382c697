import { defineRule } from '../rule.ts';

export default defineRule({
  code: 'B003',
  level: 'error',
  title: 'Een HTML-commentaar in de tekst',
  fix: 'Verwijder het commentaar; een opmerking van de redactie hoort in editorNotes.',
});
