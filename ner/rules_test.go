package ner

import (
	"sort"
	"strings"
	"testing"
)

// holdsOf returns the holds found in s as sorted "person/role/org/canonical".
func holdsOf(t *testing.T, s string) string {
	r := extractor(t).Extract(Document{Src: []byte(s)})
	var out []string
	for _, h := range r.Holds {
		out = append(out, h.Person+"/"+h.Role+"/"+h.Org+"/"+h.OrgCanonical)
	}
	sort.Strings(out)
	return strings.Join(out, " ")
}

func TestHolds(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		// Title chains.
		{"岳阳经开区召开会议。区工委副书记、管委会主任谢春生主持", "谢春生/主任/管委会/岳阳经开区管委会 谢春生/副书记/区工委/岳阳经开区工委"},
		{"平江县召开会议,县委书记张三出席。", "张三/书记/县委/平江县委"},
		{"湖南省委组织部部长李四指出", "李四/部长/湖南省委组织部/湖南省委组织部"},
		// A shared title before a list of names.
		{"区工委领导王五、赵六出席", "王五/领导/区工委/区工委 赵六/领导/区工委/区工委"},
		// Bylines.
		{"(记者 刘七)", "刘七/记者//"},
		// A head of government with no body written.
		{"灞桥区召开大会,区委副书记、区长李良主持", "李良/副书记/区委/灞桥区委 李良/区长//灞桥区政府"},
		// A name right after a title ending in a surname character.
		{"灞桥区区长安文哲出席", "安文哲/区长//灞桥区政府"},
		// Not names.
		{"区工委高度重视", ""},
		{"书记任期五年", ""},
	} {
		if got := holdsOf(t, c.in); got != c.want {
			t.Errorf("%s\n got  %s\n want %s", c.in, got, c.want)
		}
	}
}
