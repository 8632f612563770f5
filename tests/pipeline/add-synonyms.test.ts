import { describe, expect, it } from 'vitest';
import { addSynonyms } from '../../scripts/render/add-synonyms.ts';
import { UnfoldError } from '../../scripts/lib/unfold-error.ts';
import { bodyToHtml, textOf } from '../../scripts/render/render-topic.ts';
import { defaultOutline, nbsp, sourceOf, thrownBy } from './helpers.ts';
import { parseArticle } from '../../scripts/parse/parse-article.ts';
import { renderTopic } from '../../scripts/render/render-topic.ts';

const article = parseArticle(
  sourceOf(`${nbsp}1. Give space\n\nWhen they withdraw, do not chase.\n\n  • Silence after an argument.\n  • Long replies.\n\n${nbsp}2. Leave\n\nSome relationships end.\n`),
);
const rendered = defaultOutline(article).map((topic) => renderTopic(topic, 'en'));
const options = { configFile: 'content/synonyms.yaml', pointAt: (path: readonly (string | number)[]) => ({ line: Number(path[0]) * 2 + 1, column: 5 }) };

describe('addSynonyms', () => {
  it('puts readers’ words on the paragraph or item that answers them, as an attribute Pagefind indexes', () => {
    const result = addSynonyms(rendered, [{ words: ['ghosting', 'pulls away'], at: 'When they withdraw' }, { words: ['silent treatment'], at: 'silence after an argument' }], options);
    const html = result.map((topic) => bodyToHtml(topic.body)).join('\n');
    expect(html).toContain('<p id="when-they-withdraw-do-not-chase" data-unfold-synonyms="ghosting pulls away" data-pagefind-index-attrs="data-unfold-synonyms">');
    expect(html).toContain('<li id="silence-after-an-argument" data-unfold-synonyms="silent treatment" data-pagefind-index-attrs="data-unfold-synonyms">');
  });

  it('never changes the text readers see, and leaves its input untouched', () => {
    const before = rendered.map((topic) => bodyToHtml(topic.body));
    const result = addSynonyms(rendered, [{ words: ['ghosting'], at: 'When they withdraw' }], options);
    expect(result.map((topic) => textOf(topic.body))).toEqual(rendered.map((topic) => textOf(topic.body)));
    expect(rendered.map((topic) => bodyToHtml(topic.body))).toEqual(before);
  });

  it('joins the words of two entries for the same place, once each', () => {
    const result = addSynonyms(rendered, [{ words: ['ghosting'], at: 'When they withdraw' }, { words: ['ghosting', 'distant'], at: 'do not chase.' }], options);
    expect(bodyToHtml(result[0]!.body)).toContain('data-unfold-synonyms="ghosting distant"');
  });

  it('stops at a quote that matches no paragraph or item, naming its place in the file', () => {
    const error = thrownBy(() => addSynonyms(rendered, [{ words: ['x'], at: 'Nothing like this' }], options)) as UnfoldError;
    expect(error).toBeInstanceOf(UnfoldError);
    expect(error.format()).toMatchInlineSnapshot(`
      "content/synonyms.yaml:1:5: "Nothing like this" matches no paragraph or list item
        hint: quote the first (or last) words of one paragraph or list item exactly as written"
    `);
  });

  it('stops at a quote that matches two places', () => {
    const error = thrownBy(() => addSynonyms(rendered, [{ words: ['x'], at: 'Long' }, { words: ['y'], at: 'Some' }, { words: ['z'], at: '.' }], options)) as UnfoldError;
    expect(error.message).toMatch(/"\." matches \d+ places: /);
  });
});
