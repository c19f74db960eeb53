package export

import (
	"bytes"
	"encoding/xml"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"testing"

	"github.com/orggraph/orggraph/graph"
	"github.com/orggraph/orggraph/ner"
)

var (
	once sync.Once
	g    *graph.Graph
	gErr error
)

// sample builds the graph of the sample article once.
func sample(t *testing.T) *graph.Graph {
	once.Do(func() {
		x, err := ner.New(ner.Config{})
		if err != nil {
			gErr = err
			return
		}
		src, err := os.ReadFile("../testdata/hunan-daily-2022-05-26.txt")
		if err != nil {
			gErr = err
			return
		}
		g = graph.New()
		g.Add(x.Extract(ner.Document{ID: "hunan-daily-2022-05-26.txt", Src: src}))
	})
	if gErr != nil {
		t.Fatal(gErr)
	}
	return g
}

// tool returns the path of an external program; in CI its absence fails
// the test, elsewhere it skips.
func tool(t *testing.T, name string) string {
	p, err := exec.LookPath(name)
	if err != nil {
		if os.Getenv("CI") != "" {
			t.Fatalf("%s not installed (CI must install it: see .ci/run)", name)
		}
		t.Skipf("%s not installed", name)
	}
	return p
}

func write(t *testing.T, f func(*bytes.Buffer) error) []byte {
	var b bytes.Buffer
	if err := f(&b); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

func TestGraphMLWellFormedAndDeterministic(t *testing.T) {
	gr := sample(t)
	a := write(t, func(b *bytes.Buffer) error { return GraphML(b, gr, Options{}) })
	b := write(t, func(b *bytes.Buffer) error { return GraphML(b, gr, Options{}) })
	if !bytes.Equal(a, b) {
		t.Fatal("GraphML output differs between two runs")
	}
	var doc struct {
		Graph struct {
			Nodes []struct {
				ID   string `xml:"id,attr"`
				Data []struct {
					Key string `xml:"key,attr"`
					Val string `xml:",chardata"`
				} `xml:"data"`
			} `xml:"node"`
			Edges []struct {
				ID string `xml:"id,attr"`
			} `xml:"edge"`
		} `xml:"graph"`
	}
	if err := xml.Unmarshal(a, &doc); err != nil {
		t.Fatalf("GraphML does not parse: %v", err)
	}
	labels := map[string]bool{}
	for _, n := range doc.Graph.Nodes {
		for _, d := range n.Data {
			if d.Key == "n_label" {
				labels[d.Val] = true
			}
		}
	}
	for _, want := range []string{"谢春生", "岳阳经开区工委", "湖南省"} {
		if !labels[want] {
			t.Errorf("no node labelled %s", want)
		}
	}
	ids := map[string]bool{}
	for _, e := range doc.Graph.Edges {
		if ids[e.ID] {
			t.Errorf("duplicate edge id %s", e.ID)
		}
		ids[e.ID] = true
	}
}

func TestEscaping(t *testing.T) {
	gr := graph.New()
	gr.Add(&ner.Result{Doc: `a"b<c>&d\`, Persons: []ner.Person{{Name: `王"<&>\x`}},
		Holds: []ner.Hold{{Person: `王"<&>\x`, Role: `主"任`, OrgCanonical: `某"局\`}}})
	out := write(t, func(b *bytes.Buffer) error { return GraphML(b, gr, Options{}) })
	if err := xml.Unmarshal(out, new(struct{})); err != nil {
		t.Errorf("GraphML with quotes does not parse: %v\n%s", err, out)
	}
	dot := string(write(t, func(b *bytes.Buffer) error { return DOT(b, gr, Options{}) }))
	if !strings.Contains(dot, `"person:王\"<&>\\x@doc:a\"b<c>&d\\"`) {
		t.Errorf("DOT id not escaped:\n%s", dot)
	}
}

// TestGraphMLNetworkxIgraph loads the GraphML with the Debian packages of
// networkx and igraph (/usr/bin/python3: the python3 on PATH may be another
// interpreter without them).
func TestGraphMLNetworkxIgraph(t *testing.T) {
	py := "/usr/bin/python3"
	if _, err := os.Stat(py); err != nil {
		tool(t, "no-/usr/bin/python3")
	}
	if err := exec.Command(py, "-c", "import networkx, igraph").Run(); err != nil {
		if os.Getenv("CI") != "" {
			t.Fatalf("python3-networkx and python3-igraph are not installed: %v", err)
		}
		t.Skip("python3-networkx or python3-igraph not installed")
	}
	dir := t.TempDir()
	path := filepath.Join(dir, "g.graphml")
	if err := os.WriteFile(path, write(t, func(b *bytes.Buffer) error { return GraphML(b, sample(t), Options{}) }), 0o644); err != nil {
		t.Fatal(err)
	}
	script := `
import sys, networkx as nx, igraph as ig
g = nx.read_graphml(sys.argv[1])
labels = {d["label"] for _, d in g.nodes(data=True)}
types = {d["type"] for _, d in g.nodes(data=True)}
assert "谢春生" in labels, labels
assert {"person", "body", "place", "event"} <= types, types
assert g.is_directed()
w = [d["weight"] for _, _, d in g.edges(data=True)]
assert all(isinstance(x, int) for x in w), w
h = ig.Graph.Read_GraphML(sys.argv[1])
assert "谢春生" in h.vs["label"], h.vs["label"]
assert "type" in h.vs.attributes()
assert h.vcount() == g.number_of_nodes() and h.ecount() == g.number_of_edges()
print("ok", g.number_of_nodes(), g.number_of_edges())
`
	out, err := exec.Command(py, "-c", script, path).CombinedOutput()
	if err != nil || !strings.HasPrefix(string(out), "ok") {
		t.Fatalf("networkx/igraph: %v\n%s", err, out)
	}
}

func TestDOTRendersChinese(t *testing.T) {
	dot := tool(t, "dot")
	for _, o := range []Options{{}, {Clusters: true}} {
		src := write(t, func(b *bytes.Buffer) error { return DOT(b, sample(t), o) })
		for _, f := range []string{"svg", "png"} {
			cmd := exec.Command(dot, "-T"+f)
			cmd.Stdin = bytes.NewReader(src)
			var stderr bytes.Buffer
			cmd.Stderr = &stderr
			img, err := cmd.Output()
			if err != nil {
				t.Fatalf("dot -T%s (clusters %v): %v\n%s", f, o.Clusters, err, stderr.String())
			}
			if strings.Contains(stderr.String(), "Error") || strings.Contains(stderr.String(), "Warning") {
				t.Errorf("dot -T%s complained: %s", f, stderr.String())
			}
			switch f {
			case "svg":
				if !bytes.Contains(img, []byte("谢春生")) {
					t.Errorf("SVG lacks 谢春生")
				}
				if o.Clusters && !bytes.Contains(img, []byte(`class="cluster"`)) {
					t.Errorf("SVG with --clusters has no cluster")
				}
			case "png":
				if !bytes.HasPrefix(img, []byte("\x89PNG")) || len(img) < 10000 {
					t.Errorf("dot -Tpng wrote %d bytes, not a drawing", len(img))
				}
			}
		}
	}
}
