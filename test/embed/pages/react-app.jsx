// A React 19 app as a clinic would write it: objects go to properties, our events reach handlers
// through `on<event-name>` props, and re-rendering the parent keeps the counter's count.
// Bundled by test/embed/frameworks.test.mjs with esbuild; `exercise-elements` is the npm build.
import { useState } from 'react';
import { createRoot } from 'react-dom/client';
// Registers the elements before React renders, so React sees their properties and sets them.
import 'exercise-elements';

const EXERCISE = {
  id: 'knee-wags',
  name: 'Knee wags',
  steps: ['Lie on your back with your knees bent.', 'Let both knees sway to one side, then the other.'],
  dosage: '2 sets of 10–15 reps per side',
};

function App() {
  const [renders, setRenders] = useState(0);
  const [started, setStarted] = useState([]);
  const [lastRep, setLastRep] = useState(0);
  return (
    <main>
      <button id="rerender" type="button" onClick={() => setRenders((n) => n + 1)}>
        Re-render ({renders})
      </button>
      <exercise-card
        id="card"
        exercise={EXERCISE}
        heading-level={2}
        startable
        onex-start={(event) => setStarted((ids) => [...ids, event.detail.id])}
      />
      {/* A new dosage object on every render: equal content must not reset the count. */}
      <rep-counter
        id="counter"
        dosage={{ sets: 2, reps: 10 }}
        onex-rep={(event) => setLastRep(event.detail.rep)}
      />
      <output id="log">{`${started.join(',')}|${lastRep}|${renders}`}</output>
    </main>
  );
}

createRoot(document.querySelector('#app')).render(<App />);
