// Realistic queries for the bundled article, each with the paragraph or item that answers it (topic slug and
// element id, as built: run `npm run build` and read dist/<slug>/index.html). Written before tuning and never
// changed to make the numbers better: tune the sections, weights, synonyms and fallback instead.
//
// `article`: the article's own terms, a word or a short phrase a reader picked up from it or expects it to use.
// `reader`: the reader's own words, questions and paraphrases; `also` lists other places that answer it too,
// and `synonym` says which reader's word the article does not use (content/synonyms.yaml).

export interface Answer {
  slug: string;
  id: string;
}

export interface SearchQuery extends Answer {
  query: string;
  style: 'article' | 'reader';
  also?: Answer[];
  /** The reader's word the article never uses, which only the synonyms list can connect to the answer. */
  synonym?: string;
}

const article = (query: string, slug: string, id: string): SearchQuery => ({ query, style: 'article', slug, id });
const reader = (query: string, slug: string, id: string, extra: Pick<SearchQuery, 'also' | 'synonym'> = {}): SearchQuery => ({
  query,
  style: 'reader',
  slug,
  id,
  ...extra,
});

export const queries: readonly SearchQuery[] = [
  // The article's own terms.
  article('ultimatum', 'be-patient', 'try-to-avoid-ultimatums-or-making'),
  article('stonewalling', 'signs-of-a-toxic-relationship', 'in-an-argument-they-inflict-damage'),
  article('breadcrumbing', 'be-prepared-to-leave', 'what-we-accept-in-a-relationship'),
  article('trauma bonding', 'signs-of-trauma-bonding', 'be-mindful-of-signs-of-narcissistic'),
  article('limerence', 'things-to-look-for-in-a-partner', 'trust-your-gut-do-you-feel'),
  article('walk on eggshells', 'things-to-look-for-in-a-partner', 'seek-a-partner-you-can-be'),
  article('me time', 'give-them-space-and-time', 'as-you-would-think-avoidants-are'),
  article('therapist', 'dont-try-to-fix-them', 'if-your-partner-wont-talk-to'),
  article('rescuer', 'dont-try-to-fix-them', 'it-is-very-tempting-to-want'),
  article('deal breakers', 'things-to-look-for-in-a-partner', 'be-assertive-in-relationships-if-you'),
  article('cohabitation', 'red-flags-of-the-avoidant', 'red-flags-of-the-avoidant-include'),
  article('co-parenting', 'things-to-look-for-in-a-partner', 'likewise-if-you-are-potentially-interested'),
  article('gratitude', 'seek-connection-outside-the-relationship', 'if-youre-off-balance-from-the'),
  article('checked out', 'be-prepared-to-leave', 'limit-the-time-you-spend-with'),
  article('eye contact', 'communicate-your-needs', 'having-a-solid-sense-of-who'),
  article('criticism or blame', 'communicate-your-needs', 'and-it-is-important-to-learn'),
  article('low volume', 'communicate-your-needs', 'it-is-necessary-to-convince-the'),
  article('unreliable caregiver', 'be-reliable', 'since-the-avoidant-had-an-unreliable'),
  article('predictable and safe', 'be-reliable', 'we-talk-about-increasing-intimacy-but'),
  article('privacy', 'be-patient', 'bear-in-mind-avoidants-arent-used'),
  article('crazy one', 'give-them-space-and-time', 'avoidant-partners-are-often-masters-at'),
  article('hyper-vigilant', 'give-them-space-and-time', 'especially-if-the-uncertainty-is-bringing'),
  article('breathing space', 'give-them-space-and-time', 'avoidants-feel-safe-when-their-autonomy'),
  article('doormat', 'stand-your-ground', 'it-helps-to-come-from-a'),
  article('negative thinking', 'stand-your-ground', 'catch-yourself-when-you-begin-to'),
  article('ambivalence', 'stand-your-ground', 'catch-yourself-when-you-begin-to'),
  article('win-win', 'focus-on-you', 'when-you-improve-yourself-you-cultivate'),
  article('emotional neglect', 'be-patient', 'bear-in-mind-avoidants-arent-used'),
  article('abandoned three-year-old', 'fixing-the-anxious-avoidant-dance', 'i-explained-that-when-he-shut'),
  article('attachment theory', 'be-prepared-to-leave', 'above-all-dont-excuse-someones-bad'),
  article('three simple steps', 'be-prepared-to-leave', 'when-dating-stay-focused-on-the'),
  article('one-upmanship', 'signs-of-a-toxic-relationship', 'in-an-argument-they-inflict-damage'),
  article('questioning your sanity', 'signs-of-a-toxic-relationship', 'questioning-your-own-sanity'),
  article('flirting', 'signs-of-a-toxic-relationship', 'too-much-flirting-emotional-intimacy-outside'),
  article('mutual respect', 'things-to-look-for-in-a-partner', 'set-an-expectation-of-mutual-respect'),
  article('sacrifice too much', 'avoid-partners-where', 'you-sacrifice-too-much-since-your'),
  article('fair go', 'signs-of-trauma-bonding', 'he-deserves-a-fair-go-he'),
  article('on-off relationships', 'spot-an-avoidant-when-dating', 'when-first-meeting-someone-get-to'),
  article('cut your losses', 'spot-an-avoidant-when-dating', 'when-you-talk-to-them-about'),

  // The reader's own words.
  reader('is it my fault he is so distant', 'dont-take-it-personally', 'do-not-judge-or-shame-someone', {
    also: [{ slug: 'dont-take-it-personally', id: 'this-is-the-key-to-dating' }],
  }),
  reader("he won't talk about his feelings", 'dont-try-to-fix-them', 'if-your-partner-wont-talk-to', {
    also: [{ slug: 'be-patient', id: 'bear-in-mind-avoidants-arent-used' }],
  }),
  reader('he goes cold on me', 'dont-take-it-personally', 'this-is-the-key-to-dating', { synonym: 'cold' }),
  reader('he pulls away when we get close', 'give-them-space-and-time', 'avoidants-feel-safe-when-their-autonomy'),
  reader('should I give him an ultimatum', 'be-patient', 'try-to-avoid-ultimatums-or-making'),
  reader('how do I stop chasing him', 'give-them-space-and-time', 'avoidant-partners-are-often-masters-at', {
    also: [{ slug: 'give-them-space-and-time', id: 'avoidants-feel-safe-when-their-autonomy' }],
  }),
  reader('ghosting', 'give-them-space-and-time', 'avoidants-feel-safe-when-their-autonomy', {
    synonym: 'ghosting',
    also: [{ slug: 'spot-an-avoidant-when-dating', id: 'when-first-meeting-someone-get-to' }],
  }),
  reader('he gives me the silent treatment', 'signs-of-a-toxic-relationship', 'in-an-argument-they-inflict-damage', {
    synonym: 'silent treatment',
  }),
  reader('should I break up with him', 'be-prepared-to-leave', 'if-a-relationships-has-become-toxic', { synonym: 'break up' }),
  reader('he is emotionally withdrawn', 'give-them-space-and-time', 'avoidants-feel-safe-when-their-autonomy', {
    synonym: 'withdrawn',
    also: [{ slug: 'dont-take-it-personally', id: 'this-is-the-key-to-dating' }],
  }),
  reader('my partner needs too much space', 'give-them-space-and-time', 'as-you-would-think-avoidants-are'),
  reader('is he a narcissist', 'spot-an-avoidant-when-dating', 'when-you-talk-to-them-about', {
    also: [{ slug: 'signs-of-trauma-bonding', id: 'be-mindful-of-signs-of-narcissistic' }],
  }),
  reader('how to get him to open up', 'be-patient', 'so-create-a-safe-environment-but', {
    also: [{ slug: 'be-patient', id: 'bear-in-mind-avoidants-arent-used' }],
  }),
  reader("he says he isn't ready for commitment", 'things-to-look-for-in-a-partner', 'select-a-partner-who-talks-about', {
    also: [{ slug: 'avoid-partners-where', id: 'you-are-ready-for-a-commitment' }],
  }),
  reader("I feel like I'm the only one trying", 'be-prepared-to-leave', 'all-relationships-will-go-through-dysfunctional'),
  reader('he makes me feel crazy', 'give-them-space-and-time', 'avoidant-partners-are-often-masters-at'),
  reader('he blames me for everything', 'signs-of-a-toxic-relationship', 'you-feel-constantly-criticised-criticism-to', {
    synonym: 'blame',
  }),
  reader('he is cold and distant', 'dont-take-it-personally', 'do-not-judge-or-shame-someone', {
    synonym: 'cold',
    also: [{ slug: 'dont-take-it-personally', id: 'this-is-the-key-to-dating' }],
  }),
  reader('can an avoidant change', 'spot-an-avoidant-when-dating', 'if-they-reveal-an-inner-conflict', {
    also: [{ slug: 'dont-try-to-fix-them', id: 'be-careful-to-not-want-your' }],
  }),
  reader('I keep making excuses for him', 'be-prepared-to-leave', 'above-all-dont-excuse-someones-bad'),
  reader('my boyfriend stonewalls me in arguments', 'signs-of-a-toxic-relationship', 'in-an-argument-they-inflict-damage'),
  reader("I'm walking on eggshells", 'things-to-look-for-in-a-partner', 'seek-a-partner-you-can-be', {
    also: [{ slug: 'be-patient', id: 'however-while-it-helps-to-be' }],
  }),
  reader('should I leave him', 'be-prepared-to-leave', 'if-a-relationships-has-become-toxic'),
  reader('he shuts down when we argue', 'communicate-your-needs', 'it-is-necessary-to-convince-the', {
    also: [
      { slug: 'communicate-your-needs', id: 'and-it-is-important-to-learn' },
      { slug: 'dont-take-it-personally', id: 'this-is-the-key-to-dating' },
    ],
  }),
];
