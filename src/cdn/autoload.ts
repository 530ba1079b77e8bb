/**
 * dist/cdn/autoload.js, for pages written before the light loader became the default file: the same
 * loader as exercise-elements.js (one module, so both on one page still load each element once).
 */
import './exercise-elements.js';
