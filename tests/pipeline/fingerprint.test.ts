import { describe, expect, it } from 'vitest';
import { distance, fingerprint, fingerprintBits } from '../../scripts/links/fingerprint.ts';
import { movedBlockBits, sameBlockBits } from '../../scripts/links/keep-links.ts';
import { textOf } from '../../scripts/render/render-topic.ts';
import { runPipeline } from '../../scripts/run-pipeline.ts';
import { once, repoRoot } from './helpers.ts';
import type { Element, ElementContent, Root } from 'hast';

/** The text of every block of the bundled article that has an id, and each topic's title. */
const bundledBlocks = once(async () =>
  (await runPipeline(repoRoot, {})).rendered.flatMap((topic) => {
    const texts = [topic.frontmatter.title];
    const visit = (node: Root | ElementContent) => {
      if (node.type !== 'element' && node.type !== 'root') return;
      if (node.type === 'element' && typeof node.properties['id'] === 'string') texts.push(textOf(node as Element));
      node.children.forEach((child) => visit(child as ElementContent));
    };
    visit(topic.body);
    return texts;
  }),
);

const words = (text: string) => text.split(/\s+/).length;

/** Edits an editor makes at the start of a block, the part an id is made of. */
const edits: Record<string, (text: string) => string> = {
  'a new first word': (text) => text.replace(/^\S+/, 'However'),
  'the first word dropped': (text) => text.replace(/^\S+\s+/, ''),
  'a word put before': (text) => `And ${text}`,
  'two letters of the first word swapped': (text) => text.replace(/^(\S)(\S)/, '$2$1'),
};

describe('fingerprint', () => {
  it('is 32 hex digits, the same on every run and machine', () => {
    expect(fingerprint('He didn’t mean to, it was my fault.')).toMatch(/^[0-9a-f]{32}$/);
    // A changed value would turn every committed ledger into strangers: change the function only with a new format.
    expect(fingerprint('He didn’t mean to, it was my fault.')).toBe('456efd146f6fd069d80319e1bb0772e1');
    expect(fingerprint('')).toMatch(/^[0-9a-f]{32}$/);
  });

  it('does not change when a correction adds spaces and punctuation, or case and accents change', () => {
    expect(fingerprint('Make sure you are feeling safehappy and supported')).toBe(fingerprint('Make sure you are feeling safe, happy and supported'));
    expect(fingerprint('specifyCommunicate your needs')).toBe(fingerprint('specify. Communicate your needs'));
    expect(fingerprint('Café déjà vu')).toBe(fingerprint('cafe deja vu'));
    expect(distance(fingerprint('a'), fingerprint('a'))).toBe(0);
  });

  it(`recognises every block of the bundled article of 6 words or more after an edit of its first words (at most ${sameBlockBits} of ${fingerprintBits} bits)`, async () => {
    const long = (await bundledBlocks()).filter((text) => words(text) >= 6);
    expect(long.length).toBeGreaterThan(100);
    for (const [name, edit] of Object.entries(edits)) {
      const worst = Math.max(...long.map((text) => distance(fingerprint(text), fingerprint(edit(text)))));
      expect(worst, name).toBeLessThanOrEqual(sameBlockBits);
    }
  });

  it(`recognises a block of 15 words or more with its first two words rewritten, even on another page (at most ${movedBlockBits} bits)`, async () => {
    const long = (await bundledBlocks()).filter((text) => words(text) >= 15);
    const worst = Math.max(...long.map((text) => distance(fingerprint(text), fingerprint(text.replace(/^\S+\s+\S+/, 'In fact')))));
    expect(worst).toBeLessThanOrEqual(movedBlockBits);
  });

  it(`never takes one block of the bundled article for another: any two differ in more than ${sameBlockBits} bits`, async () => {
    const prints = (await bundledBlocks()).map(fingerprint);
    let closest = fingerprintBits;
    for (let a = 0; a < prints.length; a++) for (let b = a + 1; b < prints.length; b++) if (prints[a] !== prints[b]) closest = Math.min(closest, distance(prints[a]!, prints[b]!));
    expect(closest).toBeGreaterThan(sameBlockBits);
  });
});
