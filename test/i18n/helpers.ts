import { render, type TemplateResult } from 'lit';
import { waitUntil } from '@open-wc/testing';
import { localeReady, uiLocale } from '../../src/internal/locale-loader.js';
import type { ExerciseInput } from '../../src/data/exercise-schema.js';

/** An exercise touching every part of the card, with names in two languages. */
export const fullExercise = {
  id: 'glute-bridge',
  name: { en: 'Glute bridge', es: 'Puente de glúteos' },
  summary: 'Lift your hips off the floor.',
  steps: ['Lie on your back.', 'Lift your hips.'],
  cues: ['Push through your heels.'],
  dosage: { sets: { min: 2, max: 3 }, reps: { min: 8, max: 10 }, holdSeconds: 3, side: 'each' },
  equipment: ['mat', 'small cushion'],
  muscles: ['glutes'],
  category: 'strength',
  difficulty: 'beginner',
  safety: ['Stop if you feel sharp pain.'],
  easier: [{ name: 'Half bridge', summary: 'Lift only a little way.' }],
  harder: [{ name: 'Single-leg bridge' }],
  source: { title: 'Glute Exercises', author: 'A. Physio', url: 'https://example.com/glutes' },
  media: { video: { youtube: 'dQw4w9WgXcQ', title: 'Bridge video' } },
} as unknown as ExerciseInput;

/** Every string an author wrote in `data`: these are shown as written, never translated. */
export function authorStrings(data: unknown): string[] {
  if (typeof data === 'string') return [data];
  if (Array.isArray(data)) return data.flatMap(authorStrings);
  if (data && typeof data === 'object') return Object.values(data).flatMap(authorStrings);
  return [];
}

/**
 * The UI text inside an element's shadow root (and nested ones): text nodes, plus `aria-label`s.
 * Styles are skipped; screen-reader-only text counts, it is UI too.
 */
export function uiTexts(host: Element, skip = ''): string[] {
  const out: string[] = [];
  const visit = (root: ShadowRoot | Element) => {
    for (const node of Array.from(root.childNodes)) {
      if (node.nodeType === Node.TEXT_NODE) {
        const text = node.textContent?.trim();
        if (text) out.push(text);
      } else if (node instanceof Element) {
        if (node.localName === 'style' || node.localName === 'script') continue;
        if (skip && node.matches(skip)) continue;
        const label = node.getAttribute('aria-label');
        if (label) out.push(label);
        if (node.shadowRoot) visit(node.shadowRoot);
        visit(node);
      }
    }
  };
  if (host.shadowRoot) visit(host.shadowRoot);
  return out;
}

/** Waits until our catalog for the page is `locale` and loaded, then for `elements` to re-render. */
export async function settle(
  locale: string,
  ...elements: Array<{ updateComplete: Promise<unknown> }>
): Promise<void> {
  await waitUntil(
    async () => {
      await localeReady();
      return uiLocale() === locale;
    },
    `catalog never became ${locale} (is ${uiLocale()})`,
    { timeout: 4000 },
  );
  for (const el of elements) await el.updateComplete;
}

/** Sets `<html lang>` for a test; returns a function that puts the old value back. */
export function setPageLang(lang: string | null): () => void {
  const root = document.documentElement;
  const before = root.getAttribute('lang');
  if (lang === null) root.removeAttribute('lang');
  else root.setAttribute('lang', lang);
  return () => {
    if (before === null) root.removeAttribute('lang');
    else root.setAttribute('lang', before);
  };
}

const mounted: HTMLElement[] = [];

/**
 * Renders `template` into a fresh <div> in the body and returns the div. Plain DOM rather than
 * fixture() for wrappers: fixture waits for an animation frame on non-Lit roots, which a background
 * test tab may never get.
 */
export function mount(template: TemplateResult): HTMLElement {
  const root = document.createElement('div');
  document.body.append(root);
  render(template, root);
  mounted.push(root);
  return root;
}

/** Removes everything `mount` added; call from afterEach. */
export function unmountAll(): void {
  mounted.splice(0).forEach((root) => root.remove());
}
