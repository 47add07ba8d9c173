import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { devSecurityHeaders, metaContentSecurityPolicy, netlifyHeadersFile, securityHeaders } from './securityHeaders.ts';

const read = (path: string): string => readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8');

describe('security headers', () => {
  it('public/_headers states exactly the headers vite preview sends', () => {
    expect(read('public/_headers')).toBe(netlifyHeadersFile());
  });

  it("index.html's meta CSP is the header policy minus what a meta tag cannot say", () => {
    const meta = /<meta http-equiv="Content-Security-Policy" content="([^"]*)"/.exec(read('index.html'));
    expect(meta?.[1]).toBe(metaContentSecurityPolicy());
    expect(securityHeaders['Content-Security-Policy']).toBe(`${metaContentSecurityPolicy()}; frame-ancestors 'none'`);
  });

  it('forbids framing, sniffing and referrers, and relaxes only inline scripts in dev', () => {
    expect(securityHeaders['Content-Security-Policy']).toMatch(/(^|; )frame-ancestors 'none'(;|$)/);
    expect(securityHeaders['Content-Security-Policy']).toMatch(/(^|; )script-src 'self'(;|$)/);
    expect(securityHeaders['X-Content-Type-Options']).toBe('nosniff');
    expect(securityHeaders['Referrer-Policy']).toBe('no-referrer');
    expect(devSecurityHeaders['Content-Security-Policy']).toBe(securityHeaders['Content-Security-Policy']?.replace("script-src 'self'", "script-src 'self' 'unsafe-inline'"));
  });
});
