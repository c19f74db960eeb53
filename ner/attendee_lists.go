package ner

import "strings"

// listStage is the stage of lists of officials: attendee lists, labelled lists and rosters, each name taking the titles before the list.
type listStage struct{ *docState }

// labelLists finds the names listed after a label and a colon.
func (d *listStage) labelLists() {
	for k := range occurrences(d.s, ":") {
		if !hasAnySuffix(d.s[:k], listLabels...) {
			continue
		}
		d.listed(skipSpace(d.s, k+1))
	}
}

// listed adds the persons of a list of names (参加人员:甲、乙).
func (d *listStage) listed(q int) [][2]int {
	seps := []string{"、", ",", "和", "及", "与"}
	if strings.HasSuffix(strings.TrimRight(d.s[:q], " "), ":") {
		seps = append(seps, " ") // 出席会议的县领导有:甲 乙 丙
	}
	names := d.nameList(q, seps...)
	for _, nm := range names {
		if !d.mentioned(nm[0], nm[1]) {
			d.addPerson(nm[0], nm[1])
		}
	}
	return names
}

// rosters reads lists of leaders written a line each, the name then its
// titles after spaces: "彭某强  县委书记".
func (d *listStage) rosters() {
	for line, end := range lines(d.s) {
		if d.tableLines[line] {
			continue // a personnel table's row, read under its header
		}
		s := skipSpace(d.s, line)
		e, ok := d.name(s, true)
		if !ok || e >= end || d.s[e] != ' ' && d.s[e] != '\t' {
			continue
		}
		q := skipSpace(d.s[:end], e)
		items, p := d.titles(q)
		if len(items) == 0 || strings.TrimSpace(d.s[p:end]) != "" {
			continue
		}
		d.record(items, [][2]int{{s, e}}, "")
	}
}

// attendeeLists finds the names listed after 有 in a sentence about who
// attended or was elected: 出席大会的市领导有:曹某、阳某; 出席会议的还有李某、
// 王某; 新当选的县委常委有:甲、乙. The titles before 有 are theirs.
func (d *listStage) attendeeLists() {
	d.labelLists()
	for k := range occurrences(d.s, "有") {
		off := k + len("有")
		// Only 有: or 还有, 领导有, 的有 introduce a list (not 有关).
		if !strings.HasPrefix(d.s[off:], ":") && !hasAnySuffix(d.s[:k], rosterLeads...) {
			continue
		}
		start := strings.LastIndexAny(d.s[:k], "。!?;\n") + 1
		clause := d.s[start:k]
		elected := strings.Contains(clause, "当选")
		if !elected && !strings.Contains(clause, "出席") && !strings.Contains(clause, "参加") && !strings.Contains(clause, "列席") && !strings.Contains(clause, "陪同") &&
			!strings.Contains(clause, "与会") && !strings.Contains(clause, "到会") {
			continue
		}
		names := d.listed(skipPrefix(d.s, off, ":"))
		// The titles the list is introduced by: 出席会议的县领导有,
		// 新当选的县委常委有.
		if de := strings.LastIndex(clause, "的"); de >= 0 && len(names) > 0 {
			ts := start + de + len("的")
			if lq, ok := d.levelRole(ts); ok {
				ts = lq // 县领导: a bare level word is no body
			}
			end := k
			for _, w := range []string{"还", "也"} {
				if strings.HasSuffix(d.s[:end], w) {
					end -= len(w) // 出席会议的市领导还有
				}
			}
			if items, p := d.titles(ts); len(items) > 0 && p == end {
				status := ""
				if elected {
					status = "elected"
				}
				d.record(items, names, status)
			}
		}
	}
}
