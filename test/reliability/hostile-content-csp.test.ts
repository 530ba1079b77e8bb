/**
 * The hostile payloads again, under a strict Content Security Policy (no inline script, no inline
 * handlers, no javascript: URLs). Markup that reached the DOM would now be blocked rather than run, and
 * the browser would report it: so the check here is that no `securitypolicyviolation` is reported.
 * The policy lives for the whole page, which is why this is a file of its own.
 */
import { expect, fixture, html } from '@open-wc/testing';
import type { ExerciseCard } from '../../src/exercise-card/exercise-card.js';
import '../../src/exercise-card/exercise-card.js';
import type { RoutinePlayer } from '../../src/routine-player/routine-player.js';
import '../../src/routine-player/routine-player.js';
import { exerciseWith, routineWith, XSS_TEXT_PAYLOADS } from './xss-payloads.js';

const settle = () => new Promise((resolve) => setTimeout(resolve, 60));

describe('hostile content under a strict CSP', () => {
  const violations: string[] = [];
  const onViolation = (e: SecurityPolicyViolationEvent) =>
    violations.push(`${e.violatedDirective}: ${e.blockedURI || e.sample}`);

  before(() => {
    const meta = document.createElement('meta');
    meta.httpEquiv = 'Content-Security-Policy';
    meta.content = "script-src 'self'; object-src 'none'; base-uri 'none'";
    document.head.append(meta);
    document.addEventListener('securitypolicyviolation', onViolation);
  });
  after(() => document.removeEventListener('securitypolicyviolation', onViolation));
  beforeEach(() => {
    violations.length = 0;
  });

  it('the listener works: an inline handler placed on purpose is reported (control)', async () => {
    const img = document.createElement('img');
    img.setAttribute('onerror', 'window.__xss && window.__xss(0)');
    img.src = 'data:,';
    document.body.append(img);
    await settle();
    img.remove();
    expect(violations.length).to.be.greaterThan(0);
  });

  it(`reports no violation for ${XSS_TEXT_PAYLOADS.length} payloads in every field of a card and a player`, async function () {
    this.timeout(60_000);
    for (const payload of XSS_TEXT_PAYLOADS) {
      const card = await fixture<ExerciseCard>(
        html`<exercise-card .exercise=${exerciseWith(payload)} structured-data></exercise-card>`,
      );
      const player = await fixture<RoutinePlayer>(
        html`<routine-player .routine=${routineWith(payload)} no-persist></routine-player>`,
      );
      card.shadowRoot!.querySelectorAll('details').forEach((d) => (d.open = true));
      await settle();
      expect(card.status, payload).to.equal('ready');
      expect(player.status, payload).to.equal('ready');
      expect(violations, payload).to.deep.equal([]);
      card.remove();
      player.remove();
    }
  });
});
