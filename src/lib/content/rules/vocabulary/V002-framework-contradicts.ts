import type { Protocol } from '../../schemas.ts';
import { legalFrameworkLabels } from '../../../labels.ts';
import { defineRule } from '../rule.ts';

export default defineRule({
  code: 'V002',
  level: 'warning',
  title: 'legalFrameworkId spreekt legalFramework tegen',
  fix: 'Kies het juiste legalFrameworkId, of verbeter legalFramework.',
  check: ({ legalFramework, legalFrameworkId }: Protocol) => {
    const federalText = /30 juli 2018/i.test(legalFramework);
    const flemishText = /18 juli 2008|decreet/i.test(legalFramework);
    if (legalFrameworkId === 'flemish-egov-decree' && federalText && !flemishText)
      return [
        {
          field: 'legalFrameworkId',
          message: `legalFrameworkId zegt ${legalFrameworkLabels['flemish-egov-decree'].short}, maar legalFramework noemt de wet van 30 juli 2018`,
          fix: 'kies federal-law-2018 als het protocol onder de federale wet gesloten is, of verbeter legalFramework',
        },
      ];
    if (legalFrameworkId === 'federal-law-2018' && flemishText && !federalText)
      return [
        {
          field: 'legalFrameworkId',
          message: `legalFrameworkId zegt ${legalFrameworkLabels['federal-law-2018'].short}, maar legalFramework noemt het decreet eGov`,
          fix: 'kies flemish-egov-decree als het protocol onder het Vlaamse decreet gesloten is, of verbeter legalFramework',
        },
      ];
    return [];
  },
});
