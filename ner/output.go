package ner

import (
	"cmp"
	"slices"
	"sort"
	"strings"
	"unicode/utf8"

	"github.com/orggraph/orggraph/ner/lexicon"
	"github.com/orggraph/orggraph/ner/normalize"
)

// outputStage is the stage of output: mentions, persons, bodies, places and holds, mapped back to the original bytes.
type outputStage struct{ *docState }

// roleOver reports whether a role the rules read overlaps [s, e).
func (d *outputStage) roleOver(s, e int) bool {
	return slices.ContainsFunc(d.rmentions, func(m Mention) bool { return m.ns < e && s < m.ne })
}

// modelMentions merges the tagger's organizations and places into the
// mentions the rules made (ms, in normalized offsets ns, ne). Where a
// tagger span overlaps rule bodies, organizations or places only, the
// tagger's reading of the whole name wins (北京市朝阳区人民法院 rather than
// its place and its court), unless a rule body holds it (日本政府, not
// 日本), and a tagger organization that holds an outlet wins
// (人民日报社); a tagger span that overlaps a person, role or outlet of the
// rules otherwise is dropped (a role only where the span is a place: 德国财政部长
// keeps the tagger's 德国财政部).
func (d *outputStage) modelMentions(ms []Mention) []Mention {
	drop := map[int]bool{}
	var add []Mention
	for _, s := range d.tspans {
		typ := ""
		switch s.typ {
		case "org":
			typ = "organization"
		case "loc":
			typ = "place"
		default:
			continue
		}
		if d.t.BreakWithin(s.start, s.end) || typ == "organization" && utf8.RuneCountInString(d.s[s.start:s.end]) < 2 {
			continue // a place may be one character (来京, 中美关系), an organization not
		}
		if strings.ContainsAny(d.s[s.start:s.end], "。,;!?:") {
			continue // across a clause's end (会议。部党组): no name
		}
		if typ == "organization" && d.clauseOpensOrg(s.start, s.end) {
			continue // 降低中央银行, 把农村党支部, 税务部门: words of a clause, no name
		}
		ok := true
		var over []int
		for k, m := range ms {
			if m.ns < s.end && s.start < m.ne {
				switch m.Type {
				case "body", "organization", "place", genericBody:
					if m.Type != "place" && m.ns <= s.start && m.ne >= s.end {
						ok = false // a body that holds the span (日本政府, not 日本)
					}
					over = append(over, k)
				case "outlet":
					// A newspaper's own office or department, or its
					// delegation (人民日报社, 人民日报文艺部, 人民日报代表团):
					// the tagger's organization holds the outlet.
					if typ != "organization" || m.ns < s.start || m.ne > s.end || m.ne-m.ns == s.end-s.start {
						ok = false
					}
					over = append(over, k)
				default:
					ok = false
				}
			}
		}
		if !ok || typ == "place" && d.roleOver(s.start, s.end) {
			continue // (岳阳市长: the place 岳阳, then 市长)
		}
		if len(over) == 1 && ms[over[0]].ns == s.start && ms[over[0]].ne == s.end {
			continue // the same span
		}
		if lo := d.firstStart(ms, over); lo > s.start && d.clauseBefore(s.start, lo) {
			continue // 逃避法院, 诉诸县人民法院: a verb, no qualifier, before the rules' body
		}
		for _, k := range over {
			drop[k] = true
			// The places a dropped body starts with, before the tagger's
			// organization, stay places (福建省 of 福建省漳州市公安局, when
			// the tagger reads 漳州市公安局巡警支队).
			if m := ms[k]; m.ns < s.start && m.Type != "place" {
				if starts := d.placesAt(m.ns, m.ne, nil); slices.Contains(starts, s.start) {
					add = d.placeMentions(add, starts, s.start)
				}
			}
		}
		if typ == "organization" {
			body, org := false, false
			for _, k := range over {
				body = body || ms[k].Type == "body" || ms[k].Type == genericBody
				org = org || ms[k].Type == "organization"
			}
			switch {
			case org:
			case body || d.endsInBody(s.start, s.end) || stateName(d.s[s.start:s.end]):
				// A body the rules saw part of, or one that ends in a body
				// word or a department's suffix (美国海军, 武定县公安局,
				// 北京市国土资源局); a place inside a company's
				// name makes no body of it (北京香海会展房地产开发有限公司).
				typ = "body"
			}
		}
		add = append(add, d.mention(typ, d.s[s.start:s.end], s.start, s.end))
	}
	if len(drop) > 0 {
		kept := ms[:0]
		for k, m := range ms {
			if !drop[k] {
				kept = append(kept, m)
			}
		}
		ms = kept
	}
	return append(ms, add...)
}

// clauseOpensOrg reports whether the tagger's organization [s, e) starts
// inside a verb or function word of the segmenter (降低中央银行: 低), with
// a preposition, a conjunction or 请 and 使 (把农村
// 党支部, 请海尔集团), or ends in 部 of 部门 (厦门市税务部门). (Not 大 of
// 大连万达, nor 站 of 站党委.)
func (d *outputStage) clauseOpensOrg(s, e int) bool {
	if d.departmentsAt(s, e) {
		return true
	}
	if s > 0 {
		if tk, ok := d.tokenAcross(s); ok && (tk.Tag == "v" || tk.Tag == "d" || tk.Tag == "p" || tk.Tag == "c") {
			return true // (not 中国大百科全书出版社: 国大)
		}
	}
	d.segment(s)
	tk, ok := d.tokAt[s]
	if !ok || tk.End >= e {
		return false
	}
	switch tk.Tag {
	case "p", "c":
		return true
	case "v":
		return tk.Text == "请" || tk.Text == "使"
	}
	return false
}

// firstStart returns the smallest start of the mentions ms[k] for k in
// over, or -1 if over is empty.
func (d *outputStage) firstStart(ms []Mention, over []int) int {
	lo := -1
	for _, k := range over {
		if lo < 0 || ms[k].ns < lo {
			lo = ms[k].ns
		}
	}
	return lo
}

// clauseBefore reports whether [s, e) before a body starts with a
// function character or a verb of two characters or more: words of a
// clause (经县委, 和县人民检察院, 审议省人大常委会), no qualifier of the
// body's name. A bank's short name the segmenter reads as a verb (建行)
// is none.
func (d *outputStage) clauseBefore(s, e int) bool {
	if r, _ := d.runeAt(s); strings.ContainsRune(notQualifiers+clauseStarts, r) {
		return true
	}
	d.segment(s)
	tk, ok := d.tokAt[s]
	return ok && tk.Tag == "v" && tk.End <= e && tk.End-tk.Start > len("站") && !(tk.End-tk.Start == len("建行") && strings.HasSuffix(tk.Text, "行"))
}

// collective reports whether a hold is a collective word with no body
// (县领导甲、乙: 领导), which a person holds only when no title of their
// own is written.
func collective(h *holdDraft) bool {
	return h.body == nil && collectiveTitles[h.role.entry.Word]
}

// titledPersons returns the persons who hold a post the document writes,
// nominations and collective words aside.
func (d *outputStage) titledPersons() map[string]bool {
	titled := map[string]bool{}
	for i := range d.holds {
		if h := &d.holds[i]; h.status != "nominated" && !collective(h) {
			titled[h.person] = true
		}
	}
	return titled
}

// dropShortForms removes from the persons and holds a name that is the
// first part of a name with a dot written in the document (吐尔逊 after
// 吐尔逊·吐尔地): a later short form of that person, no second one. Its
// mentions stay.
func (d *outputStage) dropShortForms() {
	short := map[string]bool{}
	for n := range d.persons {
		if i := strings.IndexFunc(n, isDot); i > 0 {
			short[n[:i]] = true
		}
	}
	if len(short) == 0 {
		return
	}
	for n := range d.persons {
		if short[n] {
			delete(d.persons, n)
		}
	}
	if d.trace != nil {
		for _, m := range d.pmentions {
			if short[m.Text] {
				d.drop("person", m.ns, m.ne, "the short form of a name with a dot written in the document")
			}
		}
	}
	kept := d.holds[:0]
	for _, h := range d.holds {
		if !short[h.person] {
			kept = append(kept, h)
		}
	}
	d.holds = kept
}

// orgOf returns a hold's body as written and its canonical name.
func (d *outputStage) orgOf(h *holdDraft) (string, string) {
	e := h.role.entry
	if h.body != nil {
		d.resolve(h.body)
		if adhoc(h.body) {
			// A delegation or a session's presidium is the title's
			// organ as written, but no body of the graph.
			return h.body.text, ""
		}
		return h.body.text, h.body.canonical
	}
	if pl := h.role.place; pl != nil && e.Attr("head") == "" {
		if full := fullName(pl.place); strings.HasSuffix(full, "自治区") && strings.HasSuffix(e.Word, "主席") {
			// A region's chairman heads its government, as a governor
			// does (广西壮族自治区副主席): the place is no body.
			return "", full + "政府"
		}
		return pl.text, fullName(pl.place)
	}
	if u := h.role.unit; u != "" {
		if sub := d.subject(); strings.HasSuffix(sub, u) {
			return "", sub
		}
	}
	if e.Attr("media") == "1" && d.outlet != "" {
		return d.outlet, d.outlet
	}
	if lv := e.Attr("head"); lv != "" {
		lw := strings.TrimSuffix(e.Word, "长") // 县 of 县长
		if pl := h.role.place; pl != nil {
			return "", fullName(pl.place) + "政府"
		}
		if cb := h.role.chainBody; cb != nil && cb.place != nil && cb.place.Attr("town") == "1" && cb.place.Attr("level") == lv {
			return "", cb.place.Word + "政府" // 流沙河镇党委副书记、镇长
		}
		if cb := h.role.chainBody; cb != nil && cb.gazPlace != nil {
			if full := fullName(cb.gazPlace); strings.HasSuffix(full, lw) {
				return "", full + "政府"
			}
		}
		if cb := h.role.chainBody; cb != nil && cb.place == nil && cb.level != "" {
			// The party committee the chain began with, resolved: 崇左市委
			// 书记甲,市委副书记、市长乙 is 崇左市's mayor.
			d.resolve(cb)
			if strings.HasSuffix(cb.partOf, lw) && d.x.placeEntry(cb.partOf) != nil {
				return "", cb.partOf + "政府"
			}
		}
		if j := d.jurFor(lw, lv); j != nil && !d.travelsTo(h.end, j.name) {
			return "", j.name + "政府"
		}
		if g := bareGovernment(e.Word); g != "" {
			// No place of its level in the document (none at all, or only
			// a province it travels to: 县长甲将带队赴广东招商): the
			// government of its level, like 市委 for a bare party committee
			// (local to it).
			return "", g
		}
	}
	return "", ""
}

// bareGovernment returns the government a head's title names by its level
// alone (县长: 县政府), or "" for a title that does not end in 长.
func bareGovernment(title string) string {
	if lw, ok := strings.CutSuffix(title, "长"); ok {
		return lw + "政府"
	}
	return ""
}

// travelsTo reports whether the clause goes on from p to the place
// named (市长甲率队赴深圳招商): a head of government who travels there is
// not its head.
func (d *docState) travelsTo(p int, place string) bool {
	end := strings.IndexAny(d.s[p:], "。\n,;、") // the clause: not 甲陪同下,乙深入常德
	if end < 0 {
		end = len(d.s) - p
	}
	rest := d.s[p : p+end]
	short := place
	for _, suf := range []string{"市", "县", "区", "省", "州", "旗"} {
		if s := strings.TrimSuffix(place, suf); s != place && utf8.RuneCountInString(s) >= 2 {
			short = s
			break
		}
	}
	for k := range occurrences(rest, short) {
		after := rest[k+len(short):]
		if r, _ := utf8.DecodeRuneInString(after); !strings.HasPrefix(after, place[len(short):]) && strings.ContainsRune("省市县区镇乡村旗州盟", r) {
			continue // 到岳阳县 for 岳阳市
		}
		at := p + k + len(short)
		if strings.HasPrefix(after, place[len(short):]) {
			at += len(place) - len(short)
		}
		if n, _ := d.longest(at, isBody); n > 0 {
			continue // a unit of the place (到湖南祁东经济开发区): no journey out of it
		}
		// A verb of visiting right before the place, or before its
		// province (赴深圳市, 赴深圳, 赴广东佛山).
		before := rest[:k]
		for _, v := range visitPreps {
			if i := strings.LastIndex(before, v); i >= 0 {
				if between := before[i+len(v):]; between == "" || d.x.lex.Get(between, lexicon.Place) != nil {
					return true
				}
			}
		}
	}
	return false
}

// qualifierBefore reports whether the word before i may qualify a body
// that starts at i (日本政府, 宣武法院, 长春市集邮协会): a name or noun, or no
// word boundary at i. Times, numbers and verbs do not (两周央行, 此次央行).
func (d *outputStage) qualifierBefore(i int) bool {
	d.segment(i)
	if _, ok := d.tokAt[i]; !ok {
		return true
	}
	if tk, ok := d.tokenOver(i - 1); ok && tk.End == i {
		return !vetoTag(tk.Tag)
	}
	return true
}

func (d *outputStage) mention(typ, text string, ns, ne int) Mention {
	s, e := d.t.Span(ns, ne)
	return Mention{Type: typ, Text: text, Start: s, End: e, ns: ns, ne: ne}
}

// sentence returns the sentence around normalized offsets [s, e).
// written returns the sentence around [s, e) as the article writes it:
// decoded, without markup or pinyin glosses, but neither converted to
// simplified characters nor folded in width; "" where that is the
// normalized sentence itself.
func (d *outputStage) written(s, e int, sentence string) string {
	if d.t.Encoding == "utf-8" && !d.doc.HTML && d.t.OrigLen() == len(d.s) {
		return "" // the input was the normalized text already
	}
	a := strings.Index(d.s, sentence)
	for a >= 0 && a+len(sentence) < s {
		n := strings.Index(d.s[a+1:], sentence)
		if n < 0 {
			break
		}
		a += 1 + n
	}
	if a < 0 {
		return ""
	}
	os, oe := d.t.Span(a, a+len(sentence))
	if os < 0 || oe > len(d.doc.Src) || os >= oe {
		return ""
	}
	w := strings.TrimSpace(normalize.Normalize(d.doc.Src[os:oe], normalize.Options{Encoding: d.t.Encoding, HTML: d.doc.HTML, KeepTraditional: true, KeepWidth: true}).S)
	if w == sentence {
		return ""
	}
	return w
}

func (d *outputStage) sentence(s, e int) string {
	a := strings.LastIndexAny(d.s[:s], "。!?;\n")
	if a < 0 {
		a = 0
	} else {
		_, n := utf8.DecodeRuneInString(d.s[a:])
		a += n
	}
	b := strings.IndexAny(d.s[e:], "。!?;\n")
	if b < 0 {
		b = len(d.s)
	} else {
		b += e
		if d.s[b] != '\n' {
			_, n := d.runeAt(b)
			b += n
		}
	}
	return strings.TrimSpace(d.s[a:b])
}

func (d *outputStage) finish() {
	r := d.res
	d.dropShortForms()
	d.dropCutNames()
	for _, j := range d.jur {
		r.Jurisdiction = append(r.Jurisdiction, j.name)
	}
	// Holds.
	seenHold := map[string]bool{}
	var localGov []string // governments named by a head's title alone (市政府)
	personJur := map[string]string{}
	personDepth := map[string]int{}
	titled := d.titledPersons()
	for i := range d.holds {
		h := &d.holds[i]
		if collective(h) && titled[h.person] {
			d.drop("hold", h.start, h.end, "a collective word ("+h.role.text+") for a person with a title of their own")
			continue
		}
		if h.status == "nominated" {
			// An intended or nominated post (拟任, 提名…为…候选人) is no
			// post held; the person stays listed.
			d.drop("hold", h.start, h.end, "a nominated post ("+h.role.text+") is not held")
			continue
		}
		org, canon := d.orgOf(h)
		role := h.role.text
		// A contracted title holds its title at its body: 纪检组长 is
		// 组长 of the 纪检组 (of the body written before it, if any).
		if sp := h.role.entry.Attr("split"); sp != "" {
			if b, title, ok := strings.Cut(sp, ":"); ok && strings.HasSuffix(role, h.role.entry.Word) {
				role, org = strings.TrimSuffix(role, h.role.entry.Word)+title, org+b
				if canon != "" {
					canon += b
				}
			}
		}
		// One hold a way the body is written: 福建屏南县委 and 屏南县委
		// are one body, written twice.
		// …and a stated appointment or removal of a post the article
		// named before stays beside it (县水利局局长甲…免去甲的县水利局
		// 局长职务).
		key := h.person + "\x00" + role + "\x00" + canon + "\x00" + org + "\x00" + h.status + "\x00" + h.since
		if seenHold[key] {
			continue
		}
		seenHold[key] = true
		if org == "" && canon != "" && h.role.entry.Attr("head") != "" && canon == bareGovernment(h.role.entry.Word) {
			localGov = append(localGov, canon)
		}
		s, e := d.t.Span(h.start, h.end)
		sent := d.sentence(h.start, h.end)
		date := r.Date
		if h.status == "appointed" || h.status == "removed" || h.status == "elected" {
			date = d.statedDate(h.start, h.end) // 1月10日,…决定任命甲为…
		}
		r.Holds = append(r.Holds, Hold{Person: h.person, Role: role, Org: org, OrgCanonical: canon, Status: h.status,
			Date: date, Since: h.since, Until: h.until, Start: s, End: e, Sentence: sent, Written: d.written(h.start, h.end, sent)})
		if d.trace != nil {
			d.trace.holds = append(d.trace.holds, h.stage)
		}
		// A person belongs to the place of their own post's body (a 市委
		// 书记 inspecting a county is the city's), the most specific of
		// their posts; the article's place when a post names none.
		if h.role.entry.Attr("media") == "1" && canon != "" {
			// A reporter, correspondent or editor belongs to the outlet:
			// one node across its articles.
			if _, ok := personJur[h.person]; !ok {
				personJur[h.person], personDepth[h.person] = canon, 0
			}
		} else if h.role.entry.Attr("media") != "1" && len(d.jur) > 0 {
			j, depth := d.bodyPlace(canon)
			if j == "" {
				j, depth = d.jur[0].name, d.jurDepth(d.jur[0].name)
			}
			if _, ok := personJur[h.person]; !ok || depth > personDepth[h.person] {
				personJur[h.person], personDepth[h.person] = j, depth
			}
		}
	}
	// Persons, in order of first appearance; a private person the text
	// also quotes or names again is none unless a title makes one
	// (菜农李某…李某说).
	held := map[string]bool{}
	for _, h := range r.Holds {
		held[h.Person] = true
	}
	names := make([]string, 0, len(d.persons))
	for n := range d.persons {
		if !d.private[n] || held[n] {
			names = append(names, n)
		}
	}
	sort.Slice(names, func(i, j int) bool { return d.persons[names[i]] < d.persons[names[j]] })
	for _, n := range names {
		r.Persons = append(r.Persons, Person{Name: n, Jurisdiction: personJur[n]})
	}
	// Bodies and places.
	seenBody := map[string]bool{}
	addBody := func(b Body) { // once by name and canonical name
		if key := b.Name + "\x00" + b.Canonical; !seenBody[key] {
			seenBody[key] = true
			r.Bodies = append(r.Bodies, b)
		}
	}
	phraseBody := func(bp *bodyPhrase) {
		if !adhoc(bp) {
			addBody(Body{Name: bp.text, Canonical: bp.canonical, PartOf: bp.partOf, Kind: bp.kind, Local: bp.local})
		}
	}
	seenPlace := map[string]bool{}
	addPlace := func(full string) {
		if seenPlace[full] {
			return
		}
		if e := d.x.placeEntry(full); e != nil {
			seenPlace[full] = true
			r.Places = append(r.Places, Place{Name: full, Level: e.Attr("level"), Code: e.Attr("code"), PartOf: e.Attr("parent")})
		}
	}
	inside := d.bodiesInside()
	for _, bp := range d.phrases {
		d.resolve(bp)
		if inside[bp] {
			// A part of a longer body the tagger read (中国社科院 of
			// 中国社科院城市发展与环境研究中心): listed, no mention of its
			// own.
			if !bp.isPlace() && !bp.outlet {
				phraseBody(bp)
			}
			continue
		}
		if bp.isPlace() {
			r.Mentions = append(r.Mentions, d.mention("place", bp.text, bp.start, bp.end))
			addPlace(bp.canonical)
			continue
		}
		// Mentions are flat, as NER corpora annotate them (MSRA, People's
		// Daily): a place inside a body's name (岳阳市委, 中共平江县委,
		// 人民银行长沙中心支行) is no mention of its own; the places list has it
		// (but see placesBeforeBodies: 北京市 | 海淀区人民法院).
		if bp.place == nil && bp.levelText == "" && len(bp.cores) == 1 && bp.cores[0].Attr("zone") == "1" && bp.canonical == bp.coreTexts[0] {
			continue // a zone word alone that names no zone: “五好”园区
		}

		switch {
		case bp.outlet:
			r.Mentions = append(r.Mentions, d.mention("outlet", bp.text, bp.start, bp.end))
		case bp.place == nil && bp.levelText == "" && bp.under == nil && (d.hanBefore(bp.start) && d.qualifierBefore(bp.start) || d.wordGoesOn(bp.end)):
			// Cut short: a qualifier the lexicons do not know stands
			// before it (日本政府, 宣武法院); the text would mislead.
		case bp.place == nil && bp.under == nil && hasAnySuffix(d.s[:bp.start], "各级", "各地", "各"):
			// Bodies of every place or level (各级人大, 各地党委), no one
			// body: no mention, as the NER corpora have it.
			r.Mentions = append(r.Mentions, d.mention(genericBody, bp.text, bp.start, bp.end))
		case bp.place == nil && bp.under == nil && len(bp.cores) == 1 && (bp.levelText == "" && genericBodies[bp.text] || bp.levelText != "" && levelGeneric[bp.coreTexts[0]] && bp.text == bp.levelText+bp.coreTexts[0] && localLevel(bp.level)):
			// A kind of body, not one named (政府, 法院, 学校): no
			// mention, as the NER corpora have it, once the tagger's
			// names have been weighed against it; the body is still
			// listed, resolved by the document's place.
			r.Mentions = append(r.Mentions, d.mention(genericBody, bp.text, bp.start, bp.end))
		case len(bp.cores) > 0 && (bp.cores[len(bp.cores)-1].Attr("org") == "1" || bp.cores[len(bp.cores)-1].Attr("branch") == "1" && (bp.cores[0].Attr("national") != "1" || bp.cores[0].Attr("org") == "1")):
			// A company or a bank's branch (深圳分行, 农业银行宁波市分行),
			// not a body of the state: the central bank's branches are.
			r.Mentions = append(r.Mentions, d.mention("organization", bp.text, bp.start, bp.end))
		default:
			r.Mentions = append(r.Mentions, d.mention("body", bp.text, bp.start, bp.end))
		}
		phraseBody(bp)
	}
	for _, g := range localGov {
		addBody(Body{Name: g, Canonical: g, Kind: "government", Local: true})
	}
	// The jurisdiction's zone is a body too; its places are places.
	for _, j := range d.jur {
		if j.zone {
			addBody(Body{Name: j.name, Canonical: j.name, PartOf: j.parent, Kind: "zone"})
			continue
		}
		addPlace(j.name)
		// A township, street or village the article places (安定镇 of
		// 平江县) is a place of its county or township.
		if !seenPlace[j.name] && j.parent != "" && (j.level == "township" || j.level == "village") {
			seenPlace[j.name] = true
			r.Places = append(r.Places, Place{Name: j.name, Level: j.level, PartOf: j.parent})
		}
	}
	if d.outlet != "" {
		addBody(Body{Name: d.outlet, Canonical: d.outlet, Kind: "outlet"})
	}
	for _, m := range d.pmentions {
		ne := m.ne
		if strings.HasSuffix(m.Text, "某") && utf8.RuneCountInString(m.Text) == 2 {
			// 孙某: the person is 孙某, the mention its surname, as MSRA
			// marks it (People's Daily marks both characters).
			ne -= len("某")
		}
		r.Mentions = append(r.Mentions, d.mention("person", d.s[m.ns:ne], m.ns, ne))
	}
	for _, m := range d.smentions {
		r.Mentions = append(r.Mentions, d.mention("person", m.Text, m.ns, m.ne))
	}
	r.Mentions = slices.DeleteFunc(d.modelMentions(r.Mentions), func(m Mention) bool { return m.Type == genericBody })
	for _, m := range d.rmentions {
		r.Mentions = append(r.Mentions, d.mention("role", m.Text, m.ns, m.ne))
	}
	r.Mentions = d.occupationMentions(r.Mentions)
	r.Mentions = d.latinAfterRoles(r.Mentions)
	r.Mentions = d.congressMentions(r.Mentions)
	r.Mentions = d.placesBeforeBodies(r.Mentions)
	sort.SliceStable(r.Mentions, func(i, j int) bool {
		a, b := r.Mentions[i], r.Mentions[j]
		if a.Start != b.Start {
			return a.Start < b.Start
		}
		if a.End != b.End {
			return a.End > b.End
		}
		return a.Type < b.Type
	})
	r.Mentions = dedupMentions(r.Mentions)
	sort.SliceStable(r.Places, func(i, j int) bool { return r.Places[i].Code < r.Places[j].Code })
	// Empty lists, not null, in the JSON.
	r.Mentions, r.Persons, r.Bodies = orEmpty(r.Mentions), orEmpty(r.Persons), orEmpty(r.Bodies)
	r.Places, r.Holds, r.Jurisdiction = orEmpty(r.Places), orEmpty(r.Holds), orEmpty(r.Jurisdiction)
	r.Events = []Event{}
}

func dedupMentions(ms []Mention) []Mention {
	out := ms[:0]
	for i, m := range ms {
		if i > 0 && m.Start == ms[i-1].Start && m.End == ms[i-1].End && m.Type == ms[i-1].Type {
			continue
		}
		out = append(out, m)
	}
	return out
}

// clauses splits the text at clause punctuation; offsets are normalized.
// bodyPlace returns the place or zone a canonical body name starts with
// (岳阳市委: 岳阳市; 岳阳经开区工委: 岳阳经开区) and how deep it lies (the
// province is 1), or "" and 0.
func (d *outputStage) bodyPlace(canon string) (string, int) {
	for _, j := range d.jur {
		if j.zone && strings.HasPrefix(canon, j.name) {
			return j.name, d.jurDepth(j.name)
		}
	}
	rs := []rune(canon)
	for k := len(rs) - 1; k >= 2; k-- {
		if e := d.x.placeEntry(string(rs[:k])); e != nil && e.Attr("level") != "country" && !d.x.ambiguousPlace(string(rs[:k])) {
			return string(rs[:k]), len(d.x.placeChain(string(rs[:k])))
		}
	}
	return "", 0
}

// jurDepth is how deep a place of the document's jurisdiction lies: the
// length of its chain of parents, a zone one below its parent.
func (d *outputStage) jurDepth(name string) int {
	if n := len(d.x.placeChain(name)); n > 0 {
		return n
	}
	for _, j := range d.jur {
		if j.name == name && j.parent != "" {
			return len(d.x.placeChain(j.parent)) + 1
		}
	}
	return 1
}

// adhoc reports whether a phrase names an ad hoc organ (代表团, 大会主席团):
// the organ of its titles, no body.
func adhoc(bp *bodyPhrase) bool {
	n := len(bp.cores)
	return n > 0 && bp.cores[n-1].Attr("adhoc") == "1"
}

// dropCutNames removes from the persons a name of two characters whose
// every mention ends the text, with nothing after it, not even the end of
// a line: an excerpt cut in the middle of a name (…主任职务;王晓), as
// scraped excerpts are. A name holding a post stays, and the mentions do.
func (d *outputStage) dropCutNames() {
	end := len(d.s)
	cut := map[string]bool{}
	for _, m := range d.pmentions {
		if m.ne == end && utf8.RuneCountInString(m.Text) <= 2 {
			cut[m.Text] = true
		}
	}
	if len(cut) == 0 {
		return
	}
	for _, m := range d.pmentions {
		if m.ne != end {
			delete(cut, m.Text)
		}
	}
	for _, h := range d.holds {
		delete(cut, h.person) // a name with a post is no cut name
	}
	for n := range cut {
		delete(d.persons, n)
		if d.trace != nil {
			d.drop("person", end-len(n), end, "cut off by the end of the text")
		}
	}
}

// orEmpty returns s, or an empty slice for nil.
func orEmpty[T any](s []T) []T {
	if s == nil {
		return []T{}
	}
	return s
}

// stateSuffix reports whether a name ends as a department of the state
// does (北京市国土资源局, 中国埃及大使馆) and names no company or
// institution (招商银行信用卡中心, 中国城市发展研究院).
func stateSuffix(name string) bool {
	if namesOrg(name) || strings.HasSuffix(name, "研究院") {
		return false
	}
	return hasAnySuffix(name, deptSuffixes...) || hasAnySuffix(name, "使馆", "军方")
}

// stateName reports whether the tagger's organization is a body of the
// state, for its mention: stateSuffix, or a foreign ministry (日本防卫省),
// departments and agencies in general (监管部门, 监管机构) or an armed
// force (美国军队, 太平洋舰队, 海上自卫队, 苏军; not 亚军). (Not for a body a
// title follows: a department there is resolved in the document's place,
// and these are mostly foreign or national.)
func stateName(name string) bool {
	if stateSuffix(name) {
		return true
	}
	if namesOrg(name) || hasAnySuffix(name, "冠军", "亚军", "季军", "将军") {
		return false
	}
	return hasAnySuffix(name, "省", "部门", "机构", "联储", "军", "部队", "军队", "舰队", "自卫队")
}

// genericBody is the type of a generic body's mention while the tagger's
// names are weighed against the rules'; it is dropped after.
const genericBody = "generic body"

// genericBodies name a kind of body when written alone, no body in
// particular. (The second group: none of the three public corpora
// annotates them alone as a rule; in MSRA's training text 18 of the 274
// mentions made of them were.)
var genericBodies = map[string]bool{"政府": true, "人民政府": true, "法院": true, "人民法院": true, "检察院": true, "人民检察院": true,
	"学校": true, "中学": true, "小学": true, "党委": true, "党支部": true, "党校": true, "分局": true, "医院": true,
	"人民代表大会": true, "军区": true, "警备区": true, "军分区": true,
	"办公室": true, "委员会": true, "法庭": true, "监狱": true, "领导小组": true, "办事处": true, "分行": true, "支行": true,
	"中专": true, "检查组": true, "居委会": true, "支部": true, "村支部": true, "幼儿园": true, "指挥部": true,
	"卫生院": true, "村民委员会": true, "红十字会": true, "工商联": true, "妇联": true, "残联": true}

// levelGeneric name a kind of body after a bare level word too (市政府,
// 镇人民政府), unlike a party committee (市委, 县委), which names its
// level's.
var levelGeneric = map[string]bool{"政府": true, "人民政府": true}

// localLevel reports whether a level is below the centre's (not 全国人大).
func localLevel(lv string) bool {
	switch lv {
	case "province", "city", "county", "township", "village":
		return true
	}
	return false
}

// bodiesInside returns the phrases that lie strictly inside a longer
// body phrase, in one pass over the phrases sorted by start.
func (d *docState) bodiesInside() map[*bodyPhrase]bool {
	if len(d.phrases) < 2 {
		return nil
	}
	var bodies []*bodyPhrase
	for _, o := range d.phrases {
		if !o.isPlace() && !o.outlet {
			bodies = append(bodies, o)
		}
	}
	ps := slices.Clone(d.phrases)
	slices.SortStableFunc(ps, func(a, b *bodyPhrase) int { return cmp.Compare(a.start, b.start) })
	slices.SortStableFunc(bodies, func(a, b *bodyPhrase) int { return cmp.Or(cmp.Compare(a.start, b.start), cmp.Compare(b.end, a.end)) })
	var inside map[*bodyPhrase]bool
	// far is the body that reaches furthest among those that start at or
	// before the phrase: if any body holds the phrase, far does.
	var far *bodyPhrase
	k := 0
	for _, bp := range ps {
		for ; k < len(bodies) && bodies[k].start <= bp.start; k++ {
			if far == nil || bodies[k].end > far.end {
				far = bodies[k]
			}
		}
		if far != nil && far != bp && bp.end <= far.end && far.end-far.start > bp.end-bp.start {
			if inside == nil {
				inside = map[*bodyPhrase]bool{}
			}
			inside[bp] = true
		}
	}
	return inside
}
