import { defineRule } from '../rule.ts';

export default defineRule({
  code: 'B009',
  level: 'error',
  title: 'Een attribuut dat het element niet mag hebben',
  fix: 'Gebruik alleen title op <abbr>, en <br /> zonder attributen.',
});
