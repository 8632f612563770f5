// A tiny static host for built sites, close enough to Netlify / Cloudflare Pages for browser tests:
// base path, index.html for folders, 404.html, the _headers file, and gzip for text, so the bytes a
// browser receives from it are the bytes a reader would download.
import { existsSync, readFileSync } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

export interface StaticServer {
  /** The site's root URL, base included, e.g. http://127.0.0.1:41234/guide/. */
  url: string;
  close(): Promise<void>;
}

interface HeaderRule {
  pattern: RegExp;
  headers: [string, string][];
}

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.wasm': 'application/wasm',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.webp': 'image/webp',
  '.gif': 'image/gif',
  '.avif': 'image/avif',
  '.pdf': 'application/pdf',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
  '.pf_meta': 'application/octet-stream',
  '.pf_index': 'application/octet-stream',
  '.pf_fragment': 'application/octet-stream',
  '.pagefind': 'application/octet-stream',
};

/** Types hosts compress on the way; Pagefind's index and WebAssembly files are gzipped already. */
const COMPRESSED = /^(text\/|application\/(json|xml|manifest\+json)|image\/svg\+xml)/;

// Hosts read these files as configuration and never serve them.
const HOST_FILES = new Set(['_headers', '_redirects']);

/** Serves the folder `root` at `base` (default `/`) on 127.0.0.1, on a free port. */
export async function serveStatic(root: string, options: { base?: string } = {}): Promise<StaticServer> {
  const siteRoot = path.resolve(root);
  const base = `/${(options.base ?? '/').replace(/^\/+|\/+$/g, '')}/`.replace('//', '/');
  const rules = readHeaderRules(path.join(siteRoot, '_headers'));

  const server = createServer((request, response) => {
    handle(request, response).catch((error: unknown) => {
      if (!response.headersSent) response.writeHead(500, { 'Content-Type': 'text/plain; charset=utf-8' });
      response.end(String(error));
    });
  });

  async function handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      return send(response, request, 405, 'Method not allowed', { Allow: 'GET, HEAD' });
    }
    // The URL parser already resolves literal ../ segments; encoded ones are checked below.
    const url = new URL(request.url ?? '/', 'http://localhost');
    for (const rule of rules) {
      if (rule.pattern.test(url.pathname)) for (const [name, value] of rule.headers) appendHeader(response, name, value);
    }
    if (url.pathname === base.slice(0, -1)) return redirect(response, request, base + url.search);
    if (!url.pathname.startsWith(base)) return notFound(response, request);

    let relative: string;
    try {
      relative = decodeURIComponent(url.pathname.slice(base.length));
    } catch {
      return send(response, request, 400, 'Bad request');
    }
    const file = path.join(siteRoot, relative);
    if (relative.includes('\0') || (file !== siteRoot && !file.startsWith(siteRoot + path.sep))) {
      return send(response, request, 403, 'Forbidden');
    }
    if (HOST_FILES.has(path.relative(siteRoot, file))) return notFound(response, request);

    const info = await stat(file).catch(() => undefined);
    if (info?.isDirectory()) {
      if (!url.pathname.endsWith('/')) return redirect(response, request, `${url.pathname}/${url.search}`);
      return serveFile(response, request, 200, path.join(file, 'index.html'));
    }
    if (info?.isFile()) return serveFile(response, request, 200, file);
    return notFound(response, request);
  }

  async function serveFile(response: ServerResponse, request: IncomingMessage, status: number, file: string): Promise<void> {
    const body = await readFile(file).catch(() => undefined);
    if (!body) return notFound(response, request);
    const type = CONTENT_TYPES[path.extname(file).toLowerCase()] ?? 'application/octet-stream';
    return send(response, request, status, body, { 'Content-Type': type });
  }

  async function notFound(response: ServerResponse, request: IncomingMessage): Promise<void> {
    const page = path.join(siteRoot, '404.html');
    if (existsSync(page)) return serveFile(response, request, 404, page);
    return send(response, request, 404, 'Not found');
  }

  server.listen(0, '127.0.0.1');
  await new Promise<void>((resolve, reject) => {
    server.once('listening', resolve).once('error', reject);
  });
  const { port } = server.address() as AddressInfo;

  return {
    url: `http://127.0.0.1:${port}${base}`,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        // Browsers hold keep-alive connections open, which would stall close() indefinitely.
        server.closeAllConnections();
      }),
  };
}

function send(
  response: ServerResponse,
  request: IncomingMessage,
  status: number,
  body: string | Buffer,
  headers: Record<string, string> = {},
): void {
  // Tests rebuild sites between runs; a cached copy would make them lie.
  response.setHeader('Cache-Control', response.getHeader('Cache-Control') ?? 'no-store');
  if (typeof body === 'string') response.setHeader('Content-Type', 'text/plain; charset=utf-8');
  for (const [name, value] of Object.entries(headers)) response.setHeader(name, value);
  if (COMPRESSED.test(String(response.getHeader('Content-Type'))) && /\bgzip\b/.test(request.headers['accept-encoding'] ?? '')) {
    body = gzipSync(body);
    response.setHeader('Content-Encoding', 'gzip');
    response.setHeader('Vary', 'Accept-Encoding');
  }
  response.setHeader('Content-Length', Buffer.byteLength(body));
  response.writeHead(status);
  response.end(request.method === 'HEAD' ? undefined : body);
}

function redirect(response: ServerResponse, request: IncomingMessage, location: string): void {
  send(response, request, 301, `Moved to ${location}`, { Location: location });
}

// Repeated headers are comma-joined, as both Netlify and Cloudflare do.
function appendHeader(response: ServerResponse, name: string, value: string): void {
  const previous = response.getHeader(name);
  response.setHeader(name, previous === undefined ? value : `${String(previous)}, ${value}`);
}

/** Parses a Netlify / Cloudflare Pages `_headers` file; `*` in a path pattern matches anything. */
function readHeaderRules(file: string): HeaderRule[] {
  if (!existsSync(file)) return [];
  const rules: HeaderRule[] = [];
  for (const line of readFileSync(file, 'utf8').split(/\r?\n/)) {
    if (!line.trim() || line.trim().startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      const source = line.trim().split('*').map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&')).join('.*');
      rules.push({ pattern: new RegExp(`^${source}$`), headers: [] });
      continue;
    }
    const separator = line.indexOf(':');
    const rule = rules.at(-1);
    if (!rule || separator === -1) throw new Error(`${file}: cannot read the line "${line}"`);
    rule.headers.push([line.slice(0, separator).trim(), line.slice(separator + 1).trim()]);
  }
  return rules;
}
