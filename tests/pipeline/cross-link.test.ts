import type { Element, ElementContent, Root } from 'hast';
import { toString } from 'hast-util-to-string';
import { describe, expect, it } from 'vitest';
import { crossLink, type TopicToLink } from '../../scripts/render/cross-link.ts';
import { UnfoldError } from '../../scripts/lib/unfold-error.ts';
import { pointAt, readYamlConfig } from '../../scripts/lib/yaml-config.ts';
import { parseArticle } from '../../scripts/parse/parse-article.ts';
import { renderTopic, textOf } from '../../scripts/render/render-topic.ts';
import { runPipeline } from '../../scripts/run-pipeline.ts';
import { termsSchema, type TermConfig } from '../../scripts/schemas/terms.ts';
import { articleOf, defaultOutline, repoRoot, thrownBy } from './helpers.ts';

const configFile = 'content/terms.yaml';

/** An article in Markdown, so that it can hold links and sub-headings; `##` headings start its topics. */
const article = `# Loving well

Limerence is not love. An avoidant partner may pull away, and limerence makes it worse.

## 1. Name it

### Limerence and you

The word [limerence](https://example.org/limerence) is a link already. Then Limerence, in plain text, and limerence again.
Avoidants need room; an avoidant’s fear is old. Limerences is not a word we index.

- An item about limerence.
- The partner's bond, and the partner’s bond.

## 2. Keep your ground

Keep your ground when limerence pulls and avoidants pull away. Your boundaries are yours.

## 3. Leave if you must

Boundaries are what you are and aren't willing to put up with. Leave when your boundaries are not respected.

## 4. Rest

Rest, garden and cook. Nothing here is about the others at all.
`;

async function topicsOf(markdown: string): Promise<TopicToLink[]> {
  return defaultOutline(parseArticle(await articleOf(markdown, 'article.md'))).map((topic) => ({ topic, rendered: renderTopic(topic, 'en') }));
}

const terms: TermConfig[] = [
  { term: 'limerence', aliases: [] },
  { term: 'avoidant', aliases: ['avoidants'] },
  { term: "partner's bond", aliases: [] },
  { term: 'boundaries', aliases: [], definedBy: 'Boundaries are what you are' },
];

/** Validates terms given as YAML text, so that errors quote its lines and columns. */
function crossLinkYaml(topics: TopicToLink[], yaml: string) {
  const { value, source } = readYamlConfig(configFile, yaml, termsSchema);
  return crossLink(topics, value, { configFile, pointAt: (keyPath) => pointAt(source, keyPath) });
}

function errorOf(action: () => unknown): UnfoldError {
  const error = thrownBy(action);
  expect(error).toBeInstanceOf(UnfoldError);
  return error as UnfoldError;
}

/** The term links of a body with the tag names of the elements around each. */
function termLinks(body: Root): { href: string; text: string; ancestors: string[] }[] {
  const links: { href: string; text: string; ancestors: string[] }[] = [];
  const walk = (node: ElementContent, ancestors: string[]): void => {
    if (node.type !== 'element') return;
    if ((node.properties['className'] as string[] | undefined)?.includes('term-link')) {
      links.push({ href: String(node.properties['href']), text: toString(node), ancestors });
    }
    for (const child of node.children) walk(child, [...ancestors, node.tagName]);
  };
  for (const child of body.children) walk(child as ElementContent, []);
  return links;
}

function bodyOf(result: ReturnType<typeof crossLink>, slug: string): Root {
  const topic = result.topics.find((candidate) => candidate.frontmatter.slug === slug);
  if (!topic) throw new Error(`no topic ${slug}`);
  return topic.body;
}

describe('crossLink: term links', async () => {
  const topics = await topicsOf(article);
  const result = crossLink(topics, terms);

  it('links the first use of each term on a page, and only the first', () => {
    expect(termLinks(bodyOf(result, 'name-it')).map(({ href, text }) => [href, text])).toEqual([
      ['/terms/#limerence', 'Limerence'],
      ['/terms/#avoidant', 'Avoidants'],
      ['/terms/#partners-bond', "partner's bond"],
    ]);
    expect(termLinks(bodyOf(result, 'keep-your-ground')).map(({ href, text }) => [href, text])).toEqual([
      ['/terms/#limerence', 'limerence'],
      ['/terms/#avoidant', 'avoidants'],
      ['/terms/#boundaries', 'boundaries'],
    ]);
  });

  it('never links inside a heading or an existing link', () => {
    const body = bodyOf(result, 'name-it');
    for (const link of termLinks(body)) expect(link.ancestors).not.toContain('h2');
    for (const link of termLinks(body)) expect(link.ancestors).not.toContain('a');
    // The sub-heading "Limerence and you" and the link "limerence" come first and stay as they were.
    expect(textOf(body).indexOf('Limerence, in plain text')).toBeGreaterThan(textOf(body).indexOf('is a link already'));
    const existing = (body.children[1] as Element).children.find((node): node is Element => node.type === 'element' && node.tagName === 'a');
    expect(existing?.properties['href']).toBe('https://example.org/limerence');
    expect(existing?.children).toEqual([{ type: 'text', value: 'limerence', position: expect.anything() }]);
  });

  it('leaves the text a reader sees byte-identical', () => {
    topics.forEach(({ rendered }, index) => {
      expect(textOf(result.topics[index]!.body)).toBe(textOf(rendered.body));
      expect(toString(result.topics[index]!.body)).toBe(toString(rendered.body));
    });
  });

  it('does not change the bodies it was given', async () => {
    const again = await topicsOf(article);
    crossLink(again, terms);
    expect(again).toEqual(await topicsOf(article));
  });

  it('links to the index page at the URL it is given, such as one under a base path', () => {
    const underBase = crossLink(topics, terms, { termsHref: '/guide/terms/' });
    expect(termLinks(bodyOf(underBase, 'overview')).map(({ href }) => href)).toEqual(['/guide/terms/#limerence', '/guide/terms/#avoidant']);
  });

  it('matches whole words only, in any case, with straight or curly apostrophes', () => {
    const places = result.termIndex.find((entry) => entry.slug === 'partners-bond')!.places;
    expect(places.map(({ id }) => id)).toEqual(['the-partners-bond-and-the-partners']);
    // "Limerences" is not "limerence", and "avoidant’s" is "avoidant" followed by an apostrophe.
    const limerence = result.termIndex.find((entry) => entry.slug === 'limerence')!.places;
    expect(limerence.filter(({ topic }) => topic === 'name-it').map(({ id }) => id)).toEqual([
      'limerence-and-you',
      'the-word-limerence-is-a-link',
      'an-item-about-limerence',
    ]);
  });
});

describe('crossLink: index of terms', async () => {
  const result = crossLink(await topicsOf(article), terms);

  it('lists the terms alphabetically, each with every place it occurs in reading order', () => {
    expect(result.termIndex.map(({ term }) => term)).toEqual(['avoidant', 'boundaries', 'limerence', "partner's bond"]);
    expect(result.termIndex.find(({ term }) => term === 'avoidant')!.places).toEqual([
      { topic: 'overview', title: 'Loving well', id: 'limerence-is-not-love-an-avoidant', excerpt: 'Limerence is not love. An avoidant partner may…' },
      { topic: 'name-it', title: 'Name it', id: 'the-word-limerence-is-a-link', excerpt: 'The word limerence is a link already. Then…' },
      { topic: 'keep-your-ground', title: 'Keep your ground', id: 'keep-your-ground-when-limerence-pulls', excerpt: 'Keep your ground when limerence pulls and avoidants…' },
    ]);
  });

  it('quotes the article’s own sentence that `definedBy` names, with its place', () => {
    expect(result.termIndex.find(({ term }) => term === 'boundaries')!.definition).toEqual({
      text: "Boundaries are what you are and aren't willing to put up with.",
      topic: 'leave-if-you-must',
      id: 'boundaries-are-what-you-are-and',
    });
    expect(result.termIndex.find(({ term }) => term === 'limerence')!.definition).toBeUndefined();
  });

  it('counts a topic’s own title as a place, without an excerpt', async () => {
    const [first] = crossLink(await topicsOf('# T\n\n## Limerence\n\nText.\n'), [{ term: 'limerence', aliases: [] }]).termIndex;
    expect(first!.places).toEqual([{ topic: 'limerence', title: 'Limerence', id: 'limerence' }]);
  });
});

describe('crossLink: related topics', async () => {
  const topics = await topicsOf(article);
  const result = crossLink(topics, terms);

  it('gives each topic page at most three related topics, never itself and never the overview', () => {
    for (const topic of result.topics) {
      const { slug, related } = topic.frontmatter;
      expect(related.length).toBeLessThanOrEqual(3);
      expect(related).not.toContain(slug);
      expect(related).not.toContain('overview');
      expect(result.related.get(slug)).toEqual(related);
    }
    expect(result.related.get('overview')).toEqual([]);
  });

  it('ranks the topics that share words and terms first, and leaves out those that share none', () => {
    expect(result.related.get('keep-your-ground')).toEqual(['leave-if-you-must', 'name-it']);
    expect(result.related.get('rest')).toEqual([]);
  });

  it('gives the same result every time', async () => {
    const again = crossLink(await topicsOf(article), terms);
    expect([...again.related]).toEqual([...result.related]);
  });

  it('breaks ties in reading order', async () => {
    const twins = await topicsOf('# T\n\n## One\n\nGardens and tomatoes.\n\n## Two\n\nGardens and tomatoes.\n\n## Three\n\nGardens and tomatoes.\n\n## Four\n\nBicycles.\n');
    const { related } = crossLink(twins, []);
    expect(related.get('two')).toEqual(['one', 'three']);
    expect(related.get('three')).toEqual(['one', 'two']);
  });
});

describe('crossLink: errors quote content/terms.yaml', async () => {
  const topics = await topicsOf(article);

  it('a term that occurs nowhere in the article', () => {
    const error = errorOf(() => crossLinkYaml(topics, '- term: limerence\n- term: gaslighting\n  aliases: [gaslight]\n'));
    expect(error.format()).toMatchInlineSnapshot(`
      "content/terms.yaml:2:9: the term "gaslighting" occurs nowhere in the article
        hint: list only terms the article uses: check the spelling, add the form the article uses to \`aliases\`, or remove the entry"
    `);
  });

  it('a `definedBy` that matches no sentence', () => {
    const error = errorOf(() => crossLinkYaml(topics, '- term: limerence\n  definedBy: "Limerence (obsession"\n'));
    expect(error.format()).toMatchInlineSnapshot(`
      "content/terms.yaml:2:14: \`definedBy\` of "limerence" matches no sentence of the article: "Limerence (obsession"
        hint: quote the first words of the sentence exactly as the article writes them, or remove \`definedBy\`; the index never shows a definition of its own"
    `);
  });

  it('a `definedBy` sentence that does not use the term', () => {
    const error = errorOf(() => crossLinkYaml(topics, '- term: limerence\n  definedBy: "Rest, garden and cook"\n'));
    expect(error.format()).toMatchInlineSnapshot(`
      "content/terms.yaml:2:14: the sentence \`definedBy\` quotes does not use the term "limerence": "Rest, garden and cook."
        hint: quote the sentence that names the term, or add the form it uses to \`aliases\`"
    `);
  });

  it('a form that belongs to two terms', () => {
    const error = errorOf(() => crossLinkYaml(topics, '- term: avoidant\n  aliases: [avoidants]\n- term: avoidants\n'));
    expect(error.format()).toMatchInlineSnapshot(`
      "content/terms.yaml:3:9: "avoidants" is already a form of the term "avoidant"
        hint: each word or phrase may belong to one term only"
    `);
  });

  it('an unknown key', () => {
    const error = errorOf(() => crossLinkYaml(topics, '- term: limerence\n  meaning: obsession\n'));
    expect(error.format()).toMatchInlineSnapshot(`
      "content/terms.yaml:2:3: \`0\`: Unrecognized key: "meaning"
        hint: remove or rename \`meaning\`; the README lists the keys this file accepts"
    `);
  });
});

describe('the bundled article and content/terms.yaml', async () => {
  const result = await runPipeline(repoRoot, {});

  it('indexes limerence with the article’s own defining sentence', () => {
    const limerence = result.termIndex.find(({ slug }) => slug === 'limerence');
    expect(limerence?.definition?.text).toMatch(/^Be conscious not to confuse love with limerence \(obsession/);
    expect(limerence?.places.map(({ topic }) => topic)).toEqual(['things-to-look-for-in-a-partner']);
  });

  it('gives every topic page one to three related topics', () => {
    for (const { frontmatter } of result.rendered.filter(({ frontmatter }) => frontmatter.kind !== 'overview')) {
      expect(frontmatter.related.length, frontmatter.slug).toBeGreaterThanOrEqual(1);
      expect(frontmatter.related.length, frontmatter.slug).toBeLessThanOrEqual(3);
    }
  });

  it('links no term more than once per page', () => {
    for (const { body, frontmatter } of result.rendered) {
      const hrefs = termLinks(body).map(({ href }) => href);
      expect(new Set(hrefs).size, frontmatter.slug).toBe(hrefs.length);
    }
  });
});
