package ner

import "strings"

// creditStage is the stage of credits: bylines and photo credits in brackets and names before 摄, 供稿, 整理, 报道.
type creditStage struct{ *docState }

// bracketCredits reads the credit in brackets that ends a paragraph:
// (舒畅), (西王镇 周雷): a name alone, or after a place or unit and spaces,
// is the writer's.
func (d *creditStage) bracketCredits() {
	for k := 0; k < len(d.s); {
		o := strings.IndexByte(d.s[k:], '(')
		if o < 0 {
			return
		}
		o += k
		k = o + 1
		c := strings.IndexByte(d.s[o:], ')')
		if c < 0 || c > 40 {
			continue
		}
		c += o
		after := strings.TrimLeft(d.s[c+1:], " \t")
		if after != "" && after[0] != '\n' {
			continue // not the end of a paragraph
		}
		inner := d.s[o+1 : c]
		s := o + 1
		if sp := strings.LastIndexByte(inner, ' '); sp >= 0 {
			s = o + 1 + sp + 1
		}
		if s == c || d.mentioned(s, c) {
			continue
		}
		e, ok := d.ruleName(s, true)
		if m, mok := d.modelPersonAt(s); mok && m == c {
			e, ok = m, true
		}
		if !ok || e != c || d.taken(s, c) {
			continue
		}
		d.addPerson(s, c)
	}
}

// creditsAfterNames reads the name before a credit word that ends a line
// or a bracket: the writer or photographer, a person with no post.
func (d *creditStage) creditsAfterNames() {
	for _, w := range creditWords {
		for i := range occurrences(d.s, w) {
			k := i + len(w)
			after := strings.TrimLeft(d.s[k:], " ")
			if after != "" && after[0] != '\n' && after[0] != ')' {
				continue
			}
			e := i
			for e > 0 && d.s[e-1] == ' ' {
				e--
			}
			s, ok := d.nameEndingAt(e)
			if !ok {
				s, ok = d.modelPersonEndingAt(e)
			}
			if !ok || d.mentioned(s, e) || d.taken(s, e) {
				continue
			}
			d.addPerson(s, e)
		}
	}
}
