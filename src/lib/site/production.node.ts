/**
 * What a production build (`npm run build -- --production`, every deploy) refuses: a missing or
 * local site address, placeholder settings (the values this repository ships with, example
 * domains), a placeholder CODEOWNERS team, and any built file that still names localhost.
 * Each problem names the setting and how to fix it. Pure apart from reading files.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { ConfigError, configFile, contactEmail, environment, publisher, reportErrorsTo, type SiteConfig } from './config.node.ts';

/** The values this repository ships with: they stand in until the hosting team sets its own. */
export const shippedPlaceholders = {
  reportErrorsTo: ['mailto:redactie@protocollenregister.vlaanderen'],
  contactEmail: ['redactie@protocollenregister.vlaanderen'],
  codeownersTeam: ['@protocollenregister/redactie'],
} as const;

/** Host names that never are a published address: loopback, private use and the reserved example names (RFC 2606, 6761). */
export function isLocalOrExampleHost(hostname: string): boolean {
  const host = hostname.toLowerCase().replace(/^\[|\]$/g, '');
  if (['localhost', '0.0.0.0', '::1', '::'].includes(host)) return true;
  if (/^127\./.test(host) || /^10\./.test(host) || /^192\.168\./.test(host) || /^172\.(1[6-9]|2\d|3[01])\./.test(host)) return true;
  if (/\.(localhost|local|test|example|invalid|internal)$/.test(host) || /^(example|test|invalid)$/.test(host)) return true;
  return /(^|\.)example\.(com|net|org)$/.test(host);
}

const emailHost = (address: string) => address.slice(address.lastIndexOf('@') + 1);

export interface ProductionInput {
  env: NodeJS.ProcessEnv;
  config?: SiteConfig;
  /** Text of .github/CODEOWNERS, or undefined when the file is missing. */
  codeowners: string | undefined;
}

/** The owners of the content folder in a CODEOWNERS file (the last matching rule wins, as on GitHub). */
export function contentOwners(codeowners: string): string[] {
  let owners: string[] = [];
  for (const line of codeowners.split('\n')) {
    const [pattern, ...rest] = line.replace(/#.*/, '').trim().split(/\s+/);
    if (pattern && ['/content/', 'content/', '/content', '/content/**', '*'].includes(pattern)) owners = rest;
  }
  return owners;
}

/** Every reason why these settings must not be published, each with its fix; empty when all is well. */
export function productionProblems({ env, config = configFile(), codeowners }: ProductionInput): string[] {
  const problems: string[] = [];
  const guard = (check: () => void) => {
    try {
      check();
    } catch (error) {
      if (!(error instanceof ConfigError)) throw error;
      problems.push(error.message);
    }
  };

  const site = env.SITE_URL || config.siteUrl;
  if (!site) {
    problems.push(
      'SITE_URL ontbreekt: een productieversie moet weten op welk adres ze staat. Zet SITE_URL=https://… (of "siteUrl" in site.config.json) op het publieke adres van het register.',
    );
  } else {
    let url: URL | undefined;
    try {
      url = new URL(site);
    } catch {
      problems.push(`SITE_URL "${site}" is geen volledig webadres; schrijf bv. https://protocollen.vlaanderen.be`);
    }
    if (url && isLocalOrExampleHost(url.hostname))
      problems.push(`SITE_URL "${site}" is een lokaal adres of een voorbeeldadres; zet SITE_URL op het publieke https-adres van het register.`);
    else if (url && url.protocol !== 'https:')
      problems.push(`SITE_URL "${site}" gebruikt ${url.protocol}; een productieversie staat op https. Schrijf https://${url.host}${url.pathname}`);
  }

  guard(() => {
    const target = reportErrorsTo(env, config);
    const host = target.startsWith('mailto:') ? emailHost(target) : new URL(target).hostname;
    if ((shippedPlaceholders.reportErrorsTo as readonly string[]).includes(target) || isLocalOrExampleHost(host))
      problems.push(
        `REPORT_ERRORS_TO "${target}" is een voorbeeldwaarde; zet REPORT_ERRORS_TO (of "reportErrorsTo" in site.config.json) op de mailbox van de redactie (mailto:…) of het https-adres van haar issue-tracker.`,
      );
  });

  guard(() => {
    const email = contactEmail(env, config);
    if (!email)
      problems.push(
        'CONTACT_EMAIL ontbreekt: de open-datacatalogus noemt een contactadres (DCAT contactPoint). Zet CONTACT_EMAIL (of "contactEmail" in site.config.json) op een functionele mailbox, of laat reportErrorsTo een mailto:-adres zijn.',
      );
    // Derived from reportErrorsTo, a placeholder is already reported there.
    else if ((env.CONTACT_EMAIL || config.contactEmail) && ((shippedPlaceholders.contactEmail as readonly string[]).includes(email) || isLocalOrExampleHost(emailHost(email))))
      problems.push(`CONTACT_EMAIL "${email}" is een voorbeeldwaarde; zet CONTACT_EMAIL (of "contactEmail" in site.config.json) op de functionele mailbox van de redactie.`);
  });

  guard(() => {
    const who = publisher(env, config);
    if (!who.configured || /OVO0{6}$/.test(who.uri) || isLocalOrExampleHost(new URL(who.uri).hostname))
      problems.push(
        'PUBLISHER_URI ontbreekt of is een voorbeeldwaarde: de catalogus noemt de uitgever met een IRI. Zet PUBLISHER_URI (of "publisher.uri" in site.config.json) op de OVO-URI van de organisatie die het register uitgeeft (https://data.vlaanderen.be/id/organisatie/OVOnnnnnn, te vinden in Wegwijs) en PUBLISHER_NAME op haar naam.',
      );
  });

  if (codeowners === undefined) {
    problems.push(
      '.github/CODEOWNERS ontbreekt: zonder eigenaars keurt niemand van de redactie wijzigingen aan content/ goed. Maak het bestand met de regel "/content/ @organisatie/team".',
    );
  } else {
    const owners = contentOwners(codeowners);
    const repositoryOwner = env.GITHUB_REPOSITORY_OWNER?.toLowerCase();
    if (owners.length === 0) problems.push('.github/CODEOWNERS noemt geen eigenaar voor /content/; voeg de regel "/content/ @organisatie/team" toe met het team van de redactie.');
    for (const owner of owners) {
      if ((shippedPlaceholders.codeownersTeam as readonly string[]).includes(owner) || /example|placeholder|voorbeeld/i.test(owner))
        problems.push(`.github/CODEOWNERS: het team "${owner}" voor /content/ is een voorbeeldwaarde; vervang het door het echte team van de redactie (@organisatie/team).`);
      else if (repositoryOwner && owner.includes('/') && owner.slice(1, owner.indexOf('/')).toLowerCase() !== repositoryOwner)
        problems.push(
          `.github/CODEOWNERS: het team "${owner}" hoort niet bij de organisatie "${env.GITHUB_REPOSITORY_OWNER}" van deze repository, dus GitHub vraagt het nooit om een review; gebruik een team van ${env.GITHUB_REPOSITORY_OWNER}.`,
        );
    }
  }
  return problems;
}

/** Reads .github/CODEOWNERS under the repository root (REGISTER_CODEOWNERS: another file, for tests), or undefined when it is missing. */
export function readCodeowners(root: string, env: NodeJS.ProcessEnv = environment()): string | undefined {
  const file = resolve(root, env.REGISTER_CODEOWNERS || '.github/CODEOWNERS');
  return existsSync(file) ? readFileSync(file, 'utf8') : undefined;
}

/** robots.txt of a test version (every build without --production): nothing of it belongs in a search engine. */
export const testVersionRobotsTxt = '# Testversie: geen officiële publicatie. Bouw met "npm run build -- --production" voor de echte site.\nUser-agent: *\nDisallow: /\n';

const textFile = /\.(html|xml|json|jsonld|csv|txt|js|css|svg|webmanifest)$|^_headers$/;

/** Every built text file (relative path) that still contains "localhost", and its first occurrence. */
export function filesWithLocalhost(dir: string): { file: string; excerpt: string }[] {
  const found: { file: string; excerpt: string }[] = [];
  const walk = (folder: string) => {
    for (const name of readdirSync(folder)) {
      const path = join(folder, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (textFile.test(name)) {
        const text = readFileSync(path, 'utf8');
        const at = text.search(/localhost/i);
        if (at >= 0) found.push({ file: relative(dir, path), excerpt: text.slice(Math.max(0, at - 40), at + 40).replace(/\s+/g, ' ') });
      }
    }
  };
  walk(dir);
  return found.sort((a, b) => a.file.localeCompare(b.file));
}
