// The TypeScript declaration docs/embedding.md gives React 19 users, checked by `tsc` with the rest of
// the project: props for our properties, `on<event-name>` handlers with typed `detail`.
import type { HTMLAttributes, RefAttributes } from 'react';
import type { ExerciseCard } from '../../../src/exercise-card/exercise-card.component.js';
import type { RepCounter } from '../../../src/rep-counter/rep-counter.component.js';
import type { ExEventDetails } from '../../../src/internal/events.js';

/** `on<event-name>` props for the events an element fires (React 19 passes them to addEventListener). */
type EventProps<Names extends keyof ExEventDetails> = {
  [Name in Names as `on${Name}`]?: (event: CustomEvent<ExEventDetails[Name]>) => void;
};

type ElementProps<
  E extends HTMLElement,
  Props extends keyof E,
  Events extends keyof ExEventDetails,
> = Partial<Pick<E, Props>> &
  EventProps<Events> &
  Omit<HTMLAttributes<E>, 'dangerouslySetInnerHTML'> &
  RefAttributes<E> & { [attribute: `${string}-${string}`]: unknown };

declare module 'react' {
  // eslint-disable-next-line @typescript-eslint/no-namespace
  namespace JSX {
    interface IntrinsicElements {
      'exercise-card': ElementProps<
        ExerciseCard,
        'exercise' | 'src' | 'layout' | 'startable' | 'theme',
        'ex-start' | 'ex-load' | 'ex-error'
      >;
      'rep-counter': ElementProps<
        RepCounter,
        | 'dosage'
        | 'target'
        | 'sets'
        | 'side'
        | 'hold'
        | 'rest'
        | 'name'
        | 'disabled'
        | 'required'
        | 'voice'
        | 'theme',
        'ex-rep' | 'ex-set-complete' | 'ex-side-change' | 'ex-complete'
      >;
    }
  }
}

// What a component may pass, checked at compile time.
export const cardProps: React.JSX.IntrinsicElements['exercise-card'] = {
  exercise: { id: 'knee-wags', name: 'Knee wags' },
  startable: true,
  'heading-level': 2,
  'onex-start': (event) => event.detail.id.toUpperCase(),
};
export const counterProps: React.JSX.IntrinsicElements['rep-counter'] = {
  dosage: { sets: 2, reps: 10 },
  'onex-rep': (event) => event.detail.rep + event.detail.set,
};
