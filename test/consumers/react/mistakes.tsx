// Each marked line is a mistake the types must catch; the test expects exactly these errors.
import 'exercise-elements';
import 'exercise-elements/exercise-figure.js';
import 'exercise-elements/routine-editor.js';
import type {} from 'exercise-elements/react';

export const mistakes = (
  <>
    {/* MISTAKE layout: not one of 'full' | 'compact' */}
    <exercise-card layout="wide" />
    {/* MISTAKE pace: not one of 'min' | 'mid' | 'max' */}
    <routine-player pace="fast" />
    {/* MISTAKE detail: ex-rep's detail has rep, set and side */}
    <rep-counter onex-rep={(event) => console.log(event.detail.count)} />
    {/* MISTAKE state: not one of 'moving' | 'hold' | 'still' */}
    <exercise-figure state="spinning" />
    {/* MISTAKE detail: ex-warning's detail has warnings */}
    <exercise-figure onex-warning={(event) => console.log(event.detail.problems)} />
    {/* MISTAKE theme: not one of 'light' | 'dark' */}
    <routine-editor theme="blue" />
    {/* MISTAKE detail: ex-change's detail has routine and source */}
    <routine-editor onex-change={(event) => console.log(event.detail.document)} />
  </>
);
