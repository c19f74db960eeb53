// Package tagger is a character-level sequence labeller for Chinese named
// entities: an averaged structured perceptron over character n-grams,
// character classes and caller-supplied dictionary observations, decoded
// with a first-order Viterbi under BIO constraints.
//
// Offsets in this package count runes of the text given to Tag, not bytes;
// callers that work in bytes map them back.
//
// Tagging allocates nothing per character: feature keys are 64-bit hashes
// looked up in an open-addressing table built at load, and the weights sit
// in one flat slice at id*L+label. The model file starts with a magic
// string and a version (see Save).
package tagger

import (
	"errors"
	"math"
)

// Span is an entity found or annotated in a text: its type (person, org,
// loc, …) and its rune offsets, end exclusive.
type Span struct {
	Type       string
	Start, End int
}

// Example is one training sentence: its characters, one observation mask
// a character (nil for none) and its gold spans.
type Example struct {
	Text  []rune
	Obs   []uint32
	Spans []Span
	// Only, when set, lists the types the example is annotated for: a
	// span of another type that the model proposes where the gold says
	// nothing is not an error (a corpus that marks persons only).
	Only []string
}

// Model is a trained tagger. It is safe for concurrent use; each goroutine
// passes its own Scratch to Tag.
type Model struct {
	types  []string // entity types; label 0 is O, then per labels a type
	per    int      // labels a type: 2 (BIO) or 4 (BIOES)
	labels int      // 1 + per*len(types)
	// keys and ids form an open-addressing table from feature key to id.
	keys  []uint64
	ids   []int32
	mask  uint64
	w     []float32 // id*labels + label
	trans []float32 // (prev+1)*labels + label; prev -1 is the start
	nfeat int
	allow []bool  // (prev+1)*labels + label: a permitted transition
	prevs [][]int // per label, the labels that may come before it, in order

	// packed holds, for tagging, each slot of the table as a fingerprint
	// of the key and then the feature's weights as float32 bits, stride
	// words a slot (a power of two, so that a slot never straddles a
	// cache line): one feature costs one memory access. pmask is its
	// slot mask.
	packed []uint32
	stride int
	pmask  uint64
	filter []uint64 // a bit a hash of each key: a key whose bit is clear is not in the model
}

const filterBits = 1 << 23

func filterHash(k uint64) uint64 { return (k * 0x9E3779B97F4A7C15) >> (64 - 23) }

// fingerprint is the part of key k a slot of packed keeps: its high half
// (the slot's index mixes all of k), never 0, which marks an empty slot.
// Two keys of the model that would share a fingerprint on one probe
// sequence are caught when the table is built (see pack).
func fingerprint(k uint64) uint32 { return uint32(k>>32) | 1 }

// mayHave reports whether the model may hold feature key k.
func (m *Model) mayHave(k uint64) bool {
	h := filterHash(k)
	return m.filter[h>>6]&(1<<(h&63)) != 0
}

// pack builds packed from keys, ids and w. Should two keys share a
// fingerprint within one probe sequence, packed stays nil and tagging
// looks features up in keys and ids instead: slower, never wrong.
func (m *Model) pack() {
	L := m.labels
	stride := 1
	for stride < 1+L {
		stride <<= 1
	}
	size := 1
	for size*3 < 4*m.nfeat+1 { // load at most 3/4
		size <<= 1
	}
	packed := make([]uint32, size*stride)
	pmask := uint64(size - 1)
	filter := make([]uint64, filterBits/64)
	for j, k := range m.keys {
		if k == 0 {
			continue
		}
		id := int(m.ids[j])
		fp := fingerprint(k)
		q := mixIndex(k) & pmask
		for packed[int(q)*stride] != 0 {
			if packed[int(q)*stride] == fp {
				// Two keys alike on one probe sequence. (Slots are never
				// freed, so a key that could shadow an earlier one on its
				// probe sequence is always inserted after it: this check
				// sees every such pair.)
				m.packed, m.filter = nil, nil
				return
			}
			q = (q + 1) & pmask
		}
		o := int(q) * stride
		packed[o] = fp
		h := filterHash(k)
		filter[h>>6] |= 1 << (h & 63)
		for y := 0; y < L; y++ {
			packed[o+1+y] = math.Float32bits(m.w[id*L+y])
		}
	}
	m.packed, m.stride, m.pmask, m.filter = packed, stride, pmask, filter
}

// emissions writes the feature scores of every position of text into
// em (len(text)*labels).
func (m *Model) emissions(text []rune, obs []uint32, em []float32, sc *Scratch) {
	L := m.labels
	if m.packed == nil {
		for i := range text {
			sc.keys = featureKeys(text, obs, i, sc.keys[:0])
			row := em[i*L : i*L+L]
			clear(row)
			for _, k := range sc.keys {
				if id := m.lookup(k); id >= 0 {
					ws := m.w[int(id)*L : int(id)*L+L]
					for y := range row {
						row[y] += ws[y]
					}
				}
			}
		}
		return
	}
	// In blocks of positions: the keys first, then one pass that touches
	// every slot they hash to, so that the memory loads overlap, then the
	// sums.
	const block = 32
	for b0 := 0; b0 < len(text); b0 += block {
		b1 := min(b0+block, len(text))
		// Keys the model lacks go, by a filter that fits in a core's
		// cache, before they cost a trip to memory.
		sc.keys = sc.keys[:0]
		sc.ends = sc.ends[:0]
		for i := b0; i < b1; i++ {
			sc.tmp = featureKeys(text, obs, i, sc.tmp[:0])
			for _, k := range sc.tmp {
				if m.mayHave(k) {
					sc.keys = append(sc.keys, k)
				}
			}
			sc.ends = append(sc.ends, len(sc.keys))
		}
		var sink uint32
		for _, k := range sc.keys {
			sink ^= m.packed[int(mixIndex(k)&m.pmask)*m.stride]
		}
		sc.sink = sink
		from := 0
		for i := b0; i < b1; i++ {
			row := em[i*L : i*L+L]
			clear(row)
			to := sc.ends[i-b0]
			m.addWeights(row, sc.keys[from:to])
			from = to
		}
	}
}

// addWeights adds the weights of the features keys to row.
func (m *Model) addWeights(row []float32, keys []uint64) {
	L := len(row)
	stride := m.stride
	for _, k := range keys {
		fp := fingerprint(k)
		q := mixIndex(k) & m.pmask
		for {
			o := int(q) * stride
			slot := m.packed[o : o+stride]
			if slot[0] == fp {
				ws := slot[1 : 1+L]
				for y := range row {
					row[y] += math.Float32frombits(ws[y])
				}
				break
			}
			if slot[0] == 0 {
				break
			}
			q = (q + 1) & m.pmask
		}
	}
}

// Types returns the entity types the model labels.
func (m *Model) Types() []string { return append([]string(nil), m.types...) }

// Features returns the number of features the model keeps.
func (m *Model) Features() int { return m.nfeat }

// Label schemes: BIO (a begin and an inside label a type) and BIOES
// (begin, inside, end and single).
const (
	BIO   = "BIO"
	BIOES = "BIOES"
)

func newModel(types []string, scheme string) *Model {
	per := 2
	if scheme == BIOES {
		per = 4
	}
	m := &Model{types: types, per: per, labels: 1 + per*len(types)}
	L := m.labels
	m.trans = make([]float32, (L+1)*L)
	m.allow = make([]bool, (L+1)*L)
	for prev := -1; prev < L; prev++ {
		for y := 0; y < L; y++ {
			m.allow[(prev+1)*L+y] = m.follows(prev, y)
		}
	}
	m.prevs = make([][]int, L)
	for y := 0; y < L; y++ {
		for p := 0; p < L; p++ {
			if m.allow[(p+1)*L+y] {
				m.prevs[y] = append(m.prevs[y], p)
			}
		}
	}
	return m
}

// Scheme returns the model's label scheme, BIO or BIOES.
func (m *Model) Scheme() string {
	if m.per == 4 {
		return BIOES
	}
	return BIO
}

// The parts of a label: 0 outside, then per type begin, inside and, for
// BIOES, end and single.
const (
	partO = iota
	partB
	partI
	partE
	partS
)

func (m *Model) part(y int) int {
	if y == 0 {
		return partO
	}
	return 1 + (y-1)%m.per
}

func (m *Model) typ(y int) int { return (y - 1) / m.per }

func (m *Model) label(t, part int) int { return 1 + t*m.per + part - 1 }

// follows reports whether label y may follow label prev (-1: the start).
func (m *Model) follows(prev, y int) bool {
	open := prev >= 0 && (m.part(prev) == partB || m.part(prev) == partI) && m.per == 4
	switch m.part(y) {
	case partI, partE:
		return prev >= 0 && (m.part(prev) == partB || m.part(prev) == partI) && m.typ(prev) == m.typ(y)
	default:
		return !open // in BIOES a span must be closed first
	}
}

// mayEnd reports whether a text may end with label y.
func (m *Model) mayEnd(y int) bool {
	return m.per == 2 || m.part(y) != partB && m.part(y) != partI
}

// index builds the lookup table from keys (already set) to ids 0..n-1.
func (m *Model) index(keys []uint64) {
	size := 1
	for size < 2*len(keys)+1 {
		size <<= 1
	}
	m.keys = make([]uint64, size)
	m.ids = make([]int32, size)
	m.mask = uint64(size - 1)
	for id, k := range keys {
		j := mixIndex(k) & m.mask
		for m.keys[j] != 0 {
			j = (j + 1) & m.mask
		}
		m.keys[j] = k
		m.ids[j] = int32(id)
	}
	m.nfeat = len(keys)
}

func mixIndex(k uint64) uint64 { return (k ^ k>>29) * 0xBF58476D1CE4E5B9 >> 7 }

// lookup returns the id of feature key k, or -1.
func (m *Model) lookup(k uint64) int32 {
	j := mixIndex(k) & m.mask
	for {
		switch m.keys[j] {
		case k:
			return m.ids[j]
		case 0:
			return -1
		}
		j = (j + 1) & m.mask
	}
}

// Scratch holds the buffers of one tagging call; reuse it between calls
// of one goroutine.
type Scratch struct {
	keys   []uint64
	fids   []int32 // per position: its feature ids, -1 for unknown
	score  []float32
	back   []int8
	labels []int
	spans  []Span
	forced []float32
	ends   []int
	tmp    []uint64
	sink   uint32
}

// Tag labels text, with obs[i] the dictionary observations of text[i]
// (obs may be nil), and returns the spans found, in order. The slice is
// sc's and valid until its next use.
func (m *Model) Tag(text []rune, obs []uint32, sc *Scratch) []Span {
	if sc == nil {
		sc = new(Scratch)
	}
	n := len(text)
	sc.spans = sc.spans[:0]
	if n == 0 {
		return sc.spans
	}
	L := m.labels
	sc.score = grow(sc.score, n*L)
	sc.back = growInt8(sc.back, n*L)
	em := sc.score
	m.emissions(text, obs, em, sc)
	sc.labels = m.viterbi(em, sc.back, n, sc.labels)
	sc.spans = m.appendSpans(sc.spans, sc.labels)
	return sc.spans
}

// viterbi turns the emission scores em (n*L, overwritten with path
// scores) into the best permitted label sequence.
func (m *Model) viterbi(em []float32, back []int8, n int, out []int) []int {
	L := m.labels
	neg := float32(math.Inf(-1))
	for y := 0; y < L; y++ {
		if m.allow[y] {
			em[y] += m.trans[y]
		} else {
			em[y] = neg
		}
	}
	var prevRow [64]float32
	for i := 1; i < n; i++ {
		copy(prevRow[:L], em[(i-1)*L:i*L])
		row := em[i*L : i*L+L]
		br := back[i*L : i*L+L]
		for y := 0; y < L; y++ {
			// The first permitted label with the best score, as a loop
			// over all labels that skipped the others would find;
			// -Inf, a label no path reaches, loses to any other.
			best, arg := neg, -1
			for _, p := range m.prevs[y] {
				if s := prevRow[p] + m.trans[(p+1)*L+y]; s > best || arg < 0 {
					best, arg = s, p
				}
			}
			if arg < 0 || best == neg {
				row[y], br[y] = neg, 0
				continue
			}
			row[y] += best
			br[y] = int8(arg)
		}
	}
	out = growInt(out, n)
	best, arg := neg, 0
	for y := 0; y < L; y++ {
		if s := em[(n-1)*L+y]; s > best && m.mayEnd(y) {
			best, arg = s, y
		}
	}
	for i := n - 1; i >= 0; i-- {
		out[i] = arg
		if i > 0 {
			arg = int(back[i*L+arg])
		}
	}
	return out
}

// appendSpans turns labels into spans.
func (m *Model) appendSpans(spans []Span, labels []int) []Span {
	start, typ := -1, -1
	for i := 0; i <= len(labels); i++ {
		y := 0
		if i < len(labels) {
			y = labels[i]
		}
		p := m.part(y)
		if start >= 0 && (p == partO || p == partB || p == partS || m.typ(y) != typ) {
			spans = append(spans, Span{Type: m.types[typ], Start: start, End: i})
			start = -1
		}
		switch {
		case p == partB || p == partS || (p == partI || p == partE) && start < 0:
			start, typ = i, m.typ(y)
		}
		if start >= 0 && (p == partE || p == partS) {
			spans = append(spans, Span{Type: m.types[typ], Start: start, End: i + 1})
			start = -1
		}
	}
	return spans
}

// labelsOf writes the labels of spans over n characters into out.
func (m *Model) labelsOf(spans []Span, n int, out []int) ([]int, error) {
	out = growInt(out, n)
	clear(out)
	for _, s := range spans {
		t := -1
		for k, x := range m.types {
			if x == s.Type {
				t = k
			}
		}
		if t < 0 {
			continue // a type the model does not label
		}
		if s.Start < 0 || s.End > n || s.Start >= s.End {
			return nil, errors.New("tagger: span out of range")
		}
		for i := s.Start; i < s.End; i++ {
			out[i] = m.label(t, partI)
		}
		out[s.Start] = m.label(t, partB)
		if m.per == 4 {
			out[s.End-1] = m.label(t, partE)
			if s.End-s.Start == 1 {
				out[s.Start] = m.label(t, partS)
			}
		}
	}
	return out, nil
}

// spanLabels returns the label each position of sp must take, and the
// labels the position after it may not take.
func (m *Model) spanLabel(t, i int, sp Span) int {
	switch {
	case m.per == 4 && sp.End-sp.Start == 1:
		return m.label(t, partS)
	case i == sp.Start:
		return m.label(t, partB)
	case m.per == 4 && i == sp.End-1:
		return m.label(t, partE)
	}
	return m.label(t, partI)
}

func grow(b []float32, n int) []float32 {
	if cap(b) < n {
		return make([]float32, n, n+n/2)
	}
	return b[:n]
}

func growInt8(b []int8, n int) []int8 {
	if cap(b) < n {
		return make([]int8, n, n+n/2)
	}
	return b[:n]
}

func growInt(b []int, n int) []int {
	if cap(b) < n {
		return make([]int, n, n+n/2)
	}
	return b[:n]
}

// Margin returns how much better the model's best labelling of text
// scores than the best labelling that has sp as a span (0 when the best
// labelling has it): a rule that proposes sp may overrule the model when
// the margin is small.
func (m *Model) Margin(text []rune, obs []uint32, sp Span, sc *Scratch) float32 {
	if sc == nil {
		sc = new(Scratch)
	}
	t := -1
	for k, x := range m.types {
		if x == sp.Type {
			t = k
		}
	}
	n := len(text)
	if t < 0 || sp.Start < 0 || sp.End > n || sp.Start >= sp.End {
		return float32(math.Inf(1))
	}
	L := m.labels
	sc.score = grow(sc.score, n*L)
	sc.back = growInt8(sc.back, n*L)
	sc.forced = grow(sc.forced, n*L)
	m.emissions(text, obs, sc.score, sc)
	copy(sc.forced, sc.score)
	neg := float32(math.Inf(-1))
	for i := sp.Start; i < sp.End; i++ {
		want := m.spanLabel(t, i, sp)
		for y := 0; y < L; y++ {
			if y != want {
				sc.forced[i*L+y] = neg
			}
		}
	}
	if sp.End < n {
		// The span ends there: no inside or end label of its type next.
		sc.forced[sp.End*L+m.label(t, partI)] = neg
		if m.per == 4 {
			sc.forced[sp.End*L+m.label(t, partE)] = neg
		}
	}
	best := m.pathScore(sc.score, sc.back, n)
	forced := m.pathScore(sc.forced, sc.back, n)
	return best - forced
}

// pathScore runs viterbi over em and returns the best path's score.
func (m *Model) pathScore(em []float32, back []int8, n int) float32 {
	m.viterbi(em, back, n, nil)
	L := m.labels
	best := float32(math.Inf(-1))
	for y := 0; y < L; y++ {
		if m.mayEnd(y) {
			best = max(best, em[(n-1)*L+y])
		}
	}
	return best
}
