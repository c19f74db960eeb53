package ner

import (
	"slices"
	"sort"
	"strings"
	"unicode/utf8"

	"github.com/orggraph/orggraph/ner/lexicon"
	"github.com/orggraph/orggraph/ner/tagger"
)

// modelPersonAt returns the end of the tagger's person span that starts
// at p, if there is one the lexicons do not veto.
func (d *names) modelPersonAt(p int) (int, bool) {
	for _, s := range d.spansAt(p) {
		if s.typ == "person" && d.plausibleName(s.start, s.end) {
			return s.end, true
		}
	}
	return 0, false
}

// spansAt returns the tagger's spans that start at p (they are sorted by
// start).
func (d *lattice) spansAt(p int) []span {
	k := d.spanFrom(p)
	n := k
	for n < len(d.tspans) && d.tspans[n].start == p {
		n++
	}
	return d.tspans[k:n]
}

// placeNamedAt returns the end of a name at p that is also the short
// name of a place, where a title comes before it and the act of a
// meeting's participant or 同志 right after it (旗委书记兴安主持召开): the
// tagger reads a name there and nothing but the place vetoes it.
func (d *names) placeNamedAt(p int) (int, bool) {
	for _, s := range d.spansAt(p) {
		if s.typ != "person" || utf8.RuneCountInString(d.s[s.start:s.end]) != 2 {
			continue
		}
		l, es := d.longest(s.start, nil)
		if l != s.end-s.start {
			continue
		}
		for _, en := range es {
			if en.Kind != lexicon.Place || en.Attr("full") == "" {
				return 0, false
			}
		}
		if strings.HasPrefix(d.s[s.end:], "同志") {
			return s.end, true
		}
		for _, m := range d.matches(s.end) {
			if en := entryOf(m.Entries, lexicon.Act); en != nil && participantActs[en.Attr("act")] {
				return s.end, true
			}
		}
	}
	return 0, false
}

// plausibleName vetoes a tagger person that is a title, a body, a place or
// a word that is no name, or that is too short or long for one.
func (d *names) plausibleName(s, e int) bool {
	n := utf8.RuneCountInString(d.s[s:e])
	if n < 2 || n > 12 {
		return false
	}
	for i, r := range d.s[s:e] {
		if !isHan(r) && !isDot(r) && !(isDash(r) && i > 0 && s+i+utf8.RuneLen(r) < e) {
			return false // (a dash inside: 约翰—格伦, 施特劳斯—卡恩)
		}
	}
	if d.t.BreakWithin(s, e) || weekdayName(d.s[s:e]) {
		return false
	}
	l, es := d.longest(s, nil)
	if l == e-s {
		for _, en := range es {
			switch en.Kind {
			case lexicon.Role, lexicon.Body, lexicon.Place, lexicon.Level, lexicon.Outlet, lexicon.NotName, lexicon.PostName, lexicon.Act, lexicon.RoleMod:
				return false
			}
		}
	}
	return true
}

// ruleMargin is the tagger score by which its own reading of a name must
// beat the rules' reading to overrule it. It is set for the embedded model
// (a retrained model may score wider or narrower: see the README).
var ruleMargin float32 = 50

// verbMargin is the tagger score by which its shorter reading of a name
// must beat the rules' when the character it leaves out starts a verb
// (李才接到: 32; 龚刚飞到, a name of three, 2).
var verbMargin float32 = 20

// vetoMargin is the tagger score by which its reading must beat a name
// the rules read where it sees none, to veto that name.
var vetoMargin float32 = 100

// margin returns how much the tagger prefers its best reading of the line
// around [s, e) to one where [s, e) is a person.
func (d *names) margin(s, e int) float32 {
	key := [2]int{s, e}
	if v, ok := d.margins[key]; ok {
		return v
	}
	ls := strings.LastIndexByte(d.s[:s], '\n') + 1
	le := strings.IndexByte(d.s[e:], '\n')
	if le < 0 {
		le = len(d.s)
	} else {
		le += e
	}
	// The tagger's reading is local: a long line is cut to the sentences
	// around the span, so that a margin costs the same on a one-line
	// document as on an article.
	const window = 600 // bytes each side
	if s-ls > window {
		a := s - window
		if k := strings.IndexAny(d.s[a:s], "。!?;"); k >= 0 {
			a += k
		}
		for a < s && !utf8.RuneStart(d.s[a]) {
			a++
		}
		_, w := utf8.DecodeRuneInString(d.s[a:])
		if r, _ := utf8.DecodeRuneInString(d.s[a:]); strings.ContainsRune("。!?;", r) {
			a += w
		}
		ls = a
	}
	if le-e > window {
		b := e + window
		if k := strings.LastIndexAny(d.s[e:b], "。!?;"); k >= 0 {
			b = e + k
		}
		for b > e && !utf8.RuneStart(d.s[b]) {
			b--
		}
		le = b
	}
	sc := d.sc
	sc.starts, sc.runes = sc.starts[:0], sc.runes[:0]
	rs, re := -1, -1
	for i, r := range d.s[ls:le] {
		if ls+i == s {
			rs = len(sc.runes)
		}
		if ls+i == e {
			re = len(sc.runes)
		}
		sc.starts = append(sc.starts, ls+i)
		sc.runes = append(sc.runes, r)
	}
	if e == le {
		re = len(sc.runes)
	}
	sc.obs = growU32(sc.obs, len(sc.runes))
	observeWith(d.matches, sc.starts, sc.obs)
	v := d.x.model.Margin(sc.runes, sc.obs, tagger.Span{Type: "person", Start: rs, End: re}, &sc.tag)
	if d.margins == nil {
		d.margins = map[[2]int]float32{}
	}
	d.margins[key] = v
	return v
}

// userNameAt reports whether a name of the user's lexicons starts at p.
func (d *names) userNameAt(p int) bool {
	ss := d.spansAt(p)
	return len(ss) > 0 && ss[0].user
}

// modelPersonEndingAt returns the start of the tagger's person span that
// ends at e, if there is one the lexicons do not veto.
func (d *names) modelPersonEndingAt(e int) (int, bool) {
	k := sort.Search(len(d.tspans), func(i int) bool { return d.tspans[i].end >= e })
	for ; k < len(d.tspans) && d.tspans[k].end == e; k++ {
		if s := d.tspans[k]; s.typ == "person" && d.plausibleName(s.start, s.end) {
			return s.start, true
		}
	}
	return 0, false
}

// endsInBody reports whether [s, e) ends with a body word of the
// lexicons that is no company's or institution's (政府, 公安局, 海军).
func (d *names) endsInBody(s, e int) bool {
	p := e
	for n := 0; n < 6 && p > s; n++ {
		_, w := utf8.DecodeLastRuneInString(d.s[s:p])
		p -= w
		for _, en := range d.x.lex.Lookup(d.s[p:e]) {
			if en.Kind == lexicon.Body && en.Attr("org") == "" && en.Attr("branch") == "" {
				return true
			}
		}
	}
	return false
}

// modelBodyEndingAt returns, as a body phrase, the tagger's organization
// that ends at e with a body word of the state or a department's suffix
// (农业部农机化司), or nil.
func (d *names) modelBodyEndingAt(e int) *bodyPhrase {
	for _, s := range d.tspans {
		if s.typ != "org" || s.end != e || d.t.BreakWithin(s.start, s.end) || !wellFormed(d.s[s.start:s.end]) ||
			!d.endsInBody(s.start, s.end) && !hasAnySuffix(d.s[s.start:s.end], deptSuffixes...) {
			continue
		}
		text := d.s[s.start:s.end]
		attrs := map[string]string{"dept": "1"}
		if strings.HasSuffix(text, "司") && !strings.HasSuffix(text, "公司") {
			attrs["national"] = "1" // a ministry's department: no place qualifies it
		}
		for _, bp := range d.phrases {
			// A department of a national body (农业部农机化司) is never
			// qualified by the article's place.
			if bp.start == s.start && bp.end <= s.end && len(bp.cores) > 0 && bp.cores[0].Attr("national") == "1" {
				attrs["national"] = "1"
			}
		}
		return d.spanBody(s, attrs)
	}
	return nil
}

// spanBody returns the tagger's span s as a body phrase of one body word,
// its text, with attrs; a body that a place starts is the national
// kind, qualified by no other place.
func (d *names) spanBody(s span, attrs map[string]string) *bodyPhrase {
	text := d.s[s.start:s.end]
	if n, _ := d.longest(s.start, isPlace); n > 0 {
		attrs["national"] = "1" // named by its place already (铁岭市教委, 成都军区后勤部): no place qualifies it
	}
	return &bodyPhrase{start: s.start, end: s.end, text: text,
		cores: []*lexicon.Entry{{Word: text, Kind: lexicon.Body, Attrs: attrs}}, coreTexts: []string{text}}
}

// modelDeptSharing returns, as a body phrase, the tagger's organization
// that ends with the character at i, the first of its head's title, where
// the rules read no body in it, only places (俄罗斯内务部长: 内务部 and 部长 share 部),
// or nil. A ministry (部) is named by its country, never by the
// article's place.
func (d *names) modelDeptSharing(i int) *bodyPhrase {
	r, w := d.runeAt(i)
	if !strings.ContainsRune("部局厅司", r) {
		return nil
	}
	for _, s := range d.tspans {
		if s.typ != "org" || s.end != i+w || s.start >= i || d.t.BreakWithin(s.start, s.end) || !wellFormed(d.s[s.start:s.end]) ||
			namesOrg(d.s[s.start:s.end]) || slices.ContainsFunc(d.phrases, func(bp *bodyPhrase) bool { return bp.start < s.end && s.start < bp.end && !bp.isPlace() }) {
			continue
		}
		if e, ok := d.ruleName(s.start, true); ok && e == i {
			continue // 拜访孟凯诚部长: a name before a title, no department
		}
		attrs := map[string]string{"dept": "1"}
		if r == '部' || r == '司' {
			attrs["national"] = "1"
		}
		return d.spanBody(s, attrs)
	}
	return nil
}

// modelBodyAt returns, as a body phrase, the tagger's organization that
// starts at p, ends as a body of the state does and crosses no phrase of
// the rules (临溪县委 of a county the gazetteer lacks), or nil.
func (d *names) modelBodyAt(p int) *bodyPhrase {
	if hasAnyPrefix(d.s[p:], formerMarks...) {
		return nil // 原县人大常委会主任: a former post's mark, then the body
	}
	for _, s := range d.spansAt(p) {
		if s.typ != "org" {
			continue
		}
		if b := d.modelUnitEndingAt(s.end); b != nil && b.start == p {
			return b
		}
	}
	return nil
}

// modelUnitEndingAt is modelBodyEndingAt where no phrase of the rules
// crosses the tagger's organization, with a company's or a university's
// unit typed as an organization, no body of the state
// (西南财经大学信托与理财研究所, 民生银行信用卡中心).
func (d *names) modelUnitEndingAt(e int) *bodyPhrase {
	if !d.overlapsNoPhrase(e) {
		return nil
	}
	b := d.modelBodyEndingAt(e)
	if b != nil && namesOrg(b.text) {
		b.cores[0].Attrs = map[string]string{"org": "1"}
	}
	return b
}

// modelOrgEndingAt returns, as a body phrase, the tagger's organization
// that ends at e with a company's or an institution's suffix and that no
// rule read (华菱集团 before 总经理), or nil.
func (d *names) modelOrgEndingAt(e int) *bodyPhrase {
	return d.modelOrg(func(s span) bool { return s.end == e })
}

// modelAnyOrgEndingAt returns, as a body phrase, the tagger's
// organization of any kind that ends at e, that no rule read and that
// starts a word, or nil (联合国 before 秘书长, 林业部 before 部长).
func (d *names) modelAnyOrgEndingAt(e int) *bodyPhrase {
	for _, s := range d.tspans {
		text := d.s[s.start:s.end]
		if s.end != e || !d.wordOrg(s) || d.phraseAcross(s.start, s.end) || d.placeWord(s.start, s.end) {
			continue // (美国 of 美国总统)
		}
		if d.endsInBody(s.start, s.end) || stateSuffix(text) || d.bodyInside(s.start, s.end) {
			return d.spanBody(s, map[string]string{"dept": "1"}) // a body of the state (省公安厅经侦总队)
		}
		return d.spanBody(s, map[string]string{"org": "1"})
	}
	return nil
}

// wordOrg reports whether the tagger's span s is an organization, well
// formed, with no title marks (《》), on one line and starting a word for
// the segmenter (北京首创期货农产品部: the tagger's 货农产品部 starts inside
// 期货) and not at a pronoun.
func (d *names) wordOrg(s span) bool {
	text := d.s[s.start:s.end]
	first, _ := utf8.DecodeRuneInString(text)
	return s.typ == "org" && !d.t.BreakWithin(s.start, s.end) && wellFormed(text) && !strings.ContainsAny(text, "《》") &&
		!strings.ContainsRune(pronouns, first) && // 我同村委会, 我市教育局
		!tibetanPair(text) && // 平措央金副厅长: a person's name
		(s.start == 0 || !d.wordAcross(s.start))
}

// placeWord reports whether [s, e) is a place of the lexicons, whole.
func (d *names) placeWord(s, e int) bool {
	l, es := d.longest(s, nil)
	return l == e-s && slices.ContainsFunc(es, isPlace)
}

// modelOrgAround returns, as a body phrase, the tagger's organization
// that ends with the body b the rules read (no parent written) and starts
// before it, at the start of a word, where no phrase of the rules crosses
// its start and no title stands in it: the whole name of a body whose
// prefix the lexicons lack (中央纪律检查委员会, 锡山市委 of a city the
// gazetteer lacks, 全国人大环境与资源保护委员会 of which the rules read
// 资源 as a county). It keeps the kind of b's last body word; nil if
// there is none.
func (d *names) modelOrgAround(b *bodyPhrase) *bodyPhrase {
	if b == nil || b.under != nil || len(b.cores) == 0 || b.outlet {
		return nil
	}
	for _, s := range d.tspans {
		if s.end != b.end || s.start >= b.start || !d.wordOrg(s) || d.phraseAcross(s.start, b.start) {
			continue
		}
		// The characters before b are a name's: Han characters, two at
		// least before a level word, none a function word first
		// (和县人民检察院 after a name: and the county's procuratorate).
		for _, m := range formerMarks {
			if strings.HasPrefix(d.s[s.start:b.start], m) {
				s.start += len(m) // 原国家建设部: the mark, then the body
			}
		}
		pre := d.s[s.start:b.start]
		if pre == "" || strings.ContainsFunc(pre, func(r rune) bool { return !isHan(r) }) || strings.ContainsRune(funcChars, d.s2rune(s.start)) || d.titleWithin(s.start, b.start) ||
			b.level != "" && utf8.RuneCountInString(pre) < 2 {
			continue
		}
		if b.cores[0].Attr("national") == "1" && (pre == "中国" || pre == "中华人民共和国") {
			continue // 中国全国政协: China before its own national body (but 荷兰国防部)
		}
		attrs := map[string]string{}
		for k, v := range b.cores[len(b.cores)-1].Attrs {
			if k != "bare" && k != "canon" && k != "jur" {
				attrs[k] = v
			}
		}
		return d.spanBody(s, attrs)
	}
	return nil
}

// modelOrgAt is modelOrgEndingAt for an organization that starts at p
// (副主任兼华菱集团董事长).
func (d *names) modelOrgAt(p int) *bodyPhrase {
	return d.modelOrg(func(s span) bool { return s.start == p })
}

func (d *names) modelOrg(at func(span) bool) *bodyPhrase {
	for _, s := range d.tspans {
		text := d.s[s.start:s.end]
		if s.typ != "org" || !at(s) || d.t.BreakWithin(s.start, s.end) || !hasAnySuffix(text, orgSuffixes...) || !wellFormed(text) {
			continue
		}
		if d.phraseOver(s.start, s.end) {
			return nil
		}
		return d.spanBody(s, map[string]string{"org": "1"})
	}
	return nil
}

// wellFormed reports whether a tagger's name holds no quotation mark,
// balanced brackets and no date: not (…集团)有限公司 or 金管会”银行局, cut
// at one, nor 北京一月六日电国务院, a dateline run into a body.
func wellFormed(text string) bool {
	return !strings.ContainsAny(text, "“”\"'") && strings.Count(text, "(") == strings.Count(text, ")") && !holdsChineseDate(text)
}

// overlapsNoPhrase reports whether no body phrase the rules read crosses
// an end of the tagger's organization ending at e. One inside it is a
// part the tagger reads on past (中国社科院 of 中国社科院城市发展与环境研究中心).
func (d *names) overlapsNoPhrase(e int) bool {
	for _, s := range d.tspans {
		if s.typ == "org" && s.end == e {
			return !d.phraseCrosses(s.start, s.end, false)
		}
	}
	return false
}

// bodyInside reports whether a body phrase of the rules, no place and no
// company's, lies inside [s, e) (省公安厅 of 省公安厅经侦总队).
func (d *names) bodyInside(s, e int) bool {
	return slices.ContainsFunc(d.phrases, func(bp *bodyPhrase) bool {
		return bp.start >= s && bp.end <= e && !bp.isPlace() && !bp.outlet && len(bp.cores) > 0 && bp.cores[len(bp.cores)-1].Attr("org") == ""
	})
}

// titleWithin reports whether a title is the longest word of the
// lexicons at some character of [s, e) (县常委政法委: 常委; not 委员 of
// 委员会).
func (d *names) titleWithin(s, e int) bool {
	for p := s; p < e; {
		if _, es := d.longest(p, nil); len(es) > 0 && es[0].Kind == lexicon.Role {
			return true
		}
		_, w := d.runeAt(p)
		p += w
	}
	return false
}

// phraseAcross reports whether a body phrase the rules read crosses an
// end of [s, e) or is the whole of it: one inside it is a part the
// tagger reads on past (成都军区 of 成都军区后勤部).
func (d *names) phraseAcross(s, e int) bool {
	return d.phraseCrosses(s, e, true)
}

// phraseCrosses reports whether a body phrase the rules read overlaps
// [s, e) and runs out of it at either end, or, with whole, is [s, e).
func (d *names) phraseCrosses(s, e int, whole bool) bool {
	for _, bp := range d.phrases {
		if bp.start < e && s < bp.end && (bp.start < s || bp.end > e || whole && bp.start == s && bp.end == e) {
			return true
		}
	}
	return false
}

// phraseOver reports whether a body phrase the rules read overlaps [s, e).
func (d *names) phraseOver(s, e int) bool {
	for _, bp := range d.phrases {
		if bp.start < e && s < bp.end {
			return true
		}
	}
	return false
}

// namesOrg reports whether a name holds a company's or an institution's
// word (有限公司, 大学, 银行): no department of the state.
func namesOrg(name string) bool {
	return slices.ContainsFunc(orgSuffixes, func(x string) bool { return strings.Contains(name, x) })
}

// wordOfItsOwn reports whether the title at [s, e) is a word of its own,
// not the start of a longer word of the lexicons or the dictionary
// (书记处).
func (d *names) wordOfItsOwn(s, e int) bool {
	n, _ := d.longest(s, nil)
	return n <= e-s && !d.wordPast(s, e)
}

// weekdayName reports whether name is a day of the week, alone or with
// the time of day, that a title precedes (总理周二晚表示, 市长周五主持): 周 is
// no surname there.
func weekdayName(name string) bool {
	rest, ok := strings.CutPrefix(name, "周")
	if !ok {
		return false
	}
	d, w := utf8.DecodeRuneInString(rest)
	if !strings.ContainsRune("一二三四五六日天末", d) {
		return false
	}
	t, _ := utf8.DecodeRuneInString(rest[w:])
	return len(rest) == w || strings.ContainsRune("上下中晚早夜凌傍", t)
}
