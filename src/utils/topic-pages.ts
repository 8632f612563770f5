// Pure: which topics and kinds have a page of their own, and the title a topic shows. src/utils/topics.ts
// gives them to the pages with the content collection's entries; the build works out the link-preview cards
// of those pages from the pipeline's topics before Astro renders them (scripts/emit/expected-cards.ts).
import type { TopicKind } from '../../scripts/types.ts';

/** What is read of a topic here: a content-collection entry, or the pipeline's topic as one. */
export interface TopicLike {
  data: { kind: TopicKind; order: number; title: string; number?: number | undefined };
}

/** Kinds in the order the home page lists them; the overview is shown as text, not as a group. */
export const listedKinds: readonly Exclude<TopicKind, 'overview'>[] = ['strategy', 'red-flags', 'signs', 'guide', 'story'];

/** Whether a topic has a page of its own: all but the overview, which the home page shows. */
export function hasPageOfItsOwn(topic: TopicLike): boolean {
  return topic.data.kind !== 'overview';
}

/** The topics of one kind; strategies in their number order, the others in reading order. */
export function topicsOfKind<Topic extends TopicLike>(topics: readonly Topic[], kind: TopicKind): Topic[] {
  const ofKind = topics.filter((topic) => topic.data.kind === kind);
  return kind === 'strategy' ? ofKind.sort((a, b) => (a.data.number ?? a.data.order) - (b.data.number ?? b.data.order)) : ofKind;
}

/** The listed kinds that have topics, each with its topics: a hub page each, and a group on the home page. */
export function kindGroups<Topic extends TopicLike>(topics: readonly Topic[]): { kind: Exclude<TopicKind, 'overview'>; topics: Topic[] }[] {
  return listedKinds.map((kind) => ({ kind, topics: topicsOfKind(topics, kind) })).filter((group) => group.topics.length > 0);
}

/** The title as a reader sees it: a numbered topic keeps its number ("2. Be reliable"). */
export function displayTitle(topic: TopicLike): string {
  return topic.data.number === undefined ? topic.data.title : `${topic.data.number}. ${topic.data.title}`;
}
