package ner

import (
	"sort"
	"strings"
)

// explain writes the document's trace into its Result: each mention and
// hold written out with the stage that made it, and each proposal dropped
// with the stage that dropped it, in the order of the text.
func (d *docState) explain() {
	tr, r := d.trace, d.res
	steps := make([]Step, 0, len(r.Mentions)+len(r.Holds)+len(tr.drops))
	for _, m := range r.Mentions {
		steps = append(steps, Step{Kind: m.Type, Text: m.Text, Start: m.Start, End: m.End, Stage: d.madeBy(m)})
	}
	for i, h := range r.Holds {
		what := h.Person + " " + h.Role
		if org := h.OrgCanonical; org != "" {
			what += " @ " + org
		}
		if h.Status != "" {
			what += " (" + h.Status + ")"
		}
		st := "?"
		if i < len(tr.holds) {
			st = tr.holds[i]
		}
		steps = append(steps, Step{Kind: "hold", Text: what, Start: h.Start, End: h.End, Stage: st})
	}
	seen := map[Step]bool{}
	for _, s := range tr.drops {
		if seen[s] {
			continue // a rule that asked twice
		}
		seen[s] = true
		s.Start, s.End = d.t.Span(s.Start, s.End)
		steps = append(steps, s)
	}
	sort.SliceStable(steps, func(i, j int) bool {
		a, b := steps[i], steps[j]
		if a.Start != b.Start {
			return a.Start < b.Start
		}
		if a.Dropped != b.Dropped {
			return !a.Dropped
		}
		return a.End > b.End
	})
	r.Explain = steps
}

// madeBy returns the stage that put mention m in the lattice.
func (d *docState) madeBy(m Mention) string {
	made := d.trace.made
	switch m.Type {
	case "person", "role":
		if st, ok := made[traceKey{m.Type, m.ns, m.ne}]; ok {
			return st
		}
		if st, ok := made[traceKey{"mention:" + m.Type, m.ns, m.ne}]; ok {
			return st + " (a mention, no person of the graph)"
		}
	}
	if st, ok := made[traceKey{"phrase", m.ns, m.ne}]; ok {
		return st
	}
	// A place written at the start of a body phrase (湖南省 of 湖南省委).
	for _, bp := range d.phrases {
		if bp.start <= m.ns && m.ne <= bp.end {
			if st, ok := made[traceKey{"phrase", bp.start, bp.end}]; ok {
				return st
			}
		}
	}
	for k, st := range made {
		if strings.HasPrefix(k.kind, "tag:") && k.s == m.ns && k.e == m.ne {
			return st
		}
	}
	return "output"
}
