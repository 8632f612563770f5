// The site's own words in Chinese (Simplified, mainland usage). See src/i18n/en.ts for what each word is and
// where it shows. One plural form, `other`. Full-width punctuation; a space between Chinese characters and
// Latin letters or numerals (`{count}`, `{file}`, "Shift"), none around a placeholder filled with Chinese text.
import type { SiteWords } from './en.ts';

export const zh = {
  // —— Every page ——
  'page.titleWithSite': '{title} — {site}',
  'skipLinks.toContent': '跳到正文',
  'skipLinks.toQuickExit': '跳到“快速离开”按钮',
  'footer.navigationLabel': '网站',
  'pages.browsingSafely': '安全浏览',
  'pages.about': '关于本站',
  'safetyNotice.question': '担心有人看到你在读什么？',

  // —— Quick exit ——
  'quickExit.label': '快速离开',
  'quickExit.overlay': '正在加载…',
  'quickExit.tabTitle': '正在加载',
  'quickExit.pressesLeft': { other: '再按 {count} 次 Shift 键即可离开' },

  // —— Search ——
  'search.landmarkLabel': '网站',
  'search.fieldLabel': '搜索本指南',
  'search.headerPlaceholder': '搜索',
  'search.pagePlaceholder': '一个词，或你的问题',
  'search.submit': '搜索',
  'search.pageTitle': '搜索',
  'search.pageDescription': '用你自己的话，搜索本指南的所有主题。',
  'search.noScript': '搜索需要 JavaScript，但此浏览器已将其关闭。下方列出了所有主题。',
  'search.everyTopic': '所有主题',
  'search.pagesFound': { other: '{count} 个页面' },
  'search.pagesFoundOfKind': { other: '{kind}：{count} 个页面中的 {shown} 个' },
  'search.nothingFound': '没有找到{query}的结果。请换用其他词语，或少用几个词。',
  'search.fallbackNotice': '没有页面包含你输入的所有词语。以下是{groups}的结果。',
  'search.quoted': '“{text}”',
  'search.filtersLabel': '只显示',
  'search.filterAll': '全部',
  'search.resultsLabel': '搜索结果',
  'search.matchedKeywords': '相关：{keywords}',
  'search.copyLink': '复制此搜索的链接',
  'search.linkCopied': '链接已复制。',
  'search.linkCopiedAnnouncement': '链接已复制',
  'search.linkFieldLabel': '此搜索的链接',
  'search.copyByHand': '请复制结果下方显示的链接',
  'search.failed': '搜索无法加载。',
  'search.failedHomeLink': '首页列出了所有主题。',

  // —— Links to a part of a page, and sharing them ——
  'link.to': '链接到：{text}',
  'link.moveHint': '用上下方向键可将它移到其他段落',
  'link.copied': '链接已复制',
  'link.inAddressBar': '链接已显示在地址栏中',
  'passage.copyLink': '复制此段文字的链接',
  'passage.share': '分享',
  'passage.groupLabel': '所选文字',

  // —— Topic pages ——
  'breadcrumbs.label': '面包屑',
  'home.name': '首页',
  'onThisPage.heading': '本页内容',
  'topic.readingTime': { other: '阅读时长 {count} 分钟' },
  'topic.noText': '文章的这一部分没有自己的正文。',
  'topic.related': '相关主题',
  'topic.mentionedIn': '提及本主题的页面',
  'prevNext.label': '上一个和下一个主题',
  'prevNext.previous': '上一个',
  'prevNext.next': '下一个',
  'kind.overview.singular': '概览',
  'kind.overview.plural': '概览',
  'kind.strategy.singular': '策略',
  'kind.strategy.plural': '策略',
  'kind.redFlags.singular': '危险信号',
  'kind.redFlags.plural': '危险信号',
  'kind.signs.singular': '迹象',
  'kind.signs.plural': '迹象',
  'kind.guide.singular': '指南',
  'kind.guide.plural': '指南',
  'kind.story.singular': '故事',
  'kind.story.plural': '故事',
  'overview.defaultTitle': '概览',
  'hub.description': { other: '{kind}：文章中的 {count} 个主题。' },
  'home.contentsLabel': '目录',
  'footnote.label': '脚注',
  'footnote.backLink': '返回引用处 {number}',

  // —— Words beside the article's images ——
  'media.remoteImage': '图片：{alt}，位于 {host}',
  'media.remoteImageWithoutAlt': '位于 {host} 的图片',
  'media.imageWithoutAlt': '无描述的图片',

  // —— Link previews ——
  'card.kindAndTitle': '{kind}：{title}',

  // —— The index of terms ——
  'terms.title': '术语索引',
  'terms.description': '文章中具有特定含义的词语，以及使用它们的每一处。',
  'terms.intro': '文章中具有特定含义的词语，以及使用它们的每一处。文章解释某个术语时，会引用文章自己的原句。',
  'terms.none': '本文没有术语索引。',
  'terms.jumpLabel': '所有术语',
  'terms.definitionFrom': '出自：{link}',

  // —— The source page ——
  'source.title': '来源',
  'source.description': '文本的来源，以及对文本所做的更正。',
  'source.builtFrom': '本站由 {file} 生成：共 {words}，分为 {topics}。',
  'source.words': { other: '{count} 个词' },
  'source.topics': { other: '{count} 个主题' },
  'source.keptAsWritten': '作者的文字保持原样；仅更正了下列从网页复制文本时留下的缺陷。',
  'source.corrections': '更正',
  'source.noCorrections': '未做任何更正。',
  'source.correctionsCaption': '每处更正都补上一个缺失的空格或标点符号。',
  'source.line': '行',
  'source.asCopied': '复制所得',
  'source.corrected': '更正后',
  'source.checks': '文本检查',
  'source.noSuspectedDefects': '构建时未在文本中发现疑似缺陷。',
  'source.suspectedDefects': { other: '构建时发现 {count} 处可能需要作者留意的地方；文本按原样显示。' },
  'source.warningAt': '第 {line} 行，第 {column} 列：{message}',

  // —— A page that is not there ——
  'notFound.title': '找不到页面',
  'notFound.description': '此页面不存在。这里列出了网站的所有主题。',
  'notFound.explanation': '此地址没有页面。页面可能已移动，或者链接不完整。',
  'notFound.closest': '与此地址最接近的页面',
  'notFound.startFrom': '可以从{homeLink}开始，或选择一个主题：',
  'notFound.homeLink': '首页',
  'moved.title': '已移动：{title}',
  'moved.description': '此页面现在位于{title}。',
  'moved.heading': '此页面已移动',
  'moved.text': '原来在这里的内容现在位于{link}。',
} satisfies SiteWords;
