// webpack 5 in production mode, as most webpack apps ship: tree-shaking drops every import of a
// module that package.json's `sideEffects` doesn't list, CSS included. Prints webpack's stats as JSON.
import { fileURLToPath } from 'node:url';
import webpack from 'webpack';
import MiniCssExtractPlugin from 'mini-css-extract-plugin';

const here = (path) => fileURLToPath(new URL(path, import.meta.url));

webpack(
  {
    mode: 'production',
    context: here('.'),
    entry: './app.js',
    output: { path: here('./out'), clean: true },
    module: { rules: [{ test: /\.css$/, use: [MiniCssExtractPlugin.loader, 'css-loader'] }] },
    plugins: [new MiniCssExtractPlugin()],
    performance: { hints: false },
    // Production's tree-shaking (`sideEffects`) stays on; only the minifier, slow and beside the point, is off.
    optimization: { minimize: false },
  },
  (error, stats) => {
    if (error) throw error;
    console.log(JSON.stringify(stats.toJson({ all: false, assets: true, errors: true, warnings: true })));
    if (stats.hasErrors()) process.exitCode = 1;
  },
);
