import { defineRule } from '../rule.ts';

export default defineRule({
  code: 'Y001',
  level: 'error',
  title: 'De YAML kan niet gelezen worden',
  fix: 'Controleer op de genoemde regel de inspringing (spaties), dubbelepunten en aanhalingstekens.',
});
