/**
 * Text written into HTML that we make as a string (the studio's snippets, server-rendered
 * pages): escaped, so that data stays text.
 */

const ESCAPES: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Text made safe for a double-quoted HTML attribute value (and for element content). */
export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (char) => ESCAPES[char] ?? char);
}
