// The security header fields every response carries (OWASP's secure-headers guidance, Mozilla's web security
// guidelines). Pure: server.ts sets them on every answer, proxy.ts gives each page its own nonce, and
// deploy/security-headers.conf repeats them for nginx's own answers.

/** Sent on every response, whatever it is. */
export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  // Never guess a type other than the one declared (a note's text is never sniffed into HTML or script).
  "X-Content-Type-Options": "nosniff",
  // No address leaves the app in Referer: a share link's secret rides in the fragment, but the path is ours.
  "Referrer-Policy": "no-referrer",
  // Powerful features this app never uses stay off for it and anything it might embed.
  "Permissions-Policy": "camera=(), microphone=(), geolocation=(), payment=(), usb=(), serial=(), bluetooth=(), hid=(), display-capture=(), interest-cohort=()",
  // A window this app opens cannot reach back into it, nor it into another site's.
  "Cross-Origin-Opener-Policy": "same-origin",
  // For browsers older than CSP's frame-ancestors: nobody may frame the app (clickjacking).
  "X-Frame-Options": "DENY",
};

/** The policy of everything that is not a page (API answers, problems, static files): nothing may run in it. */
export const RESOURCE_CSP = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

/**
 * A page's policy: scripts run only with this response's nonce (Next.js puts it on its own scripts, and
 * 'strict-dynamic' lets those load the chunks they need), never inline without it or from elsewhere; the
 * page talks only to its own origin (fetch, EventSource); nothing may frame it. Inline styles are allowed:
 * the dialog library writes a <style> element of its own at run time (its scroll lock, with a width measured
 * then, so no hash can name it) and sets positions through style attributes, and a style cannot run code.
 * Development adds 'unsafe-eval', which React's dev tooling needs.
 */
export function pageContentSecurityPolicy(nonce: string, { development = false } = {}): string {
  return [
    "default-src 'self'",
    `script-src 'nonce-${nonce}' 'strict-dynamic'${development ? " 'unsafe-eval'" : ""}`,
    // No nonce here: a nonce would make browsers ignore 'unsafe-inline' for styles.
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join("; ");
}

/** A fresh nonce: 128 random bits, base64 (a nonce-source's alphabet). */
export function newNonce(): string {
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  return btoa(String.fromCharCode(...bytes));
}
