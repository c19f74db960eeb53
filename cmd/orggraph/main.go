// Command orggraph reads Chinese government news and builds a graph of
// officials, their roles and the bodies they serve in.
//
// Run `orggraph help` for the commands.
package main

import (
	"errors"
	"fmt"
	"io"
	"os"
	"runtime/debug"
)

func main() {
	if os.Getenv("GOGC") == "" {
		// Extraction allocates short-lived memos per document; collecting
		// less often is worth about 10% of throughput for little memory.
		debug.SetGCPercent(400)
	}
	if os.Getenv("GOMEMLIMIT") == "" {
		// ...but never lets the heap grow past 512 MiB just to save work.
		debug.SetMemoryLimit(512 << 20)
	}
	err := run(os.Args[1:], os.Stdin, os.Stdout, os.Stderr)
	if err != nil {
		var ue usageError
		if errors.As(err, &ue) {
			fmt.Fprintln(os.Stderr, "orggraph:", err)
			os.Exit(2)
		}
		if !errors.Is(err, errReported) {
			fmt.Fprintln(os.Stderr, "orggraph:", err)
		}
		os.Exit(1)
	}
}

// usageError is a mistake in the command line (exit status 2).
type usageError struct{ msg string }

func (e usageError) Error() string { return e.msg }

// errReported means the problems were already printed to stderr.
var errReported = errors.New("some inputs failed")

const usage = `orggraph reads Chinese government news and builds a graph of officials,
their roles and the bodies they serve in.

Usage:
  orggraph extract [flags] FILE...     entities and links, one JSON object per document
  orggraph build   [flags] FILE...     one graph from all documents, or --store STORE (GraphML, DOT, GEXF,
                                       Cytoscape JSON, HTML view, Neo4j CSV)
  orggraph query   --graph FILE QUERY   ask a built graph (or --store STORE): who, holders, roles, members, path,
                                       neighbors, top, timeline
  orggraph add     [flags] STORE FILE...  add documents to a store (one SQLite file), once each
  orggraph eval    [flags] GOLD...      score extraction against hand annotations
  orggraph eval --spans CORPUS.jsonl    score mentions against a span corpus
  orggraph help [COMMAND]              this text, or a command's flags

FILE may be a file, a directory or - for standard input: plain text, HTML or
JSON Lines, UTF-8, UTF-16, GBK/GB18030 or Big5, simplified or traditional,
with or without inline pinyin glosses.

Examples:
  orggraph extract testdata/hunan-daily-2022-05-26.txt
  orggraph build testdata/hunan-daily-2022-05-26.txt -o graph.graphml
  orggraph build testdata/*.txt -o graph.dot && dot -Tsvg graph.dot > graph.svg
  orggraph build testdata/ -o view.html
  orggraph eval testdata/fixtures/*.gold.json

Exit status: 0 on success, 1 when any input failed, 2 for a usage mistake.
`

func run(args []string, stdin io.Reader, stdout, stderr io.Writer) error {
	if len(args) == 0 {
		return usageError{"no command given: orggraph extract|build|query|eval|help\n(run 'orggraph help' for the commands)"}
	}
	switch args[0] {
	case "extract":
		return runExtract(args[1:], stdin, stdout, stderr)
	case "build":
		return runBuild(args[1:], stdin, stdout, stderr)
	case "query":
		return runQuery(args[1:], stdin, stdout, stderr)
	case "eval":
		return runEval(args[1:], stdin, stdout, stderr)
	case "add":
		return runAdd(args[1:], stdin, stdout, stderr)
	case "help", "-h", "-help", "--help":
		if len(args) > 1 {
			return run([]string{args[1], "-h"}, stdin, stdout, stderr)
		}
		fmt.Fprint(stdout, usage)
		return nil
	}
	msg := fmt.Sprintf("unknown command %q", args[0])
	if near := nearest(args[0], commands); near != "" {
		msg += fmt.Sprintf("; did you mean %q?", near)
	}
	return usageError{msg + "\n(run 'orggraph help' for the commands)"}
}

// commands are the command names, for suggestions.
var commands = []string{"extract", "build", "add", "query", "eval", "help"}
