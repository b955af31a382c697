import { defineRule } from '../rule.ts';

export default defineRule({
  code: 'F010',
  level: 'error',
  title: 'De bestandsnaam is geen geldige slug',
  fix: 'Hernoem het bestand: kleine letters, cijfers en koppeltekens.',
});
