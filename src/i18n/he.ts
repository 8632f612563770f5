// The site's own words in Hebrew. See src/i18n/en.ts for what each word is and where it shows.
// Plurals: one (1), two (2), other. Written to address no one in particular: controls and instructions are
// nouns or infinitives ("העתקת קישור", "אפשר לחזור"), not the masculine or feminine imperative.
import type { SiteWords } from './en.ts';

export const he = {
  // —— Every page ——
  'page.titleWithSite': '{title} — {site}',
  'skipLinks.toContent': 'דילוג לתוכן',
  'skipLinks.toQuickExit': 'דילוג לכפתור היציאה המהירה',
  'footer.navigationLabel': 'האתר',
  'pages.browsingSafely': 'גלישה בטוחה',
  'pages.about': 'אודות',
  'safetyNotice.question': 'יש חשש שמישהו יראה מה קוראים כאן?',

  // —— Quick exit ——
  'quickExit.label': 'יציאה מהירה',
  'quickExit.overlay': 'בטעינה…',
  'quickExit.tabTitle': 'בטעינה',
  'quickExit.pressesLeft': {
    one: 'עוד {count} לחיצה על Shift ליציאה',
    two: 'עוד {count} לחיצות על Shift ליציאה',
    other: 'עוד {count} לחיצות על Shift ליציאה',
  },

  // —— Search ——
  'search.landmarkLabel': 'האתר',
  'search.fieldLabel': 'חיפוש במדריך',
  'search.headerPlaceholder': 'חיפוש',
  'search.pagePlaceholder': 'מילה או שאלה',
  'search.submit': 'חיפוש',
  'search.pageTitle': 'חיפוש',
  'search.pageDescription': 'חיפוש בכל נושאי המדריך, במילים שלך.',
  'search.noScript': 'החיפוש דורש JavaScript, שכבוי בדפדפן הזה. כל הנושאים מופיעים ברשימה למטה.',
  'search.everyTopic': 'כל הנושאים',
  'search.pagesFound': { one: '{count} עמוד', two: '{count} עמודים', other: '{count} עמודים' },
  // The kind first: a prefix ("ב") on a name filled in later could clash with its own article ("ה").
  'search.pagesFoundOfKind': {
    one: '{kind}: {shown} מתוך {count} עמוד',
    two: '{kind}: {shown} מתוך {count} עמודים',
    other: '{kind}: {shown} מתוך {count} עמודים',
  },
  'search.nothingFound': 'לא נמצאו תוצאות עבור {query}. כדאי לנסות מילים אחרות, או פחות מילים.',
  'search.fallbackNotice': 'אין עמוד שמכיל את כל המילים שחיפשת. מוצגות תוצאות עבור {groups}.',
  'search.quoted': '"{text}"',
  'search.filtersLabel': 'להציג רק',
  'search.filterAll': 'הכול',
  'search.resultsLabel': 'תוצאות',
  'search.matchedKeywords': 'בנושא: {keywords}',
  'search.copyLink': 'העתקת קישור לחיפוש הזה',
  'search.linkCopied': 'הקישור הועתק.',
  'search.linkCopiedAnnouncement': 'הקישור הועתק',
  'search.linkFieldLabel': 'קישור לחיפוש הזה',
  'search.copyByHand': 'אפשר להעתיק את הקישור שמופיע מתחת לתוצאות',
  'search.failed': 'לא ניתן היה לטעון את החיפוש.',
  'search.failedHomeLink': 'כל הנושאים מופיעים בדף הבית.',

  // —— Links to a part of a page, and sharing them ——
  'link.to': 'קישור אל: {text}',
  'link.moveHint': 'מקשי החצים למעלה ולמטה מעבירים אותו לפסקה אחרת',
  'link.copied': 'הקישור הועתק',
  'link.inAddressBar': 'הקישור מופיע בשורת הכתובת',
  'passage.copyLink': 'העתקת קישור לקטע הזה',
  'passage.share': 'שיתוף',
  'passage.groupLabel': 'הקטע שנבחר',

  // —— Topic pages ——
  'breadcrumbs.label': 'פירורי לחם',
  'home.name': 'דף הבית',
  'onThisPage.heading': 'בדף הזה',
  'topic.readingTime': { one: '{count} דקת קריאה', two: '{count} דקות קריאה', other: '{count} דקות קריאה' },
  'topic.noText': 'לחלק הזה של המאמר אין טקסט משלו.',
  'topic.related': 'נושאים קשורים',
  'topic.mentionedIn': 'מוזכר בנושאים',
  'prevNext.label': 'הנושא הקודם והנושא הבא',
  'prevNext.previous': 'הקודם',
  'prevNext.next': 'הבא',
  'kind.overview.singular': 'סקירה כללית',
  'kind.overview.plural': 'סקירה כללית',
  'kind.strategy.singular': 'אסטרטגיה',
  'kind.strategy.plural': 'אסטרטגיות',
  'kind.redFlags.singular': 'סימני אזהרה',
  'kind.redFlags.plural': 'סימני אזהרה',
  'kind.signs.singular': 'סימנים',
  'kind.signs.plural': 'סימנים',
  'kind.guide.singular': 'מדריך',
  'kind.guide.plural': 'מדריכים',
  'kind.story.singular': 'סיפור',
  'kind.story.plural': 'סיפורים',
  'overview.defaultTitle': 'סקירה כללית',
  'hub.description': {
    one: '{kind}: {count} נושא במאמר.',
    two: '{kind}: {count} נושאים במאמר.',
    other: '{kind}: {count} נושאים במאמר.',
  },
  'home.contentsLabel': 'תוכן העניינים',
  'footnote.label': 'הערת שוליים',
  'footnote.backLink': 'חזרה להפניה {number}',

  // —— Words beside the article's images ——
  'media.remoteImage': 'תמונה: {alt}, באתר {host}',
  'media.remoteImageWithoutAlt': 'תמונה באתר {host}',
  'media.imageWithoutAlt': 'תמונה ללא תיאור',
  'alert.note': 'הערה',
  'alert.tip': 'טיפ',
  'alert.important': 'חשוב',
  'alert.warning': 'אזהרה',
  'alert.caution': 'זהירות',

  // —— Link previews ——
  'card.kindAndTitle': '{kind}: {title}',

  // —— The index of terms ——
  'terms.title': 'מפתח מונחים',
  'terms.description': 'מילים שהמאמר משתמש בהן במשמעות מיוחדת, וכל מקום שבו הוא משתמש בהן.',
  'terms.intro': 'מילים שהמאמר משתמש בהן במשמעות מיוחדת, וכל מקום שבו הוא משתמש בהן. כשהמאמר מסביר מונח, המשפט שלו מצוטט.',
  'terms.none': 'למאמר הזה אין מפתח מונחים.',
  'terms.jumpLabel': 'כל המונחים',
  'terms.definitionFrom': 'מתוך {link}',

  // —— The source page ——
  'source.title': 'מקור',
  'source.description': 'מאין מגיע הטקסט, ואילו תיקונים נעשו בו.',
  'source.builtFrom': 'האתר נבנה מהקובץ {file}: {words} ב־{topics}.',
  'source.words': { one: '{count} מילה', two: '{count} מילים', other: '{count} מילים' },
  'source.topics': { one: '{count} נושא', two: '{count} נושאים', other: '{count} נושאים' },
  'source.keptAsWritten': 'מילות המאמר נשמרו כפי שנכתבו; תוקנו רק הפגמים שלמטה, שנוצרו בהעתקת הטקסט מדף אינטרנט.',
  'source.corrections': 'תיקונים',
  'source.noCorrections': 'לא נעשו תיקונים.',
  'source.correctionsCaption': 'כל תיקון מוסיף רווח או סימן פיסוק חסר.',
  'source.line': 'שורה',
  'source.asCopied': 'כפי שהועתק',
  'source.corrected': 'אחרי התיקון',
  'source.checks': 'בדיקות הטקסט',
  'source.noSuspectedDefects': 'הבנייה לא מצאה בטקסט פגמים חשודים.',
  'source.suspectedDefects': {
    one: 'הבנייה מצאה {count} מקום שאולי כדאי שמי שכתב את הטקסט יבדוק; הטקסט מוצג כפי שנכתב.',
    two: 'הבנייה מצאה {count} מקומות שאולי כדאי שמי שכתב את הטקסט יבדוק; הטקסט מוצג כפי שנכתב.',
    other: 'הבנייה מצאה {count} מקומות שאולי כדאי שמי שכתב את הטקסט יבדוק; הטקסט מוצג כפי שנכתב.',
  },
  'source.warningAt': 'שורה {line}, עמודה {column}: {message}',

  // —— A page that is not there ——
  'notFound.title': 'הדף לא נמצא',
  'notFound.description': 'הדף הזה לא קיים. כל נושאי האתר מופיעים כאן.',
  'notFound.explanation': 'אין דף בכתובת הזאת. ייתכן שהוא הועבר, או שהקישור קטוע.',
  'notFound.closest': 'הדפים הקרובים ביותר לכתובת הזאת',
  'notFound.startFrom': 'אפשר לחזור אל {homeLink} או לבחור נושא:',
  'notFound.homeLink': 'דף הבית',
  'moved.title': 'הועבר: {title}',
  'moved.description': 'הדף הזה עבר אל {title}.',
  'moved.heading': 'הדף הזה הועבר',
  'moved.text': 'מה שהיה כאן נמצא עכשיו בדף {link}.',
} satisfies SiteWords;
