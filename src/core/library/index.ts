export {
  libraryFacets,
  LIBRARY_NO_EQUIPMENT,
  searchLibrary,
  type LibraryFacets,
  type LibraryQuery,
  type LibrarySearchResult,
} from './search-library.js';
export { readLibrary, withAbsoluteMedia, type ExerciseLibrary } from './read-library.js';
