#!/usr/bin/env node
// Runs the compiled CLI; `npm ci` builds it (the prepare script).
process.env.RESSEC_BIN = '1';
await import('../dist/src/main.js');
