/**
 * `exercise-elements/core`: the pure logic, with no DOM. It runs in Node as well as in browsers, so a
 * CMS plugin or a build step can parse, format and validate the same way the elements do. Every
 * language's dosage words are registered on import, so `formatDosage` answers in any of them at once.
 */
import './dosage-words/all.js';

export * from './dosage-types.js';
export { pickText, type LocalizedText } from './localized-text.js';
export {
  DOSAGE_LIMITS,
  parseDosage,
  readDosage,
  type DosageProblem,
  type DosageReading,
} from './parse-dosage.js';
export { DOCUMENT_LIMITS, LIMITS } from './limits.js';
export { isSafeUrl } from './safe-url.js';
export { parseFrequency } from './parse-frequency.js';
export { formatDosage, formatFrequency, formatRange } from './format-dosage.js';
export * from '../data/index.js';
export { exerciseHowTo } from './exercise-json-ld.js';
export { routineHowTo } from './routine-json-ld.js';
export type * from './timeline-types.js';
export {
  buildTimeline,
  estimateDuration,
  estimateSteps,
  MAX_TIMELINE_STEPS,
  pickFromRange,
  TIMELINE_DEFAULTS,
} from './routine-timeline.js';
export {
  currentStep,
  diffEvents,
  elapsedInStep,
  initialState,
  isGate,
  reduce,
  summarize,
  timeLeftInStep,
  totalTimeLeft,
} from './player-reducer.js';
export type {
  ExerciseOutcome,
  PlayerAction,
  PlayerEvent,
  PlayerState,
  PlayerStatus,
  SessionSummary,
  StopReason,
} from './player-reducer.js';
export type { ValidatedExercise, ValidatedRoutine } from './document-names.js';
export {
  DIAGNOSTIC_CODES,
  formatDiagnostic,
  formatRoutineText,
  parseRoutineText,
  type Diagnostic,
  type DiagnosticCode,
  type DiagnosticParam,
  type DiagnosticParams,
  type DiagnosticSeverity,
  type ParsedRoutineText,
  type ParseRoutineTextOptions,
} from './routine-text/index.js';
export { ENGLISH_TITLES, type MadeUpTitles } from './made-up-titles.js';
export {
  FREE_EXERCISE_DB_IMAGE_BASE,
  fromFreeExerciseDb,
  type FreeExerciseDbOptions,
  type FreeExerciseDbRecord,
} from './free-exercise-db.js';
export {
  fromDom,
  fromParse5,
  importArticle,
  type HtmlNode,
  type HtmlParser,
  type ImportArticleOptions,
  type ImportedArticle,
} from './article-import/index.js';
export {
  LIBRARY_NO_EQUIPMENT,
  libraryFacets,
  searchLibrary,
  type LibraryFacets,
  type LibraryQuery,
  type LibrarySearchResult,
  readLibrary,
  withAbsoluteMedia,
  type ExerciseLibrary,
} from './library/index.js';
export { jsonProblemMessage, readJsonText, type JsonTextProblem, type JsonTextResult } from './json-text.js';
