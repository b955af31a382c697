import { defineRule } from '../rule.ts';

export default defineRule({
  code: 'B015',
  level: 'error',
  title: 'Een tabel heeft te veel kolommen of cellen',
  fix: 'Splits de tabel, of neem een lange lijst van gegevens op als gewone tekst.',
});
