import { describe, expect, it } from 'vitest';
import { runPipeline } from '../../scripts/run-pipeline.ts';
import type { Topic } from '../../scripts/types.ts';
import { once, repoRoot } from './helpers.ts';

describe('the bundled article, split by runPipeline', () => {
  const run = once(() => runPipeline(repoRoot, {}));
  const topics = async (): Promise<Topic[]> => (await run()).topics;

  async function topicTitled(start: string): Promise<Topic> {
    const topic = (await topics()).find((candidate) => candidate.title.startsWith(start));
    if (!topic) throw new Error(`no topic titled ${JSON.stringify(start)}; titles: ${(await topics()).map((t) => t.title).join(' | ')}`);
    return topic;
  }

  function itemsOf(topic: Topic): string[] {
    return topic.blocks.flatMap((block) => (block.type === 'list' ? block.items.map((item) => item.text) : []));
  }

  it('reads content/article.txt and renders one page per topic', async () => {
    const { sourceFile, rendered } = await run();
    expect(sourceFile).toBe('content/article.txt');
    expect(rendered.map((page) => page.frontmatter.slug)).toEqual((await topics()).map((topic) => topic.slug));
  });

  it('starts with the overview, then one strategy topic per numbered heading, 1 to 10, in reading order', async () => {
    expect((await topics())[0]).toMatchObject({ kind: 'overview', slug: 'overview', order: 0 });
    const strategies = (await topics()).filter((topic) => topic.kind === 'strategy');
    expect(strategies.map((topic) => topic.number)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(strategies.map((topic) => topic.title)).toEqual([
      "Don't take it personally",
      'Be reliable',
      'Communicate your needs, avoiding strong emotion or blame, and validate',
      'Be patient & don\'t push too hard',
      'Give them space & time',
      'Stand your ground & catch negative thinking',
      "Don't try to fix them",
      'Seek connection outside the relationship',
      'Focus on you',
      'Be prepared to leave',
    ]);
    const orders = (await topics()).map((topic) => topic.order);
    expect(orders).toEqual(orders.map((_, index) => index));
  });

  it('leaves no topic without blocks: the outline moves text under "10. Be prepared to leave"', async () => {
    expect((await topics()).filter((topic) => topic.blocks.length === 0).map((topic) => topic.title)).toEqual([]);
    expect((await topicTitled('Be prepared to leave')).blocks[0]?.text).toMatch(/^All relationships will go through dysfunctional patterns/);
    expect((await topicTitled('Be prepared to leave')).blocks.at(-1)?.text).toBe('Article: signs that your relationship is one-sided.');
  });

  it('gives every topic a unique slug and a non-empty summary', async () => {
    expect(new Set((await topics()).map((topic) => topic.slug)).size).toBe((await topics()).length);
    expect((await topics()).filter((topic) => topic.summary.trim() === '').map((topic) => topic.title)).toEqual([]);
  });

  it('makes red-flags topics of "Avoid partners where...", the red flags of the avoidant and the toxic-relationship list', async () => {
    const redFlags = (await topics()).filter((topic) => topic.kind === 'red-flags');
    expect(redFlags.map((topic) => topic.title)).toEqual(['Avoid partners where...', 'Red flags of the avoidant', 'Finally, beware the signs of a toxic relationship']);
    expect(itemsOf(redFlags[0]!)[0]).toMatch(/^You sacrifice too much\./);
    expect(redFlags[1]!.blocks[0]?.text).toMatch(/^Red flags of the avoidant include not responding reassuringly/);
    expect(itemsOf(redFlags[2]!)).toHaveLength(16);
    expect(itemsOf(redFlags[2]!)).toContain('Distrust');
  });

  it('makes a signs topic of trauma bonding, with the five "He didn’t mean to…" statements as list items', async () => {
    const signs = (await topics()).filter((topic) => topic.kind === 'signs');
    expect(signs.map((topic) => topic.title)).toEqual(['Signs of trauma bonding']);
    expect(itemsOf(signs[0]!)).toEqual([
      'He didn’t mean to, it was my fault.',
      'He puts up with me and still loves me.',
      'He had a terrible childhood, I feel sorry for him.',
      'I can help him to change with love and support.',
      'He deserves a fair go, he doesn’t mean to hurt me.',
    ]);
  });

  it('makes guide topics of the partner-choice lists', async () => {
    const guides = (await topics()).filter((topic) => topic.kind === 'guide');
    expect(guides.map((topic) => topic.title)).toEqual(['Things to look for in a partner', 'Spot an avoidant when dating and whether it could still work out']);
    expect(itemsOf(guides[0]!)[0]).toMatch(/^Seek a partner you can be yourself with/);
    expect(itemsOf(guides[1]!)[0]).toMatch(/^Do not believe that you are needy/);
  });

  it('makes a story topic of Ben’s account, titled by its own sub-heading', async () => {
    const stories = (await topics()).filter((topic) => topic.kind === 'story');
    expect(stories).toHaveLength(1);
    const story = stories[0]!;
    expect(story).toMatchObject({ slug: 'fixing-the-anxious-avoidant-dance', title: 'A partner takes responsibility for their part in fixing the anxious-avoidant dance' });
    const quote = story.blocks.find((block) => block.type === 'quote');
    expect(quote?.type === 'quote' && quote.paragraphs.length).toBeGreaterThan(1);
    expect(quote?.text).toMatch(/^"When Ben and I entered our own “power struggle phase”/);
  });

  it('keeps the three steps after "the three simple steps:" as a numbered list', async () => {
    const list = (await topics()).flatMap((topic) => topic.blocks).find((block) => block.type === 'list' && block.ordered);
    expect(list?.type === 'list' && list.items.map((item) => item.text)).toEqual([
      'My desire for attachment is legitimate.',
      'I will invest my energy in people who make me feel good.',
      'I will express my needs directly, and respect the needs of others.',
    ]);
  });
});
