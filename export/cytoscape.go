package export

import (
	"encoding/json"
	"io"
	"strconv"

	"github.com/orggraph/orggraph/graph"
)

// cyJSON is the graph in Cytoscape.js's elements format.
type cyJSON struct {
	Elements struct {
		Nodes []cyElem `json:"nodes"`
		Edges []cyElem `json:"edges"`
	} `json:"elements"`
}

type cyElem struct {
	Data map[string]any `json:"data"`
}

func cytoscape(g *graph.Graph) *cyJSON {
	out := &cyJSON{}
	keys := nodeKeys(g)
	out.Elements.Nodes = []cyElem{}
	out.Elements.Edges = []cyElem{}
	for _, n := range g.Nodes() {
		d := map[string]any{"id": n.ID}
		for _, k := range keys {
			if v := nodeValue(n, k.key); v != "" {
				d[k.key] = typed(k.typ, v)
			}
		}
		out.Elements.Nodes = append(out.Elements.Nodes, cyElem{d})
	}
	for i, e := range g.Edges() {
		d := map[string]any{
			"id": "e" + strconv.Itoa(i), "source": e.Source, "target": e.Target,
			"type": e.Type, "label": edgeLabel(e), "weight": e.Weight(),
			"evidence": toEvidenceJSON(e.Evidence),
		}
		if len(e.Roles) > 0 {
			d["roles"] = e.Roles
		}
		if len(e.Acts) > 0 {
			d["acts"] = e.Acts
		}
		for k, v := range map[string]string{"first_seen": e.FirstSeen(), "last_seen": e.LastSeen(), "start": e.Start, "end": e.End} {
			if v != "" {
				d[k] = v
			}
		}
		out.Elements.Edges = append(out.Elements.Edges, cyElem{d})
	}
	return out
}

// typed turns a numeric or boolean attribute into a JSON number or bool.
func typed(t, v string) any {
	switch t {
	case tInt, tDouble:
		if f, err := strconv.ParseFloat(v, 64); err == nil {
			return f
		}
	case tBool:
		return v == "true"
	}
	return v
}

// Cytoscape writes g as Cytoscape.js JSON ({"elements": {"nodes": [...],
// "edges": [...]}}), which cytoscape.js takes as it is and Cytoscape
// Desktop imports. Node data: id, label, type and attributes; edge data:
// id, source, target, type, label, weight, roles, acts, dates and the
// evidence as a list of {doc, start, end, sentence, date}.
func Cytoscape(w io.Writer, g *graph.Graph, o Options) error {
	b, err := json.MarshalIndent(cytoscape(g), "", " ")
	if err != nil {
		return err
	}
	_, err = w.Write(append(b, '\n'))
	return err
}
