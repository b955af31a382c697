import { defineRule } from '../rule.ts';

export default defineRule({
  code: 'F006',
  level: 'error',
  title: 'Het bestand is te groot (meer dan 2 MB)',
  fix: 'Laat bijlagen met ruwe gegevens weg; een protocoltekst is enkele honderden KB.',
});
