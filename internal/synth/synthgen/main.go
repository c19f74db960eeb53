// Command synthgen writes a synthetic corpus as JSON Lines, for scale runs
// of orggraph build:
//
//	go run ./internal/synth/synthgen -n 100000 -o synth.jsonl
//	orggraph build synth.jsonl -o synth.graphml
package main

import (
	"bufio"
	"encoding/json"
	"flag"
	"fmt"
	"os"

	"github.com/orggraph/orggraph/internal/synth"
)

func main() {
	n := flag.Int("n", 10000, "number of articles")
	counties := flag.Int("counties", 0, "number of counties (default n/250, at least 40)")
	seed := flag.Uint64("seed", 1, "random seed")
	out := flag.String("o", "synth.jsonl", "output file")
	flag.Parse()
	if *counties == 0 {
		*counties = max(40, *n/250)
	}
	arts, _, err := synth.Generate(*seed, *n, *counties)
	if err != nil {
		fmt.Fprintln(os.Stderr, "synthgen:", err)
		os.Exit(1)
	}
	f, err := os.Create(*out)
	if err != nil {
		fmt.Fprintln(os.Stderr, "synthgen:", err)
		os.Exit(1)
	}
	w := bufio.NewWriter(f)
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	for _, a := range arts {
		enc.Encode(map[string]string{"id": a.ID, "text": a.Text})
	}
	if err := w.Flush(); err != nil {
		fmt.Fprintln(os.Stderr, "synthgen:", err)
		os.Exit(1)
	}
	f.Close()
}
