// Command train trains the recognizer's character tagger (package
// ner/tagger) from the public NER corpora in ../shared and the project's
// own gold annotations, and writes the compressed model that package ner
// embeds:
//
//	go run ./internal/train -o ner/model/tagger.gz
//
// With -from it trains nothing: it reads a model, prunes it by -prune,
// scores it on the same dev splits and writes it (a smaller, faster model
// from a trained one; pruning at the end of training gives the same).
//
// It is deterministic given -seed. The corpora are read where they lie and
// never copied into the project. A dev split of each corpus is held out;
// the epoch that scores best on them all is kept, and the scores on each
// split are printed.
package main

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"crypto/sha256"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"github.com/orggraph/orggraph/internal/atomicfile"
	"github.com/orggraph/orggraph/ner"
	"github.com/orggraph/orggraph/ner/lexicon"
	"github.com/orggraph/orggraph/ner/normalize"
	"github.com/orggraph/orggraph/ner/tagger"
)

var types = []string{"person", "org", "loc"}

var (
	corpora string
	strided bool
	scheme  string

	pdPersonsOnly bool
	from          string
)

func main() {
	shared := flag.String("shared", "../shared", "the shared folder with train/ and eval/")
	out := flag.String("o", "ner/model/tagger.gz", "model file to write")
	epochs := flag.Int("epochs", 8, "passes over the data")
	seed := flag.Int64("seed", 1, "shuffle seed")
	minCount := flag.Int("min-count", 2, "drop features seen fewer times")
	prune := flag.Float64("prune", 0.02, "drop features whose weights all lie within this of zero")
	golds := flag.String("golds", "testdata", "folder of the project's gold annotations (read recursively)")
	flag.StringVar(&corpora, "corpora", "msra,pd1998,cluener,golds", "the corpora to train on, comma-separated")
	flag.BoolVar(&strided, "strided", false, "hold out every twentieth MSRA sentence instead of the last 5%")
	flag.StringVar(&scheme, "scheme", "BIO", "label scheme: BIO or BIOES")
	flag.BoolVar(&pdPersonsOnly, "pd-persons-only", false, "read only the persons of People's Daily 1998")
	flag.StringVar(&from, "from", "", "train nothing: read the model `FILE` (gzip), prune it by -prune, score it and write it to -o")
	flag.Parse()
	if err := run(*shared, *out, *golds, *epochs, *seed, *minCount, *prune); err != nil {
		fmt.Fprintln(os.Stderr, "train:", err)
		os.Exit(1)
	}
}

type split struct {
	name       string
	train, dev []tagger.Example
}

func run(shared, out, golds string, epochs int, seed int64, minCount int, prune float64) error {
	entries, err := lexicon.Embedded()
	if err != nil {
		return err
	}
	lex := lexicon.New(entries)
	var splits []split
	add := func(name string, train, dev []tagger.Example) {
		splits = append(splits, split{name, train, dev})
		fmt.Fprintf(os.Stderr, "%s: %d train, %d dev\n", name, len(train), len(dev))
	}

	msra, err := readSpans(filepath.Join(shared, "train/msra-train.jsonl"), lex, nil)
	if err != nil {
		return err
	}
	cut := len(msra) * 95 / 100
	if strided {
		var tr, dv []tagger.Example
		for i, ex := range msra {
			if i%20 == 19 {
				dv = append(dv, ex)
			} else {
				tr = append(tr, ex)
			}
		}
		add("msra", tr, dv)
	} else {
		add("msra", msra[:cut], msra[cut:])
	}

	pd, err := readSpans(filepath.Join(shared, "train/pd199801-train.jsonl"), lex, nil)
	if err != nil {
		return err
	}
	pdDev, err := readSpans(filepath.Join(shared, "train/pd1998-dev.jsonl"), lex, nil)
	if err != nil {
		return err
	}
	if pdPersonsOnly {
		// People's Daily's organizations and places follow conventions of
		// their own (MSRA's differ): read only its persons.
		for i := range pd {
			pd[i].Only = []string{"person"}
		}
	}
	add("pd1998", pd, pdDev)

	// CLUENER marks names (person) and governments (body, read as org);
	// its other entities are not annotated here, so the model's places
	// and other organizations are not errors on it.
	clue, err := readSpans(filepath.Join(shared, "eval/cluener2020-train.spans.jsonl"), lex,
		map[string]string{"person": "person", "body": "org"})
	if err != nil {
		return err
	}
	for i := range clue {
		clue[i].Only = []string{"person"}
	}
	cut = len(clue) * 9 / 10
	add("cluener", clue[:cut], clue[cut:])

	gt, gd, err := readGolds(golds, lex)
	if err != nil {
		return err
	}
	add("golds", gt, gd)

	var train, dev []tagger.Example
	for _, s := range splits {
		if strings.Contains(","+corpora+",", ","+s.name+",") {
			train = append(train, s.train...)
		}
		dev = append(dev, s.dev...)
	}
	var m *tagger.Model
	if from != "" {
		if m, err = loadModel(from); err != nil {
			return err
		}
		m.Prune(float32(prune))
	} else if m, err = tagger.Train(train, tagger.Options{Types: types, Scheme: scheme, Epochs: epochs, Seed: seed, MinCount: minCount, Prune: prune, Dev: dev,
		Logf: func(f string, a ...any) { fmt.Fprintf(os.Stderr, f+"\n", a...) }}); err != nil {
		return err
	}
	for _, s := range splits {
		for _, t := range types {
			p, r, f := tagger.Score(m, s.dev, t)
			if p+r == 0 {
				continue
			}
			fmt.Printf("%-8s %-7s P %.3f R %.3f F1 %.3f\n", s.name, t, p, r, f)
		}
	}
	var raw bytes.Buffer
	if err := m.Save(&raw); err != nil {
		return err
	}
	var gz bytes.Buffer
	zw, _ := gzip.NewWriterLevel(&gz, gzip.BestCompression)
	zw.Write(raw.Bytes())
	if err := zw.Close(); err != nil {
		return err
	}
	if err := os.MkdirAll(filepath.Dir(out), 0o755); err != nil {
		return err
	}
	if err := atomicfile.Write(out, func(w io.Writer) error { _, err := w.Write(gz.Bytes()); return err }); err != nil {
		return err
	}
	fmt.Printf("wrote %s: %d features, %d bytes (%d uncompressed), sha256 %x\n", out, m.Features(), gz.Len(), raw.Len(), sha256.Sum256(gz.Bytes()))
	return nil
}

type spanLine struct {
	ID    string `json:"id"`
	Text  string `json:"text"`
	Spans []struct {
		Type  string `json:"type"`
		Start *int   `json:"start"`
		End   *int   `json:"end"`
		Text  string `json:"text"`
	} `json:"spans"`
}

// readSpans reads a span corpus. Spans with rune offsets are taken as
// they are; spans with only a text (CLUENER) are found in the text, each
// occurrence. rename maps corpus types to model types (nil: as they are).
func readSpans(path string, lex *lexicon.Lexicon, rename map[string]string) ([]tagger.Example, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	var out []tagger.Example
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<24)
	line := 0
	for sc.Scan() {
		line++
		var l spanLine
		if err := json.Unmarshal(sc.Bytes(), &l); err != nil {
			return nil, fmt.Errorf("%s:%d: %v", path, line, err)
		}
		ex := tagger.Example{Text: []rune(l.Text), Obs: ner.Observe(lex, l.Text)}
		for _, s := range l.Spans {
			t := s.Type
			if rename != nil {
				if t = rename[t]; t == "" {
					continue
				}
			}
			if s.Start != nil && s.End != nil {
				ex.Spans = append(ex.Spans, tagger.Span{Type: t, Start: *s.Start, End: *s.End})
				continue
			}
			ex.Spans = appendOccurrences(ex.Spans, ex.Text, []rune(s.Text), t)
		}
		ex.Spans = flat(ex.Spans)
		out = append(out, ex)
	}
	return out, sc.Err()
}

// appendOccurrences appends a span of type t for every occurrence of w in
// text.
func appendOccurrences(spans []tagger.Span, text, w []rune, t string) []tagger.Span {
	if len(w) == 0 {
		return spans
	}
	for i := 0; i+len(w) <= len(text); i++ {
		if string(text[i:i+len(w)]) == string(w) {
			spans = append(spans, tagger.Span{Type: t, Start: i, End: i + len(w)})
			i += len(w) - 1
		}
	}
	return spans
}

// flat sorts spans and drops any that overlaps one before it (longer
// first at one start).
func flat(spans []tagger.Span) []tagger.Span {
	sort.Slice(spans, func(a, b int) bool {
		if spans[a].Start != spans[b].Start {
			return spans[a].Start < spans[b].Start
		}
		return spans[a].End > spans[b].End
	})
	out := spans[:0]
	end := 0
	for _, s := range spans {
		if s.Start >= end {
			out = append(out, s)
			end = s.End
		}
	}
	return out
}

// readGolds reads the project's articles and gold files: every occurrence
// of a gold person is a person span, one example a line; other types are
// not annotated. One article in five (by sorted name) is held out.
func readGolds(dir string, lex *lexicon.Lexicon) (train, dev []tagger.Example, err error) {
	var paths []string
	err = filepath.WalkDir(dir, func(p string, d os.DirEntry, err error) error {
		if err == nil && strings.HasSuffix(p, ".gold.json") {
			paths = append(paths, p)
		}
		return err
	})
	if err != nil {
		return nil, nil, err
	}
	sort.Strings(paths)
	for n, p := range paths {
		b, err := os.ReadFile(p)
		if err != nil {
			return nil, nil, err
		}
		var g struct {
			Source  string   `json:"source"`
			Persons []string `json:"persons"`
		}
		if err := json.Unmarshal(b, &g); err != nil {
			return nil, nil, fmt.Errorf("%s: %v", p, err)
		}
		src, err := os.ReadFile(filepath.Join(filepath.Dir(p), g.Source))
		if err != nil {
			continue
		}
		t := normalize.Normalize(src, normalize.Options{Encoding: normalize.Detect(src)})
		for _, line := range strings.Split(t.S, "\n") {
			if strings.TrimSpace(line) == "" {
				continue
			}
			ex := tagger.Example{Text: []rune(line), Obs: ner.Observe(lex, line), Only: []string{"person"}}
			for _, name := range g.Persons {
				ex.Spans = appendOccurrences(ex.Spans, ex.Text, []rune(name), "person")
			}
			ex.Spans = flat(ex.Spans)
			if n%5 == 4 {
				dev = append(dev, ex)
			} else {
				train = append(train, ex)
			}
		}
	}
	return train, dev, nil
}

// loadModel reads a gzip-compressed model file.
func loadModel(path string) (*tagger.Model, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	zr, err := gzip.NewReader(f)
	if err != nil {
		return nil, fmt.Errorf("%s: %v", path, err)
	}
	m, err := tagger.Load(zr)
	if err != nil {
		return nil, fmt.Errorf("%s: %v", path, err)
	}
	return m, nil
}
