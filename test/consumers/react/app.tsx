// A React 19 app as a user writes it: one import for the elements, one for their JSX types.
import { useState } from 'react';
import 'exercise-elements';
import 'exercise-elements/exercise-figure.js';
import 'exercise-elements/routine-editor.js';
import type {} from 'exercise-elements/react';
import type { ExerciseInput } from 'exercise-elements';

const KNEE_WAGS: ExerciseInput = {
  id: 'knee-wags',
  name: 'Knee wags',
  dosage: '2 sets of 10-15 reps per side',
};

export function Home() {
  const [started, setStarted] = useState<string[]>([]);
  const [reps, setReps] = useState(0);
  const [title, setTitle] = useState('');
  return (
    <>
      <exercise-card
        exercise={KNEE_WAGS}
        heading-level={2}
        layout="compact"
        startable
        onex-start={(event) => setStarted([...started, event.detail.id])}
        onex-error={(event) => console.warn(event.detail.message, event.detail.errors.length)}
      />
      <rep-counter
        dosage={{ sets: 2, reps: 10 }}
        voice="changes"
        className="counter"
        onex-rep={(event) => setReps(event.detail.rep)}
        onex-complete={(event) => console.log(event.detail.durationMs, event.currentTarget.value)}
      />
      <routine-player
        src="/routines/hips.json"
        pace="mid"
        rep-mode="count"
        no-persist
        onex-stop={(event) => console.log(event.detail.reason === 'pain', reps)}
        onex-warning={(event) => console.log(event.detail.warnings[0]?.path)}
      />
      <exercise-figure
        side="left"
        state="hold"
        tempo={3}
        onex-warning={(event) => console.warn(event.detail.warnings.length, event.currentTarget.side)}
      />
      <routine-editor
        draft-key="clinic"
        theme="dark"
        onex-change={(event) => setTitle(`${event.detail.routine.title} (${event.detail.source}) ${title}`)}
      />
    </>
  );
}
