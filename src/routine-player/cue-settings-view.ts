/**
 * The "Sound and cues" panel: one switch per cue (beeps, voice, counting aloud, vibration, screen
 * flash), each row a 44 px touch target. The one Mute control (in the running controls) silences beeps,
 * voice and the counter on top of these choices; vibration stays its own switch here.
 */
import { msg } from '@lit/localize';
import { html, type TemplateResult } from 'lit';
import type { CueName } from '../internal/session-store.js';

export function renderCueSettings(
  choices: Readonly<Record<CueName, boolean>>,
  onChange: (event: Event) => void,
): TemplateResult {
  const options: Array<[CueName, string]> = [
    ['beeps', msg('Beeps')],
    ['voice', msg('Voice')],
    ['voiceCounts', msg('Count down aloud')],
    ['vibrate', msg('Vibration')],
    ['flash', msg('Screen flash')],
  ];
  return html`<details class="cue-settings">
    <summary>${msg('Sound and cues')}</summary>
    <fieldset>
      <legend class="visually-hidden">${msg('Cues')}</legend>
      ${options.map(
        ([name, label]) =>
          html`<label
            ><input type="checkbox" name=${name} .checked=${choices[name]} @change=${onChange} />
            ${label}</label
          >`,
      )}
    </fieldset>
  </details>`;
}
