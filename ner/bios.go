package ner

import (
	"sort"
	"strings"
	"unicode/utf8"

	"github.com/orggraph/orggraph/ner/lexicon"
)

// postTitle reads NAME委员建议… at k: the name, and the title held in the
// CPPCC (or the congress) the document wrote last before it.
func (d *appointStage) postTitle(k int) {
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
func (d *appointStage) bracketTitles(k int) {
	if items, _ := d.titlesInBrackets(k, ""); len(items) == 0 {
		return
	}
	s, ok := d.nameEndingAt(k)
	if !ok || !d.plainName(s, k) {
		return
	}
	d.appointment(s, k, k+1, "")
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
	t['的'] |= cueEnded
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
	cueEnded // 的 of NAME的…职务相应终止
)

// bios reads the personnel profiles of appointment notices and
// publicity lists: NAME,男,汉族,…,现任TITLES,拟任TITLES。 现任 gives the
// posts held, 拟任 and 拟提名 the posts nominated for.
func (d *appointStage) bios() {
	bios := d.bioStarts()
	for bi, b := range bios {
		k, off := b[0], b[1]
		{
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
			pe := strings.IndexByte(d.s[off:], '\n')
			if pe < 0 {
				pe = len(d.s) - off
			}
			// 现任… on the line after the profile is the profile's too.
			if next := skipSpace(d.s, off+pe); next < len(d.s) && hasAnyPrefix(d.s[next:], "现任", "现为") {
				if le := strings.IndexByte(d.s[next:], '\n'); le < 0 {
					pe = len(d.s) - off
				} else {
					pe = next + le - off
				}
			}
			para := d.s[off : off+pe]
			for _, c := range []struct{ cue, status string }{{"现任", ""}, {"拟任", "nominated"}, {"拟提名为", "nominated"}, {"拟推荐为", "nominated"}} {
				in := sentence
				if c.cue == "现任" {
					in = para // 简历:…。曾任…,现任…: the posts held, later in the paragraph
				}
				for i := range occurrences(in, c.cue) {
					q := off + i + len(c.cue)
					if items, _ := d.titles(q); len(items) > 0 {
						d.record(items, [][2]int{{s, k}}, c.status)
					}
				}
			}
			// The career, anywhere in the paragraph: 曾任…,…等职.
			for _, cue := range careerCues {
				for i := range occurrences(para, cue) {
					q := off + i + len(cue)
					d.appointment(s, k, q, "former")
				}
			}
			limit := len(d.s)
			if bi+1 < len(bios) {
				limit = bios[bi+1][0]
			}
			d.timeline(s, k, off, min(limit, off+4000))
		}
	}
}

// timeline reads the career a profile lists after it, a post with its
// dates a line or a clause (2011.08—2016.09 邵阳县副县长; 2021.06— 新邵县委
// 副书记、县长; 1993年7月至1998年3月,县委办公室干部;): the profile's person
// [s, k) held each, and holds the last if no end date closes it. It reads
// from p up to limit (the next profile).
func (d *appointStage) timeline(s, k, p, limit int) {
	limit = min(limit, len(d.s))
	for q := p; q < limit; {
		i := strings.IndexAny(d.s[q:limit], "0123456789")
		if i < 0 {
			return
		}
		q += i
		if before := strings.TrimRight(d.s[:q], " \t"); before != "" {
			// A date range starts a line or a clause (…,1980年生,2016.03—
			// 2021.05 县教育局副局长;).
			if r, _ := utf8.DecodeLastRuneInString(before); !strings.ContainsRune("\n;。,", r) {
				q = skipDigits(d.s, q)
				continue
			}
		}
		dates, ok := dateRange(d.s, q)
		if !ok {
			q = skipDigits(d.s, q)
			continue
		}
		status := "former"
		if dates.open {
			status = ""
		}
		t := skipSpace(d.s, dates.text)
		t = skipPrefix(d.s, t, ",")
		t = skipPrefix(d.s, t, ":")
		for _, v := range []string{"先后任", "担任", "任"} {
			if strings.HasPrefix(d.s[t:], v) {
				t += len(v)
				break
			}
		}
		if items, _ := d.titles(skipSpace(d.s, t)); len(items) > 0 {
			n := len(d.holds)
			d.record(items, [][2]int{{s, k}}, status)
			for i := n; i < len(d.holds); i++ {
				d.holds[i].since, d.holds[i].until = dates.since, dates.until
			}
		}
		q = dates.text
	}
}

func skipDigits(s string, q int) int {
	for q < len(s) && s[q] >= '0' && s[q] <= '9' {
		q++
	}
	return q
}

// careerDates are the dates a career line starts with: where the post's
// text starts, the months (YYYY-MM) it began and ended, "" where a month
// is out of range or no end is written, and whether the range is open
// (no end date: the post is held).
type careerDates struct {
	text         int
	since, until string
	open         bool
}

// dateRange parses the dates a career line starts with at p: a year and
// month (2011.08, 2011年8月), a dash or 至, and an end date or nothing or
// 至今.
func dateRange(s string, p int) (careerDates, bool) {
	q, since := yearMonthAt(s, p)
	if q == p {
		return careerDates{}, false
	}
	q = skipSpace(s, q)
	dashes := q
	for {
		r, w := utf8.DecodeRuneInString(s[q:])
		if !strings.ContainsRune("—－-–~～至", r) || w == 0 {
			break
		}
		q += w
	}
	if q == dashes {
		return careerDates{}, false
	}
	q = skipSpace(s, q)
	if e, until := yearMonthAt(s, q); e > q {
		return careerDates{text: e, since: since, until: until}, true
	}
	for _, now := range []string{"至今", "今"} {
		if strings.HasPrefix(s[q:], now) {
			return careerDates{text: q + len(now), since: since, open: true}, true
		}
	}
	return careerDates{text: q, since: since, open: true}, true
}

// yearMonthAt parses a year and month at q (2011.08, 2011年8月): it
// returns where they end, or q if none is written, and the month as
// YYYY-MM ("" for a month out of range).
func yearMonthAt(s string, q int) (int, string) {
	n := q
	for n < len(s) && n-q < 4 && s[n] >= '0' && s[n] <= '9' {
		n++
	}
	if n-q != 4 {
		return q, ""
	}
	sep := 0
	switch {
	case strings.HasPrefix(s[n:], "."):
		sep = 1
	case strings.HasPrefix(s[n:], "年"):
		sep = len("年")
	default:
		return q, ""
	}
	m := n + sep
	for m < len(s) && m-(n+sep) < 2 && s[m] >= '0' && s[m] <= '9' {
		m++
	}
	if m == n+sep {
		return q, ""
	}
	month := s[n+sep : m]
	if len(month) == 1 {
		month = "0" + month
	}
	ym := ""
	if month >= "01" && month <= "12" {
		ym = s[q:n] + "-" + month
	}
	return skipPrefix(s, m, "月"), ym
}

// bioStarts returns the end of the name and the start of the profile
// of each personnel profile: NAME,男,… (also NAME:男, and NAME 男 in a
// table), and NAME同志,1979年生,… where no sex is written.
func (d *appointStage) bioStarts() [][2]int {
	var starts [][2]int
	for _, sex := range bioMarks {
		for k := range occurrences(d.s, sex) {
			starts = append(starts, [2]int{k, k + len(sex)})
		}
	}
	for k := range occurrences(d.s, "同志") {
		off := k + len("同志")
		off = skipPrefix(d.s, off, "简历")
		if off < len(d.s) && (d.s[off] == ',' || d.s[off] == ':') && d.birthAt(off+1) {
			starts = append(starts, [2]int{k, off + 1})
		}
	}
	sort.Slice(starts, func(i, j int) bool { return starts[i][0] < starts[j][0] })
	return starts
}

// birthAt reports whether a birth date starts at p: 1979年生, 1968年出生,
// 1975年10月生.
func (d *appointStage) birthAt(p int) bool {
	q := p
	for q < len(d.s) && q-p < 4 && d.s[q] >= '0' && d.s[q] <= '9' {
		q++
	}
	if q-p != 4 || !strings.HasPrefix(d.s[q:], "年") {
		return false
	}
	q += len("年")
	if m := q; m < len(d.s) && d.s[m] >= '0' && d.s[m] <= '9' {
		for m < len(d.s) && d.s[m] >= '0' && d.s[m] <= '9' && m-q < 2 {
			m++
		}
		if !strings.HasPrefix(d.s[m:], "月") {
			return false
		}
		q = m + len("月")
	}
	for _, w := range []string{"出生", "生"} {
		if strings.HasPrefix(d.s[q:], w) {
			q += len(w)
			return q == len(d.s) || hasAnyPrefix(d.s[q:], ",", "于", "。", " ") // not 2023年生产
		}
	}
	return false
}

// cuedName takes the name that a cue at k follows at the start of a
// clause, unless a title chain took it.
func (d *appointStage) cuedName(k int) {
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

// tableRows reads the rows of a personnel table, a row a line and its
// cells tab-separated (as the normalizer writes an HTML table): under a
// header with 姓名 and a column of posts (现任职务, 工作单位及职务; 拟任职务
// for the posts proposed, 当选职务, 任命职务, 免去职务), each row's name
// holds the posts of its cells.
func (d *appointStage) tableRows() {
	if !strings.Contains(d.s, "姓名\t") {
		return
	}
	type cell struct{ s, e int }
	cells := func(ls, le int) []cell {
		var out []cell
		for p := ls; p < le; {
			q := strings.IndexByte(d.s[p:le], '\t')
			if q < 0 {
				q = le - p
			}
			if t := strings.TrimSpace(d.s[p : p+q]); t != "" {
				s := p + strings.Index(d.s[p:p+q], t)
				out = append(out, cell{s, s + len(t)})
			}
			p += q + 1
		}
		return out
	}
	nameCol := -1
	var posts map[int]string // column -> status
	for ls, le := range lines(d.s) {
		line := d.s[ls:le]
		switch {
		case !strings.Contains(line, "\t"):
			if strings.TrimSpace(line) != "" {
				nameCol = -1 // the table has ended
			}
		case nameCol < 0:
			cs := cells(ls, le)
			posts = map[int]string{}
			for i, c := range cs {
				h := d.s[c.s:c.e]
				switch {
				case h == "姓名":
					nameCol = i
				case strings.HasPrefix(h, "拟任") || strings.HasPrefix(h, "拟提名") || strings.HasPrefix(h, "拟推荐"):
					posts[i] = "nominated"
				case strings.Contains(h, "当选"):
					posts[i] = "elected"
				case strings.HasPrefix(h, "免去") || strings.HasPrefix(h, "免职"):
					posts[i] = "removed"
				case strings.HasPrefix(h, "任命") || strings.HasPrefix(h, "新任"):
					posts[i] = "appointed"
				case strings.Contains(h, "现任") || h == "职务" || h == "现职务" || strings.HasSuffix(h, "单位及职务"):
					posts[i] = ""
				}
			}
			if len(posts) == 0 {
				nameCol = -1
			}
		default:
			cs := cells(ls, le)
			if nameCol >= len(cs) {
				break
			}
			nc := cs[nameCol]
			e, ok := d.name(nc.s, true)
			if !ok || e != nc.e {
				break
			}
			if d.tableLines == nil {
				d.tableLines = map[int]bool{}
			}
			d.tableLines[ls] = true
			if !d.mentioned(nc.s, e) {
				d.addPerson(nc.s, e)
			}
			for i, c := range cs {
				if status, ok := posts[i]; ok {
					if items, _ := d.titles(c.s); len(items) > 0 {
						d.record(items, [][2]int{{nc.s, e}}, status)
					}
				}
			}
		}
	}
}
