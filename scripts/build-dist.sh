#!/usr/bin/env bash
# Bundles the action (dist/index.js) and the CLI (dist/cli.js) with ncc in ESM mode.
set -euo pipefail
cd "$(dirname "$0")/.."
rm -rf build/ncc dist
mkdir -p dist
for entry in index cli; do
  npx ncc build "src/${entry}.ts" -o "build/ncc/${entry}" --target es2022 --quiet
  # ncc names every bundle's lazy chunks "<n>.index.js"; the CLI imports each command lazily
  # (src/cli/main.ts), so its chunks are renamed "<n>.cli.js" (and its chunk loader with them) to
  # sit in dist/ beside the action's without colliding.
  if [ "$entry" != index ] && ls "build/ncc/${entry}"/*.index.js >/dev/null 2>&1; then
    loader='return "" + chunkId + ".index.js";'
    if [ "$(grep -cF "$loader" "build/ncc/${entry}/index.js")" != 1 ]; then
      echo "ncc chunk loader not found in the ${entry} bundle" >&2; exit 1
    fi
    sed -i "s/return \"\" + chunkId + \".index.js\";/return \"\" + chunkId + \".${entry}.js\";/" "build/ncc/${entry}/index.js"
    for chunk in "build/ncc/${entry}"/*.index.js; do mv "$chunk" "${chunk%.index.js}.${entry}.js"; done
  fi
  cp "build/ncc/${entry}/index.js" "dist/${entry}.js"
  # Lazily imported chunks (the action's artifact client, loaded only when it uploads) sit beside
  # the bundle under ncc's names, which embed the entry name ("<n>.index.js").
  for chunk in "build/ncc/${entry}"/*."${entry}".js; do
    [ -e "$chunk" ] && cp "$chunk" dist/
  done
  # Any other asset would be lost: fail loudly instead. (ncc does not see libpg-query's wasm; it is
  # copied below.)
  extra=$(ls "build/ncc/${entry}" | grep -v -e '^index.js$' -e '^package.json$' -e "^[0-9]*\.${entry}\.js$" || true)
  if [ -n "$extra" ]; then echo "unexpected ncc assets for ${entry}: $extra" >&2; exit 1; fi
done
# The Terraform parser's wasm (@cdktf/hcl2json), found at run time beside the bundle
# (src/scan/terraform/hcl.ts): bundles cannot carry it.
cp node_modules/@cdktf/hcl2json/main.wasm.gz dist/hcl2json.wasm.gz
# The PostgreSQL parser (libpg-query) loads its WebAssembly from the bundle's directory
# (src/scan/sql/pg-parser.ts): both bundles find it at dist/libpg-query.wasm.
cp node_modules/libpg-query/wasm/libpg-query.wasm dist/
node scripts/licenses.mjs
printf '{\n  "type": "module"\n}\n' > dist/package.json
chmod +x dist/cli.js
if grep -q webpackMissingModule dist/*.js; then echo "bundle has missing-module stubs" >&2; exit 1; fi
