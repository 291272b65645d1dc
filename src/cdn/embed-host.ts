/**
 * The host script for iframe embeds, dist/cdn/embed-host.js: resizes each
 * `<iframe data-career-embed>` to the height its embed reports. A message counts only when it
 * comes from that iframe's own window and from the origin of the iframe's src; anything else,
 * from any other frame or origin, is ignored.
 *
 *   <script type="module" src="https://your-cdn.example/career-widgets/embed-host.js"></script>
 */
const HEIGHT_MESSAGE = 'career-widgets:height';
const MAX_HEIGHT = 20_000;

function onMessage(event: MessageEvent): void {
  const data: unknown = event.data;
  if (typeof data !== 'object' || data === null || (data as { type?: unknown }).type !== HEIGHT_MESSAGE) return;
  const height = Number((data as { height?: unknown }).height);
  if (!Number.isFinite(height) || height < 0 || height > MAX_HEIGHT) return;
  for (const frame of document.querySelectorAll<HTMLIFrameElement>('iframe[data-career-embed]')) {
    if (frame.contentWindow === null || frame.contentWindow !== event.source) continue;
    let origin: string;
    try {
      origin = new URL(frame.src, location.href).origin;
    } catch {
      return;
    }
    if (origin !== event.origin) return;
    frame.style.height = `${Math.ceil(height)}px`;
    return;
  }
}

// Loaded twice on one page (two snippets), it still listens once.
const flag = Symbol.for('career-widgets.embed-host');
const scope = window as unknown as Record<symbol, boolean>;
if (!scope[flag]) {
  scope[flag] = true;
  window.addEventListener('message', onMessage);
}

// A module, not a script: its names stay its own, and its types (dist/types/cdn/embed-host.d.ts) type an import of
// career-widgets/cdn/embed-host.js, which has only this effect.
export {};
