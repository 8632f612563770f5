// The stages in the article's language: sentences and words come from Intl.Segmenter in `settings.lang`,
// so Chinese and Japanese (no spaces), Arabic (؟) and Spanish (¿…?) are split where their readers split them.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { slug } from 'github-slugger';
import { describe, expect, it } from 'vitest';
import { buildOutline } from '../../scripts/outline/build-outline.ts';
import { lintContent } from '../../scripts/outline/lint-content.ts';
import { parseText } from '../../scripts/parse/parse-text.ts';
import { findLostSentences } from '../../scripts/render/check-conservation.ts';
import { bodyToHtml, renderTopic } from '../../scripts/render/render-topic.ts';
import { runPipeline } from '../../scripts/run-pipeline.ts';
import { outlineSchema } from '../../scripts/schemas/outline.ts';
import { emittedTexts, once, outlineOptions, parseMarkdown, repoRoot, sourceOf } from './helpers.ts';

const fixture = (name: string) => fileURLToPath(new URL(`../fixtures/segmenter/${name}`, import.meta.url));

/** The topics of a Markdown article outlined without an outline file, in `lang`. */
function topicsOf(markdown: string, lang: string) {
  return buildOutline(parseMarkdown(markdown), outlineSchema.parse({}), outlineOptions({ lang })).filter((topic) => topic.kind !== 'overview');
}

function idsOf(html: string): string[] {
  return [...html.matchAll(/ id="([^"]+)"/g)].map((match) => match[1]!);
}

describe('findLostSentences in the article’s language', () => {
  it('reports the one Chinese sentence dropped from a paragraph, not the whole paragraph', () => {
    const paragraph = '他需要空间的时候，我学会了等待。这不是冷漠，而是他照顾自己的方式。我们后来谈得更好了。';
    const source = sourceOf(`${paragraph}\n`);
    expect(findLostSentences(source, [paragraph], 'zh')).toEqual([]);
    expect(findLostSentences(source, ['他需要空间的时候，我学会了等待。我们后来谈得更好了。'], 'zh')).toEqual([{ line: 1, sentence: '这不是冷漠，而是他照顾自己的方式。' }]);
  });

  it('reports a dropped Arabic question that ends in ؟', () => {
    const paragraph = 'هل تشعر بأن هذا قليل؟ هذا طبيعي، فالهدف أن يعتاد جسمك على الحركة.';
    const source = sourceOf(`مقدمة قصيرة.\n\n${paragraph}\n`);
    expect(findLostSentences(source, ['مقدمة قصيرة.', paragraph], 'ar')).toEqual([]);
    expect(findLostSentences(source, ['مقدمة قصيرة.', 'هذا طبيعي، فالهدف أن يعتاد جسمك على الحركة.'], 'ar')).toEqual([{ line: 3, sentence: 'هل تشعر بأن هذا قليل؟' }]);
  });

  it('counts a sentence that occurs twice in Japanese twice', () => {
    const source = sourceOf('水をやります。水をやります。\n');
    expect(findLostSentences(source, ['水をやります。'], 'ja')).toEqual([{ line: 1, sentence: '水をやります。' }]);
  });
});

describe('parseText on plain text in other scripts', () => {
  it('takes a short line that ends in 。 or ؟ for a paragraph, not a heading', () => {
    const japanese = parseText(sourceOf('はじめに\n\nベランダが一つあれば、野菜は育てられます。\n\n場所を選ぶ\n\nまず、日当たりを確かめましょう。\n\n風が強い場所では、鉢を壁ぎわに寄せてください。\n'));
    expect(japanese.map((block) => block.type)).toEqual(['subheading', 'paragraph', 'heading', 'paragraph', 'paragraph']);
    const arabic = parseText(sourceOf('مقدمة\n\nالمشي أسهل رياضة.\n\nابدأ ببطء\n\nهل تمشي عشر دقائق في اليوم؟\n\nزد خمس دقائق كل أسبوع.\n'));
    expect(arabic.map((block) => block.type)).toEqual(['subheading', 'paragraph', 'heading', 'paragraph', 'paragraph']);
  });
});

describe('buildOutline’s summaries in the article’s language', () => {
  it('quotes the first Chinese sentence, ended by 。 with no space after it', () => {
    const [topic] = topicsOf('# 指南\n\n## 给他空间\n\n他需要空间的时候，我学会了等待。这不是冷漠！\n', 'zh');
    expect(topic!.summary).toBe('他需要空间的时候，我学会了等待。');
  });

  it('quotes a whole Spanish question, ¿ to ?', () => {
    const [topic] = topicsOf('# Guía\n\n## Pregunta\n\n¿Qué necesitas de mí ahora? Dímelo con calma.\n', 'es');
    expect(topic!.summary).toBe('¿Qué necesitas de mí ahora?');
  });
});

describe('renderTopic’s ids and lengths in the article’s language', () => {
  it('makes a short id of a Japanese paragraph’s first few words, one that github-slugger leaves as it is', () => {
    const [topic] = topicsOf('# 手引き\n\n## 水やり\n\n土の表面が乾いたら、鉢の底から水が流れ出るまでたっぷり与えます。毎日少しずつ与えるのは逆効果です。\n', 'ja');
    const [paragraphId] = idsOf(bodyToHtml(renderTopic(topic!, 'ja').body));
    // 土 の 表面 が 乾 い: six of the segmenter's words (ICU's dictionary parts 乾 from い), not the paragraph's 40 characters.
    expect(paragraphId).toBe('土の表面が乾い');
    expect(slug(paragraphId!)).toBe(paragraphId);
  });

  it('keeps the letters of an Arabic paragraph in its id', () => {
    const [topic] = topicsOf('# دليل\n\n## ابدأ ببطء\n\nامشِ عشر دقائق في اليوم خلال الأسبوع الأول.\n', 'ar');
    const { frontmatter, body } = renderTopic(topic!, 'ar');
    expect(frontmatter.headingId).toBe('ابدأ-ببطء');
    expect(idsOf(bodyToHtml(body))).toEqual(['امشِ-عشر-دقائق-في-اليوم-خلال']);
    expect(frontmatter.words).toBe(10);
    expect(frontmatter.characters).toBeUndefined();
  });

  it('counts the words and characters of a Chinese topic, and a list item’s label in words', () => {
    const item = '他需要空间的时候我学会了等待而不是追问他在想什么以及为什么';
    const [topic] = topicsOf(`# 指南\n\n## 等待\n\n他需要空间的时候，我学会了等待。\n\n- ${item}\n`, 'zh');
    const { frontmatter } = renderTopic(topic!, 'zh');
    expect(frontmatter.characters).toBe(2 + 14 + item.length);
    expect(frontmatter.words).toBeGreaterThan(10);
    // A label of ten of the segmenter's words, not the whole item.
    expect(frontmatter.toc[0]!.text.endsWith('…')).toBe(true);
    expect(item.startsWith(frontmatter.toc[0]!.text.slice(0, -1))).toBe(true);
  });
});

describe('lintContent in the article’s language', () => {
  const rules = (text: string, lang: string) => lintContent(sourceOf(text), [], lang).map((warning) => [warning.rule, warning.message, warning.position.column]);

  it('finds Arabic sentences run together after a full stop and after ؟', () => {
    const text = 'تحدث معه.ثم انتظر. هل أنت بخير؟نعم.';
    expect(rules(`${text}\n`, 'ar')).toEqual([
      ['words-run-together', '"معه.ثم" looks like words run together', text.indexOf('معه') + 1],
      ['words-run-together', '"بخير؟نعم" looks like words run together', text.indexOf('بخير') + 1],
    ]);
  });

  it('does not take Chinese or Japanese sentences, which need no space, for words run together', () => {
    expect(rules('我很好。你呢？我也很好！\n', 'zh')).toEqual([]);
    expect(rules('水をやります。毎日です。\n', 'ja')).toEqual([]);
  });

  it('takes the zero-width joiner and non-joiner for part of Arabic script, a zero-width space still for stray', () => {
    expect(rules('می\u200Cخواهم بروم\u200B.\n', 'ar')).toEqual([['stray-character', 'stray character U+200B', 14]]);
    expect(rules('Zero\u200Cwidth.\n', 'en')).toEqual([['stray-character', 'stray character U+200C', 5]]);
  });
});

describe.each([
  {
    name: 'kitchen-garden.ja.md',
    lang: 'ja',
    pages: ['overview', '場所を選ぶ', '土と鉢をそろえる', '水やりのこつ', '収穫のあとで'],
    ids: { 場所を選ぶ: ['まず一日に何時間日', '風が強い場所では鉢'], 水やりのこつ: ['土の表面が乾い', '旅行に出るときはどう'] },
    summary: 'まず、一日に何時間日が当たるかを確かめましょう。',
  },
  {
    name: 'walking.ar.md',
    lang: 'ar',
    pages: ['overview', 'ابدأ-ببطء', 'اختر-الحذاء-المناسب', 'الماء-والطقس', 'متى-تتوقف'],
    ids: { 'ابدأ-ببطء': ['امشِ-عشر-دقائق-في-اليوم-خلال', 'زد-خمس-دقائق-كل-أسبوع-ولا'], 'متى-تتوقف': ['توقف-فورًا-إذا-شعرت-بألم-في'] },
    summary: 'امشِ عشر دقائق في اليوم خلال الأسبوع الأول.',
  },
])('the $lang Markdown article $name', ({ name, lang, pages, ids, summary }) => {
  // runPipeline throws if the check finds a sentence of the article missing from the pages.
  const result = once(() => runPipeline(repoRoot, { SITE_SOURCE: fixture(name) }));

  it('is read in the language its front matter names', async () => {
    expect((await result()).provenance.lang).toEqual({ value: lang, from: 'front matter' });
    expect((await result()).settings.lang).toBe(lang);
  });

  it('splits into one page per heading, slugs in its own letters', async () => {
    expect((await result()).rendered.map((topic) => topic.frontmatter.slug)).toEqual(pages);
    expect((await result()).rendered[1]!.frontmatter.summary).toBe(summary);
  });

  it('gives each paragraph and item a short id of its first words, unique and github-slugger-safe', async () => {
    for (const topic of (await result()).rendered) {
      const pageIds = idsOf(bodyToHtml(topic.body));
      expect(new Set(pageIds).size).toBe(pageIds.length);
      for (const id of pageIds) {
        expect(slug(id)).toBe(id);
        expect([...id].length).toBeLessThanOrEqual(lang === 'ja' ? 20 : 40);
      }
      const expected = ids[topic.frontmatter.slug as keyof typeof ids] as string[] | undefined;
      if (expected) expect(pageIds).toEqual(expected);
    }
  });

  it('loses no sentence, and the check would see one go', async () => {
    const { topics, rendered } = await result();
    const { units } = parseMarkdown(readFileSync(fixture(name), 'utf8'), name);
    const emitted = emittedTexts({ topics, rendered });
    expect(findLostSentences(units, emitted, lang)).toEqual([]);
    const [, second] = emitted;
    const sentence = lang === 'ja' ? '風が強い場所では、鉢が倒れないように壁ぎわに寄せてください。' : 'زد خمس دقائق كل أسبوع، ولا تزد أكثر من ذلك حتى لو شعرت بالحماس.';
    expect(second).toContain(sentence);
    const lost = findLostSentences(units, emitted.map((text) => text.replace(sentence, '')), lang);
    expect(lost.map((entry) => entry.sentence)).toEqual([sentence]);
  });
});
