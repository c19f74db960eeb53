package tagger

import (
	"math"
	"sort"
)

// clusterChars groups the characters of texts into k clusters by the
// characters seen right before and after them (spherical k-means over
// their square-rooted neighbour counts, started from characters spread
// over the frequency ranks, so deterministic). It returns the cluster,
// 1 to k, of each folded character below U+10000 seen often enough; 0
// for the rest.
func clusterChars(texts [][]rune, k int) []uint8 {
	const minCount = 10 // rarer characters get no cluster
	const ctx = 400     // neighbours told apart; the rest share a slot
	count := map[rune]int{}
	for _, t := range texts {
		for _, r := range t {
			count[fold(r)]++
		}
	}
	var chars []rune
	for r, c := range count {
		if c >= minCount && r >= 0 && r < 0x10000 {
			chars = append(chars, r)
		}
	}
	sort.Slice(chars, func(a, b int) bool {
		if count[chars[a]] != count[chars[b]] {
			return count[chars[a]] > count[chars[b]]
		}
		return chars[a] < chars[b]
	})
	if len(chars) < k {
		k = len(chars)
	}
	// Neighbour slots: the ctx most frequent characters, the ends of the
	// text, and one for the rest; left neighbours first, then right.
	slot := map[rune]int{bos: 0, eos: 1}
	for i := 0; i < min(ctx, len(chars)); i++ {
		slot[chars[i]] = i + 2
	}
	other := min(ctx, len(chars)) + 2
	dim := 2 * (other + 1)
	index := map[rune]int{}
	for i, r := range chars {
		index[r] = i
	}
	vecs := make([]map[int]float64, len(chars))
	for i := range vecs {
		vecs[i] = map[int]float64{}
	}
	nb := func(r rune) int {
		if s, ok := slot[r]; ok {
			return s
		}
		return other
	}
	for _, t := range texts {
		for i, r := range t {
			v, ok := index[fold(r)]
			if !ok {
				continue
			}
			left, right := rune(bos), rune(eos)
			if i > 0 {
				left = fold(t[i-1])
			}
			if i+1 < len(t) {
				right = fold(t[i+1])
			}
			vecs[v][nb(left)]++
			vecs[v][other+1+nb(right)]++
		}
	}
	type entry struct {
		i int
		x float64
	}
	sparse := make([][]entry, len(chars))
	for v, m := range vecs {
		var norm float64
		for i, x := range m {
			x = math.Sqrt(x)
			sparse[v] = append(sparse[v], entry{i, x})
			norm += x * x
		}
		norm = math.Sqrt(norm)
		sort.Slice(sparse[v], func(a, b int) bool { return sparse[v][a].i < sparse[v][b].i })
		for j := range sparse[v] {
			sparse[v][j].x /= norm
		}
	}
	vecs = nil
	cent := make([][]float64, k)
	for c := range cent {
		cent[c] = make([]float64, dim)
		for _, e := range sparse[c*len(chars)/k] {
			cent[c][e.i] = e.x
		}
	}
	assign := make([]int, len(chars))
	for iter := 0; iter < 20; iter++ {
		changed := 0
		for v, es := range sparse {
			best, arg := math.Inf(-1), 0
			for c := range cent {
				var dot float64
				for _, e := range es {
					dot += cent[c][e.i] * e.x
				}
				if dot > best {
					best, arg = dot, c
				}
			}
			if assign[v] != arg || iter == 0 {
				changed++
			}
			assign[v] = arg
		}
		for c := range cent {
			clear(cent[c])
		}
		for v, es := range sparse {
			for _, e := range es {
				cent[assign[v]][e.i] += e.x
			}
		}
		for c := range cent {
			var norm float64
			for _, x := range cent[c] {
				norm += x * x
			}
			if norm = math.Sqrt(norm); norm > 0 {
				for i := range cent[c] {
					cent[c][i] /= norm
				}
			}
		}
		if changed == 0 {
			break
		}
	}
	out := make([]uint8, 0x10000)
	for v, r := range chars {
		out[r] = uint8(assign[v] + 1)
	}
	return out
}
