import { defineRule } from '../rule.ts';

export default defineRule({
  code: 'Y002',
  level: 'error',
  title: 'Een YAML-verwijzing (&anker of *alias) wordt niet toegelaten',
  fix: 'Schrijf elke waarde voluit.',
});
