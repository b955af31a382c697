import type { ProtocolContext } from '../protocol-context.ts';
import { defineRule } from '../rule.ts';

export default defineRule({
  code: 'R015',
  level: 'error',
  title: 'Een relatie noemt geen protocol en geen titel',
  fix: 'Vul "protocol" (slug) of "title" in.',
  check: ({ protocol }: ProtocolContext) =>
    protocol.relations.flatMap((relation, i) =>
      !relation.protocol && !relation.title
        ? [{ field: `relations[${i}]`, message: 'een relatie noemt geen protocol en geen titel', fix: 'vul "protocol" (slug) of "title" in' }]
        : [],
    ),
});
