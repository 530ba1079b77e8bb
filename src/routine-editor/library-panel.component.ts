import { msg, str } from '@lit/localize';
import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { readLibrary, withAbsoluteMedia, type ExerciseLibrary } from '../core/library/read-library.js';
import {
  LIBRARY_NO_EQUIPMENT,
  libraryFacets,
  searchLibrary,
  type LibraryFacets,
  type LibrarySearchResult,
} from '../core/library/search-library.js';
import { isSafeUrl } from '../core/safe-url.js';
import type { ExerciseInput } from '../data/exercise-schema.js';
import { dataMessages } from '../internal/data-loader-messages.js';
import { DocumentLoader } from '../internal/document-loader.js';
import { ExerciseElement } from '../internal/exercise-element.js';
import { libraryPanelStyles } from './library-panel.styles.js';

/** Rows shown at once; the status line says when the search matched more. */
const DEFAULT_LIMIT = 30;

/**
 * The exercise library for authors: search the library (the 873 exercises of Free Exercise DB that
 * `npm run build` writes to `dist/library/free-exercise-db.json`) by name, target area and equipment,
 * and add one to the routine. The file is fetched only when the panel is first opened, so a page
 * that never opens it never loads it; readers' widgets never include this element.
 *
 * The class never registers itself: the routine editor registers it (scoped, or with the guarded
 * `LibraryPanel.define(tag)`).
 *
 * Keyboard: Tab reaches the search box, the two filters and each "Add" button; the arrow keys move
 * between the "Add" buttons, and from the search box down into the list; Home and End jump to the
 * first and last result.
 *
 * @summary Search the exercise library by name, target area and equipment, and pick an exercise.
 *
 * @csspart base - The panel's box.
 * @csspart toggle - The button that opens and closes the library.
 * @csspart search - The search form: name, target area and equipment.
 * @csspart status - The line that says what is shown (loading, how many found, nothing found, an error).
 * @csspart results - The list of matching exercises.
 * @csspart result - One exercise in the list.
 * @csspart add - The button that adds an exercise.
 *
 * @cssproperty [--ex-library-max-height = 28rem] - Height of the list before it scrolls.
 *
 * @event {{exercise: ExerciseInput}} ex-library-pick - The author chose an exercise. Cancelable: call
 *   `preventDefault()` when it could not be added, and the panel won't announce it as added.
 * @event {ExErrorDetail} ex-error - The library could not be loaded or read.
 * @event {ExWarningDetail} ex-warning - Entries of the library were left out as invalid.
 */
export class LibraryPanel extends ExerciseElement {
  static override styles = libraryPanelStyles;

  static override properties = {
    src: { reflect: true },
    open: { type: Boolean, reflect: true },
    limit: { type: Number },
    _query: { state: true },
    _area: { state: true },
    _equipment: { state: true },
    _announcement: { state: true },
  };

  /** Address of the library file (JSON); fetched the first time the panel opens. */
  declare src: string | undefined;
  /** Whether the library is shown; the toggle button sets it too. */
  declare open: boolean;
  /** How many results are listed at once (default 30). */
  declare limit: number;
  /** @internal */
  declare _query: string;
  /** @internal */
  declare _area: string;
  /** @internal */
  declare _equipment: string;
  /** @internal What the status line says after an exercise was added. */
  declare _announcement: string;

  /** @internal Set once opened, so closing the panel keeps what was loaded. */
  #wanted = false;

  /** @internal */
  readonly #loader = new DocumentLoader<ExerciseLibrary>(this, {
    value: () => undefined,
    src: () => (this.#wanted ? this.src : undefined),
    validate: readLibrary,
    messages: dataMessages,
    onSettle: (loader) => {
      if (loader.status === 'ready') this.warnAuthor(loader.warnings);
      else if (loader.status === 'error' && loader.error) this.emit('ex-error', loader.error);
    },
  });

  /** @internal */
  #facets: { library: ExerciseLibrary; facets: LibraryFacets } | undefined;
  /** @internal */
  #results: { key: string; library: ExerciseLibrary; result: LibrarySearchResult } | undefined;

  constructor() {
    super();
    this.src = undefined;
    this.open = false;
    this.limit = DEFAULT_LIMIT;
    this._query = '';
    this._area = '';
    this._equipment = '';
    this._announcement = '';
  }

  /** @internal */
  /** Also waits for a large document that renders in a task after the one that validated it. */
  protected override getUpdateComplete(): Promise<boolean> {
    return this.#loader.shown(() => super.getUpdateComplete());
  }

  protected override willUpdate(): void {
    if (this.open) this.#wanted = true;
  }

  /** @internal */
  protected override render(): TemplateResult {
    return html`<div part="base" class="panel" dir=${this.contentDirection}>
      <button
        part="toggle"
        class="toggle quiet"
        type="button"
        aria-expanded=${this.open ? 'true' : 'false'}
        aria-controls="library"
        @click=${this.#toggle}
      >
        ${msg('Exercise library')}
      </button>
      <div id="library" class="body" ?hidden=${!this.open}>${this.open ? this.#renderBody() : nothing}</div>
    </div>`;
  }

  #renderBody(): TemplateResult {
    const loader = this.#loader;
    const library = loader.status === 'ready' ? loader.value : undefined;
    const facets = library ? this.#facetsOf(library) : { areas: [], equipment: [] };
    const result = library ? this.#search(library) : undefined;
    return html`
      <form part="search" class="search" role="search" @submit=${this.#noSubmit}>
        <div class="field">
          <label for="query">${msg('Search by name')}</label>
          <input
            id="query"
            type="search"
            autocomplete="off"
            spellcheck="false"
            .value=${this._query}
            ?disabled=${!library}
            @input=${this.#onQuery}
            @keydown=${this.#onQueryKey}
          />
        </div>
        <div class="field">
          <label for="area">${msg('Target area')}</label>
          <select id="area" ?disabled=${!library} @change=${this.#onArea}>
            <option value="" ?selected=${this._area === ''}>${msg('All areas')}</option>
            ${facets.areas.map(
              (area) => html`<option value=${area} ?selected=${this._area === area}>${area}</option>`,
            )}
          </select>
        </div>
        <div class="field">
          <label for="equipment">${msg('Equipment')}</label>
          <select id="equipment" ?disabled=${!library} @change=${this.#onEquipment}>
            <option value="" ?selected=${this._equipment === ''}>${msg('Any equipment')}</option>
            <option value=${LIBRARY_NO_EQUIPMENT} ?selected=${this._equipment === LIBRARY_NO_EQUIPMENT}>
              ${msg('No equipment')}
            </option>
            ${facets.equipment.map(
              (item) => html`<option value=${item} ?selected=${this._equipment === item}>${item}</option>`,
            )}
          </select>
        </div>
      </form>
      ${this.#renderStatus(result)}
      ${
        result && result.exercises.length
          ? html`<ul
              part="results"
              class="results"
              aria-label=${msg('Exercises found')}
              @keydown=${this.#onListKey}
            >
              ${result.exercises.map((exercise) => this.#renderResult(exercise))}
            </ul>`
          : nothing
      }
      ${library?.title ? this.#renderCredit(library) : nothing}
    `;
  }

  #renderStatus(result: LibrarySearchResult | undefined): TemplateResult {
    const loader = this.#loader;
    let text: string;
    let error = false;
    let retry = false;
    if (loader.status === 'error') {
      text = loader.error?.message ?? msg('The exercise library could not be loaded.');
      error = true;
      retry = true;
    } else if (loader.status === 'loading') {
      text = msg('Loading the exercise library…');
    } else if (!result) {
      text = msg('No exercise library is set: give the panel the address of one (src).');
      error = true;
    } else if (result.total === 0) {
      text = msg('No exercise matches. Try fewer words, or another area or equipment.');
    } else {
      const found = msg(str`Exercises found: ${this.#number(result.total)}.`);
      text =
        result.total > result.exercises.length
          ? `${found} ${msg(str`Showing the first ${this.#number(result.exercises.length)}; type more of a name to narrow the list.`)}`
          : found;
    }
    if (this._announcement && !error) text = `${this._announcement} ${text}`;
    return html`<div class="status-row">
      <p part="status" class="status ${error ? 'error' : ''}" role="status">${text}</p>
      ${
        retry
          ? html`<button type="button" class="quiet" @click=${() => this.#loader.reload()}>
              ${msg('Try again')}
            </button>`
          : nothing
      }
    </div>`;
  }

  #renderResult(exercise: ExerciseInput): TemplateResult {
    const areas = (exercise.muscles ?? []).join(', ');
    const equipment = exercise.equipment?.length ? exercise.equipment.join(', ') : msg('no equipment');
    return html`<li part="result" class="result">
      <span class="result-text">
        <span class="result-name">${exercise.name}</span>
        <span class="result-meta">${areas ? `${areas} · ` : ''}${equipment}</span>
      </span>
      <button
        part="add"
        type="button"
        class="add"
        aria-label=${msg(str`Add ${exercise.name}`)}
        @click=${() => this.#pick(exercise)}
      >
        ${msg('Add')}
      </button>
    </li>`;
  }

  #renderCredit(library: ExerciseLibrary): TemplateResult {
    const name = library.title ?? '';
    const link =
      library.url && isSafeUrl(library.url)
        ? html`<a href=${ifDefined(library.url)} target="_blank" rel="noopener noreferrer">${name}</a>`
        : name;
    return html`<p class="credit">
      ${msg(html`Exercises from ${link}`)}${library.licence ? ` (${library.licence})` : ''}
    </p>`;
  }

  #number(n: number): string {
    return new Intl.NumberFormat(this.contentLocale).format(n);
  }

  #facetsOf(library: ExerciseLibrary): LibraryFacets {
    if (this.#facets?.library !== library)
      this.#facets = { library, facets: libraryFacets(library.exercises) };
    return this.#facets.facets;
  }

  #search(library: ExerciseLibrary): LibrarySearchResult {
    const key = JSON.stringify([this._query, this._area, this._equipment, this.limit]);
    if (this.#results?.library !== library || this.#results.key !== key) {
      const limit = Number.isFinite(this.limit) && this.limit > 0 ? this.limit : DEFAULT_LIMIT;
      const result = searchLibrary(library.exercises, {
        query: this._query,
        area: this._area,
        equipment: this._equipment,
        limit,
      });
      this.#results = { key, library, result };
    }
    return this.#results.result;
  }

  #toggle = (): void => {
    this.open = !this.open;
  };

  #noSubmit = (event: Event): void => {
    event.preventDefault();
  };

  #onQuery = (event: Event): void => {
    this._query = (event.target as HTMLInputElement).value;
    this._announcement = '';
  };

  #onArea = (event: Event): void => {
    this._area = (event.target as HTMLSelectElement).value;
    this._announcement = '';
  };

  #onEquipment = (event: Event): void => {
    this._equipment = (event.target as HTMLSelectElement).value;
    this._announcement = '';
  };

  #addButtons(): HTMLButtonElement[] {
    return Array.from(this.renderRoot.querySelectorAll<HTMLButtonElement>('button.add'));
  }

  #onQueryKey = (event: KeyboardEvent): void => {
    if (event.key !== 'ArrowDown') return;
    const first = this.#addButtons()[0];
    if (!first) return;
    event.preventDefault();
    first.focus();
  };

  #onListKey = (event: KeyboardEvent): void => {
    const buttons = this.#addButtons();
    const at = buttons.indexOf(event.target as HTMLButtonElement);
    if (at < 0) return;
    let next: HTMLElement | undefined;
    if (event.key === 'ArrowDown') next = buttons[Math.min(at + 1, buttons.length - 1)];
    else if (event.key === 'ArrowUp')
      next = at === 0 ? (this.renderRoot.querySelector<HTMLElement>('#query') ?? undefined) : buttons[at - 1];
    else if (event.key === 'Home') next = buttons[0];
    else if (event.key === 'End') next = buttons[buttons.length - 1];
    if (!next) return;
    event.preventDefault();
    next.focus();
  };

  #pick(exercise: ExerciseInput): void {
    const base = this.#baseUrl();
    const picked = base ? withAbsoluteMedia(exercise, base) : { ...exercise };
    if (this.emit('ex-library-pick', { exercise: picked }, true)) {
      this._announcement = msg(str`Added ${exercise.name}; set how much to do in the routine.`);
    }
  }

  /** The library file's own address, which its relative pictures are relative to. */
  #baseUrl(): string | undefined {
    if (!this.src) return undefined;
    try {
      return new URL(this.src, this.ownerDocument.baseURI).href;
    } catch {
      return undefined;
    }
  }
}
