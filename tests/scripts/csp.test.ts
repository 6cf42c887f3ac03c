import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { cspDirectives, serializeCsp, withCspMeta } from '../../scripts/csp';

const page = (head: string) =>
  `<!doctype html><html><head>\n<meta charset="UTF-8" />\n${head}</head><body></body></html>`;

function policyOf(html: string): Map<string, string[]> {
  const content = /http-equiv="Content-Security-Policy" content="([^"]*)"/.exec(html)?.[1] ?? '';
  return new Map(
    content.split(';').map((part) => {
      const [name = '', ...values] = part.trim().split(/\s+/);
      return [name, values];
    }),
  );
}

describe('the Content Security Policy', () => {
  it('allows only the app itself: no other origin, connections to self and its own blobs only', () => {
    const policy = cspDirectives();
    for (const values of Object.values(policy)) {
      for (const value of values) {
        expect(value).toMatch(/^('self'|'none'|data:|blob:|'sha256-[A-Za-z0-9+/=]+')$/);
      }
    }
    // blob: for the chimes the app makes on the device, which howler reads over XHR.
    expect(policy['connect-src']).toEqual(["'self'", 'blob:']);
    // <audio> (howler's fallback) plays those blobs, and howler empties it with a data: WAV;
    // no media file is ever loaded from the app's origin.
    expect(policy['media-src']).toEqual(['data:', 'blob:']);
    expect(policy['default-src']).toEqual(["'self'"]);
    expect(policy['script-src']).not.toContain("'unsafe-inline'");
    expect(policy['script-src']).not.toContain("'unsafe-eval'");
  });

  it('puts the meta right after the charset, before any script', () => {
    const html = withCspMeta(page('<script type="module" src="/assets/app.js"></script>'), false);
    const meta = html.indexOf('Content-Security-Policy');
    expect(meta).toBeGreaterThan(html.indexOf('charset'));
    expect(meta).toBeLessThan(html.indexOf('<script'));
    expect(policyOf(html).get('script-src')).toEqual(["'self'"]);
    expect(policyOf(html).get('worker-src')).toEqual(["'self'"]);
  });

  it('allows the single file’s inline script and style by their hash, and nothing else', () => {
    const script = 'console.log("clinic")';
    const style = 'body{margin:0}';
    const html = withCspMeta(
      page(`<script type="module" crossorigin>${script}</script><style>${style}</style>`),
      true,
    );
    const hash = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;
    const policy = policyOf(html);
    expect(policy.get('script-src')).toEqual(["'self'", hash(script)]);
    expect(policy.get('style-src')).toEqual(["'self'", hash(style)]);
    expect(policy.get('worker-src')).toEqual(["'none'"]);
  });

  it('refuses a page that already has a policy, rather than stacking two', () => {
    const once = withCspMeta(page(''), false);
    expect(() => withCspMeta(once, false)).toThrow(/already has/);
  });

  it('serialises as a header value', () => {
    expect(serializeCsp({ 'default-src': ["'self'"], 'object-src': ["'none'"] })).toBe(
      "default-src 'self'; object-src 'none'",
    );
  });
});
