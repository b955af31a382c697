/**
 * The weekly check of external links: every http(s) address that protocols and party files
 * name (frontmatter values and links in the text), checked with HEAD (GET when a server refuses
 * HEAD), reported as Dutch Markdown. Someone else's website being down is never an error of a
 * pull request: this runs on a schedule only and reports, it does not fail.
 */
import type { RawContent } from '../content/read.node.ts';

export interface ExternalLink {
  url: string;
  /** Content files that name it. */
  files: string[];
}

const urlPattern = /\bhttps?:\/\/[^\s<>"'`)\]|]+/g;

function stringsIn(value: unknown, out: string[] = []): string[] {
  if (typeof value === 'string') out.push(value);
  else if (Array.isArray(value)) for (const item of value) stringsIn(item, out);
  else if (value && typeof value === 'object') for (const item of Object.values(value)) stringsIn(item, out);
  return out;
}

/** Every distinct external address in the protocols and parties, with the files that name it. */
export function externalLinks(content: Pick<RawContent, 'protocols' | 'parties'>): ExternalLink[] {
  const byUrl = new Map<string, Set<string>>();
  for (const entry of [...content.parties, ...content.protocols]) {
    for (const text of [...stringsIn(entry.data), entry.body ?? '']) {
      for (const [match] of text.matchAll(urlPattern)) {
        const url = match.replace(/[.,;:!?]+$/, '');
        try {
          new URL(url);
        } catch {
          continue;
        }
        byUrl.set(url, (byUrl.get(url) ?? new Set()).add(entry.file));
      }
    }
  }
  return [...byUrl].map(([url, files]) => ({ url, files: [...files].sort() })).sort((a, b) => a.url.localeCompare(b.url));
}

export interface LinkResult extends ExternalLink {
  /** ok: answered 2xx/3xx; broken: 4xx/5xx or no answer; unknown: the server limits robots (401, 403, 429). */
  state: 'ok' | 'broken' | 'unknown';
  detail: string;
}

export interface CheckOptions {
  fetch?: typeof fetch;
  timeoutMs?: number;
  concurrency?: number;
}

/** The system's error code behind a failed fetch (ENOTFOUND, ECONNREFUSED, …) or the error's name. */
function errorCode(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const cause = error.cause as { code?: string; message?: string; errors?: { code?: string }[] } | undefined;
  return cause?.code ?? cause?.errors?.[0]?.code ?? cause?.message ?? error.name;
}

async function checkOne(link: ExternalLink, { fetch: get = fetch, timeoutMs = 15000 }: CheckOptions): Promise<LinkResult> {
  const request = (method: 'HEAD' | 'GET') =>
    get(link.url, { method, redirect: 'follow', signal: AbortSignal.timeout(timeoutMs), headers: { 'user-agent': 'Protocollenregister-linkcontrole/1.0' } });
  try {
    let response = await request('HEAD');
    if ([403, 405, 501].includes(response.status)) response = await request('GET');
    await response.body?.cancel();
    const status = response.status;
    if (status < 400) return { ...link, state: 'ok', detail: String(status) };
    if ([401, 403, 429].includes(status)) return { ...link, state: 'unknown', detail: `${status} (de server laat geen controle toe)` };
    return { ...link, state: 'broken', detail: String(status) };
  } catch (error) {
    const cause = errorCode(error);
    return { ...link, state: 'broken', detail: cause === 'TimeoutError' ? `geen antwoord binnen ${timeoutMs / 1000} s` : `geen verbinding (${cause})` };
  }
}

/** Checks every link, a few at a time. */
export async function checkLinks(links: ExternalLink[], options: CheckOptions = {}): Promise<LinkResult[]> {
  const results: LinkResult[] = new Array(links.length);
  let next = 0;
  const worker = async () => {
    while (next < links.length) {
      const i = next++;
      results[i] = await checkOne(links[i]!, options);
    }
  };
  await Promise.all(Array.from({ length: Math.min(options.concurrency ?? 6, links.length) }, worker));
  return results;
}

/** A cell of a Markdown table: content values are code, never markup. */
const cell = (text: string) => `\`${text.replace(/[`|\n\r]/g, ' ')}\``;

export function formatLinkReport(results: LinkResult[]): string {
  const broken = results.filter((r) => r.state === 'broken');
  const unknown = results.filter((r) => r.state === 'unknown');
  const lines = [
    `## Externe links`,
    '',
    `${results.length} adressen gecontroleerd: ${results.length - broken.length - unknown.length} werken, ${broken.length} werken niet, ${unknown.length} niet te controleren.`,
  ];
  const table = (title: string, rows: LinkResult[]) => {
    if (rows.length === 0) return;
    lines.push('', `### ${title}`, '', '| adres | resultaat | in |', '| --- | --- | --- |');
    for (const row of rows) lines.push(`| ${cell(row.url)} | ${row.detail} | ${row.files.map(cell).join(', ')} |`);
  };
  table('Werken niet', broken);
  table('Niet te controleren', unknown);
  if (broken.length > 0) lines.push('', 'Controleer het adres bij de partij; staat de pagina elders, pas dan het bestand aan in een pull request.');
  return `${lines.join('\n')}\n`;
}
