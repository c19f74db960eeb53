package main

import (
	"flag"
	"fmt"
	"io"
	"os"
	"sync/atomic"

	"github.com/orggraph/orggraph/graph"
	"github.com/orggraph/orggraph/internal/corpus"
	"github.com/orggraph/orggraph/internal/store"
	"github.com/orggraph/orggraph/ner"
)

// addBatch is how many documents one transaction of add holds.
const addBatch = 256

func runAdd(args []string, stdin io.Reader, stdout, stderr io.Writer) error {
	fs := newFlagSet("add", `add [flags] STORE FILE...

Adds documents to the store STORE (one SQLite file, created if missing):
each is extracted once and kept with its source, its result and the
version of the model and lexicons that extracted it. A document already
in the store (by the sha256 of its name and bytes) is skipped; --reextract redoes
the documents another version extracted. Each batch of documents is one
transaction: an add killed at any moment loses only its last batch, which
the next add redoes; two adds at once take turns.

Then: orggraph build --store STORE -o g.graphml, orggraph query --store
STORE ..., or SQL on the tables (see the README).

Examples:
  orggraph add corpus.db corpus/
  orggraph add corpus.db today.jsonl
  orggraph add --reextract corpus.db`, stdout)
	var c common
	c.register(fs)
	c.registerVerbose(fs)
	reextract := fs.Bool("reextract", false, "extract again the documents of the store that another model or lexicon version extracted")
	files, err := parseFlags(fs, args)
	if err == flag.ErrHelp {
		return nil
	}
	if err != nil {
		return err
	}
	if len(files) == 0 || len(files) == 1 && !*reextract {
		return usageError{"add: want a store and the files to add (orggraph add STORE FILE...)"}
	}
	_, statErr := os.Stat(files[0])
	created := os.IsNotExist(statErr)
	st, err := store.Open(files[0])
	if err != nil {
		return err
	}
	defer st.Close()
	x, err := c.extractor()
	if err != nil {
		return err
	}
	defer x.Close()
	model := x.Version()
	var batch []store.Doc
	var added, skipped int
	var skippedEarly atomic.Int64
	flush := func() error {
		if len(batch) == 0 {
			return nil
		}
		a, s, err := st.Add(batch)
		added, skipped = added+a, skipped+s
		batch = batch[:0]
		return err
	}
	reextracted := 0
	if *reextract {
		err := st.Stale(model, func(hash, name string, doc ner.Document) error {
			r := x.Extract(doc)
			reextracted++
			batch = append(batch, store.Doc{Hash: hash, Name: name, Doc: doc, Result: r, Model: model})
			if len(batch) == addBatch {
				return flush()
			}
			return nil
		})
		if err == nil {
			err = flush()
		}
		if err != nil {
			return err
		}
	}
	if len(files) == 1 { // add --reextract STORE: nothing new to read
		total, _ := st.Count()
		if !c.quiet {
			fmt.Fprintf(stderr, "orggraph: re-extracted %s of %s with %s; it holds %s\n", plural(reextracted, "document"), files[0], model, plural(total, "document"))
		}
		return nil
	}
	opt := func(o *corpus.Options) {
		o.Skip = func(d ner.Document) bool {
			ok, _ := st.Has(store.Hash(d), model)
			if ok {
				skippedEarly.Add(1)
			}
			return ok
		}
	}
	docs, failed, err := c.forEachDocWith(x, files[1:], stdin, stderr, opt, func(it corpus.Item, r *ner.Result) error {
		batch = append(batch, store.Doc{Hash: store.Hash(it.Doc), Name: it.Doc.ID, Doc: it.Doc, Result: r, Model: model})
		if len(batch) == addBatch {
			return flush()
		}
		return nil
	})
	if ferr := flush(); err == nil {
		err = ferr
	}
	if err != nil {
		return err
	}
	total, _ := st.Count()
	if created && total == 0 {
		// Nothing to keep: a store this add made, left empty because
		// every input failed, is not left behind.
		st.Close()
		for _, f := range []string{files[0], files[0] + "-wal", files[0] + "-shm"} {
			os.Remove(f)
		}
	}
	skipped += int(skippedEarly.Load())
	c.reportSkipped(stderr)
	if docs > 0 || skipped > 0 {
		docs = max(docs, 1) // the summary says what was added even when all were known
	}
	done := fmt.Sprintf("added %s to %s (%s already there); it holds %s", plural(added, "document"), files[0], plural(skipped, "document"), plural(total, "document"))
	if reextracted > 0 {
		done = fmt.Sprintf("re-extracted %s and added %s to %s (%s already there); it holds %s", plural(reextracted, "document"), plural(added-reextracted, "document"), files[0], plural(skipped, "document"), plural(total, "document"))
	}
	return summary(stderr, c.quiet, docs, failed, done)
}

// storeGraph builds the graph of every document of a store, without
// reading any source again.
func storeGraph(path string) (*graph.Graph, int, error) {
	if _, err := os.Stat(path); err != nil {
		return nil, 0, fmt.Errorf("no store at %s (orggraph add %s FILE... makes one)", path, path)
	}
	st, err := store.Open(path)
	if err != nil {
		return nil, 0, err
	}
	defer st.Close()
	g := graph.New()
	n := 0
	err = st.Each(func(r *ner.Result) error { g.Add(r); n++; return nil })
	if err != nil {
		return nil, 0, err
	}
	g.Resolve()
	return g, n, nil
}
