/**
 * The labels of the text format ("Tip:", "Equipment:") and the words authors use for them. Matching is
 * case-insensitive; the first spelling of each entry is the one `formatRoutineText` writes.
 */

export type Label =
  | 'summary'
  | 'dosage'
  | 'sets'
  | 'reps'
  | 'hold'
  | 'duration'
  | 'rest'
  | 'side'
  | 'steps'
  | 'tips'
  | 'safety'
  | 'equipment'
  | 'targets'
  | 'category'
  | 'difficulty'
  | 'easier'
  | 'harder'
  | 'image'
  | 'video'
  | 'poster'
  | 'source'
  | 'author'
  | 'publisher'
  | 'link'
  | 'licence'
  | 'frequency'
  | 'restBetween'
  | 'defaultDosage'
  | 'dosageHere'
  | 'note'
  | 'figure'
  | 'figureView'
  | 'figureSide'
  | 'figureProps'
  | 'figurePlant'
  | 'figureStart'
  | 'figureMiddle'
  | 'figureEnd'
  | 'figureShorten'
  | 'figureMovement';

/** Spellings per label; the first is the canonical one. */
export const LABEL_SPELLINGS: Readonly<Record<Label, readonly string[]>> = {
  summary: ['Summary', 'Description', 'About'],
  dosage: ['Dosage', 'Dose', 'Amount', 'Prescription'],
  sets: ['Sets', 'Rounds'],
  reps: ['Reps', 'Repetitions'],
  hold: ['Hold'],
  duration: ['Duration', 'Time'],
  rest: ['Rest'],
  side: ['Side', 'Sides'],
  steps: ['Steps', 'Instructions', 'How to', 'Method', 'Application'],
  tips: ['Tip', 'Tips', 'Cue', 'Cues'],
  safety: ['Caution', 'Cautions', 'Safety', 'Warning', 'Warnings', 'Careful'],
  equipment: ['Equipment', 'You need', 'You will need', 'You’ll need', "You'll need"],
  targets: ['Targets', 'Target', 'Target areas', 'Muscles', 'Works'],
  category: ['Category', 'Type'],
  difficulty: ['Difficulty', 'Level'],
  easier: ['Easier', 'Easier option', 'Regression'],
  harder: ['Harder', 'Harder option', 'Progression'],
  image: ['Image', 'Picture', 'Photo'],
  video: ['Video'],
  poster: ['Poster', 'Video poster'],
  source: ['Source', 'From'],
  author: ['Author', 'By'],
  publisher: ['Publisher'],
  link: ['Link', 'URL', 'Web address'],
  licence: ['Licence', 'License'],
  frequency: ['Frequency', 'How often'],
  restBetween: ['Rest between exercises'],
  defaultDosage: ['Default dosage', 'Default amount'],
  dosageHere: ['Dosage here', 'Here'],
  note: ['Note', 'Notes'],
  // The drawn figure (figure-text.ts). Every spelling starts with "Figure", so that a line of prose such
  // as "Start position: lie on your back" is never read as joint angles.
  figure: ['Figure', 'Figure position'],
  figureView: ['Figure view'],
  figureSide: ['Figure side'],
  figureProps: ['Figure props', 'Figure prop'],
  figurePlant: ['Figure plant', 'Figure planted'],
  figureStart: ['Figure start'],
  figureMiddle: ['Figure middle'],
  figureEnd: ['Figure end'],
  figureShorten: ['Figure shorten', 'Figure shorter'],
  figureMovement: ['Figure movement'],
};

const BY_SPELLING = new Map<string, Label>();
for (const [label, spellings] of Object.entries(LABEL_SPELLINGS) as [Label, readonly string[]][]) {
  for (const spelling of spellings) BY_SPELLING.set(fold(spelling), label);
}

function fold(text: string): string {
  return text.toLowerCase().replace(/[’']/g, "'").replace(/\s+/g, ' ').trim();
}

/** The label an author's word names, if any ("how to" → steps). */
export function labelOf(word: string): Label | undefined {
  return BY_SPELLING.get(fold(word));
}

/** The spelling the formatter writes. */
export function labelText(label: Label): string {
  return LABEL_SPELLINGS[label][0] ?? label;
}

/** Every spelling, for "did you mean" hints. */
export function allSpellings(): string[] {
  return [...BY_SPELLING.keys()];
}

/** Labels whose value may be a list written on the following lines ("Tips:" then "- …"). */
export const LIST_LABELS: ReadonlySet<Label> = new Set<Label>([
  'steps',
  'tips',
  'safety',
  'equipment',
  'targets',
  'easier',
  'harder',
]);
