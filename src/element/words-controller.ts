import { isServer, type ReactiveController, type ReactiveControllerHost } from 'lit';
import { enCommon } from '../i18n/en.js';
import { loadMessages, wordsFor, type EnglishSections, type Words, type WordsSection } from '../i18n/messages.js';

/**
 * An element's words in the language it speaks. The element names the English sections it
 * reads; the controller answers with those sections in the element's language once they are
 * at hand, and in the browser loads a language the page has not used yet (the element keeps
 * its placeholder meanwhile, rather than flashing English). A server renderer loads the
 * language before rendering (`loadMessages`), so the controller never has to wait there.
 */
export class WordsController<S extends WordsSection> implements ReactiveController {
  /** English for this element: the common words and its own sections. */
  readonly english: Words<S>;
  private readonly host: ReactiveControllerHost;
  private readonly locale: () => string;
  /** The load in flight, while the element waits for its words. */
  private pending: Promise<void> | undefined;

  constructor(host: ReactiveControllerHost, locale: () => string, sections: EnglishSections<S>) {
    this.host = host;
    this.locale = locale;
    this.english = englishWith(sections);
    host.addController(this);
  }

  /** The words for the element's locale, or `undefined` while they load. */
  get current(): Words<S> | undefined {
    return wordsFor(this.locale(), this.english);
  }

  /** Starts loading the element's language when it is not at hand yet (browser only). */
  hostUpdate(): void {
    if (isServer || this.pending || this.current) return;
    const pending = loadMessages(this.locale()).finally(() => {
      if (this.pending === pending) this.pending = undefined;
      this.host.requestUpdate();
    });
    this.pending = pending;
  }

  /**
   * Whether the words are at hand; if not, starts loading them and updates the host when they
   * arrive. For an element that must not render before it has them (see `GuideElement.shouldUpdate`).
   */
  ready(): boolean {
    if (this.current) return true;
    this.hostUpdate();
    return false;
  }

  /** Settles once the words in flight have arrived, so `updateComplete` can wait for them. */
  get loaded(): Promise<void> | undefined {
    return this.pending;
  }
}

/** English by the sections it holds: one object per set, shared by every element that reads it. */
const englishBySections = new Map<string, object>();

/**
 * The common English words with `sections`. Elements of one kind share the object, so a layout
 * made in English by one of them is the layout of all of them (layouts are memoized by words).
 */
function englishWith<S extends WordsSection>(sections: EnglishSections<S>): Words<S> {
  const key = Object.keys(sections).sort().join(' ');
  let english = englishBySections.get(key);
  if (!english) englishBySections.set(key, (english = { ...enCommon, ...sections }));
  return english as Words<S>;
}
