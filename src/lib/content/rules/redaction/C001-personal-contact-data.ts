import { defineRule } from '../rule.ts';

export default defineRule({
  code: 'C001',
  level: 'warning',
  title: 'De tekst bevat een persoonlijk gsm-nummer of e-mailadres',
  fix: 'Vervang het door een markering, verklaar die in "redactions" en leg het uit in editorNotes.',
});
