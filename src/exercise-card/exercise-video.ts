/**
 * The card's video: a video file, or a YouTube/Vimeo facade. Its own module, loaded only for a card
 * whose data has a video (lazy-video.ts). Before the reader presses the facade's button nothing leaves
 * the page: the poster is the author's own image or a CSS placeholder (never i.ytimg.com), and the
 * iframe to youtube-nocookie.com or player.vimeo.com (with dnt=1) exists only after the press. The box
 * reserves its space by aspect ratio (the card's stylesheet).
 */
import { msg, str } from '@lit/localize';
import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { ExerciseVideo } from '../data/exercise-schema.js';
import type { MediaOptions } from './exercise-media.js';

/** The embed URL for a hosted video, or `undefined` for a file. IDs are validated by the schema. */
export function embedUrl(video: ExerciseVideo): string | undefined {
  if (video.youtube)
    return `https://www.youtube-nocookie.com/embed/${encodeURIComponent(video.youtube)}?autoplay=1`;
  if (video.vimeo)
    return `https://player.vimeo.com/video/${encodeURIComponent(video.vimeo)}?dnt=1&autoplay=1`;
  return undefined;
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
