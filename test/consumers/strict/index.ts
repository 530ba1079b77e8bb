// Every entry of the package, imported as a strict TypeScript project would, with the types a user
// reaches for: the authoring and validated document shapes, the event details from each element's
// entry, the types of public properties.
import 'exercise-elements';
import 'exercise-elements/cdn/exercise-elements.js';
import 'exercise-elements/cdn/exercise-elements-hydrate.js';
import 'exercise-elements/cdn/autoload.js';
import 'exercise-elements/styles/before-upgrade.css';
import 'exercise-elements/exercise-figure.js';
import { RoutineEditor, type ExChangeDetail } from 'exercise-elements/routine-editor.js';
import { ExerciseFigure } from 'exercise-elements/exercise-figure.component.js';
import type { FigureInput, FigureState } from 'exercise-elements/exercise-figure.js';
import type {} from 'exercise-elements/react';
import type {} from 'exercise-elements/vue';
import { ExerciseCard, type ExerciseInput, type ValidatedExercise } from 'exercise-elements/exercise-card.js';
import type {
  ExErrorDetail,
  ExLoadDetail,
  ExStartDetail,
  ExWarningDetail,
} from 'exercise-elements/exercise-card.js';
import { RepCounter } from 'exercise-elements/rep-counter.component.js';
import type { CounterPhase, Dosage, ExRepDetail, VoiceMode } from 'exercise-elements/rep-counter.js';
import type { ExStopDetail, Pace, RoutineInput, ValidatedRoutine } from 'exercise-elements/routine-player.js';
import type { VoiceMode as RootVoiceMode, CounterPhase as RootCounterPhase } from 'exercise-elements';
import { parseDosage, validateExercise, type Exercise } from 'exercise-elements/core';
import type { CardRenderOptions } from 'exercise-elements/ssr';

const written: ExerciseInput = {
  id: 'knee-wags',
  name: 'Knee wags',
  dosage: '2-3 sets of 10-15 reps per side',
};
const result = validateExercise(written);
const validated: ValidatedExercise | undefined = result.ok ? result.value : undefined;
const sameShape: Exercise | undefined = validated;
const routine: RoutineInput = { id: 'hips', title: 'Hips', sections: [] };
const unchecked: ValidatedRoutine | undefined = undefined;

const card = document.createElement('exercise-card');
const typedCard: ExerciseCard = card;
typedCard.exercise = written;
card.addEventListener('ex-start', (event: CustomEvent<ExStartDetail>) => event.detail.id.toUpperCase());
card.addEventListener('ex-load', (event: CustomEvent<ExLoadDetail>) => event.detail.id.length);
card.addEventListener('ex-error', (event: CustomEvent<ExErrorDetail>) => event.detail.kind);
card.addEventListener('ex-warning', (event: CustomEvent<ExWarningDetail>) => event.detail.warnings.length);

const counter = document.querySelector('rep-counter');
const voice: VoiceMode | undefined = counter?.voice;
const rootVoice: RootVoiceMode | undefined = voice;
const phase: CounterPhase | undefined = counter?.phase;
const rootPhase: RootCounterPhase | undefined = phase;
const dosage: Dosage = parseDosage('2 sets of 10 reps');
counter?.addEventListener('ex-rep', (event: CustomEvent<ExRepDetail>) => event.detail.rep + event.detail.set);
class ClinicCounter extends RepCounter {}

const player = document.querySelector('routine-player');
const pace: Pace | undefined = player?.pace;
player?.addEventListener('ex-stop', (event: CustomEvent<ExStopDetail>) => event.detail.reason);
const options: CardRenderOptions = { lang: 'en', headingLevel: 2 };

const figure = document.querySelector('exercise-figure');
const typedFigure: ExerciseFigure | null = figure;
const figureState: FigureState | undefined = typedFigure?.state;
const figureData: FigureInput | undefined = undefined;
const editor = document.createElement('routine-editor');
const typedEditor: RoutineEditor = editor;
typedEditor.addEventListener('ex-change', (event: CustomEvent<ExChangeDetail>) => event.detail.routine.title);

export {
  sameShape,
  routine,
  unchecked,
  rootVoice,
  rootPhase,
  dosage,
  ClinicCounter,
  pace,
  options,
  figureState,
  figureData,
};
