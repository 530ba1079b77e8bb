// An app as a webpack user writes it: the card's entry, and the stylesheet that reserves its space.
import 'exercise-elements/exercise-card.js';
import 'exercise-elements/styles/before-upgrade.css';

const card = document.createElement('exercise-card');
card.setAttribute('src', '/exercises/knee-wags.json');
document.body.append(card);
