/**
 * `<routine-editor>`: importing this module registers the editor, and the reader elements its preview
 * shows (each registration is guarded, so a page that already has them sees no error). This entry is the
 * author's tool, never part of the readers' drop-in file.
 */
import { RoutineEditor } from './routine-editor.component.js';
import { LibraryPanel } from './library-panel.component.js';
import '../exercise-card/exercise-card.js';
import '../rep-counter/rep-counter.js';
import '../routine-player/routine-player.js';

export { RoutineEditor, LibraryPanel };
export type {
  ExChangeDetail,
  ExErrorDetail,
  ExLibraryPickDetail,
  ExWarningDetail,
} from '../internal/events.js';
export type { RoutineInput } from '../data/routine-schema.js';
export type { EmbedElement, EmbedOptions } from '../core/embed-code/index.js';
export type { Diagnostic } from '../core/routine-text/index.js';

RoutineEditor.define('routine-editor');
// The form's library search; a page can also use it on its own.
LibraryPanel.define('library-panel');

declare global {
  interface HTMLElementTagNameMap {
    'routine-editor': RoutineEditor;
    'library-panel': LibraryPanel;
  }
}
