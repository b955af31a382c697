// Invariants that hold for ANY content: given a content folder and the site built from it,
// every protocol has a page, every party page links each protocol the party is in, the exports
// list every protocol, and no internal link goes nowhere. Returns the problems found.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { readContentFolder } from '../../src/lib/content/read.node.ts';
import { findPersonalContactData } from '../../src/lib/content/redaction.ts';
import { feedEntryLimit } from '../../src/lib/exports/feeds.ts';

function htmlFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === 'pagefind' ? [] : htmlFiles(path);
    return name.endsWith('.html') ? [path] : [];
  });
}

/** Internal links and #anchors on the site that do not resolve. */
export function brokenLinks(siteDir: string): string[] {
  const ids = new Map<string, Set<string>>();
  const idsOf = (file: string) => {
    if (!ids.has(file)) ids.set(file, new Set([...readFileSync(file, 'utf8').matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]!)));
    return ids.get(file)!;
  };
  const fileFor = (path: string) => {
    const clean = join(siteDir, decodeURIComponent(path.split('#')[0]!.split('?')[0]!));
    if (existsSync(clean) && statSync(clean).isFile()) return clean;
    return existsSync(join(clean, 'index.html')) ? join(clean, 'index.html') : undefined;
  };
  const broken: string[] = [];
  for (const file of htmlFiles(siteDir)) {
    const page = `/${relative(siteDir, file)}`;
    for (const [, attribute, value] of readFileSync(file, 'utf8').matchAll(/\s(href|src)="([^"]*)"/g)) {
      const url = value!.replaceAll('&amp;', '&');
      if (/^(https?:|mailto:|data:|blob:)/.test(url) || url === '' || url === '#') continue;
      if (attribute === 'href' && url.startsWith('#')) {
        if (!idsOf(file).has(decodeURIComponent(url.slice(1)))) broken.push(`${page}: ${url} (geen element met dat id)`);
        continue;
      }
      const target = new URL(url, `http://site${page.replace(/index\.html$/, '')}`);
      const found = fileFor(target.pathname);
      if (!found) broken.push(`${page}: ${url} (bestaat niet)`);
      else if (target.hash && found.endsWith('.html') && !idsOf(found).has(decodeURIComponent(target.hash.slice(1))))
        broken.push(`${page}: ${url} (geen ${target.hash} op die pagina)`);
    }
  }
  return broken;
}

/** Rows of a CSV file (RFC 4180: quoted cells may hold commas, quotes and line breaks). */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  const input = text.replace(/^\uFEFF/, '');
  for (let i = 0; i < input.length; i++) {
    const c = input[i]!;
    if (quoted) {
      if (c === '"' && input[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(cell);
      cell = '';
    } else if (c === '\r' || c === '\n') {
      if (c === '\r' && input[i + 1] === '\n') i++;
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
    } else cell += c;
  }
  if (cell !== '' || row.length > 0) rows.push([...row, cell]);
  return rows;
}

/**
 * Problems with the site built from a content folder, for ANY content: an empty list when every
 * protocol, party and data category has its pages and exports, and no internal link goes nowhere.
 */
export function checkInvariants(contentDir: string, siteDir: string): string[] {
  const problems: string[] = [];
  const raw = readContentFolder(contentDir, contentDir);
  const read = (path: string) => (existsSync(join(siteDir, path)) ? readFileSync(join(siteDir, path), 'utf8') : undefined);
  const exported = JSON.parse(read('protocollen.json') ?? '{"protocols":[]}') as { protocols: { id: string; parties: { id: string }[] }[] };
  const exportedIds = new Set(exported.protocols.map((p) => p.id));
  const csvRows = parseCsv(read('protocollen.csv') ?? '').slice(1);
  const csvIds = new Set(csvRows.map((row) => row[0]));
  const feed = read('feed.xml') ?? '';
  const feedEntries = [...feed.matchAll(/<entry>\s*<title>[^<]*<\/title>\s*<link href="[^"]*?\/protocollen\/([^/"]+)\/"/g)].map((m) => m[1]!);
  if (feedEntries.length !== (feed.match(/<entry>/g) ?? []).length) problems.push('feed.xml heeft een bericht zonder link naar een protocol');
  if (feedEntries.length > feedEntryLimit) problems.push(`feed.xml heeft ${feedEntries.length} berichten, meer dan ${feedEntryLimit}`);
  const protocolIds = new Set(raw.protocols.map((p) => p.id));
  for (const id of new Set(feedEntries)) if (!protocolIds.has(id)) problems.push(`feed.xml verwijst naar ${id}, dat geen protocol is`);

  for (const protocol of raw.protocols) {
    const page = read(`protocollen/${protocol.id}/index.html`);
    if (!page) problems.push(`protocol ${protocol.id} heeft geen pagina`);
    for (const party of exported.protocols.find((p) => p.id === protocol.id)?.parties ?? []) {
      if (page && !page.includes(`href="/partijen/${party.id}/"`)) problems.push(`de pagina van ${protocol.id} linkt niet naar partij ${party.id}`);
    }
    if (!exportedIds.has(protocol.id)) problems.push(`protocollen.json mist ${protocol.id}`);
    if (!csvIds.has(protocol.id)) problems.push(`protocollen.csv mist ${protocol.id}`);
    // The feed holds the newest events only: while it is not full, every protocol has one.
    if (feedEntries.length < feedEntryLimit && !feed.includes(`/protocollen/${protocol.id}/`)) problems.push(`feed.xml mist ${protocol.id}`);
    for (const old of (protocol.data as { formerSlugs?: string[] }).formerSlugs ?? []) {
      if (!read(`protocollen/${old}/index.html`)?.includes(`/protocollen/${protocol.id}/`)) problems.push(`de vroegere slug ${old} leidt niet naar de pagina van ${protocol.id}`);
    }
  }
  if (csvRows.length !== raw.protocols.length) problems.push(`protocollen.csv heeft ${csvRows.length} rijen voor ${raw.protocols.length} protocollen`);
  if (exported.protocols.length !== raw.protocols.length) problems.push(`protocollen.json heeft ${exported.protocols.length} protocollen voor ${raw.protocols.length} bestanden`);
  for (const party of raw.parties) {
    const page = read(`partijen/${party.id}/index.html`);
    if (!page) {
      problems.push(`partij ${party.id} heeft geen pagina`);
      continue;
    }
    for (const protocol of exported.protocols.filter((p) => p.parties.some((x) => x.id === party.id))) {
      if (!page.includes(`href="/protocollen/${protocol.id}/"`)) problems.push(`de pagina van ${party.id} linkt niet naar ${protocol.id}`);
    }
    if (!read(`partijen/${party.id}.json`)) problems.push(`partijen/${party.id}.json ontbreekt`);
    if (!read(`partijen/${party.id}.xml`)) problems.push(`partijen/${party.id}.xml ontbreekt`);
    if (!read(`embed/partijen/${party.id}/index.html`)) problems.push(`embed/partijen/${party.id}/ ontbreekt`);
    for (const old of (party.data as { formerSlugs?: string[] }).formerSlugs ?? []) {
      if (!read(`partijen/${old}/index.html`)?.includes(`/partijen/${party.id}/`)) problems.push(`de vroegere slug ${old} leidt niet naar de pagina van ${party.id}`);
    }
  }
  for (const category of raw.dataCategories) {
    if (!read(`gegevens/${category.id}/index.html`)) problems.push(`gegevenscategorie ${category.id} heeft geen pagina`);
    if (!read(`gegevens/${category.id}.xml`)) problems.push(`gegevens/${category.id}.xml ontbreekt`);
  }
  for (const group of raw.dataSubjectGroups) if (!read(`betrokkenen/${group.id}/index.html`)) problems.push(`groep betrokkenen ${group.id} heeft geen pagina`);
  problems.push(...brokenLinks(siteDir));
  // A privacy register spreads no personal contact data of civil servants: no private mobile
  // number or personal e-mail address in any published page or export.
  for (const file of htmlFiles(siteDir)) {
    const text = readFileSync(file, 'utf8').replace(/<[^>]+>/g, ' ');
    for (const finding of findPersonalContactData(text))
      problems.push(`${relative(siteDir, file)}: persoonlijk ${finding.kind === 'mobile' ? 'gsm-nummer' : 'e-mailadres'} ${finding.value}`);
  }
  problems.push(...gluedSearchWords(contentDir, siteDir).map((word) => `de zoekindex plakt woorden aan elkaar: "${word}"`));
  return problems;
}

/** Every file under `dir`, as text. */
const textOf = (dir: string): string =>
  readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => readFileSync(join(entry.parentPath, entry.name), 'utf8'))
    .join('\n');

/**
 * Words in the search index with a capital after a small letter that neither the content nor the
 * site's own text writes so: two elements joined without a space ("PartijRol" from two table
 * headers, "EindeOnbepaalde" from a term and its description), which a search for the second word
 * cannot find.
 */
export function gluedSearchWords(contentDir: string, siteDir: string): string[] {
  const fragments = join(siteDir, 'pagefind', 'fragment');
  if (!existsSync(fragments)) return [];
  const words = new Set<string>();
  for (const name of readdirSync(fragments)) {
    const data = gunzipSync(readFileSync(join(fragments, name))).subarray('pagefind_dcd'.length);
    const { content } = JSON.parse(data.toString('utf8')) as { content: string };
    for (const [word] of content.matchAll(/[\p{L}\d]*\p{Ll}\p{Lu}[\p{L}\d]*/gu)) words.add(word);
  }
  if (words.size === 0) return [];
  const written = `${textOf(contentDir)}\n${textOf(join(import.meta.dirname, '../../src'))}`;
  return [...words].filter((word) => !written.includes(word)).sort();
}
