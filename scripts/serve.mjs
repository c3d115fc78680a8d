// Serves the demo clinic page and the embed builder (both written by `npm run build` into dist/demo/
// and dist/builder/), the built drop-in (dist/) and the content packs on http://localhost:8000, or the
// next free port. Static files only, from inside this project; nothing else is reachable.
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

const root = resolve(new URL('..', import.meta.url).pathname);
export const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
};
// Text is sent compressed when the browser accepts it, as any real host sends it (brotli, else gzip):
// measured pages (npm run bench, Lighthouse) then see the bytes a visitor would download.
const COMPRESSIBLE = /^(text\/|application\/json|image\/svg)/;
function encode(body, type, accepted = '') {
  if (!COMPRESSIBLE.test(type) || body.length < 1024) return { body };
  if (/\bbr\b/.test(accepted))
    return { body: brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 5 } }), encoding: 'br' };
  if (/\bgzip\b/.test(accepted)) return { body: gzipSync(body), encoding: 'gzip' };
  return { body };
}

// Public paths and the folders they are served from: the built pages, the build and the content packs.
const PUBLIC = { demo: 'dist/demo', builder: 'dist/builder', dist: 'dist', content: 'content' };

export function createDemoServer({ headers = {} } = {}) {
  return createServer(async (req, res) => {
    try {
      let path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
      if (path === '/' || path === '') path = '/demo/index.html';
      else if (path.endsWith('/')) path += 'index.html';
      const [, top = '', rest = ''] = /^\/([^/]*)\/?(.*)$/.exec(path) ?? [];
      const folder = Object.hasOwn(PUBLIC, top) ? resolve(root, PUBLIC[top]) : undefined;
      const file = folder && normalize(join(folder, rest));
      if (!file || !file.startsWith(folder + '/')) throw Object.assign(new Error('not public'), { code: 'ENOENT' });
      if ((await stat(file)).isDirectory()) throw Object.assign(new Error('dir'), { code: 'ENOENT' });
      const type = TYPES[extname(file)] ?? 'application/octet-stream';
      let content = await readFile(file);
      // The pages name their other-language version by path; search engines (and Lighthouse) want the
      // full address in hreflang links, which only the server knows: it writes its own origin in.
      if (type.startsWith('text/html') && /^[\w.-]+(:\d+)?$/.test(req.headers.host ?? '')) {
        const origin = `http://${req.headers.host}`;
        content = Buffer.from(
          content.toString('utf8').replace(/(<link rel="alternate" hreflang="[\w-]+" href=")\//g, (_, link) => `${link}${origin}/`),
        );
      }
      const { body, encoding } = encode(content, type, req.headers['accept-encoding']);
      res.writeHead(200, {
        'content-type': type,
        'cache-control': 'no-cache',
        vary: 'accept-encoding',
        ...(encoding ? { 'content-encoding': encoding } : {}),
        ...headers,
      });
      res.end(body);
    } catch {
      res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' });
      res.end('Not found');
    }
  });
}

export function listen(server, port = Number(process.env.PORT) || 8000, tries = 20) {
  return new Promise((resolveListen, reject) => {
    const attempt = (p, left) => {
      server.once('error', (error) => {
        if (error.code === 'EADDRINUSE' && left > 0) attempt(p + 1, left - 1);
        else reject(error);
      });
      server.listen(p, '127.0.0.1', () => resolveListen(p));
    };
    attempt(port, tries);
  });
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const port = await listen(createDemoServer());
  console.log(`Demo clinic page: http://localhost:${port}/  (Spanish: http://localhost:${port}/demo/es/)`);
  console.log(`Embed builder:    http://localhost:${port}/builder/`);
  console.log('Ctrl+C to stop.');
}
