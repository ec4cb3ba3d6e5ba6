#!/usr/bin/env node
"use strict";
// Thin shim: the CLI is TypeScript compiled by `npm run build` (tsc) into lib/.
require("../lib/src/cli/main.js").run(process.argv.slice(2));
