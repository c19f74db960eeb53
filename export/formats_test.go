package export

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"encoding/xml"
	"math"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/orggraph/orggraph/graph"
	"github.com/orggraph/orggraph/internal/synth"
	"github.com/orggraph/orggraph/ner"
)

// python returns /usr/bin/python3 if it has the modules, else skips (or
// fails under CI).
func python(t *testing.T, modules string) string {
	py := "/usr/bin/python3"
	if err := exec.Command(py, "-c", "import "+modules).Run(); err != nil {
		if os.Getenv("CI") != "" {
			t.Fatalf("/usr/bin/python3 cannot import %s: %v", modules, err)
		}
		t.Skipf("/usr/bin/python3 cannot import %s", modules)
	}
	return py
}

func writeFile(t *testing.T, name string, data []byte) string {
	p := filepath.Join(t.TempDir(), name)
	if err := os.WriteFile(p, data, 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

func TestEveryFormatDeterministic(t *testing.T) {
	gr := sample(t)
	for name, f := range Formats {
		for _, o := range []Options{{}, {YEd: true, Clusters: true}} {
			a := write(t, func(b *bytes.Buffer) error { return f(b, gr, o) })
			b := write(t, func(b *bytes.Buffer) error { return f(b, gr, o) })
			if !bytes.Equal(a, b) {
				t.Errorf("%s: output differs between two runs", name)
			}
			if !bytes.Contains(a, []byte("谢春生")) {
				t.Errorf("%s: output lacks 谢春生", name)
			}
		}
	}
}

func TestGraphMLReadBackLossless(t *testing.T) {
	for _, o := range []Options{{}, {YEd: true}} {
		a := write(t, func(b *bytes.Buffer) error { return GraphML(b, sample(t), Options{}) })
		src := write(t, func(b *bytes.Buffer) error { return GraphML(b, sample(t), o) })
		g2, err := ReadGraphML(bytes.NewReader(src))
		if err != nil {
			t.Fatal(err)
		}
		b := write(t, func(b *bytes.Buffer) error { return GraphML(b, g2, Options{}) })
		if !bytes.Equal(a, b) {
			t.Errorf("yed=%v: GraphML written, read and written again differs", o.YEd)
		}
	}
	g2, _ := ReadGraphML(bytes.NewReader(write(t, func(b *bytes.Buffer) error { return GraphML(b, sample(t), Options{}) })))
	var held bool
	for _, e := range g2.Edges() {
		if e.Type == graph.Holds && e.Source == graph.PersonID("谢春生", "岳阳经开区") {
			held = len(e.Evidence) > 0 && e.Evidence[0].Sentence != "" && e.Evidence[0].End > e.Evidence[0].Start
		}
	}
	if !held {
		t.Error("read-back graph lost 谢春生's holds edge or its evidence")
	}
	for _, bad := range []string{"", "<graphml>", `<graphml><graph><edge source="a" target="b"/></graph></graphml>`} {
		if _, err := ReadGraphML(strings.NewReader(bad)); err == nil {
			t.Errorf("ReadGraphML(%q) gave no error", bad)
		}
	}
}

func TestGraphMLYEdLoads(t *testing.T) {
	py := python(t, "networkx")
	p := writeFile(t, "y.graphml", write(t, func(b *bytes.Buffer) error { return GraphML(b, sample(t), Options{YEd: true}) }))
	out, err := exec.Command(py, "-c", `
import sys, networkx as nx
g = nx.read_graphml(sys.argv[1])
assert "谢春生" in {d["label"] for _, d in g.nodes(data=True)}
print("ok")`, p).CombinedOutput()
	if err != nil {
		t.Fatalf("networkx on --yed GraphML: %v\n%s", err, out)
	}
	if err := xml.Unmarshal(write(t, func(b *bytes.Buffer) error { return GraphML(b, sample(t), Options{YEd: true}) }), new(struct{})); err != nil {
		t.Fatal(err)
	}
}

func TestGEXF(t *testing.T) {
	src := write(t, func(b *bytes.Buffer) error { return GEXF(b, sample(t), Options{}) })
	var doc struct {
		XMLName xml.Name
		Version string `xml:"version,attr"`
		Graph   struct {
			Mode  string `xml:"mode,attr"`
			Nodes []struct {
				ID    string `xml:"id,attr"`
				Label string `xml:"label,attr"`
				Start string `xml:"start,attr"`
			} `xml:"nodes>node"`
			Edges []struct {
				Source string `xml:"source,attr"`
				Target string `xml:"target,attr"`
				Start  string `xml:"start,attr"`
			} `xml:"edges>edge"`
		} `xml:"graph"`
	}
	if err := xml.Unmarshal(src, &doc); err != nil {
		t.Fatalf("GEXF does not parse: %v", err)
	}
	if doc.XMLName.Space != "http://www.gexf.net/1.2draft" || doc.Version != "1.2" || doc.Graph.Mode != "dynamic" {
		t.Errorf("not a dynamic GEXF 1.2draft document: %v %q %q", doc.XMLName, doc.Version, doc.Graph.Mode)
	}
	src13 := write(t, func(b *bytes.Buffer) error { return GEXF(b, sample(t), Options{GEXF13: true}) })
	if !bytes.Contains(src13, []byte(`xmlns="http://gexf.net/1.3"`)) || !bytes.Contains(src13, []byte(`version="1.3"`)) {
		t.Error("Options.GEXF13 does not write GEXF 1.3")
	}
	ids := map[string]string{}
	for _, n := range doc.Graph.Nodes {
		ids[n.ID] = n.Start
	}
	if ids[graph.PersonID("谢春生", "岳阳经开区")] != "2022-05-26" {
		t.Errorf("谢春生 does not start on the article's date: %q", ids[graph.PersonID("谢春生", "岳阳经开区")])
	}
	for _, e := range doc.Graph.Edges {
		if _, ok := ids[e.Source]; !ok {
			t.Errorf("edge from unknown node %s", e.Source)
		}
	}
	// networkx reads the file as written (attributes, types, dynamics,
	// viz).
	py := python(t, "networkx")
	p := writeFile(t, "g.gexf", src)
	out, err := exec.Command(py, "-c", `
import sys, networkx as nx
g = nx.read_gexf(sys.argv[1])
labels = {d["label"] for _, d in g.nodes(data=True)}
assert "谢春生" in labels, labels
assert any(d.get("type") == "person" for _, d in g.nodes(data=True))
assert all(isinstance(d["weight"], float) for _, _, d in g.edges(data=True))
print("ok")`, p).CombinedOutput()
	if err != nil {
		t.Fatalf("networkx on GEXF: %v\n%s", err, out)
	}
}

func TestCytoscapeJSON(t *testing.T) {
	src := write(t, func(b *bytes.Buffer) error { return Cytoscape(b, sample(t), Options{}) })
	var doc struct {
		Elements struct {
			Nodes []struct{ Data map[string]any } `json:"nodes"`
			Edges []struct{ Data map[string]any } `json:"edges"`
		} `json:"elements"`
	}
	if err := json.Unmarshal(src, &doc); err != nil {
		t.Fatal(err)
	}
	ids := map[any]bool{}
	found := false
	for _, n := range doc.Elements.Nodes {
		ids[n.Data["id"]] = true
		found = found || n.Data["label"] == "谢春生"
	}
	if !found {
		t.Error("no node labelled 谢春生")
	}
	for _, e := range doc.Elements.Edges {
		if !ids[e.Data["source"]] || !ids[e.Data["target"]] || e.Data["id"] == nil {
			t.Errorf("edge with a dangling end or no id: %v", e.Data)
		}
	}
}

func TestNeo4jCSV(t *testing.T) {
	var nodes, rels bytes.Buffer
	if err := Neo4jCSV(&nodes, &rels, sample(t)); err != nil {
		t.Fatal(err)
	}
	nr, err := csv.NewReader(&nodes).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	rr, err := csv.NewReader(&rels).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	if nr[0][0] != "id:ID" || nr[0][len(nr[0])-1] != ":LABEL" {
		t.Errorf("nodes header %v", nr[0])
	}
	if strings.Join(rr[0][:3], ",") != ":START_ID,:END_ID,:TYPE" {
		t.Errorf("relationships header %v", rr[0])
	}
	ids := map[string]bool{}
	names := false
	for _, r := range nr[1:] {
		ids[r[0]] = true
		names = names || r[1] == "谢春生"
	}
	if !names {
		t.Error("nodes.csv lacks 谢春生")
	}
	for _, r := range rr[1:] {
		if !ids[r[0]] || !ids[r[1]] {
			t.Errorf("relationship with unknown end: %v", r[:3])
		}
	}
	dir := filepath.Join(t.TempDir(), "neo")
	if err := Neo4jDir(dir, sample(t)); err != nil {
		t.Fatal(err)
	}
	ents, _ := os.ReadDir(dir)
	if len(ents) != 2 {
		t.Errorf("Neo4jDir wrote %d files, want 2", len(ents))
	}
}

// chromium returns Debian's chromium, or skips (fails under CI).
func chromium(t *testing.T) string {
	for _, name := range []string{"chromium", "chromium-browser"} {
		if p, err := exec.LookPath(name); err == nil {
			return p
		}
	}
	return tool(t, "chromium")
}

// headless runs the page at path in headless Chromium and returns its DOM
// once its scripts ran.
func headless(t *testing.T, path string, flags ...string) []byte {
	t.Helper()
	args := append([]string{"--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
		"--no-first-run", "--user-data-dir=" + t.TempDir(), "--virtual-time-budget=8000", "--dump-dom"}, flags...)
	cmd := exec.Command(chromium(t), append(args, "file://"+path)...)
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	dom, err := cmd.Output()
	if err != nil {
		t.Fatalf("chromium: %v\n%s", err, stderr.String())
	}
	return dom
}

// drawn returns the labels the view says sigma drew.
func drawn(dom []byte) string {
	m := regexp.MustCompile(`<ul id="drawn">(.*?)</ul>`).FindSubmatch(dom)
	if m == nil {
		return ""
	}
	return string(m[1])
}

func TestHTMLViewInChromium(t *testing.T) {
	page := write(t, func(b *bytes.Buffer) error { return HTML(b, sample(t), Options{}) })
	// Nothing may come from the network: a CSP that forbids it, and, in
	// the page's own markup and script (the embedded libraries aside), no
	// reference to anything an element or a script could load.
	if !bytes.Contains(page, []byte(`Content-Security-Policy" content="default-src 'none'`)) {
		t.Error("the page lacks its Content-Security-Policy")
	}
	if m := regexp.MustCompile(`(?i)src\s*=|url\(|@import|https?://|fetch\(|XMLHttpRequest|<link`).Find(viewHTML); m != nil {
		t.Errorf("the page refers to something it could load: %q", m)
	}
	for _, lic := range []string{"Alexis Jacomy", "Guillaume Plique"} {
		if !bytes.Contains(page, []byte(lic)) {
			t.Errorf("the page lacks the license naming %s", lic)
		}
	}
	// The sample is written in traditional characters: its evidence shows
	// them as written.
	if !bytes.Contains(page, []byte("書記")) {
		t.Error("the view lost the sentence as written (書記)")
	}
	dom := headless(t, writeFile(t, "view.html", page))
	// The names must be among the labels sigma drew, not only in the data.
	for _, name := range []string{"谢春生", "文春方"} {
		if !strings.Contains(drawn(dom), "<li>"+name+"</li>") {
			t.Errorf("the rendered page does not draw %s: %s", name, drawn(dom))
		}
	}
	if !bytes.Contains(dom, []byte("19 of 19 nodes shown")) {
		t.Error("the page did not count its nodes: did the script run?")
	}
	// Without WebGL, the page still draws (a plain canvas).
	dom = headless(t, writeFile(t, "view.html", page), "--disable-webgl")
	if !bytes.Contains(dom, []byte("data-fallback=")) || !strings.Contains(drawn(dom), "<li>谢春生</li>") {
		t.Errorf("without WebGL the page draws nothing: %s", drawn(dom))
	}
}

// TestHTMLViewClickShowsEvidence opens the view of about 500 nodes in
// Chromium, checks that labels are drawn, clicks a person where sigma
// drew it and reads the panel: the person's post and its evidence.
func TestHTMLViewClickShowsEvidence(t *testing.T) {
	g := synthGraph(t, 470)
	if n := len(g.Nodes()); n < 450 || n > 700 {
		t.Fatalf("%d nodes, want about 500", n)
	}
	// The most connected person whose post has evidence among those drawn
	// with no other node near, so that a click there can only mean it.
	v := view(g)
	at := map[string][2]float64{}
	for _, n := range v.Nodes {
		at[n[0].(string)] = [2]float64{n[5].(float64), n[6].(float64)}
	}
	clear := func(id string) float64 {
		best := math.Inf(1)
		for o, q := range at {
			if o != id {
				best = min(best, math.Hypot(q[0]-at[id][0], q[1]-at[id][1]))
			}
		}
		return best
	}
	deg := map[string]int{}
	for _, e := range g.Edges() {
		deg[e.Source]++
		deg[e.Target]++
	}
	var person *graph.Node
	var ev graph.Evidence
	for _, e := range g.Edges() {
		if e.Type == graph.Holds && len(e.Evidence) > 0 && g.Node(e.Source).Type == graph.Person && clear(e.Source) >= 8 &&
			(person == nil || deg[e.Source] > deg[person.ID]) {
			person, ev = g.Node(e.Source), e.Evidence[0]
		}
	}
	if person == nil {
		t.Fatal("no person drawn apart from the others")
	}
	page := write(t, func(b *bytes.Buffer) error { return HTML(b, g, Options{}) })
	// A click where the person is drawn, once the page drew.
	click := `<script>
window.addEventListener("load", function () { setTimeout(function () {
  // Zoom on the person as a user would, then click where it is drawn.
  var id = ` + strconv.Quote(person.ID) + `, k = null;
  graph.forEachNode(function (n, a) { if (a.id === id) { k = n; } });
  var d = renderer.getNodeDisplayData(k);
  renderer.getCamera().setState({ x: d.x, y: d.y, ratio: 0.1 });
  renderer.refresh();
  var p = window.orggraph.viewport(id);
  var c = container.querySelector(".sigma-mouse") || container;
  var r = c.getBoundingClientRect();
  ["mousemove", "mousedown", "mouseup", "click"].forEach(function (type) {
    c.dispatchEvent(new MouseEvent(type, { bubbles: true, cancelable: true, clientX: r.left + p.x, clientY: r.top + p.y, button: 0 }));
  });
  document.body.setAttribute("data-clicked", p.x + "," + p.y + " " + r.left + "," + r.top + " " + c.className);
}, 300); });
</script></body>`
	page = bytes.Replace(page, []byte("</body>"), []byte(click), 1)
	path := writeFile(t, "view.html", page)
	if keep := os.Getenv("ORGGRAPH_KEEP_VIEW"); keep != "" {
		os.WriteFile(keep, page, 0o644) // to look at it when this fails
	}
	dom := headless(t, path)
	if strings.Count(drawn(dom), "<li>") < 10 {
		t.Errorf("few labels drawn: %s", drawn(dom))
	}
	m := regexp.MustCompile(`(?s)<div id="info">(.*?)</div>\s*<ul id="drawn">`).FindSubmatch(dom)
	if m == nil || !bytes.Contains(m[1], []byte("<h2>"+person.Label+"</h2>")) {
		t.Fatalf("clicking %s did not show it: %.600s\n%s", person.ID, m, regexp.MustCompile(`data-clicked="[^"]*"|data-rendered="[^"]*"`).FindAll(dom, -1))
	}
	if !bytes.Contains(m[1], []byte(ev.Sentence[:min(len(ev.Sentence), 30)])) {
		t.Errorf("the panel lacks the evidence %q: %.1500s", ev.Sentence, m[1])
	}
}

// synthGraph builds a graph from n generated articles.
func synthGraph(t *testing.T, n int) *graph.Graph {
	arts, _, err := synth.Generate(3, n, 12)
	if err != nil {
		t.Fatal(err)
	}
	x, err := ner.New(ner.Config{})
	if err != nil {
		t.Fatal(err)
	}
	defer x.Close()
	g := graph.New()
	for _, a := range arts {
		g.Add(x.Extract(ner.Document{ID: "/corpus/" + a.ID + ".txt", Src: []byte(a.Text)}))
	}
	g.Resolve()
	return g
}

// TestCytoscapeJSONInCytoscapeJS loads the JSON into cytoscape.js itself
// (the npm package, fetched by .ci/run and named by ORGGRAPH_CYTOSCAPE_JS)
// in headless Chromium, and reads the labels back from the library.
func TestCytoscapeJSONInCytoscapeJS(t *testing.T) {
	lib := os.Getenv("ORGGRAPH_CYTOSCAPE_JS")
	if lib == "" {
		if os.Getenv("CI") != "" {
			t.Fatal("ORGGRAPH_CYTOSCAPE_JS is not set (.ci/run fetches cytoscape from npm)")
		}
		t.Skip("ORGGRAPH_CYTOSCAPE_JS not set")
	}
	js, err := os.ReadFile(lib)
	if err != nil {
		t.Fatal(err)
	}
	data := write(t, func(b *bytes.Buffer) error { return Cytoscape(b, sample(t), Options{}) })
	page := "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><script>" + string(js) + "</script></head><body><pre id=out></pre><script>\n" +
		"var cy = cytoscape({headless: true, elements: (" + string(data) + ").elements});\n" +
		"document.getElementById('out').textContent = 'nodes=' + cy.nodes().length + ' edges=' + cy.edges().length + ' labels=' + cy.nodes().map(function (n) { return n.data('label'); }).join('|');\n" +
		"</script></body></html>"
	p := writeFile(t, "cy.html", []byte(page))
	cmd := exec.Command(chromium(t), "--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
		"--no-first-run", "--user-data-dir="+t.TempDir(), "--virtual-time-budget=5000", "--dump-dom", "file://"+p)
	dom, err := cmd.Output()
	if err != nil {
		t.Fatalf("chromium: %v", err)
	}
	m := regexp.MustCompile(`nodes=(\d+) edges=(\d+) labels=([^<]*)`).FindSubmatch(dom)
	if m == nil {
		t.Fatalf("cytoscape.js did not load the graph:\n%.2000s", dom)
	}
	g := sample(t)
	if string(m[1]) != strconv.Itoa(len(g.Nodes())) || string(m[2]) != strconv.Itoa(len(g.Edges())) {
		t.Errorf("cytoscape.js sees %s nodes and %s edges, want %d and %d", m[1], m[2], len(g.Nodes()), len(g.Edges()))
	}
	for _, name := range []string{"谢春生", "文春方"} {
		if !bytes.Contains(m[3], []byte(name)) {
			t.Errorf("cytoscape.js labels lack %s", name)
		}
	}
}

// The co-appearance projection is undirected in every format, and
// networkx and igraph read it so.
func TestCoAppearanceUndirected(t *testing.T) {
	co := sample(t).CoAppearance()
	if len(co.Edges()) == 0 {
		t.Fatal("no co-appearance edges in the sample")
	}
	gml := write(t, func(b *bytes.Buffer) error { return GraphML(b, co, Options{}) })
	if !bytes.Contains(gml, []byte(`edgedefault="undirected"`)) {
		t.Error("GraphML not undirected")
	}
	back, err := ReadGraphML(bytes.NewReader(gml))
	if err != nil || !back.Undirected {
		t.Errorf("read back: %v, undirected %v", err, back != nil && back.Undirected)
	}
	if gexf := write(t, func(b *bytes.Buffer) error { return GEXF(b, co, Options{}) }); !bytes.Contains(gexf, []byte(`defaultedgetype="undirected"`)) {
		t.Error("GEXF not undirected")
	}
	if dot := write(t, func(b *bytes.Buffer) error { return DOT(b, co, Options{}) }); !bytes.HasPrefix(dot, []byte("graph ")) || bytes.Contains(dot, []byte(" -> ")) {
		t.Error("DOT not an undirected graph")
	}
	py := python(t, "networkx")
	p := writeFile(t, "co.graphml", gml)
	out, err := exec.Command(py, "-c", `
import sys, networkx as nx
g = nx.read_graphml(sys.argv[1])
assert not g.is_directed(), "directed"
print("ok", g.number_of_edges())`, p).CombinedOutput()
	if err != nil {
		t.Fatalf("networkx: %v\n%s", err, out)
	}
	out, err = exec.Command(python(t, "igraph"), "-c", `
import sys, igraph
g = igraph.Graph.Read_GraphML(sys.argv[1])
assert not g.is_directed(), "directed"
print("ok")`, p).CombinedOutput()
	if err != nil {
		t.Fatalf("igraph: %v\n%s", err, out)
	}
}
