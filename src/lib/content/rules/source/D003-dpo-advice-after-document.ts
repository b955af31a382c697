import { noteFix } from '../../publish-gate.ts';
import type { ProtocolContext } from '../protocol-context.ts';
import { defineRule } from '../rule.ts';

export default defineRule({
  code: 'D003',
  level: 'warning',
  title: 'Het advies van de functionaris is later dan de datum van het document',
  fix: 'Controleer de bron; staat het zo in de bron, schrijf een redactienoot voor dat veld.',
  check: ({ protocol, parties }: ProtocolContext) =>
    protocol.parties.flatMap((p, i) =>
      parties.has(p.party) && p.dpoAdviceDate && p.dpoAdviceDate > protocol.documentDate
        ? [
            {
              field: `parties[${i}].dpoAdviceDate`,
              message: `advies van de functionaris (${p.dpoAdviceDate}) is later dan de datum van het document (${protocol.documentDate})`,
              fix: `controleer de bron; ${noteFix(`parties[${i}].dpoAdviceDate`)}`,
            },
          ]
        : [],
    ),
});
