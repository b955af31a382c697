/**
 * Reads the register's history of every protocol file from git at build time: one `git log`
 * for the list of commits and their blobs and one `git cat-file --batch` for all old versions, so the cost
 * does not grow with one process per file. Without a full git history (a tarball, a shallow
 * clone) it says so, and the build goes on without history.
 */
import { spawnSync } from 'node:child_process';
import { join, relative } from 'node:path';
import { parseYaml, splitFrontmatter } from '../content/read.node.ts';
import { yamlCache } from '../content/yaml-cache.node.ts';
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

  // The check's parser (no aliases: a version with one was refused, never published), with a
  // cache of parsed YAML of its own: a later build parses only the versions added since.
  const cache = yamlCache(options.cacheDir, 'history');
  const versions = new Map<string, RecordVersion[]>();
  requests.forEach((request, i) => {
    const source = contents[i];
    const parts = source === undefined ? undefined : splitFrontmatter(source);
    if (!parts) return;
    let frontmatter: Record<string, unknown>;
    try {
      frontmatter = (cache.parse(parts.frontmatter, parseYaml) ?? {}) as Record<string, unknown>;
    } catch {
      return; // A version that did not parse was never published.
    }
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
