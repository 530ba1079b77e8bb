// Each marked line is a mistake the types must catch; the test expects exactly these errors.
import 'exercise-elements';
import type {} from 'exercise-elements/react';

export const mistakes = (
  <>
    {/* MISTAKE layout: not one of 'full' | 'compact' */}
    <exercise-card layout="wide" />
    {/* MISTAKE pace: not one of 'min' | 'mid' | 'max' */}
    <routine-player pace="fast" />
    {/* MISTAKE detail: ex-rep's detail has rep, set and side */}
    <rep-counter onex-rep={(event) => console.log(event.detail.count)} />
  </>
);
