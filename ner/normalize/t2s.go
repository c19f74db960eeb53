package normalize

import (
	"sync"

	"github.com/longbridgeapp/opencc"
)

var (
	t2sOnce sync.Once
	t2sConv *opencc.OpenCC
	t2sErr  error
	// tradCache remembers, per rune, whether OpenCC converts it on its own:
	// the cheap test that lets simplified text skip conversion entirely.
	tradCache sync.Map // rune -> bool
)

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
	if r < 0x3400 {
		return false
	}
	if v, ok := tradCache.Load(r); ok {
		return v.(bool)
	}
	out, err := converter().Convert(string(r))
	t := err == nil && out != string(r)
	tradCache.Store(r, t)
	return t
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
