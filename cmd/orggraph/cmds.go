package main

import (
	"bufio"
	"bytes"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	"github.com/orggraph/orggraph/export"
	"github.com/orggraph/orggraph/graph"
	"github.com/orggraph/orggraph/ner"
)

// multiFlag is a repeatable string flag.
type multiFlag []string

func (m *multiFlag) String() string     { return strings.Join(*m, ",") }
func (m *multiFlag) Set(v string) error { *m = append(*m, v); return nil }

// common are the flags every command that reads articles takes.
type common struct {
	lexicons multiFlag
	dictDir  string
	quiet    bool
}

func (c *common) register(fs *flag.FlagSet) {
	fs.Var(&c.lexicons, "lexicon", "add a user lexicon `FILE` (TSV: word, kind, attributes); repeatable")
	fs.StringVar(&c.dictDir, "dict", "", "use the gojieba dictionaries in `DIR` (default: embedded; env ORGGRAPH_JIEBA_DICT)")
	fs.BoolVar(&c.quiet, "quiet", false, "print no progress or summary on stderr")
}

func newFlagSet(name, synopsis string, stderr io.Writer) *flag.FlagSet {
	fs := flag.NewFlagSet(name, flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.Usage = func() {
		fmt.Fprintf(stderr, "Usage: orggraph %s\n\nFlags:\n", synopsis)
		fs.PrintDefaults()
	}
	return fs
}

// parseFlags parses args, letting flags and file names mix
// (orggraph build a.txt -o g.graphml).
func parseFlags(fs *flag.FlagSet, args []string) ([]string, error) {
	var files []string
	for {
		if err := fs.Parse(args); err != nil {
			if err == flag.ErrHelp {
				return nil, err
			}
			return nil, usageError{err.Error()}
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

func (c *common) extractor() (*ner.Extractor, error) {
	dir := c.dictDir
	return ner.New(ner.Config{Lexicons: c.lexicons, DictDir: dir})
}

// readInput reads one input file, or stdin for "-", and checks that it
// holds text.
func readInput(name string, stdin io.Reader) ([]byte, error) {
	var b []byte
	var err error
	if name == "-" {
		b, err = io.ReadAll(stdin)
	} else {
		var st os.FileInfo
		if st, err = os.Stat(name); err == nil && st.IsDir() {
			return nil, fmt.Errorf("%s: is a directory", name)
		}
		b, err = os.ReadFile(name)
	}
	if err != nil {
		return nil, err
	}
	if len(bytes.TrimSpace(b)) == 0 {
		return nil, fmt.Errorf("%s: empty file", name)
	}
	if bytes.IndexByte(b, 0) >= 0 {
		return nil, fmt.Errorf("%s: binary file (contains NUL bytes), not text", name)
	}
	return b, nil
}

// forEachDoc extracts every input, calling fn in input order; failures are
// reported on stderr and counted.
func forEachDoc(x *ner.Extractor, files []string, stdin io.Reader, stderr io.Writer, fn func(*ner.Result) error) (failed int, err error) {
	for _, f := range files {
		src, rerr := readInput(f, stdin)
		if rerr != nil {
			fmt.Fprintln(stderr, "orggraph:", rerr)
			failed++
			continue
		}
		res := x.Extract(ner.Document{ID: f, Src: src})
		if err := fn(res); err != nil {
			return failed, err
		}
	}
	return failed, nil
}

func runExtract(args []string, stdin io.Reader, stdout, stderr io.Writer) error {
	fs := newFlagSet("extract", "extract [flags] FILE...\n\nPrints one JSON object per document (JSON Lines): mentions with byte offsets\ninto the original input, persons, bodies with canonical names, holds, events.", stderr)
	var c common
	c.register(fs)
	format := fs.String("format", "jsonl", "output `format`: jsonl")
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
	x, err := c.extractor()
	if err != nil {
		return err
	}
	defer x.Close()
	w := bufio.NewWriter(stdout)
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	failed, err := forEachDoc(x, files, stdin, stderr, func(r *ner.Result) error { return enc.Encode(r) })
	if ferr := w.Flush(); err == nil {
		err = ferr
	}
	if err != nil {
		return err
	}
	return summary(stderr, c.quiet, len(files), failed)
}

func summary(stderr io.Writer, quiet bool, total, failed int) error {
	if failed > 0 {
		fmt.Fprintf(stderr, "orggraph: %d of %d inputs failed\n", failed, total)
		return errReported
	}
	return nil
}

func runBuild(args []string, stdin io.Reader, stdout, stderr io.Writer) error {
	fs := newFlagSet("build", "build [flags] FILE... [-o OUT]\n\nBuilds one graph from all documents: persons, bodies, places and events as\nnodes; holds (with the role), part_of and participation as edges, each with\nits evidence. The extension of -o picks the format (.graphml, .dot).", stderr)
	var c common
	c.register(fs)
	out := fs.String("o", "", "write the graph to `FILE` (atomically); default standard output")
	format := fs.String("format", "", "output `format`: graphml or dot (default: from the -o extension, else graphml)")
	files, err := parseFlags(fs, args)
	if err == flag.ErrHelp {
		return nil
	}
	if err != nil {
		return err
	}
	if len(files) == 0 {
		return usageError{"build: no input files (use - for standard input)"}
	}
	f := *format
	if f == "" {
		f = strings.TrimPrefix(strings.ToLower(filepath.Ext(*out)), ".")
		if f == "" || f == "xml" {
			f = "graphml"
		}
		if f == "gv" {
			f = "dot"
		}
	}
	if f != "graphml" && f != "dot" {
		return usageError{fmt.Sprintf("build: unknown format %q (want graphml or dot)", f)}
	}
	x, err := c.extractor()
	if err != nil {
		return err
	}
	defer x.Close()
	g := graph.New()
	failed, err := forEachDoc(x, files, stdin, stderr, func(r *ner.Result) error { g.Add(r); return nil })
	if err != nil {
		return err
	}
	write := func(w io.Writer) error {
		if f == "dot" {
			return export.DOT(w, g)
		}
		return export.GraphML(w, g)
	}
	if *out == "" {
		bw := bufio.NewWriter(stdout)
		if err := write(bw); err != nil {
			return err
		}
		if err := bw.Flush(); err != nil {
			return err
		}
	} else if err := writeAtomic(*out, write); err != nil {
		return err
	}
	return summary(stderr, c.quiet, len(files), failed)
}

// writeAtomic writes a file through a temporary file in the same directory
// and a rename, so that a failure never leaves half a file.
func writeAtomic(path string, write func(io.Writer) error) error {
	tmp, err := os.CreateTemp(filepath.Dir(path), "."+filepath.Base(path)+".tmp-*")
	if err != nil {
		return err
	}
	bw := bufio.NewWriter(tmp)
	err = write(bw)
	if err == nil {
		err = bw.Flush()
	}
	if cerr := tmp.Close(); err == nil {
		err = cerr
	}
	if err == nil {
		err = os.Chmod(tmp.Name(), 0o644)
	}
	if err == nil {
		err = os.Rename(tmp.Name(), path)
	}
	if err != nil {
		os.Remove(tmp.Name())
		return fmt.Errorf("writing %s: %w", path, err)
	}
	return nil
}
