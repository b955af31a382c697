import { noteFix } from '../../publish-gate.ts';
import type { ProtocolContext } from '../protocol-context.ts';
import { defineRule } from '../rule.ts';

export default defineRule({
  code: 'D004',
  level: 'warning',
  title: 'De inwerkingtreding ligt voor de datum van het document',
  fix: 'Controleer de bron; staat het zo in de bron, schrijf een redactienoot voor entryIntoForce.date.',
  check: ({ protocol }: ProtocolContext) =>
    protocol.entryIntoForce.date < protocol.documentDate
      ? [
          {
            field: 'entryIntoForce.date',
            message: `inwerkingtreding (${protocol.entryIntoForce.date}) ligt voor de datum van het document (${protocol.documentDate})`,
            fix: `controleer de bron; ${noteFix('entryIntoForce.date')}`,
          },
        ]
      : [],
});
