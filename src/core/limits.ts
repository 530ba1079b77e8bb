/**
 * The largest dosage a person could plausibly be given, shared by the data schema, text dosage and the
 * rep counter's attributes. They bound a real home program (20 sets of 100 reps is already extreme; a
 * 5-minute hold, a 10-minute rest and an hour of timed work are the longest seen in practice), not the
 * largest number a field can hold: beyond them a value is a typing mistake, and letting it through let
 * one document expand into millions of steps and freeze the page. Every value must also be above zero.
 */
export const LIMITS = {
  maxSets: 20,
  maxReps: 100,
  maxHoldSeconds: 300,
  maxRestSeconds: 600,
  maxWorkSeconds: 3600,
} as const;

/**
 * A hold or timed work shorter than a second is a typing mistake ("0.0000001 seconds"), not a dosage. Its
 * own export, so the dosage parser (in every element) does not carry the whole table below.
 */
export const MIN_TIMED_SECONDS = 1;

/** "3 times a day" is a schedule; 20 times a day or a week is the most a program asks. */
export const MAX_TIMES_PER_PERIOD = 20;

/**
 * The limits of everything else a document can hold, set from what a home session can plausibly be
 * (the longest home program a physio would hand out, not the largest number a field can store). They
 * are what keeps the largest valid document cheap: every list, every text and the whole file are
 * bounded, so validating, building the timeline and rendering cost time in proportion to a real
 * session. The reasons are in docs/limits.md.
 */
export const DOCUMENT_LIMITS = {
  /** A hold or timed work starts at 1 second (MIN_TIMED_SECONDS). */
  minTimedSeconds: MIN_TIMED_SECONDS,
  /** A session estimated longer than 3 hours is not a home session; such a routine is refused. */
  maxSessionMinutes: 180,
  /** What an author may say a routine takes (`durationMinutes`): the same 3 hours. */
  maxDurationMinutes: 180,
  /** Times a day or a week in a frequency (MAX_TIMES_PER_PERIOD). */
  maxTimesPerPeriod: MAX_TIMES_PER_PERIOD,
  /** Sections of a routine (warm-up, main, cool-down, bonus… with room to spare). */
  maxSections: 20,
  /** Exercises in one section, and in the whole routine (a long program has 15–30). */
  maxItemsPerSection: 100,
  maxItemsPerRoutine: 100,
  /** Entries of a routine's `exercises` map: a small library shared by several routines. */
  maxExercisesInMap: 200,
  /** Steps, cues, safety notes, equipment, muscles. */
  maxListEntries: 50,
  /** Images of one exercise. */
  maxImages: 20,
  /** Easier and harder variations of one exercise. */
  maxVariations: 20,
  /** Languages in one `{ "en": …, "es": … }` text. */
  maxLanguages: 50,
  /** Characters of a name, a title or a section heading. */
  maxNameLength: 200,
  /** Characters of a summary or notes. */
  maxSummaryLength: 2000,
  /** Characters of one step, cue, safety note, equipment or muscle entry, caption or alt text. */
  maxLineLength: 1000,
  /** Characters of a dosage or frequency line: the dosage parser reads no further. */
  maxDosageTextLength: 500,
  /** Characters of a short label (category, licence): as long as a name. */
  maxLabelLength: 200,
  /** Characters of a web address. */
  maxUrlLength: 2000,
  /** Bytes of a JSON document (UTF-16 code units, checked before parsing): 5 MB holds a 4 000-exercise library. */
  maxDocumentBytes: 5_000_000,
} as const;
