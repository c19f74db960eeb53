package ner

import "testing"

func TestBalanced(t *testing.T) {
	for _, c := range []struct {
		s    string
		want bool
	}{
		{"中国人民大学社会学系", true},
		{"《当代》杂志", true},
		{"“帐篷”分局", true},
		{"沙莲香(中国人民大学社会学系", false},
		{"帐篷”分局", false},
		{"爱康工程)", false},
		{"《蔚县人大志", false},
		{"(郑乃〈王光)〉", false},
	} {
		if got := balanced(c.s); got != c.want {
			t.Errorf("balanced(%q) = %v, want %v", c.s, got, c.want)
		}
	}
}
