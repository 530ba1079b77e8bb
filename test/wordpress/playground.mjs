// A real WordPress 6.5 for the plugin tests, offline: WordPress Playground's CLI (PHP as WebAssembly,
// SQLite) over the WordPress zip bundled in @wp-playground/wordpress-builds. Those packages install
// about 1 GB, so they live in test/wordpress/package.json, installed here on first run and reused.
//
// The CLI's default mode downloads WordPress; instead the bundled zip is unpacked into a temporary
// folder (without its prebuilt database) and mounted as /wordpress before the install.
import { execFileSync, spawn } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, readFileSync, rmSync, unlinkSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { extractZip } from './unzip.mjs';

const HERE = dirname(fileURLToPath(import.meta.url));
const ROOT = join(HERE, '../..');
const MODULES = join(HERE, 'node_modules');
const CLI = join(MODULES, '@wp-playground/cli/cli.js');
const WORDPRESS_ZIP = join(MODULES, '@wp-playground/wordpress-builds/src/wordpress/wp-6.5.zip');
export const PLUGIN_ZIP = join(ROOT, 'dist/wordpress/exercise-elements.zip');

/** Installs the Playground packages into test/wordpress/node_modules unless they are there. */
function ensurePlayground() {
  if (existsSync(CLI) && existsSync(WORDPRESS_ZIP)) return;
  console.log('Installing WordPress Playground for the WordPress tests (once, about 1 GB)…');
  const lock = existsSync(join(HERE, 'package-lock.json'));
  execFileSync('npm', [lock ? 'ci' : 'install', '--no-audit', '--no-fund'], { cwd: HERE, stdio: 'inherit' });
}

function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/**
 * Starts WordPress with the plugin installed from the built zip and one user per role. Resolves to
 * { url, users, routine, remoteAssets, deactivate(), activate(), setAccent(value), setLocale(value), uninstall(), close() }; `remoteAssets` holds the
 * paths (`wp-includes/…`) of core files missing from this build.
 */
export async function startWordPress() {
  if (!existsSync(PLUGIN_ZIP)) throw new Error(`${PLUGIN_ZIP} is missing: run \`npm run build\` first.`);
  ensurePlayground();
  const site = mkdtempSync(join(tmpdir(), 'exercise-elements-wp-'));
  extractZip(readFileSync(WORDPRESS_ZIP), site);
  unlinkSync(join(site, 'wp-content/database/.ht.sqlite'));
  // Playground's WordPress build leaves out core's static files and fetches them from wordpress.org on
  // demand, which hangs offline; the tests answer these paths in the browser instead.
  const remoteAssets = new Set(
    readFileSync(join(site, 'wordpress-remote-asset-paths'), 'utf8').split('\n').filter(Boolean),
  );
  copyFileSync(join(HERE, 'setup-site.php'), join(site, 'ee-setup-site.php'));
  copyFileSync(PLUGIN_ZIP, join(site, 'exercise-elements.zip'));
  copyFileSync(join(ROOT, 'examples/hip-routine-radiating-pain.json'), join(site, 'hip-routine.json'));

  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const server = spawn(
    process.execPath,
    [
      CLI,
      'server',
      `--port=${port}`,
      '--workers=2',
      '--wordpress-install-mode=install-from-existing-files-if-needed',
      `--mount-before-install=${site}:/wordpress`,
      '--define',
      'WP_ENVIRONMENT_TYPE',
      'local',
      '--define',
      'FS_METHOD',
      'direct',
    ],
    { stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let log = '';
  server.stdout.on('data', (chunk) => (log += chunk));
  server.stderr.on('data', (chunk) => (log += chunk));
  const close = async () => {
    if (server.exitCode === null) {
      server.kill();
      await new Promise((resolve) => server.once('exit', resolve));
    }
    rmSync(site, { recursive: true, force: true });
  };
  try {
    await new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`WordPress did not start in 90 s:\n${log}`)), 90_000);
      server.stdout.on('data', () => {
        if (log.includes('Ready!')) {
          clearTimeout(timer);
          resolve();
        }
      });
      server.once('exit', (code) => {
        clearTimeout(timer);
        reject(new Error(`WordPress Playground exited (${code}):\n${log}`));
      });
    });
    const setup = async (action, value = '') => {
      const response = await fetch(
        `${url}/ee-setup-site.php?action=${action}&value=${encodeURIComponent(value)}`,
      );
      const text = await response.text();
      try {
        return JSON.parse(text);
      } catch {
        throw new Error(`setup ${action} answered ${response.status}: ${text.slice(0, 2000)}`);
      }
    };
    const installed = await setup('install');
    if (installed.error || !installed.active)
      throw new Error(`plugin install failed: ${JSON.stringify(installed)}`);
    return {
      url,
      users: installed.users,
      routine: installed.routine,
      remoteAssets,
      deactivate: () => setup('deactivate'),
      activate: () => setup('activate'),
      setAccent: (value) => setup('accent', value),
      setLocale: (value) => setup('locale', value),
      uninstall: () => setup('uninstall'),
      close,
    };
  } catch (error) {
    await close();
    throw error;
  }
}
