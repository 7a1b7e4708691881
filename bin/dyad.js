#!/usr/bin/env node
// The `dyad` command: a thin launcher for the compiled CLI (npm ci builds dist/ via `prepare`).
import { main } from '../dist/src/cli.js';

process.exitCode = await main(process.argv.slice(2));
