package ner

import (
	"slices"
	"sort"
	"strings"
	"unicode/utf8"

	"github.com/orggraph/orggraph/ner/lexicon"
)

// outletPhrase parses news outlets joined by "·", letting a lost character
// stand for a character of a lexicon outlet (湖南日? → 湖南日报).
func (d *bodies) outletPhrase(i int) *bodyPhrase {
	p := i
	var names []string
	for {
		n, w := d.outletAt(p)
		if n == 0 {
			break
		}
		names = append(names, w)
		p += n
		if strings.HasPrefix(d.s[p:], "·") {
			if n2, _ := d.outletAt(p + len("·")); n2 > 0 {
				p += len("·")
				continue
			}
		}
		break
	}
	if len(names) == 0 {
		return nil
	}
	txt := strings.Join(names, "·")
	return &bodyPhrase{start: i, end: p, outlet: true, text: txt, canonical: txt, kind: "outlet", resolved: true}
}

// outletAt matches one outlet at p: a lexicon outlet, or a place followed by
// a generic outlet word (岳阳 + 日报). It returns the length in the text and
// the outlet's name.
func (d *bodies) outletAt(p int) (int, string) {
	isOutlet := func(e *lexicon.Entry) bool { return e.Kind == lexicon.Outlet }
	n, es := d.longest(p, isOutlet)
	if n > 0 && es[0].Attr("generic") != "1" && !d.t.BreakWithin(p, p+n) {
		if n > len("求是") || !d.insideWord(p) {
			return n, d.s[p : p+n]
		}
	}
	// Lost characters: the text up to a break is a prefix of an outlet.
	bi := sort.SearchInts(d.t.Breaks, p+1)
	if bi < len(d.t.Breaks) && d.t.Breaks[bi]-p <= maxLostOutlet {
		b := d.t.Breaks[bi]
		lost := d.t.LostAt(b)
		prefix := d.s[p:b]
		if utf8.RuneCountInString(prefix) >= 2 {
			for _, e := range d.x.outlets() {
				if strings.HasPrefix(e, prefix) {
					missing := utf8.RuneCountInString(e) - utf8.RuneCountInString(prefix)
					if missing >= 1 && missing <= lost {
						return b - p, e
					}
				}
			}
		}
	}
	// Place + generic outlet word.
	if pn, _ := d.longest(p, isPlace); pn > 0 {
		if gn, ges := d.longest(p+pn, isOutlet); gn > 0 && ges[0].Attr("generic") == "1" && !d.t.BreakWithin(p, p+pn+gn) {
			return pn + gn, d.s[p : p+pn+gn]
		}
	}
	return 0, ""
}

// outlets lists the non-generic outlet words, longest first.
func (x *Extractor) outlets() []string {
	x.outletOnce.Do(func() {
		for _, e := range x.lex.Words() {
			if e.Kind == lexicon.Outlet && e.Attr("generic") != "1" {
				x.outletList = append(x.outletList, e.Word)
			}
		}
		sort.SliceStable(x.outletList, func(i, j int) bool { return len(x.outletList[i]) > len(x.outletList[j]) })
	})
	return x.outletList
}

// insideWord reports whether the segmenter reads a word that starts
// before p and goes on past it (求是 of 实事求是).
func (d *bodies) insideWord(p int) bool {
	d.segment(p)
	tk, ok := d.tokenOver(p)
	return ok && tk.Start < p && tk.End > p
}

// placeAt reports whether a gazetteer place of two characters or more
// starts at p (长沙 after 人民银行: no 行长 there); a county's short form
// only where a body, a level or a title follows it (组织部长宁某: 长宁 is a
// district's short form, but no body follows).
func (d *bodies) placeAt(p int) bool {
	n, es := d.longest(p, isPlace)
	if n <= len("长") {
		return false
	}
	if slices.ContainsFunc(es, func(e *lexicon.Entry) bool { return e.Attr("short") == "" }) {
		return true
	}
	m, _ := d.longest(p+n, func(e *lexicon.Entry) bool {
		return e.Kind == lexicon.Body || e.Kind == lexicon.Level || e.Kind == lexicon.Role || e.Kind == lexicon.RoleMod
	})
	return m > 0
}

// conjunctionAt reports whether the 和 (与, 及, 同) at p joins what is
// before it to what follows: after a name or a word, but not after a
// province or prefecture (安徽省和县).
func (d *bodies) conjunctionAt(p int) bool {
	if d.nameEndsAt(p) {
		return true
	}
	r, _ := utf8.DecodeLastRuneInString(d.s[:p])
	return d.hanBefore(p) && !strings.ContainsRune("省市州", r)
}

// conjunctionStartsAt reports whether the text at p starts with a
// conjunction (和, 与, 及, 同) that joins it to the name before (刘霞和县
// 人民检察院: and 县…, not 和县).
func (d *bodies) conjunctionStartsAt(p int) bool {
	return strings.ContainsRune("和与及同", d.s2rune(p)) && d.conjunctionAt(p)
}

// nameEndsAt reports whether a person mention found so far ends at p.
func (d *bodies) nameEndsAt(p int) bool {
	for i := len(d.pmentions) - 1; i >= 0 && i >= len(d.pmentions)-4; i-- {
		if d.pmentions[i].ne == p {
			return true
		}
	}
	return false
}

// plainStem reports whether no word of the lexicons (a place, level,
// body, title, modifier or verb) starts inside [s, e) before its last
// character: the name is a stem the lexicons do not know and its suffix.
func (d *bodies) plainStem(s, e int) bool {
	_, last := utf8.DecodeLastRuneInString(d.s[s:e])
	for p := s; p < e-last; {
		// Past the stem's start, a word the segmenter reads across (市 of
		// 城市管理综合执法局), a county's short form or a surname that
		// starts a common noun (资源 of 公共资源交易中心, 储 of 储备) and
		// two nouns joined by 和 (粮食和物资储备局) are parts of the stem.
		if d.stemWordAt(p) && (p == s || !d.levelInsideWord(p) && !d.commonNounAt(p) && !(d.nounsJoinedAt(p) && d.nounsUntil(p+len("和"), e-last))) {
			return false
		}
		_, w := d.runeAt(p)
		p += w
	}
	return true
}

// orgSuffixAcross reports whether a company's or institution's suffix
// (大学, 医院) starts before p and ends after it.
func (d *bodies) orgSuffixAcross(p int) bool {
	if !strings.ContainsRune(orgSuffixInner, d.s2rune(p)) {
		return false
	}
	for _, suf := range orgSuffixes {
		for k := 1; k < len(suf) && k <= p; k++ {
			if utf8.RuneStart(suf[k]) && strings.HasPrefix(d.s[p-k:], suf) {
				return true
			}
		}
	}
	return false
}

// functionWordIn reports whether the segmenter reads an adverb, a
// preposition, a pronoun or a particle in [p, q): no unit's name holds
// one (萍乡市委多年来坚持每年都举办, 决定成立一个以财政部).
func (d *bodies) functionWordIn(p, q int) bool {
	for p < q {
		d.segment(p)
		tk, ok := d.tokenOver(p)
		if !ok || tk.End <= p {
			_, w := d.runeAt(p)
			p += w
			continue
		}
		switch tk.Tag {
		case "d", "ad", "p", "r", "u", "uj", "ul", "uz", "ug", "uv", "ud":
			return true
		}
		p = tk.End
	}
	return false
}

// nounsUntil reports whether the segmenter reads [p, e) as common nouns
// and adjectives alone (大数据管理, not 研究我国两院).
func (d *bodies) nounsUntil(p, e int) bool {
	for p < e {
		d.segment(p)
		tk, ok := d.tokAt[p]
		if !ok || !(commonNoun(tk.Tag) || tk.Tag == "a") {
			return false
		}
		p = tk.End
	}
	return true
}

// nounsJoinedAt reports whether the 和 at p joins two nouns of two
// characters or more, as in a department's stem (粮食和物资储备局,
// 政务服务和大数据管理局).
func (d *bodies) nounsJoinedAt(p int) bool {
	if !strings.HasPrefix(d.s[p:], "和") {
		return false
	}
	_, w := utf8.DecodeLastRuneInString(d.s[:p])
	before, ok := d.tokenBefore(p)
	if !ok || before.End != p || before.End-before.Start < 2*w || !commonNoun(before.Tag) {
		return false
	}
	q := p + len("和")
	d.segment(q)
	after, ok := d.tokAt[q]
	if ok && after.Tag == "a" && after.End-after.Start == w {
		// an adjective of one character before the noun (大数据)
		d.segment(after.End)
		after, ok = d.tokAt[after.End]
	}
	// (two verbs used as nouns join no stem: 整理和研究)
	return ok && after.End-after.Start >= 2*w && commonNoun(after.Tag) && !(before.Tag == "vn" && after.Tag == "vn")
}

// commonNoun reports whether the segmenter's tag is of a common noun or a
// verb used as one (服务, 储备), no person's or place's name.
func commonNoun(tag string) bool {
	return (strings.HasPrefix(tag, "n") || tag == "vn") && !strings.HasPrefix(tag, "nr") && tag != "ns"
}

// levelInsideWord reports whether the lexicon words at p are levels or
// places alone and the segmenter reads a word across p (市 of 城市).
func (d *bodies) levelInsideWord(p int) bool {
	for _, m := range d.matches(p) {
		for _, en := range m.Entries {
			if en.Kind != lexicon.Level && en.Kind != lexicon.Place {
				return false
			}
		}
	}
	return d.insideWord(p)
}

// commonNounAt reports whether the lexicon words at p are a county's
// short form or a surname and nothing else, and start a common noun of
// the segmenter (资源 of 公共资源交易中心, 储 of 物资储备局), not a place
// before a body, level or title.
func (d *bodies) commonNounAt(p int) bool {
	for _, m := range d.matches(p) {
		for _, en := range m.Entries {
			switch en.Kind {
			case lexicon.Place:
				if en.Attr("short") != "1" {
					return false
				}
			case lexicon.Level, lexicon.Body, lexicon.Role, lexicon.RoleMod, lexicon.Act, lexicon.PostName:
				return false
			}
		}
	}
	d.segment(p)
	tk, ok := d.tokAt[p]
	if !ok || utf8.RuneCountInString(d.s[tk.Start:tk.End]) < 2 || !commonNoun(tk.Tag) {
		return false
	}
	if !d.placeAt(p) {
		return true
	}
	// A place before a body, unless a common noun ends right before it
	// (数据资源局: 数据, then 资源).
	_, w := utf8.DecodeLastRuneInString(d.s[:p])
	before, ok := d.tokenBefore(p)
	return ok && before.End == p && before.End-before.Start >= 2*w && commonNoun(before.Tag)
}

// stemWordAt reports whether a word of the lexicons that no unknown name
// holds starts at p: a place, level, body, title, modifier, verb or
// common surname.
func (d *bodies) stemWordAt(p int) bool {
	for _, m := range d.matches(p) {
		for _, en := range m.Entries {
			switch en.Kind {
			case lexicon.Place, lexicon.Level, lexicon.Body, lexicon.Role, lexicon.RoleMod, lexicon.Act, lexicon.PostName:
				return true
			case lexicon.Surname:
				if en.Attr("rare") == "" {
					return true
				}
			}
		}
	}
	return false
}

// taskWordOK reports whether the lexicon words at p may stand in the
// name of a task (森林防火, 对口支援, 巡察工作): surnames anywhere, and a
// word that may follow a name where the segmenter reads a longer word
// (对 of 对口 at the start, 作 of 工作 inside).
func (d *bodies) taskWordOK(p int, first bool) bool {
	for _, m := range d.matches(p) {
		for _, en := range m.Entries {
			switch {
			case en.Kind == lexicon.Surname:
			case en.Kind == lexicon.PostName && first && !d.functionWordAt(p):
			case en.Kind == lexicon.PostName && !first && d.insideWord(p):
				// 作 of 巡察工作
			default:
				return false
			}
		}
	}
	return true
}

// qualifiedBody returns the body phrase of an unknown stem of two to
// eight Han characters at i and a known body after it that a title
// follows, written as one name; nil if there is none.
func (d *bodies) qualifiedBody(i int) *bodyPhrase {
	q, upto := i, i
	for n := 0; n < 8; n++ {
		r, w := d.runeAt(q)
		if !isHan(r) || d.t.BreakWithin(i, q+w) || strings.ContainsRune(notQualifiers+clauseStarts+pronouns, r) {
			return nil // 该项目由市住建局, 这里面有分局, 我同村委会: a clause, no stem
		}
		q += w
		// The stem is plain up to its last character (plainStem, kept
		// as it grows).
		for upto < q-w {
			if d.stemWordAt(upto) {
				return nil
			}
			_, uw := d.runeAt(upto)
			upto += uw
		}
		if n == 0 {
			continue
		}
		bn, bes := d.longest(q, phraseKinds)
		if bn == 0 || entryOf(bes, lexicon.Body) == nil {
			continue
		}
		if slices.Contains(orgSuffixes, d.s[i:q]) {
			return nil // 集团党委: the company named before (orgBefore)
		}
		if d.sessionAt(i) == q-i {
			return nil // 九届全国人大: a session, no qualifier
		}
		bp := d.bodyPhrase(q)
		if bp == nil || bp.isPlace() || bp.outlet || bp.place != nil || bp.levelText != "" {
			return nil
		}
		if bp.cores[0].Attr("national") == "1" && !d.placeStem(i, q) {
			return nil // 听说国家体育总局: a body of the state takes a country the gazetteer lacks (布隆迪国防部), no other qualifier
		}
		if _, ok := d.role(bp.end, bp); !ok {
			return nil
		}
		// A level word ending the stem after a verb is a clause: 安排县
		// of 安排县人大代表.
		if lr, lw := utf8.DecodeLastRuneInString(d.s[i:q]); strings.ContainsRune("省市县区镇乡", lr) && d.hasVerb(i, q-lw) {
			return nil
		}
		// A village or township the gazetteer lacks is a place, which
		// the towns' rule reads: 下党村党支部.
		if hasAnySuffix(d.s[i:q], "村", "镇", "乡", "街道", "社区", "嘎查", "苏木") {
			return nil
		}
		if d.orgSuffixAcross(q) {
			return nil // 复旦大学校长: 大学, then 校长; no 复旦大 and 学校
		}
		if ts := d.taggedOrgFrom(i, q, bp.end); ts > 0 && d.verbStarts(i, ts) {
			return nil // 欢迎中国全国政协: a verb, then the tagger's organization
		}
		if d.functionWordIn(i, q) || hasAnyPrefix(d.s[i:q], withVerbs...) {
			return nil // 决定成立一个以财政部, 会同国务院: a clause, no qualifier
		}
		c := *bp
		c.start, c.text, c.resolved = i, d.s[i:bp.end], false
		c.cores = append([]*lexicon.Entry{{Word: d.s[i:q], Kind: lexicon.Body, Attrs: map[string]string{"org": "1"}}}, bp.cores...)
		c.coreTexts = append([]string{d.s[i:q]}, bp.coreTexts...)
		return &c
	}
	return nil
}

// placeStem reports whether [s, e) is a place for the segmenter (one word
// tagged ns) or the tagger.
func (d *bodies) placeStem(s, e int) bool {
	if tag, ok := d.wordTag(s, e); ok && tag == "ns" {
		return true
	}
	for k := d.spanFrom(s); k < len(d.tspans) && d.tspans[k].start == s; k++ {
		if d.tspans[k].typ == "loc" && d.tspans[k].end == e {
			return true
		}
	}
	return false
}

// stemBeforeBody returns the length of an unknown stem of one to ten Han
// characters at p that a body word follows, or 0.
func (d *bodies) stemBeforeBody(p int) int {
	return d.stemBefore(p, false)
}

// stemBefore is stemBeforeBody; with wordStart, a word that may follow
// a name (对) may start the stem where the segmenter reads a longer word
// there (对口支援).
func (d *bodies) stemBefore(p int, wordStart bool) int {
	q := p
	var doubt [10]int // words of the stem only the segmenter can clear, asked last: it costs
	nd := 0
	for k := 0; k < 10; k++ {
		r, w := d.runeAt(q)
		if !isHan(r) || d.chineseDateAt(q) || d.quantityAt(q) {
			return 0 // (新华社北京一月六日电国务院: a dateline's date; 北京一个研究所: a count)
		}
		if d.stemWordAt(q) {
			if !wordStart || !d.taskWordCleared(q) {
				return 0
			}
			doubt[nd], nd = q, nd+1
		}
		q += w
		if bn, bes := d.longest(q, phraseKinds); bn > 0 && entryOf(bes, lexicon.Body) != nil {
			for i := 0; i < nd; i++ {
				if !d.taskWordOK(doubt[i], doubt[i] == p) {
					return 0
				}
			}
			if containsAny(d.s[p:q], takingWords...) || d.functionWordIn(p, q) {
				return 0 // 乌克兰新任外交部: the post taken, no task
			}
			return q - p
		}
	}
	return 0
}

// taskWordCleared reports whether the lexicon words at p may stand in a
// task's name without asking the segmenter (surnames), or may once it
// is asked (words that may follow a name): taskWordOK then decides.
func (d *bodies) taskWordCleared(p int) bool {
	for _, m := range d.matches(p) {
		for _, en := range m.Entries {
			if en.Kind != lexicon.Surname && en.Kind != lexicon.PostName {
				return false
			}
		}
	}
	return true
}

// roleWithin reports whether a title starts within n characters after i.
func (d *bodies) roleWithin(i, n int) bool {
	for p, k := i, 0; k < n && p < len(d.s); k++ {
		r, w := d.runeAt(p)
		if !isHan(r) {
			return false
		}
		for _, m := range d.matches(p) {
			for _, e := range m.Entries {
				if e.Kind == lexicon.Role {
					return true
				}
			}
		}
		p += w
	}
	return false
}

// partyPrefixAt returns the party prefix s starts with, or "". It is asked
// at every position, so the first character is looked at first.
func partyPrefixAt(s string) string {
	r, _ := utf8.DecodeRuneInString(s)
	switch r {
	case '共', '民', '农', '致', '九', '台':
	default:
		return ""
	}
	for _, p := range partyPrefixes {
		if strings.HasPrefix(s, p) {
			return p
		}
	}
	return ""
}

// partyCommittee returns the committee of the Youth League or a
// democratic party at i (共青团孝南区委, 农工党江苏省委): a place's 委 after
// the party's name. Its core is the party's committee, so that it is
// never the Communist Party's committee of that place.
func (d *bodies) partyCommittee(i int) *bodyPhrase {
	pre := partyPrefixAt(d.s[i:])
	if pre == "" {
		return nil
	}
	bp := d.bodyPhrase(i + len(pre))
	if bp == nil || len(bp.coreTexts) == 0 || bp.coreTexts[len(bp.coreTexts)-1] != "委" || bp.place == nil && bp.levelText == "" {
		return nil
	}
	c := *bp
	n := len(c.cores)
	if pre != "共青团" && strings.HasPrefix(d.s[bp.end:], "会") {
		c.end += len("会") // 民进市委会: the democratic party's committee
	}
	c.start, c.text, c.resolved = i, d.s[i:c.end], false
	core := &lexicon.Entry{Word: pre + "委", Kind: lexicon.Body, Attrs: map[string]string{}}
	if tw := d.x.lex.Get("团委", lexicon.Body); pre == "共青团" && tw != nil {
		core = tw // the League's committee, as 团县委 is written
	}
	c.cores = append(append([]*lexicon.Entry(nil), bp.cores[:n-1]...), core)
	c.coreTexts = append(append([]string(nil), bp.coreTexts[:n-1]...), core.Word)
	return &c
}

// afterClauseMark reports whether i starts a clause of a list: after a
// comma, an enumeration mark, a semicolon, a colon or a line break, or
// at the start of the text.
func (d *bodies) afterClauseMark(i int) bool {
	if i == 0 {
		return true // the start of the text
	}
	r, _ := utf8.DecodeLastRuneInString(d.s[:i])
	return r == ',' || r == '、' || r == ';' || r == ':' || r == '\n'
}

// sentenceStart reports whether i starts a clause (afterClauseMark) or
// a sentence, after a full stop or a space.
func (d *bodies) sentenceStart(i int) bool {
	r, _ := utf8.DecodeLastRuneInString(d.s[:i])
	return d.afterClauseMark(i) || r == '。' || r == ' '
}

// commonWordAt reports whether the segmenter reads [s, e) as one word of
// a direction, a verb, an adjective or another kind no place's name is
// (中方负责人: 中方, the Chinese side, not 中方县).
func (d *bodies) commonWordAt(s, e int) bool {
	tag, ok := d.wordTag(s, e)
	if !ok {
		return false
	}
	switch tag {
	case "f", "s", "c", "d", "p", "v", "a", "m", "t", "b", "r":
		return true
	}
	return false
}

// formerStart reports whether a former post's mark that starts a clause
// stands right before i (,原民政厅副厅长).
func (d *bodies) formerStart(i int) bool {
	for _, m := range leadingFormerMarks {
		if strings.HasSuffix(d.s[:i], m) && d.sentenceStart(i-len(m)) {
			return true
		}
	}
	return false
}

// isChamber reports whether e is a people's congress, its standing
// committee or a CPPCC committee.
func isChamber(e *lexicon.Entry) bool {
	w := e.Attr("canon")
	if w == "" {
		w = e.Word
	}
	return e.Kind == lexicon.Body && (w == "人大" || w == "人大常委会" || w == "政协" || w == "常委会")
}

// trimPartyGroup gives a body ending in 党组 back its title: 市政协党组书记
// is 党组书记 of 市政协, 局党组书记 党组书记 of the article's bureau.
// Other bodies are returned as they are.
func (d *bodies) trimPartyGroup(bp *bodyPhrase) *bodyPhrase {
	const pg = "党组"
	if bp == nil || len(bp.cores) == 0 || bp.coreTexts[len(bp.coreTexts)-1] != pg ||
		len(bp.cores) == 1 && bp.level != "unit" {
		return bp
	}
	n, es := d.longest(bp.end-len(pg), isRole)
	if n <= len(pg) || len(es) == 0 {
		return bp
	}
	c := *bp
	c.cores = bp.cores[:len(bp.cores)-1]
	c.coreTexts = bp.coreTexts[:len(bp.coreTexts)-1]
	c.end -= len(pg)
	c.text = d.s[c.start:c.end]
	c.resolved, c.canonical, c.partOf, c.kind = false, "", "", ""
	return &c
}

// maxLostOutlet is how far (bytes) before a break an outlet name cut short
// by lost characters may start.
const maxLostOutlet = 18
