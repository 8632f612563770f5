import type { Element, ElementContent, Root } from 'hast';
import { h } from 'hastscript';
import { reservedIds } from '../lib/reserved-ids.ts';
import { textOf, type RenderedTopic } from '../render/render-topic.ts';
import type { LintWarning, Position } from '../types.ts';
import { bitsApart, fingerprint, fingerprintBits, toWords, type Fingerprint } from './fingerprint.ts';

/** One page the site has published: its address (`/be-reliable/`, `/` for the home page) and its ids, in page order. */
export interface PublishedPage {
  path: string;
  ids: { id: string; fingerprint: Fingerprint }[];
}

/** Every page address and block id the site has published: `content/published-links/<key>.yaml`. */
export type Ledger = PublishedPage[];

/** An old address that now leads elsewhere: a static page at `from` sends the reader to `to`. */
export interface Redirect {
  from: string;
  to: string;
  /** The title of the page at `to`. */
  title: string;
  /** Old ids of `from` that land somewhere other than the same id at `to`: old id → `/page/#id`. */
  fragments: Record<string, string>;
}

export interface KeepLinksOptions {
  /** The ledger's path, as messages name it. */
  ledgerFile: string;
  /** Where an entry of the ledger stands in its file (page index, then id index). */
  pointAt: (page: number, id?: number) => Position;
  /** The site path of a topic: `/` for the overview, `/slug/` for the others. */
  topicPath: (topic: RenderedTopic) => string;
  /** Pages the site publishes besides the topics, by path (hubs, hand-written pages): recorded, never redirected. */
  otherPages: readonly string[];
  /** Paths the site always builds (`/search/`): never redirected, not recorded. */
  fixedPages: readonly string[];
  /** The home page's name in the site's words, for a redirect to a home page that has no title. */
  homeTitle: string;
}

export interface KeptLinks {
  /** The topics, with an empty element carrying each old id at the start of the block it now lands on. */
  rendered: RenderedTopic[];
  redirects: Redirect[];
  /** The ledger with this build's new pages and ids added; nothing is ever removed or changed. */
  ledger: Ledger;
  warnings: LintWarning[];
}

/** Bits two fingerprints may differ in and still be the same block: a block with an edited word or two. */
export const sameBlockBits = Math.round(fingerprintBits * 0.28);
/** Stricter for a block found on another page than the one it was on, where more blocks compete. */
export const movedBlockBits = Math.round(fingerprintBits * 0.22);

/** A place a link can land on: a page, and a block of it (`null`: the start of the page's text). */
interface Landing {
  path: string;
  id: string | null;
}

interface CurrentBlock {
  path: string;
  id: string;
  /** A topic's title, which the page shows outside its body: aliases of it go at the start of the body. */
  isTitle: boolean;
  fingerprint: Fingerprint;
  words: Uint32Array;
  order: number;
}

/**
 * Keeps every link the ledger says was published landing: an old id of a page that still exists stays
 * on the page, at its block (found again by its fingerprint) or at the nearest block that survives; an old
 * address becomes a redirect to the page that received most of its blocks, else the home page.
 * Current ids always win: an old id that a block now uses is never an alias. Each change is a lint line.
 */
export function keepLinks(topics: readonly RenderedTopic[], ledger: Ledger, options: KeepLinksOptions): KeptLinks {
  const current = currentBlocks(topics, options.topicPath);
  const idsByPath = new Map<string, Set<string>>();
  for (const block of current) (idsByPath.get(block.path) ?? idsByPath.set(block.path, new Set()).get(block.path)!).add(block.id);
  const titleOf = new Map(topics.map((topic) => [options.topicPath(topic), topic.frontmatter.title]));
  const livePaths = new Set([...idsByPath.keys(), ...options.otherPages, ...options.fixedPages]);
  const warnings: LintWarning[] = [];
  const warn = (page: number, id: number | undefined, rule: string, message: string, hint: string) =>
    warnings.push({ file: options.ledgerFile, position: options.pointAt(page, id), rule, message, hint });

  // 1. Each old id: still there, or its block found again by its fingerprint (on its own page more readily).
  const byAddress = new Map(current.map((block) => [`${block.path}#${block.id}`, block]));
  const found = ledger.map((page) => page.ids.map((entry) => findBlock(page.path, entry, current, byAddress)));

  // 2. Each page that is gone: the page that received most of its blocks (the first in reading order of
  // those that received as many), else the home page.
  const firstOrder = new Map<string, number>();
  for (const block of current) if (!firstOrder.has(block.path)) firstOrder.set(block.path, block.order);
  const order = (path: string) => firstOrder.get(path) ?? Infinity;
  const successors = new Map<string, string>();
  ledger.forEach((page, index) => {
    if (livePaths.has(page.path)) return;
    const counts = new Map<string, number>();
    for (const block of found[index]!) if (block) counts.set(block.path, (counts.get(block.path) ?? 0) + 1);
    const [best] = [...counts].sort((a, b) => b[1] - a[1] || order(a[0]) - order(b[0]));
    successors.set(page.path, best?.[0] ?? '/');
  });

  // 3. Where each old id lands, and the aliases and redirects that make it land there.
  const aliases = new Map<string, Map<string, string[]>>();
  const redirects: Redirect[] = [];
  ledger.forEach((page, pageIndex) => {
    const home = successors.get(page.path) ?? page.path;
    const moved = home !== page.path;
    const landings = page.ids.map((entry, idIndex): Landing => {
      const block = found[pageIndex]![idIndex];
      // A redirect page can send each old id to any page; an id on a page that still exists must land on that page.
      if (block && (block.path === home || moved)) return { path: block.path, id: block.isTitle ? null : block.id };
      const nearest = nearestSurviving(found[pageIndex]!, idIndex, home);
      const where = nearest ? `#${nearest.id}, the nearest block that is still there` : 'the start of the page';
      if (block) {
        warn(pageIndex, idIndex, 'link-block-moved', `#${entry.id} of ${page.path}: its block moved to ${block.path}; the old link lands on ${where}`, 'nothing to do if the move is intended; the ledger keeps the old link landing on this page');
      } else {
        warn(pageIndex, idIndex, 'link-block-deleted', `#${entry.id} of ${page.path}: its block is gone; the old link lands on ${where}${moved ? ` of ${home}` : ''}`, 'nothing to do if the block was removed on purpose; otherwise restore its text');
      }
      return { path: home, id: nearest && !nearest.isTitle ? nearest.id : null };
    });

    if (moved) {
      const received = found[pageIndex]!.filter((block) => block?.path === home).length;
      if (received > 0) {
        warn(pageIndex, undefined, 'link-page-moved', `${page.path} is gone: it redirects to ${home}, which has ${received} of its ${page.ids.length} blocks`, 'nothing to do if intended; the redirect page keeps old links and their #fragments working');
      } else {
        warn(pageIndex, undefined, 'link-page-deleted', `${page.path} is gone and none of its blocks survive: it redirects to the home page`, 'nothing to do if intended; restore the page if its address must keep its text');
      }
      const fragments: Record<string, string> = {};
      page.ids.forEach((entry, index) => {
        const landing = landings[index]!;
        const target = landing.id ?? topLandingId(landing.path, topics, options.topicPath);
        if (target !== entry.id || landing.path !== home) fragments[entry.id] = `${landing.path}${target ? `#${target}` : ''}`;
      });
      redirects.push({ from: page.path, to: home, title: titleOf.get(home) ?? options.homeTitle, fragments });
      return;
    }
    page.ids.forEach((entry, index) => {
      const landing = landings[index]!;
      if (landing.id === entry.id || idsByPath.get(page.path)?.has(entry.id) || reservedIds.includes(entry.id)) return;
      const block = found[pageIndex]![index];
      if (block?.path === page.path) {
        const message = block.isTitle ? 'the page\'s title changed; the old link lands at the start of its text' : 'its first words changed; the old link still lands on it';
        warn(pageIndex, index, 'link-id-changed', `#${entry.id} of ${page.path} is now #${block.id}: ${message}`, 'nothing to do: the old id is kept on the page');
      }
      const byTarget = aliases.get(page.path) ?? aliases.set(page.path, new Map()).get(page.path)!;
      const key = landing.id ?? '';
      byTarget.set(key, [...(byTarget.get(key) ?? []), entry.id]);
    });
  });

  const rendered = topics.map((topic) => {
    const byTarget = aliases.get(options.topicPath(topic));
    return byTarget ? { ...topic, body: withAliases(topic.body, byTarget) } : topic;
  });
  return { rendered, redirects, ledger: extendLedger(ledger, current, options.otherPages), warnings };
}

/** Every id a topic publishes, title first, in page order, with its text's fingerprint. */
function currentBlocks(topics: readonly RenderedTopic[], topicPath: (topic: RenderedTopic) => string): CurrentBlock[] {
  const blocks: CurrentBlock[] = [];
  for (const topic of topics) {
    const path = topicPath(topic);
    // The home page shows the site's title, not the overview's: the overview's heading id is not published.
    const add = (id: string, isTitle: boolean, text: string) => {
      const print = fingerprint(text);
      blocks.push({ path, id, isTitle, fingerprint: print, words: toWords(print), order: blocks.length });
    };
    if (path !== '/') add(topic.frontmatter.headingId, true, topic.frontmatter.title);
    const visit = (node: Root | ElementContent) => {
      if (node.type !== 'element' && node.type !== 'root') return;
      const id = node.type === 'element' ? node.properties['id'] : undefined;
      if (typeof id === 'string') add(id, false, textOf(node as Element));
      for (const child of node.children) visit(child as ElementContent);
    };
    visit(topic.body);
  }
  return blocks;
}

/** The block an old id now stands for: the same id on the same page, else the block whose text is most like its own. */
function findBlock(path: string, entry: PublishedPage['ids'][number], current: readonly CurrentBlock[], byAddress: ReadonlyMap<string, CurrentBlock>): CurrentBlock | undefined {
  const same = byAddress.get(`${path}#${entry.id}`);
  if (same) return same;
  const words = toWords(entry.fingerprint);
  let best: CurrentBlock | undefined;
  let bestScore = Infinity;
  for (const block of current) {
    const bits = bitsApart(words, block.words);
    if (bits > (block.path === path ? sameBlockBits : movedBlockBits)) continue;
    // On equal texts the block on the same page wins, then the earlier one: the choice never depends on luck.
    const score = bits * 2 + (block.path === path ? 0 : 1);
    if (score < bestScore) [best, bestScore] = [block, score];
  }
  return best;
}

/** The nearest old neighbour (the next one first) whose block is still on `path`. */
function nearestSurviving(found: readonly (CurrentBlock | undefined)[], index: number, path: string): CurrentBlock | undefined {
  for (let step = 1; step < found.length; step++) {
    for (const neighbour of [found[index + step], found[index - step]]) if (neighbour?.path === path) return neighbour;
  }
  return undefined;
}

/** The id at the top of a topic page (its title's), or `null` for the home page. */
function topLandingId(path: string, topics: readonly RenderedTopic[], topicPath: (topic: RenderedTopic) => string): string | null {
  if (path === '/') return null;
  return topics.find((topic) => topicPath(topic) === path)?.frontmatter.headingId ?? null;
}

/** Puts an empty `<span id="old-id">` at the start of each target block (key `''`: the start of the body). */
function withAliases(body: Root, byTarget: ReadonlyMap<string, string[]>): Root {
  const spans = (ids: readonly string[]) => ids.map((id) => h('span', { id, className: ['former-id'] }));
  const visit = (node: ElementContent): ElementContent => {
    if (node.type !== 'element') return node;
    const id = node.properties['id'];
    const own = typeof id === 'string' ? byTarget.get(id) : undefined;
    return { ...node, children: [...(own ? spans(own) : []), ...node.children.map(visit)] };
  };
  return { ...body, children: [...spans(byTarget.get('') ?? []), ...body.children.map((child) => visit(child as ElementContent))] as Root['children'] };
}

/**
 * The ledger with what this build publishes and it lacks: a new page after the page before it in
 * reading order, a new id after the id before it on its page, so the file stays in page order.
 */
function extendLedger(ledger: Ledger, current: readonly CurrentBlock[], otherPages: readonly string[]): Ledger {
  const next: Ledger = ledger.map((page) => ({ path: page.path, ids: [...page.ids] }));
  const published = new Map<string, CurrentBlock[]>();
  for (const block of current) (published.get(block.path) ?? published.set(block.path, []).get(block.path)!).push(block);
  for (const path of otherPages) if (!published.has(path)) published.set(path, []);
  let previousPath: string | undefined;
  for (const [path, blocks] of published) {
    let page = next.find((entry) => entry.path === path);
    if (!page) {
      page = { path, ids: [] };
      next.splice(previousPath === undefined ? 0 : next.findIndex((entry) => entry.path === previousPath) + 1, 0, page);
    }
    const recorded = new Set(page.ids.map((entry) => entry.id));
    let previousId: string | undefined;
    for (const block of blocks) {
      if (!recorded.has(block.id)) {
        page.ids.splice(previousId === undefined ? 0 : page.ids.findIndex((entry) => entry.id === previousId) + 1, 0, { id: block.id, fingerprint: block.fingerprint });
        recorded.add(block.id);
      }
      previousId = block.id;
    }
    previousPath = path;
  }
  return next;
}
