package export

import (
	"io"
	"sort"
	"strings"

	"github.com/orggraph/orggraph/graph"
)

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

var nodeShape = map[string]string{
	graph.Person: "ellipse",
	graph.Body:   "box",
	graph.Place:  "house",
	graph.Event:  "note",
}

// DOT writes g in Graphviz DOT: every id quoted and escaped, a CJK font on
// graph, nodes and edges, shape and colour by node type. Holds edges are
// labelled with the roles, participation edges with the acts. With
// o.Clusters every body that has parts is drawn as a cluster around its
// own node and its parts (a body with several parents is drawn in the
// first by id).
func DOT(w io.Writer, g *graph.Graph, o Options) error {
	ew := &errWriter{w: w}
	f := dotQuote(CJKFont)
	arrow := "->"
	if g.Undirected {
		ew.printf("graph orggraph {\n")
		arrow = "--"
	} else {
		ew.printf("digraph orggraph {\n")
	}
	ew.printf("  graph [fontname=%s, rankdir=LR, charset=\"UTF-8\"];\n", f)
	ew.printf("  node [fontname=%s];\n", f)
	ew.printf("  edge [fontname=%s, fontsize=10];\n", f)
	nodeLine := func(indent string, n *graph.Node) {
		style := "filled"
		if n.Type == graph.Body {
			style = "rounded,filled"
		}
		ew.printf("%s%s [label=%s, type=%s, shape=%s, style=%s, fillcolor=%s];\n", indent,
			dotQuote(n.ID), dotQuote(n.Label), dotQuote(n.Type), nodeShape[n.Type], dotQuote(style), dotQuote(typeColour[n.Type]+"66"))
	}
	nodes := g.Nodes()
	if o.Clusters {
		parent := map[string]string{}
		children := map[string][]string{}
		for _, e := range g.Edges() {
			if e.Type != graph.PartOf || parent[e.Source] != "" {
				continue
			}
			s, t := g.Node(e.Source), g.Node(e.Target)
			if s.Type == graph.Body && t.Type == graph.Body && !reaches(parent, e.Target, e.Source) {
				parent[e.Source] = e.Target
				children[e.Target] = append(children[e.Target], e.Source)
			}
		}
		var draw func(indent string, n *graph.Node)
		draw = func(indent string, n *graph.Node) {
			kids := children[n.ID]
			if len(kids) == 0 {
				nodeLine(indent, n)
				return
			}
			sort.Strings(kids)
			ew.printf("%ssubgraph %s {\n", indent, dotQuote("cluster_"+n.ID))
			ew.printf("%s  label=%s; style=\"rounded\"; color=%s;\n", indent, dotQuote(n.Label), dotQuote(typeColour[graph.Body]))
			nodeLine(indent+"  ", n)
			for _, k := range kids {
				draw(indent+"  ", g.Node(k))
			}
			ew.printf("%s}\n", indent)
		}
		for _, n := range nodes {
			if parent[n.ID] == "" {
				draw("  ", n)
			}
		}
	} else {
		for _, n := range nodes {
			nodeLine("  ", n)
		}
	}
	for _, e := range g.Edges() {
		style := ""
		switch e.Type {
		case graph.Participated:
			style = ", style=dashed"
		case graph.PartOf:
			style = ", style=dotted, arrowhead=empty"
		}
		ew.printf("  %s %s %s [type=%s, label=%s, weight=%d%s];\n", dotQuote(e.Source), arrow, dotQuote(e.Target), dotQuote(e.Type), dotQuote(edgeLabel(e)), e.Weight(), style)
	}
	ew.printf("}\n")
	return ew.err
}

// reaches reports whether following parent links from a reaches b.
func reaches(parent map[string]string, a, b string) bool {
	for n := 0; a != "" && n < 1000; n++ {
		if a == b {
			return true
		}
		a = parent[a]
	}
	return false
}
