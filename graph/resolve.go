package graph

import (
	"slices"
	"sort"
	"strings"
)

// Resolve merges the person nodes that are one official: the same name in
// compatible jurisdictions, that is one jurisdiction lies on the other's
// chain of places (岳阳经开区 is in 岳阳市), or the two chains share a
// place below the top one (two counties of one prefecture). Namesakes in
// unrelated jurisdictions stay apart. Each group keeps the id of its most
// specific member (longest chain, then smallest id), so the result does
// not depend on the order documents were added; edges are merged with
// their roles, acts and evidence. Call it once all documents are added.
func (g *Graph) Resolve() {
	byName := map[string][]*Node{}
	for _, n := range g.nodes {
		if n.Type == Person && n.Attrs["jurisdiction"] != "" {
			byName[n.Label] = append(byName[n.Label], n)
		}
	}
	for _, ns := range byName {
		if len(ns) < 2 {
			continue
		}
		sort.Slice(ns, func(i, j int) bool {
			ci, cj := len(chainOf(ns[i])), len(chainOf(ns[j]))
			if ci != cj {
				return ci > cj
			}
			return ns[i].ID < ns[j].ID
		})
		parent := make([]int, len(ns))
		for i := range parent {
			parent[i] = i
		}
		find := func(i int) int {
			for parent[i] != i {
				parent[i] = parent[parent[i]]
				i = parent[i]
			}
			return i
		}
		for i := range ns {
			for j := i + 1; j < len(ns); j++ {
				if compatible(ns[i], ns[j]) {
					a, b := find(i), find(j)
					if a > b {
						a, b = b, a
					}
					parent[b] = a // the root is the most specific member
				}
			}
		}
		for i := range ns {
			if r := find(i); r != i {
				g.mergeInto(ns[i].ID, ns[r].ID)
			}
		}
	}
}

func chainOf(n *Node) []string {
	if c := n.Attrs["jurisdiction_chain"]; c != "" {
		return strings.Split(c, JoinSep)
	}
	return []string{n.Attrs["jurisdiction"]}
}

func compatible(a, b *Node) bool {
	ca, cb := chainOf(a), chainOf(b)
	if ca[0] == cb[0] || slices.Index(cb, ca[0]) >= 0 || slices.Index(ca, cb[0]) >= 0 {
		return true
	}
	for _, x := range ca[:len(ca)-1] {
		if k := slices.Index(cb, x); k >= 0 && k < len(cb)-1 {
			return true
		}
	}
	return false
}

// mergeInto moves src's edges to dst and removes src.
func (g *Graph) mergeInto(src, dst string) {
	for k, e := range g.edges {
		if k[0] != src && k[1] != src {
			continue
		}
		delete(g.edges, k)
		_ = g.g.RemoveEdge(k[0], k[1])
		s, t := e.Source, e.Target
		if s == src {
			s = dst
		}
		if t == src {
			t = dst
		}
		if s == t {
			continue
		}
		into, ok := g.edges[[2]string{s, t}]
		if !ok {
			e.Source, e.Target = s, t
			g.edges[[2]string{s, t}] = e
			_ = g.g.AddEdge(s, t)
			continue
		}
		for _, r := range e.Roles {
			into.Roles = addUnique(into.Roles, r)
		}
		for _, a := range e.Acts {
			into.Acts = addUnique(into.Acts, a)
		}
		into.Docs += e.Docs
		into.seen(e.First)
		into.seen(e.Last)
		for _, ev := range e.Evidence {
			if len(into.Evidence) < g.MaxEvidence {
				into.Evidence = append(into.Evidence, ev)
			}
		}
		if e.Start != "" && (into.Start == "" || e.Start < into.Start) {
			into.Start = e.Start
		}
		if e.End > into.End {
			into.End = e.End
		}
	}
	delete(g.nodes, src)
	_ = g.g.RemoveVertex(src)
	if g.merged == nil {
		g.merged = map[string]string{}
	}
	g.merged[src] = dst
}

// CoAppeared is the edge type of the co-appearance projection.
const CoAppeared = "co_appeared"

// CoAppearance returns the person–person projection political scientists
// build: an edge between two persons who appear in one document, with
// that document as evidence (its date; the meeting's offsets when both
// took part in it), so the weight is the number of shared documents.
// Edges go from the smaller id to the larger.
func (g *Graph) CoAppearance() *Graph {
	out := New()
	out.Undirected = true
	docs := map[string]map[string]Evidence{} // doc -> person -> evidence
	for _, e := range g.Edges() {
		src := g.nodes[e.Source]
		if src == nil || src.Type != Person {
			continue
		}
		for _, ev := range e.Evidence {
			if docs[ev.Doc] == nil {
				docs[ev.Doc] = map[string]Evidence{}
			}
			if _, ok := docs[ev.Doc][src.ID]; !ok || e.Type == Participated {
				docs[ev.Doc][src.ID] = Evidence{Doc: ev.Doc, Date: ev.Date, Start: ev.Start, End: ev.End}
			}
		}
	}
	names := make([]string, 0, len(docs))
	for d := range docs {
		names = append(names, d)
	}
	sort.Strings(names)
	for _, d := range names {
		ps := make([]string, 0, len(docs[d]))
		for p := range docs[d] {
			ps = append(ps, p)
		}
		sort.Strings(ps)
		for i, a := range ps {
			for _, b := range ps[i+1:] {
				for _, id := range []string{a, b} {
					n := g.nodes[id]
					c := out.node(id, Person, n.Label)
					for k, v := range n.Attrs {
						c.Attrs[k] = v
					}
				}
				e := out.edge(a, b, CoAppeared)
				ev := docs[d][a]
				ev.Start, ev.End = 0, 0
				e.addEvidence(ev, g.MaxEvidence)
			}
		}
	}
	return out
}
