// Serves the files the article's links and images use, as the pipeline copied them (scripts/media/):
// `npm run build` writes each one into dist/media/, `npm run dev` serves them from the generated folder.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { APIRoute, GetStaticPaths } from 'astro';
import { mediaDir } from '../../../scripts/emit/generated-paths.ts';

const folder = path.join(process.cwd(), mediaDir);

/** For `npm run dev`; a static host sends its own type for each extension. */
const contentTypes: Record<string, string> = { png: 'image/png', jpg: 'image/jpeg', gif: 'image/gif', webp: 'image/webp', avif: 'image/avif', svg: 'image/svg+xml', pdf: 'application/pdf' };

export const getStaticPaths = (() => (existsSync(folder) ? readdirSync(folder) : []).map((file) => ({ params: { file } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params }) => {
  const file = String(params['file']);
  const extension = file.slice(file.lastIndexOf('.') + 1);
  return new Response(readFileSync(path.join(folder, path.basename(file))), { headers: { 'Content-Type': contentTypes[extension] ?? 'application/octet-stream' } });
};
