package graph

import (
	"math/rand/v2"
	"sort"
	"strconv"

	ggraph "gonum.org/v1/gonum/graph"
	"gonum.org/v1/gonum/graph/community"
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

// Analyze computes degree (in, out and total), PageRank (sparse power
// iteration on the undirected person–body–place–event structure, each edge
// taken both ways), betweenness (Brandes on the undirected
// view; exact up to ExactBetweennessMax nodes, else estimated from a fixed
// sample of sources and marked approximate) and communities (gonum's
// Louvain, undirected and seeded), every one iterating in node order so
// that runs agree to the last digit, and writes them as node attributes degree,
// in_degree, out_degree, pagerank, betweenness, community and, when
// estimated, approximate=true.
func (g *Graph) Analyze() Analysis {
	ix := g.index()
	n := len(ix.ids)
	a := Analysis{Nodes: n, Edges: len(g.edges)}
	if n == 0 {
		return a
	}
	d := newOrdered(g, ix, true)
	// PageRank on the undirected structure: every edge of the graph
	// points out of a person, so on the directed graph every person
	// ranks alike.
	pr := pageRank(d.symmetric(), 0.85, 1e-10)
	u := newOrdered(g, ix, false)
	var bc []float64
	if n <= ExactBetweennessMax {
		bc = brandes(u, nil)
	} else {
		r := rand.New(rand.NewPCG(3, 4))
		bc = brandes(u, r.Perm(n)[:betweennessSamples])
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
		in, out := len(d.in[i]), len(d.out[i])
		node.Attrs["in_degree"] = strconv.Itoa(in)
		node.Attrs["out_degree"] = strconv.Itoa(out)
		node.Attrs["degree"] = strconv.Itoa(in + out)
		node.Attrs["pagerank"] = strconv.FormatFloat(pr[i], 'g', 6, 64)
		node.Attrs["betweenness"] = strconv.FormatFloat(bc[i], 'g', 6, 64)
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

// pageRank is PageRank by power iteration on the directed graph (the
// sparse method: memory grows with edges), summing in node order so the
// result is the same on every run. Dangling nodes spread their rank evenly.
func pageRank(o *ordered, damp, tol float64) []float64 {
	n := o.n
	pr, next := make([]float64, n), make([]float64, n)
	for i := range pr {
		pr[i] = 1 / float64(n)
	}
	for iter := 0; iter < 200; iter++ {
		dangling := 0.0
		for i := 0; i < n; i++ {
			if len(o.out[i]) == 0 {
				dangling += pr[i]
			}
		}
		base := (1-damp)/float64(n) + damp*dangling/float64(n)
		diff := 0.0
		for i := 0; i < n; i++ {
			sum := 0.0
			for _, j := range o.in[i] {
				sum += pr[j] / float64(len(o.out[j]))
			}
			next[i] = base + damp*sum
			diff += (next[i] - pr[i]) * (next[i] - pr[i])
		}
		pr, next = next, pr
		if diff < tol*tol {
			break
		}
	}
	return pr
}

// brandes is betweenness centrality on the undirected graph by Brandes'
// algorithm, counting ordered pairs as gonum does: from every node when
// sources is nil, else from the sources given, scaled up to all n.
func brandes(u *ordered, sources []int) []float64 {
	n := u.n
	if sources == nil {
		sources = make([]int, n)
		for i := range sources {
			sources[i] = i
		}
	}
	bc := make([]float64, n)
	sigma := make([]float64, n)
	dist := make([]int, n)
	delta := make([]float64, n)
	preds := make([][]int, n)
	for _, s := range sources {
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
			for _, w64 := range u.und[v] {
				w := int(w64)
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
	scale := float64(n) / float64(len(sources))
	for i := range bc {
		bc[i] *= scale
	}
	return bc
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
