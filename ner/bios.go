package ner

import (
	"strings"
	"unicode/utf8"

	"github.com/orggraph/orggraph/ner/lexicon"
)

// postTitle reads NAME委员建议… at k: the name, and the title held in the
// CPPCC (or the congress) the document wrote last before it.
func (d *appointStage) postTitle(k int) {
	for _, pt := range postTitles {
		if !strings.HasPrefix(d.s[k:], pt.title) {
			continue
		}
		e := k + len(pt.title)
		if !hasAnyPrefix(d.s[e:], postVerbs...) && !strings.HasPrefix(d.s[e:], ",") {
			return
		}
		s, ok := d.nameEndingAt(k)
		if !ok || !d.plainName(s, k) || d.commonWord(s, k) {
			return
		}
		entry := d.x.lex.Get(pt.title, lexicon.Role)
		if entry == nil {
			return
		}
		it := roleItem{start: k, end: e, text: pt.title, entry: entry}
		d.recent(s, func(bp *bodyPhrase) bool {
			if len(bp.cores) > 0 && bodyKind(bp.cores) == pt.kind {
				it.inherited = bp
				return false
			}
			return true
		})
		d.record([]roleItem{it}, [][2]int{{s, k}}, "")
	}
}

// bracketTitles reads the titles a name carries in brackets after it, as
// lists of attendees write them: 阳某辉(县委书记)、谌某亮(县委副书记、县长).
func (d *appointStage) bracketTitles(k int) {
	items, p := d.titles(k + 1)
	if len(items) == 0 || !strings.HasPrefix(d.s[p:], ")") {
		return
	}
	s, ok := d.nameEndingAt(k)
	if !ok || !d.plainName(s, k) {
		return
	}
	d.appointment(s, k, k+1, "")
}

// cueFirst marks the first characters of the keywords: appointments
// forward (cueFwd) and backward (cueBack), and name cues (cueName), so a
// single pass over the text finds them all.
var cueFirst = func() *[0x10000]uint8 {
	var t [0x10000]uint8
	mark := func(bit uint8, kw string) {
		r, _ := utf8.DecodeRuneInString(kw)
		t[r] |= bit
	}
	for _, f := range appointFwd {
		mark(cueFwd, f.kw)
	}
	for _, b := range appointBack {
		mark(cueBack, b.kw)
	}
	t['('] |= cueBracket
	t['的'] |= cueEnded
	for _, pt := range postTitles {
		mark(cuePost, pt.title)
	}
	for _, c := range nameCues {
		mark(cueName, c)
	}
	return &t
}()

const (
	cueFwd uint8 = 1 << iota
	cueBack
	cueName
	cueBracket
	cuePost
	cueEnded // 的 of NAME的…职务相应终止
)

// bios reads the personnel profiles of appointment notices and
// publicity lists: NAME,男,汉族,…,现任TITLES,拟任TITLES。 现任 gives the
// posts held, 拟任 and 拟提名 the posts nominated for.
func (d *appointStage) bios() {
	for _, sex := range bioMarks {
		for k := range occurrences(d.s, sex) {
			off := k + len(sex)
			s, ok := d.nameEndingAt(k)
			if !ok {
				continue
			}
			if !d.mentioned(s, k) {
				d.addPerson(s, k)
			}
			end := strings.IndexAny(d.s[off:], "。\n")
			if end < 0 {
				end = len(d.s) - off
			}
			sentence := d.s[off : off+end]
			for _, c := range []struct{ cue, status string }{{"现任", ""}, {"拟任", "nominated"}, {"拟提名为", "nominated"}, {"拟推荐为", "nominated"}} {
				for i := range occurrences(sentence, c.cue) {
					q := off + i + len(c.cue)
					if items, _ := d.titles(q); len(items) > 0 {
						d.record(items, [][2]int{{s, k}}, c.status)
					}
				}
			}
			// The career, anywhere in the paragraph: 曾任…,…等职.
			pe := strings.IndexByte(d.s[off:], '\n')
			if pe < 0 {
				pe = len(d.s) - off
			}
			para := d.s[off : off+pe]
			for _, cue := range careerCues {
				for i := range occurrences(para, cue) {
					q := off + i + len(cue)
					d.appointment(s, k, q, "former")
				}
			}
		}
	}
}

// cuedName takes the name that a cue at k follows at the start of a
// clause, unless a title chain took it.
func (d *appointStage) cuedName(k int) {
	for _, cue := range nameCues {
		if !strings.HasPrefix(d.s[k:], cue) {
			continue
		}
		address := cue == "同志" || cue == "先生" || cue == "女士"
		if s, ok := d.nameEndingAt(k); ok && !d.mentioned(s, k) && (address || d.plainName(s, k) && !d.commonWord(s, k)) {
			d.addPerson(s, k)
		}
	}
}
