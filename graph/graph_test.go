package graph

import (
	"strconv"

	"gonum.org/v1/gonum/graph/network"
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
	if local := bodyNodes(g, "镇党委"); local != 2 {
		t.Errorf("镇党委 of two unrelated articles: %d nodes, want 2", local)
	}
}

// bodyNodes counts the body nodes labelled label.
func bodyNodes(g *Graph, label string) int {
	n := 0
	for _, b := range g.Nodes() {
		if b.Type == Body && b.Label == label {
			n++
		}
	}
	return n
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
	// Brandes agrees with gonum's exact betweenness, and PageRank with
	// gonum's.
	ix := g.index()
	u := newOrdered(g, ix, false)
	exact := network.Betweenness(u)
	for i, v := range brandes(u, nil) {
		if d := v - exact[int64(i)]; d > 1e-9 || -d > 1e-9 {
			t.Errorf("%s: betweenness %v, gonum %v", ix.ids[i], v, exact[int64(i)])
		}
	}
	d := newOrdered(g, ix, true).symmetric()
	want := network.PageRankSparse(d, 0.85, 1e-10)
	for i, v := range pageRank(d, 0.85, 1e-10) {
		if diff := v - want[int64(i)]; diff > 1e-6 || -diff > 1e-6 {
			t.Errorf("%s: pagerank %v, gonum %v", ix.ids[i], v, want[int64(i)])
		}
	}
	// …and it separates persons: on the directed graph, where every
	// edge leaves a person, every person ranks alike.
	ranks := map[string]bool{}
	for _, n := range g.Nodes() {
		if n.Type == Person {
			ranks[n.Attrs["pagerank"]] = true
		}
	}
	if len(ranks) < 2 {
		t.Errorf("every person has the same pagerank: %v", ranks)
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

// Past ExactBetweennessMax nodes betweenness is sampled, said so on every
// node, and close to the exact value on a graph where it is known.
func TestSampledBetweenness(t *testing.T) {
	g := New()
	n := ExactBetweennessMax + 500
	id := func(i int) string { return "body:n" + strconv.Itoa(i) }
	for i := 0; i < n; i++ {
		g.UpsertNode(id(i), Body, strconv.Itoa(i))
	}
	// A star: every path between leaves runs through the centre.
	for i := 1; i < n; i++ {
		g.UpsertEdge(id(i), id(0), PartOf)
	}
	a := g.Analyze()
	if a.Sampled == 0 || g.Node(id(1)).Attrs["approximate"] != "true" {
		t.Fatalf("analysis %+v: betweenness not marked as sampled", a)
	}
	got, _ := strconv.ParseFloat(g.Node(id(0)).Attrs["betweenness"], 64)
	want := float64(n-1) * float64(n-2) // ordered pairs of leaves
	if got < 0.9*want || got > 1.1*want {
		t.Errorf("centre betweenness %v, want about %v", got, want)
	}
}

// A career's dates bound the post it lists: since its start, until its
// end, and open where the post is held.
func TestCareerDatesBoundPosts(t *testing.T) {
	g := New()
	g.Add(extract(t, "cv", "龙某平,男,1968年4月生。\n1999.03—2008.06 茶陵县副县长\n2008.06— 茶陵县委副书记"))
	g.Resolve()
	got := map[string]string{}
	for _, e := range g.Edges() {
		if e.Type == Holds {
			got[g.Node(e.Target).Label] = e.Start + "/" + e.End
		}
	}
	if got["茶陵县政府"] != "1999-03/2008-06" || got["茶陵县委"] != "2008-06/" {
		t.Errorf("posts %v, want 茶陵县政府 1999-03/2008-06 and 茶陵县委 2008-06/", got)
	}
}

// A name padded to the width of three in one article (张　伟) and written
// plainly in another is one person of the place.
func TestPaddedNameMerges(t *testing.T) {
	g := New()
	g.Add(extract(t, "p1", "2023年3月1日,平江县召开会议。县委书记张　伟出席。"))
	g.Add(extract(t, "p2", "2023年3月9日,平江县召开会议。县委书记张伟出席。"))
	g.Resolve()
	var ids []string
	for _, n := range g.Nodes() {
		if n.Type == Person {
			ids = append(ids, n.ID)
		}
	}
	if len(ids) != 1 || ids[0] != PersonID("张伟", "平江县") {
		t.Errorf("person nodes %v, want one, %s", ids, PersonID("张伟", "平江县"))
	}
}

// A court's division written bare, in an article not about its court, is
// local to the article: every court has a 民一庭.
func TestCourtDivisionIsLocal(t *testing.T) {
	g := New()
	g.Add(extract(t, "k1", "2023年3月1日,平江县召开政法工作会议。民一庭庭长周某涛汇报工作。"))
	g.Add(extract(t, "k2", "2023年3月9日,湘阴县召开政法工作会议。民一庭庭长吴某平汇报工作。"))
	g.Resolve()
	if n := bodyNodes(g, "民一庭"); n != 2 {
		t.Errorf("民一庭 of two unrelated articles: %d nodes, want 2", n)
	}
}

// A kind of body written alone (学校, 党组, 人大) that no place qualifies is
// the document's own: two articles' are two nodes.
func TestKindOfBodyIsLocal(t *testing.T) {
	for _, kind := range []string{"学校", "党组", "人大"} {
		g := New()
		g.Add(extract(t, "a", "他回到"+kind+"继续工作。"))
		g.Add(extract(t, "b", "她也去了"+kind+"开会。"))
		g.Resolve()
		if n := bodyNodes(g, kind); n != 2 {
			t.Errorf("%s of two unrelated articles: %d nodes, want 2", kind, n)
		}
	}
}
