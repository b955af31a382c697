// The register's own history of a record: plain-Dutch descriptions, read from git.
import { describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { buildRecordHistory, describeChange, type RecordVersion } from '../../../src/lib/history/changes.ts';
import { readProtocolHistory } from '../../../src/lib/history/git.node.ts';

const version = (date: string, frontmatter: Record<string, unknown>, body = 'Tekst.'): RecordVersion => ({ date, commit: date, frontmatter, body });
const base = {
  title: 'Protocol A naar B',
  parties: [
    { party: 'a', role: 'sends' },
    { party: 'b', role: 'receives' },
  ],
  flows: [{ from: ['a'], to: ['b'], dataItems: [{ label: 'Gegeven 1' }] }],
  end: { indefinite: false },
};

describe('describing a change to a record', () => {
  it('names an added end date, added data items and parties, in plain Dutch', () => {
    const after = {
      ...base,
      parties: [...base.parties, { party: 'c', role: 'receives' }],
      flows: [{ from: ['a'], to: ['b', 'c'], dataItems: [{ label: 'Gegeven 1' }, { label: 'Gegeven 2' }] }],
      end: { indefinite: false, date: '2026-05-15' },
    };
    expect(describeChange(version('2025-01-01', base), version('2025-02-01', after))).toEqual([
      'einddatum toegevoegd: 15 mei 2026',
      'partij toegevoegd: c',
      'gegevens toegevoegd: Gegeven 2',
    ]);
  });

  it('names removed parties and data items, and summarises other edits to them', () => {
    const removed = { ...base, parties: [base.parties[0]], flows: [{ from: ['a'], to: ['b'], dataItems: [] }] };
    expect(describeChange(version('2025-01-01', base), version('2025-02-01', removed))).toEqual(['partij verwijderd: b', 'gegevens verwijderd: Gegeven 1']);
    const edited = {
      ...base,
      parties: base.parties.map((p) => ({ ...p, dpoAdviceDate: '2025-01-15' })),
      flows: [{ from: ['a'], to: ['b'], dataItems: [{ label: 'Gegeven 1', description: 'Nu beschreven' }] }],
    };
    expect(describeChange(version('2025-01-01', base), version('2025-02-01', edited))).toEqual(['gegevens over de partijen bijgewerkt', 'beschrijving van de gegevens bijgewerkt']);
  });

  it('names a changed title and a changed text, and nothing for an identical version', () => {
    expect(describeChange(version('2025-01-01', base), version('2025-02-01', { ...base, title: 'Nieuw' }, 'Andere tekst.'))).toEqual([
      'titel gewijzigd',
      'tekst van het protocol gewijzigd',
    ]);
    expect(describeChange(version('2025-01-01', base), version('2025-02-01', structuredClone(base)))).toEqual([]);
  });

  it('builds the history: added on the first version, versions that change nothing left out', () => {
    const history = buildRecordHistory([version('2025-01-01', base), version('2025-01-05', structuredClone(base)), version('2025-03-01', { ...base, summary: 'Nieuw' })]);
    expect(history).toEqual({
      added: '2025-01-01',
      lastChanged: '2025-03-01',
      changes: [
        // Without a commit time, the start of the day in Brussels.
        { date: '2025-01-01', time: '2025-01-01T00:00:00+01:00', commit: '2025-01-01', descriptions: ['opgenomen in het register'] },
        { date: '2025-03-01', time: '2025-03-01T00:00:00+01:00', commit: '2025-03-01', descriptions: ['samenvatting gewijzigd'] },
      ],
    });
  });
});

describe('reading the history from git', () => {
  const git = (cwd: string, ...args: string[]) =>
    execFileSync('git', args, { cwd, env: { ...process.env, GIT_AUTHOR_NAME: 't', GIT_AUTHOR_EMAIL: 't@e.be', GIT_COMMITTER_NAME: 't', GIT_COMMITTER_EMAIL: 't@e.be' } });
  const file = (end: string) => `---\ntitle: Protocol\nend: { ${end} }\n---\n\nTekst.\n`;

  it('reads every version of every protocol file with one log and one batch read', () => {
    const repo = mkdtempSync(join(tmpdir(), 'geschiedenis-'));
    mkdirSync(join(repo, 'content/protocols'), { recursive: true });
    git(repo, 'init', '-q');
    writeFileSync(join(repo, 'content/protocols/p.mdx'), file('indefinite: false'));
    git(repo, 'add', '.');
    git(repo, 'commit', '-qm', 'een', '--date', '2025-01-01T12:00:00');
    writeFileSync(join(repo, 'content/protocols/p.mdx'), file('indefinite: false, date: 2026-05-15'));
    git(repo, 'commit', '-qam', 'twee');
    mkdirSync(join(repo, 'content/parties'));
    writeFileSync(join(repo, 'content/parties/a.yaml'), 'name: A\n');
    git(repo, 'add', '.');
    git(repo, 'commit', '-qm', 'drie');
    const result = readProtocolHistory(join(repo, 'content'));
    expect(result.available).toBe(true);
    const history = result.available ? result.byProtocol.p : undefined;
    expect(history?.changes.map((c) => c.descriptions)).toEqual([['opgenomen in het register'], ['einddatum toegevoegd: 15 mei 2026']]);
    // Each change is timed to the second, as the commit says, RFC 3339 with offset.
    const times = git(repo, 'log', '--reverse', '--format=%cI').toString().trim().split('\n');
    expect(history?.changes.map((c) => c.time)).toEqual(times.slice(0, 2));
    for (const time of times) expect(time).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}([+-]\d{2}:\d{2})$/);
    // Every content file's first and last change, for the catalogue's dct:issued and dct:modified.
    expect(result.available && result.files).toEqual({
      'protocols/p.mdx': { first: times[0], last: times[1] },
      'parties/a.yaml': { first: times[2], last: times[2] },
    });
    rmSync(repo, { recursive: true, force: true });
  });

  it('follows renames and deletions, and names files with spaces and accents as they are', () => {
    const repo = mkdtempSync(join(tmpdir(), 'geschiedenis-'));
    mkdirSync(join(repo, 'content/protocols'), { recursive: true });
    mkdirSync(join(repo, 'content/parties'), { recursive: true });
    git(repo, 'init', '-q');
    writeFileSync(join(repo, 'content/protocols/oud.mdx'), file('indefinite: false'));
    writeFileSync(join(repo, 'content/protocols/weg.mdx'), file('indefinite: true'));
    writeFileSync(join(repo, 'content/parties/één partij.yaml'), 'name: A\n');
    git(repo, 'add', '.');
    git(repo, 'commit', '-qm', 'een');
    git(repo, 'mv', 'content/protocols/oud.mdx', 'content/protocols/nieuw.mdx');
    git(repo, 'rm', '-q', 'content/protocols/weg.mdx');
    git(repo, 'commit', '-qm', 'twee');
    writeFileSync(join(repo, 'content/protocols/nieuw.mdx'), file('indefinite: false, date: 2027-01-31'));
    git(repo, 'commit', '-qam', 'drie');
    const result = readProtocolHistory(join(repo, 'content'));
    const times = git(repo, 'log', '--reverse', '--format=%cI').toString().trim().split('\n');
    if (!result.available) throw new Error(result.reason);
    expect(Object.keys(result.byProtocol).sort()).toEqual(['nieuw', 'oud', 'weg']);
    // The renamed file starts again under its new name, as the page of that name does.
    expect(result.byProtocol.nieuw!.changes.map((c) => [c.time, c.descriptions])).toEqual([
      [times[1], ['opgenomen in het register']],
      [times[2], ['einddatum toegevoegd: 31 januari 2027']],
    ]);
    expect(result.byProtocol.weg!.changes.map((c) => c.time)).toEqual([times[0]]);
    expect(result.files?.['parties/één partij.yaml']).toEqual({ first: times[0], last: times[0] });
    expect(result.files?.['protocols/weg.mdx']).toEqual({ first: times[0], last: times[1] });
    rmSync(repo, { recursive: true, force: true });
  });

  it('reads the same history with the cache of parsed YAML, cold and warm', () => {
    const repo = mkdtempSync(join(tmpdir(), 'geschiedenis-'));
    const cacheDir = join(repo, 'cache');
    mkdirSync(join(repo, 'content/protocols'), { recursive: true });
    git(repo, 'init', '-q');
    writeFileSync(join(repo, 'content/protocols/p.mdx'), file('indefinite: false'));
    git(repo, 'add', 'content');
    git(repo, 'commit', '-qm', 'een');
    writeFileSync(join(repo, 'content/protocols/p.mdx'), file('indefinite: false, date: 2026-05-15'));
    git(repo, 'commit', '-qam', 'twee');
    const uncached = readProtocolHistory(join(repo, 'content'));
    expect(readProtocolHistory(join(repo, 'content'), { cacheDir })).toEqual(uncached);
    // Both versions' frontmatter is kept, and read from there the next time.
    const stored = readFileSync(join(cacheDir, readdirSync(cacheDir)[0]!), 'utf8');
    expect(stored).toContain('"date":"2026-05-15"');
    expect(readProtocolHistory(join(repo, 'content'), { cacheDir })).toEqual(uncached);
    rmSync(repo, { recursive: true, force: true });
  });

  it('says why there is no history outside a repository, and in a shallow clone', () => {
    const plain = mkdtempSync(join(tmpdir(), 'geen-git-'));
    expect(readProtocolHistory(plain)).toMatchObject({ available: false, reason: expect.stringContaining('git') });
    const repo = mkdtempSync(join(tmpdir(), 'geschiedenis-'));
    mkdirSync(join(repo, 'content/protocols'), { recursive: true });
    git(repo, 'init', '-q');
    for (const end of ['indefinite: false', 'date: 2026-05-15']) {
      writeFileSync(join(repo, 'content/protocols/p.mdx'), file(end));
      git(repo, 'add', '.');
      git(repo, 'commit', '-qm', end);
    }
    const shallow = join(mkdtempSync(join(tmpdir(), 'ondiep-')), 'kopie');
    git(tmpdir(), 'clone', '-q', '--depth', '1', `file://${repo}`, shallow);
    expect(readProtocolHistory(join(shallow, 'content'))).toMatchObject({ available: false, reason: expect.stringContaining('shallow') });
    for (const dir of [plain, repo, shallow]) rmSync(dir, { recursive: true, force: true });
  });
});
