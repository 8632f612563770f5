import { LineCounter, parseDocument, isMap, isNode, isScalar, type Document } from 'yaml';
import type { z } from 'zod';
import { UnfoldError, type SourcePoint } from './unfold-error.ts';

/** A parsed YAML config file that can say where each of its values stands. */
export interface YamlSource {
  file: string;
  document: Document;
  lineCounter: LineCounter;
}

/** Parses YAML text, turning syntax errors into an `UnfoldError` with file, line and column. */
export function parseYaml(file: string, text: string): YamlSource {
  const lineCounter = new LineCounter();
  const document = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const [first] = document.errors;
  if (first) {
    const offset = first.pos[0];
    throw new UnfoldError(file, `invalid YAML: ${first.message.split('\n')[0]}`, {
      point: toPoint(lineCounter, offset),
      hint: 'check the indentation and quoting near this place',
    });
  }
  return { file, document, lineCounter };
}

/** The line and column where the value at `path` starts, or the nearest parent that exists. */
export function pointAt(source: YamlSource, path: readonly PropertyKey[]): SourcePoint {
  for (let depth = path.length; depth >= 0; depth--) {
    const node = source.document.getIn(path.slice(0, depth) as unknown[], true);
    if (isNode(node) && node.range) return toPoint(source.lineCounter, node.range[0]);
  }
  return { line: 1, column: 1 };
}

/** The line and column of the key `key` in the map at `path`: where an unknown key is written. */
export function pointAtKey(source: YamlSource, path: readonly PropertyKey[], key: string): SourcePoint {
  const map = path.length === 0 ? source.document.contents : source.document.getIn(path as unknown[], true);
  if (isMap(map)) {
    const pair = map.items.find((item) => isScalar(item.key) && item.key.value === key);
    if (pair && isNode(pair.key) && pair.key.range) return toPoint(source.lineCounter, pair.key.range[0]);
  }
  return pointAt(source, path);
}

/**
 * Validates a YAML file against a zod schema.
 * The first issue becomes one readable error that quotes the key path and its place in the file.
 */
export function readYamlConfig<Schema extends z.ZodType>(
  file: string,
  text: string,
  schema: Schema,
): { value: z.output<Schema>; source: YamlSource } {
  const source = parseYaml(file, text);
  const result = schema.safeParse(source.document.toJS() ?? {});
  if (!result.success) {
    const [issue] = result.error.issues;
    if (!issue) throw new UnfoldError(file, 'invalid configuration');
    const path = issue.path;
    const key = path.length > 0 ? `\`${path.join('.')}\`: ` : '';
    const unknownKeys = issue.code === 'unrecognized_keys' ? issue.keys : [];
    const point = unknownKeys.length > 0 ? pointAtKey(source, path, unknownKeys[0]!) : pointAt(source, path);
    throw new UnfoldError(file, `${key}${issue.message}`, {
      point,
      hint:
        unknownKeys.length > 0
          ? `remove or rename ${unknownKeys.map((k) => `\`${k}\``).join(', ')}; the README lists the keys this file accepts`
          : 'the README lists the keys this file accepts and their types',
    });
  }
  return { value: result.data, source };
}

function toPoint(lineCounter: LineCounter, offset: number): SourcePoint {
  const { line, col } = lineCounter.linePos(offset);
  return { line, column: col };
}
