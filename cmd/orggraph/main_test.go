package main

import (
	"bytes"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/orggraph/orggraph/internal/store"
	"github.com/orggraph/orggraph/internal/synth"
)

const sample = "../../testdata/hunan-daily-2022-05-26.txt"

func runCmd(t testing.TB, stdin string, args ...string) (string, string, error) {
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
	for _, name := range []string{"g.graphml", "g.dot", "g.gexf", "g.json", "g.html"} {
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
	neo := filepath.Join(dir, "neo4j")
	if _, _, err := runCmd(t, "", "build", "--format", "neo4j", "-o", neo, sample); err != nil {
		t.Fatal(err)
	}
	for _, f := range []string{"nodes.csv", "relationships.csv"} {
		if b, err := os.ReadFile(filepath.Join(neo, f)); err != nil || !bytes.Contains(b, []byte("谢春生")) {
			t.Errorf("neo4j %s: %v, or lacks 谢春生", f, err)
		}
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
	for _, want := range []string{"empty.txt: empty file", "bin.dat: binary file", "missing.txt", "1 document read, 3 inputs failed", "wrote " + out + ": "} {
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
		{"build", sample, "-o", "graph.pdf"},
		{"build", "--format", "neo4j", sample},
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
	// A folder cannot be made inside a file.
	file := filepath.Join(t.TempDir(), "file")
	os.WriteFile(file, []byte("x"), 0o644)
	_, _, err := runCmd(t, "", "build", sample, "-o", filepath.Join(file, "g.graphml"))
	if err == nil {
		t.Error("writing under a file succeeded")
	}
}

// -o into a missing folder makes the folder; the run ends with a summary
// on stderr that names the nodes and edges, unless --quiet.
func TestOutputFolderAndSummary(t *testing.T) {
	out := filepath.Join(t.TempDir(), "new", "sub", "g.gexf")
	_, stderr, err := runCmd(t, "", "build", sample, "-o", out)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(out); err != nil {
		t.Errorf("not written: %v", err)
	}
	if !regexp.MustCompile(`wrote .*g\.gexf: \d+ nodes, \d+ edges from 1 document\n`).MatchString(stderr) {
		t.Errorf("summary: %q", stderr)
	}
	_, stderr, _ = runCmd(t, "", "extract", sample)
	if !strings.Contains(stderr, "extracted 1 document: 8 persons, 9 holds") {
		t.Errorf("extract summary: %q", stderr)
	}
	_, stderr, _ = runCmd(t, "", "build", "--quiet", sample, "-o", out)
	if stderr != "" {
		t.Errorf("--quiet: %q", stderr)
	}
}

// Help goes to stdout; a mistake names the nearest flag or command and
// prints no page of usage.
func TestHelpAndSuggestions(t *testing.T) {
	for _, c := range []struct {
		args []string
		want string
	}{
		{[]string{"build", "--help"}, "Usage: orggraph build"},
		{[]string{"help", "query"}, "Usage: orggraph query"},
	} {
		out, stderr, err := runCmd(t, "", c.args...)
		if err != nil || !strings.Contains(out, c.want) || stderr != "" {
			t.Errorf("%v: err %v, stdout %.40q, stderr %q", c.args, err, out, stderr)
		}
	}
	for _, c := range []struct {
		args []string
		want string
	}{
		{[]string{"biuld", sample}, `did you mean "build"?`},
		{[]string{"build", "--qiuet", sample}, "did you mean --quiet?"},
		{[]string{"build", "--outt", "g.graphml", sample}, "did you mean -o?"},
	} {
		out, stderr, err := runCmd(t, "", c.args...)
		var ue usageError
		if !errors.As(err, &ue) || !strings.Contains(err.Error(), c.want) || out != "" || stderr != "" {
			t.Errorf("%v: err %v, stdout %.40q, stderr %.40q", c.args, err, out, stderr)
		}
	}
}

// TestMixedCorpus reads a directory of good and bad inputs in one run:
// GBK text, HTML, JSON Lines with a malformed line, an empty file.
func TestMixedCorpus(t *testing.T) {
	dir := t.TempDir()
	sub := filepath.Join(dir, "sub")
	os.MkdirAll(sub, 0o755)
	// 县委书记张三出席 in GBK.
	os.WriteFile(filepath.Join(dir, "a-gbk.txt"), []byte{0xCF, 0xD8, 0xCE, 0xAF, 0xCA, 0xE9, 0xBC, 0xC7, 0xD5, 0xC5, 0xC8, 0xFD, 0xB3, 0xF6, 0xCF, 0xAF}, 0o644)
	os.WriteFile(filepath.Join(sub, "b.html"), []byte("<html><body><nav>市长赵九</nav><p>县委副书记李四主持</p></body></html>"), 0o644)
	os.WriteFile(filepath.Join(sub, "c.jsonl"), []byte(`{"id":"n1","date":"2023-01-02","text":"镇长王五出席"}`+"\n{broken\n"+`{"id":"n3","content":"x"}`+"\n"), 0o644)
	os.WriteFile(filepath.Join(sub, "d.txt"), nil, 0o644)
	os.WriteFile(filepath.Join(sub, "skip.bin"), []byte{0, 1, 2}, 0o644)
	os.WriteFile(filepath.Join(sub, "e-garbage.txt"), []byte{0xFF, 0x80, 0xFF, 0xFE, 0x81, 0xFF, 0x80, 0x80}, 0o644)
	out, stderr, err := runCmd(t, "", "extract", "--jobs", "2", dir)
	if !errors.Is(err, errReported) {
		t.Errorf("err = %v, want failed inputs reported", err)
	}
	for _, want := range []string{"c.jsonl:2: malformed JSON", "c.jsonl:3: no \"text\" field", "d.txt: empty file", "e-garbage.txt: 8 of 8 characters cannot be decoded", "3 documents read, 4 inputs failed"} {
		if !strings.Contains(stderr, want) {
			t.Errorf("stderr lacks %q:\n%s", want, stderr)
		}
	}
	var names []string
	for _, line := range strings.Split(strings.TrimSpace(out), "\n") {
		var r struct {
			Doc     string
			Date    string
			Persons []struct{ Name string }
		}
		json.Unmarshal([]byte(line), &r)
		for _, p := range r.Persons {
			names = append(names, filepath.Base(r.Doc)+":"+p.Name)
		}
	}
	if got := strings.Join(names, " "); got != "a-gbk.txt:张三 b.html:李四 n1:王五" {
		t.Errorf("persons in order: %s", got)
	}
}

func TestBuildWritesNothingWhenAllInputsFail(t *testing.T) {
	dir := t.TempDir()
	empty := filepath.Join(dir, "empty.txt")
	os.WriteFile(empty, nil, 0o644)
	out := filepath.Join(dir, "g.graphml")
	stdout, stderr, err := runCmd(t, "", "build", empty, "-o", out)
	if !errors.Is(err, errReported) || !strings.Contains(stderr, "0 documents read, 1 input failed") {
		t.Errorf("err %v, stderr %q", err, stderr)
	}
	if _, serr := os.Stat(out); serr == nil {
		t.Errorf("%s written although no document was read", out)
	}
	if stdout != "" {
		t.Errorf("stdout %q", stdout)
	}
}

func TestQuery(t *testing.T) {
	dir := t.TempDir()
	g := filepath.Join(dir, "g.graphml")
	// The sample, and a namesake of one of its officials in another province.
	other := filepath.Join(dir, "other.txt")
	os.WriteFile(other, []byte("2023年6月2日,西安市灞桥区召开会议。区委书记谢春生出席。"), 0o644)
	if _, _, err := runCmd(t, "", "build", "--quiet", "--analytics", sample, other, "-o", g); err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		args []string
		want []string
	}{
		{[]string{"roles", "谢春生"}, []string{"岳阳经开区管委会", "主任", "灞桥区委"}},
		{[]string{"who", "书记", "--at", "工委"}, []string{"文春方", "岳阳经开区工委"}},
		{[]string{"members", "岳阳经开区工委"}, []string{"文春方", "谢春生", "姚海燕"}},
		// A short form names every body it ends: 区委 is 灞桥区委 here.
		{[]string{"members", "区委"}, []string{"谢春生", "灞桥区委"}},
		{[]string{"path", "文春方", "person:谢春生@岳阳经开区"}, []string{"岳阳经开区工委"}},
		{[]string{"neighbors", "person:谢春生@岳阳经开区"}, []string{"holds", "participated", "主持"}},
		{[]string{"top", "--by", "degree", "-n", "1"}, []string{"rank"}},
		{[]string{"timeline", "文春方"}, []string{"2022-05-26", "出席"}},
	} {
		out, _, err := runCmd(t, "", append([]string{"query", "--graph", g}, c.args...)...)
		if err != nil {
			t.Errorf("%v: %v", c.args, err)
			continue
		}
		for _, w := range c.want {
			if !strings.Contains(out, w) {
				t.Errorf("%v: output lacks %s:\n%s", c.args, w, out)
			}
		}
	}
	// An ambiguous name lists its candidates with their jurisdictions.
	_, _, err := runCmd(t, "", "query", "--graph", g, "timeline", "谢春生")
	if err == nil || !strings.Contains(err.Error(), "person:谢春生@灞桥区") || !strings.Contains(err.Error(), "岳阳经开区") {
		t.Errorf("ambiguous name: %v", err)
	}
	out, _, err := runCmd(t, "", "query", "--graph", g, "--json", "roles", "文春方")
	var rows []map[string]string
	if err != nil || json.Unmarshal([]byte(out), &rows) != nil || len(rows) != 1 || rows[0]["body"] != "岳阳经开区工委" {
		t.Errorf("--json roles: %v %s", err, out)
	}
	for _, args := range [][]string{{"query", "roles", "x"}, {"query", "--graph", g}, {"query", "--graph", g, "frob"}, {"query", "--graph", g, "top", "--by", "x"}} {
		var ue usageError
		if _, _, err := runCmd(t, "", args...); !errors.As(err, &ue) {
			t.Errorf("%v: %v, want a usage error", args, err)
		}
	}
}

// A pretty-printed JSON file in a directory is one error, not one a line.
func TestJSONThatIsNotJSONLines(t *testing.T) {
	dir := t.TempDir()
	os.WriteFile(filepath.Join(dir, "a.json"), []byte("{\n \"x\": 1,\n \"y\": 2\n}\n"), 0o644)
	os.WriteFile(filepath.Join(dir, "b.txt"), []byte("县委书记张三出席"), 0o644)
	_, stderr, err := runCmd(t, "", "extract", dir)
	if !errors.Is(err, errReported) {
		t.Errorf("err = %v", err)
	}
	if n := strings.Count(stderr, "a.json"); n != 1 || !strings.Contains(stderr, "not JSON Lines") {
		t.Errorf("a.json named %d times:\n%s", n, stderr)
	}
}

// With analytics too, two runs write the same bytes.
func TestAnalyticsDeterministic(t *testing.T) {
	dir := t.TempDir()
	var outs [][]byte
	for i := 0; i < 3; i++ {
		p := filepath.Join(dir, "g.graphml")
		if _, _, err := runCmd(t, "", "build", "--quiet", "--analytics", sample, "-o", p); err != nil {
			t.Fatal(err)
		}
		b, _ := os.ReadFile(p)
		if !bytes.Contains(b, []byte(`key="n_pagerank"`)) {
			t.Fatal("no pagerank written")
		}
		outs = append(outs, b)
	}
	if !bytes.Equal(outs[0], outs[1]) || !bytes.Equal(outs[0], outs[2]) {
		t.Error("--analytics output differs between runs")
	}
}

// eval --spans scores the mentions of a span corpus per gold type,
// --no-model shows what the tagger adds, and -v lists the misses.
func TestEvalSpans(t *testing.T) {
	corpus := filepath.Join(t.TempDir(), "spans.jsonl")
	lines := `{"id":"s1","text":"昨天,张建国和李小红在北京参观了故宫博物院。","spans":[{"type":"person","text":"张建国"},{"type":"person","text":"李小红"},{"type":"loc","text":"北京"},{"type":"org","text":"故宫博物院"}]}
{"id":"s2","text":"县委书记王立新主持会议。","spans":[{"type":"person","text":"王立新"},{"type":"org","text":"县委"}]}
`
	if err := os.WriteFile(corpus, []byte(lines), 0o644); err != nil {
		t.Fatal(err)
	}
	out, _, err := runCmd(t, "", "eval", "--spans", corpus)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.HasPrefix(out, "2 sentences") || !strings.Contains(out, "person      1.000  1.000  1.000") {
		t.Errorf("with the tagger:\n%s", out)
	}
	out, _, err = runCmd(t, "", "eval", "--no-model", "--spans", corpus)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(out, "person      1.000  0.333  0.500") {
		t.Errorf("rules alone:\n%s", out)
	}
	// -v lists each sentence's misses.
	out, _, err = runCmd(t, "", "eval", "-v", "--no-model", "--spans", corpus)
	if err != nil || !strings.Contains(out, "s1\t昨天,张建国") || !strings.Contains(out, "\t- person 张建国\n") || strings.Contains(out, "s2\t") {
		t.Errorf("-v, rules alone (err %v):\n%s", err, out)
	}
	if _, _, err := runCmd(t, "", "eval", "--spans", corpus, sample); err == nil {
		t.Error("gold files and --spans together: no error")
	}
}

// Files a directory holds that are no text by name are counted, and
// named with -v.
func TestSkippedFiles(t *testing.T) {
	dir := t.TempDir()
	b, _ := os.ReadFile(sample)
	os.WriteFile(filepath.Join(dir, "a.txt"), b, 0o644)
	os.WriteFile(filepath.Join(dir, "photo.png"), []byte("x"), 0o644)
	os.WriteFile(filepath.Join(dir, "scan.pdf"), []byte("x"), 0o644)
	_, stderr, err := runCmd(t, "", "extract", dir)
	if err != nil || !strings.Contains(stderr, "2 files skipped") || strings.Contains(stderr, "photo.png") {
		t.Errorf("err %v, stderr %q", err, stderr)
	}
	_, stderr, _ = runCmd(t, "", "extract", "-v", dir)
	if !strings.Contains(stderr, "skipped "+filepath.Join(dir, "photo.png")) {
		t.Errorf("-v: %q", stderr)
	}
}

// query reads orggraph's GraphML only, and says so of anything else.
func TestQueryRefusesOtherFiles(t *testing.T) {
	dir := t.TempDir()
	other := filepath.Join(dir, "other.graphml")
	os.WriteFile(other, []byte(`<?xml version="1.0"?><graphml xmlns="http://graphml.graphdrawing.org/xmlns"><key id="d0" for="node" attr.name="name" attr.type="string"/><graph edgedefault="directed"><node id="a"/></graph></graphml>`), 0o644)
	files := []string{other}
	for _, ext := range []string{".gexf", ".dot"} {
		p := filepath.Join(dir, "g"+ext)
		if _, _, err := runCmd(t, "", "build", "--quiet", sample, "-o", p); err != nil {
			t.Fatal(err)
		}
		files = append(files, p)
	}
	for _, f := range files {
		_, _, err := runCmd(t, "", "query", "--graph", f, "who", "书记")
		if err == nil || !strings.Contains(err.Error(), "want the GraphML that orggraph build writes") {
			t.Errorf("%s: %v", filepath.Base(f), err)
		}
	}
}

// buildArticles writes the articles (file name to text) into a folder and
// builds their graph, returning the GraphML file's path.
func buildArticles(t *testing.T, articles map[string]string) string {
	t.Helper()
	dir := t.TempDir()
	for name, text := range articles {
		os.WriteFile(filepath.Join(dir, name), []byte(text), 0o644)
	}
	g := filepath.Join(dir, "g.graphml")
	if _, _, err := runCmd(t, "", "build", "--quiet", dir, "-o", g); err != nil {
		t.Fatal(err)
	}
	return g
}

// builtGraph runs build --quiet with args into a GraphML file and returns
// its bytes.
func builtGraph(t *testing.T, args ...string) []byte {
	t.Helper()
	g := filepath.Join(t.TempDir(), "g.graphml")
	if _, _, err := runCmd(t, "", append([]string{"build", "--quiet", "-o", g}, args...)...); err != nil {
		t.Fatalf("build %q: %v", args, err)
	}
	b, err := os.ReadFile(g)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// The succession of a post across articles, who held it on a day, and a
// timeline with how each post was stated.
func TestQueryHoldersAndDates(t *testing.T) {
	g := buildArticles(t, map[string]string{
		"a.txt": "2021-02-01 新闻\n平江县召开全县经济工作会议。县委书记张甲出席会议。",
		"b.txt": "2022-03-10 新闻\n3月9日,中共岳阳市委决定:免去张甲的平江县委书记职务;任命李乙为平江县委书记。",
		"c.txt": "2023-05-01 新闻\n平江县召开防汛会议。县委书记李乙出席会议。",
	})
	q := func(args ...string) string {
		out, _, err := runCmd(t, "", append([]string{"query", "--graph", g}, args...)...)
		if err != nil {
			t.Fatalf("%v: %v", args, err)
		}
		return out
	}
	if out := q("holders", "书记", "--at", "平江县委"); !regexp.MustCompile(`(?s)张甲 .*2022-03-09.*\n李乙 .*2022-03-09`).MatchString(out) {
		t.Errorf("holders:\n%s", out)
	}
	if out := q("who", "书记", "--on", "2021-06-01"); !strings.Contains(out, "张甲") || strings.Contains(out, "李乙") {
		t.Errorf("who --on 2021-06-01:\n%s", out)
	}
	if out := q("who", "书记", "--on", "2023-01-01"); !strings.Contains(out, "李乙") || strings.Contains(out, "张甲") {
		t.Errorf("who --on 2023-01-01:\n%s", out)
	}
	if out := q("timeline", "张甲"); !strings.Contains(out, "removed") || !strings.Contains(out, "2022-03-09") {
		t.Errorf("timeline:\n%s", out)
	}
	if _, _, err := runCmd(t, "", "query", "--graph", g, "who", "书记", "--on", "last week"); err == nil {
		t.Error("--on with no date: no error")
	}
}

// A person belongs to the place of their own post: a provincial secretary
// and the provincial secretary-general who visit two cities are one node
// each, at the province; a namesake in another province stays apart.
func TestJurisdictionOfThePost(t *testing.T) {
	g := buildArticles(t, map[string]string{
		"a.txt": "2023-06-01 新闻\n湖南省委书记王某华到岳阳市调研。省委常委、秘书长李某军陪同。岳阳市委书记赵某出席。",
		"b.txt": "2023-06-08 新闻\n湖南省委书记王某华到衡阳市调研。省委常委、秘书长李某军陪同。",
		"c.txt": "2023-06-09 新闻\n广西壮族自治区柳州市召开会议,市委书记王某华出席。",
	})
	b, _ := os.ReadFile(g)
	ids := regexp.MustCompile(`<node id="(person:[^"]*)"`).FindAllStringSubmatch(string(b), -1)
	var got []string
	for _, m := range ids {
		got = append(got, m[1])
	}
	want := "person:李某军@湖南省 person:王某华@柳州市 person:王某华@湖南省 person:赵某@岳阳市"
	if strings.Join(got, " ") != want {
		t.Errorf("persons %v, want %s", got, want)
	}
}

// The same correspondent of one newspaper is one node across its
// articles.
func TestReportersMergeByOutlet(t *testing.T) {
	g := buildArticles(t, map[string]string{
		"a.txt": "湖南日报5月2日讯(通讯员 陈某明)平江县召开会议,县委书记张某出席。",
		"b.txt": "湖南日报6月3日讯(通讯员 陈某明)岳阳县召开会议,县长刘某出席。",
	})
	b, _ := os.ReadFile(g)
	if n := len(regexp.MustCompile(`<node id="person:陈某明@[^"]*"`).FindAll(b, -1)); n != 1 {
		t.Errorf("the correspondent is %d nodes, want 1", n)
	}
}

// fixtureCount returns the number of articles in testdata/fixtures.
func fixtureCount(t *testing.T) int {
	t.Helper()
	files, err := filepath.Glob("../../testdata/fixtures/*.txt")
	if err != nil || len(files) == 0 {
		t.Fatal("no fixtures")
	}
	return len(files)
}

// Extraction split in three shards, built in any order from extract's own
// output, gives the graph of one run over the raw articles, byte for byte.
func TestShardsBuildTheSameGraph(t *testing.T) {
	dir := t.TempDir()
	fixtures := "../../testdata/fixtures"
	direct := builtGraph(t, "--include", "*.txt", fixtures)
	var shards []string
	total := 0
	for k := 1; k <= 3; k++ {
		out, _, err := runCmd(t, "", "extract", "--quiet", "--include", "*.txt", "--shard", strconv.Itoa(k)+"/3", fixtures)
		if err != nil {
			t.Fatal(err)
		}
		total += strings.Count(out, "\n")
		p := filepath.Join(dir, "shard"+strconv.Itoa(k)+".out") // found by content, not by name
		os.WriteFile(p, []byte(out), 0o644)
		shards = append([]string{p}, shards...) // built in another order
	}
	if want := fixtureCount(t); total != want {
		t.Errorf("the shards hold %d documents, want %d", total, want)
	}
	if built := builtGraph(t, append([]string{"--include", "*.out"}, shards...)...); !bytes.Equal(direct, built) {
		t.Error("the graph built from the shards differs from the direct build")
	}
	if _, _, err := runCmd(t, "", "extract", "--shard", "4/3", fixtures); err == nil {
		t.Error("--shard 4/3: no error")
	}
}

// TestMain lets a test run this test binary as the orggraph command, to
// kill a real process.
func TestMain(m *testing.M) {
	if os.Getenv("ORGGRAPH_RUN_MAIN") == "1" {
		main()
		os.Exit(0)
	}
	os.Exit(m.Run())
}

// synthCorpus writes n generated articles as a JSON Lines corpus.
func synthCorpus(t testing.TB, n int) string {
	arts, _, err := synth.Generate(5, n, 20)
	if err != nil {
		t.Fatal(err)
	}
	var b bytes.Buffer
	for _, a := range arts {
		line, _ := json.Marshal(map[string]string{"id": a.ID, "date": a.Date, "text": a.Text})
		b.Write(append(line, '\n'))
	}
	p := filepath.Join(t.TempDir(), "corpus.jsonl")
	os.WriteFile(p, b.Bytes(), 0o644)
	return p
}

// An add that makes a new store and reads nothing leaves no store behind;
// an existing store stays.
func TestAddLeavesNoEmptyStore(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "corpus.db")
	bin := filepath.Join(dir, "bin.txt")
	os.WriteFile(bin, []byte("\x00\x01binary"), 0o644)
	if _, _, err := runCmd(t, "", "add", db, bin); err == nil {
		t.Error("add of a binary file: no error")
	}
	if _, err := os.Stat(db); !os.IsNotExist(err) {
		t.Errorf("an empty store was left behind: %v", err)
	}
	if _, _, err := runCmd(t, "", "add", "--quiet", db, "../../testdata/hunan-daily-2022-05-26.txt"); err != nil {
		t.Fatal(err)
	}
	runCmd(t, "", "add", db, bin)
	if _, err := os.Stat(db); err != nil {
		t.Errorf("the store with a document is gone: %v", err)
	}
}

// A store built by adds gives the direct build's graph; a document added
// twice is skipped; queries read the store.
func TestStoreAddAndBuild(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "corpus.db")
	fixtures := "../../testdata/fixtures"
	if _, _, err := runCmd(t, "", "add", "--quiet", "--include", "*.txt", db, fixtures); err != nil {
		t.Fatal(err)
	}
	_, stderr, err := runCmd(t, "", "add", "--include", "*.txt", db, fixtures)
	if err != nil || !strings.Contains(stderr, "added 0 documents") || !strings.Contains(stderr, strconv.Itoa(fixtureCount(t))+" documents already there") {
		t.Errorf("adding again: %v %q", err, stderr)
	}
	direct := filepath.Join(dir, "direct.graphml") // queried below
	if _, _, err := runCmd(t, "", "build", "--quiet", "--include", "*.txt", fixtures, "-o", direct); err != nil {
		t.Fatal(err)
	}
	if a, _ := os.ReadFile(direct); !bytes.Equal(a, builtGraph(t, "--store", db)) {
		t.Error("the graph built from the store differs from the direct build")
	}
	for _, args := range [][]string{{"query", "--store", db + ".missing", "top"}, {"build", "--store", db + ".missing"}} {
		if _, _, err := runCmd(t, "", args...); err == nil || !strings.Contains(err.Error(), "no store at") {
			t.Errorf("%q: %v, want no store at", args, err)
		}
		if _, err := os.Stat(db + ".missing"); err == nil {
			t.Errorf("%q made a store", args)
		}
	}
	top1, _, err1 := runCmd(t, "", "query", "--store", db, "top", "--json")
	top2, _, err2 := runCmd(t, "", "query", "--graph", direct, "top", "--json")
	if err1 != nil || err2 != nil || top1 != top2 || !strings.Contains(top1, "pagerank") {
		t.Errorf("query --store top --json differs from query --graph: %v %v\n%s\n%s", err1, err2, top1, top2)
	}
	out, _, err := runCmd(t, "", "query", "--store", db, "who", "书记", "--at", "平江县委")
	if err != nil || !strings.Contains(out, "平江县委") {
		t.Errorf("query --store: %v\n%s", err, out)
	}
}

// An add killed (SIGKILL) while it works, then run again, loses nothing
// and counts nothing twice; two adds at once take turns.
func TestStoreSurvivesKill(t *testing.T) {
	if testing.Short() {
		t.Skip("extracts a few thousand articles")
	}
	corpusFile := synthCorpus(t, 2500)
	db := filepath.Join(t.TempDir(), "corpus.db")
	cmd := exec.Command(os.Args[0], "add", "--quiet", "--jobs", "2", db, corpusFile)
	cmd.Env = append(os.Environ(), "ORGGRAPH_RUN_MAIN=1")
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	// Kill it once a batch or more is in, before it is done.
	deadline := time.Now().Add(60 * time.Second)
	for {
		time.Sleep(100 * time.Millisecond)
		if n := storeCount(t, db); n >= addBatch || time.Now().After(deadline) {
			break
		}
	}
	cmd.Process.Signal(syscall.SIGKILL)
	cmd.Wait()
	before := storeCount(t, db)
	if before >= 2500 {
		t.Logf("the add finished before it was killed (%d documents)", before)
	}
	// Two adds at once, in two processes: the rest of the corpus, twice.
	var wg sync.WaitGroup
	errs := make([]error, 2)
	for i := range errs {
		wg.Add(1)
		go func() {
			defer wg.Done()
			cmd := exec.Command(os.Args[0], "add", "--quiet", db, corpusFile)
			cmd.Env = append(os.Environ(), "ORGGRAPH_RUN_MAIN=1")
			if out, err := cmd.CombinedOutput(); err != nil {
				errs[i] = fmt.Errorf("%v: %s", err, out)
			}
		}()
	}
	wg.Wait()
	for _, err := range errs {
		if err != nil {
			t.Fatal(err)
		}
	}
	if n := storeCount(t, db); n != 2500 {
		t.Errorf("the store holds %d documents, want 2500 (killed at %d)", n, before)
	}
	a, b := builtGraph(t, corpusFile), builtGraph(t, "--store", db)
	if !bytes.Equal(a, b) {
		t.Error("after the kill, the graph built from the store differs from the direct build")
		if keep := os.Getenv("ORGGRAPH_KEEP"); keep != "" {
			os.WriteFile(keep+".direct", a, 0o644)
			os.WriteFile(keep+".store", b, 0o644)
		}
	}
}

func storeCount(t *testing.T, db string) int {
	if _, err := os.Stat(db); err != nil {
		return 0
	}
	st, err := store.Open(db)
	if err != nil {
		return 0 // being created
	}
	defer st.Close()
	n, _ := st.Count()
	return n
}

// A store of another schema is refused, saying so.
func TestStoreOfAnotherVersion(t *testing.T) {
	db := filepath.Join(t.TempDir(), "old.db")
	st, err := store.Open(db)
	if err != nil {
		t.Fatal(err)
	}
	st.SetSchemaVersionForTest(0)
	st.Close()
	_, _, err = runCmd(t, "", "build", "--store", db, "-o", filepath.Join(t.TempDir(), "g.graphml"))
	if err == nil || !strings.Contains(err.Error(), "schema version") {
		t.Errorf("an old store: %v", err)
	}
}

// BenchmarkStoreQuery measures a query answered from a store of 2,000
// synthetic articles (the graph is rebuilt from the stored results);
// bytes are the corpus's.
func BenchmarkStoreQuery(b *testing.B) {
	corpus := synthCorpus(b, 2000)
	db := filepath.Join(b.TempDir(), "s.db")
	if _, _, err := runCmd(b, "", "add", "--quiet", db, corpus); err != nil {
		b.Fatal(err)
	}
	fi, _ := os.Stat(corpus)
	for _, q := range [][]string{{"roles", "王伟"}, {"members", "县委"}, {"holders", "书记"}} {
		b.Run(q[0], func(b *testing.B) {
			b.SetBytes(fi.Size())
			for i := 0; i < b.N; i++ {
				runCmd(b, "", append([]string{"query", "--store", db}, q...)...)
			}
		})
	}
}

// BenchmarkIncrementalAdd measures adding 20 new articles to a store of
// 2,000 (the 2,000 given again are skipped by hash).
func BenchmarkIncrementalAdd(b *testing.B) {
	dir := b.TempDir()
	corpus := synthCorpus(b, 2020)
	all, _ := os.ReadFile(corpus)
	lines := bytes.SplitAfter(all, []byte("\n"))
	first := filepath.Join(dir, "first.jsonl")
	os.WriteFile(first, bytes.Join(lines[:2000], nil), 0o644)
	b.SetBytes(int64(len(bytes.Join(lines[2000:], nil))))
	for i := 0; i < b.N; i++ {
		b.StopTimer()
		db := filepath.Join(dir, fmt.Sprint("s", i, ".db"))
		if _, _, err := runCmd(b, "", "add", "--quiet", db, first); err != nil {
			b.Fatal(err)
		}
		b.StartTimer()
		if _, _, err := runCmd(b, "", "add", "--quiet", db, corpus); err != nil {
			b.Fatal(err)
		}
	}
}

// add --reextract redoes the documents another model version extracted,
// from the sources the store keeps, and says how many.
func TestStoreReextract(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "corpus.db")
	fixtures := "../../testdata/fixtures"
	if _, _, err := runCmd(t, "", "add", "--quiet", "--include", "*.txt", db, fixtures); err != nil {
		t.Fatal(err)
	}
	before := builtGraph(t, "--store", db)
	conn, err := sql.Open("sqlite", db)
	if err != nil {
		t.Fatal(err)
	}
	// An older model extracted five documents, and found nothing in them.
	for _, q := range []string{
		`UPDATE documents SET model = 'model-old', result = '{"document":"x"}' WHERE id IN (SELECT id FROM documents ORDER BY id LIMIT 5)`,
		`DELETE FROM holds WHERE doc IN (SELECT id FROM documents WHERE model = 'model-old')`,
	} {
		if _, err := conn.Exec(q); err != nil {
			t.Fatal(err)
		}
	}
	conn.Close()
	_, stderr, err := runCmd(t, "", "add", "--reextract", db)
	if err != nil || !strings.Contains(stderr, "re-extracted 5 documents") || !strings.Contains(stderr, "holds "+strconv.Itoa(fixtureCount(t))+" documents") {
		t.Fatalf("add --reextract: %v %q", err, stderr)
	}
	if !bytes.Equal(before, builtGraph(t, "--store", db)) {
		t.Error("after --reextract the store's graph differs from the first one")
	}
	_, stderr, err = runCmd(t, "", "add", "--reextract", db)
	if err != nil || !strings.Contains(stderr, "re-extracted 0 documents") {
		t.Errorf("add --reextract again: %v %q", err, stderr)
	}
}

// TestExtractExplain: --explain names the stage of each mention and hold,
// on the sample and on an article written for the test, and the stage
// that dropped a name the tagger proposed.
func TestExtractExplain(t *testing.T) {
	out, _, err := runCmd(t, "", "extract", "--explain", "--quiet", sample)
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"#   tag ", "#   events ", "== " + sample} {
		if !strings.Contains(out, want) {
			t.Errorf("no %q in the explanation", want)
		}
	}
	line := func(out, kind, text string) string {
		for _, l := range strings.Split(out, "\n") {
			f := strings.Fields(l)
			if len(f) >= 4 && f[1] == kind && f[2] == text {
				return l
			}
		}
		return ""
	}
	if l := line(out, "person", "谢春生"); !strings.HasSuffix(l, " chains") {
		t.Errorf("谢春生: %q, want the chains stage", l)
	}
	if !strings.Contains(out, "hold         谢春生 主任 @ 岳阳经开区管委会 chains") {
		t.Errorf("no line for 谢春生's hold at 管委会 made by chains")
	}
	dir := t.TempDir()
	art := filepath.Join(dir, "a.txt")
	os.WriteFile(art, []byte("会议选举刘海波、陈晓两名同志分别以全票当选为镇长和镇人大主席团主席。\n"), 0o644)
	out, _, err = runCmd(t, "", "extract", "--explain", "--quiet", art)
	if err != nil {
		t.Fatal(err)
	}
	if l := line(out, "person", "陈晓"); !strings.HasSuffix(l, " appointments") {
		t.Errorf("陈晓: %q, want the appointments stage\n%s", l, out)
	}
	if l := line(out, "person", "陈晓两"); !strings.Contains(l, "dropped by model-persons: overlaps a span of the rules") {
		t.Errorf("陈晓两: %q, want dropped by model-persons\n%s", l, out)
	}
	if strings.Contains(out, `{"doc"`) {
		t.Error("--explain printed JSON")
	}
}
