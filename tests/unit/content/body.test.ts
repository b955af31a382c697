// Bodies are text: checked with the MDX parser, rendered by our own allow-listed renderer.
import { describe, expect, it } from 'vitest';
import { checkBody, processBody, parseBody, renderBody } from '../../../src/lib/content/body.ts';

const render = (body: string) => {
  const { tree } = parseBody(body);
  return renderBody(tree!);
};

describe('checking a body', () => {
  it('accepts plain Markdown with tables, lists, links and the allowed elements', () => {
    const body =
      '## Artikel 1\n\nTekst met **vet**, een [link](https://www.vlaanderen.be) en <abbr title="Algemene verordening gegevensbescherming">AVG</abbr>.<br />\n\n| a | b |\n| --- | --- |\n| 1 | 2<br />3 |\n\n- een\n- twee\n\nMail naar [privacy@vdab.be](mailto:privacy@vdab.be).';
    expect(checkBody(body)).toEqual([]);
  });

  it('gives the line and column of each refused construct, all at once', () => {
    const problems = checkBody('Eerste regel.\n\n<script>alert(1)</script>\n\nNog tekst {process.env.HOME} en [x](javascript:alert(1)).');
    expect(problems.map((p) => [p.line, p.column])).toEqual([
      [3, 1],
      [5, 11],
      [5, 33],
    ]);
    expect(problems.map((p) => p.code)).toEqual(['B006', 'B005', 'B011']);
    // The message names what it refuses, as written.
    expect(problems[0]!.message).toContain('<script>');
    expect(problems[2]!.message).toContain('javascript:alert(1)');
    for (const problem of problems) expect(problem.fix).not.toBe('');
  });

  it('refuses links whose scheme is hidden by case, whitespace or control characters', () => {
    for (const url of ['JavaScript:alert(1)', 'java&#x09;script:alert(1)', '//evil.example/x']) {
      const problems = checkBody(`[x](<${url}>)`);
      expect(problems, url).not.toEqual([]);
    }
  });

  it('refuses an element with an uppercase name that a browser would read as an allowed one', () => {
    expect(checkBody('A<BR />B')[0]).toMatchObject({ code: 'B006', message: expect.stringContaining('<BR>') });
  });
});

describe('rendering a body', () => {
  it('renders headings with ids that cannot clash with the page, one level below the page title', () => {
    const { html, headings } = render('# Titel\n\n## Partijen\n\n### Artikel 1: Onderwerp\n\n## Partijen');
    expect(headings).toEqual([
      { depth: 2, slug: 'tekst-titel', text: 'Titel' },
      { depth: 2, slug: 'tekst-partijen', text: 'Partijen' },
      { depth: 3, slug: 'tekst-artikel-1-onderwerp', text: 'Artikel 1: Onderwerp' },
      { depth: 2, slug: 'tekst-partijen-1', text: 'Partijen' },
    ]);
    expect(html).toContain('<h2 id="tekst-titel">Titel</h2>');
    expect(html).not.toContain('<h1');
  });

  it('renders tables, line breaks and abbreviations', () => {
    const { html } = render('| Gegeven | Waarom |\n| --- | --- |\n| naam<br />voornaam | <abbr title="Algemene verordening">AVG</abbr> |');
    expect(html).toContain('<table>');
    expect(html).toContain('<td>naam<br>voornaam</td>');
    expect(html).toContain('<abbr title="Algemene verordening">AVG</abbr>');
  });

  it('escapes markup written as text and drops anything outside the allow-list even without the check', () => {
    const { html } = render(
      'Een \\<script\\>alert(1)\\</script\\> als tekst.\n\n<iframe src="https://example.org"></iframe>\n\n[x](javascript:alert(1))\n\n<abbr title="t" onclick="alert(1)">A</abbr>',
    );
    expect(html).toContain('&#x3C;script>alert(1)&#x3C;/script>');
    expect(html).not.toMatch(/<iframe|<script|javascript:|onclick/);
    expect(html).toContain('<a>x</a>');
  });

  it('checks and renders in one go, and renders nothing for a refused body', () => {
    expect(processBody('Goed.').rendered?.html).toBe('<p>Goed.</p>');
    expect(processBody('import x from "y"\n\nSlecht.').rendered).toBeUndefined();
  });

  it('links the first use of each glossary word to its explanation, not in headings and not twice', () => {
    const { html } = render('## De verwerker\n\nDe Verwerker werkt met het INSZ. Een tweede verwerker en een led-lamp.\n\nDe functionaris voor gegevensbescherming gaf advies.');
    expect(html).toContain('<h2 id="tekst-de-verwerker">De verwerker</h2>');
    expect(html).toContain('De <a href="/begrippen/#verwerker" class="term">Verwerker</a> werkt met het <a href="/begrippen/#insz" class="term">INSZ</a>.');
    expect(html).toContain('Een tweede verwerker en een led-lamp.');
    expect(html).toContain('De <a href="/begrippen/#functionaris" class="term">functionaris voor gegevensbescherming</a> gaf advies.');
  });

  it('links bare web addresses, without trailing punctuation, and never unsafe ones', () => {
    const { html } = render('Zie https://www.vlaanderen.be/privacy. Of javascript:alert(1) en http://x.be/a_(b).');
    expect(html).toContain('Zie <a href="https://www.vlaanderen.be/privacy">https://www.vlaanderen.be/privacy</a>.');
    expect(html).toContain('Of javascript:alert(1) en');
  });
});
