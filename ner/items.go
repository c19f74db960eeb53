package ner

import "github.com/orggraph/orggraph/ner/lexicon"

// bodyPhrase is a run of place, level and body words: 岳阳经开区, 区工委,
// 湖南省委组织部, or a news outlet.
type bodyPhrase struct {
	start, end int
	placeText  string
	lastPlace  string // the text of the last place written (祁东 in 湖南祁东)
	place      *lexicon.Entry
	levelText  string
	level      string
	cores      []*lexicon.Entry
	coreTexts  []string
	outlet     bool
	text       string // as written; for outlets with lost characters, restored

	gazPlace *lexicon.Entry   // the most specific gazetteer place written (not a town)
	towns    []*lexicon.Entry // townships, streets and villages written, in order
	under    *bodyPhrase      // the body a bare department belongs to (县委 for 政法委)
	local    bool             // an abbreviation the document does not qualify

	canonical, partOf, kind string
	resolved                bool
}

func (b *bodyPhrase) isPlace() bool { return !b.outlet && len(b.cores) == 0 && b.level != "unit" }

type roleItem struct {
	start, end int
	text       string
	entry      *lexicon.Entry
	body       *bodyPhrase // as written before the role, nil if none
	place      *bodyPhrase // a place written before the role (灞桥区区长)
	inherited  *bodyPhrase // the previous chain's body, when none is written
	unit       string      // 局 for 局长 written with no body: the article's bureau
	chainBody  *bodyPhrase // for a head of government, the body written earlier in its chain
	former     bool        // written with 原: no longer held
	nominee    bool        // a candidate for it (候选人, 提名人选): no hold
	bareLevel  bool        // written after a bare level word (自治区副主席): no body, none carried
}

type holdDraft struct {
	status     string // appointed, removed, nominated, elected, former or ""
	since      string // YYYY-MM, from a career line's dates
	until      string
	person     string
	role       roleItem
	body       *bodyPhrase // after carry-over; nil for no body
	start, end int
	ns, ne     int    // the name
	stage      string // the stage that found it, for --explain
}

type jurPlace struct {
	name   string
	level  string // province, city, county, township
	zone   bool
	parent string
	code   string
}

// isZone reports whether j is a development zone: named so by the text,
// or a zone the gazetteer lists as a county (苏州工业园区).
func (j *jurPlace) isZone() bool {
	return j.zone || hasAnySuffix(j.name, zoneSuffixes...)
}

// span is a tagger span in normalized byte offsets.
type span struct {
	typ        string
	start, end int
	user       bool // a name of the user's lexicons
}
