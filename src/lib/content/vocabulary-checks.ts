/**
 * Checks on the identifiers and vocabularies of other registers that need more than one field
 * (their formats are checked by the schemas): a criminal-data category that is not marked as
 * sensitive, a legal framework that contradicts the protocol's own words, a review date that
 * has passed on the day of the check.
 */
import type { Issue } from './issue.ts';
import type { DataCategory, Protocol } from './schemas.ts';
import { legalFrameworkLabels } from './vocabularies.ts';

interface Checked<T> {
  file: string;
  data: T;
}

export function vocabularyIssues(content: { dataCategories: Checked<DataCategory>[]; protocols: Checked<Protocol>[] }, today?: string): Issue[] {
  const issues: Issue[] = [];
  for (const { file, data } of content.dataCategories) {
    if (data.criminalData && !data.specialCategory) {
      issues.push({
        code: 'V001',
        level: 'error',
        file,
        field: 'specialCategory',
        message: 'strafrechtelijke gegevens (criminalData: true) krijgen de bescherming van bijzondere gegevens, maar specialCategory is false',
        fix: 'zet specialCategory: true, of verwijder criminalData als het niet om strafrechtelijke gegevens gaat',
      });
    }
  }
  for (const { file, data } of content.protocols) {
    const federalText = /30 juli 2018/i.test(data.legalFramework);
    const flemishText = /18 juli 2008|decreet/i.test(data.legalFramework);
    if (data.legalFrameworkId === 'flemish-egov-decree' && federalText && !flemishText) {
      issues.push({
        code: 'V002',
        level: 'warning',
        file,
        field: 'legalFrameworkId',
        message: `legalFrameworkId zegt ${legalFrameworkLabels['flemish-egov-decree'].short}, maar legalFramework noemt de wet van 30 juli 2018`,
        fix: 'kies federal-law-2018 als het protocol onder de federale wet gesloten is, of verbeter legalFramework',
      });
    }
    if (data.legalFrameworkId === 'federal-law-2018' && flemishText && !federalText) {
      issues.push({
        code: 'V002',
        level: 'warning',
        file,
        field: 'legalFrameworkId',
        message: `legalFrameworkId zegt ${legalFrameworkLabels['federal-law-2018'].short}, maar legalFramework noemt het decreet eGov`,
        fix: 'kies flemish-egov-decree als het protocol onder het Vlaamse decreet gesloten is, of verbeter legalFramework',
      });
    }
    if (data.reviewDate && today && data.reviewDate < today) {
      issues.push({
        code: 'V003',
        level: 'warning',
        file,
        field: 'reviewDate',
        message: `de herzieningsdatum ${data.reviewDate} is voorbij (gecontroleerd op ${today}); het protocol staat op /te-herzien/ als te herzien`,
        fix: 'vraag de partijen of het protocol herzien is: vul dan de nieuwe herzieningsdatum in, of voeg het gewijzigde protocol toe met een relatie "amends" of "replaces"',
      });
    }
    if (data.reviewDate && data.reviewDate < data.documentDate) {
      issues.push({
        code: 'V004',
        level: 'warning',
        file,
        field: 'reviewDate',
        message: `de herzieningsdatum ${data.reviewDate} ligt voor de datum van het document (${data.documentDate})`,
        fix: 'controleer de datum in de bron (JJJJ-MM-DD)',
      });
    }
  }
  return issues;
}
