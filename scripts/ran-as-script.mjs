// Whether a module is the script Node was started with (`node scripts/size.mjs`) rather than imported
// by a test. Compared as URLs built by node:url: a hand-made `file://${path}` differs from
// import.meta.url as soon as the path holds a space (`My projects/`, percent-encoded in the URL) or is
// a Windows path (`C:\…`), and the script then silently does nothing.
import { pathToFileURL } from 'node:url';

/** True when `moduleUrl` (pass `import.meta.url`) is the file named on Node's command line. */
export const ranAsScript = (moduleUrl) =>
  typeof process.argv[1] === 'string' && moduleUrl === pathToFileURL(process.argv[1]).href;
