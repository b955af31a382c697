import type { DataCategory } from '../../schemas.ts';
import { defineRule } from '../rule.ts';

export default defineRule({
  code: 'V001',
  level: 'error',
  title: 'Strafrechtelijke gegevens zonder specialCategory',
  fix: 'Zet specialCategory: true, of verwijder criminalData.',
  check: (category: DataCategory) =>
    category.criminalData && !category.specialCategory
      ? [
          {
            field: 'specialCategory',
            message: 'strafrechtelijke gegevens (criminalData: true) krijgen de bescherming van bijzondere gegevens, maar specialCategory is false',
            fix: 'zet specialCategory: true, of verwijder criminalData als het niet om strafrechtelijke gegevens gaat',
          },
        ]
      : [],
});
