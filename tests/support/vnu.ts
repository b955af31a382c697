// The W3C Nu HTML checker (npm package vnu-jar, runs on Java: Debian's default-jre-headless).
import { execFile, spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

export interface NuMessage {
  type: string;
  url?: string;
  lastLine?: number;
  message: string;
  extract?: string;
}

/**
 * The checker's CSS module does not know `paint-order` (CSS Fill and Stroke; every browser has
 * it), which gives graph labels their halo. That one message is a gap in the checker, not in
 * the page: it is left out, nothing else is.
 */
const checkerGaps = [/^CSS: “paint-order”: Property “paint-order” doesn't exist\.$/];

function jar(): string {
  const java = spawnSync('java', ['-version'], { encoding: 'utf8' });
  if (java.error || java.status !== 0)
    throw new Error('Java ontbreekt: de W3C Nu-controle (vnu-jar) heeft Java nodig. Installeer het met "apt-get install -y default-jre-headless".');
  return String(require('vnu-jar'));
}

function parse(output: string): NuMessage[] {
  const { messages } = JSON.parse(output) as { messages: NuMessage[] };
  return messages.filter((m) => m.type === 'error' && !checkerGaps.some((gap) => gap.test(m.message)));
}

/** Errors of the Nu checker in these files (warnings are not errors). */
export function nuErrors(files: string[]): Promise<NuMessage[]> {
  const path = jar();
  return new Promise((done, fail) => {
    execFile('java', ['-jar', path, '--errors-only', '--format', 'json', ...files], { maxBuffer: 64 * 1024 * 1024 }, (_error, _stdout, stderr) => {
      try {
        done(parse(stderr));
      } catch (e) {
        fail(new Error(`De W3C Nu-controle gaf geen leesbaar antwoord: ${String(e)}\n${stderr.slice(0, 2000)}`));
      }
    });
  });
}

/** Errors of the Nu checker in one HTML document given as text (a state that a script built). */
export function nuErrorsInHtml(html: string): Promise<NuMessage[]> {
  const path = jar();
  return new Promise((done, fail) => {
    const child = execFile('java', ['-jar', path, '--errors-only', '--format', 'json', '-'], { maxBuffer: 64 * 1024 * 1024 }, (_error, _stdout, stderr) => {
      try {
        done(parse(stderr));
      } catch (e) {
        fail(new Error(`De W3C Nu-controle gaf geen leesbaar antwoord: ${String(e)}\n${stderr.slice(0, 2000)}`));
      }
    });
    child.stdin!.end(html);
  });
}

export function describeNu(messages: NuMessage[]): string {
  return messages.map((m) => `${m.url ?? 'document'}:${m.lastLine ?? '?'}: ${m.message}${m.extract ? ` [${m.extract.trim()}]` : ''}`).join('\n');
}
