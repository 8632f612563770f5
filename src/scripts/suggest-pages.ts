// On the 404 page: suggests the pages whose address or title is closest to the address asked for (a link cut
// short, a typo, an old address), from the list the page carries. Nothing is requested from anywhere.

const section = document.querySelector<HTMLElement>('#closest-pages');
if (section) {
  /** Each page as [title, href, the slugs it is or was published at]. */
  const pages = JSON.parse(section.dataset['pages'] ?? '[]') as [string, string, ...string[]][];
  const asked = letters(decodeURIComponent(location.pathname).split('/').filter(Boolean).at(-1) ?? '');
  const best = new Map<string, { title: string; score: number }>();
  for (const [title, href, ...slugs] of pages) {
    const score = Math.max(...[title, ...slugs].map((name) => closeness(asked, letters(name))));
    if (score > (best.get(href)?.score ?? 0)) best.set(href, { title, score });
  }
  const closest = [...best].filter(([, page]) => page.score >= 0.4).sort((a, b) => b[1].score - a[1].score).slice(0, 3);
  if (closest.length > 0) {
    const list = document.createElement('ul');
    for (const [href, { title }] of closest) {
      const link = document.createElement('a');
      link.href = href;
      link.textContent = title;
      list.append(document.createElement('li'));
      list.lastElementChild!.append(link);
    }
    section.append(list);
    section.hidden = false;
  }
}

/** Letters and digits only, lowercase, without accents: how addresses and titles are compared. */
function letters(text: string): string {
  return text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');
}

/** 1 for an address cut short of `name`, else the Dice coefficient of the two strings' letter pairs. */
function closeness(asked: string, name: string): number {
  if (asked.length >= 4 && name.startsWith(asked)) return 1;
  const pairs = (text: string) => Array.from({ length: Math.max(0, text.length - 1) }, (_, index) => text.slice(index, index + 2));
  const theirs = pairs(name);
  let shared = 0;
  for (const pair of pairs(asked)) {
    const at = theirs.indexOf(pair);
    if (at !== -1) {
      shared++;
      theirs.splice(at, 1);
    }
  }
  return (2 * shared) / Math.max(1, asked.length - 1 + name.length - 1);
}

export {};
