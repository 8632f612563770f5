// Writes the files the article's links and images use (scripts/media/), as the pipeline copied them,
// into dist/media/. `npm run dev` serves them through scripts/emit/serve-media.ts instead.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { APIRoute, GetStaticPaths } from 'astro';
import { mediaDir } from '../../../scripts/emit/generated-paths.ts';
import { mediaContentType } from '../../../scripts/emit/serve-media.ts';

const folder = path.join(process.cwd(), mediaDir);

export const getStaticPaths = (() => (existsSync(folder) ? readdirSync(folder) : []).map((file) => ({ params: { file } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params }) => {
  const file = path.basename(String(params['file']));
  return new Response(readFileSync(path.join(folder, file)), { headers: { 'Content-Type': mediaContentType(file) } });
};
