import type { ProtocolContext } from '../protocol-context.ts';
import { defineRule } from '../rule.ts';

export default defineRule({
  code: 'R009',
  level: 'error',
  title: 'Een bijzonder gegeven in een protocol met specialCategories: false',
  fix: 'Zet specialCategories: true op het protocol.',
  check: ({ protocol }: ProtocolContext) =>
    protocol.flows.flatMap((flow, f) =>
      flow.dataItems.flatMap((item, d) =>
        item.specialCategory && !protocol.specialCategories
          ? [
              {
                field: `flows[${f}].dataItems[${d}].specialCategory`,
                message: 'gegeven is een bijzondere categorie, maar het protocol zegt specialCategories: false',
                fix: 'zet specialCategories: true op het protocol',
              },
            ]
          : [],
      ),
    ),
});
