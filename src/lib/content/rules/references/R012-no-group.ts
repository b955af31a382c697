import { defineRule } from '../rule.ts';

export default defineRule({
  code: 'R012',
  level: 'warning',
  title: 'Het protocol hoort bij geen enkele groep van betrokkenen',
  fix: 'Noem minstens één groep in dataSubjectGroups.',
});
