export { buildEmbedCode, DEFAULT_SCRIPT_SRC, type EmbedElement, type EmbedOptions } from './embed-snippet.js';
export { escapeHtml, jsonForScript } from './escape.js';
export {
  dosageLine,
  exerciseFallbackLines,
  listLines,
  type FallbackExercise,
  type FallbackLabels,
} from './fallback-html.js';
