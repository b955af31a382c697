// npm run check [-- <content folder>]: validates every content file and lists every problem.
// Exit code 1 when there is at least one error; warnings alone do not fail. Whatever the input,
// the last line is the Dutch summary: an unexpected failure is reported as an error, never as a
// stack trace.
import { resolve } from 'node:path';
import { readContentFolder } from '../src/lib/content/read.ts';
import { formatIssues, hasErrors, validateContent, type ValidatedContent } from '../src/lib/content/validate.ts';
import { processBodies } from '../src/lib/content/parallel.ts';
import { inertLine } from '../src/lib/text.ts';

/** Validates the folder and prints the report; returns the result when there is no error. */
export async function checkContent(contentDir: string): Promise<ValidatedContent | undefined> {
  try {
    const raw = readContentFolder(contentDir);
    const result = validateContent(raw, await processBodies(raw.protocols));
    console.log(
      `Inhoud gecontroleerd in ${inertLine(contentDir)}: ${result.protocols.length} protocollen, ${result.parties.length} partijen, ${result.dataCategories.length} gegevenscategorieën.`,
    );
    if (result.issues.length > 0) console.log(formatIssues(result.issues));
    return hasErrors(result.issues) ? undefined : result;
  } catch (error) {
    const reason = error instanceof RangeError ? 'de inhoud is te groot of te diep genest' : inertLine(error instanceof Error ? error.message : String(error)).slice(0, 300);
    console.log(
      `De controle van ${inertLine(contentDir)} is afgebroken: ${reason}.\n  oplossing: verklein of vereenvoudig het bestand dat u het laatst wijzigde, en meld dit aan de beheerders als het blijft.\n1 fout(en), 0 waarschuwing(en)`,
    );
    return undefined;
  }
}

if (import.meta.main) {
  const dir = resolve(process.argv[2] ?? process.env.REGISTER_CONTENT_DIR ?? 'content');
  process.exit((await checkContent(dir)) ? 0 : 1);
}
