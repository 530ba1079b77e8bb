/**
 * The drop-in file for server-rendered pages (dist/cdn/exercise-elements-hydrate.js): the same elements
 * as exercise-elements.js, with Lit's hydration support loaded first, so elements that arrive with a
 * declarative shadow root are taken over instead of rendered a second time. It is its own file because
 * most pages (a blog post pasting JSON) have nothing to hydrate and should not download the support.
 */
import '@lit-labs/ssr-client/lit-element-hydrate-support.js';
import './exercise-elements.js';
