import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { styleMap } from 'lit/directives/style-map.js';
import type { ExerciseCard } from '../src/exercise-card/exercise-card.js';
import '../src/exercise-card/exercise-card.js';
import { answerStatus, neverAnswer, STUB_URLS, stubFetch } from './support/fetch-stub.js';
import { seedExercise, seedRoutines, seedUrl, type SeedRoutineKey } from './support/seed-routines.js';
import { tokenControls } from './support/token-controls.js';

/** Args are named as an author writes them: attributes in kebab case, `exercise` as the property. */
interface CardArgs {
  exercise?: Record<string, unknown>;
  src?: string;
  'heading-level'?: number;
  layout?: 'full' | 'compact';
  startable?: boolean;
  'structured-data'?: boolean;
  theme?: '' | 'light' | 'dark';
  /** Rows the manifest adds (the same fields as properties, read-only state): listed, not editable. */
  headingLevel?: never;
  structuredData?: never;
  status?: never;
  data?: never;
  onExStart?: (event: Event) => void;
  onExLoad?: (event: Event) => void;
  onExError?: (event: Event) => void;
  [cssProperty: `--${string}`]: string | undefined;
}

/** `--ex-*` args that have a value become inline custom properties on the element. */
function tokenStyle(args: CardArgs): Record<string, string> {
  return Object.fromEntries(
    Object.entries(args).filter(
      (entry): entry is [string, string] =>
        entry[0].startsWith('--') && typeof entry[1] === 'string' && entry[1] !== '',
    ),
  );
}

function card(args: CardArgs, content: TemplateResult | typeof nothing = nothing): TemplateResult {
  return html`<exercise-card
    .exercise=${args.exercise}
    src=${ifDefined(args.src || undefined)}
    heading-level=${ifDefined(args['heading-level'])}
    layout=${ifDefined(args.layout)}
    ?startable=${args.startable}
    ?structured-data=${args['structured-data']}
    theme=${ifDefined(args.theme || undefined)}
    style=${styleMap(tokenStyle(args))}
    @ex-start=${args.onExStart}
    @ex-load=${args.onExLoad}
    @ex-error=${args.onExError}
    >${content}</exercise-card
  >`;
}

/** Keeps the card at the width of a blog's text column. */
const column = (story: () => unknown) => html`<div style="max-width: 42rem">${story()}</div>`;

const meta = {
  title: 'Elements/Exercise card',
  component: 'exercise-card',
  render: (args) => card(args),
  decorators: [column],
  args: {
    'heading-level': 3,
    layout: 'full',
    startable: false,
    'structured-data': false,
    theme: '',
  },
  argTypes: {
    exercise: { control: 'object' },
    src: { control: 'text' },
    'heading-level': { control: { type: 'number', min: 1, max: 6, step: 1 } },
    layout: { control: 'inline-radio', options: ['full', 'compact'] },
    startable: { control: 'boolean' },
    'structured-data': { control: 'boolean' },
    theme: {
      control: { type: 'inline-radio', labels: { '': 'follow the page', light: 'light', dark: 'dark' } },
      options: ['', 'light', 'dark'],
    },
    // The same fields as properties; the attribute rows above are the ones to edit.
    headingLevel: { control: false },
    structuredData: { control: false },
    status: { control: false },
    data: { control: false },
    onExStart: { action: 'ex-start', table: { disable: true } },
    onExLoad: { action: 'ex-load', table: { disable: true } },
    onExError: { action: 'ex-error', table: { disable: true } },
    ...tokenControls({
      colours: ['--ex-danger', '--ex-danger-surface', '--ex-card-surface'],
      text: ['--ex-card-padding', '--ex-card-min-height', '--ex-card-media-aspect-ratio'],
    }),
  },
  parameters: {
    docs: {
      subtitle: 'One exercise from JSON: printable, accessible, and readable by search engines.',
    },
  },
} satisfies Meta<CardArgs>;
export default meta;

type Story = StoryObj<CardArgs>;

// ---- the element ------------------------------------------------------------------------------------

/** Edit the args to try attributes, tokens and events; the Start button's event shows in Actions. */
export const Playground: Story = {
  args: { src: seedUrl('hip', 'knee-wags'), startable: true },
};

/**
 * The blog embed: the exercise JSON sits inside the card in a `<script type="application/json">`,
 * which survives Markdown and CMS HTML blocks.
 */
export const InlineJson: Story = {
  name: 'Inline JSON',
  render: (args) =>
    card(
      args,
      html`<script type="application/json">
        {
          "id": "chin-tuck",
          "name": "Chin tuck",
          "summary": "Sitting tall, slide your chin straight back to give yourself a gentle double chin.",
          "steps": [
            "Sit or stand tall, shoulders relaxed.",
            "Draw your chin straight back, keeping your eyes level.",
            "Hold, then let your head glide forward again."
          ],
          "dosage": "10 reps, hold 5 s",
          "category": "mobility",
          "difficulty": "beginner"
        }
      </script>`,
    ),
};

/** While `src` loads, a skeleton of the card's size holds the space (this story's server never answers;
 * after 15 seconds the card gives up and says so). */
export const Loading: Story = {
  args: { src: `${STUB_URLS.pending}#knee-wags` },
  beforeEach: () => stubFetch(STUB_URLS.pending, neverAnswer),
};

/** The server answers 404: the card says where it looked and offers to try again. The answer is stubbed
 * inside Storybook, so no request fails for real. */
export const Error404: Story = {
  name: 'Error: 404',
  args: { src: `${STUB_URLS.missing}#knee-wags` },
  beforeEach: () => stubFetch(STUB_URLS.missing, answerStatus(404, 'Not Found')),
};

/** The file loads, but no exercise in it has the id after `#`. */
export const ErrorNotFound: Story = {
  name: 'Error: id not in file',
  args: { src: seedUrl('hip', 'knee-wag') },
};

/** Data that fails validation: each problem is listed with its path, so the author can fix the JSON. */
export const ErrorInvalidData: Story = {
  name: 'Error: invalid data',
  args: {
    exercise: {
      id: 'Knee wags!',
      name: '',
      steps: 'Lie on your back and rock your knees.',
      dosage: { sets: 0, reps: 'ten' },
      media: { video: { youtube: 'not a video id' } },
      source: { title: 'My post', url: 'javascript:alert(1)' },
    },
  },
};

/** `layout="compact"`: one row for lists; Details opens the rest. */
export const Compact: Story = {
  args: { src: seedUrl('ql', 'butt-walk'), layout: 'compact', startable: true },
};

/** The compact layout after the reader pressed Details. */
export const CompactExpanded: Story = {
  name: 'Compact, expanded',
  args: { src: seedUrl('ql', 'butt-walk'), layout: 'compact' },
  play: async ({ canvasElement }) => {
    const element = canvasElement.querySelector('exercise-card') as ExerciseCard;
    await customElements.whenDefined('exercise-card');
    // Wait for the data: the Details button exists once the exercise is shown.
    for (let i = 0; i < 100 && element.status !== 'ready' && element.status !== 'error'; i++) {
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    await element.updateComplete;
    element.shadowRoot?.querySelector<HTMLButtonElement>('[part~="expand-button"]')?.click();
  },
};

/** A routine as a list of compact cards under the post's own heading (`heading-level="3"`). */
export const CompactList: Story = {
  name: 'Compact list',
  render: (args) =>
    html`<h2 style="margin-top: 0">Hip exercises for back pain that spreads down the leg</h2>
      <div style="display: grid; gap: 0.75rem">
        ${Object.keys(seedRoutines.hip.doc.exercises).map((id) =>
          card({ ...args, src: seedUrl('hip', id), layout: 'compact', startable: true }),
        )}
      </div>`,
};

/**
 * A YouTube video behind a facade: nothing is requested from YouTube until the reader presses play;
 * then the player comes from youtube-nocookie.com.
 */
export const VideoFacade: Story = {
  name: 'With video (facade)',
  args: {
    exercise: {
      ...seedExercise('hip', 'knee-wags'),
      media: { video: { youtube: 'M7lc1UVf-VE', title: 'Knee wags, shown step by step' } },
    },
  },
};

/** `theme="dark"` on the card, on a dark page. The toolbar's Dark theme does the same with tokens. */
export const Dark: Story = {
  args: { src: seedUrl('gentle', 'bird-dog'), theme: 'dark', startable: true },
  globals: { theme: 'dark' },
};

/**
 * Printing turns the card into a black-on-white handout: buttons and video are hidden, variations
 * are written out, each set gets a tick box, and the source address and the page address are
 * printed. A browser cannot show print styles inside a page, so press the button (or use your
 * browser's print preview); in Chromium's DevTools, Rendering → "Emulate CSS media type: print" shows
 * it on screen.
 */
export const PrintPreview: Story = {
  name: 'Print preview',
  args: { src: seedUrl('program', 'squat'), startable: true },
  render: (args) =>
    html`<p>
        <button type="button" @click=${() => window.print()}>Print this story</button>
        — the preview shows the handout: tick boxes for 2 sets, no buttons, the source written out.
      </p>
      ${card(args)}`,
};

/**
 * `structured-data` writes a schema.org HowTo as `<script type="application/ld+json">` into the
 * card's light DOM, where search engines read it. Below: the script this card wrote.
 */
export const StructuredData: Story = {
  name: 'Structured data',
  args: { src: seedUrl('hip', 'lying-adductor-squeeze'), 'structured-data': true },
  render: (args) => {
    const show = async (event: Event) => {
      args.onExLoad?.(event);
      const element = event.currentTarget as ExerciseCard;
      await element.updateComplete;
      const script = element.querySelector('script[type="application/ld+json"]');
      const output = element.parentElement?.querySelector('.json-ld');
      if (!script?.textContent || !output) return;
      output.textContent = JSON.stringify(JSON.parse(script.textContent), null, 2);
    };
    return html`${card({ ...args, onExLoad: show })}
      <h3>The JSON-LD in the card's light DOM</h3>
      <pre
        class="json-ld"
        tabindex="0"
        aria-label="JSON-LD written by the card"
        style="overflow: auto; max-height: 24rem; padding: 0.75rem; border: 1px solid; border-radius: 6px; font-size: 0.8125rem"
      >
(waiting for the card)</pre>`;
  },
};

// ---- every exercise of the seed routines --------------------------------------------------------

/**
 * A story that shows one exercise of a seed routine, loaded with `src="examples/<file>#<id>"`.
 * Storybook reads story names without running the file, so each export spells its name out.
 */
function seed(routine: SeedRoutineKey, id: string): Story {
  seedExercise(routine, id); // throws when the id is not in the file: a renamed exercise fails the build
  return {
    args: { src: seedUrl(routine, id) },
    parameters: {
      docs: {
        description: {
          story: `\`${id}\` from \`examples/${seedRoutines[routine].file}\`.`,
        },
      },
    },
  };
}

export const HipKneeWags: Story = { name: 'Hip · Knee wags', ...seed('hip', 'knee-wags') };
export const HipLyingAdductorSqueeze: Story = {
  name: 'Hip · Lying adductor squeeze',
  ...seed('hip', 'lying-adductor-squeeze'),
};
export const HipLyingPsoasMarch: Story = {
  name: 'Hip · Lying psoas march',
  ...seed('hip', 'lying-psoas-march'),
};
export const HipSpinalFlexionDrill: Story = {
  name: 'Hip · Spinal flexion drill',
  ...seed('hip', 'spinal-flexion-drill'),
};

export const QlSeatedDynamicSideStretch: Story = {
  name: 'QL · Seated dynamic side stretch',
  ...seed('ql', 'seated-dynamic-side-stretch'),
};
export const QlButtWalk: Story = { name: 'QL · Butt walk', ...seed('ql', 'butt-walk') };

export const GentleGluteBridge: Story = {
  name: 'Gentle glutes · Glute bridge',
  ...seed('gentle', 'glute-bridge'),
};
export const GentleClamshell: Story = { name: 'Gentle glutes · Clamshells', ...seed('gentle', 'clamshell') };
export const GentleBirdDog: Story = { name: 'Gentle glutes · Bird dog', ...seed('gentle', 'bird-dog') };
export const GentleStandingLegLift: Story = {
  name: 'Gentle glutes · Standing leg lifts',
  ...seed('gentle', 'standing-leg-lift'),
};
export const GentleSquat: Story = {
  name: 'Gentle glutes · Gentle squats',
  ...seed('gentle', 'gentle-squat'),
};

export const BandedSquat: Story = { name: 'Bands · Band squats', ...seed('banded', 'band-squat') };
export const BandedSideStep: Story = { name: 'Bands · Band side steps', ...seed('banded', 'band-side-step') };
export const BandedFrontStep: Story = {
  name: 'Bands · Band front steps',
  ...seed('banded', 'band-front-step'),
};

export const ProgramWalkingLunge: Story = {
  name: 'Program · Walking lunges',
  ...seed('program', 'walking-lunge'),
};
export const ProgramLegSwing: Story = { name: 'Program · Leg swings', ...seed('program', 'leg-swing') };
export const ProgramSquat: Story = { name: 'Program · Squats', ...seed('program', 'squat') };
export const ProgramMultiDirectionLunge: Story = {
  name: 'Program · Lunges: forward, reverse and side',
  ...seed('program', 'multi-direction-lunge'),
};
export const ProgramSingleLegSquatStabilityBall: Story = {
  name: 'Program · Single-leg squat with a stability ball',
  ...seed('program', 'single-leg-squat-stability-ball'),
};
export const ProgramGluteBridge: Story = {
  name: 'Program · Glute bridge',
  ...seed('program', 'glute-bridge'),
};
export const ProgramPlank: Story = { name: 'Program · Plank', ...seed('program', 'plank') };
export const ProgramSidePlank: Story = { name: 'Program · Side plank', ...seed('program', 'side-plank') };
export const ProgramRussianTwist: Story = {
  name: 'Program · Russian twists',
  ...seed('program', 'russian-twist'),
};
export const ProgramBicycleCrunch: Story = {
  name: 'Program · Bicycle crunches',
  ...seed('program', 'bicycle-crunch'),
};
export const ProgramNeutralPelvis: Story = {
  name: 'Program · Finding a neutral pelvis',
  ...seed('program', 'neutral-pelvis'),
};
