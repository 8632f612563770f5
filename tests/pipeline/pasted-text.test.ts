import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { bodyToHtml } from '../../scripts/render/render-topic.ts';
import { runPipeline, type PipelineResult } from '../../scripts/run-pipeline.ts';
import { fixturePath, makeTempRoot, once, removeTempRoots, repoRoot } from './helpers.ts';

afterAll(removeTempRoots);

/** What a copy from most browsers does to the plain-text convention: the U+00A0 at the start of heading lines is gone. */
function stripMarks(text: string): string {
  return text.replace(/^\u00A0+/gm, '');
}

/** Every page as readers get it: its frontmatter (slug, title, kind, order, summary, heading id, table of contents…) and its body with every id. */
function pagesOf(result: PipelineResult) {
  return result.rendered.map((page) => ({ ...page.frontmatter, body: bodyToHtml(page.body) }));
}

function idsOf(result: PipelineResult): string[][] {
  return pagesOf(result).map((page) => [page.headingId, ...[...page.body.matchAll(/ id="([^"]+)"/g)].map((match) => match[1]!)]);
}

/** The article at `file` (in `tests/fixtures/articles/`) built as `SITE_SOURCE`, as written and with its marks stripped. */
async function bothWays(file: string) {
  const text = readFileSync(fixturePath(file), 'utf8');
  const root = makeTempRoot({ [`marked/${path.basename(file)}`]: text, [`pasted/${path.basename(file)}`]: stripMarks(text) });
  return {
    marks: text.match(/^\u00A0/gm)?.length ?? 0,
    marked: await runPipeline(repoRoot, { SITE_SOURCE: path.join(root, 'marked', path.basename(file)) }),
    pasted: await runPipeline(repoRoot, { SITE_SOURCE: path.join(root, 'pasted', path.basename(file)) }),
  };
}

describe('the bundled article pasted without its marks', () => {
  const marked = once(() => runPipeline(repoRoot, {}));
  const pasted = once(async () => {
    const root = makeTempRoot({});
    cpSync(path.join(repoRoot, 'content'), path.join(root, 'content'), { recursive: true });
    const article = path.join(root, 'content', 'article.txt');
    writeFileSync(article, stripMarks(readFileSync(article, 'utf8')));
    return await runPipeline(root, {});
  });

  it('has lost all fourteen marks, so that the test means something', () => {
    const original = readFileSync(path.join(repoRoot, 'content', 'article.txt'), 'utf8');
    expect(original.match(/^\u00A0/gm)).toHaveLength(14);
    expect(stripMarks(original)).not.toMatch(/^\u00A0/m);
  });

  it('gives the same pages in the same order, with the same slugs, as with its marks, through the outline and corrections', async () => {
    expect((await pasted()).topics.map((topic) => topic.slug)).toEqual((await marked()).topics.map((topic) => topic.slug));
    expect((await pasted()).topics).toHaveLength(18);
  });

  it('gives every heading, paragraph and list item the same id', async () => {
    expect(idsOf(await pasted())).toEqual(idsOf(await marked()));
    expect(idsOf(await marked()).flat().length).toBeGreaterThan(100);
  });

  it('renders every page exactly as the marked article does: titles, kinds, summaries, tables of contents and bodies', async () => {
    expect(pagesOf(await pasted())).toEqual(pagesOf(await marked()));
  });

  it('keeps the sub-heading inside strategy 9 a sub-heading without the outline', async () => {
    // The outline makes Ben's account a page; the parser alone must keep it a section of "9. Focus on you".
    // Both copies outside content/, so that neither is the bundled article with its ledger of published links.
    const text = readFileSync(path.join(repoRoot, 'content', 'article.txt'), 'utf8');
    const root = makeTempRoot({ 'marked/article.txt': text, 'pasted/article.txt': stripMarks(text) });
    const defaultOutline = await runPipeline(repoRoot, { SITE_SOURCE: path.join(root, 'pasted', 'article.txt') });
    const markedDefault = await runPipeline(repoRoot, { SITE_SOURCE: path.join(root, 'marked', 'article.txt') });
    expect(pagesOf(defaultOutline)).toEqual(pagesOf(markedDefault));
    const focus = defaultOutline.topics.find((topic) => topic.slug === 'focus-on-you');
    expect(focus?.blocks.find((block) => block.type === 'subheading')?.text).toMatch(/^A partner takes responsibility/);
  });
});

describe.each([
  // An FAQ: every page heading is a question.
  ['pasted/food-bank-faq.txt', ['Who can volunteer?', 'Do I need any experience?', 'How much time do I have to give?', 'What will I be doing?', 'Can I volunteer with my friends or my workplace?', 'What if I need to cancel?', 'How do I sign up?']],
  // A numbered listicle with sub-headings inside two of its points and a list after the last.
  ['pasted/night-shifts.txt', ['Protect a block of sleep', 'Make the bedroom dark', 'Wear sunglasses on the way home', 'Time your caffeine', 'Eat lightly before bed', 'Nap before a run of nights', 'Talk to your doctor', 'Where to find out more']],
  // Notes copied from a Google Doc: one paragraph per line, no blank lines.
  ['pasted/google-doc.txt', ['Finding land', 'Water and tools', 'Money', 'Keeping people involved', 'Next steps']],
  ['hostile.txt', ['<script>alert(1)</script> in a heading {props.x}', 'Closing {']],
])('%s pasted without its marks', (file, titles) => {
  const run = once(() => bothWays(file));

  it('gives the same pages, with the same ids, as with its marks', async () => {
    const { marks, marked, pasted } = await run();
    expect(marks).toBe(titles.length);
    expect(pagesOf(pasted)).toEqual(pagesOf(marked));
  });

  it('has one page per marked heading after the overview', async () => {
    expect((await run()).pasted.topics.slice(1).map((topic) => topic.title)).toEqual(titles);
  });
});

describe.each([
  // A recipe and a news explainer: page headings and sub-headings both unnumbered, so nothing tells them apart.
  ['pasted/sourdough.txt', ['Day one', 'Days two to six', 'The starter smells of nail polish', 'The loaf spreads out flat', 'The inside is gummy']],
  ['pasted/renters-explainer.txt', ['No-fault evictions', 'Rent rises', 'Pets']],
])('%s, whose sub-headings look like its headings once pasted', (file, subheadings) => {
  const run = once(() => bothWays(file));

  it('still starts a page at every heading the marks gave, in order', async () => {
    const { marked, pasted } = await run();
    const markedTitles = marked.topics.map((topic) => topic.title);
    expect(pasted.topics.map((topic) => topic.title).filter((title) => markedTitles.includes(title))).toEqual(markedTitles);
  });

  it('makes each sub-heading a page of its own rather than merge pages', async () => {
    const { marked, pasted } = await run();
    expect(marked.topics.slice(1).flatMap((topic) => topic.blocks).filter((block) => block.type === 'subheading').map((block) => block.text)).toEqual(subheadings);
    expect(pasted.topics.map((topic) => topic.title)).toEqual(expect.arrayContaining(subheadings));
  });
});
