// Package normalize turns scraped Chinese news text into the clean form the
// recognizer reads, and keeps a map from every byte of the clean text back to
// the byte of the original input it came from.
//
// The steps, in order: invalid UTF-8 bytes become U+FFFD (one per byte), a
// leading byte-order mark is dropped, inline ruby pinyin glosses such as
// 經(jīng) or 區（qū） are removed, full-width ASCII and the ideographic space are
// folded to ASCII, and traditional characters are converted to simplified at
// phrase level (OpenCC t2s). A "?" carrying a pinyin gloss, as in 日?(qǐng)報,
// is a character the scraper lost: it is removed and its place recorded as a
// hard boundary, so that the recognizer never glues its neighbours into one
// name.
//
// Full NFKC is deliberately not applied: it would turn ① into 1 and 〇 into
// other forms that news text relies on. One garble of mirror pages is
// mended: 縣 written ??h (its GBK lead byte lost, see mendCounty).
package normalize

import (
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Text is normalized text with its way back to the original input.
//
// All offsets are byte offsets. Offsets into Text.S are "normalized
// offsets"; the values returned by Orig and Span are byte offsets into the
// original input passed to Normalize.
type Text struct {
	// S is the normalized text, valid UTF-8.
	S string
	// start[i] and end[i] are the original byte span of the source unit
	// that produced byte i of S.
	start, end []int32
	// Breaks holds, in ascending order, the normalized byte offset where
	// each lost character stood; n lost characters in a row give n equal
	// entries. A name must not span one.
	Breaks []int
	// Encoding is the encoding the input was decoded from.
	Encoding string
	origLen  int
}

// Orig returns the original byte offset of normalized byte offset i. For
// i == len(S) it returns the length of the original input.
func (t *Text) Orig(i int) int {
	if i >= len(t.S) {
		return t.origLen
	}
	return int(t.start[i])
}

// Span maps the normalized byte range [start, end) to the original byte
// range it was produced from.
func (t *Text) Span(start, end int) (int, int) {
	if start >= end {
		o := t.Orig(start)
		return o, o
	}
	return int(t.start[start]), int(t.end[end-1])
}

// BreakWithin reports whether a lost-character boundary lies strictly
// inside the normalized byte range [start, end).
func (t *Text) BreakWithin(start, end int) bool {
	i := sort.SearchInts(t.Breaks, start+1)
	return i < len(t.Breaks) && t.Breaks[i] < end
}

// LostAt returns how many lost characters stood at normalized byte offset
// i (0 if none).
func (t *Text) LostAt(i int) int {
	k := sort.SearchInts(t.Breaks, i)
	n := 0
	for k+n < len(t.Breaks) && t.Breaks[k+n] == i {
		n++
	}
	return n
}

// OrigLen is the length in bytes of the original input.
func (t *Text) OrigLen() int { return t.origLen }

// Options select the steps of a normalization profile. The zero value
// applies every step.
type Options struct {
	// Encoding of the input: one of Encodings; "" detects it.
	Encoding string
	// HTML strips markup, scripts, styles and navigation, keeping text.
	HTML            bool
	KeepRuby        bool // do not remove pinyin ruby glosses
	KeepTraditional bool // do not convert traditional to simplified
	KeepWidth       bool // do not fold full-width forms
}

// unit is one rune of the text being built, with its original span.
type unit struct {
	r          rune
	start, end int32
	lost       int32 // lost characters removed right before this unit
}

// Normalize applies the profile to src, which should be UTF-8; bytes that
// are not valid UTF-8 are replaced by U+FFFD each. It is safe for
// concurrent use.
//
// Bytes that are not valid in the encoding become U+FFFD each.
func Normalize(src []byte, opt Options) *Text {
	enc := opt.Encoding
	if enc == "" || enc == "auto" {
		enc = Detect(src)
	}
	units := dropBOMs(decodeUnits(src, enc))
	if opt.HTML {
		units = stripHTML(units)
	}
	tail := 0 // lost characters at the very end
	if !opt.KeepRuby {
		// Removing a gloss can bring a "?" next to another gloss; repeat
		// until stable so that normalization is idempotent.
		for {
			n := len(units)
			var t int
			units, t = stripRuby(units)
			tail += t
			if len(units) == n {
				break
			}
		}
	}
	if !opt.KeepWidth {
		for k := range units {
			units[k].r = foldWidth(units[k].r)
		}
		units = dropPunctSpaces(units)
	}
	units = mendCounty(units)
	if !opt.KeepTraditional {
		units = toSimplified(units)
	}
	t := build(units, tail, len(src))
	t.Encoding = enc
	return t
}

// dropPunctSpaces removes the spaces web pages put around Chinese
// punctuation (王某 、李某, 县委常委 、部长, 领导有 :王某), which no name or
// title holds; spaces between characters (a byline's 郭  驰) and after a
// full stop (。 钟某 摄, a credit) stay.
func dropPunctSpaces(units []unit) []unit {
	punct := func(r rune) bool {
		switch r {
		case '、', ',', '。', ':', ';':
			return true
		}
		return false
	}
	var out []unit // made on the first space dropped: units is read behind k
	for k, u := range units {
		if u.r == ' ' || u.r == '\u00a0' {
			// The run of spaces this one is in, and what stands around it.
			a, b := k, k
			for a > 0 && (units[a-1].r == ' ' || units[a-1].r == '\u00a0') {
				a--
			}
			for b+1 < len(units) && (units[b+1].r == ' ' || units[b+1].r == '\u00a0') {
				b++
			}
			if a > 0 && punct(units[a-1].r) && units[a-1].r != '。' && b+1 < len(units) && isHan(units[b+1].r) ||
				b+1 < len(units) && punct(units[b+1].r) && a > 0 && isHan(units[a-1].r) {
				if out == nil {
					out = append(make([]unit, 0, len(units)), units[:k]...)
				}
				continue
			}
		}
		if out != nil {
			out = append(out, u)
		}
	}
	if out == nil {
		return units
	}
	return out
}

// mendCounty restores 縣 where a page lost its GBK lead byte and kept the
// trail byte, h, after one or two question marks (??h委副書記、縣長: 縣委),
// before a character that makes a county's word with it (委, 長, 政府,
// 人大, 紀委): the 縣 spans the garble's bytes. After a unit's name
// (鎮??h委) the garble is 黨 (黨委), which has the same trail byte.
func mendCounty(units []unit) []unit {
	var out []unit
	for k := 0; k < len(units); k++ {
		u := units[k]
		if u.r != '?' || k > 0 && units[k-1].r == '?' {
			if out != nil {
				out = append(out, u)
			}
			continue
		}
		j := k
		for j < len(units) && units[j].r == '?' && j-k < 2 {
			j++
		}
		if j >= len(units)-1 || units[j].r != 'h' || !strings.ContainsRune("委長长政人紀纪", units[j+1].r) {
			if out != nil {
				out = append(out, u)
			}
			continue
		}
		if out == nil {
			out = append(make([]unit, 0, len(units)), units[:k]...)
		}
		r := '縣'
		if k > 0 && strings.ContainsRune("鎮镇鄉乡村區区司院局校", units[k-1].r) && (units[j+1].r == '委') {
			r = '黨'
		}
		out = append(out, unit{r: r, start: u.start, end: units[j].end, lost: u.lost})
		k = j
	}
	if out == nil {
		return units
	}
	return out
}

// dropBOMs removes the byte-order marks (U+FEFF) the text holds past its
// start: invisible, and a leading one would be read as the encoding's
// mark when the normalized text is read again.
func dropBOMs(units []unit) []unit {
	out := units[:0]
	for _, u := range units {
		if u.r != 0xFEFF {
			out = append(out, u)
		}
	}
	return out
}

func build(units []unit, tail int, origLen int) *Text {
	n := 0
	for _, u := range units {
		n += utf8.RuneLen(u.r)
	}
	b := make([]byte, 0, n)
	t := &Text{start: make([]int32, n), end: make([]int32, n), origLen: origLen}
	for _, u := range units {
		for i := int32(0); i < u.lost; i++ {
			t.Breaks = append(t.Breaks, len(b))
		}
		at := len(b)
		b = utf8.AppendRune(b, u.r)
		for j := at; j < len(b); j++ {
			t.start[j], t.end[j] = u.start, u.end
		}
	}
	for i := 0; i < tail; i++ {
		t.Breaks = append(t.Breaks, len(b))
	}
	t.S = string(b)
	return t
}

// foldWidth maps full-width ASCII variants to ASCII and the ideographic and
// no-break spaces to a space.
func foldWidth(r rune) rune {
	switch {
	case r >= 0xFF01 && r <= 0xFF5E:
		return r - 0xFF01 + 0x21
	case r == 0x3000 || r == 0x00A0:
		return ' '
	}
	return r
}

// isHan reports whether r is a CJK ideograph.
func isHan(r rune) bool { return unicode.Is(unicode.Han, r) }

const toneMarks = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜńňǹḿ"

func isPinyinRune(r rune) (letter, tone bool) {
	if r >= 'a' && r <= 'z' || r == 'ü' {
		return true, false
	}
	if strings.ContainsRune(toneMarks, r) {
		return true, true
	}
	return false, false
}

// rubyAt reports whether units[k:] starts with a parenthesised pinyin
// syllable, ASCII or full-width, with at least one tone mark, or the
// syllables of a word's gloss separated by spaces (書記(shū jì)), and
// returns its length in units.
func rubyAt(units []unit, k int) int {
	return gloss(units, k, false)
}

// gloss is rubyAt; with openLost the opening parenthesis may be missing,
// as it is where a scraper lost a character and its "(" in one "?".
func gloss(units []unit, k int, openLost bool) int {
	if k >= len(units) {
		return 0
	}
	if units[k].r != '(' && units[k].r != '（' {
		if !openLost {
			return 0
		}
		k-- // pretend the lost "?" was the parenthesis
	}
	tone := false
	j := k + 1
	syl, letters := 1, 0
	for ; j < len(units) && letters <= 7; j++ {
		r := units[j].r
		if r == ')' || r == '）' {
			break
		}
		if r == ' ' && j > k+1 && j+1 < len(units) && (units[j+1].r == ')' || units[j+1].r == '）') {
			continue // a mirror's space before the parenthesis: 會(huì )
		}
		if r == ' ' && letters > 0 && syl < 4 {
			syl, letters = syl+1, 0 // a word's gloss: 書記(shū jì)
			continue
		}
		l, t := isPinyinRune(r)
		if !l {
			return 0
		}
		letters++
		tone = tone || t
	}
	if j >= len(units) || (units[j].r != ')' && units[j].r != '）') || j == k+1 || !tone {
		return 0
	}
	return j - k + 1
}

// stripRuby removes pinyin glosses after Han characters, and "?" or U+FFFD
// with a gloss (a lost character), counting the lost characters on the unit
// that follows them; it returns the count left at the end.
func stripRuby(units []unit) ([]unit, int) {
	out := make([]unit, 0, len(units))
	var pending int32
	push := func(u unit) {
		u.lost += pending
		pending = 0
		out = append(out, u)
	}
	for k := 0; k < len(units); k++ {
		u := units[k]
		if n := rubyAt(units, k+1); n > 0 && isHan(u.r) {
			push(u)
			for n > 0 { // 中(zhōng)(zhòng): every gloss goes
				k += n
				n = rubyAt(units, k+1)
			}
			continue
		}
		if u.r == '?' || u.r == '？' || u.r == utf8.RuneError {
			n := rubyAt(units, k+1)
			if n == 0 {
				n = gloss(units, k+1, true) - 1
			}
			if n > 0 {
				pending += 1 + u.lost
				k += n
				continue
			}
		}
		push(u)
	}
	return out, int(pending)
}
