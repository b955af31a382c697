import { defineRule } from '../rule.ts';

export default defineRule({
  code: 'K001',
  level: 'warning',
  title: 'Een verplicht onderdeel van het wettelijk kader ontbreekt',
  fix: 'Vul het veld in als het toch in de bron staat; anders een redactienoot met field: "checklist.<onderdeel>".',
});
