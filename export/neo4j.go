package export

import (
	"encoding/csv"
	"io"
	"os"
	"path/filepath"
	"strings"

	"github.com/orggraph/orggraph/graph"
	"github.com/orggraph/orggraph/internal/atomicfile"
)

// Neo4j files written by Neo4jCSV.
const (
	Neo4jNodes         = "nodes.csv"
	Neo4jRelationships = "relationships.csv"
)

var neo4jLabel = map[string]string{graph.Person: "Person", graph.Body: "Body", graph.Place: "Place", graph.Event: "Event"}
var neo4jType = map[string]string{tString: "string", tInt: "int", tDouble: "double", tBool: "boolean"}

// neo4jArray joins list values with ';', Neo4j's array delimiter
// (a ';' inside a value becomes '；').
func neo4jArray(xs []string) string {
	out := make([]string, len(xs))
	for i, x := range xs {
		out[i] = strings.ReplaceAll(x, ";", "；")
	}
	return strings.Join(out, ";")
}

// Neo4jCSV writes g as the two files of Neo4j's bulk importer to the
// writers: nodes (id:ID, attributes, :LABEL) and relationships
// (:START_ID, :END_ID, :TYPE, roles and acts as string arrays, weight:int,
// dates, evidence, sentence). Import with
//
//	neo4j-admin database import full --nodes=nodes.csv --relationships=relationships.csv neo4j
func Neo4jCSV(nodesW, relsW io.Writer, g *graph.Graph) error {
	keys := nodeKeys(g)
	nw := csv.NewWriter(nodesW)
	head := []string{"id:ID"}
	for _, k := range keys {
		head = append(head, k.key+":"+neo4jType[k.typ])
	}
	head = append(head, ":LABEL")
	_ = nw.Write(head)
	for _, n := range g.Nodes() {
		row := []string{n.ID}
		for _, k := range keys {
			row = append(row, nodeValue(n, k.key))
		}
		label := neo4jLabel[n.Type]
		if label == "" {
			label = "Node"
		}
		_ = nw.Write(append(row, label))
	}
	nw.Flush()
	if err := nw.Error(); err != nil {
		return err
	}
	rw := csv.NewWriter(relsW)
	_ = rw.Write([]string{":START_ID", ":END_ID", ":TYPE", "roles:string[]", "acts:string[]", "weight:int",
		"first_seen", "last_seen", "start", "end", "evidence", "sentence", "evidence_json"})
	for _, e := range g.Edges() {
		v := edgeValues(e)
		val := func(k string) string {
			for _, a := range v {
				if a.key == k {
					return a.val
				}
			}
			return ""
		}
		_ = rw.Write([]string{e.Source, e.Target, strings.ToUpper(e.Type), neo4jArray(e.Roles), neo4jArray(e.Acts),
			val("weight"), val("first_seen"), val("last_seen"), val("start"), val("end"), val("evidence"), val("sentence"), val("evidence_json")})
	}
	rw.Flush()
	return rw.Error()
}

// Neo4jDir writes the Neo4j files into dir, creating it if needed. Each
// file is written to a temporary name and renamed, so no half-written
// file is left behind.
func Neo4jDir(dir string, g *graph.Graph) error {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return err
	}
	var nodes, rels strings.Builder
	if err := Neo4jCSV(&nodes, &rels, g); err != nil {
		return err
	}
	for _, f := range []struct{ name, body string }{{Neo4jNodes, nodes.String()}, {Neo4jRelationships, rels.String()}} {
		err := atomicfile.Write(filepath.Join(dir, f.name), func(w io.Writer) error {
			_, err := io.WriteString(w, f.body)
			return err
		})
		if err != nil {
			return err
		}
	}
	return nil
}
