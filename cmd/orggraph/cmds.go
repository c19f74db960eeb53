package main

import (
	"bufio"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"runtime"
	"runtime/pprof"
	"strconv"
	"strings"

	"github.com/orggraph/orggraph/export"
	"github.com/orggraph/orggraph/graph"
	"github.com/orggraph/orggraph/internal/atomicfile"
	"github.com/orggraph/orggraph/internal/corpus"
	"github.com/orggraph/orggraph/internal/eval"
	"github.com/orggraph/orggraph/ner"
	"github.com/orggraph/orggraph/ner/normalize"
)

// multiFlag is a repeatable string flag.
type multiFlag []string

func (m *multiFlag) String() string     { return strings.Join(*m, ",") }
func (m *multiFlag) Set(v string) error { *m = append(*m, v); return nil }

// common are the flags every command that reads articles takes.
type common struct {
	lexicons   multiFlag
	dictDir    string
	quiet      bool
	explain    bool // extract --explain
	inFormat   string
	encoding   string
	include    multiFlag
	exclude    multiFlag
	jsonlKeys  string
	jobs       int
	cpuProfile string
	memProfile string
	noModel    bool
	shard      string   // K/N: only the documents of shard K of N
	verbose    bool     // name the files skipped in directories
	skipped    []string // the files of directories not read (not text by name)
}

// registerVerbose adds -v, for the commands whose -v means nothing else.
func (c *common) registerVerbose(fs *flagSet) {
	fs.BoolVar(&c.verbose, "v", false, "name the files skipped in directories (by default only counted)")
}

// reportSkipped says how many files of the directories were not read,
// and with -v which.
func (c *common) reportSkipped(stderr io.Writer) {
	if len(c.skipped) == 0 || c.quiet && !c.verbose {
		return
	}
	fmt.Fprintf(stderr, "orggraph: %s skipped: not text by name (--include, --exclude; -v names them)\n", plural(len(c.skipped), "file"))
	if c.verbose {
		for _, f := range c.skipped {
			fmt.Fprintln(stderr, "orggraph: skipped", f)
		}
	}
}

func (c *common) register(fs *flagSet) {
	fs.Var(&c.lexicons, "lexicon", "add a user lexicon `FILE` (TSV: word, kind, attributes); repeatable")
	fs.StringVar(&c.dictDir, "dict", "", "use the gojieba dictionaries in `DIR` (default: embedded; env ORGGRAPH_JIEBA_DICT)")
	fs.BoolVar(&c.quiet, "quiet", false, "print no progress bar or summary on stderr (errors still are)")
	fs.StringVar(&c.inFormat, "input", "auto", "input `format`: auto, text, html, jsonl or extracted (extract's own JSON Lines, read back without extracting again; auto: by extension and content)")
	fs.StringVar(&c.encoding, "encoding", "", "force the input `encoding`: utf-8, utf-16le, utf-16be, gb18030, gbk or big5 (default: detect)")
	fs.Var(&c.include, "include", "in directories, read files whose name matches `GLOB` (repeatable; default *.txt *.html *.htm *.jsonl *.ndjson *.json)")
	fs.Var(&c.exclude, "exclude", "in directories, skip files whose name matches `GLOB` (repeatable)")
	fs.StringVar(&c.jsonlKeys, "jsonl-keys", "", "JSON Lines field names as `MAP`, e.g. text=content,id=uuid (fields: id, title, date, url, source, text)")
	fs.IntVar(&c.jobs, "jobs", 0, "extract on `N` workers (default: one per core)")
	fs.StringVar(&c.cpuProfile, "cpuprofile", "", "write a CPU profile of the run to `FILE` (go tool pprof)")
	fs.StringVar(&c.memProfile, "memprofile", "", "write a heap profile to `FILE` once every input is read (go tool pprof)")
	fs.BoolVar(&c.noModel, "no-model", false, "switch the character tagger off: find names by the dictionary rules alone")
}

func (c *common) options() (corpus.Options, error) {
	opt := corpus.Options{Format: c.inFormat, Encoding: strings.ToLower(c.encoding), Include: c.include, Exclude: c.exclude, Keys: map[string]string{}}
	switch opt.Format {
	case "auto", "text", "html", "jsonl", "extracted":
	default:
		return opt, usageError{fmt.Sprintf("unknown --input format %q (want auto, text, html, jsonl or extracted)", opt.Format)}
	}
	if c.shard != "" {
		k, n, ok := strings.Cut(c.shard, "/")
		ki, err1 := strconv.Atoi(k)
		ni, err2 := strconv.Atoi(n)
		if !ok || err1 != nil || err2 != nil || ni < 1 || ki < 1 || ki > ni {
			return opt, usageError{fmt.Sprintf("--shard %q: want K/N with 1 ≤ K ≤ N, e.g. 2/8", c.shard)}
		}
		opt.ShardK, opt.ShardN = ki, ni
	}
	if !normalize.ValidEncoding(opt.Encoding) {
		return opt, usageError{fmt.Sprintf("unknown --encoding %q (want one of %s)", c.encoding, strings.Join(normalize.Encodings, ", "))}
	}
	if c.jsonlKeys != "" {
		for _, kv := range strings.Split(c.jsonlKeys, ",") {
			k, v, ok := strings.Cut(kv, "=")
			if !ok || k == "" || v == "" {
				return opt, usageError{fmt.Sprintf("--jsonl-keys: %q is not field=name", kv)}
			}
			opt.Keys[strings.TrimSpace(k)] = strings.TrimSpace(v)
		}
	}
	return opt, nil
}

// newFlagSet returns the flag set of a command. Its help (-h, --help,
// orggraph help NAME) goes to stdout, so that it pipes into a pager; a
// mistake is returned as a usageError that names the nearest flag.
func newFlagSet(name, synopsis string, stdout io.Writer) *flagSet {
	fs := flag.NewFlagSet(name, flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	fs.Usage = func() {} // the flag package calls it on mistakes too
	return &flagSet{fs, func() {
		fs.SetOutput(stdout)
		fmt.Fprintf(stdout, "Usage: orggraph %s\n\nFlags:\n", synopsis)
		fs.PrintDefaults()
		fs.SetOutput(io.Discard)
	}}
}

// flagSet is a command's flags with the help it prints when asked (-h).
type flagSet struct {
	*flag.FlagSet
	help func()
}

// parseFlags parses args, letting flags and file names mix
// (orggraph build a.txt -o g.graphml).
func parseFlags(fs *flagSet, args []string) ([]string, error) {
	var files []string
	for {
		if err := fs.Parse(args); err != nil {
			if err == flag.ErrHelp {
				fs.help()
				return nil, err
			}
			return nil, flagError(fs.FlagSet, err)
		}
		args = fs.Args()
		if len(args) == 0 {
			return files, nil
		}
		if args[0] == "--" {
			return append(files, args[1:]...), nil
		}
		files = append(files, args[0])
		args = args[1:]
	}
}

// flagError turns a parse error into a short usage error: the mistake,
// the nearest flag for a flag that does not exist, and where the help is.
func flagError(fs *flag.FlagSet, err error) error {
	msg := fs.Name() + ": " + err.Error()
	const undefined = "flag provided but not defined: -"
	if name, ok := strings.CutPrefix(err.Error(), undefined); ok {
		var names []string
		fs.VisitAll(func(f *flag.Flag) { names = append(names, f.Name) })
		if near := nearest(name, names); near != "" {
			dash := "--"
			if len(near) == 1 {
				dash = "-"
			}
			msg += "; did you mean " + dash + near + "?"
		}
	}
	return usageError{msg + "\n(run 'orggraph help " + fs.Name() + "' for its flags)"}
}

// nearest returns the word of words closest to w by edit distance, if it
// is close enough to be a likely typo, else "".
func nearest(w string, words []string) string {
	best, bd := "", 1<<30
	for _, c := range words {
		if d := editDistance(w, c); d < bd || d == bd && c < best {
			best, bd = c, d
		}
	}
	switch {
	case bd <= max(2, len(w)/3), strings.HasPrefix(best, w) && len(w) >= 2:
		return best
	}
	for _, c := range words { // -outt for -o
		if strings.HasPrefix(w, c) {
			return c
		}
	}
	return ""
}

// editDistance is Levenshtein's distance between a and b, in bytes.
func editDistance(a, b string) int {
	prev := make([]int, len(b)+1)
	cur := make([]int, len(b)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(a); i++ {
		cur[0] = i
		for j := 1; j <= len(b); j++ {
			c := prev[j-1]
			if a[i-1] != b[j-1] {
				c++
			}
			cur[j] = min(c, prev[j]+1, cur[j-1]+1)
		}
		prev, cur = cur, prev
	}
	return prev[len(b)]
}

func (c *common) extractor() (*ner.Extractor, error) {
	return ner.New(ner.Config{Lexicons: c.lexicons, DictDir: c.dictDir, NoModel: c.noModel, Explain: c.explain})
}

// forEachDoc extracts every document of the inputs on all cores, calling
// fn in input order; failed inputs are reported on stderr and counted.
func (c *common) forEachDoc(x *ner.Extractor, paths []string, stdin io.Reader, stderr io.Writer, fn func(*ner.Result) error) (docs, failed int, err error) {
	return c.forEachDocWith(x, paths, stdin, stderr, nil, func(_ corpus.Item, r *ner.Result) error { return fn(r) })
}

// forEachDocWith is forEachDoc with the corpus options adjusted by opts
// (when not nil) and the item given to fn beside its result.
func (c *common) forEachDocWith(x *ner.Extractor, paths []string, stdin io.Reader, stderr io.Writer, opts func(*corpus.Options), fn func(corpus.Item, *ner.Result) error) (docs, failed int, err error) {
	if c.cpuProfile != "" {
		f, err := os.Create(c.cpuProfile)
		if err != nil {
			return 0, 0, err
		}
		defer f.Close()
		if err := pprof.StartCPUProfile(f); err != nil {
			return 0, 0, err
		}
		defer pprof.StopCPUProfile()
	}
	if c.memProfile != "" {
		defer func() {
			f, err := os.Create(c.memProfile)
			if err != nil {
				fmt.Fprintln(stderr, "orggraph:", err)
				return
			}
			defer f.Close()
			runtime.GC()
			if err := pprof.WriteHeapProfile(f); err != nil {
				fmt.Fprintln(stderr, "orggraph:", err)
			}
		}()
	}
	opt, err := c.options()
	if err != nil {
		return 0, 0, err
	}
	if opts != nil {
		opts(&opt)
	}
	files, skipped, errs := corpus.Expand(paths, opt)
	for _, e := range errs {
		fmt.Fprintln(stderr, "orggraph:", e)
		failed++
	}
	c.skipped = skipped
	prog := newProgress(stderr, c.quiet, files)
	err = corpus.Run(files, stdin, opt, c.jobs, x, func(it corpus.Item, r *ner.Result) error {
		if it.Err != nil {
			prog.clear()
			fmt.Fprintln(stderr, "orggraph:", it.Err)
			failed++
			return nil
		}
		if it.Warning != "" {
			prog.clear()
			fmt.Fprintln(stderr, "orggraph: warning:", it.Warning)
		}
		docs++
		prog.add(it.Name, len(it.Doc.Src))
		return fn(it, r)
	})
	prog.done()
	return docs, failed, err
}

// summary reports the counts; failures make the exit status 1.
// summary ends a run: the line done says what was written (unless quiet),
// then any failures, which make the exit status 1.
func summary(stderr io.Writer, quiet bool, docs, failed int, done string) error {
	if docs > 0 && done != "" && !quiet {
		fmt.Fprintln(stderr, "orggraph: "+done)
	}
	if failed > 0 {
		fmt.Fprintf(stderr, "orggraph: %s read, %s failed\n", plural(docs, "document"), plural(failed, "input"))
		return errReported
	}
	if docs == 0 {
		fmt.Fprintln(stderr, "orggraph: no documents read")
		return errReported
	}
	return nil
}

// plural writes n and the noun, in the plural unless n is 1.
func plural(n int, noun string) string {
	if n == 1 {
		return "1 " + noun
	}
	return strconv.Itoa(n) + " " + noun + "s"
}

// outputDir creates the folder an output goes into, if it is missing.
func outputDir(out string) error {
	if dir := filepath.Dir(out); dir != "." && dir != "" {
		if err := os.MkdirAll(dir, 0o755); err != nil {
			return fmt.Errorf("creating the folder for %s: %w", out, err)
		}
	}
	return nil
}

func runExtract(args []string, stdin io.Reader, stdout, stderr io.Writer) error {
	fs := newFlagSet("extract", `extract [flags] FILE...

Prints one JSON object per document (JSON Lines): mentions with byte offsets
into the original input, persons, bodies with canonical names, holds, events.

Examples:
  orggraph extract testdata/hunan-daily-2022-05-26.txt
  orggraph extract --explain article.txt     which stage found each name and post, and why a name was dropped
  orggraph extract --shard 2/8 corpus/ > part2.jsonl`, stdout)
	var c common
	c.register(fs)
	c.registerVerbose(fs)
	fs.StringVar(&c.shard, "shard", "", "extract only the documents of shard `K/N` (by a stable hash of each file's or JSON line's id): run N of these anywhere, then build from their outputs")
	format := fs.String("format", "jsonl", "output `format`: jsonl")
	explain := fs.Bool("explain", false, "instead of JSON, print for each mention and hold the stage that made it, and for each name proposed and dropped the stage that vetoed it and why")
	files, err := parseFlags(fs, args)
	if err == flag.ErrHelp {
		return nil
	}
	if err != nil {
		return err
	}
	if *format != "jsonl" {
		return usageError{fmt.Sprintf("extract: unknown format %q (want jsonl)", *format)}
	}
	if len(files) == 0 {
		return usageError{"extract: no input files (use - for standard input)"}
	}
	c.explain = *explain
	x, err := c.extractor()
	if err != nil {
		return err
	}
	defer x.Close()
	w := bufio.NewWriter(stdout)
	if *explain {
		writeStages(w)
	}
	var line []byte
	var persons, holds int
	docs, failed, err := c.forEachDoc(x, files, stdin, stderr, func(r *ner.Result) error {
		persons += len(r.Persons)
		holds += len(r.Holds)
		if *explain {
			return writeExplain(w, r)
		}
		line = append(r.AppendJSON(line[:0]), '\n')
		_, err := w.Write(line)
		return err
	})
	if ferr := w.Flush(); err == nil {
		err = ferr
	}
	if err != nil {
		return err
	}
	c.reportSkipped(stderr)
	return summary(stderr, c.quiet, docs, failed, fmt.Sprintf("extracted %s: %s, %s", plural(docs, "document"), plural(persons, "person"), plural(holds, "hold")))
}

// formatByExt maps an -o extension to a format.
var formatByExt = map[string]string{
	".graphml": "graphml", ".xml": "graphml", ".dot": "dot", ".gv": "dot",
	".gexf": "gexf", ".json": "json", ".html": "html", ".htm": "html",
}

const formatList = "graphml, dot, gexf, json (Cytoscape.js), html (self-contained view) or neo4j (a directory of bulk-import CSV)"

func runBuild(args []string, stdin io.Reader, stdout, stderr io.Writer) error {
	fs := newFlagSet("build", `build [flags] FILE... [-o OUT]

Builds one graph from all documents: persons, bodies, places and events as
nodes; holds (with the roles), part_of and participation as edges, each
with its evidence (document, byte offsets, sentence, date).

The extension of -o picks the format: .graphml (networkx, igraph, Gephi,
yEd; add --yed for yEd's labels), .dot/.gv (Graphviz), .gexf (GEXF 1.2draft
for Gephi, with a timeline, and networkx; --gexf13 for 1.3), .json (Cytoscape.js), .html (a page that opens offline in a
browser). --format neo4j -o DIR writes nodes.csv and relationships.csv for
neo4j-admin database import.

Examples:
  orggraph build testdata/hunan-daily-2022-05-26.txt -o graph.graphml
  orggraph build corpus/ -o view.html
  orggraph build corpus/ --format neo4j -o neo4j-import/`, stdout)
	var c common
	c.register(fs)
	c.registerVerbose(fs)
	out := fs.String("o", "", "write the graph to `FILE` (atomically); default standard output")
	format := fs.String("format", "", "output `format`: "+formatList+" (default: from the -o extension, else graphml)")
	var opt export.Options
	fs.BoolVar(&opt.YEd, "yed", false, "GraphML: add yEd label markup so yEd shows the names")
	fs.BoolVar(&opt.Clusters, "clusters", false, "DOT: draw bodies as clusters inside their parent body")
	fs.BoolVar(&opt.GEXF13, "gexf13", false, "GEXF: write version 1.3 instead of 1.2draft (Gephi reads both, networkx only 1.2draft)")
	analytics := fs.Bool("analytics", false, "add degree, pagerank, betweenness and community to every node (betweenness is sampled past "+strconv.Itoa(graph.ExactBetweennessMax)+" nodes)")
	coappear := fs.Bool("coappear", false, "write the person–person co-appearance projection (weight: shared documents) instead of the full graph")
	storePath := fs.String("store", "", "build from the store `STORE` (orggraph add) instead of input files, reading no source again")
	files, err := parseFlags(fs, args)
	if err == flag.ErrHelp {
		return nil
	}
	if err != nil {
		return err
	}
	if len(files) == 0 && *storePath == "" {
		return usageError{"build: no input files (use - for standard input, or --store STORE)"}
	}
	if len(files) > 0 && *storePath != "" {
		return usageError{"build: give input files or --store, not both"}
	}
	f := *format
	if f == "" {
		f = formatByExt[strings.ToLower(filepath.Ext(*out))]
		if f == "" {
			if ext := filepath.Ext(*out); ext != "" {
				return usageError{fmt.Sprintf("build: no format for the extension %q of %s; use --format (%s)", ext, *out, formatList)}
			}
			f = "graphml"
		}
	}
	if _, ok := export.Formats[f]; !ok && f != "neo4j" {
		return usageError{fmt.Sprintf("build: unknown format %q (want %s)", f, formatList)}
	}
	if f == "neo4j" && *out == "" {
		return usageError{"build: --format neo4j writes two files: give a directory with -o DIR"}
	}
	var g *graph.Graph
	var docs, failed int
	if *storePath != "" {
		if g, docs, err = storeGraph(*storePath); err != nil {
			return err
		}
		if docs == 0 {
			fmt.Fprintf(stderr, "orggraph: %s holds no documents\n", *storePath)
			return errReported
		}
	} else {
		x, err := c.extractor()
		if err != nil {
			return err
		}
		defer x.Close()
		g = graph.New()
		docs, failed, err = c.forEachDoc(x, files, stdin, stderr, func(r *ner.Result) error { g.Add(r); return nil })
		if err != nil {
			return err
		}
		c.reportSkipped(stderr)
		if docs == 0 {
			// Every input failed: an empty graph would only hide that.
			return summary(stderr, c.quiet, docs, failed, "")
		}
		g.Resolve()
	}
	if *coappear {
		g = g.CoAppearance()
	}
	if *analytics {
		a := g.Analyze()
		if !c.quiet {
			fmt.Fprintf(stderr, "orggraph: analytics on %d nodes, %d edges: %d communities", a.Nodes, a.Edges, a.Communities)
			if a.Sampled > 0 {
				fmt.Fprintf(stderr, "; betweenness estimated from %d sampled sources (attribute approximate=true)", a.Sampled)
			}
			fmt.Fprintln(stderr)
		}
	}
	done := func(where string) string {
		return fmt.Sprintf("wrote %s: %s, %s from %s", where, plural(len(g.Nodes()), "node"), plural(len(g.Edges()), "edge"), plural(docs, "document"))
	}
	if f == "neo4j" {
		if err := os.MkdirAll(*out, 0o755); err != nil {
			return err
		}
		if err := export.Neo4jDir(*out, g); err != nil {
			return err
		}
		return summary(stderr, c.quiet, docs, failed, done(*out))
	}
	write := func(w io.Writer) error { return export.Formats[f](w, g, opt) }
	if *out == "" {
		bw := bufio.NewWriter(stdout)
		if err := write(bw); err != nil {
			return err
		}
		if err := bw.Flush(); err != nil {
			return err
		}
	} else {
		if err := outputDir(*out); err != nil {
			return err
		}
		if err := atomicfile.Write(*out, write); err != nil {
			return err
		}
	}
	where := *out
	if where == "" {
		where = "standard output"
	}
	return summary(stderr, c.quiet, docs, failed, done(where))
}

func runEval(args []string, stdin io.Reader, stdout, stderr io.Writer) error {
	fs := newFlagSet("eval", `eval [flags] GOLD...
       orggraph eval --spans CORPUS.jsonl

Extracts the text each gold file names ("source", relative to the gold
file) and prints precision, recall and F1 for persons, (person, role),
(person, role, body) with the canonical body, and appointment status,
summed over the documents. -v lists every miss (-) and spurious item (+),
in either mode.

With --spans, reads a span corpus instead, one sentence a line:
  {"id":"…","text":"…","spans":[{"type":"person","text":"…"}, …]}
extracts each sentence and prints P/R/F1 per gold type over the
(type, text) sets of each sentence. Where the corpus labels org and loc
(MSRA, People's Daily), bodies, organizations and outlets count as org
and places as loc; other types are compared as they are (person, body,
role: CLUENER's name, government and position).

Examples:
  orggraph eval -v testdata/fixtures/*.gold.json
  orggraph eval --spans ../shared/train/pd1998-dev.jsonl
  orggraph eval --no-model --spans ../shared/train/pd1998-dev.jsonl`, stdout)
	var c common
	c.register(fs)
	verbose := fs.Bool("v", false, "list the misses and spurious items of every document")
	spans := fs.String("spans", "", "score mentions on the span corpus `FILE` (JSON Lines)")
	golds, err := parseFlags(fs, args)
	if err == flag.ErrHelp {
		return nil
	}
	if err != nil {
		return err
	}
	if len(golds) == 0 && *spans == "" {
		return usageError{"eval: no gold files"}
	}
	if len(golds) > 0 && *spans != "" {
		return usageError{"eval: give gold files or --spans, not both"}
	}
	x, err := c.extractor()
	if err != nil {
		return err
	}
	defer x.Close()
	if *spans != "" {
		rep, err := eval.Spans(x, *spans)
		if err != nil {
			return err
		}
		return rep.Write(stdout, *verbose)
	}
	rep, err := eval.Run(x, golds)
	if err != nil {
		return err
	}
	return rep.Write(stdout, *verbose)
}
