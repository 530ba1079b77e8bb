/**
 * The media part of the card: its images. The video (a file, or a YouTube/Vimeo facade) is in
 * exercise-video.ts, which a page downloads only for a card with a video (lazy-video.ts).
 * Every box reserves its space by aspect ratio, so nothing moves when media arrives.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { ExerciseImage } from '../data/exercise-schema.js';
import type { LocalizedText } from '../internal/localized-text.js';

export interface MediaOptions {
  /** The exercise name in the reader's language, for accessible names. */
  name: string;
  /** Picks text in the reader's language. */
  text: (value: LocalizedText | undefined) => string;
  /** Whether the reader pressed the facade's play button. */
  playing: boolean;
  /** Called when the facade's play button is pressed. */
  onPlay: () => void;
}

/**
 * A failed image would leave the browser's broken-image icon in a large empty box: the figure is marked
 * so the stylesheet shows the alt text as a small caption instead. Only one of the two is ever displayed,
 * so a screen reader reads the alt text once. A later successful load (a new `src`) clears the mark.
 */
function brokenImage(event: Event): void {
  const img = event.currentTarget as HTMLImageElement;
  img.parentElement?.toggleAttribute('data-broken', event.type === 'error');
}

export function renderImages(images: readonly ExerciseImage[], text: MediaOptions['text']): TemplateResult {
  return html`<div class="images" data-count=${images.length}>
    ${images.map((image) => {
      const caption = text(image.caption);
      const alt = text(image.alt);
      // With width and height the browser reserves the box from them (CSS keeps height: auto);
      // without, the stylesheet reserves a 4:3 box. No inline style, so strict CSP pages work.
      return html`<figure class="image" ?data-sized=${Boolean(image.width && image.height)}>
        <img
          src=${image.src}
          alt=${alt}
          @error=${brokenImage}
          @load=${brokenImage}
          width=${ifDefined(image.width)}
          height=${ifDefined(image.height)}
          loading="lazy"
          decoding="async"
        />
        ${alt ? html`<span class="image-fallback" dir="auto">${alt}</span>` : nothing}
        ${caption ? html`<figcaption dir="auto">${caption}</figcaption>` : nothing}
      </figure>`;
    })}
  </div>`;
}
