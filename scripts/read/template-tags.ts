// A blog's Markdown holds its site generator's template code as well as the article: Jekyll's Liquid tags
// (`{% include toc.html %}`, `{% highlight ruby %}`, `{{ site.baseurl }}`) and Hugo's shortcodes
// (`{{< figure src="…" >}}`). The generator fills them in; left as they are, the site shows them as text, and
// an image whose address holds one is not an image at all. They are resolved here, on the Markdown source
// before it is parsed, line for line, outside code, so that every line keeps its number.
import type { LintWarning, Position } from '../types.ts';

/** Characters taken out of one line: at `column` of the new line, `removed` characters of the original. */
export interface ColumnEdit {
  line: number;
  column: number;
  removed: number;
}

export interface ResolvedTemplates {
  text: string;
  edits: ColumnEdit[];
  warnings: LintWarning[];
}

/** Whether `text` may hold template code at all: most Markdown holds none, and is then read once. */
export function mayHoldTemplates(text: string): boolean {
  return /\{[{%]/.test(text);
}

const liquidLine = /^(\s*)\{%-?\s*(\w+)\s*(.*?)\s*-?%\}\s*$/;
const hugoLine = /^(\s*)\{\{([<%])\s*(\/?)([\w-]+)\s*(.*?)\s*[>%]\}\}\s*$/;
/** In a link's or image's address: `{{ site.baseurl }}`, `{{ "/x/" | relative_url }}`, `{% post_url name %}`, `{{< ref "x.md" >}}`. */
const inAddress = /\{\{[<%]\s*(?:rel)?ref\s+"([^"]*)"\s*[>%]\}\}|\{\{-?\s*(?:"([^"]*)"|'([^']*)')?[^}]*?-?\}\}|\{%-?\s*(?:post_url|link)\s+(\S+)\s*-?%\}|\{%[^%]*%\}/g;
const address = /\]\(([^)\n]*)\)/g;

/**
 * Resolves the template code of a Markdown text, outside the `code` offsets given (code blocks and spans):
 * - a line that is only a tag is left out (blank), with a warning, except `{% highlight lang %}` … `{% endhighlight %}`,
 *   which fence a code block, `{% raw %}`, whose lines stay as written, and `{% comment %}`, whose lines go too;
 * - Hugo's `figure` shortcode becomes the figure it stands for; a paired shortcode keeps what it holds;
 * - in a link's or image's address, an expression gives the path it names (`{% post_url x %}` is `x`) or nothing.
 */
export function resolveTemplates(text: string, code: readonly [number, number][], file: string): ResolvedTemplates {
  const lines = text.split('\n');
  const edits: ColumnEdit[] = [];
  const warnings: LintWarning[] = [];
  const warn = (line: number, column: number, tag: string) =>
    warnings.push({
      file,
      position: { line, column },
      rule: 'template-tag',
      message: `${tag} is template code of the blog's site generator, left out`,
      hint: 'the site generator filled it in; if readers need what it stood for, write that out in the article',
    });
  const inCode = (offset: number) => code.some(([start, end]) => offset >= start && offset < end);
  let within: 'raw' | 'comment' | 'highlight' | undefined;
  let offset = 0;
  const resolved = lines.map((line, index) => {
    const start = offset;
    offset += line.length + 1;
    const number = index + 1;
    const liquid = liquidLine.exec(line);
    const name = liquid?.[2];
    if (within) {
      if (name === `end${within}`) {
        within = undefined;
        return name === 'endhighlight' ? `${liquid![1]}\`\`\`` : '';
      }
      return within === 'comment' ? '' : line;
    }
    const indent = line.length - line.trimStart().length;
    if (inCode(start + indent)) return line;
    if (liquid) {
      if (name === 'raw' || name === 'comment') {
        within = name;
        if (name === 'comment') warn(number, indent + 1, '{% comment %}');
        return '';
      }
      if (name === 'highlight') {
        within = 'highlight';
        return `${liquid[1]}\`\`\`${liquid[3]!.split(/\s+/)[0] ?? ''}`;
      }
      warn(number, indent + 1, line.trim());
      return '';
    }
    const hugo = hugoLine.exec(line);
    if (hugo) {
      const [, lead, , closing, shortcode, args] = hugo;
      if (!closing && shortcode === 'figure') return lead + figureOf(args!);
      // A paired shortcode's opening and closing lines go; what they hold stays. Any other is an embed or a macro.
      if (!closing && !/^(note|notice|tip|warning|hint|details|alert|callout|admonition|aside|quote|center)$/.test(shortcode!)) warn(number, indent + 1, line.trim());
      return '';
    }
    return resolveAddresses(line, number, start, inCode, edits);
  });
  return { text: resolved.join('\n'), edits, warnings };
}

/** The line with the template code of each link's and image's address resolved; what it took out recorded in `edits`. */
function resolveAddresses(line: string, number: number, lineStart: number, inCode: (offset: number) => boolean, edits: ColumnEdit[]): string {
  if (!mayHoldTemplates(line)) return line;
  let result = '';
  let copied = 0;
  for (const match of line.matchAll(address)) {
    const from = match.index + 2;
    if (inCode(lineStart + match.index) || !mayHoldTemplates(match[1]!)) continue;
    const resolved = match[1]!.replace(inAddress, (_expression, ref?: string, double?: string, single?: string, post?: string) => ref ?? double ?? single ?? post ?? '').trim();
    result += line.slice(copied, from) + resolved;
    copied = from + match[1]!.length;
    edits.push({ line: number, column: result.length + 1, removed: match[1]!.length - resolved.length });
  }
  return result + line.slice(copied);
}

/** Hugo's `{{< figure src="…" alt="…" caption="…" >}}`, as the HTML it renders: an image and its caption. */
function figureOf(args: string): string {
  const attributes = new Map([...args.matchAll(/([\w-]+)\s*=\s*(?:"([^"]*)"|'([^']*)'|(\S+))/g)].map((match) => [match[1]!, match[2] ?? match[3] ?? match[4] ?? '']));
  const escape = (value: string) => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
  const caption = attributes.get('caption') ?? attributes.get('title');
  const image = `<img src="${escape(attributes.get('src') ?? '')}" alt="${escape(attributes.get('alt') ?? '')}">`;
  return caption ? `<figure>${image}<figcaption>${escape(caption)}</figcaption></figure>` : image;
}

/** Where a position of the resolved text stood in the original line: after each edit before it, the characters it took out. */
export function originalPosition(position: Position, edits: readonly ColumnEdit[]): Position {
  let column = position.column;
  for (const edit of edits) if (edit.line === position.line && edit.column <= position.column) column += edit.removed;
  return column === position.column ? position : { ...position, column };
}
