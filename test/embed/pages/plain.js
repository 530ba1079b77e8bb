// The "set by code" elements of plain.html: objects handed to properties, as an app would.
await customElements.whenDefined('exercise-card');
document.querySelector('#by-property').exercise = {
  id: 'clamshell',
  name: 'Side-lying clamshell',
  steps: ['Lie on your side with your knees bent.', 'Open the top knee, keeping the feet together.'],
  dosage: { sets: 2, reps: 12, side: 'each' },
};
await customElements.whenDefined('rep-counter');
document.querySelector('#counter-by-property').dosage = { sets: 1, reps: 4 };
