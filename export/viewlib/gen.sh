#!/bin/sh
# Fetches the graph-drawing libraries the HTML view embeds, pinned, from
# the npm registry: sigma.js (WebGL renderer) and graphology (its graph
# model), each with its license. Run by `go generate ./export`.
set -eu
cd "$(dirname "$0")"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
(cd "$tmp" && npm pack --silent sigma@3.0.2 graphology@0.26.0 >/dev/null)
tar xzf "$tmp/sigma-3.0.2.tgz" -C "$tmp" package/dist/sigma.min.js package/LICENSE.txt
cp "$tmp/package/dist/sigma.min.js" sigma.min.js
cp "$tmp/package/LICENSE.txt" sigma.LICENSE.txt
rm -rf "$tmp/package"
tar xzf "$tmp/graphology-0.26.0.tgz" -C "$tmp" package/dist/graphology.umd.min.js package/LICENSE.txt
cp "$tmp/package/dist/graphology.umd.min.js" graphology.umd.min.js
cp "$tmp/package/LICENSE.txt" graphology.LICENSE.txt
