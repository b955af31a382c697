import { slugList } from '../protocol-context.ts';
import type { ProtocolContext } from '../protocol-context.ts';
import { defineRule } from '../rule.ts';

export default defineRule({
  code: 'R004',
  level: 'error',
  title: 'Een stroom, doel of handtekening noemt een partij die niet in parties staat',
  fix: 'Voeg de partij toe aan parties, of kies een partij van het protocol.',
  check: ({ protocol, roles }: ProtocolContext) => [
    ...protocol.flows.flatMap((flow, f) =>
      (['from', 'to'] as const).flatMap((side) =>
        flow[side].flatMap((partyId, i) =>
          roles.has(partyId)
            ? []
            : [
                {
                  field: `flows[${f}].${side}[${i}]`,
                  message: `"${partyId}" is geen partij van dit protocol`,
                  fix: `voeg "${partyId}" toe aan parties, of kies een van: ${slugList(roles.keys())}`,
                },
              ],
        ),
      ),
    ),
    ...(['purposes', 'signatures'] as const).flatMap((key) =>
      protocol[key].flatMap((item, i) =>
        item.party && !roles.has(item.party)
          ? [{ field: `${key}[${i}].party`, message: `"${item.party}" is geen partij van dit protocol`, fix: `kies een van: ${slugList(roles.keys())}` }]
          : [],
      ),
    ),
  ],
});
