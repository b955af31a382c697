// The fixture register (tests/fixtures/content) as the pages see it, for the view tests: read,
// checked and built once per test file for the test build date, without git history.
import { readContentFolder } from '../../src/lib/content/read.node.ts';
import { hasErrors, validateContent, type ValidatedContent } from '../../src/lib/content/validate.ts';
import { buildRegister, type Register } from '../../src/lib/model/register.ts';
import { fixtureContentDir, testBuildDate } from './site.ts';

let register: Register | undefined;

/** The fixture content, read and checked (a fresh copy each call, for tests that add to it). */
export function fixtureContent(): ValidatedContent {
  const result = validateContent(readContentFolder(fixtureContentDir));
  if (hasErrors(result.issues)) throw new Error('de fixture-inhoud bevat fouten');
  return result;
}

export function fixtureRegister(): Register {
  register ??= buildRegister(fixtureContent(), testBuildDate);
  return register;
}

export const siteUrl = 'https://register.example/';
