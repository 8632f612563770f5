// The site's own words in Japanese, in the polite です/ます form. See src/i18n/en.ts for what each word is and
// where it shows. One plural form, `other`. Japanese punctuation (、。「」：), no spaces around numerals.
import type { SiteWords } from './en.ts';

export const ja = {
  // —— Every page ——
  'page.titleWithSite': '{title} — {site}',
  'skipLinks.toContent': '本文へ移動',
  'skipLinks.toQuickExit': '「すぐに退出」ボタンへ移動',
  'footer.navigationLabel': 'サイト',
  'pages.browsingSafely': '安全な閲覧のために',
  'pages.about': 'このサイトについて',
  'safetyNotice.question': '読んでいる内容を誰かに見られないか心配ですか？',

  // —— Quick exit ——
  'quickExit.label': 'すぐに退出',
  'quickExit.overlay': '読み込み中…',
  'quickExit.tabTitle': '読み込み中',
  'quickExit.pressesLeft': { other: 'あと{count}回 Shift キーを押すと退出します' },

  // —— Search ——
  'search.landmarkLabel': 'サイト',
  'search.fieldLabel': 'ガイド内を検索',
  'search.headerPlaceholder': '検索',
  'search.pagePlaceholder': '言葉や質問を入力',
  'search.submit': '検索',
  'search.pageTitle': '検索',
  'search.pageDescription': 'ガイドのすべてのトピックを、ご自分の言葉で検索できます。',
  'search.noScript': '検索にはJavaScriptが必要ですが、このブラウザーでは無効になっています。すべてのトピックを下に示します。',
  'search.everyTopic': 'すべてのトピック',
  'search.pagesFound': { other: '{count}ページ' },
  'search.pagesFoundOfKind': { other: '{kind}：{count}ページ中{shown}ページ' },
  'search.nothingFound': '{query}に一致するページは見つかりませんでした。別の言葉で、または言葉を減らしてお試しください。',
  'search.fallbackNotice': '入力したすべての言葉を含むページはありません。{groups}の結果を表示しています。',
  'search.quoted': '「{text}」',
  'search.filtersLabel': '絞り込み',
  'search.filterAll': 'すべて',
  'search.resultsLabel': '検索結果',
  'search.matchedKeywords': '関連：{keywords}',
  'search.copyLink': 'この検索へのリンクをコピー',
  'search.linkCopied': 'リンクをコピーしました。',
  'search.linkCopiedAnnouncement': 'リンクをコピーしました',
  'search.linkFieldLabel': 'この検索へのリンク',
  'search.copyByHand': '検索結果の下に表示されたリンクをコピーしてください',
  'search.failed': '検索を読み込めませんでした。',
  'search.failedHomeLink': 'すべてのトピックはホームページで一覧できます。',

  // —— Links to a part of a page, and sharing them ——
  'link.to': 'リンク：{text}',
  'link.moveHint': '上下の矢印キーで別の段落に移動できます',
  'link.copied': 'リンクをコピーしました',
  'link.inAddressBar': 'リンクはアドレスバーに表示されています',
  'passage.copyLink': 'この部分へのリンクをコピー',
  'passage.share': '共有',
  'passage.groupLabel': '選択した部分',

  // —— Topic pages ——
  'breadcrumbs.label': 'パンくずリスト',
  'home.name': 'ホーム',
  'onThisPage.heading': 'このページの内容',
  'topic.readingTime': { other: '{count}分で読めます' },
  'topic.noText': '記事のこの部分には、独自の本文がありません。',
  'topic.related': '関連トピック',
  'topic.mentionedIn': 'このトピックに触れているページ',
  'prevNext.label': '前後のトピック',
  'prevNext.previous': '前へ',
  'prevNext.next': '次へ',
  'kind.overview.singular': '概要',
  'kind.overview.plural': '概要',
  'kind.strategy.singular': '対処法',
  'kind.strategy.plural': '対処法',
  'kind.redFlags.singular': '危険信号',
  'kind.redFlags.plural': '危険信号',
  'kind.signs.singular': '兆候',
  'kind.signs.plural': '兆候',
  'kind.guide.singular': 'ガイド',
  'kind.guide.plural': 'ガイド',
  'kind.story.singular': '体験談',
  'kind.story.plural': '体験談',
  'overview.defaultTitle': '概要',
  'hub.description': { other: '{kind}：記事内の{count}件のトピックです。' },
  'home.contentsLabel': '目次',
  'footnote.label': '脚注',
  'footnote.backLink': '参照箇所{number}に戻る',

  // —— Words beside the article's images ——
  'media.remoteImage': '画像：{alt}（{host}）',
  'media.remoteImageWithoutAlt': '{host}の画像',
  'media.imageWithoutAlt': '説明のない画像',

  // —— Link previews ——
  'card.kindAndTitle': '{kind}：{title}',

  // —— The index of terms ——
  'terms.title': '用語索引',
  'terms.description': '記事が特別な意味で使っている言葉と、それが使われているすべての箇所です。',
  'terms.intro': '記事が特別な意味で使っている言葉と、それが使われているすべての箇所です。記事が用語を説明している場合は、その文をそのまま引用しています。',
  'terms.none': 'この記事には用語索引がありません。',
  'terms.jumpLabel': 'すべての用語',
  'terms.definitionFrom': '出典：{link}',

  // —— The source page ——
  'source.title': '出典',
  'source.description': '本文の出典と、加えた修正についてです。',
  'source.builtFrom': 'このサイトは{file}から作成されています（{words}、{topics}）。',
  'source.words': { other: '{count}語' },
  'source.topics': { other: '{count}件のトピック' },
  'source.keptAsWritten': '著者の言葉は書かれたとおりに残しています。修正したのは、ウェブページからテキストをコピーした際に生じた以下の不具合だけです。',
  'source.corrections': '修正',
  'source.noCorrections': '修正は加えていません。',
  'source.correctionsCaption': 'どの修正も、欠けていたスペースまたは句読点を補うものです。',
  'source.line': '行',
  'source.asCopied': 'コピーしたまま',
  'source.corrected': '修正後',
  'source.checks': 'テキストのチェック',
  'source.noSuspectedDefects': 'ビルドでは、テキストに不具合の疑いは見つかりませんでした。',
  'source.suspectedDefects': {
    other: 'ビルドで、書き手の確認が必要かもしれない箇所が{count}か所見つかりました。テキストは書かれたとおりに表示しています。',
  },
  'source.warningAt': '{line}行{column}列：{message}',

  // —— A page that is not there ——
  'notFound.title': 'ページが見つかりません',
  'notFound.description': 'このページは存在しません。サイトのすべてのトピックをここに示します。',
  'notFound.explanation': 'このアドレスにはページがありません。移動したか、リンクが途中で切れている可能性があります。',
  'notFound.closest': 'このアドレスに最も近いページ',
  'notFound.startFrom': '{homeLink}から始めるか、トピックを選んでください：',
  'notFound.homeLink': 'ホームページ',
  'moved.title': '移動しました：{title}',
  'moved.description': 'このページは{title}に移動しました。',
  'moved.heading': 'このページは移動しました',
  'moved.text': 'ここにあった内容は、現在{link}にあります。',
} satisfies SiteWords;
