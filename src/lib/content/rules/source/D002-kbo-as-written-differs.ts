import { digitsOf, formatKbo, isValidKbo } from '../../kbo.ts';
import { noteFix } from '../../publish-gate.ts';
import type { ProtocolContext } from '../protocol-context.ts';
import { defineRule } from '../rule.ts';

export default defineRule({
  code: 'D002',
  level: 'warning',
  title: 'De brontekst noemt een ander ondernemingsnummer dan de partij heeft',
  fix: 'Controleer welk nummer juist is; staat het zo in de bron, schrijf een redactienoot.',
  check: ({ protocol, parties }: ProtocolContext) =>
    protocol.parties.flatMap((p, i) => {
      const party = parties.get(p.party);
      const written = p.kboAsWritten ? digitsOf(p.kboAsWritten) : '';
      if (!party?.kbo || !written || !isValidKbo(written) || written === digitsOf(party.kbo)) return [];
      return [
        {
          field: `parties[${i}].kboAsWritten`,
          message: `de brontekst noemt ${formatKbo(written)}, maar ${party.shortName} heeft ${party.kbo}`,
          fix: `controleer welk nummer juist is; ${noteFix(`parties[${i}].kboAsWritten`)}`,
        },
      ];
    }),
});
