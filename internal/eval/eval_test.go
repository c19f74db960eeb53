package eval

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/orggraph/orggraph/ner"
)

// floors are the scores the fixtures must keep (F1).
var floors = map[string]float64{
	"persons":          0.98,
	"person+role":      0.95,
	"person+role+body": 0.95,
	"status":           0.95,
}

func extractor(t *testing.T) *ner.Extractor {
	x, err := ner.New(ner.Config{})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(x.Close)
	return x
}

func TestFixturesAboveFloor(t *testing.T) {
	golds, _ := filepath.Glob("../../testdata/fixtures/*.gold.json")
	sample, _ := filepath.Glob("../../testdata/*.gold.json")
	heldout, _ := filepath.Glob("../../testdata/heldout/*.gold.json")
	golds = append(append(golds, sample...), heldout...)
	if len(golds) < 227 {
		t.Fatalf("%d gold files, want at least 227", len(golds))
	}
	rep, err := Run(extractor(t), golds)
	if err != nil {
		t.Fatal(err)
	}
	var b strings.Builder
	rep.Write(&b, true)
	for k, f := range floors {
		if got := rep.Counts[k].F1(); got < f {
			t.Errorf("%s F1 %.3f below the floor %.2f", k, got, f)
		}
	}
	if t.Failed() {
		t.Log("\n" + b.String())
	}
}

// A gold that disagrees with the text must score low: the measure can fail.
func TestWrongGoldScoresLow(t *testing.T) {
	dir := t.TempDir()
	os.WriteFile(filepath.Join(dir, "a.txt"), []byte("2023年3月1日,平江县召开会议,县委书记欧阳志远出席。"), 0o644)
	os.WriteFile(filepath.Join(dir, "a.gold.json"), []byte(`{"source":"a.txt","persons":["李四"],"holds":[{"person":"李四","role":"县长","org_canonical":"平江县政府"}]}`), 0o644)
	rep, err := Run(extractor(t), []string{filepath.Join(dir, "a.gold.json")})
	if err != nil {
		t.Fatal(err)
	}
	for _, k := range []string{"persons", "person+role", "person+role+body"} {
		if c := rep.Counts[k]; c.F1() != 0 || c.FP == 0 || c.FN == 0 {
			t.Errorf("%s: %+v F1 %.2f, want 0 with misses and spurious items", k, *c, c.F1())
		}
	}
	if _, err := Run(extractor(t), []string{filepath.Join(dir, "missing.gold.json")}); err == nil {
		t.Error("a missing gold file gave no error")
	}
}

func TestCount(t *testing.T) {
	for _, c := range []struct {
		c        Count
		p, r, f1 float64
	}{
		{Count{TP: 8, FP: 2, FN: 0}, 0.8, 1, 8.0 / 9},
		{Count{}, 1, 1, 1},
		{Count{FP: 1}, 0, 1, 0},
	} {
		if c.c.P() != c.p || c.c.R() != c.r || c.c.F1()-c.f1 > 1e-9 || c.f1-c.c.F1() > 1e-9 {
			t.Errorf("%+v: P %v R %v F1 %v, want %v %v %v", c.c, c.c.P(), c.c.R(), c.c.F1(), c.p, c.r, c.f1)
		}
	}
}
