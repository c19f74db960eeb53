package export

import (
	"bytes"
	_ "embed"
	"encoding/json"
	"io"
	"math"
	"sort"
	"unicode/utf8"

	"github.com/orggraph/orggraph/graph"
)

//go:generate sh viewlib/gen.sh

// The view is drawn by sigma.js on graphology (WebGL: made for graphs of
// tens of thousands of nodes), fetched pinned from npm by viewlib/gen.sh
// and embedded with their licenses. The layout is computed here, ahead of
// time, so that the page only draws.
var (
	//go:embed view.html
	viewHTML []byte
	//go:embed viewlib/sigma.min.js
	sigmaJS []byte
	//go:embed viewlib/sigma.LICENSE.txt
	sigmaLicense []byte
	//go:embed viewlib/graphology.umd.min.js
	graphologyJS []byte
	//go:embed viewlib/graphology.LICENSE.txt
	graphologyLicense []byte
)

// viewEvidence is how many pieces of evidence an edge shows in the view.
const viewEvidence = 3

// viewHideEvents is the number of nodes past which the view hides events
// until asked (the page has the same number), and lays them out apart.
const viewHideEvents = 2000

// viewData is the graph as the page reads it: compact, positions given.
type viewData struct {
	// Nodes: id, label, type, jurisdiction, date, x, y, size, group.
	Nodes [][]any `json:"nodes"`
	// Edges: source index, target index, type, label, first seen, last
	// seen, start, end, evidence ([sentence as written, doc, date,
	// normalized sentence if it differs]).
	Edges   [][]any           `json:"edges"`
	Colours map[string]string `json:"colours"`
}

func view(g *graph.Graph) *viewData {
	nodes := g.Nodes()
	edges := g.Edges()
	index := make(map[string]int, len(nodes))
	for i, n := range nodes {
		index[n.ID] = i
	}
	xs, ys, group, deg := viewLayout(nodes, edges, index)
	out := &viewData{Nodes: make([][]any, len(nodes)), Edges: make([][]any, 0, len(edges)), Colours: typeColour}
	for i, n := range nodes {
		size := min(1.5+0.9*math.Log2(1+float64(deg[i])), 7) // in layout units: neighbours stand 10 apart
		out.Nodes[i] = []any{n.ID, n.Label, n.Type, n.Attrs["jurisdiction"], n.Attrs["date"], round(xs[i]), round(ys[i]), round(size), group[i]}
	}
	for _, e := range edges {
		var ev [][]string
		for k, x := range e.Evidence {
			if k == viewEvidence {
				break
			}
			written, norm := x.Written, ""
			if written == "" {
				written = x.Sentence
			} else {
				norm = x.Sentence
			}
			ev = append(ev, []string{clip(written, 300), x.Doc, x.Date, clip(norm, 300)})
		}
		out.Edges = append(out.Edges, []any{index[e.Source], index[e.Target], e.Type, edgeLabel(e), e.FirstSeen(), e.LastSeen(), e.Start, e.End, ev})
	}
	return out
}

func round(f float64) float64 { return math.Round(f*100) / 100 }

// clip cuts s to n characters.
func clip(s string, n int) string {
	if utf8.RuneCountInString(s) <= n {
		return s
	}
	r := []rune(s)
	return string(r[:n]) + "…"
}

// viewLayout places the nodes: groups found by label propagation on the
// undirected graph, each group a disc of its nodes (the most connected in
// the middle) and the discs along a spiral, biggest first. It is linear
// in the graph's size and deterministic.
func viewLayout(nodes []*graph.Node, edges []*graph.Edge, index map[string]int) (xs, ys []float64, group, deg []int) {
	n := len(nodes)
	adj := make([][]int32, n)
	deg = make([]int, n)
	// Past viewHideEvents nodes, meetings (hidden at first) would pull a
	// corpus into one ball: the groups and places come from the other
	// edges, and each meeting sits among its participants.
	isEvent := func(i int) bool { return n > viewHideEvents && nodes[i].Type == graph.Event }
	for _, e := range edges {
		a, b := index[e.Source], index[e.Target]
		deg[a]++
		deg[b]++
		if isEvent(a) || isEvent(b) {
			continue
		}
		adj[a] = append(adj[a], int32(b))
		adj[b] = append(adj[b], int32(a))
	}
	label := make([]int, n)
	for i := range label {
		label[i] = i
	}
	ldeg := make([]int, n) // degree without meetings
	for i := range adj {
		ldeg[i] = len(adj[i])
	}
	count := map[int]int{}
	for round := 0; round < 12; round++ {
		changed := false
		for i := 0; i < n; i++ {
			if len(adj[i]) == 0 {
				continue
			}
			clear(count)
			for _, j := range adj[i] {
				count[label[j]]++
			}
			best, bc := label[i], count[label[i]]
			for l, c := range count {
				if c > bc || c == bc && l < best {
					best, bc = l, c
				}
			}
			if best != label[i] {
				label[i], changed = best, true
			}
		}
		if !changed {
			break
		}
	}
	// Groups, biggest first; isolated nodes and pairs share one last group.
	members := map[int][]int{}
	for i, l := range label {
		if !isEvent(i) {
			members[l] = append(members[l], i)
		}
	}
	var groups [][]int
	var rest []int
	for _, m := range members {
		if len(m) <= 2 {
			rest = append(rest, m...)
			continue
		}
		groups = append(groups, m)
	}
	sort.Slice(groups, func(a, b int) bool {
		if len(groups[a]) != len(groups[b]) {
			return len(groups[a]) > len(groups[b])
		}
		return groups[a][0] < groups[b][0]
	})
	sort.Ints(rest)
	if len(rest) > 0 {
		groups = append(groups, rest)
	}
	xs, ys, group = make([]float64, n), make([]float64, n), make([]int, n)
	const golden = 2.399963229728653 // radians
	const unit = 10.0
	placed := 0.0 // area of the groups placed so far, in nodes
	for k, m := range groups {
		sort.SliceStable(m, func(a, b int) bool { return ldeg[m[a]] > ldeg[m[b]] })
		radius := unit * math.Sqrt(float64(len(m)))
		r := 0.0
		if k > 0 {
			r = unit*2.2*math.Sqrt(placed+float64(len(m))/2) + radius
		}
		cx, cy := r*math.Cos(float64(k)*golden), r*math.Sin(float64(k)*golden)
		for j, i := range m {
			rr := unit * math.Sqrt(float64(j)+0.5)
			a := float64(j) * golden
			xs[i], ys[i], group[i] = cx+rr*math.Cos(a), cy+rr*math.Sin(a), k
		}
		placed += float64(len(m))
	}
	// Meetings at the middle of their participants, a little apart.
	sum := make([][3]float64, n)
	for _, e := range edges {
		a, b := index[e.Source], index[e.Target]
		if isEvent(b) && !isEvent(a) {
			sum[b][0] += xs[a]
			sum[b][1] += ys[a]
			sum[b][2]++
		}
	}
	k := 0
	for i := range nodes {
		if !isEvent(i) {
			continue
		}
		k++
		a := float64(k) * golden
		if sum[i][2] > 0 {
			xs[i], ys[i] = sum[i][0]/sum[i][2]+unit*0.6*math.Cos(a), sum[i][1]/sum[i][2]+unit*0.6*math.Sin(a)
		}
		group[i] = -1
	}
	return xs, ys, group, deg
}

// HTML writes a self-contained page that draws g with sigma.js: the data,
// the libraries (with their licenses) and the script are embedded, and a
// Content-Security-Policy forbids any network load, so it opens offline.
// Large graphs stay readable: groups apart, labels by zoom and size,
// events hidden past a few thousand nodes. Filters by type, jurisdiction
// and date, a search box, and a panel that shows a clicked node's roles
// and evidence as the article writes it.
func HTML(w io.Writer, g *graph.Graph, o Options) error {
	data, err := json.Marshal(view(g)) // escapes <, > and &: safe inside <script>
	if err != nil {
		return err
	}
	lib := func(js, license []byte) []byte {
		var b bytes.Buffer
		b.WriteString("/*\n")
		b.Write(bytes.ReplaceAll(license, []byte("*/"), []byte("* /")))
		b.WriteString("\n*/\n")
		b.Write(bytes.ReplaceAll(js, []byte("</script"), []byte("<\\/script")))
		return b.Bytes()
	}
	page := viewHTML
	page = bytes.Replace(page, []byte("/*GRAPHOLOGY*/"), lib(graphologyJS, graphologyLicense), 1)
	page = bytes.Replace(page, []byte("/*SIGMA*/"), lib(sigmaJS, sigmaLicense), 1)
	page = bytes.Replace(page, []byte("/*DATA*/null"), data, 1)
	_, err = w.Write(page)
	return err
}
