import type { Protocol } from '../../schemas.ts';
import { defineRule } from '../rule.ts';

export default defineRule({
  code: 'V004',
  level: 'warning',
  title: 'De herzieningsdatum ligt voor de datum van het document',
  fix: 'Controleer de datum in de bron (JJJJ-MM-DD).',
  check: ({ reviewDate, documentDate }: Protocol) =>
    reviewDate && reviewDate < documentDate
      ? [
          {
            field: 'reviewDate',
            message: `de herzieningsdatum ${reviewDate} ligt voor de datum van het document (${documentDate})`,
            fix: 'controleer de datum in de bron (JJJJ-MM-DD)',
          },
        ]
      : [],
});
