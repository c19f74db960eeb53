package export

import (
	"io"
	"strings"

	"github.com/orggraph/orggraph/graph"
)

var gexfType = map[string]string{tString: "string", tInt: "integer", tDouble: "double", tBool: "boolean"}

// GEXF writes g as GEXF 1.2draft, which Gephi and networkx both read (or
// GEXF 1.3 with Options.GEXF13): a dynamic directed graph whose
// edges carry start and end dates, so Gephi's timeline plays appointments
// over time. A holds edge starts at its stated appointment date or else
// its first evidence date, and ends at a stated removal; a participation
// edge lasts the meeting's day; a node starts with its earliest edge
// (events last their day). Undated items are always visible. Nodes carry
// their attributes and a colour by type (viz:color); edges a label (roles
// or acts), the weight (supporting documents) and the edge attributes.
func GEXF(w io.Writer, g *graph.Graph, o Options) error {
	ew := &errWriter{w: w}
	ew.printf("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
	if o.GEXF13 {
		ew.printf("<gexf xmlns=\"http://gexf.net/1.3\" xmlns:viz=\"http://gexf.net/1.3/viz\" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" xsi:schemaLocation=\"http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd\" version=\"1.3\">\n")
	} else {
		ew.printf("<gexf xmlns=\"http://www.gexf.net/1.2draft\" xmlns:viz=\"http://www.gexf.net/1.2draft/viz\" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" xsi:schemaLocation=\"http://www.gexf.net/1.2draft http://www.gexf.net/1.2draft/gexf.xsd\" version=\"1.2\">\n")
	}
	ew.printf("  <meta>\n    <creator>orggraph</creator>\n    <description>officials, roles and bodies read from news articles</description>\n  </meta>\n")
	if o.GEXF13 {
		ew.printf("  <graph defaultedgetype=\"%s\" mode=\"dynamic\" timeformat=\"date\" timerepresentation=\"interval\">\n", direction(g))
	} else {
		ew.printf("  <graph defaultedgetype=\"%s\" mode=\"dynamic\" timeformat=\"date\">\n", direction(g))
	}
	keys := nodeKeys(g)[1:] // the label is the node's own label
	ew.printf("    <attributes class=\"node\" mode=\"static\">\n")
	for _, k := range keys {
		ew.printf("      <attribute id=\"%s\" title=\"%s\" type=\"%s\"/>\n", xmlEscape(k.key), xmlEscape(k.key), gexfType[k.typ])
	}
	ew.printf("    </attributes>\n")
	ew.printf("    <attributes class=\"edge\" mode=\"static\">\n")
	for _, k := range edgeKeys {
		ew.printf("      <attribute id=\"%s\" title=\"%s\" type=\"%s\"/>\n", k.key, k.key, gexfType[k.typ])
	}
	ew.printf("    </attributes>\n")

	edges := g.Edges()
	nodeStart := map[string]string{}
	span := func(e *graph.Edge) (string, string) {
		if e.Type == graph.Participated {
			d := e.FirstSeen()
			return d, d
		}
		s := e.Start
		if s == "" {
			s = e.FirstSeen()
		}
		return s, e.End
	}
	for _, e := range edges {
		s, _ := span(e)
		if s == "" {
			continue
		}
		for _, id := range []string{e.Source, e.Target} {
			if nodeStart[id] == "" || s < nodeStart[id] {
				nodeStart[id] = s
			}
		}
	}
	interval := func(s, e string) string {
		var b strings.Builder
		if s != "" {
			b.WriteString(" start=\"" + xmlEscape(s) + "\"")
		}
		if e != "" && e >= s {
			b.WriteString(" end=\"" + xmlEscape(e) + "\"")
		}
		return b.String()
	}

	ew.printf("    <nodes>\n")
	for _, n := range g.Nodes() {
		s, e := nodeStart[n.ID], ""
		if n.Type == graph.Event && n.Attrs["date"] != "" {
			s, e = n.Attrs["date"], n.Attrs["date"]
		}
		ew.printf("      <node id=\"%s\" label=\"%s\"%s>\n", xmlEscape(n.ID), xmlEscape(n.Label), interval(s, e))
		ew.printf("        <attvalues>\n")
		for _, k := range keys {
			if v := nodeValue(n, k.key); v != "" {
				ew.printf("          <attvalue for=\"%s\" value=\"%s\"/>\n", xmlEscape(k.key), xmlEscape(v))
			}
		}
		ew.printf("        </attvalues>\n")
		r, gg, b := rgb(typeColour[n.Type])
		ew.printf("        <viz:color r=\"%d\" g=\"%d\" b=\"%d\"/>\n", r, gg, b)
		ew.printf("      </node>\n")
	}
	ew.printf("    </nodes>\n    <edges>\n")
	for i, e := range edges {
		s, end := span(e)
		ew.printf("      <edge id=\"e%d\" source=\"%s\" target=\"%s\" label=\"%s\" weight=\"%d\"%s>\n", i,
			xmlEscape(e.Source), xmlEscape(e.Target), xmlEscape(edgeLabel(e)), e.Weight(), interval(s, end))
		ew.printf("        <attvalues>\n")
		for _, a := range edgeValues(e) {
			if a.val != "" {
				ew.printf("          <attvalue for=\"%s\" value=\"%s\"/>\n", a.key, xmlEscape(a.val))
			}
		}
		ew.printf("        </attvalues>\n")
		ew.printf("      </edge>\n")
	}
	ew.printf("    </edges>\n  </graph>\n</gexf>\n")
	return ew.err
}
