package tagger

import (
	"bytes"
	"slices"
	"strings"
	"testing"
)

// toy is a tiny corpus: surnames 王, 李, 张 with two-character given
// names before 说 or after 书记, and 北京 as a place.
func toy() []Example {
	var ex []Example
	add := func(text string, spans ...Span) { ex = append(ex, Example{Text: []rune(text), Spans: spans}) }
	for _, n := range []string{"王小明", "李大海", "张国强", "王建华", "李春生", "张文军"} {
		add(n+"说今天开会。", Span{"person", 0, 3})
		add("书记"+n+"在北京讲话。", Span{"person", 2, 5}, Span{"loc", 6, 8})
		add("今天"+n+"来了。", Span{"person", 2, 5})
	}
	return ex
}

func TestTrainTagsWhatItLearned(t *testing.T) {
	m, err := Train(toy(), Options{Types: []string{"person", "loc"}, Epochs: 5, MinCount: 1, Prune: 1e-9})
	if err != nil {
		t.Fatal(err)
	}
	got := m.Tag([]rune("书记王国华在北京讲话。"), nil, nil)
	want := []Span{{"person", 2, 5}, {"loc", 6, 8}}
	if !slices.Equal(got, want) {
		t.Errorf("Tag = %v, want %v", got, want)
	}
	if _, _, f := Score(m, toy(), ""); f < 0.99 {
		t.Errorf("training F1 %.3f", f)
	}
}

func TestTrainIsDeterministic(t *testing.T) {
	save := func() []byte {
		m, err := Train(toy(), Options{Types: []string{"person", "loc"}, Epochs: 3, Seed: 7, MinCount: 1})
		if err != nil {
			t.Fatal(err)
		}
		var b bytes.Buffer
		if err := m.Save(&b); err != nil {
			t.Fatal(err)
		}
		return b.Bytes()
	}
	if !bytes.Equal(save(), save()) {
		t.Error("two trainings with one seed wrote different models")
	}
}

func TestSaveLoadRoundTrip(t *testing.T) {
	m, err := Train(toy(), Options{Types: []string{"person", "loc"}, Epochs: 3, MinCount: 1})
	if err != nil {
		t.Fatal(err)
	}
	var a, b bytes.Buffer
	if err := m.Save(&a); err != nil {
		t.Fatal(err)
	}
	m2, err := Load(bytes.NewReader(a.Bytes()))
	if err != nil {
		t.Fatal(err)
	}
	if err := m2.Save(&b); err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(a.Bytes(), b.Bytes()) {
		t.Error("Save(Load(Save(m))) differs from Save(m)")
	}
	for _, ex := range toy() {
		if x, y := m.Tag(ex.Text, nil, nil), m2.Tag(ex.Text, nil, nil); !slices.Equal(x, y) {
			t.Errorf("%s: loaded model tags %v, trained one %v", string(ex.Text), y, x)
		}
	}
}

func TestLoadRefuses(t *testing.T) {
	for _, c := range []struct{ name, data string }{
		{"empty", ""},
		{"other file", "GIF89a……………………"},
		{"newer version", Magic + "\x03\x00\x00\x00"},
		{"truncated", Magic + "\x01\x00\x00\x00\x01"},
	} {
		if _, err := Load(bytes.NewReader([]byte(c.data))); err == nil {
			t.Errorf("%s: loaded", c.name)
		}
	}
}

// TestLazyAveraging checks the lazy averages against a hand computation:
// a weight that is 0 for 2 steps, 1 for 3 steps and -1 for 5 steps
// averages (0*2 + 1*3 - 1*5) / 10.
func TestLazyAveraging(t *testing.T) {
	tr := &trainer{w: make([]float32, 1), acc: make([]float64, 1), ts: make([]int32, 1),
		trans: make([]float32, 1), tacc: make([]float64, 1), tts: make([]int32, 1)}
	tr.now = 2
	tr.update(0, 1)
	tr.now = 5
	tr.update(0, -2)
	tr.now = 10
	w, _ := tr.averaged()
	if want := float32(-0.2); w[0] != want {
		t.Errorf("average %v, want %v", w[0], want)
	}
}

func TestSpansFromLabels(t *testing.T) {
	types := []string{"person", "loc"}
	for _, c := range []struct {
		labels []int
		want   []Span
	}{
		{[]int{0, 1, 2, 0}, []Span{{"person", 1, 3}}},
		{[]int{1, 1, 2}, []Span{{"person", 0, 1}, {"person", 1, 3}}},
		{[]int{3, 4, 1}, []Span{{"loc", 0, 2}, {"person", 2, 3}}},
		{[]int{1, 2, 2}, []Span{{"person", 0, 3}}},
	} {
		if got := newModel(types, BIO).appendSpans(nil, c.labels); !slices.Equal(got, c.want) {
			t.Errorf("%v: %v, want %v", c.labels, got, c.want)
		}
	}
}

func TestBIOESSpans(t *testing.T) {
	m := newModel([]string{"person", "loc"}, BIOES)
	spans := []Span{{"person", 0, 1}, {"loc", 1, 3}, {"person", 4, 7}}
	labels, err := m.labelsOf(spans, 8, nil)
	if err != nil {
		t.Fatal(err)
	}
	// S-person B-loc E-loc O B-person I-person E-person O
	if want := []int{4, 5, 7, 0, 1, 2, 3, 0}; !slices.Equal(labels, want) {
		t.Errorf("labels %v, want %v", labels, want)
	}
	if got := m.appendSpans(nil, labels); !slices.Equal(got, spans) {
		t.Errorf("spans %v, want %v", got, spans)
	}
	if m.follows(1, 0) || !m.follows(1, 2) || m.follows(-1, 3) || !m.follows(3, 5) {
		t.Error("BIOES transitions")
	}
}

func TestTrainBIOES(t *testing.T) {
	m, err := Train(toy(), Options{Types: []string{"person", "loc"}, Scheme: BIOES, Epochs: 5, MinCount: 1, Prune: 1e-9})
	if err != nil {
		t.Fatal(err)
	}
	got := m.Tag([]rune("书记王国华在北京讲话。"), nil, nil)
	if want := []Span{{"person", 2, 5}, {"loc", 6, 8}}; !slices.Equal(got, want) {
		t.Errorf("Tag = %v, want %v", got, want)
	}
	var b bytes.Buffer
	if err := m.Save(&b); err != nil {
		t.Fatal(err)
	}
	m2, err := Load(&b)
	if err != nil || m2.Scheme() != BIOES {
		t.Fatalf("loaded %v, %v", m2, err)
	}
	if v := m.Margin([]rune("书记王国华在北京讲话。"), nil, Span{"person", 2, 5}, nil); v != 0 {
		t.Errorf("margin of the best reading %v", v)
	}
}

func TestMarginIsZeroOnTheBestReading(t *testing.T) {
	m, err := Train(toy(), Options{Types: []string{"person", "loc"}, Epochs: 5, MinCount: 1, Prune: 1e-9})
	if err != nil {
		t.Fatal(err)
	}
	text := []rune("书记王国华在北京讲话。")
	if v := m.Margin(text, nil, Span{"person", 2, 5}, nil); v != 0 {
		t.Errorf("margin of the best reading %v", v)
	}
	if v := m.Margin(text, nil, Span{"person", 2, 4}, nil); v <= 0 {
		t.Errorf("margin of a worse reading %v", v)
	}
}

// BenchmarkTag reports the tagger's cost in MB/s of UTF-8 text.
func BenchmarkTag(b *testing.B) {
	m, err := Train(toy(), Options{Types: []string{"person", "loc"}, Epochs: 3, MinCount: 1})
	if err != nil {
		b.Fatal(err)
	}
	text := []rune("区工委副书记、管委会主任谢春生主持会议并讲话,区工委领导姚海燕、谭国良出席会议。")
	var sc Scratch
	b.SetBytes(int64(len(string(text))))
	b.ReportAllocs()
	for b.Loop() {
		m.Tag(text, nil, &sc)
	}
}

func TestPrune(t *testing.T) {
	m, err := Train(toy(), Options{Types: []string{"person", "loc"}, Epochs: 5, MinCount: 1, Prune: 1e-9})
	if err != nil {
		t.Fatal(err)
	}
	text := []rune("书记王国华在北京讲话。")
	before, n := slices.Clone(m.Tag(text, nil, nil)), m.Features()
	m.Prune(1e-6)
	if got := m.Tag(text, nil, nil); !slices.Equal(got, before) || m.Features() > n {
		t.Errorf("pruning nothing of weight changed the tags %v -> %v or grew %d -> %d", before, got, n, m.Features())
	}
	m.Prune(1e9)
	if m.Features() != 0 {
		t.Errorf("pruning everything left %d features", m.Features())
	}
	m.Tag(text, nil, nil) // and tagging still works, on transitions alone
}

// FuzzLoad: Load returns an error for any bytes that are no model, and
// never panics; a model it loads tags.
func FuzzLoad(f *testing.F) {
	m, err := Train(toy(), Options{Types: []string{"person", "loc"}, Epochs: 2, MinCount: 1})
	if err != nil {
		f.Fatal(err)
	}
	var b bytes.Buffer
	m.Save(&b)
	f.Add(b.Bytes())
	f.Add([]byte(Magic + "\x02\x00\x00\x00\x02\x01\x06person"))
	f.Fuzz(func(t *testing.T, data []byte) {
		m, err := Load(bytes.NewReader(data))
		if err != nil {
			return
		}
		m.Tag([]rune("书记王国华在北京讲话。"), nil, nil)
	})
}

// TestLatinWords checks the Latin-word features: a word's letters tell
// two words apart that folding reads alike, a number alone has none, and
// a word longer than maxLatin costs no more than maxLatin letters.
func TestLatinWords(t *testing.T) {
	keys := func(text string, i int) []uint64 { return featureKeys([]rune(text), nil, i, nil) }
	latinCount := func(text string, i int) int { return len(latinKeys([]rune(text), i, nil)) }
	for _, c := range []struct {
		text string
		i    int
		want int // latin keys at i
	}{
		{"选手Grubby说", 2, 4},
		{"选手Grubby说", 7, 4},
		{"ＴａｅＪａ出线", 1, 4},
		{"在2020年", 1, 0},
		{"T3的说法", 1, 4},
		{"书记王明", 2, 0},
		{strings.Repeat("a", 100), 50, 4},
	} {
		if got := latinCount(c.text, c.i); got != c.want {
			t.Errorf("latinKeys(%q, %d): %d keys, want %d", c.text, c.i, got, c.want)
		}
	}
	if slices.Equal(keys("选手Grubby说", 4), keys("选手Gammas说", 4)) {
		t.Error("two Latin words of one shape have the same features")
	}
	if !slices.Equal(keys("选手Grubby说", 0), keys("选手Gammas说", 0)) {
		t.Error("a Latin word changes the features of a character two away from it")
	}
}

func TestTrainTagsLatinNames(t *testing.T) {
	var ex []Example
	add := func(text string, spans ...Span) { ex = append(ex, Example{Text: []rune(text), Spans: spans}) }
	for _, n := range []string{"Grubby", "Sky", "Moon", "Fly", "Infi", "Lyn"} {
		add("选手"+n+"说。", Span{"person", 2, 2 + len(n)})
		add("玩DotA游戏。")
		add("看NBA比赛。")
	}
	m, err := Train(ex, Options{Types: []string{"person"}, Epochs: 5, MinCount: 1, Prune: 1e-9})
	if err != nil {
		t.Fatal(err)
	}
	if got, want := m.Tag([]rune("选手Moon说。"), nil, nil), []Span{{"person", 2, 6}}; !slices.Equal(got, want) {
		t.Errorf("Tag = %v, want %v", got, want)
	}
	if got := m.Tag([]rune("玩DotA游戏。"), nil, nil); len(got) != 0 {
		t.Errorf("Tag = %v, want none", got)
	}
}

// The packed table scores as the plain table does, and a model whose keys
// clash in it falls back to the plain table.
func TestPackedTableScoresAsPlain(t *testing.T) {
	m, err := Train(toy(), Options{Types: []string{"person", "loc"}, Epochs: 3, MinCount: 1})
	if err != nil {
		t.Fatal(err)
	}
	if m.packed == nil {
		t.Fatal("no packed table")
	}
	text := []rune("书记王国华在北京讲话,李大海说今天开会。")
	emit := func() []float32 {
		em := make([]float32, len(text)*m.labels)
		m.emissions(text, nil, em, new(Scratch))
		return em
	}
	packed := emit()
	saved := m.packed
	m.packed = nil
	plain := emit()
	if !slices.Equal(packed, plain) {
		t.Errorf("packed emissions %v, plain %v", packed, plain)
	}
	// Two keys with one fingerprint on one probe sequence: the second is
	// read as the first, so packing must give up.
	m.packed = saved
	var k0 uint64
	for _, k := range m.keys {
		if k != 0 {
			k0 = k
			break
		}
	}
	clash := k0 ^ 1 // the same high half, so the same fingerprint
	for mixIndex(clash)&m.pmask != mixIndex(k0)&m.pmask {
		clash += 1 << 1 // low bits change the slot, not the fingerprint
	}
	m.index(append(slices.DeleteFunc(slices.Clone(m.keys), func(k uint64) bool { return k == 0 }), clash))
	m.w = append(m.w, make([]float32, m.labels)...)
	m.pack()
	if m.packed != nil {
		t.Error("packed a table with two keys alike")
	}
}
