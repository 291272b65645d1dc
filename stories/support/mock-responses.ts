/**
 * Network states for stories without a server: requests to /mock/… answer as named, so the
 * loading and network-error stories show the real element code paths. Stories only.
 */
const originalFetch = window.fetch.bind(window);

export function installMockResponses(): void {
  window.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
    const url = new URL(input instanceof Request ? input.url : String(input), location.href);
    if (!url.pathname.startsWith('/mock/')) return originalFetch(input, init);
    const [, , kind = '', status = '200'] = url.pathname.split('/');
    switch (kind) {
      case 'pending':
        // Never answers: the loading state stays on screen.
        return new Promise<Response>((_, reject) => init?.signal?.addEventListener('abort', () => reject(init.signal?.reason)));
      case 'status':
        return Promise.resolve(new Response('error', { status: Number(status), statusText: Number(status) === 503 ? 'Service Unavailable' : '' }));
      case 'offline':
        return Promise.reject(new TypeError('Failed to fetch'));
      default:
        return originalFetch(input, init);
    }
  };
}
