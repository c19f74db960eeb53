package normalize

//go:generate sh gen.sh

import (
	"bufio"
	_ "embed"
	"strings"
	"sync"
	"unicode/utf8"
)

// OpenCC's traditional-to-simplified dictionaries (t2s/README.md).
var (
	//go:embed t2s/TSCharacters.txt
	tsCharacters string
	//go:embed t2s/TSPhrases.txt
	tsPhrases string
)

// t2s converts like OpenCC's t2s configuration: at each position the
// longest phrase of TSPhrases, else the character's first candidate in
// TSCharacters, else the character itself.
type t2s struct {
	chars       map[rune]rune
	phrases     map[string][]rune
	phraseFirst map[rune]bool
	maxPhrase   int // in runes
	// trad has bit r-tradLo set when r converts alone or converts
	// otherwise inside a phrase: the cheap test that lets simplified text
	// skip conversion.
	trad [(tradHi - tradLo + 63) / 64]uint64
}

// The runes the trad table covers: CJK Extension A, Unified Ideographs
// and Compatibility Ideographs. Others are assumed simplified unless a
// dictionary says otherwise.
const (
	tradLo = 0x3400
	tradHi = 0xFB00
)

var (
	t2sOnce sync.Once
	t2sDict *t2s
)

func converter() *t2s {
	t2sOnce.Do(func() { t2sDict = loadT2S() })
	return t2sDict
}

func loadT2S() *t2s {
	t := &t2s{chars: map[rune]rune{}, phrases: map[string][]rune{}, phraseFirst: map[rune]bool{}}
	mark := func(r rune) {
		if r >= tradLo && r < tradHi {
			off := r - tradLo
			t.trad[off/64] |= 1 << (off % 64)
		}
	}
	each := func(data string, fn func(k, v string)) {
		sc := bufio.NewScanner(strings.NewReader(data))
		for sc.Scan() {
			k, v, ok := strings.Cut(sc.Text(), "\t")
			if !ok || k == "" {
				continue
			}
			if i := strings.IndexByte(v, ' '); i >= 0 {
				v = v[:i] // the first candidate
			}
			fn(k, v)
		}
	}
	each(tsCharacters, func(k, v string) {
		kr, _ := utf8.DecodeRuneInString(k)
		vr, _ := utf8.DecodeRuneInString(v)
		if kr != vr {
			t.chars[kr] = vr
			mark(kr)
		}
	})
	each(tsPhrases, func(k, v string) {
		kr, vr := []rune(k), []rune(v)
		t.phrases[k] = vr
		t.phraseFirst[kr[0]] = true
		if len(kr) > t.maxPhrase {
			t.maxPhrase = len(kr)
		}
		// A clause holding the phrase must be converted: mark the
		// characters where the phrase converts otherwise than they do
		// alone (瞭 in 一目瞭然), or all of them if the length changes.
		for i, r := range kr {
			alone, ok := t.chars[r]
			if !ok {
				alone = r
			}
			if len(kr) != len(vr) || vr[i] != alone {
				mark(r)
			}
		}
	})
	return t
}

// convert converts runes, appending to out.
func (t *t2s) convert(in []rune, out []rune) []rune {
	for i := 0; i < len(in); {
		if t.phraseFirst[in[i]] {
			matched := false
			for l := min(t.maxPhrase, len(in)-i); l >= 2; l-- {
				if v, ok := t.phrases[string(in[i:i+l])]; ok {
					out = append(out, v...)
					i += l
					matched = true
					break
				}
			}
			if matched {
				continue
			}
		}
		if c, ok := t.chars[in[i]]; ok {
			out = append(out, c)
		} else {
			out = append(out, in[i])
		}
		i++
	}
	return out
}

// ToSimplified converts s from traditional to simplified characters, at
// phrase level. Text with no traditional character is returned as it is.
func ToSimplified(s string) string {
	units := make([]unit, 0, len(s))
	for i, r := range s {
		units = append(units, unit{r: r, start: int32(i)})
	}
	units = toSimplified(units)
	b := make([]rune, len(units))
	for i, u := range units {
		b[i] = u.r
	}
	return string(b)
}

func isTraditional(r rune) bool {
	if r < tradLo {
		return false
	}
	if r >= tradHi {
		if r < 0x20000 {
			return false
		}
		_, ok := converter().chars[r]
		return ok
	}
	t := converter()
	off := r - tradLo
	return t.trad[off/64]&(1<<(off%64)) != 0
}

// chunkEnd reports whether r ends a conversion chunk: conversion is done a
// clause at a time so that a change of length stays local.
func chunkEnd(r rune) bool {
	switch r {
	case '\n', '。', ',', '，', '、', ';', '；', ':', '：', '!', '?', '“', '”', '(', ')', ' ':
		return true
	}
	return false
}

// minTradPercent is the share of Han characters that must be traditional
// for a text to be converted: a simplified article keeps the variants its
// names use (倪乾, 黄东昇), which OpenCC would turn into 干 and 升.
const minTradPercent = 10

// toSimplified converts the units chunk by chunk; only chunks that hold a
// traditional character are converted, and only in a text that is written
// in traditional characters.
func toSimplified(units []unit) []unit {
	trad, han := 0, 0
	for _, u := range units {
		if u.r >= 0x3400 && u.r <= 0x9fff || u.r >= 0x20000 && u.r <= 0x3134f { // Han, roughly
			han++
			if isTraditional(u.r) {
				trad++
			}
		}
	}
	if trad == 0 || trad*100 < han*minTradPercent {
		return units // simplified: nothing to convert or copy
	}
	out := make([]unit, 0, len(units))
	for k := 0; k < len(units); {
		e := k
		trad := false
		for e < len(units) {
			r := units[e].r
			e++
			if !trad && isTraditional(r) {
				trad = true
			}
			if chunkEnd(r) {
				break
			}
		}
		if !trad {
			out = append(out, units[k:e]...)
			k = e
			continue
		}
		in := make([]rune, e-k)
		for j := range in {
			in[j] = units[k+j].r
		}
		outR := converter().convert(in, nil)
		if len(outR) == len(in) {
			for j, r := range outR {
				u := units[k+j]
				u.r = r
				out = append(out, u)
			}
		} else {
			// Lengths differ: align the common prefix and suffix rune by
			// rune and give the middle the span of the whole middle.
			p := 0
			for p < len(in) && p < len(outR) && in[p] == outR[p] {
				p++
			}
			s := 0
			for s < len(in)-p && s < len(outR)-p && in[len(in)-1-s] == outR[len(outR)-1-s] {
				s++
			}
			midStart, midEnd := units[k+p].start, units[k+len(in)-s-1].end
			var midLost int32
			for j := p; j < len(in)-s; j++ {
				midLost += units[k+j].lost
			}
			for j, r := range outR {
				var u unit
				switch {
				case j < p:
					u = units[k+j]
				case j >= len(outR)-s:
					u = units[k+len(in)-(len(outR)-j)]
				default:
					u = unit{start: midStart, end: midEnd}
					if j == p {
						u.lost = midLost
					}
				}
				u.r = r
				out = append(out, u)
			}
		}
		k = e
	}
	return out
}
