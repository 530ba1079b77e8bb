/**
 * Describes a routine as a schema.org `HowTo` with sections, for the `<script type="application/ld+json">`
 * that `<routine-player structured-data>` writes into the page's light DOM.
 *
 * Shape: `HowTo` → `step`: one `HowToSection` per section of the routine → `itemListElement`: one
 * `HowToStep` per exercise (its name, its dosage line as `text`, its images) → `itemListElement`: the
 * exercise's instructions as `HowToDirection`s and the item's note as a `HowToTip`. `totalTime` is the
 * player's own estimate of a session. HowTo has no field for how often to do it, so the frequency
 * travels in the description, as the dosage does for a card.
 *
 * Why not `ExercisePlan`: it describes one prescribed activity (`activityFrequency`, `repetitions`,
 * `restPeriods`…) and has no way to list sections and exercises in order; a routine is an ordered list
 * of exercises, which is what HowTo with sections expresses.
 *
 * Pure, like `exerciseHowTo`: the caller passes how to pick a language and write a dosage line.
 */
import type { Routine } from '../data/routine-schema.js';
import { resolveRoutineItems } from '../data/resolve-routine.js';
import type { Dosage } from './dosage-types.js';
import type { HowTo, HowToOptions, HowToTool } from './exercise-json-ld.js';
import { isoDuration, serializeJsonLd } from './exercise-json-ld.js';
import { formatDosage, formatFrequency } from './format-dosage.js';
import { pickText } from './localized-text.js';

type Text = Parameters<HowToOptions['text']>[0];

export interface RoutineHowToOptions {
  /** Chooses the reader's language from text an author wrote plain or per language. */
  text: (value: Text) => string;
  /** The dosage line as the player shows it, e.g. "2 sets × 10 reps per side". */
  dosage: (dosage: Dosage) => string;
  /** The frequency line as the player shows it, e.g. "1–2 times a day". */
  frequency?: string;
  /** Expected length of a session in seconds (`estimateDuration`), for `totalTime`. */
  totalSeconds?: number;
  /** The BCP 47 language the text was picked for. */
  inLanguage?: string;
  /** Makes a relative media or source URL absolute (JSON-LD consumers need absolute URLs). */
  resolveUrl?: (url: string) => string;
}

export interface HowToDirection {
  '@type': 'HowToDirection';
  position: number;
  text: string;
}

export interface HowToTip {
  '@type': 'HowToTip';
  text: string;
}

export interface RoutineHowToStep {
  '@type': 'HowToStep';
  position: number;
  name: string;
  text: string;
  image?: string[];
  itemListElement?: Array<HowToDirection | HowToTip>;
}

export interface HowToSection {
  '@type': 'HowToSection';
  position: number;
  name: string;
  description?: string;
  itemListElement: RoutineHowToStep[];
}

export interface RoutineHowTo extends Omit<HowTo, 'step' | 'performTime' | 'keywords' | 'educationalLevel'> {
  step: HowToSection[];
}

/** The schema.org HowTo (with `HowToSection`s) for one routine. Empty fields are left out. */
export function routineHowTo(routine: Routine, options: RoutineHowToOptions): RoutineHowTo {
  const text = (value: Text) => options.text(value).trim();
  const resolve = options.resolveUrl ?? ((url: string) => url);
  const howTo: RoutineHowTo = {
    '@context': 'https://schema.org',
    '@type': 'HowTo',
    name: text(routine.title),
  } as RoutineHowTo;

  const summary = text(routine.summary);
  const frequency = options.frequency?.trim() ?? '';
  const description = [summary, frequency]
    .filter(Boolean)
    .join(summary && !/[.!?]$/.test(summary) ? '. ' : ' ');
  if (description) howTo.description = description;
  if (options.inLanguage) howTo.inLanguage = options.inLanguage;
  if (
    options.totalSeconds !== undefined &&
    Number.isFinite(options.totalSeconds) &&
    options.totalSeconds > 0
  ) {
    howTo.totalTime = isoDuration(options.totalSeconds);
  }

  const items = resolveRoutineItems(routine);
  const tools = new Set<string>();
  howTo.step = [];
  routine.sections.forEach((section, sectionIndex) => {
    const steps: RoutineHowToStep[] = [];
    for (const item of items.filter((entry) => entry.sectionIndex === sectionIndex)) {
      const exercise = item.exercise;
      const name = text(exercise.name);
      if (!name) continue;
      const dosage = item.dosage
        ? options.dosage(item.dosage).trim() || (item.dosage.text?.trim() ?? '')
        : '';
      const step: RoutineHowToStep = {
        '@type': 'HowToStep',
        position: steps.length + 1,
        name,
        text: [name, dosage].filter(Boolean).join(': '),
      };
      const images = (exercise.media?.images ?? []).map((image) => resolve(image.src)).filter(Boolean);
      if (images.length) step.image = images;
      const directions: Array<HowToDirection | HowToTip> = (exercise.steps ?? [])
        .map(text)
        .filter(Boolean)
        .map((line, index) => ({ '@type': 'HowToDirection', position: index + 1, text: line }));
      const note = text(section.items[item.itemIndex]?.notes);
      if (note) directions.push({ '@type': 'HowToTip', text: note });
      if (directions.length) step.itemListElement = directions;
      steps.push(step);
      (exercise.equipment ?? []).map(text).forEach((tool) => tool && tools.add(tool));
    }
    if (!steps.length) return;
    const sectionSummary = text(section.summary);
    howTo.step.push({
      '@type': 'HowToSection',
      position: howTo.step.length + 1,
      name: text(section.title),
      ...(sectionSummary ? { description: sectionSummary } : {}),
      itemListElement: steps,
    });
  });

  if (tools.size) howTo.tool = [...tools].map((name): HowToTool => ({ '@type': 'HowToTool', name }));

  if (routine.source) {
    const title = text(routine.source.title);
    if (title) {
      howTo.isBasedOn = { '@type': 'CreativeWork', name: title };
      if (routine.source.url) howTo.isBasedOn.url = resolve(routine.source.url);
      const author = text(routine.source.author);
      if (author) howTo.isBasedOn.author = { '@type': 'Person', name: author };
    }
  }
  return howTo;
}

/**
 * The routine's JSON-LD text exactly as `<routine-player structured-data>` writes it, in `locale`, with
 * the dosage and frequency lines the overview shows. Shared by the element and the server renderer, so
 * a server-rendered script and the browser's agree to the byte.
 */
export function routineJsonLd(
  routine: Routine,
  options: { locale: string; totalSeconds?: number; resolveUrl?: (url: string) => string },
): string {
  const { locale } = options;
  return serializeJsonLd(
    routineHowTo(routine, {
      text: (value) => pickText(value, locale),
      dosage: (dosage) => formatDosage(dosage, locale),
      frequency: routine.frequency ? formatFrequency(routine.frequency, locale) : undefined,
      totalSeconds: options.totalSeconds,
      inLanguage: locale,
      resolveUrl: options.resolveUrl,
    }),
  );
}
