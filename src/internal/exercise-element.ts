import { updateWhenLocaleChanges } from '@lit/localize';
import { LitElement } from 'lit';
import type { ExEventDetails, ExEventName } from './events.js';

/**
 * Base class of every element: typed event emission and guarded registration.
 * It does no DOM work at module load or in constructors, so it is safe under server rendering.
 */
export class ExerciseElement extends LitElement {
  constructor() {
    super();
    // Re-render every msg() when the active locale changes (adds a controller; touches no DOM).
    updateWhenLocaleChanges(this);
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

  /** Fires a typed, bubbling, composed event; returns false when a listener called preventDefault. */
  protected emit<K extends ExEventName>(name: K, detail: ExEventDetails[K], cancelable = false): boolean {
    return this.dispatchEvent(new CustomEvent(name, { detail, bubbles: true, composed: true, cancelable }));
  }
}
