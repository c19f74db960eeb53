package synth

import (
	"os"
	"runtime"
	"strconv"
	"sync"
	"testing"
	"time"

	"github.com/orggraph/orggraph/graph"
	"github.com/orggraph/orggraph/ner"
)

func build(t testing.TB, arts []Article) (*graph.Graph, func(doc, name string) string) {
	x, err := ner.New(ner.Config{})
	if err != nil {
		t.Fatal(err)
	}
	defer x.Close()
	results := make([]*ner.Result, len(arts))
	var wg sync.WaitGroup
	next := make(chan int)
	for w := 0; w < runtime.GOMAXPROCS(0); w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range next {
				results[i] = x.Extract(ner.Document{ID: arts[i].ID, Src: []byte(arts[i].Text)})
			}
		}()
	}
	g := graph.New()
	for i := range arts {
		next <- i
	}
	close(next)
	wg.Wait()
	for _, r := range results {
		g.Add(r)
	}
	g.Resolve()
	byDoc := map[string]*ner.Result{}
	for _, r := range results {
		byDoc[r.Doc] = r
	}
	return g, func(doc, name string) string { return g.PersonNode(byDoc[doc], name) }
}

// TestRecoversGroundTruth builds a graph from generated articles and
// compares it with the truth: merges and posts.
func TestRecoversGroundTruth(t *testing.T) {
	n, counties := 600, 40
	if s := os.Getenv("ORGGRAPH_SYNTH_N"); s != "" {
		// A scale run: ORGGRAPH_SYNTH_N=100000 go test ./internal/synth -run Recovers -v
		n, _ = strconv.Atoi(s)
		counties = max(40, n/250)
	}
	arts, truth, err := Generate(1, n, counties)
	if err != nil {
		t.Fatal(err)
	}
	start := time.Now()
	g, node := build(t, arts)
	took := time.Since(start)
	sc := Evaluate(g, arts, truth, node)
	var ms runtime.MemStats
	runtime.ReadMemStats(&ms)
	t.Logf("%d articles, %d counties: %d nodes in %v (heap %d MB); merge P %.4f R %.4f; holds P %.4f R %.4f of %d",
		n, counties, sc.Nodes, took.Round(time.Millisecond), ms.HeapAlloc>>20, sc.MergeP, sc.MergeR, sc.HoldsP, sc.HoldsR, sc.TrueHolds)
	if sc.MergeP < 0.99 || sc.MergeR < 0.99 {
		t.Errorf("merge precision %.4f recall %.4f, want >= 0.99", sc.MergeP, sc.MergeR)
	}
	if sc.HoldsR < 0.95 || sc.HoldsP < 0.95 {
		t.Errorf("holds precision %.4f recall %.4f, want >= 0.95", sc.HoldsP, sc.HoldsR)
	}
}

func TestGenerateDeterministic(t *testing.T) {
	a, _, _ := Generate(7, 50, 10)
	b, _, _ := Generate(7, 50, 10)
	for i := range a {
		if a[i].Text != b[i].Text {
			t.Fatalf("article %d differs between runs", i)
		}
	}
}
