import { msg } from '@lit/localize';
import { html, LitElement, render, type PropertyDeclarations } from 'lit';
import { textDirection } from '../core/text-direction.js';
import type { ValidationError } from '../data/validate.js';
import type { ExEventDetails, ExEventName } from './events.js';
import { followLocaleChanges, unfollowLocaleChanges } from './locale-change-updates.js';
import { connectLocalization, disconnectLocalization } from './locale-loader.js';
import { intlLocale } from './localized-text.js';
import { inRenderSlice } from './render-slices.js';

/**
 * Base class of every element: typed event emission, guarded registration and localization.
 * It does no DOM work at module load or in constructors, so it is safe under server rendering.
 *
 * Localization: UI strings (`msg()`) follow the page's catalog, one per page (see
 * internal/locale-loader.ts); numbers, lists, author data and text direction follow the element's own
 * resolved `lang` (`contentLocale`, `contentDirection`). The first element to connect sets up
 * localization, and any `lang` change in the page re-renders every element.
 *
 * Failures: whatever throws inside an update (`willUpdate`, `update`, `render`, a controller's
 * `hostUpdate`) is caught here, in `performUpdate`, which runs them all. The element then shows a short
 * message (`role="alert"`) instead of staying blank, fires `ex-error` with kind `internal` and logs the
 * error for the author; the next update that succeeds replaces the message.
 */
export class ExerciseElement extends LitElement {
  static override properties: PropertyDeclarations = {
    debug: { type: Boolean, reflect: true },
  };

  /**
   * Shows the author what was left out or not understood (the same warnings `ex-warning` carries) inside
   * the element. Set it while writing a post; readers never see warnings without it.
   */
  declare debug: boolean;

  constructor() {
    super();
    this.debug = false;
  }

  static override get observedAttributes(): string[] {
    // `lang` stays the native property; an element only needs to re-render in its new language.
    return [...super.observedAttributes, 'lang'];
  }

  /** @internal */
  override attributeChangedCallback(name: string, old: string | null, value: string | null): void {
    super.attributeChangedCallback(name, old, value);
    if (name === 'lang' && old !== value) this.requestUpdate();
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // Re-render every msg() when the active locale changes.
    followLocaleChanges(this);
    connectLocalization(this);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    unfollowLocaleChanges(this);
    disconnectLocalization(this);
  }

  /** @internal Runs the update; a throw becomes the error state (see "Failures" above), never an exception. */
  protected override performUpdate(): void {
    try {
      super.performUpdate();
      // An update got through: the element shows its content again, so a later failure is news.
      this.#internalError = undefined;
    } catch (error) {
      this.#showInternalError(error);
    }
  }

  /** @internal Why the last update failed, while its message is on screen. */
  #internalError: unknown;

  #showInternalError(error: unknown): void {
    const repeated = this.#internalError !== undefined;
    this.#internalError = error;
    const message = msg('Something went wrong while showing this content. Reloading the page may help.');
    try {
      // Rendered straight into the shadow root: the element's own render is what failed. The next
      // update Lit renders replaces it, since both write to the same part of the root.
      render(
        html`<div part="base" class="error internal-error" dir=${this.contentDirection}>
          <div class="alert" role="alert">
            <p class="alert-title">${msg('This content could not be shown.')}</p>
            <p class="alert-message">${message}</p>
          </div>
        </div>`,
        this.renderRoot,
        this.renderOptions,
      );
    } catch {
      // Not even the message could be drawn (a detached or torn-down root): the event still goes out.
    }
    if (this.getAttribute('phase') !== null) this.setAttribute('phase', 'error');
    if (repeated) return;
    const where = this.localName + (this.id ? `#${this.id}` : '');
    console.error(`${where}: could not be shown`, error);
    this.emit('ex-error', { kind: 'internal', message, errors: [] });
  }

  /** @internal The first render waits its turn when many elements arrive at once (render-slices.ts). */
  protected override scheduleUpdate(): void | Promise<unknown> {
    return this.hasUpdated ? super.scheduleUpdate() : inRenderSlice(() => super.scheduleUpdate());
  }

  /**
   * @internal The element's language as a tag Intl accepts: own `lang`, ancestors', `<html lang>`, the
   * browser's, English.
   */
  protected get contentLocale(): string {
    return intlLocale(this);
  }

  /**
   * @internal `rtl` or `ltr` for the element's language. Renders put it on their `part="base"` box, so
   * an Arabic widget mirrors on an English page and an English one stays left-to-right on an Arabic page.
   */
  protected get contentDirection(): 'ltr' | 'rtl' {
    return textDirection(this.contentLocale);
  }

  /**
   * Registers the class under `tag` unless that tag is already taken (a page that loads the script
   * twice, or another library that got there first, must not see an exception).
   */
  static define(tag: string, registry: CustomElementRegistry | undefined = globalThis.customElements): void {
    if (!registry || registry.get(tag)) return;
    try {
      // A subclass per tag keeps `define` working when a host registers the same class twice.
      registry.define(tag, registry.getName?.(this) ? class extends this {} : this);
    } catch {
      // Another script won the race for this tag between `get` and `define`: theirs stays.
    }
  }

  /**
   * @internal Tells the author about data that was left out or not understood: fires `ex-warning` and
   * logs once to the console. Elements show the same list in the page only while `debug` is set.
   */
  protected warnAuthor(warnings: ValidationError[]): void {
    if (warnings.length === 0) return;
    const where = this.localName + (this.id ? `#${this.id}` : '');
    console.warn(`${where}: ${warnings.map((w) => `${w.path || 'document'}: ${w.message}`).join('; ')}`);
    this.emit('ex-warning', { warnings });
  }

  /** Fires a typed, bubbling, composed event; returns false when a listener called preventDefault. */
  protected emit<K extends ExEventName>(name: K, detail: ExEventDetails[K], cancelable = false): boolean {
    return this.dispatchEvent(new CustomEvent(name, { detail, bubbles: true, composed: true, cancelable }));
  }
}
