import type { Nodes, Parents, Text } from 'hast';

/**
 * Collapses and trims whitespace in a hast tree, in place, as HTML renders it: the same algorithm and the
 * same element lists as `hast-util-minify-whitespace` 1.0.1, which rehype-remark's converter runs on every
 * tree. The lists are sets here: the library turns each list into a new check on every call, and on a 1 MB
 * page that cost more than converting the page to mdast. `tests/read/html-to-mdast.test.ts` checks that the
 * mdast comes out the same as with the library's own pass.
 */
export function minifyWhitespace(tree: Nodes): void {
  minify(tree, { whitespace: 'normal' });
}

type WhiteSpace = 'normal' | 'nowrap' | 'pre' | 'pre-wrap';

interface Context {
  whitespace: WhiteSpace;
  /** Whether a break stands before the node, so that its leading space shows nothing. */
  before?: boolean | undefined;
  /** Whether a break stands after it. */
  after?: boolean | undefined;
}

interface Result {
  remove: boolean;
  ignore: boolean;
  stripAtStart: boolean;
}

/** Elements that break the line around them (https://html.spec.whatwg.org/#the-css-user-agent-style-sheet-and-presentational-hints). */
const blocks = new Set([
  'address', 'article', 'aside', 'blockquote', 'body', 'br', 'caption', 'center', 'col', 'colgroup', 'dd', 'dialog', 'dir', 'div', 'dl', 'dt',
  'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'head', 'header', 'hgroup', 'hr', 'html', 'legend', 'li',
  'listing', 'main', 'menu', 'nav', 'ol', 'optgroup', 'option', 'p', 'plaintext', 'pre', 'section', 'summary', 'table', 'tbody', 'td',
  'tfoot', 'th', 'thead', 'tr', 'ul', 'wbr', 'xmp',
]);
/** Elements that show something of their own, so the space beside them counts. */
const contents = new Set(['button', 'input', 'select', 'textarea', 'audio', 'canvas', 'embed', 'iframe', 'img', 'math', 'object', 'picture', 'svg', 'video']);
/** Elements that show nothing: looked past when finding what follows a space. */
const skippables = new Set(['area', 'base', 'basefont', 'dialog', 'datalist', 'head', 'link', 'meta', 'noembed', 'noframes', 'param', 'rp', 'script', 'source', 'style', 'template', 'track', 'title']);

const isIn = (node: Nodes | undefined, names: ReadonlySet<string>) => node?.type === 'element' && names.has(node.tagName);
const ignorable = (node: Nodes) => node.type === 'comment' || node.type === 'doctype';

function minify(node: Nodes, context: Context): Result {
  if ('children' in node) {
    const inner: Context = { ...context, whitespace: whiteSpaceOf(node, context) };
    if (node.type === 'root' || isIn(node, blocks)) {
      inner.before = true;
      inner.after = true;
    }
    return all(node, inner);
  }
  if (node.type === 'text') {
    if (context.whitespace === 'normal') return minifyText(node, context);
    if (context.whitespace === 'nowrap') node.value = collapse(node.value);
  }
  return { ignore: ignorable(node), stripAtStart: false, remove: false };
}

function minifyText(node: Text, context: Context): Result {
  const value = collapse(node.value);
  const result = { ignore: false, stripAtStart: false, remove: false };
  let start = 0;
  let end = value.length;
  if (context.before && removable(value.charAt(0))) start++;
  if (start !== end && removable(value.charAt(end - 1))) {
    if (context.after) end--;
    else result.stripAtStart = true;
  }
  if (start === end) result.remove = true;
  else node.value = value.slice(start, end);
  return result;
}

function all(parent: Parents, context: Context): Result {
  let before = context.before;
  const after = context.after;
  const children = parent.children as Nodes[];
  // The nodes kept move up in place, and the array is cut once at the end: removing each space between the
  // blocks of a long article with `splice` moved the rest of the array every time.
  let kept = 0;
  for (let index = 0; index < children.length; index++) {
    const child = children[index]!;
    const result = minify(child, { ...context, after: collapsableAfter(children, index, after), before });
    if (result.remove) continue;
    if (!result.ignore) before = result.stripAtStart;
    // An element that shows something (an image, a field) makes the space after it count again.
    if (isIn(child, contents)) before = false;
    children[kept++] = child;
  }
  children.length = kept;
  return { ignore: false, stripAtStart: Boolean(before || after), remove: false };
}

/** Whether a break follows the node at `index`: decided by the first following node that tells. */
function collapsableAfter(nodes: readonly Nodes[], index: number, after?: boolean): boolean | undefined {
  for (let next = index + 1; next < nodes.length; next++) {
    const node = nodes[next]!;
    let result = boundaryOf(node);
    if (result === undefined && 'children' in node && !skippable(node)) result = collapsableAfter(node.children as Nodes[], -1);
    if (typeof result === 'boolean') return result;
  }
  return after;
}

/** `true` for a break (space beside it shows nothing), `false` for something shown, `undefined` when its children tell. */
function boundaryOf(node: Nodes): boolean | undefined {
  if (node.type === 'element') {
    if (contents.has(node.tagName)) return false;
    if (blocks.has(node.tagName)) return true;
  } else if (node.type === 'text') {
    if (!/^[ \t\n\f\r]*$/.test(node.value)) return false;
  } else if (!ignorable(node)) {
    return false;
  }
  return undefined;
}

function skippable(node: Parents): boolean {
  return (node.type === 'element' && Boolean(node.properties['hidden'])) || isIn(node, skippables);
}

function whiteSpaceOf(node: Parents, context: Context): WhiteSpace {
  if (node.type !== 'element') return context.whitespace;
  switch (node.tagName) {
    // Whitespace in scripts and style sheets may mean something to them.
    case 'listing':
    case 'plaintext':
    case 'script':
    case 'style':
    case 'xmp':
      return 'pre';
    case 'nobr':
      return 'nowrap';
    case 'pre':
      return node.properties['wrap'] ? 'pre-wrap' : 'pre';
    case 'td':
    case 'th':
      return node.properties['noWrap'] ? 'nowrap' : context.whitespace;
    case 'textarea':
      return 'pre-wrap';
    default:
      return context.whitespace;
  }
}

function removable(character: string): boolean {
  return character === ' ' || character === '\n';
}

function collapse(value: string): string {
  return value.replace(/[\t\n\v\f\r ]+/g, ' ');
}
