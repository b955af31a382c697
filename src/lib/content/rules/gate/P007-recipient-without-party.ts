import { defineRule } from '../rule.ts';

export default defineRule({
  code: 'P007',
  level: 'error',
  title: 'Een interne ontvanger zegt niet bij welke partij hij hoort',
  fix: 'Noem de partij in de tekst zoals de bron, of schrijf een redactienoot.',
});
