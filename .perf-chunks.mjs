import { rollup } from 'rollup';
import configs from '/work/wt-perf/rollup.config.mjs';
const c = configs[1];
const bundle = await rollup({ input: c.input, plugins: c.plugins, onwarn() {} });
const { output } = await bundle.generate(c.output);
for (const chunk of output) {
  if (chunk.type !== 'chunk' || /words-|-(card|counter|player|session|shared)-/.test(chunk.fileName)) continue;
  console.log(`\n${chunk.fileName} ${chunk.code.length}`);
  const mods = Object.entries(chunk.modules).filter(([, m]) => m.renderedLength > 0).sort((a, b) => b[1].renderedLength - a[1].renderedLength);
  for (const [id, m] of mods.slice(0, 40)) console.log(`  ${String(m.renderedLength).padStart(7)} ${id.replace('/work/wt-perf/', '')}`);
}
