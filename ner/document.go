package ner

import (
	"fmt"
	"iter"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/orggraph/orggraph/ner/lexicon"
	"github.com/orggraph/orggraph/ner/normalize"
	"github.com/orggraph/orggraph/ner/segment"
	"github.com/orggraph/orggraph/ner/tagger"
)

// docState holds the work on one document. All offsets in it are byte
// offsets into the normalized text s (the lattice's), mapped back through
// t at output.
type docState struct {
	x   *Extractor
	t   *normalize.Text
	doc Document

	tokAt    map[int]segment.Token // token start -> token, for segmented sentences
	segDone  map[int]bool          // sentence starts already segmented
	sentEnds []int                 // sentence end offsets, ascending
	res      *Result
	jur      []jurPlace // the document's jurisdiction, most specific first
	outlet   string
	// tableLines holds the starts of the lines read as the rows of a
	// personnel table under its header: the rosters leave them.
	tableLines map[int]bool

	lattice // the mentions, phrases and holds found so far

	// The recognizers every stage may ask: of bodies and places, of title
	// chains (and the holds they record), of names, of jurisdictions.
	*bodies
	*chains
	*names
	*resolver
}

// newDocState prepares the work on the normalized text t.
func newDocState(x *Extractor, t *normalize.Text, doc Document, sc *scratch) *docState {
	d := &docState{x: x, t: t, doc: doc}
	d.lattice.s, d.lattice.lex, d.lattice.sc = t.S, x.lex, sc
	d.bodies = &bodies{d}
	d.chains = &chains{docState: d}
	d.names = &names{docState: d}
	d.resolver = &resolver{docState: d}
	if x.explain {
		d.trace = &trace{made: map[traceKey]string{}}
	}
	return d
}

// run runs every stage on the document, in order.
func (d *docState) run() {
	d.runUntil("", nil)
	if d.trace != nil {
		d.explain()
	}
}

// runUntil runs the stages in order up to the one named last, or all of
// them when last is "", calling after (if not nil) after each.
func (d *docState) runUntil(last string, after func(*stage)) {
	d.res = &Result{Doc: d.doc.ID}
	d.persons = map[string]int{}
	for i := range stages {
		d.stage = &stages[i]
		d.chains.forget()
		stages[i].run(d)
		if after != nil {
			after(d.stage)
		}
		if stages[i].name == last {
			break
		}
	}
	d.stage = nil
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

// isRole, isBody, isTitleWord and isSurname keep a lexicon's titles, its
// body words, its titles with their modifiers (副, 常务: what may start a
// title), and its surnames, for longest.
func isRole(e *lexicon.Entry) bool      { return e.Kind == lexicon.Role }
func isBody(e *lexicon.Entry) bool      { return e.Kind == lexicon.Body }
func isTitleWord(e *lexicon.Entry) bool { return e.Kind == lexicon.Role || e.Kind == lexicon.RoleMod }
func isSurname(e *lexicon.Entry) bool   { return e.Kind == lexicon.Surname }
func isPlace(e *lexicon.Entry) bool     { return e.Kind == lexicon.Place }

var phraseKinds = func(e *lexicon.Entry) bool {
	return e.Kind == lexicon.Place || e.Kind == lexicon.Level || e.Kind == lexicon.Body
}

// placeEntry returns the place of es, the province where a short form
// names one and a prefecture too (海南, 吉林: the province, as written
// alone before a body), or nil.
func placeEntry(es []*lexicon.Entry) *lexicon.Entry {
	var first *lexicon.Entry
	for _, e := range es {
		if e.Kind != lexicon.Place {
			continue
		}
		if e.Attr("level") == "province" {
			return e
		}
		if first == nil {
			first = e
		}
	}
	return first
}

func entryOf(es []*lexicon.Entry, k lexicon.Kind) *lexicon.Entry {
	for _, e := range es {
		if e.Kind == k {
			return e
		}
	}
	return nil
}

// hasVerb reports whether the segmenter reads a verb in [p, e): no name
// of a company holds one (横市镇卫生院联合县人民医院).
func (d *docState) hasVerb(p, e int) bool { return d.verbs(p, e) > 0 }

// verbStarts reports whether the segmenter reads a verb at p that ends by
// e.
func (d *docState) verbStarts(p, e int) bool {
	d.segment(p)
	tk, ok := d.tokAt[p]
	return ok && tk.Tag == "v" && tk.End <= e
}

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

func hasAnyPrefix(s string, ps ...string) bool {
	for _, p := range ps {
		if strings.HasPrefix(s, p) {
			return true
		}
	}
	return false
}

// departmentsAt reports whether [s, e) ends in the 部 of 部门, the
// departments of a kind in general (公安部门, 税务部门): no body's name.
func (d *docState) departmentsAt(s, e int) bool {
	return strings.HasSuffix(d.s[s:e], "部") && strings.HasPrefix(d.s[e:], "门")
}

// containsAny reports whether s holds any of subs.
func containsAny(s string, subs ...string) bool {
	for _, sub := range subs {
		if strings.Contains(s, sub) {
			return true
		}
	}
	return false
}

// addressed returns the length of the surname that [s, e) starts with
// when a word of address follows it and [s, e) ends within that word (胡老,
// 李大娘, 王先), else 0: the surname alone names the person. A name that
// goes on past the word is a name (叶老桂).
func (d *docState) addressed(s, e int) int {
	n, _ := d.longest(s, isSurname)
	if n == 0 || s+n >= e {
		return 0
	}
	w := 0
	for _, a := range addressWords {
		if len(a) > w && strings.HasPrefix(d.s[s+n:], a) {
			w = len(a)
		}
	}
	if w == 0 || s+n+w < e {
		return 0
	}
	return n
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
	if r, _ := d.runeAt(i); strings.ContainsRune("第一二三四五六七八九十", r) && (d.bareSessionAt(i) > 0 || d.congressAt(i) > 0) {
		return true // 八届人大, 二十大代表
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

// skipSpace returns the offset of the first byte at or after i that is
// no space or line break.
func skipSpace(s string, i int) int {
	for i < len(s) && (s[i] == ' ' || s[i] == '\n' || s[i] == '\t' || s[i] == '\r') {
		i++
	}
	return i
}

// chineseDateAt reports whether a date's numeral in Chinese characters
// starts at p: numerals, then 年, 月 or 日 (一月六日, 二〇二四年).
func (d *docState) chineseDateAt(p int) bool {
	return chineseDatePrefix(d.s[p:])
}

// dateAt reports whether a day, month or year starts at p, in digits or
// in Chinese numerals (9日, 12月, 一月六日).
func (d *docState) dateAt(p int) bool {
	t := strings.TrimLeft(d.s[p:], "0123456789")
	return len(t) < len(d.s)-p && hasAnyPrefix(t, "年", "月", "日") || d.chineseDateAt(p)
}

func chineseDatePrefix(s string) bool {
	t := strings.TrimLeft(s, "〇零一二三四五六七八九十")
	return len(t) < len(s) && hasAnyPrefix(t, "年", "月", "日")
}

// quantityAt reports whether a count starts at p: a numeral in Chinese
// characters and a measure word (一个, 两家, 几所), which no name of a
// body holds (北京一个研究所 is some institute in Beijing).
func (d *docState) quantityAt(p int) bool {
	t := strings.TrimLeft(d.s[p:], "一二三四五六七八九十两几")
	return len(t) < len(d.s)-p && hasAnyPrefix(t, measureWords...)
}

// measureWords are the measure words of a count of bodies or people.
var measureWords = []string{"个", "家", "所", "位", "名", "座", "批", "些", "项", "类", "种", "支"}

// holdsChineseDate reports whether s holds a date in Chinese numerals.
func holdsChineseDate(s string) bool {
	for i := range s {
		if chineseDatePrefix(s[i:]) {
			return true
		}
	}
	return false
}

// isNumeral reports whether r writes a number (3, 三, 两, 十).
func isNumeral(r rune) bool {
	return r >= '0' && r <= '9' || strings.ContainsRune("一二三四五六七八九十两百", r)
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

// commonFreq is the count in the segmenter's dictionary from which a
// word of two characters is common (单元 795, 小组 3116, 舒畅 298; 老舍
// 85, 桥本 131, 家宝 11 are names it holds as nouns).
const commonFreq = 250

// plainWord reports whether the segmenter reads [s, e) as one noun, verb
// or adjective of two characters (单元), no name.
func (d *docState) plainWord(s, e int) bool {
	if utf8.RuneCountInString(d.s[s:e]) != 2 {
		return false
	}
	d.segment(s)
	tk, ok := d.tokAt[s]
	return ok && tk.End == e && (tk.Tag == "n" || tk.Tag == "v" || tk.Tag == "vn" || tk.Tag == "a")
}

// wordPast reports whether the segmenter reads a dictionary word that
// starts at p and goes on past e (徐某来到: 来到 starts at 来); words its
// HMM makes up (杰到) do not count.
func (d *docState) wordPast(p, e int) bool {
	d.segment(p)
	tk, ok := d.tokAt[p]
	return ok && tk.End > e && tk.Tag != "" && tk.Tag != "x"
}

// hanBefore reports whether a Han character that is no function word
// stands right before i.
func (d *docState) hanBefore(i int) bool {
	r, _ := utf8.DecodeLastRuneInString(d.s[:i])
	return isHan(r) && !strings.ContainsRune(notQualifiers, r)
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

// tokenBefore returns the segmenter's word that holds the character
// before p, segmenting its clause.
func (d *docState) tokenBefore(p int) (segment.Token, bool) {
	_, w := utf8.DecodeLastRuneInString(d.s[:p])
	d.segment(p - w)
	return d.tokenOver(p - w)
}

// tokenAcross returns the segmenter's word that starts before p and ends
// after it, if there is one.
func (d *docState) tokenAcross(p int) (segment.Token, bool) {
	tk, ok := d.tokenBefore(p)
	return tk, ok && tk.Start < p && tk.End > p
}

// wordTag returns the segmenter's tag of [s, e) where it reads that span
// as one word, segmenting its clause; ok is false otherwise.
func (d *docState) wordTag(s, e int) (tag string, ok bool) {
	d.segment(s)
	tk, ok := d.tokAt[s]
	if !ok || tk.End != e {
		return "", false
	}
	return tk.Tag, true
}

// wordAcross reports whether the segmenter reads a word that starts
// before p and ends after it.
func (d *docState) wordAcross(p int) bool {
	_, ok := d.tokenAcross(p)
	return ok
}

// dictWordAcross is wordAcross for the words of the segmenter's
// dictionary: not those its HMM makes up (司丁 of 农机化司丁某司长).
func (d *docState) dictWordAcross(p int) bool {
	tk, ok := d.tokenAcross(p)
	return ok && tk.Tag != "" && tk.Tag != "x"
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

// reMDFull finds a date written with a month and a day, and maybe a year.
var reMDFull = regexp.MustCompile(`(?:(\d{4})\s*年\s*)?(\d{1,2})\s*月\s*(\d{1,2})\s*日`)

// lines yields the start and end of each line of s, its line break left
// out.
func lines(s string) iter.Seq2[int, int] {
	return func(yield func(int, int) bool) {
		for ls := 0; ls < len(s); {
			le := strings.IndexByte(s[ls:], '\n')
			if le < 0 {
				le = len(s)
			} else {
				le += ls
			}
			if !yield(ls, le) {
				return
			}
			ls = le + 1
		}
	}
}

// occurrences yields the byte offset of each occurrence of w in s, left to
// right; each search starts after the occurrence before.
func occurrences(s, w string) iter.Seq[int] {
	return func(yield func(int) bool) {
		for off := 0; ; {
			k := strings.Index(s[off:], w)
			if k < 0 || !yield(off+k) {
				return
			}
			off += k + len(w)
		}
	}
}
