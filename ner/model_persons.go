package ner

import (
	"github.com/orggraph/orggraph/ner/lexicon"
)

// modelPersons adds the tagger's persons that no rule found, where they
// overlap no mention of the rules.
func (d *modelStage) modelPersons() {
	for _, s := range d.tspans {
		if s.user {
			// The user's name replaces any other reading of its words.
			if !d.replacePersons(s.start, s.end) {
				d.addPerson(s.start, s.end)
			}
			continue
		}
		if s.typ != "person" {
			continue
		}
		if d.taken(s.start, s.end) {
			if !d.mentioned(s.start, s.end) {
				d.drop("person", s.start, s.end, rulesFirst)
			}
			continue
		}
		if latinName(d.s[s.start:s.end]) {
			// A name in Latin letters (Grubby, JohnParkes): a mention; the
			// graph keeps to names in characters.
			d.addSurname(s.start, s.end)
			continue
		}
		if r, w := d.runeAt(s.start); s.end == s.start+w && d.x.lex.Has(string(r), lexicon.Surname) {
			// A surname alone (老孙, 小张): a mention of a person, too
			// little to name one in the graph.
			d.addSurname(s.start, s.end)
			continue
		}
		if !d.plausibleName(s.start, s.end) {
			d.drop("person", s.start, s.end, "no plausible name: a title, place, body or word of the lexicons")
			continue
		}
		// With no title or cue, a common word is no name (单元).
		if d.plainWord(s.start, s.end) {
			d.drop("person", s.start, s.end, "a common word, with no title or cue")
			continue
		}
		d.addPerson(s.start, s.end)
	}
}
