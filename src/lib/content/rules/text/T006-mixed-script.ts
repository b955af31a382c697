import { defineRule } from '../rule.ts';

export default defineRule({
  code: 'T006',
  level: 'error',
  title: 'Een woord mengt Latijnse met Griekse of Cyrillische letters',
  fix: 'Typ het woord opnieuw met gewone letters.',
});
