// The site's own words in English: every word the site adds around the article, and the type every other
// language's table satisfies. The components, the browser's scripts (through attributes the pages carry) and
// the build pipeline all read them from here through src/i18n/words.ts; none of them holds a string of its own.
//
// For translators: copy this file to `<language>.ts` (`es.ts`), name the export after the language
// (`export const es = { … } satisfies SiteWords;`, with `import type { SiteWords } from './en.ts';`), translate
// each value and register the table in src/i18n/tables.ts.
// - `{name}` is a placeholder, filled in by the site: keep it, move it where your language puts it.
// - An object of forms (`{ one: …, other: … }`) is a plural: give every category that
//   `new Intl.PluralRules('<language>').resolvedOptions().pluralCategories` lists for your language
//   (Arabic: zero, one, two, few, many, other; Japanese and Chinese: other only). `{count}` is the number.
// - Keep the tone: calm, plain and neutral; many readers are in a painful or unsafe relationship.
// - "the guide" is the site as a whole; "topic" is one page of it; "the article" is the author's text.

/** A word that changes with a number: one form per `Intl.PluralRules` category; `other` is always there. */
export type PluralForms = { readonly [Category in Intl.LDMLPluralRule]?: string } & { readonly other: string };

export const en = {
  // —— Every page ——
  /** The browser tab's title of every page but the home page. */
  'page.titleWithSite': '{title} — {site}',
  /** The first Tab stops of every page, hidden until focused. */
  'skipLinks.toContent': 'Skip to content',
  'skipLinks.toQuickExit': 'Skip to quick exit',
  /** Read as "Site navigation" by screen readers: the footer's links. */
  'footer.navigationLabel': 'Site',
  /** A link to the built-in page of that name, in the footer and under the header. */
  'pages.browsingSafely': 'Browsing safely',
  'pages.about': 'About',
  /** Under the header, before the link to "Browsing safely". */
  'safetyNotice.question': 'Worried someone may see what you read?',

  // —— Quick exit: leaves the site at once for a neutral page, and Back does not return ——
  'quickExit.label': 'Quick exit',
  /** Covers the page while the neutral page loads. */
  'quickExit.overlay': 'Loading…',
  /** The browser tab's title while leaving, so that the site's title is not seen. */
  'quickExit.tabTitle': 'Loading',
  /** Announced after each press of Shift: three presses leave the site. */
  'quickExit.pressesLeft': { one: 'Shift, press {count} more time to exit', other: 'Shift, press {count} more times to exit' },

  // —— Search ——
  /** Read as "Site search" by screen readers. */
  'search.landmarkLabel': 'Site',
  /** The search field's label (visible on the search page, read aloud in the header). */
  'search.fieldLabel': 'Search the guide',
  /** Inside the header's small search field. */
  'search.headerPlaceholder': 'Search',
  /** Inside the search page's large field. */
  'search.pagePlaceholder': 'A word, or your question',
  /** The button that starts the search. */
  'search.submit': 'Search',
  /** The search page's title and heading. */
  'search.pageTitle': 'Search',
  'search.pageDescription': 'Search every topic of the guide, in your own words.',
  'search.noScript': 'Search needs JavaScript, which is off in this browser. Every topic is listed below.',
  /** Heading of the list of every topic, under the search field. */
  'search.everyTopic': 'Every topic',
  /** How many pages were found. */
  'search.pagesFound': { one: '{count} page', other: '{count} pages' },
  /** How many pages were found when the reader shows only one kind: "3 of 12 pages in Strategies". */
  'search.pagesFoundOfKind': { one: '{shown} of {count} page in {kind}', other: '{shown} of {count} pages in {kind}' },
  'search.nothingFound': 'Nothing found for {query}. Try other words, or fewer.',
  /** When no page has every word searched for: `{groups}` lists the words that found something, each quoted. */
  'search.fallbackNotice': 'No page has all of your words. Showing results for {groups}.',
  /** A word or words the reader typed, as quoted in the messages above. */
  'search.quoted': '“{text}”',
  /** Buttons to show only one kind of topic: the group's label, then "All" and each kind with its count. */
  'search.filtersLabel': 'Show only',
  'search.filterAll': 'All',
  /** The list of results, read aloud. */
  'search.resultsLabel': 'Results',
  /** Under a result: words of the reader's that this part of the page is about, though it does not use them. */
  'search.matchedKeywords': 'About: {keywords}',
  'search.copyLink': 'Copy link to this search',
  /** Shown under the results once the link is copied. */
  'search.linkCopied': 'Link copied.',
  /** Announced once the link is copied. */
  'search.linkCopiedAnnouncement': 'Link copied',
  /** When the browser refuses to copy: the link is shown in a field to copy by hand. */
  'search.linkFieldLabel': 'Link to this search',
  'search.copyByHand': 'Copy the link shown under the results',
  'search.failed': 'Search could not load.',
  /** A link after "Search could not load.". */
  'search.failedHomeLink': 'Every topic is listed on the home page.',

  // —— Links to a part of a page, and sharing them ——
  /** The hidden name of the "#" beside a heading, an item or a paragraph: `{text}` is its first words. */
  'link.to': 'Link to: {text}',
  /** How to move the "#" that follows the paragraph being read. */
  'link.moveHint': 'Up and down arrows move it to another paragraph',
  /** Shown and announced when a "#" link was copied. */
  'link.copied': 'Link copied',
  /** When the browser refuses to copy: the address bar shows the link instead. */
  'link.inAddressBar': 'Link is in the address bar',
  /** Beside words the reader selected in the text. */
  'passage.copyLink': 'Copy link to this passage',
  'passage.share': 'Share',
  /** Names the group of the two controls above. */
  'passage.groupLabel': 'Selected passage',

  // —— Topic pages ——
  /** The trail above a page's title, read as "Breadcrumb navigation". */
  'breadcrumbs.label': 'Breadcrumb',
  /** The home page's name: first in the breadcrumbs. */
  'home.name': 'Home',
  'onThisPage.heading': 'On this page',
  /** Under a topic's title: minutes, a whole number, at least 1. */
  'topic.readingTime': { one: '{count} min read', other: '{count} min read' },
  /** On a topic that is only a heading in the article, with its sub-pages after it. */
  'topic.noText': 'This part of the article has no text of its own.',
  'topic.related': 'Related topics',
  /** Topics whose text names this one. */
  'topic.mentionedIn': 'Mentioned in',
  'prevNext.label': 'Previous and next topics',
  'prevNext.previous': 'Previous',
  'prevNext.next': 'Next',
  /** A kind of topic, above a topic's title and on its link preview (singular), and as its group (plural). */
  'kind.overview.singular': 'Overview',
  'kind.overview.plural': 'Overview',
  'kind.strategy.singular': 'Strategy',
  'kind.strategy.plural': 'Strategies',
  /** One page lists several red flags: the singular is plural in English too. */
  'kind.redFlags.singular': 'Red flags',
  'kind.redFlags.plural': 'Red flags',
  /** Signs (of an avoidant attachment style, or of the kind the article describes): a page lists several. */
  'kind.signs.singular': 'Signs',
  'kind.signs.plural': 'Signs',
  'kind.guide.singular': 'Guide',
  'kind.guide.plural': 'Guides',
  /** A person's story, told in the article. */
  'kind.story.singular': 'Story',
  'kind.story.plural': 'Stories',
  /** The title of the article's opening text when the article gives it none. */
  'overview.defaultTitle': 'Overview',
  /** A page listing every topic of one kind: `{kind}` is the kind's plural. */
  'hub.description': { one: '{kind}: {count} topic of the article.', other: '{kind}: {count} topics of the article.' },
  /** The home page's list of the kinds, as links to their groups. */
  'home.contentsLabel': 'Contents',
  /** A footnote the article gives, placed after the paragraph that cites it. */
  'footnote.label': 'Footnote',
  /** The link from a footnote back to where it is cited: `{number}` is the footnote's number. */
  'footnote.backLink': 'Back to reference {number}',

  // —— Words beside the article's images ——
  /** A remote image, shown as a link to it (nothing is loaded from another site): `{alt}` is the author's description. */
  'media.remoteImage': 'Image: {alt}, on {host}',
  'media.remoteImageWithoutAlt': 'Image on {host}',
  /** An image the author gave no description: a link to it, rather than an image without alt text. */
  'media.imageWithoutAlt': 'Image without a description',

  // —— A note the author set apart (GitHub's `> [!NOTE]`, `> [!WARNING]`…): its kind, above it ——
  'alert.note': 'Note',
  'alert.tip': 'Tip',
  'alert.important': 'Important',
  'alert.warning': 'Warning',
  'alert.caution': 'Caution',

  // —— Link previews (the card a chat or social app shows for a link) ——
  /** The card's text for a reader who cannot see the image: `{kind}` as above, `{title}` the page's. */
  'card.kindAndTitle': '{kind}: {title}',

  // —— The index of terms ——
  'terms.title': 'Index of terms',
  'terms.description': 'Words the article uses with a particular meaning, and every place it uses them.',
  'terms.intro': 'Words the article uses with a particular meaning, and every place it uses them. Where the article explains a term, its own sentence is quoted.',
  'terms.none': 'This article has no index of terms.',
  /** Names the list of links to each term. */
  'terms.jumpLabel': 'All terms',
  /** Under a term's definition, quoted from the article: `{link}` is the topic it comes from. */
  'terms.definitionFrom': 'From {link}',

  // —— The source page: where the text comes from ——
  'source.title': 'Source',
  'source.description': 'Where the text comes from, and the corrections applied to it.',
  /** `{file}` is the article's file name; `{words}` and `{topics}` are the two phrases below. */
  'source.builtFrom': 'The site is built from {file}: {words} in {topics}.',
  'source.words': { one: '{count} word', other: '{count} words' },
  'source.topics': { one: '{count} topic', other: '{count} topics' },
  'source.keptAsWritten': "The author's words are kept as written; only the defects below, left by copying the text from a web page, were corrected.",
  'source.corrections': 'Corrections',
  'source.noCorrections': 'No corrections were applied.',
  'source.correctionsCaption': 'Each correction adds a missing space or punctuation mark.',
  /** The corrections table's column headings: the line of the article, the text before and after. */
  'source.line': 'Line',
  'source.asCopied': 'As copied',
  'source.corrected': 'Corrected',
  'source.checks': 'Checks of the text',
  'source.noSuspectedDefects': 'The build found no suspected defects in the text.',
  'source.suspectedDefects': {
    one: "The build found {count} place that may need a writer's attention; the text is shown as written.",
    other: "The build found {count} places that may need a writer's attention; the text is shown as written.",
  },
  /** One suspected defect: `{message}` is the build's own description of it. */
  'source.warningAt': 'Line {line}, column {column}: {message}',

  // —— A page that is not there ——
  'notFound.title': 'Page not found',
  'notFound.description': 'This page does not exist. Every topic of the site is listed here.',
  'notFound.explanation': 'There is no page at this address. It may have moved, or the link may be cut short.',
  'notFound.closest': 'The closest pages to this address',
  /** `{homeLink}` is the link "home page" below. */
  'notFound.startFrom': 'Start from the {homeLink}, or choose a topic:',
  'notFound.homeLink': 'home page',
  /** A page of an old address, which sends the reader on to where its text is now (`{title}`). */
  'moved.title': 'Moved: {title}',
  'moved.description': 'This page is now at {title}.',
  'moved.heading': 'This page has moved',
  /** `{link}` is the new page's title, as a link. */
  'moved.text': 'What was here is now on {link}.',
};

/** A language's table: every key of the English one, with its own words. */
export type SiteWords = { readonly [Key in keyof typeof en]: (typeof en)[Key] extends string ? string : PluralForms };

/** The name of one of the site's words. */
export type WordKey = keyof SiteWords;

/** The names of the words that are plurals. */
export type PluralKey = { [Key in WordKey]: SiteWords[Key] extends string ? never : Key }[WordKey];

/** The names of the words that are plain text. */
export type TextKey = Exclude<WordKey, PluralKey>;

en satisfies SiteWords;
