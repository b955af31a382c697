import type { ProtocolContext } from '../protocol-context.ts';
import { defineRule } from '../rule.ts';

export default defineRule({
  code: 'R008',
  level: 'warning',
  title: 'Een gegeven uit een bijzondere categorie is niet zo gemarkeerd',
  fix: 'Zet specialCategory: true, of kies een andere categorie.',
  check: ({ protocol, dataCategories }: ProtocolContext) =>
    protocol.flows.flatMap((flow, f) =>
      flow.dataItems.flatMap((item, d) =>
        item.dataCategories.flatMap((category) =>
          dataCategories.get(category)?.specialCategory && !item.specialCategory
            ? [
                {
                  field: `flows[${f}].dataItems[${d}].specialCategory`,
                  message: `categorie "${category}" is een bijzondere categorie (AVG art. 9/10), maar het gegeven is niet zo gemarkeerd`,
                  fix: 'zet specialCategory: true, of kies een andere categorie',
                },
              ]
            : [],
        ),
      ),
    ),
});
