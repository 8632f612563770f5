/**
 * Links that go through another site's redirect before they reach their page: what a document exported
 * from Google Docs, an email read in Outlook or a post copied from Facebook holds instead of the address
 * the author linked to. Each one tells its site which link a reader followed, and when.
 */
interface Redirector {
  /** The service, as a warning names it. */
  name: string;
  host: RegExp;
  path: RegExp;
  /** The query parameters that carry the address, in the order the service reads them. */
  parameters: readonly string[];
}

const redirectors: readonly Redirector[] = [
  // Google Docs' links, and results copied from Google Search.
  { name: 'Google', host: /^(www\.)?google\.[a-z]{2,3}(\.[a-z]{2})?$/, path: /^\/url$/, parameters: ['q', 'url'] },
  // Outlook's Safe Links, in text copied from an email.
  { name: 'Outlook Safe Links', host: /^([a-z\d-]+\.)*safelinks\.protection\.outlook\.com$/, path: /^\/?$/, parameters: ['url'] },
  { name: 'Facebook', host: /^(l|lm)\.facebook\.com$/, path: /^\/l\.php$/, parameters: ['u'] },
];

/** The address a redirect link goes on to, and whose redirect it is; `undefined` for any other link. */
export function unwrapRedirect(href: string): { url: string; via: string } | undefined {
  let url: URL;
  try {
    url = new URL(href);
  } catch {
    return undefined;
  }
  const redirector = redirectors.find(({ host, path }) => host.test(url.hostname) && path.test(url.pathname));
  if (!redirector) return undefined;
  for (const parameter of redirector.parameters) {
    const target = url.searchParams.get(parameter);
    // Only a web address: a redirect may carry anything, and anything else is not followed for it.
    if (target && /^https?:\/\/[^/]/i.test(target)) return { url: target, via: redirector.name };
  }
  return undefined;
}
