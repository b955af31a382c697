import { slugList } from '../protocol-context.ts';
import type { ProtocolContext } from '../protocol-context.ts';
import { defineRule } from '../rule.ts';

export default defineRule({
  code: 'R011',
  level: 'error',
  title: 'Een groep van betrokkenen bestaat niet',
  fix: 'Kies een bestaande groep, of voeg content/data-subjects/<id>.yaml toe.',
  check: ({ protocol, dataSubjectGroups }: ProtocolContext) =>
    protocol.dataSubjectGroups.flatMap((group, i) =>
      dataSubjectGroups.includes(group)
        ? []
        : [
            {
              field: `dataSubjectGroups[${i}]`,
              message: `groep "${group}" bestaat niet in content/data-subjects`,
              fix: dataSubjectGroups.length
                ? `kies een van: ${slugList(dataSubjectGroups)}, of voeg content/data-subjects/${group}.yaml toe`
                : `voeg content/data-subjects/${group}.yaml toe`,
            },
          ],
    ),
});
