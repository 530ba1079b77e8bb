// Removes build output so a deleted source file can't leave a stale module in the package.
import { rmSync } from 'node:fs';
rmSync('dist', { recursive: true, force: true });
