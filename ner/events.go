package ner

import (
	"slices"
	"sort"
	"strings"
	"unicode/utf8"

	"github.com/orggraph/orggraph/ner/lexicon"
)

// eventStage is the stage of events: meetings, inspections and visits, with their date and who attended, presided or spoke.
type eventStage struct{ *docState }

func (d *eventStage) clauses() [][2]int {
	var out [][2]int
	start := 0
	for i, r := range d.s {
		switch r {
		case ',', '。', ';', '!', '?', '\n', ':':
			if i > start {
				out = append(out, [2]int{start, i})
			}
			start = i + len(string(r))
		}
	}
	if start < len(d.s) {
		out = append(out, [2]int{start, len(d.s)})
	}
	return out
}

// dateStated reports whether the sentence that holds p writes a date
// before p.
func (d *eventStage) dateStated(p int) bool {
	a := strings.LastIndexAny(d.s[:p], "。\n") + 1
	return reMDFull.MatchString(d.s[a:p])
}

// findEvents finds the meeting the article reports: a clause "X会议召开"
// or "召开X会议", with the acts of the persons named around it.
func (d *eventStage) findEvents() {
	cl := d.clauses()
	var ev *Event
	dated := false // ev's date is written in its sentence
	for _, c := range cl {
		txt := strings.TrimSpace(d.s[c[0]:c[1]])
		title := ""
		switch {
		case strings.HasSuffix(txt, "召开") || strings.HasSuffix(txt, "举行") || strings.HasSuffix(txt, "举办"):
			title = txt[:len(txt)-len("召开")]
		case strings.Contains(txt, "召开") || strings.Contains(txt, "举行"):
			k := strings.Index(txt, "召开")
			if k < 0 {
				k = strings.Index(txt, "举行")
			}
			title = txt[k+len("召开"):]
		}
		title = strings.TrimSpace(title)
		if title == "" || !hasAnySuffix(title, meetingWords...) {
			continue
		}
		// Prefer the clause that names the meeting with its jurisdiction
		// (the lede's), else the first one.
		if ev == nil || d.jurPrefixed(title) {
			s, e := d.t.Span(c[0], c[1])
			ev = &Event{Date: d.statedDate(c[0], c[1]), Kind: "会议", Title: title, Start: s, End: e}
			dated = d.dateStated(c[0])
		} else if !dated && title == ev.Title && d.dateStated(c[0]) {
			// The headline names it, the lede dates it: 12月27日,全县经济
			// 工作会议召开.
			ev.Date, dated = d.statedDate(c[0], c[1]), true
		}
		if d.jurPrefixed(title) {
			break
		}
	}
	visit := -1 // the clause of an inspection or visit, its visitors lead
	visitVerb := ""
	if ev == nil {
		for k, c := range cl {
			txt := d.s[c[0]:c[1]]
			for _, v := range visitVerbs {
				i := strings.Index(txt, v)
				if i < 0 {
					continue
				}
				to := max(strings.LastIndex(txt[:i], "到"), strings.LastIndex(txt[:i], "赴"))
				if to < 0 {
					continue
				}
				title := strings.TrimSpace(txt[to+len("到") : i+len(v)])
				if utf8.RuneCountInString(title) < 3 {
					continue
				}
				s, e := d.t.Span(c[0], c[1])
				ev = &Event{Date: d.statedDate(c[0], c[1]), Kind: v, Title: title, Start: s, End: e}
				visit, visitVerb = k, v
				break
			}
			if ev != nil {
				break
			}
		}
	}
	if ev == nil {
		return
	}
	acts := map[string][]string{}
	var order []string
	isAct := func(e *lexicon.Entry) bool { return e.Kind == lexicon.Act }
	pms := append([]Mention(nil), d.pmentions...)
	sort.SliceStable(pms, func(i, j int) bool { return pms[i].ns < pms[j].ns })
	j := 0
	// The clauses of a list that end with their name and state no act
	// (县长甲,常务副县长乙,组织部部长丙等出席会议): they take the act of the
	// clause that ends the list.
	var pending [][]Mention
	for ci, c := range cl {
		// Persons in this clause, in order (clauses are in text order).
		for j < len(pms) && pms[j].ns < c[0] {
			j++
		}
		var ps []Mention
		for k := j; k < len(pms) && pms[k].ns < c[1]; k++ {
			if pms[k].ne <= c[1] {
				ps = append(ps, pms[k])
			}
		}
		if len(ps) == 0 {
			continue
		}
		last := ps[len(ps)-1].ne
		var found []string
		for i := last; i < c[1]; {
			n, es := d.longest(i, isAct)
			if n > 0 {
				if a := es[0].Attr("act"); a == "出席" || a == "主持" || a == "讲话" || a == "参加" || a == "致辞" || a == "发言" || a == "陪同" || a == "列席" {
					found = append(found, a)
				}
				i += n
				continue
			}
			_, sz := d.runeAt(i)
			i += sz
		}
		if ci == visit {
			found = append([]string{visitVerb}, found...) // the visitors lead
		}
		if len(found) == 0 {
			if strings.TrimSpace(d.s[last:c[1]]) == "" && c[1] < len(d.s) && d.s[c[1]] == ',' {
				pending = append(pending, ps)
			} else {
				pending = nil
			}
			continue
		}
		var all []Mention
		for _, earlier := range pending {
			all = append(all, earlier...)
		}
		ps = append(all, ps...)
		pending = nil
		for _, p := range ps {
			if _, ok := acts[p.Text]; !ok {
				order = append(order, p.Text)
			}
			for _, a := range found {
				if !slices.Contains(acts[p.Text], a) {
					acts[p.Text] = append(acts[p.Text], a)
				}
			}
		}
	}
	if len(order) == 0 {
		return
	}
	for _, p := range order {
		ev.Participants = append(ev.Participants, Participant{Person: p, Acts: acts[p]})
	}
	d.res.Events = append(d.res.Events, *ev)
}

func (d *eventStage) jurPrefixed(title string) bool {
	for _, j := range d.jur {
		if strings.HasPrefix(title, j.name) {
			return true
		}
	}
	return false
}
