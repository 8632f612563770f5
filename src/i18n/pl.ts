// The site's own words in Polish. See src/i18n/en.ts for what each word is and where it shows.
// Plurals: one (1), few (2–4, 22–24…), many (0, 5–21, 25…), other (fractions: "1,5 strony").
import type { SiteWords } from './en.ts';

export const pl = {
  // —— Every page ——
  'page.titleWithSite': '{title} — {site}',
  'skipLinks.toContent': 'Przejdź do treści',
  'skipLinks.toQuickExit': 'Przejdź do szybkiego wyjścia',
  'footer.navigationLabel': 'Witryna',
  'pages.browsingSafely': 'Bezpieczne przeglądanie',
  'pages.about': 'O witrynie',
  'safetyNotice.question': 'Obawiasz się, że ktoś zobaczy, co czytasz?',

  // —— Quick exit ——
  'quickExit.label': 'Szybkie wyjście',
  'quickExit.overlay': 'Wczytywanie…',
  'quickExit.tabTitle': 'Wczytywanie',
  'quickExit.pressesLeft': {
    one: 'Shift: naciśnij jeszcze {count} raz, aby wyjść',
    few: 'Shift: naciśnij jeszcze {count} razy, aby wyjść',
    many: 'Shift: naciśnij jeszcze {count} razy, aby wyjść',
    other: 'Shift: naciśnij jeszcze {count} raza, aby wyjść',
  },

  // —— Search ——
  'search.landmarkLabel': 'Witryna',
  'search.fieldLabel': 'Szukaj w przewodniku',
  'search.headerPlaceholder': 'Szukaj',
  'search.pagePlaceholder': 'Słowo lub pytanie',
  'search.submit': 'Szukaj',
  'search.pageTitle': 'Wyszukiwanie',
  'search.pageDescription': 'Przeszukaj wszystkie tematy przewodnika własnymi słowami.',
  'search.noScript': 'Wyszukiwanie wymaga JavaScriptu, który jest wyłączony w tej przeglądarce. Poniżej są wymienione wszystkie tematy.',
  'search.everyTopic': 'Wszystkie tematy',
  'search.pagesFound': { one: '{count} strona', few: '{count} strony', many: '{count} stron', other: '{count} strony' },
  // "w kategorii „…”" keeps the kind's name in the nominative, as its label gives it.
  'search.pagesFoundOfKind': {
    one: '{shown} z {count} strony w kategorii „{kind}”',
    few: '{shown} z {count} stron w kategorii „{kind}”',
    many: '{shown} z {count} stron w kategorii „{kind}”',
    other: '{shown} z {count} strony w kategorii „{kind}”',
  },
  'search.nothingFound': 'Nic nie znaleziono dla zapytania {query}. Spróbuj innych słów albo wpisz ich mniej.',
  'search.fallbackNotice': 'Żadna strona nie zawiera wszystkich wpisanych słów. Wyniki dla: {groups}.',
  'search.quoted': '„{text}”',
  'search.filtersLabel': 'Pokaż tylko',
  'search.filterAll': 'Wszystkie',
  'search.resultsLabel': 'Wyniki',
  'search.matchedKeywords': 'Dotyczy: {keywords}',
  'search.copyLink': 'Kopiuj link do tego wyszukiwania',
  'search.linkCopied': 'Skopiowano link.',
  'search.linkCopiedAnnouncement': 'Skopiowano link',
  'search.linkFieldLabel': 'Link do tego wyszukiwania',
  'search.copyByHand': 'Skopiuj link widoczny pod wynikami',
  'search.failed': 'Nie udało się wczytać wyszukiwania.',
  'search.failedHomeLink': 'Wszystkie tematy są wymienione na stronie głównej.',

  // —— Links to a part of a page, and sharing them ——
  'link.to': 'Link do: {text}',
  'link.moveHint': 'Strzałki w górę i w dół przenoszą go do innego akapitu',
  'link.copied': 'Skopiowano link',
  'link.inAddressBar': 'Link jest w pasku adresu',
  'passage.copyLink': 'Kopiuj link do tego fragmentu',
  'passage.share': 'Udostępnij',
  'passage.groupLabel': 'Zaznaczony fragment',

  // —— Topic pages ——
  'breadcrumbs.label': 'Ścieżka',
  'home.name': 'Strona główna',
  'onThisPage.heading': 'Na tej stronie',
  'topic.readingTime': {
    one: '{count} min czytania',
    few: '{count} min czytania',
    many: '{count} min czytania',
    other: '{count} min czytania',
  },
  'topic.noText': 'Ta część artykułu nie ma własnego tekstu.',
  'topic.related': 'Powiązane tematy',
  'topic.mentionedIn': 'Wspomniano w',
  'prevNext.label': 'Poprzedni i następny temat',
  'prevNext.previous': 'Poprzedni',
  'prevNext.next': 'Następny',
  'kind.overview.singular': 'Przegląd',
  'kind.overview.plural': 'Przegląd',
  'kind.strategy.singular': 'Strategia',
  'kind.strategy.plural': 'Strategie',
  'kind.redFlags.singular': 'Sygnały ostrzegawcze',
  'kind.redFlags.plural': 'Sygnały ostrzegawcze',
  'kind.signs.singular': 'Oznaki',
  'kind.signs.plural': 'Oznaki',
  'kind.guide.singular': 'Poradnik',
  'kind.guide.plural': 'Poradniki',
  'kind.story.singular': 'Historia',
  'kind.story.plural': 'Historie',
  'overview.defaultTitle': 'Przegląd',
  'hub.description': {
    one: '{kind}: {count} temat artykułu.',
    few: '{kind}: {count} tematy artykułu.',
    many: '{kind}: {count} tematów artykułu.',
    other: '{kind}: {count} tematu artykułu.',
  },
  'home.contentsLabel': 'Spis treści',
  'footnote.label': 'Przypis',
  'footnote.backLink': 'Powrót do odwołania {number}',

  // —— Words beside the article's images ——
  'media.remoteImage': 'Obraz: {alt}, na stronie {host}',
  'media.remoteImageWithoutAlt': 'Obraz na stronie {host}',
  'media.imageWithoutAlt': 'Obraz bez opisu',
  'alert.note': 'Uwaga',
  'alert.tip': 'Wskazówka',
  'alert.important': 'Ważne',
  'alert.warning': 'Ostrzeżenie',
  'alert.caution': 'Przestroga',

  // —— Link previews ——
  'card.kindAndTitle': '{kind}: {title}',

  // —— The index of terms ——
  'terms.title': 'Indeks pojęć',
  'terms.description': 'Słowa, których artykuł używa w szczególnym znaczeniu, i wszystkie miejsca, w których ich używa.',
  'terms.intro': 'Słowa, których artykuł używa w szczególnym znaczeniu, i wszystkie miejsca, w których ich używa. Gdy artykuł wyjaśnia pojęcie, przytoczone jest jego własne zdanie.',
  'terms.none': 'Ten artykuł nie ma indeksu pojęć.',
  'terms.jumpLabel': 'Wszystkie pojęcia',
  'terms.definitionFrom': 'Źródło: {link}',

  // —— The source page ——
  'source.title': 'Źródło',
  'source.description': 'Skąd pochodzi tekst i jakie poprawki w nim wprowadzono.',
  // A list rather than "w {topics}", which would need the locative the topics' phrase is not in.
  'source.builtFrom': 'Witryna powstała z pliku {file}: {words}, {topics}.',
  'source.words': { one: '{count} słowo', few: '{count} słowa', many: '{count} słów', other: '{count} słowa' },
  'source.topics': { one: '{count} temat', few: '{count} tematy', many: '{count} tematów', other: '{count} tematu' },
  'source.keptAsWritten': 'Słowa autora zachowano w pierwotnym brzmieniu; poprawiono tylko wymienione niżej usterki, które powstały przy kopiowaniu tekstu ze strony internetowej.',
  'source.corrections': 'Poprawki',
  'source.noCorrections': 'Nie wprowadzono żadnych poprawek.',
  'source.correctionsCaption': 'Każda poprawka dodaje brakującą spację lub brakujący znak interpunkcyjny.',
  'source.line': 'Wiersz',
  'source.asCopied': 'Po skopiowaniu',
  'source.corrected': 'Po poprawce',
  'source.checks': 'Sprawdzenie tekstu',
  'source.noSuspectedDefects': 'Podczas budowania nie wykryto w tekście żadnych podejrzanych usterek.',
  'source.suspectedDefects': {
    one: 'Podczas budowania wykryto {count} miejsce, które może wymagać uwagi autora tekstu; tekst jest pokazany w pierwotnej postaci.',
    few: 'Podczas budowania wykryto {count} miejsca, które mogą wymagać uwagi autora tekstu; tekst jest pokazany w pierwotnej postaci.',
    many: 'Podczas budowania wykryto {count} miejsc, które mogą wymagać uwagi autora tekstu; tekst jest pokazany w pierwotnej postaci.',
    other: 'Podczas budowania wykryto {count} miejsca, które mogą wymagać uwagi autora tekstu; tekst jest pokazany w pierwotnej postaci.',
  },
  'source.warningAt': 'Wiersz {line}, kolumna {column}: {message}',

  // —— A page that is not there ——
  'notFound.title': 'Nie znaleziono strony',
  'notFound.description': 'Ta strona nie istnieje. Tutaj są wymienione wszystkie tematy witryny.',
  'notFound.explanation': 'Pod tym adresem nie ma żadnej strony. Mogła zostać przeniesiona albo link jest niepełny.',
  'notFound.closest': 'Strony najbliższe temu adresowi',
  'notFound.startFrom': 'Zacznij od {homeLink} albo wybierz temat:',
  'notFound.homeLink': 'strony głównej',
  'moved.title': 'Przeniesiono: {title}',
  'moved.description': 'Ta strona jest teraz tutaj: {title}.',
  'moved.heading': 'Ta strona została przeniesiona',
  'moved.text': 'Treść, która tu była, jest teraz na stronie {link}.',
} satisfies SiteWords;
