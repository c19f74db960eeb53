package ner

import (
	"slices"
	"strconv"
	"strings"
	"unicode/utf8"
)

// modelStage is the stage of the tagger's persons: the names it proposes
// wherever they stand (model_persons.go), titles written after a name and
// names written before their title, NAME省长 (this file).
type modelStage struct{ *docState }

// titlesAfterNames reads a bare title written right after a name
// (唐仁健部长, 李伟国司长一行, 习近平总书记): the name holds it, at the body
// written right before the name if there is one (产业发展处王家忠处长),
// else at none.
func (d *modelStage) titlesAfterNames() {
	held := map[int]bool{}
	heldAs := map[string]bool{} // name start and title already recorded (王某委员建议)
	for _, h := range d.holds {
		held[h.ns] = true
		heldAs[strconv.Itoa(h.ns)+h.role.text] = true
	}
	seen := map[int]bool{}
	n := len(d.pmentions)
	for k := 0; k < n; k++ {
		m := d.pmentions[k]
		if seen[m.ns] {
			continue
		}
		seen[m.ns] = true
		items, p := d.titles(m.ne)
		if len(items) == 0 || items[0].body != nil || items[0].place != nil || items[0].entry.Attr("media") != "" {
			continue
		}
		// The title ends there: not the start of the next chain's name
		// (书记甲、县长乙 has its own chain) nor of a longer word.
		if _, ok := d.name(p, true); ok {
			continue
		}
		if !d.wordOfItsOwn(m.ne, p) || heldAs[strconv.Itoa(m.ns)+items[0].text] {
			continue
		}
		if !held[m.ns] {
			items[0].body = d.bodyRightBefore(m.ns)
		}
		d.record(items, [][2]int{{m.ns, m.ne}}, "")
	}
}

// bodyRightBefore returns the body written right before a name at ns
// (产业发展处王家忠处长, 市教育局张某局长), or nil.
func (d *modelStage) bodyRightBefore(ns int) *bodyPhrase {
	for _, bp := range d.phrases {
		if bp.end == ns && !bp.isPlace() && !bp.outlet {
			return bp
		}
	}
	return d.modelBodyEndingAt(ns) // 农业部农机化司李某司长
}

// namesBeforeTitles reads a name written right before a bare title where
// no rule or tagger span found one (习近平总书记, 王某省长): a surname and one
// or two characters that the rules read as a name ending at the title, and
// that the tagger does not find far-fetched (see vetoMargin).
func (d *modelStage) namesBeforeTitles() {
	if d.x.model == nil {
		return
	}
	for k, r := range d.s {
		if k == 0 || !isHan(r) {
			continue
		}
		if n, _ := d.longest(k, isRole); n == 0 {
			continue
		}
		if d.tibetanBefore(k) {
			continue
		}
		for _, l := range []int{3, 2} {
			s := k
			for n := 0; n < l && s > 0; n++ {
				_, w := utf8.DecodeLastRuneInString(d.s[:s])
				s -= w
			}
			if e, ok := d.ruleName(s, true); !ok || e != k || d.taken(s, k) || !d.plainName(s, k) {
				continue
			}
			if last, _ := utf8.DecodeLastRuneInString(d.s[s:k]); strings.ContainsRune(unitChars+"乡镇村姓", last) {
				continue // 童装组组长, 段队领导, 孜许乡书记, 尹姓经理: a unit's or place's name, no person's
			}
			if t := d.s[max(0, s-len("谢")):k]; strings.Contains(t, "谢谢") || strings.Contains(t, "感谢") {
				continue // 谢谢肖秘书长: thanks to the title's holder
			}
			items, p := d.titles(k)
			if len(items) == 0 || items[0].body != nil || items[0].place != nil || items[0].entry.Attr("media") != "" {
				break
			}
			// The tagger's objection does not count where its own reading
			// is an organization that ends inside the title (范华军党组成员:
			// 范华军党组).
			if d.margin(s, k) > vetoMargin && !d.orgIntoTitle(s, k, p) || d.taggedPlace(s, k) {
				continue // (苏丹总统: the tagger's place, a country)
			}
			if d.plainWord(s, k) && !d.taggedPerson(s, k) {
				continue // a common word the tagger reads no name in (车间领导, 高校教授)
			}
			if _, w := d.runeAt(s); (d.dictWordAcross(s) || hasAnySuffix(d.s[:s+w], takingWords...) || hasAnySuffix(d.s[:s+w], "到任")) && !d.taggedPerson(s, k) && d.bodyRightBefore(s) == nil {
				continue // the end of a word before it (离到任驻华大使, 曾任马里外长)
			}
			if !d.wordOfItsOwn(k, p) {
				break
			}
			items[0].body = d.bodyRightBefore(s)
			d.record(items, [][2]int{{s, k}}, "")
			break
		}
	}
}

// tibetanBefore records a Tibetan name of two names written right before
// the title at k, at a clause's start (3月31日,平措央金副厅长会见…), and
// reports whether there was one.
func (d *modelStage) tibetanBefore(k int) bool {
	for _, m := range leadingMods {
		if strings.HasSuffix(d.s[:k], m) {
			k -= len(m)
			break
		}
	}
	s := k
	for n := 0; n < 4 && s > 0; n++ {
		_, w := utf8.DecodeLastRuneInString(d.s[:s])
		s -= w
	}
	if !tibetanPair(d.s[s:k]) || d.taken(s, k) {
		return false
	}
	if r, _ := utf8.DecodeLastRuneInString(d.s[:s]); s > 0 && isHan(r) {
		return false
	}
	items, p := d.titles(k)
	if len(items) == 0 || items[0].body != nil || items[0].place != nil || !d.wordOfItsOwn(k, p) {
		return false
	}
	d.record(items, [][2]int{{s, k}}, "")
	return true
}

// taggedPlace reports whether the tagger reads [s, e) as a place.
func (d *modelStage) taggedPlace(s, e int) bool {
	return slices.ContainsFunc(d.spansAt(s), func(t span) bool { return t.typ == "loc" && t.end == e })
}

// taggedPerson reports whether the tagger reads [s, e) as a person.
func (d *modelStage) taggedPerson(s, e int) bool {
	return slices.ContainsFunc(d.spansAt(s), func(t span) bool { return t.typ == "person" && t.end == e })
}

// orgIntoTitle reports whether the tagger reads an organization from s
// that ends inside the title [k, p).
func (d *modelStage) orgIntoTitle(s, k, p int) bool {
	return slices.ContainsFunc(d.spansAt(s), func(t span) bool { return t.typ == "org" && t.end > k && t.end < p })
}

// speakers reads the name of a speaker before a colon at the start of a
// line, alone or after the body the speaker is of (姜山：…, 银监会刘明康：…):
// interviews, transcripts and headlines quoting an official. The name is
// a surname and one or two characters the rules read there, no common
// word of the segmenter, and that the tagger nearly reads itself
// (speakerMargin).
func (d *modelStage) speakers() {
	if d.x.model == nil {
		return
	}
	for ls, le := range lines(d.s) {
		d.speakerAt(ls, le)
	}
}

// speakerMargin is the most the tagger may prefer another reading of a
// speaker's name: with no title to anchor it, the bar is lower than
// vetoMargin (高清图：, 南瓜：, 沙王： are no names).
const speakerMargin = 20

// speakerAt reads a speaker's name on the line [ls, le), if one is there.
func (d *modelStage) speakerAt(ls, le int) {
	for ls < le && (d.s[ls] == ' ' || d.s[ls] == '\t') {
		ls++
	}
	k := ls + strings.IndexAny(d.s[ls:le], ":：")
	if k < ls || k-ls > 3*12 {
		return
	}
	starts := []int{ls}
	if b := d.modelOrg(func(s span) bool { return s.start == ls && s.end < k }); b != nil {
		starts = append(starts, b.end) // 星展银行程兵：
	}
	for _, bp := range d.phrases {
		if bp.start == ls && bp.end < k && !bp.isPlace() {
			starts = append(starts, bp.end) // 银监会刘明康：
		}
	}
	for _, s := range starts {
		e, ok := d.ruleName(s, true)
		if !ok || e != k || d.taken(s, e) || !d.plainName(s, e) || d.plainWord(s, e) || d.margin(s, e) > speakerMargin {
			continue
		}
		d.addPerson(s, e)
		return
	}
}
