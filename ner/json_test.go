package ner

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"testing"
)

func stdJSON(t testing.TB, r *Result) []byte {
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(r); err != nil {
		t.Fatal(err)
	}
	return bytes.TrimSuffix(b.Bytes(), []byte("\n"))
}

// AppendJSON writes what encoding/json writes.
func TestAppendJSONMatchesEncodingJSON(t *testing.T) {
	x := extractor(t)
	files, _ := filepath.Glob("../testdata/*/*.txt")
	files = append(files, "../testdata/hunan-daily-2022-05-26.txt")
	var rs []*Result
	for _, f := range files {
		src, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		rs = append(rs, x.Extract(Document{ID: f, Src: src}))
	}
	rs = append(rs, &Result{Doc: "a\"b\\c\n\t\x01<>&\u2028\xff", Holds: []Hold{{Person: "王", Status: "removed"}}},
		&Result{}, &Result{Events: []Event{{Participants: []Participant{{Person: "x"}}}}},
		&Result{Bodies: []Body{{Name: "镇党委", Local: true}}, Places: []Place{{Name: "p", Code: "1"}}})
	for _, r := range rs {
		want := stdJSON(t, r)
		got := r.AppendJSON(nil)
		if !bytes.Equal(got, want) {
			t.Errorf("%s:\n got  %s\n want %s", r.Doc, got, want)
		}
	}
}

func FuzzAppendJSON(f *testing.F) {
	f.Add("区工委书记文春方", "\x00\"\\\u2028")
	f.Fuzz(func(t *testing.T, a, b string) {
		r := &Result{Doc: a, Title: b, Persons: []Person{{Name: b, Jurisdiction: a}}}
		if got, want := r.AppendJSON(nil), stdJSON(t, r); !bytes.Equal(got, want) {
			t.Errorf("got %s want %s", got, want)
		}
	})
}
