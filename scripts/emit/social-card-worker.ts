// Node-only: a thread that draws link-preview cards for scripts/emit/social-cards.ts. Laying a card out
// and encoding it run on the thread that asks for it, so the main thread alone keeps one core busy; once
// Pagefind (its own process, indexing at the same time) is done, this thread draws on the other.
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import type { SocialCard } from '../../src/utils/social-card.ts';
import { renderSocialCard, type DrawnCard } from './social-card-image.ts';

/** Draws cards on the thread; `close` ends it. */
export interface CardThread {
  draw(card: SocialCard): Promise<DrawnCard>;
  close(): Promise<void>;
}

type Reply = { id: number; png: Uint8Array; missing: string } | { id: number; error: { message: string; stack?: string } };

const marker = 'unfold-card-thread';

/** Starts the thread; it loads the card renderer (satori, its fonts and layout engine) while the first cards are drawn here. */
export function startCardThread(): CardThread {
  // Not the build's own Node flags: those preload Astro's build thread, which this one has no use for.
  const worker = new Worker(new URL(import.meta.url), { workerData: marker, execArgv: [] });
  const pending = new Map<number, { resolve: (drawn: DrawnCard) => void; reject: (error: Error) => void }>();
  let stopped: Error | undefined;
  const stop = (error: Error) => {
    stopped ??= error;
    for (const { reject } of pending.values()) reject(stopped);
    pending.clear();
  };
  worker.on('message', (reply: Reply) => {
    const request = pending.get(reply.id);
    pending.delete(reply.id);
    if ('error' in reply) request?.reject(Object.assign(new Error(reply.error.message), reply.error));
    // A Buffer crosses threads as a plain Uint8Array.
    else request?.resolve({ png: Buffer.from(reply.png.buffer, reply.png.byteOffset, reply.png.byteLength), missing: reply.missing });
  });
  worker.on('error', stop);
  worker.on('exit', (code) => stop(new Error(`the thread drawing link-preview cards stopped (exit code ${code})`)));
  let next = 0;
  return {
    draw(card) {
      if (stopped) return Promise.reject(stopped);
      return new Promise((resolve, reject) => {
        const id = next++;
        pending.set(id, { resolve, reject });
        worker.postMessage({ id, card });
      });
    },
    async close() {
      await worker.terminate();
    },
  };
}

if (!isMainThread && workerData === marker) {
  const port = parentPort!;
  port.on('message', ({ id, card }: { id: number; card: SocialCard }) => {
    renderSocialCard(card).then(
      ({ png, missing }) => port.postMessage({ id, png, missing } satisfies Reply),
      (error: unknown) => port.postMessage({ id, error: error instanceof Error ? { message: error.message, ...(error.stack ? { stack: error.stack } : {}) } : { message: String(error) } } satisfies Reply),
    );
  });
}
