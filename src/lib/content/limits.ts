/**
 * Bounded work on a body. The Markdown parser, the tree walks and the renderer recurse once per
 * level of nesting, so 2,000 nested block quotes (4 KB of ">") would overflow the stack. Before
 * the parser sees a body, its nesting is measured line by line (linear in its size) and a body
 * nested deeper than any real protocol text is refused with the line and a fix.
 */
import type { BodyProblem } from './issue.ts';

export const maxNesting = 16;
/** Emphasis delimiters ("*", "_", "~" runs) per paragraph: the parser's work grows with their number. */
export const maxDelimiterRuns = 1000;
/** Tables: the parser's time grows with the number of cells (240,000 cells in 1 MB took 12 s); counted per body. */
export const maxTableColumns = 64;
export const maxTableCells = 20_000;

/**
 * The deepest container nesting a line opens: block quotes (">"), list items ("-", "*", "+",
 * "1." or "1)") and indentation (two columns per level, a tab is four). Inline nesting
 * ("<abbr>", brackets, emphasis) is bounded the same way per line.
 */
export function nestingProblem(body: string): BodyProblem | undefined {
  let lineNumber = 0;
  let start = 0;
  let runs = 0;
  let cells = 0;
  while (start <= body.length) {
    lineNumber++;
    let end = body.indexOf('\n', start);
    if (end === -1) end = body.length;
    let depth = 0;
    let indent = 0;
    let i = start;
    while (i < end) {
      const c = body.charCodeAt(i);
      if (c === 32 || c === 9) {
        // Indentation before the first marker nests lists; spaces after a marker only separate.
        if (depth === 0) indent += c === 9 ? 4 : 1;
        i++;
      } else if (c === 62 /* > */) {
        depth++;
        i++;
      } else if ((c === 45 || c === 42 || c === 43) && (body.charCodeAt(i + 1) === 32 || body.charCodeAt(i + 1) === 9)) {
        depth++;
        i += 2;
      } else {
        let j = i;
        while (j < end && j - i < 9 && body.charCodeAt(j) >= 48 && body.charCodeAt(j) <= 57) j++;
        if (j > i && (body[j] === '.' || body[j] === ')') && (body.charCodeAt(j + 1) === 32 || body.charCodeAt(j + 1) === 9)) {
          depth++;
          i = j + 2;
        } else break;
      }
      if (depth + Math.floor(indent / 2) > maxNesting)
        return {
          code: 'B014',
          line: lineNumber,
          column: i - start,
          message: `de tekst is te diep genest (meer dan ${maxNesting} niveaus citaten, lijsten of inspringing op één regel)`,
          fix: 'verwijder de overtollige ">"-tekens, opsommingstekens of spaties aan het begin van de regel; een protocoltekst heeft hoogstens enkele niveaus',
        };
    }
    // A table row: count its cells, per row and for the table it belongs to.
    if (body.charCodeAt(i) === 124 /* | */) {
      let pipes = 0;
      for (let k = i; k < end; k++) if (body.charCodeAt(k) === 124) pipes++;
      cells += Math.max(1, pipes - 1);
      if (pipes - 1 > maxTableColumns || cells > maxTableCells)
        return {
          code: 'B015',
          line: lineNumber,
          column: 1,
          message:
            pipes - 1 > maxTableColumns
              ? `de tabel heeft te veel kolommen (${pipes - 1}, hoogstens ${maxTableColumns})`
              : `de tabellen van de tekst hebben samen te veel cellen (meer dan ${maxTableCells.toLocaleString('nl-BE')})`,
          fix: 'splits de tabel, of neem een lange lijst van gegevens op als gewone tekst; een protocol publiceert geen ruwe gegevens',
        };
    }
    // Inline: an element opened inside an element, thousands of times, on one line.
    let open = 0;
    if (i === end) runs = 0;
    for (let k = i; k < end; k++) {
      const c = body.charCodeAt(k);
      if ((c === 42 || c === 95 || c === 126) && body.charCodeAt(k - 1) !== c && ++runs > maxDelimiterRuns)
        return {
          code: 'B016',
          line: lineNumber,
          column: k - start + 1,
          message: `de alinea heeft te veel opmaaktekens (meer dan ${maxDelimiterRuns} reeksen *, _ of ~)`,
          fix: 'verwijder de overtollige *, _ en ~, of schrijf ze als \\*, \\_ en \\~ als ze in de bron staan',
        };
      // "<br>" is void; "</x>" and "/>" close.
      if (c === 60 /* < */ && /[a-zA-Z]/.test(body[k + 1] ?? '') && !/^br\b/i.test(body.slice(k + 1, k + 4))) open++;
      else if ((c === 60 && body[k + 1] === '/') || (c === 47 && body[k + 1] === '>')) open = Math.max(0, open - 1);
      if (open > maxNesting)
        return {
          code: 'B014',
          line: lineNumber,
          column: k - start + 1,
          message: `de tekst is te diep genest (meer dan ${maxNesting} elementen in elkaar op één regel)`,
          fix: 'verwijder de geneste "<…>"; de tekst is gewone Markdown',
        };
    }
    start = end + 1;
  }
  return undefined;
}
