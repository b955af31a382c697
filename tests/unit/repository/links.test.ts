// The weekly external-link check: which addresses it finds, how it judges a server's answer,
// and that its report treats content values as code.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { checkLinks, externalLinks, formatLinkReport } from '../../../src/lib/repository/links.ts';

const entry = (file: string, data: unknown, body?: string) => ({ id: file, file, data, body });

describe('externalLinks', () => {
  it('finds every http(s) address in frontmatter values and text, once, with the files that name it', () => {
    const links = externalLinks({
      parties: [entry('content/parties/a.yaml', { website: 'https://a.example.be', privacy: { url: 'https://a.example.be/privacy' }, kbo: '0123' })],
      protocols: [
        entry(
          'content/protocols/p.mdx',
          { publications: ['https://a.example.be/privacy', 'mailto:dpo@a.be'] },
          'Zie [de pagina](https://b.example.be/pad?x=1). Of <https://c.example.be/>, en https://d.example.be/doc.pdf. Niet: ftp://e.be',
        ),
      ],
    });
    expect(links).toEqual([
      { url: 'https://a.example.be', files: ['content/parties/a.yaml'] },
      { url: 'https://a.example.be/privacy', files: ['content/parties/a.yaml', 'content/protocols/p.mdx'] },
      { url: 'https://b.example.be/pad?x=1', files: ['content/protocols/p.mdx'] },
      { url: 'https://c.example.be/', files: ['content/protocols/p.mdx'] },
      { url: 'https://d.example.be/doc.pdf', files: ['content/protocols/p.mdx'] },
    ]);
  });
});

describe('checkLinks', () => {
  let server: Server;
  let base: string;
  let closed: string;
  beforeAll(async () => {
    // A port nothing listens on: one that was free a moment ago.
    const probe = createServer();
    await new Promise<void>((done) => probe.listen(0, '127.0.0.1', done));
    closed = `http://127.0.0.1:${(probe.address() as AddressInfo).port}/`;
    await new Promise<void>((done) => probe.close(() => done()));
    server = createServer((request, response) => {
      const path = request.url ?? '/';
      if (path === '/ok') response.writeHead(200);
      else if (path === '/weg') response.writeHead(404);
      else if (path === '/geen-head') response.writeHead(request.method === 'HEAD' ? 405 : 200);
      else if (path === '/verhuisd') response.writeHead(301, { location: '/ok' });
      else if (path === '/te-veel') response.writeHead(429);
      else response.writeHead(500);
      response.end();
    });
    await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>((done) => server.close(() => done())));

  it('judges each answer: 2xx and redirects work, 4xx/5xx and no answer do not, rate limits are unknown', async () => {
    const paths = ['/ok', '/weg', '/geen-head', '/verhuisd', '/te-veel', '/fout'];
    const results = await checkLinks([...paths.map((p) => ({ url: `${base}${p}`, files: ['x'] })), { url: closed, files: ['y'] }], { concurrency: 3 });
    expect(results.map((r) => [r.url.replace(base, ''), r.state])).toEqual([
      ['/ok', 'ok'],
      ['/weg', 'broken'],
      ['/geen-head', 'ok'],
      ['/verhuisd', 'ok'],
      ['/te-veel', 'unknown'],
      ['/fout', 'broken'],
      [closed, 'broken'],
    ]);
    expect(results[1]!.detail).toBe('404');
    expect(results[6]!.detail).toBe('geen verbinding (ECONNREFUSED)');
  });

  it('reports broken links with their files, with every content value as code', () => {
    const report = formatLinkReport([
      { url: 'https://a.be/`x`|y', files: ['content/parties/a.yaml'], state: 'broken', detail: '404' },
      { url: 'https://b.be/', files: ['content/protocols/p.mdx'], state: 'ok', detail: '200' },
    ]);
    expect(report).toContain('2 adressen gecontroleerd: 1 werken, 1 werken niet, 0 niet te controleren.');
    expect(report).toContain('| `https://a.be/ x  y` | 404 | `content/parties/a.yaml` |');
    expect(report).not.toContain('https://b.be/');
  });
});
