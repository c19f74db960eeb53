#!/bin/sh
# Regenerates the embedded gojieba dictionaries from the gojieba module in
# go.mod (run by `go generate ./ner/segment`). Only the files Cut needs are
# kept; the keyword extractor gets a one-line stand-in at run time.
set -e
dir=$(go list -m -f '{{.Dir}}' github.com/yanyiwu/gojieba)/deps/cppjieba/dict
gzip -9 -n -c "$dir/jieba.dict.utf8" > jieba.dict.utf8.gz
gzip -9 -n -c "$dir/hmm_model.utf8" > hmm_model.utf8.gz
