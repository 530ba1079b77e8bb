// Types for fuzz-documents.mjs, which the Node tests import as plain JavaScript.
import type fc from 'fast-check';

export interface FuzzSettings {
  numRuns: number;
  seed: number;
}
export interface Seeds {
  routines: Record<string, unknown>[];
  exercises: Record<string, unknown>[];
  dosages: string[];
}
export interface DocumentOptions {
  /** Length of the rare huge lists; 100 000 by default. */
  hugeLength?: number;
}

export function fuzzSettings(defaultRuns: number): FuzzSettings;
export function assertProperty<T extends [unknown, ...unknown[]]>(
  property: fc.IProperty<T> | fc.IAsyncProperty<T>,
  settings: FuzzSettings,
): void;
export function assertAsyncProperty<T extends [unknown, ...unknown[]]>(
  property: fc.IAsyncProperty<T>,
  settings: FuzzSettings,
): Promise<void>;
export const RTL_TEXTS: string[];
export const WEIRD_STRINGS: string[];
export const WEIRD_NUMBERS: number[];
export const WEIRD_KEYS: string[];
export const HUGE_ARRAY_LENGTH: number;
export function hostileValue(options?: DocumentOptions): fc.Arbitrary<unknown>;
export function allPaths(doc: unknown, limit?: number): Array<Array<string | number>>;
export function seedsFrom(routines: unknown[]): Seeds;
export function documentArbitrary(seeds: unknown[], options?: DocumentOptions): fc.Arbitrary<unknown>;
export function dosageTextArbitrary(exampleLines: string[]): fc.Arbitrary<string>;
export function parsePath(path: string): Array<string | number>;
export function pathExists(doc: unknown, path: string): boolean;
