import type { Element, ElementContent, Root } from 'hast';
import { describe, expect, it } from 'vitest';
import { parseMarkdown } from './helpers.ts';
import { parseText } from '../../scripts/parse/parse-text.ts';
import { bodyToHtml, renderTopic, textOf } from '../../scripts/render/render-topic.ts';
import { reservedIds } from '../../scripts/lib/reserved-ids.ts';
import { wordsOf, type Words } from '../../src/i18n/words.ts';
import type { SourceText, Topic } from '../../scripts/types.ts';
import { bundledSource, defaultOutline, nbsp, renderFixture, sourceOf } from './helpers.ts';

/** Every element of a rendered body, depth first. */
function elementsOf(node: Root | ElementContent): Element[] {
  if (node.type !== 'element' && node.type !== 'root') return [];
  const children = node.children.flatMap((child) => elementsOf(child as ElementContent));
  return node.type === 'element' ? [node, ...children] : children;
}

function idsOf(body: Root): string[] {
  return elementsOf(body).flatMap((element) => (typeof element.properties['id'] === 'string' ? [element.properties['id']] : []));
}

/** The topics of a plain-text article given inline, with no outline configuration. */
function topicsOf(text: string): Topic[] {
  return defaultOutline({ blocks: parseText(sourceOf(text)) });
}

/** The id of the element whose text starts with `start`. */
function idOf(body: Root, start: string): unknown {
  return elementsOf(body).find((element) => element.properties['id'] !== undefined && textOf(element).startsWith(start))?.properties['id'];
}

describe('renderTopic: ids', () => {
  const [topic] = topicsOf(
    [
      `${nbsp}Be kind to yourself`,
      '',
      'Be kind to yourself when it is hard. One.',
      '',
      'Be kind to yourself when it is hard. Two.',
      '',
      'Be kind to yourself',
      '',
      'Search.',
      '',
      'Main.',
      '',
      'Related',
      '',
      'Text.',
      '',
      '  • Be kind to yourself when it is hard.',
      '  • ***',
      '',
      'Your first runs should feel almost too easy.',
    ].join('\n'),
  );
  const rendered = renderTopic(topic!, 'en');
  const ids = idsOf(rendered.body);

  it('gives every paragraph, sub-heading and list item an id, unique within the page and unlike the title’s', () => {
    const withId = elementsOf(rendered.body).filter((element) => ['p', 'h2', 'li'].includes(element.tagName));
    expect(withId.every((element) => typeof element.properties['id'] === 'string')).toBe(true);
    expect(new Set([rendered.frontmatter.headingId, ...ids]).size).toBe(ids.length + 1);
    expect(ids.slice(0, 3)).toEqual(['be-kind-to-yourself-when-it', 'be-kind-to-yourself-when-it-2', 'be-kind-to-yourself-2']);
  });

  it('never gives the text an id the site’s layout uses', () => {
    expect(ids.filter((id) => reservedIds.includes(id))).toEqual([]);
    expect(idOf(rendered.body, 'Search.')).toBe('search-2');
    expect(idOf(rendered.body, 'Main.')).toBe('main-2');
    expect(idOf(rendered.body, 'Related')).toBe('related-2');
  });

  it('makes a readable id of a paragraph’s first six words', () => {
    expect(idOf(rendered.body, 'Your first runs')).toBe('your-first-runs-should-feel-almost');
  });

  it('falls back to a neutral id for a list item without letters or digits', () => {
    expect(idOf(rendered.body, '***')).toBe('item');
  });

  it('keeps the letters of other scripts and accents in ids', () => {
    const [greek] = topicsOf(`${nbsp}Υπομονή\n\nΗ υπομονή χτίζει εμπιστοσύνη σιγά σιγά, όπως λένε.\n\nCafé crème à la française, s’il vous plaît.\n`);
    const { body, frontmatter } = renderTopic(greek!, 'en');
    expect(frontmatter.headingId).toBe('υπομονή');
    expect(idsOf(body)).toEqual(['η-υπομονή-χτίζει-εμπιστοσύνη-σιγά-σιγά', 'café-crème-à-la-française-sil']);
  });

  it('renders the same topic to the same body every time', () => {
    expect(renderTopic(topic!, 'en')).toEqual(rendered);
    const pages = () => defaultOutline({ blocks: parseText(bundledSource({ corrected: true })) }).map((page) => bodyToHtml(renderTopic(page, 'en').body));
    expect(pages()).toEqual(pages());
  });
});

describe('renderTopic: stable ids', () => {
  /** `slug|text` → id of every element with an id, over every page of an article. */
  function idMap(source: SourceText): Map<string, string> {
    const ids = new Map<string, string>();
    for (const topic of defaultOutline({ blocks: parseText(source) })) {
      for (const element of elementsOf(renderTopic(topic, 'en').body)) {
        const id = element.properties['id'];
        if (typeof id === 'string') ids.set(`${topic.slug}|${textOf(element)}`, id);
      }
    }
    return ids;
  }

  /** The bundled article with a new paragraph after the line that starts with `after`. */
  function withParagraphAfter(source: SourceText, after: string, text: string): SourceText {
    const index = source.lines.findIndex((line) => line.text.startsWith(after));
    expect(index).toBeGreaterThan(-1);
    const lines = [...source.lines.slice(0, index + 1), { line: 0, text: '' }, { line: 0, text }, { line: 0, text: '' }, ...source.lines.slice(index + 1)];
    return { ...source, lines };
  }

  const original = bundledSource({ corrected: true });
  const before = idMap(original);

  it('keeps the ids of every other paragraph when a paragraph is inserted in another topic', () => {
    const after = idMap(withParagraphAfter(original, `${nbsp}3. Communicate`, 'An inserted paragraph about something new entirely.'));
    expect(after.size).toBe(before.size + 1);
    for (const [key, id] of before) expect(after.get(key), key).toBe(id);
  });

  it('keeps the ids of the other paragraphs of the same topic when a paragraph is inserted before them', () => {
    const after = idMap(withParagraphAfter(original, `${nbsp}2. Be reliable`, 'Reliability, put briefly, is showing up again and again.'));
    expect(after.get('be-reliable|Reliability, put briefly, is showing up again and again.')).toBe('reliability-put-briefly-is-showing-up');
    for (const [key, id] of before) expect(after.get(key), key).toBe(id);
  });
});

describe('renderTopic: hostile text', async () => {
  const hostile = await renderFixture('hostile.txt');
  const html = hostile.rendered.map((topic) => bodyToHtml(topic.body)).join('\n');
  const htmlMd = (await renderFixture('hostile.md')).rendered.map((topic) => bodyToHtml(topic.body)).join('\n');

  /** The tags of serialised HTML, read with double-quoted attribute values (the only kind hast-util-to-html writes). */
  function tagsOf(serialised: string): { tags: string[]; text: string } {
    const tag = /<(\/?)([a-z][a-z0-9]*)((?:\s+[a-z][a-z0-9-]*(?:="[^"]*")?)*)\s*\/?>/g;
    return { tags: [...serialised.matchAll(tag)].map((match) => match[2]!), text: serialised.replace(tag, '') };
  }

  it('escapes markup in headings, paragraphs and list items: only the elements the pipeline makes appear', () => {
    expect(html).toContain('&#x3C;script>alert(1)&#x3C;/script>');
    expect(html).toContain('&#x3C;img src=x onerror=alert(1)>');
    expect(html).toContain('&#x3C;/li>&#x3C;/ul>&#x3C;script>alert(2)&#x3C;/script>');
    expect(html).toContain('&#x3C;!-- comment -->');
    // Markdown's raw HTML is cleaned, not shown: what survives of it is safe structure (`div`, `aside`, `kbd`), never a script or image.
    for (const [serialised, raw] of [[html, []], [htmlMd, ['div', 'aside', 'kbd']]] as const) {
      const { tags, text } = tagsOf(serialised);
      expect(new Set(tags)).toEqual(new Set(tags.filter((name) => ['p', 'h2', 'a', 'span', 'ul', 'ol', 'li', 'blockquote', 'code', 'em', 'hr', ...raw].includes(name))));
      expect(text).not.toContain('<');
    }
  });

  it('keeps braces, import/export lines, Markdown syntax and entities as the characters written', () => {
    const texts = hostile.rendered.map((topic) => textOf(topic.body)).join('\n');
    for (const literal of ['Some {braces} and {props.x} in a sentence.', 'import x from "y"', 'export const a = 1', '# not a heading', '> not a quote', 'Backticks `like this` and ```three``` of them.', 'Some *stars* and _underscores_ here.', 'A link [x](javascript:alert(1)) that must not run.', 'Entities &amp; &lt;b&gt; stay as typed.', '---', '{']) {
      expect(texts).toContain(literal);
    }
    expect(html).toContain('Entities &#x26;amp; &#x26;lt;b&#x26;gt; stay as typed.');
  });

  it('never writes a raw `<script` into the serialised HTML, attribute values included', () => {
    // The anchor link's aria-label repeats the item's text; hast-util-to-html leaves `<` raw inside attribute values.
    expect(html).not.toMatch(/<script/i);
    expect(htmlMd).not.toMatch(/<script/i);
  });

  it('never links to a javascript: URL, even when the Markdown article writes one', () => {
    expect(htmlMd).not.toMatch(/href="\s*javascript:/i);
  });

  it('keeps newlines as written: a code block reads line by line, and so does what raw HTML leaves', async () => {
    const bodies = (await renderFixture('article.md')).rendered.map((topic) => bodyToHtml(topic.body));
    expect(bodies.join('')).toContain('<code class="language-sh">mkdir balcony\n\necho "tomatoes" > balcony/plan.txt\n</code>');
    // Raw HTML in Markdown is cleaned: the `<div>` around a script keeps its line breaks, the script is gone.
    expect(htmlMd).toContain('<div>\n\n</div>');
  });
});

describe('renderTopic: frontmatter and text', () => {
  const topics = topicsOf(
    [
      'Intro.',
      '',
      `${nbsp} 1. Start slower`,
      '',
      'Your first runs should feel easy.',
      '',
      'Listening to your body',
      '',
      'A dull ache is usually fine.',
      '',
      '  • Rest the next day.',
      '  • Walk when you need to, as often as you need to, for as long as it takes.',
    ].join('\n'),
  );
  const rendered = renderTopic(topics[1]!, 'en');

  it('describes the topic: title, kind, order, slug, number, summary, heading id, source lines and words', () => {
    const { toc, ...frontmatter } = rendered.frontmatter;
    expect(frontmatter).toMatchObject({
      title: 'Start slower',
      kind: 'guide',
      order: 1,
      slug: 'start-slower',
      number: 1,
      summary: 'Your first runs should feel easy.',
      headingId: 'start-slower',
      sourceLines: [3, 12],
      words: 40,
    });
    expect(toc).toEqual([
      { id: 'listening-to-your-body', text: 'Listening to your body', depth: 2 },
      { id: 'rest-the-next-day', text: 'Rest the next day.', depth: 3 },
      { id: 'walk-when-you-need-to-as', text: 'Walk when you need to, as often as you need…', depth: 3 },
    ]);
  });

  it('shows the author’s heading as a sub-heading when the outline gives the topic another title', () => {
    const { body } = renderTopic({ ...topics[1]!, title: 'Go slow' }, 'en');
    expect(textOf(body).split('\n')[0]).toBe('1. Start slower');
  });

  it('reads the text of a body without the link controls, one block per line', () => {
    expect(textOf(rendered.body)).toBe(
      'Your first runs should feel easy.\nListening to your body\nA dull ache is usually fine.\nRest the next day.\nWalk when you need to, as often as you need to, for as long as it takes.',
    );
  });

  it('keeps ids unique beside the ids that Markdown footnotes bring', () => {
    const [topic] = defaultOutline(parseMarkdown('## One\n\nFootnote label.\n\nA claim.[^a]\n\n[^a]: The source.\n'));
    const ids = idsOf(renderTopic(topic!, 'en').body);
    expect(ids.filter((id, index) => ids.indexOf(id) !== index)).toEqual([]);
  });
});

describe('bodyToHtml on article.md', () => {
  it('serialises tables, task lists and footnotes of a Markdown topic', async () => {
    const second = (await renderFixture('article.md')).rendered.find((topic) => topic.frontmatter.slug === 'second')!;
    const html = bodyToHtml(second.body);
    expect(html).toContain('<th align="right">Plants</th>');
    expect(html).toContain('<input type="checkbox" checked disabled> Buy compost');
    expect(html).toContain('<a href="https://example.org/tomatoes">https://example.org/tomatoes</a>');
    expect(html).toContain('<aside class="footnote" aria-label="Footnote"><ol start="1"><li id="user-content-fn-morning">');
  });

  it('names what it adds in the site’s words: the "#" links, a footnote and its link back', async () => {
    const { topics } = await renderFixture('article.md');
    // Words that show their key, so that each word on the page says where it came from.
    const keyed: Words = { ...wordsOf('en'), text: (key, values) => `[${key}]${Object.values(values ?? {}).join('|')}` };
    const html = topics.map((topic) => bodyToHtml(renderTopic(topic, 'en', keyed).body)).join('\n');
    expect(html).toContain('<aside class="footnote" aria-label="[footnote.label]">');
    expect(html).toMatch(/aria-label="\[footnote.backLink\]1"/);
    expect(html).toContain('<span class="visually-hidden">[link.to]Buy compost</span>');
    expect(html).not.toMatch(/Footnote|Back to reference|Link to:/);
  });
});

describe('renderTopic: a note the author set apart (GitHub’s `> [!WARNING]`)', () => {
  const article = '# Tidy\n\n## Cleaning\n\n> [!WARNING]\n> Never mix bleach with other cleaners.\n\n> [!NOTE]\n> Before you start:\n>\n> - empty the fridge\n> - unplug it\n';
  const pageOf = () => defaultOutline(parseMarkdown(article)).find((topic) => topic.slug === 'cleaning')!;

  it('is a note under its kind in the site’s words, no quotation, the kind kept out of search and of the text', () => {
    const rendered = renderTopic(pageOf(), 'en');
    const html = bodyToHtml(rendered.body);
    expect(html).toContain('<div class="alert alert-warning" role="note"><p class="alert-label added-words" data-pagefind-ignore="">Warning</p><p id="never-mix-bleach-with-other-cleaners">Never mix bleach with other cleaners.</p></div>');
    // One holding a list is kept as HTML, and labelled the same way.
    expect(html).toMatch(/<div class="alert alert-note" role="note"><p class="alert-label added-words" data-pagefind-ignore="">Note<\/p>\s*<p id="[^"]+">Before you start:<\/p>\s*<ul>/);
    expect(html).not.toMatch(/<blockquote|\[!/);
    expect(textOf(rendered.body)).not.toMatch(/Warning|Note/);
  });

  it('says its kind in the site’s language, and marks the English fallback of a language without words as English', () => {
    expect(bodyToHtml(renderTopic(pageOf(), 'es', wordsOf('es')).body)).toContain('data-pagefind-ignore="">Advertencia</p>');
    expect(bodyToHtml(renderTopic(pageOf(), 'fa', wordsOf('fa')).body)).toContain('<p class="alert-label added-words" lang="en" dir="ltr" data-pagefind-ignore="">Warning</p>');
  });
});
