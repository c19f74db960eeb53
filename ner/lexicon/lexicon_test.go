package lexicon

import (
	"strings"
	"testing"
)

func TestParseErrors(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"书记\n", "u.tsv:1: want word<TAB>kind"},
		{"# c\n\n书记\tfoo\n", "u.tsv:3: unknown kind \"foo\""},
		{"书记\trole\tx\n", "u.tsv:1: attribute \"x\" is not key=value"},
		{"a\tb\tc\td\n", "u.tsv:1: too many"},
		{"\trole\n", "u.tsv:1: empty word"},
		{"书\xff\trole\n", "u.tsv:1: not valid UTF-8"},
	} {
		_, err := Parse(strings.NewReader(c.in), "u.tsv")
		if err == nil || !strings.HasPrefix(err.Error(), c.want) {
			t.Errorf("Parse(%q) = %v, want %s...", c.in, err, c.want)
		}
	}
}

func TestParseNormalizes(t *testing.T) {
	es, err := Parse(strings.NewReader("（中共中央）\tbody\n區工委\tbody\tcanon=區工委\n"), "u.tsv")
	if err != nil {
		t.Fatal(err)
	}
	if es[0].Word != "(中共中央)" || es[1].Word != "区工委" || es[1].Attr("canon") != "区工委" {
		t.Errorf("got %q %q %q", es[0].Word, es[1].Word, es[1].Attr("canon"))
	}
}

func TestEmbedded(t *testing.T) {
	es, err := Embedded()
	if err != nil {
		t.Fatal(err)
	}
	l := New(es)
	for _, c := range []struct {
		word string
		kind Kind
	}{{"书记", Role}, {"管委会", Body}, {"岳阳", Place}, {"灞桥区", Place}, {"欧阳", Surname}, {"市", Level}} {
		if !l.Has(c.word, c.kind) {
			t.Errorf("%s is not a %s", c.word, c.kind)
		}
	}
	if e := l.Get("岳阳", Place); e.Attr("full") != "岳阳市" || e.Attr("parent") != "湖南省" {
		t.Errorf("岳阳: %v", e.Attrs)
	}
	n, _ := l.Longest("常务副市长", 0, nil)
	if n != len("常务副") {
		t.Errorf("Longest = %d", n)
	}
}
