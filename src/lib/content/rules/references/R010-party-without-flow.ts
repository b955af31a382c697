import { noteFix } from '../../publish-gate.ts';
import type { ProtocolContext } from '../protocol-context.ts';
import { defineRule } from '../rule.ts';

export default defineRule({
  code: 'R010',
  level: 'warning',
  title: 'Een partij komt in geen enkele gegevensstroom voor',
  fix: 'Voeg de partij toe aan een stroom, of leg het uit in een redactienoot met field: "flows".',
  check: ({ protocol, roles }: ProtocolContext) => {
    const used = new Set(protocol.flows.flatMap((flow) => [...flow.from, ...flow.to]));
    return [...roles.keys()]
      .filter((partyId) => !used.has(partyId))
      .map((partyId) => ({
        field: 'flows',
        message: `partij "${partyId}" komt in geen enkele gegevensstroom voor`,
        fix: `voeg de partij toe aan een stroom; is ze volgens de bron partij zonder gegevens te delen, ${noteFix('flows')}`,
      }));
  },
});
