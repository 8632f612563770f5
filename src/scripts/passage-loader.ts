// The code for passages loads only when it is needed, so a reader who only reads downloads none of it:
// passage-link.ts at the first selection inside the article's text (block-link.ts, which follows the
// selection, asks for it), passage-mark.ts when the address carries a passage (`#id:~:text=…`).
//
// Each is bundled on its own and imported by URL (Vite's `?worker&url`, as an ES module: astro.config.mjs),
// not by `import('./passage-link.ts')`: Vite wraps that in its preload helper, about 700 bytes gzipped that
// every page would load first, shared with search-loader.ts as one more file.
import passageLink from './passage-link.ts?worker&url';
import passageMark from './passage-mark.ts?worker&url';
import { openedAddress } from './opened-address.ts';

/** Loads "Copy link to this passage"; it then follows the selection itself. */
export const loadPassageLink = () => import(/* @vite-ignore */ passageLink);

// On arrival with a passage in the address. Where the browser marks the passage itself (::target-text), ours
// lies under it in the same colours; where it does not (no text fragments, or only under automation, as in the
// tests' Chromium), ours is the mark.
if (openedAddress().includes(':~:')) void import(/* @vite-ignore */ passageMark);
