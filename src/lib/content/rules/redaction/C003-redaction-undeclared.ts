import { defineRule } from '../rule.ts';

export default defineRule({
  code: 'C003',
  level: 'error',
  title: 'Een markering in de tekst staat niet in "redactions"',
  fix: 'Voeg in "redactions" een regel toe met marker, what en reason.',
});
