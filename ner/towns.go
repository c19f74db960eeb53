package ner

import (
	"strings"
	"unicode/utf8"

	"github.com/orggraph/orggraph/ner/lexicon"
)

// townSuffixNear reports whether a town suffix follows two or three
// characters after p.
func (d *bodies) townSuffixNear(p int) bool {
	if p+6 <= len(d.s) && d.s[p+3:p+6] == "村" && d.oneCharVillage(p, p+3) {
		return true // 余村党支部
	}
	for _, k := range [...]int{6, 9, 12} {
		if p+k+3 > len(d.s) {
			return false
		}
		// The three bytes of 镇, 乡, 村 or the start of 街道 or 社区,
		// compared without decoding.
		switch d.s[p+k : p+k+3] {
		case "镇", "乡", "村":
			// Four characters before the suffix only in an ethnic
			// township (二酉苗族乡).
			return k < 12 || d.s[p+k-3:p+k] == "族"
		case "街":
			if strings.HasPrefix(d.s[p+k:], "街道") {
				return true
			}
		case "社":
			if strings.HasPrefix(d.s[p+k:], "社区") {
				return true
			}
		case "苏", "嘎":
			// Inner Mongolia's sumu and gacha (阿尔巴斯苏木).
			if hasAnyPrefix(d.s[p+k:], "苏木", "嘎查") {
				return true
			}
		}
	}
	return false
}

// townAt reads a township, street or village name at p that no lexicon
// holds: two to four characters starting a word, 镇, 乡, 街道, 苏木, 社区,
// 嘎查 or 村, and
// then a body word or a title (安定镇党委, 辛家庙街道党工委, 大坪乡乡长).
//
// After a county (平江县安定镇) or before 召开, 举行 and the like, nothing
// more is needed.
func (d *bodies) townAt(p int, afterPlace bool) (int, *lexicon.Entry) {
	if !d.townSuffixNear(p) {
		return 0, nil
	}
	// A place's name the town shares may hold a vetoed character (太和镇,
	// 和平乡: 太和 and 和平 are counties too).
	pn, _ := d.longest(p, isPlace)
	q := p
	for k := 0; k < 4; k++ {
		r, n := d.runeAt(q)
		if n == 0 || !isHan(r) || strings.ContainsRune(townVetoes, r) && q >= p+pn {
			return 0, nil
		}
		if strings.ContainsRune("县市区省州旗", r) {
			// Only inside a name that is no place, right before its
			// suffix: 横市镇, not 岳阳市镇.
			if k == 0 || d.x.placeEntry(d.s[p:q+n]) != nil || !hasAnyPrefix(d.s[q+n:], "镇", "乡", "街道") {
				return 0, nil
			}
		}
		q += n
		if k == 0 && !d.oneCharVillage(p, q) {
			continue
		}
		for _, ts := range townSuffixes {
			if !strings.HasPrefix(d.s[q:], ts.suffix) {
				continue
			}
			e := q + len(ts.suffix)
			// A head's title that shares the suffix: 梅仙镇长 (see
			// sharedLevel); not 小城镇长效.
			headAfter := (ts.suffix == "镇" || ts.suffix == "乡") && strings.HasPrefix(d.s[e:], "长") && !d.wordPast(e, e+len("长"))
			if n, _ := d.longest(e, func(en *lexicon.Entry) bool {
				return en.Kind == lexicon.Body || en.Kind == lexicon.Role || en.Kind == lexicon.RoleMod // 石江镇副镇长
			}); n == 0 && !headAfter && !afterPlace && !hasAnyPrefix(d.s[e:], eventVerbs...) &&
				!hasAnySuffix(d.s[:p], placePreps...) && (ts.level != "township" || !d.villageAt(e)) {
				continue
			}
			// The name must not run into a lexicon word, and must start
			// a word for the segmenter.
			if n, _ := d.longest(p, func(en *lexicon.Entry) bool { return en.Kind != lexicon.Surname && en.Kind != lexicon.Place }); n > pn {
				return 0, nil // …unless a place's name is longer (和平镇: 和平, not 和)
			}
			d.segment(p)
			tk, ok := d.tokAt[p]
			if !ok {
				return 0, nil // not a word start
			}
			switch tk.Tag {
			case "p", "c", "d", "f", "r", "u", "uj":
				if tk.End < q {
					return 0, nil // 把农村党支部, 更使村团支部, 中选拔村团支部: a clause's words
				}
			}
			if v := d.verbs(p, q); v >= 2 || v == 1 && ts.suffix == "社区" {
				return 0, nil // 组织开展社区治理: verbs, not a name (安定镇 has one)
			}
			if last, _ := utf8.DecodeLastRuneInString(d.s[p:q]); strings.ContainsRune(townNoEnd, last) {
				return 0, nil // 会议由乡党委: by the township's committee
			}
			if ts.suffix == "嘎查" && strings.HasPrefix(d.s[e:], "村") {
				return 0, nil // 嘎查村: Inner Mongolia's villages in general
			}
			if st, ok := d.tokAt[q]; ok && st.End > e && !(headAfter && st.End == e+len("长")) {
				return 0, nil // the suffix starts a longer word (乡村; but 镇长 of 梅仙镇长)
			}
			if strings.HasSuffix(d.s[p:e], "乡镇") {
				if _, ok := d.tokAt[q]; !ok {
					return 0, nil // 要把乡镇党委: 乡镇, the townships in general (not 横市镇, 毛集镇)
				}
			}
			if k := e - len("农村"); k > p && strings.HasSuffix(d.s[p:e], "农村") {
				if tk, ok := d.tokenBefore(k); ok && tk.End == k && tk.Tag != "" && strings.IndexByte("vdmqar", tk.Tag[0]) >= 0 {
					return 0, nil // 加强农村党支部, 一些农村中学: 农村, the villages in general, after a verb or a quantity
				}
			}
			name := d.s[p:e]
			return e - p, &lexicon.Entry{Word: name, Kind: lexicon.Place, Attrs: map[string]string{"level": ts.level, "town": "1"}}
		}
	}
	return 0, nil
}

// townNoEnd holds the function words that end no township's name: before
// 乡, 镇 or 村 they introduce the bare body of that level (由乡党委, 在镇
// 政府, 到村委会); elsewhere in a name they may stand (向阳镇). Those no
// name holds at all are townVetoes.
const townNoEnd = "由在对向从与的是为被把将到给让等"

// oneCharVillage reports whether the character at [p, q) names a village
// on its own (余村党支部): before 村 and a village body, and no word such
// as 各, 本 or 该 that says which village.
func (d *bodies) oneCharVillage(p, q int) bool {
	if !strings.HasPrefix(d.s[q:], "村") || strings.ContainsRune(villageVetoes, d.s2rune(p)) {
		return false
	}
	rest := d.s[q+len("村"):]
	return hasAnyPrefix(rest, villageBodies...)
}

// villageAt reports whether a village or community name starts at p
// (大成桥镇鹊山村): a township before one is a place.
func (d *bodies) villageAt(p int) bool {
	if !d.townSuffixNear(p) {
		return false
	}
	n, e := d.townAt(p, true)
	return n > 0 && e.Attr("level") == "village"
}
