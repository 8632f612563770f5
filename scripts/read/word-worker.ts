// Runs in a worker thread, for read/word.ts: mammoth and JSZip only work asynchronously, and the pipeline is
// synchronous, so word.ts waits for this worker's one answer. It does nothing but unzip and convert.
import { createHash } from 'node:crypto';
import { workerData, type MessagePort } from 'node:worker_threads';
import JSZip from 'jszip';
import mammoth from 'mammoth';

export interface WordRequest {
  bytes: Uint8Array;
  styleMap: string[];
  port: MessagePort;
  done: Int32Array;
}

export type WordReply =
  | { ok: true; html: string; lang?: string; images: { reference: string; bytes: Uint8Array }[] }
  | { ok: false; kind: 'zip' | 'not-word' | 'document'; message: string; parts?: string[] };

const { bytes, styleMap, port, done } = workerData as WordRequest;

function reply(message: WordReply): void {
  port.postMessage(message);
  Atomics.store(done, 0, 1);
  Atomics.notify(done, 0);
}

const extensions: Record<string, string> = { 'image/png': 'png', 'image/jpeg': 'jpg', 'image/gif': 'gif', 'image/bmp': 'bmp', 'image/tiff': 'tiff', 'image/svg+xml': 'svg', 'image/webp': 'webp', 'image/x-emf': 'emf', 'image/x-wmf': 'wmf' };

async function convert(): Promise<WordReply> {
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(bytes);
  } catch (error) {
    return { ok: false, kind: 'zip', message: (error as Error).message };
  }
  if (!zip.file('word/document.xml')) return { ok: false, kind: 'not-word', message: 'no word/document.xml', parts: Object.keys(zip.files).slice(0, 8) };
  const styles = (await zip.file('word/styles.xml')?.async('string')) ?? '';
  const defaults = /<w:docDefaults>([\s\S]*?)<\/w:docDefaults>/.exec(styles)?.[1] ?? '';
  const lang = /<w:lang\b[^>]*?\bw:val="([^"]+)"/.exec(defaults)?.[1];
  const images: { reference: string; bytes: Uint8Array }[] = [];
  try {
    const result = await mammoth.convertToHtml(
      { buffer: Buffer.from(bytes) },
      {
        styleMap,
        convertImage: mammoth.images.imgElement(async (image) => {
          const data = new Uint8Array(await image.readAsBuffer());
          // Named by content, so the same image keeps its name however the document is edited around it.
          const reference = `word-images/${createHash('sha256').update(data).digest('hex').slice(0, 16)}.${extensions[image.contentType] ?? 'bin'}`;
          if (!images.some((known) => known.reference === reference)) images.push({ reference, bytes: data });
          return { src: reference };
        }),
      },
    );
    return { ok: true, html: result.value, ...(lang ? { lang } : {}), images };
  } catch (error) {
    return { ok: false, kind: 'document', message: (error as Error).message };
  }
}

reply(await convert());
