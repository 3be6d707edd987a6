#!/usr/bin/env node
// The command line; the code lives in ../dist/cli.js (run `npm run build` first in a checkout).
import { main } from '../dist/cli.js';

process.exitCode = await main(process.argv.slice(2));
