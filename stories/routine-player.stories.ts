import type { Meta, StoryContext, StoryObj } from '@storybook/web-components-vite';
import { html, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { ref } from 'lit/directives/ref.js';
import { styleMap } from 'lit/directives/style-map.js';
import program from '../examples/glutes-lower-back-program.json';
import type { PlayerState } from '../src/core/player-reducer.js';
import type { RoutineInput } from '../src/data/routine-schema.js';
import { localeReady } from '../src/internal/locale-loader.js';
import { addHistory, saveSession } from '../src/internal/session-store.js';
import type { RoutinePlayer } from '../src/routine-player/routine-player.js';
import '../src/routine-player/routine-player.js';
import { answerStatus, neverAnswer, STUB_URLS, stubFetch } from './support/fetch-stub.js';
import { preserveLibraryStorage } from './support/library-storage.js';
import {
  playerRoutines,
  sessionIdentity,
  stateAt,
  STORY_NOW,
  type StateOptions,
} from './support/player-states.js';
import { seedUrl } from './support/seed-routines.js';
import { tokenControls } from './support/token-controls.js';

type Cue = '' | 'on' | 'off';

/** Args are named as an author writes them: attributes in kebab case, `routine` as the property. */
interface PlayerArgs {
  routine?: RoutineInput;
  src?: string;
  'rep-mode'?: 'done' | 'count';
  pace?: '' | 'min' | 'mid' | 'max';
  'no-persist'?: boolean;
  'heading-level'?: number;
  theme?: '' | 'light' | 'dark';
  beeps?: Cue;
  voice?: Cue;
  'voice-counts'?: Cue;
  vibrate?: Cue;
  flash?: Cue;
  /** Storybook only: `frozen` holds the player's clock at the story's moment; `live` lets time run. */
  clock?: 'frozen' | 'live';
  /** Rows the manifest adds (the same fields as properties, read-only state): listed, not editable. */
  repMode?: never;
  noPersist?: never;
  headingLevel?: never;
  voiceCounts?: never;
  state?: never;
  status?: never;
  data?: never;
  phase?: never;
  summary?: never;
  onExLoad?: (event: Event) => void;
  onExError?: (event: Event) => void;
  onExRoutineStart?: (event: Event) => void;
  onExStepChange?: (event: Event) => void;
  onExPause?: (event: Event) => void;
  onExResume?: (event: Event) => void;
  onExStop?: (event: Event) => void;
  onExRoutineComplete?: (event: Event) => void;
  onExCheckin?: (event: Event) => void;
  [cssProperty: `--${string}`]: string | undefined;
}

const attr = (value: string | undefined) => ifDefined(value || undefined);

/** `--ex-*` args that have a value become inline custom properties on the element. */
function tokenStyle(args: PlayerArgs): Record<string, string> {
  return Object.fromEntries(
    Object.entries(args).filter(
      (entry): entry is [string, string] =>
        entry[0].startsWith('--') && typeof entry[1] === 'string' && entry[1] !== '',
    ),
  );
}

/**
 * Holds a frozen player still: its `now()` returns the story's moment, so timers read the same on
 * every visit, and the ring's CSS animation (which runs on real time) is paused where that moment
 * puts it, each time the player draws a new one (after a pause, a resume, a new step).
 */
function freeze(element: RoutinePlayer, now: number): void {
  element.now = () => now;
  const hold = (animation: Animation) => {
    animation.pause();
    // The ring starts with a negative delay (the time already spent): time 0 is exactly that point.
    animation.currentTime = 0;
  };
  void element.updateComplete.then(() => {
    const root = element.shadowRoot;
    if (!root) return;
    root.getAnimations().forEach(hold);
    root.addEventListener('animationstart', (event) => {
      (event.target as Element).getAnimations().forEach(hold);
    });
  });
}

/** A story's state, built for the moment the story stands at. */
type StateBuilder = (now: number) => PlayerState;

/** The moment a story stands at: fixed when frozen, the page's clock when live. */
const storyNow = (args: PlayerArgs) => (args.clock === 'live' ? Date.now() : STORY_NOW);

function player(args: PlayerArgs, build?: StateBuilder): TemplateResult {
  const now = storyNow(args);
  const setUp = (element: Element | undefined) => {
    if (!element) return;
    const el = element as RoutinePlayer;
    // Set before the element first renders: a state for the routine's timeline is shown as it is.
    if (build) el.state = build(now);
    if (args.clock !== 'live') freeze(el, now);
  };
  return html`<routine-player
    ${ref(setUp)}
    .routine=${args.routine}
    src=${attr(args.src)}
    rep-mode=${attr(args['rep-mode'])}
    pace=${attr(args.pace)}
    ?no-persist=${args['no-persist']}
    heading-level=${ifDefined(args['heading-level'])}
    theme=${attr(args.theme)}
    beeps=${attr(args.beeps)}
    voice=${attr(args.voice)}
    voice-counts=${attr(args['voice-counts'])}
    vibrate=${attr(args.vibrate)}
    flash=${attr(args.flash)}
    style=${styleMap(tokenStyle(args))}
    @ex-load=${args.onExLoad}
    @ex-error=${args.onExError}
    @ex-routine-start=${args.onExRoutineStart}
    @ex-step-change=${args.onExStepChange}
    @ex-pause=${args.onExPause}
    @ex-resume=${args.onExResume}
    @ex-stop=${args.onExStop}
    @ex-routine-complete=${args.onExRoutineComplete}
    @ex-checkin=${args.onExCheckin}
  ></routine-player>`;
}

/** The player in its own shadow root, once it has rendered in the page's language. */
async function playerIn(canvasElement: HTMLElement): Promise<RoutinePlayer> {
  await customElements.whenDefined('routine-player');
  const element = canvasElement.querySelector('routine-player') as RoutinePlayer;
  await element.updateComplete;
  await localeReady();
  await element.updateComplete;
  return element;
}

/** Keeps the player at the width of a blog's text column. */
const column = (story: () => unknown) => html`<div style="max-width: 46rem">${story()}</div>`;

const cue = {
  control: { type: 'inline-radio' as const, labels: { '': 'unset', on: 'on', off: 'off' } },
  options: ['', 'on', 'off'],
};

/** Cues off by attribute, for stories whose player may move on by itself: no sound, voice or buzz. */
const quiet: Partial<PlayerArgs> = { beeps: 'off', voice: 'off', vibrate: 'off' };

/**
 * A story standing in one phase: the session built by the player's own reducer (`stateAt`), set as
 * `state`, with cues off and nothing saved (a reader pressing buttons here leaves no session behind).
 */
function phase(
  routine: keyof typeof playerRoutines,
  step: string,
  options: Omit<StateOptions, 'now'> = {},
  extra: Partial<PlayerArgs> = {},
): Pick<Story, 'args' | 'render'> {
  const data = playerRoutines[routine];
  return {
    args: { routine: data, clock: 'frozen', 'no-persist': true, ...quiet, ...extra },
    render: (args) => player(args, (now) => stateAt(data, step, { ...options, now, pace: pacing(args) })),
  };
}

const pacing = (args: PlayerArgs) => (args.pace === 'mid' || args.pace === 'max' ? args.pace : 'min');

const meta = {
  title: 'Elements/Routine player',
  component: 'routine-player',
  render: (args) => player(args),
  decorators: [column],
  // Whatever a story or a reader does to the player's storage is put back afterwards. (Stories move the
  // player by its API, not by taps; the library itself never vibrates before the reader touches the page.)
  beforeEach: () => preserveLibraryStorage(),
  args: {
    'rep-mode': 'done',
    pace: '',
    'no-persist': false,
    'heading-level': 2,
    theme: '',
    beeps: '',
    voice: '',
    'voice-counts': '',
    vibrate: '',
    flash: '',
    clock: 'live',
  },
  argTypes: {
    routine: { control: 'object' },
    src: { control: 'text' },
    'rep-mode': { control: 'inline-radio', options: ['done', 'count'] },
    pace: {
      control: { type: 'inline-radio', labels: { '': 'unset (min)', min: 'min', mid: 'mid', max: 'max' } },
      options: ['', 'min', 'mid', 'max'],
      description:
        'Which value of each range is used. Another pace builds other steps, so a phase story returns to the overview.',
    },
    'no-persist': { control: 'boolean' },
    'heading-level': { control: { type: 'number', min: 1, max: 6, step: 1 } },
    theme: {
      control: { type: 'inline-radio', labels: { '': 'follow the page', light: 'light', dark: 'dark' } },
      options: ['', 'light', 'dark'],
    },
    beeps: cue,
    voice: cue,
    'voice-counts': cue,
    vibrate: cue,
    flash: cue,
    clock: {
      control: { type: 'inline-radio', labels: { frozen: 'frozen', live: 'live' } },
      options: ['frozen', 'live'],
      description:
        'Storybook only. `frozen` holds the player’s clock (its `now()`) at the story’s moment, so a phase stays on screen; `live` starts the phase now and lets it run.',
      table: { category: 'Storybook' },
    },
    // The same fields as properties; the attribute rows above are the ones to edit.
    repMode: { control: false },
    noPersist: { control: false },
    headingLevel: { control: false },
    voiceCounts: { control: false },
    state: { control: false },
    status: { control: false },
    data: { control: false },
    phase: { control: false },
    summary: { control: false },
    onExLoad: { action: 'ex-load', table: { disable: true } },
    onExError: { action: 'ex-error', table: { disable: true } },
    onExRoutineStart: { action: 'ex-routine-start', table: { disable: true } },
    onExStepChange: { action: 'ex-step-change', table: { disable: true } },
    onExPause: { action: 'ex-pause', table: { disable: true } },
    onExResume: { action: 'ex-resume', table: { disable: true } },
    onExStop: { action: 'ex-stop', table: { disable: true } },
    onExRoutineComplete: { action: 'ex-routine-complete', table: { disable: true } },
    onExCheckin: { action: 'ex-checkin', table: { disable: true } },
    ...tokenControls({
      colours: ['--ex-danger', '--ex-danger-surface'],
      text: ['--ex-player-timer-size', '--ex-player-min-height'],
    }),
  },
  parameters: {
    docs: {
      subtitle:
        'A guided follow-along for a whole routine: timers, cues, “This hurts”, resume, and a check-in at the end.',
    },
  },
} satisfies Meta<PlayerArgs>;
export default meta;

type Story = StoryObj<PlayerArgs>;

// ---- before the session -----------------------------------------------------------------------------

/**
 * The overview, loaded from a file with `src` as on a blog: title, summary, how long it takes, the
 * exercises, safety notes and "Sound and cues". Press Start to follow the whole routine; the clock is
 * live and the events show in Actions.
 */
export const Overview: Story = {
  args: { src: seedUrl('hip') },
};

/** The QL routine, with `rep-mode="count"`: each rep-based step is counted on a `<rep-counter>`. */
export const OverviewCounting: Story = {
  name: 'Overview, counting reps',
  args: { routine: playerRoutines.ql, 'rep-mode': 'count' },
};

/**
 * A reader came back to a session left halfway: the player offers "Resume where you left off", with
 * the step it will land on. The story saves that session in `localStorage` the way the player does
 * (`saveSession`, under the routine's id and its timeline's hash) and puts storage back afterwards.
 */
export const ResumePrompt: Story = {
  name: 'Resume prompt',
  args: { routine: playerRoutines.ql, clock: 'frozen', ...quiet },
  beforeEach: ({ args }) => {
    const routine = playerRoutines.ql;
    const { id, hash } = sessionIdentity(routine);
    const now = storyNow(args);
    // Left yesterday evening, 6 reps into the first set of butt walks.
    const leftAt = now - 14 * 60 * 60 * 1000;
    const state = stateAt(routine, 's1-i0-set1-work', { now: leftAt, reps: 6, paused: true });
    saveSession(id, hash, state, leftAt);
  },
};

// ---- running phases (state set at once, clock frozen) ------------------------------------------

/** The countdown before an exercise, with its first instruction as the cue. */
export const GetReady: Story = {
  name: 'Get ready',
  ...phase('hip', 's0-i0-get-ready', { elapsed: 2 }),
};

/** Rep-based work waits for the reader: the target and a big Done button (`rep-mode="done"`; no ring, as nothing is counted). */
export const Reps: Story = {
  ...phase('hip', 's0-i0-set1-left-work'),
};

/** `rep-mode="count"`: the step embeds a `<rep-counter>`; its last rep moves the player on. */
export const RepsCounted: Story = {
  name: 'Reps, counted',
  ...phase('ql', 's1-i0-set1-work', {}, { 'rep-mode': 'count' }),
};

/** Timed work: the big clock counts down and the ring fills; 12 of 30 seconds have passed. */
export const Timed: Story = {
  ...phase('coreHolds', 's0-i0-set1-work', { elapsed: 12 }),
};

/** Reps with a hold: "10 reps, hold 3 sec each", pressed Done when the set is through. */
export const Hold: Story = {
  ...phase('hip', 's0-i1-set1-work'),
};

/** A timed hold on each side: the side plank's left side, 20 seconds. */
export const TimedHold: Story = {
  name: 'Timed hold, each side',
  ...phase('coreHolds', 's0-i1-set1-left-work', { elapsed: 5 }),
};

/**
 * The glute program gives no amount for walking lunges: a plain "Go at your own pace" with Done, no
 * counter and no ring, even with `rep-mode="count"`.
 */
export const NoAmount: Story = {
  name: 'No amount given',
  args: {
    routine: program as RoutineInput,
    clock: 'frozen',
    'no-persist': true,
    ...quiet,
    'rep-mode': 'count',
  },
  render: (args) => player(args, (now) => stateAt(program as RoutineInput, 's0-i0-set1-work', { now })),
};

/** The program's side plank has no time: a hold on each side whose time counts up (12 s so far) until Done. */
export const HoldNoTime: Story = {
  name: 'Hold, no time given',
  args: { routine: program as RoutineInput, clock: 'frozen', 'no-persist': true, ...quiet },
  render: (args) =>
    player(args, (now) => stateAt(program as RoutineInput, 's2-i1-set1-left-work', { now, elapsed: 12 })),
};

/** Between the two sides of knee wags: five seconds to turn over. */
export const SwitchSides: Story = {
  name: 'Switch sides',
  ...phase('hip', 's0-i0-set1-switch', { elapsed: 1 }),
};

/** A rest between sets of butt walks: "+15 s" adds time, Next skips it. */
export const RestBetweenSets: Story = {
  name: 'Rest between sets',
  ...phase('ql', 's1-i0-set1-rest', { elapsed: 8 }),
};

/** A rest between exercises shows what comes next. */
export const RestBetweenExercises: Story = {
  name: 'Rest between exercises',
  ...phase('hip', 's0-i0-rest', { elapsed: 4 }),
};

/** Paused during timed work: the clock and ring stop; Space or the play button resumes. */
export const Paused: Story = {
  ...phase('coreHolds', 's0-i0-set2-work', { elapsed: 12, paused: true }),
};

/**
 * "This hurts" pressed during the spinal flexion drill: the player pauses and a modal dialog says to
 * stop, lists the safety notes, and offers to skip the exercise, try its easier variation or end the
 * session. (On the docs page the dialog stays closed; open the story to see it.)
 */
export const ThisHurts: Story = {
  name: 'This hurts',
  ...phase('hip', 's1-i0-set1-work', { reps: 3 }),
  play: async ({ canvasElement }) => {
    const element = await playerIn(canvasElement);
    element.shadowRoot?.querySelector<HTMLButtonElement>('[part~="hurt"]')?.click();
    await element.updateComplete;
  },
};

/**
 * "This hurts" with the clinic's own advice and contact (the routine's `painAdvice`; a page can put
 * its own in the `pain-advice` slot instead). (On the docs page the dialog stays closed.)
 */
export const ThisHurtsClinicAdvice: Story = {
  name: 'This hurts, with clinic advice',
  ...phase('hipClinic', 's0-i1-set1-work'),
  play: async ({ canvasElement }) => {
    const element = await playerIn(canvasElement);
    element.shadowRoot?.querySelector<HTMLButtonElement>('[part~="hurt"]')?.click();
    await element.updateComplete;
  },
};

/** "How to do it" opened during work: every step, the equipment, the exercise's safety notes, its images. */
export const HowToDoIt: Story = {
  name: 'How to do it',
  ...phase('hip', 's0-i1-set1-work'),
  play: async ({ canvasElement }) => {
    const element = await playerIn(canvasElement);
    element.shadowRoot?.querySelector<HTMLDetailsElement>('[part~="how-to"]')?.setAttribute('open', '');
  },
};

/** The one sound control pressed: beeps, voice and the counter are silent (vibration is its own switch). */
export const Muted: Story = {
  ...phase('ql', 's1-i0-set1-work', {}, { 'rep-mode': 'count' }),
  play: async ({ canvasElement }) => {
    const element = await playerIn(canvasElement);
    element.muted = true;
    await element.updateComplete;
  },
};

/** Focus mode: the timer, the phase and the side grow for a phone leaning against a wall. */
export const FocusMode: Story = {
  name: 'Focus mode',
  ...phase('coreHolds', 's0-i1-set1-left-work', { elapsed: 5 }),
  play: async ({ canvasElement }) => {
    const element = await playerIn(canvasElement);
    const buttons = element.shadowRoot?.querySelectorAll<HTMLButtonElement>('.controls button[aria-pressed]');
    [...(buttons ?? [])].find((b) => !b.classList.contains('sound'))?.click();
    await element.updateComplete;
  },
};

// ---- after the session ------------------------------------------------------------------------------

/** Seeds the history of `routine` with earlier sessions today, and this one, as the player records them. */
function withHistory(
  routine: RoutineInput,
  build: StateBuilder,
): (context: StoryContext<PlayerArgs>) => void {
  return ({ args }) => {
    const { id } = sessionIdentity(routine);
    const state = build(storyNow(args));
    if (state.completedAt === null) return;
    addHistory(id, {
      completedAt: state.completedAt - 6 * 60 * 60 * 1000,
      durationMs: 290_000,
      done: 4,
      skipped: 0,
    });
    addHistory(id, { completedAt: state.completedAt, durationMs: 295_000, done: 4, skipped: 0 });
  };
}

const hipComplete: StateBuilder = (now) => stateAt(playerRoutines.hip, 'complete', { now });

/**
 * The summary: time taken, exercises done and skipped, the optional check-in, and this device's
 * history against the routine's frequency ("2 of 1–2 today"). The story seeds that history and puts
 * storage back afterwards.
 */
export const Complete: Story = {
  args: { routine: playerRoutines.hip, clock: 'frozen', ...quiet },
  render: (args) => player(args, hipComplete),
  beforeEach: withHistory(playerRoutines.hip, hipComplete),
};

/**
 * The check-in, filled in and saved: `ex-checkin` carries `{ pain, feeling, note, routineId }` to
 * the page, here printed below the player the way a clinic's listener would receive it. The note
 * goes to the event only; the history on the device keeps pain and feeling.
 */
export const CheckIn: Story = {
  name: 'Check-in',
  args: { routine: playerRoutines.hip, clock: 'frozen', ...quiet },
  beforeEach: withHistory(playerRoutines.hip, hipComplete),
  render: (args) => {
    const show = (event: Event) => {
      args.onExCheckin?.(event);
      const output = (event.currentTarget as Element).parentElement?.querySelector('.checkin-detail');
      if (output) output.textContent = JSON.stringify((event as CustomEvent).detail, null, 2);
    };
    return html`${player({ ...args, onExCheckin: show }, hipComplete)}
      <h3>What the page received (<code>ex-checkin</code>)</h3>
      <pre
        class="checkin-detail"
        tabindex="0"
        aria-label="The ex-checkin event's detail"
        style="overflow: auto; padding: 0.75rem; border: 1px solid; border-radius: 6px; font-size: 0.8125rem"
      >
(nothing yet: save the check-in)</pre>`;
  },
  play: async ({ canvasElement }) => {
    const element = await playerIn(canvasElement);
    const form = element.shadowRoot?.querySelector<HTMLFormElement>('[part~="checkin"]');
    if (!form) return;
    const pain = form.querySelector<HTMLInputElement>('input[name="pain"]');
    if (pain) {
      pain.value = '2';
      pain.dispatchEvent(new Event('input', { bubbles: true }));
      await element.updateComplete;
    }
    form.querySelector<HTMLInputElement>('input[name="feeling"][value="about-right"]')?.click();
    const note = form.querySelector<HTMLTextAreaElement>('textarea[name="note"]');
    if (note) note.value = 'Knee wags felt easier than last week.';
    form.requestSubmit();
    await element.updateComplete;
  },
};

/** Every exercise skipped with Next: the summary says "0 done, 4 skipped" and that the session does not count. */
export const AllSkipped: Story = {
  name: 'Complete, nothing done',
  ...phase('hip', 'complete', { skipAll: true }),
};

/** "Clear history" asks first: nothing is wiped at one tap. */
export const ClearHistoryConfirm: Story = {
  name: 'Clear history, asking first',
  args: { routine: playerRoutines.hip, clock: 'frozen', ...quiet },
  render: (args) => player(args, hipComplete),
  beforeEach: withHistory(playerRoutines.hip, hipComplete),
  play: async ({ canvasElement }) => {
    const element = await playerIn(canvasElement);
    element.shadowRoot?.querySelector<HTMLButtonElement>('.clear-history')?.click();
    await element.updateComplete;
  },
};

/** After "This hurts" → End session: the summary says what was not reached and repeats the advice. */
export const SessionEnded: Story = {
  name: 'Session ended (pain)',
  ...phase('hip', 's0-i2-set1-left-work', { stopped: 'pain' }),
};

// ---- errors -----------------------------------------------------------------------------------------

/** While `src` loads, a skeleton holds the space (this story's server never answers). */
export const Loading: Story = {
  args: { src: STUB_URLS.pending },
  beforeEach: () => stubFetch(STUB_URLS.pending, neverAnswer),
};

/** Data that fails validation: each problem is listed with its path, so the author can fix the JSON. */
export const ErrorInvalidData: Story = {
  name: 'Error: invalid data',
  args: {
    routine: {
      id: 'Hip routine!',
      title: '',
      sections: [{ title: 'Main', items: [{ ref: 'knee-wags' }, { exercise: { id: 'squat' } }] }],
      exercises: {},
    } as unknown as RoutineInput,
  },
};

/** The server answers 404: the player says where it looked and offers to try again. The answer is
 * stubbed inside Storybook, so no request fails for real. */
export const Error404: Story = {
  name: 'Error: 404',
  args: { src: STUB_URLS.missing },
  beforeEach: () => stubFetch(STUB_URLS.missing, answerStatus(404, 'Not Found')),
};

// ---- themes -----------------------------------------------------------------------------------------

/** `theme="dark"` on a dark page, mid-rest. */
export const Dark: Story = {
  ...phase('ql', 's1-i0-set1-rest', { elapsed: 20 }, { theme: 'dark' }),
  globals: { theme: 'dark' },
};
