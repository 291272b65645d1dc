/**
 * The iframe embed (dist/cdn/embed.html + embed.js, from `npm run build`) and the host script
 * (dist/cdn/embed-host.js): the iframe takes its content's height, grows and shrinks with it,
 * and believes only its own frame from its own origin.
 */
import { expect, waitUntil } from '@open-wc/testing';

const HOST_SCRIPT = '/dist/cdn/embed-host.js';
await import(/* @vite-ignore */ HOST_SCRIPT);

function embed(query: string, width = 700, origin = location.origin): HTMLIFrameElement {
  const frame = document.createElement('iframe');
  frame.dataset.careerEmbed = '';
  frame.title = 'Salary';
  frame.style.cssText = `width:${width}px;height:150px;border:0`;
  frame.src = `${origin}/dist/cdn/embed.html?${query}`;
  document.body.append(frame);
  return frame;
}

const height = (frame: HTMLIFrameElement) => frame.getBoundingClientRect().height;

describe('the iframe embed', () => {
  it('renders one element from URL parameters and sizes the iframe to it', async () => {
    const frame = embed('element=salary&guide=operations-engineer&id=one');
    await waitUntil(() => height(frame) > 250, 'the iframe did not take its content height', { timeout: 8000 });
    const doc = frame.contentDocument!;
    const element = doc.querySelector('career-salary') as HTMLElement & { state: { status: string } };
    await waitUntil(() => element.state.status === 'ready', 'the guide did not load', { timeout: 8000 });
    await new Promise((resolve) => setTimeout(resolve, 100));
    // Nothing else on the page (the test server adds a script of its own).
    expect(doc.querySelectorAll('body > :not(script)')).to.have.length(1);
    expect(doc.querySelector('#root')!.children).to.have.length(1);
    // The iframe is exactly as tall as the embed's document.
    expect(Math.abs(height(frame) - doc.documentElement.getBoundingClientRect().height)).to.be.lessThan(2);
    frame.remove();
  });

  it('grows when its content grows and shrinks when it shrinks', async () => {
    const frame = embed('element=salary&guide=operations-engineer&id=two', 700);
    await waitUntil(() => height(frame) > 250, 'no first height', { timeout: 8000 });
    const wide = height(frame);
    frame.style.width = '340px'; // narrow: labels above bars, a taller chart
    await waitUntil(() => height(frame) > wide + 20, 'the iframe did not grow', { timeout: 5000 });
    const narrow = height(frame);
    frame.style.width = '700px';
    await waitUntil(() => height(frame) < narrow - 20, 'the iframe did not shrink', { timeout: 5000 });
    frame.remove();
  });

  it('passes theme, locale and whole-guide options through', async () => {
    const frame = embed('element=guide&guide=operations-engineer&theme=dark&locale=de-DE&sections=salary+faq&heading-level=3&id=three', 800);
    await waitUntil(() => height(frame) > 250, 'no height', { timeout: 8000 });
    const guide = frame.contentDocument!.querySelector('career-guide')!;
    expect(guide.getAttribute('theme')).to.equal('dark');
    expect(guide.getAttribute('locale')).to.equal('de-DE');
    expect(guide.getAttribute('sections')).to.equal('salary faq');
    expect(guide.getAttribute('heading-level')).to.equal('3');
    frame.remove();
  });

  it('works across origins', async () => {
    // The test server answers on 127.0.0.1 too: a different origin from localhost.
    const other = location.origin.replace('localhost', '127.0.0.1');
    expect(other).not.to.equal(location.origin);
    const frame = embed('element=facts&guide=operations-engineer&id=four', 700, other);
    await waitUntil(() => height(frame) > 160, 'a cross-origin embed was not sized', { timeout: 8000 });
    frame.remove();
  });

  it('ignores height messages from other windows and other origins', async () => {
    const frame = embed('element=salary&guide=operations-engineer&id=five');
    await waitUntil(() => height(frame) > 250, 'no height', { timeout: 8000 });
    const before = height(frame);
    const claim = { type: 'career-widgets:height', id: 'five', height: 9 };
    // From this window, not the iframe's.
    window.postMessage(claim, '*');
    // From another frame on the page.
    const stranger = document.createElement('iframe');
    stranger.srcdoc = '<p>stranger</p>';
    document.body.append(stranger);
    await new Promise((resolve) => stranger.addEventListener('load', resolve, { once: true }));
    stranger.contentWindow!.parent.postMessage(claim, '*');
    // From the right window but claiming another origin.
    window.dispatchEvent(new MessageEvent('message', { data: claim, origin: 'https://evil.example', source: frame.contentWindow }));
    // Absurd heights from the right frame are refused too.
    window.dispatchEvent(new MessageEvent('message', { data: { ...claim, height: 1e9 }, origin: location.origin, source: frame.contentWindow }));
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(height(frame)).to.equal(before);
    // The same message from the right window and origin is believed.
    window.dispatchEvent(new MessageEvent('message', { data: { ...claim, height: 333 }, origin: location.origin, source: frame.contentWindow }));
    expect(height(frame)).to.equal(333);
    stranger.remove();
    frame.remove();
  });

  it('says so for an unknown element, and refuses javascript: sources', async () => {
    const frame = embed('element=banner&id=six');
    await waitUntil(() => frame.contentDocument?.querySelector('[role="alert"]') !== null && frame.contentDocument?.readyState === 'complete', 'no message', { timeout: 8000 });
    expect(frame.contentDocument!.querySelector('[role="alert"]')!.textContent).to.contain('Unknown element "banner"');
    frame.remove();
    const script = embed('element=salary&src=javascript:alert(1)&id=seven');
    await waitUntil(() => (script.contentDocument?.querySelector('career-salary') as { state?: { status: string } } | null)?.state?.status === 'error', 'no error state', { timeout: 8000 });
    script.remove();
  });
});
