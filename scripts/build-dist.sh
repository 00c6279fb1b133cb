#!/usr/bin/env bash
# Bundles the action (dist/index.js) and the CLI (dist/cli.js) with ncc in ESM mode.
# DIST and BUILD override the output and scratch directories (to build a copy elsewhere, e.g. for
# the bench: DIST=/tmp/dist BUILD=/tmp/ncc bash scripts/build-dist.sh).
set -euo pipefail
cd "$(dirname "$0")/.."
DIST="${DIST:-dist}"
BUILD="${BUILD:-build/ncc}"
rm -rf "$BUILD" "$DIST"
mkdir -p "$DIST"
for entry in index cli; do
  npx ncc build "src/${entry}.ts" -o "${BUILD}/${entry}" --target es2022 --quiet
  # Lazily imported modules (commands, engine collectors, the action's artifact client) are chunks
  # ncc names "<id>.index.js" for either entry. The action's keep that name; the CLI's become
  # "<id>.cli.js", with the loader's one file-name suffix changed to match, so the two bundles'
  # chunks can sit side by side in dist/ without overwriting each other.
  if [ "$entry" = cli ]; then
    loader='return "" + chunkId + ".index.js";'
    if [ "$(grep -cF "$loader" "${BUILD}/cli/index.js")" != 1 ]; then
      echo "the CLI bundle's chunk loader is not the one expected (${loader})" >&2; exit 1
    fi
    sed -i "s|return \"\" + chunkId + \".index.js\";|return \"\" + chunkId + \".cli.js\";|" "${BUILD}/cli/index.js"
    for chunk in "${BUILD}/cli"/[0-9]*.index.js; do
      [ -e "$chunk" ] && mv "$chunk" "${chunk%.index.js}.cli.js"
    done
  fi
  cp "${BUILD}/${entry}/index.js" "${DIST}/${entry}.js"
  for chunk in "${BUILD}/${entry}"/[0-9]*."${entry}".js; do
    [ -e "$chunk" ] && cp "$chunk" "$DIST/"
  done
  # Any other asset would be lost: fail loudly instead. (ncc does not see the parsers' wasm files;
  # they are copied below.)
  extra=$(ls "${BUILD}/${entry}" | grep -v -e '^index.js$' -e '^package.json$' -e "^[0-9]*\.${entry}\.js$" || true)
  if [ -n "$extra" ]; then echo "unexpected ncc assets for ${entry}: $extra" >&2; exit 1; fi
done
# The Terraform parser's wasm (@cdktf/hcl2json), found at run time beside the bundle
# (src/scan/terraform/hcl.ts): bundles cannot carry it.
cp node_modules/@cdktf/hcl2json/main.wasm.gz "$DIST/hcl2json.wasm.gz"
# The PostgreSQL parser (libpg-query) loads its WebAssembly from the bundle's directory
# (src/scan/sql/pg-parser.ts): both bundles find it at dist/libpg-query.wasm.
cp node_modules/libpg-query/wasm/libpg-query.wasm "$DIST/"
DIST="$DIST" node scripts/licenses.mjs
printf '{\n  "type": "module"\n}\n' > "$DIST/package.json"
chmod +x "$DIST/cli.js"
if grep -q webpackMissingModule "$DIST"/*.js; then echo "bundle has missing-module stubs" >&2; exit 1; fi
