// Finds and launches the Chromium that browser tests drive. Playwright's own browser download is
// not available here, so the default is the Chromium bundled in the @sparticuz/chromium npm package.
import { createReadStream, createWriteStream, existsSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import { promisify } from 'node:util';
import { brotliDecompress, createBrotliDecompress } from 'node:zlib';
import { chromium, type Browser, type BrowserContext, type BrowserContextOptions } from 'playwright-core';

// Our own flags, not @sparticuz/chromium's `args`: those are for serverless (--single-process,
// --disable-web-security, ...) and would hide CSP and same-origin behaviour. Playwright already adds
// --headless (new headless for full Chrome, native for headless-shell builds) and most of these;
// they are repeated so the guarantees don't hang on Playwright's defaults.
const CHROMIUM_FLAGS = [
  '--no-sandbox', // tests run as root, where Chromium refuses to start sandboxed
  '--disable-gpu', // no GPU on CI; software rendering is deterministic
  '--disable-dev-shm-usage', // containers often have a tiny /dev/shm
  '--disable-quic', // every request should reach our plain HTTP/1.1 server
  '--no-first-run',
  '--disable-background-networking', // no traffic to Google: tests must only see our server
  '--disable-component-update',
  '--disable-sync',
];

const FIX_HINT =
  'Fix: set CHROME_PATH to a Chrome or Chromium executable, e.g. after ' +
  '`apt-get install --no-install-recommends chromium-headless-shell` use ' +
  'CHROME_PATH=/usr/lib/chromium/chromium-headless-shell; on macOS ' +
  'CHROME_PATH="/Applications/Google Chrome.app/Contents/MacOS/Google Chrome".';

interface Executable {
  path: string;
  source: string;
  env: Record<string, string>;
}

/** Launches headless Chromium with web security on (and `flags`); throws, saying what was tried, if it can't. */
export async function launchChromium(flags: string[] = []): Promise<Browser> {
  const executable = await findChromium();
  try {
    return await chromium.launch({
      executablePath: executable.path,
      args: [...CHROMIUM_FLAGS, ...flags],
      env: { ...process.env, ...executable.env },
      timeout: 60_000,
    });
  } catch (error) {
    throw new Error(
      `Chromium at ${executable.path} (${executable.source}) failed to launch: ${String(error)}\n${FIX_HINT}`,
      { cause: error },
    );
  }
}

/** Opens a browser context with stable defaults (viewport, locale, time zone, timeouts). */
export async function newTestContext(browser: Browser, options: BrowserContextOptions = {}): Promise<BrowserContext> {
  const context = await browser.newContext({
    viewport: { width: 1280, height: 800 },
    locale: 'en-US',
    timezoneId: 'UTC',
    colorScheme: 'light',
    reducedMotion: 'reduce',
    ...options,
  });
  // Playwright's 30 s default outlasts the test timeouts and hides which step hung.
  context.setDefaultTimeout(15_000);
  return context;
}

async function findChromium(): Promise<Executable> {
  const fromEnv = process.env['CHROME_PATH'];
  if (fromEnv) {
    if (!existsSync(fromEnv)) {
      throw new Error(`CHROME_PATH is set to "${fromEnv}", but no file exists there.\n${FIX_HINT}`);
    }
    return { path: fromEnv, source: 'from CHROME_PATH', env: {} };
  }
  if (process.platform !== 'linux' || process.arch !== 'x64') {
    throw new Error(
      `CHROME_PATH is not set, and the Chromium bundled in @sparticuz/chromium only runs on Linux x64 ` +
        `(this is ${process.platform} ${process.arch}).\n${FIX_HINT}`,
    );
  }
  let dir: string;
  try {
    dir = await unpackSparticuzChromium();
  } catch (error) {
    throw new Error(
      `CHROME_PATH is not set, and unpacking the Chromium bundled in @sparticuz/chromium failed: ${String(error)}\n${FIX_HINT}`,
      { cause: error },
    );
  }
  return {
    path: path.join(dir, 'chromium'),
    source: 'bundled in @sparticuz/chromium',
    env: {
      // The binary links NSS/NSPR/expat dynamically; the package ships them (built for Amazon
      // Linux 2023, fine on any glibc >= 2.34) but only unpacks them on AWS, so we always do.
      LD_LIBRARY_PATH: [path.join(dir, 'lib'), process.env['LD_LIBRARY_PATH']].filter(Boolean).join(':'),
      // Only the bundled fonts, so text renders the same whatever the machine has installed.
      FONTCONFIG_PATH: path.join(dir, 'fonts'),
    },
  };
}

/**
 * Unpacks the package's brotli archives into a versioned folder under the temp dir, once.
 * Not `executablePath()`: it writes straight to /tmp/chromium and trusts any file already there,
 * so parallel test workers (or an interrupted run) could exec a half-written binary.
 * Here each caller unpacks into its own staging folder and renames it into place, atomically.
 */
async function unpackSparticuzChromium(): Promise<string> {
  const packageDir = path.dirname(path.dirname(createRequire(import.meta.url).resolve('@sparticuz/chromium')));
  const { version } = JSON.parse(await readFile(path.join(packageDir, 'package.json'), 'utf8')) as { version: string };
  const dir = path.join(tmpdir(), `unfold-chromium-${version}`);
  if (existsSync(path.join(dir, 'chromium'))) return dir;

  const bin = path.join(packageDir, 'bin');
  const staging = await mkdtemp(`${dir}.staging-`);
  try {
    await pipeline(
      createReadStream(path.join(bin, 'chromium.br')),
      createBrotliDecompress(),
      createWriteStream(path.join(staging, 'chromium'), { mode: 0o755 }),
    );
    // SwiftShader beside the binary: without it the GPU process fails and logs errors on every launch.
    await untar(path.join(bin, 'swiftshader.tar.br'), staging);
    await untar(path.join(bin, 'al2023.tar.br'), staging);
    await untar(path.join(bin, 'fonts.tar.br'), path.join(staging, 'fonts'));
    // The shipped fonts.conf points at /tmp/fonts; ours points where the fonts will live.
    await writeFile(
      path.join(staging, 'fonts', 'fonts.conf'),
      `<?xml version="1.0"?>\n<!DOCTYPE fontconfig SYSTEM "fonts.dtd">\n<fontconfig>\n` +
        `  <dir>${path.join(dir, 'fonts', 'fonts')}</dir>\n` +
        `  <cachedir>${path.join(dir, 'fonts', 'cache')}</cachedir>\n</fontconfig>\n`,
    );
    await rename(staging, dir);
  } catch (error) {
    await rm(staging, { recursive: true, force: true });
    // Another worker finished first (our rename then fails): its copy is as good as ours.
    if (existsSync(path.join(dir, 'chromium'))) return dir;
    throw error;
  }
  return dir;
}

/** Extracts a brotli-compressed tar of plain files and folders (all these archives hold). */
async function untar(archive: string, dest: string): Promise<void> {
  const tar = await promisify(brotliDecompress)(await readFile(archive));
  const field = (header: Buffer, start: number, length: number): string =>
    header.toString('latin1', start, start + length).replace(/\0.*$/s, '');
  for (let offset = 0; offset + 512 <= tar.length; ) {
    const header = tar.subarray(offset, offset + 512);
    if (header.every((byte) => byte === 0)) break;
    const name = field(header, 0, 100);
    const type = field(header, 156, 1) || '0';
    const size = Number.parseInt(field(header, 124, 12).trim() || '0', 8);
    const target = path.join(dest, name);
    if (!target.startsWith(dest + path.sep)) throw new Error(`${archive}: entry "${name}" escapes the folder`);
    if (type === '5') {
      await mkdir(target, { recursive: true });
    } else if (type === '0') {
      await mkdir(path.dirname(target), { recursive: true });
      const mode = Number.parseInt(field(header, 100, 8).trim(), 8) & 0o777;
      await writeFile(target, tar.subarray(offset + 512, offset + 512 + size), { mode });
    } else {
      throw new Error(`${archive}: unsupported tar entry type "${type}" for "${name}"`);
    }
    offset += 512 + Math.ceil(size / 512) * 512;
  }
}
