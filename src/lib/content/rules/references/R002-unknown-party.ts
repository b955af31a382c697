import { slugList } from '../protocol-context.ts';
import type { ProtocolContext } from '../protocol-context.ts';
import { defineRule } from '../rule.ts';

export default defineRule({
  code: 'R002',
  level: 'error',
  title: 'Een partij bestaat niet in content/parties',
  fix: 'Gebruik de slug van een bestaande partij, of voeg het partijbestand toe.',
  check: ({ protocol, parties, brokenParties, movedParties }: ProtocolContext) =>
    protocol.parties.flatMap((p, i) =>
      parties.has(p.party) || brokenParties.has(p.party) || movedParties.has(p.party)
        ? []
        : [
            {
              field: `parties[${i}].party`,
              message: `partij "${p.party}" bestaat niet in content/parties`,
              fix: `maak content/parties/${p.party}.yaml aan, of gebruik een bestaande slug: ${slugList(parties.keys())}`,
            },
          ],
    ),
});
