// The body of bench figure a, run inside the bench page by `page.evaluate` (bench/run.mjs and
// bench/profile-render.mjs share it, so both measure the same thing). Creates one `tag` element per
// exercise, from the first createElement to every card's `updateComplete` (`script`), then forces style
// and layout of everything (`layout`). `exercises` defaults to `window.benchExercises`, for callers that
// put the data in the page first so its transfer isn't timed.
export function renderCardsInPage({ tag, exercises = window.benchExercises }) {
  return (async () => {
    const stage = document.querySelector('#stage');
    const t0 = performance.now();
    for (const exercise of exercises) {
      const card = document.createElement(tag);
      card.exercise = exercise;
      stage.append(card);
    }
    // Lit elements (the card, the bare Lit copy) render in a microtask; the vanilla floor already has.
    await Promise.all([...stage.children].map((card) => card.updateComplete));
    const scripted = performance.now();
    void stage.offsetHeight; // style and layout of everything
    const rendered = performance.now() - t0;
    const ok = [...stage.children].every((card) => card.shadowRoot?.querySelector('article.card.full'));
    const nodes = [...stage.children].reduce(
      (sum, card) => sum + (card.shadowRoot?.querySelectorAll('*').length ?? 0),
      0,
    );
    return { rendered, script: scripted - t0, layout: rendered - (scripted - t0), ok, nodes };
  })();
}
