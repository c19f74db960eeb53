package ner

import (
	"sort"
	"strings"
	"testing"
)

func personsOf(t *testing.T, s string) string {
	r := extractor(t).Extract(Document{Src: []byte(s)})
	var out []string
	for _, p := range r.Persons {
		out = append(out, p.Name)
	}
	sort.Strings(out)
	return strings.Join(out, " ")
}

// Names found without a title: cues, lists, and the words they must not
// be confused with.
func TestPersonsWithoutTitles(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"会上,尚某明同志和石某英同志作了发言。", "尚某明 石某英"},
		{"出席大会的市领导有:曹某泉、阳某国、彭某娟。", "彭某娟 曹某泉 阳某国"},
		{"。王某国指出,要抓好落实。", "王某国"},
		{"这很糟糕,但我认为仍然有希望。", ""},
		{"他们的编辑和组织工作实际上担当了前锋。", ""},
		{"收入等条件进行详细的审核和调查。", ""},
		{"通报有关情况。出席会议的同志", ""},
	} {
		if got := personsOf(t, c.in); got != c.want {
			t.Errorf("%s\n got  %q\n want %q", c.in, got, c.want)
		}
	}
}
