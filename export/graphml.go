package export

import (
	"encoding/json"
	"encoding/xml"
	"fmt"
	"io"
	"strconv"
	"strings"

	"github.com/orggraph/orggraph/graph"
)

// GraphML writes g as GraphML: a directed graph with typed keys (string,
// int, double, boolean) and no graph-level keys. Nodes carry label (the
// Chinese name), type and their attributes; edges have unique ids and
// carry the attributes of edgeKeys: type, role, acts, weight (int, the
// number of supporting documents), first_seen, last_seen, start, end,
// evidence (doc@start-end), sentence and evidence_json. With o.YEd, nodes
// also carry yEd's ShapeNode markup so that yEd draws their names.
func GraphML(w io.Writer, g *graph.Graph, o Options) error {
	ew := &errWriter{w: w}
	ew.printf("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
	ew.printf("<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\"")
	if o.YEd {
		ew.printf(" xmlns:y=\"http://www.yworks.com/xml/graphml\"")
	}
	ew.printf(" xsi:schemaLocation=\"http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd\">\n")
	keys := nodeKeys(g)
	for _, k := range keys {
		ew.printf("  <key id=\"n_%s\" for=\"node\" attr.name=\"%s\" attr.type=\"%s\"/>\n", xmlEscape(k.key), xmlEscape(k.key), k.typ)
	}
	for _, k := range edgeKeys {
		ew.printf("  <key id=\"e_%s\" for=\"edge\" attr.name=\"%s\" attr.type=\"%s\"/>\n", k.key, k.key, k.typ)
	}
	if o.YEd {
		ew.printf("  <key id=\"y_node\" for=\"node\" yfiles.type=\"nodegraphics\"/>\n")
		ew.printf("  <key id=\"y_edge\" for=\"edge\" yfiles.type=\"edgegraphics\"/>\n")
	}
	ew.printf("  <graph id=\"G\" edgedefault=\"%s\">\n", direction(g))
	for _, n := range g.Nodes() {
		ew.printf("    <node id=\"%s\">\n", xmlEscape(n.ID))
		for _, k := range keys {
			if v := nodeValue(n, k.key); v != "" {
				ew.printf("      <data key=\"n_%s\">%s</data>\n", xmlEscape(k.key), xmlEscape(v))
			}
		}
		if o.YEd {
			shape := map[string]string{graph.Person: "ellipse", graph.Body: "roundrectangle", graph.Place: "hexagon", graph.Event: "rectangle"}[n.Type]
			if shape == "" {
				shape = "rectangle"
			}
			width := 30 + 14*len([]rune(n.Label))
			ew.printf("      <data key=\"y_node\"><y:ShapeNode><y:Geometry height=\"30.0\" width=\"%d.0\"/><y:Fill color=\"%s\" transparent=\"false\"/><y:NodeLabel>%s</y:NodeLabel><y:Shape type=\"%s\"/></y:ShapeNode></data>\n",
				width, strings.ToUpper(typeColour[n.Type]), xmlEscape(n.Label), shape)
		}
		ew.printf("    </node>\n")
	}
	for i, e := range g.Edges() {
		ew.printf("    <edge id=\"e%d\" source=\"%s\" target=\"%s\">\n", i, xmlEscape(e.Source), xmlEscape(e.Target))
		for _, a := range edgeValues(e) {
			if a.val != "" {
				ew.printf("      <data key=\"e_%s\">%s</data>\n", a.key, xmlEscape(a.val))
			}
		}
		if o.YEd {
			if l := edgeLabel(e); l != "" {
				ew.printf("      <data key=\"y_edge\"><y:PolyLineEdge><y:Arrows source=\"none\" target=\"standard\"/><y:EdgeLabel>%s</y:EdgeLabel></y:PolyLineEdge></data>\n", xmlEscape(l))
			}
		}
		ew.printf("    </edge>\n")
	}
	ew.printf("  </graph>\n</graphml>\n")
	return ew.err
}

// ReadGraphML reads a graph written by GraphML (with or without o.YEd)
// back: nodes with their attributes, edges with their roles, acts, dates
// and full evidence. Other GraphML files are read as far as they use the
// same attribute names: label and type on nodes (required); type, role,
// acts and evidence_json on edges. Unknown keys are ignored. A GEXF, DOT
// or other file is refused with an error that says what was expected.
func ReadGraphML(r io.Reader) (*graph.Graph, error) {
	var doc struct {
		XMLName xml.Name
		Keys    []struct {
			ID   string `xml:"id,attr"`
			For  string `xml:"for,attr"`
			Name string `xml:"attr.name,attr"`
		} `xml:"key"`
		Graphs []struct {
			EdgeDefault string `xml:"edgedefault,attr"`
			Nodes       []struct {
				ID   string     `xml:"id,attr"`
				Data []xmlDatum `xml:"data"`
			} `xml:"node"`
			Edges []struct {
				Source string     `xml:"source,attr"`
				Target string     `xml:"target,attr"`
				Data   []xmlDatum `xml:"data"`
			} `xml:"edge"`
		} `xml:"graph"`
	}
	const want = "want the GraphML that orggraph build writes (-o graph.graphml)"
	if err := xml.NewDecoder(r).Decode(&doc); err != nil {
		if err == io.EOF {
			return nil, fmt.Errorf("not XML, so not GraphML: %s", want)
		}
		return nil, fmt.Errorf("not GraphML (%v): %s", err, want)
	}
	switch doc.XMLName.Local {
	case "graphml":
	case "gexf":
		return nil, fmt.Errorf("a GEXF file, not GraphML: %s", want)
	default:
		return nil, fmt.Errorf("an XML file with root <%s>, not GraphML: %s", doc.XMLName.Local, want)
	}
	hasKey := func(name string) bool {
		for _, k := range doc.Keys {
			if k.For == "node" && k.Name == name {
				return true
			}
		}
		return false
	}
	if !hasKey("label") || !hasKey("type") {
		return nil, fmt.Errorf("GraphML without orggraph's node keys label and type: %s", want)
	}
	if len(doc.Graphs) != 1 {
		return nil, fmt.Errorf("graphml: want one graph, found %d", len(doc.Graphs))
	}
	names := map[string]string{}
	for _, k := range doc.Keys {
		if k.Name != "" {
			names[k.For+"\x00"+k.ID] = k.Name
		}
	}
	data := func(kind string, ds []xmlDatum) map[string]string {
		m := map[string]string{}
		for _, d := range ds {
			if n := names[kind+"\x00"+d.Key]; n != "" {
				m[n] = d.Value
			}
		}
		return m
	}
	g := graph.New()
	gr := doc.Graphs[0]
	g.Undirected = gr.EdgeDefault == "undirected"
	for _, n := range gr.Nodes {
		m := data("node", n.Data)
		if n.ID == "" {
			return nil, fmt.Errorf("graphml: node without id")
		}
		label := m["label"]
		if label == "" {
			label = n.ID
		}
		node := g.UpsertNode(n.ID, m["type"], label)
		for k, v := range m {
			if k != "label" && k != "type" {
				node.Attrs[k] = v
			}
		}
	}
	for i, e := range gr.Edges {
		if g.Node(e.Source) == nil || g.Node(e.Target) == nil {
			return nil, fmt.Errorf("graphml: edge %d (%s -> %s) names a node that is not in the graph", i+1, e.Source, e.Target)
		}
		m := data("edge", e.Data)
		edge := g.UpsertEdge(e.Source, e.Target, m["type"])
		edge.Roles = graph.Split(m["role"])
		edge.Acts = graph.Split(m["acts"])
		edge.Start, edge.End = m["start"], m["end"]
		edge.First, edge.Last = m["first_seen"], m["last_seen"]
		if w := m["weight"]; w != "" {
			n, err := strconv.Atoi(w)
			if err != nil {
				return nil, fmt.Errorf("graphml: edge %s -> %s: weight %q is not an integer", e.Source, e.Target, w)
			}
			edge.Docs = n
		}
		if js := m["evidence_json"]; js != "" {
			var evs []evidenceJSON
			if err := json.Unmarshal([]byte(js), &evs); err != nil {
				return nil, fmt.Errorf("graphml: edge %s -> %s: evidence_json: %v", e.Source, e.Target, err)
			}
			for _, x := range evs {
				edge.Evidence = append(edge.Evidence, graph.Evidence{Doc: x.Doc, Start: x.Start, End: x.End, Sentence: x.Sentence, Written: x.Written, Date: x.Date, Status: x.Status})
			}
		}
	}
	return g, nil
}

type xmlDatum struct {
	Key   string `xml:"key,attr"`
	Value string `xml:",chardata"`
}
