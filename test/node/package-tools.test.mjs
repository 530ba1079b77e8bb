// The outside tools developers run on a package, run on ours (devDependencies, nothing fetched):
// publint (packaging mistakes), @arethetypeswrong/cli with its ESM-only profile (types that resolve
// differently from the JavaScript) and @wc-toolkit/cem-validator (a manifest tools can use). Each must
// report nothing. Needs `npm run build` first.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { validateCem } from '@wc-toolkit/cem-validator';

const run = (args) => spawnSync('npx', ['--no-install', ...args], { encoding: 'utf8', timeout: 300_000 });

test('publint finds nothing, warnings and suggestions included', () => {
  const { status, stdout, stderr } = run(['publint', '--strict', '--level', 'suggestion']);
  assert.equal(status, 0, stdout + stderr);
  assert.match(stdout, /All good!/, stdout);
});

test('@arethetypeswrong/cli (ESM-only profile) finds no problem in any entry', () => {
  // Every entry, the stylesheet included (its `types` condition names a declaration): no exclusions.
  const args = ['attw', '--pack', '.', '--profile', 'esm-only'];
  const { status, stdout, stderr } = run([...args, '--format', 'json']);
  // The JSON lists every resolution; the ESM-only profile is the one that leaves out CommonJS and node10.
  const ignored = new Set(['node10', 'node16-cjs']);
  const problems = Object.values(JSON.parse(stdout).problems ?? {})
    .flat()
    .filter((problem) => !ignored.has(problem.resolutionKind));
  assert.deepEqual(problems, [], stderr);
  assert.equal(status, 0, stderr);
});

test('@wc-toolkit/cem-validator reports no error and no warning on the packed custom-elements.json', async () => {
  // The manifest and package.json as `npm install` delivers them, not the working copy's.
  const scratch = mkdtempSync(join(tmpdir(), 'exercise-elements-cem-'));
  const [report] = JSON.parse(
    execFileSync('npm', ['pack', '--json', '--pack-destination', scratch], { encoding: 'utf8' }),
  );
  execFileSync('tar', ['-xzf', join(scratch, report.filename), '-C', scratch]);
  const manifest = JSON.parse(readFileSync(join(scratch, 'package/custom-elements.json'), 'utf8'));
  const printed = [];
  const log = console.log;
  console.log = (...args) => printed.push(args.join(' '));
  try {
    await validateCem(manifest, { logErrors: false, packageJsonPath: join(scratch, 'package/package.json') });
  } finally {
    rmSync(scratch, { recursive: true, force: true });
    console.log = log;
  }
  assert.deepEqual(printed, []);
});
