package export

import (
	"bytes"
	"io"
	"os"
	"sort"
	"strconv"
	"strings"
	"testing"

	"github.com/orggraph/orggraph/graph"
	"github.com/orggraph/orggraph/ner"
)

// benchGraph is the sample article read as 300 documents of 30
// jurisdictions, so that persons and bodies are many.
func benchGraph(b *testing.B) *graph.Graph {
	x, err := ner.New(ner.Config{})
	if err != nil {
		b.Fatal(err)
	}
	defer x.Close()
	src, err := os.ReadFile("../testdata/hunan-daily-2022-05-26.txt")
	if err != nil {
		b.Fatal(err)
	}
	zones := []string{"岳阳", "长沙", "株洲", "湘潭", "衡阳", "邵阳", "常德", "益阳", "郴州", "永州"}
	g := graph.New()
	for i := 0; i < 300; i++ {
		s := strings.ReplaceAll(string(src), "岳阳", zones[i%len(zones)])
		g.Add(x.Extract(ner.Document{ID: "doc" + strconv.Itoa(i), Src: []byte(s)}))
	}
	g.Resolve()
	return g
}

// BenchmarkExport writes the graph in every format; bytes are the output's.
func BenchmarkExport(b *testing.B) {
	g := benchGraph(b)
	names := make([]string, 0, len(Formats))
	for n := range Formats {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, name := range names {
		f := Formats[name]
		b.Run(name, func(b *testing.B) {
			var buf bytes.Buffer
			if err := f(&buf, g, Options{}); err != nil {
				b.Fatal(err)
			}
			b.SetBytes(int64(buf.Len()))
			b.ResetTimer()
			for i := 0; i < b.N; i++ {
				f(io.Discard, g, Options{})
			}
		})
	}
}
