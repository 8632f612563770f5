import { describe, expect, it } from 'vitest';
import { linkTopics } from '../../scripts/render/link-topics.ts';
import { parseMarkdown } from './helpers.ts';
import { bodyToHtml, renderTopic, textOf } from '../../scripts/render/render-topic.ts';
import { defaultOutline } from './helpers.ts';

const markdown = [
  '# Guide',
  '',
  'Start with [the first step](#1-first-step).',
  '',
  '## 1. First step',
  '',
  'Read [why it matters](#why-it-matters) below, and then [the second step](#second-step).',
  '',
  '### Why it matters',
  '',
  'Because.',
  '',
  '## Second step',
  '',
  'Go back to [the reason](#why-it-matters), or [nowhere](#no-such-place).',
  '',
].join('\n');
const topics = defaultOutline(parseMarkdown(markdown)).map((topic) => renderTopic(topic, 'en'));
const linked = linkTopics(topics, (slug) => `/guide/${slug}/`);
const page = (slug: string) => linked.find((topic) => topic.frontmatter.slug === slug)!;

describe('linkTopics', () => {
  it('points a link at a heading on another page to that page, base included', () => {
    expect(bodyToHtml(page('first-step').body)).toContain('<a href="/guide/second-step/#second-step">the second step</a>');
    expect(bodyToHtml(page('second-step').body)).toContain('<a href="/guide/first-step/#why-it-matters">the reason</a>');
  });

  it('understands a heading named the way GitHub names it, number included', () => {
    expect(bodyToHtml(page('overview').body)).toContain('<a href="/guide/first-step/#first-step">the first step</a>');
  });

  it('leaves links within a page, and links to nothing, as they are', () => {
    expect(bodyToHtml(page('first-step').body)).toContain('<a href="#why-it-matters">why it matters</a>');
    expect(bodyToHtml(page('second-step').body)).toContain('<a href="#no-such-place">nowhere</a>');
  });

  it('tells each page which other pages link to it, the overview not counted', () => {
    expect(page('second-step').frontmatter.backlinks).toEqual(['first-step']);
    expect(page('first-step').frontmatter.backlinks).toEqual(['second-step']);
  });

  it('points a table of contents at the headings it lists, though each item has the id of the heading it names', () => {
    const withContents = ['# Guide', '', '## Contents', '', '- [Install](#install)', '- [Use](#use)', '', '## Install', '', 'Run it.', '', '## Use', '', 'Use it.', ''].join('\n');
    const pages = linkTopics(defaultOutline(parseMarkdown(withContents)).map((topic) => renderTopic(topic, 'en')), (slug) => `/${slug}/`);
    const contents = bodyToHtml(pages.find((topic) => topic.frontmatter.slug === 'contents')!.body);
    expect(contents).toContain('<li id="install"><a href="/install/#install">Install</a>');
    expect(contents).toContain('<a href="/use/#use">Use</a>');
  });

  it('changes no text', () => {
    expect(linked.map((topic) => textOf(topic.body))).toEqual(topics.map((topic) => textOf(topic.body)));
  });
});
