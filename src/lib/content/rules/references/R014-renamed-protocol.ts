import type { ProtocolContext } from '../protocol-context.ts';
import { defineRule } from '../rule.ts';

export default defineRule({
  code: 'R014',
  level: 'error',
  title: 'Een relatie noemt een protocol met zijn vroegere slug',
  fix: 'Gebruik de huidige slug die de melding noemt.',
  check: ({ protocol, movedProtocols }: ProtocolContext) =>
    protocol.relations.flatMap((relation, i) => {
      const moved = relation.protocol && movedProtocols.get(relation.protocol);
      return moved ? [{ field: `relations[${i}].protocol`, message: `protocol "${relation.protocol}" heet nu "${moved}"`, fix: `gebruik de huidige slug "${moved}"` }] : [];
    }),
});
