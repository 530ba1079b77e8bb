export { parseRoutineText, formatDiagnostic, type ParsedRoutineText } from './parse-routine-text.js';
export { formatRoutineText } from './format-routine-text.js';
export type { Diagnostic, DiagnosticSeverity } from './diagnostics.js';
