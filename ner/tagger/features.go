package tagger

import "math/bits"

// The feature templates. Their numbers are part of the model format: a
// change to a template, to fold or to class is a new Version.
const (
	tBias = iota + 1
	tU    // unigram at offset o (-2..2)
	tB    // bigram at offsets o, o+1 (-2..1)
	tT    // trigram at -1, 0, 1
	tS    // skip bigram -1, +1
	tC    // classes at -1, 0, 1
	tO    // observation bit b at offset o (-2..2)
	tOU   // observation bits at 0 with the character
	tL    // a Latin word: its letters, lower-cased, and the position in it
	tLS   // a Latin word: its shape (case, digits, length) and the position
	tLC   // a Latin word: the two characters before it, and after it
)

// maxLatin bounds the letters a Latin word's features read each way.
const maxLatin = 24

const (
	bos = -1
	eos = -2
)

// fold maps a character to the form its features use: full-width ASCII
// to ASCII, every digit to 0, every Latin letter to a.
func fold(r rune) rune {
	switch r = halfWidth(r); {
	case r >= '0' && r <= '9':
		return '0'
	case r >= 'a' && r <= 'z', r >= 'A' && r <= 'Z':
		return 'a'
	case r == 0x3000 || r == '\t' || r == '\n' || r == '\r':
		return ' '
	}
	return r
}

// class is a character's class: digit, Chinese numeral, Latin, Han,
// punctuation, space, other, boundary.
func class(r rune) uint64 {
	switch {
	case r == bos || r == eos:
		return 7
	case r == '0':
		return 1
	case r == 'a':
		return 3
	case r == ' ':
		return 6
	case r >= 0x4E00 && r <= 0x9FFF || r >= 0x3400 && r <= 0x4DBF:
		switch r {
		case '〇', '一', '二', '三', '四', '五', '六', '七', '八', '九', '十', '百', '千', '万', '亿', '两', '零':
			return 2
		}
		return 4
	case r < 0x80 || r >= 0x2000 && r <= 0x303F || r >= 0xFE30 && r <= 0xFE4F || r >= 0xFF00 && r <= 0xFF65:
		return 5
	}
	return 0
}

func at(text []rune, i int) rune {
	if i < 0 {
		return bos
	}
	if i >= len(text) {
		return eos
	}
	return fold(text[i])
}

func mix(h, x uint64) uint64 {
	h ^= x + 0x9E3779B97F4A7C15 + h<<6 + h>>2
	return h * 0xD6E8FEB86659FD93
}

func key(t, o uint64, rs ...rune) uint64 {
	h := mix(t*0x100+o+3, 0x51ED270B2A3D7C61)
	for _, r := range rs {
		h = mix(h, uint64(uint32(r)))
	}
	h ^= h >> 32
	if h == 0 {
		h = 1
	}
	return h
}

// featureKeys appends the feature keys of position i to buf.
func featureKeys(text []rune, obs []uint32, i int, buf []uint64) []uint64 {
	var c [5]rune
	for o := -2; o <= 2; o++ {
		c[o+2] = at(text, i+o)
	}
	buf = append(buf, key(tBias, 0))
	for o := 0; o < 5; o++ {
		buf = append(buf, key(tU, uint64(o), c[o]))
	}
	for o := 0; o < 4; o++ {
		buf = append(buf, key(tB, uint64(o), c[o], c[o+1]))
	}
	buf = append(buf, key(tT, 0, c[1], c[2], c[3]))
	buf = append(buf, key(tT, 1, c[0], c[1], c[2]))
	buf = append(buf, key(tT, 2, c[2], c[3], c[4]))
	buf = append(buf, key(tS, 0, c[1], c[3]))
	buf = append(buf, key(tC, 0, rune(class(c[1])<<6|class(c[2])<<3|class(c[3]))))
	if latin(text[i]) {
		buf = latinKeys(text, i, buf)
	}
	if obs != nil {
		for o := -2; o <= 2; o++ {
			j := i + o
			if j < 0 || j >= len(obs) {
				continue
			}
			for m := obs[j]; m != 0; m &= m - 1 {
				b := trailing(m)
				buf = append(buf, key(tO, uint64(o+2), rune(b)))
			}
		}
		if obs[i] != 0 {
			buf = append(buf, key(tOU, 0, rune(obs[i]), c[2]))
		}
	}
	return buf
}

func trailing(m uint32) int { return bits.TrailingZeros32(m) }

// halfWidth maps a full-width ASCII character to its ASCII form.
func halfWidth(r rune) rune {
	if r >= 0xFF01 && r <= 0xFF5E {
		r -= 0xFEE0
	}
	return r
}

// latin reports whether r is an ASCII letter or digit, or a full-width
// one: a character of a Latin word.
func latin(r rune) bool {
	r = halfWidth(r)
	return r >= '0' && r <= '9' || r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z'
}

// latinKeys appends the features of the Latin word around text[i] (a
// run of letters and digits with at least one letter; a number alone is
// none): the word itself, its shape, the characters around it. Folding
// reads every letter as a, so a name in letters (Grubby, TaeJa) and
// another word differ only here.
func latinKeys(text []rune, i int, buf []uint64) []uint64 {
	a, b := i, i+1
	for a > 0 && i-a < maxLatin && latin(text[a-1]) {
		a--
	}
	for b < len(text) && b-i < maxLatin && latin(text[b]) {
		b++
	}
	var h uint64 = 0x243F6A8885A308D3
	var upper, lower, digit, innerUpper int
	for j := a; j < b; j++ {
		r := halfWidth(text[j])
		switch {
		case r >= 'A' && r <= 'Z':
			upper++
			if j > a {
				innerUpper++
			}
			r += 'a' - 'A'
		case r >= 'a' && r <= 'z':
			lower++
		default:
			digit++
		}
		h = mix(h, uint64(r))
	}
	if upper+lower == 0 {
		return buf
	}
	var pos uint64 // begin, inside, end, single
	switch {
	case b-a == 1:
		pos = 3
	case i == a:
		pos = 0
	case i == b-1:
		pos = 2
	default:
		pos = 1
	}
	var shape rune
	switch {
	case upper == 0:
		shape = 0 // grubby
	case lower == 0:
		shape = 1 // TSL
	case innerUpper == 0:
		shape = 2 // Grubby
	default:
		shape = 3 // TaeJa, JohnKonrad
	}
	if digit > 0 {
		shape |= 4
	}
	shape = shape<<4 | rune(min(b-a, 9))
	buf = append(buf, key(tL, pos, rune(uint32(h)), rune(uint32(h>>32))))
	buf = append(buf, key(tLS, pos, shape))
	buf = append(buf, key(tLC, 0, at(text, a-2), at(text, a-1)))
	buf = append(buf, key(tLC, 1, at(text, b), at(text, b+1)))
	return buf
}
