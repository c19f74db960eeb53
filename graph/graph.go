// Package graph merges the results of many documents into one typed graph
// of persons, bodies, places and events.
//
// Node ids are stable strings derived from what a node is, never from input
// order: person:NAME@JURISDICTION, body:CANONICAL, place:NAME,
// event:DATE:TITLE. The same person in two articles of one jurisdiction is
// one node; a namesake elsewhere is another.
//
// Edges are directed and typed: holds (person → body, with the roles),
// part_of (body → body or place, place → place) and participated
// (person → event, with the acts). Every edge keeps its evidence: the
// document, byte offsets into that document's original input, the
// sentence and the date. The underlying store is
// github.com/dominikbraun/graph, which allows one edge per ordered pair:
// several roles at one body are one holds edge listing them.
package graph

import (
	"slices"
	"sort"
	"strings"

	dgraph "github.com/dominikbraun/graph"

	"github.com/orggraph/orggraph/ner"
)

// Node types.
const (
	Person = "person"
	Body   = "body"
	Place  = "place"
	Event  = "event"
)

// Edge types.
const (
	Holds        = "holds"
	PartOf       = "part_of"
	Participated = "participated"
)

// Node is a vertex. Attrs holds extra scalar attributes (jurisdiction,
// level, code, kind, date).
type Node struct {
	ID    string
	Type  string
	Label string
	Attrs map[string]string
}

// Evidence is where a fact was read: Start and End are byte offsets into
// the original input of document Doc.
type Evidence struct {
	Doc        string
	Start, End int
	Sentence   string
	Written    string // the sentence as the article writes it, if it differs
	Date       string
	Status     string // how the sentence states a hold: appointed, removed, elected, nominated, former or ""
}

// Edge is a directed, typed edge with its evidence.
type Edge struct {
	Source, Target string
	Type           string
	// Roles (holds) and Acts (participated), in first-seen order.
	Roles, Acts []string
	// Start and End are the dates an appointment began and a removal
	// ended it, where a document states them ("" otherwise); a document
	// that calls the post former (原) ends it by its date.
	Start, End string
	// Docs is the number of documents supporting the edge; First and
	// Last the earliest and latest evidence dates.
	Docs        int
	First, Last string
	// Evidence is where the edge was read, in document order: at most the
	// graph's MaxEvidence pieces are kept, so memory grows with entities,
	// not with documents (Docs and the dates count them all).
	Evidence []Evidence
	lastDoc  string
}

// Weight is the number of distinct documents supporting the edge.
func (e *Edge) Weight() int { return e.Docs }

// FirstSeen is the earliest evidence date ("" if none is dated).
func (e *Edge) FirstSeen() string { return e.First }

// LastSeen is the latest evidence date ("" if none is dated).
func (e *Edge) LastSeen() string { return e.Last }

// addEvidence records one piece of evidence, keeping at most max pieces.
// All evidence of one document arrives together (Graph.Add), so a new
// document is one that differs from the last.
func (e *Edge) addEvidence(ev Evidence, max int) {
	if ev.Doc != e.lastDoc || e.Docs == 0 {
		e.Docs++
		e.lastDoc = ev.Doc
	}
	e.seen(ev.Date)
	// The evidence kept is the first max in (document, offsets) order,
	// kept sorted, so that it does not depend on the order documents
	// come in (shards built in any order give the same graph).
	i := sort.Search(len(e.Evidence), func(k int) bool { return !evidenceLess(e.Evidence[k], ev) })
	if i < len(e.Evidence) && e.Evidence[i] == ev || i >= max {
		return
	}
	ev.Doc, ev.Sentence, ev.Written, ev.Date, ev.Status = strings.Clone(ev.Doc), strings.Clone(ev.Sentence), strings.Clone(ev.Written), strings.Clone(ev.Date), strings.Clone(ev.Status)
	if len(e.Evidence) == max {
		e.Evidence = e.Evidence[:max-1]
	}
	e.Evidence = slices.Insert(e.Evidence, i, ev)
}

// evidenceLess orders evidence by document, then offsets, then the rest.
func evidenceLess(a, b Evidence) bool {
	switch {
	case a.Doc != b.Doc:
		return a.Doc < b.Doc
	case a.Start != b.Start:
		return a.Start < b.Start
	case a.End != b.End:
		return a.End < b.End
	case a.Date != b.Date:
		return a.Date < b.Date
	case a.Sentence != b.Sentence:
		return a.Sentence < b.Sentence
	case a.Status != b.Status:
		return a.Status < b.Status
	}
	return a.Written < b.Written
}

func (e *Edge) seen(date string) {
	if date == "" {
		return
	}
	if e.First == "" || date < e.First {
		e.First = strings.Clone(date)
	}
	if date > e.Last {
		e.Last = strings.Clone(date)
	}
}

// DefaultMaxEvidence is the number of evidence pieces an edge keeps.
const DefaultMaxEvidence = 10

// Graph is the merged graph. The zero value is not usable; call New.
type Graph struct {
	// MaxEvidence is the number of evidence pieces each edge keeps
	// (DefaultMaxEvidence); weights and dates count every document.
	MaxEvidence int
	// Undirected says the edges have no direction: the co-appearance
	// projection. Exports write it so (edgedefault="undirected", graph
	// with --), so that networkx and igraph compute on it rightly.
	Undirected bool

	g      dgraph.Graph[string, *Node]
	nodes  map[string]*Node
	edges  map[[2]string]*Edge
	merged map[string]string // person ids merged by Resolve -> the id kept
}

// New returns an empty graph.
func New() *Graph {
	return &Graph{
		MaxEvidence: DefaultMaxEvidence,
		g:           dgraph.New(func(n *Node) string { return n.ID }, dgraph.Directed()),
		nodes:       map[string]*Node{},
		edges:       map[[2]string]*Edge{},
	}
}

// Store returns the underlying dominikbraun graph, for algorithms.
func (g *Graph) Store() dgraph.Graph[string, *Node] { return g.g }

// UpsertNode returns the node with the id, adding it with the type and
// label if it is not there.
func (g *Graph) UpsertNode(id, typ, label string) *Node { return g.node(id, typ, label) }

// UpsertEdge returns the edge from src to dst, adding it with the type if
// it is not there. Both nodes must exist.
func (g *Graph) UpsertEdge(src, dst, typ string) *Edge { return g.edge(src, dst, typ) }

func (g *Graph) node(id, typ, label string) *Node {
	if n, ok := g.nodes[id]; ok {
		return n
	}
	// Clone what comes from a document: a substring would keep the whole
	// document's text alive as long as the graph.
	n := &Node{ID: strings.Clone(id), Type: typ, Label: strings.Clone(label), Attrs: map[string]string{}}
	g.nodes[id] = n
	_ = g.g.AddVertex(n)
	return n
}

func (g *Graph) edge(src, dst, typ string) *Edge {
	k := [2]string{src, dst}
	if e, ok := g.edges[k]; ok {
		return e
	}
	e := &Edge{Source: src, Target: dst, Type: typ}
	g.edges[k] = e
	_ = g.g.AddEdge(src, dst)
	return e
}

func addUnique(xs []string, s string) []string {
	for _, x := range xs {
		if x == s {
			return xs
		}
	}
	return append(xs, strings.Clone(s))
}

// PersonID is the id of a person node. A name padded to the width of
// three (张 伟) is the name it pads (张伟): one node.
func PersonID(name, jurisdiction string) string {
	if strings.ContainsAny(name, " \u3000") {
		name = strings.Map(func(r rune) rune {
			if r == ' ' || r == '\u3000' {
				return -1
			}
			return r
		}, name)
	}
	if jurisdiction == "" {
		return "person:" + name
	}
	return "person:" + name + "@" + jurisdiction
}

// BodyID is the id of a body node.
func BodyID(canonical string) string { return "body:" + canonical }

// personNodeID is the id Add gives a person of document doc, before
// Resolve merges it.
func personNodeID(doc string, p ner.Person) string {
	if p.Jurisdiction == "" {
		// Nothing says where: a name alone never merges documents.
		return PersonID(p.Name, "doc:"+doc)
	}
	return PersonID(p.Name, p.Jurisdiction)
}

// PersonNode returns the id of the node that stands for a person of a
// result added to the graph, after any merge by Resolve ("" if unknown).
func (g *Graph) PersonNode(r *ner.Result, name string) string {
	for _, p := range r.Persons {
		if p.Name == name {
			id := personNodeID(r.Doc, p)
			for k := 0; k < 100; k++ {
				to, ok := g.merged[id]
				if !ok {
					break
				}
				id = to
			}
			if g.nodes[id] == nil {
				return ""
			}
			return id
		}
	}
	return ""
}

// LocalBodyID is the id of a body known only inside one document.
func LocalBodyID(canonical, doc string) string { return "body:" + canonical + "@" + doc }

// PlaceID is the id of a place node.
func PlaceID(name string) string { return "place:" + name }

// Add merges one document's result into the graph.
func (g *Graph) Add(r *ner.Result) {
	places := map[string]bool{}
	for _, p := range r.Places {
		places[p.Name] = true
		n := g.node(PlaceID(p.Name), Place, p.Name)
		n.Attrs["level"] = strings.Clone(p.Level)
		n.Attrs["code"] = strings.Clone(p.Code)
	}
	for _, p := range r.Places {
		if p.PartOf != "" {
			g.node(PlaceID(p.PartOf), Place, p.PartOf)
			e := g.edge(PlaceID(p.Name), PlaceID(p.PartOf), PartOf)
			e.addEvidence(Evidence{Doc: r.Doc, Date: r.Date}, g.MaxEvidence)
		}
	}
	// A body's parent is a body of this document or a place.
	bodyCanon := map[string]bool{}
	local := map[string]bool{}
	for _, b := range r.Bodies {
		bodyCanon[b.Canonical] = true
		if b.Local {
			local[b.Canonical] = true
		}
	}
	// A body the document could not qualify (镇党委) is its own node.
	bodyID := func(canon string) string {
		if local[canon] {
			return LocalBodyID(canon, r.Doc)
		}
		return BodyID(canon)
	}
	for _, b := range r.Bodies {
		n := g.node(bodyID(b.Canonical), Body, b.Canonical)
		if b.Kind != "" {
			n.Attrs["kind"] = b.Kind
		}
		if b.PartOf == "" {
			continue
		}
		var pid string
		switch {
		case bodyCanon[b.PartOf] || !places[b.PartOf]:
			pid = bodyID(b.PartOf)
			g.node(pid, Body, b.PartOf)
		default:
			pid = PlaceID(b.PartOf)
		}
		e := g.edge(n.ID, pid, PartOf)
		e.addEvidence(Evidence{Doc: r.Doc, Date: r.Date}, g.MaxEvidence)
	}
	personIDs := map[string]string{}
	for _, p := range r.Persons {
		id := personNodeID(r.Doc, p)
		personIDs[p.Name] = id
		n := g.node(id, Person, p.Name)
		if p.Jurisdiction != "" {
			n.Attrs["jurisdiction"] = strings.Clone(p.Jurisdiction)
			if k := slices.Index(r.Jurisdiction, p.Jurisdiction); k >= 0 {
				n.Attrs["jurisdiction_chain"] = Join(r.Jurisdiction[k:])
			}
		}
	}
	for _, h := range r.Holds {
		if h.OrgCanonical == "" {
			continue
		}
		pid := personIDs[h.Person]
		if pid == "" {
			pid = PersonID(h.Person, "doc:"+r.Doc)
			g.node(pid, Person, h.Person)
		}
		bid := bodyID(h.OrgCanonical)
		g.node(bid, Body, h.OrgCanonical)
		e := g.edge(pid, bid, Holds)
		e.Roles = addUnique(e.Roles, h.Role)
		// A career's dates bound the post (2011.08—2016.09: from 2011-08
		// to 2016-09), at the month's precision.
		if h.Since != "" && (e.Start == "" || h.Since < e.Start) {
			e.Start = h.Since
		}
		if h.Until != "" && h.Until > e.End {
			e.End = h.Until
		}
		if d := h.Date; d != "" {
			switch h.Status {
			case "appointed", "elected":
				if e.Start == "" || d < e.Start {
					e.Start = d
				}
			case "removed", "former":
				if d > e.End {
					e.End = d
				}
			}
		}
		e.addEvidence(Evidence{Doc: r.Doc, Start: h.Start, End: h.End, Sentence: h.Sentence, Written: h.Written, Date: h.Date, Status: h.Status}, g.MaxEvidence)
	}
	for _, ev := range r.Events {
		eid := "event:" + ev.Date + ":" + ev.Title
		n := g.node(eid, Event, ev.Title)
		n.Attrs["date"] = strings.Clone(ev.Date)
		n.Attrs["kind"] = ev.Kind
		for _, p := range ev.Participants {
			pid := personIDs[p.Person]
			if pid == "" {
				continue
			}
			e := g.edge(pid, eid, Participated)
			for _, a := range p.Acts {
				e.Acts = addUnique(e.Acts, a)
			}
			e.addEvidence(Evidence{Doc: r.Doc, Start: ev.Start, End: ev.End, Date: ev.Date}, g.MaxEvidence)
		}
	}
}

// Nodes returns the nodes sorted by id.
func (g *Graph) Nodes() []*Node {
	out := make([]*Node, 0, len(g.nodes))
	for _, n := range g.nodes {
		out = append(out, n)
	}
	sort.Slice(out, func(i, j int) bool { return out[i].ID < out[j].ID })
	return out
}

// Node returns the node with the id, or nil.
func (g *Graph) Node(id string) *Node { return g.nodes[id] }

// Edges returns the edges sorted by source, then target.
func (g *Graph) Edges() []*Edge {
	out := make([]*Edge, 0, len(g.edges))
	for _, e := range g.edges {
		out = append(out, e)
	}
	sort.Slice(out, func(i, j int) bool {
		if out[i].Source != out[j].Source {
			return out[i].Source < out[j].Source
		}
		return out[i].Target < out[j].Target
	})
	return out
}

// AttrKeys returns the sorted names of all node attributes in use.
func (g *Graph) AttrKeys() []string {
	set := map[string]bool{}
	for _, n := range g.nodes {
		for k := range n.Attrs {
			set[k] = true
		}
	}
	keys := make([]string, 0, len(set))
	for k := range set {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}

// JoinSep separates list values (roles, acts, evidence) in exported
// scalar attributes.
const JoinSep = "; "

// Join joins list values with JoinSep.
func Join(xs []string) string { return strings.Join(xs, JoinSep) }

// Split is the inverse of Join ("" gives nil).
func Split(s string) []string {
	if s == "" {
		return nil
	}
	return strings.Split(s, JoinSep)
}
