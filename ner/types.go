package ner

// Mention is a span of the document recognized as a person, role, body,
// company or institution, news outlet or place (Type person, role, body,
// organization, outlet or place). Start
// and End are byte offsets into the original input (the bytes given to
// Extract); Text is the normalized (simplified) form.
type Mention struct {
	Type  string `json:"type"`
	Text  string `json:"text"`
	Start int    `json:"start"`
	End   int    `json:"end"`

	ns, ne int // normalized byte offsets
}

// Person is an official named in the document.
type Person struct {
	Name string `json:"name"`
	// Jurisdiction is the most specific place of the bodies the person
	// holds a post at ("" if unknown): with the name, it tells namesakes
	// apart across documents.
	Jurisdiction string `json:"jurisdiction,omitempty"`
}

// Body is an organization: a party committee, government, congress,
// department, development zone or news outlet.
type Body struct {
	// Name is the body as written (normalized).
	Name string `json:"name"`
	// Canonical is the name qualified by its jurisdiction: 区工委 in an
	// article about 岳阳经开区 is 岳阳经开区工委.
	Canonical string `json:"canonical"`
	// PartOf is the canonical name of the body or place it belongs to.
	PartOf string `json:"part_of"`
	// Kind is party, government, congress, cppcc, court, procuratorate,
	// department, zone, national (a body of the central state),
	// organization (a company or institution), outlet or other.
	Kind string `json:"kind,omitempty"`
	// Local is true when the body is an abbreviation the document does
	// not qualify (镇党委 with no township named): its canonical name is
	// only meaningful inside the document, and a graph never merges it
	// with another document's.
	Local bool `json:"local,omitempty"`
}

// Place is a place of the gazetteer named or implied by the document.
type Place struct {
	Name   string `json:"name"`
	Level  string `json:"level"`
	Code   string `json:"code,omitempty"`
	PartOf string `json:"part_of"`
}

// Hold says that a person holds a role at a body. Start and End are byte
// offsets into the original input of the evidence (title chain and name).
type Hold struct {
	Person       string `json:"person"`
	Role         string `json:"role"`
	Org          string `json:"org"`
	OrgCanonical string `json:"org_canonical"`
	// Status is "" for a post held, or appointed, removed, nominated,
	// elected, or former (原副主任: held before the document's date).
	Status string `json:"status,omitempty"`
	Date   string `json:"date,omitempty"`
	// Since and Until are the months (YYYY-MM) a career line dates the
	// post by (2011.08—2016.09 邵阳县副县长), where the text gives them.
	Since    string `json:"since,omitempty"`
	Until    string `json:"until,omitempty"`
	Start    int    `json:"start"`
	End      int    `json:"end"`
	Sentence string `json:"sentence,omitempty"`
	// Written is the sentence as the article writes it (traditional
	// characters stay traditional), where that differs from Sentence.
	Written string `json:"sentence_as_written,omitempty"`
}

// Participant is a person's part in an event.
type Participant struct {
	Person string   `json:"person"`
	Acts   []string `json:"acts"`
}

// Event is a dated meeting, inspection or similar occasion.
type Event struct {
	Date         string        `json:"date"`
	Kind         string        `json:"kind"`
	Title        string        `json:"title"`
	Participants []Participant `json:"participants"`
	Start        int           `json:"start"`
	End          int           `json:"end"`
}

// Result is what Extract finds in one document.
type Result struct {
	Doc    string `json:"doc"`
	Date   string `json:"date"`
	Outlet string `json:"outlet,omitempty"`
	Title  string `json:"title,omitempty"`
	// Jurisdiction is the document's place chain, most specific first:
	// [岳阳经开区 岳阳市 湖南省].
	Jurisdiction []string  `json:"jurisdiction"`
	Mentions     []Mention `json:"mentions"`
	Persons      []Person  `json:"persons"`
	Bodies       []Body    `json:"bodies"`
	Places       []Place   `json:"places"`
	Holds        []Hold    `json:"holds"`
	Events       []Event   `json:"events"`

	// Explain, when the Extractor was made with Config.Explain, tells for
	// each mention and hold the stage that made it, and for each proposal
	// dropped the stage that dropped it and why. It is not part of the
	// JSON.
	Explain []Step `json:"-"`
}

// Step is one line of an explanation: a mention or hold and the stage that
// made it, or a proposal (Dropped) and the stage that vetoed it. Start
// and End are byte offsets into the original input.
type Step struct {
	Kind       string // person, role, body, place, organization, outlet, hold
	Text       string
	Start, End int
	Stage      string
	Dropped    bool
	Why        string // why it was dropped
}
