import { describe, expect, it } from 'vitest';
import { chooseDirective, encodeTerm, findDirective, formatDirective, parseFragment, passageFragment } from '../../src/utils/text-fragment.ts';

const flags =
  'Red flags of the avoidant include not responding reassuringly to simple in-person requests, not showing much interest ' +
  'and concern for your feelings, having avoided cohabitation, and having a history of bad, long distance or no relationships.';

/** The passage a directive lands on in `text`, or undefined. */
const landed = (text: string, hash: string, from = 0) => {
  const parsed = parseFragment(hash);
  const found = parsed?.directives[0] && findDirective(text, parsed.directives[0], from);
  return found && text.slice(...found);
};

describe('encodeTerm', () => {
  it('percent-encodes the separators of a directive: dash, comma and ampersand', () => {
    expect(encodeTerm('in-person, you & me')).toBe('in%2Dperson%2C%20you%20%26%20me');
  });

  it('encodes typographic quotes and other non-ASCII letters as UTF-8', () => {
    expect(encodeTerm('Don’t')).toBe('Don%E2%80%99t');
    expect(decodeURIComponent(encodeTerm('Ça va – oui'))).toBe('Ça va – oui');
  });
});

describe('formatDirective and parseFragment', () => {
  it('writes start and end separated by a comma, prefix and suffix marked by a dash', () => {
    expect(formatDirective({ start: 'having avoided cohabitation' })).toBe('having%20avoided%20cohabitation');
    expect(formatDirective({ prefix: 'feelings,', start: 'having', end: 'cohabitation', suffix: 'and' })).toBe('feelings%2C-,having,cohabitation,-and');
  });

  it('puts the directive after the block id', () => {
    expect(passageFragment('red-flags-of-the-avoidant-include', { start: 'having avoided cohabitation' })).toBe(
      '#red-flags-of-the-avoidant-include:~:text=having%20avoided%20cohabitation',
    );
  });

  it('reads back what it writes, for every shape of directive', () => {
    for (const directive of [
      { start: 'in-person, you & me' },
      { start: 'not responding', end: 'in-person requests' },
      { prefix: 'feelings,', start: 'having', end: 'cohabitation' },
      { start: 'having', suffix: 'cohabitation' },
    ]) {
      expect(parseFragment(passageFragment('some-id', directive))).toEqual({ id: 'some-id', directives: [directive] });
    }
  });

  it('is undefined for a fragment without a directive, and keeps an empty id for `#:~:text=`', () => {
    expect(parseFragment('#red-flags')).toBeUndefined();
    expect(parseFragment('#:~:text=having')).toEqual({ id: '', directives: [{ start: 'having' }] });
  });

  it('reads several directives and skips other directives and malformed ones', () => {
    expect(parseFragment('#a:~:text=one&note=x&text=two,three&text=%E0%A4%A&text=a,b,c&text=')).toEqual({
      id: 'a',
      directives: [{ start: 'one' }, { start: 'two', end: 'three' }],
    });
  });
});

describe('findDirective', () => {
  it('finds whole words only, ignoring case and the kind of white space', () => {
    expect(landed(flags, '#x:~:text=HAVING%20AVOIDED%20cohabitation')).toBe('having avoided cohabitation');
    expect(landed('a lovely  dove\nhere', '#x:~:text=dove%20here')).toBe('dove\nhere');
    expect(landed('a lovely dove', '#x:~:text=love')).toBeUndefined();
  });

  it('takes the first end after the start, and a prefix or suffix next to the passage', () => {
    expect(landed(flags, '#x:~:text=not%20responding,requests')).toBe('not responding reassuringly to simple in-person requests');
    expect(landed(flags, '#x:~:text=feelings%2C-,having')).toBe('having');
    expect(findDirective(flags, { start: 'having', prefix: 'and' })?.[0]).toBe(flags.lastIndexOf('having'));
    expect(findDirective(flags, { start: 'having', suffix: 'a history' })?.[0]).toBe(flags.lastIndexOf('having'));
  });

  it('searches from a given place, as the landing script does from the block the link names', () => {
    expect(findDirective(flags, { start: 'not' }, 0)?.[0]).toBe(flags.indexOf('not'));
    expect(findDirective(flags, { start: 'not' }, flags.indexOf('not') + 1)?.[0]).toBe(flags.indexOf('not showing'));
  });

  it('treats the words of a term as text, never as a pattern', () => {
    expect(landed('costs $5 (or more) [sic]. a.b', '#x:~:text=%245%20(or%20more)%20%5Bsic%5D.')).toBe('$5 (or more) [sic].');
    expect(landed('axb', '#x:~:text=a.b')).toBeUndefined();
  });
});

describe('chooseDirective', () => {
  const choose = (text: string, passage: string, occurrence = 0) => {
    let at = -1;
    for (let index = 0; index <= occurrence; index++) at = text.indexOf(passage, at + 1);
    return chooseDirective(text, at, at + passage.length);
  };

  it('links a short passage by all its words', () => {
    expect(choose(flags, 'having avoided cohabitation')?.directive).toEqual({ start: 'having avoided cohabitation' });
  });

  it('links a long passage by its first and last three words', () => {
    const passage = 'not responding reassuringly to simple in-person requests, not showing much interest';
    expect(choose(flags, passage)?.directive).toEqual({ start: 'not responding reassuringly', end: 'showing much interest' });
  });

  it('widens a selection that cuts words to the whole words, and drops white space at its ends', () => {
    const at = flags.indexOf('aving avoided coh');
    const chosen = chooseDirective(flags, at - 1 + 1, at + 'aving avoided coh'.length);
    expect(chosen?.directive).toEqual({ start: 'having avoided cohabitation' });
    expect(flags.slice(chosen?.start, chosen?.end)).toBe('having avoided cohabitation');
    expect(choose(flags, ' having ')?.directive).toEqual({ start: 'having' });
  });

  it('adds words before the passage when its own words occur earlier in the page', () => {
    const chosen = choose(flags, 'having', 1);
    expect(chosen?.directive).toEqual({ prefix: 'and', start: 'having' });
    expect(findDirective(flags, chosen!.directive)?.[0]).toBe(flags.lastIndexOf('having'));
  });

  it('grows both ends of a long passage until an earlier passage with the same ends no longer matches', () => {
    const text = 'one two three four five six seven eight nine ten. one two three x y z eight nine ten.';
    const second = text.indexOf('one', 1);
    const chosen = chooseDirective(text, second, text.length);
    expect(chosen?.directive).toEqual({ start: 'one two three x', end: 'z eight nine ten.' });
    expect(findDirective(text, chosen!.directive)).toEqual([second, text.length]);
  });

  it('gives nothing for a selection of white space', () => {
    expect(chooseDirective('a   b', 1, 4)).toBeUndefined();
  });

  it('lands every passage of the paragraph it chose terms for, whatever its length', () => {
    const words = flags.split(' ');
    for (let first = 0; first < words.length; first += 3) {
      for (let last = first + 1; last <= words.length; last += 4) {
        const passage = words.slice(first, last).join(' ');
        const at = words.slice(0, first).join(' ').length + (first > 0 ? 1 : 0);
        const chosen = chooseDirective(flags, at, at + passage.length);
        expect(findDirective(flags, chosen!.directive), passage).toEqual([chosen!.start, chosen!.end]);
      }
    }
  });
});

describe('text fragments in a language written without spaces', () => {
  const herbs = '土の表面が乾いたら、鉢の底から水が流れ出るまでたっぷりと与えます。受け皿にたまった水は必ず捨ててください。ミントは水を好むので、ほかのハーブより少し多めに与えます。';
  const choose = (passage: string, occurrence = 0) => {
    let at = -1;
    for (let index = 0; index <= occurrence; index++) at = herbs.indexOf(passage, at + 1);
    return chooseDirective(herbs, at, at + passage.length, 'ja');
  };

  it('links a few words inside a sentence by those words, not by the whole run of text', () => {
    expect(choose('たっぷりと与えます')?.directive).toEqual({ start: 'たっぷりと与えます' });
    expect(findDirective(herbs, { start: 'たっぷりと与えます' }, 0, 'ja')).toEqual([herbs.indexOf('たっぷり'), herbs.indexOf('。')]);
  });

  it('widens a selection that cuts a word to the segmenter’s whole word', () => {
    const chosen = choose('っぷりと与え');
    expect(herbs.slice(chosen?.start, chosen?.end)).toBe('たっぷりと与え');
    expect(chosen?.directive).toEqual({ start: 'たっぷりと与え' });
  });

  it('links a long passage by its first and last words as the segmenter finds them', () => {
    const passage = '鉢の底から水が流れ出るまでたっぷりと与えます。受け皿にたまった水は必ず捨ててください。';
    const chosen = choose(passage);
    expect(chosen?.directive).toEqual({ start: '鉢の底', end: 'てください。' });
    expect(findDirective(herbs, chosen!.directive, 0, 'ja')).toEqual([herbs.indexOf(passage), herbs.indexOf(passage) + passage.length]);
  });

  it('finds whole words only: never a piece of a word', () => {
    expect(findDirective(herbs, { start: '流' }, 0, 'ja')).toBeUndefined();
    expect(findDirective(herbs, { start: '流れ出る' }, 0, 'ja')?.[0]).toBe(herbs.indexOf('流れ出る'));
  });

  it('tells a passage from an earlier one with the same words by the word just before it, with no space between', () => {
    const chosen = choose('与えます', 1);
    expect(chosen?.directive).toEqual({ prefix: 'に', start: '与えます' });
    expect(findDirective(herbs, chosen!.directive, 0, 'ja')?.[0]).toBe(herbs.lastIndexOf('与えます'));
  });
});
