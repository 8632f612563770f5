// Node-only: draws the link-preview cards the pages are expected to name (scripts/emit/expected-cards.ts)
// while Astro builds them. Astro builds in its own thread, and this one would wait idle; here it draws one
// card at a time (laid out here, rasterised on libuv's pool), about one core, so that Astro keeps the other.
// The cards are held as PNG buffers and written nowhere: once the pages are built, writeSocialCards takes
// those that the pages name and draws the rest. A card that fails here is simply not drawn ahead: drawn
// again after Astro, its error is reported there, and never in place of Astro's own. No second card
// thread starts during Astro's step (measured at ×50 on 2 shared cores: Astro's step 1.26× longer, the
// build 1.09×, 65 MiB more at its peak): the drawing after Astro starts one for what is left.
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import path from 'node:path';
import type { SocialCard } from '../../src/utils/social-card.ts';
import type { DrawnCard } from './social-card-image.ts';
import { keptCardsFolder } from './social-cards.ts';

/** Cards being drawn ahead; `stop` lets the card being drawn finish and gives every card drawn, by file. */
export interface CardsAhead {
  stop(): Promise<Map<string, DrawnCard>>;
  /** The same, once every card is drawn (or drawing stopped). */
  done: Promise<Map<string, DrawnCard>>;
}

/**
 * The fewest cards to draw for which drawing ahead pays: it loads the renderer and holds its pixels while
 * Astro is at its own peak of memory (a first build of the bundled article, 28 cards: 385 MiB without it,
 * 397–405 with it), to save those cards' drawing time (about 9 ms a card) after Astro.
 */
export const cardsWorthDrawingAhead = 100;

/**
 * Starts drawing `cards` (by file in the built site), in their order, but those the last build kept in
 * `keepDir`: a build whose cards are all kept never loads the renderer, and nor does one with fewer than
 * `minimum` to draw.
 */
export function drawCardsAhead(cards: ReadonlyMap<string, SocialCard>, keepDir?: string, minimum = cardsWorthDrawingAhead): CardsAhead {
  const drawn = new Map<string, DrawnCard>();
  let stopped = false;
  const done = (async () => {
    try {
      const kept = keepDir && keptCardsFolder(keepDir);
      const queue = [...cards].filter(([file]) => !(kept && existsSync(path.join(kept, path.basename(file)))));
      // On one core, drawing ahead would take its time from Astro's.
      if (queue.length === 0 || queue.length < minimum || availableParallelism() < 2) return drawn;
      const { renderSocialCard } = await import('./social-card-image.ts');
      for (const [file, card] of queue) {
        if (stopped) break;
        drawn.set(file, await renderSocialCard(card));
      }
    } catch {
      // Left to the drawing after Astro, which reports it.
    }
    return drawn;
  })();
  return {
    stop() {
      stopped = true;
      return done;
    },
    done,
  };
}
