import type { ProtocolContext } from '../protocol-context.ts';
import { defineRule } from '../rule.ts';

export default defineRule({
  code: 'R012',
  level: 'warning',
  title: 'Het protocol hoort bij geen enkele groep van betrokkenen',
  fix: 'Noem minstens één groep in dataSubjectGroups.',
  // A register without groups of data subjects asks for none.
  check: ({ protocol, dataSubjectGroups: groups }: ProtocolContext) =>
    groups.length > 0 && protocol.dataSubjectGroups.length === 0
      ? [
          {
            field: 'dataSubjectGroups',
            message: 'het protocol hoort bij geen enkele groep van betrokkenen, dus burgers vinden het niet vanuit hun situatie',
            fix: `noem minstens één groep: ${groups.join(', ')}`,
          },
        ]
      : [],
});
