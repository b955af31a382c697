// What a production build refuses, setting by setting, on hand-written settings (no build).
import { describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { contentOwners, filesWithLocalhost, isLocalOrExampleHost, productionProblems } from '../../../src/lib/site/production.node.ts';

const good = {
  SITE_URL: 'https://protocollen.vlaanderen.be',
  REPORT_ERRORS_TO: 'https://github.com/vlaanderen/protocollenregister/issues/new',
  CONTACT_EMAIL: 'protocollen@vlaanderen.be',
  PUBLISHER_URI: 'https://data.vlaanderen.be/id/organisatie/OVO002949',
  GITHUB_REPOSITORY_OWNER: 'vlaanderen',
};
const owners = '# Redactie\n/content/ @vlaanderen/redactie\n';
const problems = (env: Record<string, string | undefined>, codeowners: string | undefined = owners) =>
  productionProblems({ env: env as NodeJS.ProcessEnv, config: {}, codeowners });

describe('productionProblems', () => {
  it('accepts real settings', () => {
    expect(problems(good)).toEqual([]);
    // Without CONTACT_EMAIL the address of a mailto: REPORT_ERRORS_TO is the contact point.
    expect(problems({ ...good, CONTACT_EMAIL: undefined, REPORT_ERRORS_TO: 'mailto:protocollen@vlaanderen.be' })).toEqual([]);
  });

  it('refuses a missing, local, example or plain-http site address', () => {
    expect(problems({ ...good, SITE_URL: undefined })).toEqual([expect.stringContaining('SITE_URL ontbreekt')]);
    for (const url of ['http://localhost:4321', 'https://127.0.0.1/', 'https://register.local/', 'https://protocollenregister.example/', 'https://www.example.org/'])
      expect(problems({ ...good, SITE_URL: url }), url).toEqual([expect.stringContaining('lokaal adres of een voorbeeldadres')]);
    expect(problems({ ...good, SITE_URL: 'http://protocollen.vlaanderen.be' })).toEqual([expect.stringContaining('Schrijf https://protocollen.vlaanderen.be/')]);
  });

  it('refuses the shipped placeholders and example addresses for the error reports, contact and publisher', () => {
    expect(problems({ ...good, REPORT_ERRORS_TO: 'mailto:redactie@protocollenregister.vlaanderen' })).toEqual([
      expect.stringContaining('REPORT_ERRORS_TO "mailto:redactie@protocollenregister.vlaanderen" is een voorbeeldwaarde'),
    ]);
    expect(problems({ ...good, REPORT_ERRORS_TO: 'mailto:fouten@register.example' })).toHaveLength(1);
    expect(problems({ ...good, CONTACT_EMAIL: 'redactie@protocollenregister.vlaanderen' })).toEqual([expect.stringContaining('CONTACT_EMAIL')]);
    // An https tracker and no contact address: the catalogue would have no contact point.
    expect(problems({ ...good, CONTACT_EMAIL: undefined })).toEqual([expect.stringContaining('CONTACT_EMAIL ontbreekt')]);
    expect(problems({ ...good, PUBLISHER_URI: undefined })).toEqual([expect.stringContaining('PUBLISHER_URI ontbreekt')]);
    expect(problems({ ...good, PUBLISHER_URI: 'https://data.vlaanderen.be/id/organisatie/OVO000000' })).toEqual([expect.stringContaining('OVO-URI')]);
    expect(problems({ ...good, PUBLISHER_URI: 'geen iri' })).toEqual([expect.stringContaining('PUBLISHER_URI "geen iri" is geen IRI')]);
  });

  it('refuses a missing CODEOWNERS, no owner for content/, the placeholder team and a team of another organisation', () => {
    expect(productionProblems({ env: good, config: {}, codeowners: undefined })).toEqual([expect.stringContaining('.github/CODEOWNERS ontbreekt')]);
    expect(problems(good, '/docs/ @vlaanderen/docs\n')).toEqual([expect.stringContaining('noemt geen eigenaar voor /content/')]);
    expect(problems(good, '/content/ @protocollenregister/redactie\n')).toEqual([expect.stringContaining('"@protocollenregister/redactie" voor /content/ is een voorbeeldwaarde')]);
    expect(problems(good, '/content/ @digitaal-vlaanderen/redactie\n')).toEqual([expect.stringContaining('hoort niet bij de organisatie "vlaanderen"')]);
    // Outside GitHub Actions the organisation is unknown; only the placeholder is refused.
    expect(problems({ ...good, GITHUB_REPOSITORY_OWNER: undefined }, '/content/ @digitaal-vlaanderen/redactie\n')).toEqual([]);
  });

  it('lists every problem at once', () => {
    expect(problems({}, '/content/ @protocollenregister/redactie')).toHaveLength(5);
  });

  it('reads the owners of content/ as GitHub does: the last matching rule wins, comments ignored', () => {
    expect(contentOwners('* @a/all\n/content/ @a/redactie @b/x # twee teams\n')).toEqual(['@a/redactie', '@b/x']);
    expect(contentOwners('/content/ @a/redactie\n* @a/all\n')).toEqual(['@a/all']);
  });

  it('knows which hosts are never published addresses', () => {
    for (const host of ['localhost', '127.0.0.1', '[::1]', '10.1.2.3', '192.168.0.10', '172.20.0.1', 'x.localhost', 'nas.local', 'a.test', 'example.com', 'www.example.net'])
      expect(isLocalOrExampleHost(host), host).toBe(true);
    for (const host of ['protocollen.vlaanderen.be', 'vlaanderen.github.io', '172.32.0.1', 'examples.be']) expect(isLocalOrExampleHost(host), host).toBe(false);
  });
});

describe('filesWithLocalhost', () => {
  it('finds "localhost" in every built text file, and only there', () => {
    const dir = mkdtempSync(join(tmpdir(), 'localhost-'));
    mkdirSync(join(dir, 'protocollen/a'), { recursive: true });
    writeFileSync(join(dir, 'protocollen/a/index.html'), '<a href="http://LOCALHOST:4321/x/">x</a>');
    writeFileSync(join(dir, 'feed.xml'), '<id>http://localhost:4321/feed.xml</id>');
    writeFileSync(join(dir, 'index.html'), '<a href="https://protocollen.vlaanderen.be/">ok</a>');
    writeFileSync(join(dir, 'logo.png'), 'localhost');
    expect(filesWithLocalhost(dir).map((f) => f.file)).toEqual(['feed.xml', 'protocollen/a/index.html']);
    expect(filesWithLocalhost(dir)[0]!.excerpt).toContain('http://localhost:4321/feed.xml');
  });
});
