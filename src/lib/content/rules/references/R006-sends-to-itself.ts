import type { ProtocolContext } from '../protocol-context.ts';
import { defineRule } from '../rule.ts';

export default defineRule({
  code: 'R006',
  level: 'error',
  title: 'Een partij staat in één stroom zowel bij from als bij to',
  fix: 'Zet "mutual: true" voor een wederzijdse uitwisseling, of verdeel de stroom.',
  check: ({ protocol }: ProtocolContext) =>
    protocol.flows.flatMap((flow, f) =>
      !flow.mutual && flow.from.some((id) => flow.to.includes(id))
        ? [{ field: `flows[${f}]`, message: 'een partij staat zowel bij "from" als bij "to"', fix: 'zet "mutual: true" voor een wederzijdse uitwisseling, of verdeel de stroom' }]
        : [],
    ),
});
