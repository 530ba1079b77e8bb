/**
 * Voice cues speak the UI language or not at all: `speechSynthesis` is stubbed at the browser API
 * boundary (`getVoices`, `speak`, `cancel`, and the utterance's `voice` slot, which refuses objects
 * that are not real voices), so the elements run unchanged.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { LitElement } from 'lit';
import sinon from 'sinon';
import '../../src/rep-counter/rep-counter.js';
import '../../src/routine-player/routine-player.js';
import type { RepCounter } from '../../src/rep-counter/rep-counter.js';
import type { RoutinePlayer } from '../../src/routine-player/routine-player.js';
import { pickVoice, SpeechCueController } from '../../src/internal/speech-cue.js';
import { clearLibraryStorage, TIMED_ROUTINE } from '../routine-player/helpers.js';
import { setPageLang, settle } from './helpers.js';

const voice = (lang: string, extra: Partial<SpeechSynthesisVoice> = {}): SpeechSynthesisVoice =>
  ({
    lang,
    name: `${lang} voice`,
    voiceURI: `test:${lang}`,
    default: false,
    localService: true,
    ...extra,
  }) as SpeechSynthesisVoice;

const utterances = (speak: sinon.SinonStub): SpeechSynthesisUtterance[] =>
  speak.getCalls().map((call) => call.args[0] as SpeechSynthesisUtterance);

class SpeechHost extends LitElement {
  readonly speech = new SpeechCueController(this);
}
customElements.define('speech-test-host', SpeechHost);

describe('voice cues in the UI language', () => {
  let speak: sinon.SinonStub;
  let getVoices: sinon.SinonStub;
  let restore: () => void = () => {};

  beforeEach(() => {
    clearLibraryStorage();
    speak = sinon.stub(window.speechSynthesis, 'speak');
    sinon.stub(window.speechSynthesis, 'cancel');
    getVoices = sinon.stub(window.speechSynthesis, 'getVoices').returns([]);
    // A real utterance only takes real voices; ours are plain objects, so keep them on the side.
    const chosen = new WeakMap<object, SpeechSynthesisVoice | null>();
    sinon
      .stub(SpeechSynthesisUtterance.prototype, 'voice')
      .get(function (this: object) {
        return chosen.get(this) ?? null;
      })
      .set(function (this: object, value: SpeechSynthesisVoice | null) {
        chosen.set(this, value);
      });
  });
  afterEach(() => {
    restore();
    restore = () => {};
    sinon.restore();
    clearLibraryStorage();
  });

  async function startPlayer(lang: string, catalog: string): Promise<RoutinePlayer> {
    restore = setPageLang(lang);
    const el = await fixture<RoutinePlayer>(
      html`<routine-player no-persist .routine=${TIMED_ROUTINE}></routine-player>`,
    );
    await settle(catalog, el);
    el.start();
    await el.updateComplete;
    return el;
  }

  it('picks the voice that speaks the UI language', async () => {
    const french = voice('fr-FR');
    getVoices.returns([voice('en-US', { default: true }), voice('de-DE'), french]);
    await startPlayer('fr', 'fr');
    expect(speak.called, 'the first step is spoken').to.equal(true);
    for (const u of utterances(speak)) {
      expect(u.voice).to.equal(french);
      expect(u.lang).to.equal('fr-FR');
    }
  });

  it('accepts a voice of the same language from another region: es-MX UI, es-ES voice', async () => {
    const spain = voice('es-ES');
    getVoices.returns([voice('en-US', { default: true }), spain]);
    await startPlayer('es-MX', 'es');
    expect(speak.called).to.equal(true);
    expect(utterances(speak).map((u) => u.voice)).to.satisfy((v: unknown[]) => v.every((x) => x === spain));

    // The counter speaks the same catalog language.
    speak.resetHistory();
    const counter = await fixture<RepCounter>(
      html`<rep-counter voice="changes" target="1" sets="2" side="each"></rep-counter>`,
    );
    await settle('es', counter);
    counter.shadowRoot!.querySelector<HTMLButtonElement>('button.tap')!.click();
    await counter.updateComplete;
    expect(speak.callCount).to.equal(1);
    expect(utterances(speak)[0]!.voice).to.equal(spain);
  });

  it('stays silent when no installed voice speaks the UI language', async () => {
    getVoices.returns([voice('en-US', { default: true }), voice('fr-FR')]);
    const player = await startPlayer('ar', 'ar');
    expect(player.state.status).to.equal('running');
    const counter = await fixture<RepCounter>(
      html`<rep-counter voice="counts" target="2" sets="2" side="each"></rep-counter>`,
    );
    await settle('ar', counter);
    counter.shadowRoot!.querySelector<HTMLButtonElement>('button.tap')!.click();
    counter.shadowRoot!.querySelector<HTMLButtonElement>('button.tap')!.click();
    await counter.updateComplete;
    expect(counter.value).to.not.equal('');
    expect(speak.called).to.equal(false);
  });

  it('chooses exact tags first, then the same script and region, then the default voice', () => {
    const voices = [voice('zh-TW'), voice('zh-HK'), voice('zh-CN'), voice('es-ES'), voice('es_MX')];
    expect(pickVoice(voices, 'zh-Hans')?.lang).to.equal('zh-CN');
    expect(pickVoice(voices, 'es-MX')?.lang).to.equal('es_MX');
    expect(pickVoice(voices, 'es')?.lang).to.equal('es-ES');
    expect(pickVoice([voice('en-GB'), voice('en-AU', { default: true })], 'en-IN')?.lang).to.equal('en-AU');
    expect(pickVoice(voices, 'ar')).to.equal(undefined);
    expect(pickVoice([], 'en')).to.equal(undefined);
  });

  it('speaks by language while the voice list is empty, and follows the list once voiceschanged brings it', async () => {
    const cancel = window.speechSynthesis.cancel as sinon.SinonStub;
    const add = sinon.spy(window.speechSynthesis, 'addEventListener');
    const remove = sinon.spy(window.speechSynthesis, 'removeEventListener');
    const el = await fixture<SpeechHost>(html`<speech-test-host></speech-test-host>`);
    expect(add.called, 'nothing is listened to before a cue').to.equal(false);

    // Still loading ([]): the engine chooses by `lang`, and we listen for the list, once.
    expect(el.speech.speak('Hallo', 'de-AT')).to.equal(true);
    expect(el.speech.speak('Hallo', 'de-AT')).to.equal(true);
    expect(utterances(speak).map((u) => [u.lang, u.voice])).to.deep.equal([
      ['de-AT', null],
      ['de-AT', null],
    ]);
    expect(add.withArgs('voiceschanged').callCount).to.equal(1);

    // The list arrives with a German voice: the phrase in flight may go on; the next one uses it.
    const german = voice('de-DE');
    getVoices.returns([voice('en-US'), german]);
    cancel.resetHistory();
    window.speechSynthesis.dispatchEvent(new Event('voiceschanged'));
    expect(remove.withArgs('voiceschanged').callCount).to.equal(1);
    expect(cancel.called).to.equal(false);
    expect(el.speech.speak('Hallo', 'de-AT')).to.equal(true);
    expect(utterances(speak).at(-1)!.voice).to.equal(german);

    // A list with no voice for the language: silence.
    speak.resetHistory();
    getVoices.returns([voice('en-US')]);
    expect(el.speech.speak('مرحبا', 'ar')).to.equal(false);
    expect(speak.called).to.equal(false);
  });

  it('cuts off a phrase spoken by language alone when the list arrives without its language', async () => {
    const cancel = window.speechSynthesis.cancel as sinon.SinonStub;
    const el = await fixture<SpeechHost>(html`<speech-test-host></speech-test-host>`);
    expect(el.speech.speak('مرحبا', 'ar')).to.equal(true);
    cancel.resetHistory();
    getVoices.returns([voice('en-US'), voice('fr-FR')]);
    window.speechSynthesis.dispatchEvent(new Event('voiceschanged'));
    expect(cancel.callCount).to.equal(1);
    expect(el.speech.speak('مرحبا', 'ar')).to.equal(false);
    expect(speak.callCount).to.equal(1);
  });

  it('removes its voiceschanged listener when the host disconnects', async () => {
    const add = sinon.spy();
    const remove = sinon.spy();
    const synth = {
      getVoices: () => [],
      speak: sinon.stub(),
      cancel: sinon.stub(),
      addEventListener: add,
      removeEventListener: remove,
    };
    sinon.stub(window, 'speechSynthesis').get(() => synth);
    const el = await fixture<SpeechHost>(html`<speech-test-host></speech-test-host>`);
    expect(el.speech.speak('Hello', 'en')).to.equal(true);
    expect(add.withArgs('voiceschanged').callCount).to.equal(1);
    const listener = add.firstCall.args[1];
    el.remove();
    expect(remove.calledWith('voiceschanged', listener)).to.equal(true);
  });
});
