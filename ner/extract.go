package ner

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"os"
	"sort"
	"strings"
	"sync"
	"unicode/utf8"

	"github.com/orggraph/orggraph/ner/lexicon"
	"github.com/orggraph/orggraph/ner/normalize"
	"github.com/orggraph/orggraph/ner/segment"
	"github.com/orggraph/orggraph/ner/tagger"
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
	// NoModel switches the character tagger off: names are then found by
	// the dictionary rules alone.
	NoModel bool
	// Explain makes every Result tell which stage made each mention and
	// hold and which stage dropped each proposal (Result.Explain). It
	// costs time; leave it off for bulk extraction.
	Explain bool
}

// Extractor recognizes officials, roles, bodies and places in documents and
// links them. Build one with New and share it: it is safe for concurrent
// use.
type Extractor struct {
	lex   *lexicon.Lexicon
	occ   *lexicon.Lexicon // occupations, for mentions only
	seg   *segment.Segmenter
	norm  normalize.Options
	model *tagger.Model // nil when switched off

	hasNames bool // the lexicons hold names (kind name)
	explain  bool
	version  string

	outletOnce sync.Once
	outletList []string
	scratch    sync.Pool // *scratch, reused between documents
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
	// Occupations are looked up on their own: they are mentions only and
	// must not change what the rules read (occupationMentions).
	var occ []lexicon.Entry
	rest := entries[:0:0]
	for _, e := range entries {
		if e.Kind == lexicon.Occupation {
			occ = append(occ, e)
		} else {
			rest = append(rest, e)
		}
	}
	entries = rest
	lex := lexicon.New(entries)
	var words []segment.Word
	for _, e := range lex.Words() {
		switch e.Kind {
		case lexicon.Role, lexicon.Body, lexicon.Outlet, lexicon.Name:
			if e.Attr("untrained") == "1" {
				continue // the embedded model was trained without it: see observeWith
			}
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
	occLex := lexicon.New(occ)
	x := &Extractor{lex: lex, occ: occLex, seg: seg, norm: cfg.Normalize, version: version(!cfg.NoModel, lex, occLex), explain: cfg.Explain}
	for _, e := range entries {
		if e.Kind == lexicon.Name {
			x.hasNames = true
		}
	}
	if !cfg.NoModel {
		if x.model, err = Model(); err != nil {
			seg.Close()
			return nil, err
		}
	}
	return x, nil
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

// Version names what extracts: the model (or none) and the lexicons, as
// a short hash. A store records it with every document, so that an
// upgrade can redo the documents another version extracted.
func (x *Extractor) Version() string { return x.version }

func version(model bool, lexs ...*lexicon.Lexicon) string {
	h := sha256.New()
	if model {
		h.Write(embeddedModel)
	}
	var lines []string
	for _, lex := range lexs {
		for _, e := range lex.Words() {
			lines = append(lines, fmt.Sprintf("%s\t%s\t%v\n", e.Word, e.Kind, e.Attrs))
		}
	}
	sort.Strings(lines) // entries of one word and kind come in any order
	for _, l := range lines {
		h.Write([]byte(l))
	}
	sum := h.Sum(nil)
	tag := "rules"
	if model {
		tag = "model"
	}
	return tag + "-" + hex.EncodeToString(sum[:6])
}

// Close releases the segmenter.
func (x *Extractor) Close() { x.seg.Close() }

// Lexicon returns the extractor's lexicon.
func (x *Extractor) Lexicon() *lexicon.Lexicon { return x.lex }

// Document is one input article.
type Document struct {
	// ID names the document in the output (a path, or a corpus id).
	ID string
	// Src is the article as it was read; every offset in the result is a
	// byte offset into it.
	Src []byte
	// Encoding of Src (see normalize.Encodings); "" detects it.
	Encoding string
	// HTML says Src is an HTML page: only its text is read.
	HTML bool
	// Date (YYYY-MM-DD), Outlet and Title come from metadata when known;
	// otherwise they are read from the text.
	Date, Outlet, Title string
}

// MaxChunk is the size above which a document is cut, between sentences
// or lines, into parts extracted one after another, so that memory stays
// bounded on huge inputs. Articles are far smaller.
const MaxChunk = 1 << 20

// Extract recognizes and links the entities of one document.
func (x *Extractor) Extract(doc Document) *Result {
	opt := x.norm
	opt.Encoding, opt.HTML = doc.Encoding, doc.HTML
	if opt.Encoding == "" || opt.Encoding == "auto" {
		opt.Encoding = normalize.Detect(doc.Src)
	}
	if len(doc.Src) <= MaxChunk {
		return x.extractOne(doc, opt)
	}
	var res *Result
	src := doc.Src
	for start := 0; start < len(src); {
		end := cut(src, start, opt.Encoding)
		part := doc
		part.Src = src[start:end]
		if res != nil {
			part.Date, part.Outlet, part.Title = res.Date, res.Outlet, res.Title
		}
		r := x.extractOne(part, opt)
		shift(r, start)
		if res == nil {
			res = r
		} else {
			merge(res, r)
		}
		start = end
	}
	return res
}

func (x *Extractor) extractOne(doc Document, opt normalize.Options) *Result {
	t := normalize.Normalize(doc.Src, opt)
	sc, _ := x.scratch.Get().(*scratch)
	if sc == nil {
		sc = new(scratch)
	}
	sc.reset(len(t.S))
	d := newDocState(x, t, doc, sc)
	d.run()
	d.sc = nil
	x.scratch.Put(sc)
	return d.res
}

// cut returns the end of the part of src that starts at start: at most
// MaxChunk bytes, ending after a line or sentence end when there is one in
// the second half, and always between characters.
func cut(src []byte, start int, enc string) int {
	limit := start + MaxChunk
	if limit >= len(src) {
		return len(src)
	}
	best, i := -1, start
	for i < limit {
		n := normalize.CharLen(src, i, enc)
		if n <= 0 {
			n = 1
		}
		if i+n > limit {
			break
		}
		if n == 1 && strings.IndexByte("\n,;!?", src[i]) >= 0 || enc == "utf-8" && n == 3 && isCJKStop(src[i:i+3]) {
			best = i + n
		}
		i += n
	}
	if best > start+MaxChunk/2 {
		return best
	}
	if i == start {
		return limit
	}
	return i
}

// isCJKStop reports whether b is 。 ， ； ！ or ？ in UTF-8.
func isCJKStop(b []byte) bool {
	switch string(b) {
	case "。", "，", "；", "！", "？":
		return true
	}
	return false
}

func shift(r *Result, off int) {
	if off == 0 {
		return
	}
	for i := range r.Mentions {
		r.Mentions[i].Start += off
		r.Mentions[i].End += off
	}
	for i := range r.Holds {
		r.Holds[i].Start += off
		r.Holds[i].End += off
	}
	for i := range r.Events {
		r.Events[i].Start += off
		r.Events[i].End += off
	}
	for i := range r.Explain {
		r.Explain[i].Start += off
		r.Explain[i].End += off
	}
}

// merge adds part b of a document to a.
func merge(a, b *Result) {
	a.Mentions = append(a.Mentions, b.Mentions...)
	seenP := map[string]bool{}
	for _, p := range a.Persons {
		seenP[p.Name] = true
	}
	for _, p := range b.Persons {
		if !seenP[p.Name] {
			seenP[p.Name] = true
			a.Persons = append(a.Persons, p)
		}
	}
	a.Bodies = appendNew(a.Bodies, b.Bodies)
	a.Places = appendNew(a.Places, b.Places)
	a.Holds = append(a.Holds, b.Holds...)
	a.Events = append(a.Events, b.Events...)
	a.Explain = append(a.Explain, b.Explain...)
}

// appendNew appends the elements of b that are not in a.
func appendNew[T comparable](a, b []T) []T {
	seen := make(map[T]bool, len(a))
	for _, x := range a {
		seen[x] = true
	}
	for _, x := range b {
		if !seen[x] {
			seen[x] = true
			a = append(a, x)
		}
	}
	return a
}
