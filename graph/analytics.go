package graph

import (
	"math/rand/v2"
	"sort"
	"strconv"

	ggraph "gonum.org/v1/gonum/graph"
	"gonum.org/v1/gonum/graph/community"
	"gonum.org/v1/gonum/graph/network"
	"gonum.org/v1/gonum/graph/simple"
)

// ExactBetweennessMax is the largest graph (nodes) whose betweenness is
// computed exactly; beyond it, betweenness is estimated from a sample of
// source nodes (exact betweenness takes about 48 s at 5,000 nodes).
const ExactBetweennessMax = 3000

// betweennessSamples is the number of source nodes of the estimate.
const betweennessSamples = 256

// Analysis says how the analytics were computed.
type Analysis struct {
	Nodes, Edges int
	// Sampled is the number of source nodes betweenness was estimated
	// from, 0 when it is exact.
	Sampled int
	// Communities is the number of Louvain communities.
	Communities int
}

// index maps node ids to gonum ids (position in sorted order).
type index struct {
	ids []string
	pos map[string]int64
}

func (g *Graph) index() index {
	ns := g.Nodes()
	ix := index{ids: make([]string, len(ns)), pos: make(map[string]int64, len(ns))}
	for i, n := range ns {
		ix.ids[i] = n.ID
		ix.pos[n.ID] = int64(i)
	}
	return ix
}

func (g *Graph) undirected(ix index) *simple.UndirectedGraph {
	u := simple.NewUndirectedGraph()
	for i := range ix.ids {
		u.AddNode(simple.Node(int64(i)))
	}
	for _, e := range g.Edges() {
		a, b := ix.pos[e.Source], ix.pos[e.Target]
		if a != b && !u.HasEdgeBetween(a, b) {
			u.SetEdge(simple.Edge{F: simple.Node(a), T: simple.Node(b)})
		}
	}
	return u
}

// Analyze computes degree (in, out and total), PageRank (sparse, on the
// directed graph), betweenness (on the undirected view; exact up to
// ExactBetweennessMax nodes, else estimated from a fixed sample of
// sources and marked approximate) and Louvain communities (undirected,
// seeded, so runs agree), and writes them as node attributes degree,
// in_degree, out_degree, pagerank, betweenness, community and, when
// estimated, approximate=true.
func (g *Graph) Analyze() Analysis {
	ix := g.index()
	n := len(ix.ids)
	a := Analysis{Nodes: n, Edges: len(g.edges)}
	if n == 0 {
		return a
	}
	d := simple.NewDirectedGraph()
	for i := range ix.ids {
		d.AddNode(simple.Node(int64(i)))
	}
	for _, e := range g.Edges() {
		s, t := ix.pos[e.Source], ix.pos[e.Target]
		if s != t {
			d.SetEdge(simple.Edge{F: simple.Node(s), T: simple.Node(t)})
		}
	}
	pr := network.PageRankSparse(d, 0.85, 1e-8)
	u := g.undirected(ix)
	var bc map[int64]float64
	if n <= ExactBetweennessMax {
		bc = network.Betweenness(u)
	} else {
		bc = sampledBetweenness(u, n, betweennessSamples)
		a.Sampled = betweennessSamples
	}
	comm := community.Modularize(u, 1, rand.NewPCG(1, 2)).Communities()
	// Number communities by their smallest member, so numbers are stable.
	sort.Slice(comm, func(i, j int) bool { return minID(comm[i]) < minID(comm[j]) })
	cid := make([]int, n)
	for k, c := range comm {
		for _, m := range c {
			cid[m.ID()] = k
		}
	}
	a.Communities = len(comm)
	for i, id := range ix.ids {
		node := g.nodes[id]
		in, out := d.To(int64(i)).Len(), d.From(int64(i)).Len()
		node.Attrs["in_degree"] = strconv.Itoa(in)
		node.Attrs["out_degree"] = strconv.Itoa(out)
		node.Attrs["degree"] = strconv.Itoa(in + out)
		node.Attrs["pagerank"] = strconv.FormatFloat(pr[int64(i)], 'g', 6, 64)
		node.Attrs["betweenness"] = strconv.FormatFloat(bc[int64(i)], 'g', 6, 64)
		node.Attrs["community"] = strconv.Itoa(cid[i])
		if a.Sampled > 0 {
			node.Attrs["approximate"] = "true"
		}
	}
	return a
}

func minID(ns []ggraph.Node) int64 {
	m := int64(-1)
	for _, n := range ns {
		if m < 0 || n.ID() < m {
			m = n.ID()
		}
	}
	return m
}

// sampledBetweenness estimates betweenness with Brandes' algorithm from k
// sources chosen by a seeded generator, scaled by n/k.
func sampledBetweenness(u *simple.UndirectedGraph, n, k int) map[int64]float64 {
	r := rand.New(rand.NewPCG(3, 4))
	srcs := r.Perm(n)[:k]
	bc := make([]float64, n)
	sigma := make([]float64, n)
	dist := make([]int, n)
	delta := make([]float64, n)
	preds := make([][]int, n)
	for _, s := range srcs {
		for i := range dist {
			dist[i], sigma[i], delta[i] = -1, 0, 0
			preds[i] = preds[i][:0]
		}
		dist[s], sigma[s] = 0, 1
		queue := []int{s}
		var order []int
		for len(queue) > 0 {
			v := queue[0]
			queue = queue[1:]
			order = append(order, v)
			it := u.From(int64(v))
			for it.Next() {
				w := int(it.Node().ID())
				if dist[w] < 0 {
					dist[w] = dist[v] + 1
					queue = append(queue, w)
				}
				if dist[w] == dist[v]+1 {
					sigma[w] += sigma[v]
					preds[w] = append(preds[w], v)
				}
			}
		}
		for i := len(order) - 1; i >= 0; i-- {
			w := order[i]
			for _, v := range preds[w] {
				delta[v] += sigma[v] / sigma[w] * (1 + delta[w])
			}
			if w != s {
				bc[w] += delta[w]
			}
		}
	}
	out := make(map[int64]float64, n)
	scale := float64(n) / float64(k) // as gonum counts: ordered pairs
	for i, v := range bc {
		out[int64(i)] = v * scale
	}
	return out
}

// ShortestPath returns the node ids of a shortest path between two nodes
// on the undirected view of the graph, or nil if there is none. Among
// paths of equal length it returns the same one on every run: neighbours
// are visited in id order.
func (g *Graph) ShortestPath(from, to string) []string {
	if g.nodes[from] == nil || g.nodes[to] == nil {
		return nil
	}
	adj := map[string][]string{}
	for _, e := range g.Edges() {
		adj[e.Source] = append(adj[e.Source], e.Target)
		adj[e.Target] = append(adj[e.Target], e.Source)
	}
	prev := map[string]string{from: ""}
	queue := []string{from}
	for len(queue) > 0 && prev[to] == "" && from != to {
		n := queue[0]
		queue = queue[1:]
		next := adj[n]
		sort.Strings(next)
		for _, m := range next {
			if _, seen := prev[m]; !seen {
				prev[m] = n
				queue = append(queue, m)
			}
		}
	}
	if _, ok := prev[to]; !ok {
		return nil
	}
	var p []string
	for n := to; n != ""; n = prev[n] {
		p = append(p, n)
		if n == from {
			break
		}
	}
	for i, j := 0, len(p)-1; i < j; i, j = i+1, j-1 {
		p[i], p[j] = p[j], p[i]
	}
	return p
}
