// Package lexicon loads the word lists the recognizer works from: titles,
// body words, level prefixes, surnames, places and outlets.
//
// A lexicon file is UTF-8 text, one entry a line, tab-separated:
//
//	word<TAB>kind[<TAB>key=value;key=value...]
//
// Blank lines and lines starting with # are skipped. The kinds are listed
// under Kind. The embedded lexicons (data/*.tsv) and users' own files
// (orggraph --lexicon FILE) go through the same loader, and every error
// names the file and line. Words are normalized with the same profile as the
// text (full-width folding, traditional to simplified), so a lexicon entry
// matches whatever form the article used.
package lexicon

//go:generate sh gen.sh

import (
	"bufio"
	"embed"
	"fmt"
	"io"
	"io/fs"
	"path"
	"sort"
	"strings"
	"unicode/utf8"

	"github.com/orggraph/orggraph/ner/normalize"
)

// Kind is what an entry is.
type Kind string

// The entry kinds.
const (
	Role     Kind = "role"     // a title: 书记, 主任, 一级巡视员
	RoleMod  Kind = "rolemod"  // a title modifier: 副, 常务, 代理
	Body     Kind = "body"     // a body word: 工委, 管委会, 政府, 组织部
	Level    Kind = "level"    // a level prefix: 省, 市, 县, 区, 镇, 街道
	Place    Kind = "place"    // a place: 湖南省, 岳阳, 灞桥区
	Surname  Kind = "surname"  // 王, 欧阳
	Outlet   Kind = "outlet"   // a news outlet: 湖南日报, 新华社
	NotName  Kind = "notname"  // a word that starts with a surname but is no name: 金芙蓉
	PostName Kind = "postname" // a word that may follow a name: 出席, 主持, 同志
	Act      Kind = "act"      // a meeting act: 出席, 主持, 讲话
	Name     Kind = "name"     // a person's name the user vouches for
	// Occupation is a position outside the state's titles (经理, 分析师,
	// 选手): a role mention wherever it stands, never a title of a hold.
	Occupation Kind = "occupation"
)

var kinds = map[Kind]bool{Role: true, RoleMod: true, Body: true, Level: true, Place: true,
	Surname: true, Outlet: true, NotName: true, PostName: true, Act: true, Name: true, Occupation: true}

// Entry is one lexicon line.
type Entry struct {
	Word  string
	Kind  Kind
	Attrs map[string]string
	// Source and Line say where the entry was read.
	Source string
	Line   int
}

// Attr returns the attribute k, or "".
func (e *Entry) Attr(k string) string { return e.Attrs[k] }

// Error is a load error at a file and line.
type Error struct {
	File string
	Line int
	Msg  string
}

func (e *Error) Error() string { return fmt.Sprintf("%s:%d: %s", e.File, e.Line, e.Msg) }

// Parse reads entries from r; name is used in errors.
func Parse(r io.Reader, name string) ([]Entry, error) {
	var out []Entry
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 64*1024), 1<<20)
	n := 0
	for sc.Scan() {
		n++
		line := strings.TrimRight(sc.Text(), "\r")
		if n == 1 {
			line = strings.TrimPrefix(line, "\uFEFF")
		}
		if strings.TrimSpace(line) == "" || strings.HasPrefix(line, "#") {
			continue
		}
		if !utf8.ValidString(line) {
			return nil, &Error{name, n, "not valid UTF-8"}
		}
		f := strings.Split(line, "\t")
		if len(f) < 2 {
			return nil, &Error{name, n, fmt.Sprintf("want word<TAB>kind[<TAB>attributes], got %q", line)}
		}
		if len(f) > 3 {
			return nil, &Error{name, n, "too many tab-separated fields (want at most 3)"}
		}
		word := normalize.Normalize([]byte(strings.TrimSpace(f[0])), normalize.Options{}).S
		if word == "" {
			return nil, &Error{name, n, "empty word"}
		}
		k := Kind(strings.TrimSpace(f[1]))
		if !kinds[k] {
			return nil, &Error{name, n, fmt.Sprintf("unknown kind %q (want one of %s)", k, kindList())}
		}
		e := Entry{Word: word, Kind: k, Source: name, Line: n}
		if len(f) == 3 && strings.TrimSpace(f[2]) != "" {
			e.Attrs = map[string]string{}
			for _, kv := range strings.Split(f[2], ";") {
				kv = strings.TrimSpace(kv)
				if kv == "" {
					continue
				}
				key, val, ok := strings.Cut(kv, "=")
				if !ok || key == "" {
					return nil, &Error{name, n, fmt.Sprintf("attribute %q is not key=value", kv)}
				}
				e.Attrs[key] = normalize.Normalize([]byte(val), normalize.Options{}).S
			}
		}
		out = append(out, e)
	}
	if err := sc.Err(); err != nil {
		return nil, &Error{name, n + 1, err.Error()}
	}
	return out, nil
}

func kindList() string {
	var ks []string
	for k := range kinds {
		ks = append(ks, string(k))
	}
	sort.Strings(ks)
	return strings.Join(ks, ", ")
}

//go:embed data/*.tsv
var dataFS embed.FS

// Embedded returns the entries of the lexicons built into orggraph.
func Embedded() ([]Entry, error) {
	names, err := fs.Glob(dataFS, "data/*.tsv")
	if err != nil {
		return nil, err
	}
	var out []Entry
	for _, n := range names {
		f, err := dataFS.Open(n)
		if err != nil {
			return nil, err
		}
		es, err := Parse(f, "lexicon/"+path.Base(n))
		f.Close()
		if err != nil {
			return nil, err
		}
		out = append(out, es...)
	}
	return out, nil
}

// Lexicon is a set of entries indexed for longest-match lookup. It is safe
// for concurrent reads once built.
type Lexicon struct {
	byWord map[string][]*Entry
	trie   trie
}

// trie is the words as a rune trie: node 0 is the root, root children of
// BMP runes are in an array, the others in one map keyed by node and rune.
type trie struct {
	root    []int32          // rune -> child of the root, 0 for none
	next    map[uint64]int32 // node<<32 | rune -> child
	entries [][]*Entry       // by node
	kids    []bool           // by node: has children
}

func (t *trie) child(n int32, r rune) int32 {
	if n == 0 && r >= 0 && r < int32(len(t.root)) {
		return t.root[r]
	}
	return t.next[uint64(n)<<32|uint64(uint32(r))]
}

func (t *trie) add(word string, es []*Entry) {
	n := int32(0)
	for _, r := range word {
		c := t.child(n, r)
		if c == 0 {
			c = int32(len(t.entries))
			t.entries = append(t.entries, nil)
			t.kids = append(t.kids, false)
			t.kids[n] = true
			if n == 0 && r < int32(len(t.root)) {
				t.root[r] = c
			} else {
				t.next[uint64(n)<<32|uint64(uint32(r))] = c
			}
		}
		n = c
	}
	t.entries[n] = es
}

// New indexes entries. A later entry for the same word and kind replaces an
// earlier one, so user lexicons override the embedded ones.
func New(entries []Entry) *Lexicon {
	l := &Lexicon{byWord: make(map[string][]*Entry, len(entries))}
	for i := range entries {
		e := &entries[i]
		list := l.byWord[e.Word]
		replaced := false
		for j, old := range list {
			if old.Kind == e.Kind && old.Attr("full") == e.Attr("full") {
				list[j] = e
				replaced = true
			}
		}
		if !replaced {
			list = append(list, e)
		}
		l.byWord[e.Word] = list
	}
	l.trie = trie{root: make([]int32, 0x10000), next: map[uint64]int32{}, entries: [][]*Entry{nil}, kids: []bool{false}}
	for w, es := range l.byWord {
		l.trie.add(w, es)
	}
	return l
}

// Lookup returns the entries for word exactly.
func (l *Lexicon) Lookup(word string) []*Entry { return l.byWord[word] }

// Has reports whether word has an entry of kind k.
func (l *Lexicon) Has(word string, k Kind) bool { return l.Get(word, k) != nil }

// Get returns word's first entry of kind k, or nil.
func (l *Lexicon) Get(word string, k Kind) *Entry {
	for _, e := range l.byWord[word] {
		if e.Kind == k {
			return e
		}
	}
	return nil
}

// Longest returns the length in bytes and the entries of the longest
// lexicon word starting at byte i of s whose entries keep accepts (all
// entries if keep is nil), or 0 and nil.
func (l *Lexicon) Longest(s string, i int, keep func(*Entry) bool) (int, []*Entry) {
	var buf [8]Match
	return LongestOf(l.All(s, i, buf[:0]), keep)
}

// LongestOf returns, from matches longest first (as All gives them), the
// length and entries of the first match that has an entry keep accepts
// (all entries if keep is nil), or 0 and nil. A match whose entries are
// all kept is returned without copying.
func LongestOf(matches []Match, keep func(*Entry) bool) (int, []*Entry) {
	for _, m := range matches {
		if keep == nil {
			return m.Len, m.Entries
		}
		n := 0
		for _, e := range m.Entries {
			if keep(e) {
				n++
			}
		}
		switch n {
		case 0:
			continue
		case len(m.Entries):
			return m.Len, m.Entries
		}
		kept := make([]*Entry, 0, n)
		for _, e := range m.Entries {
			if keep(e) {
				kept = append(kept, e)
			}
		}
		return m.Len, kept
	}
	return 0, nil
}

// Match is a lexicon word found in a text: its length in bytes and its
// entries.
type Match struct {
	Len     int
	Entries []*Entry
}

// All appends to buf every lexicon word that starts at byte i of s,
// longest first, and returns the extended slice.
func (l *Lexicon) All(s string, i int, buf []Match) []Match {
	n0 := len(buf)
	node := int32(0)
	for e := i; e < len(s); {
		r, n := utf8.DecodeRuneInString(s[e:])
		if node = l.trie.child(node, r); node == 0 {
			break
		}
		e += n
		if es := l.trie.entries[node]; len(es) > 0 {
			buf = append(buf, Match{e - i, es})
		}
		if !l.trie.kids[node] {
			break
		}
	}
	for a, b := n0, len(buf)-1; a < b; a, b = a+1, b-1 {
		buf[a], buf[b] = buf[b], buf[a]
	}
	return buf
}

// Words returns every entry, for adding to the segmenter.
func (l *Lexicon) Words() []*Entry {
	var out []*Entry
	for _, es := range l.byWord {
		out = append(out, es...)
	}
	sort.Slice(out, func(i, j int) bool {
		if out[i].Word != out[j].Word {
			return out[i].Word < out[j].Word
		}
		return out[i].Kind < out[j].Kind
	})
	return out
}
