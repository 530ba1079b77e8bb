/**
 * `exercise-elements/ssr`: the entry of the server renderer (render-to-html.ts). It needs
 * `@lit-labs/ssr`, an optional peer dependency. A static import of a missing package fails before any
 * of our code runs, with Node's bare `ERR_MODULE_NOT_FOUND`; so this entry loads the renderer
 * dynamically and, when the package is missing, says what to install.
 */
import type * as Renderer from './render-to-html.js';

export type { Attributes, CardRenderOptions, PlayerRenderOptions } from './render-to-html.js';

const MISSING =
  'exercise-elements/ssr needs @lit-labs/ssr, which is not installed. Install it beside exercise-elements: npm install @lit-labs/ssr';

async function loadRenderer(): Promise<typeof Renderer> {
  try {
    return await import('./render-to-html.js');
  } catch (error) {
    const missing =
      (error as { code?: unknown })?.code === 'ERR_MODULE_NOT_FOUND' &&
      String(error).includes('@lit-labs/ssr');
    throw missing ? new Error(MISSING, { cause: error }) : error;
  }
}

const renderer = await loadRenderer();

/** Renders an `<exercise-card>` with its shadow root written out as declarative shadow DOM. */
export const renderExerciseCard: typeof Renderer.renderExerciseCard = renderer.renderExerciseCard;
/** Renders a `<routine-player>` showing its overview, as declarative shadow DOM. */
export const renderRoutinePlayer: typeof Renderer.renderRoutinePlayer = renderer.renderRoutinePlayer;
/** Renders a `<rep-counter>` with its shadow root written out as declarative shadow DOM. */
export const renderRepCounter: typeof Renderer.renderRepCounter = renderer.renderRepCounter;
/** The CSP `style-src` hashes of the inline styles in the HTML the render functions returned. */
export const styleHashes: typeof Renderer.styleHashes = renderer.styleHashes;
