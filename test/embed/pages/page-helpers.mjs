// Shared steps of the whole-page embed tests: open a page and record what it does, then wait for the
// elements to settle. Everything runs in the page through playwright-core, so shadow roots are reachable.

/**
 * Opens `url` in a fresh page and records uncaught errors, console errors and warnings, CSP violation
 * events (with their directive) and every request. Call `done()` to read what was recorded.
 */
export async function openRecorded(context, url) {
  const page = await context.newPage();
  const problems = [];
  const requests = [];
  page.on('pageerror', (error) => problems.push(`uncaught: ${error.message}`));
  page.on('console', (message) => {
    // A failed load is reported with its URL by the response listener.
    if (message.text().startsWith('Failed to load resource')) return;
    if (message.type() === 'error' || message.type() === 'warning') {
      problems.push(`console ${message.type()}: ${message.text()}`);
    }
  });
  page.on('request', (request) => requests.push(request.url()));
  page.on('response', (response) => {
    if (response.status() >= 400) problems.push(`HTTP ${response.status()}: ${response.url()}`);
  });
  await page.addInitScript(() => {
    window.__violations = [];
    document.addEventListener('securitypolicyviolation', (event) =>
      window.__violations.push(`${event.effectiveDirective}: ${event.blockedURI} (${event.sample})`),
    );
    // Every localStorage write, with its key, before any page script runs.
    window.__storageWrites = [];
    const setItem = Storage.prototype.setItem;
    Storage.prototype.setItem = function (key, value) {
      window.__storageWrites.push(key);
      return setItem.call(this, key, value);
    };
  });
  const response = await page.goto(url);
  return {
    page,
    response,
    problems,
    requests,
    violations: () => page.evaluate(() => window.__violations),
    storageWrites: () => page.evaluate(() => window.__storageWrites),
  };
}

/**
 * Waits until every custom element in the page has rendered, no card is still loading and every
 * element's `updateComplete` has resolved (a card's resolves once its lazily loaded JSON-LD writer has
 * written the card's structured data, which a busy machine delivers after the first render). On timeout
 * the error names what the page recorded (pass the `openRecorded` result), which is usually the cause.
 */
export async function settled(pageOrVisit, { timeout = 8000 } = {}) {
  const page = pageOrVisit.page ?? pageOrVisit;
  await page
    .waitForFunction(
      () => {
        const elements = [...document.querySelectorAll('*')].filter((el) => el.localName.includes('-'));
        return (
          elements.length > 0 &&
          elements.every(
            (el) =>
              customElements.get(el.localName) &&
              el.shadowRoot &&
              el.shadowRoot.childElementCount > 0 &&
              !el.shadowRoot.querySelector('[aria-busy="true"]'),
          )
        );
      },
      undefined,
      { timeout },
    )
    .catch((error) => {
      const problems = pageOrVisit.problems?.length ? `\n${pageOrVisit.problems.join('\n')}` : '';
      throw new Error(`${error.message}${problems}`);
    });
  const pending = await page.evaluate(async (timeout) => {
    const elements = [...document.querySelectorAll('*')].filter((el) => el.updateComplete instanceof Promise);
    const late = new Promise((resolve) => setTimeout(() => resolve('late'), timeout));
    const results = await Promise.all(
      elements.map((el) => Promise.race([el.updateComplete.then(() => 'done'), late])),
    );
    return elements.filter((_, i) => results[i] === 'late').map((el) => el.id || el.localName);
  }, timeout);
  if (pending.length)
    throw new Error(`updateComplete still pending after ${timeout} ms: ${pending.join(', ')}`);
}

/** The trimmed text of the first element matching `selector` inside `host`'s shadow root. */
export function shadowText(page, host, selector) {
  return page.evaluate(
    ([host, selector]) =>
      document.querySelector(host)?.shadowRoot?.querySelector(selector)?.textContent?.trim() ?? null,
    [host, selector],
  );
}

/** Presses the counter's big button `times` times and returns the count it shows. */
export async function countReps(page, host, times = 1) {
  for (let i = 0; i < times; i++) await page.locator(`${host} >> [part="button"]`).click();
  return shadowText(page, host, '[part="count"]');
}
