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
