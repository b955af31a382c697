// The pull-request comment workflow's script, run as GitHub runs it, against a stand-in for the
// `gh` command: it posts one comment, updates it on the next run, and posts nothing for a stale
// run or without an artifact. What the artifact says is only text.
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { tmpdir } from 'node:os';
import { parse as parseYaml } from 'yaml';

const workflow = parseYaml(readFileSync(resolve(import.meta.dirname, '../../../.github/workflows/pr-comment.yml'), 'utf8')) as {
  jobs: { comment: { steps: { run?: string; env?: Record<string, string> }[] } };
};
const step = workflow.jobs.comment.steps.find((s) => s.run)!;

// Answers like `gh` would, and writes down every call and every comment body it is given.
const fakeGh = `#!/usr/bin/env bash
echo "$*" >> "$FAKE_LOG/calls"
case "$1 $2" in
  "run download")
    [ -d "$FAKE_ARTIFACT" ] || { echo "no artifact" >&2; exit 1; }
    cp -r "$FAKE_ARTIFACT" "$7" ;;
  "api repos/"*"/pulls/"*) echo "$FAKE_HEAD" ;;
  "api repos/"*"/comments") printf '%s\\n' $FAKE_EXISTING ;;
  "api --method")
    for arg in "$@"; do case "$arg" in body=@*) cp "\${arg#body=@}" "$FAKE_LOG/body-$3" ;; esac; done ;;
esac
`;

function run(options: { artifact?: Record<string, string>; head: string; existing?: string }) {
  const dir = mkdtempSync(join(tmpdir(), 'pr-comment-'));
  for (const sub of ['bin', 'log', 'temp']) mkdirSync(join(dir, sub));
  writeFileSync(join(dir, 'bin/gh'), fakeGh);
  chmodSync(join(dir, 'bin/gh'), 0o755);
  if (options.artifact) {
    mkdirSync(join(dir, 'artifact'));
    for (const [name, text] of Object.entries(options.artifact)) writeFileSync(join(dir, 'artifact', name), text);
  }
  const result = spawnSync('bash', ['-e', '-c', step.run!], {
    encoding: 'utf8',
    env: {
      PATH: `${join(dir, 'bin')}:${process.env.PATH}`,
      RUNNER_TEMP: join(dir, 'temp'),
      GH_REPO: 'vlaanderen/protocollenregister',
      RUN_ID: '42',
      RUN_URL: 'https://github.com/vlaanderen/protocollenregister/actions/runs/42',
      HEAD_SHA: 'abc123',
      FAKE_LOG: join(dir, 'log'),
      FAKE_ARTIFACT: join(dir, 'artifact'),
      FAKE_HEAD: options.head,
      FAKE_EXISTING: options.existing ?? '',
    },
  });
  const read = (name: string) => (existsSync(join(dir, 'log', name)) ? readFileSync(join(dir, 'log', name), 'utf8') : undefined);
  return {
    status: result.status,
    output: `${result.stdout}${result.stderr}`,
    calls: read('calls')?.trim().split('\n') ?? [],
    posted: read('body-POST'),
    patched: read('body-PATCH'),
  };
}

const artifact = { number: '17\n', outcome: 'success\n', 'summary.md': '### Protocollen\n\n- nieuw: `2026-a-b`\n' };

describe('the pull-request comment', () => {
  it('posts one comment with the verdict, the run and the summary when there is none yet', () => {
    const { status, output, calls, posted, patched } = run({ artifact, head: 'abc123' });
    expect(status, output).toBe(0);
    expect(calls[0]).toBe('run download 42 --name pr-comment --dir pr-comment');
    expect(calls).toContain('api repos/vlaanderen/protocollenregister/pulls/17 --jq .head.sha');
    expect(calls.at(-1)).toBe('api --method POST repos/vlaanderen/protocollenregister/issues/17/comments -F body=@comment.md');
    expect(patched).toBeUndefined();
    expect(posted).toBe(
      '<!-- protocollenregister:pr-samenvatting -->\n## Wat deze pull request verandert in het register\n\nDe controle en alle tests zijn geslaagd. Run: https://github.com/vlaanderen/protocollenregister/actions/runs/42 (het artefact `voorbeeld-site` is een testversie van de site om lokaal te bekijken).\n\n### Protocollen\n\n- nieuw: `2026-a-b`\n',
    );
  });

  it('updates the comment it posted before, and says when the gate failed', () => {
    const { status, posted, patched, calls } = run({ artifact: { ...artifact, outcome: 'failure' }, head: 'abc123', existing: '991' });
    expect(status).toBe(0);
    expect(posted).toBeUndefined();
    expect(calls.at(-1)).toBe('api --method PATCH repos/vlaanderen/protocollenregister/issues/comments/991 -F body=@comment.md');
    expect(patched).toContain('De controle of de tests zijn **niet** geslaagd');
  });

  it('posts nothing when the pull request has moved on, or when there is no artifact', () => {
    const stale = run({ artifact, head: 'def456' });
    expect(stale.status).toBe(0);
    expect(stale.output).toContain('staat niet (meer) op abc123');
    expect(stale.posted ?? stale.patched).toBeUndefined();
    const none = run({ head: 'abc123' });
    expect(none.status).toBe(0);
    expect(none.calls).toEqual(['run download 42 --name pr-comment --dir pr-comment']);
  });

  it('reads only the digits of the number the artifact gives, and refuses a number without any', () => {
    const sneaky = run({ artifact: { ...artifact, number: '17$(touch /tmp/pwned); x\n' }, head: 'abc123' });
    expect(sneaky.calls).toContain('api repos/vlaanderen/protocollenregister/pulls/17 --jq .head.sha');
    const empty = run({ artifact: { ...artifact, number: 'geen\n' }, head: 'abc123' });
    expect(empty.status).toBe(1);
    expect(empty.posted).toBeUndefined();
  });
});
