// ajv with the two string formats the export schemas use (ajv-formats is not needed for these).
import { Ajv2020 } from 'ajv/dist/2020.js';

export function schemaValidator(): Ajv2020 {
  const ajv = new Ajv2020({ strict: false, allErrors: true });
  ajv.addFormat('date', /^\d{4}-\d{2}-\d{2}$/);
  ajv.addFormat('uri', (value: string) => URL.canParse(value));
  return ajv;
}
