package ner

import (
	"strings"
	"unicode/utf8"
)

// skipCount returns the offset after the count that closes a list of
// names at q (等18人, 3名同志, 三位同志, 等领导同志), or q.
func (d *names) skipCount(q int) int {
	p := skipPrefix(d.s, q, "等")
	n := p
	for {
		r, w := d.runeAt(n)
		if w == 0 || !isNumeral(r) {
			break
		}
		n += w
	}
	if n > p {
		r, w := d.runeAt(n)
		if !strings.ContainsRune(countClassifiers, r) {
			return q
		}
		n += w
	} else if p == q {
		return q
	}
	n = skipPrefix(d.s, n, "领导")
	n = skipPrefix(d.s, n, "同志")
	return n
}

// countAt reports whether a count of persons starts at p: numerals and a
// classifier (两名, 3位, 十五人).
func (d *names) countAt(p int) bool {
	q := p
	for q < len(d.s) {
		r, w := utf8.DecodeRuneInString(d.s[q:])
		if !isNumeral(r) {
			break
		}
		q += w
	}
	if q == p || q >= len(d.s) {
		return false
	}
	r, _ := utf8.DecodeRuneInString(d.s[q:])
	return strings.ContainsRune(countClassifiers, r)
}

// reasonBefore returns the start of a clause of reason of at most ten
// characters that ends with a comma at e (因工作调动, before 不再担任),
// or e.
func (d *names) reasonBefore(e int) int {
	if !strings.HasSuffix(d.s[:e], ",") {
		return e
	}
	p := e - 1
	for n := 0; n < 10 && p > 0; n++ {
		r, w := utf8.DecodeLastRuneInString(d.s[:p])
		if !isHan(r) {
			return e
		}
		p -= w
		for _, o := range reasonOpeners {
			if strings.HasPrefix(d.s[p:], o) && p+len(o) < e-1 {
				return p
			}
		}
	}
	return e
}

// countBefore returns the start of a count that ends at e and closes a
// list of names before it (甲、乙两名 before 同志分别当选), or e.
func (d *names) countBefore(e int) int {
	r, w := utf8.DecodeLastRuneInString(d.s[:e])
	if !strings.ContainsRune(countClassifiers, r) {
		if strings.HasSuffix(d.s[:e], "等") {
			return e - len("等")
		}
		return e
	}
	p := e - w
	for p > 0 {
		r, w := utf8.DecodeLastRuneInString(d.s[:p])
		if !isNumeral(r) {
			break
		}
		p -= w
	}
	if p == e-w {
		return e
	}
	if strings.HasSuffix(d.s[:p], "等") {
		p -= len("等")
	}
	return p
}

// nameList returns the names listed at q, joined by one of seps, until
// something else than a name follows; 同志 after a name is passed over.
func (d *names) nameList(q int, seps ...string) [][2]int {
	var names [][2]int
	for {
		if len(names) > 0 {
			// A body and its title start the next item, not a name
			// (甲、阿勒泰地委书记乙: 阿勒泰 is a place).
			if bp := d.bodyPhrase(q); bp != nil && len(bp.cores) > 0 {
				if _, ok := d.role(bp.end, bp); ok {
					return names
				}
			}
		}
		e, ok := d.name(q, true)
		if !ok {
			return names
		}
		names = append(names, [2]int{q, e})
		q = d.skipNote(skipPrefix(d.s, e, "同志"))
		sep := ""
		for _, x := range seps {
			if strings.HasPrefix(d.s[q:], x) {
				sep = x
				break
			}
		}
		if sep == "" && strings.HasPrefix(d.s[q:], "(") {
			// The name's own titles in brackets, then the list goes on:
			// 甲(县委书记)、乙.
			if k := strings.IndexByte(d.s[q:], ')'); k > 0 && k < 60 && !strings.ContainsAny(d.s[q+1:q+k], "(。") {
				for _, x := range seps {
					if strings.HasPrefix(d.s[q+k+1:], x) {
						q, sep = q+k+1, x
						break
					}
				}
			}
		}
		if sep == "" {
			return names
		}
		q += len(sep)
		for sep == " " && strings.HasPrefix(d.s[q:], " ") {
			q++
		}
	}
}

// skipNote returns the end of a note in brackets at q that lists write
// after a name: sex and nation (王某(女), 李某(女,回族), 张某(蒙古族)), or
// q if there is none.
func (d *names) skipNote(q int) int {
	if !strings.HasPrefix(d.s[q:], "(") {
		return q
	}
	k := strings.IndexByte(d.s[q:], ')')
	if k < 0 || k > 30 {
		return q
	}
	for _, part := range strings.FieldsFunc(d.s[q+1:q+k], func(r rune) bool { return r == ',' || r == '、' || r == ' ' }) {
		if !nameNotes[part] && !(strings.HasSuffix(part, "族") && utf8.RuneCountInString(part) <= 4) {
			return q
		}
	}
	return q + k + 1
}

// nameEndingAt finds a name that ends at e and starts after punctuation,
// the start of the text or a word that introduces a decision (决定, 同意).
func (d *names) nameEndingAt(e int) (int, bool) {
	s := e
	for n := 0; n < 4 && s > 0; n++ {
		_, sz := utf8.DecodeLastRuneInString(d.s[:s])
		s -= sz
		if n < 1 {
			continue
		}
		if !d.clauseStart(s) {
			continue
		}
		if end, ok := d.name(s, true); ok && end == e {
			return s, true
		}
	}
	return 0, false
}

// plainName reports whether the name at [s, e) is not a common word
// character followed by a word: a surname that is also a common
// character (但, 和, 时) counts only where the segmenter reads it as
// part of a name (黄某表示, not 但安某表示).
func (d *names) plainName(s, e int) bool {
	n, es := d.longest(s, isSurname)
	if n == 0 || es[0].Attr("rare") != "1" {
		return true
	}
	d.segment(s)
	tk, ok := d.tokAt[s]
	return ok && (tk.Tag == "nr" || tk.End == e)
}

// commonWord reports whether the segmenter reads [s, e) as one dictionary
// word that is not a name (司机说, 记者称).
func (d *names) commonWord(s, e int) bool {
	tag, ok := d.wordTag(s, e)
	if !ok {
		return false
	}
	switch tag {
	case "", "x", "nr", "nrt", "nrfg":
		return false
	}
	return true
}

// foreignPlaceWord reports whether the segmenter reads [s, e) as a place
// the lexicons do not hold: after a title, the tagger's name stands there
// (总理乌叶海亚, 秘书长加利; the segmenter's dictionary tags many
// transliterations ns).
func (d *names) foreignPlaceWord(s, e int) bool {
	if tag, ok := d.wordTag(s, e); !ok || tag != "ns" {
		return false
	}
	n, _ := d.longest(s, isPlace)
	return n == 0
}

// clauseStart reports whether a name may start at s in an appointment
// sentence.
func (d *names) clauseStart(s int) bool {
	if s == 0 {
		return true
	}
	r, _ := utf8.DecodeLastRuneInString(d.s[:s])
	if isDot(r) || r == '-' {
		return false // inside a foreign name
	}
	if !isHan(r) {
		return true
	}
	for _, w := range clauseOpeners {
		if strings.HasSuffix(d.s[:s], w) {
			return true
		}
	}
	return false
}
