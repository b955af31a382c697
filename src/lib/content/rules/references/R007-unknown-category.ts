import { slugList } from '../protocol-context.ts';
import type { ProtocolContext } from '../protocol-context.ts';
import { defineRule } from '../rule.ts';

export default defineRule({
  code: 'R007',
  level: 'error',
  title: 'Een gegevenscategorie bestaat niet',
  fix: 'Gebruik een bestaande categorie, of voeg content/data-categories/<id>.yaml toe.',
  check: ({ protocol, dataCategories }: ProtocolContext) =>
    protocol.flows.flatMap((flow, f) =>
      flow.dataItems.flatMap((item, d) =>
        item.dataCategories.flatMap((category, c) =>
          dataCategories.has(category)
            ? []
            : [
                {
                  field: `flows[${f}].dataItems[${d}].dataCategories[${c}]`,
                  message: `gegevenscategorie "${category}" bestaat niet`,
                  fix: `gebruik een bestaande categorie (${slugList(dataCategories.keys())}) of voeg content/data-categories/${category}.yaml toe`,
                },
              ],
        ),
      ),
    ),
});
