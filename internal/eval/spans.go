package eval

import (
	"bufio"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"runtime"
	"sort"
	"sync"

	"github.com/orggraph/orggraph/ner"
)

// SpanReport scores mentions against a span corpus, per gold type.
type SpanReport struct {
	Sentences int
	Types     []string
	Counts    map[string]*Count
	// Diffs lists, sentence by sentence, each gold item missed ("-")
	// and each spurious one ("+"), sorted.
	Diffs []SpanDiff
}

// SpanDiff is one sentence's misses and spurious items.
type SpanDiff struct {
	ID    string
	Text  string
	Items []string // "- type text" or "+ type text"
}

// spanLine is one sentence of a span corpus (../shared/train format):
// spans carry a type and a text; offsets, if any, are not needed.
type spanLine struct {
	ID    string `json:"id"`
	Text  string `json:"text"`
	Spans []struct {
		Type string `json:"type"`
		Text string `json:"text"`
	} `json:"spans"`
}

// sysType maps a mention type to the corpus's types: where the corpus
// labels org and loc (MSRA, People's Daily), bodies, organizations and
// outlets are org and places are loc.
func sysType(t string, gold map[string]bool) string {
	if gold["org"] {
		switch t {
		case "body", "organization", "outlet":
			return "org"
		}
	}
	if gold["loc"] && t == "place" {
		return "loc"
	}
	return t
}

// Spans extracts every sentence of the corpus at path as a document and
// scores the (type, text) sets of its mentions against the gold spans,
// sentence by sentence, as ../shared/eval/score_spans.py does.
func Spans(x *ner.Extractor, path string) (*SpanReport, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	var lines []spanLine
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<26)
	for n := 1; sc.Scan(); n++ {
		var l spanLine
		if err := json.Unmarshal(sc.Bytes(), &l); err != nil {
			return nil, fmt.Errorf("%s:%d: %v", path, n, err)
		}
		lines = append(lines, l)
	}
	if err := sc.Err(); err != nil {
		return nil, err
	}
	gold := map[string]bool{}
	for _, l := range lines {
		for _, s := range l.Spans {
			gold[s.Type] = true
		}
	}
	rep := &SpanReport{Sentences: len(lines), Counts: map[string]*Count{}}
	for t := range gold {
		rep.Types = append(rep.Types, t)
		rep.Counts[t] = &Count{}
	}
	sort.Strings(rep.Types)
	type key struct{ typ, text string }
	results := make([]map[key]bool, len(lines))
	var wg sync.WaitGroup
	next := make(chan int)
	for w := 0; w < runtime.NumCPU(); w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range next {
				r := x.Extract(ner.Document{ID: lines[i].ID, Src: []byte(lines[i].Text)})
				got := map[key]bool{}
				for _, m := range r.Mentions {
					if t := sysType(m.Type, gold); gold[t] {
						got[key{t, m.Text}] = true
					}
				}
				results[i] = got
			}
		}()
	}
	for i := range lines {
		next <- i
	}
	close(next)
	wg.Wait()
	for i, l := range lines {
		want := map[key]bool{}
		for _, s := range l.Spans {
			want[key{s.Type, s.Text}] = true
		}
		var items []string
		for k := range want {
			if results[i][k] {
				rep.Counts[k.typ].TP++
			} else {
				rep.Counts[k.typ].FN++
				items = append(items, "- "+k.typ+" "+k.text)
			}
		}
		for k := range results[i] {
			if !want[k] {
				rep.Counts[k.typ].FP++
				items = append(items, "+ "+k.typ+" "+k.text)
			}
		}
		if len(items) > 0 {
			sort.Strings(items)
			rep.Diffs = append(rep.Diffs, SpanDiff{ID: l.ID, Text: l.Text, Items: items})
		}
	}
	return rep, nil
}

// Write prints the report as a table; verbose lists first, for each
// sentence with a difference, its id and text, then its misses (-) and
// spurious items (+).
func (rep *SpanReport) Write(w io.Writer, verbose bool) error {
	bw := bufio.NewWriter(w)
	if verbose {
		for _, d := range rep.Diffs {
			fmt.Fprintf(bw, "%s\t%s\n", d.ID, d.Text)
			for _, it := range d.Items {
				fmt.Fprintf(bw, "\t%s\n", it)
			}
		}
	}
	fmt.Fprintf(bw, "%d sentences\n%-10s %6s %6s %6s %7s %7s %7s\n", rep.Sentences, "", "P", "R", "F1", "TP", "FP", "FN")
	for _, t := range rep.Types {
		c := rep.Counts[t]
		fmt.Fprintf(bw, "%-10s %6.3f %6.3f %6.3f %7d %7d %7d\n", t, c.P(), c.R(), c.F1(), c.TP, c.FP, c.FN)
	}
	return bw.Flush()
}
