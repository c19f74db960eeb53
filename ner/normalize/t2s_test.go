package normalize

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/longbridgeapp/opencc"
)

// TestT2SMatchesOpenCC compares the conversion with OpenCC's own on every
// character of its dictionary, every phrase, and the traditional test
// articles.
func TestT2SMatchesOpenCC(t *testing.T) {
	cc, err := opencc.New("t2s")
	if err != nil {
		t.Fatal(err)
	}
	var inputs []string
	for _, line := range strings.Split(tsCharacters+tsPhrases, "\n") {
		if k, _, ok := strings.Cut(line, "\t"); ok {
			inputs = append(inputs, k)
		}
	}
	files, _ := filepath.Glob("../../testdata/*/*.txt")
	for _, f := range files {
		b, _ := os.ReadFile(f)
		inputs = append(inputs, strings.Split(string(b), "\n")...)
	}
	bad := 0
	for _, in := range inputs {
		want, err := cc.Convert(in)
		if err != nil {
			t.Fatal(err)
		}
		got := string(converter().convert([]rune(in), nil))
		if got != want {
			bad++
			if bad <= 10 {
				t.Errorf("%q: got %q, OpenCC %q", in, got, want)
			}
		}
	}
	if bad > 0 {
		t.Errorf("%d of %d inputs differ", bad, len(inputs))
	}
	if len(inputs) < 4000 {
		t.Errorf("only %d inputs", len(inputs))
	}
	t.Logf("%d inputs agree", len(inputs))
}
