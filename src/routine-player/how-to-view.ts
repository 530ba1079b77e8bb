/**
 * "How to do it" in the running view: a closed disclosure with everything the data says about doing
 * the exercise (all its steps, the equipment, its own safety notes, its images and a link to its
 * video), for a patient who needs more than the one cue on screen. Author text keeps its own
 * direction (`dir="auto"`), whatever the UI language. The video is a plain link: nothing is fetched
 * from a video site unless the patient follows it.
 */
import { msg } from '@lit/localize';
import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { Exercise, ExerciseVideo } from '../data/exercise-schema.js';
import type { PlayerText } from './player-text.js';

/** Where the video plays, or `undefined` when the data has none. */
function videoUrl(video: ExerciseVideo | undefined): string | undefined {
  if (!video) return undefined;
  if (video.src) return video.src;
  // The same privacy-minded hosts as the card's facade: no cookies before the patient plays it.
  if (video.youtube) return `https://www.youtube-nocookie.com/embed/${encodeURIComponent(video.youtube)}`;
  if (video.vimeo) return `https://player.vimeo.com/video/${encodeURIComponent(video.vimeo)}?dnt=1`;
  return undefined;
}

export function renderHowTo(t: PlayerText, exercise: Exercise | undefined): TemplateResult | typeof nothing {
  if (!exercise) return nothing;
  const texts = (list: Exercise['steps']) => (list ?? []).map((line) => t.text(line)).filter(Boolean);
  const steps = texts(exercise.steps);
  const equipment = texts(exercise.equipment);
  const safety = texts(exercise.safety);
  const images = exercise.media?.images ?? [];
  const video = videoUrl(exercise.media?.video);
  if (!steps.length && !equipment.length && !safety.length && !images.length && !video) return nothing;
  return html`<details part="how-to" class="how-to">
    <summary>${msg('How to do it')}</summary>
    <div class="how-to-body">
      ${
        steps.length
          ? html`<ol class="how-to-steps">
              ${steps.map((line) => html`<li dir="auto">${line}</li>`)}
            </ol>`
          : nothing
      }
      ${
        equipment.length
          ? html`<p><strong>${msg('Equipment')}</strong> <span dir="auto">${t.list(equipment)}</span></p>`
          : nothing
      }
      ${
        safety.length
          ? html`<ul class="safety how-to-safety" aria-label=${msg('Safety notes')}>
              ${safety.map((line) => html`<li dir="auto">${line}</li>`)}
            </ul>`
          : nothing
      }
      ${images.map(
        (image) =>
          html`<img
            class="how-to-image"
            src=${image.src}
            alt=${t.text(image.alt)}
            width=${ifDefined(image.width)}
            height=${ifDefined(image.height)}
            loading="lazy"
            decoding="async"
          />`,
      )}
      ${
        video
          ? html`<p>
              <a href=${video} target="_blank" rel="noopener noreferrer">${msg('Watch the video')}</a>
            </p>`
          : nothing
      }
    </div>
  </details>`;
}
