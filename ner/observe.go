package ner

import (
	"unicode/utf8"

	"github.com/orggraph/orggraph/ner/lexicon"
)

// The tagger's dictionary observations: what the project's lexicons say
// about each character. Bits 0-2 are surnames; then, for each kind in
// obsKinds, three bits: a word of that kind begins here, goes on here,
// ends here. The bit numbers are part of the tagger model: changing them
// means retraining.
var obsKinds = [...]lexicon.Kind{lexicon.Role, lexicon.RoleMod, lexicon.Body, lexicon.Level, lexicon.Place,
	lexicon.Outlet, lexicon.NotName, lexicon.PostName, lexicon.Act}

const (
	obsSurname     = 1 << 0
	obsRareSurname = 1 << 1
	obsCompound    = 1 << 2
	obsKindBase    = 3
)

// Observe returns the tagger's dictionary observations of text, one mask a
// rune, from lex. The trainer and the extractor both call it, so that the
// model sees at tagging what it saw in training.
func Observe(lex *lexicon.Lexicon, text string) []uint32 {
	runes := make([]int, 0, len(text)/3+1) // rune index -> byte offset
	for i := range text {
		runes = append(runes, i)
	}
	obs := make([]uint32, len(runes))
	observe(lex, text, runes, obs)
	return obs
}

// observe fills obs[k] for the rune at byte offset starts[k] of s.
func observe(lex *lexicon.Lexicon, s string, starts []int, obs []uint32) {
	var buf [16]lexicon.Match
	observeWith(func(i int) []lexicon.Match { return lex.All(s, i, buf[:0]) }, starts, obs)
}

// observeWith is observe with the lexicon's matches at a byte given by
// matches (the document's cache, in extraction).
func observeWith(matches func(i int) []lexicon.Match, starts []int, obs []uint32) {
	clear(obs)
	k := 0
	for k < len(starts) {
		i := starts[k]
		ms := matches(i)
		if len(ms) == 0 {
			k++
			continue
		}
		var seen uint32
		for _, m := range ms { // longest first
			for _, e := range m.Entries {
				var b uint32
				switch {
				case e.Kind == lexicon.Surname:
					if utf8.RuneCountInString(e.Word) > 1 {
						obs[k] |= obsCompound
					} else if e.Attr("rare") == "1" {
						obs[k] |= obsRareSurname
					} else {
						obs[k] |= obsSurname
					}
					continue
				case e.Attr("untrained") == "1":
					continue // added after the model was trained (national.tsv, 部 as a level)
				default:
					b = kindBit(e.Kind)
				}
				if b == 0 || seen&b != 0 {
					continue
				}
				seen |= b // the longest word of the kind only
				shift := b
				obs[k] |= shift
				last := k
				for j := k + 1; j < len(starts) && starts[j] < i+m.Len; j++ {
					obs[j] |= shift << 1
					last = j
				}
				obs[last] |= shift << 2
			}
		}
		k++
	}
}

// kindBit returns the begin bit of a lexicon kind, 0 for kinds not
// observed.
func kindBit(k lexicon.Kind) uint32 {
	for n, x := range obsKinds {
		if x == k {
			return 1 << (obsKindBase + 3*n)
		}
	}
	return 0
}
