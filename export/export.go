// Package export writes a graph.Graph as GraphML or DOT.
//
// Output is deterministic: nodes sorted by id, edges by source and target,
// attribute keys by name, and every value escaped, so that the same input
// gives byte-identical files. Lists (roles, acts, evidence) are joined with
// graph.JoinSep.
package export

import (
	"encoding/xml"
	"fmt"
	"io"
	"strconv"
	"strings"

	"github.com/orggraph/orggraph/graph"
)

// errWriter remembers the first write error.
type errWriter struct {
	w   io.Writer
	err error
}

func (e *errWriter) printf(format string, args ...any) {
	if e.err == nil {
		_, e.err = fmt.Fprintf(e.w, format, args...)
	}
}

func xmlEscape(s string) string {
	var b strings.Builder
	_ = xml.EscapeText(&b, []byte(s))
	return b.String()
}

// edgeAttrs returns an edge's scalar attributes in a fixed order.
func edgeAttrs(e *graph.Edge) [][2]string {
	var ev, sent []string
	for _, x := range e.Evidence {
		ev = append(ev, fmt.Sprintf("%s@%d-%d", x.Doc, x.Start, x.End))
		if x.Sentence != "" && len(sent) == 0 {
			sent = append(sent, x.Sentence)
		}
	}
	return [][2]string{
		{"type", e.Type},
		{"role", graph.Join(e.Roles)},
		{"acts", graph.Join(e.Acts)},
		{"weight", strconv.Itoa(e.Weight())},
		{"evidence", graph.Join(ev)},
		{"sentence", graph.Join(sent)},
		{"first_seen", e.FirstSeen()},
		{"last_seen", e.LastSeen()},
	}
}

// GraphML writes g as GraphML: a directed graph whose nodes carry label (the
// Chinese name) and type, and whose edges carry type, role, acts, weight
// (int: supporting documents), evidence (doc@start-end byte offsets into
// the document's original input), sentence, first_seen and last_seen.
func GraphML(w io.Writer, g *graph.Graph) error {
	ew := &errWriter{w: w}
	ew.printf("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
	ew.printf("<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" xsi:schemaLocation=\"http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd\">\n")
	nodeKeys := append([]string{"label", "type"}, g.AttrKeys()...)
	for _, k := range nodeKeys {
		ew.printf("  <key id=\"n_%s\" for=\"node\" attr.name=\"%s\" attr.type=\"string\"/>\n", xmlEscape(k), xmlEscape(k))
	}
	for _, kv := range edgeAttrs(&graph.Edge{}) {
		t := "string"
		if kv[0] == "weight" {
			t = "int"
		}
		ew.printf("  <key id=\"e_%s\" for=\"edge\" attr.name=\"%s\" attr.type=\"%s\"/>\n", kv[0], kv[0], t)
	}
	ew.printf("  <graph id=\"G\" edgedefault=\"directed\">\n")
	for _, n := range g.Nodes() {
		ew.printf("    <node id=\"%s\">\n", xmlEscape(n.ID))
		ew.printf("      <data key=\"n_label\">%s</data>\n", xmlEscape(n.Label))
		ew.printf("      <data key=\"n_type\">%s</data>\n", xmlEscape(n.Type))
		for _, k := range nodeKeys[2:] {
			if v, ok := n.Attrs[k]; ok && v != "" {
				ew.printf("      <data key=\"n_%s\">%s</data>\n", xmlEscape(k), xmlEscape(v))
			}
		}
		ew.printf("    </node>\n")
	}
	for i, e := range g.Edges() {
		ew.printf("    <edge id=\"e%d\" source=\"%s\" target=\"%s\">\n", i, xmlEscape(e.Source), xmlEscape(e.Target))
		for _, kv := range edgeAttrs(e) {
			if kv[1] != "" {
				ew.printf("      <data key=\"e_%s\">%s</data>\n", kv[0], xmlEscape(kv[1]))
			}
		}
		ew.printf("    </edge>\n")
	}
	ew.printf("  </graph>\n</graphml>\n")
	return ew.err
}

// CJKFont is the font DOT output asks Graphviz for, so that Chinese labels
// are drawn (Debian: fonts-wqy-zenhei; fontconfig substitutes another CJK
// font when it is missing).
const CJKFont = "WenQuanYi Zen Hei"

// dotQuote quotes s as a DOT string.
func dotQuote(s string) string {
	var b strings.Builder
	b.WriteByte('"')
	for _, r := range s {
		switch r {
		case '"', '\\':
			b.WriteByte('\\')
			b.WriteRune(r)
		case '\n':
			b.WriteString(`\n`)
		case '\r':
		default:
			b.WriteRune(r)
		}
	}
	b.WriteByte('"')
	return b.String()
}

var nodeStyle = map[string]string{
	graph.Person: `shape=ellipse, style=filled, fillcolor="#fde2b8"`,
	graph.Body:   `shape=box, style="rounded,filled", fillcolor="#cfe3f7"`,
	graph.Place:  `shape=house, style=filled, fillcolor="#d9f0d3"`,
	graph.Event:  `shape=note, style=filled, fillcolor="#eeeeee"`,
}

// DOT writes g in Graphviz DOT, with a CJK font on graph, nodes and edges,
// and shape and colour by node type. Holds edges are labelled with the
// roles, participation edges with the acts.
func DOT(w io.Writer, g *graph.Graph) error {
	ew := &errWriter{w: w}
	f := dotQuote(CJKFont)
	ew.printf("digraph orggraph {\n")
	ew.printf("  graph [fontname=%s, rankdir=LR, charset=\"UTF-8\"];\n", f)
	ew.printf("  node [fontname=%s];\n", f)
	ew.printf("  edge [fontname=%s, fontsize=10];\n", f)
	for _, n := range g.Nodes() {
		ew.printf("  %s [label=%s, type=%s, %s];\n", dotQuote(n.ID), dotQuote(n.Label), dotQuote(n.Type), nodeStyle[n.Type])
	}
	for _, e := range g.Edges() {
		label := ""
		style := ""
		switch e.Type {
		case graph.Holds:
			label = graph.Join(e.Roles)
		case graph.Participated:
			label = graph.Join(e.Acts)
			style = ", style=dashed"
		case graph.PartOf:
			style = ", style=dotted, arrowhead=empty"
		}
		ew.printf("  %s -> %s [type=%s, label=%s, weight=%d%s];\n", dotQuote(e.Source), dotQuote(e.Target), dotQuote(e.Type), dotQuote(label), e.Weight(), style)
	}
	ew.printf("}\n")
	return ew.err
}
