package ner

import "unicode/utf8"

// eponymStage is the stage of eponyms: the person a doctrine is named
// after (邓小平理论, 毛泽东思想, 马克思主义), a person mentioned, no official
// of the graph.
type eponymStage struct{ *docState }

// eponyms adds a mention of the person of three characters, a surname and
// a given name that start a word of the segmenter (邓小平理论 is one),
// that a doctrine word follows, where nothing else reads them.
func (d *eponymStage) eponyms() {
	// 马列 (主义, 著作) names Marx and Lenin, a character each.
	for k := range occurrences(d.s, "马列") {
		if !d.taken(k, k+len("马列")) && !d.wordAcross(k) {
			d.addMentionOnly(k, k+len("马"))
			d.addMentionOnly(k+len("马"), k+len("马列"))
		}
	}
	for _, w := range eponymWords {
		for k := range occurrences(d.s, w) {
			if d.foreignEponyms(k) {
				continue
			}
			s := k
			for n := 0; n < 3 && s > 0; n++ {
				r, sz := utf8.DecodeLastRuneInString(d.s[:s])
				if !isHan(r) {
					s = -1
					break
				}
				s -= sz
			}
			if s < 0 || s == k {
				continue
			}
			if n, _ := d.longest(s, isSurname); n == 0 {
				continue
			}
			if e, ok := d.ruleName(s, true); !ok || e != k || d.taken(s, k) {
				continue
			}
			// A word of the segmenter must start with the name and not
			// end inside it: not 国社会 of 中国社会主义 (社会主义).
			d.segment(s)
			if tk, ok := d.tokAt[s]; !ok || tk.End < k {
				continue
			}
			d.addMentionOnly(s, k)
		}
	}
}

// foreignEponyms adds a mention of each name the segmenter reads, alone,
// in the characters before a doctrine word at k (马克思主义, 马克思列宁主义,
// 托洛茨基主义: its dictionary has those as one word, so the few characters
// before k are cut on their own), where nothing else reads them, and
// reports whether it added any.
func (d *eponymStage) foreignEponyms(k int) bool {
	ws := k
	for n := 0; n < 8 && ws > 0; n++ {
		r, sz := utf8.DecodeLastRuneInString(d.s[:ws])
		if !isHan(r) {
			break
		}
		ws -= sz
	}
	toks := d.x.seg.Cut(d.s[ws:k])
	before, _ := utf8.DecodeLastRuneInString(d.s[:ws]) // a Han character: the window cut a word
	n := len(toks)
	for n > 0 {
		tk := toks[n-1]
		l := utf8.RuneCountInString(tk.Text)
		if !(tk.Tag == "nr" && l <= 3 || tk.Tag == "nrt" || tk.Tag == "nrf") || l < 2 || tk.Start == 0 && isHan(before) {
			break // a Han name has two or three characters (not 大力加强)
		}
		n--
	}
	if n == len(toks) || d.taken(ws+toks[n].Start, k) {
		return false
	}
	for _, tk := range toks[n:] {
		d.addMentionOnly(ws+tk.Start, ws+tk.End)
	}
	return true
}
