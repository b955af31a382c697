import { undeclaredRedactionIssues } from '../../redaction.ts';
import type { ProtocolContext } from '../protocol-context.ts';
import { defineRule } from '../rule.ts';

export default defineRule({
  code: 'C002',
  level: 'error',
  title: 'Een verklaarde markering staat niet in de tekst',
  fix: 'Schrijf de markering letterlijk in de tekst, of verwijder de regel uit "redactions".',
  check: ({ protocol, body }: ProtocolContext) =>
    body
      ? undeclaredRedactionIssues(body, protocol.redactions).flatMap((problem) =>
          problem.kind === 'absent'
            ? [
                {
                  field: `redactions[${problem.index}].marker`,
                  message: `de markering "${problem.marker}" staat niet in de tekst`,
                  fix: 'schrijf de markering letterlijk in de tekst op de plaats van het weggelaten gegeven, of verwijder deze regel uit "redactions"',
                },
              ]
            : [],
        )
      : [],
});
