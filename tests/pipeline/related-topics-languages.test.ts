// Related topics in the article's language: words as Intl.Segmenter finds them (Chinese and Japanese put no
// spaces between theirs) and the language's own stop words (scripts/emit/stop-words.ts), not English ones.
import { describe, expect, it } from 'vitest';
import { crossLink, type TopicToLink } from '../../scripts/render/cross-link.ts';
import { parseArticle } from '../../scripts/parse/parse-article.ts';
import { renderTopic } from '../../scripts/render/render-topic.ts';
import { articleOf, defaultOutline } from './helpers.ts';

async function relatedIn(lang: string, markdown: string): Promise<Map<string, string[]>> {
  const topics: TopicToLink[] = defaultOutline(parseArticle(await articleOf(markdown, 'article.md'))).map((topic) => ({ topic, rendered: renderTopic(topic, lang) }));
  return crossLink(topics, [], { lang }).related;
}

describe('related topics in the article’s language', () => {
  it('relates Japanese topics by the words they share inside runs without spaces', async () => {
    const related = await relatedIn(
      'ja',
      `# ハーブ

## 水やり

鉢の土が乾いたら、水をたっぷり与えます。受け皿にたまった水は捨てます。

## 収穫

花が咲く前に、バジルの葉を摘み取ります。

## 夏の暑さ

夏は鉢の土が乾きやすいので、朝に水をたっぷり与えます。

## つぼみ

つぼみを見つけたら早めに摘み取ります。花が咲くと葉が硬くなります。
`,
    );
    // Each pair shares nouns and verbs (鉢, 土, 水, たっぷり; 花, 咲く, 葉, 摘み); every topic shares particles and
    // endings (の, が, を, ます) with every other, which are stop words.
    expect(related.get('水やり')?.[0]).toBe('夏の暑さ');
    expect(related.get('夏の暑さ')?.[0]).toBe('水やり');
    expect(related.get('収穫')?.[0]).toBe('つぼみ');
    expect(related.get('つぼみ')?.[0]).toBe('収穫');
  });

  it('relates Arabic topics by their content words, not by the function words every topic has', async () => {
    const related = await relatedIn(
      'ar',
      `# النباتات

## السقي

عندما تجف التربة على سطح الأصيص، اسقِ حتى يخرج الماء من الأسفل.

## الضوء

هذه النبتة التي تحب الضوء، لكن الشمس القوية تحرق الأوراق.

## الأصيص

اختر أصيصًا فيه ثقوب، لأن الماء إذا بقي في التربة تعفنت الجذور.

## الحصاد

هذه الأوراق التي تقطفها عندما تكبر، لكن اترك على الساق ثلاثًا منها.
`,
    );
    // السقي and الأصيص share التربة and الماء; الضوء and الحصاد share الأوراق, besides على, هذه, التي, عندما
    // and لكن, which are stop words in Arabic (an English list would keep them all).
    expect(related.get('السقي')).toEqual(['الأصيص']);
    expect(related.get('الأصيص')).toEqual(['السقي']);
    expect(related.get('الضوء')).toEqual(['الحصاد']);
    expect(related.get('الحصاد')).toEqual(['الضوء']);
  });
});
