/**
 * The HTTP headers the app is meant to be served with: one list for `vite preview`, `vite` (dev),
 * `public/_headers` (Netlify, Cloudflare Pages) and the README's notes for other hosts.
 *
 * index.html also carries the policy as a meta tag, for hosts that cannot set headers; but a meta
 * tag cannot forbid framing (`frame-ancestors` is ignored there) nor set the other headers, so
 * only the real headers close clickjacking and MIME sniffing.
 */

/** Content-Security-Policy directives, in order; the meta tag in index.html holds the same minus framing. */
export const cspDirectives: readonly (readonly [string, string])[] = [
  ['default-src', "'self'"],
  ['script-src', "'self'"],
  // Monaco's editor worker and the schedule worker are same-origin module files; `blob:` for
  // workers a library builds from a Blob URL.
  ['worker-src', "'self' blob:"],
  // Monaco and recharts set style attributes.
  ['style-src', "'self' 'unsafe-inline'"],
  // Chart export (PNG/SVG) draws through data: and blob: URLs.
  ['img-src', "'self' data: blob:"],
  ['font-src', "'self' data:"],
  ['connect-src', "'self'"],
  ['object-src', "'none'"],
  ['base-uri', "'self'"],
  ['form-action', "'self'"],
  ['frame-ancestors', "'none'"],
];

/** Directives that only work as a header (a meta-tag CSP ignores them). */
const headerOnly = new Set(['frame-ancestors']);

/** The policy as one header value. */
export function contentSecurityPolicy(directives: readonly (readonly [string, string])[] = cspDirectives): string {
  return directives.map(([name, value]) => `${name} ${value}`).join('; ');
}

/** The policy as index.html's meta tag states it (without header-only directives). */
export function metaContentSecurityPolicy(): string {
  return contentSecurityPolicy(cspDirectives.filter(([name]) => !headerOnly.has(name)));
}

/** Headers for the production build (`vite preview`, static hosts). */
export const securityHeaders: Readonly<Record<string, string>> = {
  'Content-Security-Policy': contentSecurityPolicy(),
  'X-Content-Type-Options': 'nosniff',
  // Share links carry the config in the URL fragment, which is never sent; no-referrer also
  // keeps the page's own path out of requests to other sites.
  'Referrer-Policy': 'no-referrer',
  // For browsers that predate CSP's frame-ancestors.
  'X-Frame-Options': 'DENY',
};

/**
 * Headers for the dev server: the same, except that scripts may be inline, since Vite's React
 * plugin injects an inline preamble (`/@react-refresh`) into index.html for hot reload.
 */
export const devSecurityHeaders: Readonly<Record<string, string>> = {
  ...securityHeaders,
  'Content-Security-Policy': contentSecurityPolicy(cspDirectives.map(([name, value]) => (name === 'script-src' ? [name, `${value} 'unsafe-inline'`] : [name, value]))),
};

/** `public/_headers` (Netlify and Cloudflare Pages format): every path gets {@link securityHeaders}. */
export function netlifyHeadersFile(): string {
  const lines = Object.entries(securityHeaders).map(([name, value]) => `  ${name}: ${value}`);
  return `# Generated from src/hosting/securityHeaders.ts (a unit test keeps them equal).\n/*\n${lines.join('\n')}\n`;
}
