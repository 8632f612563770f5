import { getCollection, type CollectionEntry } from 'astro:content';
import { kindInfo, kindNames as kindNamesIn } from '../../scripts/outline/topic-kinds.ts';
import type { TopicKind } from '../../scripts/types.ts';
import { words } from './site-words.ts';

export type TopicEntry = CollectionEntry<'topics'>;

/** Kinds in the order the home page lists them; the overview is shown as text, not as a group. */
export const listedKinds: readonly Exclude<TopicKind, 'overview'>[] = ['strategy', 'red-flags', 'signs', 'guide', 'story'];

/** Every topic in reading order. */
export async function getTopics(): Promise<TopicEntry[]> {
  const topics = await getCollection('topics');
  return topics.sort((a, b) => a.data.order - b.data.order);
}

/** Topics that have a page of their own: all but the overview, which the home page shows. */
export async function getTopicPages(): Promise<TopicEntry[]> {
  return (await getTopics()).filter((topic) => topic.data.kind !== 'overview');
}

/** The topics of one kind; strategies in their number order, the others in reading order. */
export function topicsOfKind(topics: readonly TopicEntry[], kind: TopicKind): TopicEntry[] {
  const ofKind = topics.filter((topic) => topic.data.kind === kind);
  return kind === 'strategy' ? ofKind.sort((a, b) => (a.data.number ?? a.data.order) - (b.data.number ?? b.data.order)) : ofKind;
}

/** A topic's site path, without the base. */
export function topicPath(topic: TopicEntry): string {
  return `/${topic.data.slug}/`;
}

/** A hub page's site path, without the base. */
export function hubPath(kind: TopicKind): string {
  return `/${kindInfo[kind].hub}/`;
}

/** The title as a reader sees it: numbered strategies keep their number ("2. Be reliable"). */
export function displayTitle(topic: TopicEntry): string {
  return topic.data.number === undefined ? topic.data.title : `${topic.data.number}. ${topic.data.title}`;
}

/** A kind's names in the site's words: `singular` above a topic's title, `plural` for its group and hub page. */
export function kindNames(kind: TopicKind): { singular: string; plural: string } {
  return kindNamesIn(kind, words);
}

export { kindInfo };
export { readingMinutes } from './reading-time.ts';
