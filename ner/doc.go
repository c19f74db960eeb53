// Package ner recognizes officials, their roles and the bodies they serve
// in, in Chinese government news, and links them: person holds role at
// body, body part of body or place, person attended, presided or spoke at
// a dated meeting. Offsets in its results are byte offsets into the
// original input (the bytes given to Extract).
//
// # The recognizer in stages
//
// Extract normalizes the document (package normalize) and runs the stages
// of stages.go on it, in order. Each stage reads and writes one lattice
// (lattice.go): the lexicon's matches, the tagger's spans, the body and
// place phrases, the person and role mentions and the holds. A span enters
// only through the lattice's add methods, which note the stage that made
// it, and the lattice's one overlap policy is rulesFirst: a span of the
// rules stands, and the tagger's proposal enters only where it overlaps
// none. With Config.Explain (orggraph extract --explain) every mention and
// hold says which stage made it, and every proposal dropped says which
// stage dropped it and why.
//
// The stages, and their files:
//
//	tag                   tagging.go             the tagger proposes persons, organizations, places
//	chains                chains.go, titles.go   title chains: 区工委副书记、管委会主任谢春生
//	appointments          appointments.go        任命…为…, …不再担任…职务, 当选为, 辞去: appointments and removals
//	attendee-lists        attendee_lists.go      出席会议的领导有:甲、乙; 参加人员:甲、乙
//	bios                  bios.go                甲,男,汉族,…现任…,拟任…
//	rosters               attendee_lists.go      a name, spaces and its titles, a line each
//	outlet, meta          meta.go                the outlet, the date, the title
//	jurisdiction          resolve.go             the document's places; canonical bodies
//	model-persons         model_persons.go       the tagger's names wherever they stand, with vetoes
//	titles-after-names,
//	names-before-titles   names_before_titles.go NAME省长, NAME总书记, NAME巡视员
//	speakers              names_before_titles.go 姜山：…, a speaker before a colon
//	bracket-credits,
//	credits-after-names   credits.go             (西王镇 周雷), 王某 摄, 供稿, 整理
//	known-names           known_names.go         further occurrences of a name found
//	eponyms               eponyms.go             邓小平理论, 马克思主义: a mention, no official
//	output                output.go              mentions, persons, bodies, places, holds
//	                      mentions.go            经理, 分析师, 选手: role mentions only; 党的十五大
//	events                events.go              meetings, inspections and visits
//
// The recognizers the stages share hang off the document: bodies (body,
// place and outlet phrases: bodies.go, bodies_more.go, orgs.go, towns.go),
// chains (titles and the holds they record: chains.go, titles.go), names
// (names.go; long names with a dot, Mongolian, Tibetan, Uyghur and
// transliterated: names_long.go; the tagger's names and margins:
// names_model.go; lists of names and the counts that close them, 甲、乙
// 两名同志, 甲等100名同志: name_lists.go) and resolver (resolve.go). The word
// lists they consult (cue words, vetoes, collective words) are data, in
// cues.go and in the lexicon TSVs of package lexicon.
package ner
