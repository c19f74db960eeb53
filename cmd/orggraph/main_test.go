package main

import (
	"bytes"
	"encoding/json"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

const sample = "../../testdata/hunan-daily-2022-05-26.txt"

func runCmd(t *testing.T, stdin string, args ...string) (string, string, error) {
	t.Helper()
	var out, errb bytes.Buffer
	err := run(args, strings.NewReader(stdin), &out, &errb)
	return out.String(), errb.String(), err
}

func TestExtractSample(t *testing.T) {
	out, _, err := runCmd(t, "", "extract", sample)
	if err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(strings.TrimSpace(out), "\n")
	if len(lines) != 1 {
		t.Fatalf("%d lines, want 1", len(lines))
	}
	var r struct {
		Doc     string `json:"doc"`
		Persons []struct{ Name string }
		Holds   []struct {
			Person, Role string
			OrgCanonical string `json:"org_canonical"`
		}
	}
	if err := json.Unmarshal([]byte(lines[0]), &r); err != nil {
		t.Fatal(err)
	}
	if r.Doc != sample || len(r.Persons) != 8 || len(r.Holds) != 9 {
		t.Errorf("doc %q, %d persons, %d holds; want %q, 8, 9", r.Doc, len(r.Persons), len(r.Holds), sample)
	}
}

func TestExtractStdin(t *testing.T) {
	out, _, err := runCmd(t, "县委书记张三出席", "extract", "-")
	if err != nil || !strings.Contains(out, `"person":"张三"`) {
		t.Errorf("err %v, out %s", err, out)
	}
}

func TestBuildFormats(t *testing.T) {
	dir := t.TempDir()
	for _, name := range []string{"g.graphml", "g.dot"} {
		p := filepath.Join(dir, name)
		if _, _, err := runCmd(t, "", "build", sample, "-o", p); err != nil {
			t.Fatal(err)
		}
		a, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.Contains(a, []byte("谢春生")) {
			t.Errorf("%s lacks 谢春生", name)
		}
		// Byte-identical across runs.
		if _, _, err := runCmd(t, "", "build", "-o", p, sample); err != nil {
			t.Fatal(err)
		}
		b, _ := os.ReadFile(p)
		if !bytes.Equal(a, b) {
			t.Errorf("%s differs between runs", name)
		}
	}
	out, _, err := runCmd(t, "", "build", "--format", "dot", sample)
	if err != nil || !strings.HasPrefix(out, "digraph") {
		t.Errorf("build to stdout: %v %q", err, out[:min(len(out), 40)])
	}
	entries, _ := os.ReadDir(dir)
	for _, e := range entries {
		if strings.Contains(e.Name(), ".tmp-") {
			t.Errorf("temporary file left: %s", e.Name())
		}
	}
}

func TestBadInput(t *testing.T) {
	dir := t.TempDir()
	empty := filepath.Join(dir, "empty.txt")
	bin := filepath.Join(dir, "bin.dat")
	os.WriteFile(empty, nil, 0o644)
	os.WriteFile(bin, []byte{0x7f, 'E', 'L', 'F', 0, 0, 1}, 0o644)
	out := filepath.Join(dir, "out.graphml")
	_, stderr, err := runCmd(t, "", "build", empty, bin, filepath.Join(dir, "missing.txt"), sample, "-o", out)
	if !errors.Is(err, errReported) {
		t.Errorf("err = %v, want the failed-inputs error", err)
	}
	for _, want := range []string{"empty.txt: empty file", "bin.dat: binary file", "missing.txt", "3 of 4 inputs failed"} {
		if !strings.Contains(stderr, want) {
			t.Errorf("stderr lacks %q:\n%s", want, stderr)
		}
	}
	// The good input still made a complete graph.
	if b, err := os.ReadFile(out); err != nil || !bytes.HasSuffix(b, []byte("</graphml>\n")) {
		t.Errorf("graph not written completely: %v", err)
	}
}

func TestUsageErrors(t *testing.T) {
	for _, args := range [][]string{
		{},
		{"frobnicate"},
		{"extract"},
		{"extract", "--nope", sample},
		{"build", "--format", "pdf", sample},
	} {
		_, _, err := runCmd(t, "", args...)
		var ue usageError
		if !errors.As(err, &ue) {
			t.Errorf("%v: err = %v, want a usage error", args, err)
		}
	}
	out, _, err := runCmd(t, "", "help")
	if err != nil || !strings.Contains(out, "orggraph build") {
		t.Errorf("help: %v %q", err, out)
	}
}

func TestUnwritableOutput(t *testing.T) {
	_, _, err := runCmd(t, "", "build", sample, "-o", "/nonexistent-dir/g.graphml")
	if err == nil {
		t.Error("writing into a missing directory succeeded")
	}
}
