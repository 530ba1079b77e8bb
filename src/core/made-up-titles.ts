/**
 * The names the text-format reader and the article importer give what an author left unnamed: a routine
 * without a title, exercises before any section. English by default; the editor and the player pass
 * their own, in the reader's language, so that a Spanish page doesn't show a section called "Exercises".
 */
export interface MadeUpTitles {
  /** A routine written as text without a `# Title` line. */
  untitledRoutine: string;
  /** An article in which no title was found. */
  importedRoutine: string;
  /** The one section that holds exercises listed before any section heading. */
  exercises: string;
  /** An article's warm-up exercises, when the article gave them no heading of their own. */
  warmUp: string;
  /** An article's bonus exercises, when the article gave them no heading of their own. */
  bonus: string;
}

export const ENGLISH_TITLES: Readonly<MadeUpTitles> = {
  untitledRoutine: 'Untitled routine',
  importedRoutine: 'Imported routine',
  exercises: 'Exercises',
  warmUp: 'Warm-up',
  bonus: 'Bonus',
};

/** The English names with the caller's in place of any it gives (blank ones are ignored). */
export function madeUpTitles(given: Partial<MadeUpTitles> = {}): MadeUpTitles {
  const titles = { ...ENGLISH_TITLES };
  for (const key of Object.keys(titles) as (keyof MadeUpTitles)[]) {
    const name = given[key];
    if (typeof name === 'string' && name.trim() !== '') titles[key] = name.trim();
  }
  return titles;
}
