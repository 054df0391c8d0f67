import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';

/**
 * The web app's policy: its own scripts and styles only (inline styles for React's style props),
 * images from itself, data: and blob: URLs (QR codes, previews); no plugins, no framing, no <base>
 * rewriting, forms posting only back to Refugio.
 */
export const APP_CSP = [
  "default-src 'self'",
  "img-src 'self' data: blob:",
  "style-src 'self' 'unsafe-inline'",
  "object-src 'none'",
  "frame-ancestors 'none'",
  "base-uri 'none'",
  "form-action 'self'",
].join('; ');

/**
 * A PDF the app opens in a new tab is shown by the browser's own viewer, which Chromium runs as a
 * plugin: `object-src 'none'` would leave the tab blank. The document may load nothing else, runs
 * no script of ours, and still cannot be framed.
 */
export const DOCUMENT_CSP = [
  "default-src 'none'",
  "object-src 'self'",
  "img-src 'self' data:",
  "style-src 'unsafe-inline'",
  "frame-ancestors 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');

/** One year, subdomains included: a browser that saw Refugio over TLS never tries plain HTTP again. */
export const HSTS = 'max-age=31536000; includeSubDomains';

export interface SecurityHeaderOptions {
  /** Refugio is served over TLS (REFUGIO_COOKIE_SECURE=1): send HSTS even when TLS ends at a proxy. */
  tls: boolean;
}

/** Whether this request reached Refugio over TLS (directly, or through a trusted proxy that says so). */
function overTls(request: FastifyRequest, options: SecurityHeaderOptions): boolean {
  return options.tls || request.protocol === 'https';
}

function isDocument(reply: FastifyReply): boolean {
  const type = reply.getHeader('content-type');
  return typeof type === 'string' && type.startsWith('application/pdf');
}

/** Headers every response carries: no framing, no sniffing, no referrer leaking case ids, a tight CSP. */
export function installSecurityHeaders(app: FastifyInstance, options: SecurityHeaderOptions): void {
  app.addHook('onSend', async (request, reply) => {
    reply.header('x-content-type-options', 'nosniff');
    reply.header('x-frame-options', 'DENY');
    reply.header('referrer-policy', 'no-referrer');
    reply.header('cross-origin-resource-policy', 'same-origin');
    reply.header('permissions-policy', 'camera=(), microphone=(), geolocation=(), payment=(), usb=()');
    reply.header('content-security-policy', isDocument(reply) ? DOCUMENT_CSP : APP_CSP);
    // Over plain HTTP the header is ignored by browsers and would only mislead whoever reads it.
    if (overTls(request, options)) reply.header('strict-transport-security', HSTS);
    if (request.url.startsWith('/api/')) reply.header('cache-control', 'no-store');
  });
}
