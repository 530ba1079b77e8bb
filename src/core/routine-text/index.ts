export {
  parseRoutineText,
  formatDiagnostic,
  type ParsedRoutineText,
  type ParseRoutineTextOptions,
} from './parse-routine-text.js';
export { formatRoutineText } from './format-routine-text.js';
export { DIAGNOSTIC_CODES } from './diagnostics.js';
export type {
  Diagnostic,
  DiagnosticCode,
  DiagnosticParam,
  DiagnosticParams,
  DiagnosticSeverity,
} from './diagnostics.js';
