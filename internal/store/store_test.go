package store_test

import (
	"fmt"
	"os"
	"path/filepath"
	"testing"

	"github.com/orggraph/orggraph/internal/store"
	"github.com/orggraph/orggraph/ner"
)

// sample extracts the seed article once, with the rules alone (the store's
// cost does not depend on how the result was found).
func sample(b *testing.B) (ner.Document, *ner.Result) {
	src, err := os.ReadFile("../../testdata/hunan-daily-2022-05-26.txt")
	if err != nil {
		b.Fatal(err)
	}
	x, err := ner.New(ner.Config{NoModel: true})
	if err != nil {
		b.Fatal(err)
	}
	defer x.Close()
	doc := ner.Document{ID: "seed", Src: src}
	return doc, x.Extract(doc)
}

// open opens a new store in a temporary folder.
func open(b *testing.B) *store.Store {
	s, err := store.Open(filepath.Join(b.TempDir(), "s.db"))
	if err != nil {
		b.Fatal(err)
	}
	return s
}

// docs makes documents i to j-1: the same article and result under
// the names doc-i….
func docs(doc ner.Document, r *ner.Result, i, j int) []store.Doc {
	var batch []store.Doc
	for ; i < j; i++ {
		d := doc
		d.ID = fmt.Sprint("doc-", i)
		batch = append(batch, store.Doc{Hash: store.Hash(d), Name: d.ID, Doc: d, Result: r, Model: "m"})
	}
	return batch
}

// filled opens a new store holding 256 copies of the sample, closed when
// the benchmark ends.
func filled(b *testing.B) (*store.Store, []store.Doc, ner.Document) {
	doc, r := sample(b)
	s := open(b)
	b.Cleanup(func() { s.Close() })
	batch := docs(doc, r, 0, 256)
	if _, _, err := s.Add(batch); err != nil {
		b.Fatal(err)
	}
	return s, batch, doc
}

// BenchmarkAdd measures adding new documents in batches of 256, as
// orggraph add does; bytes are those of the source articles.
func BenchmarkAdd(b *testing.B) {
	doc, r := sample(b)
	s := open(b)
	defer s.Close()
	b.SetBytes(int64(len(doc.Src)))
	b.ResetTimer()
	for i := 0; i < b.N; i += 256 {
		if _, _, err := s.Add(docs(doc, r, i, min(i+256, b.N))); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkSkip measures the incremental case: documents already there,
// found by hash and skipped.
func BenchmarkSkip(b *testing.B) {
	s, batch, doc := filled(b)
	b.SetBytes(int64(len(doc.Src)))
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if ok, err := s.Has(batch[i%256].Hash, "m"); err != nil || !ok {
			b.Fatal(ok, err)
		}
	}
}

// BenchmarkEach measures reading every result back, the first step of
// build --store and query --store.
func BenchmarkEach(b *testing.B) {
	s, _, doc := filled(b)
	b.SetBytes(int64(256 * len(doc.Src)))
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		n := 0
		if err := s.Each(func(*ner.Result) error { n++; return nil }); err != nil || n != 256 {
			b.Fatal(n, err)
		}
	}
}
