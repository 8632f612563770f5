// Node-only: `npm run dev`'s way to the article's media. The build writes them with the endpoint
// src/pages/media/[file].ts; in dev that route cannot match, because `trailingSlash: 'always'` makes
// Astro expect `/media/<file>/` of a route whose pattern shows no file extension. This Vite plugin
// answers `/media/<file>` from the same folder before Astro's router sees the request.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Plugin } from 'vite';
import { mediaDir } from './generated-paths.ts';

/** Types of the copies, by extension: `npm run dev` and the endpoint send the same. */
export const mediaContentTypes: Record<string, string> = {
  png: 'image/png', jpg: 'image/jpeg', gif: 'image/gif', webp: 'image/webp', avif: 'image/avif', svg: 'image/svg+xml', pdf: 'application/pdf',
};

export function mediaContentType(file: string): string {
  return mediaContentTypes[file.slice(file.lastIndexOf('.') + 1)] ?? 'application/octet-stream';
}

/** Serves `<base>media/<file>` from the generated media folder in the dev server. */
export function serveMediaInDev(base: string): Plugin {
  const prefix = `${base}media/`;
  return {
    name: 'unfold:serve-media',
    configureServer(server) {
      server.middlewares.use((request, response, next) => {
        const pathname = new URL(request.url ?? '/', 'http://localhost').pathname;
        const file = path.join(process.cwd(), mediaDir, path.basename(pathname));
        if (!pathname.startsWith(prefix) || !existsSync(file)) return next();
        response.setHeader('Content-Type', mediaContentType(file));
        response.end(readFileSync(file));
      });
    },
  };
}
