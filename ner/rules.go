package ner

import (
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/orggraph/orggraph/ner/lexicon"
	"github.com/orggraph/orggraph/ner/normalize"
	"github.com/orggraph/orggraph/ner/segment"
	"github.com/orggraph/orggraph/ner/tagger"
)

// docState holds the work on one document. All offsets in it are byte
// offsets into the normalized text s, mapped back through t at output.
type docState struct {
	x   *Extractor
	t   *normalize.Text
	s   string
	doc Document

	tokAt    map[int]segment.Token // token start -> token, for segmented sentences
	segDone  map[int]bool          // sentence starts already segmented
	sentEnds []int                 // sentence end offsets, ascending
	// The end of the last chain's names and its last body, for a chain
	// right after it that writes no body.
	lastChainEnd   int
	lastChainBody  *bodyPhrase
	lastChainRoles []string // the title words of the last chain (部长 for 常务副部长)
	// The bureau the article is about (subject).
	visitors    map[string]*jurPlace // visitorJur's answers
	subjectBP   *bodyPhrase
	subjectDone bool
	sc          *scratch // per-position memos, reused between documents
	res         *Result
	phrases     []*bodyPhrase // every body, place or outlet phrase found
	persons     map[string]int
	holds       []holdDraft
	jur         []jurPlace // the document's jurisdiction, most specific first
	outlet      string
	pmentions   []Mention   // person mentions
	pmentionAt  map[int]int // person mention start -> end, as added by addPerson
	rmentions   []Mention   // role mentions
	tspans      []span      // the tagger's spans, in order
	smentions   []Mention   // persons named by a surname alone: mentions only
	margins     map[[2]int]float32
}

// bodyPhrase is a run of place, level and body words: 岳阳经开区, 区工委,
// 湖南省委组织部, or a news outlet.
type bodyPhrase struct {
	start, end int
	placeText  string
	lastPlace  string // the text of the last place written (祁东 in 湖南祁东)
	place      *lexicon.Entry
	levelText  string
	level      string
	cores      []*lexicon.Entry
	coreTexts  []string
	outlet     bool
	text       string // as written; for outlets with lost characters, restored

	gazPlace *lexicon.Entry   // the most specific gazetteer place written (not a town)
	towns    []*lexicon.Entry // townships, streets and villages written, in order
	under    *bodyPhrase      // the body a bare department belongs to (县委 for 政法委)
	local    bool             // an abbreviation the document does not qualify

	canonical, partOf, kind string
	resolved                bool
}

func (b *bodyPhrase) isPlace() bool { return !b.outlet && len(b.cores) == 0 && b.level != "unit" }

type roleItem struct {
	start, end int
	text       string
	entry      *lexicon.Entry
	body       *bodyPhrase // as written before the role, nil if none
	place      *bodyPhrase // a place written before the role (灞桥区区长)
	inherited  *bodyPhrase // the previous chain's body, when none is written
	unit       string      // 局 for 局长 written with no body: the article's bureau
	chainBody  *bodyPhrase // for a head of government, the body written earlier in its chain
	former     bool        // written with 原: no longer held
}

type holdDraft struct {
	status     string // appointed, removed, nominated, elected, former or ""
	person     string
	role       roleItem
	body       *bodyPhrase // after carry-over; nil for no body
	start, end int
	ns, ne     int // the name
}

type jurPlace struct {
	name   string
	level  string // province, city, county, township
	zone   bool
	parent string
	code   string
}

// isZone reports whether j is a development zone: named so by the text,
// or a zone the gazetteer lists as a county (苏州工业园区).
func (j *jurPlace) isZone() bool {
	return j.zone || hasAnySuffix(j.name, "开发区", "园区", "高新区", "经开区")
}

func (d *docState) run() {
	d.res = &Result{Doc: d.doc.ID}
	d.persons = map[string]int{}
	d.tspans = d.tagText()
	d.scan()
	d.appointments()
	d.attendeeLists()
	d.bios()
	d.rosters()
	d.findOutlet()
	d.resolveJurisdiction()
	d.modelPersons()
	d.titlesAfterNames()
	d.namesBeforeTitles()
	d.bracketCredits()
	d.creditsAfterNames()
	d.findKnownNames()
	d.res.Date = d.findDate()
	d.res.Title = d.findTitle()
	d.res.Outlet = d.outlet
	d.finish()
	d.findEvents()
}

func (d *docState) runeAt(i int) (rune, int) {
	if i >= len(d.s) {
		return 0, 0
	}
	return utf8.DecodeRuneInString(d.s[i:])
}

// s2rune returns the rune at i.
func (d *docState) s2rune(i int) rune {
	r, _ := d.runeAt(i)
	return r
}

func isHan(r rune) bool { return unicode.Is(unicode.Han, r) }

// scan walks the text once: title chains with their names, then bodies
// and places.
func (d *docState) scan() {
	for i := 0; i < len(d.s); {
		if !d.mayStart(i) {
			_, n := d.runeAt(i)
			i += n
			continue
		}
		if e, ok := d.chain(i); ok {
			i = e
			continue
		}
		if bp := d.bodyPhrase(i); bp != nil {
			d.phrases = append(d.phrases, bp)
			i = bp.end
			continue
		}
		_, n := d.runeAt(i)
		i += n
	}
}

var phraseKinds = func(e *lexicon.Entry) bool {
	return e.Kind == lexicon.Place || e.Kind == lexicon.Level || e.Kind == lexicon.Body
}

func entryOf(es []*lexicon.Entry, k lexicon.Kind) *lexicon.Entry {
	for _, e := range es {
		if e.Kind == k {
			return e
		}
	}
	return nil
}

// bodyPhrase parses a body, place or outlet phrase at i, or returns nil.
// Results are remembered: the scan and the title chains ask for the same
// positions.
func (d *docState) bodyPhrase(i int) *bodyPhrase {
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

func (d *docState) parseBodyPhrase(i int) *bodyPhrase {
	if op := d.outletPhrase(i); op != nil {
		return op
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
	if n, _ := d.longest(i, phraseKinds); n == 0 && d.afterClauseMark(i) && d.roleWithin(i, 14) {
		if bp := d.qualifiedBody(i); bp != nil {
			return bp
		}
		clauseDept = true
	}
	// A department the lexicons lack, starting a clause of a list of
	// officials: 应急安全保障中心主任何某, 党政工作部部长杨某.
	if clauseDept {
		if dn := d.deptAt(i); dn > 0 && d.plainStem(i, i+dn) {
			e := &lexicon.Entry{Word: d.s[i : i+dn], Kind: lexicon.Body, Attrs: map[string]string{"dept": "1", "gov": "1"}}
			parts = append(parts, part{i, i + dn, e})
			p += dn
		}
	}
	for p < len(d.s) {
		n, es := d.longest(p, phraseKinds)
		if len(parts) == 0 || parts[len(parts)-1].e.Kind == lexicon.Place || parts[len(parts)-1].e.Attr("prefix") == "1" {
			// A township, street or village the gazetteer does not hold.
			if tn, te := d.townAt(p, len(parts) > 0); tn > n {
				parts = append(parts, part{p, p + tn, te})
				p += tn
				continue
			}
		}
		if n == 0 && len(parts) > 0 && parts[len(parts)-1].e.Kind == lexicon.Place {
			// A company, bank or university named after its place:
			// 甘肃能源化工投资集团.
			if on := d.orgAt(p); on > 0 {
				parts = append(parts, part{p, p + on, &lexicon.Entry{Word: d.s[p : p+on], Kind: lexicon.Body, Attrs: map[string]string{"org": "1"}}})
				p += on
				continue
			}
		}
		if n == 0 && len(parts) > 0 && (parts[len(parts)-1].e.Kind == lexicon.Place || parts[len(parts)-1].e.Kind == lexicon.Level || parts[len(parts)-1].e.Attr("national") == "1") {
			// A department the lexicons lack, named before a title:
			// 桃江县卫生健康局副局长.
			if dn := d.deptAt(p); dn > 0 {
				parts = append(parts, part{p, p + dn, &lexicon.Entry{Word: d.s[p : p+dn], Kind: lexicon.Body, Attrs: map[string]string{"dept": "1", "gov": "1"}}})
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
			}
		}
		if n == 0 {
			break
		}
		var e *lexicon.Entry
		if len(parts) == 0 || parts[len(parts)-1].e.Kind == lexicon.Place || parts[len(parts)-1].e.Attr("prefix") == "1" {
			// A place may start the phrase, follow a place or 中共.
			e = entryOf(es, lexicon.Place)
			// 和县 right after a name is "and 县…" (刘霞和县人民检察院).
			if e != nil && len(parts) == 0 && strings.ContainsRune("和与及同", []rune(e.Word)[0]) && d.conjunctionAt(p) {
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
				if bn, bes := d.longest(p+n, phraseKinds); bn > 0 && entryOf(bes, lexicon.Body) != nil && entryOf(bes, lexicon.Body).Attr("branch") == "1" {
					parts = append(parts, part{p, p + n, e})
					p += n
					continue
				}
			}
			break
		}
		// A place written after a place lies in it: 鼎城区公安分局 is not
		// 鼎城区 + 公安(县).
		if e.Kind == lexicon.Place && len(parts) > 0 && parts[len(parts)-1].e.Kind == lexicon.Place && e.Attr("town") == "" && parts[len(parts)-1].e.Attr("town") == "" &&
			!d.x.within(e, parts[len(parts)-1].e) {
			if dn := d.deptAt(p); dn > 0 {
				parts = append(parts, part{p, p + dn, &lexicon.Entry{Word: d.s[p : p+dn], Kind: lexicon.Body, Attrs: map[string]string{"dept": "1", "gov": "1"}}})
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
			if pt.e.Attr("prefix") == "1" {
				continue
			}
			bp.cores = append(bp.cores, pt.e)
			bp.coreTexts = append(bp.coreTexts, txt)
		}
	}
	bp.end = parts[len(parts)-1].end
	bp.text = d.s[bp.start:bp.end]
	if bp.place == nil && len(bp.cores) == 0 {
		return nil
	}
	// A county's short form (平江) is a word like any other unless a body
	// or a title follows it.
	if len(bp.cores) == 0 && bp.place.Attr("short") == "1" && bp.levelText == "" {
		if _, ok := d.role(bp.end, bp); !ok {
			return nil
		}
	}
	return bp
}

// outletPhrase parses news outlets joined by "·", letting a lost character
// stand for a character of a lexicon outlet (湖南日? → 湖南日报).
func (d *docState) outletPhrase(i int) *bodyPhrase {
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
func (d *docState) outletAt(p int) (int, string) {
	isOutlet := func(e *lexicon.Entry) bool { return e.Kind == lexicon.Outlet }
	n, es := d.longest(p, isOutlet)
	if n > 0 && es[0].Attr("generic") != "1" && !d.t.BreakWithin(p, p+n) {
		return n, d.s[p : p+n]
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
	isPlace := func(e *lexicon.Entry) bool { return e.Kind == lexicon.Place }
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

// role parses [rolemod]* role at p. After a body ending in 部, 局, 所 and
// the like, a following 长 makes the shortened title (组织部长 = 部长 of
// 组织部).
func (d *docState) role(p int, before *bodyPhrase) (roleItem, bool) {
	if before != nil && before.end == p && len(before.coreTexts) > 0 && strings.HasPrefix(d.s[p:], "长") && !d.placeAt(p) {
		last := before.coreTexts[len(before.coreTexts)-1]
		r, n := utf8.DecodeLastRuneInString(last)
		if e := d.x.lex.Get(string(r)+"长", lexicon.Role); e != nil {
			return roleItem{start: p - n, end: p + len("长"), text: string(r) + "长", entry: e}, true
		}
	}
	isRole := func(e *lexicon.Entry) bool { return e.Kind == lexicon.Role || e.Kind == lexicon.RoleMod }
	q := p
	for q < len(d.s) {
		n, es := d.longest(q, isRole)
		if n == 0 {
			break
		}
		if e := entryOf(es, lexicon.Role); e != nil {
			// A body word may be longer than the role (领导小组).
			if bn, _ := d.longest(q, phraseKinds); bn > n {
				break
			}
			// Some titles need their body (人大代表, not 老干部代表).
			if e.Attr("needbody") == "1" && (before == nil || before.end != p) {
				break
			}
			// 原副主任 is a former 副主任; 时任 only dates the title.
			it := roleItem{start: p, end: q + n, entry: e}
			for _, f := range []string{"原", "时任"} {
				if strings.HasPrefix(d.s[it.start:it.end], f) && it.end-it.start > len(f)+3 {
					it.start += len(f)
					it.former = f == "原"
				}
			}
			it.text = d.s[it.start:it.end]
			return it, true
		}
		q += n
	}
	return roleItem{}, false
}

// titles parses a title sequence at p: [body] role (、|兼 [body] role)*.
// It returns the items and the end of the last one.
func (d *docState) titles(p int) ([]roleItem, int) {
	var items []roleItem
	// After 为 the titles are an appointment's: a comma ends them
	// (推选甲为代表团团长,乙…为副团长).
	commaJoins := !strings.HasSuffix(d.s[:p], "为")
	for {
		bp := d.trimPartyGroup(d.bodyPhrase(p))
		q := p
		if bp != nil {
			q = bp.end
		}
		if bp == nil && len(items) > 0 {
			// One character for the body just written: 国家发展改革委
			// 政策研究室副主任、委新闻发言人 (委 = 国家发展改革委).
			if a := d.shortAlias(p, items); a != nil {
				bp, q = a, a.end
			} else if c := d.committeeOf(p, items); c != nil {
				bp, q = c, c.end
			}
		}
		r, ok := d.role(q, bp)
		if !ok && bp != nil {
			// A title that starts with a body word: 党组成员.
			if r, ok = d.role(p, nil); ok {
				bp = nil
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
		if n := len(items); n > 0 && items[n-1].former && r.body == nil && r.place == nil {
			r.former = true
		}
		items = append(items, r)
		p = r.end
		// A parenthesised qualifier after a title: 副县长(挂职).
		if strings.HasPrefix(d.s[p:], "(") {
			if k := strings.IndexByte(d.s[p:], ')'); k > 0 && titleQualifiers[d.s[p+1:p+k]] {
				p += k + 1
			}
		}
		// Titles are joined by 、 or 兼, and sometimes by a comma when a
		// body starts the next one (县委常委,县纪委书记).
		sep := 0
		switch {
		case strings.HasPrefix(d.s[p:], "、") || strings.HasPrefix(d.s[p:], "兼"):
			sep = len("、")
		case commaJoins && strings.HasPrefix(d.s[p:], ",") && d.bodyPhrase(p+1) != nil && !d.bodyPhrase(p+1).isPlace():
			sep = 1
		}
		if sep > 0 {
			nb := d.trimPartyGroup(d.bodyPhrase(p + sep))
			nq := p + sep
			if nb != nil {
				nq = nb.end
			}
			_, ok := d.role(nq, nb)
			if !ok && nb != nil {
				_, ok = d.role(p+sep, nil) // 副局长、党组成员
			}
			if ok || nb == nil && (d.shortAlias(p+sep, items) != nil || d.committeeOf(p+sep, items) != nil) {
				p += sep
				continue
			}
		}
		break
	}
	return items, p
}

// townSuffixes end the names of townships, streets and villages.
var townSuffixes = []struct{ suffix, level string }{{"街道", "township"}, {"镇", "township"}, {"族乡", "township"}, {"乡", "township"}, {"苏木", "township"}, {"社区", "village"}, {"嘎查", "village"}, {"村", "village"}}

// deptSuffixes end the names of government departments.
var deptSuffixes = []string{"局", "委员会", "办公室", "中心", "厅", "委", "办", "所", "站", "院", "大队", "支队", "中队", "室", "司", "处", "科"}

// followsChain reports whether i comes right after the last chain's
// names and a 、 or a comma. The caller checks that there is a last chain.
func (d *docState) followsChain(i int) bool {
	return d.lastChainEnd+len("、") == i && strings.HasPrefix(d.s[d.lastChainEnd:], "、") || d.lastChainEnd+1 == i && d.s[d.lastChainEnd] == ','
}

// adjacentChain reports whether the chain whose names start at names[0]
// follows the last chain right after its names and a 、 or a comma. The
// chain's titles stand between, so it is judged from the start of the
// sentence part: no full stop since the last chain's end.
func (d *docState) adjacentChain(names [][2]int) bool {
	if len(names) == 0 || d.lastChainBody == nil || d.lastChainEnd < 0 || d.lastChainEnd >= names[0][0] {
		return false
	}
	gap := d.s[d.lastChainEnd:names[0][0]]
	return (strings.HasPrefix(gap, "、") || strings.HasPrefix(gap, ",")) && !strings.ContainsAny(gap, "。;\n")
}

// sameTitle reports whether a title is one of a chain's, or both are of a
// party group (党组书记, 党组成员): then it is held in the same body.
func sameTitle(w string, chain []string) bool {
	for _, c := range chain {
		if c == w || strings.HasPrefix(c, "党组") && strings.HasPrefix(w, "党组") {
			return true
		}
	}
	return false
}

// partyTitle reports whether a title is held in a party committee.
func partyTitle(w string) bool {
	return strings.Contains(w, "书记") || strings.HasSuffix(w, "常委") || strings.HasSuffix(w, "委员") || strings.HasSuffix(w, "成员")
}

// outsideParty returns the body whose party committee bp is, when bp
// writes both (国资委党委, 集团党委), else bp.
func (d *docState) outsideParty(bp *bodyPhrase) *bodyPhrase {
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
	c := *bp
	c.cores, c.coreTexts = bp.cores[:n-1], bp.coreTexts[:n-1]
	c.end -= len(bp.coreTexts[n-1])
	c.text = d.s[c.start:c.end]
	c.resolved = false
	return &c
}

// aliasWindow bounds how far back, in bytes, an abbreviation looks for the
// body it abbreviates, so that long documents stay linear.
const aliasWindow = 3000

// recent calls f on the phrases that start in the window before e, the
// nearest first, until f returns false.
func (d *docState) recent(e int, f func(*bodyPhrase) bool) {
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
func (d *docState) aliasBefore(e int) *bodyPhrase {
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

// shortAlias returns a body of the titles before when the character at p
// is its last one and a title follows (委新闻发言人), or nil.
func (d *docState) shortAlias(p int, items []roleItem) *bodyPhrase {
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
func (d *docState) committeeOf(p int, items []roleItem) *bodyPhrase {
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
	return &bodyPhrase{start: p, end: p + n, text: d.s[p : p+n], cores: []*lexicon.Entry{e}, coreTexts: []string{e.Word}, under: prev}
}

// placeAt reports whether a gazetteer place of two characters or more
// starts at p (长沙 after 人民银行: no 行长 there).
func (d *docState) placeAt(p int) bool {
	n, _ := d.longest(p, func(e *lexicon.Entry) bool { return e.Kind == lexicon.Place })
	return n > len("长")
}

// orgSuffixes end the names of companies and institutions.
var orgSuffixes = []string{"股份有限公司", "有限责任公司", "有限公司", "集团", "公司", "银行", "大学", "学院", "医院", "研究院", "商会", "协会"}

// orgAt returns the length of a company or institution name at p that
// the lexicons lack: two to twelve characters and a suffix (集团, 有限公司)
// that ends a word. 0 if there is none.
func (d *docState) orgAt(p int) int {
	// A university or hospital named by its place alone: 南昌大学.
	for _, suf := range []string{"大学", "学院", "医院", "银行"} {
		if strings.HasPrefix(d.s[p:], suf) && !d.wordGoesOn(p+len(suf)) {
			return len(suf)
		}
	}
	return d.suffixedName(p, "的是在了对为与及和、省市县区州镇乡村", orgSuffixes, func(q, e int) int {
		for _, more := range []string{"股份有限公司", "有限公司", "分公司"} {
			e = skipPrefix(d.s, e, more)
		}
		if d.wordGoesOn(e) || d.hasVerb(p, q) {
			return -1
		}
		return e
	})
}

// hasVerb reports whether the segmenter reads a verb in [p, e): no name
// of a company holds one (横市镇卫生院联合县人民医院).
func (d *docState) hasVerb(p, e int) bool { return d.verbs(p, e) > 0 }

// verbs counts the verbs the segmenter reads in [p, e).
func (d *docState) verbs(p, e int) int {
	d.segment(p)
	n := 0
	for i := p; i < e; i++ {
		if tk, ok := d.tokAt[i]; ok && tk.Tag == "v" {
			n++
		}
	}
	return n
}

// orgBefore returns the company or institution a bare body at p belongs
// to when the document named it before and abbreviates it here (集团党委
// after 甘肃能源化工投资集团), or nil.
func (d *docState) orgBefore(p int) *bodyPhrase {
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
func (d *docState) deptAt(p int) int {
	return d.suffixedName(p, "的是在了对为与及", deptSuffixes, func(q, e int) int {
		if rn, _ := d.longest(e, func(en *lexicon.Entry) bool { return en.Kind == lexicon.Role || en.Kind == lexicon.RoleMod }); rn > 0 {
			if d.segment(p); d.tokAt[p].Tag == "v" && d.tokAt[p].End-p > 3 {
				return -1 // a headline's verb, no department: 泰和县召开县委常委会
			}
			return e
		}
		return 0
	})
}

// suffixedName returns the length of a name at p of two to twelve Han
// characters, none of stop, ending in one of suffixes: accept is asked
// with the end of the stem q and of the suffix e, and answers the name's
// end, 0 to look further, or -1 to give up. 0 if there is none.
func (d *docState) suffixedName(p int, stop string, suffixes []string, accept func(q, e int) int) int {
	q := p
	for k := 0; k < 12; k++ {
		r, n := d.runeAt(q)
		if n == 0 || !isHan(r) || strings.ContainsRune(stop, r) {
			return 0
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

// conjunctionAt reports whether the 和 (与, 及, 同) at p joins what is
// before it to what follows: after a name or a word, but not after a
// province or prefecture (安徽省和县).
func (d *docState) conjunctionAt(p int) bool {
	if d.nameEndsAt(p) {
		return true
	}
	r, _ := utf8.DecodeLastRuneInString(d.s[:p])
	return d.hanBefore(p) && !strings.ContainsRune("省市州", r)
}

// nameEndsAt reports whether a person mention found so far ends at p.
func (d *docState) nameEndsAt(p int) bool {
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
func (d *docState) plainStem(s, e int) bool {
	_, last := utf8.DecodeLastRuneInString(d.s[s:e])
	for p := s; p < e-last; {
		if d.stemWordAt(p) {
			return false
		}
		_, w := d.runeAt(p)
		p += w
	}
	return true
}

// stemWordAt reports whether a word of the lexicons that no unknown name
// holds starts at p: a place, level, body, title, modifier, verb or
// common surname.
func (d *docState) stemWordAt(p int) bool {
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

// qualifiedBody returns the body phrase of an unknown stem of two to
// eight Han characters at i and a known body after it that a title
// follows, written as one name; nil if there is none.
func (d *docState) qualifiedBody(i int) *bodyPhrase {
	q, upto := i, i
	for n := 0; n < 8; n++ {
		r, w := d.runeAt(q)
		if !isHan(r) || d.t.BreakWithin(i, q+w) {
			return nil
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
		bp := d.bodyPhrase(q)
		if bp == nil || bp.isPlace() || bp.outlet || bp.place != nil || bp.levelText != "" {
			return nil
		}
		if _, ok := d.role(bp.end, bp); !ok {
			return nil
		}
		c := *bp
		c.start, c.text, c.resolved = i, d.s[i:bp.end], false
		c.cores = append([]*lexicon.Entry{{Word: d.s[i:q], Kind: lexicon.Body, Attrs: map[string]string{"org": "1"}}}, bp.cores...)
		c.coreTexts = append([]string{d.s[i:q]}, bp.coreTexts...)
		return &c
	}
	return nil
}

// stemBeforeBody returns the length of an unknown stem of one to ten Han
// characters at p that a body word follows, or 0.
func (d *docState) stemBeforeBody(p int) int {
	q := p
	for k := 0; k < 10; k++ {
		r, w := d.runeAt(q)
		if !isHan(r) || d.stemWordAt(q) {
			return 0
		}
		q += w
		if bn, bes := d.longest(q, phraseKinds); bn > 0 && entryOf(bes, lexicon.Body) != nil {
			return q - p
		}
	}
	return 0
}

// roleWithin reports whether a title starts within n characters after i.
func (d *docState) roleWithin(i, n int) bool {
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

// paddedName returns the end of a surname, spaces and one character at
// p that a space, a bracket, a line end or the text's end follows, or 0.
func (d *docState) paddedName(p int) int {
	n, es := d.longest(p, func(e *lexicon.Entry) bool { return e.Kind == lexicon.Surname })
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
	if e < len(d.s) && d.s[e] != ' ' && d.s[e] != '\n' && d.s[e] != ')' {
		return 0
	}
	return e
}

// partyPrefixes name the Youth League and the democratic parties before
// the place of one of their committees.
var partyPrefixes = []string{"共青团", "民革", "民盟", "民建", "民进", "农工党", "致公党", "九三学社", "台盟"}

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
func (d *docState) partyCommittee(i int) *bodyPhrase {
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
	c.start, c.text, c.resolved = i, d.s[i:bp.end], false
	core := &lexicon.Entry{Word: pre + "委", Kind: lexicon.Body, Attrs: map[string]string{}}
	if tw := d.x.lex.Get("团委", lexicon.Body); pre == "共青团" && tw != nil {
		core = tw // the League's committee, as 团县委 is written
	}
	c.cores = append(append([]*lexicon.Entry(nil), bp.cores[:n-1]...), core)
	c.coreTexts = append(append([]string(nil), bp.coreTexts[:n-1]...), core.Word)
	return &c
}

// afterClauseMark reports whether i starts a clause of a list: after a
// comma, an enumeration mark, a semicolon, a colon or a line break.
func (d *docState) afterClauseMark(i int) bool {
	if i == 0 {
		return false
	}
	r, _ := utf8.DecodeLastRuneInString(d.s[:i])
	return r == ',' || r == '、' || r == ';' || r == ':' || r == '\n'
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

// committeeAt returns the length of a committee's name at p that the
// lexicons lack: two to sixteen Han characters ending in 委员会, with no
// word that ends a clause in its stem (人事代表选举工作委员会 holds a title
// and a verb of elections), a title right after it; or 0.
func (d *docState) committeeAt(p int) int {
	q := p
	for k := 0; k < 16; k++ {
		r, n := d.runeAt(q)
		if n == 0 || !isHan(r) || strings.ContainsRune("的是在了对为及", r) {
			return 0
		}
		if k > 0 {
			for _, suf := range []string{"工作委员会", "委员会"} {
				if !strings.HasPrefix(d.s[q:], suf) {
					continue
				}
				e := q + len(suf)
				if rn, _ := d.longest(e, func(en *lexicon.Entry) bool { return en.Kind == lexicon.Role || en.Kind == lexicon.RoleMod }); rn > 0 {
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

// sessionAt returns the length of a session number (十二届, 第十四届) at
// p, or 0.
func (d *docState) sessionAt(p int) int {
	q := p
	if strings.HasPrefix(d.s[q:], "第") {
		q += len("第")
	}
	q0 := q
	for q < len(d.s) {
		r, n := d.runeAt(q)
		if !strings.ContainsRune("一二三四五六七八九十", r) {
			break
		}
		q += n
	}
	if q == q0 || !strings.HasPrefix(d.s[q:], "届") {
		return 0
	}
	return q + len("届") - p
}

// ordinalAt returns the length of an ordinal (第一, 第十二) at p, or 0.
func (d *docState) ordinalAt(p int) int {
	if !strings.HasPrefix(d.s[p:], "第") {
		return 0
	}
	q := p + len("第")
	for q < len(d.s) {
		r, n := d.runeAt(q)
		if !strings.ContainsRune("一二三四五六七八九十", r) {
			break
		}
		q += n
	}
	if q == p+len("第") {
		return 0
	}
	return q - p
}

// townSuffixNear reports whether a town suffix follows two or three
// characters after p.
func (d *docState) townSuffixNear(p int) bool {
	if p+6 <= len(d.s) && d.s[p+3:p+6] == "村" && d.oneCharVillage(p, p+3) {
		return true // 余村党支部
	}
	for _, k := range [...]int{6, 9, 12} {
		if p+k+3 > len(d.s) {
			return false
		}
		// The three bytes of 镇, 乡, 村 or the start of 街道 or 社区,
		// compared without decoding.
		switch d.s[p+k : p+k+3] {
		case "镇", "乡", "村":
			// Four characters before the suffix only in an ethnic
			// township (二酉苗族乡).
			return k < 12 || d.s[p+k-3:p+k] == "族"
		case "街":
			if strings.HasPrefix(d.s[p+k:], "街道") {
				return true
			}
		case "社":
			if strings.HasPrefix(d.s[p+k:], "社区") {
				return true
			}
		case "苏", "嘎":
			// Inner Mongolia's sumu and gacha (阿尔巴斯苏木).
			if hasAnyPrefix(d.s[p+k:], "苏木", "嘎查") {
				return true
			}
		}
	}
	return false
}

// townAt reads a township, street or village name at p that no lexicon
// holds: two to four characters starting a word, 镇, 乡, 街道, 苏木, 社区,
// 嘎查 or 村, and
// then a body word or a title (安定镇党委, 辛家庙街道党工委, 大坪乡乡长).
//
// After a county (平江县安定镇) or before 召开, 举行 and the like, nothing
// more is needed.
func (d *docState) townAt(p int, afterPlace bool) (int, *lexicon.Entry) {
	if !d.townSuffixNear(p) {
		return 0, nil
	}
	q := p
	for k := 0; k < 4; k++ {
		r, n := d.runeAt(q)
		if n == 0 || !isHan(r) || strings.ContainsRune("各全每该本两多等和与及、", r) {
			return 0, nil
		}
		if strings.ContainsRune("县市区省州旗", r) {
			// Only inside a name that is no place, right before its
			// suffix: 横市镇, not 岳阳市镇.
			if k == 0 || d.x.placeEntry(d.s[p:q+n]) != nil || !hasAnyPrefix(d.s[q+n:], "镇", "乡", "街道") {
				return 0, nil
			}
		}
		q += n
		if k == 0 && !d.oneCharVillage(p, q) {
			continue
		}
		for _, ts := range townSuffixes {
			if !strings.HasPrefix(d.s[q:], ts.suffix) {
				continue
			}
			e := q + len(ts.suffix)
			if n, _ := d.longest(e, func(en *lexicon.Entry) bool { return en.Kind == lexicon.Body || en.Kind == lexicon.Role }); n == 0 && !afterPlace && !hasAnyPrefix(d.s[e:], "召开", "举行", "举办", "开展") &&
				!hasAnySuffix(d.s[:p], "在", "到", "赴", "深入", "来到", "走进", "走访") && (ts.level != "township" || !d.villageAt(e)) {
				continue
			}
			// The name must not run into a lexicon word, and must start
			// a word for the segmenter.
			if n, _ := d.longest(p, func(en *lexicon.Entry) bool { return en.Kind != lexicon.Surname && en.Kind != lexicon.Place }); n > 0 {
				return 0, nil
			}
			d.segment(p)
			if _, ok := d.tokAt[p]; !ok {
				return 0, nil // not a word start
			}
			if v := d.verbs(p, q); v >= 2 || v == 1 && ts.suffix == "社区" {
				return 0, nil // 组织开展社区治理: verbs, not a name (安定镇 has one)
			}
			if ts.suffix == "嘎查" && strings.HasPrefix(d.s[e:], "村") {
				return 0, nil // 嘎查村: Inner Mongolia's villages in general
			}
			if st, ok := d.tokAt[q]; ok && st.End > e {
				return 0, nil // the suffix starts a longer word (乡村)
			}
			name := d.s[p:e]
			return e - p, &lexicon.Entry{Word: name, Kind: lexicon.Place, Attrs: map[string]string{"level": ts.level, "town": "1"}}
		}
	}
	return 0, nil
}

// oneCharVillage reports whether the character at [p, q) names a village
// on its own (余村党支部): before 村 and a village body, and no word such
// as 各, 本 or 该 that says which village.
func (d *docState) oneCharVillage(p, q int) bool {
	if !strings.HasPrefix(d.s[q:], "村") || strings.ContainsRune("各全每该本两多等此邻一二三四五六七八九十新老大小外", d.s2rune(p)) {
		return false
	}
	rest := d.s[q+len("村"):]
	return hasAnyPrefix(rest, "党支部", "党总支", "党委", "村委会", "村民委员会")
}

// villageAt reports whether a village or community name starts at p
// (大成桥镇鹊山村): a township before one is a place.
func (d *docState) villageAt(p int) bool {
	if !d.townSuffixNear(p) {
		return false
	}
	n, e := d.townAt(p, true)
	return n > 0 && e.Attr("level") == "village"
}

func hasAnyPrefix(s string, ps ...string) bool {
	for _, p := range ps {
		if strings.HasPrefix(s, p) {
			return true
		}
	}
	return false
}

// trimPartyGroup gives a body ending in 党组 back its title: 市政协党组书记
// is 党组书记 of 市政协, 局党组书记 党组书记 of the article's bureau.
// Other bodies are returned as they are.
func (d *docState) trimPartyGroup(bp *bodyPhrase) *bodyPhrase {
	const pg = "党组"
	if bp == nil || len(bp.cores) == 0 || bp.coreTexts[len(bp.coreTexts)-1] != pg ||
		len(bp.cores) == 1 && bp.level != "unit" {
		return bp
	}
	n, es := d.longest(bp.end-len(pg), func(e *lexicon.Entry) bool { return e.Kind == lexicon.Role })
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

// titleQualifiers may follow a title in brackets.
var titleQualifiers = map[string]bool{"挂职": true, "兼": true, "兼职": true, "正处级": true, "副处级": true,
	"正县级": true, "副县级": true, "正厅级": true, "副厅级": true, "正科级": true, "副科级": true, "主持工作": true}

// chain parses a title chain and the names it introduces at i:
// [body] role (、 [body] role)* [:] name (、 name)*.
func (d *docState) chain(i int) (int, bool) {
	items, p := d.titles(i)
	if len(items) == 0 {
		return 0, false
	}
	// 原 before the body marks the chain's titles former (原衡南县委书记).
	if strings.HasSuffix(d.s[:i], "原") && !d.hanBefore(i-len("原")) {
		for k := range items {
			items[k].former = true
		}
	}
	if it := &items[0]; it.body == nil && it.place == nil && it.entry.Attr("head") == "" {
		it.body = d.aliasBefore(i)
	} else if b := it.body; b != nil && b.place == nil && b.level == "" && b.under == nil && len(b.cores) == 1 && bodyKind(b.cores) == "other" {
		// 督查组组长 after 国务院第十督查组: the body named before.
		d.recent(b.start, func(e *bodyPhrase) bool {
			if e != b && len(e.coreTexts) > 0 && e.coreTexts[len(e.coreTexts)-1] == b.coreTexts[0] && e.text != b.text {
				c := *e
				c.start, c.end, c.text = b.start, b.end, b.text
				it.body = &c
				return false
			}
			return true
		})
	} else if b := it.body; b != nil && b.place == nil && b.level == "" && b.under == nil && len(b.cores) > 1 {
		// 医院党委 after 永州市中心医院: that hospital's committee.
		if a := d.aliasBefore(b.start + len(b.coreTexts[0])); a != nil && a.start == b.start {
			c := *b
			c.cores, c.coreTexts, c.under, c.resolved = b.cores[1:], b.coreTexts[1:], a, false
			it.body = &c
		}
	}
	media := items[len(items)-1].entry.Attr("media") == "1"
	// Names follow directly, after a colon or spaces in bylines, or in
	// brackets (局长(邹建华)).
	q := p
	for q < len(d.s) {
		r, n := d.runeAt(q)
		// A credit's label may stand on its own line (作者:\n陈某) or
		// before a slash (记者/米某).
		if r == ':' || r == ' ' || r == '\t' || media && (r == '/' || r == '\n' && strings.HasSuffix(d.s[p:q], ":")) {
			q += n
			continue
		}
		break
	}
	// Outside bylines, only spaces (web pages put them there) may
	// separate a title from its name.
	// …and a colon before a list of names the tagger reads as names
	// (市委副书记:甲、乙、丙).
	if q > p && !media && strings.Trim(d.s[p:q], " ") != "" {
		if _, ok := d.modelPersonAt(q); !ok || strings.Count(d.s[p:q], ":") != 1 {
			q = p
		}
	}
	// Labels that are common words (编辑, 审核) name a person only before a
	// colon or a space: 审核:张某, not 审核和调查.
	if q == p && items[len(items)-1].entry.Attr("colon") == "1" {
		return p, true
	}
	bracket := false
	if strings.HasPrefix(d.s[q:], "(") {
		if e, ok := d.name(q+1, true); ok && strings.HasPrefix(d.s[e:], ")") {
			q++
			bracket = true
		}
	}
	var names [][2]int
	for {
		e, ok := d.name(q, true)
		if media {
			// A credit pads a name of two characters to the width of
			// three (郭  驰, 陈 薇): the name as printed, padding kept.
			if pe := d.paddedName(q); pe > 0 {
				e, ok = pe, true
			}
		}
		if !ok {
			break
		}
		names = append(names, [2]int{q, e})
		q = e
		if strings.HasPrefix(d.s[q:], "同志") {
			q += len("同志")
		}
		next := -1
		for _, sep := range []string{"、", "和", "及", "与", ","} {
			if strings.HasPrefix(d.s[q:], sep) {
				if sep == "," && !media {
					continue
				}
				next = q + len(sep)
				break
			}
		}
		if next < 0 && media && strings.HasPrefix(d.s[q:], " ") {
			next = q + 1
			for strings.HasPrefix(d.s[next:], " ") {
				next++
			}
		}
		if next < 0 || bracket {
			break
		}
		if _, ok := d.name(next, true); !ok {
			break
		}
		// A place or body with its title starts another chain
		// (镇党委书记甲、双江口镇镇长乙).
		if its, _ := d.titles(next); len(its) > 0 {
			break
		}
		// A name followed by its own title starts another chain.
		q = next
	}
	// A chain that writes no body right after the previous chain's names
	// shares its body (市人大常委会副主任汪晓东、秘书长程立; 县政协副主席
	// 郑某,秘书长金某); heads of government (县长) have their own.
	if it := &items[0]; it.body == nil && it.place == nil && it.entry.Attr("head") == "" && it.entry.Attr("media") == "" &&
		d.lastChainBody != nil && d.lastChainEnd >= 0 && (d.followsChain(i) ||
		// …and so does the same title later in the sentence
		// (常务副部长甲主持会议,副部长乙出席).
		sameTitle(it.entry.Word, d.lastChainRoles) && d.lastChainEnd < i && !strings.ContainsAny(d.s[d.lastChainEnd:i], "。\n")) {
		it.inherited = d.lastChainBody
	}
	// A bare party committee right after a chain about a body is that
	// body's (集团党委书记、董事长甲,党委副书记、总经理乙).
	if b := items[0].body; b != nil && b.place == nil && b.level == "" && b.under == nil && len(b.cores) == 1 && b.cores[0].Attr("party") == "1" &&
		d.lastChainBody != nil && d.lastChainEnd >= 0 && d.followsChain(i) {
		lb := d.lastChainBody
		if n := len(lb.cores); n > 0 && lb.cores[n-1].Attr("party") == "1" {
			items[0].body = lb
		} else if n > 0 && bodyKind(lb.cores) != "government" && bodyKind(lb.cores) != "party" {
			c := *b
			c.under, c.resolved = lb, false
			items[0].body = &c
		}
	}
	d.record(items, names, "")
	if len(names) == 0 {
		return p, true
	}
	end := names[len(names)-1][1]
	if bracket {
		end++
	}
	return end, true
}

// record notes what a title sequence found: bodies and roles always, holds
// of the named persons with the status (appointed, removed...) given.
func (d *docState) record(items []roleItem, names [][2]int, status string) {
	var prev *bodyPhrase
	for k := range items {
		it := &items[k]
		if it.body != nil {
			d.phrases = append(d.phrases, it.body)
		}
		if it.place != nil {
			d.phrases = append(d.phrases, it.place)
		}
		d.rmentions = append(d.rmentions, Mention{Type: "role", Text: it.text, ns: it.start, ne: it.end})
		body := it.body
		if body == nil && it.inherited != nil {
			body = it.inherited
			if !partyTitle(it.entry.Word) {
				body = d.outsideParty(body) // 大学党委书记甲,校长乙
			}
		}
		// 局长 with no body is the head of the article's bureau, not of
		// the 局党组 before it.
		if body == nil && it.place == nil {
			if w := []rune(it.entry.Word); len(w) == 2 && w[1] == '长' && !(prev != nil && prev.text != string(w[0]) && strings.HasSuffix(prev.text, string(w[0]))) {
				// (…unless the body before is that bureau itself:
				// 教育局党组成员、副局长.)
				if e := d.x.lex.Get(string(w[0]), lexicon.Level); e != nil && e.Attr("level") == "unit" {
					it.unit = string(w[0])
					prev = nil
				}
			} else if len(w) == 3 && w[2] == '长' && w[1] == '队' && prev == nil {
				it.unit = string(w[:2]) // 支队长: the article's 支队, if it is about one
			}
		}
		if body == nil && it.unit == "" && it.entry.Attr("head") == "" && it.entry.Attr("media") == "" {
			body = prev
			// A title that is no party title, after the party committee
			// of a body, is of that body: 国资委党委书记、主任; 集团党委
			// 书记、董事长.
			if body != nil && !partyTitle(it.entry.Word) {
				body = d.outsideParty(body)
			}
		}
		if it.entry.Attr("head") != "" && it.body == nil && it.place == nil && prev != nil {
			it.chainBody = prev // 常德市委副书记、市长: 常德市's mayor
		}
		// A department written bare after a party or government body
		// belongs to it (县委常委、政法委书记).
		if body != nil && prev != nil && body.place == nil && body.level == "" && len(body.cores) > 0 && body.cores[0].Attr("of") == "party" && body.under == nil && body != prev &&
			len(prev.cores) > 0 && (prev.cores[len(prev.cores)-1].Attr("party") == "1" || prev.cores[len(prev.cores)-1].Attr("gov") == "1") {
			c := *body
			c.under, c.resolved = prev, false
			body = &c
			it.body = body
		}
		// A village or community body written bare after one that names
		// its village belongs to that village (九龙社区党委书记、居委会主任;
		// 下党村党支部书记甲、村委会主任乙).
		before := prev
		if k == 0 && before == nil && d.adjacentChain(names) {
			before = d.lastChainBody
		}
		if body != nil && before != nil && body != before && body.place == nil && body.level == "" && body.under == nil && len(body.cores) == 1 &&
			(body.cores[0].Attr("gov") == "1" || body.cores[0].Attr("party") == "1") &&
			before.place != nil && before.place.Attr("town") == "1" && before.place.Attr("level") == "village" {
			c := *body
			c.place, c.placeText, c.resolved = before.place, before.placeText, false
			body = &c
			it.body = body
		}
		prev = body
		for _, nm := range names {
			name := d.s[nm[0]:nm[1]]
			start := it.start
			if it.body != nil {
				start = it.body.start
			} else if it.place != nil {
				start = it.place.start
			}
			st := status
			if st == "" && it.former {
				st = "former"
			}
			d.holds = append(d.holds, holdDraft{person: name, role: *it, body: body, start: min(start, nm[0]), end: max(nm[1], it.end), status: st, ns: nm[0], ne: nm[1]})
		}
	}
	for _, nm := range names {
		d.addPerson(nm[0], nm[1])
	}
	if len(names) > 0 {
		d.lastChainEnd = names[len(names)-1][1]
		if strings.HasPrefix(d.s[d.lastChainEnd:], ")") {
			d.lastChainEnd++
		}
		d.lastChainBody = prev
		for k := len(items) - 1; k >= 0 && d.lastChainBody == nil; k-- {
			d.lastChainBody = items[k].body // 院长 of the article's court leaves prev empty
		}
		d.lastChainRoles = d.lastChainRoles[:0]
		for k := range items {
			d.lastChainRoles = append(d.lastChainRoles, items[k].entry.Word)
		}
	}
}

func (d *docState) addPerson(s, e int) {
	name := d.s[s:e]
	if _, ok := d.persons[name]; !ok {
		d.persons[name] = len(d.persons)
	}
	d.pmentions = append(d.pmentions, Mention{Type: "person", Text: name, ns: s, ne: e})
	if d.pmentionAt == nil {
		d.pmentionAt = map[int]int{}
	}
	d.pmentionAt[s] = e
}

// plainEnd reports whether a name plainly ends at e: at punctuation, the
// end of the text, or before a function word that starts no word with the
// characters after it (到, 为, 的).
func (d *docState) plainEnd(e int) bool {
	r, _ := d.runeAt(e)
	if e >= len(d.s) || !isHan(r) {
		return true
	}
	return strings.ContainsRune(funcChars, r) && !d.wordPast(e, e+utf8.RuneLen(r))
}

// funcChars are function words that plainly end a name before them.
const funcChars = "为的在和与及是到赴从向对于"

// weakTail are characters that rarely end a given name but often start the
// next word.
const weakTail = "的在对和及与等是也就将到为从向同并以已被把让给说称一因昨"

// boundaryLen is the length of the lexicon word that may follow a name at
// e (a title, a verb of the meeting, a body...), 0 if none.
func (d *docState) boundaryLen(e int) int {
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
func (d *docState) boundary(e int) bool {
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

// name parses a person's name at p. anchored says a title or other strong
// context introduces it: there the tagger's name wins over the rules'
// reading unless the tagger finds the rules' reading nearly as good.
func (d *docState) name(p int, anchored bool) (int, bool) {
	e, ok := d.ruleName(p, anchored)
	if !anchored || d.x.model == nil && !d.x.hasNames {
		return e, ok
	}
	m, mok := d.modelPersonAt(p)
	switch {
	case !mok && ok && !d.userNameAt(p) && d.x.model != nil && !strings.Contains(d.s[p:e], "某") && d.margin(p, e) > vetoMargin:
		return 0, false // the tagger finds a name there far-fetched
	case !mok && ok && !d.userNameAt(p) && d.x.model != nil && d.plainWord(p, e):
		return 0, false // neither the tagger nor the segmenter reads a name (记者查询)
	case !mok:
		return e, ok
	case !ok && d.commonWord(p, m):
		return e, ok // a word the segmenter knows is no name (导演单元)
	case !ok || m == e:
		return m, true
	case m > e && strings.ContainsAny(d.s[p:m], "·•・"):
		return m, true // the rest of a name with a dot
	case d.userNameAt(p):
		return m, true // the user's name
	case m > e && strings.ContainsRune(weakTail, d.s2rune(e)):
		return e, true // the tagger took a function word (任命崔某为: 为)
	case m < e && d.wordPast(m, e) && !d.plainEnd(e):
		return m, true // the rules' last character starts the next word (徐某来到现场, 周某关于)
	case strings.Contains(d.s[p:e], "某"):
		return e, true // an anonymized name (雷某风), which the tagger rarely saw
	case m < e && d.plainEnd(e) && !d.wordPast(m, e) && !strings.ContainsRune(weakTail, d.s2rune(m)):
		return e, true // the rules' name ends plainly before a function word (高某杰到)
	case d.margin(p, e) < ruleMargin:
		return e, true
	}
	return m, true
}

// ruleName parses a person's name at p by the dictionary rules: a surname
// and one or two characters, or a foreign or minority name.
func (d *docState) ruleName(p int, anchored bool) (int, bool) {
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
	}
	isSur := func(e *lexicon.Entry) bool { return e.Kind == lexicon.Surname }
	sn, ses := d.longest(p, isSur)
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
	if d.tokenVeto(p, sn, anchored, ses[0].Attr("rare") == "1") {
		return 0, false
	}
	if len(ends) == 2 {
		third, _ := utf8.DecodeLastRuneInString(d.s[:ends[1]])
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
		if r, _ := d.runeAt(ends[1]); !strings.ContainsRune("为的在和与及是到赴从向对于", r) && !(d.boundary(ends[1]) && !strings.ContainsRune(weakTail, third)) {
			d.segment(ends[0])
			if tk, ok := d.tokAt[ends[0]]; ok && tk.End > ends[1] && strings.Contains(" v vn c d p ", " "+tk.Tag+" ") && d.tokAt[p].End != ends[1] {
				if d.nounWord(p, ends[0]) {
					return 0, false // 导演单元尽管: 单元 is a word
				}
				return ends[0], true
			}
		}
		if d.boundary(ends[1]) && !strings.ContainsRune(weakTail, third) {
			return ends[1], true
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

// translit holds the characters of transliterated foreign names and of
// Uyghur and other minority names written with a dot (约翰·史密斯,
// 阿依古丽·买买提).
const translit = "阿埃艾爱安昂奥巴拔班邦保贝本比彼毕宾波伯勃博布查察达代戴丹道德邓迪蒂丁东杜顿多厄恩尔法范菲费芬丰夫弗福富盖甘冈高戈哥格根古瓜圭哈海汉豪赫黑亨洪胡华怀霍基吉济加贾杰捷金卡凯坎康考柯科克肯库夸奎拉莱赖兰朗劳勒雷蕾里理丽利莉连列林琳刘龙卢鲁路伦罗洛吕马玛迈麦曼梅蒙米密敏明莫墨姆穆纳娜奈南内尼妮涅宁纽努诺欧帕潘庞佩彭皮珀坡普奇齐恰乔琼丘萨塞桑瑟森沙莎尚舍什史舒斯松苏索塔泰坦汤唐特滕提廷通图托瓦万旺威韦维温翁沃乌伍武西希锡谢辛休雅亚扬耶伊因英尤于约泽扎詹朱祖佐翰得夏汀琴娅丝黛薇芙蒲鲍凡杨贡楚茨娃吐逊江不都热合依买孜木力汗吾罕默素甫旦则玉拜"

// mongol holds the characters of Mongolian names written without a dot
// (巴图孟和, 乌云其其格).
const mongol = "巴图孟和乌云其格宝音朝鲁那仁满都拉苏日娜额尔德尼敖特根毕力呼斯楞坦仓吉雅达来琴高娃哈包布赫金花塔萨兰胡阿木古嘎吐敦白扎道旺沁其木伦"

// mongolName returns the end of a Mongolian name of four to six
// characters at p that a boundary ends, or 0: longer than any Han name.
func (d *docState) mongolName(p int) int {
	q, n := d.runOf(p, p, mongolSet, 6)
	for ; n >= 4; n-- {
		if r, _ := d.runeAt(q); !isHan(r) || d.boundary(q) {
			return q
		}
		_, sz := utf8.DecodeLastRuneInString(d.s[:q])
		q -= sz
	}
	return 0
}

// translitSet and mongolSet hold the runes of translit and mongol, for
// lookups at every name candidate.
var translitSet, mongolSet = runeSet(translit), runeSet(mongol)

func runeSet(s string) map[rune]bool {
	m := map[rune]bool{}
	for _, r := range s {
		m[r] = true
	}
	return m
}

// runOf returns the end of the run of at most max characters of set at
// q, and its length in characters; a name that starts at p does not span
// a lost character.
func (d *docState) runOf(p, q int, set map[rune]bool, max int) (int, int) {
	n := 0
	for n < max {
		r, sz := d.runeAt(q)
		if sz == 0 || !set[r] || d.t.BreakWithin(p, q+sz) {
			break
		}
		q += sz
		n++
	}
	return q, n
}

// foreignName returns the end of a transliterated foreign name at p, parts
// of transliteration characters joined by a middle dot (约翰·丁加特), or 0.
// Only a title anchors one: without the dot such names are words.
func (d *docState) foreignName(p int) int {
	q, dots := p, 0
	last := p // start of the last part
	for {
		last = q
		var n int
		q, n = d.runOf(p, q, translitSet, 8)
		if n == 0 || dots == 0 && n < 2 {
			return 0
		}
		r, sz := d.runeAt(q)
		if r != '·' && r != '•' && r != '・' && r != '-' {
			break
		}
		if r2, _ := d.runeAt(q + sz); !translitSet[r2] {
			break
		}
		q += sz
		dots++
	}
	// The last part ends before a word that runs past it (阿依古丽·买买提
	// 通报: not 买买提通).
	if dots > 0 {
		d.segment(last)
		_, first := d.runeAt(last)
		for i := last + first; i < q; {
			if tk, ok := d.tokAt[i]; ok && tk.End > q {
				q = i
				break
			}
			_, sz := d.runeAt(i)
			i += sz
		}
	}
	if dots == 0 {
		// Without a dot, only a long run that ends a word and reads as
		// Russian or German (马卡罗夫, 梅德韦杰夫, 施泰因迈尔).
		n := utf8.RuneCountInString(d.s[p:q])
		if n < 4 || n > 7 {
			return 0
		}
		typical := 0
		for _, r := range d.s[p:q] {
			if strings.ContainsRune("夫斯基尔克特姆德茨娃诺维奇耶", r) {
				typical++
			}
		}
		if last, _ := utf8.DecodeLastRuneInString(d.s[p:q]); typical < 2 && !strings.ContainsRune("夫娃奇基", last) {
			return 0
		}
	}
	return q
}

// nounWord reports whether the segmenter reads [p, e) as one common noun
// that no boundary follows: a word, not a two-character name.
func (d *docState) nounWord(p, e int) bool {
	d.segment(p)
	tk, ok := d.tokAt[p]
	return ok && tk.End == e && tk.Tag == "n" && !d.boundary(e)
}

// titleWordAt reports whether a title, a form of address or a verb of the
// meeting of n bytes starts at p (任组长: 组长 is no given name).
func (d *docState) titleWordAt(p, n int) bool {
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
func (d *docState) tokenVeto(p, sn int, anchored, rare bool) bool {
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
		switch nx.Tag {
		case "p", "c", "m", "q", "r":
			return true
		case "d":
			return utf8.RuneCountInString(nx.Text) == 1
		case "n", "vn", "a":
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

// functionSurnames are common surnames that are also function words
// (曾经, 于是): after a title the segmenter decides.
const functionSurnames = "曾于"

// vetoTag reports whether a part-of-speech tag marks a word no name
// starts: verbs, adverbs, prepositions, conjunctions and the like.
func vetoTag(tag string) bool {
	switch tag {
	case "v", "vn", "d", "p", "c", "u", "m", "q", "r", "f", "a", "ad", "t":
		return true
	}
	return strings.HasPrefix(tag, "u")
}

// segment segments the clause around byte p unless that is done.
func (d *docState) segment(p int) {
	if d.sentEnds == nil {
		// Ends of sentences (byte after the terminator), found once.
		for i, r := range d.s {
			if isClauseEnd(r) {
				d.sentEnds = append(d.sentEnds, i+utf8.RuneLen(r))
			}
		}
		d.sentEnds = append(d.sentEnds, len(d.s))
		d.segDone = map[int]bool{}
		d.tokAt = map[int]segment.Token{}
	}
	k := sort.SearchInts(d.sentEnds, p+1) // first end after p
	a := 0
	if k > 0 {
		a = d.sentEnds[k-1]
	}
	if d.segDone[a] {
		return
	}
	d.segDone[a] = true
	for _, tk := range d.x.seg.Cut(d.s[a:d.sentEnds[k]]) {
		tk.Start += a
		tk.End += a
		d.tokAt[tk.Start] = tk
	}
}

// longest is Lexicon.Longest on the document, with the words found at
// each position computed once: the rules ask at one position for several
// kinds in turn.
func (d *docState) longest(p int, keep func(*lexicon.Entry) bool) (int, []*lexicon.Entry) {
	if p >= len(d.s) {
		return 0, nil
	}
	return lexicon.LongestOf(d.matches(p), keep)
}

// scratch holds the per-position memos of one document; an Extractor
// keeps them in a pool, so documents reuse the memory.
type scratch struct {
	mOff   []int32 // lexicon matches at a byte: 0 not yet looked up, else 1+start in pool
	mCnt   []uint8
	pool   []lexicon.Match
	bp     []*bodyPhrase // body phrase at a byte, once bpDone
	bpDone []bool

	// The tagger's buffers.
	runes  []rune
	starts []int
	obs    []uint32
	tag    tagger.Scratch
}

func (sc *scratch) reset(n int) {
	if cap(sc.mOff) < n {
		sc.mOff, sc.mCnt = make([]int32, n), make([]uint8, n)
		sc.bp, sc.bpDone = make([]*bodyPhrase, n), make([]bool, n)
	} else {
		sc.mOff, sc.mCnt = sc.mOff[:n], sc.mCnt[:n]
		sc.bp, sc.bpDone = sc.bp[:n], sc.bpDone[:n]
		clear(sc.mOff)
		clear(sc.bp)
		clear(sc.bpDone)
	}
	clear(sc.pool)
	sc.pool = sc.pool[:0]
}

// matches returns the lexicon words starting at byte p, longest first,
// looked up once per document.
func (d *docState) matches(p int) []lexicon.Match {
	sc := d.sc
	if sc.mOff[p] == 0 {
		a := len(sc.pool)
		sc.pool = d.x.lex.All(d.s, p, sc.pool)
		sc.mOff[p], sc.mCnt[p] = int32(a+1), uint8(len(sc.pool)-a)
	}
	a := int(sc.mOff[p] - 1)
	return sc.pool[a : a+int(sc.mCnt[p]) : a+int(sc.mCnt[p])]
}

// mayStart reports whether a chain or phrase could start at i: every one
// starts with a place, level, body, outlet or title word, except a
// township the gazetteer lacks and an outlet cut short by lost
// characters, which ends at a break close by.
func (d *docState) mayStart(i int) bool {
	for _, m := range d.matches(i) {
		for _, e := range m.Entries {
			switch e.Kind {
			case lexicon.Place, lexicon.Level, lexicon.Body, lexicon.Outlet, lexicon.Role, lexicon.RoleMod:
				return true
			}
		}
	}
	if d.townSuffixNear(i) || strings.HasPrefix(d.s[i:], "团") || d.afterClauseMark(i) || partyPrefixAt(d.s[i:]) != "" {
		return true
	}
	bi := sort.SearchInts(d.t.Breaks, i+1)
	return bi < len(d.t.Breaks) && d.t.Breaks[bi]-i <= maxLostOutlet
}

// isClauseEnd reports whether r ends the pieces segment cuts out:
// clauses. gojieba splits its input at every punctuation mark anyway, so a
// clause gets the same words alone as in its document.
func isClauseEnd(r rune) bool {
	switch r {
	case '。', '!', '?', ';', '\n', ',', '、', ':', '(', ')', '“', '”', '《', '》':
		return true
	}
	return false
}

// findKnownNames marks every further occurrence of a recognized name.
func (d *docState) findKnownNames() {
	// covered[i] is true for normalized bytes inside a person mention.
	covered := make([]bool, len(d.s))
	mark := func(s, e int) {
		for i := s; i < e; i++ {
			covered[i] = true
		}
	}
	free := func(s, e int) bool {
		for i := s; i < e; i++ {
			if covered[i] {
				return false
			}
		}
		return true
	}
	for _, m := range d.pmentions {
		mark(m.ns, m.ne)
	}
	names := make([]string, 0, len(d.persons))
	for n := range d.persons {
		names = append(names, n)
	}
	sort.Slice(names, func(i, j int) bool {
		return len(names[i]) > len(names[j]) || len(names[i]) == len(names[j]) && names[i] < names[j]
	})
	for _, n := range names {
		for off := 0; ; {
			k := strings.Index(d.s[off:], n)
			if k < 0 {
				break
			}
			s, e := off+k, off+k+len(n)
			off = e
			if !free(s, e) || d.t.BreakWithin(s, e) {
				continue
			}
			mark(s, e)
			d.pmentions = append(d.pmentions, Mention{Type: "person", Text: n, ns: s, ne: e})
		}
	}
}

// maxLostOutlet is how far (bytes) before a break an outlet name cut short
// by lost characters may start.
const maxLostOutlet = 18
