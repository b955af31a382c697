// The site's settings: one place, validated, failing loudly on a malformed value.
import { describe, expect, it } from 'vitest';
import { buildDate, ConfigError, reportErrorHref, reportErrorsTo, siteUrl } from '../../../src/lib/site/config.node.ts';

describe('site settings', () => {
  it('uses localhost without a configured address, and the configured one with a trailing slash', () => {
    expect(siteUrl({}, {})).toBe('http://localhost:4321/');
    expect(siteUrl({ SITE_URL: 'https://protocollen.vlaanderen.be' }, {})).toBe('https://protocollen.vlaanderen.be/');
    expect(siteUrl({}, { siteUrl: 'https://register.vlaanderen.be/sub' })).toBe('https://register.vlaanderen.be/sub/');
  });

  it('refuses a malformed site address, build date or error-report target, saying how to fix it', () => {
    expect(() => siteUrl({ SITE_URL: 'protocollen.vlaanderen.be' }, {})).toThrow(ConfigError);
    expect(() => siteUrl({ SITE_URL: 'javascript:alert(1)' }, {})).toThrow(/http\(s\)-adres/);
    expect(() => buildDate({ BUILD_DATE: '2026-13-01' })).toThrow(/JJJJ-MM-DD/);
    expect(() => buildDate({ BUILD_DATE: 'morgen' })).toThrow(ConfigError);
    expect(buildDate({ BUILD_DATE: '2026-11-22' })).toBe('2026-11-22');
    expect(() => reportErrorsTo({ REPORT_ERRORS_TO: 'javascript:alert(1)' }, {})).toThrow(/mailto/);
  });

  it('pre-fills an e-mail or a new issue with the page address and title', () => {
    const mail = reportErrorHref('https://r.be/partijen/vdab/', 'VDAB', 'mailto:redactie@r.be');
    expect(mail).toBe(
      'mailto:redactie@r.be?subject=Fout%20op%20VDAB&body=Pagina%3A%20https%3A%2F%2Fr.be%2Fpartijen%2Fvdab%2F%0A%0AWat%20is%20er%20fout%2C%20en%20wat%20zou%20er%20moeten%20staan%3F%0A%0A',
    );
    const issue = new URL(reportErrorHref('https://r.be/partijen/vdab/', 'VDAB', 'https://github.com/org/register/issues/new'));
    expect(issue.searchParams.get('title')).toBe('Fout op VDAB');
    expect(issue.searchParams.get('body')).toContain('https://r.be/partijen/vdab/');
  });
});
