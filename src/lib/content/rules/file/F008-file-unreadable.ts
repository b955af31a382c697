import { defineRule } from '../rule.ts';

export default defineRule({
  code: 'F008',
  level: 'error',
  title: 'Het bestand kan niet gelezen of geopend worden',
  fix: 'Controleer of het bestand bestaat, leesbaar is en een gewoon bestand is.',
});
