import { defineRule } from '../rule.ts';

export default defineRule({
  code: 'U001',
  level: 'error',
  title: 'De bestandsnaam is de naam van een onderdeel van de site',
  fix: 'Hernoem het bestand.',
});
