import { defineRule } from '../rule.ts';

export default defineRule({
  code: 'I002',
  level: 'error',
  title: 'Een naam van een partij lijkt verwarrend veel op die van een andere',
  fix: 'Schrijf de naam met gewone letters zoals de organisatie hem schrijft.',
});
