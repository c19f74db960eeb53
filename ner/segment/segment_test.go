package segment

import "testing"

// Cut gives each word its tag and its count in the dictionary; a word the
// dictionary lacks has none.
func TestCutTagsAndCounts(t *testing.T) {
	s, err := New(Config{CacheDir: t.TempDir(), Words: []Word{{Text: "岳阳经开区", Freq: 5, Tag: "nt"}}})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	text := "小组在岳阳经开区讨论"
	got := map[string]Token{}
	for _, tk := range s.Cut(text) {
		if text[tk.Start:tk.End] != tk.Text {
			t.Errorf("token %q at [%d, %d) holds %q", tk.Text, tk.Start, tk.End, text[tk.Start:tk.End])
		}
		got[tk.Text] = tk
	}
	if tk := got["小组"]; tk.Tag != "n" || tk.Freq < 1000 {
		t.Errorf("小组: tag %q, count %d; want n and a count in the thousands", tk.Tag, tk.Freq)
	}
	if tk := got["岳阳经开区"]; tk.Tag != "nt" || tk.Freq != 5 {
		t.Errorf("岳阳经开区: tag %q, count %d; want the user word's nt and 5", tk.Tag, tk.Freq)
	}
}
