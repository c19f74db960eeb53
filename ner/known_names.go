package ner

import (
	"sort"
)

// knownStage is the stage of known names: every further occurrence of a
// name found, wherever it stands (文春方 alone, after 书记文春方).
type knownStage struct{ *docState }

// findKnownNames marks every further occurrence of a recognized name.
func (d *knownStage) findKnownNames() {
	// covered[i] is true for normalized bytes inside a person mention.
	covered := make([]bool, len(d.s))
	mark := func(s, e int) {
		for i := s; i < e; i++ {
			covered[i] = true
		}
	}
	free := func(s, e int) bool {
		for i := s; i < e; i++ {
			if covered[i] {
				return false
			}
		}
		return true
	}
	for _, m := range d.pmentions {
		mark(m.ns, m.ne)
	}
	names := make([]string, 0, len(d.persons))
	for n := range d.persons {
		names = append(names, n)
	}
	sort.Slice(names, func(i, j int) bool {
		return len(names[i]) > len(names[j]) || len(names[i]) == len(names[j]) && names[i] < names[j]
	})
	for _, n := range names {
		for s := range occurrences(d.s, n) {
			e := s + len(n)
			if !free(s, e) || d.t.BreakWithin(s, e) {
				continue
			}
			mark(s, e)
			d.addOccurrence(s, e)
		}
	}
}
