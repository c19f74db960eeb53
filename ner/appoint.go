package ner

import (
	"strings"
	"unicode/utf8"

	"github.com/orggraph/orggraph/ner/lexicon"
)

// Appointment and removal sentences, as personnel notices write them:
//
//	任命NAME为TITLES        appointed
//	提名NAME为TITLES(人选)  nominated
//	免去NAME(的)TITLES职务  removed
//	NAME(同志)任TITLES      appointed (also 出任, 担任)
//	NAME(同志)不再担任TITLES removed
//	NAME当选(为)TITLES      elected
//
// TITLES is a title sequence ([body] role, joined by 、); NAME may be
// followed by 同志.

// forward keywords take the name after them.
var appointFwd = []struct{ kw, status, link string }{
	{"任命", "appointed", "为"},
	{"提名", "nominated", "为"},
	{"选举", "elected", "为"},
	{"免去", "removed", ""},
	{"推选", "elected", "为"},
	{"补选", "elected", "为"},
}

// backward keywords follow the name.
var appointBack = []struct{ kw, status string }{
	{"不再担任", "removed"},
	{"辞去", "removed"},
	{"当选为", "elected"},
	{"当选", "elected"},
	{"出任", "appointed"},
	{"担任", "appointed"},
	{"调任", "appointed"},
	{"转任", "appointed"},
	{"升任", "appointed"},
	{"改任", "appointed"},
	{"曾任", "former"},
	{"历任", "former"},
	{"原任", "former"},
	{"任", "appointed"},
}

// appointments finds the appointment sentences of the document and the
// names a cue follows, in one pass over the text.
func (d *docState) appointments() {
	for k, r := range d.s {
		if r >= 0x10000 || cueFirst[r] == 0 {
			continue
		}
		for _, f := range appointFwd {
			if strings.HasPrefix(d.s[k:], f.kw) {
				d.appointFwd(k, f.kw, f.link, f.status)
			}
		}
		for _, b := range appointBack {
			if strings.HasPrefix(d.s[k:], b.kw) {
				d.appointBack(k, b.kw, b.status)
			}
		}
		if cueFirst[r]&cueName != 0 {
			d.cuedName(k)
		}
		if r == '(' {
			d.bracketTitles(k)
		}
		if cueFirst[r]&cuePost != 0 {
			d.postTitle(k)
		}
		if (r == '原' || r == '曾') && (strings.HasPrefix(d.s[k:], "原任") || strings.HasPrefix(d.s[k:], "曾任")) {
			d.formerOf(k + len("原任"))
		}
		if r == '当' && strings.HasPrefix(d.s[k:], "当选为") {
			d.electedList(k + len("当选为"))
		}
		if r == '提' && strings.HasPrefix(d.s[k:], "提名为") {
			d.nominatedAfter(k, k+len("提名为"))
		}
	}
}

// formerOf reads 原任TITLES的NAME at q: the posts the person held
// before (原任江苏南京市溧水区委书记的谢某,调任…).
func (d *docState) formerOf(q int) {
	items, p := d.titles(q)
	if len(items) == 0 || !strings.HasPrefix(d.s[p:], "的") {
		return
	}
	p += len("的")
	e, ok := d.name(p, true)
	if !ok {
		return
	}
	d.record(items, [][2]int{{p, e}}, "former")
}

// electedList reads the names listed after the titles they were elected
// to: 当选为副市长的分别是:甲、乙、丙.
func (d *docState) electedList(q int) {
	items, p := d.titles(q)
	if len(items) == 0 || !strings.HasPrefix(d.s[p:], "的") {
		return
	}
	p += len("的")
	for _, w := range []string{"分别是", "分别为", "是", "有", "为"} {
		if strings.HasPrefix(d.s[p:], w) {
			p += len(w)
			break
		}
	}
	names := d.nameList(skipSpace(d.s, skipPrefix(d.s, p, ":")), "、", ",")
	if len(names) > 0 {
		d.record(items, names, "elected")
	}
}

// nominatedAfter reads 提名为TITLES候选人 at k that follows an appointment
// of the same person in the sentence (甲任某乡党委副书记,提名为乡长候选人).
func (d *docState) nominatedAfter(k, q int) {
	for i := len(d.holds) - 1; i >= 0; i-- {
		h := d.holds[i]
		if h.end > k || strings.ContainsAny(d.s[h.end:k], "。;\n") {
			continue
		}
		if _, ok := d.name(k, true); ok {
			return // 提名为 with its own name is 提名NAME为…
		}
		items, _ := d.titles(q)
		if len(items) == 0 {
			return
		}
		if it := &items[0]; it.entry.Attr("head") != "" && it.body == nil && it.place == nil {
			it.chainBody = h.body // 乡长 of the township just named
		}
		d.record(items, [][2]int{{h.ns, h.ne}}, "nominated")
		return
	}
}

// postTitles are the titles written after a name, of the members of
// the CPPCC and deputies to the people's congress (王某委员建议), with the
// kind of body they sit in.
var postTitles = []struct{ title, kind string }{{"委员", "cppcc"}, {"代表", "congress"}}

// postVerbs follow a name and its title in a clause about what a member
// proposed or said.
var postVerbs = []string{"建议", "认为", "表示", "提出", "指出", "呼吁", "说", "发言", "介绍"}

// postTitle reads NAME委员建议… at k: the name, and the title held in the
// CPPCC (or the congress) the document wrote last before it.
func (d *docState) postTitle(k int) {
	for _, pt := range postTitles {
		if !strings.HasPrefix(d.s[k:], pt.title) {
			continue
		}
		e := k + len(pt.title)
		if !hasAnyPrefix(d.s[e:], postVerbs...) && !strings.HasPrefix(d.s[e:], ",") {
			return
		}
		s, ok := d.nameEndingAt(k)
		if !ok || !d.plainName(s, k) || d.commonWord(s, k) {
			return
		}
		entry := d.x.lex.Get(pt.title, lexicon.Role)
		if entry == nil {
			return
		}
		it := roleItem{start: k, end: e, text: pt.title, entry: entry}
		d.recent(s, func(bp *bodyPhrase) bool {
			if len(bp.cores) > 0 && bodyKind(bp.cores) == pt.kind {
				it.inherited = bp
				return false
			}
			return true
		})
		d.record([]roleItem{it}, [][2]int{{s, k}}, "")
	}
}

// bracketTitles reads the titles a name carries in brackets after it, as
// lists of attendees write them: 阳某辉(县委书记)、谌某亮(县委副书记、县长).
func (d *docState) bracketTitles(k int) {
	items, p := d.titles(k + 1)
	if len(items) == 0 || !strings.HasPrefix(d.s[p:], ")") {
		return
	}
	s, ok := d.nameEndingAt(k)
	if !ok || !d.plainName(s, k) {
		return
	}
	d.appointment(s, k, k+1, "")
}

// appointFwd reads 任命NAME为TITLES at k, and the list a colon opens
// (任命:\nA为…;\nB为…。), one item a line or clause.
func (d *docState) appointFwd(k int, kw, link, status string) {
	off := k + len(kw)
	list := false
	if strings.HasPrefix(d.s[off:], ":") {
		off++
		list = true
	}
	for {
		off = skipSpace(d.s, off)
		e, ok := d.name(off, true)
		if !ok && link != "" {
			// The names carry their present titles: 推选自治州党委书记
			// 甲为代表团团长.
			if items, p := d.titles(off); len(items) > 0 {
				if e, ok = d.name(p, true); ok {
					off = p
				}
			}
		}
		if !ok {
			return
		}
		// Names listed share the titles: 选举甲、乙、丙为副省长; each
		// may carry its present titles (推选甲和某局局长乙为副团长).
		names := d.nameList(off, "、", "和", "及")
		if len(names) == 0 {
			names = [][2]int{{off, e}}
		}
		for link != "" {
			q := skipPrefix(d.s, names[len(names)-1][1], "同志")
			sep := 0
			for _, x := range []string{"和", "及"} {
				if strings.HasPrefix(d.s[q:], x) {
					sep = len(x)
				}
			}
			if sep == 0 {
				break
			}
			items, p := d.titles(q + sep)
			if len(items) == 0 {
				break
			}
			more := d.nameList(p, "、", "和", "及")
			if len(more) == 0 {
				break
			}
			names = append(names, more...)
		}
		// …also when a count closes the list: 任命甲、乙等18人为,
		// 补选甲、乙、丙3名同志为.
		q := d.skipCount(skipPrefix(d.s, names[len(names)-1][1], "同志"))
		switch {
		case link != "" && strings.HasPrefix(d.s[q:], link):
			q += len(link)
		case link == "":
			q = skipPrefix(d.s, q, "的")
		default:
			return
		}
		for _, nm := range names {
			d.appointment(nm[0], nm[1], q, status)
		}
		_, p := d.titles(q)
		p = skipPrefix(d.s, p, "职务")
		if p == q || p >= len(d.s) || !strings.ContainsRune(";,\n", rune(d.s[p])) {
			return
		}
		if !list {
			// The sentence goes on with the next appointment of the
			// same kind: 任命甲为…副主任,乙为…主任.
			ns := skipSpace(d.s, p+1)
			ne, ok := d.name(ns, true)
			if !ok && link != "" {
				if items, tp := d.titles(ns); len(items) > 0 {
					ne, ok = d.name(tp, true)
				}
			}
			switch {
			case !ok:
				return
			case link == "":
				// 免去甲的…职务;乙的…职务: the next removal names its
				// person before 的.
				if !strings.HasPrefix(d.s[skipPrefix(d.s, ne, "同志"):], "的") {
					return
				}
			case !strings.Contains(d.s[ne:min(len(d.s), ne+240)], link):
				return
			}
		}
		off = p + 1
	}
}

// skipSpace returns the offset of the first byte at or after i that is
// no space or line break.
func skipSpace(s string, i int) int {
	for i < len(s) && (s[i] == ' ' || s[i] == '\n' || s[i] == '\t' || s[i] == '\r') {
		i++
	}
	return i
}

// appointBack reads NAME(同志)任TITLES with the keyword at k.
func (d *docState) appointBack(k int, kw, status string) {
	end := k
	// 提出辞去, 分别提出辞去, 申请辞去: the name is before the request;
	// 甲、乙两名同志分别以全票当选为: before the count.
	for again := true; again; {
		again = false
		for _, w := range requestWords {
			if strings.HasSuffix(d.s[:end], w) {
				end -= len(w)
				again = true
			}
		}
		if c := d.countBefore(end); c < end {
			end, again = c, true
		}
	}
	end = d.beforeComrade(end)
	s, ok := d.nameEndingAt(end)
	if !ok {
		// A name a title chain took (院长易某担任审判长): a function it
		// serves in, no appointment.
		s, ok = d.mentionEndingAt(end)
		if ok && (kw == "担任" || kw == "任" || kw == "出任") {
			status = ""
		}
	}
	if !ok {
		s, ok = d.modelPersonEndingAt(end) // 赛尔建·乌合拜当选为
	}
	if !ok && strings.HasSuffix(d.s[:end], ",") && (kw == "调任" || kw == "转任" || kw == "升任" || kw == "出任") {
		// 原任…的谢某,调任…: the name a relative clause described.
		if s2, ok2 := d.mentionEndingAt(end - 1); ok2 && strings.HasSuffix(d.s[:s2], "的") {
			s, end, ok = s2, end-1, true
		}
	}
	if !ok {
		return
	}
	names := [][2]int{{s, end}}
	// Names listed before it share the titles: 易华、黄伟当选为….
	for {
		sep := ""
		for _, x := range []string{"、", "和", "及"} {
			if strings.HasSuffix(d.s[:s], x) {
				sep = x
			}
		}
		if sep == "" {
			break
		}
		e := d.beforeComrade(s - len(sep))
		s2, ok := d.nameEndingAt(e)
		if !ok {
			s2, ok = d.modelPersonEndingAt(e) // 古丽巴尔琴·赛力克拜、…当选为
		}
		if !ok {
			break
		}
		names = append(names, [2]int{s2, e})
		s = s2
	}
	q := k + len(kw)
	// …unless 分别 gives each name its own title, in order: 甲、乙分别
	// 当选为镇长和镇人大主席团主席.
	if len(names) > 1 && strings.Contains(d.s[names[0][1]:k], "分别") {
		starts := d.titleGroups(q)
		if len(starts) == len(names) {
			for i, nm := range names {
				d.appointment(nm[0], nm[1], starts[len(names)-1-i], status)
			}
			return
		}
	}
	for _, nm := range names {
		d.appointment(nm[0], nm[1], q, status)
	}
}

// requestWords may stand between a name and the post it resigns or takes.
var requestWords = []string{"提出", "申请", "请求", "分别", "已", "以全票", "全票", "同志"}

// countClassifiers follow the number that closes a list of names.
const countClassifiers = "名位人个"

// isNumeral reports whether r writes a number (3, 三, 两, 十).
func isNumeral(r rune) bool {
	return r >= '0' && r <= '9' || strings.ContainsRune("一二三四五六七八九十两百", r)
}

// skipCount returns the offset after the count that closes a list of
// names at q (等18人, 3名同志, 三位同志, 等领导同志), or q.
func (d *docState) skipCount(q int) int {
	p := skipPrefix(d.s, q, "等")
	n := p
	for {
		r, w := d.runeAt(n)
		if w == 0 || !isNumeral(r) {
			break
		}
		n += w
	}
	if n > p {
		r, w := d.runeAt(n)
		if !strings.ContainsRune(countClassifiers, r) {
			return q
		}
		n += w
	} else if p == q {
		return q
	}
	n = skipPrefix(d.s, n, "领导")
	n = skipPrefix(d.s, n, "同志")
	return n
}

// countBefore returns the start of a count that ends at e and closes a
// list of names before it (甲、乙两名 before 同志分别当选), or e.
func (d *docState) countBefore(e int) int {
	r, w := utf8.DecodeLastRuneInString(d.s[:e])
	if !strings.ContainsRune(countClassifiers, r) {
		if strings.HasSuffix(d.s[:e], "等") {
			return e - len("等")
		}
		return e
	}
	p := e - w
	for p > 0 {
		r, w := utf8.DecodeLastRuneInString(d.s[:p])
		if !isNumeral(r) {
			break
		}
		p -= w
	}
	if p == e-w {
		return e
	}
	if strings.HasSuffix(d.s[:p], "等") {
		p -= len("等")
	}
	return p
}

// titleGroups returns the starts of the title sequences at q joined by
// 和, 及 or 、 (镇长和镇人大主席团主席: two).
func (d *docState) titleGroups(q int) []int {
	var starts []int
	for {
		items, p := d.titles(q)
		if len(items) == 0 {
			return starts
		}
		starts = append(starts, q)
		n := 0
		for _, sep := range []string{"和", "及", "、"} {
			if strings.HasPrefix(d.s[p:], sep) {
				n = len(sep)
			}
		}
		if n == 0 {
			return starts
		}
		q = p + n
	}
}

// beforeComrade steps back over a 同志 that ends at e.
func (d *docState) beforeComrade(e int) int {
	if strings.HasSuffix(d.s[:e], "同志") {
		return e - len("同志")
	}
	return e
}

// cueFirst marks the first characters of the keywords: appointments
// forward (cueFwd) and backward (cueBack), and name cues (cueName), so a
// single pass over the text finds them all.
var cueFirst = func() *[0x10000]uint8 {
	var t [0x10000]uint8
	mark := func(bit uint8, kw string) {
		r, _ := utf8.DecodeRuneInString(kw)
		t[r] |= bit
	}
	for _, f := range appointFwd {
		mark(cueFwd, f.kw)
	}
	for _, b := range appointBack {
		mark(cueBack, b.kw)
	}
	t['('] |= cueBracket
	for _, pt := range postTitles {
		mark(cuePost, pt.title)
	}
	for _, c := range nameCues {
		mark(cueName, c)
	}
	return &t
}()

const (
	cueFwd uint8 = 1 << iota
	cueBack
	cueName
	cueBracket
	cuePost
)

// nameCues follow a person's name at the start of a clause: forms of
// address (尚德明同志) and verbs of speech (王某指出, 叶某认为).
var nameCues = []string{"同志", "先生", "女士", "表示", "指出", "强调", "认为", "介绍", "透露", "坦言", "告诉", "说", "称"}

// bios reads the personnel profiles of appointment notices and
// publicity lists: NAME,男,汉族,…,现任TITLES,拟任TITLES。 现任 gives the
// posts held, 拟任 and 拟提名 the posts nominated for.
func (d *docState) bios() {
	for _, sex := range []string{",男,", ",女,"} {
		for off := 0; ; {
			k := strings.Index(d.s[off:], sex)
			if k < 0 {
				break
			}
			k += off
			off = k + len(sex)
			s, ok := d.nameEndingAt(k)
			if !ok {
				continue
			}
			if !d.mentioned(s, k) {
				d.addPerson(s, k)
			}
			end := strings.IndexAny(d.s[off:], "。\n")
			if end < 0 {
				end = len(d.s) - off
			}
			sentence := d.s[off : off+end]
			for _, c := range []struct{ cue, status string }{{"现任", ""}, {"拟任", "nominated"}, {"拟提名为", "nominated"}, {"拟推荐为", "nominated"}} {
				for j := 0; ; {
					i := strings.Index(sentence[j:], c.cue)
					if i < 0 {
						break
					}
					q := off + j + i + len(c.cue)
					j += i + len(c.cue)
					if items, _ := d.titles(q); len(items) > 0 {
						d.record(items, [][2]int{{s, k}}, c.status)
					}
				}
			}
			// The career, anywhere in the paragraph: 曾任…,…等职.
			pe := strings.IndexByte(d.s[off:], '\n')
			if pe < 0 {
				pe = len(d.s) - off
			}
			para := d.s[off : off+pe]
			for _, cue := range []string{"曾任", "历任"} {
				for j := 0; ; {
					i := strings.Index(para[j:], cue)
					if i < 0 {
						break
					}
					q := off + j + i + len(cue)
					j += i + len(cue)
					d.appointment(s, k, q, "former")
				}
			}
		}
	}
}

// listLabels introduce lists of names after a colon in minutes and
// notices: 参加人员:甲、乙; 列席:丙.
var listLabels = []string{"人员", "领导", "名单", "出席", "参加", "列席", "参会"}

// labelLists finds the names listed after a label and a colon.
func (d *docState) labelLists() {
	for off := 0; ; {
		k := strings.IndexByte(d.s[off:], ':')
		if k < 0 {
			return
		}
		k += off
		off = k + 1
		if !hasAnySuffix(d.s[:k], listLabels...) {
			continue
		}
		d.listed(skipSpace(d.s, k+1))
	}
}

// nameList returns the names listed at q, joined by one of seps, until
// something else than a name follows; 同志 after a name is passed over.
func (d *docState) nameList(q int, seps ...string) [][2]int {
	var names [][2]int
	for {
		e, ok := d.name(q, true)
		if !ok {
			return names
		}
		names = append(names, [2]int{q, e})
		q = skipPrefix(d.s, e, "同志")
		sep := ""
		for _, x := range seps {
			if strings.HasPrefix(d.s[q:], x) {
				sep = x
				break
			}
		}
		if sep == "" {
			return names
		}
		q += len(sep)
	}
}

// listed adds the persons of a list of names (参加人员:甲、乙).
func (d *docState) listed(q int) {
	for _, nm := range d.nameList(q, "、", ",", "和", "及", "与") {
		if !d.mentioned(nm[0], nm[1]) {
			d.addPerson(nm[0], nm[1])
		}
	}
}

// rosters reads lists of leaders written a line each, the name then its
// titles after spaces: "彭某强  县委书记".
func (d *docState) rosters() {
	for off := 0; off < len(d.s); {
		end := strings.IndexByte(d.s[off:], '\n')
		if end < 0 {
			end = len(d.s)
		} else {
			end += off
		}
		line := off
		off = end + 1
		s := skipSpace(d.s, line)
		e, ok := d.name(s, true)
		if !ok || e >= end || d.s[e] != ' ' && d.s[e] != '\t' {
			continue
		}
		q := skipSpace(d.s[:end], e)
		items, p := d.titles(q)
		if len(items) == 0 || strings.TrimSpace(d.s[p:end]) != "" {
			continue
		}
		d.record(items, [][2]int{{s, e}}, "")
	}
}

// attendeeLists finds the names listed after 有 in a sentence about who
// attended: 出席大会的市领导有:曹某、阳某; 出席会议的还有李某、王某.
func (d *docState) attendeeLists() {
	d.labelLists()
	for off := 0; ; {
		k := strings.Index(d.s[off:], "有")
		if k < 0 {
			return
		}
		k += off
		off = k + len("有")
		// Only 有: or 还有, 领导有, 的有 introduce a list (not 有关).
		if !strings.HasPrefix(d.s[off:], ":") && !hasAnySuffix(d.s[:k], "还", "领导", "的", "同志") {
			continue
		}
		start := strings.LastIndexAny(d.s[:k], "。!?;\n") + 1
		clause := d.s[start:k]
		if !strings.Contains(clause, "出席") && !strings.Contains(clause, "参加") && !strings.Contains(clause, "列席") && !strings.Contains(clause, "陪同") {
			continue
		}
		d.listed(skipPrefix(d.s, off, ":"))
	}
}

// cuedName takes the name that a cue at k follows at the start of a
// clause, unless a title chain took it.
func (d *docState) cuedName(k int) {
	for _, cue := range nameCues {
		if !strings.HasPrefix(d.s[k:], cue) {
			continue
		}
		address := cue == "同志" || cue == "先生" || cue == "女士"
		if s, ok := d.nameEndingAt(k); ok && !d.mentioned(s, k) && (address || d.plainName(s, k) && !d.commonWord(s, k)) {
			d.addPerson(s, k)
		}
	}
}

// mentionEndingAt returns the start of a person mention found so far that
// ends at e.
func (d *docState) mentionEndingAt(e int) (int, bool) {
	for i := len(d.pmentions) - 1; i >= 0; i-- {
		if d.pmentions[i].ne == e {
			return d.pmentions[i].ns, true
		}
	}
	return 0, false
}

// mentioned reports whether a person mention covers [s, e).
func (d *docState) mentioned(s, e int) bool {
	end, ok := d.pmentionAt[s]
	return ok && end == e
}

// appointment records the holds of the name at [ns, ne) for the titles at
// q, if there are titles there and no hold already covers the name.
func (d *docState) appointment(ns, ne, q int, status string) {
	items, _ := d.titles(q)
	if len(items) == 0 {
		// A word of two characters may qualify the post: 任演练总指挥,
		// 担任现场总指挥.
		p := q
		for k := 0; k < 2; k++ {
			r, n := d.runeAt(p)
			if n == 0 || !isHan(r) {
				return
			}
			p += n
		}
		it, ok := d.role(p, nil)
		if !ok || it.entry.Attr("head") != "" {
			return
		}
		items = []roleItem{it}
	}
	for _, h := range d.holds {
		if h.person == d.s[ns:ne] && h.status == status && h.end > q && h.start <= ns {
			return
		}
	}
	// The holds span from the name to the titles.
	for k := range items {
		if items[k].start < ns {
			return
		}
	}
	// A title with no body after an appointment in the same sentence is
	// of that appointment's body (甲当选为某村村委会主任,乙当选为副主任).
	if it := &items[0]; it.body == nil && it.place == nil && it.entry.Attr("head") == "" && it.entry.Attr("media") == "" {
		for k := len(d.holds) - 1; k >= 0; k-- {
			h := d.holds[k]
			if h.status == status && h.body != nil && h.end <= ns && !strings.ContainsAny(d.s[h.end:ns], "。\n") {
				it.inherited = h.body
				break
			}
		}
	}
	d.record(items, [][2]int{{ns, ne}}, status)
	// A career goes on after a comma, post after post, each with its own
	// body: 曾任甲局副调研员,乙市副市长,丙局党组成员、副局长等职.
	if status != "former" {
		return
	}
	// A post the rules cannot read is passed over to the next comma.
	_, p := d.titles(q)
	for n := 0; n < 20; n++ {
		// A bracket after a post (原种场场长, 正县级) is passed over.
		if strings.HasPrefix(d.s[p:], "(") {
			if c := strings.IndexByte(d.s[p:], ')'); c > 0 && c < 40 {
				p += c + 1
			}
		}
		if p >= len(d.s) || d.s[p] != ',' {
			return
		}
		more, e := d.titles(p + 1)
		if len(more) == 0 || more[0].body == nil && more[0].place == nil {
			c := strings.IndexAny(d.s[p+1:], ",。;\n")
			if c < 0 || strings.Contains(d.s[p+1:p+1+c], "等") {
				return
			}
			p += 1 + c
			continue
		}
		d.record(more, [][2]int{{ns, ne}}, status)
		p = e
	}
}

// nameEndingAt finds a name that ends at e and starts after punctuation,
// the start of the text or a word that introduces a decision (决定, 同意).
func (d *docState) nameEndingAt(e int) (int, bool) {
	s := e
	for n := 0; n < 4 && s > 0; n++ {
		_, sz := utf8.DecodeLastRuneInString(d.s[:s])
		s -= sz
		if n < 1 {
			continue
		}
		if !d.clauseStart(s) {
			continue
		}
		if end, ok := d.name(s, true); ok && end == e {
			return s, true
		}
	}
	return 0, false
}

// plainName reports whether the name at [s, e) is not a common word
// character followed by a word: a surname that is also a common
// character (但, 和, 时) counts only where the segmenter reads it as
// part of a name (黄某表示, not 但安某表示).
func (d *docState) plainName(s, e int) bool {
	n, es := d.longest(s, func(en *lexicon.Entry) bool { return en.Kind == lexicon.Surname })
	if n == 0 || es[0].Attr("rare") != "1" {
		return true
	}
	d.segment(s)
	tk, ok := d.tokAt[s]
	return ok && (tk.Tag == "nr" || tk.End == e)
}

// commonWord reports whether the segmenter reads [s, e) as one dictionary
// word that is not a name (司机说, 记者称).
func (d *docState) commonWord(s, e int) bool {
	d.segment(s)
	tk, ok := d.tokAt[s]
	if !ok || tk.End != e {
		return false
	}
	switch tk.Tag {
	case "", "x", "nr", "nrt", "nrfg":
		return false
	}
	return true
}

// clauseStart reports whether a name may start at s in an appointment
// sentence.
func (d *docState) clauseStart(s int) bool {
	if s == 0 {
		return true
	}
	r, _ := utf8.DecodeLastRuneInString(d.s[:s])
	if r == '·' || r == '•' || r == '-' {
		return false // inside a foreign name
	}
	if !isHan(r) {
		return true
	}
	for _, w := range []string{"决定", "同意", "接受", "由", "经", "和", "及", "与", "而", "但", "据"} {
		if strings.HasSuffix(d.s[:s], w) {
			return true
		}
	}
	return false
}

func hasAnySuffix(s string, xs ...string) bool {
	for _, x := range xs {
		if strings.HasSuffix(s, x) {
			return true
		}
	}
	return false
}

func skipPrefix(s string, i int, p string) int {
	if strings.HasPrefix(s[i:], p) {
		return i + len(p)
	}
	return i
}
