#!/usr/bin/env bash
# npm test: every check, one stage at a time, each announced before it starts so a long stage is
# never a silent terminal. The vitest run comes last: its counts line closes the output.
set -euo pipefail
cd "$(dirname "$0")/.."
stage() { printf '\n== %s\n' "$1"; }

stage "1/7 type check: the sources, tests and scripts (tsc, about 30 s)"
npm run --silent typecheck
stage "2/7 format and lint (Biome)"
npm run --silent lint
stage "3/7 build: ESM, CommonJS and types into dist/ (tsup)"
npm run --silent build
stage "4/7 package checks on the packed tarball (publint, are-the-types-wrong)"
npm run --silent lint:pkg
stage "5/7 API documentation check (TypeDoc)"
npm run --silent docs:check
stage "6/7 Chromium for the browser test (installed once, when missing)"
bash scripts/ensure-chromium.sh
stage "7/7 unit, property, type, example, package and browser tests with coverage (vitest, a few minutes)"
npm run --silent coverage
