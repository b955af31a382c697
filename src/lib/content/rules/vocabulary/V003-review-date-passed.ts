import type { Protocol } from '../../schemas.ts';
import { defineRule } from '../rule.ts';

export default defineRule({
  code: 'V003',
  level: 'warning',
  title: 'De herzieningsdatum is voorbij',
  fix: 'Vul de nieuwe herzieningsdatum in, of voeg het gewijzigde protocol toe.',
  /** `today`: the day of the check (BUILD_DATE, else today); without it nothing is reported. */
  check: ({ protocol, today }: { protocol: Protocol; today?: string }) =>
    protocol.reviewDate && today && protocol.reviewDate < today
      ? [
          {
            field: 'reviewDate',
            message: `de herzieningsdatum ${protocol.reviewDate} is voorbij (gecontroleerd op ${today}); het protocol staat op /te-herzien/ als te herzien`,
            fix: 'vraag de partijen of het protocol herzien is: vul dan de nieuwe herzieningsdatum in, of voeg het gewijzigde protocol toe met een relatie "amends" of "replaces"',
          },
        ]
      : [],
});
