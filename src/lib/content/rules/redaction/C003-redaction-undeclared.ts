import { undeclaredRedactionIssues } from '../../redaction.ts';
import type { ProtocolContext } from '../protocol-context.ts';
import { defineRule } from '../rule.ts';

export default defineRule({
  code: 'C003',
  level: 'error',
  title: 'Een markering in de tekst staat niet in "redactions"',
  fix: 'Voeg in "redactions" een regel toe met marker, what en reason.',
  check: ({ protocol, body, bodyLine }: ProtocolContext) =>
    body
      ? undeclaredRedactionIssues(body, protocol.redactions).flatMap((problem) =>
          problem.kind === 'absent'
            ? []
            : [
                {
                  field: '(tekst)',
                  line: problem.line !== undefined && bodyLine !== undefined ? problem.line + bodyLine - 1 : undefined,
                  column: bodyLine !== undefined ? problem.column : undefined,
                  message: `de markering "${problem.marker}" staat in de tekst maar niet in "redactions"`,
                  fix: `voeg in "redactions" een regel toe met marker: "${problem.marker}", what en reason`,
                },
              ],
        )
      : [],
});
