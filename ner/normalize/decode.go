package normalize

import (
	"bytes"
	"strings"
	"unicode/utf16"
	"unicode/utf8"

	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/simplifiedchinese"
	"golang.org/x/text/encoding/traditionalchinese"
)

// Encodings names the encodings Decode knows. "" detects.
var Encodings = []string{"utf-8", "utf-16le", "utf-16be", "gb18030", "gbk", "big5"}

// ValidEncoding reports whether name is one of Encodings (or "" / "auto").
func ValidEncoding(name string) bool {
	name = strings.ToLower(name)
	if name == "" || name == "auto" || name == "utf8" || name == "gb2312" {
		return true
	}
	for _, e := range Encodings {
		if e == name {
			return true
		}
	}
	return false
}

// Detect guesses the encoding of src: a byte-order mark, else valid UTF-8,
// else whichever of GB18030 and Big5 decodes into more common Chinese
// characters.
func Detect(src []byte) string {
	switch {
	case bytes.HasPrefix(src, []byte{0xEF, 0xBB, 0xBF}):
		return "utf-8"
	case bytes.HasPrefix(src, []byte{0xFF, 0xFE}):
		return "utf-16le"
	case bytes.HasPrefix(src, []byte{0xFE, 0xFF}):
		return "utf-16be"
	}
	if utf8.Valid(src[:len(src)-trailingPartial(src)]) {
		return "utf-8"
	}
	sample := src
	if len(sample) > 1<<16 {
		sample = sample[:1<<16]
	}
	gb := score(sample, "gb18030")
	b5 := score(sample, "big5")
	if b5 > gb {
		return "big5"
	}
	if gb > 0 {
		return "gb18030"
	}
	return "utf-8"
}

// trailingPartial is the length of an incomplete UTF-8 sequence at the end.
func trailingPartial(b []byte) int {
	for i := 1; i <= 3 && i <= len(b); i++ {
		if utf8.RuneStart(b[len(b)-i]) {
			if !utf8.FullRune(b[len(b)-i:]) {
				return i
			}
			return 0
		}
	}
	return 0
}

// common holds frequent characters of news text, simplified and
// traditional: a decoding into them is likely the right one.
const common = "的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可主发年动同工也能下过子说产种面而方后多定行学法所民得经十三之进着等部度家力里如水化高自二理起小物现实加量都两体制机当使点从业本去把性好应开它合还因由其些然前外天政四日那社义事平形相全表间样与关各重新线内数正心反你明看原又么利比或但质气第向道命此变条只没结解问意建月公无系军很情者最立代想已通并提直题党程展五果料象员革位入常文总次品式活设及管特件长求老头基资边流路级少图山统接知较将组见计别她手角期根论运农指几九区强放决西被干做必战先回则任取据处队南给色光门即保治北造百规热领七海口东导器压志世金增争济阶油思术极交受联什认六共权收证改清己美再采转更单风切打白教速花带安场身车例真务具万每目至达走积示议声报斗完类八离华名确才科张信马节话米整空元况今集温传土许步群广石记需段研界拉林律叫且究观越织装影算低持音众书布复容儿须际商非验连断深难近矿千周委素技备半办青省列习响约支般史感劳便团往历市克何除消构府称太准精值号率族维划选标写存候毛亲快效斯院查江型眼王按格养易置派层片始却专状育厂京识适属圆包火住调满县局照参红细引听该铁价严龙飛這為個們來說時會對發動過國經與關當長東務議頭學體機實現點業電將開區區問題應從還進親門義見書記黨員幹縣鄉鎮領導務處黨委員會議區長縣長鎮長鄉長"

var commonSet = func() map[rune]bool {
	m := map[rune]bool{}
	for _, r := range common {
		m[r] = true
	}
	return m
}()

func score(sample []byte, enc string) int {
	n := 0
	eachUnit(sample, enc, func(u unit) {
		switch {
		case commonSet[u.r]:
			n += 2
		case u.r == utf8.RuneError:
			n -= 4
		}
	})
	return n
}

// decodeUnits decodes src into runes with their original byte spans. An
// undecodable byte becomes U+FFFD.
func decodeUnits(src []byte, enc string) []unit {
	units := make([]unit, 0, len(src)/2+1)
	eachUnit(src, enc, func(u unit) { units = append(units, u) })
	return units
}

// eachUnit calls emit for every rune of src decoded from enc, in order,
// without holding them all.
func eachUnit(src []byte, enc string, emit func(unit)) {
	enc = strings.ToLower(enc)
	switch enc {
	case "utf-16le", "utf-16be":
		le := enc == "utf-16le"
		i := 0
		if len(src) >= 2 && (le && src[0] == 0xFF && src[1] == 0xFE || !le && src[0] == 0xFE && src[1] == 0xFF) {
			i = 2
		}
		get := func(k int) uint16 {
			if le {
				return uint16(src[k]) | uint16(src[k+1])<<8
			}
			return uint16(src[k])<<8 | uint16(src[k+1])
		}
		for i+1 < len(src) {
			c := get(i)
			if utf16.IsSurrogate(rune(c)) && i+3 < len(src) {
				r := utf16.DecodeRune(rune(c), rune(get(i+2)))
				if r != utf8.RuneError {
					emit(unit{r: r, start: int32(i), end: int32(i + 4)})
					i += 4
					continue
				}
			}
			r := rune(c)
			if utf16.IsSurrogate(r) {
				r = utf8.RuneError
			}
			emit(unit{r: r, start: int32(i), end: int32(i + 2)})
			i += 2
		}
		if i < len(src) {
			emit(unit{r: utf8.RuneError, start: int32(i), end: int32(len(src))})
		}
		return
	case "gb18030", "gbk", "gb2312", "big5":
		var e encoding.Encoding = simplifiedchinese.GB18030
		if enc == "big5" {
			e = traditionalchinese.Big5
		}
		dec := e.NewDecoder()
		buf := make([]byte, 16)
		for i := 0; i < len(src); {
			b := src[i]
			if b < 0x80 {
				emit(unit{r: rune(b), start: int32(i), end: int32(i + 1)})
				i++
				continue
			}
			n := 2
			if enc != "big5" && i+1 < len(src) && src[i+1] >= 0x30 && src[i+1] <= 0x39 {
				n = 4
			}
			if b == 0x80 || b == 0xFF || i+n > len(src) {
				emit(unit{r: utf8.RuneError, start: int32(i), end: int32(i + 1)})
				i++
				continue
			}
			dec.Reset()
			nd, _, err := dec.Transform(buf, src[i:i+n], true)
			if err != nil || nd == 0 {
				emit(unit{r: utf8.RuneError, start: int32(i), end: int32(i + 1)})
				i++
				continue
			}
			for k := 0; k < nd; {
				r, sz := utf8.DecodeRune(buf[k:nd])
				emit(unit{r: r, start: int32(i), end: int32(i + n)})
				k += sz
			}
			i += n
		}
		return
	}
	i := 0
	if bytes.HasPrefix(src, []byte{0xEF, 0xBB, 0xBF}) {
		i = 3
	}
	for i < len(src) {
		r, n := utf8.DecodeRune(src[i:])
		if r == utf8.RuneError && n <= 1 {
			n = 1
		}
		emit(unit{r: r, start: int32(i), end: int32(i + n)})
		i += n
	}
}

// CharLen returns the length in bytes of the character at src[i] in the
// encoding, so that a long input can be cut between characters.
func CharLen(src []byte, i int, enc string) int {
	switch strings.ToLower(enc) {
	case "utf-16le", "utf-16be":
		return 2
	case "gb18030", "gbk", "gb2312":
		if src[i] < 0x81 || src[i] == 0xFF {
			return 1
		}
		if i+1 < len(src) && src[i+1] >= 0x30 && src[i+1] <= 0x39 {
			return 4
		}
		return 2
	case "big5":
		if src[i] < 0x81 || src[i] == 0xFF {
			return 1
		}
		return 2
	}
	_, n := utf8.DecodeRune(src[i:])
	return n
}

// Undecodable returns the encoding of src (enc, or the detected one when
// enc is "" or "auto"), how many of its characters cannot be decoded in it,
// and how many characters it has.
func Undecodable(src []byte, enc string) (used string, bad, total int) {
	if enc == "" || enc == "auto" {
		enc = Detect(src)
	}
	if enc == "utf-8" && utf8.Valid(src) {
		return enc, 0, utf8.RuneCount(src)
	}
	eachUnit(src, enc, func(u unit) {
		total++
		if u.r == utf8.RuneError && !bytes.Equal(src[u.start:u.end], []byte("\uFFFD")) {
			bad++
		}
	})
	return enc, bad, total
}
