package ner

import (
	"strings"
	"unicode/utf8"

	"github.com/orggraph/orggraph/ner/lexicon"
)

// orgAt returns the length of a company or institution name at p that
// the lexicons lack: two to twelve characters and a suffix (集团, 有限公司)
// that ends a word. 0 if there is none.
func (d *bodies) orgAt(p int) int {
	// A university or hospital named by its place alone: 南昌大学.
	for _, suf := range placeInstitutions {
		if strings.HasPrefix(d.s[p:], suf) && !d.wordGoesOn(p+len(suf)) {
			return len(suf)
		}
	}
	return d.suffixedName(p, "的是在了对为与及和、省市县区州镇乡村据该此其", orgSuffixes, func(q, e int) int {
		for _, more := range companyTails {
			e = skipPrefix(d.s, e, more)
		}
		if d.wordGoesOn(e) || d.hasVerb(p, q) {
			return -1
		}
		return e
	})
}

// orgBefore returns the company or institution a bare body at p belongs
// to when the document named it before and abbreviates it here (集团党委
// after 甘肃能源化工投资集团), or nil.
func (d *bodies) orgBefore(p int) *bodyPhrase {
	for _, suf := range orgSuffixes[3:] {
		if !strings.HasSuffix(d.s[:p], suf) {
			continue
		}
		var found *bodyPhrase
		d.recent(p, func(op *bodyPhrase) bool {
			if len(op.cores) > 0 && op.cores[len(op.cores)-1].Attr("org") == "1" && strings.HasSuffix(op.text, suf) {
				found = op
				return false
			}
			return true
		})
		return found
	}
	return nil
}

// deptAt returns the length of a department name at p that the lexicons
// lack: two to twelve characters, a department suffix, and a title right
// after it. 0 if there is none.
func (d *bodies) deptAt(p int) int {
	if hasAnyPrefix(d.s[p:], formerMarks...) {
		if n, _ := d.longest(p, phraseKinds); n == 0 {
			return 0 // 原总政治部: a former post's mark, then the body (not 原平市)
		}
	}
	return d.suffixedName(p, "的是在了对为与及由被将把据该这那其此到向给从", deptNamedSuffixes, func(q, e int) int {
		// What follows first, which is cheap: a title, or a name and its
		// head's title (农业农村厅郑某厅长); else look further.
		// (Or its other name in brackets, then the title.)
		rn, _ := d.longest(e, isTitleWord)
		if d.formerMarkWithin(p, q) {
			return -1 // 延庆县原县委: a place, the mark, then the body
		}
		if d.s[q:e] == "部" {
			// 部 alone ends a name only before its head's title
			// (社会发展研究部副部长, 法务部主任): not 全部, 干部.
			if q-p < len("研究") || !d.headOfDepartmentAt(e) || d.x.lex.Get(d.s[q-len("干"):e], lexicon.Body) != nil {
				return 0
			}
		}
		title := rn > 0 || d.bracketAlias(d.s[q:e], e) > 0 || d.contractedHead(p, q, e)
		partyOf := strings.HasSuffix(d.s[p:q], "党") && d.s[q:e] == "委" // 农业农村党委
		if !title && !partyOf && !d.headTitleAfterName(d.s[q:e], e) {
			return 0
		}
		if d.meetingActWithin(p, q) {
			return -1 // 总理李强主持召开国务院: a clause, no department
		}
		if containsAny(d.s[p:q], takingWords...) || d.functionWordIn(p, q) || strings.Contains(d.s[p:q], "报讯") {
			return -1 // 乌克兰新任外交部长: the post taken, no department's name (本报讯…: a dateline)
		}
		if d.bodyWithin(p, q) {
			return -1 // 援疆指挥部党委: a body word ends the name before
		}
		if d.taggedPersonWithin(p, q) {
			// A name the tagger reads, then a clause or the next body:
			// 岳阳市长李某武调任省发改委; a title and its holder's name,
			// then the next body (证监会副主席甲和国家外汇管理局): two
			// chains, no department.
			return -1
		}
		if partyOf {
			// 农业农村党委书记: the department, then its party committee.
			stem := d.s[p : q-len("党")]
			if title && stem != "" &&
				(!hasAnySuffix(stem, "省", "市", "县", "区", "州", "旗", "盟", "镇", "乡", "村", "街道", "社区", "嘎查", "苏木") || d.wordEndsAt(p+len(stem))) {
				return q - len("党")
			}
			return 0
		}
		if title {
			if d.segment(p); d.tokAt[p].Tag == "v" && d.tokAt[p].End-p > 3 && d.tokAt[p].End < q {
				// A headline's verb and what it governs, no department:
				// 泰和县召开县委常委会 (but 巡视办: the verb names it).
				return -1
			}
		}
		return e
	})
}

// contractedHead reports whether 长 after the department suffix [q, e)
// makes its head's title (旅游局长: 局长 of 旅游局), as in role, where the
// stem [p, q) is a word of two characters for the segmenter, or starts
// one that is the whole contracted title (旅游局长), not 两位处长 nor a
// name (韩某水司长).
func (d *bodies) contractedHead(p, q, e int) bool {
	if !strings.HasPrefix(d.s[e:], "长") || d.s[q:e] == "部" || utf8.RuneCountInString(d.s[p:q]) != 2 {
		return false
	}
	r, _ := utf8.DecodeLastRuneInString(d.s[q:e])
	if d.x.lex.Get(string(r)+"长", lexicon.Role) == nil {
		return false
	}
	d.segment(p)
	tk, ok := d.tokAt[p]
	return ok && (tk.End == q || tk.End == e+len("长")) && (tk.Tag == "n" || tk.Tag == "vn" || tk.Tag == "v")
}

// headOfDepartmentAt reports whether the title at p heads a department
// (部长, 副部长, 主任).
func (d *bodies) headOfDepartmentAt(p int) bool {
	q := p
	for n := 0; n < 3; n++ {
		rn, es := d.longest(q, isTitleWord)
		if rn == 0 {
			return false
		}
		if e := entryOf(es, lexicon.Role); e != nil {
			return e.Word == "部长" || e.Word == "主任"
		}
		q += rn // 副, 常务副
	}
	return false
}

// headTitleAfterName reports whether a name of two or three characters
// and the title of the head of a unit ending in suffix follow e (处 and
// 王某忠处长, 厅 and 郑某仪厅长).
func (d *bodies) headTitleAfterName(suffix string, e int) bool {
	last, _ := utf8.DecodeLastRuneInString(suffix)
	q := e
	for k := 1; k <= 3; k++ {
		r, w := d.runeAt(q)
		if !isHan(r) {
			return false
		}
		q += w
		if k < 2 {
			continue
		}
		if r2, _ := d.runeAt(q); r2 != last {
			continue
		}
		if rn, es := d.longest(q, isRole); rn > 0 && es[0].Attr("head") == "" {
			return true
		}
	}
	return false
}

// bodyWithin reports whether a body word of the lexicons starts after p
// and ends by q.
func (d *bodies) bodyWithin(p, q int) bool {
	_, w := d.runeAt(p)
	return d.wordWithin(p+w, q, func(i int, m lexicon.Match) bool {
		return i+m.Len <= q && entryOf(m.Entries, lexicon.Body) != nil
	})
}

// wordWithin reports whether a lexicon word that ok accepts starts in
// [p, q); ok has the word's start.
func (d *bodies) wordWithin(p, q int, ok func(int, lexicon.Match) bool) bool {
	for i := p; i < q; {
		for _, m := range d.matches(i) {
			if ok(i, m) {
				return true
			}
		}
		_, w := d.runeAt(i)
		i += w
	}
	return false
}

// wordEndsAt reports whether a dictionary word of two characters or more
// ends at e (农村 of 农业农村, not 桥镇 of 大成桥镇, which the segmenter
// makes up).
func (d *bodies) wordEndsAt(e int) bool {
	_, w := utf8.DecodeLastRuneInString(d.s[:e])
	tk, ok := d.tokenBefore(e)
	return ok && tk.End == e && tk.End-tk.Start > w && tk.Tag != ""
}

// meetingActWithin reports whether a verb of a meeting's participants
// (主持, 出席, 讲话, 陪同…) starts in [p, q).
func (d *bodies) meetingActWithin(p, q int) bool {
	return d.wordWithin(p, q, func(_ int, m lexicon.Match) bool {
		for _, en := range m.Entries {
			if en.Kind == lexicon.Act && participantActs[en.Attr("act")] {
				return true
			}
		}
		return false
	})
}

// suffixedName returns the length of a name at p of two to twelve Han
// characters, none of stop, ending in one of suffixes: accept is asked
// with the end of the stem q and of the suffix e, and answers the name's
// end, 0 to look further, or -1 to give up. 0 if there is none.
func (d *bodies) suffixedName(p int, stop string, suffixes []string, accept func(q, e int) int) int {
	q := p
	for k := 0; k < 12; k++ {
		r, n := d.runeAt(q)
		if n == 0 || !isHan(r) || strings.ContainsRune(stop, r) && (k == 0 || !d.nounAcross(q) || d.x.lex.Has(string(r), lexicon.Level)) || d.chineseDateAt(q) || d.quantityAt(q) {
			return 0 // (新华社北京一月六日电国务院: a dateline's date; 北京一家医院: a count)
		}
		q += n
		if k == 0 {
			continue
		}
		for _, suf := range suffixes {
			if !strings.HasPrefix(d.s[q:], suf) {
				continue
			}
			switch e := accept(q, q+len(suf)); {
			case e < 0:
				return 0
			case e > 0:
				return e - p
			}
		}
	}
	return 0
}

// nounAcross reports whether the segmenter reads a noun that starts before
// p and goes on past it: 据 of 数据资源局 stops no name (but a level
// does: 上市 of 深市全部上市公司).
func (d *bodies) nounAcross(p int) bool {
	if !d.insideWord(p) {
		return false
	}
	tk, _ := d.tokenOver(p)
	return strings.HasPrefix(tk.Tag, "n")
}

// committeeAt returns the length of a committee's name at p that the
// lexicons lack: two to sixteen Han characters ending in 委员会 (or
// contracted, a stem of at most four and 委: 环资委), with no
// word that ends a clause in its stem (人事代表选举工作委员会 holds a title
// and a verb of elections), a title right after it; or 0.
func (d *bodies) committeeAt(p int) int {
	q := p
	for k := 0; k < 16; k++ {
		r, n := d.runeAt(q)
		if n == 0 || !isHan(r) || strings.ContainsRune("的是在了对为及", r) {
			return 0
		}
		if k > 0 {
			for _, suf := range []string{"工作委员会", "委员会", "委"} {
				if !strings.HasPrefix(d.s[q:], suf) {
					continue
				}
				e := q + len(suf)
				// …or contracted, of a stem of at most four
				// characters: 环资委, 教科文卫委 (not 常委, a title).
				if suf == "委" && (k > 4 || strings.HasPrefix(d.s[e:], "员") || d.x.lex.Get(d.s[p:e], lexicon.Role) != nil) {
					continue
				}
				if rn, _ := d.longest(e, isTitleWord); rn > 0 {
					return e - p
				}
			}
		}
		for _, m := range d.matches(q) {
			for _, en := range m.Entries {
				switch en.Kind {
				case lexicon.Act:
					// 出席, 主持 end a clause; 与, 和 join a committee's
					// fields (城乡建设与环境资源保护委员会) and 代表 names
					// one (人事代表选举工作委员会).
					return 0
				}
			}
		}
		q += n
	}
	return 0
}

// formerMarkWithin reports whether the segmenter reads 原 as a word of
// its own inside [p, q): a former post's mark, no part of a name (but
// 草原, 原子能 are words).
func (d *bodies) formerMarkWithin(p, q int) bool {
	for k := p + 1; k < q; {
		i := strings.Index(d.s[k:q], "原")
		if i < 0 {
			return false
		}
		k += i
		if _, ok := d.wordTag(k, k+len("原")); ok {
			return true
		}
		k += len("原")
	}
	return false
}

// numeralEnd returns the end of the Chinese numeral (十二, 二十) at p, p if
// there is none.
func (d *bodies) numeralEnd(p int) int {
	for p < len(d.s) {
		r, n := d.runeAt(p)
		if !strings.ContainsRune("一二三四五六七八九十", r) {
			break
		}
		p += n
	}
	return p
}

// sessionAt returns the length of a session number (十二届, 第十四届) at
// p, or 0.
func (d *bodies) sessionAt(p int) int {
	q := p
	if strings.HasPrefix(d.s[q:], "第") {
		q += len("第")
	}
	q0 := q
	q = d.numeralEnd(q)
	if q == q0 || !strings.HasPrefix(d.s[q:], "届") {
		return 0
	}
	return q + len("届") - p
}

// numberedAt reports whether an ordinal or a session starts at p: their
// own rules read them, not the rules of a task's stem.
func (d *bodies) numberedAt(p int) bool {
	return d.ordinalAt(p) > 0 || d.sessionAt(p) > 0
}

// ordinalAt returns the length of an ordinal (第一, 第十二) at p, or 0.
func (d *bodies) ordinalAt(p int) int {
	if !strings.HasPrefix(d.s[p:], "第") {
		return 0
	}
	q := d.numeralEnd(p + len("第"))
	if q == p+len("第") {
		return 0
	}
	return q - p
}
