// A tiny static file server for a built site, on 127.0.0.1 and a free port.
import { createServer, type Server } from 'node:http';
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join, normalize } from 'node:path';

const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css',
  '.js': 'text/javascript',
  '.mjs': 'text/javascript',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.xml': 'application/xml',
  '.csv': 'text/csv; charset=utf-8',
  '.txt': 'text/plain',
  '.wasm': 'application/wasm',
  '.pf_meta': 'application/octet-stream',
  '.pf_index': 'application/octet-stream',
  '.pf_fragment': 'application/octet-stream',
  '.pf_filter': 'application/octet-stream',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
};

export interface StaticServer {
  url: string;
  close(): Promise<void>;
  server: Server;
}

/** Headers from the site's `_headers` file (Netlify format: a path pattern, then indented headers). */
function headersFor(root: string): (path: string) => Record<string, string> {
  const file = join(root, '_headers');
  if (!existsSync(file)) return () => ({});
  const rules: { pattern: RegExp; headers: Record<string, string>; remove: string[] }[] = [];
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    if (!line.trim() || line.trim().startsWith('#')) continue;
    if (!line.startsWith(' '))
      rules.push({
        pattern: new RegExp(
          `^${line
            .trim()
            .replace(/[.+?^${}()|[\]\\]/g, '\\$&')
            .replace(/\*/g, '.*')}$`,
        ),
        headers: {},
        remove: [],
      });
    else if (line.trim().startsWith('! ')) rules.at(-1)!.remove.push(line.trim().slice(2).toLowerCase());
    else {
      const [name, ...value] = line.trim().split(':');
      rules.at(-1)!.headers[name!.toLowerCase()] = value.join(':').trim();
    }
  }
  return (path) => {
    const headers: Record<string, string> = {};
    for (const rule of rules) {
      if (!rule.pattern.test(path)) continue;
      for (const name of rule.remove) delete headers[name];
      Object.assign(headers, rule.headers);
    }
    return headers;
  };
}

export function serveStatic(root: string): Promise<StaticServer> {
  const extraHeaders = headersFor(root);
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    for (const [name, value] of Object.entries(extraHeaders(path))) res.setHeader(name, value);
    let file = normalize(join(root, path));
    if (!file.startsWith(normalize(root))) {
      res.writeHead(403).end();
      return;
    }
    if (existsSync(file) && statSync(file).isDirectory()) {
      if (!path.endsWith('/')) {
        res.writeHead(301, { Location: `${path}/` }).end();
        return;
      }
      file = join(file, 'index.html');
    }
    if (!existsSync(file)) {
      res.writeHead(404, { 'Content-Type': types['.html'] });
      const notFound = join(root, '404.html');
      if (existsSync(notFound)) createReadStream(notFound).pipe(res);
      else res.end('not found');
      return;
    }
    res.writeHead(200, { 'Content-Type': types[extname(file)] ?? 'application/octet-stream' });
    createReadStream(file).pipe(res);
  });
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      resolve({ url: `http://127.0.0.1:${port}`, server, close: () => new Promise((r) => server.close(() => r())) });
    });
  });
}
