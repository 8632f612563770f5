/**
 * The site's security policy, in one place: astro.config.mjs gives the CSP to Astro's `security.csp`
 * (a `<meta>` tag on every page, with hashes of what Astro emits), and the build writes the same policy
 * as HTTP headers in `_headers` for hosts that read one (Netlify, Cloudflare Pages).
 */

/** Everything comes from the site itself: no other origin, no plugins, no forms posting elsewhere. */
export const cspDirectives = ["default-src 'self'", "img-src 'self' data:", "object-src 'none'", "base-uri 'none'", "form-action 'self'"] as const;

/** Pagefind's search runs as WebAssembly, which browsers compile only under 'wasm-unsafe-eval' (not JavaScript eval). */
export const scriptSources = ["'self'", "'wasm-unsafe-eval'"] as const;

/**
 * `_headers` for every path under `base`. The header policy adds what a `<meta>` policy cannot say:
 * `frame-ancestors` (no framing) — and the site has no inline script or style, so it needs no hashes.
 */
export function headersFile(base: string): string {
  const policy = [...cspDirectives, `script-src ${scriptSources.join(' ')}`, "style-src 'self'", "frame-ancestors 'none'"].join('; ');
  return [
    `${base}*`,
    `  Content-Security-Policy: ${policy}`,
    '  Referrer-Policy: no-referrer',
    '  X-Content-Type-Options: nosniff',
    '  Permissions-Policy: camera=(), microphone=(), geolocation=()',
    '',
  ].join('\n');
}
