package ner

import (
	"unicode/utf8"

	"github.com/orggraph/orggraph/ner/lexicon"
)

// eponymStage is the stage of eponyms: the person a doctrine is named
// after (邓小平理论, 毛泽东思想, 马克思主义), a person mentioned, no official
// of the graph.
type eponymStage struct{ *docState }

// eponyms adds a mention of the person of three characters, a surname and
// a given name that start a word of the segmenter (邓小平理论 is one),
// that a doctrine word follows, where nothing else reads them.
func (d *eponymStage) eponyms() {
	for _, w := range eponymWords {
		for k := range occurrences(d.s, w) {
			s := k
			for n := 0; n < 3 && s > 0; n++ {
				r, sz := utf8.DecodeLastRuneInString(d.s[:s])
				if !isHan(r) {
					s = -1
					break
				}
				s -= sz
			}
			if s < 0 || s == k {
				continue
			}
			if n, _ := d.longest(s, func(e *lexicon.Entry) bool { return e.Kind == lexicon.Surname }); n == 0 {
				continue
			}
			if e, ok := d.ruleName(s, true); !ok || e != k || d.taken(s, k) {
				continue
			}
			// A word of the segmenter must start with the name and not
			// end inside it: not 国社会 of 中国社会主义 (社会主义).
			d.segment(s)
			if tk, ok := d.tokAt[s]; !ok || tk.End < k {
				continue
			}
			d.addMentionOnly(s, k)
		}
	}
}
