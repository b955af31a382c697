import { defineRule } from '../rule.ts';

export default defineRule({
  code: 'X001',
  level: 'error',
  title: 'De controle is afgebroken',
  fix: 'Verklein of vereenvoudig het bestand dat u het laatst wijzigde; meld het aan de beheerders als het blijft.',
});
