package graph

import (
	"strconv"
	"testing"

	"github.com/orggraph/orggraph/ner"
)

// benchResults extracts n generated-looking articles once.
func benchResults(b *testing.B, n int) ([]*ner.Result, int64) {
	var rs []*ner.Result
	var size int64
	for i := 0; i < n; i++ {
		a := articles[i%len(articles)]
		text := a.text + "县委副书记李某" + strconv.Itoa(i%50) + "出席。"
		size += int64(len(text))
		rs = append(rs, extract(b, a.id+strconv.Itoa(i), text))
	}
	return rs, size
}

// BenchmarkBuild adds extraction results to a graph and resolves it;
// bytes are those of the articles.
func BenchmarkBuild(b *testing.B) {
	rs, size := benchResults(b, 2000)
	b.SetBytes(size)
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		g := New()
		for _, r := range rs {
			g.Add(r)
		}
		g.Resolve()
	}
}
