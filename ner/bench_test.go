package ner

import (
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/orggraph/orggraph/ner/normalize"
	"github.com/orggraph/orggraph/ner/tagger"
)

func benchInputs(b *testing.B) (trad, simp []byte) {
	src, err := os.ReadFile("../testdata/hunan-daily-2022-05-26.txt")
	if err != nil {
		b.Fatal(err)
	}
	return src, []byte(normalize.Normalize(src, normalize.Options{}).S)
}

// BenchmarkNormalize measures normalization of the sample (traditional
// with ruby glosses) and of its simplified form.
func BenchmarkNormalize(b *testing.B) {
	trad, simp := benchInputs(b)
	for _, c := range []struct {
		name string
		src  []byte
	}{{"traditional", trad}, {"simplified", simp}} {
		b.Run(c.name, func(b *testing.B) {
			b.SetBytes(int64(len(c.src)))
			for i := 0; i < b.N; i++ {
				normalize.Normalize(c.src, normalize.Options{})
			}
		})
	}
}

// BenchmarkCut is bare gojieba Cut on the simplified sample: the
// reference the issue measures against. BenchmarkCut/tag is the
// segmenter's Cut with part-of-speech tags and offsets.
func BenchmarkCut(b *testing.B) {
	_, simp := benchInputs(b)
	x := extractor(b)
	s := string(simp)
	b.Run("gojieba", func(b *testing.B) {
		b.SetBytes(int64(len(simp)))
		for i := 0; i < b.N; i++ {
			x.seg.Words(s)
		}
	})
	b.Run("tag", func(b *testing.B) {
		b.SetBytes(int64(len(simp)))
		for i := 0; i < b.N; i++ {
			x.seg.Cut(s)
		}
	})
}

// BenchmarkExtract is the whole per-document pipeline.
func BenchmarkExtract(b *testing.B) {
	trad, simp := benchInputs(b)
	x := extractor(b)
	for _, c := range []struct {
		name string
		src  []byte
	}{{"traditional", trad}, {"simplified", simp}, {"simplified-x20", []byte(strings.Repeat(string(simp), 20))}} {
		b.Run(c.name, func(b *testing.B) {
			b.SetBytes(int64(len(c.src)))
			for i := 0; i < b.N; i++ {
				x.Extract(Document{Src: c.src})
			}
		})
	}
	// The same without the tagger: what the model costs.
	nx, err := New(Config{NoModel: true})
	if err != nil {
		b.Fatal(err)
	}
	defer nx.Close()
	b.Run("simplified-no-model", func(b *testing.B) {
		b.SetBytes(int64(len(simp)))
		for i := 0; i < b.N; i++ {
			nx.Extract(Document{Src: simp})
		}
	})
}

// mix is a realistic mix of articles: the fixtures (appointments, meetings,
// inspections at every level, some traditional with pinyin) and the
// sample, each a document.
func mix(b *testing.B) [][]byte {
	files, _ := filepath.Glob("../testdata/fixtures/*.txt")
	files = append(files, "../testdata/hunan-daily-2022-05-26.txt")
	var docs [][]byte
	for _, f := range files {
		src, err := os.ReadFile(f)
		if err != nil {
			b.Fatal(err)
		}
		docs = append(docs, src)
	}
	return docs
}

// BenchmarkMix compares, on the mix, bare gojieba Cut of each document's
// simplified text with the whole extraction of the document as read.
func BenchmarkMix(b *testing.B) {
	docs := mix(b)
	x := extractor(b)
	var n int64
	var simp []string
	for _, d := range docs {
		n += int64(len(d))
		simp = append(simp, normalize.Normalize(d, normalize.Options{}).S)
	}
	b.Run("gojieba-cut", func(b *testing.B) {
		b.SetBytes(n)
		for i := 0; i < b.N; i++ {
			for _, s := range simp {
				x.seg.Words(s)
			}
		}
	})
	b.Run("extract", func(b *testing.B) {
		b.SetBytes(n)
		for i := 0; i < b.N; i++ {
			for k, d := range docs {
				x.Extract(Document{ID: strconv.Itoa(k), Src: d})
			}
		}
	})
}

// BenchmarkTagger is the embedded tagger alone on the sample, its
// observations included.
func BenchmarkTagger(b *testing.B) {
	_, simp := benchInputs(b)
	x := extractor(b)
	m, err := Model()
	if err != nil {
		b.Fatal(err)
	}
	text := string(simp)
	var sc tagger.Scratch
	b.SetBytes(int64(len(simp)))
	b.Run("observe+tag", func(b *testing.B) {
		for b.Loop() {
			obs := Observe(x.lex, text)
			m.Tag([]rune(text), obs, &sc)
		}
	})
	obs := Observe(x.lex, text)
	runes := []rune(text)
	b.Run("tag", func(b *testing.B) {
		b.SetBytes(int64(len(simp)))
		for b.Loop() {
			m.Tag(runes, obs, &sc)
		}
	})
}
