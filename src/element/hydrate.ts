/**
 * Lit's hydration support: an element that arrives with a server-rendered (declarative) shadow
 * root takes over that DOM instead of rendering it again (see `career-widgets/ssr`). It must run
 * before Lit's element class is defined, so every entry imports this module first.
 */
import '@lit-labs/ssr-client/lit-element-hydrate-support.js';
