// The rest of a hostile pull request, beyond the values in content files: files that are not what
// they seem, bytes that are not UTF-8, a ledger taken away or cut short, former slugs that take
// over addresses, files in public/, committed build caches, output that a terminal or CI would
// interpret, and 1 MB files of every shape the check must get through in bounded time. Each case
// runs `npm run check`'s function on a copy of the attack base and names the rule code it must get;
// the time of each check is printed.
import { describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { tmpdir } from 'node:os';
import { checkContent } from '../../../scripts/check-content.ts';
import { attacksDir } from '../../support/attacks.ts';
import { runNode } from '../../support/build.ts';
import { formatIssues } from '../../../src/lib/content/validate.ts';
import { formatManifest, publicFileIssues, trackedBuildFileIssues } from '../../../src/lib/repository/trust-boundary.node.ts';
import { ledgerProblem, formatLedger } from '../../../src/lib/repository/url-ledger.ts';
import { inertLine, inertReport, linkProblem } from '../../../src/lib/text.ts';
import { skeleton } from '../../../src/lib/content/text-safety.ts';
import { invalidUtf8Offset } from '../../../src/lib/content/files.node.ts';

const root = resolve(import.meta.dirname, '../../..');
const protocolFile = 'protocols/2025-noord-zuid-testprotocol.mdx';

function base(): string {
  const dir = join(mkdtempSync(join(tmpdir(), 'grens-')), 'content');
  cpSync(join(attacksDir, '_base'), dir, { recursive: true });
  return dir;
}

/** Runs the check on `dir` and returns its printed report, its result and its time. */
async function check(dir: string): Promise<{ ok: boolean; output: string; ms: number }> {
  const lines: string[] = [];
  const log = console.log;
  console.log = (...args: unknown[]) => lines.push(args.join(' '));
  const started = performance.now();
  try {
    const result = await checkContent(dir);
    return { ok: result !== undefined, output: lines.join('\n'), ms: performance.now() - started };
  } finally {
    console.log = log;
  }
}

const withBody = (dir: string, extra: string) => {
  const file = join(dir, protocolFile);
  writeFileSync(file, `${readFileSync(file, 'utf8').trimEnd()}\n\n${extra}\n`);
};

const cases: { name: string; make: (dir: string) => void; expect: string[] }[] = [
  {
    name: 'symbolische link naar een bestand buiten het register',
    make: (dir) => symlinkSync('/etc/hostname', join(dir, 'parties/buiten.yaml')),
    expect: ['parties/buiten.yaml', '[F004] '],
  },
  { name: 'symbolische link naar een apparaat', make: (dir) => symlinkSync('/dev/zero', join(dir, 'protocols/nul.mdx')), expect: ['protocols/nul.mdx', '[F004] '] },
  {
    name: 'map met de naam van een inhoudsbestand',
    make: (dir) => mkdirSync(join(dir, 'protocols/x.mdx')),
    expect: ['protocols/x.mdx', '[F005] '],
  },
  {
    name: 'link die nergens naartoe wijst',
    make: (dir) => symlinkSync(join(dir, 'bestaat-niet.yaml'), join(dir, 'parties/weg.yaml')),
    expect: ['parties/weg.yaml', '[F004] '],
  },
  {
    name: 'lus van links',
    make: (dir) => {
      symlinkSync(join(dir, 'parties/b.yaml'), join(dir, 'parties/a.yaml'));
      symlinkSync(join(dir, 'parties/a.yaml'), join(dir, 'parties/b.yaml'));
    },
    expect: ['parties/a.yaml', 'parties/b.yaml', '[F004] '],
  },
  {
    name: 'map data-categories is een link',
    make: (dir) => {
      rmSync(join(dir, 'data-categories'), { recursive: true });
      symlinkSync('/etc', join(dir, 'data-categories'));
    },
    expect: ['[F002] '],
  },
  { name: 'te groot bestand', make: (dir) => withBody(dir, 'tekst '.repeat(500_000)), expect: ['[F006] ', '2.9 MB'] },
  {
    name: 'Latin-1 in plaats van UTF-8',
    make: (dir) => {
      const file = join(dir, 'parties/agentschap-noord.yaml');
      writeFileSync(
        file,
        Buffer.concat([Buffer.from(readFileSync(file, 'utf8').replace('description: ', 'description: Een agentschap voor co')), Buffer.from([0xf6]), Buffer.from('peratie.\n')]),
      );
    },
    expect: ['parties/agentschap-noord.yaml', '[F007] ', '(0xf6)'],
  },
  { name: 'register zonder published-urls.txt', make: (dir) => rmSync(join(dir, 'published-urls.txt')), expect: ['[U008] '] },
  {
    name: 'afgebroken published-urls.txt',
    make: (dir) => {
      const file = join(dir, 'published-urls.txt');
      writeFileSync(file, readFileSync(file, 'utf8').split('\n').slice(0, 5).join('\n'));
    },
    expect: ['[U009] '],
  },
  {
    name: 'published-urls.txt zonder één regel maar met de oude telling',
    make: (dir) => {
      const file = join(dir, 'published-urls.txt');
      writeFileSync(file, readFileSync(file, 'utf8').replace('/partijen/agentschap-noord/\n', ''));
    },
    expect: ['[U011] ', '10', '11'],
  },
  {
    name: 'formerSlugs eist een URL op die nooit gepubliceerd werd',
    make: (dir) => {
      const file = join(dir, 'parties/departement-zuid.yaml');
      writeFileSync(file, `formerSlugs: [vdab]\n${readFileSync(file, 'utf8')}`);
    },
    expect: ['formerSlugs[0]', '[U007] /partijen/vdab/'],
  },
  {
    name: 'formerSlugs eist een bestaande partij-URL op',
    make: (dir) => {
      const file = join(dir, 'parties/departement-zuid.yaml');
      writeFileSync(file, `formerSlugs: [agentschap-noord]\n${readFileSync(file, 'utf8')}`);
    },
    expect: ['formerSlugs[0]', '[U004] ', 'content/parties/agentschap-noord'],
  },
  // 1 MB files of different shapes: each is checked in bounded time and gets an answer.
  { name: '1 MB geneste citaten (15 niveaus)', make: (dir) => withBody(dir, Array.from({ length: 20_000 }, () => `${'> '.repeat(15)}x`).join('\n')), expect: ['fout(en)'] },
  { name: '1 MB losse webadressen', make: (dir) => withBody(dir, Array.from({ length: 30_000 }, (_, i) => `https://x${i}.example.be/a`).join(' ')), expect: ['fout(en)'] },
  {
    name: '1 MB e-mailadressen',
    make: (dir) => withBody(dir, Array.from({ length: 30_000 }, (_, i) => `jan.peeters${i}@noord.example.be`).join(' ')),
    expect: ['waarschuwing(en)', '[C001] '],
  },
  {
    name: '1 MB tabel van 200 kolommen',
    make: (dir) => withBody(dir, `${'| a '.repeat(200)}|\n${'| - '.repeat(200)}|\n${Array.from({ length: 1200 }, () => `${'| b '.repeat(200)}|`).join('\n')}`),
    expect: ['[B015] ', '(200, hoogstens 64)'],
  },
  {
    name: '1 MB tabel van 60.000 cellen',
    make: (dir) => withBody(dir, `${'| a '.repeat(20)}|\n${'| - '.repeat(20)}|\n${Array.from({ length: 3000 }, () => `${'| bbbbbbbbbbbb '.repeat(20)}|`).join('\n')}`),
    expect: ['[B015] '],
  },
  {
    name: '1 MB in drie tabellen van 18.000 cellen',
    make: (dir) =>
      withBody(
        dir,
        Array.from({ length: 3 }, () => `${'| a '.repeat(20)}|\n${'| - '.repeat(20)}|\n${Array.from({ length: 900 }, () => `${'| bbbbbbbbbbbb '.repeat(20)}|`).join('\n')}`).join(
          '\n\nTekst tussen de tabellen.\n\n',
        ),
      ),
    expect: ['[B015] '],
  },
  { name: '1 MB haakjes', make: (dir) => withBody(dir, '[('.repeat(500_000)), expect: ['fout(en)'] },
  { name: "1 MB opmaaktekens verspreid over alinea's", make: (dir) => withBody(dir, Array.from({ length: 20_000 }, () => '**_a_** x').join('\n\n')), expect: ['fout(en)'] },
  {
    name: '5.000 lege labels',
    make: (dir) => {
      const file = join(dir, protocolFile);
      writeFileSync(
        file,
        readFileSync(file, 'utf8').replace(/dataItems:\n/, `dataItems:\n${'      - label: ""\n        description: x\n        dataCategories: [naam]\n'.repeat(5000)}`),
      );
    },
    expect: ['[S004] ', '5000 fout(en)'],
  },
];

describe('a hostile pull request beyond content values', () => {
  for (const testCase of cases) {
    it(`answers: ${testCase.name}`, async () => {
      const dir = base();
      testCase.make(dir);
      const { output, ms } = await check(dir);
      console.log(`grens ${testCase.name}: gecontroleerd in ${ms.toFixed(0)} ms`);
      for (const text of testCase.expect) expect(output, output.slice(-3000)).toContain(text);
      // Always ends with the Dutch summary, never with a stack trace.
      expect(output.trim().split('\n').at(-1)).toMatch(/^\d+ fout\(en\), \d+ waarschuwing\(en\)$|^Inhoud gecontroleerd/);
      expect(output).not.toMatch(/\n\s+at .*\(.*:\d+:\d+\)/);
      rmSync(join(dir, '..'), { recursive: true, force: true });
    }, 120_000);
  }

  it('the valid base passes, also with a byte-order mark at the start of a file', async () => {
    const dir = base();
    const file = join(dir, 'parties/agentschap-noord.yaml');
    writeFileSync(file, `\ufeff${readFileSync(file, 'utf8')}`);
    const { ok, output } = await check(dir);
    expect(ok, output).toBe(true);
  });
});

describe('the importer and a damaged PDF', () => {
  it('says in one Dutch line that the file is damaged, without a stack trace', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'pdf-'));
    const pdf = join(dir, 'beschadigd.pdf');
    writeFileSync(pdf, '%PDF-1.7\n1 0 obj << /Type /Catalog >>\nxref kapot\n');
    const { status, output } = await runNode([resolve(root, 'scripts/import.ts'), pdf, '--out', join(dir, 'ontwerpen')]);
    expect(status).toBe(1);
    expect(output.trim()).toBe(
      'beschadigd.pdf kan niet gelezen worden: het bestand is beschadigd of geen PDF. Vraag de partij een nieuwe kopie van de PDF, of importeer de tekst (.txt).',
    );
    rmSync(dir, { recursive: true, force: true });
  }, 60_000);
});

describe('files that are not UTF-8', () => {
  it('names the offset of the first bad byte', () => {
    expect(invalidUtf8Offset(Buffer.from('abc'))).toBe(-1);
    expect(invalidUtf8Offset(Buffer.from([0x61, 0x62, 0xe9, 0x63]))).toBe(2);
    expect(invalidUtf8Offset(Buffer.from([0x61, 0xc0, 0xaf]))).toBe(1); // overlong "/"
    expect(invalidUtf8Offset(Buffer.from([0xed, 0xa0, 0x80]))).toBe(0); // an encoded surrogate
    expect(invalidUtf8Offset(Buffer.from('é€😀'))).toBe(-1);
  });
});

describe('public/ and build caches', () => {
  function repo(): string {
    const dir = mkdtempSync(join(tmpdir(), 'publiek-'));
    mkdirSync(join(dir, 'public/zoeken'), { recursive: true });
    writeFileSync(join(dir, 'public/robots.txt'), 'User-agent: *\n');
    writeFileSync(join(dir, 'public-manifest.txt'), formatManifest(dir));
    return dir;
  }

  it('accepts public/ as its manifest describes it', () => {
    expect(publicFileIssues(repo())).toEqual([]);
    expect(publicFileIssues(root)).toEqual([]);
  });

  it('refuses an added page, an SVG with script, a file shadowing a generated page or the search shortcuts, a changed file and a link', () => {
    const dir = repo();
    writeFileSync(join(dir, 'public/evil.html'), '<script>alert(1)</script>');
    writeFileSync(join(dir, 'public/logo.svg'), '<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>');
    mkdirSync(join(dir, 'public/protocollen/2025-x'), { recursive: true });
    writeFileSync(join(dir, 'public/protocollen/2025-x/index.html'), '<h1>nep</h1>');
    writeFileSync(join(dir, 'public/zoeken/snelkoppelingen.json'), '[{"term":"VDAB","url":"https://evil.example"}]');
    writeFileSync(join(dir, 'public/robots.txt'), 'Disallow: /\n');
    symlinkSync('/etc/passwd', join(dir, 'public/passwd.txt'));
    const issues = publicFileIssues(dir);
    const report = formatIssues(issues);
    for (const file of ['public/evil.html', 'public/logo.svg', 'public/protocollen/2025-x/index.html', 'public/zoeken/snelkoppelingen.json'])
      expect(issues.find((i) => i.file === file)?.code, report).toBe('G002');
    expect(issues.find((i) => i.file === 'public/robots.txt')?.code).toBe('G003');
    expect(issues.find((i) => i.file === 'public/passwd.txt')?.code).toBe('G001');
    expect(issues.every((i) => i.level === 'error' && i.fix.length > 10)).toBe(true);
  });

  it('refuses a committed build cache (a graph layout in .cache/)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'cache-'));
    const git = (...args: string[]) => execFileSync('git', args, { cwd: dir, stdio: 'ignore' });
    git('init', '-q');
    mkdirSync(join(dir, '.cache/graph-layout'), { recursive: true });
    writeFileSync(join(dir, '.cache/graph-layout/abc.json'), '{}');
    writeFileSync(join(dir, 'README.md'), 'x');
    expect(trackedBuildFileIssues(dir)).toEqual([]);
    git('add', '-f', '.cache/graph-layout/abc.json', 'README.md');
    const issues = trackedBuildFileIssues(dir);
    expect(issues.map((i) => i.file)).toEqual(['.cache/graph-layout/abc.json']);
    expect(issues[0]!.code).toBe('G005');
    expect(trackedBuildFileIssues(root)).toEqual([]);
  });
});

describe('output for terminals and CI logs is inert', () => {
  it('strips escape sequences and controls, and no value starts a line', () => {
    const hostile = 'Titel\u001b[2K\u001b[1A\r\n::error file=x::0 fout(en)\u0007\u202e';
    expect(inertLine(hostile)).toBe('Titel ⏎ ::error file=x::0 fout(en)');
    const report = formatIssues([
      { code: 'S002', level: 'error', file: '::warning::x.mdx', field: 'title\n::set-output', message: hostile, fix: '\u001b]8;;https://evil.example\u0007klik\u001b]8;;\u0007' },
    ]);
    for (const line of report.split('\n')) {
      expect(line).not.toMatch(/^\s*(::|##\[)/);
      // biome-ignore lint/suspicious/noControlCharactersInRegex: what must not be there
      expect(line).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f\u202e]/);
    }
    expect(report).toContain('» ::warning::x.mdx');
    expect(report.split('\n').at(-1)).toBe('1 fout(en), 0 waarschuwing(en)');
    expect(inertReport('ok\n##[error]nep\n  ::debug::x')).toBe('ok\n» ##[error]nep\n»   ::debug::x');
  });
});

describe('links and look-alikes', () => {
  it('allows mailto only with subject and body, refuses user info and scheme-less hosts', () => {
    expect(linkProblem('mailto:dpo@noord.be')).toBeUndefined();
    expect(linkProblem('mailto:dpo@noord.be?subject=Vraag&body=Hallo')).toBeUndefined();
    expect(linkProblem('mailto:dpo@noord.be?subject=x&bcc=a@evil.example')).toContain('"bcc"');
    expect(linkProblem('mailto:dpo@noord.be?CC=a@evil.example')).toContain('"cc"');
    expect(linkProblem('https://bank.be@evil.example/')).toContain('evil.example');
    expect(linkProblem('https://user:pw@evil.example/')).toContain('gebruikersgegevens');
    expect(linkProblem('//evil.example/')).toContain('andere website');
    expect(linkProblem('https://www.vlaanderen.be/a?b=c@d')).toBeUndefined();
    expect(linkProblem('#tekst-artikel-1')).toBeUndefined();
  });

  it('folds look-alike texts to one skeleton', () => {
    expect(skeleton('VDAB')).toBe(skeleton('VDАB')); // Cyrillic А
    expect(skeleton('Agentschap Noord')).toBe(skeleton('Agentschap N0ord'));
    expect(skeleton('Zuid')).toBe(skeleton('Ｚｕｉｄ'));
    expect(skeleton('Zu\u200bid')).toBe(skeleton('Zuid'));
    expect(skeleton('modern')).toBe(skeleton('rnodern'));
    expect(skeleton('VDAB')).not.toBe(skeleton('VLAIO'));
  });

  it('a ledger without its end line or with a wrong count is refused; one written by urls:update is not', () => {
    const text = formatLedger(['/partijen/a/', '/partijen/b/']);
    expect(ledgerProblem(text)).toBeUndefined();
    expect(ledgerProblem(text.split('\n').slice(0, 3).join('\n'))?.code).toBe('U009');
    expect(ledgerProblem(text.replace('/partijen/b/\n', ''))?.code).toBe('U011');
    expect(ledgerProblem('')?.code).toBe('U009');
    expect(ledgerProblem(formatLedger(['/partijen/a/', '/x\u001b[2J::error::nep']))?.code).toBe('U012');
  });
});
