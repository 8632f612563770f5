// The search, loaded by search-loader.ts on first use: results as you type under the field (a combobox with
// a listbox of sections, grouped by page), filters by kind, and a link to the search on request. The query
// logic and the sections are the pure functions of src/utils/search-*.ts, which the quality test runs too.
// Nothing is written to the address bar, history or storage: see SearchField.astro.
import { formatNumber, formatParts, plural } from '../i18n/format.ts';
import { openPagefind } from '../utils/pagefind-client.ts';
import { searchFragment, sharedQuery } from '../utils/search-link.ts';
import { fallbackNoticeParts, type QueryOutcome } from '../utils/search-query.ts';
import {
  countByKind,
  describeHit,
  pageKinds,
  searchPages,
  type PagefindApi,
  type PagefindResult,
  type SearchAnswer,
} from '../utils/search-results.ts';
import type { ExcerptPart, PageSection } from '../utils/search-sections.ts';
import type { SearchWords } from '../utils/search-words.ts';
import { withBase } from '../utils/url.ts';

/** Quiet time after a key press before searching: a word typed at speed is searched once. */
const debounceMs = 150;
/** Pages and sections per page shown: a popup must stay short, the search page can list more. */
const limits = { header: { pages: 6, sections: 2 }, page: { pages: 20, sections: 3 } } as const;

let searchIndex: Promise<PagefindApi> | undefined;
let kindsById: Promise<Map<string, string>> | undefined;

/** The site's search index, opened once; a failed open is tried again on the next search. */
function loadPagefind(): Promise<PagefindApi> {
  searchIndex ??= openPagefind({
    bundleUrl: withBase('/pagefind/'),
    baseUrl: withBase('/'),
    language: document.documentElement.lang,
  }).catch((error: unknown) => {
    searchIndex = undefined;
    throw error;
  });
  return searchIndex;
}

function loadKinds(pagefind: PagefindApi): Promise<Map<string, string>> {
  kindsById ??= pageKinds(pagefind).catch((error: unknown) => {
    kindsById = undefined;
    throw error;
  });
  return kindsById;
}

export interface SearchController {
  /** The form was submitted (Enter): open the chosen result, else the first one, else search now. */
  submit(): void;
}

const controllers = new WeakMap<HTMLFormElement, SearchController>();

/** Turns a search form (SearchField.astro) into the live search; once per form. */
export function mount(form: HTMLFormElement, input: HTMLInputElement): SearchController {
  const existing = controllers.get(form);
  if (existing) return existing;
  const controller = createController(form, input);
  controllers.set(form, controller);
  return controller;
}

function createController(form: HTMLFormElement, input: HTMLInputElement): SearchController {
  const variant = form.dataset['search'] === 'page' ? 'page' : 'header';
  const limit = limits[variant];
  const singular = new Map<string, string>(JSON.parse(form.dataset['kinds'] ?? '[]') as [string, string][]);
  // The words, in the site's language, and the language for its plurals and numbers (SearchField.astro).
  const said = JSON.parse(form.dataset['words'] ?? '{}') as SearchWords;
  const lang = document.documentElement.lang;
  const number = (value: number) => formatNumber(value, lang);
  const kindOrder = [...singular.keys()];
  const status = form.querySelector<HTMLElement>('[data-search-status]');
  // Where our words are the English fallback of a site in another language, the label says so (SearchField.astro):
  // our words keep its language inside the results, which are the article's, and the reader's words get theirs
  // back inside our sentences.
  const wordsSource = form.querySelector<HTMLElement>('.search-label');
  // What words-lang.ts `languageLike` does for the other scripts: importing it would make every page's search
  // loader preload its chunk too, some 90 bytes more before anyone searches.
  const like = <T extends HTMLElement>(node: T, source: HTMLElement | null): T => {
    if (source?.lang) node.lang = source.lang;
    if (source?.dir) node.dir = source.dir;
    return node;
  };
  const ours = <T extends HTMLElement>(node: T): T => like(node, wordsSource);
  const theirs = (text: string): Node | string => (wordsSource?.lang ? like(element('span', {}, [text]), document.documentElement) : text);
  // `search-input` gives `search-results`, `search-result-0-1`…: the ids the benchmark and tests look for.
  const prefix = input.id.replace(/-input$/, '');

  const summary = element('p', { class: 'search-summary' });
  const filters = element('div', { class: 'search-filters', role: 'group', 'aria-label': said.filtersLabel });
  // The results are the article's text, in the page's language, even where the form around them is in the English of our words.
  // Its name is ours, in an element of its own: an `aria-label` would take the language of the results.
  const listName = ours(element('span', { id: `${prefix}-results-name`, hidden: '' }, [said.resultsLabel]));
  const list = like(element('div', { class: 'search-results', id: `${prefix}-results`, role: 'listbox', 'aria-labelledby': listName.id }), document.documentElement);
  const copy = element('button', { type: 'button', class: 'search-copy' }, [said.copyLink]);
  const copied = element('p', { class: 'search-copied' });
  const panel = ours(element('div', { class: 'search-panel', id: `${prefix}-panel` }, [summary, filters, listName, list, copy, copied]));
  panel.hidden = true;
  form.append(panel);

  input.setAttribute('role', 'combobox');
  input.setAttribute('aria-autocomplete', 'list');
  input.setAttribute('aria-controls', list.id);
  input.setAttribute('aria-expanded', 'false');

  let timer: ReturnType<typeof setTimeout> | undefined;
  /** Increases with every search and every filter change; a slower, older answer is then dropped. */
  let generation = 0;
  let outcome: QueryOutcome<PagefindResult> | undefined;
  /** The query `outcome` answers, and the options shown for it. */
  let shownQuery = '';
  let kind: string | undefined;
  let options: HTMLAnchorElement[] = [];
  let active = -1;

  /** Says `message` to a screen reader: a text, or nodes that mark the reader's words in their language. */
  const announce = (...message: (Node | string)[]) => {
    status?.replaceChildren(...message);
  };

  const open = (isOpen: boolean) => {
    panel.hidden = !isOpen;
    input.setAttribute('aria-expanded', String(isOpen));
    if (!isOpen) setActive(-1);
  };

  const setActive = (index: number) => {
    options[active]?.classList.remove('is-active');
    options[active]?.setAttribute('aria-selected', 'false');
    active = index;
    const option = options[active];
    if (!option) return input.removeAttribute('aria-activedescendant');
    option.classList.add('is-active');
    option.setAttribute('aria-selected', 'true');
    input.setAttribute('aria-activedescendant', option.id);
    option.scrollIntoView({ block: 'nearest' });
  };

  const clear = () => {
    generation++;
    clearTimeout(timer);
    outcome = undefined;
    shownQuery = '';
    options = [];
    list.replaceChildren();
    filters.replaceChildren();
    summary.textContent = '';
    copied.replaceChildren();
    open(false);
    announce();
  };

  const search = async () => {
    clearTimeout(timer);
    const query = input.value.trim();
    if (!query) return clear();
    const current = ++generation;
    try {
      const pagefind = await loadPagefind();
      const found = await searchPages(pagefind, query);
      if (current !== generation) return;
      outcome = found;
      shownQuery = query;
      await render(current);
    } catch (error) {
      if (current === generation) fail(error);
    }
  };

  const render = async (current: number) => {
    if (!outcome) return;
    const pagefind = await loadPagefind();
    const kinds = await loadKinds(pagefind);
    const kindOf = (id: string) => kinds.get(id) ?? said.overviewGroup;
    const hits = outcome.hits.filter((hit) => !kind || kindOf(hit.result.id) === kind);
    const answers = await Promise.all(hits.slice(0, limit.pages).map((hit) => describeHit(hit, limit.sections)));
    if (current !== generation) return;

    renderFilters(countByKind(outcome.hits, kindOf, kindOrder), outcome.hits.length);
    options = [];
    active = -1;
    input.removeAttribute('aria-activedescendant');
    list.replaceChildren(...answers.map((answer, index) => renderAnswer(answer, index)));
    list.hidden = answers.length === 0;
    copy.hidden = false;
    copied.replaceChildren();

    const total = outcome.hits.length;
    const counted = kind ? plural(said.pagesFoundOfKind, total, lang, { shown: hits.length, kind }) : plural(said.pagesFound, total, lang);
    // The words "or" and the commas between the groups are ours: in the language of our words.
    const notice = fallbackNoticeParts(outcome, said, wordsSource?.lang || lang, theirs);
    summary.replaceChildren(
      ...(total === 0 ? formatParts(said.nothingFound, { query: formatParts(said.quoted, { text: theirs(shownQuery) }) }).flat() : [...(notice ? [...notice, ' '] : []), counted]),
    );
    announce(...[...summary.childNodes].map((node) => node.cloneNode(true)));
    open(true);
  };

  const renderFilters = (counts: [string, number][], total: number) => {
    if (total === 0) return filters.replaceChildren();
    const shown: [string | undefined, string, number][] = [[undefined, said.filterAll, total], ...counts.map(([name, count]): [string, string, number] => [name, name, count])];
    if (kind && !counts.some(([name]) => name === kind)) shown.push([kind, kind, 0]);
    const focused = document.activeElement instanceof HTMLElement && filters.contains(document.activeElement) ? document.activeElement.dataset['kind'] ?? '' : undefined;
    filters.replaceChildren(
      ...shown.map(([value, label, count]) => {
        const button = element('button', { type: 'button', class: 'search-filter', 'aria-pressed': String(value === kind), 'data-kind': value ?? '' }, [
          `${label} `,
          element('span', { class: 'search-filter-count' }, [number(count)]),
        ]);
        button.addEventListener('click', () => {
          kind = value;
          const current = ++generation;
          render(current).catch((error: unknown) => current === generation && fail(error));
        });
        return button;
      }),
    );
    // Re-rendering replaces the buttons; keep the keyboard where it was.
    if (focused !== undefined) filters.querySelector<HTMLElement>(`[data-kind="${CSS.escape(focused)}"]`)?.focus();
  };

  const renderAnswer = (answer: SearchAnswer, index: number) => {
    const labelId = `${prefix}-result-${index}`;
    const label = element('div', { class: 'search-result-title', id: labelId, role: 'presentation' }, [
      ours(element('span', { class: 'search-result-kind' }, [answer.kind === undefined ? said.overview : (singular.get(answer.kind) ?? answer.kind)])),
      ' ',
      answer.title,
    ]);
    const sections: (PageSection | undefined)[] = answer.sections.length > 0 ? answer.sections : [undefined];
    const links = sections.map((section, sectionIndex) => {
      const option = element(
        'a',
        { class: 'search-option', id: `${labelId}-${sectionIndex}`, role: 'option', 'aria-selected': 'false', tabindex: '-1', href: section?.url ?? answer.url },
        section ? sectionContent(section, said.matchedKeywords, ours, theirs) : [answer.summary ?? answer.title],
      );
      options.push(option);
      return option;
    });
    return element('div', { class: 'search-result', role: 'group', 'aria-labelledby': labelId }, [label, ...links]);
  };

  const fail = (error: unknown) => {
    console.error('Search could not run:', error);
    outcome = undefined;
    options = [];
    list.replaceChildren();
    filters.replaceChildren();
    copy.hidden = true;
    summary.replaceChildren(`${said.failed} `, element('a', { href: withBase('/') }, [said.failedHomeLink]));
    announce(said.failed);
    open(true);
  };

  const go = (option: HTMLAnchorElement | undefined) => {
    if (!option) return false;
    open(false);
    location.assign(option.href);
    return true;
  };

  /** Searches once the reader pauses: each key press starts the wait again. */
  const searchSoon = () => {
    clearTimeout(timer);
    if (!input.value.trim()) return clear();
    timer = setTimeout(() => void search(), debounceMs);
  };
  input.addEventListener('input', searchSoon);
  // A field has one language for its placeholder and its value: ours while it shows the placeholder, the
  // article's once the reader types, so that a screen reader speaks each in its own voice.
  const markTyped = () => {
    if (!wordsSource?.lang) return;
    if (input.value) input.lang = document.documentElement.lang;
    else input.removeAttribute('lang');
  };
  input.addEventListener('input', markTyped);

  input.addEventListener('keydown', (event) => {
    if (event.isComposing || event.altKey || event.ctrlKey || event.metaKey) return;
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      if (options.length === 0) return;
      event.preventDefault();
      if (panel.hidden) return open(true);
      const next = event.key === 'ArrowDown' ? Math.min(active + 1, options.length - 1) : active - 1;
      setActive(next);
    } else if (event.key === 'Escape') {
      if (variant === 'header' && !panel.hidden) {
        event.preventDefault();
        open(false);
      } else if (input.value) {
        event.preventDefault();
        input.value = '';
        clear();
      }
    }
  });

  input.addEventListener('focus', () => {
    if (outcome && input.value.trim() === shownQuery) open(true);
  });

  // The header popup closes when the keyboard or the pointer leaves the form; the search page keeps it.
  if (variant === 'header') {
    form.addEventListener('focusout', (event) => {
      if (!(event.relatedTarget instanceof Node && form.contains(event.relatedTarget))) open(false);
    });
    document.addEventListener('pointerdown', (event) => {
      if (!(event.target instanceof Node && form.contains(event.target))) open(false);
    });
  }

  list.addEventListener('click', (event) => {
    const option = event.target instanceof Element ? event.target.closest('a.search-option') : null;
    if (option) open(false);
  });

  copy.addEventListener('click', async () => {
    // The fragment never reaches a server, so the terms stay out of every host's logs.
    const link = new URL(withBase('/search/') + searchFragment(shownQuery), location.href).href;
    try {
      await navigator.clipboard.writeText(link);
      copied.replaceChildren(said.linkCopied);
      announce(said.linkCopiedAnnouncement);
    } catch {
      // No clipboard (a refused permission, an http: page): show the link to copy by hand, never in the address bar.
      const field = element('input', { type: 'text', readonly: '', value: link, 'aria-label': said.linkFieldLabel, class: 'search-link' });
      copied.replaceChildren(field);
      field.select();
      announce(said.copyByHand);
    }
  });

  // A page kept for Back (the back-forward cache) would show the terms to whoever presses Back.
  addEventListener('pagehide', () => {
    input.value = '';
    clear();
  });

  if (variant === 'page') {
    panel.hidden = false;
    copy.hidden = true;
    const shared = sharedQuery(location.hash);
    if (shared !== undefined) {
      input.value = shared;
      // The link was followed on purpose; from here on the terms need not sit in the address bar.
      history.replaceState(history.state, '', location.pathname + location.search);
    }
  }
  markTyped();
  // Typing loaded this module, and the reader may still be typing: searching the first letters at once would
  // fetch the data of pages no one asked for (six for "he", the start of "he gives me the silent treatment").
  if (input.value.trim()) searchSoon();
  void loadPagefind()
    .then(loadKinds)
    .catch(() => {});

  return {
    submit() {
      if (go(options[active])) return;
      if (outcome && input.value.trim() === shownQuery && go(options[0])) return;
      void search();
    },
  };
}

/** A section as an option shows it: the heading it sits under, the excerpt, and keywords it matched unseen (`matched`: "About: {keywords}"). */
function sectionContent(section: PageSection, matched: string, ours: (node: HTMLElement) => HTMLElement, theirs: (text: string) => Node | string): (Node | string)[] {
  const content: (Node | string)[] = [];
  if (section.heading) content.push(element('span', { class: 'search-option-heading' }, [section.heading]));
  content.push(element('span', { class: 'search-option-excerpt' }, section.excerpt.map(excerptNode)));
  if (section.keywords.length > 0) content.push(ours(element('span', { class: 'search-option-keywords' }, formatParts(matched, { keywords: theirs(section.keywords.join(', ')) }))));
  return content;
}

/** Excerpt text as text nodes and `<mark>`s: never parsed as HTML, whatever the article says. */
function excerptNode(part: ExcerptPart): Node {
  return part.mark ? element('mark', {}, [part.text]) : document.createTextNode(part.text);
}

function element<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attributes: Record<string, string>,
  children: (Node | string)[] = [],
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, value);
  node.append(...children);
  return node;
}

