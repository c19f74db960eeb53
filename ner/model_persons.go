package ner

import (
	"slices"
	"sort"
	"strings"
	"unicode/utf8"

	"github.com/orggraph/orggraph/ner/lexicon"
)

// modelPersons adds the tagger's persons that no rule found, where they
// overlap no mention of the rules.
func (d *modelStage) modelPersons() {
	// The names the rules found, before the tagger's are added.
	ruled := make([]string, 0, len(d.persons))
	for n := range d.persons {
		ruled = append(ruled, n)
	}
	sort.Strings(ruled)
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
		if k := d.nativeOfAt(s.start, s.end); k > 0 {
			// A place and 人 before the name (陈州人丁某政, 余干县人王某川):
			// the native of the place is the name after it.
			s.start = k
		}
		if d.taken(s.start, s.end) {
			if !d.mentioned(s.start, s.end) {
				d.drop("person", s.start, s.end, rulesFirst)
			}
			continue
		}
		if n := d.insideKnown(ruled, s.start, s.end); n != "" {
			d.drop("person", s.start, s.end, "part of "+n+", a name already found")
			continue
		}
		if n := d.addressed(s.start, s.end); n > 0 {
			// A surname and a word of address (胡老, 李大娘): the surname
			// is what names the person, a mention only.
			d.drop("person", s.start, s.end, "a surname and a word of address")
			d.addMentionOnly(s.start, s.start+n)
			continue
		}
		if latinName(d.s[s.start:s.end]) {
			// A name in Latin letters (Grubby, JohnParkes): a mention; the
			// graph keeps to names in characters.
			d.addMentionOnly(s.start, s.end)
			continue
		}
		if r, w := d.runeAt(s.start); s.end == s.start+w && d.x.lex.Has(string(r), lexicon.Surname) {
			// A surname alone (老孙, 小张): a mention of a person, too
			// little to name one in the graph.
			d.addMentionOnly(s.start, s.end)
			continue
		}
		if !d.plausibleName(s.start, s.end) {
			d.drop("person", s.start, s.end, "no plausible name: a title, place, body or word of the lexicons")
			continue
		}
		// A private person the officials visit or quote is a person
		// mentioned, no official of the graph (低保户雷某, 村民王某,
		// 廖某家中), and so is the person a doctrine is named after
		// (邓小平理论).
		if hasAnySuffix(d.s[:s.start], privateWords...) || hasAnyPrefix(d.s[s.end:], privateAfter...) {
			d.addMentionOnly(s.start, s.end)
			if d.private == nil {
				d.private = map[string]bool{}
			}
			d.private[d.s[s.start:s.end]] = true // 李某 quoted later is no official either
			continue
		}
		if hasAnyPrefix(d.s[s.end:], eponymWords...) {
			d.addMentionOnly(s.start, s.end)
			continue
		}
		// …nor 张 a classifier after a numeral or a demonstrative (那张小巧的
		// 门票, 一张张笑脸).
		if strings.HasPrefix(d.s[s.start:], "张") && hasAnySuffix(d.s[:s.start], "这", "那", "一", "两", "几", "每", "哪", "整", "半") && d.aloneBefore(s.start) {
			d.drop("person", s.start, s.end, "张 a classifier after a numeral or a demonstrative")
			continue
		}
		// …nor a surname doubled before it (汤汤伊图里河, 常常说).
		r, _ := utf8.DecodeRuneInString(d.s[s.start:])
		if prev, _ := utf8.DecodeLastRuneInString(d.s[:s.start]); prev == r {
			d.drop("person", s.start, s.end, "its first character doubles the one before")
			continue
		}
		// With no title or cue, three characters the segmenter reads as
		// a word of two and the start of the next are no name (盛世华章:
		// 盛世, 华章).
		if d.wordAndStart(s.start, s.end) {
			d.drop("person", s.start, s.end, "a word and the start of the next")
			continue
		}
		// With no title or cue, a common word is no name (单元); a title
		// right before or after it makes it one (桥本首相, 主帅因斯). A
		// word the dictionary counts rarely is often a name it holds as a
		// noun (老舍, 桥本, 家宝: under commonFreq).
		if d.plainWord(s.start, s.end) && d.tokAt[s.start].Freq >= commonFreq && !d.titledWord(s.start, s.end) {
			d.drop("person", s.start, s.end, "a common word, with no title or cue")
			continue
		}
		d.addPerson(s.start, s.end)
	}
}

// aloneBefore reports whether the segmenter reads the character before p
// as a word of its own (那 of 那张, not 一 of 之一).
func (d *modelStage) aloneBefore(p int) bool {
	_, w := utf8.DecodeLastRuneInString(d.s[:p])
	tk, ok := d.tokenBefore(p)
	return ok && tk.Start == p-w && tk.End == p
}

// nativeOfAt returns the start of the name after a place and 人 that open
// the span [s, e), or 0: the place ends in a level character (州, 县) and
// a name of two or three characters follows 人.
func (d *modelStage) nativeOfAt(s, e int) int {
	k := strings.Index(d.s[s:e], "人")
	if k < 0 {
		return 0
	}
	k += s
	if n := utf8.RuneCountInString(d.s[s:k]); n < 2 {
		return 0
	}
	if m := utf8.RuneCountInString(d.s[k+len("人") : e]); m < 2 || m > 3 {
		return 0
	}
	last, _ := utf8.DecodeLastRuneInString(d.s[:k])
	if !strings.ContainsRune("省市县州区旗乡镇村", last) {
		return 0
	}
	return k + len("人")
}

// wordAndStart reports whether the segmenter reads the three characters
// [s, e) as a dictionary word of two and the start of the next word.
func (d *modelStage) wordAndStart(s, e int) bool {
	if utf8.RuneCountInString(d.s[s:e]) != 3 {
		return false
	}
	_, w := utf8.DecodeLastRuneInString(d.s[s:e])
	d.segment(s)
	tk, ok := d.tokAt[s]
	return ok && tk.End == e-w && tk.Tag != "" && tk.Tag != "x" && d.wordPast(e-w, e)
}

// insideKnown returns the longest of the names the rules found of which
// [s, e) is a strict part where it stands (阮成 of 阮成发, 别克·贾那提别克
// of 沙恒别克·贾那提别克), or "". A name reads the same wherever it
// stands: the known-names stage marks the whole of it there.
func (d *modelStage) insideKnown(names []string, s, e int) string {
	best := ""
	for _, n := range names {
		if len(n) <= e-s || len(n) <= len(best) {
			continue
		}
		lo, hi := max(0, e-len(n)), min(len(d.s), s+len(n))
		for k := range occurrences(d.s[lo:hi], n) {
			if lo+k <= s && e <= lo+k+len(n) {
				best = n
				break
			}
		}
	}
	return best
}

// titledWord reports whether a role mention ends right before the word
// [s, e) or starts right after it, and the word ends as no unit's name
// does (小组组长).
func (d *modelStage) titledWord(s, e int) bool {
	last, _ := utf8.DecodeLastRuneInString(d.s[s:e])
	return !strings.ContainsRune(unitChars, last) && slices.ContainsFunc(d.rmentions, func(m Mention) bool { return m.ns == e || m.ne == s })
}
