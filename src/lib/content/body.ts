/**
 * The body of a protocol file is text, never code. It is parsed with the MDX parser (so that
 * anything MDX would execute is seen and refused), checked against a short allow-list, and
 * rendered to HTML by our own renderer: the MDX compiler never runs on content, so nothing in
 * a pull request can run at build time or reach a reader's browser as script.
 */
import { unified, type Processor } from 'unified';
import remarkParse from 'remark-parse';
import remarkMdx from 'remark-mdx';
import { gfmTable } from 'micromark-extension-gfm-table';
import { gfmTableFromMarkdown } from 'mdast-util-gfm-table';
import { toHast } from 'mdast-util-to-hast';
import { toHtml } from 'hast-util-to-html';
import GithubSlugger from 'github-slugger';
import type { Root as MdastRoot, Nodes as MdastNodes } from 'mdast';
import type { Element, ElementContent, Root as HastRoot, RootContent as HastContent } from 'hast';
import { isSafeLinkUrl, linkProblem } from '../text.ts';
import { glossaryHref, glossaryPatterns } from './glossary.ts';
import { nestingProblem } from './limits.ts';
import type { BodyProblem, RuleCode } from './issue.ts';

export type { BodyProblem } from './issue.ts';

export interface BodyHeading {
  depth: number;
  slug: string;
  text: string;
}

export interface RenderedBody {
  html: string;
  headings: BodyHeading[];
}

/** Elements an editor may write in a body, with the attributes each may carry. */
const allowedElements: Record<string, readonly string[]> = { br: [], abbr: ['title'] };
const allowedList = Object.keys(allowedElements)
  .map((name) => `<${name}>`)
  .join(' en ');

/** Elements named in the refusal message because they are what an attacker would try. */
const dangerous = new Set([
  'script',
  'style',
  'iframe',
  'object',
  'embed',
  'form',
  'link',
  'meta',
  'base',
  'svg',
  'math',
  'img',
  'input',
  'button',
  'frame',
  'frameset',
  'template',
]);

/**
 * Markdown tables, the one extension protocol texts need. The rest of GFM is left out on
 * purpose: its autolink-literal scan doubled the parse time, and bare URLs are linked when the
 * HTML is rendered instead (see `linkFirstUses`).
 */
function remarkTables(this: Processor) {
  const data = this.data() as { micromarkExtensions?: unknown[]; fromMarkdownExtensions?: unknown[] };
  data.micromarkExtensions = [...(data.micromarkExtensions ?? []), gfmTable()];
  data.fromMarkdownExtensions = [...(data.fromMarkdownExtensions ?? []), gfmTableFromMarkdown()];
}

const parser = unified().use(remarkParse).use(remarkMdx).use(remarkTables);

interface MdxJsxAttribute {
  type: 'mdxJsxAttribute' | 'mdxJsxExpressionAttribute';
  name?: string;
  value?: unknown;
}

interface MdxJsxElement {
  type: 'mdxJsxFlowElement' | 'mdxJsxTextElement';
  name: string | null;
  attributes: MdxJsxAttribute[];
  children: MdastNodes[];
  position?: MdastNodes['position'];
}

/** Parses a body; a syntax error becomes a problem with its line and column. */
export function parseBody(body: string): { tree?: MdastRoot; problems: BodyProblem[] } {
  try {
    return { tree: parser.parse(body) as MdastRoot, problems: [] };
  } catch (error) {
    const place = error as { line?: number; column?: number; reason?: string; message?: string };
    const reason = place.reason ?? place.message ?? String(error);
    if (/Unexpected character `!`/.test(reason))
      return {
        problems: [
          {
            code: 'B003',
            line: place.line ?? 1,
            column: place.column ?? 1,
            message: 'een HTML-commentaar (<!-- … -->) wordt niet toegelaten in de tekst: wat erin staat zou niemand zien',
            fix: 'verwijder het commentaar; een opmerking van de redactie hoort in editorNotes',
          },
        ],
      };
    return {
      problems: [
        {
          code: 'B002',
          line: place.line ?? 1,
          column: place.column ?? 1,
          message: `de tekst kan niet gelezen worden: ${translateSyntaxError(reason)}`,
          fix: 'schrijf "<", ">", "{" en "}" in lopende tekst als \\<, \\>, \\{ en \\}; de tekst is gewone Markdown zonder code of HTML',
        },
      ],
    };
  }
}

/** The MDX parser speaks English; editors get the gist in Dutch, with the original for reference. */
function translateSyntaxError(reason: string): string {
  if (/expression/i.test(reason) && /end of file|closing/i.test(reason)) return `een "{" wordt nergens gesloten (${reason})`;
  if (/closing tag|end tag|expected a closing/i.test(reason)) return `een HTML-element wordt niet (juist) gesloten (${reason})`;
  if (/Unexpected character/i.test(reason)) return `onverwacht teken na "<" (${reason})`;
  return reason;
}

/** Every construct in the tree that a body may not contain. */
export function checkBodyTree(tree: MdastRoot): BodyProblem[] {
  const problems: BodyProblem[] = [];
  const add = (code: RuleCode, node: { position?: MdastNodes['position'] }, message: string, fix: string) =>
    problems.push({ code, line: node.position?.start.line ?? 1, column: node.position?.start.column ?? 1, message, fix });

  const visit = (node: MdastNodes | MdxJsxElement | { type: string; position?: MdastNodes['position']; children?: unknown[]; url?: string }) => {
    switch (node.type) {
      case 'mdxjsEsm':
        add(
          'B004',
          node,
          'import of export in de tekst: dat is code, en code uit een inhoudsbestand wordt nooit uitgevoerd',
          'verwijder de regel met import/export; de tekst is gewone Markdown',
        );
        return;
      case 'mdxFlowExpression':
      case 'mdxTextExpression':
        add('B005', node, 'een {uitdrukking} tussen accolades is code en wordt niet toegelaten', 'verwijder de accolades, of schrijf ze als \\{ en \\} als ze in de bron staan');
        return;
      case 'mdxJsxFlowElement':
      case 'mdxJsxTextElement': {
        const element = node as MdxJsxElement;
        const name = element.name ?? '';
        const lower = name.toLowerCase();
        if (!(lower in allowedElements) || name !== lower) {
          const what = dangerous.has(lower) ? `het element <${name}> is gevaarlijk en` : `het element <${name || '>'}${name ? '>' : ''}`;
          add(
            'B006',
            node,
            `${what} is niet toegelaten in de tekst (alleen ${allowedList})`,
            lower === 'img' ? 'laat afbeeldingen weg: het register toont alleen tekst' : `verwijder <${name}>; gebruik Markdown voor opmaak (## titel, **vet**, | tabel |)`,
          );
          return;
        }
        for (const attribute of element.attributes) {
          if (attribute.type === 'mdxJsxExpressionAttribute' || (attribute.value !== null && typeof attribute.value === 'object')) {
            add('B007', node, `<${name}> heeft een attribuut met code ({…})`, 'schrijf attributen als gewone tekst tussen aanhalingstekens');
          } else if (/^on/i.test(attribute.name ?? '')) {
            add('B008', node, `<${name}> heeft een gebeurtenis-attribuut "${attribute.name}": dat voert script uit`, `verwijder ${attribute.name}`);
          } else if (!allowedElements[lower]!.includes(attribute.name ?? '')) {
            add(
              'B009',
              node,
              `<${name}> mag geen attribuut "${attribute.name}" hebben`,
              allowedElements[lower]!.length ? `gebruik alleen ${allowedElements[lower]!.join(', ')}` : `schrijf <${name} /> zonder attributen`,
            );
          }
        }
        break;
      }
      case 'image':
      case 'imageReference':
        add('B010', node, 'een afbeelding in de tekst wordt niet toegelaten (ze zou van een andere website laden)', 'laat de afbeelding weg, of beschrijf ze in woorden');
        return;
      case 'link':
      case 'definition':
        {
          const problem = linkProblem((node as { url: string }).url);
          if (problem)
            add(
              'B011',
              node,
              `link naar "${truncate((node as { url: string }).url)}": ${problem}`,
              'gebruik een gewoon webadres (https://…) of mailto:adres, of verwijder de link',
            );
        }
        break;
      case 'html':
        add('B012', node, 'HTML in de tekst wordt niet toegelaten', 'verwijder de HTML; gebruik Markdown voor opmaak');
        return;
    }
    const children = (node as { children?: unknown[] }).children;
    if (Array.isArray(children)) for (const child of children) visit(child as MdastNodes);
  };
  visit(tree);
  return problems;
}

const truncate = (value: string) => (value.length > 60 ? `${value.slice(0, 57)}…` : value);

/** Parses and checks a body: every problem at once, with line and column. */
export function checkBody(body: string): BodyProblem[] {
  const { tree, problems } = parseBody(body);
  return tree ? checkBodyTree(tree) : problems;
}

/** Attributes the renderer may emit, per element (everything else is dropped). */
const outputAttributes: Record<string, readonly string[]> = {
  a: ['href'],
  abbr: ['title'],
  h2: ['id'],
  h3: ['id'],
  h4: ['id'],
  h5: ['id'],
  h6: ['id'],
  ol: ['start'],
  td: ['align'],
  th: ['align'],
};
const outputElements = new Set([
  'p',
  'br',
  'hr',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'em',
  'strong',
  'del',
  'code',
  'pre',
  'blockquote',
  'ul',
  'ol',
  'li',
  'table',
  'thead',
  'tbody',
  'tr',
  'th',
  'td',
  'a',
  'abbr',
  'sup',
  'section',
  'div',
]);

/**
 * Renders a checked body to HTML. Headings get ids prefixed with "tekst-" so they never clash
 * with the ids of the page around the text. A second allow-list on the HTML tree drops any
 * element or attribute that slipped through, so the output is safe even for an unchecked body.
 */
export function renderBody(tree: MdastRoot): RenderedBody {
  const jsx = (_state: unknown, node: MdxJsxElement): Element | undefined => {
    const name = (node.name ?? '').toLowerCase();
    if (!(name in allowedElements)) return undefined;
    const title = node.attributes.find((a) => a.type === 'mdxJsxAttribute' && a.name === 'title' && typeof a.value === 'string');
    return {
      type: 'element',
      tagName: name,
      properties: name === 'abbr' && title ? { title: title.value as string } : {},
      children: name === 'br' ? [] : ((node.children ?? []).flatMap((child) => (child.type === 'text' ? [{ type: 'text', value: child.value }] : [])) as ElementContent[]),
    };
  };
  const hast = toHast(tree, {
    handlers: {
      mdxJsxFlowElement: jsx as never,
      mdxJsxTextElement: jsx as never,
      mdxjsEsm: () => undefined,
      mdxFlowExpression: () => undefined,
      mdxTextExpression: () => undefined,
      image: () => undefined,
      imageReference: () => undefined,
      html: () => undefined,
    },
    // Footnote labels and back-links in Dutch.
    footnoteLabel: 'Voetnoten',
    footnoteBackLabel: 'Terug naar de tekst',
  }) as HastRoot;

  const slugger = new GithubSlugger();
  let tables = 0;
  const headings: BodyHeading[] = [];
  const clean = (nodes: HastContent[]): ElementContent[] =>
    nodes.flatMap((node): ElementContent[] => {
      if (node.type === 'text') return [node];
      if (node.type !== 'element') return [];
      let tagName = node.tagName;
      // The page has its own h1 and h2; body headings start one level lower in the outline.
      if (tagName === 'h1') tagName = 'h2';
      if (!outputElements.has(tagName)) return clean(node.children);
      const allowed = outputAttributes[tagName] ?? [];
      const properties: Element['properties'] = {};
      for (const name of allowed) {
        const value = node.properties[name];
        if (value === undefined || value === null) continue;
        if (name === 'href' && !(typeof value === 'string' && isSafeLinkUrl(value))) continue;
        properties[name] = value;
      }
      const children = clean(node.children);
      if (/^h[2-6]$/.test(tagName)) {
        const text = textOf(children).trim();
        const slug = `tekst-${slugger.slug(text) || 'kop'}`;
        properties.id = slug;
        headings.push({ depth: Number(tagName.slice(1)), slug, text });
      }
      const element: Element = { type: 'element', tagName, properties, children };
      // A wide table scrolls on its own on a phone, as a labelled region a keyboard can reach.
      if (tagName === 'table') {
        tables += 1;
        return [{ type: 'element', tagName: 'section', properties: { className: ['table-wrap'], tabIndex: 0, ariaLabel: `Tabel ${tables} in de tekst` }, children: [element] }];
      }
      return [element];
    });
  const children = linkFirstUses(clean(hast.children));
  const html = toHtml({ type: 'root', children });
  return { html, headings };
}

/** A web address written out in the text (trailing punctuation is not part of it). */
const bareUrl = /https?:\/\/[^\s<>"'()]+[^\s<>"'().,;:!?]/;

/** Elements in which a word is not turned into a glossary link. */
const noLinksInside = new Set(['a', 'abbr', 'h2', 'h3', 'h4', 'h5', 'h6', 'code', 'pre']);

/**
 * The first use of each glossary word in the text links to its explanation on /begrippen/,
 * so a citizen can look up "verwerker" or "INSZ" where they meet it; bare web addresses link too.
 */
function linkFirstUses(nodes: ElementContent[]): ElementContent[] {
  const remaining = [...glossaryPatterns];
  const inText = (text: string): ElementContent[] => {
    // A bare web address in the text becomes a link, as a reader expects from a PDF viewer.
    // One pass over the text (not one recursion per address: 6,000 of them overflowed the stack).
    if (bareUrl.test(text)) {
      const out: ElementContent[] = [];
      let last = 0;
      for (const url of text.matchAll(new RegExp(bareUrl.source, 'g'))) {
        if (!isSafeLinkUrl(url[0])) continue;
        if (url.index > last) out.push(...inText(text.slice(last, url.index)));
        out.push({ type: 'element', tagName: 'a', properties: { href: url[0] }, children: [{ type: 'text', value: url[0] }] });
        last = url.index + url[0].length;
      }
      if (last > 0) {
        if (last < text.length) out.push(...inText(text.slice(last)));
        return out;
      }
    }
    let best: { index: number; length: number; id: string; at: number } | undefined;
    remaining.forEach(({ term, pattern }, at) => {
      const match = pattern.exec(text);
      if (match && (!best || match.index < best.index)) best = { index: match.index, length: match[0].length, id: term.id, at };
    });
    if (!best) return [{ type: 'text', value: text }];
    remaining.splice(best.at, 1);
    const link: Element = {
      type: 'element',
      tagName: 'a',
      properties: { href: glossaryHref(best.id), className: ['term'] },
      children: [{ type: 'text', value: text.slice(best.index, best.index + best.length) }],
    };
    return [...(best.index > 0 ? [{ type: 'text' as const, value: text.slice(0, best.index) }] : []), link, ...inText(text.slice(best.index + best.length))];
  };
  const walk = (list: ElementContent[]): ElementContent[] =>
    list.flatMap((node) => {
      if (remaining.length === 0) return [node];
      if (node.type === 'text') return inText(node.value);
      if (node.type === 'element' && !noLinksInside.has(node.tagName)) return [{ ...node, children: walk(node.children) }];
      return [node];
    });
  return walk(nodes);
}

function textOf(nodes: ElementContent[]): string {
  return nodes.map((node) => (node.type === 'text' ? node.value : node.type === 'element' ? textOf(node.children) : '')).join('');
}

/** Checks and renders in one parse: what the content loader stores. */
export function processBody(body: string): { problems: BodyProblem[]; rendered?: RenderedBody } {
  // Nesting is bounded before the parser sees the text (limits.ts); anything the parser or the
  // renderer still cannot handle becomes a problem of this file, never an uncaught exception.
  const deep = nestingProblem(body);
  if (deep) return { problems: [deep] };
  try {
    const { tree, problems } = parseBody(body);
    if (!tree) return { problems };
    const treeProblems = checkBodyTree(tree);
    if (treeProblems.length > 0) return { problems: treeProblems };
    return { problems: [], rendered: renderBody(tree) };
  } catch (error) {
    return {
      problems: [
        {
          code: 'B013',
          line: 1,
          column: 1,
          message: `de tekst kan niet verwerkt worden (${error instanceof RangeError ? 'te diep genest of te complex' : 'onverwachte fout'})`,
          fix: 'vereenvoudig de opmaak: minder geneste citaten, lijsten of elementen; de tekst is gewone Markdown',
        },
      ],
    };
  }
}
