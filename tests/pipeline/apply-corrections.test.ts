import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { applyCorrections, onlyAddsSpacingAndPunctuation, type PlacedCorrection } from '../../scripts/parse/apply-corrections.ts';
import { UnfoldError } from '../../scripts/lib/unfold-error.ts';
import { runPipeline } from '../../scripts/run-pipeline.ts';
import type { SourceText } from '../../scripts/types.ts';
import { makeTempRoot, removeTempRoots, repoRoot, thrownBy, unfoldErrorOf } from './helpers.ts';

afterAll(removeTempRoots);

const configFile = 'content/corrections.yaml';

function sourceOfLines(lines: string[]): SourceText {
  return { file: 'content/article.txt', format: 'text', lines: lines.map((text, index) => ({ line: index + 1, text })) };
}

function correction(original: string, fix: string, line = 1): PlacedCorrection {
  return { original, fix, configPoint: { line, column: 3 } };
}

function errorOf(action: () => unknown): UnfoldError {
  const error = thrownBy(action);
  expect(error).toBeInstanceOf(UnfoldError);
  return error as UnfoldError;
}

describe('applyCorrections', () => {
  it('applies a fix and records the line and column where the original stood', () => {
    const source = sourceOfLines(['First line.', 'If you want eye contact then specifyCommunicate your needs.']);
    const { source: corrected, applied } = applyCorrections(source, [{ ...correction('specifyCommunicate', 'specify. Communicate'), note: 'run together' }], configFile);
    expect(corrected.lines[1]).toEqual({ line: 2, text: 'If you want eye contact then specify. Communicate your needs.' });
    expect(applied).toEqual([
      { original: 'specifyCommunicate', fix: 'specify. Communicate', note: 'run together', configPoint: { line: 1, column: 3 }, line: 2, column: 30 },
    ]);
  });

  it('applies a fix at every place the original stands, on any line', () => {
    const source = sourceOfLines(['safehappy days.', 'Nothing here.', 'Be safehappy.']);
    const { source: corrected, applied } = applyCorrections(source, [correction('safehappy', 'safe, happy')], configFile);
    expect(corrected.lines.map((line) => line.text)).toEqual(['safe, happy days.', 'Nothing here.', 'Be safe, happy.']);
    expect(applied.map(({ line, column }) => `${line}:${column}`)).toEqual(['1:1', '3:4']);
  });

  it('records the column where each occurrence stands in the file, even after an earlier fix lengthened the line', () => {
    // The source page points readers at line:column of the file as written, not of the half-corrected line.
    const source = sourceOfLines(['oneTwo and oneTwo']);
    const { applied } = applyCorrections(source, [correction('oneTwo', 'one. Two')], configFile);
    expect(applied.map(({ line, column }) => `${line}:${column}`)).toEqual(['1:1', '1:12']);
  });

  it('applies the entries in order, each to the text the previous ones left', () => {
    const source = sourceOfLines(['for us.The excitement']);
    const { source: corrected } = applyCorrections(source, [correction('us.The', 'us. The'), correction('for us. The', 'for us. The,')], configFile);
    expect(corrected.lines[0]!.text).toBe('for us. The, excitement');
  });

  it('leaves the source it is given unchanged', () => {
    const source = sourceOfLines(['themfollowed by']);
    const copy = structuredClone(source);
    applyCorrections(source, [correction('themfollowed', 'them followed')], configFile);
    expect(source).toEqual(copy);
  });

  it('returns the source as it was when there are no corrections', () => {
    const source = sourceOfLines(['Text.']);
    expect(applyCorrections(source, [], configFile)).toEqual({ source, applied: [] });
  });

  it('rejects an entry that matches nothing, naming its place in the YAML file', () => {
    const error = errorOf(() => applyCorrections(sourceOfLines(['Text.']), [correction('noSuchText', 'no. Such. Text', 7)], configFile));
    expect(error.point).toEqual({ line: 7, column: 3 });
    expect(error.format()).toMatchInlineSnapshot(`
      "content/corrections.yaml:7:3: "noSuchText" matches nothing in content/article.txt
        hint: quote the text exactly as it stands in the article, within one line, or remove the entry"
    `);
  });

  it('does not match an original that the article splits over two lines', () => {
    const error = errorOf(() => applyCorrections(sourceOfLines(['then specify', 'Communicate more.']), [correction('specify Communicate', 'specify. Communicate')], configFile));
    expect(error.message).toContain('matches nothing');
  });

  it('rejects a fix that changes the words, naming its place in the YAML file', () => {
    const error = errorOf(() => applyCorrections(sourceOfLines(['specifyCommunicate']), [correction('specifyCommunicate', 'specify. Talk about', 4)], configFile));
    expect(error.format()).toMatchInlineSnapshot(`
      "content/corrections.yaml:4:3: the fix "specify. Talk about" changes the words of "specifyCommunicate"
        hint: a correction may only add spaces and punctuation; the author's words stay as written"
    `);
  });

  it('rejects a fix before looking for it in the article', () => {
    const error = errorOf(() => applyCorrections(sourceOfLines(['Text.']), [correction('absent', 'absent word')], configFile));
    expect(error.message).toContain('changes the words');
  });
});

describe('onlyAddsSpacingAndPunctuation', () => {
  it.each([
    ['specifyCommunicate', 'specify. Communicate'],
    ['themfollowed', 'them followed'],
    ['safehappy', 'safe, happy'],
    ['for us.The excitement', 'for us. The excitement'],
    ['bondingSigns', 'bonding. Signs'],
    ['word', '“word”'],
    ['ça va', 'ça, va…'],
  ])('accepts %j → %j: only spaces and punctuation are added', (original, fix) => {
    expect(onlyAddsSpacingAndPunctuation(original, fix)).toBe(true);
  });

  it.each([
    ['specifyCommunicate', 'specify. communicate', 'changes a letter’s case'],
    ['themfollowed', 'them, then followed', 'adds a word'],
    ['a  b', 'a b', 'removes a space'],
    ['color', 'colour', 'adds a letter'],
    ['in 2020', 'in 2021', 'changes a digit'],
    ['same', 'same', 'changes nothing'],
    ['word.', 'word', 'removes punctuation'],
  ])('rejects %j → %j: it %s', (original, fix) => {
    expect(onlyAddsSpacingAndPunctuation(original, fix)).toBe(false);
  });

  it('accepts a fix around characters outside the Basic Multilingual Plane, such as an emoji', () => {
    // JavaScript strings index UTF-16 code units; an emoji is two of them.
    expect(onlyAddsSpacingAndPunctuation('great😀Next', 'great😀 Next')).toBe(true);
    expect(onlyAddsSpacingAndPunctuation('𝒜lpha𝒜', '𝒜lpha. 𝒜')).toBe(true);
  });
});

describe('corrections in the pipeline', () => {
  it('records each bundled correction at the line and column where its original stands in content/article.txt', async () => {
    // "expectationsQuestion" and "distanceThings" share a line: the second must not be shifted by the first fix.
    const { corrections } = await runPipeline(repoRoot, {});
    expect(corrections).toHaveLength(8);
    const raw = readFileSync(path.join(repoRoot, 'content', 'article.txt'), 'utf8').split('\n');
    for (const { original, line, column } of corrections) {
      expect(raw[line - 1]!.slice(column - 1, column - 1 + original.length), `${original} at ${line}:${column}`).toBe(original);
    }
  });

  it('stops the build at an entry of content/corrections.yaml whose fix changes words, naming its line and column', async () => {
    const root = makeTempRoot({
      'content/article.txt': 'Be positive and have higher expectationsQuestion them.\n',
      'content/corrections.yaml': [
        '# Fixes of scraping defects.',
        '- original: expectationsQuestion',
        '  fix: expectations. Question',
        '- original: notInTheArticle',
        '  fix: not in the article',
        '',
      ].join('\n'),
    });
    const error = await unfoldErrorOf(() => runPipeline(root, {}));
    expect(error.format()).toMatchInlineSnapshot(`
      "content/corrections.yaml:4:3: the fix "not in the article" changes the words of "notInTheArticle"
        hint: a correction may only add spaces and punctuation; the author's words stay as written"
    `);
  });

  it('stops the build at an entry that matches nothing, naming its line and column in content/corrections.yaml', async () => {
    const root = makeTempRoot({
      'content/article.txt': 'Be positive and have higher expectationsQuestion them.\n',
      'content/corrections.yaml': '- original: expectationsQuestion\n  fix: expectations. Question\n\n- original: distanceThings\n  fix: distance. Things\n',
    });
    const error = await unfoldErrorOf(() => runPipeline(root, {}));
    expect(error.format()).toMatchInlineSnapshot(`
      "content/corrections.yaml:4:3: "distanceThings" matches nothing in content/article.txt
        hint: quote the text exactly as it stands in the article, within one line, or remove the entry"
    `);
  });
});
