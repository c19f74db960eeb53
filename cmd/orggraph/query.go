package main

import (
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"os"
	"regexp"
	"slices"
	"sort"
	"strconv"
	"strings"

	"github.com/orggraph/orggraph/export"
	"github.com/orggraph/orggraph/graph"
	"golang.org/x/text/width"
)

const queryHelp = `query --graph FILE [--json] QUERY ARGS...

Answers questions about a graph built by 'orggraph build' (its GraphML).
Names are matched against node labels (the Chinese names) or ids; an
ambiguous person name lists every candidate with its jurisdiction.

Queries:
  who ROLE [--at BODY] [--on DATE]
                         who holds ROLE (书记, 副县长…), optionally at bodies whose name
                         contains BODY, or on a day (YYYY-MM-DD)
  holders ROLE [--at BODY]
                         everyone who held ROLE over time, by date: the succession
  roles PERSON           the roles a person holds and where
  members BODY           the persons holding a role at a body (a short form such as
                         县委 lists the members of every body named so)
  path A B               a shortest chain of nodes from A to B
  neighbors NODE         every edge of a node
  top [--by pagerank|betweenness|degree] [-n N]   the most central persons, measured
                         on the undirected person–body–place–event graph
  timeline PERSON        a person's roles and meetings by date, with how each was stated
                         (appointed, removed, elected, former) and the documents

Examples:
  orggraph build corpus/ -o g.graphml
  orggraph query --graph g.graphml who 书记 --at 县委
  orggraph query --graph g.graphml holders 书记 --at 平江县委
  orggraph query --graph g.graphml who 县长 --on 2023-06-01
  orggraph query --graph g.graphml roles 谢春生
  orggraph query --graph g.graphml --json top --by pagerank -n 10`

func runQuery(args []string, stdin io.Reader, stdout, stderr io.Writer) error {
	fs := newFlagSet("query", queryHelp, stdout)
	file := fs.String("graph", "", "the graph `FILE` (GraphML written by orggraph build)")
	storePath := fs.String("store", "", "ask the store `STORE` (orggraph add) instead of a graph file")
	asJSON := fs.Bool("json", false, "print JSON for scripts instead of a table")
	at := fs.String("at", "", "who, holders: only bodies whose name contains `BODY`")
	on := fs.String("on", "", "who: only posts held on `DATE` (YYYY-MM-DD)")
	by := fs.String("by", "pagerank", "top: rank by `MEASURE`: pagerank, betweenness or degree, all computed on the undirected person–body–place–event graph")
	n := fs.Int("n", 20, "top: print `N` persons")
	rest, err := parseFlags(fs, args)
	if err == flag.ErrHelp {
		return nil
	}
	if err != nil {
		return err
	}
	// Flags may also follow the query words.
	var words []string
	for len(rest) > 0 {
		words = append(words, rest[0])
		if err := fs.Parse(rest[1:]); err != nil {
			return usageError{err.Error()}
		}
		rest = fs.Args()
	}
	if (*file == "") == (*storePath == "") {
		return usageError{"query: give --graph FILE or --store STORE"}
	}
	if len(words) == 0 {
		return usageError{"query: no query (who, roles, members, path, neighbors, top, timeline)"}
	}
	k, ok := queryArgs[words[0]]
	if !ok {
		return usageError{fmt.Sprintf("query: unknown query %q (want who, roles, members, path, neighbors, top or timeline)", words[0])}
	}
	if len(words) != k+1 {
		return usageError{fmt.Sprintf("query %s: want %d argument(s), got %d", words[0], k, len(words)-1)}
	}
	if words[0] == "top" && *by != "pagerank" && *by != "betweenness" && *by != "degree" {
		return usageError{fmt.Sprintf("query top: unknown --by %q (want pagerank, betweenness or degree)", *by)}
	}
	var g *graph.Graph
	if *storePath != "" {
		var docs int
		if g, docs, err = storeGraph(*storePath); err != nil {
			return err
		}
		if docs == 0 {
			return fmt.Errorf("%s holds no documents (orggraph add %s FILE... adds some)", *storePath, *storePath)
		}
	} else {
		f, err := os.Open(*file)
		if err != nil {
			return err
		}
		g, err = export.ReadGraphML(f)
		f.Close()
		if err != nil {
			return fmt.Errorf("%s: %w", *file, err)
		}
	}
	q := &querier{g: g}
	var rows []row
	switch words[0] {
	case "who":
		if *on != "" && !reDay.MatchString(*on) {
			return usageError{fmt.Sprintf("query who: --on %q is not a date (YYYY-MM-DD)", *on)}
		}
		rows = q.who(words[1], *at, *on)
	case "holders":
		rows = q.holders(words[1], *at)
	case "roles":
		rows, err = q.roles(words[1])
	case "members":
		rows, err = q.members(words[1])
	case "path":
		rows, err = q.path(words[1], words[2])
	case "neighbors":
		rows, err = q.neighbors(words[1])
	case "top":
		rows = q.top(*by, *n)
	case "timeline":
		rows, err = q.timeline(words[1])
	}
	if err != nil {
		return err
	}
	return printRows(stdout, rows, *asJSON)
}

// queryArgs is the number of arguments each query takes.
var queryArgs = map[string]int{"who": 1, "holders": 1, "roles": 1, "members": 1, "path": 2, "neighbors": 1, "top": 0, "timeline": 1}

// reDay is a date as --on takes it.
var reDay = regexp.MustCompile(`^\d{4}-\d{2}-\d{2}$`)

// row is one answer: ordered column names and values.
type row struct {
	cols, vals []string
}

func printRows(w io.Writer, rows []row, asJSON bool) error {
	if asJSON {
		out := make([]map[string]string, len(rows))
		for i, r := range rows {
			out[i] = map[string]string{}
			for k, c := range r.cols {
				out[i][c] = r.vals[k]
			}
		}
		enc := json.NewEncoder(w)
		enc.SetEscapeHTML(false)
		enc.SetIndent("", " ")
		return enc.Encode(out)
	}
	if len(rows) == 0 {
		_, err := fmt.Fprintln(w, "(no answer)")
		return err
	}
	// Columns aligned by display width: a Chinese character takes two.
	widths := make([]int, len(rows[0].cols))
	all := append([][]string{rows[0].cols}, make([][]string, 0, len(rows))...)
	for _, r := range rows {
		all = append(all, r.vals)
	}
	for _, r := range all {
		for k, v := range r {
			if k < len(widths) {
				widths[k] = max(widths[k], displayWidth(v))
			}
		}
	}
	var b strings.Builder
	for _, r := range all {
		for k, v := range r {
			b.WriteString(v)
			if k < len(r)-1 {
				b.WriteString(strings.Repeat(" ", widths[k]-displayWidth(v)+2))
			}
		}
		b.WriteByte('\n')
	}
	_, err := io.WriteString(w, b.String())
	return err
}

// displayWidth is the number of terminal columns s takes.
func displayWidth(s string) int {
	n := 0
	for _, r := range s {
		switch width.LookupRune(r).Kind() {
		case width.EastAsianWide, width.EastAsianFullwidth:
			n += 2
		default:
			n++
		}
	}
	return n
}

type querier struct{ g *graph.Graph }

// find returns the nodes of a type (any if "") whose id or label is name.
func (q *querier) find(name, typ string) []*graph.Node {
	if n := q.g.Node(name); n != nil && (typ == "" || n.Type == typ) {
		return []*graph.Node{n}
	}
	var out []*graph.Node
	for _, n := range q.g.Nodes() {
		if n.Label == name && (typ == "" || n.Type == typ) {
			out = append(out, n)
		}
	}
	return out
}

// one resolves a name to a single node, or explains the ambiguity.
func (q *querier) one(name, typ string) (*graph.Node, error) {
	ns := q.find(name, typ)
	switch len(ns) {
	case 0:
		return nil, fmt.Errorf("no node named %q", name)
	case 1:
		return ns[0], nil
	}
	var b strings.Builder
	fmt.Fprintf(&b, "%q is ambiguous; give one of these ids:", name)
	for _, n := range ns {
		fmt.Fprintf(&b, "\n  %s\t(%s%s)", n.ID, n.Type, where(n))
	}
	return nil, fmt.Errorf("%s", b.String())
}

func where(n *graph.Node) string {
	if j := n.Attrs["jurisdiction"]; j != "" {
		return ", " + j
	}
	return ""
}

func (q *querier) holdsRow(e *graph.Edge) row {
	p, b := q.g.Node(e.Source), q.g.Node(e.Target)
	return row{
		cols: []string{"person", "jurisdiction", "role", "body", "since", "until", "first_seen", "last_seen", "docs", "id"},
		vals: []string{p.Label, p.Attrs["jurisdiction"], graph.Join(e.Roles), b.Label, e.Start, e.End, e.FirstSeen(), e.LastSeen(), strconv.Itoa(e.Weight()), p.ID},
	}
}

func (q *querier) who(role, at, on string) []row {
	var rows []row
	for _, e := range q.holdsOfRole(role, at, on) {
		rows = append(rows, q.holdsRow(e))
	}
	return rows
}

// holdsOfRole returns the holds edges of role, at bodies whose name
// contains at (if not ""), held on the day on (if not "").
func (q *querier) holdsOfRole(role, at, on string) []*graph.Edge {
	var es []*graph.Edge
	for _, e := range q.g.Edges() {
		if e.Type != graph.Holds || !slices.Contains(e.Roles, role) {
			continue
		}
		if at != "" && !strings.Contains(q.g.Node(e.Target).Label, at) {
			continue
		}
		if on != "" && !heldOn(e, on) {
			continue
		}
		es = append(es, e)
	}
	return es
}

// since is when the post of a holds edge began: its stated start, else
// its first evidence.
func since(e *graph.Edge) string {
	if e.Start != "" {
		return e.Start
	}
	return e.FirstSeen()
}

// heldOn reports whether the post of a holds edge was held on day: from
// its stated start (else its first evidence) to its stated end (else
// open).
func heldOn(e *graph.Edge, day string) bool {
	if from := since(e); from == "" || from > day {
		return false
	}
	return e.End == "" || e.End >= day
}

// holders lists everyone who held role (at bodies whose name contains
// at), from the earliest start: the succession.
func (q *querier) holders(role, at string) []row {
	es := q.holdsOfRole(role, at, "")
	sort.SliceStable(es, func(i, j int) bool { return since(es[i]) < since(es[j]) })
	rows := make([]row, len(es))
	for i, e := range es {
		rows[i] = q.holdsRow(e)
	}
	return rows
}

// holdsOf returns the rows of the holds edges whose person (byPerson) or
// body end is one of nodes.
func (q *querier) holdsOf(nodes []*graph.Node, byPerson bool) []row {
	ids := map[string]bool{}
	for _, n := range nodes {
		ids[n.ID] = true
	}
	var rows []row
	for _, e := range q.g.Edges() {
		end := e.Target
		if byPerson {
			end = e.Source
		}
		if e.Type == graph.Holds && ids[end] {
			rows = append(rows, q.holdsRow(e))
		}
	}
	return rows
}

func (q *querier) roles(person string) ([]row, error) {
	ps := q.find(person, graph.Person)
	if len(ps) == 0 {
		return nil, fmt.Errorf("no person named %q", person)
	}
	rows := q.holdsOf(ps, true)
	if len(rows) == 0 {
		for _, p := range ps {
			rows = append(rows, row{cols: []string{"person", "jurisdiction", "role", "body", "id"}, vals: []string{p.Label, p.Attrs["jurisdiction"], "", "", p.ID}})
		}
	}
	return rows, nil
}

func (q *querier) members(body string) ([]row, error) {
	bs := q.find(body, graph.Body)
	if len(bs) == 0 {
		// A short form the user types (县委) names every body whose name
		// ends with it (隆回县委, 平江县委): their members, each row with
		// its body.
		for _, n := range q.g.Nodes() {
			if n.Type == graph.Body && strings.HasSuffix(n.Label, body) {
				bs = append(bs, n)
			}
		}
	}
	if len(bs) == 0 {
		return nil, fmt.Errorf("no body named %q", body)
	}
	return q.holdsOf(bs, false), nil
}

func (q *querier) path(a, b string) ([]row, error) {
	na, err := q.one(a, "")
	if err != nil {
		return nil, err
	}
	nb, err := q.one(b, "")
	if err != nil {
		return nil, err
	}
	p := q.g.ShortestPath(na.ID, nb.ID)
	if p == nil {
		return nil, fmt.Errorf("no path between %s and %s", na.ID, nb.ID)
	}
	var rows []row
	for i, id := range p {
		n := q.g.Node(id)
		rows = append(rows, row{cols: []string{"step", "node", "type", "id"}, vals: []string{strconv.Itoa(i), n.Label, n.Type, id}})
	}
	return rows, nil
}

func (q *querier) neighbors(name string) ([]row, error) {
	n, err := q.one(name, "")
	if err != nil {
		return nil, err
	}
	var rows []row
	for _, e := range q.g.Edges() {
		dir, other := "", ""
		switch n.ID {
		case e.Source:
			dir, other = "->", e.Target
		case e.Target:
			dir, other = "<-", e.Source
		default:
			continue
		}
		o := q.g.Node(other)
		label := graph.Join(append(append([]string{}, e.Roles...), e.Acts...))
		rows = append(rows, row{cols: []string{"dir", "edge", "detail", "node", "type", "docs", "id"},
			vals: []string{dir, e.Type, label, o.Label, o.Type, strconv.Itoa(e.Weight()), o.ID}})
	}
	return rows, nil
}

func (q *querier) top(by string, n int) []row {
	if q.g.Nodes() != nil && len(q.g.Nodes()) > 0 && q.g.Nodes()[0].Attrs[by] == "" {
		q.g.Analyze()
	}
	var ps []*graph.Node
	for _, x := range q.g.Nodes() {
		if x.Type == graph.Person {
			ps = append(ps, x)
		}
	}
	val := func(x *graph.Node) float64 { v, _ := strconv.ParseFloat(x.Attrs[by], 64); return v }
	sort.SliceStable(ps, func(i, j int) bool { return val(ps[i]) > val(ps[j]) })
	var rows []row
	for i, x := range ps {
		if i == n {
			break
		}
		rows = append(rows, row{cols: []string{"rank", "person", "jurisdiction", by, "id"},
			vals: []string{strconv.Itoa(i + 1), x.Label, x.Attrs["jurisdiction"], x.Attrs[by], x.ID}})
	}
	return rows
}

func (q *querier) timeline(person string) ([]row, error) {
	p, err := q.one(person, graph.Person)
	if err != nil {
		return nil, err
	}
	var rows []row
	for _, e := range q.g.Edges() {
		if e.Source != p.ID || e.Type == graph.PartOf {
			continue
		}
		what := graph.Join(e.Roles)
		if e.Type == graph.Participated {
			what = graph.Join(e.Acts)
		}
		for _, ev := range e.Evidence {
			rows = append(rows, row{cols: []string{"date", "edge", "detail", "at", "status", "since", "until", "doc", "bytes"},
				vals: []string{ev.Date, e.Type, what, q.g.Node(e.Target).Label, ev.Status, e.Start, e.End, ev.Doc, fmt.Sprintf("%d-%d", ev.Start, ev.End)}})
		}
	}
	sort.SliceStable(rows, func(i, j int) bool { return rows[i].vals[0] < rows[j].vals[0] })
	return rows, nil
}
