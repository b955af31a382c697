import type { ProtocolContext } from '../protocol-context.ts';
import { defineRule } from '../rule.ts';

export default defineRule({
  code: 'R013',
  level: 'error',
  title: 'Een relatie noemt een protocol dat niet bestaat',
  fix: 'Gebruik de bestandsnaam (zonder .mdx) van een bestaand protocol, of "title" voor een document buiten het register.',
  check: ({ protocol, protocols, movedProtocols }: ProtocolContext) =>
    protocol.relations.flatMap((relation, i) =>
      relation.protocol && !movedProtocols.has(relation.protocol) && !protocols.has(relation.protocol)
        ? [
            {
              field: `relations[${i}].protocol`,
              message: `protocol "${relation.protocol}" bestaat niet in content/protocols`,
              fix: 'gebruik de bestandsnaam (zonder .mdx) van een bestaand protocol, of gebruik "title" voor een document buiten het register',
            },
          ]
        : [],
    ),
});
