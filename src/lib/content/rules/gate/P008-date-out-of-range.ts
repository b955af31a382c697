import { defineRule } from '../rule.ts';

export default defineRule({
  code: 'P008',
  level: 'error',
  title: 'Een datum ligt buiten 1995–2099',
  fix: 'Controleer de datum in de bron; een datum in een wetsverwijzing is niet de datum van het protocol.',
});
