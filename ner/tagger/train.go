package tagger

import (
	"errors"
	"math"
	"math/rand"
	"slices"
	"sort"
)

// Options control training.
type Options struct {
	// Types are the entity types to label, in label order; spans of other
	// types are read as outside.
	Types []string
	// Scheme is BIO (the default) or BIOES.
	Scheme string
	// Epochs is the most passes over the data (default 10); the epoch that
	// scores best on Dev is kept, or the last when Dev is empty.
	Epochs int
	// Seed orders the examples of each pass; training is deterministic
	// given it.
	Seed int64
	// MinCount drops features seen fewer times in training (default 2).
	MinCount int
	// Prune drops features whose averaged weights all lie within Prune of
	// zero (default 0.01), to keep the model small.
	Prune float64
	// Dev is held out to pick the epoch.
	Dev []Example
	// Logf, if set, reports progress.
	Logf func(format string, args ...any)
}

type trainer struct {
	m     *Model
	L     int
	w     []float32
	acc   []float64
	ts    []int32
	now   int32
	trans []float32
	tacc  []float64
	tts   []int32
}

// Train learns a model from examples with the averaged structured
// perceptron (Collins 2002), averaging lazily.
func Train(examples []Example, opt Options) (*Model, error) {
	if len(opt.Types) == 0 {
		return nil, errors.New("tagger: no types to label")
	}
	if opt.Epochs <= 0 {
		opt.Epochs = 10
	}
	if opt.MinCount <= 0 {
		opt.MinCount = 2
	}
	if opt.Prune == 0 {
		opt.Prune = 0.01
	}
	logf := opt.Logf
	if logf == nil {
		logf = func(string, ...any) {}
	}
	if opt.Scheme == "" {
		opt.Scheme = BIO
	}
	if opt.Scheme != BIO && opt.Scheme != BIOES {
		return nil, errors.New("tagger: unknown label scheme " + opt.Scheme)
	}
	m := newModel(append([]string(nil), opt.Types...), opt.Scheme)
	L := m.labels

	// Feature space: keys seen at least MinCount times, ids in key order.
	counts := map[uint64]int32{}
	var buf []uint64
	for _, ex := range examples {
		for i := range ex.Text {
			buf = featureKeys(ex.Text, ex.Obs, i, buf[:0])
			for _, k := range buf {
				counts[k]++
			}
		}
	}
	var keys []uint64
	for k, c := range counts {
		if int(c) >= opt.MinCount {
			keys = append(keys, k)
		}
	}
	counts = nil
	sort.Slice(keys, func(a, b int) bool { return keys[a] < keys[b] })
	m.index(keys)
	logf("features: %d", len(keys))

	// Every example's feature ids and gold labels, once.
	type inst struct {
		off  []int32 // per position, start of its ids in fids
		fids []int32
		gold []int
		free []bool // per type: not annotated in this example
	}
	insts := make([]inst, len(examples))
	for n, ex := range examples {
		var in inst
		g, err := m.labelsOf(ex.Spans, len(ex.Text), nil)
		if err != nil {
			return nil, err
		}
		in.gold = g
		if len(ex.Only) > 0 {
			in.free = make([]bool, len(m.types))
			for t, x := range m.types {
				in.free[t] = !slices.Contains(ex.Only, x)
			}
		}
		in.off = make([]int32, len(ex.Text)+1)
		for i := range ex.Text {
			in.off[i] = int32(len(in.fids))
			buf = featureKeys(ex.Text, ex.Obs, i, buf[:0])
			for _, k := range buf {
				if id := m.lookup(k); id >= 0 {
					in.fids = append(in.fids, id)
				}
			}
		}
		in.off[len(ex.Text)] = int32(len(in.fids))
		insts[n] = in
	}

	t := &trainer{m: m, L: L, w: make([]float32, len(keys)*L), acc: make([]float64, len(keys)*L), ts: make([]int32, len(keys)*L),
		trans: make([]float32, (L+1)*L), tacc: make([]float64, (L+1)*L), tts: make([]int32, (L+1)*L)}
	m.w = t.w
	m.trans = t.trans
	order := make([]int, len(insts))
	for i := range order {
		order[i] = i
	}
	rng := rand.New(rand.NewSource(opt.Seed))
	var em []float32
	var back []int8
	var pred, tmp []int
	bestF, bestW, bestT := -1.0, []float32(nil), []float32(nil)
	for ep := 1; ep <= opt.Epochs; ep++ {
		rng.Shuffle(len(order), func(a, b int) { order[a], order[b] = order[b], order[a] })
		errs := 0
		for _, n := range order {
			in := &insts[n]
			k := len(in.gold)
			if k == 0 {
				continue
			}
			t.now++
			em = grow(em, k*L)
			back = growInt8(back, k*L)
			for i := 0; i < k; i++ {
				row := em[i*L : i*L+L]
				clear(row)
				for _, id := range in.fids[in.off[i]:in.off[i+1]] {
					ws := t.w[int(id)*L : int(id)*L+L]
					for y := range row {
						row[y] += ws[y]
					}
				}
			}
			pred = m.viterbi(em, back, k, pred)
			gold := in.gold
			if in.free != nil {
				// Unannotated types: the prediction stands where the
				// gold says nothing.
				tmp = append(tmp[:0], gold...)
				for i, y := range pred {
					if tmp[i] == 0 && y > 0 && in.free[m.typ(y)] {
						tmp[i] = y
					}
				}
				gold = tmp
			}
			for i := 0; i < k; i++ {
				g, p := gold[i], pred[i]
				if g != p {
					errs++
					for _, id := range in.fids[in.off[i]:in.off[i+1]] {
						t.update(int(id)*L+g, 1)
						t.update(int(id)*L+p, -1)
					}
				}
				gp, pp := -1, -1
				if i > 0 {
					gp, pp = gold[i-1], pred[i-1]
				}
				if g != p || gp != pp {
					t.updateTrans((gp+1)*L+g, 1)
					t.updateTrans((pp+1)*L+p, -1)
				}
			}
		}
		// Score the averaged weights on Dev.
		avgW, avgT := t.averaged()
		m.w, m.trans = avgW, avgT
		f := 1.0
		if len(opt.Dev) > 0 {
			_, _, f = Score(m, opt.Dev, "")
		}
		logf("epoch %d: %d wrong labels in training, dev F1 %.4f", ep, errs, f)
		if f > bestF || len(opt.Dev) == 0 {
			bestF, bestW, bestT = f, avgW, avgT
		}
		m.w, m.trans = t.w, t.trans
	}
	m.w, m.trans = bestW, bestT
	m.prune(float32(opt.Prune))
	m.pack()
	logf("kept %d features after pruning", m.nfeat)
	return m, nil
}

func (t *trainer) update(k int, d float32) {
	t.acc[k] += float64(t.now-t.ts[k]) * float64(t.w[k])
	t.ts[k] = t.now
	t.w[k] += d
}

func (t *trainer) updateTrans(k int, d float32) {
	t.tacc[k] += float64(t.now-t.tts[k]) * float64(t.trans[k])
	t.tts[k] = t.now
	t.trans[k] += d
}

// averaged returns the averaged weights as of now.
func (t *trainer) averaged() ([]float32, []float32) {
	avg := func(w []float32, acc []float64, ts []int32) []float32 {
		out := make([]float32, len(w))
		for k := range w {
			out[k] = float32((acc[k] + float64(t.now-ts[k])*float64(w[k])) / float64(t.now))
		}
		return out
	}
	return avg(t.w, t.acc, t.ts), avg(t.trans, t.tacc, t.tts)
}

// prune drops the features whose weights are all within eps of zero.
func (m *Model) prune(eps float32) {
	L := m.labels
	keys, idOf := m.sorted()
	var kept []uint64
	var w []float32
	for n, k := range keys {
		id := int(idOf[n])
		ws := m.w[id*L : id*L+L]
		keep := false
		for _, x := range ws {
			if float32(math.Abs(float64(x))) > eps {
				keep = true
			}
		}
		if keep {
			kept = append(kept, k)
			w = append(w, ws...)
		}
	}
	m.w = w
	m.index(kept)
}

type byKey struct {
	k  []uint64
	id []int32
}

func (b byKey) Len() int           { return len(b.k) }
func (b byKey) Less(i, j int) bool { return b.k[i] < b.k[j] }
func (b byKey) Swap(i, j int) {
	b.k[i], b.k[j] = b.k[j], b.k[i]
	b.id[i], b.id[j] = b.id[j], b.id[i]
}

// Score tags every example and returns micro precision, recall and F1 of
// exact spans, for one type or, with typ "", for all.
func Score(m *Model, examples []Example, typ string) (p, r, f float64) {
	var tp, sys, gold int
	var sc Scratch
	for _, ex := range examples {
		got := m.Tag(ex.Text, ex.Obs, &sc)
		counts := func(t string) bool {
			return (typ == "" || t == typ) && (len(ex.Only) == 0 || slices.Contains(ex.Only, t))
		}
		want := map[Span]bool{}
		for _, s := range ex.Spans {
			if counts(s.Type) {
				want[s] = true
			}
		}
		gold += len(want)
		for _, s := range got {
			if !counts(s.Type) {
				continue
			}
			sys++
			if want[s] {
				tp++
			}
		}
	}
	return prf(tp, sys, gold)
}

func prf(tp, sys, gold int) (p, r, f float64) {
	if sys > 0 {
		p = float64(tp) / float64(sys)
	}
	if gold > 0 {
		r = float64(tp) / float64(gold)
	}
	if p+r > 0 {
		f = 2 * p * r / (p + r)
	}
	return
}
