package ner

import (
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/orggraph/orggraph/ner/lexicon"
)

// role parses [rolemod]* role at p. After a body ending in 部, 局, 所 and
// the like, a following 长 makes the shortened title (组织部长 = 部长 of
// 组织部).
func (d *chains) role(p int, before *bodyPhrase) (roleItem, bool) {
	// 前 between a place and its title marks the title former (日本前首相),
	// where it ends no word (目前). (After a body, see tenureWords.)
	if before != nil && before.isPlace() && before.end == p && strings.HasPrefix(d.s[p:], "前") && !d.wordAcross(p) {
		if r, ok := d.role(p+len("前"), nil); ok {
			r.former = true
			return r, true
		}
	}
	if before != nil && before.end == p && len(before.coreTexts) > 0 && strings.HasPrefix(d.s[p:], "长") && !d.placeAt(p) {
		last := before.coreTexts[len(before.coreTexts)-1]
		r, n := utf8.DecodeLastRuneInString(last)
		if e := d.x.lex.Get(string(r)+"长", lexicon.Role); e != nil {
			return roleItem{start: p - n, end: p + len("长"), text: string(r) + "长", entry: e}, true
		}
	}
	q := p
	for q < len(d.s) {
		n, es := d.longest(q, isTitleWord)
		if n == 0 {
			break
		}
		if e := entryOf(es, lexicon.Role); e != nil {
			// A body word may be longer than the role (领导小组).
			if bn, _ := d.longest(q, phraseKinds); bn > n {
				break
			}
			// Some titles need their body (人大代表, not 老干部代表).
			if e.Attr("needbody") == "1" && (before == nil || before.end != p) && !(e.Attr("afterlevel") == "1" && q == p && d.bareLevelBefore(p)) {
				break // (…but 村干部, 乡干部 are the level's)
			}
			// 原副主任 is a former 副主任; 时任 only dates the title.
			it := roleItem{start: p, end: q + n, entry: e}
			for _, f := range formerMarks {
				if strings.HasPrefix(d.s[it.start:it.end], f) && it.end-it.start > len(f)+3 {
					it.start += len(f)
					it.former = f == "原"
				}
			}
			it.text = d.s[it.start:it.end]
			// A title written with its level holds the bare title
			// (自治区主席: 主席, of the region's government).
			if b := e.Attr("bare"); b != "" && strings.HasSuffix(it.text, b) {
				it.start, it.text = it.end-len(b), b
			}
			return it, true
		}
		q += n
	}
	return roleItem{}, false
}

// titles parses a title sequence at p: [body] role (、|兼 [body] role)*.
// It returns the items and the end of the last one.
func (d *chains) titles(p int) ([]roleItem, int) {
	var items []roleItem
	// After 为 the titles are an appointment's: a comma ends them
	// (推选甲为代表团团长,乙…为副团长).
	commaJoins := !strings.HasSuffix(d.s[:p], "为")
	// After 担任 or 当选 the titles are the subject's: a title after a
	// comma starts another clause (担任审判长,审判员乙). Asked when needed.
	start := p
	appointed := func() bool {
		return hasAnySuffix(d.s[:start], titleTakers...)
	}
	// 新一届 before the titles dates them: 为新一届村党支部委员.
	for _, w := range termWords {
		if strings.HasPrefix(d.s[p:], w) {
			if bp := d.bodyPhrase(p + len(w)); bp != nil {
				p += len(w)
			}
			break
		}
	}
	formerNext := false
	for {
		bp := d.trimPartyGroup(d.bodyPhrase(p))
		q := p
		if bp != nil {
			q = bp.end
		}
		if bp == nil && len(items) == 0 {
			// A body only the tagger reads, a title right after it:
			// 任命甲为临溪县委书记, of a county the gazetteer lacks.
			if mb := d.modelBodyAt(p); mb != nil && !d.conjunctionStartsAt(p) &&
				!slices.Contains(orgSuffixes, mb.text) && !genericBodies[mb.text] { // (公司董事长: the company named before)
				bp, q = mb, mb.end // (not 和县人民检察院 after a name: and 县…)
			}
		}
		if bp == nil && len(items) > 0 {
			// One character for the body just written: 国家发展改革委
			// 政策研究室副主任、委新闻发言人 (委 = 国家发展改革委).
			if a := d.shortAlias(p, items); a != nil {
				bp, q = a, a.end
			} else if c := d.committeeOf(p, items); c != nil {
				bp, q = c, c.end
			} else if o := d.modelOrgAt(p); o != nil {
				bp, q = o, o.end // 兼华菱集团董事长
			}
		}
		r, ok := d.role(q, bp)
		if !ok && bp != nil {
			// A title that starts with a body word: 党组成员.
			if r, ok = d.role(p, nil); ok {
				bp = nil
			}
		}
		if !ok && bp != nil {
			// A head's title that shares the level word of the place
			// before it: 岳阳市长 is 岳阳 and 市长.
			if sp, sr, sok := d.sharedLevelRole(bp, q); sok {
				bp, q, r, ok = sp, sp.end, sr, true
			}
		}
		if !ok && bp == nil && len(items) > 0 {
			// A bare level word before a title later in a chain is no
			// body (自治区党委常委、自治区副主席).
			if lq, lok := d.levelRole(p); lok {
				r, ok = d.role(lq, nil)
				r.bareLevel = true
			}
		}
		if !ok && bp == nil && strings.HasPrefix(d.s[p:], "某") {
			// An anonymized place is no body either (曾任某县副县长).
			if lq, lok := d.levelRole(p + len("某")); lok {
				r, ok = d.role(lq, nil)
				r.bareLevel = true
			}
		}
		if !ok {
			break
		}
		if bp != nil && bp.place == nil && bp.level == "" && bp.under == nil && len(bp.cores) > 0 && bp.cores[0].Attr("party") == "1" {
			if op := d.orgBefore(bp.start); op != nil {
				c := *bp
				c.under, c.resolved = op, false
				bp = &c
			}
		}
		// 党组 alone is no body of its own: 党组书记 after another title
		// is of that title's body (市政协主席、党组书记).
		if bp != nil && bp.place == nil && bp.level == "" && len(bp.coreTexts) == 1 && bp.coreTexts[0] == "党组" {
			if e := d.x.lex.Get("党组"+r.entry.Word, lexicon.Role); e != nil {
				r.start, r.text, r.entry = bp.start, d.s[bp.start:r.end], e
				bp = nil
			}
		}
		switch {
		case bp != nil && bp.isPlace():
			r.place = bp
		case bp != nil:
			r.body = bp
		}
		// 原 covers the titles joined to it that write no body of their
		// own (政协原党组成员、副主席).
		if n := len(items); n > 0 && items[n-1].former && r.body == nil && r.place == nil || formerNext {
			r.former = true
		}
		formerNext = false
		// A candidate for a title holds none of it: 副镇长候选人,
		// 政协主席提名人选.
		p = r.end
		for _, w := range nomineeWords {
			if strings.HasPrefix(d.s[p:], w) {
				r.nominee = true
				p += len(w)
				break
			}
			if strings.HasPrefix(d.s[p:], "("+w+")") {
				r.nominee = true // 县监委主任(提名人选)
				p += len(w) + 2
				break
			}
		}
		items = append(items, r)
		// A parenthesised qualifier after a title: 副县长(挂职).
		if strings.HasPrefix(d.s[p:], "(") {
			if k := strings.IndexByte(d.s[p:], ')'); k > 0 && titleQualifier(d.s[p+1:p+k]) {
				p += k + 1
			}
		}
		// Titles are joined by 、 or 兼, and sometimes by a comma when a
		// body starts the next one (县委常委,县纪委书记).
		sep := 0
		switch {
		case strings.HasPrefix(d.s[p:], "、"):
			sep = len("、")
			// A page may break its line after the comma (县委副书记、⏎县长).
			for p+sep < len(d.s) && (d.s[p+sep] == '\n' || d.s[p+sep] == ' ') {
				sep++
			}
		case strings.HasPrefix(d.s[p:], "兼"):
			sep = len("兼")
		case commaJoins && strings.HasPrefix(d.s[p:], ",") && d.bodyPhrase(p+1) != nil && !d.bodyPhrase(p+1).isPlace():
			sep = 1
		case commaJoins && len(items) > 0 && items[0].body != nil && strings.HasPrefix(d.s[p:], ",") && !appointed():
			// …or when a title follows the comma right away after a chain
			// that began with its body: a title names no one before it
			// (县委常委,副县长甲; not 担任现场总指挥,副院长乙).
			if _, ok := d.role(p+1, nil); ok {
				sep = 1
			} else if _, ok := d.levelRole(p + 1); ok {
				sep = 1 // 市委副书记、市长,市总林长甲
			}
		case p < len(d.s) && d.s[p] == ' ' && r.entry.Attr("media") != "1":
			// Spaces a page's layout puts between titles (区委常委 统战部
			// 部长 甲): only before a title or a body and its title, and
			// never after a credit's label (供稿 编辑:甲 are two credits).
			q := skipSpace(d.s, p)
			if nb := d.bodyPhrase(q); nb != nil && !nb.isPlace() {
				if _, ok := d.role(nb.end, nb); ok {
					sep = q - p
				}
			} else if _, ok := d.role(q, nil); ok {
				sep = q - p
			}
		}
		if sep > 0 {
			// 原 after the separator marks the next title former
			// (市委常委、原县农业局局长).
			mark := d.formerMarkAt(p + sep)
			sep += mark
			nb := d.trimPartyGroup(d.bodyPhrase(p + sep))
			if nb == nil {
				nb = d.modelOrgAt(p + sep)
			}
			nq := p + sep
			if nb != nil {
				nq = nb.end
			}
			_, ok := d.role(nq, nb)
			if !ok && nb != nil {
				_, ok = d.role(p+sep, nil) // 副局长、党组成员
			}
			if !ok && nb == nil {
				_, ok = d.levelRole(p + sep) // 常委、自治区副主席
			}
			if !ok && nb != nil {
				_, _, ok = d.sharedLevelRole(nb, nq) // 县委副书记、平江县长
			}
			if ok || nb == nil && (d.shortAlias(p+sep, items) != nil || d.committeeOf(p+sep, items) != nil) {
				p += sep
				formerNext = mark > 0
				continue
			}
			sep -= mark
			// An honour between the titles and the name holds no post:
			// the name after it holds the titles (村党支部书记、致富带头人甲).
			if sep == len("、") {
				if hn := d.honourAt(p + sep); hn > 0 {
					p += sep + hn
				}
			}
		}
		break
	}
	return items, p
}

// honourAt returns the length of an honour at p that a name follows: a
// few characters and a word of honourWords (致富带头人, 全国青年星火带头人,
// 全国劳动模范), no punctuation, title or body in them; or 0.
func (d *chains) honourAt(p int) int {
	for q, k := p, 0; k < 12; k++ {
		r, n := d.runeAt(q)
		if n == 0 || !isHan(r) {
			return 0
		}
		if rn, _ := d.longest(q, isTitleWord); rn > 0 {
			return 0
		}
		q += n
		for _, w := range honourWords {
			if strings.HasPrefix(d.s[q-n:], w) {
				e := q - n + len(w)
				if _, ok := d.ruleName(e, true); ok {
					return e - p
				}
			}
		}
	}
	return 0
}

// outsideParty returns the body whose party committee bp is, when bp
// writes both (国资委党委, 集团党委), else bp.
func (d *chains) outsideParty(bp *bodyPhrase) *bodyPhrase {
	n := len(bp.cores)
	if n == 0 || bp.cores[n-1].Attr("party") != "1" || !strings.HasPrefix(bp.coreTexts[n-1], "党") {
		return bp
	}
	if n == 1 {
		if bp.under != nil && len(bp.under.cores) > 0 && bp.under.cores[len(bp.under.cores)-1].Attr("org") == "1" {
			return bp.under
		}
		return bp
	}
	if k := bodyKind(bp.cores[:n-1]); k == "party" {
		return bp
	}
	return d.withoutLastCore(bp)
}

// outsideCommittee returns the body whose committee bp is (see
// committeeParent) when title is no committee's title: a judge after the
// court's judicial committee is the court's (审判委员会委员、审判员). Else
// bp.
func (d *chains) outsideCommittee(bp *bodyPhrase, title string) *bodyPhrase {
	if strings.Contains(title, "委员") || strings.Contains(title, "主任") || strings.Contains(title, "秘书长") {
		return bp
	}
	return d.committeeParent(bp)
}

// committeeParent returns the body whose committee bp is, when bp writes
// both (县人民法院审判委员会), else bp.
func (d *chains) committeeParent(bp *bodyPhrase) *bodyPhrase {
	if n := len(bp.cores); n < 2 || !strings.HasSuffix(bp.coreTexts[n-1], "委员会") {
		return bp
	}
	return d.withoutLastCore(bp)
}

// withoutLastCore returns a copy of bp without its last body word
// (国资委党委 → 国资委), its text cut to match.
func (d *chains) withoutLastCore(bp *bodyPhrase) *bodyPhrase {
	n := len(bp.cores)
	c := *bp
	c.cores, c.coreTexts = bp.cores[:n-1], bp.coreTexts[:n-1]
	c.end -= len(bp.coreTexts[n-1])
	c.text = d.s[c.start:c.end]
	c.resolved = false
	return &c
}

// bureauOf returns bp with its department named in full for the head's
// title: a party committee written after a department's stem alone
// (农业农村党委) leaves the stem, and its head (局长) says the word it
// drops (市农业农村党委书记、局长: 市农业农村局). Else bp.
func (d *chains) bureauOf(bp *bodyPhrase, title string) *bodyPhrase {
	n := len(bp.cores)
	unit, ok := strings.CutSuffix(title, "长")
	if n == 0 || !ok || utf8.RuneCountInString(unit) != 1 || !strings.ContainsRune("局厅处科", []rune(unit)[0]) ||
		bp.cores[n-1].Attr("dept") != "1" || hasAnySuffix(bp.coreTexts[n-1], deptNamedSuffixes...) {
		return bp
	}
	c := *bp
	word := bp.coreTexts[n-1] + unit
	c.cores = append(append([]*lexicon.Entry(nil), bp.cores[:n-1]...), deptEntry(word))
	c.coreTexts = append(append([]string(nil), bp.coreTexts[:n-1]...), word)
	c.resolved = false // the text stays as written
	return &c
}

// aliasWindow bounds how far back, in bytes, an abbreviation looks for the
// body it abbreviates, so that long documents stay linear.
const aliasWindow = 3000

// recent calls f on the phrases that start in the window before e, the
// nearest first, until f returns false.
func (d *chains) recent(e int, f func(*bodyPhrase) bool) {
	for i := len(d.phrases) - 1; i >= 0; i-- {
		bp := d.phrases[i]
		if bp.start >= e {
			continue
		}
		if bp.start < e-aliasWindow || !f(bp) {
			return
		}
	}
}

// aliasBefore returns the body that the words right before a title at e
// abbreviate to its last words: the article's subject (支队政治委员 in an
// article about 邵阳市消防救援支队) or a company named before (公司董事长
// after 湖南金铭新材料有限公司). nil if there is none.
func (d *chains) aliasBefore(e int) *bodyPhrase {
	var cands []*bodyPhrase
	d.recent(e, func(bp *bodyPhrase) bool {
		if bp.end <= e && len(bp.cores) > 0 && (bp.cores[len(bp.cores)-1].Attr("org") == "1" || bp.place != nil && bodyKind(bp.cores) == "other") {
			cands = append(cands, bp)
		}
		return true
	})
	if lede := strings.Index(d.s, "。"); lede >= 0 && e > lede {
		if sub := d.subjectPhrase(); sub != nil {
			cands = append(cands, sub)
		}
	}
	if len(cands) == 0 {
		return nil
	}
	p := e
	for k := 0; k < 4; k++ {
		r, n := utf8.DecodeLastRuneInString(d.s[:p])
		if n == 0 || !isHan(r) {
			return nil
		}
		p -= n
		if k == 0 {
			continue
		}
		if r, _ := utf8.DecodeLastRuneInString(d.s[:p]); p > 0 && isHan(r) {
			continue // the words must start a clause
		}
		for _, c := range cands {
			if strings.HasSuffix(c.text, d.s[p:e]) && c.start != p {
				a := *c
				a.start, a.end, a.text = p, e, d.s[p:e]
				return &a
			}
		}
	}
	return nil
}

// formerMarkAt returns the length of a former post's mark at p that no
// word of the lexicons holds (原, 前任; not 原平市), or 0.
func (d *chains) formerMarkAt(p int) int {
	for _, m := range leadingFormerMarks {
		if strings.HasPrefix(d.s[p:], m) {
			if n, _ := d.longest(p, phraseKinds); n == 0 {
				return len(m)
			}
		}
	}
	return 0
}

// shortAlias returns a body of the titles before when the character at p
// is its last one and a title follows (委新闻发言人), or nil.
func (d *chains) shortAlias(p int, items []roleItem) *bodyPhrase {
	r, n := d.runeAt(p)
	if n == 0 || !strings.ContainsRune("委局部厅院办", r) {
		return nil
	}
	if _, ok := d.role(p+n, nil); !ok {
		return nil
	}
	for k := len(items) - 1; k >= 0; k-- {
		b := items[k].body
		for b != nil && b.under != nil && len(b.cores) > 0 && b.cores[0].Attr("dept") == "1" {
			b = b.under
		}
		if b == nil || len(b.coreTexts) == 0 {
			continue
		}
		// The body whose own name ends with the character: 国家发展改革委
		// in 国家发展改革委政策研究室.
		for j := len(b.coreTexts) - 1; j >= 0; j-- {
			if strings.HasSuffix(b.coreTexts[j], string(r)) {
				c := *b
				c.cores, c.coreTexts = b.cores[:j+1], b.coreTexts[:j+1]
				c.start, c.end, c.text, c.resolved = p, p+n, d.s[p:p+n], false
				return &c
			}
		}
	}
	return nil
}

// committeeOf returns a department the lexicons lack, written after
// another title of the same body, as that body's (省政协常委、农业和农村
// 委员会主任: the committee of 省政协), or nil.
func (d *chains) committeeOf(p int, items []roleItem) *bodyPhrase {
	var prev *bodyPhrase
	for k := len(items) - 1; k >= 0 && prev == nil; k-- {
		prev = items[k].body
	}
	if prev == nil {
		return nil
	}
	n := d.deptAt(p)
	if n == 0 {
		return nil
	}
	e := &lexicon.Entry{Word: d.s[p : p+n], Kind: lexicon.Body, Attrs: map[string]string{"dept": "1"}}
	if strings.HasSuffix(e.Word, "委员会") {
		// A committee after another committee of a body is its sibling
		// (人大常委会代表资格审查委员会主任委员、人事代表选举工作委员会主任).
		if prev.under != nil && strings.HasSuffix(prev.text, "委员会") {
			prev = prev.under
		} else {
			prev = d.committeeParent(prev)
		}
	}
	return &bodyPhrase{start: p, end: p + n, text: d.s[p : p+n], cores: []*lexicon.Entry{e}, coreTexts: []string{e.Word}, under: prev}
}

// levelRole returns the start of a title written right after a bare level
// word, or a level and 级, at p (自治区副主席, 县副县长, 镇级河长), if there is one.
func (d *chains) levelRole(p int) (int, bool) {
	n, _ := d.longest(p, func(e *lexicon.Entry) bool { return e.Kind == lexicon.Level })
	if n == 0 {
		return 0, false
	}
	if strings.HasPrefix(d.s[p+n:], "级") {
		n += len("级") // 镇级河长, 县级领导
	}
	if _, ok := d.role(p+n, nil); !ok {
		return 0, false
	}
	return p + n, true
}

// sharedLevelRole returns the place bp without the level word that the
// head's title at q shares (sharedLevel) and that title, if there are.
func (d *chains) sharedLevelRole(bp *bodyPhrase, q int) (*bodyPhrase, roleItem, bool) {
	if !bp.isPlace() {
		return nil, roleItem{}, false
	}
	sp := d.sharedLevel(bp, q)
	if sp == nil {
		return nil, roleItem{}, false
	}
	r, ok := d.role(sp.end, sp)
	if !ok || r.entry.Attr("head") == "" {
		return nil, roleItem{}, false
	}
	return sp, r, true
}

// sharedLevel returns the place bp without its last character, a level
// word that the head's title at q shares (岳阳市长, 平江县长: 长 at q), or
// nil. Not where 长 starts a longer word or a place (岳阳市长江大桥: 长江).
func (d *chains) sharedLevel(bp *bodyPhrase, q int) *bodyPhrase {
	l, w := utf8.DecodeLastRuneInString(bp.text)
	if !strings.ContainsRune("省市县区州旗盟镇乡", l) || !strings.HasPrefix(d.s[q:], "长") || bp.end != q || len(bp.text) == w {
		return nil
	}
	if d.wordPast(q, q+len("长")) {
		if _, ok := d.modelPersonAt(q + len("长")); !ok {
			return nil // (湘西州长龙某华: 长龙 is a word, but the tagger reads the name)
		}
	}
	if n, _ := d.longest(q, isPlace); n > 0 {
		return nil
	}
	c := *bp
	c.end -= w
	c.text = bp.text[:len(bp.text)-w]
	c.resolved = false
	return &c
}
