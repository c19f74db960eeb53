package ner

import (
	"strings"
	"unicode/utf8"

	"github.com/orggraph/orggraph/ner/lexicon"
)

// chains recognizes title chains (区工委副书记、管委会主任谢春生) and
// records the holds of every stage that finds titles with names.
type chains struct {
	*docState
	// The end of the last chain's names and its last body, for a chain
	// right after it that writes no body.
	lastChainEnd   int
	lastChainBody  *bodyPhrase
	lastChainRoles []string // the title words of the last chain (部长 for 常务副部长)
}

// forget clears the memory of the last chain: each stage starts with
// none, so that what one stage recorded last never reaches into the next.
func (d *chains) forget() {
	d.lastChainEnd, d.lastChainBody, d.lastChainRoles = 0, nil, d.lastChainRoles[:0]
}

// scan walks the text once: title chains with their names, then bodies
// and places.
func (d *chains) scan() {
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
			if !d.placeInName(bp) {
				d.addPhrase(bp)
			}
			i = bp.end
			continue
		}
		_, n := d.runeAt(i)
		i += n
	}
}

// placeInName reports whether bp is a place alone that ends a name the
// tagger reads, after a surname (谢朝阳, 刘山南, 陈桂林): the name's
// characters, no place.
func (d *chains) placeInName(bp *bodyPhrase) bool {
	if !bp.isPlace() || bp.levelText != "" {
		return false
	}
	for k := d.spanFrom(bp.start - len("欧阳")); k < len(d.tspans) && d.tspans[k].start < bp.start; k++ {
		t := d.tspans[k]
		if t.typ != "person" || t.end < bp.end || utf8.RuneCountInString(d.s[t.start:t.end]) > 4 {
			continue
		}
		if n, _ := d.longest(t.start, isSurname); n > 0 && t.start+n == bp.start {
			return true
		}
	}
	return false
}

// followsChain reports whether i comes right after the last chain's
// names and a 、 or a comma. The caller checks that there is a last chain.
func (d *chains) followsChain(i int) bool {
	return d.lastChainEnd+len("、") == i && strings.HasPrefix(d.s[d.lastChainEnd:], "、") || d.lastChainEnd+1 == i && d.s[d.lastChainEnd] == ','
}

// adjacentChain reports whether the chain whose names start at names[0]
// follows the last chain right after its names and a 、 or a comma. The
// chain's titles stand between, so it is judged from the start of the
// sentence part: no full stop since the last chain's end.
func (d *chains) adjacentChain(names [][2]int) bool {
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

// bareLevelBefore reports whether a level word that no place names
// stands right before i, at the start of a clause (,自治区副主席甲): the
// title is the level's, with no body, and carries none from before.
func (d *docState) bareLevelBefore(i int) bool {
	q := i
	for n := 0; n < 3 && q > 0; n++ {
		_, w := utf8.DecodeLastRuneInString(d.s[:q])
		q -= w
		if e := d.x.lex.Get(d.s[q:i], lexicon.Level); e != nil && e.Attr("level") != "unit" {
			if r, _ := utf8.DecodeLastRuneInString(d.s[:q]); q == 0 || !isHan(r) {
				return true
			}
		}
	}
	return false
}

// partyTitle reports whether a title is held in a party committee.
func partyTitle(w string) bool {
	return strings.Contains(w, "书记") || strings.HasSuffix(w, "常委") || strings.HasSuffix(w, "委员") || strings.HasSuffix(w, "成员")
}

// ownDepartment reports whether a body word written bare after a party
// or government body in a chain is that body's department: a party
// department (政法委), or an office or school every committee has
// (办公室, 党校), not a bureau (财政局).
func ownDepartment(e *lexicon.Entry) bool {
	return e.Attr("of") == "party" || e.Word == "办公室" || e.Word == "办公厅" || e.Word == "党校"
}

// formerBefore reports whether a former post's mark stands right before
// i, starting a word (原衡南县委书记, 前任平江县委书记, 时任县长, 延庆县原县委书记;
// not 草原).
func (d *chains) formerBefore(i int) bool {
	for _, m := range []string{"原", "前任", "时任", "前"} {
		if !strings.HasSuffix(d.s[:i], m) {
			continue
		}
		if !d.hanBefore(i - len(m)) {
			return true
		}
		// …or 原 the segmenter reads as a word of its own after a name
		// (延庆县原县委书记; not 草原, 高原).
		if m == "原" {
			if _, ok := d.wordTag(i-len(m), i); ok {
				return true
			}
		}
	}
	return false
}

// formerMarkBefore returns the length of 原 or 前任 right before i, or 0.
func (d *chains) formerMarkBefore(i int) int {
	for _, m := range leadingFormerMarks {
		if strings.HasSuffix(d.s[:i], m) {
			return len(m)
		}
	}
	return 0
}

// committeeNotUnit reports whether bp is a committee and title the head
// of a unit (院长 of a 院, 局长 of a 局) that the committee's name does not
// write: the title is not the committee's.
func committeeNotUnit(bp *bodyPhrase, title string) bool {
	for _, m := range []string{"常务副", "副"} {
		title = strings.TrimPrefix(title, m)
	}
	r := []rune(title)
	return len(r) == 2 && r[1] == '长' && strings.ContainsRune("院局处科所厅站", r[0]) &&
		strings.HasSuffix(bp.text, "委员会") && !strings.ContainsRune(bp.text, r[0])
}

// markFormer marks every title of a chain former.
func markFormer(items []roleItem) {
	for k := range items {
		items[k].former = true
	}
}

// chain parses a title chain and the names it introduces at i:
// [body] role (、 [body] role)* [:] name (、 name)*.
func (d *chains) chain(i int) (int, bool) {
	items, p := d.titles(i)
	if len(items) == 0 {
		return 0, false
	}
	// A country after 驻, or a place before a reporter's title, is where
	// the post is held, not its body (本报驻阿联酋记者, 中国驻阿根廷大使:
	// the paper's, China's; but 驻紫鹊界村第一书记 is the village's).
	if it := &items[0]; it.place != nil && it.body == nil && strings.HasSuffix(d.s[:it.place.start], "驻") &&
		(it.place.place != nil && it.place.place.Attr("level") == "country" || it.entry.Attr("media") == "1") {
		it.place = nil
	}
	// A place alone before an occupation says where its holder is from
	// (荷兰画家凡高, 美国专家): no body.
	if it := &items[0]; it.place != nil && it.body == nil && len(items) == 1 && it.entry.Attr("origin") == "1" {
		it.place = nil
	}
	// 原, 前任 or 时任 before the body marks the chain's titles former (原衡南县委书记).
	if d.formerBefore(i) {
		markFormer(items)
	}
	if it := &items[0]; it.body == nil && it.place == nil && it.entry.Attr("head") == "" {
		it.body = d.aliasBefore(i)
		if it.body == nil {
			it.body = d.modelOrgEndingAt(i) // 华菱集团总经理: a company the lexicons lack
		}
		if it.body == nil {
			it.body = d.modelUnitEndingAt(i) // 种植业管理司司长: a ministry's department
		}
		if it.body == nil {
			it.body = d.modelDeptSharing(i) // 俄罗斯内务部长
		}
		if it.body == nil {
			it.body = d.modelAnyOrgEndingAt(i) // 联合国秘书长, 林业部部长
		}
		if it.body == nil {
			// …or before a word of tenure: 欧洲议会前议长, 国际足联新任主席,
			// 成都军区后勤部原政委.
			for _, m := range tenureWords {
				if strings.HasSuffix(d.s[:i], m.word) {
					if it.body = d.modelAnyOrgEndingAt(i - len(m.word)); it.body != nil && m.former {
						markFormer(items)
					}
					break
				}
			}
		}
	} else if o := d.modelOrgAround(it.body); o != nil {
		it.body = o // 中央纪律检查委员会书记, 锡山市委书记: the tagger reads the whole name
		if d.formerBefore(o.start) {
			markFormer(items) // 原国家建设部副部长
		}
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
	// 原 before a body found only now (原民政厅副厅长, the tagger's 民政厅),
	// and a place, 原, then the body (齐齐哈尔市原市委书记): the titles are
	// former, and the body is the place's (the place stays a mention of
	// its own).
	if it := &items[0]; it.body != nil && it.body.start <= i && it.body.end >= i && it.body.place == nil && it.body.under == nil {
		b := it.body.start
		if b < i && d.formerBefore(b) {
			markFormer(items)
		}
		if m := d.formerMarkBefore(b); m > 0 {
			d.recent(b-m, func(bp *bodyPhrase) bool {
				if bp.end == b-m && bp.isPlace() && !bp.outlet {
					c := *it.body
					c.place, c.placeText, c.gazPlace, c.lastPlace, c.resolved = bp.place, bp.placeText, bp.gazPlace, bp.lastPlace, false
					it.body = &c
					markFormer(items)
				}
				return false
			})
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
		if r == ':' || r == ' ' || r == '\t' || media && (r == '/' || r == '|' || r == '\n' && strings.HasSuffix(d.s[p:q], ":")) {
			q += n
			continue
		}
		break
	}
	// Outside bylines, only spaces (web pages put them there) may
	// separate a title from its name.
	// …and a colon before a list of names the tagger reads as names
	// (市委副书记:甲、乙、丙).
	if q > p && !media && strings.Trim(d.s[p:q], " \t") != "" {
		if !d.colonListAt(q) || strings.Count(d.s[p:q], ":") != 1 {
			q = p
		}
	}
	// A table's layout: the titles alone on their line, the name alone on
	// the next (县委书记⏎甘某华⏎).
	if q == p && strings.HasPrefix(d.s[p:], "\n") && (i == 0 || d.s[i-1] == '\n') {
		n := p
		for n < len(d.s) && n < p+16 && (d.s[n] == '\n' || d.s[n] == ' ') {
			n++
		}
		if e, ok := d.name(n, true); ok && (e == len(d.s) || d.s[e] == '\n') {
			q = n
		}
	}
	// A title someone was elected or appointed to is theirs, not the
	// next name's after a space: 甲当选县长 乙当选….
	if q > p && !media && strings.Trim(d.s[p:q], " ") == "" && hasAnySuffix(d.s[:i], titleTakers...) {
		q = p
	}
	// Labels that are common words (编辑, 审核) name a person only before a
	// colon or a space, or inside a credit's brackets: 审核:张某,
	// (编辑张某), not 审核和调查.
	if q == p && items[len(items)-1].entry.Attr("colon") == "1" {
		if e, ok := d.name(p, true); !ok || !strings.HasSuffix(d.s[:i], "(") || !strings.HasPrefix(d.s[e:], ")") {
			return p, true
		}
	}
	// A colon's list may be written with spaces: 副主任:甲 乙(女) 丙.
	colonList := q > p && strings.Contains(d.s[p:q], ":")
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
			e, ok = d.layoutName(q, len(names) > 0, media)
		}
		if !ok {
			break
		}
		names = append(names, [2]int{q, e})
		q = e
		if strings.HasPrefix(d.s[q:], "同志") {
			q += len("同志")
		}
		if colonList {
			q = d.skipNote(q)
			// …or the person's posts in brackets (副组长:甲(副县长)、乙(县
			// 财政局局长)), which are read on their own.
			if its, e := d.titlesInBrackets(q, ""); len(its) > 0 {
				q = e
			}
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
		if next < 0 && (media || colonList) && strings.HasPrefix(d.s[q:], " ") {
			next = q + 1
			for strings.HasPrefix(d.s[next:], " ") {
				next++
			}
		}
		if next < 0 || bracket {
			break
		}
		if _, ok := d.name(next, true); !ok {
			if _, lok := d.listedRuleName(next); !lok {
				break
			}
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
	if it := &items[0]; it.body == nil && it.place == nil && it.entry.Attr("head") == "" && it.entry.Attr("media") == "" && it.entry.Attr("nobody") == "" &&
		!d.bareLevelBefore(i) && d.lastChainBody != nil && d.lastChainEnd >= 0 && (d.followsChain(i) ||
		// …and so does the same title later in the sentence
		// (常务副部长甲主持会议,副部长乙出席).
		sameTitle(it.entry.Word, d.lastChainRoles) && d.lastChainEnd < i && !strings.ContainsAny(d.s[d.lastChainEnd:i], "。\n")) &&
		// …but a committee has no head of a unit (审判委员会专职委员甲,
		// 副院长乙: the court's).
		!committeeNotUnit(d.lastChainBody, it.entry.Word) {
		it.inherited = d.lastChainBody
	}
	// A bare party committee right after a chain about a body is that
	// body's (集团党委书记、董事长甲,党委副书记、总经理乙); a congress or
	// CPPCC has a 党组, not a 党委 (镇人大主席候选人甲,党委副书记乙: the
	// township's).
	if b := items[0].body; b != nil && b.place == nil && b.level == "" && b.under == nil && len(b.cores) == 1 && b.cores[0].Attr("party") == "1" &&
		d.lastChainBody != nil && d.lastChainEnd >= 0 && d.followsChain(i) {
		lb := d.lastChainBody
		if n := len(lb.cores); n > 0 && lb.cores[n-1].Attr("party") == "1" {
			items[0].body = lb
		} else if k := bodyKind(lb.cores); n > 0 && k != "government" && k != "party" && k != "congress" && k != "cppcc" {
			c := *b
			c.under, c.resolved = lb, false
			items[0].body = &c
		}
	}
	if len(names) == 0 && !media {
		if names = d.appositive(i, p); len(names) > 0 {
			d.record(items, names, "")
			return p, true // the name stands before the titles
		}
	}
	d.record(items, names, "")
	if len(names) == 0 {
		return p, true
	}
	end := names[len(names)-1][1]
	if bracket {
		end++
	} else if its, e := d.titlesInBrackets(end, "兼"); len(names) == 1 && len(its) > 0 {
		// Another post in brackets after the name: 副县长甲(兼县应急局
		// 局长).
		d.record(its, names, "")
		end = e
	}
	return end, true
}

// titlesInBrackets returns the titles written in brackets at q, after
// lead (兼) if one is given, and the end past the closing bracket; none
// if the brackets hold anything else.
func (d *chains) titlesInBrackets(q int, lead string) ([]roleItem, int) {
	if !strings.HasPrefix(d.s[q:], "("+lead) {
		return nil, q
	}
	items, p := d.titles(q + len("(") + len(lead))
	if len(items) == 0 || !strings.HasPrefix(d.s[p:], ")") {
		return nil, q
	}
	return items, p + len(")")
}

// record notes what a title sequence found: bodies and roles always, holds
// of the named persons with the status (appointed, removed...) given.
func (d *chains) record(items []roleItem, names [][2]int, status string) {
	var prev *bodyPhrase
	for k := range items {
		it := &items[k]
		if it.body != nil {
			d.addPhrase(it.body)
		}
		if it.place != nil {
			d.addPhrase(it.place)
		}
		d.addRole(it.start, it.end, it.text)
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
			op := prev // the body, outside its party committee (县公安局 of 县公安局党委)
			if op != nil {
				op = d.outsideParty(op)
			}
			ownDept := op != nil && op != prev && len(op.cores) > 0 && op.cores[len(op.cores)-1].Attr("dept") == "1" // 市农业农村(党委书记)、局长
			if w := []rune(it.entry.Word); len(w) == 2 && w[1] == '长' && !ownDept && !(op != nil && op.text != string(w[0]) && strings.HasSuffix(op.text, string(w[0]))) {
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
		if body == nil && it.unit == "" && !it.bareLevel && it.entry.Attr("head") == "" && it.entry.Attr("media") == "" && it.entry.Attr("nobody") == "" {
			body = prev
			// A title that is no party title, after the party committee
			// of a body, is of that body: 国资委党委书记、主任; 集团党委
			// 书记、董事长.
			if body != nil && !partyTitle(it.entry.Word) {
				body = d.bureauOf(d.outsideCommittee(d.outsideParty(body), it.entry.Word), it.entry.Word)
				// …and the chairman after a level's party committee is
				// the level's, with no body: 自治区党委常委、常务副主席.
				if len(body.cores) == 1 && body.cores[0].Attr("party") == "1" && body.place == nil && body.levelText != "" && strings.HasSuffix(it.entry.Word, "主席") {
					body = nil
				}
				// A committee has no head of a unit (院长, 局长): 审判委员会
				// 专职委员、副院长 is the court's, not the committee's.
				if body != nil && committeeNotUnit(body, it.entry.Word) {
					body = nil
				}
			}
		}
		if it.entry.Attr("head") != "" && it.body == nil && it.place == nil && prev == nil && k > 0 && items[k-1].place != nil && items[k-1].entry.Attr("head") != "" {
			it.place = items[k-1].place // 安定镇副镇长、镇长: both the township's
		}
		if it.entry.Attr("head") != "" && it.body == nil && it.place == nil && prev != nil {
			it.chainBody = prev // 常德市委副书记、市长: 常德市's mayor
			if n := len(prev.cores); body == nil && n > 0 && prev.cores[n-1].Attr("gov") == "1" && bodyKind(prev.cores) == "government" {
				body = prev // 区人民政府副区长、代理区长: both the government's
			}
		}
		// A department written bare after a party or government body
		// belongs to it (县委常委、政法委书记).
		if body != nil && prev != nil && body.place == nil && body.level == "" && len(body.cores) > 0 && ownDepartment(body.cores[0]) && body.under == nil && body != prev &&
			len(prev.cores) > 0 && (prev.cores[len(prev.cores)-1].Attr("party") == "1" || prev.cores[len(prev.cores)-1].Attr("gov") == "1") {
			c := *body
			c.under, c.resolved = prev, false
			body = &c
			it.body = body
		} else if body != nil && prev != nil && body != prev && body.place == nil && body.level == "" && body.under == nil && len(body.cores) == 1 && body.cores[0].Attr("dept") == "1" &&
			len(prev.cores) > 0 && prev.cores[len(prev.cores)-1].Attr("gov") == "1" && (prev.place != nil || prev.level != "") {
			// …and a bureau written bare after its government is of the
			// government's place (县政府副县长、公安局局长: 县公安局, not the
			// article's township's).
			c := *body
			c.place, c.placeText, c.lastPlace, c.gazPlace, c.level, c.levelText, c.resolved = prev.place, prev.placeText, prev.lastPlace, prev.gazPlace, prev.level, prev.levelText, false
			body = &c
			it.body = body
		}
		// A village, community, township or street body written bare
		// after one that names its place belongs to that place (九龙社区
		// 党委书记、居委会主任; 下党村党支部书记甲、村委会主任乙; 新华街道
		// 党工委委员、办事处副主任).
		before := prev
		if k == 0 && before == nil && d.adjacentChain(names) {
			before = d.lastChainBody
		}
		if body != nil && before != nil && body != before && body.place == nil && body.level == "" && body.under == nil && len(body.cores) == 1 &&
			(body.cores[0].Attr("gov") == "1" || body.cores[0].Attr("party") == "1") &&
			before.place != nil && before.place.Attr("town") == "1" && (before.place.Attr("level") == "village" || before.place.Attr("level") == "township") {
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
			if it.nominee {
				continue
			}
			d.addHold(holdDraft{person: name, role: *it, body: body, start: min(start, nm[0]), end: max(nm[1], it.end), status: st, ns: nm[0], ne: nm[1]})
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

// colonListAt reports whether a list of names starts at q, after a
// title's colon: the tagger reads a name there, or the rules read one
// that 、 ends before a name the tagger or the rules read (市委常委:曾某、
// 侯某: the tagger doubts 曾某, the list does not).
func (d *chains) colonListAt(q int) bool {
	if _, ok := d.modelPersonAt(q); ok {
		return true
	}
	e, ok := d.ruleName(q, true)
	if !ok || !strings.HasPrefix(d.s[e:], "、") {
		return false
	}
	next := e + len("、")
	if _, ok := d.modelPersonAt(next); ok {
		return true
	}
	// …or one the rules read too, that a mark of the list closes
	// (市委常委:黎某、林某、…).
	ne, ok := d.ruleName(next, true)
	if r, _ := d.runeAt(ne); ok && strings.ContainsRune("、,。等", r) {
		return true
	}
	return false
}

// appositive returns the name a chain of titles [i, p) stands after, set
// off by commas (刘某,县委副书记、县长,主持召开…): a name of the rules that
// opens its clause and ends at the comma before i; none if there is none.
func (d *chains) appositive(i, p int) [][2]int {
	if !strings.HasPrefix(d.s[p:], ",") || !strings.HasSuffix(d.s[:i], ",") {
		return nil
	}
	if s, ok := d.nameEndingAt(i - 1); ok && d.afterClauseMark(s) || ok && strings.HasSuffix(d.s[:s], "。") {
		return [][2]int{{s, i - 1}}
	}
	return nil
}

// layoutName returns the end of a name the rules read at q that its
// layout makes one whatever the tagger thinks: a name set off by spaces
// or a credit's bracket (实习生 尚一鸣 报道, 县长 石红军 县委副书记
// 何丽娟: a layout of fields, unless the segmenter reads a common word
// there), or a credit's after its label's colon or slash up to a space or
// the line's end (编辑:白某心 初审:…, 责任编辑:顾某⏎); with listed, a
// name after the list's 、 that another mark of the list or the clause's
// end closes (副主任甲、满某,…; 冷某、卫健某、史某出席); else the list's
// first, a word too, where 、 and a name follow it (副主任全国、马某、沙某;
// not a conjunction: 领导和谢某、).
func (d *chains) layoutName(q int, listed, media bool) (int, bool) {
	e, ok := d.ruleName(q, true)
	if !ok {
		return 0, false
	}
	switch {
	case q > 0 && (d.s[q-1] == ' ' || media && strings.ContainsRune(":/", rune(d.s[q-1]))) && (e == len(d.s) || strings.ContainsRune(" )\n\t", rune(d.s[e]))) && (media || !d.plainWord(q, e)):
		return e, true
	case listed && d.listedAt(q, e):
		return e, true
	case !listed && !media && strings.HasPrefix(d.s[e:], "、") && !strings.ContainsRune("和与及同跟", d.s2rune(q)):
		_, ok := d.name(e+len("、"), true)
		return e, ok
	}
	return 0, false
}

// listedRuleName returns the end of a name the rules read at q, after a
// list's 、, that another mark of the list or the clause's end closes.
func (d *chains) listedRuleName(q int) (int, bool) {
	e, ok := d.ruleName(q, true)
	return e, ok && d.listedAt(q, e)
}

// listedAt reports whether the rules' name [q, e) stands after a list's
// 、 and another mark of the list or the clause's end closes it; a word
// only where names stand on both sides of it (…、向某、党国、时某…).
func (d *chains) listedAt(q, e int) bool {
	if !strings.HasSuffix(d.s[:q], "、") || !d.listEnd(e) {
		return false
	}
	if d.plainWord(q, e) {
		if !strings.HasPrefix(d.s[e:], "、") {
			return false
		}
		_, ok := d.name(e+len("、"), true)
		return ok
	}
	return true
}

// listEnd reports whether a list's name may end at e: a mark of the list
// or of the clause, 等, 及, or a verb of what names do (出席) follows.
func (d *chains) listEnd(e int) bool {
	r, _ := d.runeAt(e)
	return e >= len(d.s) || strings.ContainsRune("、,。;及等", r) || hasAnyPrefix(d.s[e:], andVerbs...)
}
