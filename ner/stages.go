package ner

// A stage is one pass of recognition over a document. The stages run in
// the order of the stages list, each reading the layers of the document
// it names and writing the ones it names; a layer is written only by the
// stages that say so, and read only after them.
//
// Each stage is a small type over the document (tagStage, appointStage,
// listStage…) holding its own rules; the recognizers that several stages
// ask (bodies, chains, names, resolver) hang off the document itself.
type stage struct {
	name   string
	reads  layer
	writes layer
	doc    string // what it does, for --explain and the package's readers
	run    func(d *docState)
}

// A layer is a part of what is known about a document.
type layer uint16

const (
	lText    layer = 1 << iota // the normalized text, its words and lexicon matches
	lTags                      // the tagger's spans
	lPhrases                   // body, place and outlet phrases
	lRoles                     // role mentions
	lPersons                   // person mentions
	lHolds                     // person holds role at body
	lJur                       // the document's jurisdiction and outlet
	lMeta                      // date and title
	lResult                    // the mentions, persons, bodies, places and holds written out
	lEvents                    // meetings and visits with their participants
)

var layerNames = []string{"text", "tags", "phrases", "roles", "persons", "holds", "jurisdiction", "meta", "result", "events"}

func (l layer) String() string {
	s := ""
	for i, n := range layerNames {
		if l&(1<<i) != 0 {
			if s != "" {
				s += ","
			}
			s += n
		}
	}
	return s
}

// stages is the recognizer, in order.
var stages = []stage{
	{"tag", lText, lTags,
		"the tagger proposes person, organization and place spans over the whole text",
		func(d *docState) { d.setTags((&tagStage{d}).tagText()) }},
	{"chains", lText | lTags, lPhrases | lRoles | lPersons | lHolds,
		"title chains with their names (区工委副书记、管委会主任谢春生), bodies and places",
		func(d *docState) { d.scan() }},
	{"appointments", lText | lTags | lPhrases | lPersons, lPhrases | lRoles | lPersons | lHolds,
		"appointments, removals, elections and nominations (任命…为…, …不再担任…职务)",
		func(d *docState) { (&appointStage{d}).appointments() }},
	{"attendee-lists", lText | lTags | lPersons, lPhrases | lRoles | lPersons | lHolds,
		"lists of officials, closed by a count or a collective word (甲、乙等领导同志出席)",
		func(d *docState) { (&listStage{d}).attendeeLists() }},
	{"bios", lText | lTags | lPersons, lPhrases | lRoles | lPersons | lHolds,
		"the bios of personnel notices (甲,男,汉族,…拟任…) and their tables (姓名⇥…⇥现任职务)",
		func(d *docState) { a := &appointStage{d}; a.bios(); a.tableRows() }},
	{"rosters", lText | lTags | lPersons, lRoles | lPhrases | lPersons | lHolds,
		"rosters: a title, a colon and the names that hold it",
		func(d *docState) { (&listStage{d}).rosters() }},
	{"outlet", lText | lPhrases, lJur,
		"the outlet that published the article (来源:, datelines)",
		func(d *docState) { (&metaStage{d}).findOutlet() }},
	{"jurisdiction", lText | lPhrases | lHolds, lJur,
		"the document's jurisdiction, most specific place first",
		func(d *docState) { d.resolveJurisdiction() }},
	{"model-persons", lText | lTags | lPhrases | lRoles | lPersons, lPersons,
		"the tagger's persons wherever they stand, vetoed where they are a title, place, body or common word",
		func(d *docState) { (&modelStage{d}).modelPersons() }},
	{"titles-after-names", lText | lTags | lPhrases | lPersons, lRoles | lPhrases | lPersons | lHolds,
		"titles written right after a tagged name",
		func(d *docState) { (&modelStage{d}).titlesAfterNames() }},
	{"names-before-titles", lText | lTags | lPhrases | lPersons, lRoles | lPhrases | lPersons | lHolds,
		"names written before their title (NAME省长, NAME总书记)",
		func(d *docState) { (&modelStage{d}).namesBeforeTitles() }},
	{"speakers", lText | lTags | lPhrases | lPersons, lPersons,
		"a speaker's name before a colon at the start of a line (姜山：…, 银监会刘明康：…)",
		func(d *docState) { (&modelStage{d}).speakers() }},
	{"bracket-credits", lText | lTags | lPersons, lPersons,
		"bylines and photo credits in brackets",
		func(d *docState) { (&creditStage{d}).bracketCredits() }},
	{"credits-after-names", lText | lTags | lPersons, lPersons,
		"names before 摄, 供稿, 整理, 报道",
		func(d *docState) { (&creditStage{d}).creditsAfterNames() }},
	{"known-names", lText | lPersons, lPersons,
		"every further occurrence of a name found, wherever it stands",
		func(d *docState) { (&knownStage{d}).findKnownNames() }},
	{"eponyms", lText | lPhrases | lRoles | lPersons, lPersons,
		"the person a doctrine is named after (邓小平理论, 马克思主义): a mention, no official",
		func(d *docState) { (&eponymStage{d}).eponyms() }},
	{"meta", lText, lMeta,
		"the document's date and title",
		func(d *docState) {
			m := &metaStage{d}
			d.res.Date = m.findDate()
			d.res.Title = m.findTitle()
			d.res.Outlet = d.outlet
		}},
	{"output", lText | lTags | lPhrases | lRoles | lPersons | lHolds | lJur | lMeta, lResult,
		"mentions, persons, bodies, places and holds, with canonical bodies and offsets into the original bytes",
		func(d *docState) { (&outputStage{d}).finish() }},
	{"events", lText | lResult | lJur | lMeta, lEvents,
		"meetings, inspections and visits, dated, with who attended, presided or spoke",
		func(d *docState) { (&eventStage{d}).findEvents() }},
}

// StageInfo describes a stage of the recognizer: its name as --explain
// prints it, the layers it reads and writes, and what it does.
type StageInfo struct {
	Name, Reads, Writes, Doc string
}

// Stages lists the recognizer's stages in the order they run.
func Stages() []StageInfo {
	out := make([]StageInfo, len(stages))
	for i, s := range stages {
		out[i] = StageInfo{s.name, s.reads.String(), s.writes.String(), s.doc}
	}
	return out
}
