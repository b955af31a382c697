import type { ProtocolContext } from '../protocol-context.ts';
import { defineRule } from '../rule.ts';

export default defineRule({
  code: 'R001',
  level: 'error',
  title: 'Een partij staat twee keer in de lijst',
  fix: 'Verwijder de dubbele vermelding.',
  check: ({ protocol }: ProtocolContext) => {
    const seen = new Set<string>();
    return protocol.parties.flatMap((p, i) => {
      const twice = seen.has(p.party);
      seen.add(p.party);
      return twice ? [{ field: `parties[${i}].party`, message: `partij "${p.party}" staat twee keer in de lijst`, fix: 'verwijder de dubbele vermelding' }] : [];
    });
  },
});
