package ner

import (
	"regexp"
	"strings"
	"unicode/utf8"
)

// metaStage is the stage of the document's date, title and outlet.
type metaStage struct{ *docState }

var (
	reISODate = regexp.MustCompile(`(\d{4})\s*[-年/.]\s*(\d{1,2})\s*[-月/.]\s*(\d{1,2})`)
	reMD      = regexp.MustCompile(`(\d{1,2})月(\d{1,2})日`)
	reYear    = regexp.MustCompile(`(\d{4})年`)
)

func pad2(s string) string {
	if len(s) == 1 {
		return "0" + s
	}
	return s
}

// findDate returns the document's date: metadata, else the first full date
// in the first lines, else a dateline's month and day with a year found
// elsewhere.
func (d *metaStage) findDate() string {
	if d.doc.Date != "" {
		return d.doc.Date
	}
	head := d.s
	if len(head) > 2000 {
		head = head[:2000]
		for len(head) > 0 && !utf8.ValidString(head) {
			head = head[:len(head)-1]
		}
	}
	if m := reISODate.FindStringSubmatch(head); m != nil {
		return m[1] + "-" + pad2(m[2]) + "-" + pad2(m[3])
	}
	if m := reISODate.FindAllStringSubmatch(d.s, -1); len(m) > 0 {
		last := m[len(m)-1]
		return last[1] + "-" + pad2(last[2]) + "-" + pad2(last[3])
	}
	if md := reMD.FindStringSubmatch(head); md != nil {
		if y := reYear.FindStringSubmatch(d.s); y != nil {
			return y[1] + "-" + pad2(md[1]) + "-" + pad2(md[2])
		}
	}
	return ""
}

// findTitle returns the first non-empty line that is no page furniture
// (转载自…, 分享到…, an image's file name), trimmed.
func (d *metaStage) findTitle() string {
	if d.doc.Title != "" {
		return dropSiteSuffix(d.doc.Title)
	}
	for _, line := range strings.Split(d.s, "\n") {
		l := strings.TrimSpace(line)
		if l == "" || furniture(l) {
			continue
		}
		if utf8.RuneCountInString(l) > 80 {
			return ""
		}
		return dropSiteSuffix(l)
	}
	return ""
}

// furniture reports whether a line is a page's furniture, no title: a
// repost or share banner, or an image's file name alone.
func furniture(l string) bool {
	if hasAnyPrefix(l, "转载自", "转自", "分享到", "来源:", "发布时间", "首页", "当前位置", "您的位置", "【字体") {
		return true
	}
	lower := strings.ToLower(l)
	return !strings.ContainsAny(l, " ") && hasAnySuffix(lower, ".jpg", ".jpeg", ".png", ".gif", ".webp")
}

// dropSiteSuffix cuts the site's name a page title ends with
// (…常务会议_邵阳市人民政府, …会议 - 某某网, …会议|某某县人民政府网).
func dropSiteSuffix(t string) string {
	for _, sep := range []string{"_", " - ", "|", " — "} {
		if i := strings.LastIndex(t, sep); i > 0 {
			rest := strings.TrimSpace(t[i+len(sep):])
			if n := utf8.RuneCountInString(rest); n > 0 && n <= 20 && utf8.RuneCountInString(t[:i]) >= 4 {
				return strings.TrimSpace(t[:i])
			}
		}
	}
	return t
}

var reDateline = regexp.MustCompile(`^\s*\d{1,2}月\d{1,2}日(?:电|讯)`)

var reSource = regexp.MustCompile(`(?:来源|稿源|来源于)\s*[:]\s*`)

// reSourceName reads the name after 来源: up to a space, a line end or a
// punctuation mark.
var reSourceName = regexp.MustCompile(`(?:来源|稿源)\s*:\s*(\p{Han}[\p{Han}·]{1,29})`)

// findOutlet sets the document's outlet: metadata, a 来源: line, a
// dateline's outlet (X5月26日讯), else the first outlet in the head.
func (d *metaStage) findOutlet() {
	if d.doc.Outlet != "" {
		d.outlet = d.doc.Outlet
		return
	}
	var first *bodyPhrase
	for _, bp := range d.phrases {
		if !bp.outlet {
			continue
		}
		// Only the text right around the phrase matters: regexps on the
		// rest of a long document cost time for nothing.
		before := d.s[max(0, bp.start-40):bp.start]
		if loc := reSource.FindAllStringIndex(before, -1); len(loc) > 0 && loc[len(loc)-1][1] == len(before) {
			d.outlet = bp.text
			return
		}
		if reDateline.MatchString(d.s[bp.end:min(len(d.s), bp.end+40)]) {
			d.outlet = bp.text
			return
		}
		if first == nil && bp.start < 600 {
			first = bp
		}
	}
	if first != nil {
		d.outlet = first.text
		return
	}
	// A source the lexicons do not know, named after 来源: (来源:某某市
	// 人民政府办公室, 來源:某某縣人民政府網).
	if m := reSourceName.FindStringSubmatch(d.s[:min(len(d.s), 4000)]); m != nil {
		d.outlet = m[1]
		return
	}
	// An outlet the lexicons do not know, named by its dateline at the
	// start of a line: 临湘融媒5月18日讯.
	if m := reDatelineOutlet.FindStringSubmatchIndex(d.s[:min(len(d.s), 2000)]); m != nil {
		name, e := d.s[m[2]:m[3]], m[3]
		if hasAnyPrefix(name, selfOutlets...) {
			return // 本报北京5月10日电: the paper itself, unnamed
		}
		// The place it was filed from is no part of its name (临湘融媒长沙
		// 5月18日讯).
		for k := range name {
			if k > 0 && d.x.placeEntry(name[k:]) != nil {
				e = m[2] + k
				break
			}
		}
		d.outlet = d.s[m[2]:e]
	}
}

// selfOutlets are how an outlet names itself in a dateline (本报讯, 本台
// 北京5月10日电): no name of it.
var selfOutlets = []string{"本报", "本台", "本刊", "本网", "本站"}

var reDatelineOutlet = regexp.MustCompile(`(?m)^\s*(\p{Han}[\p{Han}·]{1,11}?)\s*(?:\d{4}年)?\d{1,2}月\d{1,2}日(?:电|讯)`)
