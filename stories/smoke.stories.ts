import { html } from 'lit';
import '../src/exercise-card/exercise-card.js';
export default { title: 'Smoke', component: 'exercise-card' };
export const Basic = {
  render: () => html`<exercise-card .exercise=${{ id: 'a', name: 'A', dosage: '3x10' }}></exercise-card>`,
};
