/**
 * The hover text editors show for each property of the published JSON Schemas. It lives here, apart from
 * the Valibot schemas, because only `npm run build:schema` needs it: descriptions inside the schemas
 * would ship to every page that validates a card. Keys are property paths; the longest key that ends
 * the property's path wins, so `dosage.sets` serves an exercise's dosage and a routine item's alike.
 * test/node/schema-descriptions.test.mjs fails on a property left without one.
 */
import { JOINTS } from '../core/figure/figure-names.js';

/** "hip-left" → "The left hip's angle…"; "x"/"y" move the whole figure. */
function jointDescription(joint: string): string {
  if (joint === 'x')
    return 'Moves the hips sideways in the drawing, in drawing units (a standing figure is 112 tall).';
  if (joint === 'y')
    return 'Moves the hips up or down in the drawing, in drawing units (a standing figure is 112 tall).';
  const [part, side] = joint.split('-');
  return `Change of the ${side ? `${side} ` : ''}${part} angle from the base position, in degrees clockwise.`;
}

export const SCHEMA_DESCRIPTIONS: Readonly<Record<string, string>> = {
  ...Object.fromEntries(JOINTS.map((joint) => [joint, jointDescription(joint)])),
  'props.kind': 'The prop: what is drawn.',
  ...Object.fromEntries(
    ['upper-arm', 'forearm', 'thigh', 'shin'].flatMap((limb) =>
      ['left', 'right'].map((side) => [
        `shorten.${limb}-${side}`,
        `How long the ${side} ${limb.replace('-', ' ')} is drawn, as a fraction of its length (0.2–1).`,
      ]),
    ),
  ),
  shorten:
    'Limbs drawn shorter, as a fraction of their length (0.2–1), because they point towards the reader: thighs and shins seen from above with the knees up.',
  'figure.position': 'The base position the figure starts from.',
  'figure.view': 'Draw from the side, the front or above, not the base position’s own view.',
  'figure.side': 'The side that moves in these poses; mirrored for the other.',
  'figure.props': 'What is drawn with the figure.',
  'figure.movement': 'The movement in words, read out with the figure.',
  plant:
    'Hands, feet, shoulders, toes or heels that stay put while the rest moves; on planted toes the heel may lift, a leg on a planted heel stays straight.',
  'props.at': 'Where the prop sits on the body or in the scene.',
  id: 'A short identifier: letters, digits, "-" and "_", used in "ref" and in src="file.json#id".',
  name: 'The exercise name, shown as the heading.',
  title: 'The title, shown as the heading.',
  summary: 'What it is for, in a sentence or two.',
  media: 'Images and a video of the movement.',
  'media.images': 'Pictures of the movement.',
  'media.images.src': 'The image file: an https:, http: or relative address.',
  'media.images.alt': 'What the image shows, for readers who cannot see it.',
  'media.images.width': 'Width of the image file in pixels, so the page reserves its space.',
  'media.images.height': 'Height of the image file in pixels, so the page reserves its space.',
  'media.images.caption': 'A caption shown under the image.',
  'media.video': 'One video: a file, or a YouTube or Vimeo id (loaded only on a click).',
  'media.video.src': 'A video file (MP4, WebM): an https:, http: or relative address.',
  'media.video.youtube': 'A YouTube video id (the part after "v=" in its address).',
  'media.video.vimeo': 'A Vimeo video id (the digits at the end of its address).',
  'media.video.poster': 'An image shown before the video plays.',
  'media.video.title': 'The video’s title, for screen readers.',
  steps: 'Ordered instructions.',
  cues: 'Short coaching tips.',
  dosage: 'How much to do: an object, or a line such as "2–3 sets of 10 reps per side, hold 3 s".',
  'dosage.sets': 'Sets or rounds (1 to 20).',
  'dosage.reps': 'Repetitions in a set, on each side when "side" is set (1 to 100).',
  'dosage.holdSeconds': 'Hold inside each repetition, in seconds (1 to 300).',
  'dosage.durationSeconds': 'Timed work per set, in seconds (1 to 3600).',
  'dosage.restSeconds': 'Rest between sets, in seconds (0 to 600).',
  'dosage.side': 'each: all reps on one side, then the other; alternating: switch every rep.',
  'dosage.text': 'The author’s own words, shown as given.',
  min: 'The smallest amount of the range.',
  max: 'The largest amount of the range.',
  equipment: 'What is needed, e.g. ["mat", "chair"].',
  muscles: 'Target muscles or body areas.',
  category: 'e.g. mobility, strength, stretching.',
  difficulty: 'How hard the exercise is: beginner, intermediate or advanced.',
  safety: 'Cautions, shown set apart.',
  easier: 'Easier versions, for a reader who finds this too hard.',
  harder: 'Harder versions, for a reader who finds this too easy.',
  'easier.name': 'The name of the variation.',
  'harder.name': 'The name of the variation.',
  'easier.summary': 'How the variation differs, in a sentence or two.',
  'harder.summary': 'How the variation differs, in a sentence or two.',
  'easier.ref': 'The id of a full exercise for this variation.',
  'harder.ref': 'The id of a full exercise for this variation.',
  source: 'Where it comes from, for credit.',
  'source.title': 'Title of the article or book this comes from.',
  'source.author': 'Who wrote the source.',
  'source.publisher': 'Who published the source: a clinic, a journal, a site.',
  'source.url': 'Where the source can be read.',
  'source.licence': 'Licence name or SPDX id, e.g. "CC-BY-4.0".',
  library: 'The exercise library this was copied from, with the record’s own words.',
  'library.name': 'The library, e.g. "free-exercise-db".',
  'library.id': 'The record’s id in the library.',
  'library.level': 'The library’s own level, e.g. "expert" (shown here as "advanced").',
  'library.force': 'The library’s force: push, pull or static.',
  'library.mechanic': 'The library’s mechanic: compound or isolation.',
  'library.secondaryMuscles': 'Muscles the library says also work.',
  frequency: 'How often to do the routine: an object, or a line such as "3–4 times weekly".',
  'frequency.times': 'How many times in each period (1 to 20).',
  'frequency.per': 'The period: "day" or "week".',
  'frequency.text': 'The author’s own words, shown as given.',
  durationMinutes: 'How long the author says the routine takes, in minutes (at most 180).',
  restBetweenExercisesSeconds: 'Rest between two exercises, in seconds (0 to 600; default 15).',
  defaultDosage:
    'The amount for every exercise that gives none (an object, or a line such as "2 sets of 10 reps"); an exercise’s own dosage wins. A plank or side plank takes only its time.',
  'defaultDosage.sets': 'Sets or rounds (1 to 20).',
  'defaultDosage.reps': 'Repetitions in a set, on each side when "side" is set (1 to 100).',
  'defaultDosage.holdSeconds':
    'Hold inside each repetition, in seconds (1 to 300); a plank’s time when it has no duration.',
  'defaultDosage.durationSeconds': 'Timed work per set, in seconds (1 to 3600).',
  'defaultDosage.restSeconds': 'Rest between sets, in seconds (0 to 600).',
  'defaultDosage.side': 'each or alternating, for exercises that do not say; their own side wins.',
  'defaultDosage.text': 'Your words for the default; not shown for the exercises it fills.',
  sections: 'The parts of the session, in order: warm-up, main, cool-down, bonus.',
  'sections.id': 'An id for the section, e.g. "warm-up".',
  'sections.title': 'The section heading, e.g. "Warm-up".',
  'sections.kind': 'warm-up, main, cool-down, or bonus (optional extras the reader may leave out).',
  'sections.items': 'The exercises of the section, in order.',
  'sections.items.ref': 'The id of an exercise in this document’s "exercises".',
  'sections.items.exercise': 'The exercise, written out in place.',
  'sections.items.dosage': 'Overrides the exercise’s own dosage here.',
  'sections.items.notes': 'A note for this exercise in this routine.',
  exercises: 'The exercises the items name by "ref", keyed by their id.',
  painAdvice:
    'The clinic’s own advice and contact for a patient who feels pain, e.g. "Call us on 01234 567890 before your next session."; shown in the player’s "This hurts" dialog and in its summary after a stop.',
};
