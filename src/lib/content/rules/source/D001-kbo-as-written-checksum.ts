import { digitsOf, isValidKbo } from '../../kbo.ts';
import type { ProtocolContext } from '../protocol-context.ts';
import { defineRule } from '../rule.ts';

export default defineRule({
  code: 'D001',
  level: 'warning',
  title: 'Het ondernemingsnummer in de brontekst heeft een fout controlegetal',
  fix: 'Behoud het zoals in de bron en noem het juiste nummer in een redactienoot voor dat veld.',
  check: ({ protocol, parties }: ProtocolContext) =>
    protocol.parties.flatMap((p, i) => {
      const party = parties.get(p.party);
      if (!party || !p.kboAsWritten || isValidKbo(digitsOf(p.kboAsWritten))) return [];
      return [
        {
          field: `parties[${i}].kboAsWritten`,
          message: `het ondernemingsnummer ${p.kboAsWritten} in de brontekst heeft een fout controlegetal`,
          fix: `behoud het zoals in de bron en voeg in editorNotes een redactienoot toe met field: "parties[${i}].kboAsWritten" die het juiste nummer noemt (${party.kbo ?? 'zie KBO'})`,
        },
      ];
    }),
});
