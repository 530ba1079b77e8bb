/**
 * The all-in-one file (dist/cdn/exercise-elements.all.js), for a page that wants a single request:
 * registers every element up front and exports nothing, so the bundle carries only what the elements
 * use. Registration is guarded: loading it twice, or beside the light loader, is harmless. Most pages
 * should use exercise-elements.js instead, which downloads only the elements the page shows.
 *
 * Everything is eager here, the dosage text parser and the card's video included (the light loader
 * fetches them only for data with a dosage written as text, or a video), so a card given its data by
 * code renders it in the same update.
 */
import { plugInDosageTextReader } from '../data/plug-dosage-text-reader.js';
import * as exerciseVideo from '../exercise-card/exercise-video.js';
import { useVideo } from '../exercise-card/lazy-video.js';
import '../exercise-card/exercise-card.js';
import '../rep-counter/rep-counter.js';
import '../routine-player/routine-player.js';

plugInDosageTextReader();
useVideo(exerciseVideo);
