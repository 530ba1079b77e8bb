import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { defineDosagePlayground } from './support/dosage-playground.js';

interface PlaygroundArgs {
  value: string;
}

/** The live playground of the "Dosage language" page (its docs are `dosage-language.mdx`). */
const meta = {
  title: 'Docs/Dosage language',
  tags: ['!autodocs'],
  render: (args) => {
    defineDosagePlayground();
    return html`<story-dosage-playground .value=${args.value}></story-dosage-playground>`;
  },
  args: { value: '2-3 sets of 10-15 reps per side, hold 3 s, rest 60 s' },
  argTypes: { value: { control: 'text', description: 'The dosage text the playground starts with.' } },
} satisfies Meta<PlaygroundArgs>;
export default meta;

type Story = StoryObj<PlaygroundArgs>;

/** Type a dosage the way you would write it in a post. */
export const Playground: Story = {};

/** Plank-style timed work: "3 x 30 seconds" is sets × duration. */
export const Timed: Story = { args: { value: '3 x 30 seconds, rest 45 s' } };

/** "5 x 5 seconds" that mentions alternating is reps × hold, not sets × time. */
export const HoldsAlternating: Story = {
  name: 'Holds, alternating',
  args: { value: '5 x 5 seconds per side, alternating each rep' },
};

/** A frequency is read apart from the dosage. */
export const Frequency: Story = { args: { value: '10 reps, at least 3 to 4 times weekly' } };
