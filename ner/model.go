package ner

import (
	"bytes"
	"compress/gzip"
	_ "embed"
	"fmt"
	"sort"
	"strconv"
	"strings"
	"sync"
	"unicode/utf8"

	"github.com/orggraph/orggraph/ner/lexicon"
	"github.com/orggraph/orggraph/ner/tagger"
)

// The character tagger trained by internal/train on the public NER
// corpora and the project's golds (see the README for its data and
// scores).
//
//go:embed model/tagger.gz
var embeddedModel []byte

var (
	modelOnce sync.Once
	modelVal  *tagger.Model
	modelErr  error
)

// Model returns the embedded tagger model, loaded once.
func Model() (*tagger.Model, error) {
	modelOnce.Do(func() {
		zr, err := gzip.NewReader(bytes.NewReader(embeddedModel))
		if err != nil {
			modelErr = fmt.Errorf("embedded model: %w", err)
			return
		}
		modelVal, modelErr = tagger.Load(zr)
		if modelErr != nil {
			modelErr = fmt.Errorf("embedded model: %w", modelErr)
		}
	})
	return modelVal, modelErr
}

// span is a tagger span in normalized byte offsets.
type span struct {
	typ        string
	start, end int
	user       bool // a name of the user's lexicons
}

// tagText runs the tagger over the normalized text, one line at a time,
// and returns its spans in byte offsets, in order.
func (d *docState) tagText() []span {
	m := d.x.model
	if m == nil {
		return d.userNames(nil)
	}
	sc := d.sc
	var out []span
	for ls := 0; ls < len(d.s); {
		le := ls
		for le < len(d.s) && d.s[le] != '\n' {
			le++
		}
		if le > ls {
			sc.starts = sc.starts[:0]
			sc.runes = sc.runes[:0]
			for i, r := range d.s[ls:le] {
				sc.starts = append(sc.starts, ls+i)
				sc.runes = append(sc.runes, r)
			}
			sc.obs = growU32(sc.obs, len(sc.runes))
			observeWith(d.matches, sc.starts, sc.obs)
			for _, s := range m.Tag(sc.runes, sc.obs, &sc.tag) {
				end := le
				if s.End < len(sc.starts) {
					end = sc.starts[s.End]
				}
				sp := span{s.Type, sc.starts[s.Start], end, false}
				if sp.typ == "person" {
					sp = d.dotted(sp, ls, le)
				}
				out = append(out, sp)
			}
		}
		ls = le + 1
	}
	return d.userNames(out)
}

// userNames puts the names of the user's lexicons (kind name) into the
// tagger's spans wherever they are written, in place of any tagger span
// they overlap: a name the user vouches for always wins.
func (d *docState) userNames(out []span) []span {
	if !d.x.hasNames {
		return out
	}
	var names []span
	for i := 0; i < len(d.s); {
		n, _ := d.longest(i, func(e *lexicon.Entry) bool { return e.Kind == lexicon.Name })
		if n == 0 {
			_, w := d.runeAt(i)
			i += w
			continue
		}
		names = append(names, span{"person", i, i + n, true})
		i += n
	}
	if len(names) == 0 {
		return out
	}
	kept := out[:0]
	for _, s := range out {
		free := true
		for _, u := range names {
			if u.start < s.end && s.start < u.end {
				free = false
				break
			}
		}
		if free {
			kept = append(kept, s)
		}
	}
	out = append(kept, names...)
	sort.Slice(out, func(a, b int) bool { return out[a].start < out[b].start })
	return out
}

func growU32(b []uint32, n int) []uint32 {
	if cap(b) < n {
		return make([]uint32, n, n+n/2)
	}
	return b[:n]
}

// modelPersonAt returns the end of the tagger's person span that starts
// at p, if there is one the lexicons do not veto.
func (d *docState) modelPersonAt(p int) (int, bool) {
	k := sort.Search(len(d.tspans), func(i int) bool { return d.tspans[i].start >= p })
	for ; k < len(d.tspans) && d.tspans[k].start == p; k++ {
		if s := d.tspans[k]; s.typ == "person" && d.plausibleName(s.start, s.end) {
			return s.end, true
		}
	}
	return 0, false
}

// plausibleName vetoes a tagger person that is a title, a body, a place or
// a word that is no name, or that is too short or long for one.
func (d *docState) plausibleName(s, e int) bool {
	n := utf8.RuneCountInString(d.s[s:e])
	if n < 2 || n > 12 {
		return false
	}
	for _, r := range d.s[s:e] {
		if !isHan(r) && r != '·' && r != '•' && r != '・' {
			return false
		}
	}
	if d.t.BreakWithin(s, e) {
		return false
	}
	l, es := d.longest(s, nil)
	if l == e-s {
		for _, en := range es {
			switch en.Kind {
			case lexicon.Role, lexicon.Body, lexicon.Place, lexicon.Level, lexicon.Outlet, lexicon.NotName, lexicon.PostName, lexicon.Act, lexicon.RoleMod:
				return false
			}
		}
	}
	return true
}

// modelPersons adds the tagger's persons that no rule found, where they
// overlap no mention of the rules.
func (d *docState) modelPersons() {
	for _, s := range d.tspans {
		if s.user {
			// The user's name replaces any other reading of its words.
			kept := d.pmentions[:0]
			found := false
			for _, m := range d.pmentions {
				if m.ns == s.start && m.ne == s.end {
					found = true
				}
				if m.ns >= s.end || s.start >= m.ne || m.ns == s.start && m.ne == s.end {
					kept = append(kept, m)
				}
			}
			d.pmentions = kept
			if !found {
				d.addPerson(s.start, s.end)
			}
			continue
		}
		if s.typ != "person" || d.overlapsMention(s.start, s.end) {
			continue
		}
		if latinName(d.s[s.start:s.end]) {
			// A name in Latin letters (Grubby, JohnParkes): a mention; the
			// graph keeps to names in characters.
			d.smentions = append(d.smentions, Mention{Type: "person", Text: d.s[s.start:s.end], ns: s.start, ne: s.end})
			continue
		}
		if r, w := d.runeAt(s.start); s.end == s.start+w && d.x.lex.Has(string(r), lexicon.Surname) {
			// A surname alone (老孙, 小张): a mention of a person, too
			// little to name one in the graph.
			d.smentions = append(d.smentions, Mention{Type: "person", Text: d.s[s.start:s.end], ns: s.start, ne: s.end})
			continue
		}
		if !d.plausibleName(s.start, s.end) {
			continue
		}
		// With no title or cue, a common word is no name (单元).
		if d.plainWord(s.start, s.end) {
			continue
		}
		d.addPerson(s.start, s.end)
	}
}

// overlapsMention reports whether [s, e) overlaps a person or role mention
// or a body or place phrase.
func (d *docState) overlapsMention(s, e int) bool {
	for _, m := range d.pmentions {
		if m.ns < e && s < m.ne {
			return true
		}
	}
	for _, m := range d.rmentions {
		if m.ns < e && s < m.ne {
			return true
		}
	}
	for _, bp := range d.phrases {
		if bp.start < e && s < bp.end {
			return true
		}
	}
	return false
}

// ruleMargin is the tagger score by which its own reading of a name must
// beat the rules' reading to overrule it.
var ruleMargin float32 = 35

// vetoMargin is the tagger score by which its reading must beat a name
// the rules read where it sees none, to veto that name.
var vetoMargin float32 = 100

// margin returns how much the tagger prefers its best reading of the line
// around [s, e) to one where [s, e) is a person.
func (d *docState) margin(s, e int) float32 {
	key := [2]int{s, e}
	if v, ok := d.margins[key]; ok {
		return v
	}
	ls := strings.LastIndexByte(d.s[:s], '\n') + 1
	le := strings.IndexByte(d.s[e:], '\n')
	if le < 0 {
		le = len(d.s)
	} else {
		le += e
	}
	// The tagger's reading is local: a long line is cut to the sentences
	// around the span, so that a margin costs the same on a one-line
	// document as on an article.
	const window = 600 // bytes each side
	if s-ls > window {
		a := s - window
		if k := strings.IndexAny(d.s[a:s], "。!?;"); k >= 0 {
			a += k
		}
		for a < s && !utf8.RuneStart(d.s[a]) {
			a++
		}
		_, w := utf8.DecodeRuneInString(d.s[a:])
		if r, _ := utf8.DecodeRuneInString(d.s[a:]); strings.ContainsRune("。!?;", r) {
			a += w
		}
		ls = a
	}
	if le-e > window {
		b := e + window
		if k := strings.LastIndexAny(d.s[e:b], "。!?;"); k >= 0 {
			b = e + k
		}
		for b > e && !utf8.RuneStart(d.s[b]) {
			b--
		}
		le = b
	}
	sc := d.sc
	sc.starts, sc.runes = sc.starts[:0], sc.runes[:0]
	rs, re := -1, -1
	for i, r := range d.s[ls:le] {
		if ls+i == s {
			rs = len(sc.runes)
		}
		if ls+i == e {
			re = len(sc.runes)
		}
		sc.starts = append(sc.starts, ls+i)
		sc.runes = append(sc.runes, r)
	}
	if e == le {
		re = len(sc.runes)
	}
	sc.obs = growU32(sc.obs, len(sc.runes))
	observeWith(d.matches, sc.starts, sc.obs)
	v := d.x.model.Margin(sc.runes, sc.obs, tagger.Span{Type: "person", Start: rs, End: re}, &sc.tag)
	if d.margins == nil {
		d.margins = map[[2]int]float32{}
	}
	d.margins[key] = v
	return v
}

// titlesAfterNames reads a bare title written right after a name
// (唐仁健部长, 李伟国司长一行, 习近平总书记): the name holds it, at the body
// written right before the name if there is one (产业发展处王家忠处长),
// else at none.
func (d *docState) titlesAfterNames() {
	held := map[int]bool{}
	heldAs := map[string]bool{} // name start and title already recorded (王某委员建议)
	for _, h := range d.holds {
		held[h.ns] = true
		heldAs[strconv.Itoa(h.ns)+h.role.entry.Word] = true
	}
	seen := map[int]bool{}
	n := len(d.pmentions)
	for k := 0; k < n; k++ {
		m := d.pmentions[k]
		if seen[m.ns] {
			continue
		}
		seen[m.ns] = true
		items, p := d.titles(m.ne)
		if len(items) == 0 || items[0].body != nil || items[0].place != nil || items[0].entry.Attr("media") != "" {
			continue
		}
		// The title ends there: not the start of the next chain's name
		// (书记甲、县长乙 has its own chain) nor of a longer word.
		if _, ok := d.name(p, true); ok {
			continue
		}
		if !d.wordOfItsOwn(m.ne, p) || heldAs[strconv.Itoa(m.ns)+items[0].entry.Word] {
			continue
		}
		if !held[m.ns] {
			for _, bp := range d.phrases {
				if bp.end == m.ns && !bp.isPlace() && !bp.outlet {
					items[0].body = bp
					break
				}
			}
			if items[0].body == nil {
				items[0].body = d.modelBodyEndingAt(m.ns) // 农业部农机化司李某司长
			}
		}
		d.record(items, [][2]int{{m.ns, m.ne}}, "")
	}
}

// modelMentions merges the tagger's organizations and places into the
// mentions the rules made (ms, in normalized offsets ns, ne). Where a
// tagger span overlaps rule bodies, organizations or places only, the
// tagger's reading of the whole name wins (北京市朝阳区人民法院 rather than
// its place and its court), unless a rule body holds it (日本政府, not
// 日本); a tagger span that overlaps a person, role or outlet of the
// rules is dropped.
func (d *docState) modelMentions(ms []Mention) []Mention {
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
		if d.t.BreakWithin(s.start, s.end) || utf8.RuneCountInString(d.s[s.start:s.end]) < 2 {
			continue
		}
		ok := true
		var over []int
		for k, m := range ms {
			if m.ns < s.end && s.start < m.ne {
				switch m.Type {
				case "body", "organization", "place":
					if m.Type != "place" && m.ns <= s.start && m.ne >= s.end {
						ok = false // a body that holds the span (日本政府, not 日本)
					}
					over = append(over, k)
				default:
					ok = false
				}
			}
		}
		if !ok {
			continue
		}
		if len(over) == 1 && ms[over[0]].ns == s.start && ms[over[0]].ne == s.end {
			continue // the same span
		}
		for _, k := range over {
			drop[k] = true
		}
		if len(over) > 0 && typ == "organization" {
			typ = "body" // a body the rules saw part of
			for _, k := range over {
				if ms[k].Type == "organization" {
					typ = "organization"
				}
			}
		} else if typ == "organization" && d.endsInBody(s.start, s.end) {
			typ = "body" // 美国海军, 武定县公安局
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

// userNameAt reports whether a name of the user's lexicons starts at p.
func (d *docState) userNameAt(p int) bool {
	k := sort.Search(len(d.tspans), func(i int) bool { return d.tspans[i].start >= p })
	return k < len(d.tspans) && d.tspans[k].start == p && d.tspans[k].user
}

// isDot reports whether r is a middle dot of a transliterated name.
func isDot(r rune) bool { return r == '·' || r == '•' || r == '・' }

// dotted completes a person span of a name written with a middle dot
// (赛尔建·乌合拜, 吐尔洪•阿不拉), which the tagger, trained on few such names,
// may cut short: across a dot next to it, and over the transliteration
// characters after it up to a boundary, within the line [ls, le).
func (d *docState) dotted(s span, ls, le int) span {
	run := func(p, limit int) int { // the end of the transliteration run at p
		for n := 0; p < limit && n < 8; n++ {
			r, w := d.runeAt(p)
			if !translitSet[r] || n > 0 && d.boundary(p) || d.startsWord(p) {
				break
			}
			p += w
		}
		return p
	}
	if r, w := d.runeAt(s.end); isDot(r) && s.end+w < le {
		if e := run(s.end+w, le); e > s.end+w {
			s.end = e
		}
	}
	if r, w := utf8.DecodeLastRuneInString(d.s[ls:s.start]); isDot(r) {
		p := s.start - w
		for p > ls {
			r, w := utf8.DecodeLastRuneInString(d.s[ls:p])
			if !translitSet[r] || s.start-w-p > 3*8 {
				break
			}
			p -= w
		}
		if p < s.start-w {
			s.start = p
		}
	}
	if strings.ContainsFunc(d.s[s.start:s.end], isDot) {
		s.end = run(s.end, le)
	}
	return s
}

// startsWord reports whether the segmenter reads a word of two characters
// or more starting at p that is not itself made of transliteration
// characters (通报 after 阿依古丽·买买提, not 别克 after 贾那提).
func (d *docState) startsWord(p int) bool {
	d.segment(p)
	tk, ok := d.tokAt[p]
	if !ok || utf8.RuneCountInString(d.s[tk.Start:tk.End]) < 2 {
		return false
	}
	for _, r := range d.s[tk.Start:tk.End] {
		if !translitSet[r] {
			return true
		}
	}
	return false
}

// modelPersonEndingAt returns the start of the tagger's person span that
// ends at e, if there is one the lexicons do not veto.
func (d *docState) modelPersonEndingAt(e int) (int, bool) {
	k := sort.Search(len(d.tspans), func(i int) bool { return d.tspans[i].end >= e })
	for ; k < len(d.tspans) && d.tspans[k].end == e; k++ {
		if s := d.tspans[k]; s.typ == "person" && d.plausibleName(s.start, s.end) {
			return s.start, true
		}
	}
	return 0, false
}

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

// namesBeforeTitles reads a name written right before a bare title where
// no rule or tagger span found one (习近平总书记, 王某省长): a surname and one
// or two characters that the rules read as a name ending at the title, and
// that the tagger does not find far-fetched (see vetoMargin).
func (d *docState) namesBeforeTitles() {
	if d.x.model == nil {
		return
	}
	for k, r := range d.s {
		if k == 0 || !isHan(r) {
			continue
		}
		if n, _ := d.longest(k, func(e *lexicon.Entry) bool { return e.Kind == lexicon.Role }); n == 0 {
			continue
		}
		for _, l := range []int{3, 2} {
			s := k
			for n := 0; n < l && s > 0; n++ {
				_, w := utf8.DecodeLastRuneInString(d.s[:s])
				s -= w
			}
			if e, ok := d.ruleName(s, true); !ok || e != k || d.overlapsMention(s, k) || !d.plainName(s, k) {
				continue
			}
			if d.margin(s, k) > vetoMargin {
				continue
			}
			items, p := d.titles(k)
			if len(items) == 0 || items[0].body != nil || items[0].place != nil || items[0].entry.Attr("media") != "" {
				break
			}
			if !d.wordOfItsOwn(k, p) {
				break
			}
			d.record(items, [][2]int{{s, k}}, "")
			break
		}
	}
}

// bracketCredits reads the credit in brackets that ends a paragraph:
// (舒畅), (西王镇 周雷): a name alone, or after a place or unit and spaces,
// is the writer's.
func (d *docState) bracketCredits() {
	for k := 0; k < len(d.s); {
		o := strings.IndexByte(d.s[k:], '(')
		if o < 0 {
			return
		}
		o += k
		k = o + 1
		c := strings.IndexByte(d.s[o:], ')')
		if c < 0 || c > 40 {
			continue
		}
		c += o
		after := strings.TrimLeft(d.s[c+1:], " \t")
		if after != "" && after[0] != '\n' {
			continue // not the end of a paragraph
		}
		inner := d.s[o+1 : c]
		s := o + 1
		if sp := strings.LastIndexByte(inner, ' '); sp >= 0 {
			s = o + 1 + sp + 1
		}
		if s == c || d.mentioned(s, c) {
			continue
		}
		e, ok := d.ruleName(s, true)
		if m, mok := d.modelPersonAt(s); mok && m == c {
			e, ok = m, true
		}
		if !ok || e != c || d.overlapsMention(s, c) {
			continue
		}
		d.addPerson(s, c)
	}
}

// dropShortForms removes from the persons and holds a name that is the
// first part of a name with a dot written in the document (吐尔逊 after
// 吐尔逊·吐尔地): a later short form of that person, no second one. Its
// mentions stay.
func (d *docState) dropShortForms() {
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
	kept := d.holds[:0]
	for _, h := range d.holds {
		if !short[h.person] {
			kept = append(kept, h)
		}
	}
	d.holds = kept
}

// creditWords end a credit line after the name: 钟某 摄, 李某 供稿.
var creditWords = []string{"摄", "供稿", "整理", "报道"}

// creditsAfterNames reads the name before a credit word that ends a line
// or a bracket: the writer or photographer, a person with no post.
func (d *docState) creditsAfterNames() {
	for _, w := range creditWords {
		for k := 0; ; {
			i := strings.Index(d.s[k:], w)
			if i < 0 {
				break
			}
			i += k
			k = i + len(w)
			after := strings.TrimLeft(d.s[k:], " ")
			if after != "" && after[0] != '\n' && after[0] != ')' {
				continue
			}
			e := i
			for e > 0 && d.s[e-1] == ' ' {
				e--
			}
			s, ok := d.nameEndingAt(e)
			if !ok {
				s, ok = d.modelPersonEndingAt(e)
			}
			if !ok || d.mentioned(s, e) || d.overlapsMention(s, e) {
				continue
			}
			d.addPerson(s, e)
		}
	}
}

// endsInBody reports whether [s, e) ends with a body word of the
// lexicons that is no company's or institution's (政府, 公安局, 海军).
func (d *docState) endsInBody(s, e int) bool {
	p := e
	for n := 0; n < 6 && p > s; n++ {
		_, w := utf8.DecodeLastRuneInString(d.s[s:p])
		p -= w
		for _, en := range d.x.lex.Lookup(d.s[p:e]) {
			if en.Kind == lexicon.Body && en.Attr("org") == "" && en.Attr("branch") == "" {
				return true
			}
		}
	}
	return false
}

// wordPast reports whether the segmenter reads a dictionary word that
// starts at p and goes on past e (徐某来到: 来到 starts at 来); words its
// HMM makes up (杰到) do not count.
func (d *docState) wordPast(p, e int) bool {
	d.segment(p)
	tk, ok := d.tokAt[p]
	return ok && tk.End > e && tk.Tag != "" && tk.Tag != "x"
}

// modelBodyEndingAt returns, as a body phrase, the tagger's organization
// that ends at e with a body word of the state or a department's suffix
// (农业部农机化司), or nil.
func (d *docState) modelBodyEndingAt(e int) *bodyPhrase {
	for _, s := range d.tspans {
		if s.typ != "org" || s.end != e || d.t.BreakWithin(s.start, s.end) ||
			!d.endsInBody(s.start, s.end) && !hasAnySuffix(d.s[s.start:s.end], deptSuffixes...) {
			continue
		}
		text := d.s[s.start:s.end]
		attrs := map[string]string{"dept": "1"}
		for _, bp := range d.phrases {
			// A department of a national body (农业部农机化司) is never
			// qualified by the article's place.
			if bp.start == s.start && bp.end <= s.end && len(bp.cores) > 0 && bp.cores[0].Attr("national") == "1" {
				attrs["national"] = "1"
			}
		}
		return &bodyPhrase{start: s.start, end: s.end, text: text,
			cores: []*lexicon.Entry{{Word: text, Kind: lexicon.Body, Attrs: attrs}}, coreTexts: []string{text}}
	}
	return nil
}

// latinName reports whether s is a name in Latin letters: two or more
// letters, digits and dots, starting with a letter.
func latinName(s string) bool {
	if len(s) < 2 || !(s[0] >= 'a' && s[0] <= 'z' || s[0] >= 'A' && s[0] <= 'Z') {
		return false
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		if !(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '.') {
			return false
		}
	}
	return true
}

// wordOfItsOwn reports whether the title at [s, e) is a word of its own,
// not the start of a longer word of the lexicons or the dictionary
// (书记处).
func (d *docState) wordOfItsOwn(s, e int) bool {
	n, _ := d.longest(s, nil)
	return n <= e-s && !d.wordPast(s, e)
}
