package ner

import (
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/orggraph/orggraph/ner/lexicon"
)

// appointStage is the stage of appointments and removals: 任命…为…, …不再担任…职务, elections and nominations, and the bios of personnel notices.
type appointStage struct{ *docState }

// appointments finds the appointment sentences of the document and the
// names a cue follows, in one pass over the text.
func (d *appointStage) appointments() {
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
			d.formerOf(k+len("原任"), "former")
		}
		if cueFirst[r]&cueEnded != 0 {
			d.postsEnded(k)
		}
		if r == '现' && strings.HasPrefix(d.s[k:], "现任") {
			d.formerOf(k+len("现任"), "") // 现任区委副书记、区长的吴某
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
// before (原任江苏南京市溧水区委书记的谢某,调任…), or holds now with 现任
// (status "").
func (d *appointStage) formerOf(q int, status string) {
	items, p := d.titles(q)
	if len(items) == 0 || !strings.HasPrefix(d.s[p:], "的") {
		return
	}
	p += len("的")
	e, ok := d.name(p, true)
	if !ok {
		return
	}
	d.record(items, [][2]int{{p, e}}, status)
}

// electedList reads the names listed after the titles they were elected
// to: 当选为副市长的分别是:甲、乙、丙.
func (d *appointStage) electedList(q int) {
	items, p := d.titles(q)
	if len(items) == 0 || !strings.HasPrefix(d.s[p:], "的") {
		return
	}
	p += len("的")
	for _, w := range electedIntros {
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
func (d *appointStage) nominatedAfter(k, q int) {
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

// appointFwd reads 任命NAME为TITLES at k, and the list a colon opens
// (任命:\nA为…;\nB为…。), one item a line or clause.
func (d *appointStage) appointFwd(k int, kw, link, status string) {
	if kw == "以" && !hasAnySuffix(d.s[:k], "成立", "组建", "产生", "产生了", ",", ":", ";") {
		return // 以…为 names a group's leaders only where it opens a clause
	}
	off := k + len(kw)
	if strings.HasPrefix(d.s[off:], "其") {
		// 免去其…职务: 其 is the person the sentence named last.
		d.pronounPosts(k, off+len("其"), status)
		return
	}
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
			q := d.skipNote(skipPrefix(d.s, names[len(names)-1][1], "同志"))
			sep := 0
			for _, x := range []string{"和", "及", "、", ","} {
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
		q := d.skipCount(d.skipNote(skipPrefix(d.s, names[len(names)-1][1], "同志")))
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
		next := d.skipPronounClause(p + 1)
		if !list {
			// The sentence goes on with the next appointment of the
			// same kind: 任命甲为…副主任,乙为…主任.
			ns := skipSpace(d.s, next)
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
		off = next
	}
}

// skipPronounClause returns the offset after a clause at p that removes
// the person just appointed from a post (免去其县统计局局长职务;) and the
// separator after it, where the list of appointments goes on; else p.
// The removal is read on its own (pronounPosts).
func (d *appointStage) skipPronounClause(p int) int {
	q := skipSpace(d.s, p)
	q = skipPrefix(d.s, q, "同时")
	if !strings.HasPrefix(d.s[q:], "免去其") {
		return p
	}
	k := strings.Index(d.s[q:min(len(d.s), q+240)], "职务")
	if k < 0 {
		return p
	}
	e := q + k + len("职务")
	if e >= len(d.s) || !strings.ContainsRune(";,", rune(d.s[e])) {
		return p
	}
	return e + 1
}

// appointBack reads NAME(同志)任TITLES with the keyword at k.
func (d *appointStage) appointBack(k int, kw, status string) {
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
		if c := d.reasonBefore(end); c < end && kw != "现任" {
			end, again = c, true
		}
	}
	end = d.beforeComrade(end)
	if (kw == "现任" || kw == "曾任" || kw == "历任") && strings.HasSuffix(d.s[:end], ",") {
		end-- // 胡某,现任…县委书记; 胡某,曾任…
	}
	s, ok := d.nameEndingAt(end)
	if !ok && (kw == "代理" || kw == "辞去") {
		// A title after the name: 郑某副区长代理…区长职务.
		if rs, found := d.roleEndingAt(end); found {
			if s2, ok2 := d.nameEndingAt(rs); ok2 {
				s, end, ok = s2, rs, true
			} else if s2, ok2 := d.modelPersonEndingAt(rs); ok2 && strings.ContainsFunc(d.s[s2:rs], isDot) {
				s, end, ok = s2, rs, true // a dotted name, longer than nameEndingAt looks back
			}
		}
	}
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
	if !ok && slices.Contains(careerTakers, kw) {
		// The name a relative clause describes: 2000年参加工作的甲曾任….
		s, ok = d.nameAfterDe(end)
	}
	if !ok && (kw == "曾任" || kw == "历任" || kw == "现任") {
		// A career after a clause about its subject: 甲,长期在基层工作,
		// 曾任….
		if s2, e2, ok2 := d.clauseSubject(end); ok2 {
			s, end, ok = s2, e2, true
		}
	}
	if !ok && (kw == "任" || kw == "调任" || kw == "升任" || kw == "出任") {
		// A dated post in a short profile: 甲,曾任…,2019年10月任….
		if s2, e2, ok2 := d.profileSubject(end); ok2 {
			s, end, ok = s2, e2, true
		}
	}
	if !ok && (kw == "调任" || kw == "转任" || kw == "升任" || kw == "改任" || kw == "不再担任") {
		// A later post of the clause before: 甲任临湘市委副书记、市长,后
		// 转任岳阳市政府秘书长.
		if s2, e2, ok2 := d.earlierAppointee(end); ok2 {
			s, end, ok = s2, e2, true
		}
	}
	if !ok && strings.HasSuffix(d.s[:end], ",") && (kw == "调任" || kw == "转任" || kw == "升任" || kw == "出任") {
		// 原任…的谢某,调任…: the name a relative clause described.
		if s2, ok2 := d.mentionEndingAt(end - 1); ok2 && strings.HasSuffix(d.s[:s2], "的") {
			s, end, ok = s2, end-1, true
		}
	}
	if !ok && kw == "担任" {
		// A place the person serves in between: 甲到村里担任"第一书记".
		for _, prep := range visitPreps {
			if i := strings.LastIndex(d.s[max(0, end-8*len("村")):end], prep); i >= 0 {
				at := max(0, end-8*len("村")) + i
				if strings.ContainsAny(d.s[at:end], ",。;:、") {
					continue
				}
				if s2, ok2 := d.mentionEndingAt(at); ok2 {
					s, end, ok = s2, at, true
					break
				}
			}
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
	q = skipPrefix(d.s, q, "“") // 担任“第一书记”
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
		// …or each one title of a list, in order: 甲、乙分别当选为县长、
		// 副县长.
		if items, _ := d.titles(q); len(starts) == 1 && len(items) == len(names) {
			// A title that writes no body is of the one before it
			// (村党总支书记、副书记).
			for i := 1; i < len(items); i++ {
				if items[i].body == nil && items[i].place == nil {
					items[i].inherited = items[i-1].body
					if items[i].inherited == nil {
						items[i].inherited = items[i-1].inherited
					}
				}
			}
			for i, nm := range names {
				d.record([]roleItem{items[len(names)-1-i]}, [][2]int{nm}, status)
			}
			return
		}
	}
	if items, _ := d.titles(q); len(items) == 0 && len(names) == 1 && (kw == "兼任" || kw == "担任") {
		// The post before 由: 办公室主任由甲同志兼任, 组长由县委书记甲担任
		// (the name's own titles between).
		ns := names[0][0]
		if by := strings.LastIndex(d.s[max(0, ns-120):ns], "由"); by >= 0 {
			by += max(0, ns-120)
			if _, p := d.titles(by + len("由")); p == ns {
				d.postBefore(names[0], by)
				return
			}
		}
	}
	for _, nm := range names {
		d.appointment(nm[0], nm[1], q, status)
	}
}

// postBefore records for the name nm the titles that end at e and start a
// clause (领导小组下设办公室,办公室主任由甲兼任).
func (d *appointStage) postBefore(nm [2]int, e int) {
	cs := strings.LastIndexAny(d.s[:e], ",。;:\n") + 1
	if items, p := d.titles(cs); len(items) > 0 && p == e {
		d.record(items, [][2]int{nm}, "")
	}
}

// titleGroups returns the starts of the title sequences at q joined by
// 和, 及 or 、 (镇长和镇人大主席团主席: two).
func (d *appointStage) titleGroups(q int) []int {
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

// profileSubject returns the name that opens the sentence as a clause of
// its own (甲,曾任…) when a date ends at e after a comma (…,2019年10月),
// the profile's person a dated post is of.
func (d *appointStage) profileSubject(e int) (int, int, bool) {
	q := e
	if strings.HasSuffix(d.s[:q], "月") {
		q -= len("月")
		for q > 0 && d.s[q-1] >= '0' && d.s[q-1] <= '9' {
			q--
		}
	}
	if !strings.HasSuffix(d.s[:q], "年") {
		return 0, 0, false
	}
	q -= len("年")
	n := 0
	for q > 0 && d.s[q-1] >= '0' && d.s[q-1] <= '9' {
		q--
		n++
	}
	if n != 4 || !strings.HasSuffix(d.s[:q], ",") {
		return 0, 0, false
	}
	ss := strings.LastIndexAny(d.s[:q], "。\n") + 1
	ns := skipSpace(d.s, ss)
	ne, ok := d.name(ns, true)
	if !ok || !strings.HasPrefix(d.s[skipPrefix(d.s, ne, "同志"):], ",") {
		return 0, 0, false
	}
	return ns, ne, true
}

// earlierAppointee returns the person appointed in the clause right
// before e, where e follows a comma and an adverb of sequence (,后转任,
// ,随后调任): the last name of the sentence, written right before its own
// 任 or 担任, with no other name after it.
func (d *appointStage) earlierAppointee(e int) (int, int, bool) {
	q := e
	for _, w := range []string{"后", "随后", "之后", "后又", "后来", "又"} {
		if strings.HasSuffix(d.s[:q], w) {
			q -= len(w)
			break
		}
	}
	if !strings.HasSuffix(d.s[:q], ",") {
		return 0, 0, false
	}
	ss := strings.LastIndexAny(d.s[:q], "。!?;\n") + 1
	best := [2]int{-1, -1}
	for _, m := range d.pmentions {
		if m.ns >= ss && m.ne < q && m.ns > best[0] {
			best = [2]int{m.ns, m.ne}
		}
	}
	if best[0] < 0 {
		return 0, 0, false
	}
	c := skipPrefix(d.s, best[1], "同志")
	if !hasAnyPrefix(d.s[c:], "任", "担任", "调任", "转任", "升任", "改任", "出任") {
		return 0, 0, false
	}
	return best[0], best[1], true
}

// clauseSubject returns the name that starts the sentence of e and is
// its subject, one or two clauses before e (甲,长期在基层工作,曾任…): a
// name and a comma at the sentence's start, and between them and e no
// other person or title and no bio's short fields or dates.
func (d *appointStage) clauseSubject(e int) (int, int, bool) {
	ss := strings.LastIndexAny(d.s[:e], "。!?;\n") + 1
	ns := skipSpace(d.s, ss)
	if e-ns > 120 {
		return 0, 0, false
	}
	ne, ok := d.name(ns, true)
	c := skipPrefix(d.s, ne, "同志")
	if !ok || !strings.HasPrefix(d.s[c:], ",") || strings.Count(d.s[c:e], ",") > 2 {
		return 0, 0, false
	}
	// Not a bio's fields (甲,男,1965年出生,曾任…: bios reads those).
	for _, cl := range strings.Split(strings.Trim(d.s[c:e], ","), ",") {
		if utf8.RuneCountInString(cl) < 4 || strings.ContainsAny(cl, "0123456789") {
			return 0, 0, false
		}
	}
	for _, m := range d.pmentions {
		if m.ns >= c && m.ns < e {
			return 0, 0, false
		}
	}
	for _, m := range d.rmentions {
		if m.ns >= c && m.ns < e {
			return 0, 0, false
		}
	}
	return ns, ne, true
}

// beforeComrade steps back over a 同志 or a note in brackets (张某(女),
// 李某(回族)) that ends at e.
func (d *appointStage) beforeComrade(e int) int {
	if strings.HasSuffix(d.s[:e], "同志") {
		return e - len("同志")
	}
	if strings.HasSuffix(d.s[:e], ")") {
		lo := max(0, e-32)
		if o := strings.LastIndexByte(d.s[lo:e], '('); o >= 0 && d.skipNote(lo+o) == e {
			return lo + o
		}
	}
	return e
}

// appointment records the holds of the name at [ns, ne) for the titles at
// q, if there are titles there and no hold already covers the name.
func (d *appointStage) appointment(ns, ne, q int, status string) {
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
	if it := &items[0]; it.body == nil && it.place == nil && it.entry.Attr("head") == "" && it.entry.Attr("media") == "" && it.entry.Attr("nobody") == "" {
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
		// A bracket after a post is passed over (正县级), and a post in it
		// is held too (办事处主任(原种场场长)).
		if strings.HasPrefix(d.s[p:], "(") {
			if c := strings.IndexByte(d.s[p:], ')'); c > 0 && c < 40 {
				if in, e := d.titles(p + 1); len(in) > 0 && e == p+c {
					d.record(in, [][2]int{{ns, ne}}, status)
				} else if rs, ok := d.roleEndingAt(p + c); ok {
					// …of a unit the lexicons lack, which is no body
					// (原种场场长: a farm).
					if it, ok := d.role(rs, nil); ok {
						if rs > p+1 {
							// The unit as written, as an ad hoc organ.
							w := d.s[p+1 : rs]
							it.body = &bodyPhrase{start: p + 1, end: rs, text: w, coreTexts: []string{w}, resolved: true,
								cores: []*lexicon.Entry{{Word: w, Kind: lexicon.Body, Attrs: map[string]string{"adhoc": "1"}}}}
						}
						d.record([]roleItem{it}, [][2]int{{ns, ne}}, status)
					}
				}
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

// roleEndingAt returns the start of the longest title that ends at e
// (副区长 in 郑某副区长代理, not 区长), if there is one within six
// characters.
func (d *appointStage) roleEndingAt(e int) (int, bool) {
	p, start, found := e, 0, false
	for n := 0; n < 6 && p > 0; n++ {
		r, w := utf8.DecodeLastRuneInString(d.s[:p])
		if !isHan(r) {
			break
		}
		p -= w
		if it, ok := d.role(p, nil); ok && it.end == e && it.start == p {
			start, found = p, true
		}
	}
	return start, found
}

// postsEnded reads NAME的TITLES职务(相应)终止 at the 的 at k: posts that end
// by law (朱某的省人大常委会委员、内务司法委员会委员职务相应终止).
func (d *appointStage) postsEnded(k int) {
	// Most 的 are not this: a look at the clause first.
	rest := d.s[k:min(len(d.s), k+300)]
	if c := strings.IndexAny(rest, "。;\n"); c >= 0 {
		rest = rest[:c]
	}
	if !strings.Contains(rest, "终止") || !strings.Contains(rest, "职务") && !strings.Contains(rest, "资格") {
		return
	}
	items, p := d.titles(k + len("的"))
	if len(items) == 0 || !hasAnyPrefix(d.s[p:], "职务", "资格") {
		return
	}
	p += len("职务") // or 资格: 甲的县人大代表资格终止
	for _, w := range endedWords {
		if !strings.HasPrefix(d.s[p:], w) {
			continue
		}
		if names := d.namesEndingAt(d.countBefore(d.beforeComrade(k))); len(names) > 0 {
			d.record(items, names, "removed") // 甲、乙两名同志的…资格终止
		}
		return
	}
}

// namesEndingAt returns the names of a list that ends at e (甲、乙), the
// last first, or none.
func (d *appointStage) namesEndingAt(e int) [][2]int {
	var names [][2]int
	for {
		s, ok := d.nameEndingAt(e)
		if !ok {
			return names
		}
		names = append(names, [2]int{s, e})
		if !strings.HasSuffix(d.s[:s], "、") {
			return names
		}
		e = s - len("、")
	}
}

// pronounPosts records the titles at q (免去其县教育局副局长职务) for the
// person the sentence named last before k.
func (d *appointStage) pronounPosts(k, q int, status string) {
	items, _ := d.titles(q)
	if len(items) == 0 {
		return
	}
	last := -1
	for i, m := range d.pmentions {
		if m.ne <= k && (last < 0 || m.ne > d.pmentions[last].ne) {
			last = i
		}
	}
	if last < 0 {
		return
	}
	m := d.pmentions[last]
	if strings.ContainsAny(d.s[m.ne:k], "。;\n") {
		return
	}
	d.record(items, [][2]int{{m.ns, m.ne}}, status)
}

// nameAfterDe returns the start of a name of two or three characters that
// ends at e right after 的 (参加工作的甲曾任).
func (d *appointStage) nameAfterDe(e int) (int, bool) {
	s := e
	for n := 0; n < 3 && s > 0; n++ {
		_, w := utf8.DecodeLastRuneInString(d.s[:s])
		s -= w
		if n == 0 || !strings.HasSuffix(d.s[:s], "的") {
			continue
		}
		if end, ok := d.name(s, true); ok && end == e {
			return s, true
		}
	}
	return 0, false
}
