import { msg, str } from '@lit/localize';
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { live } from 'lit/directives/live.js';
import { buildEmbedCode, type EmbedElement, type EmbedOptions } from '../core/embed-code/index.js';
import { importArticle as readArticle } from '../core/article-import/index.js';
import { pickText, type LocalizedText } from '../core/localized-text.js';
import { formatRoutineText, parseRoutineText, type Diagnostic } from '../core/routine-text/index.js';
import type { Routine, RoutineInput, SectionKind } from '../data/routine-schema.js';
import { resolveRoutineItems } from '../data/resolve-routine.js';
import { validateRoutine, validateRoutineLenient, type ValidationError } from '../data/validate.js';
// Turns on the "did you mean" warnings (`instructions` → `steps`): authors need them, readers' bundles don't.
import '../data/unknown-fields.js';
import { readJsonText } from '../core/json-text.js';
import type { ExChangeDetail, ExLibraryPickDetail } from '../internal/events.js';
import { jsonTextMessage, warningText } from '../internal/json-text-messages.js';
import { ExerciseElement } from '../internal/exercise-element.js';
import { DebounceController } from './debounce-controller.js';
import { editorTitles } from './editor-titles.js';
import { diagnosticMessage, lineLabel } from './diagnostic-messages.js';
import { loadDraft, removeDraft, saveDraft, type Draft } from './draft-store.js';
import { canRedo, canUndo, record, redo, startHistory, undo, type EditHistory } from './edit-history.js';
import { placeProblems, type PlacedProblems } from './field-problems.js';
import { renderRoutineForm, type FormHandlers } from './routine-form.js';
import * as edits from './routine-edits.js';
import { routineEditorStyles } from './routine-editor.styles.js';

type Tab = 'article' | 'text' | 'form';

/** The languages our widgets speak; the preview and the embed can be set to any of them. */
const READER_LANGUAGES = ['en', 'es', 'fr', 'de', 'pt-BR', 'nl', 'ar', 'zh-Hans'] as const;

/** A language's own name for itself ("Español"), so a reader finds their language in any UI language. */
function languageName(code: string): string {
  try {
    return new Intl.DisplayNames([code], { type: 'language' }).of(code) ?? code;
  } catch {
    return code;
  }
}
const TABS: readonly Tab[] = ['article', 'text', 'form'];

/** Typing pauses this long before the text is read again: one parse per pause, not per key. */
const TEXT_DELAY_MS = 250;
/** Drafts are written this long after the last edit. */
const DRAFT_DELAY_MS = 600;

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * The authoring element: write a routine without JSON, see it as readers will, and take away an embed
 * code. Three ways in: paste an article (imported, then reviewed), type the text format, or build it
 * with a form. The document (a routine in our JSON's input shape) is the only state: the text pane, the
 * form and the preview are views of it, and every edit replaces it through one transaction
 * (routine-edits.ts). Text typed in the pane is read after a short pause; problems show next to their
 * line or field, in the author's language. Undo and Redo (buttons, Ctrl+Z, Ctrl+Shift+Z, Ctrl+Y) step
 * through every edit. Work is saved as a draft in the browser's storage and offered back after a reload.
 *
 * It is not part of the readers' drop-in file; import `exercise-elements/routine-editor.js`.
 *
 * @summary An editor for exercise routines: article import, text format, form, live preview, embed code.
 *
 * @csspart base - The editor's outer box.
 * @csspart tabs - The row of the three ways in.
 * @csspart article-input - The box to paste an article into.
 * @csspart text-input - The text pane.
 * @csspart diagnostics - The list of problems beside the text pane or under the import.
 * @csspart form - The form view.
 * @csspart form-exercise - One exercise in the form.
 * @csspart preview - The live preview.
 * @csspart embed-code - The box with the embed code.
 *
 * @cssproperty [--ex-accent=#0f6e6e] - Accent colour: main buttons, selected tab.
 * @cssproperty [--ex-on-accent=#ffffff] - Text on the accent colour.
 * @cssproperty [--ex-radius=12px] - Corner radius.
 * @cssproperty [--ex-font=inherit] - Font family; the page's by default.
 * @cssproperty [--ex-border=color-mix(in srgb, currentColor 28%, transparent)] - Borders.
 * @cssproperty [--ex-danger=#a3261a] - Problems and remove buttons.
 * @cssproperty [--ex-focus=#1a5fb4] - Focus ring.
 * @cssproperty [--ex-space=1rem] - Base spacing.
 *
 * @event {CustomEvent<ExChangeDetail>} ex-change - The author changed the document (text, form, import, an opened file, a restored draft, Undo or Redo); `detail.routine` is the new document.
 * @event {CustomEvent<ExErrorDetail>} ex-error - A file could not be opened, or a document set by code is not a routine.
 */
export class RoutineEditor extends ExerciseElement {
  static override styles = routineEditorStyles;

  static override properties = {
    routine: { attribute: false, noAccessor: true },
    text: { attribute: false, noAccessor: true },
    draftKey: { attribute: 'draft-key' },
    scriptSrc: { attribute: 'script-src' },
    librarySrc: { attribute: 'library-src' },
    theme: { reflect: true },
  };

  /** Names the saved draft, so two editors on one site keep separate drafts. Default `default`. */
  declare draftKey: string;
  /** The address of the drop-in file the embed code loads. Default: the unpkg address of the package. */
  declare scriptSrc: string | undefined;
  /**
   * The address of the exercise library (the package's `dist/library/free-exercise-db.json`). With it the
   * form offers a library search; the file is fetched only when the author opens it.
   */
  declare librarySrc: string | undefined;
  /** `light` or `dark` for the editor and its preview; unset follows the page. */
  declare theme: 'light' | 'dark' | undefined;

  /** @internal */ #doc: RoutineInput = { id: 'routine', title: '', sections: [] };
  /** @internal What the text pane shows: the author's own text while they type, else the document's. */
  #text = '';
  /** @internal */ #textDiagnostics: Diagnostic[] = [];
  /** @internal */ #importDiagnostics: Diagnostic[] | undefined;
  /** @internal */ #errors: ValidationError[] = [];
  /** @internal Fields we don't know that look like ours ("instructions": did you mean "steps"?). */
  #unknownFields: ValidationError[] = [];
  /** @internal */ #placed: PlacedProblems | undefined;
  /** @internal The last document the preview could show. */
  #preview: Routine | undefined;
  /** @internal No edit yet: an empty editor is not covered in problems. */
  #pristine = true;
  /** @internal */ #tab: Tab = 'article';
  /** @internal */ #element: EmbedElement = 'player';
  /** @internal */ #counterId: string | undefined;
  /** @internal The readers' language for the preview and the embed; undefined follows the page. */
  #lang: string | undefined;
  /** @internal A saved draft offered back, until restored or declined. */
  #offer: Draft | undefined;
  /** @internal A storage problem, said once. */
  #storageNotice = '';
  #storageNoticeGiven = false;
  /** @internal The live region's sentence. */
  #announcement = '';
  /** @internal */ #downloadUrl: string | undefined;
  /** @internal What the author pasted into the article box, kept while they look at another tab. */
  #articleText = '';
  /**
   * @internal A web page pasted into the empty (or wholly selected) article box: its HTML, which keeps
   * the headings, lists, bold names and tables that the box's plain text loses, and the box's text
   * once pasted (`text` undefined until the paste's input event). Imported instead of the text while
   * the author has not edited it.
   */
  #pastedPage: { html: string; text: string | undefined } | undefined;
  /**
   * @internal The last import read the pasted page's HTML: its remarks count the page's blocks, not
   * the box's lines, so they are shown without a line number (each quotes what it is about).
   */
  #importedPage = false;
  /** @internal Typed in the text pane and not read yet: Undo takes it back, so it is enabled. */
  #unreadTyping = false;
  /** @internal Undo and redo: the document and the text pane after each edit. */
  #history: EditHistory<RoutineInput> = startHistory({ doc: this.#doc, text: '' });
  /** @internal The last embed code and what it was built from. */
  #embedCache: { key: unknown[]; code: string } | undefined;

  /** @internal */
  readonly #readText = new DebounceController(this, TEXT_DELAY_MS, () => this.#applyText());
  /** @internal */
  readonly #saveDraft = new DebounceController(this, DRAFT_DELAY_MS, () => this.#writeDraft(), {
    flushOnDisconnect: true,
  });

  constructor() {
    super();
    this.draftKey = 'default';
  }

  /** The document: a routine in the input shape of our JSON. Setting it replaces the work (no `ex-change`). */
  get routine(): RoutineInput {
    return this.#doc;
  }
  set routine(value: RoutineInput) {
    if (!isObject(value)) {
      const message = msg('The routine given to the editor is not a routine object, so it was not loaded.', {
        id: 'editor.the-routine-given-to',
      });
      this.emit('ex-error', { kind: 'invalid', message, errors: [] });
      return;
    }
    this.#readText.cancel();
    this.#commit(value, undefined);
  }

  /** The document in the text format. Setting it reads the text at once (no `ex-change`). */
  get text(): string {
    return this.#text;
  }
  set text(value: string) {
    this.#readText.cancel();
    this.#text = typeof value === 'string' ? value : '';
    this.#applyText(false);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    const loaded = loadDraft(this.draftKey);
    if (loaded.status === 'ok' && JSON.stringify(loaded.draft.routine) !== JSON.stringify(this.#doc)) {
      this.#offer = loaded.draft;
    } else if (loaded.status === 'corrupt') {
      this.#tellStorage(
        msg(
          'The draft saved in this browser could not be read, so it was set aside. New work is saved again.',
          { id: 'editor.the-draft-saved-in' },
        ),
      );
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    if (this.#downloadUrl) URL.revokeObjectURL(this.#downloadUrl);
    this.#downloadUrl = undefined;
  }

  /**
   * Reads an article (plain text or HTML copied from a web page) into a draft routine that replaces the
   * current work, and shows what to check. Resolves with those remarks.
   */
  async importArticle(text: string): Promise<Diagnostic[]> {
    return this.#import(text, false);
  }

  /** `page`: `text` is the HTML of a page pasted into the article box (see #importedPage). */
  async #import(text: string, page: boolean): Promise<Diagnostic[]> {
    const { routine, diagnostics } = await readArticle(typeof text === 'string' ? text : '', {
      titles: editorTitles(),
    });
    this.#readText.cancel();
    this.#importedPage = page;
    this.#commit(routine, 'import');
    this.#importDiagnostics = diagnostics;
    this.#announce(
      msg('The article is imported. Check the list below, then look at the preview.', {
        id: 'editor.the-article-is-imported',
      }),
    );
    return diagnostics;
  }

  /**
   * The embed code for the current document: the script tag, the element with its data inline and
   * readable fallback HTML. Empty when the document cannot be shown yet (no title or no exercise).
   */
  embedCode(options: EmbedOptions = {}): string {
    const key = [
      this.#doc,
      this.#element,
      this.#counterId,
      this.#lang,
      this.scriptSrc,
      // The fallback headings are in the interface language.
      this.contentLocale,
      JSON.stringify(options),
    ];
    const cached = this.#embedCache;
    if (cached && cached.key.every((part, n) => part === key[n])) return cached.code;
    const code = this.#buildEmbed(options);
    this.#embedCache = { key, code };
    return code;
  }

  #buildEmbed(options: EmbedOptions): string {
    const result = validateRoutineLenient(this.#doc);
    if (!result.ok) return '';
    return buildEmbedCode(result.value, {
      element: this.#element,
      exerciseId: this.#counterId,
      lang: this.#lang,
      scriptSrc: this.scriptSrc,
      labels: { steps: msg('Steps', { id: 'editor.steps' }), safety: msg('Safety', { id: 'editor.safety' }) },
      ...options,
    });
  }

  /* ---- the one way the document changes ---- */

  /**
   * Replaces the document and refreshes every view of it. `source` is the author's action (it fires
   * `ex-change`); undefined is code setting a property. `text` is the text pane's content when the
   * edit came from it, so the author's layout stays as typed.
   */
  #commit(doc: RoutineInput, source: ExChangeDetail['source'] | undefined, text?: string): void {
    this.#doc = doc;
    if (text === undefined) {
      this.#text = formatRoutineText(doc);
      this.#textDiagnostics = parseRoutineText(this.#text, { titles: editorTitles() }).diagnostics;
    }
    const strict = validateRoutine(doc);
    this.#errors = strict.ok ? [] : strict.errors;
    this.#placed = placeProblems(doc, this.#errors);
    const lenient = validateRoutineLenient(doc);
    this.#unknownFields = lenient.ok
      ? (lenient.warnings ?? []).filter((w) => w.code === 'unknown-field')
      : [];
    if (lenient.ok) this.#preview = lenient.value;
    else if (!Array.isArray(doc.sections) || doc.sections.length === 0) this.#preview = undefined;
    this.#pristine = false;
    this.requestUpdate();
    const entry = { doc, text: this.#text };
    // Code setting the document starts a new history; Undo never goes back past it.
    if (source === undefined) this.#history = startHistory(entry);
    else if (source !== 'undo' && source !== 'redo')
      this.#history = record(this.#history, entry, source, Date.now());
    if (source) {
      if (source !== 'import') this.#importDiagnostics = undefined;
      this.#saveDraft.schedule();
      this.emit('ex-change', { routine: doc, source });
    }
  }

  #applyText(byAuthor = true): void {
    this.#unreadTyping = false;
    const { routine, diagnostics } = parseRoutineText(this.#text, { titles: editorTitles() });
    this.#textDiagnostics = diagnostics;
    this.#commit(routine, byAuthor ? 'text' : undefined, this.#text);
  }

  #edit(change: (doc: RoutineInput) => RoutineInput): void {
    // Text typed a moment ago is read first, so a form edit never undoes it.
    this.#readText.flush();
    this.#commit(change(this.#doc), 'form');
  }

  /* ---- undo and redo ---- */

  /** One step back (or forward): the document and the text pane as they were, the author's layout kept. */
  #travel(back: boolean): void {
    // Typing not read yet is an edit too: record it first, so Undo takes it back.
    this.#readText.flush();
    const next = back ? undo(this.#history) : redo(this.#history);
    if (next === this.#history) return;
    this.#history = next;
    const { doc, text } = next.present;
    this.#text = text;
    this.#textDiagnostics = parseRoutineText(text, { titles: editorTitles() }).diagnostics;
    this.#commit(doc, back ? 'undo' : 'redo', text);
    this.#announce(
      back
        ? msg('Undone. Your last change is taken back.', { id: 'editor.undone' })
        : msg('Redone. The change is made again.', { id: 'editor.redone' }),
    );
    // A button that has just been disabled would drop the focus: hand it to the other one.
    const focused = this.renderRoot instanceof ShadowRoot ? this.renderRoot.activeElement : null;
    if (focused?.id === 'undo' && !canUndo(next)) void this.#focus('#redo');
    if (focused?.id === 'redo' && !canRedo(next)) void this.#focus('#undo');
  }

  /**
   * Ctrl+Z (⌘Z) undoes, Ctrl+Shift+Z and Ctrl+Y redo, anywhere in the editor, the text pane included
   * (its typing is one step per pause). The form's fields, the library search and the article box
   * keep the browser's own undo: what is typed there is not an edit of the document until it is left.
   */
  #onShortcut(event: KeyboardEvent): void {
    if (!(event.ctrlKey || event.metaKey) || event.altKey || event.defaultPrevented) return;
    const key = event.key.toLowerCase();
    const back = key === 'z' && !event.shiftKey;
    if (!back && !(key === 'z' && event.shiftKey) && !(key === 'y' && !event.shiftKey)) return;
    const target = event.composedPath()[0];
    const ownUndo =
      (target instanceof HTMLInputElement &&
        !['radio', 'checkbox', 'button', 'file'].includes(target.type)) ||
      (target instanceof HTMLTextAreaElement && target.id !== 'text') ||
      target instanceof HTMLSelectElement;
    if (ownUndo) return;
    event.preventDefault();
    this.#travel(back);
  }

  #renderHistoryButtons(): TemplateResult {
    return html`<div class="row-buttons history">
      <button
        type="button"
        id="undo"
        aria-keyshortcuts="Control+Z"
        ?disabled=${!canUndo(this.#history) && !this.#unreadTyping}
        @click=${() => this.#travel(true)}
      >
        ${msg('Undo', { id: 'editor.undo' })}
      </button>
      <button
        type="button"
        id="redo"
        aria-keyshortcuts="Control+Shift+Z Control+Y"
        ?disabled=${!canRedo(this.#history)}
        @click=${() => this.#travel(false)}
      >
        ${msg('Redo', { id: 'editor.redo' })}
      </button>
    </div>`;
  }

  /* ---- drafts ---- */

  #writeDraft(): void {
    const result = saveDraft(this.draftKey, this.#doc, Date.now());
    if (result === 'full') {
      this.#tellStorage(
        msg(
          'The browser storage is full, so this draft is not being saved. Download it as a file to keep it.',
          { id: 'editor.the-browser-storage-is' },
        ),
      );
    } else if (result === 'unavailable') {
      this.#tellStorage(
        msg('This browser does not let the page save drafts. Download your work as a file to keep it.', {
          id: 'editor.this-browser-does-not',
        }),
      );
    }
  }

  #tellStorage(message: string): void {
    if (this.#storageNoticeGiven) return;
    this.#storageNoticeGiven = true;
    this.#storageNotice = message;
    this.requestUpdate();
  }

  #restoreDraft(): void {
    const draft = this.#offer;
    this.#offer = undefined;
    if (draft) this.#commit(draft.routine, 'draft');
    this.#announce(msg('Your draft is back.', { id: 'editor.your-draft-is-back' }));
  }

  #draftOfferText(savedAt: number): string {
    const format = new Intl.DateTimeFormat(this.contentLocale, { dateStyle: 'medium', timeStyle: 'short' });
    const when = format.format(savedAt);
    return msg(str`A draft you were working on was saved in this browser on ${when}.`, {
      id: 'editor.a-draft-you-were',
    });
  }

  #declineDraft(): void {
    this.#offer = undefined;
    removeDraft(this.draftKey);
    this.requestUpdate();
  }

  /* ---- outputs ---- */

  #announce(text: string): void {
    // The same sentence twice must be heard twice: clear first, then set on the next render.
    this.#announcement = '';
    this.requestUpdate();
    void this.updateComplete.then(() => {
      this.#announcement = text;
      this.requestUpdate();
    });
  }

  async #copyEmbed(): Promise<void> {
    const code = this.embedCode();
    if (!code) {
      this.#announce(
        msg('There is nothing to copy yet: give the routine a title and at least one exercise.', {
          id: 'editor.there-is-nothing-to',
        }),
      );
      return;
    }
    try {
      await navigator.clipboard.writeText(code);
      this.#announce(
        msg('Embed code copied. Paste it into a "Custom HTML" block of your page.', {
          id: 'editor.embed-code-copied-paste',
        }),
      );
    } catch {
      const box = this.renderRoot.querySelector<HTMLTextAreaElement>('#embed');
      box?.focus();
      box?.select();
      this.#announce(
        msg('The browser did not allow copying. The code is selected: press Ctrl+C (or ⌘C) to copy it.', {
          id: 'editor.the-browser-did-not',
        }),
      );
    }
  }

  #download(name: string, type: string, content: string): void {
    if (this.#downloadUrl) URL.revokeObjectURL(this.#downloadUrl);
    this.#downloadUrl = URL.createObjectURL(new Blob([content], { type }));
    const link = document.createElement('a');
    link.href = this.#downloadUrl;
    link.download = name;
    link.click();
  }

  #fileName(extension: string): string {
    const id =
      typeof this.#doc.id === 'string' && /^[\w-]{1,80}$/.test(this.#doc.id) ? this.#doc.id : 'routine';
    return `${id}.${extension}`;
  }

  async #openFile(event: Event): Promise<void> {
    const input = event.target as HTMLInputElement;
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    const text = await file.text();
    this.#readText.cancel();
    if (/^\s*[{[]/.test(text)) {
      const read = readJsonText(text);
      if (!read.ok) {
        const message = `${msg(
          str`"${file.name}" looks like JSON but could not be read. Check it for a missing comma or quote.`,
          { id: 'editor.x-looks-like-json' },
        )} ${jsonTextMessage(read)}`;
        this.#announce(message);
        this.emit('ex-error', { kind: 'parse', message, errors: [] });
        return;
      }
      const value = read.value;
      const doc = this.#asRoutine(value);
      if (!doc) {
        const message = msg(str`"${file.name}" holds no routine or exercise.`, {
          id: 'editor.x-holds-no-routine',
        });
        this.#announce(message);
        this.emit('ex-error', { kind: 'invalid', message, errors: [] });
        return;
      }
      this.#commit(doc, 'open');
    } else {
      this.#text = text;
      this.#applyText();
    }
    this.#announce(msg(str`Opened "${file.name}".`, { id: 'editor.opened-x' }));
  }

  /** A routine as it is; a single exercise becomes a routine of one. */
  #asRoutine(value: unknown): RoutineInput | undefined {
    if (!isObject(value)) return undefined;
    if (Array.isArray(value.sections)) return value as unknown as RoutineInput;
    if (value.name === undefined) return undefined;
    const id = typeof value.id === 'string' ? value.id : 'exercise';
    return {
      id,
      title: value.name as LocalizedText,
      sections: [
        {
          title: value.name as LocalizedText,
          kind: 'main',
          items: [{ exercise: { ...value, id } as never }],
        },
      ],
    };
  }

  /* ---- rendering ---- */

  readonly #form: FormHandlers = {
    routineText: (field, value) => this.#edit((d) => edits.setRoutineField(d, field, value)),
    sectionTitle: (s, value) => this.#edit((d) => edits.setSection(d, s, { title: value })),
    sectionKind: (s, kind: SectionKind) => this.#edit((d) => edits.setSection(d, s, { kind })),
    moveSection: (s, delta) => this.#edit((d) => edits.moveSection(d, s, delta)),
    removeSection: (s) => {
      this.#edit((d) => edits.removeSection(d, s));
      void this.#focus('#add-section');
    },
    addSection: () => {
      this.#edit((d) => edits.addSection(d, msg('New section', { id: 'editor.new-section' })));
      void this.#focus(`#f-s${this.#doc.sections.length - 1}\\.title`);
    },
    addExercise: (s) => {
      const sections = this.#doc.sections.length;
      this.#edit((d) =>
        edits.addExercise(
          d,
          s,
          { name: msg('New exercise', { id: 'editor.new-exercise' }) },
          editorTitles().exercises,
        ),
      );
      const at = sections === 0 ? 0 : s;
      void this.#focus(`#f-s${at}\\.i${this.#doc.sections[at]!.items.length - 1}\\.name`);
    },
    exerciseText: (s, i, field, value) => this.#edit((d) => edits.setExerciseText(d, s, i, field, value)),
    exerciseList: (s, i, field, lines) => this.#edit((d) => edits.setExerciseList(d, s, i, field, lines)),
    moveItem: (s, i, delta) => {
      const before = this.#doc;
      this.#edit((d) => edits.moveItem(d, s, i, delta));
      // Focus follows the exercise to where it went, on the same button when it is still usable.
      const moved = before.sections[s]?.items[i];
      this.#doc.sections.forEach((section, ns) =>
        section.items.forEach((item, ni) => {
          if (JSON.stringify(item) === JSON.stringify(moved)) {
            void this.#focus(
              `#s${ns}\\.i${ni}-${delta < 0 ? 'up' : 'down'}`,
              `#s${ns}\\.i${ni}-${delta < 0 ? 'down' : 'up'}`,
            );
          }
        }),
      );
    },
    removeItem: (s, i) => {
      this.#edit((d) => edits.removeItem(d, s, i));
      void this.#focus(`#s${s}-add`, '#add-section');
    },
  };

  async #focus(...selectors: string[]): Promise<void> {
    await this.updateComplete;
    for (const selector of selectors) {
      const target = this.renderRoot.querySelector<HTMLElement>(selector);
      if (target && !(target as HTMLButtonElement).disabled) {
        target.focus();
        return;
      }
    }
  }

  #selectTab(tab: Tab, focus = false): void {
    this.#tab = tab;
    this.requestUpdate();
    if (focus) void this.#focus(`#tab-${tab}`);
  }

  #onTabKey(event: KeyboardEvent): void {
    const at = TABS.indexOf(this.#tab);
    const to =
      event.key === 'ArrowRight'
        ? (at + 1) % TABS.length
        : event.key === 'ArrowLeft'
          ? (at + TABS.length - 1) % TABS.length
          : event.key === 'Home'
            ? 0
            : event.key === 'End'
              ? TABS.length - 1
              : -1;
    if (to < 0) return;
    event.preventDefault();
    // Tabs are mirrored in a right-to-left page: the arrow's direction follows what the reader sees.
    const rtl = getComputedStyle(this).direction === 'rtl' && event.key.startsWith('Arrow');
    this.#selectTab(TABS[rtl ? (2 * at - to + TABS.length) % TABS.length : to]!, true);
  }

  /** Moves the caret to a line of the text pane, for a diagnostic's "line 7" button. */
  #goToLine(line: number): void {
    const box = this.renderRoot.querySelector<HTMLTextAreaElement>('#text');
    if (!box) return;
    const lines = box.value.split('\n');
    const start = lines.slice(0, Math.max(0, line - 1)).reduce((n, l) => n + l.length + 1, 0);
    box.focus();
    box.setSelectionRange(start, start + (lines[line - 1]?.length ?? 0));
  }

  /** `where`: each remark's line as a button that goes to it, as a label, or not at all. */
  #diagnosticList(
    diagnostics: readonly Diagnostic[],
    id: string,
    where: 'button' | 'label' | 'none',
  ): TemplateResult {
    if (diagnostics.length === 0)
      return html`<p class="all-clear" id=${id}>
        ${msg('No problems found.', { id: 'editor.no-problems-found' })}
      </p>`;
    return html`<ul class="diagnostics" part="diagnostics" id=${id}>
      ${diagnostics.map(
        (d) =>
          html`<li class=${d.severity}>
            ${
              where === 'button'
                ? html`<button type="button" class="link" @click=${() => this.#goToLine(d.line)}>
                    ${lineLabel(d.line, this.contentLocale)}
                  </button>`
                : where === 'label'
                  ? html`<span class="where">${lineLabel(d.line, this.contentLocale)}</span>`
                  : nothing
            }
            <span>${diagnosticMessage(d, this.contentLocale)}</span>
          </li>`,
      )}
    </ul>`;
  }

  #tabLabel(tab: Tab): string {
    return {
      article: msg('Paste an article', { id: 'editor.paste-an-article' }),
      text: msg('Write as text', { id: 'editor.write-as-text' }),
      form: msg('Build with a form', { id: 'editor.build-with-a-form' }),
    }[tab];
  }

  #renderArticle(): TemplateResult {
    return html`<label for="article"
        >${msg('Paste your article here (plain text, or copied from a web page).', { id: 'editor.paste-your-article-here' })}</label
      >
      <textarea
        id="article"
        part="article-input"
        dir="auto"
        rows="12"
        .value=${this.#articleText}
        @paste=${this.#onArticlePaste}
        @input=${this.#onArticleInput}
      ></textarea>
      <div class="row-buttons">
        <button type="button" class="primary" id="import" @click=${this.#onImportClick}>
          ${msg('Import article', { id: 'editor.import-article' })}
        </button>
      </div>
      ${
        this.#importDiagnostics
          ? html`<h3>${msg('What to check', { id: 'editor.what-to-check' })}</h3>
              <p class="hint">
                ${msg('The import guessed these things. Fix them in the text or the form.', { id: 'editor.the-import-guessed-these' })}
              </p>
              ${this.#diagnosticList(this.#importDiagnostics, 'import-problems', this.#importedPage ? 'none' : 'label')}`
          : nothing
      }`;
  }

  #onArticlePaste = (event: ClipboardEvent): void => {
    const box = event.target as HTMLTextAreaElement;
    const html = event.clipboardData?.getData('text/html') ?? '';
    const replacesAll = box.selectionStart === 0 && box.selectionEnd === box.value.length;
    this.#pastedPage = html.trim() && replacesAll ? { html, text: undefined } : undefined;
  };

  #onArticleInput = (event: Event): void => {
    this.#articleText = (event.target as HTMLTextAreaElement).value;
    if (this.#pastedPage && this.#pastedPage.text === undefined) this.#pastedPage.text = this.#articleText;
  };

  /** Import reads the pasted page's HTML while the box still shows what was pasted, else the box. */
  #onImportClick = (): void => {
    const pasted = this.#pastedPage;
    const page = pasted !== undefined && pasted.text === this.#articleText;
    void this.#import(page ? pasted.html : this.#articleText, page);
  };

  #renderText(): TemplateResult {
    const other = this.#pristine ? [] : (this.#placed?.other ?? []);
    return html`<label for="text"
        >${msg('Your routine as text', { id: 'editor.your-routine-as-text' })}</label
      >
      <p class="hint" id="text-help">
        ${msg('Start with "# Title". Each exercise starts with "### Name", then its dosage line and numbered steps.', { id: 'editor.start-with-title-each' })}
      </p>
      <textarea
        id="text"
        part="text-input"
        dir="auto"
        rows="18"
        spellcheck="true"
        aria-describedby="text-help text-problems"
        .value=${live(this.#text)}
        @input=${(e: Event) => {
          this.#text = (e.target as HTMLTextAreaElement).value;
          this.#readText.schedule();
          if (!this.#unreadTyping) {
            // Once per burst, not per key: the Undo button turns on for what is being typed.
            this.#unreadTyping = true;
            if (!canUndo(this.#history)) this.requestUpdate();
          }
        }}
      ></textarea>
      <h3>${msg('Problems', { id: 'editor.problems' })}</h3>
      ${this.#diagnosticList(this.#pristine ? [] : this.#textDiagnostics, 'text-problems', 'button')}
      ${
        other.length > 0
          ? html`<ul class="diagnostics">
              ${other.map((e) => html`<li class="error"><code>${e.path || '—'}</code> ${e.message}</li>`)}
            </ul>`
          : nothing
      }
      ${this.#renderUnknownFields()}`;
  }

  /** Fields we don't know that look like ours: kept in the document, but most likely a slip. */
  #renderUnknownFields(): TemplateResult | typeof nothing {
    if (this.#pristine || this.#unknownFields.length === 0) return nothing;
    return html`<ul class="diagnostics unknown-fields">
      ${this.#unknownFields.map(
        (w) => html`<li class="warning"><code>${w.path || '—'}</code> ${warningText(w)}</li>`,
      )}
    </ul>`;
  }

  /** An exercise picked in the library joins the last section; its dosage field waits for the author. */
  #addFromLibrary(event: CustomEvent<ExLibraryPickDetail>): void {
    const sections = this.#doc.sections.length;
    const at = Math.max(0, sections - 1);
    this.#edit((d) => edits.addExercise(d, at, event.detail.exercise, editorTitles().exercises));
    void this.#focus(`#f-s${at}\\.i${this.#doc.sections[at]!.items.length - 1}\\.dosage`);
  }

  #renderPreview(): TemplateResult {
    const routine = this.#preview;
    if (!routine || resolveRoutineItems(routine).length === 0) {
      return html`<p class="hint">
        ${msg('The preview appears once the routine has an exercise.', { id: 'editor.the-preview-appears-once' })}
      </p>`;
    }
    const lang = this.#lang ?? nothing;
    if (this.#element === 'player') {
      return html`<routine-player
        .routine=${routine}
        no-persist
        heading-level="3"
        theme=${ifDefined(this.theme)}
        lang=${lang}
      ></routine-player>`;
    }
    const items = resolveRoutineItems(routine);
    if (this.#element === 'card') {
      return html`${items.map(
        (item) =>
          html`<exercise-card
            .exercise=${item.dosage === undefined ? item.exercise : { ...item.exercise, dosage: item.dosage }}
            heading-level="3"
            theme=${ifDefined(this.theme)}
            lang=${lang}
          ></exercise-card>`,
      )}`;
    }
    const item = items.find((i) => i.exercise.id === this.#counterId) ?? items[0]!;
    return html`<h3>${pickText(item.exercise.name, this.contentLocale)}</h3>
      <rep-counter .dosage=${item.dosage} theme=${ifDefined(this.theme)} lang=${lang}></rep-counter>`;
  }

  #renderOutput(): TemplateResult {
    const items = this.#preview ? resolveRoutineItems(this.#preview) : [];
    const choice = (value: EmbedElement, label: string) =>
      html`<label class="choice">
        <input
          type="radio"
          name="element"
          value=${value}
          .checked=${this.#element === value}
          @change=${() => {
            this.#element = value;
            this.requestUpdate();
          }}
        />
        ${label}
      </label>`;
    const code = this.embedCode();
    return html`<h2>${msg('Preview', { id: 'editor.preview' })}</h2>
      <fieldset class="element-choice">
        <legend>${msg('Show it as', { id: 'editor.show-it-as' })}</legend>
        ${choice('player', msg('The whole routine, in the player', { id: 'editor.the-whole-routine-in' }))}
        ${choice('card', msg('A card for each exercise', { id: 'editor.a-card-for-each' }))}
        ${choice('counter', msg('A rep counter', { id: 'editor.a-rep-counter' }))}
        ${
          this.#element === 'counter' && items.length > 1
            ? html`<label for="counter-exercise"
                  >${msg('Exercise to count', { id: 'editor.exercise-to-count' })}</label
                >
                <select
                  id="counter-exercise"
                  @change=${(e: Event) => {
                    this.#counterId = (e.target as HTMLSelectElement).value;
                    this.requestUpdate();
                  }}
                >
                  ${items.map(
                    (item) =>
                      html`<option
                        value=${item.exercise.id}
                        ?selected=${item.exercise.id === this.#counterId}
                      >
                        ${pickText(item.exercise.name, this.contentLocale)}
                      </option>`,
                  )}
                </select>`
            : nothing
        }
      </fieldset>
      <label for="reader-lang"
        >${msg('Language of your readers', { id: 'editor.language-of-your-readers' })}</label
      >
      <select
        id="reader-lang"
        @change=${(e: Event) => {
          this.#lang = (e.target as HTMLSelectElement).value || undefined;
          this.requestUpdate();
        }}
      >
        <option value="" ?selected=${this.#lang === undefined}>
          ${msg('The language of the page', { id: 'editor.the-language-of-the' })}
        </option>
        ${READER_LANGUAGES.map(
          (code) =>
            html`<option value=${code} lang=${code} ?selected=${this.#lang === code}>
              ${languageName(code)}
            </option>`,
        )}
      </select>
      <div class="preview" part="preview">${this.#renderPreview()}</div>
      <h2>${msg('Use it on your page', { id: 'editor.use-it-on-your' })}</h2>
      <div class="row-buttons">
        <button
          type="button"
          class="primary"
          id="copy"
          ?disabled=${!code}
          @click=${() => void this.#copyEmbed()}
        >
          ${msg('Copy embed code', { id: 'editor.copy-embed-code' })}
        </button>
        <button
          type="button"
          id="download-json"
          @click=${() =>
            this.#download(
              this.#fileName('json'),
              'application/json',
              `${JSON.stringify(this.#doc, null, 2)}\n`,
            )}
        >
          ${msg('Download JSON', { id: 'editor.download-json' })}
        </button>
        <button
          type="button"
          id="download-text"
          @click=${() => this.#download(this.#fileName('txt'), 'text/plain', formatRoutineText(this.#doc))}
        >
          ${msg('Download text', { id: 'editor.download-text' })}
        </button>
        <button
          type="button"
          id="open"
          @click=${() => this.renderRoot.querySelector<HTMLInputElement>('#open-file')?.click()}
        >
          ${msg('Open a file', { id: 'editor.open-a-file' })}
        </button>
        <input
          id="open-file"
          class="visually-hidden"
          type="file"
          tabindex="-1"
          aria-hidden="true"
          accept=".json,.txt,application/json,text/plain"
          @change=${(e: Event) => void this.#openFile(e)}
        />
      </div>
      <label for="embed">${msg('Embed code', { id: 'editor.embed-code' })}</label>
      <textarea id="embed" part="embed-code" dir="ltr" rows="6" readonly .value=${code}></textarea>`;
  }

  protected override render(): TemplateResult {
    const tab = this.#tab;
    return html`<div
      part="base"
      class="editor"
      dir=${this.contentDirection}
      @keydown=${(e: KeyboardEvent) => this.#onShortcut(e)}
    >
      <p class="visually-hidden" role="status">${this.#announcement}</p>
      ${
        this.#offer
          ? html`<div
              class="notice"
              role="region"
              aria-label=${msg('Saved draft', { id: 'editor.saved-draft' })}
            >
              <p>${this.#draftOfferText(this.#offer.savedAt)}</p>
              <div class="row-buttons">
                <button type="button" class="primary" id="restore" @click=${() => this.#restoreDraft()}>
                  ${msg('Restore the draft', { id: 'editor.restore-the-draft' })}
                </button>
                <button type="button" id="discard" @click=${() => this.#declineDraft()}>
                  ${msg('Discard it', { id: 'editor.discard-it' })}
                </button>
              </div>
            </div>`
          : nothing
      }
      ${this.#storageNotice ? html`<p class="notice warning" role="alert">${this.#storageNotice}</p>` : nothing}
      <div class="workspace">
        <div class="authoring">
          ${this.#renderHistoryButtons()}
          <div
            role="tablist"
            part="tabs"
            aria-label=${msg('How to write your routine', { id: 'editor.how-to-write-your' })}
            @keydown=${this.#onTabKey}
          >
            ${TABS.map(
              (t) =>
                html`<button
                  type="button"
                  role="tab"
                  id=${`tab-${t}`}
                  aria-selected=${t === tab ? 'true' : 'false'}
                  aria-controls=${`panel-${t}`}
                  tabindex=${t === tab ? 0 : -1}
                  @click=${() => this.#selectTab(t)}
                >
                  ${this.#tabLabel(t)}
                </button>`,
            )}
          </div>
          <div role="tabpanel" id="panel-article" aria-labelledby="tab-article" ?hidden=${tab !== 'article'}>
            ${tab === 'article' ? this.#renderArticle() : nothing}
          </div>
          <div role="tabpanel" id="panel-text" aria-labelledby="tab-text" ?hidden=${tab !== 'text'}>
            ${tab === 'text' ? this.#renderText() : nothing}
          </div>
          <div role="tabpanel" id="panel-form" aria-labelledby="tab-form" ?hidden=${tab !== 'form'}>
            ${
              tab === 'form'
                ? html`${
                    this.librarySrc
                      ? html`<library-panel
                          src=${this.librarySrc}
                          @ex-library-pick=${(e: CustomEvent<ExLibraryPickDetail>) => this.#addFromLibrary(e)}
                        ></library-panel>`
                      : nothing
                  }
                  ${this.#renderUnknownFields()}
                  ${renderRoutineForm(this.#doc, this.#pristine ? undefined : this.#placed, this.#form)}`
                : nothing
            }
          </div>
        </div>
        <div class="output">${this.#renderOutput()}</div>
      </div>
    </div>`;
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    if (
      this.#counterId &&
      !this.#preview?.sections.some((s) => s.items.some((i) => (i.exercise?.id ?? i.ref) === this.#counterId))
    ) {
      this.#counterId = undefined;
    }
  }
}
