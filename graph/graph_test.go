package graph

import (
	"strconv"
	"sync"
	"testing"

	"github.com/orggraph/orggraph/ner"
)

var (
	xOnce sync.Once
	x     *ner.Extractor
	xErr  error
)

func extract(t testing.TB, id, text string) *ner.Result {
	t.Helper()
	xOnce.Do(func() { x, xErr = ner.New(ner.Config{}) })
	if xErr != nil {
		t.Fatal(xErr)
	}
	return x.Extract(ner.Document{ID: id, Src: []byte(text)})
}

var articles = []struct{ id, text string }{
	{"a", "2023年3月1日,岳阳经开区召开项目建设会议。岳阳经开区管委会主任谢某生主持会议。"},
	{"b", "2023年5月9日,岳阳经济技术开发区召开安全生产会议。岳阳经济技术开发区管理委员会主任谢某生出席。"},
	{"c", "2023年6月1日,岳阳市召开全市经济工作会议。市委副书记谢某生出席。"},
	{"d", "2023年6月2日,西安市灞桥区召开会议。区委书记谢某生出席。"},
	{"e", "2023年7月1日,召开防汛会议。镇党委书记王某出席。"},
	{"f", "2023年7月2日,召开防汛会议。镇党委书记王某出席。"},
}

func build(t *testing.T, order []int) *Graph {
	g := New()
	for _, i := range order {
		g.Add(extract(t, articles[i].id, articles[i].text))
	}
	g.Resolve()
	return g
}

func TestMergeAcrossArticles(t *testing.T) {
	g := build(t, []int{0, 1, 2, 3, 4, 5})
	var xie []*Node
	for _, n := range g.Nodes() {
		if n.Type == Person && n.Label == "谢某生" {
			xie = append(xie, n)
		}
	}
	if len(xie) != 2 {
		t.Fatalf("谢某生: %d nodes, want 2 (岳阳 and the namesake in 西安)", len(xie))
	}
	zone := PersonID("谢某生", "岳阳经开区")
	if g.Node(zone) == nil {
		t.Fatalf("no node %s; have %v", zone, xie)
	}
	var toBody int
	for _, e := range g.Edges() {
		if e.Source == zone && e.Type == Holds {
			if e.Target == BodyID("岳阳经开区管委会") {
				toBody++
				if e.Weight() != 2 {
					t.Errorf("short and long body names: weight %d, want 2 documents", e.Weight())
				}
			}
			if e.Target == BodyID("岳阳市委") && len(e.Roles) != 1 {
				t.Errorf("市委 roles %v", e.Roles)
			}
		}
	}
	if toBody != 1 {
		t.Errorf("%d holds edges to 岳阳经开区管委会, want 1", toBody)
	}
	// Two documents' unqualified 镇党委 are two bodies.
	local := 0
	for _, n := range g.Nodes() {
		if n.Type == Body && n.Label == "镇党委" {
			local++
		}
	}
	if local != 2 {
		t.Errorf("镇党委 of two unrelated articles: %d nodes, want 2", local)
	}
}

func TestResolveIndependentOfOrder(t *testing.T) {
	a := build(t, []int{0, 1, 2, 3, 4, 5})
	b := build(t, []int{5, 3, 2, 1, 0, 4})
	ids := func(g *Graph) (s []string) {
		for _, n := range g.Nodes() {
			s = append(s, n.ID)
		}
		for _, e := range g.Edges() {
			s = append(s, e.Source+">"+e.Target+":"+Join(e.Roles))
		}
		return s
	}
	x, y := ids(a), ids(b)
	if len(x) != len(y) {
		t.Fatalf("%d vs %d nodes and edges", len(x), len(y))
	}
	for i := range x {
		if x[i] != y[i] && x[i][:min(len(x[i]), 20)] != y[i][:min(len(y[i]), 20)] {
			t.Errorf("differs: %s vs %s", x[i], y[i])
		}
	}
}

func TestAnalyze(t *testing.T) {
	g := build(t, []int{0, 1, 2, 3, 4, 5})
	a := g.Analyze()
	if a.Nodes != len(g.Nodes()) || a.Sampled != 0 || a.Communities == 0 {
		t.Errorf("analysis %+v", a)
	}
	for _, n := range g.Nodes() {
		for _, k := range []string{"degree", "pagerank", "betweenness", "community"} {
			if n.Attrs[k] == "" {
				t.Fatalf("%s lacks %s", n.ID, k)
			}
		}
	}
	// The exact and the sampled estimate agree when every node is a source.
	ix := g.index()
	u := g.undirected(ix)
	est := sampledBetweenness(u, len(ix.ids), len(ix.ids))
	for i, id := range ix.ids {
		want, _ := strconv.ParseFloat(g.Node(id).Attrs["betweenness"], 64)
		if d := est[int64(i)] - want; d > 1e-3*(1+want) || -d > 1e-3*(1+want) {
			t.Errorf("%s: sampled betweenness %v, exact %v", id, est[int64(i)], want)
		}
	}
	p := g.ShortestPath(PersonID("谢某生", "岳阳经开区"), BodyID("岳阳经开区管委会"))
	if len(p) != 2 {
		t.Errorf("path %v", p)
	}
}

func TestEvidenceIsCapped(t *testing.T) {
	g := New()
	r := extract(t, "x", articles[0].text)
	for i := 0; i < 3*DefaultMaxEvidence; i++ {
		r.Doc = "doc" + strconv.Itoa(i)
		g.Add(r)
	}
	e := g.edges[[2]string{PersonID("谢某生", "岳阳经开区"), BodyID("岳阳经开区管委会")}]
	if e == nil || e.Weight() != 3*DefaultMaxEvidence || len(e.Evidence) != DefaultMaxEvidence || e.FirstSeen() != "2023-03-01" {
		t.Errorf("edge %+v", e)
	}
}

// The dominikbraun store follows merges.
func TestStoreMatchesAfterResolve(t *testing.T) {
	g := build(t, []int{0, 1, 2, 3, 4, 5})
	n, _ := g.Store().Order()
	m, _ := g.Store().Size()
	if n != len(g.nodes) || m != len(g.edges) {
		t.Errorf("store has %d nodes and %d edges, graph %d and %d", n, m, len(g.nodes), len(g.edges))
	}
}
