// The browser side of a server-rendered page: hydration support first, then the elements, in one
// bundle so both use the same Lit. (The drop-in file carries its own Lit and cannot be hydrated; it
// re-renders the same content instead.)
import '@lit-labs/ssr-client/lit-element-hydrate-support.js';
import 'exercise-elements';
