/**
 * Reads the register's history of every protocol file from git at build time: one `git log`
 * for the list of commits and their blobs and one `git cat-file --batch` for all old versions, so the cost
 * does not grow with one process per file. Without a full git history (a tarball, a shallow
 * clone) it says so, and the build goes on without history.
 */
import { spawnSync } from 'node:child_process';
import { createHash, randomUUID } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { splitFrontmatter } from '../content/read.node.ts';
import { buildRecordHistory, type FileDates, type HistoryResult, type RecordHistory, type RecordVersion } from './changes.ts';

function git(cwd: string, args: string[], input?: string) {
  return spawnSync('git', args, { cwd, input: input === undefined ? undefined : Buffer.from(input, 'utf8'), maxBuffer: 1024 * 1024 * 1024 });
}

/** Parses the output of `git cat-file --batch`: a header line, then exactly `size` bytes. */
function parseBatch(output: Buffer, count: number): (string | undefined)[] {
  const contents: (string | undefined)[] = [];
  let offset = 0;
  for (let i = 0; i < count; i++) {
    const lineEnd = output.indexOf(0x0a, offset);
    const header = output.subarray(offset, lineEnd).toString('utf8');
    offset = lineEnd + 1;
    if (header.endsWith(' missing') || header.endsWith(' ambiguous')) {
      contents.push(undefined);
      continue;
    }
    const size = Number(header.split(' ')[2]);
    contents.push(output.subarray(offset, offset + size).toString('utf8'));
    offset += size + 1;
  }
  return contents;
}

/**
 * The changed files of one commit in `git log --raw -z` output (its fields after the header): each
 * file with the blob of its new version (all zeros when deleted); a rename or copy counts for its
 * new name, as `--name-only` lists it.
 */
export function rawChanges(fields: string[]): { file: string; blob: string }[] {
  const changes: { file: string; blob: string }[] = [];
  for (let i = 0; i < fields.length; i++) {
    const meta = fields[i]!.replace(/^\n/, '');
    if (!meta.startsWith(':')) continue;
    const parts = meta.split(' ');
    const blob = parts[3] ?? '';
    const status = parts[4] ?? '';
    // A rename or copy has two paths (old, new), any other change one.
    i += status.startsWith('R') || status.startsWith('C') ? 2 : 1;
    const file = fields[i];
    if (file) changes.push({ file, blob });
  }
  return changes;
}

/** Bumped when what the frontmatter cache holds changes. */
const frontmatterCacheFormat = 1;

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

/** Whether JSON keeps `value` exactly (what YAML gives, except non-finite numbers). */
function jsonSafe(value: unknown): boolean {
  if (value === null || typeof value === 'string' || typeof value === 'boolean') return true;
  if (typeof value === 'number') return Number.isFinite(value);
  if (Array.isArray(value)) return value.every(jsonSafe);
  if (typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) return Object.values(value).every(jsonSafe);
  return false;
}

/**
 * The parsed frontmatter of old versions, by blob id: a blob's text never changes, so a rebuild
 * parses the YAML of new versions only (parsing every version was 2 of the 3 s of reading the
 * history at 5,000 protocols). One file per parser version, with the sha256 of its entries: a torn
 * or edited file is ignored. Rewritten with exactly the blobs of this build, so it never grows
 * beyond the history. Like the body cache it lives outside the repository, as trusted as
 * node_modules; without a folder (HISTORY_CACHE_DIR=off) nothing is cached.
 */
function openFrontmatterCache(dir: string | undefined) {
  let version = 'unknown';
  try {
    version = (createRequire(import.meta.url)('yaml/package.json') as { version: string }).version;
  } catch {
    dir = undefined;
  }
  const file = dir && join(dir, `frontmatter-${frontmatterCacheFormat}-yaml-${version}.json`);
  let known: Record<string, Record<string, unknown>> = {};
  if (file) {
    try {
      const stored = JSON.parse(readFileSync(file, 'utf8')) as { sha256?: unknown; entries?: unknown };
      const entries = JSON.stringify(stored.entries);
      if (typeof stored.entries === 'object' && stored.entries !== null && stored.sha256 === sha256(entries)) known = stored.entries as typeof known;
    } catch {
      // No cache yet, or an unreadable one: every version is parsed.
    }
  }
  const used: Record<string, Record<string, unknown>> = {};
  return {
    /** The frontmatter of blob `id`, or undefined when its YAML does not parse. */
    frontmatter(id: string, yaml: string): Record<string, unknown> | undefined {
      const cached = Object.hasOwn(known, id) ? known[id] : undefined;
      if (cached && typeof cached === 'object' && !Array.isArray(cached)) {
        used[id] = cached;
        return cached;
      }
      let parsed: Record<string, unknown>;
      try {
        parsed = (parseYaml(yaml) ?? {}) as Record<string, unknown>;
      } catch {
        return undefined;
      }
      if (jsonSafe(parsed)) used[id] = parsed;
      return parsed;
    },
    save(): void {
      if (!file) return;
      const entries = JSON.stringify(used);
      const temporary = `${file}.${process.pid}-${randomUUID()}.tmp`;
      try {
        mkdirSync(dirname(file), { recursive: true });
        writeFileSync(temporary, `{"sha256":"${sha256(entries)}","entries":${entries}}`);
        renameSync(temporary, file);
      } catch {
        rmSync(temporary, { force: true });
      }
    },
  };
}

export function readProtocolHistory(contentDir: string, options: { cacheDir?: string } = {}): HistoryResult {
  const top = git(contentDir, ['rev-parse', '--show-toplevel']);
  if (top.status !== 0) return { available: false, reason: 'deze versie van de site is niet gebouwd uit een git-repository' };
  const root = top.stdout.toString('utf8').trim();
  if (git(root, ['rev-parse', '--is-shallow-repository']).stdout.toString('utf8').trim() === 'true') {
    return { available: false, reason: 'deze versie van de site is gebouwd uit een onvolledige kopie van de repository (shallow clone)' };
  }
  const contentFolder = relative(root, contentDir);
  const folder = join(contentFolder, 'protocols');
  if (contentFolder.startsWith('..')) return { available: false, reason: 'de inhoud staat buiten de git-repository' };
  // One log of the whole content folder: the protocols' versions, and every file's first and last
  // change. --raw names each version's blob, so `cat-file` reads it by id (by commit:path, git
  // walks the protocols' tree for every version: 5 s at 5,000 protocols instead of 0.1 s).
  const log = git(root, ['log', '--reverse', '--format=%x1e%H%x1f%cs%x1f%cI', '--raw', '--no-abbrev', '-z', '--', contentFolder || '.']);
  if (log.status !== 0) return { available: false, reason: 'git gaf geen geschiedenis' };

  const requests: { commit: string; date: string; time: string; file: string; blob: string }[] = [];
  const fileDates: Record<string, FileDates> = {};
  const later = (a: string, b: string) => (Date.parse(b) > Date.parse(a) ? b : a);
  const earlier = (a: string, b: string) => (Date.parse(b) < Date.parse(a) ? b : a);
  for (const block of log.stdout.toString('utf8').split('\x1e').slice(1)) {
    const [head = '', ...fields] = block.split('\0');
    const [commit, date, time] = head.split('\x1f');
    for (const change of rawChanges(fields)) {
      const inContent = contentFolder ? relative(contentFolder, change.file) : change.file;
      const known = fileDates[inContent];
      fileDates[inContent] = known ? { first: earlier(known.first, time!), last: later(known.last, time!) } : { first: time!, last: time! };
      if (change.file.startsWith(`${folder}/`) && change.file.endsWith('.mdx') && !/^0+$/.test(change.blob))
        requests.push({ commit: commit!, date: date!, time: time!, file: change.file, blob: change.blob });
    }
  }
  const batch = git(root, ['cat-file', '--batch'], requests.map((r) => r.blob).join('\n') + '\n');
  const contents = requests.length > 0 ? parseBatch(batch.stdout, requests.length) : [];

  const cache = openFrontmatterCache(options.cacheDir);
  const versions = new Map<string, RecordVersion[]>();
  requests.forEach((request, i) => {
    const source = contents[i];
    const parts = source === undefined ? undefined : splitFrontmatter(source);
    if (!parts) return;
    const frontmatter = cache.frontmatter(request.blob, parts.frontmatter);
    if (!frontmatter) return; // A version that did not parse was never published.
    const id = request.file.slice(request.file.lastIndexOf('/') + 1, -'.mdx'.length);
    versions.set(id, [...(versions.get(id) ?? []), { date: request.date, time: request.time, commit: request.commit, frontmatter, body: parts.body }]);
  });
  const byProtocol: Record<string, RecordHistory> = {};
  for (const [id, list] of versions) {
    const history = buildRecordHistory(list);
    if (history) byProtocol[id] = history;
  }
  cache.save();
  return { available: true, byProtocol, files: fileDates };
}
