// Writes dist/wordpress/exercise-elements.zip, the installable WordPress plugin (issue 20): the PHP
// and block files of wordpress/exercise-elements/, the licence, and a copy of the whole dist/cdn/
// folder (the loader, its chunks and locales) under assets/cdn/, which the plugin serves itself.
// Runs at the end of `npm run build`. The zip writer is the few lines below: stored folder entries,
// deflated files, one central directory; no dependency.
import { deflateRawSync } from 'node:zlib';
import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { ranAsScript } from './ran-as-script.mjs';

const PLUGIN = 'wordpress/exercise-elements';
const CDN = 'dist/cdn';
const OUT = 'dist/wordpress/exercise-elements.zip';
/** Type declarations are of no use to a browser. */
const SKIP = /\.d\.ts$|\.map$/;

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes) {
  let crc = 0xffffffff;
  for (const byte of bytes) crc = CRC_TABLE[(crc ^ byte) & 0xff] ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

/** Every file under `dir`, sorted, as paths relative to it with forward slashes. */
function filesUnder(dir) {
  return readdirSync(dir, { recursive: true })
    .filter((path) => statSync(join(dir, path)).isFile() && !SKIP.test(path))
    .map((path) => path.split(sep).join('/'))
    .sort();
}

/** A zip of `entries` ({ name, data }); the date is fixed so that the same input gives the same bytes. */
export function zip(entries) {
  const DOS_DATE = ((2024 - 1980) << 9) | (1 << 5) | 1;
  const locals = [];
  const centrals = [];
  let offset = 0;
  for (const { name, data } of entries) {
    const nameBytes = Buffer.from(name, 'utf8');
    const packed = deflateRawSync(data, { level: 9 });
    const header = Buffer.alloc(30);
    header.writeUInt32LE(0x04034b50, 0);
    header.writeUInt16LE(20, 4); // version needed: 2.0 (deflate)
    header.writeUInt16LE(0x0800, 6); // names are UTF-8
    header.writeUInt16LE(8, 8); // deflate
    header.writeUInt16LE(0, 10);
    header.writeUInt16LE(DOS_DATE, 12);
    header.writeUInt32LE(crc32(data), 14);
    header.writeUInt32LE(packed.length, 18);
    header.writeUInt32LE(data.length, 22);
    header.writeUInt16LE(nameBytes.length, 26);
    header.writeUInt16LE(0, 28);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(0x0314, 4); // made by: Unix, 2.0
    header.copy(central, 6, 4, 30); // the same fields from "version needed" to the name length
    central.writeUInt32LE((0o100644 << 16) >>> 0, 38); // a regular file, rw-r--r--
    central.writeUInt32LE(offset, 42);
    locals.push(header, nameBytes, packed);
    centrals.push(central, nameBytes);
    offset += header.length + nameBytes.length + packed.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

if (ranAsScript(import.meta.url)) {
  const entries = [
    ...filesUnder(PLUGIN).map((path) => ({ name: path, data: readFileSync(join(PLUGIN, path)) })),
    { name: 'LICENSE', data: readFileSync('LICENSE') },
    ...filesUnder(CDN).map((path) => ({ name: `assets/cdn/${path}`, data: readFileSync(join(CDN, path)) })),
  ].map(({ name, data }) => ({ name: `exercise-elements/${name}`, data }));
  if (!entries.some(({ name }) => name === 'exercise-elements/assets/cdn/exercise-elements.js'))
    throw new Error(`${CDN}/exercise-elements.js is missing: run the rest of \`npm run build\` first.`);
  mkdirSync('dist/wordpress', { recursive: true });
  const bytes = zip(entries);
  writeFileSync(OUT, bytes);
  console.log(
    `WordPress plugin: ${relative('.', OUT)} (${entries.length} files, ${(bytes.length / 1024).toFixed(0)} KB)`,
  );
}
