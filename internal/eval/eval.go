// Package eval scores extraction against hand annotations (gold files in
// the format of testdata/*.gold.json): precision, recall and F1 for
// persons, (person, role) and (person, role, body) per document, summed
// over documents (micro-averaged).
package eval

import (
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"github.com/orggraph/orggraph/ner"
)

// Gold is a hand annotation of one document.
type Gold struct {
	Source     string     `json:"source"`
	Date       string     `json:"date"`
	Persons    []string   `json:"persons"`
	Holds      []GoldHold `json:"holds"`
	NotPersons []string   `json:"not_persons"`
}

// GoldHold is one annotated post.
type GoldHold struct {
	Person       string `json:"person"`
	Role         string `json:"role"`
	Org          string `json:"org"`
	OrgCanonical string `json:"org_canonical"`
	Status       string `json:"status"`
}

// Load reads a gold file; Source is made relative to the gold file's
// directory.
func Load(path string) (*Gold, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	var g Gold
	if err := json.Unmarshal(b, &g); err != nil {
		return nil, fmt.Errorf("%s: %v", path, err)
	}
	if g.Source == "" {
		return nil, fmt.Errorf("%s: no \"source\" naming the annotated text", path)
	}
	if !filepath.IsAbs(g.Source) {
		g.Source = filepath.Join(filepath.Dir(path), g.Source)
	}
	return &g, nil
}

// Count is true positives, false positives and false negatives.
type Count struct{ TP, FP, FN int }

// P, R and F1 of the count (1 when there is nothing to find or find).
func (c Count) P() float64  { return ratio(c.TP, c.TP+c.FP) }
func (c Count) R() float64  { return ratio(c.TP, c.TP+c.FN) }
func (c Count) F1() float64 { p, r := c.P(), c.R(); return ratio2(2*p*r, p+r) }

func ratio(a, b int) float64 {
	if b == 0 {
		return 1
	}
	return float64(a) / float64(b)
}

func ratio2(a, b float64) float64 {
	if b == 0 {
		return 0
	}
	return a / b
}

// Metrics are the scored levels.
var Metrics = []string{"persons", "person+role", "person+role+body", "status"}

// Report is the score of a set of documents, with the misses listed.
type Report struct {
	Docs   int
	Counts map[string]*Count
	// Errors lists, per document, "- missed" and "+ spurious" items.
	Errors map[string][]string
}

// keySets builds the scored items of one document from its persons and
// its holds.
func keySets(persons []string, holds []GoldHold) map[string]map[string]bool {
	m := map[string]map[string]bool{}
	for _, k := range Metrics {
		m[k] = map[string]bool{}
	}
	for _, p := range persons {
		m["persons"][p] = true
	}
	for _, h := range holds {
		m["persons"][h.Person] = true
		m["person+role"][h.Person+" "+h.Role] = true
		if h.OrgCanonical != "" {
			m["person+role+body"][h.Person+" "+h.Role+" "+h.OrgCanonical] = true
		}
		if h.Status != "" {
			m["status"][h.Person+" "+h.Role+" "+h.Status] = true
		}
	}
	return m
}

func keys(r *ner.Result) map[string]map[string]bool {
	persons := make([]string, len(r.Persons))
	for i, p := range r.Persons {
		persons[i] = p.Name
	}
	holds := make([]GoldHold, len(r.Holds))
	for i, h := range r.Holds {
		holds[i] = GoldHold{Person: h.Person, Role: h.Role, Org: h.Org, OrgCanonical: h.OrgCanonical, Status: h.Status}
	}
	return keySets(persons, holds)
}

func goldKeys(g *Gold) map[string]map[string]bool { return keySets(g.Persons, g.Holds) }

// Run extracts every gold file's source with x and scores it.
func Run(x *ner.Extractor, golds []string) (*Report, error) {
	rep := &Report{Counts: map[string]*Count{}, Errors: map[string][]string{}}
	for _, k := range Metrics {
		rep.Counts[k] = &Count{}
	}
	for _, path := range golds {
		g, err := Load(path)
		if err != nil {
			return nil, err
		}
		src, err := os.ReadFile(g.Source)
		if err != nil {
			return nil, fmt.Errorf("%s: %v", path, err)
		}
		r := x.Extract(ner.Document{ID: g.Source, Src: src})
		got, want := keys(r), goldKeys(g)
		rep.Docs++
		for _, k := range Metrics {
			c := rep.Counts[k]
			for item := range got[k] {
				if want[k][item] {
					c.TP++
				} else {
					c.FP++
					rep.Errors[path] = append(rep.Errors[path], fmt.Sprintf("+ %s: %s", k, item))
				}
			}
			for item := range want[k] {
				if !got[k][item] {
					c.FN++
					rep.Errors[path] = append(rep.Errors[path], fmt.Sprintf("- %s: %s", k, item))
				}
			}
		}
		sort.Strings(rep.Errors[path])
	}
	return rep, nil
}

// Write prints the scores as a table and, if verbose, the errors per
// document.
func (rep *Report) Write(w io.Writer, verbose bool) error {
	var b strings.Builder
	fmt.Fprintf(&b, "%d documents\n%-18s %6s %6s %6s %5s %5s %5s\n", rep.Docs, "", "P", "R", "F1", "TP", "FP", "FN")
	for _, k := range Metrics {
		c := rep.Counts[k]
		fmt.Fprintf(&b, "%-18s %6.3f %6.3f %6.3f %5d %5d %5d\n", k, c.P(), c.R(), c.F1(), c.TP, c.FP, c.FN)
	}
	if verbose {
		docs := make([]string, 0, len(rep.Errors))
		for d := range rep.Errors {
			docs = append(docs, d)
		}
		sort.Strings(docs)
		for _, d := range docs {
			fmt.Fprintf(&b, "\n%s\n", d)
			for _, e := range rep.Errors[d] {
				fmt.Fprintf(&b, "  %s\n", e)
			}
		}
	}
	_, err := io.WriteString(w, b.String())
	return err
}
