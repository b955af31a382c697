import type { ProtocolContext } from '../protocol-context.ts';
import { defineRule } from '../rule.ts';

export default defineRule({
  code: 'R005',
  level: 'error',
  title: 'Een partij staat bij from of to zonder de rol die dat toelaat',
  fix: 'Geef de partij de rol "sends", "receives" of "both".',
  check: ({ protocol, roles }: ProtocolContext) =>
    protocol.flows.flatMap((flow, f) =>
      (['from', 'to'] as const).flatMap((side) =>
        flow[side].flatMap((partyId, i) => {
          const role = roles.get(partyId);
          const allowed = side === 'from' ? ['sends', 'both'] : ['receives', 'both'];
          if (!role || allowed.includes(role)) return [];
          return [
            {
              field: `flows[${f}].${side}[${i}]`,
              message: `"${partyId}" heeft rol "${role}" maar staat bij "${side}"`,
              fix: side === 'from' ? 'geef de partij de rol "sends" of "both"' : 'geef de partij de rol "receives" of "both"',
            },
          ];
        }),
      ),
    ),
});
