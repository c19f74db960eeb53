package ner

import (
	"strings"
	"unicode/utf8"
)

// mongolName returns the end of a Mongolian or Tibetan name of three to
// six characters at p, or a Yi name of four to six, that a boundary ends
// (其其格作报告, 普布顿珠,, 阿木尔且出席), or 0. The caller has a title
// before it.
func (d *names) mongolName(p int) int {
	for k, set := range []map[rune]bool{mongolSet, tibetanSet, yiSet} {
		least := 3
		if k == 2 {
			least = 4
		}
		q, n := d.runOf(p, p, set, 6)
		for ; n >= least; n-- {
			if r, _ := d.runeAt(q); !isHan(r) || d.boundary(q) {
				return q
			}
			_, sz := utf8.DecodeLastRuneInString(d.s[:q])
			q -= sz
		}
	}
	return 0
}

// tibetanName returns the end of a Tibetan given name of two characters,
// or of two such names, at p that a boundary ends (旺堆主持, 扎西、,
// 平措白玛,), or 0. The caller has a
// title before it.
func (d *names) tibetanName(p int) int {
	_, w1 := d.runeAt(p)
	_, w2 := d.runeAt(p + w1)
	q := p + w1 + w2
	if w2 == 0 || !tibetanNameSet[d.s[p:q]] || d.t.BreakWithin(p, q) {
		return 0
	}
	if r, _ := d.runeAt(q); !isHan(r) || d.boundary(q) {
		return q
	}
	// Two names of two (平措白玛, 次仁卓玛), then a boundary.
	_, w3 := d.runeAt(q)
	_, w4 := d.runeAt(q + w3)
	if e := q + w3 + w4; w4 > 0 && tibetanNameSet[d.s[q:e]] && !d.t.BreakWithin(q, e) {
		if r, _ := d.runeAt(e); !isHan(r) || d.boundary(e) {
			return e
		}
	}
	return 0
}

// translitSet and mongolSet hold the runes of translit and mongol, for
// lookups at every name candidate.
var translitSet, mongolSet, tibetanSet, yiSet = runeSet(translit), runeSet(mongol), runeSet(tibetan), runeSet(yi)

// tibetanNameSet holds tibetanNames, for a lookup of the two characters
// at a name's start.
var tibetanNameSet = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range tibetanNames {
		m[w] = true
	}
	return m
}()

func runeSet(s string) map[rune]bool {
	m := map[rune]bool{}
	for _, r := range s {
		m[r] = true
	}
	return m
}

// runOf returns the end of the run of at most max characters of set at
// q, and its length in characters; a name that starts at p does not span
// a lost character.
func (d *names) runOf(p, q int, set map[rune]bool, max int) (int, int) {
	n := 0
	for n < max {
		r, sz := d.runeAt(q)
		if sz == 0 || !set[r] || d.t.BreakWithin(p, q+sz) {
			break
		}
		q += sz
		n++
	}
	return q, n
}

// foreignName returns the end of a transliterated foreign name at p, parts
// of transliteration characters joined by a middle dot (约翰·丁加特), or 0.
// Only a title anchors one: without the dot such names are words.
func (d *names) foreignName(p int) int {
	q, dots := p, 0
	last := p // start of the last part
	for {
		last = q
		var n int
		q, n = d.runOf(p, q, translitSet, 8)
		if n == 0 || dots == 0 && n < 2 {
			return 0
		}
		r, sz := d.runeAt(q)
		if !isDot(r) && r != '-' {
			break
		}
		if r2, _ := d.runeAt(q + sz); !translitSet[r2] {
			break
		}
		q += sz
		dots++
	}
	// The last part ends before a word that runs past it (阿依古丽·买买提
	// 通报: not 买买提通).
	if dots > 0 {
		d.segment(last)
		_, first := d.runeAt(last)
		for i := last + first; i < q; {
			if tk, ok := d.tokAt[i]; ok && tk.End > q {
				q = i
				break
			}
			_, sz := d.runeAt(i)
			i += sz
		}
		// …and ends in no verb of coming (阿布来提, but 科雷来了).
		if r, w := utf8.DecodeLastRuneInString(d.s[:q]); r == '来' && q-w > last+first {
			q -= w
		}
	}
	if dots == 0 {
		// Without a dot, only a long run that ends a word and reads as
		// Russian or German (马卡罗夫, 梅德韦杰夫, 施泰因迈尔).
		n := utf8.RuneCountInString(d.s[p:q])
		if n < 4 || n > 7 {
			return 0
		}
		typical := 0
		for _, r := range d.s[p:q] {
			if strings.ContainsRune(translitTypical, r) {
				typical++
			}
		}
		if last, _ := utf8.DecodeLastRuneInString(d.s[p:q]); typical < 2 && !strings.ContainsRune(translitEnds, last) {
			return 0
		}
	}
	return q
}

// isDash reports whether r is a dash that joins the parts of a
// transliterated name (约翰—格伦).
func isDash(r rune) bool { return r == '—' || r == '-' || r == '－' }

// isDot reports whether r joins the parts of a name: a middle dot, or one
// of the characters pages print for it (‧, ∙, ⋅, ･, and ． folded to .).
func isDot(r rune) bool {
	switch r {
	case '·', '•', '・', '‧', '∙', '⋅', '･', '.':
		return true
	}
	return false
}

// latinName reports whether s is a name in Latin letters: two or more
// letters, digits and dots, starting with a letter.
func latinName(s string) bool {
	if len(s) < 2 || !isLatin(s[0]) {
		return false
	}
	for i := 0; i < len(s); i++ {
		if c := s[i]; !(isLatin(c) || c >= '0' && c <= '9' || c == '.') {
			return false
		}
	}
	return true
}

// isLatin reports whether b is a Latin letter.
func isLatin(b byte) bool { return b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z' }

// tibetanPair reports whether text is a Tibetan name of two names of two
// (平措央金, 次仁卓玛).
func tibetanPair(text string) bool {
	r := []rune(text)
	return len(r) == 4 && tibetanNameSet[string(r[:2])] && tibetanNameSet[string(r[2:])]
}
