import { describe, expect, it } from 'vitest';
import { ledgerName } from '../../scripts/links/ledger-file.ts';

describe('ledgerName', () => {
  const bundled = '/project/content/article.txt';
  it('is the article’s file name, wherever the file is, so a clone elsewhere finds its ledger', () => {
    expect(ledgerName(bundled, bundled)).toBe('article');
    expect(ledgerName('/home/sam/My Guide.docx', bundled)).toBe('my-guide');
    expect(ledgerName('/elsewhere/my-guide.docx', bundled)).toBe('my-guide');
  });
  it('takes the extension too for another article with the bundled one’s name, which must not inherit its links', () => {
    expect(ledgerName('/home/sam/article.md', bundled)).toBe('article-md');
    expect(ledgerName('/home/sam/Article.HTML', bundled)).toBe('article-html');
  });
});
