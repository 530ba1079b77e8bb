// A Vue 3 app with an in-DOM-style template, as a clinic would write it: `isCustomElement` tells the
// compiler our tags are not Vue components, `.prop` hands objects to properties, `@ex-start` listens
// to our events, and re-rendering the parent keeps the counter's count.
// Bundled by test/embed/frameworks.test.mjs with esbuild (Vue's full build, which compiles templates).
import { createApp } from 'vue';
import 'exercise-elements';

const app = createApp({
  data: () => ({
    renders: 0,
    started: [],
    lastRep: 0,
    exercise: {
      id: 'knee-wags',
      name: 'Knee wags',
      steps: ['Lie on your back with your knees bent.', 'Let both knees sway to one side, then the other.'],
      dosage: '2 sets of 10–15 reps per side',
    },
  }),
  template: `
    <main>
      <button id="rerender" type="button" @click="renders++">Re-render ({{ renders }})</button>
      <exercise-card id="card" :exercise.prop="exercise" heading-level="2" startable
        @ex-start="started.push($event.detail.id)"></exercise-card>
      <rep-counter id="counter" :dosage.prop="{ sets: 2, reps: 10 }"
        @ex-rep="lastRep = $event.detail.rep"></rep-counter>
      <output id="log">{{ started.join(',') }}|{{ lastRep }}|{{ renders }}</output>
    </main>`,
});
app.config.compilerOptions.isCustomElement = (tag) =>
  ['exercise-card', 'rep-counter', 'routine-player'].includes(tag);
app.mount('#app');
