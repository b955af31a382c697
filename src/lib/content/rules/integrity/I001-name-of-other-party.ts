import { defineRule } from '../rule.ts';

export default defineRule({
  code: 'I001',
  level: 'error',
  title: 'Een naam van een partij is de naam van een andere partij',
  fix: 'Een partij noemt alleen haar eigen namen; verwijder de naam of voeg de bestanden samen.',
});
