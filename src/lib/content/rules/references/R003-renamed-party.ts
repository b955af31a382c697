import type { ProtocolContext } from '../protocol-context.ts';
import { defineRule } from '../rule.ts';

export default defineRule({
  code: 'R003',
  level: 'error',
  title: 'Een partij wordt met haar vroegere slug genoemd',
  fix: 'Gebruik de huidige slug die de melding noemt.',
  // Every place that still uses a renamed party's old slug, in the same run (not one wave per field).
  check: ({ protocol, roles, parties, brokenParties, movedParties }: ProtocolContext) => {
    const renamed = (id: string) => (!parties.has(id) && !brokenParties.has(id) ? movedParties.get(id) : undefined);
    const finding = (field: string, old: string, moved: string) => ({ field, message: `partij "${old}" heet nu "${moved}"`, fix: `gebruik de huidige slug "${moved}"` });
    const inParties = protocol.parties.flatMap((p, i) => {
      const moved = renamed(p.party);
      return moved ? [finding(`parties[${i}].party`, p.party, moved)] : [];
    });
    const elsewhere = [...roles.keys()].flatMap((old) => {
      const moved = movedParties.get(old);
      if (!moved || parties.has(old)) return [];
      return [
        ...protocol.flows.flatMap((flow, f) => [
          ...flow.from.flatMap((id, i) => (id === old ? [`flows[${f}].from[${i}]`] : [])),
          ...flow.to.flatMap((id, i) => (id === old ? [`flows[${f}].to[${i}]`] : [])),
        ]),
        ...protocol.purposes.flatMap((purpose, i) => (purpose.party === old ? [`purposes[${i}].party`] : [])),
        ...protocol.signatures.flatMap((signature, i) => (signature.party === old ? [`signatures[${i}].party`] : [])),
      ].map((field) => finding(field, old, moved));
    });
    return [...inParties, ...elsewhere];
  },
});
