import { noteFix } from '../../publish-gate.ts';
import type { ProtocolContext } from '../protocol-context.ts';
import { defineRule } from '../rule.ts';

export default defineRule({
  code: 'D005',
  level: 'warning',
  title: 'Het protocol noemt geen einde',
  fix: 'Vul end.date, end.indefinite of end.note in, of schrijf een redactienoot voor end.',
  // A one-off exchange needs no end; any end date, indefinite duration, condition or tie is one.
  check: ({ protocol: { end, periodicity } }: ProtocolContext) =>
    !end.date && !end.indefinite && !end.note && !end.tiedTo && periodicity !== 'one-off'
      ? [
          {
            field: 'end',
            message: 'het protocol noemt geen einddatum, geen onbepaalde duur en geen eindvoorwaarde',
            fix: `vul end.date, end.indefinite of end.note in; zegt de bron niets over het einde, ${noteFix('end')}`,
          },
        ]
      : [],
});
