import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { generatedFiles, swapFolder, syncFolder, topicsJson, writeStagingFolder } from '../../scripts/emit/emit-topics.ts';
import { renderTopic } from '../../scripts/render/render-topic.ts';
import { parseArticle } from '../../scripts/parse/parse-article.ts';
import { defaultOutline, nbsp, sourceOf } from './helpers.ts';

const workspace = () => mkdtempSync(path.join(tmpdir(), 'unfold-emit-'));
const list = (dir: string) => (readdirSync(dir, { recursive: true }) as string[]).sort();

describe('topicsJson', () => {
  it('writes each topic as one line: its slug as id, its data, and its body as the escaped HTML', () => {
    const topics = defaultOutline(parseArticle(sourceOf(`${nbsp}1. Be reliable\n\nSay "yes": <b>then</b> mean it.\n\n${nbsp}2. Be patient\n\nWait.\n`))).map((topic) => renderTopic(topic, 'en'));
    const file = topicsJson(topics);
    expect(file.split('\n')).toHaveLength(5);
    const [first, second] = JSON.parse(file);
    expect(first).toEqual({ id: 'be-reliable', data: topics[0]!.frontmatter, html: '<p id="say-yes-bthenb-mean-it">Say "yes": &#x3C;b>then&#x3C;/b> mean it.</p>' });
    expect(first.data).toMatchObject({ title: 'Be reliable', kind: 'guide', number: 1 });
    expect(second.id).toBe('be-patient');
  });
});

describe('swapFolder', () => {
  it('puts the staged folder in place and removes the previous one on commit', () => {
    const dir = workspace();
    writeStagingFolder(path.join(dir, 'staging'), new Map([['a.md', 'old']]));
    swapFolder(path.join(dir, 'staging'), path.join(dir, 'out')).commit();
    writeStagingFolder(path.join(dir, 'staging'), new Map([['b.md', 'new'], ['nested/c.json', '{}']]));
    swapFolder(path.join(dir, 'staging'), path.join(dir, 'out')).commit();
    expect(list(path.join(dir, 'out'))).toEqual(['b.md', 'nested', 'nested/c.json']);
    expect(readdirSync(dir)).toEqual(['out']);
  });

  it('puts the previous folder back on rollback, as a failed build needs', () => {
    const dir = workspace();
    writeStagingFolder(path.join(dir, 'staging'), new Map([['a.md', 'good build']]));
    swapFolder(path.join(dir, 'staging'), path.join(dir, 'out')).commit();
    writeStagingFolder(path.join(dir, 'staging'), new Map([['a.md', 'half-built']]));
    swapFolder(path.join(dir, 'staging'), path.join(dir, 'out')).rollback();
    expect(readFileSync(path.join(dir, 'out/a.md'), 'utf8')).toBe('good build');
    expect(readdirSync(dir)).toEqual(['out']);
  });

  it('rolls back to nothing when there was no previous folder', () => {
    const dir = workspace();
    writeStagingFolder(path.join(dir, 'staging'), new Map([['a.md', 'x']]));
    swapFolder(path.join(dir, 'staging'), path.join(dir, 'out')).rollback();
    expect(existsSync(path.join(dir, 'out'))).toBe(false);
  });
});

describe('syncFolder', () => {
  it('rewrites only changed files and removes files no longer wanted, for the dev server’s watcher', () => {
    const dir = workspace();
    mkdirSync(path.join(dir, 'topics'), { recursive: true });
    writeFileSync(path.join(dir, 'topics/same.md'), 'same');
    writeFileSync(path.join(dir, 'topics/gone.md'), 'gone');
    const longAgo = new Date('2020-01-01T00:00:00Z');
    utimesSync(path.join(dir, 'topics/same.md'), longAgo, longAgo);
    syncFolder(dir, new Map([['topics/same.md', 'same'], ['topics/new.md', 'new']]));
    expect(readdirSync(path.join(dir, 'topics')).sort()).toEqual(['new.md', 'same.md']);
    // An unchanged file is not written again, so the dev server does not reload it.
    expect(statSync(path.join(dir, 'topics/same.md')).mtime).toEqual(longAgo);
    expect(readFileSync(path.join(dir, 'topics/new.md'), 'utf8')).toBe('new');
  });

  it('compares and writes the article’s media byte for byte', () => {
    const dir = workspace();
    const png = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0xff, 0x00]);
    syncFolder(dir, generatedFiles([], {}, [{ name: 'a.png', bytes: png }]));
    expect(readFileSync(path.join(dir, 'media/a.png')).equals(png)).toBe(true);
    const longAgo = new Date('2020-01-01T00:00:00Z');
    utimesSync(path.join(dir, 'media/a.png'), longAgo, longAgo);
    syncFolder(dir, generatedFiles([], {}, [{ name: 'a.png', bytes: png }]));
    expect(statSync(path.join(dir, 'media/a.png')).mtime).toEqual(longAgo);
    syncFolder(dir, generatedFiles([], {}, [{ name: 'a.png', bytes: png.map((byte) => byte ^ 1) }]));
    expect(readFileSync(path.join(dir, 'media/a.png'))[0]).toBe(0x88);
  });
});
