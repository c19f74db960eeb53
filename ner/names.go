package ner

import (
	"strings"
	"unicode/utf8"

	"github.com/orggraph/orggraph/ner/lexicon"
)

// names recognizes person names: after titles and cues by rule, and
// wherever the tagger proposes them, with the rules' vetoes.
type names struct {
	*docState
	margins map[[2]int]float32 // the tagger's margins, by span
}

// plainEnd reports whether a name plainly ends at e: at punctuation, the
// end of the text, or before a function word that starts no word with the
// characters after it (到, 为, 的).
func (d *names) plainEnd(e int) bool {
	r, _ := d.runeAt(e)
	if e >= len(d.s) || !isHan(r) {
		return true
	}
	return strings.ContainsRune(funcChars, r) && !d.wordPast(e, e+utf8.RuneLen(r))
}

// boundaryLen is the length of the lexicon word that may follow a name at
// e (a title, a verb of the meeting, a body...), 0 if none.
func (d *names) boundaryLen(e int) int {
	n, _ := d.longest(e, isBoundaryWord)
	return n
}

func isBoundaryWord(en *lexicon.Entry) bool {
	switch en.Kind {
	case lexicon.PostName, lexicon.Role, lexicon.RoleMod, lexicon.Act, lexicon.Level, lexicon.Body:
		return true
	case lexicon.Place:
		return en.Attr("short") == "" // 记者龙某北京报道: 北京, not 北
	}
	return false
}

// boundary reports whether a name may end at e.
func (d *names) boundary(e int) bool {
	r, _ := d.runeAt(e)
	if e >= len(d.s) || !isHan(r) {
		return true
	}
	if d.t.LostAt(e) > 0 {
		return true
	}
	n, _ := d.longest(e, func(en *lexicon.Entry) bool {
		switch en.Kind {
		case lexicon.PostName, lexicon.Role, lexicon.RoleMod, lexicon.Act, lexicon.Level, lexicon.Body:
			return true
		}
		return false
	})
	return n > 0
}

// reportAt reports whether a report or speech of a meeting starts at p
// (工作报告, 专题报告, 动员讲话): at most six characters and its last word.
func (d *names) reportAt(p int) bool {
	q := p
	for k := 0; k < 6; k++ {
		if hasAnyPrefix(d.s[q:], "报告", "讲话", "发言", "辅导") {
			return true
		}
		r, w := d.runeAt(q)
		if !isHan(r) {
			return false
		}
		q += w
	}
	return false
}

// name parses a person's name at p. anchored says a title or other strong
// context introduces it: there the tagger's name wins over the rules'
// reading unless the tagger finds the rules' reading nearly as good.
func (d *names) name(p int, anchored bool) (int, bool) {
	if anchored {
		if e := d.paddedName(p); e > 0 {
			return e, true
		}
	}
	e, ok := d.ruleName(p, anchored)
	if ok && weekdayName(d.s[p:e]) {
		ok = false
	}
	if ok && utf8.RuneCountInString(d.s[p:e]) == 3 && strings.HasSuffix(d.s[p:e], "摄") && d.plainEnd(e) {
		e -= len("摄") // a photo credit: 记者李某摄
	}
	if ok && strings.HasSuffix(d.s[p:e], "原") && d.titleAfter(e) {
		// 原 marks the title after it former (司长和原副司长, 张某原副县长).
		if e -= len("原"); utf8.RuneCountInString(d.s[p:e]) < 2 {
			ok = false
		}
	}
	if ok && d.surnameAddressAt(p, e) {
		_, w := d.runeAt(p)
		e -= w // the surname again, as an address: 董事长王某王总
	}
	if !anchored || d.x.model == nil && !d.x.hasNames {
		return e, ok
	}
	m, mok := d.modelPersonAt(p)
	if k := d.knownLonger(p, e, ok); k > 0 {
		return k, true // 林某发作讲话 after 林某发出席: the name already found
	}
	switch {
	case mok && m > e && d.surnameAddressAt(p, m):
		return e, ok // 董事长王某王总: the tagger took the address's surname
	case ok && !mok && d.tibetanName(p) == e:
		return e, true // 专员旺堆: a Tibetan name the segmenter knows as a word
	case ok && (!mok || m < e) && d.levelBodyAfter(p, e):
		return e, true // 免去田某青县应急管理局: 县应急管理局, not 青县
	case !mok && ok && !d.userNameAt(p) && d.x.model != nil && d.adverbOrPlace(p, e):
		d.drop("person", p, e, "an adverb of manner or a place word, and the tagger reads no name")
		return 0, false
	case !mok && ok && !d.userNameAt(p) && d.x.model != nil && !strings.Contains(d.s[p:e], "某") && !d.dottedTail(p, e) && d.margin(p, e) > d.vetoAt(p, e):
		d.drop("person", p, e, "the tagger finds a name there far-fetched")
		return 0, false
	case !mok && ok && !d.userNameAt(p) && d.x.model != nil && d.plainWord(p, e) && !d.appointKeywordAt(e):
		d.drop("person", p, e, "neither the tagger nor the segmenter reads a name there")
		return 0, false // 记者查询
	case !mok && ok && !d.userNameAt(p) && d.x.model != nil && d.adverbGiven(p, e):
		d.drop("person", p, e, "a given name that is a particle or an adverb, and the tagger reads no name")
		return 0, false // 主任陈述了理由, 委员应积极参加
	case !mok && !ok:
		return d.placeNamedAt(p)
	case !mok:
		return e, ok
	case !ok && d.commonWord(p, m) && d.tibetanName(p) != m && !d.foreignPlaceWord(p, m) && !d.listedName(p, m) && !d.surnamedWord(p, m):
		return e, ok // a word the segmenter knows is no name (导演单元)
	case !ok || m == e:
		return m, true
	case m > e && strings.ContainsFunc(d.s[p:m], isDot):
		return m, true // the rest of a name with a dot
	case m < e && strings.ContainsFunc(d.s[m:e], func(r rune) bool { return isDot(r) || r == '-' }):
		return e, true // the rest of a name with a dot the tagger stopped at (阿布都拉-热合曼)
	case d.userNameAt(p):
		return m, true // the user's name
	case m > e && utf8.RuneCountInString(d.s[p:m]) >= 4 && !strings.ContainsFunc(d.s[p:m], func(r rune) bool { return !translitSet[r] }):
		return m, true // a transliterated name the rules' surname cut short (部长贾斯蒂卡)
	case m > e && d.countAt(e):
		return e, true // the tagger took the count that closes a list (甲、乙两名同志)
	case m > e && strings.ContainsRune(weakTail, d.s2rune(e)) && !d.weakEndsName(e):
		return e, true // the tagger took a function word (任命崔某为: 为)
	case m > e && d.adverbAfterList(p, e):
		return e, true // the tagger took the adverb of a list (甲和县长乙均出席: 均)
	case m < e && d.wordPast(m, e) && !d.plainEnd(e):
		return m, true // the rules' last character starts the next word (徐某来到现场, 周某关于)
	case strings.Contains(d.s[p:e], "某"):
		return e, true // an anonymized name (雷某风), which the tagger rarely saw
	case m < e && d.plainEnd(e) && !d.wordPast(m, e) && !strings.ContainsRune(weakTail, d.s2rune(m)):
		return e, true // the rules' name ends plainly before a function word (高某杰到)
	case m < e && d.conjunctionBeforeMark(m, e):
		return e, true // 所长郭某和,: a conjunction joins nothing before a mark
	case m < e && d.margin(p, e) >= verbMargin && d.verbFrom(m, e):
		return m, true // the tagger's name ends before a verb the segmenter joined to it (李才接到报告: 接到)
	case d.margin(p, e) < ruleMargin:
		return e, true
	}
	return m, true
}

// verbFrom reports whether the last character of a name [.., e), at m,
// starts a verb or an adverb of the dictionary that goes on past e, read
// from m on: the segmenter may have joined the character to the name
// before it (李才接 到), so the text from m is cut afresh.
func (d *names) verbFrom(m, e int) bool {
	if _, w := d.runeAt(m); m+w != e || d.x.seg == nil {
		return false
	}
	end := min(len(d.s), e+12) // four characters on, then to a character's start
	for end < len(d.s) && !utf8.RuneStart(d.s[end]) {
		end++
	}
	tks := d.x.seg.Cut(d.s[m:end])
	return len(tks) > 0 && m+tks[0].End > e && strings.Contains(" v vn d ad ", " "+tks[0].Tag+" ")
}

// adverbOrPlace reports whether the rules' name [p, e) is an adverb of
// manner, three characters ending in 地 (市长高兴地告诉, 总统明智地把握), or
// one whose given name starts a place word that runs on past it (大使向美
// 国务卿: 美国).
func (d *names) adverbOrPlace(p, e int) bool {
	if utf8.RuneCountInString(d.s[p:e]) == 3 && strings.HasSuffix(d.s[p:e], "地") {
		return true
	}
	_, w := d.runeAt(p)
	pn, _ := d.longest(p+w, func(en *lexicon.Entry) bool { return en.Kind == lexicon.Place && en.Attr("short") == "" })
	return pn > 0 && p+w+pn > e
}

// levelBodyAfter reports whether the rules' name [p, e) of three
// characters ends right before a body of a bare level word (县应急管理局,
// 区委), where the tagger may read the last character and the level word
// as a county of one character (青县). Such counties are rare and
// three-character names common, so the name wins unless the county is
// named elsewhere in the text.
func (d *names) levelBodyAfter(p, e int) bool {
	if utf8.RuneCountInString(d.s[p:e]) != 3 {
		return false
	}
	r, w := d.runeAt(e)
	if !strings.ContainsRune("市县区镇乡旗", r) {
		return false
	}
	if n, _ := d.longest(e+w, isBody); n == 0 {
		return false
	}
	_, lw := utf8.DecodeLastRuneInString(d.s[:e])
	return strings.Count(d.s, d.s[e-lw:e+w]) == 1
}

// paddedName returns the end of a surname, spaces and one character at
// p that a space, a bracket, a list's or clause's punctuation, 同志, an
// act (出席, 主持, 为, 等), a line end or the text's end follows, or 0: a
// name of two characters padded to the width of three (郭  驰, 张　伟), as
// rosters and credits align them.
func (d *docState) paddedName(p int) int {
	n, es := d.longest(p, isSurname)
	if n == 0 || utf8.RuneCountInString(es[0].Word) != 1 {
		return 0
	}
	q := p + n
	for q < len(d.s) && d.s[q] == ' ' {
		q++
	}
	if q == p+n || q-(p+n) > 3 {
		return 0
	}
	r, w := d.runeAt(q)
	if !isHan(r) {
		return 0
	}
	e := q + w
	if e < len(d.s) && !strings.ContainsRune(" \n),;:。、", d.s2rune(e)) && !strings.HasPrefix(d.s[e:], "同志") &&
		!hasAnyPrefix(d.s[e:], andVerbs...) && !hasAnyPrefix(d.s[e:], andEnders...) && !hasAnyPrefix(d.s[e:], participantVerbs...) {
		return 0
	}
	return e
}

// ruleName parses a person's name at p by the dictionary rules: a surname
// and one or two characters, or a foreign or minority name. A surname and
// a word of address is none (胡老说, 李大娘, 王先生): see addressed.
func (d *names) ruleName(p int, anchored bool) (int, bool) {
	e, ok := d.parseName(p, anchored)
	if ok && d.addressed(p, e) > 0 {
		return 0, false
	}
	return e, ok
}

// parseName is ruleName before the check of a word of address.
func (d *names) parseName(p int, anchored bool) (int, bool) {
	if p >= len(d.s) {
		return 0, false
	}
	if anchored {
		if e := d.foreignName(p); e > 0 {
			return e, true
		}
		if e := d.mongolName(p); e > 0 {
			return e, true
		}
		if e := d.tibetanName(p); e > 0 {
			return e, true
		}
	}
	sn, ses := d.longest(p, isSurname)
	if sn == 0 {
		return 0, false
	}
	if !anchored && ses[0].Attr("rare") == "1" {
		return 0, false
	}
	// Not a word that merely starts with a surname character.
	if nn, _ := d.longest(p, func(e *lexicon.Entry) bool { return e.Kind == lexicon.NotName }); nn > sn {
		return 0, false
	}
	var ends []int
	q := p + sn
	for g := 0; g < 2; g++ {
		r, n := d.runeAt(q)
		if n == 0 || !isHan(r) || d.t.BreakWithin(p, q+n) {
			break
		}
		q += n
		ends = append(ends, q)
	}
	if len(ends) == 0 {
		return 0, false
	}
	andName := false // 和 in the given name, where no list can be read
	// A given name does not start with a title or body word, unless the
	// segmenter reads the two characters as a given name (周向阳).
	if n, _ := d.longest(p+sn, func(e *lexicon.Entry) bool {
		return e.Kind == lexicon.Role || e.Kind == lexicon.Body || e.Kind == lexicon.PostName || e.Kind == lexicon.Act || e.Kind == lexicon.Level
	}); n > 0 {
		d.segment(p + sn)
		tk, ok := d.tokAt[p+sn]
		// After a title, a common surname and a two-character word that
		// ends the name are a name too (县长彭海军出席).
		plain := anchored && ses[0].Attr("rare") != "1" && utf8.RuneCountInString(d.s[p+sn:p+sn+n]) == 2 && d.boundary(p+sn+n) && !d.titleWordAt(p+sn, n)
		// A conjunction that the segmenter reads inside a word starts a
		// given name (胡和平: 和平), not a list (王某和李某).
		if anchored && utf8.RuneCountInString(d.s[p+sn:p+sn+n]) == 1 && strings.ContainsRune("和与及", d.s2rune(p+sn)) && ok && tk.End-tk.Start > n {
			plain = true
		}
		// …and so does one that a boundary closes after one character
		// more (区委书记郭和水,): a list would leave a surname alone on
		// each side.
		if anchored && len(ends) == 2 && d.s2rune(p+sn) == '和' && ends[0] == p+sn+n && !d.boundary(ends[0]) && !d.titleAfter(ends[1]) &&
			(d.boundary(ends[1]) || strings.ContainsRune("及与和等的", d.s2rune(ends[1]))) {
			plain, andName = true, true
		}
		// …or that a verb of what names do follows (区委副书记万和出席).
		if anchored && len(ends) >= 1 && d.s2rune(p+sn) == '和' && ends[0] == p+sn+n && hasAnyPrefix(d.s[ends[0]:], andVerbs...) {
			plain, andName = true, true
		}
		// A level word alone is a given name where the name ends right
		// after it (区委书记刘旗出席), not where a body follows (刘旗委).
		if anchored && len(ends) >= 1 && ses[0].Attr("rare") != "1" && utf8.RuneCountInString(d.s[p+sn:p+sn+n]) == 1 && d.boundary(ends[0]) {
			if bn, _ := d.longest(p+sn, func(e *lexicon.Entry) bool { return e.Kind == lexicon.Body || e.Kind == lexicon.Role }); bn == 0 {
				plain = true
			}
		}
		// …and so does a one-character word after which the name of
		// three ends plainly (市委书记黎作峰作交流发言).
		if anchored && len(ends) == 2 && utf8.RuneCountInString(d.s[p+sn:p+sn+n]) == 1 && !strings.ContainsRune("和与及", d.s2rune(p+sn)) &&
			d.boundary(ends[1]) && !strings.ContainsRune(weakTail, d.s2rune(ends[0])) {
			plain = true
		}
		if !plain && (!anchored || !ok || tk.Tag != "nr" || utf8.RuneCountInString(d.s[tk.Start:tk.End]) != 2) {
			return 0, false
		}
	}
	if !andName && d.tokenVeto(p, sn, anchored, ses[0].Attr("rare") == "1") {
		return 0, false
	}
	if len(ends) == 2 {
		third, _ := utf8.DecodeLastRuneInString(d.s[:ends[1]])
		// The third character starts a title with its modifier (严某副区长
		// 代理: 副区长), or a keyword of appointment of two characters
		// (高某出任, 江某升任).
		if d.modifiedTitleAt(ends[0]) || d.appointKeywordAt(ends[0]) {
			return ends[0], true
		}
		// A count closes a list of names (甲、乙两名同志): the name
		// ends before its numeral.
		if d.countAt(ends[0]) {
			return ends[0], true
		}
		// The third character starts a function word of the dictionary
		// that goes on past it (局长周某关于…的汇报: 关于).
		if d.wordPast(ends[0], ends[1]) {
			if tk := d.tokAt[ends[0]]; tk.Tag == "p" || tk.Tag == "c" {
				if d.nounWord(p, ends[0]) {
					return 0, false // 导演单元尽管: 单元 is a word
				}
				return ends[0], true
			}
		}
		// The third character starts a longer word that ends the name
		// (局长姜德陪同: 陪同, not 同).
		if n := d.boundaryLen(ends[0]); n > ends[1]-ends[0] {
			return ends[0], true
		}
		// …or a word for the segmenter (邓伟指挥: 指挥), unless the name
		// plainly ends before a function word or a boundary (范小勇为,
		// 崔杰强到, 付强秀,).
		if r, _ := d.runeAt(ends[1]); !strings.ContainsRune(funcChars, r) && !(d.boundary(ends[1]) && !strings.ContainsRune(weakTail, third)) {
			d.segment(ends[0])
			if tk, ok := d.tokAt[ends[0]]; ok && tk.End > ends[1] && strings.Contains(" v vn c d p ad ", " "+tk.Tag+" ") && d.tokAt[p].End != ends[1] {
				if d.nounWord(p, ends[0]) {
					return 0, false // 导演单元尽管: 单元 is a word
				}
				return ends[0], true
			}
		}
		// A light verb before an act ends the name before it (黄某作部署,
		// 李某做报告).
		if strings.ContainsRune(lightVerbs, third) {
			// …or a report the act gives (黄某作政府工作报告, 作专题报告).
			if n, _ := d.longest(ends[1], func(e *lexicon.Entry) bool { return e.Kind == lexicon.Act || e.Kind == lexicon.Body }); n > 0 || d.reportAt(ends[1]) {
				return ends[0], true
			}
		}
		// An adverb of a plural subject before the act ends the name
		// (甲和县长乙均出席, 乙都参加): a list stands before it in the
		// clause.
		if d.adverbAfterList(p, ends[0]) {
			return ends[0], true
		}
		if d.boundary(ends[1]) && !strings.ContainsRune(weakTail, third) {
			return ends[1], true
		}
		if anchored && strings.ContainsRune(weakTail, third) && d.weakEndsName(ends[0]) {
			return ends[1], true // 朱永和的: 和 before 的 is no conjunction
		}
		if d.boundary(ends[0]) {
			return ends[0], true
		}
		if anchored && !strings.ContainsRune(weakTail, third) {
			return ends[1], true
		}
		if anchored && strings.ContainsRune(weakTail, third) {
			return ends[0], true
		}
		return 0, false
	}
	if d.boundary(ends[0]) {
		return ends[0], true
	}
	if anchored {
		return ends[0], true
	}
	return 0, false
}

// nounWord reports whether the segmenter reads [p, e) as one common noun
// that no boundary follows: a word, not a two-character name.
func (d *names) nounWord(p, e int) bool {
	d.segment(p)
	tk, ok := d.tokAt[p]
	return ok && tk.End == e && tk.Tag == "n" && !d.boundary(e)
}

// titleWordAt reports whether a title, a form of address or a verb of the
// meeting of n bytes starts at p (任组长: 组长 is no given name).
func (d *names) titleWordAt(p, n int) bool {
	m, _ := d.longest(p, func(e *lexicon.Entry) bool {
		return e.Kind == lexicon.Role || e.Kind == lexicon.PostName || e.Kind == lexicon.Act
	})
	return m == n
}

// tokenVeto reports whether gojieba reads the surname character as the
// start of a common function or verb word (任期, 向着).
//
// Only the clauses where a name candidate stands are segmented, once each:
// gojieba splits at punctuation anyway, so a clause gets the same words
// alone as in its document, and most clauses hold no candidate.
func (d *names) tokenVeto(p, sn int, anchored, rare bool) bool {
	if anchored && !rare && !strings.ContainsRune(functionSurnames, d.s2rune(p)) {
		// After a title only function words veto, and no other common
		// surname is one: no need to segment.
		return false
	}
	d.segment(p)
	tk, ok := d.tokAt[p]
	if !ok {
		return false
	}
	if tk.End-tk.Start <= sn {
		// A function word standing alone, then a word no given name is
		// (律师和两名技术员, 专家都不, 记者向信用卡): not 和军, 向阳.
		if !anchored || !vetoTag(tk.Tag) {
			return false
		}
		nx, ok := d.tokAt[tk.End]
		if !ok {
			return false
		}
		if tk.Tag == "c" && strings.HasPrefix(nx.Tag, "nr") {
			// A conjunction, then a name the tagger reads too: 主席和李某鹏委员长.
			if _, ok := d.modelPersonAt(tk.End); ok {
				return true
			}
		}
		switch nx.Tag {
		case "p", "c", "m", "q", "r":
			return true
		case "d":
			return utf8.RuneCountInString(nx.Text) == 1
		case "n", "vn", "a":
			if tk.Tag == "d" && nx.Tag == "a" && utf8.RuneCountInString(nx.Text) == 2 {
				return true // 飞行员都清楚: an adverb, then an adjective
			}
			// 设计师和风水大师, 专家向媒体: a conjunction or preposition,
			// then a word (not 向明亮: 明亮 is a).
			if n := utf8.RuneCountInString(nx.Text); n != 2 {
				return n > 2 // 记者向信用卡: too long for a given name
			}
			if tk.Tag == "p" && nx.Tag == "n" {
				// …unless the name ends there (书记向清平在).
				r, _ := d.runeAt(nx.End)
				return !strings.ContainsRune(weakTail, r) && !d.boundary(nx.End)
			}
			return tk.Tag == "c"
		case "t":
			return tk.Tag == "p" // 秘书于凌晨, not 易国庆
		case "v":
			// 专家都有, 主编来宣布, 业务员曾承诺: not 向飞.
			return tk.Tag == "d" && utf8.RuneCountInString(nx.Text) <= 2 || tk.Tag == "v" && utf8.RuneCountInString(nx.Text) == 2
		}
		// A dictionary word too long for a given name (记者向信用卡); the
		// segmenter's guesses (向/文永为) do not count.
		return nx.Tag != "" && nx.Tag != "x" && utf8.RuneCountInString(nx.Text) > 2 || strings.HasPrefix(nx.Tag, "u")
	}
	if anchored {
		// After a title only function words veto (向着, 和平); 严明涛 and
		// 万峰静 are names even if 严明 and 万峰 are words.
		switch tk.Tag {
		case "p", "c", "u", "d", "ad", "t":
			return true
		case "v", "vn":
			return rare // 书记督导, 主任任命: not 严明
		}
		// A dictionary word longer than a name (普遍认为); the
		// segmenter's guesses (高俊峰作) do not count.
		return tk.Tag != "" && tk.Tag != "x" && utf8.RuneCountInString(tk.Text) > 3
	}
	return vetoTag(tk.Tag)
}

// vetoTag reports whether a part-of-speech tag marks a word no name
// starts: verbs, adverbs, prepositions, conjunctions and the like.
func vetoTag(tag string) bool {
	switch tag {
	case "v", "vn", "d", "p", "c", "u", "m", "q", "r", "f", "a", "ad", "t":
		return true
	}
	return strings.HasPrefix(tag, "u")
}

// weakEndsName reports whether the weak character at p (和, 为, 在…) ends
// the name rather than starting the next word: 的 follows it
// (朱永和的…职务); after 和, a verb of andVerbs (李永和出席会议,
// 魏凤和表示): no conjunction stands before it; or a mark follows one that
// starts no word before a mark (朱中一:, 李永和、; not 甲说:, 甲等,).
func (d *names) weakEndsName(p int) bool {
	r, w := d.runeAt(p)
	next, _ := d.runeAt(p + w)
	if r == '和' && hasAnyPrefix(d.s[p+w:], andVerbs...) {
		// …unless a 的 in the clause makes the verb a modifier (和出席
		// 会议的代表合影).
		rest := d.s[p+w:]
		if k := strings.IndexAny(rest, "。,;!?\n"); k >= 0 { // (full-width marks are folded)
			rest = rest[:k]
		}
		return !strings.Contains(rest, "的")
	}
	if r == '为' && hasAnyPrefix(d.s[p+w:], andVerbs...) {
		return true // 局长张某为指出: no object for 为
	}
	if r == '和' && d.dateAt(p+w) {
		return true // 大使李长和9日在日内瓦: a date, no name, after the conjunction
	}
	if r == '和' && hasAnyPrefix(d.s[p+w:], "那里", "这里", "那儿", "这儿") {
		return true // 总经理边某和那里: at the person's, no conjunction
	}
	if (next == 0 || strings.ContainsRune(",.;:!?、)]】\n ", next)) && strings.ContainsRune("一和同及与因于以从向为则对并", r) {
		return true // 秘书长朱中一: , 王永和、: no word starts before the mark
	}
	if r == '和' {
		rest := d.s[p+w:]
		if hasAnyPrefix(rest, andEnders...) || strings.HasPrefix(rest, "同志") && !strings.HasPrefix(rest, "同志们") ||
			strings.HasPrefix(rest, "就") && !d.wordPast(p+w, p+w+len("就")) {
			return true // 主任胡立和等陪同, 任命乙、孙天和为, 秘书长任某和和办公室的同志: nothing a conjunction joins
		}
		// A title that no name follows (于学和副厅长向…; not 甲和副县长乙).
		if t, _ := d.longest(p+w, isRole); t > 0 {
			if _, ok := d.ruleName(p+w+t, true); !ok {
				return true
			}
		}
	}
	return next == '的' && r != '等' && r != '说'
}

// adverbAfterList reports whether an adverb of a plural subject stands at
// e, one character before a word that follows names (出席, 表示), and a
// list before the name at p in its clause.
func (d *lattice) adverbAfterList(p, e int) bool {
	r, w := utf8.DecodeRuneInString(d.s[e:])
	if !strings.ContainsRune(allAdverbs, r) || !d.listBefore(p) {
		return false
	}
	if hasAnyPrefix(d.s[e+w:], "先生", "女士", "同志", "老师") {
		return false // 王某和李宝均先生: a word of address follows a name, not an adverb
	}
	n, _ := d.longest(e+w, func(e *lexicon.Entry) bool { return e.Kind == lexicon.PostName || e.Kind == lexicon.Act })
	return n > 0
}

// listBefore reports whether a conjunction or an enumeration comma stands
// before p in its clause: the name at p closes a list.
func (d *lattice) listBefore(p int) bool {
	c := d.s[:p]
	if k := strings.LastIndexAny(c, "。,;!?:\n"); k >= 0 {
		c = c[k+1:]
	}
	return strings.ContainsAny(c, "和与及、同")
}

// vetoAt is the margin by which the tagger must prefer its reading to veto
// an anchored name at [p, e): higher where a clause, 及, 等 or 同志 closes
// the name and its surname stands as a word of its own (总工会主席万进水,),
// since the title before and the mark after leave it little else to be;
// not where the surname starts a longer word (主任商量过,).
func (d *names) vetoAt(p, e int) float32 {
	if r, _ := d.runeAt(e); e < len(d.s) && !isClauseEnd(r) && r != '及' && r != '等' && !strings.HasPrefix(d.s[e:], "同志") {
		return vetoMargin
	}
	_, w := d.runeAt(p)
	d.segment(p)
	if tk, ok := d.tokAt[p]; !ok || tk.End != p+w {
		return vetoMargin
	}
	return closedVetoMargin
}

// closedVetoMargin is vetoMargin for a name a clause closes.
var closedVetoMargin float32 = 150

// titleAfter reports whether a title starts at p (王和李书记: a list).
func (d *names) titleAfter(p int) bool {
	n, _ := d.longest(p, isTitleWord)
	return n > 0
}

// modifiedTitleAt reports whether a title's modifiers (副, 常务副) and then
// its title start at p.
func (d *names) modifiedTitleAt(p int) bool {
	q := p
	for {
		n, _ := d.longest(q, func(e *lexicon.Entry) bool { return e.Kind == lexicon.RoleMod })
		if n == 0 {
			break
		}
		q += n
	}
	n, _ := d.longest(q, isRole)
	return q > p && n > 0
}

// knownLonger returns the end of a name already found in the document that
// is written at p and is at least as long as the rules' reading [p, e)
// (林某发作讲话: 发作 is a word, and the tagger reads 林某, but 林某发 was
// found before), or 0.
func (d *names) knownLonger(p, e int, ok bool) int {
	best := 0
	for n := range d.persons {
		if (!ok || len(n) >= e-p) && len(n) > best && strings.HasPrefix(d.s[p:], n) {
			best = len(n)
		}
	}
	if best == 0 {
		return 0
	}
	return p + best
}

// dottedTail reports whether the rules read a name with a dot at [p, e)
// and the tagger a person that starts inside it and ends at e: the
// tagger sees the name and cuts its first part (提名人选木合塔尔·克然木:
// 塔尔·克然木).
func (d *names) dottedTail(p, e int) bool {
	if !strings.ContainsFunc(d.s[p:e], isDot) {
		return false
	}
	for k := d.spanFrom(p + 1); k < len(d.tspans) && d.tspans[k].start < e; k++ {
		if t := d.tspans[k]; t.typ == "person" && t.end == e {
			return true
		}
	}
	return false
}

// listedName reports whether the tagger's name [p, m) stands in a list of
// names it reads: 、 and another of its names right after it or right
// before it (任命方某、魏某为: 方某 is a word too).
func (d *names) listedName(p, m int) bool {
	if strings.HasPrefix(d.s[m:], "、") {
		if _, ok := d.modelPersonAt(m + len("、")); ok {
			return true
		}
	}
	if strings.HasSuffix(d.s[:p], "、") {
		_, ok := d.modelPersonEndingAt(p - len("、"))
		return ok
	}
	return false
}

// appointKeywordAt reports whether a keyword of taking a post, written
// after the name, starts at p (出任, 升任, 调任; not 当选 or 现任, which
// follow groups and titles too: 母子当选人大代表, 议长伊朗现任议长).
func (d *names) appointKeywordAt(p int) bool {
	return hasAnyPrefix(d.s[p:], postTakers...)
}

// conjunctionBeforeMark reports whether [m, e) is one conjunction (和, 与,
// 及) and a mark or the text's end follows it: then it ends the name.
func (d *names) conjunctionBeforeMark(m, e int) bool {
	r, w := d.runeAt(m)
	if m+w != e || !strings.ContainsRune("和与及", r) {
		return false
	}
	next, _ := d.runeAt(e)
	return e >= len(d.s) || strings.ContainsRune(",。;:!?、)]】\n ", next)
}

// adverbGiven reports whether the name [p, e) of three characters ends in
// an aspect particle (陈述了) or has for its given name an adverb of the
// segmenter (应积极), or is itself an adverb of two (客户经理陆续投入).
func (d *names) adverbGiven(p, e int) bool {
	n := utf8.RuneCountInString(d.s[p:e])
	if n == 2 {
		// (…or an adverb of one and the start of a word that runs on:
		// 教授都难以)
		d.segment(p)
		tk, ok := d.tokAt[p]
		return ok && (tk.Tag == "d" || tk.Tag == "ad") && (tk.End == e || tk.End < e && d.wordPast(tk.End, e))
	}
	if n != 3 {
		return false
	}
	if hasAnySuffix(d.s[p:e], "了", "着", "过") {
		return true
	}
	_, w := d.runeAt(p)
	if tag, ok := d.wordTag(p+w, e); !ok || tag != "d" && tag != "ad" {
		return false
	}
	// …before the verb it modifies (应积极参加; not 廖全开,)
	d.segment(e)
	nx, ok := d.tokAt[e]
	return ok && (nx.Tag == "v" || nx.Tag == "vn")
}

// surnamedWord reports whether the word [p, m) the tagger reads as a name
// after a title is three characters, four or more of a noun (no idiom), or
// two before the act of a meeting's participant: the segmenter's
// dictionary holds many names as words (回良玉 nz, 桥本龙太郎 n, 强卫 v).
func (d *names) surnamedWord(p, m int) bool {
	switch n := utf8.RuneCountInString(d.s[p:m]); {
	case n >= 4:
		// …or a foreign name of four or more (首相桥本龙太郎: n), no idiom
		d.segment(p)
		tk := d.tokAt[p]
		return tk.Tag == "n" || tk.Tag == "nz"
	case n == 3:
		_, w := d.runeAt(p)
		return !d.plainWord(p+w, m)
	case n == 2:
		// …or two before a word that follows a participant's name
		// (政法委书记强卫等参加: 强卫 v).
		return hasAnyPrefix(d.s[m:], "等", "同志", ",", "、") || hasAnyPrefix(d.s[m:], andVerbs...) || hasAnyPrefix(d.s[m:], participantVerbs...)
	}
	return false
}

// surnameAddressAt reports whether the name [p, e) of three characters
// ends in its own surname and a word of address follows (王某王总, 李某李
// 书记): the surname starts the address.
func (d *names) surnameAddressAt(p, e int) bool {
	r, w := d.runeAt(p)
	return utf8.RuneCountInString(d.s[p:e]) == 3 && strings.HasSuffix(d.s[p:e], string(r)) && e-w > p &&
		hasAnyPrefix(d.s[e:], "总", "董", "书记", "局长", "主任", "老")
}
