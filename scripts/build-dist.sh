#!/usr/bin/env bash
# Bundles the action (dist/index.js) and the CLI (dist/cli.js) with ncc in ESM mode.
set -euo pipefail
cd "$(dirname "$0")/.."
rm -rf build/ncc dist
mkdir -p dist
for entry in index cli; do
  npx ncc build "src/${entry}.ts" -o "build/ncc/${entry}" --target es2022 --quiet --license licenses.txt
  cp "build/ncc/${entry}/index.js" "dist/${entry}.js"
  # Any asset besides the bundle and licenses would be lost: fail loudly instead.
  extra=$(ls "build/ncc/${entry}" | grep -v -e '^index.js$' -e '^package.json$' -e '^licenses.txt$' || true)
  if [ -n "$extra" ]; then echo "unexpected ncc assets for ${entry}: $extra" >&2; exit 1; fi
done
cp build/ncc/cli/licenses.txt dist/licenses.txt
printf '{\n  "type": "module"\n}\n' > dist/package.json
chmod +x dist/cli.js
if grep -q webpackMissingModule dist/*.js; then echo "bundle has missing-module stubs" >&2; exit 1; fi
