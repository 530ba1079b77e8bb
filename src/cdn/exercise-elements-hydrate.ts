/**
 * The embed for server-rendered pages (dist/cdn/exercise-elements-hydrate.js): the light loader of
 * exercise-elements.js, with Lit's hydration support evaluated first (before any element chunk loads
 * LitElement), so elements that arrive with a declarative shadow root are taken over instead of
 * rendered a second time. It is its own file because most pages (a blog post pasting JSON) have nothing
 * to hydrate and should not download the support.
 */
import '@lit-labs/ssr-client/lit-element-hydrate-support.js';
import { plugInDosageTextReader } from '../data/plug-dosage-text-reader.js';
import './exercise-elements.js';

// A server-rendered card must render the same content in its first update to be taken over, so its
// data cannot wait for the dosage text parser: on these pages it comes with this file.
plugInDosageTextReader();
