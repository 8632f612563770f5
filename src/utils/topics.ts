import { getCollection, type CollectionEntry } from 'astro:content';
import { kindInfo, kindNames as kindNamesIn } from '../../scripts/outline/topic-kinds.ts';
import type { TopicKind } from '../../scripts/types.ts';
import { hasPageOfItsOwn } from './topic-pages.ts';
import { words } from './site-words.ts';

export type TopicEntry = CollectionEntry<'topics'>;

/** Every topic in reading order. */
export async function getTopics(): Promise<TopicEntry[]> {
  const topics = await getCollection('topics');
  return topics.sort((a, b) => a.data.order - b.data.order);
}

/** Topics that have a page of their own: all but the overview, which the home page shows. */
export async function getTopicPages(): Promise<TopicEntry[]> {
  return (await getTopics()).filter(hasPageOfItsOwn);
}

/** A topic's site path, without the base. */
export function topicPath(topic: TopicEntry): string {
  return `/${topic.data.slug}/`;
}

/** A hub page's site path, without the base. */
export function hubPath(kind: TopicKind): string {
  return `/${kindInfo[kind].hub}/`;
}

/** A kind's names in the site's words: `singular` above a topic's title, `plural` for its group and hub page. */
export function kindNames(kind: TopicKind): { singular: string; plural: string } {
  return kindNamesIn(kind, words);
}

export { kindInfo };
export { displayTitle, kindGroups, listedKinds, topicsOfKind } from './topic-pages.ts';
export { readingMinutes } from './reading-time.ts';
