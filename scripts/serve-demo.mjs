// `npm start`: serves the built package, the examples and the demo pages on http://localhost:8000.
import { startDevServer } from '@web/dev-server';

const port = Number(process.env.PORT ?? 8000);
await startDevServer({
  config: {
    rootDir: '.',
    port,
    hostname: 'localhost',
    nodeResolve: true,
    middleware: [
      (ctx, next) => {
        if (ctx.path === '/' || ctx.path === '/demo') ctx.redirect('/demo/');
        return next();
      },
    ],
  },
  readCliArgs: false,
  readFileConfig: false,
  logStartMessage: false,
});
console.log(`exercise-elements demo: http://localhost:${port}/demo/  (Ctrl+C to stop)`);
