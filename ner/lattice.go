package ner

// lattice holds what the stages find in one document: the tagger's spans,
// the body, place and outlet phrases, the role and person mentions and
// the holds. Offsets are byte offsets into the normalized text s.
type lattice struct {
	s          string
	tspans     []span        // the tagger's spans, in order
	phrases    []*bodyPhrase // every body, place or outlet phrase found
	rmentions  []Mention     // role mentions
	pmentions  []Mention     // person mentions
	pmentionAt map[int]int   // person mention start -> end, as added by addPerson
	smentions  []Mention     // persons named by a surname alone: mentions only
	persons    map[string]int
	holds      []holdDraft

	stage *stage // the stage running, for provenance
}

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

// overlapsMention reports whether [s, e) overlaps a person or role mention
// or a body or place phrase.
func (d *lattice) overlapsMention(s, e int) bool {
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
