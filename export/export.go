// Package export writes a graph.Graph for the programs people open graphs
// with: GraphML (networkx, igraph, Gephi, yEd), DOT (Graphviz), GEXF 1.3
// (Gephi, with a timeline), Cytoscape.js JSON, a self-contained HTML view,
// and Neo4j bulk-import CSV. ReadGraphML reads the tool's own GraphML back.
//
// Output is deterministic: nodes sorted by id, edges by source and target,
// attribute keys in a fixed order, and every value escaped, so the same
// graph gives byte-identical files. Values are scalars; lists (roles, acts,
// evidence) are joined with graph.JoinSep. Evidence offsets are byte
// offsets into the original input of the named document.
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

// Options adjust some formats; the zero value is the plain output.
type Options struct {
	// YEd adds yEd's label markup to GraphML, so yEd shows the names.
	YEd bool
	// Clusters draws, in DOT, every body that has parts as a cluster
	// holding its parts.
	Clusters bool
	// GEXF13 writes GEXF 1.3 instead of 1.2draft. 1.3 adds nothing this
	// graph uses; Gephi reads both, networkx only 1.2draft.
	GEXF13 bool
}

// Formats are the single-file writers by format name; Neo4j's two files
// are written by Neo4jDir.
var Formats = map[string]func(io.Writer, *graph.Graph, Options) error{
	"graphml": GraphML,
	"dot":     DOT,
	"gexf":    GEXF,
	"json":    Cytoscape,
	"html":    HTML,
}

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

// Attribute types, named as GraphML names them.
const (
	tString = "string"
	tInt    = "int"
	tDouble = "double"
	tBool   = "boolean"
)

// numericAttrs are node attributes with a type other than string: the
// analytics written by graph.Analyze.
var numericAttrs = map[string]string{
	"degree":      tInt,
	"in_degree":   tInt,
	"out_degree":  tInt,
	"community":   tInt,
	"pagerank":    tDouble,
	"betweenness": tDouble,
	"approximate": tBool,
}

// attr is one scalar attribute: key, type and value.
type attr struct{ key, typ, val string }

// nodeKeys lists the node attributes of g in a fixed order: label and
// type first, then the others sorted.
func nodeKeys(g *graph.Graph) []attr {
	keys := []attr{{"label", tString, ""}, {"type", tString, ""}}
	for _, k := range g.AttrKeys() {
		t := numericAttrs[k]
		if t == "" {
			t = tString
		}
		keys = append(keys, attr{k, t, ""})
	}
	return keys
}

// nodeValue returns the value of key on n.
func nodeValue(n *graph.Node, key string) string {
	switch key {
	case "label":
		return n.Label
	case "type":
		return n.Type
	}
	return n.Attrs[key]
}

// edgeKeys are the edge attributes, in order.
var edgeKeys = []attr{
	{"type", tString, ""},
	{"role", tString, ""},
	{"acts", tString, ""},
	{"weight", tInt, ""},
	{"first_seen", tString, ""},
	{"last_seen", tString, ""},
	{"start", tString, ""},
	{"end", tString, ""},
	{"evidence", tString, ""},
	{"sentence", tString, ""},
	{"evidence_json", tString, ""},
}

// evidenceJSON is one piece of evidence as written in evidence_json.
type evidenceJSON struct {
	Doc      string `json:"doc"`
	Start    int    `json:"start"`
	End      int    `json:"end"`
	Sentence string `json:"sentence,omitempty"`
	Written  string `json:"as_written,omitempty"`
	Date     string `json:"date,omitempty"`
	Status   string `json:"status,omitempty"`
}

func toEvidenceJSON(evs []graph.Evidence) []evidenceJSON {
	out := make([]evidenceJSON, len(evs))
	for i, x := range evs {
		out[i] = evidenceJSON{x.Doc, x.Start, x.End, x.Sentence, x.Written, x.Date, x.Status}
	}
	return out
}

// edgeValues returns e's attributes in edgeKeys order. evidence is
// human-readable (doc@start-end, byte offsets into the document's original
// input), sentence the first evidence sentence, evidence_json the full
// evidence as a JSON array, which ReadGraphML reads back.
func edgeValues(e *graph.Edge) []attr {
	var ev []string
	sent := ""
	for _, x := range e.Evidence {
		ev = append(ev, fmt.Sprintf("%s@%d-%d", x.Doc, x.Start, x.End))
		if sent == "" {
			sent = x.Sentence
		}
	}
	js := ""
	if len(e.Evidence) > 0 {
		b, _ := json.Marshal(toEvidenceJSON(e.Evidence))
		js = string(b)
	}
	vals := []string{e.Type, graph.Join(e.Roles), graph.Join(e.Acts), strconv.Itoa(e.Weight()),
		e.FirstSeen(), e.LastSeen(), e.Start, e.End, graph.Join(ev), sent, js}
	out := make([]attr, len(edgeKeys))
	for i, k := range edgeKeys {
		out[i] = attr{k.key, k.typ, vals[i]}
	}
	return out
}

// edgeLabel is the text drawn on an edge: the roles or the acts.
func edgeLabel(e *graph.Edge) string {
	switch e.Type {
	case graph.Holds:
		return graph.Join(e.Roles)
	case graph.Participated:
		return graph.Join(e.Acts)
	}
	return ""
}

// colours by node type, shared by every format that draws.
var typeColour = map[string]string{
	graph.Person: "#f4a259",
	graph.Body:   "#5b8cc9",
	graph.Place:  "#6ab04c",
	graph.Event:  "#9e9e9e",
}

func rgb(hex string) (r, g, b int) {
	v, _ := strconv.ParseUint(strings.TrimPrefix(hex, "#"), 16, 32)
	return int(v >> 16 & 255), int(v >> 8 & 255), int(v & 255)
}

// direction is a graph's edge default in GraphML and GEXF.
func direction(g *graph.Graph) string {
	if g.Undirected {
		return "undirected"
	}
	return "directed"
}
