package ner

import (
	"fmt"
	"regexp"
	"slices"
	"sort"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/orggraph/orggraph/ner/lexicon"
	"github.com/orggraph/orggraph/ner/normalize"
	"github.com/orggraph/orggraph/ner/segment"
)

// orgOf returns a hold's body as written and its canonical name.
func (d *docState) orgOf(h *holdDraft) (string, string) {
	e := h.role.entry
	if h.body != nil {
		d.resolve(h.body)
		return h.body.text, h.body.canonical
	}
	if pl := h.role.place; pl != nil && e.Attr("head") == "" {
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
		if pl := h.role.place; pl != nil {
			return "", fullName(pl.place) + "政府"
		}
		if cb := h.role.chainBody; cb != nil && cb.place != nil && cb.place.Attr("town") == "1" && cb.place.Attr("level") == lv {
			return "", cb.place.Word + "政府" // 流沙河镇党委副书记、镇长
		}
		if cb := h.role.chainBody; cb != nil && cb.gazPlace != nil {
			if full := fullName(cb.gazPlace); strings.HasSuffix(full, strings.TrimSuffix(e.Word, "长")) {
				return "", full + "政府"
			}
		}
		if j := d.jurFor(strings.TrimSuffix(e.Word, "长"), lv); j != nil {
			return "", j.name + "政府"
		}
		if len(d.jur) == 0 && strings.HasSuffix(e.Word, "长") {
			// No place in the document: the government of its level,
			// like 市委 for a bare party committee (local to it).
			return "", strings.TrimSuffix(e.Word, "长") + "政府"
		}
	}
	return "", ""
}

// hanBefore reports whether a Han character that is no function word
// stands right before i.
func (d *docState) hanBefore(i int) bool {
	r, _ := utf8.DecodeLastRuneInString(d.s[:i])
	return isHan(r) && !strings.ContainsRune("在的和与及、由对向从到经据为是被将把了", r)
}

// qualifierBefore reports whether the word before i may qualify a body
// that starts at i (日本政府, 宣武法院, 长春市集邮协会): a name or noun, or no
// word boundary at i. Times, numbers and verbs do not (两周央行, 此次央行).
func (d *docState) qualifierBefore(i int) bool {
	d.segment(i)
	if _, ok := d.tokAt[i]; !ok {
		return true
	}
	if tk, ok := d.tokenOver(i - 1); ok && tk.End == i {
		return !vetoTag(tk.Tag)
	}
	return true
}

// tokenOver returns the segmenter's word that holds byte p, looking back
// at most 12 bytes for its start. The clause must be segmented.
func (d *docState) tokenOver(p int) (segment.Token, bool) {
	for j := p; j >= 0 && j >= p-11; j-- {
		if tk, ok := d.tokAt[j]; ok {
			return tk, true
		}
	}
	return segment.Token{}, false
}

// wordGoesOn reports whether the segmenter reads the text at e as the
// middle of a word (小学生, 教工委): a body ending at e is cut from it.
func (d *docState) wordGoesOn(e int) bool {
	if r, _ := d.runeAt(e); !isHan(r) || d.boundaryLen(e) > len("字") {
		return false // a title or a body word of two characters follows
	}
	d.segment(e)
	if _, ok := d.tokAt[e]; ok {
		return false
	}
	tk, ok := d.tokenOver(e - 1)
	return ok && tk.End > e
}

func (d *docState) mention(typ, text string, ns, ne int) Mention {
	s, e := d.t.Span(ns, ne)
	return Mention{Type: typ, Text: text, Start: s, End: e, ns: ns, ne: ne}
}

// sentence returns the sentence around normalized offsets [s, e).
// written returns the sentence around [s, e) as the article writes it:
// decoded, without markup or pinyin glosses, but neither converted to
// simplified characters nor folded in width; "" where that is the
// normalized sentence itself.
func (d *docState) written(s, e int, sentence string) string {
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

func (d *docState) sentence(s, e int) string {
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

func (d *docState) finish() {
	r := d.res
	d.dropShortForms()
	for _, j := range d.jur {
		r.Jurisdiction = append(r.Jurisdiction, j.name)
	}
	// Holds.
	seenHold := map[string]bool{}
	var localGov []string // governments named by a head's title alone (市政府)
	personJur := map[string]string{}
	personDepth := map[string]int{}
	for i := range d.holds {
		h := &d.holds[i]
		org, canon := d.orgOf(h)
		// One hold a way the body is written: 福建屏南县委 and 屏南县委
		// are one body, written twice.
		// …and a stated appointment or removal of a post the article
		// named before stays beside it (县水利局局长甲…免去甲的县水利局
		// 局长职务).
		key := h.person + "\x00" + h.role.text + "\x00" + canon + "\x00" + org + "\x00" + h.status
		if seenHold[key] {
			continue
		}
		seenHold[key] = true
		if org == "" && canon != "" && len(d.jur) == 0 && h.role.entry.Attr("head") != "" {
			localGov = append(localGov, canon)
		}
		s, e := d.t.Span(h.start, h.end)
		sent := d.sentence(h.start, h.end)
		date := r.Date
		if h.status == "appointed" || h.status == "removed" || h.status == "elected" {
			date = d.statedDate(h.start, h.end) // 1月10日,…决定任命甲为…
		}
		r.Holds = append(r.Holds, Hold{Person: h.person, Role: h.role.text, Org: org, OrgCanonical: canon, Status: h.status,
			Date: date, Start: s, End: e, Sentence: sent, Written: d.written(h.start, h.end, sent)})
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
	// Persons, in order of first appearance.
	names := make([]string, 0, len(d.persons))
	for n := range d.persons {
		names = append(names, n)
	}
	sort.Slice(names, func(i, j int) bool { return d.persons[names[i]] < d.persons[names[j]] })
	for _, n := range names {
		r.Persons = append(r.Persons, Person{Name: n, Jurisdiction: personJur[n]})
	}
	// Bodies and places.
	seenBody := map[string]bool{}
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
	for _, bp := range d.phrases {
		d.resolve(bp)
		if bp.isPlace() {
			r.Mentions = append(r.Mentions, d.mention("place", bp.text, bp.start, bp.end))
			addPlace(bp.canonical)
			continue
		}
		if bp.place != nil && !bp.outlet {
			ps := bp.start
			r.Mentions = append(r.Mentions, d.mention("place", bp.placeText, ps, ps+len(bp.placeText)))
		}
		if bp.place == nil && bp.levelText == "" && len(bp.cores) == 1 && bp.cores[0].Attr("zone") == "1" && bp.canonical == bp.coreTexts[0] {
			continue // a zone word alone that names no zone: “五好”园区
		}
		switch {
		case bp.outlet:
			r.Mentions = append(r.Mentions, d.mention("outlet", bp.text, bp.start, bp.end))
		case bp.place == nil && bp.levelText == "" && bp.under == nil && (d.hanBefore(bp.start) && d.qualifierBefore(bp.start) || d.wordGoesOn(bp.end)):
			// Cut short: a qualifier the lexicons do not know stands
			// before it (日本政府, 宣武法院); the text would mislead.
		case len(bp.cores) > 0 && (bp.cores[len(bp.cores)-1].Attr("org") == "1" || bp.cores[len(bp.cores)-1].Attr("branch") == "1" && bp.cores[0].Attr("national") != "1"):
			// A company or a bank's branch (深圳分行), not a body of the
			// state: the central bank's branches are.
			r.Mentions = append(r.Mentions, d.mention("organization", bp.text, bp.start, bp.end))
		default:
			r.Mentions = append(r.Mentions, d.mention("body", bp.text, bp.start, bp.end))
		}
		key := bp.text + "\x00" + bp.canonical
		if !seenBody[key] {
			seenBody[key] = true
			r.Bodies = append(r.Bodies, Body{Name: bp.text, Canonical: bp.canonical, PartOf: bp.partOf, Kind: bp.kind, Local: bp.local})
		}
	}
	for _, g := range localGov {
		if key := g + "\x00" + g; !seenBody[key] {
			seenBody[key] = true
			r.Bodies = append(r.Bodies, Body{Name: g, Canonical: g, Kind: "government", Local: true})
		}
	}
	// The jurisdiction's zone is a body too; its places are places.
	for _, j := range d.jur {
		if j.zone {
			key := j.name + "\x00" + j.name
			if !seenBody[key] {
				seenBody[key] = true
				r.Bodies = append(r.Bodies, Body{Name: j.name, Canonical: j.name, PartOf: j.parent, Kind: "zone"})
			}
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
	if d.outlet != "" && !seenBody[d.outlet+"\x00"+d.outlet] {
		seenBody[d.outlet+"\x00"+d.outlet] = true
		r.Bodies = append(r.Bodies, Body{Name: d.outlet, Canonical: d.outlet, Kind: "outlet"})
	}
	for _, m := range d.pmentions {
		r.Mentions = append(r.Mentions, d.mention("person", m.Text, m.ns, m.ne))
	}
	for _, m := range d.smentions {
		r.Mentions = append(r.Mentions, d.mention("person", m.Text, m.ns, m.ne))
	}
	r.Mentions = d.modelMentions(r.Mentions)
	for _, m := range d.rmentions {
		r.Mentions = append(r.Mentions, d.mention("role", m.Text, m.ns, m.ne))
	}
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
	if r.Mentions == nil {
		r.Mentions = []Mention{}
	}
	if r.Persons == nil {
		r.Persons = []Person{}
	}
	if r.Bodies == nil {
		r.Bodies = []Body{}
	}
	if r.Places == nil {
		r.Places = []Place{}
	}
	if r.Holds == nil {
		r.Holds = []Hold{}
	}
	if r.Jurisdiction == nil {
		r.Jurisdiction = []string{}
	}
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

// meetingWords end the titles of meetings.
var meetingWords = []string{"会议", "大会", "座谈会", "推进会", "调度会", "工作会", "常委会", "全会", "培训班", "动员会", "部署会", "现场会", "汇报会", "论坛", "仪式"}

// clauses splits the text at clause punctuation; offsets are normalized.
// bodyPlace returns the place or zone a canonical body name starts with
// (岳阳市委: 岳阳市; 岳阳经开区工委: 岳阳经开区) and how deep it lies (the
// province is 1), or "" and 0.
func (d *docState) bodyPlace(canon string) (string, int) {
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
func (d *docState) jurDepth(name string) int {
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

// statedDate returns the date the sentence around [s, e) gives for what
// it tells (1月14日,…会议召开), resolved against the publication date: a
// missing year is the publication's, or the year before when the month
// comes after the publication's. The publication date is the fallback.
func (d *docState) statedDate(s, e int) string {
	pub := d.res.Date
	a := strings.LastIndexAny(d.s[:s], "。\n") + 1
	m := reMDFull.FindStringSubmatch(d.s[a:e])
	if m == nil {
		return pub
	}
	month, _ := strconv.Atoi(m[2])
	day, _ := strconv.Atoi(m[3])
	if month < 1 || month > 12 || day < 1 || day > 31 {
		return pub
	}
	year := 0
	if m[1] != "" {
		year, _ = strconv.Atoi(m[1])
	} else if len(pub) >= 7 {
		py, _ := strconv.Atoi(pub[:4])
		pm, _ := strconv.Atoi(pub[5:7])
		year = py
		if month > pm {
			year-- // a month after the publication's: last year's
		}
	}
	if year == 0 {
		return pub
	}
	return fmt.Sprintf("%04d-%02d-%02d", year, month, day)
}

// visitVerbs make an inspection or a visit an event: NAME到PLACE调研.
var visitVerbs = []string{"调研", "视察", "检查", "考察", "走访", "督导"}

// reMDFull finds a date written with a month and a day, and maybe a year.
var reMDFull = regexp.MustCompile(`(?:(\d{4})\s*年\s*)?(\d{1,2})\s*月\s*(\d{1,2})\s*日`)

func (d *docState) clauses() [][2]int {
	var out [][2]int
	start := 0
	for i, r := range d.s {
		switch r {
		case ',', '。', ';', '!', '?', '\n', ':':
			if i > start {
				out = append(out, [2]int{start, i})
			}
			start = i + len(string(r))
		}
	}
	if start < len(d.s) {
		out = append(out, [2]int{start, len(d.s)})
	}
	return out
}

// findEvents finds the meeting the article reports: a clause "X会议召开"
// or "召开X会议", with the acts of the persons named around it.
func (d *docState) findEvents() {
	cl := d.clauses()
	var ev *Event
	for _, c := range cl {
		txt := strings.TrimSpace(d.s[c[0]:c[1]])
		title := ""
		switch {
		case strings.HasSuffix(txt, "召开") || strings.HasSuffix(txt, "举行") || strings.HasSuffix(txt, "举办"):
			title = txt[:len(txt)-len("召开")]
		case strings.Contains(txt, "召开") || strings.Contains(txt, "举行"):
			k := strings.Index(txt, "召开")
			if k < 0 {
				k = strings.Index(txt, "举行")
			}
			title = txt[k+len("召开"):]
		}
		title = strings.TrimSpace(title)
		if title == "" || !hasAnySuffix(title, meetingWords...) {
			continue
		}
		// Prefer the clause that names the meeting with its jurisdiction
		// (the lede's), else the first one.
		if ev == nil || d.jurPrefixed(title) {
			s, e := d.t.Span(c[0], c[1])
			ev = &Event{Date: d.statedDate(c[0], c[1]), Kind: "会议", Title: title, Start: s, End: e}
		}
		if d.jurPrefixed(title) {
			break
		}
	}
	visit := -1 // the clause of an inspection or visit, its visitors lead
	visitVerb := ""
	if ev == nil {
		for k, c := range cl {
			txt := d.s[c[0]:c[1]]
			for _, v := range visitVerbs {
				i := strings.Index(txt, v)
				if i < 0 {
					continue
				}
				to := max(strings.LastIndex(txt[:i], "到"), strings.LastIndex(txt[:i], "赴"))
				if to < 0 {
					continue
				}
				title := strings.TrimSpace(txt[to+len("到") : i+len(v)])
				if utf8.RuneCountInString(title) < 3 {
					continue
				}
				s, e := d.t.Span(c[0], c[1])
				ev = &Event{Date: d.statedDate(c[0], c[1]), Kind: v, Title: title, Start: s, End: e}
				visit, visitVerb = k, v
				break
			}
			if ev != nil {
				break
			}
		}
	}
	if ev == nil {
		return
	}
	acts := map[string][]string{}
	var order []string
	isAct := func(e *lexicon.Entry) bool { return e.Kind == lexicon.Act }
	pms := append([]Mention(nil), d.pmentions...)
	sort.SliceStable(pms, func(i, j int) bool { return pms[i].ns < pms[j].ns })
	j := 0
	// The clauses of a list that end with their name and state no act
	// (县长甲,常务副县长乙,组织部部长丙等出席会议): they take the act of the
	// clause that ends the list.
	var pending [][]Mention
	for ci, c := range cl {
		// Persons in this clause, in order (clauses are in text order).
		for j < len(pms) && pms[j].ns < c[0] {
			j++
		}
		var ps []Mention
		for k := j; k < len(pms) && pms[k].ns < c[1]; k++ {
			if pms[k].ne <= c[1] {
				ps = append(ps, pms[k])
			}
		}
		if len(ps) == 0 {
			continue
		}
		last := ps[len(ps)-1].ne
		var found []string
		for i := last; i < c[1]; {
			n, es := d.longest(i, isAct)
			if n > 0 {
				if a := es[0].Attr("act"); a == "出席" || a == "主持" || a == "讲话" || a == "参加" || a == "致辞" || a == "发言" || a == "陪同" || a == "列席" {
					found = append(found, a)
				}
				i += n
				continue
			}
			_, sz := d.runeAt(i)
			i += sz
		}
		if ci == visit {
			found = append([]string{visitVerb}, found...) // the visitors lead
		}
		if len(found) == 0 {
			if strings.TrimSpace(d.s[last:c[1]]) == "" && c[1] < len(d.s) && d.s[c[1]] == ',' {
				pending = append(pending, ps)
			} else {
				pending = nil
			}
			continue
		}
		var all []Mention
		for _, earlier := range pending {
			all = append(all, earlier...)
		}
		ps = append(all, ps...)
		pending = nil
		for _, p := range ps {
			if _, ok := acts[p.Text]; !ok {
				order = append(order, p.Text)
			}
			for _, a := range found {
				if !slices.Contains(acts[p.Text], a) {
					acts[p.Text] = append(acts[p.Text], a)
				}
			}
		}
	}
	if len(order) == 0 {
		return
	}
	for _, p := range order {
		ev.Participants = append(ev.Participants, Participant{Person: p, Acts: acts[p]})
	}
	d.res.Events = append(d.res.Events, *ev)
}

func (d *docState) jurPrefixed(title string) bool {
	for _, j := range d.jur {
		if strings.HasPrefix(title, j.name) {
			return true
		}
	}
	return false
}
