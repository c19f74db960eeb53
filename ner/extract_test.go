package ner

import (
	"bytes"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"sync"
	"testing"
	"unicode/utf8"

	"github.com/orggraph/orggraph/ner/normalize"
)

var update = flag.Bool("update", false, "rewrite golden files")

var (
	xOnce   sync.Once
	xShared *Extractor
	xErr    error
)

func extractor(t testing.TB) *Extractor {
	xOnce.Do(func() { xShared, xErr = New(Config{}) })
	if xErr != nil {
		t.Fatal(xErr)
	}
	return xShared
}

// gold is the hand annotation format of testdata/*.gold.json.
type gold struct {
	Date    string   `json:"date"`
	Outlet  string   `json:"outlet"`
	Persons []string `json:"persons"`
	Holds   []struct {
		Person       string `json:"person"`
		Role         string `json:"role"`
		Org          string `json:"org"`
		OrgCanonical string `json:"org_canonical"`
	} `json:"holds"`
	Bodies     []Body   `json:"bodies"`
	Events     []Event  `json:"events"`
	NotPersons []string `json:"not_persons"`
}

func readGold(t *testing.T, path string) gold {
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	var g gold
	if err := json.Unmarshal(b, &g); err != nil {
		t.Fatalf("%s: %v", path, err)
	}
	return g
}

func TestSampleArticle(t *testing.T) {
	x := extractor(t)
	const base = "../testdata/hunan-daily-2022-05-26"
	src, err := os.ReadFile(base + ".txt")
	if err != nil {
		t.Fatal(err)
	}
	g := readGold(t, base+".gold.json")
	r := x.Extract(Document{ID: "hunan-daily-2022-05-26.txt", Src: src})

	if r.Date != g.Date {
		t.Errorf("date = %q, want %q", r.Date, g.Date)
	}
	if r.Outlet != g.Outlet {
		t.Errorf("outlet = %q, want %q", r.Outlet, g.Outlet)
	}
	var persons []string
	for _, p := range r.Persons {
		persons = append(persons, p.Name)
	}
	sort.Strings(persons)
	want := append([]string(nil), g.Persons...)
	sort.Strings(want)
	if strings.Join(persons, " ") != strings.Join(want, " ") {
		t.Errorf("persons = %v, want exactly %v", persons, want)
	}
	holds := map[string]bool{}
	for _, h := range r.Holds {
		holds[h.Person+"|"+h.Role+"|"+h.Org+"|"+h.OrgCanonical] = true
	}
	for _, h := range g.Holds {
		k := h.Person + "|" + h.Role + "|" + h.Org + "|" + h.OrgCanonical
		if !holds[k] {
			t.Errorf("missing hold %s", k)
		}
		delete(holds, k)
	}
	for k := range holds {
		t.Errorf("extra hold %s", k)
	}
	bodies := map[string]Body{}
	for _, b := range r.Bodies {
		bodies[b.Name] = b
	}
	for _, b := range g.Bodies {
		got, ok := bodies[b.Name]
		if !ok {
			t.Errorf("missing body %s", b.Name)
			continue
		}
		if got.Canonical != b.Canonical || got.PartOf != b.PartOf {
			t.Errorf("body %s = (%s, part of %q), want (%s, part of %q)", b.Name, got.Canonical, got.PartOf, b.Canonical, b.PartOf)
		}
	}
	if len(r.Events) != len(g.Events) {
		t.Fatalf("%d events, want %d", len(r.Events), len(g.Events))
	}
	for i, ge := range g.Events {
		re := r.Events[i]
		if re.Date != ge.Date || re.Title != ge.Title {
			t.Errorf("event %d = %s %s, want %s %s", i, re.Date, re.Title, ge.Date, ge.Title)
		}
		gotP := map[string]string{}
		for _, p := range re.Participants {
			a := append([]string(nil), p.Acts...)
			sort.Strings(a)
			gotP[p.Person] = strings.Join(a, ",")
		}
		for _, p := range ge.Participants {
			a := append([]string(nil), p.Acts...)
			sort.Strings(a)
			if gotP[p.Person] != strings.Join(a, ",") {
				t.Errorf("event %d: %s acts = %q, want %q", i, p.Person, gotP[p.Person], strings.Join(a, ","))
			}
			delete(gotP, p.Person)
		}
		for p := range gotP {
			t.Errorf("event %d: extra participant %s", i, p)
		}
	}
	for _, np := range g.NotPersons {
		for _, m := range r.Mentions {
			if m.Type == "person" && m.Text == np {
				t.Errorf("%s recognized as a person", np)
			}
		}
	}
	checkSpans(t, src, r)
	golden(t, "../testdata/golden/hunan-daily-2022-05-26.extract.json", r)
}

// checkSpans checks that every mention lies inside the input on rune
// boundaries and that the original bytes normalize to text containing the
// reported text's first character.
func checkSpans(t *testing.T, src []byte, r *Result) {
	t.Helper()
	for _, m := range r.Mentions {
		if m.Start < 0 || m.End > len(src) || m.Start > m.End {
			t.Fatalf("mention %+v out of bounds (input %d bytes)", m, len(src))
		}
		if utf8.Valid(src) {
			if m.Start < len(src) && !utf8.RuneStart(src[m.Start]) || m.End < len(src) && !utf8.RuneStart(src[m.End]) {
				t.Fatalf("mention %+v not on rune boundaries", m)
			}
		}
	}
}

func golden(t *testing.T, path string, v any) {
	t.Helper()
	got, err := json.MarshalIndent(v, "", "  ")
	if err != nil {
		t.Fatal(err)
	}
	got = append(got, '\n')
	if *update {
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, got, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test -update to create it)", err)
	}
	if !bytes.Equal(got, want) {
		t.Errorf("%s differs from the output; run go test ./ner -update and review git diff", path)
	}
}

func FuzzExtract(f *testing.F) {
	for _, s := range []string{
		"区工委书记文春方出席并讲话,区工委副书记、管委会主任谢春生主持",
		"会议召开。区委书记王某出席。",
		"湖南日?qǐng)?bào)·新湖南客户端5月26日讯(通讯员 张可)",
		"區(qū)委副書記、區(qū)長李良",
		"书记", "市委", "王", "\xff\xfe", "责编:",
		"岳阳市长李某武、平江县委副书记、平江县长王某", "欧洲议会前议长汉克斯", "新华社北京一月六日电国务院副总理", "梅仙镇长",
		"清水", "区委书记郭和水", "市委常委:曾某、侯某", "木合塔尔·克然木", "公孙福霞司长", "刘某,县委副书记、县长,",
		"县委书记张　伟,常委王 芳、李  娜出席", "王 ",
	} {
		f.Add([]byte(s))
	}
	x := extractor(f)
	f.Fuzz(func(t *testing.T, src []byte) {
		r := x.Extract(Document{ID: "fuzz", Src: src})
		checkSpans(t, src, r)
		for _, h := range r.Holds {
			if h.Start < 0 || h.End > len(src) || h.Start > h.End {
				t.Fatalf("hold %+v out of bounds", h)
			}
			if !utf8.ValidString(h.Sentence) || !utf8.ValidString(h.Person) {
				t.Fatalf("hold %+v: invalid UTF-8", h)
			}
		}
	})
}

func TestEncodingsAndHTML(t *testing.T) {
	x := extractor(t)
	// 县委书记张三出席 in GBK.
	gbk := []byte{0xCF, 0xD8, 0xCE, 0xAF, 0xCA, 0xE9, 0xBC, 0xC7, 0xD5, 0xC5, 0xC8, 0xFD, 0xB3, 0xF6, 0xCF, 0xAF}
	r := x.Extract(Document{Src: gbk})
	if len(r.Persons) != 1 || r.Persons[0].Name != "张三" {
		t.Fatalf("GBK: persons %v", r.Persons)
	}
	for _, m := range r.Mentions {
		if m.Type == "person" && (m.Start != 8 || m.End != 12) {
			t.Errorf("GBK: person span [%d,%d), want [8,12)", m.Start, m.End)
		}
	}
	html := "<html><body><script>var s='市长王五';</script><p>县委书记&nbsp;张三出席</p></body></html>"
	r = x.Extract(Document{Src: []byte(html), HTML: true})
	if len(r.Persons) != 1 || r.Persons[0].Name != "张三" {
		t.Errorf("HTML: persons %v", r.Persons)
	}
}

func TestHugeDocumentIsChunked(t *testing.T) {
	x := extractor(t)
	line := "县委书记张三出席会议并讲话,"
	var b bytes.Buffer
	for b.Len() < 2*MaxChunk+100 {
		b.WriteString(line)
	}
	src := b.Bytes()
	r := x.Extract(Document{Src: src})
	if len(r.Persons) != 1 {
		t.Fatalf("persons %v", r.Persons)
	}
	n := 0
	for _, m := range r.Mentions {
		if m.Type == "person" {
			n++
			if string(src[m.Start:m.End]) != "张三" {
				t.Fatalf("mention %+v slices to %q", m, src[m.Start:m.End])
			}
		}
	}
	if want := bytes.Count(src, []byte("张三")); n != want {
		t.Errorf("%d person mentions, want %d", n, want)
	}
}

// Every mention's bytes in the input, normalized, are its text: offsets
// point at what was found. And mentions are flat, as NER corpora annotate
// them: no place inside a body (中共平江县委, 人民银行长沙中心支行).
func TestMentionsSliceToTheirText(t *testing.T) {
	files, _ := filepath.Glob("../testdata/fixtures/*.txt")
	heldout, _ := filepath.Glob("../testdata/heldout/*.txt")
	files = append(append(files, heldout...), "../testdata/hunan-daily-2022-05-26.txt")
	x := extractor(t)
	bad := 0
	for _, f := range files {
		src, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		r := x.Extract(Document{ID: f, Src: src})
		nt := normalize.Normalize(src, normalize.Options{})
		norm := func(o int) int { // the first normalized offset at or past original offset o
			i := 0
			for i < len(nt.S) && nt.Orig(i) < o {
				i++
			}
			return i
		}
		for _, m := range r.Mentions {
			ns, ne := norm(m.Start), norm(m.End)
			if nt.BreakWithin(ns, ne) {
				continue // a lost character the outlet's name restores (湖南日?报)
			}
			got := nt.S[ns:ne]
			if strings.ReplaceAll(got, " ", "") != strings.ReplaceAll(m.Text, " ", "") {
				if bad++; bad <= 10 {
					t.Errorf("%s: %s mention %q at [%d,%d) slices to %q", filepath.Base(f), m.Type, m.Text, m.Start, m.End, got)
				}
			}
			// Flat, as NER corpora annotate: no place inside a body.
			for _, o := range r.Mentions {
				if m.Type == "place" && o.Type != "place" && o.Type != "person" && o.Start <= m.Start && m.End <= o.End {
					if bad++; bad <= 10 {
						t.Errorf("%s: place %q at [%d,%d) lies in %s %q", filepath.Base(f), m.Text, m.Start, m.End, o.Type, o.Text)
					}
				}
			}
		}
	}
}
