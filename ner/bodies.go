package ner

import (
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/orggraph/orggraph/ner/lexicon"
)

// bodies recognizes body, place and outlet phrases: 岳阳经开区, 区工委,
// 湖南省委组织部, 湖南日报. Its answers are remembered per position in the
// document's scratch.
type bodies struct{ *docState }

// bodyPhrase parses a body, place or outlet phrase at i, or returns nil.
// Results are remembered: the scan and the title chains ask for the same
// positions.
func (d *bodies) bodyPhrase(i int) *bodyPhrase {
	if i >= len(d.s) {
		return nil
	}
	if d.sc.bpDone[i] {
		return d.sc.bp[i]
	}
	bp := d.parseBodyPhrase(i)
	d.sc.bp[i], d.sc.bpDone[i] = bp, true
	return bp
}

// bracketAlias returns the length of a department's other name in
// brackets at p, before a title (高校学生司 then (高校毕业生就业服务司)司长):
// Han characters that end as name does. 0 if there is none.
func (d *bodies) bracketAlias(name string, p int) int {
	if !strings.HasPrefix(d.s[p:], "(") {
		return 0
	}
	k := strings.IndexByte(d.s[p:], ')')
	if k <= len("(司") || k > len("(高校毕业生就业服务司") || !allHan(d.s[p+1:p+k]) {
		return 0
	}
	r1, _ := utf8.DecodeLastRuneInString(name)
	r2, _ := utf8.DecodeLastRuneInString(d.s[p+1 : p+k])
	if rn, _ := d.longest(p+k+1, isTitleWord); r1 != r2 || rn == 0 {
		return 0
	}
	return k + 1
}

// allHan reports whether s is Han characters only.
func allHan(s string) bool {
	for _, r := range s {
		if !isHan(r) {
			return false
		}
	}
	return s != ""
}

// branchAt reports whether a branch's body word starts at p (支行,
// 中心支行, 分行).
func (d *bodies) branchAt(p int) bool {
	_, es := d.longest(p, phraseKinds)
	b := entryOf(es, lexicon.Body)
	return b != nil && b.Attr("branch") == "1"
}

// centralNumbered reports whether one of the centre's numbered groups
// starts at p: 中央第五巡视组, 中央第三生态环境保护督察组.
func (d *bodies) centralNumbered(p int) bool {
	if !strings.HasPrefix(d.s[p:], "中央第") {
		return false
	}
	c := p + len("中央")
	on := d.ordinalAt(c)
	if on == 0 {
		return false
	}
	bn, bes := d.longest(c+on, phraseKinds)
	return bn > 0 && entryOf(bes, lexicon.Body) != nil || d.stemBeforeBody(c+on) > 0
}

func (d *bodies) parseBodyPhrase(i int) *bodyPhrase {
	if op := d.outletPhrase(i); op != nil {
		return op
	}
	if d.orgSuffixAcross(i) {
		return nil // 复旦大学校长: 学校 starts inside 大学
	}
	if n := d.congressAt(i); n > 0 {
		e := i + n
		return &bodyPhrase{start: i, end: e, text: d.s[i:e],
			cores: []*lexicon.Entry{{Word: d.s[i:e], Kind: lexicon.Body, Attrs: map[string]string{"national": "1", "party": "1", "canon": "中共" + d.s[i:e]}}}, coreTexts: []string{d.s[i:e]}}
	}
	// The committees of the Youth League and of the democratic parties,
	// named with a place: 共青团孝南区委, 农工党江苏省委.
	if bp := d.partyCommittee(i); bp != nil {
		return bp
	}
	// The Youth League's committees: 团县委 is the county's 团委.
	if strings.HasPrefix(d.s[i:], "团") {
		if n, es := d.longest(i+len("团"), func(e *lexicon.Entry) bool { return e.Kind == lexicon.Level }); n > 0 && strings.HasPrefix(d.s[i+len("团")+n:], "委") {
			if tw := d.x.lex.Get("团委", lexicon.Body); tw != nil && es[0].Attr("level") != "unit" {
				end := i + len("团") + n + len("委")
				return &bodyPhrase{start: i, end: end, text: d.s[i:end], levelText: d.s[i+len("团") : i+len("团")+n], level: es[0].Attr("level"),
					cores: []*lexicon.Entry{tw}, coreTexts: []string{"团委"}}
			}
		}
	}
	p := i
	type part struct {
		start, end int
		e          *lexicon.Entry
	}
	var parts []part
	// A name the lexicons lack before a body word, starting a clause of
	// a list of officials, when a title follows: 二坝集中示范园区管委会主任,
	// 东乌海关关长.
	clauseDept := false
	if n, _ := d.longest(i, phraseKinds); n == 0 && !d.centralNumbered(i) && (d.sentenceStart(i) || d.formerStart(i)) && d.roleWithin(i, 14) {
		if bp := d.qualifiedBody(i); bp != nil {
			return bp
		}
		clauseDept = true
	}
	// A department the lexicons lack, starting a clause of a list of
	// officials: 应急安全保障中心主任何某, 党政工作部部长杨某.
	if clauseDept {
		if dn := d.deptAt(i); dn > 0 && d.plainStem(i, i+dn) {
			e := deptEntry(d.s[i : i+dn])
			parts = append(parts, part{i, i + dn, e})
			p += dn
		}
	}
	for p < len(d.s) {
		n, es := d.longest(p, phraseKinds)
		if len(parts) == 0 && d.centralNumbered(p) {
			c := p + len("中央")
			parts = append(parts, part{p, c, &lexicon.Entry{Word: "中央", Kind: lexicon.Body, Attrs: map[string]string{"national": "1"}}})
			p = c
			continue
		}
		if len(parts) == 0 || parts[len(parts)-1].e.Kind == lexicon.Place || parts[len(parts)-1].e.Attr("prefix") == "1" ||
			len(parts) >= 2 && parts[len(parts)-1].e.Kind == lexicon.Level && parts[len(parts)-2].e.Kind == lexicon.Place {
			// A township, street or village the gazetteer does not hold,
			// also after a county named by its short form and level
			// (邵东县廉桥镇, written before 邵东县 became 邵东市).
			if tn, te := d.townAt(p, len(parts) > 0); tn > n {
				parts = append(parts, part{p, p + tn, te})
				p += tn
				continue
			}
		}
		if n == 0 && len(parts) > 0 && (parts[len(parts)-1].e.Kind == lexicon.Place || parts[len(parts)-1].e.Kind == lexicon.Level && len(parts) == 1) {
			// A company, bank or university named after its place:
			// 甘肃能源化工投资集团, 县城投集团.
			if on := d.orgAt(p); on > 0 {
				parts = append(parts, part{p, p + on, &lexicon.Entry{Word: d.s[p : p+on], Kind: lexicon.Body, Attrs: map[string]string{"org": "1"}}})
				p += on
				continue
			}
		}
		if n == 0 && len(parts) > 0 && (parts[len(parts)-1].e.Kind == lexicon.Place || parts[len(parts)-1].e.Kind == lexicon.Level || parts[len(parts)-1].e.Attr("national") == "1" ||
			parts[len(parts)-1].e.Attr("zone") == "1") {
			// A department the lexicons lack, named before a title:
			// 桃江县卫生健康局副局长, 经开区产业发展部特别顾问; not where
			// a word runs across into it from a place's short name (东山头
			// 党工委: 东山 and 山头).
			if dn := d.deptAt(p); dn > 0 && !(parts[len(parts)-1].e.Attr("short") == "1" && d.wordAcross(p)) {
				parts = append(parts, part{p, p + dn, deptEntry(d.s[p : p+dn])})
				p += dn
				continue
			}
			// A zone's office, 办 alone before a title: 新区办常务副主任.
			if parts[len(parts)-1].e.Attr("zone") == "1" && strings.HasPrefix(d.s[p:], "办") {
				if rn, _ := d.longest(p+len("办"), isTitleWord); rn > 0 {
					parts = append(parts, part{p, p + len("办"), &lexicon.Entry{Word: "办", Kind: lexicon.Body, Attrs: map[string]string{"dept": "1", "gov": "1"}}})
					p += len("办")
					continue
				}
			}
		}
		if (n == 0 || entryOf(es, lexicon.Level) == es[0] && len(es) == 1) && len(parts) > 0 && parts[len(parts)-1].e.Kind == lexicon.Body && parts[len(parts)-1].e.Attr("adhoc") == "" &&
			parts[len(parts)-1].e.Attr("prefix") == "" && parts[len(parts)-1].e.Attr("session") == "" {
			// A division of a body the lexicons lack, before a title:
			// 省发改委产业发展处处长, 市委组织部区县干部三处.
			if dn := d.deptAt(p); dn > 0 && hasAnySuffix(d.s[p:p+dn], divisionSuffixes...) {
				parts = append(parts, part{p, p + dn, &lexicon.Entry{Word: d.s[p : p+dn], Kind: lexicon.Body, Attrs: map[string]string{"dept": "1"}}})
				p += dn
				continue
			}
			// …or a group it sends, named by its task: 市人大常委会执法检查组.
			if sn := d.stemBefore(p, true); sn > 0 && sn <= len("环境保护") && !d.functionWordAt(p) && !d.numberedAt(p) && !hasAnyPrefix(d.s[p:], eventVerbs...) && !d.meetingActWithin(p, p+sn) {
				if _, bes := d.longest(p+sn, phraseKinds); strings.HasSuffix(entryOf(bes, lexicon.Body).Word, "组") && entryOf(bes, lexicon.Body).Word != "党组" {
					parts = append(parts, part{p, p + sn, &lexicon.Entry{Word: d.s[p : p+sn], Kind: lexicon.Body, Attrs: map[string]string{"org": "1"}}})
					p += sn
					continue
				}
			}
		}
		if n == 0 && len(parts) > 0 && (parts[len(parts)-1].e.Kind == lexicon.Place ||
			// a bare level word opening a clause (旗疫情防控指挥部), not one
			// inside a word (城市化领导小组)
			len(parts) == 1 && parts[0].e.Kind == lexicon.Level && d.sentenceStart(parts[0].start)) {
			// A task the lexicons lack before a body word of the place,
			// and a title after: 衢州市援疆指挥部党委书记, 旗疫情防控指挥部
			// 总指挥, 市农业农村党委书记.
			if sn := d.stemBefore(p, true); sn > 0 && sn <= len("对口支援新疆工作") && !d.functionWordAt(p) && !d.numberedAt(p) && !d.meetingActWithin(p, p+sn) {
				if bp := d.bodyPhrase(p + sn); bp != nil && bp.place == nil && bp.levelText == "" && d.titleAt(bp) {
					parts = append(parts, part{p, p + sn, &lexicon.Entry{Word: d.s[p : p+sn], Kind: lexicon.Body, Attrs: map[string]string{"org": "1"}}})
					p += sn
					continue
				}
			}
		}
		if n == 0 && len(parts) > 0 && parts[len(parts)-1].e.Attr("zone") == "1" && strings.HasPrefix(d.s[p:], "(") {
			// A zone's other name in brackets: 浏阳经开区(高新区)党工委.
			if k := strings.IndexByte(d.s[p:], ')'); k > 1 && k <= len("(高新技术产业开发区") {
				if zn, zes := d.longest(p+1, phraseKinds); zn == k-1 && entryOf(zes, lexicon.Body) != nil && entryOf(zes, lexicon.Body).Attr("zone") == "1" {
					parts = append(parts, part{p, p + k + 1, &lexicon.Entry{Word: d.s[p : p+k+1], Kind: lexicon.Body, Attrs: map[string]string{"alias": "1"}}})
					p += k + 1
					continue
				}
			}
		}
		if n == 0 && len(parts) > 0 && parts[len(parts)-1].e.Attr("dept") == "1" && strings.HasPrefix(d.s[p:], "(") {
			// A department's other name in brackets, before a title:
			// 教育部高校学生司(高校毕业生就业服务司)司长.
			last := parts[len(parts)-1]
			if an := d.bracketAlias(d.s[last.start:last.end], p); an > 0 {
				parts = append(parts, part{p, p + an, &lexicon.Entry{Word: d.s[p : p+an], Kind: lexicon.Body, Attrs: map[string]string{"alias": "1"}}})
				p += an
				continue
			}
		}
		if n == 0 && len(parts) > 1 && parts[len(parts)-1].e.Word == "委" && parts[len(parts)-1].e.Attr("party") == "1" {
			// A committee's working committee or office the lexicons
			// lack: 宁德市委教育工委委员, 市委巡察办主任.
			if dn := d.deptAt(p); dn > 0 && hasAnySuffix(d.s[p:p+dn], partyOffices...) {
				parts = append(parts, part{p, p + dn, &lexicon.Entry{Word: d.s[p : p+dn], Kind: lexicon.Body, Attrs: map[string]string{"dept": "1", "of": "party"}}})
				p += dn
				continue
			}
		}
		if n == 0 && len(parts) > 0 && parts[len(parts)-1].e.Attr("prefix") == "1" {
			// A place or zone the lexicons lack after 中共: 中共湘江新区
			// 工作委员会.
			if sn := d.stemBeforeBody(p); sn > 0 {
				parts = append(parts, part{p, p + sn, &lexicon.Entry{Word: d.s[p : p+sn], Kind: lexicon.Body, Attrs: map[string]string{"org": "1"}}})
				p += sn
				continue
			}
		}
		if len(parts) > 0 && isChamber(parts[len(parts)-1].e) {
			// A committee of a congress or CPPCC the lexicons lack,
			// before a title: 省人大法制委员会主任委员, 省人大常委会人事任免
			// 工作委员会主任.
			if cn := d.committeeAt(p); cn > 0 {
				parts = append(parts, part{p, p + cn, &lexicon.Entry{Word: d.s[p : p+cn], Kind: lexicon.Body, Attrs: map[string]string{"dept": "1"}}})
				p += cn
				continue
			}
		}
		if len(parts) == 0 && n == 0 {
			// A session of the national congress or CPPCC, written bare:
			// 八届人大, 九届政协.
			if sn := d.bareSessionAt(p); sn > 0 {
				parts = append(parts, part{p, p + sn, &lexicon.Entry{Word: d.s[p : p+sn], Kind: lexicon.Body, Attrs: map[string]string{"ordinal": "1", "session": "1"}}})
				p += sn
				continue
			}
		}
		if len(parts) > 0 && (parts[len(parts)-1].e.Kind == lexicon.Place || parts[len(parts)-1].e.Kind == lexicon.Level ||
			parts[len(parts)-1].e.Kind == lexicon.Body && parts[len(parts)-1].e.Attr("session") == "") {
			// A session before a body word: 省十二届人大常委会, 区六届政协,
			// 政协伊犁哈萨克自治州第十四届委员会.
			if sn := d.sessionAt(p); sn > 0 {
				if bn, bes := d.longest(p+sn, phraseKinds); bn > 0 && entryOf(bes, lexicon.Body) != nil {
					parts = append(parts, part{p, p + sn, &lexicon.Entry{Word: d.s[p : p+sn], Kind: lexicon.Body, Attrs: map[string]string{"ordinal": "1", "session": "1"}}})
					p += sn
					continue
				}
			}
		}
		if n == 0 && len(parts) > 0 {
			// An ordinal before a body word: 第一中学, 第二人民医院.
			if on := d.ordinalAt(p); on > 0 {
				if bn, bes := d.longest(p+on, phraseKinds); bn > 0 && entryOf(bes, lexicon.Body) != nil {
					parts = append(parts, part{p, p + on, &lexicon.Entry{Word: d.s[p : p+on], Kind: lexicon.Body, Attrs: map[string]string{"ordinal": "1"}}})
					p += on
					continue
				}
				// …or before a task and its body word: 第三生态环境保护
				// 督察组.
				if sn := d.stemBeforeBody(p + on); sn > 0 {
					parts = append(parts, part{p, p + on + sn, &lexicon.Entry{Word: d.s[p : p+on+sn], Kind: lexicon.Body, Attrs: map[string]string{"ordinal": "1"}}})
					p += on + sn
					continue
				}
			}
		}
		if n > 0 && len(parts) > 0 && strings.HasSuffix(parts[len(parts)-1].e.Word, "纪委") && entryOf(es, lexicon.Level) != nil && strings.HasPrefix(d.s[p+n:], "监委") {
			// 省纪委省监委: the two commissions of one level.
			e := p + n + len("监委")
			parts = append(parts, part{p, e, &lexicon.Entry{Word: d.s[p:e], Kind: lexicon.Body, Attrs: map[string]string{}}})
			p = e
			continue
		}
		if n == 0 && len(parts) > 0 && parts[len(parts)-1].e.Kind == lexicon.Body && strings.Contains(parts[len(parts)-1].e.Word, "纪") || n == 0 && len(parts) > 0 && strings.HasSuffix(parts[len(parts)-1].e.Word, "监委") {
			// The discipline group a commission stations in a unit:
			// 省纪委监委派驻省委统战部纪检监察组, 省纪委监委驻省农业农村厅纪检组.
			if e := d.stationedGroup(p); e > p {
				parts = append(parts, part{p, e, &lexicon.Entry{Word: d.s[p:e], Kind: lexicon.Body, Attrs: map[string]string{"dept": "1"}}})
				p = e
				continue
			}
		}
		if n == 0 {
			break
		}
		var e *lexicon.Entry
		if len(parts) == 0 || parts[len(parts)-1].e.Kind == lexicon.Place || parts[len(parts)-1].e.Attr("prefix") == "1" {
			// A place may start the phrase, follow a place or 中共.
			e = placeEntry(es)
			// 和县 right after a name is "and 县…" (刘霞和县人民检察院).
			if e != nil && len(parts) == 0 && d.conjunctionStartsAt(p) {
				break
			}
			// …nor does a county of one character inside a longer
			// name the segmenter reads (崇礼县 is no 礼县).
			if e != nil && len(parts) == 0 && utf8.RuneCountInString(e.Word) == 2 && d.hanBefore(p) && d.wordAcross(p) {
				break
			}
		}
		if b := entryOf(es, lexicon.Body); b != nil && (e == nil || len(parts) > 0 && parts[len(parts)-1].e.Kind != lexicon.Place) {
			e = b
		}
		if e == nil {
			e = entryOf(es, lexicon.Body)
		}
		if e == nil {
			e = entryOf(es, lexicon.Level)
		}
		if e == nil {
			e = es[0]
		}
		if e.Kind == lexicon.Place && len(parts) > 0 && parts[len(parts)-1].e.Kind != lexicon.Place && parts[len(parts)-1].e.Attr("prefix") != "1" {
			// A national body's branch named by its place: 人民银行长沙
			// 中心支行.
			if parts[len(parts)-1].e.Attr("national") == "1" {
				if d.branchAt(p + n) {
					parts = append(parts, part{p, p + n, e})
					p += n
					continue
				}
				// …or its company there: 国网长沙供电公司.
				if parts[len(parts)-1].e.Attr("org") == "1" {
					if on := d.orgAt(p + n); on > 0 {
						parts = append(parts, part{p, p + n, e}, part{p + n, p + n + on, &lexicon.Entry{Word: d.s[p+n : p+n+on], Kind: lexicon.Body, Attrs: map[string]string{"org": "1"}}})
						p += n + on
						continue
					}
				}
			}
			break
		}
		// …or by a level: 中国农业银行县支行.
		if e.Kind == lexicon.Level && len(parts) > 0 && parts[len(parts)-1].e.Attr("national") == "1" && d.branchAt(p+n) {
			parts = append(parts, part{p, p + n, e})
			p += n
			continue
		}
		// A place written after a place lies in it: 鼎城区公安分局 is not
		// 鼎城区 + 公安(县).
		if e.Kind == lexicon.Place && len(parts) > 0 && parts[len(parts)-1].e.Kind == lexicon.Place && e.Attr("town") == "" && parts[len(parts)-1].e.Attr("town") == "" &&
			!d.x.within(e, parts[len(parts)-1].e) {
			if len(parts) == 1 && parts[0].e.Attr("short") == "1" {
				break // 比如天津市…: a county's short form is a word before a place not in it
			}
			if dn := d.deptAt(p); dn > 0 {
				parts = append(parts, part{p, p + dn, deptEntry(d.s[p : p+dn])})
				p += dn
				continue
			}
			if on := d.orgAt(p); on > 0 {
				// 深圳市邵阳商会: a chamber named after another place.
				parts = append(parts, part{p, p + on, &lexicon.Entry{Word: d.s[p : p+on], Kind: lexicon.Body, Attrs: map[string]string{"org": "1"}}})
				p += on
				continue
			}
			break
		}
		if e.Kind == lexicon.Level && len(parts) > 0 && parts[len(parts)-1].e.Kind == lexicon.Body {
			break
		}
		// 村 and 委员会 make no body (农村委员会); the village's is 村民委员会.
		if e.Kind == lexicon.Body && e.Word == "委员会" && len(parts) > 0 && parts[len(parts)-1].e.Attr("level") == "village" {
			break
		}
		if e.Kind == lexicon.Body && e.Attr("bare") == "1" && (len(parts) == 0 || parts[len(parts)-1].e.Kind == lexicon.Body) {
			break
		}
		if d.t.BreakWithin(p, p+n) {
			break
		}
		parts = append(parts, part{p, p + n, e})
		p += n
	}
	// A level prefix must be followed by a body word.
	for len(parts) > 0 && parts[len(parts)-1].e.Kind == lexicon.Level {
		parts = parts[:len(parts)-1]
	}
	// A lone prefix (中共) is no body.
	if len(parts) == 1 && parts[0].e.Attr("prefix") == "1" {
		return nil
	}
	if len(parts) == 0 {
		return nil
	}
	bp := &bodyPhrase{start: i}
	for _, pt := range parts {
		txt := d.s[pt.start:pt.end]
		switch pt.e.Kind {
		case lexicon.Place:
			bp.lastPlace = txt
			if pt.e.Attr("town") == "" {
				bp.gazPlace = pt.e
			} else {
				bp.towns = append(bp.towns, pt.e)
			}
			if bp.place == nil && len(bp.cores) == 0 {
				bp.place, bp.placeText = pt.e, txt
			} else {
				bp.placeText += txt
				bp.place = pt.e // the most specific place written
			}
		case lexicon.Level:
			bp.levelText, bp.level = txt, pt.e.Attr("level")
		case lexicon.Body:
			if pt.e.Attr("prefix") == "1" || pt.e.Attr("alias") == "1" {
				continue
			}
			bp.cores = append(bp.cores, pt.e)
			bp.coreTexts = append(bp.coreTexts, txt)
		}
	}
	bp.end = parts[len(parts)-1].end
	bp.text = d.s[bp.start:bp.end]
	if d.departmentsAt(bp.start, bp.end) {
		return nil // 成都市公安部门: 部门, the departments in general
	}
	// The party's committee named in full (中共平江县委员会) is the one
	// its short name writes (平江县委).
	if first := parts[0].e; first.Attr("prefix") == "1" && coreCanon(first, first.Word) == "中共" && bp.place != nil &&
		len(bp.cores) > 0 && bp.coreTexts[0] == "委员会" {
		if w := d.x.lex.Get("委", lexicon.Body); w != nil {
			attrs := map[string]string{}
			for k, v := range w.Attrs {
				attrs[k] = v
			}
			attrs["canon"] = "委"
			bp.cores[0] = &lexicon.Entry{Word: w.Word, Kind: w.Kind, Attrs: attrs}
		}
	}
	if bp.place == nil && len(bp.cores) == 0 {
		return nil
	}
	// A county's short form before a body of the country is no place of
	// it (会同国家原子能机构: 会同, a verb, before the agency).
	if bp.place != nil && bp.place.Attr("short") == "1" && bp.place.Attr("level") == "county" && bp.levelText == "" && len(bp.cores) > 0 && bp.cores[0].Attr("national") == "1" {
		return nil
	}
	// A county's short form (平江) is a word like any other unless a body
	// or a title follows it.
	if len(bp.cores) == 0 && bp.place.Attr("short") == "1" && bp.levelText == "" {
		if _, ok := d.role(bp.end, bp); !ok || d.givenName(bp.start, bp.end) || bp.place.Attr("level") == "county" && d.commonWordAt(bp.start, bp.end) {
			return nil
		}
	}
	return bp
}

// givenName reports whether a surname stands right before [s, e) and the
// tagger reads it and [s, e) as one person: a county's short form that is
// a given name (顾文安司长, 贺建水厅长: 文安 and 建水 are counties).
func (d *bodies) givenName(s, e int) bool {
	r, w := utf8.DecodeLastRuneInString(d.s[:s])
	if !isHan(r) || !d.x.lex.Has(string(r), lexicon.Surname) {
		return false
	}
	return slices.ContainsFunc(d.spansAt(s-w), func(t span) bool { return t.typ == "person" && t.end == e })
}

// stationedGroup returns the end of 派驻 (or 驻), a unit and the
// discipline group stationed in it at p (派驻省委统战部纪检监察组), or p.
func (d *bodies) stationedGroup(p int) int {
	for _, conn := range []string{"派驻", "驻"} {
		if !strings.HasPrefix(d.s[p:], conn) {
			continue
		}
		// The unit, parsed or not (省农业农村厅): Han characters up to
		// the group, no function word among them.
		q := p + len(conn)
		for n := 0; n < 24; n++ {
			for _, g := range []string{"纪检监察组", "纪检组"} {
				if n > 1 && strings.HasPrefix(d.s[q:], g) {
					return q + len(g)
				}
			}
			r, w := d.runeAt(q)
			if !isHan(r) || strings.ContainsRune(notQualifiers, r) {
				return p
			}
			q += w
		}
	}
	return p
}

// titleAt reports whether a title follows the body phrase bp.
func (d *bodies) titleAt(bp *bodyPhrase) bool {
	_, ok := d.role(bp.end, bp)
	return ok
}

// functionWordAt reports whether a function character stands alone at p
// (在, 对 and 由 of a clause, not 对 of 对口支援).
func (d *bodies) functionWordAt(p int) bool {
	r, w := d.runeAt(p)
	if !strings.ContainsRune(notQualifiers+clauseStarts, r) {
		return false
	}
	d.segment(p)
	tk, ok := d.tokAt[p]
	return !ok || tk.End == p+w
}

// bareSessionAt returns the length of a session of the national congress
// or CPPCC written bare at p (八届人大, 九届政协; not 一届 of 一届又一届人大),
// or 0.
func (d *bodies) bareSessionAt(p int) int {
	if sn := d.sessionAt(p); sn > 0 && d.s[p:p+sn] != "一届" && hasAnyPrefix(d.s[p+sn:], "人大", "政协", "全国人大", "全国政协") {
		return sn
	}
	return 0
}

// deptEntry is the entry of a department the lexicons lack, or of a
// company when its name ends so (房地产开发有限公司: a verb kept it from
// being read as one).
func deptEntry(word string) *lexicon.Entry {
	if strings.HasSuffix(word, "公司") {
		return &lexicon.Entry{Word: word, Kind: lexicon.Body, Attrs: map[string]string{"org": "1"}}
	}
	return &lexicon.Entry{Word: word, Kind: lexicon.Body, Attrs: map[string]string{"dept": "1", "gov": "1"}}
}

// congressAt returns the length of a national congress of the party
// written by its number before 代表 (党的二十大代表, 十九大代表): a numeral
// of two characters or more and 大; or 0.
func (d *bodies) congressAt(i int) int {
	q := d.numeralEnd(i)
	if utf8.RuneCountInString(d.s[i:q]) < 2 || !strings.HasPrefix(d.s[q:], "大代表") {
		return 0
	}
	if r, _ := utf8.DecodeLastRuneInString(d.s[:i]); strings.ContainsRune("一二三四五六七八九十第", r) {
		return 0 // inside a longer numeral
	}
	return q + len("大") - i
}
