package ner

import (
	"sort"

	"github.com/orggraph/orggraph/ner/lexicon"
)

// lattice holds what the stages find in one document: the lexicon's
// matches at each position, the tagger's spans, the body, place and outlet
// phrases, the role and person mentions and the holds. Offsets are byte
// offsets into the normalized text s.
//
// The insertion rule: every span enters through an add method (addPhrase,
// addRole, addPerson, addOccurrence, addMentionOnly, addHold, setTags), which
// notes the stage that made it when the document is explained. A stage
// that drops a proposal says so with drop.
//
// The overlap policy is rulesFirst: a person, role or phrase the rules put
// in the lattice stands, and a span the tagger proposes enters only where
// it overlaps none of them (see taken). The one exception is the user's
// lexicon, whose names replace any reading of their characters
// (replacePersons).
type lattice struct {
	s          string // the normalized text
	lex        *lexicon.Lexicon
	sc         *scratch        // per-position memos (lexicon matches, phrases), reused between documents
	tspans     []span          // the tagger's spans, in order
	phrases    []*bodyPhrase   // every body, place or outlet phrase found
	rmentions  []Mention       // role mentions
	pmentions  []Mention       // person mentions
	pmentionAt map[int]int     // person mention start -> end, as added by addPerson
	smentions  []Mention       // persons mentioned who are no persons of the graph (老孙, 低保户雷某)
	private    map[string]bool // names of private persons (低保户雷某): no person of the graph without a title
	persons    map[string]int
	holds      []holdDraft

	stage *stage // the stage running, for provenance
	trace *trace // nil unless the document is explained
}

// rulesFirst is the lattice's overlap policy, named in --explain.
const rulesFirst = "overlaps a span of the rules"

// trace is what --explain reports: the stage that made each span, and the
// proposals dropped, by whom and why.
type trace struct {
	made  map[traceKey]string
	drops []Step
	holds []string // the stage of each hold written out, in order
}

type traceKey struct {
	kind string
	s, e int
}

func (d *lattice) note(kind string, s, e int) {
	if d.trace == nil || d.stage == nil {
		return
	}
	k := traceKey{kind, s, e}
	if _, ok := d.trace.made[k]; !ok {
		d.trace.made[k] = d.stage.name
	}
}

// drop notes that the running stage dropped a proposed span of the kind
// at [s, e), and why.
func (d *lattice) drop(kind string, s, e int, why string) {
	if d.trace == nil || d.stage == nil {
		return
	}
	d.trace.drops = append(d.trace.drops, Step{Kind: kind, Text: d.s[s:e], Start: s, End: e, Stage: d.stage.name, Dropped: true, Why: why})
}

// spanFrom returns the index of the first of the tagger's spans that
// starts at p or after (they are sorted by start).
func (d *lattice) spanFrom(p int) int {
	return sort.Search(len(d.tspans), func(i int) bool { return d.tspans[i].start >= p })
}

// taggedPersonWithin reports whether the tagger proposes a person in
// [p, q).
func (d *lattice) taggedPersonWithin(p, q int) bool {
	for k := d.spanFrom(p); k < len(d.tspans) && d.tspans[k].start < q; k++ {
		if d.tspans[k].typ == "person" && d.tspans[k].end <= q {
			return true
		}
	}
	return false
}

// taggedOrgFrom returns the start of an organization the tagger proposes
// that starts in (p, q) and ends at e or after, or -1.
func (d *lattice) taggedOrgFrom(p, q, e int) int {
	for k := d.spanFrom(p + 1); k < len(d.tspans) && d.tspans[k].start < q; k++ {
		if d.tspans[k].typ == "org" && d.tspans[k].end >= e {
			return d.tspans[k].start
		}
	}
	return -1
}

// setTags puts the tagger's spans in the lattice.
func (d *lattice) setTags(spans []span) {
	d.tspans = spans
	for _, s := range spans {
		d.note("tag:"+s.typ, s.start, s.end)
	}
}

// addPhrase adds a body, place or outlet phrase.
func (d *lattice) addPhrase(bp *bodyPhrase) {
	d.phrases = append(d.phrases, bp)
	d.note("phrase", bp.start, bp.end)
}

// addRole adds a role mention at [s, e).
func (d *lattice) addRole(s, e int, text string) {
	d.rmentions = append(d.rmentions, Mention{Type: "role", Text: text, ns: s, ne: e})
	d.note("role", s, e)
}

// addPerson adds a person named at [s, e).
func (d *lattice) addPerson(s, e int) {
	name := d.s[s:e]
	if _, ok := d.persons[name]; !ok {
		d.persons[name] = len(d.persons)
	}
	d.pmentions = append(d.pmentions, Mention{Type: "person", Text: name, ns: s, ne: e})
	if d.pmentionAt == nil {
		d.pmentionAt = map[int]int{}
	}
	d.pmentionAt[s] = e
	d.note("person", s, e)
	// A person found later, by a rule, reads the characters of a mention
	// only made before it otherwise (向阳书记 after the tagger's surname
	// alone 阳): the person stands.
	kept := d.smentions[:0]
	for _, m := range d.smentions {
		if m.ns < e && s < m.ne {
			d.drop("mention:person", m.ns, m.ne, "a person found later reads these characters otherwise")
			continue
		}
		kept = append(kept, m)
	}
	d.smentions = kept
}

// addOccurrence adds a further mention of a person already named.
func (d *lattice) addOccurrence(s, e int) {
	d.pmentions = append(d.pmentions, Mention{Type: "person", Text: d.s[s:e], ns: s, ne: e})
	d.note("person", s, e)
}

// addMentionOnly adds a mention of a person who is no person of the
// graph: a surname alone (老孙), a name in Latin letters, a private person
// (低保户雷某).
func (d *lattice) addMentionOnly(s, e int) {
	d.smentions = append(d.smentions, Mention{Type: "person", Text: d.s[s:e], ns: s, ne: e})
	d.note("mention:person", s, e)
}

// addHold adds a hold.
func (d *lattice) addHold(h holdDraft) {
	if d.stage != nil {
		h.stage = d.stage.name
	}
	d.holds = append(d.holds, h)
}

// replacePersons drops the person mentions that overlap [s, e) other than
// one exactly there, and reports whether there was one exactly there.
func (d *lattice) replacePersons(s, e int) bool {
	kept := d.pmentions[:0]
	found := false
	for _, m := range d.pmentions {
		if m.ns == s && m.ne == e {
			found = true
		}
		if m.ns >= e || s >= m.ne || m.ns == s && m.ne == e {
			kept = append(kept, m)
		} else {
			d.drop("person", m.ns, m.ne, "the user's lexicon reads these characters otherwise")
		}
	}
	d.pmentions = kept
	return found
}

// mentionEndingAt returns the start of a person mention found so far that
// ends at e.
func (d *lattice) mentionEndingAt(e int) (int, bool) {
	for i := len(d.pmentions) - 1; i >= 0; i-- {
		if d.pmentions[i].ne == e {
			return d.pmentions[i].ns, true
		}
	}
	return 0, false
}

// mentioned reports whether a person mention covers [s, e).
func (d *lattice) mentioned(s, e int) bool {
	end, ok := d.pmentionAt[s]
	return ok && end == e
}

// taken reports whether [s, e) overlaps a person or role mention or a
// body or place phrase: where, by the rulesFirst policy, no proposal of
// the tagger may enter.
func (d *lattice) taken(s, e int) bool {
	for _, m := range d.pmentions {
		if m.ns < e && s < m.ne {
			return true
		}
	}
	for _, m := range d.rmentions {
		if m.ns < e && s < m.ne {
			return true
		}
	}
	for _, bp := range d.phrases {
		if bp.start < e && s < bp.end {
			return true
		}
	}
	return false
}

// matches returns the lexicon's words that start at p, remembered.
func (d *lattice) matches(p int) []lexicon.Match {
	if p >= len(d.s) {
		return nil // the end of the text (清水 alone, a name that ends it)
	}
	sc := d.sc
	if sc.mOff[p] == 0 {
		a := len(sc.pool)
		sc.pool = d.lex.All(d.s, p, sc.pool)
		sc.mOff[p], sc.mCnt[p] = int32(a+1), uint8(len(sc.pool)-a)
	}
	a := int(sc.mOff[p] - 1)
	return sc.pool[a : a+int(sc.mCnt[p]) : a+int(sc.mCnt[p])]
}

// longest returns the length of the longest lexicon word at p that keep
// accepts, and its entries.
func (d *lattice) longest(p int, keep func(*lexicon.Entry) bool) (int, []*lexicon.Entry) {
	if p >= len(d.s) {
		return 0, nil
	}
	return lexicon.LongestOf(d.matches(p), keep)
}
