package main

import (
	"bufio"
	"fmt"
	"strings"

	"github.com/orggraph/orggraph/ner"
)

// writeStages prints the recognizer's stages, in order, with what each
// reads and writes: the legend of --explain.
func writeStages(w *bufio.Writer) {
	fmt.Fprintln(w, "# stages, in order (reads -> writes):")
	for _, s := range ner.Stages() {
		fmt.Fprintf(w, "#   %-20s %s -> %s: %s\n", s.Name, s.Reads, s.Writes, s.Doc)
	}
}

// writeExplain prints the explanation of one document: a line a mention,
// hold or dropped proposal, with its byte offsets in the input.
func writeExplain(w *bufio.Writer, r *ner.Result) error {
	fmt.Fprintf(w, "\n== %s\n", r.Doc)
	for _, s := range r.Explain {
		text := strings.ReplaceAll(s.Text, "\n", " ")
		if s.Dropped {
			fmt.Fprintf(w, "%6d-%-6d %-12s %-16s dropped by %s: %s\n", s.Start, s.End, s.Kind, text, s.Stage, s.Why)
			continue
		}
		fmt.Fprintf(w, "%6d-%-6d %-12s %-16s %s\n", s.Start, s.End, s.Kind, text, s.Stage)
	}
	_, err := w.WriteString("")
	return err
}
