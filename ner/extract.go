package ner

import (
	"fmt"
	"os"
	"sync"
	"unicode/utf8"

	"github.com/orggraph/orggraph/ner/lexicon"
	"github.com/orggraph/orggraph/ner/normalize"
	"github.com/orggraph/orggraph/ner/segment"
)

// Config configures an Extractor. The zero value uses the embedded
// lexicons and dictionaries.
type Config struct {
	// Lexicons are paths of user lexicon files (TSV, see package lexicon),
	// read after the embedded ones so that they add to and override them.
	Lexicons []string
	// DictDir points gojieba at other dictionaries (see package segment).
	DictDir string
	// Normalize selects normalization steps; the zero value applies all.
	Normalize normalize.Options
}

// Extractor recognizes officials, roles, bodies and places in documents and
// links them. Build one with New and share it: it is safe for concurrent
// use.
type Extractor struct {
	lex  *lexicon.Lexicon
	seg  *segment.Segmenter
	norm normalize.Options

	outletOnce sync.Once
	outletList []string
}

// New loads the lexicons and the segmenter (about a second).
func New(cfg Config) (*Extractor, error) {
	entries, err := lexicon.Embedded()
	if err != nil {
		return nil, err
	}
	for _, p := range cfg.Lexicons {
		f, err := os.Open(p)
		if err != nil {
			return nil, fmt.Errorf("lexicon: %w", err)
		}
		es, err := lexicon.Parse(f, p)
		f.Close()
		if err != nil {
			return nil, err
		}
		entries = append(entries, es...)
	}
	lex := lexicon.New(entries)
	var words []segment.Word
	for _, e := range lex.Words() {
		switch e.Kind {
		case lexicon.Role, lexicon.Body, lexicon.Outlet, lexicon.Name:
			words = append(words, segment.Word{Text: e.Word, Freq: 1000, Tag: tagOf(e.Kind)})
		case lexicon.Place:
			if utf8.RuneCountInString(e.Word) > 2 {
				words = append(words, segment.Word{Text: e.Word, Freq: 1000, Tag: "ns"})
			}
		}
	}
	seg, err := segment.New(segment.Config{DictDir: cfg.DictDir, Words: words})
	if err != nil {
		return nil, err
	}
	return &Extractor{lex: lex, seg: seg, norm: cfg.Normalize}, nil
}

func tagOf(k lexicon.Kind) string {
	switch k {
	case lexicon.Role:
		return "nnt"
	case lexicon.Body, lexicon.Outlet:
		return "nt"
	case lexicon.Name:
		return "nr"
	}
	return "n"
}

// Close releases the segmenter.
func (x *Extractor) Close() { x.seg.Close() }

// Lexicon returns the extractor's lexicon.
func (x *Extractor) Lexicon() *lexicon.Lexicon { return x.lex }

// Document is one input article.
type Document struct {
	// ID names the document in the output (a path, or a corpus id).
	ID string
	// Src is the article text as UTF-8; every offset in the result is a
	// byte offset into it.
	Src []byte
	// Date (YYYY-MM-DD), Outlet and Title come from metadata when known;
	// otherwise they are read from the text.
	Date, Outlet, Title string
}

// Extract recognizes and links the entities of one document.
func (x *Extractor) Extract(doc Document) *Result {
	t := normalize.Normalize(doc.Src, x.norm)
	d := &docState{x: x, t: t, s: t.S, doc: doc}
	d.run()
	return d.res
}
