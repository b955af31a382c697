import { defineRule } from '../rule.ts';

export default defineRule({
  code: 'R005',
  level: 'error',
  title: 'Een partij staat bij from of to zonder de rol die dat toelaat',
  fix: 'Geef de partij de rol "sends", "receives" of "both".',
});
