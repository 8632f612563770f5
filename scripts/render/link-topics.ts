import type { ElementContent } from 'hast';
import { slug } from 'github-slugger';
import { existingIds, type RenderedTopic } from './render-topic.ts';

/**
 * Makes the article's own links between its parts work after the split. A Markdown article links to
 * its headings with `#fragment`s; once the article is split into pages, the target may be on another
 * page, so such a link is pointed at that page (`topicHref`), and the target page learns it is
 * "mentioned in" the linking one (its backlinks). A fragment may name any id of a page, or a heading
 * the way GitHub names it (`#2-be-reliable` for "2. Be reliable"). Links within a page stay as they are.
 */
export function linkTopics(topics: readonly RenderedTopic[], topicHref: (slug: string) => string): RenderedTopic[] {
  const idsByTopic = topics.map((topic) => new Set([...existingIds(topic.body.children as ElementContent[]), topic.frontmatter.headingId]));
  const headingIdsByTopic = topics.map((topic) => new Set([topic.frontmatter.headingId, ...headingIds(topic.body.children as ElementContent[])]));
  const owner = new Map<string, { slug: string; id: string }>();
  // A fragment names a heading first: a table of contents' item may have the same id as the heading it links to.
  const headingOwner = new Map<string, { slug: string; id: string }>();
  topics.forEach((topic, index) => {
    const { slug: page, headingId, title, number } = topic.frontmatter;
    if (topic.frontmatter.kind === 'overview') return;
    for (const id of idsByTopic[index]!) if (!owner.has(id)) owner.set(id, { slug: page, id });
    for (const id of headingIdsByTopic[index]!) if (!headingOwner.has(id)) headingOwner.set(id, { slug: page, id });
    // GitHub's own slug, not lib/slug.ts's: the anchor must be exactly the one a writer copied from GitHub.
    const githubId = slug(number === undefined ? title : `${number}. ${title}`);
    if (!owner.has(githubId)) owner.set(githubId, { slug: page, id: headingId });
  });

  const backlinks = new Map<string, Set<string>>();
  const linked = topics.map((topic, index) => {
    const own = idsByTopic[index]!;
    const ownHeadings = headingIdsByTopic[index]!;
    const retarget = (node: ElementContent): ElementContent => {
      if (node.type !== 'element') return node;
      const children = node.children.map(retarget);
      const href = node.properties['href'];
      if (node.tagName !== 'a' || typeof href !== 'string' || !href.startsWith('#')) return { ...node, children };
      const id = decodeURIComponent(href.slice(1));
      const target = ownHeadings.has(id) ? undefined : (headingOwner.get(id) ?? (own.has(id) ? undefined : owner.get(id)));
      if (!target || target.slug === topic.frontmatter.slug) return { ...node, children };
      if (topic.frontmatter.kind !== 'overview') (backlinks.get(target.slug) ?? backlinks.set(target.slug, new Set()).get(target.slug)!).add(topic.frontmatter.slug);
      return { ...node, properties: { ...node.properties, href: `${topicHref(target.slug)}#${target.id}` }, children };
    };
    return { ...topic, body: { ...topic.body, children: topic.body.children.map((child) => retarget(child as ElementContent)) } };
  });
  return linked.map((topic) => ({ ...topic, frontmatter: { ...topic.frontmatter, backlinks: [...(backlinks.get(topic.frontmatter.slug) ?? [])] } }));
}

/** The ids of the headings among `nodes`: a page's sub-headings. */
function headingIds(nodes: readonly ElementContent[]): string[] {
  return nodes.flatMap((node) => {
    if (node.type !== 'element') return [];
    const id = node.properties['id'];
    return /^h[1-6]$/.test(node.tagName) && typeof id === 'string' ? [id] : headingIds(node.children);
  });
}
