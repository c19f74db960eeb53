package normalize

import (
	"strings"
	"sync"
	"unicode"

	"github.com/longbridgeapp/opencc"
)

var (
	t2sOnce sync.Once
	t2sConv *opencc.OpenCC
	t2sErr  error
	// tradTable has bit r-tradLo set when OpenCC converts rune r on its
	// own: the cheap test that lets simplified text skip conversion. It is
	// filled once, in one OpenCC call, for the CJK blocks it covers.
	tradOnce  sync.Once
	tradTable [(tradHi - tradLo + 63) / 64]uint64
)

// The runes tradTable covers: CJK Extension A, Unified Ideographs and
// Compatibility Ideographs.
const (
	tradLo = 0x3400
	tradHi = 0xFB00
)

func fillTradTable() {
	var b strings.Builder
	var runes []rune
	for r := rune(tradLo); r < tradHi; r++ {
		if unicode.Is(unicode.Han, r) {
			runes = append(runes, r)
			b.WriteRune(r)
			b.WriteByte('\n')
		}
	}
	out, err := converter().Convert(b.String())
	if err != nil {
		panic("normalize: OpenCC t2s: " + err.Error())
	}
	lines := strings.Split(out, "\n")
	for k, r := range runes {
		if k < len(lines) && lines[k] != string(r) {
			off := r - tradLo
			tradTable[off/64] |= 1 << (off % 64)
		}
	}
}

func converter() *opencc.OpenCC {
	t2sOnce.Do(func() { t2sConv, t2sErr = opencc.New("t2s") })
	if t2sErr != nil {
		panic("normalize: loading OpenCC t2s: " + t2sErr.Error())
	}
	return t2sConv
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
	if r < tradLo || r >= tradHi {
		return false
	}
	tradOnce.Do(fillTradTable)
	off := r - tradLo
	return tradTable[off/64]&(1<<(off%64)) != 0
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

// toSimplified converts the units chunk by chunk; only chunks that hold a
// traditional character are passed to OpenCC.
func toSimplified(units []unit) []unit {
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
		conv, err := converter().Convert(string(in))
		if err != nil {
			conv = string(in)
		}
		outR := []rune(conv)
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
