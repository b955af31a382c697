import { defineRule } from '../rule.ts';

export default defineRule({
  code: 'R006',
  level: 'error',
  title: 'Een partij staat in één stroom zowel bij from als bij to',
  fix: 'Zet "mutual: true" voor een wederzijdse uitwisseling, of verdeel de stroom.',
});
