package ner

import (
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/orggraph/orggraph/ner/lexicon"
)

// occupationMentions adds a role mention for each occupation of the
// lexicons (总经理, 分析师, 选手; kind occupation) written where no other
// mention stands, with a modifier before it (首席设计师, 高级分析师). One
// that holds a title's mention takes its place (市场总监 over 总监); a title
// of the state that holds an occupation wins (秘书长, not 秘书). Occupations
// are mentions only: no hold, no name, no chain comes of them. ms are in
// normalized offsets (ns, ne).
func (d *outputStage) occupationMentions(ms []Mention) []Mention {
	occ := d.x.occ
	if occ == nil {
		return ms
	}
	cov := coverage(ms)
	var buf [8]lexicon.Match // one for the document, not one a character
	drop := map[int]bool{}
	var add []Mention
	for p := 0; p < len(d.s); {
		r, w := utf8.DecodeRuneInString(d.s[p:])
		if !isHan(r) {
			p += w
			continue
		}
		no, _ := lexicon.LongestOf(occ.All(d.s, p, buf[:0]), nil)
		if no == 0 {
			p += w
			continue
		}
		// A title that holds the occupation wins (秘书长, not 秘书), here
		// or starting earlier (副秘书长).
		if nr, _ := d.longest(p, isRole); nr > no || d.roleAcross(p, p+no) {
			p += max(w, nr)
			continue
		}
		s, e := p, p+no
		for _, pf := range occupationModifiers {
			if strings.HasSuffix(d.s[:s], pf) {
				s -= len(pf)
				break
			}
		}
		if d.t.BreakWithin(s, e) {
			s = p
		}
		ok := true
		var held []int
		for _, k := range cov.within(s, e) {
			m := ms[k]
			if m.Type == "role" && s <= m.ns && m.ne <= e && (m.ns != s || m.ne != e) {
				held = append(held, k)
				continue
			}
			ok = false
		}
		if ok {
			for _, k := range held {
				drop[k] = true
			}
			add = append(add, d.mention("role", d.s[s:e], s, e))
		}
		p = e
	}
	if len(add) == 0 {
		return ms
	}
	out := ms[:0]
	for k, m := range ms {
		if !drop[k] {
			out = append(out, m)
		}
	}
	return append(out, add...)
}

// latinAfterRoles adds a person mention for a name in Latin letters
// written right after a role mention (市场总监JohnParkes, 首席设计师
// DustinBrowder): a mention, as the tagger's Latin names are; the graph
// keeps to names in characters.
func (d *outputStage) latinAfterRoles(ms []Mention) []Mention {
	var cov *mentionCover // made on the first candidate, as congressMentions does
	var add []Mention
	for _, m := range ms {
		if m.Type != "role" {
			continue
		}
		e := m.ne
		for e < len(d.s) && e-m.ne < 25 && (isLatin(d.s[e]) || e > m.ne && (d.s[e] == '.' || d.s[e] == '-')) {
			e++
		}
		for e > m.ne && !isLatin(d.s[e-1]) {
			e-- // not a trailing dot
		}
		if e-m.ne < 3 || e < len(d.s) && (d.s[e] >= '0' && d.s[e] <= '9') {
			continue
		}
		if cov == nil {
			cov = coverage(ms)
		}
		if len(cov.within(m.ne, e)) > 0 {
			continue
		}
		add = append(add, d.mention("person", d.s[m.ne:e], m.ne, e))
	}
	return append(ms, add...)
}

// roleAcross reports whether a title of the lexicons starts within the
// four characters before s and runs past s into or beyond [s, e): 副秘书长
// holds 秘书 although no title starts at 秘.
func (d *outputStage) roleAcross(s, e int) bool {
	q := s
	for k := 0; k < 4 && q > 0; k++ {
		_, w := utf8.DecodeLastRuneInString(d.s[:q])
		q -= w
		if n, _ := d.longest(q, isRole); q+n > s {
			return true
		}
	}
	return false
}

// congressMentions adds a body mention for each national congress of
// the party written by its number (党的十五大, 二十大精神): a numeral of two
// characters or more and 大, after 党的 or 中共 or before a word that only
// follows a congress (精神, 报告, 以来). ms are in normalized offsets.
func (d *outputStage) congressMentions(ms []Mention) []Mention {
	if !strings.Contains(d.s, "十") {
		return ms // every numeral of two characters or more holds 十
	}
	var cov *mentionCover
	for k := range occurrences(d.s, "大") {
		s := k
		for s > 0 {
			r, w := utf8.DecodeLastRuneInString(d.s[:s])
			if !strings.ContainsRune("一二三四五六七八九十", r) {
				break
			}
			s -= w
		}
		if utf8.RuneCountInString(d.s[s:k]) < 2 {
			continue
		}
		e := k + len("大")
		if !hasAnySuffix(d.s[:s], "党的", "中共", "中国共产党第") && !hasAnyPrefix(d.s[e:], congressAfter...) {
			continue
		}
		if cov == nil {
			cov = coverage(ms)
		}
		if len(cov.within(s, e)) == 0 {
			ms = append(ms, d.mention("body", d.s[s:e], s, e))
		}
	}
	return ms
}

// mentionCover finds the mentions a span overlaps without a scan of
// them all (a huge document holds many): their indexes sorted by start.
type mentionCover struct {
	ms     []Mention
	order  []int
	maxLen int
	list   []int
}

func coverage(ms []Mention) *mentionCover {
	c := &mentionCover{ms: ms, order: make([]int, len(ms))}
	for k, m := range ms {
		c.order[k] = k
		c.maxLen = max(c.maxLen, m.ne-m.ns)
	}
	slices.SortStableFunc(c.order, func(a, b int) int { return ms[a].ns - ms[b].ns })
	return c
}

// within returns the indexes of the mentions that overlap [s, e), in the
// order of their starts; the slice is reused by the next call.
func (c *mentionCover) within(s, e int) []int {
	c.list = c.list[:0]
	k, _ := slices.BinarySearchFunc(c.order, s-c.maxLen, func(i, p int) int { return c.ms[i].ns - p })
	for ; k < len(c.order) && c.ms[c.order[k]].ns < e; k++ {
		if c.ms[c.order[k]].ne > s {
			c.list = append(c.list, c.order[k])
		}
	}
	return c.list
}

// placesBeforeBodies splits the places off a body or an organization
// written after two places or more, as MSRA annotates them: the places
// before the last are places of their own, and the body starts at the
// last (北京市 | 海淀区人民法院, 黑龙江省 | 林口县 | 太平村团支部; see
// placesAt). One place stays inside (北京市文化局, 岳阳市委). ms are in
// normalized offsets.
func (d *outputStage) placesBeforeBodies(ms []Mention) []Mention {
	var add []Mention
	var starts []int
	for k, m := range ms {
		if m.Type != "body" && m.Type != "organization" {
			continue
		}
		if starts = d.placesAt(m.ns, m.ne, starts[:0]); len(starts) < 2 {
			continue
		}
		last := starts[len(starts)-1]
		add = d.placeMentions(add, starts, last)
		ms[k] = d.mention(m.Type, d.s[last:m.ne], last, m.ne)
	}
	return append(ms, add...)
}

// placesAt appends to starts the start of each place written from s on
// and ending before e, each lying in the one before it (漳州市公安局: 公安
// is no county of 漳州市) and written in full (湖北省公安厅: 公安 of 公安县
// starts 公安厅), and of a township or village after them (沭阳县 | 湖东乡
// 党委).
func (d *outputStage) placesAt(s, e int, starts []int) []int {
	var outer []*lexicon.Entry
	p := s
	for p < e {
		n, es := d.longest(p, isPlace)
		if n == 0 || p+n >= e || len(outer) > 0 && (!d.x.withinAny(es, outer) || shortForm(es)) {
			break
		}
		starts = append(starts, p)
		outer = es
		p += n
	}
	if len(starts) > 0 {
		if n, _ := d.townAt(p, true); n > 0 && p+n < e {
			starts = append(starts, p)
		}
	}
	return starts
}

// shortForm reports whether every entry of a place's word is a short
// form of its name (公安 of 公安县).
func shortForm(es []*lexicon.Entry) bool {
	for _, e := range es {
		if e.Attr("short") != "1" {
			return false
		}
	}
	return true
}

// placeMentions appends to ms a place mention for each place of starts
// (see placesAt) that ends at or before end.
func (d *outputStage) placeMentions(ms []Mention, starts []int, end int) []Mention {
	for i, s := range starts[:len(starts)-1] {
		if starts[i+1] > end {
			break
		}
		ms = append(ms, d.mention("place", d.s[s:starts[i+1]], s, starts[i+1]))
	}
	return ms
}
