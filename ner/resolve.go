package ner

import (
	"slices"
	"sort"
	"strings"
	"unicode/utf8"

	"github.com/orggraph/orggraph/ner/lexicon"
)

// resolver places bodies in their jurisdiction and gives them canonical
// names: 区工委 of 岳阳经开区 in 岳阳市.
type resolver struct {
	*docState
	visitors    map[string]*jurPlace // visitorJur's answers
	subjectBP   *bodyPhrase          // the bureau the article is about
	subjectDone bool
	byStart     []*bodyPhrase // the phrases sorted by start, for placeInSentence
}

var levelRank = map[string]int{"province": 1, "city": 2, "county": 3, "township": 4, "village": 5}

// placeEntry returns the gazetteer entry for a full place name.
func (x *Extractor) placeEntry(full string) *lexicon.Entry {
	for _, e := range x.lex.Lookup(full) {
		if e.Kind == lexicon.Place && e.Attr("full") == "" {
			return e
		}
	}
	return nil
}

// within reports whether the gazetteer place e lies in the place outer.
func (x *Extractor) within(e, outer *lexicon.Entry) bool {
	want := fullName(outer)
	for k := 0; k < 4 && e != nil; k++ {
		par := e.Attr("parent")
		if par == "" {
			return false
		}
		if par == want {
			return true
		}
		e = x.placeEntry(par)
	}
	return false
}

// withinAny reports whether one of the entries es lies within one of
// outer (a place word has an entry for each place of its name).
func (x *Extractor) withinAny(es, outer []*lexicon.Entry) bool {
	for _, e := range es {
		for _, o := range outer {
			if x.within(e, o) {
				return true
			}
		}
	}
	return false
}

func fullName(e *lexicon.Entry) string {
	if f := e.Attr("full"); f != "" {
		return f
	}
	return e.Word
}

// ambiguousPlace reports whether several places of the gazetteer share
// the full name.
func (x *Extractor) ambiguousPlace(full string) bool {
	n := 0
	for _, e := range x.lex.Lookup(full) {
		if e.Kind == lexicon.Place && e.Attr("full") == "" {
			n++
		}
	}
	return n > 1
}

// placeChain returns the place with its ancestors, most specific first.
func (x *Extractor) placeChain(full string) []jurPlace {
	var out []jurPlace
	for full != "" && len(out) < 6 {
		e := x.placeEntry(full)
		if e == nil {
			break
		}
		out = append(out, jurPlace{name: full, level: e.Attr("level"), parent: e.Attr("parent"), code: e.Attr("code")})
		full = e.Attr("parent")
	}
	return out
}

func coreCanon(e *lexicon.Entry, written string) string {
	if c := e.Attr("canon"); c != "" {
		return c
	}
	return written
}

// resolveJurisdiction picks the document's place chain from the places and
// zones it names: the most specific level that is named, weighted by how
// often, with its ancestors from the gazetteer.
func (d *resolver) resolveJurisdiction() {
	type cand struct {
		j     jurPlace
		score int
		first int
	}
	cands := map[string]*cand{}
	add := func(j jurPlace, w, pos int) {
		c := cands[j.name]
		if c == nil {
			c = &cand{j: j, first: pos}
			cands[j.name] = c
		}
		c.score += w
	}
	for _, bp := range d.phrases {
		if bp.outlet || bp.place == nil {
			continue
		}
		if bp.gazPlace == nil {
			continue // a township alone: townJurisdiction's
		}
		full := fullName(bp.gazPlace)
		w := 2
		if len(bp.cores) > 0 && bp.cores[0].Attr("zone") == "1" {
			zone := bp.lastPlace + coreCanon(bp.cores[0], bp.coreTexts[0])
			add(jurPlace{name: zone, level: "county", zone: true, parent: full}, w, bp.start)
		}
		if e := d.x.placeEntry(full); e != nil {
			add(jurPlace{name: full, level: e.Attr("level"), parent: e.Attr("parent"), code: e.Attr("code")}, 1, bp.start)
		}
	}
	// Places inside the outlet name count little, but count.
	if d.outlet != "" {
		for i := 0; i < len(d.outlet); {
			n, es := d.x.lex.Longest(d.outlet, i, isPlace)
			if n == 0 {
				_, sz := utf8.DecodeRuneInString(d.outlet[i:])
				i += sz
				continue
			}
			full := fullName(es[0])
			if e := d.x.placeEntry(full); e != nil && e.Attr("level") == "province" {
				add(jurPlace{name: full, level: "province", code: e.Attr("code")}, 0, len(d.s))
			}
			i += n
		}
	}
	if len(cands) == 0 {
		d.townJurisdiction()
		return
	}
	list := make([]*cand, 0, len(cands))
	for _, c := range cands {
		list = append(list, c)
	}
	// Most specific first, then most frequent, then earliest.
	sort.Slice(list, func(i, j int) bool {
		a, b := list[i], list[j]
		if levelRank[a.j.level] != levelRank[b.j.level] {
			return levelRank[a.j.level] > levelRank[b.j.level]
		}
		if a.score != b.score {
			return a.score > b.score
		}
		if a.first != b.first {
			return a.first < b.first
		}
		return a.j.name < b.j.name
	})
	best := list[0]
	// Prefer a candidate whose chain agrees with the other candidates.
	for _, c := range list {
		if levelRank[c.j.level] != levelRank[best.j.level] {
			break
		}
		if c.score > best.score {
			best = c
		}
	}
	d.jur = append(d.jur, best.j)
	if best.j.zone {
		d.jur = append(d.jur, d.x.placeChain(best.j.parent)...)
	} else {
		d.jur = append(d.jur, d.x.placeChain(best.j.name)[1:]...)
	}
	d.townJurisdiction()
}

// townJurisdiction puts a township, street or village the lede names in
// front of the jurisdiction, so that 镇党委 in an article about 安定镇 is
// 安定镇党委.
func (d *resolver) townJurisdiction() {
	lede := len(d.s)
	if k := strings.Index(d.s, "。"); k >= 0 {
		lede = k
	}
	for _, level := range []string{"township", "village"} {
	phrases:
		for _, bp := range d.phrases {
			if bp.start > lede || bp.outlet {
				continue
			}
			for _, t := range bp.towns {
				if t.Attr("level") != level {
					continue
				}
				parent := ""
				if len(d.jur) > 0 {
					parent = d.jur[0].name
				}
				d.jur = append([]jurPlace{{name: t.Word, level: level, parent: parent}}, d.jur...)
				break phrases
			}
		}
	}
}

// jurAt returns the jurisdiction at a level, or nil.
func (d *resolver) jurAt(level string) *jurPlace {
	for i := range d.jur {
		if d.jur[i].level == level {
			return &d.jur[i]
		}
	}
	return nil
}

// placeParent is a place's parent: the gazetteer's, or for a township or
// village the place written before it or the document's county.
func (d *resolver) placeParent(bp *bodyPhrase) string {
	if bp.place.Attr("town") != "1" {
		return bp.place.Attr("parent")
	}
	if pre := strings.TrimSuffix(bp.placeText, bp.place.Word); pre != "" {
		if n, es := d.x.lex.Longest(pre, 0, isPlace); n == len(pre) {
			return fullName(es[0])
		}
	}
	for _, j := range d.jur {
		if j.level == "county" {
			return j.name
		}
	}
	return ""
}

// subject returns the canonical name of the bureau the article is about:
// the first body ending in a unit word (局) that the title or the first
// sentence names with its place, or "".
func (d *resolver) subject() string {
	bp := d.subjectPhrase()
	if bp == nil {
		return ""
	}
	d.resolve(bp)
	return bp.canonical
}

// subjectPhrase returns the body the article is about, written with its
// place or level in the lede (岳阳市财政局, 邵阳市消防救援支队, 县人民法院),
// or a national body (农业农村部),
// or nil. It must
// not be asked before the scan has passed the lede.
func (d *resolver) subjectPhrase() *bodyPhrase {
	if d.subjectDone {
		return d.subjectBP
	}
	d.subjectDone = true
	lede := len(d.s)
	if k := strings.Index(d.s, "。"); k >= 0 {
		lede = k
	}
	for _, bp := range d.phrases {
		if bp.start > lede {
			break
		}
		if bp.outlet || len(bp.coreTexts) == 0 || bp.place == nil && bp.levelText == "" && bp.cores[0].Attr("national") != "1" {
			continue // a ministry needs no place (农业农村部)
		}
		last := bp.coreTexts[len(bp.coreTexts)-1]
		r, _ := utf8.DecodeLastRuneInString(last)
		if e := d.x.lex.Get(string(r), lexicon.Level); e != nil && e.Attr("level") == "unit" || strings.HasSuffix(last, "队") {
			d.subjectBP = bp // resolved when asked, once the jurisdiction is known
			break
		}
	}
	return d.subjectBP
}

// jurFor returns the jurisdiction a level word stands for: the most
// specific one whose name ends with it (市 in an article about 汨罗市 is
// 汨罗市, a county-level city), else the one at its level.
func (d *resolver) jurFor(word, level string) *jurPlace {
	if word != "" {
		for i := range d.jur {
			if strings.HasSuffix(d.jur[i].name, word) {
				return &d.jur[i]
			}
		}
	}
	return d.jurAt(level)
}

// visitorJur corrects the jurisdiction j of a bare body (市政协) when such
// a body travels to j in the document (市政协主席率调研组到冷水江市调研): a
// county-level city visited is not the city whose bodies visit it, its
// parent in the chain is, for every bare body of that level.
func (d *resolver) visitorJur(bp *bodyPhrase, j *jurPlace) *jurPlace {
	if j == nil || j.level != "county" || !strings.HasSuffix(j.name, bp.levelText) {
		return j
	}
	key := bp.levelText + strings.Join(bp.coreTexts, "") + "\x00" + j.name
	if v, ok := d.visitors[key]; ok {
		return v
	}
	if d.visitors == nil {
		d.visitors = map[string]*jurPlace{}
	}
	v := d.visitorJurOnce(bp, j)
	d.visitors[key] = v
	return v
}

func (d *resolver) visitorJurOnce(bp *bodyPhrase, j *jurPlace) *jurPlace {
	for _, o := range d.phrases {
		if o.place != nil || o.levelText != bp.levelText || !slices.Equal(o.coreTexts, bp.coreTexts) {
			continue // the same body only: 市政协 visits, 市委 may host
		}
		end := strings.IndexAny(d.s[o.end:], "。\n")
		if end < 0 {
			end = len(d.s) - o.end
		}
		sentence := d.s[o.end : o.end+end]
		for _, v := range visitPreps {
			if !strings.Contains(sentence, v+j.name) {
				continue
			}
			for i := range d.jur {
				if d.jur[i].name == j.parent && strings.HasSuffix(d.jur[i].name, bp.levelText) {
					return &d.jur[i]
				}
			}
			return nil
		}
	}
	return j
}

// placeInSentence returns the place, named with the level word of bp, of
// a body written before bp in its sentence (崇左市委书记甲,市委副书记乙: 市委
// is 崇左市委 even in an article about 凭祥市), or "".
func (d *resolver) placeInSentence(bp *bodyPhrase) string {
	if bp.levelText == "" {
		return ""
	}
	const window = 600 // bytes: a sentence longer is a list or no sentence at all
	from := max(bp.start-window, 0)
	start := from + strings.LastIndexAny(d.s[from:bp.start], "。!?;\n") + 1
	if len(d.byStart) != len(d.phrases) {
		d.byStart = slices.Clone(d.phrases)
		slices.SortStableFunc(d.byStart, func(a, b *bodyPhrase) int { return a.start - b.start })
	}
	k, _ := slices.BinarySearchFunc(d.byStart, bp.start, func(o *bodyPhrase, p int) int { return o.start - p })
	for k--; k >= 0 && d.byStart[k].start >= start; k-- {
		o := d.byStart[k]
		if o.end > bp.start || o.isPlace() || o.place == nil || o.place.Attr("town") == "1" {
			continue
		}
		if full := fullName(o.place); strings.HasSuffix(full, bp.levelText) {
			return full
		}
	}
	return ""
}

// townBefore returns the township or village of the given level written
// last before p in the same paragraph (在某镇鹊山村,村党总支书记…), or "".
func (d *resolver) townBefore(p int, level string) string {
	if level != "township" && level != "village" {
		return ""
	}
	para := strings.LastIndexByte(d.s[:p], '\n')
	town := ""
	d.recent(p, func(bp *bodyPhrase) bool {
		if bp.start < para {
			return false
		}
		for k := len(bp.towns) - 1; k >= 0; k-- {
			if bp.towns[k].Attr("level") == level {
				town = bp.towns[k].Word
				return false
			}
		}
		return true
	})
	return town
}

// kindBodies, with genericBodies, name a kind of body when written alone:
// a document's own, never merged with another's.
var kindBodies = map[string]bool{"党组": true, "党总支": true, "常委会": true, "团委": true, "团支部": true, "工作队": true, "工作组": true,
	"海关": true, "国会": true, "议会": true, "空军": true, "海军": true, "陆军": true, "警方": true, "筹委会": true, "组委会": true,
	"作协": true, "计生协": true, "技工学校": true, "村委会": true, "理事会": true, "董事会": true, "派出所": true, "税务局": true}

func bodyKind(cores []*lexicon.Entry) string {
	if len(cores) == 0 {
		return "place"
	}
	e := cores[len(cores)-1]
	switch {
	case e.Attr("national") == "1":
		return "national"
	case e.Attr("dept") == "1":
		return "department"
	case e.Attr("org") == "1":
		return "organization"
	case e.Attr("zone") == "1":
		return "zone"
	case e.Attr("party") == "1" || strings.Contains(e.Word, "纪"):
		return "party"
	case e.Attr("gov") == "1" || e.Attr("zonebody") == "1":
		return "government"
	case strings.Contains(e.Word, "人大") || strings.Contains(e.Word, "人民代表大会"):
		return "congress"
	case strings.Contains(e.Word, "政协"):
		return "cppcc"
	case strings.Contains(e.Word, "法院") || e.Word == "中院" || e.Word == "高院":
		return "court"
	case strings.Contains(e.Word, "检察"):
		return "procuratorate"
	}
	return "other"
}

// resolve sets a body phrase's canonical name, part_of and kind.
func (d *resolver) resolve(bp *bodyPhrase) {
	if bp.resolved {
		return
	}
	bp.resolved = true
	if bp.isPlace() {
		bp.canonical = fullName(bp.place)
		bp.partOf = d.placeParent(bp)
		bp.kind = "place"
		return
	}
	bp.kind = bodyKind(bp.cores)
	if len(bp.cores) == 0 {
		bp.kind = "department"
	}
	var names []string // canonical names of the prefixes: 岳阳市委, 岳阳市委组织部
	base, parent := "", ""
	k := 0
	switch {
	case bp.place != nil && bp.cores[0].Attr("national") == "1" && strings.HasPrefix(bp.text, bp.coreTexts[0]):
		// A national body's branch, as written: 人民银行长沙中心支行.
		base, parent = bp.coreTexts[0]+bp.placeText, coreCanon(bp.cores[0], bp.coreTexts[0])
		k = 1
	case bp.place == nil && bp.level != "" && len(bp.cores) > 1 && bp.cores[0].Attr("national") == "1" && strings.HasPrefix(bp.text, bp.coreTexts[0]):
		// …or by a level: 中国农业银行县支行 in an article about 平江县 is
		// the bank's 平江县 branch.
		parent = coreCanon(bp.cores[0], bp.coreTexts[0])
		if j := d.jurFor(bp.levelText, bp.level); j != nil {
			base = parent + j.name
		} else {
			base = parent + bp.levelText
			bp.local = true
		}
		k = 1
	case bp.place != nil:
		full := fullName(bp.place)
		if bp.cores[0].Attr("zone") == "1" || bp.cores[0].Attr("aswritten") == "1" {
			// A zone is named by its most specific place as written:
			// 湖南祁东经济开发区 is 祁东经开区; so is a military region
			// (北京军区, not 北京市军区).
			base = bp.lastPlace + coreCanon(bp.cores[0], bp.coreTexts[0])
			parent = full
			names = append(names, base)
			k = 1
		} else if bp.place.Attr("town") == "1" {
			base, parent = full, full
		} else if bp.cores[0].Attr("org") == "1" {
			// A company's name is its own: 甘肃能源化工投资集团.
			base, parent = bp.placeText+bp.coreTexts[0], full
			names = append(names, base)
			k = 1
		} else {
			// The most specific place names the body (广东省清远市委 is
			// 清远市委), unless its name is ambiguous (朝阳区 is in 北京市 and
			// in 长春市): then the chain as written stays.
			base, parent = full, full
			if d.x.ambiguousPlace(full) && bp.placeText != bp.place.Word {
				base = strings.TrimSuffix(bp.placeText, bp.place.Word) + full
			}
		}
	case bp.under != nil:
		d.resolve(bp.under)
		base, parent = bp.under.canonical, bp.under.canonical
		bp.local = bp.under.local
	case bp.level == "unit":
		if sub := d.subject(); sub != "" && strings.HasSuffix(sub, bp.levelText) {
			base, parent = sub, sub
		} else {
			base = bp.levelText
			bp.local = true
		}
		if len(bp.cores) == 0 { // 局 itself, left by 局党组书记
			names, parent = append(names, base), ""
		}
	case bp.level != "":
		if pl := d.placeInSentence(bp); pl != "" {
			base, parent = pl, pl // 崇左市委书记甲,市委副书记乙: 崇左市's
		} else if j := d.visitorJur(bp, d.jurFor(bp.levelText, bp.level)); j != nil && !d.travelsTo(bp.end, j.name) {
			base, parent = j.name, j.name
		} else if t := d.townBefore(bp.start, bp.level); t != "" {
			base, parent = t, t
		} else {
			base = bp.levelText
			bp.local = true
		}
	case bp.cores[0].Attr("zone") == "1":
		// 经开区 alone, in an article about 岳阳经开区, is that zone.
		zc := coreCanon(bp.cores[0], bp.coreTexts[0])
		for _, j := range d.jur {
			if j.isZone() && strings.HasSuffix(j.name, zc) {
				base, parent = j.name, j.parent
				names = append(names, base)
				k = 1
				break
			}
		}
		// …or the zone the document named before (祁东经济开发区).
		if base == "" {
			d.recent(bp.start, func(zp *bodyPhrase) bool {
				if zp == bp || zp.place == nil || len(zp.cores) == 0 || zp.cores[0].Attr("zone") != "1" || coreCanon(zp.cores[0], zp.coreTexts[0]) != zc {
					return true
				}
				d.resolve(zp)
				base, parent = zp.canonical, zp.partOf
				if len(zp.cores) > 1 {
					base = zp.lastPlace + zc // the zone, not its body
				}
				names = append(names, base)
				k = 1
				return false
			})
		}
	default:
		first := bp.cores[0]
		switch {
		case first.Attr("national") == "1" || hasAnyPrefix(bp.coreTexts[0], "中国", "全国", "中华"):
			// The country's: never qualified by the document's place
			// (nor is 中国农科院, which names its country).
		case first.Attr("jur") != "":
			// A body of a level the word names (地委, 行署): the
			// document's place at that level, if the document names one.
			// 居委会 is the village's or community's written last before.
			if t := d.townBefore(bp.start, first.Attr("jur")); t != "" {
				base, parent = t, t
			} else if j := d.jurAt(first.Attr("jur")); j != nil {
				base, parent = j.name, j.name
			}
		case first.Attr("zonebody") == "1" || first.Attr("party") == "1" || first.Attr("gov") == "1" || bodyKind(bp.cores[:1]) != "other" && first.Attr("dept") != "1" && first.Attr("org") != "1":
			if len(d.jur) > 0 && (first.Attr("zonebody") != "1" || d.jur[0].isZone()) {
				base, parent = d.jur[0].name, d.jur[0].name
			}
		case first.Attr("of") == "court" && d.subjectPhrase() != nil && bodyKind(d.subjectPhrase().cores) == "court":
			// A court's own department, in an article about the court.
			base = d.subject()
			parent = base
		case first.Attr("dept") == "1" && strings.HasSuffix(first.Word, "厅"):
			// A 厅 is a province's department (公安厅 in an article about
			// one of its prefectures).
			if j := d.jurAt("province"); j != nil {
				base, parent = j.name, j.name
			}
		case first.Attr("dept") == "1" && len(d.jur) > 0 && d.jur[0].level != "country":
			// A department written bare: the jurisdiction's, under its
			// party committee for a party department (组织部); a foreign
			// country the article is about has no 政治部 of ours.
			base, parent = d.jur[0].name, d.jur[0].name
			if first.Attr("of") == "party" {
				base += "委"
				parent = base
				names = append(names, base)
			}
		}
	}
	if base == "" && bp.place == nil {
		first := bp.cores[0]
		// An unqualified body is the document's own where its name says
		// which kind, not which one: a level, party, government or
		// department word written bare, a court's division outside an
		// article about the court (every court has its 民一庭), a kind of
		// body written alone (学校, 委员会, 党组, 海关), and a congress,
		// CPPCC, court or procuratorate no place qualifies (人大, 法院).
		bp.local = bp.level != "" || first.Attr("bare") == "1" || first.Attr("zonebody") == "1" || first.Attr("party") == "1" || first.Attr("gov") == "1" || first.Attr("dept") == "1" ||
			first.Attr("of") == "court" || len(bp.cores) == 1 && (genericBodies[bp.text] || kindBodies[bp.text]) ||
			first.Attr("national") != "1" && slices.Contains([]string{"congress", "cppcc", "court", "procuratorate"}, bodyKind(bp.cores))
	}
	// A new district keeps its level word: 浦东新区区委, not 浦东新区委,
	// however the article writes it.
	if strings.HasSuffix(base, "新区") && (bp.levelText == "区" || bp.place != nil) && k < len(bp.cores) && strings.HasPrefix(bp.coreTexts[k], "委") {
		base += "区"
	}
	// So does a county of one character: 攸县县委, not 攸县委.
	if utf8.RuneCountInString(base) == 2 && strings.HasSuffix(base, "县") && k < len(bp.cores) && strings.HasPrefix(bp.coreTexts[k], "委") {
		base += "县"
	}
	for ; k < len(bp.cores); k++ {
		base += coreCanon(bp.cores[k], bp.coreTexts[k])
		if bp.cores[k].Attr("ordinal") == "1" && k+1 < len(bp.cores) {
			continue // 第九巡回 and 十二届 name no body of their own
		}
		if len(names) > 0 {
			parent = names[len(names)-1]
		}
		names = append(names, base)
	}
	bp.canonical = names[len(names)-1]
	if len(names) > 1 {
		parent = names[len(names)-2]
	}
	bp.partOf = parent
}
