#!/bin/sh
# Copies OpenCC's t2s dictionaries from the longbridgeapp/opencc module.
set -e
dir=$(go mod download -json github.com/longbridgeapp/opencc@v0.3.13 | sed -n 's/.*"Dir": "\(.*\)".*/\1/p')
cp "$dir/dictionary/TSCharacters.txt" "$dir/dictionary/TSPhrases.txt" t2s/
