/**
 * The media part of the card: images, a video file, or a YouTube/Vimeo facade.
 *
 * The facade is the reason this is its own module. Before the reader presses its button nothing
 * leaves the page: the poster is the author's own image or a CSS placeholder (never i.ytimg.com), and
 * the iframe to youtube-nocookie.com or player.vimeo.com (with dnt=1) exists only after the press.
 * Every box reserves its space by aspect ratio, so nothing moves when media arrives.
 */
import { msg, str } from '@lit/localize';
import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { ExerciseImage, ExerciseVideo } from '../data/exercise-schema.js';
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

/** The embed URL for a hosted video, or `undefined` for a file. IDs are validated by the schema. */
export function embedUrl(video: ExerciseVideo): string | undefined {
  if (video.youtube)
    return `https://www.youtube-nocookie.com/embed/${encodeURIComponent(video.youtube)}?autoplay=1`;
  if (video.vimeo)
    return `https://player.vimeo.com/video/${encodeURIComponent(video.vimeo)}?dnt=1&autoplay=1`;
  return undefined;
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

export function renderVideo(video: ExerciseVideo, options: MediaOptions): TemplateResult {
  const title = options.text(video.title) || options.name;
  if (video.src) {
    return html`<div class="video">
      <video
        src=${video.src}
        poster=${ifDefined(video.poster)}
        aria-label=${msg(str`Video: ${title}`)}
        controls
        playsinline
        muted
        preload="metadata"
      ></video>
    </div>`;
  }
  const url = embedUrl(video);
  if (!url) return html``;
  if (options.playing) {
    return html`<div class="video">
      <iframe
        src=${url}
        title=${msg(str`Video: ${title}`)}
        allow="autoplay; encrypted-media; picture-in-picture; fullscreen"
        referrerpolicy="strict-origin-when-cross-origin"
      ></iframe>
    </div>`;
  }
  return html`<div class="video facade" data-provider=${video.youtube ? 'youtube' : 'vimeo'}>
    ${video.poster ? html`<img class="poster" src=${video.poster} alt="" loading="lazy" decoding="async" />` : nothing}
    <button type="button" class="play" part="play-button" @click=${options.onPlay}>
      <svg viewBox="0 0 68 48" width="68" height="48" aria-hidden="true" focusable="false">
        <rect class="play-bg" x="1" y="1" width="66" height="46" rx="12" />
        <path class="play-icon" d="M27 14 L47 24 L27 34 Z" />
      </svg>
      <span class="visually-hidden">${msg(str`Play video: ${title}`)}</span>
    </button>
  </div>`;
}
