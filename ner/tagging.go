package ner

import (
	"bytes"
	"compress/gzip"
	_ "embed"
	"fmt"
	"slices"
	"sort"
	"strings"
	"sync"
	"unicode/utf8"

	"github.com/orggraph/orggraph/ner/lexicon"
	"github.com/orggraph/orggraph/ner/tagger"
)

// tagStage is the stage of tagging: the tagger proposes person, organization and place spans over the whole text.
type tagStage struct{ *docState }

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

// tagText runs the tagger over the normalized text, one line at a time,
// and returns its spans in byte offsets, in order.
func (d *tagStage) tagText() []span {
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
				sp := trimQuotes(d.s, span{s.Type, sc.starts[s.Start], end, false})
				if sp.start >= sp.end || !balanced(d.s[sp.start:sp.end]) {
					continue // 沙莲香(中国人民大学社会学系: no name holds half a bracket
				}
				if sp.typ == "person" {
					sp = d.titleTail(d.hanTail(d.tibetanHead(d.compoundSurname(d.dotted(sp, ls, le), ls), ls)))
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
func (d *tagStage) userNames(out []span) []span {
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

// dotted completes a person span of a name written with a middle dot
// (赛尔建·乌合拜, 吐尔洪•阿不拉), which the tagger, trained on few such names,
// may cut short: across a dot next to it, and over the transliteration
// characters after it up to a boundary, within the line [ls, le).
func (d *tagStage) dotted(s span, ls, le int) span {
	run := func(p, limit int) int { // the end of the transliteration run at p
		start := p
		for n := 0; p < limit && n < 8; n++ {
			r, w := d.runeAt(p)
			if !translitSet[r] || n > 0 && d.boundary(p) || d.startsWord(p) {
				break
			}
			p += w
		}
		// No part ends in a verb of coming (阿布来提, but 科雷来了).
		if r, w := utf8.DecodeLastRuneInString(d.s[:p]); r == '来' && p > start {
			p -= w
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
		// …and its first part whole, where the tagger started inside it
		// (、木合塔尔·热合曼: 塔尔·热合曼).
		p := s.start
		for n := 0; p > ls && n < 6; n++ {
			r, w := utf8.DecodeLastRuneInString(d.s[ls:p])
			if !translitSet[r] {
				break
			}
			p -= w
		}
		if r, _ := utf8.DecodeLastRuneInString(d.s[ls:p]); p < s.start && (p == ls || !translitSet[r]) {
			// Not from inside a word (总理拉·甘地: 理) nor from a function
			// word (于阿方索·卡隆).
			d.segment(p)
			for p < s.start {
				r, w := d.runeAt(p)
				if _, ok := d.tokAt[p]; ok && !strings.ContainsRune(funcChars, r) {
					break
				}
				p += w
			}
			s.start = p
		}
	}
	return s
}

// hanTail cuts the adverb of a list from a name of three (乙均 of 甲、乙均出席),
// and a person span of four or five characters written without
// a dot back to the three of a Han name, where the tagger ran on into the
// next word: its first character is a single surname, its second none
// (范徐丽泰 keeps four), the rest is not all transliteration
// characters (巴洛特里), and the segmenter reads a word that is no name
// starting at the fourth (总经理王某卓郑重宣读, 刘某华皆).
func (d *tagStage) hanTail(s span) span {
	n := utf8.RuneCountInString(d.s[s.start:s.end])
	if n == 3 {
		// 甲、乙均出席: the adverb of the list is no part of the name.
		if _, w := utf8.DecodeLastRuneInString(d.s[s.start:s.end]); d.adverbAfterList(s.start, s.end-w) {
			s.end -= w
		}
		return s
	}
	if n < 4 || n > 5 || strings.ContainsFunc(d.s[s.start:s.end], isDot) {
		return s
	}
	_, w1 := d.runeAt(s.start)
	if sn, _ := d.longest(s.start, isSurname); sn != w1 {
		return s
	}
	if sn, es := d.longest(s.start+w1, isSurname); sn > 0 && es[0].Attr("rare") != "1" {
		return s
	}
	if !strings.ContainsFunc(d.s[s.start+w1:s.end], func(r rune) bool { return !translitSet[r] }) {
		return s // a transliterated name (巴洛特里)
	}
	_, w2 := d.runeAt(s.start + w1)
	_, w3 := d.runeAt(s.start + w1 + w2)
	p := s.start + w1 + w2 + w3
	d.segment(p)
	tk, ok := d.tokAt[p]
	if !ok {
		return s
	}
	switch tk.Tag {
	case "d", "v", "vd", "p", "c", "u", "ad", "a", "r", "f":
		s.end = p
	}
	return s
}

// compoundSurname takes into a person span the first character of a
// compound surname the tagger left out (公孙福霞: 孙福霞), where that
// character starts a word for the segmenter.
func (d *tagStage) compoundSurname(s span, ls int) span {
	if s.typ != "person" || s.start <= ls {
		return s
	}
	_, w := utf8.DecodeLastRuneInString(d.s[ls:s.start])
	p := s.start - w
	n, es := d.longest(p, isSurname)
	if n <= w || p+n > s.end || es[0].Attr("compound") != "1" || utf8.RuneCountInString(d.s[p:s.end]) > 4 {
		return s
	}
	d.segment(p)
	if _, ok := d.tokAt[p]; !ok {
		return s
	}
	s.start = p
	return s
}

// tibetanHead takes into a person span the character before it where
// that character and the span's first make a Tibetan name of two and the
// span is Tibetan names after it (次仁平措: the tagger read 仁平措).
func (d *tagStage) tibetanHead(s span, ls int) span {
	if s.typ != "person" || s.start <= ls || utf8.RuneCountInString(d.s[s.start:s.end]) != 3 {
		return s
	}
	r, w := utf8.DecodeLastRuneInString(d.s[ls:s.start])
	if !tibetanPair(string(r) + d.s[s.start:s.end]) {
		return s
	}
	if q, _ := utf8.DecodeLastRuneInString(d.s[ls : s.start-w]); tibetanSet[q] && q != 0 {
		return s // a longer run of Tibetan characters: no telling where the name starts
	}
	s.start -= w
	return s
}

// titleTail cuts a tagger's person back to before a title that starts
// inside it and runs on past its end (颜鲲副局长: 颜鲲, not 颜鲲副), so
// long as a name of two characters or more is left.
func (d *tagStage) titleTail(s span) span {
	for p, k := s.start, 0; p < s.end; k++ {
		_, w := d.runeAt(p)
		if k >= 2 {
			if n, _ := d.longest(p, isTitleWord); n > 0 {
				m, _ := d.longest(p+n, isTitleWord) // 副 and 局长
				if p+n+m > s.end {
					s.end = p
					return s
				}
			}
		}
		p += w
	}
	return s
}

// startsWord reports whether the segmenter reads a word of two characters
// or more starting at p that is not itself made of transliteration
// characters (通报 after 阿依古丽·买买提, not 别克 after 贾那提).
func (d *tagStage) startsWord(p int) bool {
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

// quoteOpeners and quoteClosers are the quotation marks and book-title
// brackets, a pair at the same index.
var quoteOpeners, quoteClosers = []rune("“‘《「『"), []rune("”’》」』")

// pairOpeners and pairClosers are quoteOpeners and quoteClosers and the
// brackets.
var pairOpeners, pairClosers = append(slices.Clip(quoteOpeners), []rune("(〈【[")...), append(slices.Clip(quoteClosers), []rune(")〉】]")...)

// balanced reports whether every quotation mark or bracket in s closes
// one opened before it in s, and every one opened is closed.
func balanced(s string) bool {
	var open []int
	for _, r := range s {
		if k := slices.Index(pairOpeners, r); k >= 0 {
			open = append(open, k)
		} else if k := slices.Index(pairClosers, r); k >= 0 {
			if len(open) == 0 || open[len(open)-1] != k {
				return false
			}
			open = open[:len(open)-1]
		}
	}
	return len(open) == 0
}

// trimQuotes cuts an unbalanced quotation mark or book-title bracket a
// tagger's span begins or ends with (“市人大常委会, not “和平”号空间站): no
// name holds one.
func trimQuotes(text string, sp span) span {
	for sp.start < sp.end {
		r, w := utf8.DecodeRuneInString(text[sp.start:sp.end])
		k := slices.Index(quoteOpeners, r)
		if k < 0 || strings.ContainsRune(text[sp.start+w:sp.end], quoteClosers[k]) {
			break
		}
		sp.start += w
	}
	for sp.start < sp.end {
		r, w := utf8.DecodeLastRuneInString(text[sp.start:sp.end])
		k := slices.Index(quoteClosers, r)
		if k < 0 || strings.ContainsRune(text[sp.start:sp.end-w], quoteOpeners[k]) {
			break
		}
		sp.end -= w
	}
	return sp
}
