package ner

import (
	"bytes"
	"compress/gzip"
	_ "embed"
	"fmt"
	"sort"
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
}

// tagText runs the tagger over the normalized text, one line at a time,
// and returns its spans in byte offsets, in order.
func (d *docState) tagText() []span {
	m := d.x.model
	if m == nil {
		return nil
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
			observe(d.x.lex, d.s, sc.starts, sc.obs)
			for _, s := range m.Tag(sc.runes, sc.obs, &sc.tag) {
				end := le
				if s.End < len(sc.starts) {
					end = sc.starts[s.End]
				}
				out = append(out, span{s.Type, sc.starts[s.Start], end})
			}
		}
		ls = le + 1
	}
	if dbgHook != nil {
		d.tspans = out
		dbgHook(d)
	}
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
		if s.typ != "person" || !d.plausibleName(s.start, s.end) || d.overlapsMention(s.start, s.end) {
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

var dbgHook func(*docState)

// ruleMargin is the tagger score by which its own reading of a name must
// beat the rules' reading to overrule it.
var ruleMargin float32 = 35

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
	observe(d.x.lex, d.s, sc.starts, sc.obs)
	v := d.x.model.Margin(sc.runes, sc.obs, tagger.Span{Type: "person", Start: rs, End: re}, &sc.tag)
	if d.margins == nil {
		d.margins = map[[2]int]float32{}
	}
	d.margins[key] = v
	return v
}

var dbgMargin func(d *docState, p, e, m int, v float32)

// titlesAfterNames reads a bare title written right after a name
// (唐仁健部长, 李伟国司长一行, 习近平总书记): the name holds it, at the body
// written right before the name if there is one (产业发展处王家忠处长),
// else at none.
func (d *docState) titlesAfterNames() {
	held := map[int]bool{}
	for _, h := range d.holds {
		held[h.ns] = true
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
		if r, _ := d.runeAt(p); isHan(r) && !d.boundary(p) && !strings.ContainsRune("一等和及与、", r) {
			continue
		}
		if !held[m.ns] {
			for _, bp := range d.phrases {
				if bp.end == m.ns && !bp.isPlace() && !bp.outlet {
					items[0].body = bp
					break
				}
			}
		}
		d.record(items, [][2]int{{m.ns, m.ne}}, "")
	}
}
