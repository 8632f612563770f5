import { describe, expect, it } from 'vitest';
import { titleFromPath } from '../../scripts/lib/file-title.ts';

describe('titleFromPath, for an article that names no title', () => {
  it('is the file name, words apart and the first letter a capital', () => {
    expect(titleFromPath('/home/ana/writing/osg-best_practices.md')).toEqual({ value: 'Osg best practices', from: 'file name' });
    expect(titleFromPath('/home/ana/writing/Über uns.txt')).toEqual({ value: 'Über uns', from: 'file name' });
  });

  it("is the folder's name for a README or an index, as GitHub titles a project's README", () => {
    expect(titleFromPath('/home/ana/src/satori/README.md')).toEqual({ value: 'Satori', from: 'folder name' });
    expect(titleFromPath('/home/ana/sites/garden-club/index.html')).toEqual({ value: 'Garden club', from: 'folder name' });
  });

  it('stays the file name when the folder too is named only for what it holds', () => {
    expect(titleFromPath('/home/ana/project/docs/README.md')).toEqual({ value: 'README', from: 'file name' });
    expect(titleFromPath('/home/ana/Downloads/index.html')).toEqual({ value: 'Index', from: 'file name' });
  });
});
