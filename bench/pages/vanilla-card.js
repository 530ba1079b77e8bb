// The floor for the render benchmark: a hand-written custom element with no library that builds the
// same shadow DOM as <exercise-card> for the same data (article, heading, meta list, summary, dosage
// line, steps, tips, facts, safety, Start button) and adopts the card's own stylesheet. It does less
// than the card (no validation, no dosage parsing, no localization): that is what a floor is.
const sheet = new CSSStyleSheet();

function el(tag, attrs, ...children) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs ?? {})) node.setAttribute(name, value);
  node.append(...children);
  return node;
}

function section(tag, className, id, title, listTag, items) {
  return el(
    tag,
    { class: className, 'aria-labelledby': id },
    el('h4', { id }, title),
    el(listTag, {}, ...items.map((item) => el('li', { dir: 'auto' }, item))),
  );
}

const list = new Intl.ListFormat('en', { type: 'conjunction' });

class VanillaCard extends HTMLElement {
  static useStylesOf(cssText) {
    sheet.replaceSync(cssText);
  }

  set exercise(exercise) {
    this._exercise = exercise;
    if (this.isConnected) this.render();
  }

  connectedCallback() {
    if (this._exercise) this.render();
  }

  render() {
    const x = this._exercise;
    const root = this.shadowRoot ?? this.attachShadow({ mode: 'open' });
    root.adoptedStyleSheets = [sheet];
    const article = el('article', {
      part: 'base',
      class: 'card full',
      dir: 'ltr',
      'aria-labelledby': 'title',
    });
    article.append(el('h3', { part: 'title', class: 'title', id: 'title', dir: 'auto' }, x.name));
    const meta = [x.difficulty, x.category].filter(Boolean);
    if (meta.length)
      article.append(
        el(
          'ul',
          { class: 'meta', 'aria-label': 'About this exercise' },
          ...meta.map((m) => el('li', { dir: 'auto' }, m)),
        ),
      );
    if (x.summary) article.append(el('p', { class: 'summary', dir: 'auto' }, x.summary));
    const dosage = typeof x.dosage === 'string' ? x.dosage : x.dosage?.text;
    if (dosage)
      article.append(
        el(
          'p',
          { part: 'dosage', class: 'dosage' },
          el('span', { class: 'dosage-label' }, 'Dosage'),
          el('span', { class: 'dosage-line' }, dosage),
        ),
      );
    if (x.steps?.length) {
      const steps = section('section', 'steps-section', 'steps-heading', 'How to do it', 'ol', x.steps);
      steps.lastChild.setAttribute('part', 'steps');
      steps.lastChild.className = 'steps';
      article.append(steps);
    }
    if (x.cues?.length) article.append(section('section', 'cues', 'cues-heading', 'Tips', 'ul', x.cues));
    if (x.equipment?.length || x.muscles?.length) {
      const facts = el('dl', { class: 'facts' });
      if (x.equipment?.length)
        facts.append(el('dt', {}, 'Equipment'), el('dd', { dir: 'auto' }, list.format(x.equipment)));
      if (x.muscles?.length)
        facts.append(el('dt', {}, 'Target areas'), el('dd', { dir: 'auto' }, list.format(x.muscles)));
      article.append(facts);
    }
    if (x.safety?.length)
      article.append(section('aside', 'safety', 'safety-heading', 'Safety', 'ul', x.safety));
    article.append(
      el(
        'div',
        { part: 'controls', class: 'controls' },
        el('button', { type: 'button', part: 'start-button', class: 'action' }, 'Start'),
      ),
    );
    root.replaceChildren(article);
  }
}

customElements.define('vanilla-card', VanillaCard);
