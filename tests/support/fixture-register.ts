// The fixture register (tests/fixtures/content) as the pages see it, for the view tests: read,
// checked and built once per test file for the test build date, without git history.
import { readContentFolder } from '../../src/lib/content/read.node.ts';
import { hasErrors, validateContent } from '../../src/lib/content/validate.ts';
import { buildRegister, type Register } from '../../src/lib/model/register.ts';
import { fixtureContentDir, testBuildDate } from './site.ts';

let register: Register | undefined;

export function fixtureRegister(): Register {
  if (register) return register;
  const result = validateContent(readContentFolder(fixtureContentDir));
  if (hasErrors(result.issues)) throw new Error('de fixture-inhoud bevat fouten');
  register = buildRegister(result, testBuildDate);
  return register;
}

export const siteUrl = 'https://register.example/';
