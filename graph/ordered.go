package graph

import (
	"sort"

	ggraph "gonum.org/v1/gonum/graph"
	"gonum.org/v1/gonum/graph/iterator"
	"gonum.org/v1/gonum/graph/simple"
)

// ordered is the graph for gonum's algorithms: nodes are 0..n-1 (the
// position of their id in sorted order) and every iteration is in
// ascending order, so that results (sums of floats, Louvain's moves) are
// the same on every run. It serves as directed (out, in) and undirected
// (und) graph.
type ordered struct {
	n            int
	out, in, und [][]int64 // sorted neighbour lists
	directed     bool
}

func newOrdered(g *Graph, ix index, directed bool) *ordered {
	o := &ordered{n: len(ix.ids), out: make([][]int64, len(ix.ids)), in: make([][]int64, len(ix.ids)), und: make([][]int64, len(ix.ids)), directed: directed}
	seen := map[[2]int64]bool{}
	for _, e := range g.Edges() {
		s, t := ix.pos[e.Source], ix.pos[e.Target]
		if s == t {
			continue
		}
		o.out[s] = append(o.out[s], t)
		o.in[t] = append(o.in[t], s)
		a, b := min(s, t), max(s, t)
		if !seen[[2]int64{a, b}] {
			seen[[2]int64{a, b}] = true
			o.und[a] = append(o.und[a], b)
			o.und[b] = append(o.und[b], a)
		}
	}
	for _, l := range [][][]int64{o.out, o.in, o.und} {
		for _, xs := range l {
			sort.Slice(xs, func(i, j int) bool { return xs[i] < xs[j] })
		}
	}
	return o
}

func (o *ordered) nodes(ids []int64) ggraph.Nodes {
	if len(ids) == 0 {
		return ggraph.Empty
	}
	ns := make([]ggraph.Node, len(ids))
	for i, id := range ids {
		ns[i] = simple.Node(id)
	}
	return iterator.NewOrderedNodes(ns)
}

func (o *ordered) Node(id int64) ggraph.Node {
	if id < 0 || int(id) >= o.n {
		return nil
	}
	return simple.Node(id)
}

func (o *ordered) Nodes() ggraph.Nodes {
	ids := make([]int64, o.n)
	for i := range ids {
		ids[i] = int64(i)
	}
	return o.nodes(ids)
}

func (o *ordered) From(id int64) ggraph.Nodes {
	if o.directed {
		return o.nodes(o.out[id])
	}
	return o.nodes(o.und[id])
}

func (o *ordered) To(id int64) ggraph.Nodes { return o.nodes(o.in[id]) }

func has(xs []int64, x int64) bool {
	i := sort.Search(len(xs), func(i int) bool { return xs[i] >= x })
	return i < len(xs) && xs[i] == x
}

func (o *ordered) HasEdgeBetween(x, y int64) bool { return has(o.und[x], y) }

func (o *ordered) HasEdgeFromTo(u, v int64) bool { return has(o.out[u], v) }

func (o *ordered) Edge(u, v int64) ggraph.Edge {
	if o.directed && !has(o.out[u], v) || !o.directed && !has(o.und[u], v) {
		return nil
	}
	return simple.Edge{F: simple.Node(u), T: simple.Node(v)}
}

func (o *ordered) EdgeBetween(x, y int64) ggraph.Edge {
	if !has(o.und[x], y) {
		return nil
	}
	return simple.Edge{F: simple.Node(x), T: simple.Node(y)}
}

// symmetric returns the graph as a directed one with every edge both ways
// (out and in are the undirected neighbours), for PageRank on the
// undirected structure.
func (o *ordered) symmetric() *ordered {
	return &ordered{n: o.n, out: o.und, in: o.und, und: o.und, directed: true}
}
