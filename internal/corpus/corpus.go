// Package corpus turns the command line's inputs (files, directories,
// JSON Lines corpora, standard input) into documents, and runs extraction
// over them on all cores with results delivered in input order.
package corpus

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strings"

	"github.com/orggraph/orggraph/ner"
	"github.com/orggraph/orggraph/ner/normalize"
)

// Options say how inputs are read.
type Options struct {
	// Format is auto, text, html or jsonl; auto goes by the file extension
	// (.html .htm → html; .jsonl .ndjson → jsonl) and content.
	Format string
	// Encoding forces an encoding (see normalize.Encodings); "" detects.
	Encoding string
	// Include and Exclude are glob patterns matched against the base name
	// of files found in directories (default include: *.txt *.html *.htm
	// *.jsonl *.ndjson *.json).
	Include, Exclude []string
	// Keys maps the JSON Lines fields: id, title, date, url, source, text.
	Keys map[string]string
	// MaxLine bounds one JSON line, in bytes (default 256 MiB).
	MaxLine int
	// Shard, when ShardN > 0, keeps the documents whose stable hash falls
	// in shard ShardK of ShardN (1 ≤ ShardK ≤ ShardN): a document is a
	// file, or a line of a JSON Lines file.
	ShardK, ShardN int
	// Skip, if set, drops a document before it is extracted (one a store
	// holds already).
	Skip func(ner.Document) bool
}

// InShard reports whether the document id falls in shard k of n (FNV-1a
// 64 of the id, modulo n): the same on every machine and run.
func InShard(id string, k, n int) bool {
	if n <= 0 {
		return true
	}
	h := uint64(14695981039346656037)
	for i := 0; i < len(id); i++ {
		h ^= uint64(id[i])
		h *= 1099511628211
	}
	return int(h%uint64(n)) == k-1
}

// Item is one document to process, or an input that failed (Err set).
type Item struct {
	Doc  ner.Document
	Name string // the file, with :line for JSON Lines
	Err  error
	// Warning is a problem that did not stop the document.
	Warning string
	// Line is the line of a JSON Lines corpus the document is, 0 for a
	// file.
	Line int
	// Result is set for a line of extract's own output (--input
	// extracted, or found by its fields): the document is not extracted
	// again.
	Result *ner.Result
}

var defaultInclude = []string{"*.txt", "*.html", "*.htm", "*.jsonl", "*.ndjson", "*.json", "*.text"}

// Expand lists the files named by paths, walking directories recursively
// in lexical order, and the files of those directories it skipped (their
// names match no Include pattern, or an Exclude one). "-" stands for
// standard input.
func Expand(paths []string, opt Options) (files, skipped []string, errs []error) {
	inc := opt.Include
	if len(inc) == 0 {
		inc = defaultInclude
	}
	match := func(pats []string, name string) bool {
		for _, p := range pats {
			if ok, _ := filepath.Match(p, name); ok {
				return true
			}
		}
		return false
	}
	for _, p := range paths {
		if p == "-" {
			files = append(files, p)
			continue
		}
		st, err := os.Stat(p)
		if err != nil {
			errs = append(errs, err)
			continue
		}
		if !st.IsDir() {
			files = append(files, p)
			continue
		}
		var found []string
		err = filepath.WalkDir(p, func(path string, d fs.DirEntry, err error) error {
			if err != nil {
				errs = append(errs, err)
				return nil
			}
			if d.IsDir() {
				if path != p && strings.HasPrefix(d.Name(), ".") {
					return filepath.SkipDir
				}
				return nil
			}
			if match(inc, d.Name()) && !match(opt.Exclude, d.Name()) {
				found = append(found, path)
			} else {
				skipped = append(skipped, path)
			}
			return nil
		})
		if err != nil {
			errs = append(errs, err)
		}
		sort.Strings(found)
		files = append(files, found...)
	}
	sort.Strings(skipped)
	return files, skipped, errs
}

func formatOf(name string, b []byte, opt Options) string {
	if opt.Format != "" && opt.Format != "auto" {
		return opt.Format
	}
	switch strings.ToLower(filepath.Ext(name)) {
	case ".html", ".htm", ".xhtml":
		return "html"
	case ".jsonl", ".ndjson":
		return "jsonl"
	}
	head := bytes.TrimSpace(b[:min(len(b), 4096)])
	if bytes.HasPrefix(head, []byte(`{"doc":`)) {
		return "jsonl" // extract's own output, from a pipe or any file name
	}
	// Only a document that starts with markup is looked at closer.
	if bytes.HasPrefix(head, []byte("<")) {
		lower := bytes.ToLower(head)
		if bytes.HasPrefix(lower, []byte("<!doctype html")) || bytes.HasPrefix(lower, []byte("<html")) || bytes.Contains(lower, []byte("<body")) {
			return "html"
		}
	}
	if bytes.HasPrefix(head, []byte("{")) && strings.ToLower(filepath.Ext(name)) == ".json" {
		return "jsonl"
	}
	return "text"
}

// checkText rejects what is not an article: empty input, binary data.
func checkText(name string, b []byte, enc string) error {
	if len(bytes.TrimSpace(b)) == 0 {
		return fmt.Errorf("%s: empty file", name)
	}
	utf16 := strings.HasPrefix(strings.ToLower(enc), "utf-16") || bytes.HasPrefix(b, []byte{0xFF, 0xFE}) || bytes.HasPrefix(b, []byte{0xFE, 0xFF})
	if !utf16 && bytes.IndexByte(b[:min(len(b), 1<<16)], 0) >= 0 {
		return fmt.Errorf("%s: binary file (contains NUL bytes), not text", name)
	}
	return nil
}

// Read reads one input and calls emit for each document in it (one for a
// text or HTML file, one per line of a JSON Lines file). A failing input
// or line is emitted as an Item with Err; Read's own error is only emit's.
func Read(name string, stdin io.Reader, opt Options, emit func(Item) error) error {
	var r io.Reader
	if name == "-" {
		r = stdin
	} else {
		f, err := os.Open(name)
		if err != nil {
			return emit(Item{Name: name, Err: err})
		}
		defer f.Close()
		r = f
	}
	br := bufio.NewReaderSize(r, 1<<16)
	head, _ := br.Peek(4096)
	format := formatOf(name, head, opt)
	if format == "jsonl" || format == "extracted" {
		return readJSONL(name, br, opt, emit)
	}
	b, err := io.ReadAll(br)
	if err != nil {
		return emit(Item{Name: name, Err: fmt.Errorf("%s: %w", name, err)})
	}
	if err := checkText(name, b, opt.Encoding); err != nil {
		return emit(Item{Name: name, Err: err})
	}
	// Undecodable bytes: a few are replaced (and said); mostly, the file
	// is not text in any encoding orggraph knows.
	var warn string
	// The encoding found here is passed on, so extraction need not detect
	// it again.
	enc, bad, total := normalize.Undecodable(b, opt.Encoding)
	if bad*20 > total {
		return emit(Item{Name: name, Err: fmt.Errorf("%s: %d of %d characters cannot be decoded: not text in a known encoding (try --encoding)", name, bad, total)})
	} else if bad > 0 {
		warn = fmt.Sprintf("%s: %d undecodable bytes replaced by U+FFFD", name, bad)
	}
	return emit(Item{Name: name, Warning: warn, Doc: ner.Document{ID: name, Src: b, Encoding: enc, HTML: format == "html"}})
}

func key(opt Options, k string) string {
	if v, ok := opt.Keys[k]; ok {
		return v
	}
	return k
}

// maxBadLines malformed lines make the rest of a JSON Lines file skipped.
const maxBadLines = 20

func readJSONL(name string, br *bufio.Reader, opt Options, emit func(Item) error) error {
	maxLine := opt.MaxLine
	if maxLine <= 0 {
		maxLine = 256 << 20
	}
	docs, bad := 0, 0
	for n := 1; ; n++ {
		line, err := readLine(br, maxLine)
		if errors.Is(err, io.EOF) && len(line) == 0 {
			break
		}
		where := fmt.Sprintf("%s:%d", name, n)
		if err != nil && !errors.Is(err, io.EOF) {
			if errors.Is(err, errLong) {
				if e := emit(Item{Name: where, Err: fmt.Errorf("%s: line longer than %d bytes, skipped", where, maxLine)}); e != nil {
					return e
				}
				continue
			}
			return emit(Item{Name: where, Err: fmt.Errorf("%s: %w", where, err)})
		}
		if len(bytes.TrimSpace(line)) == 0 {
			if errors.Is(err, io.EOF) {
				break
			}
			continue
		}
		var obj map[string]any
		if jerr := json.Unmarshal(line, &obj); jerr != nil {
			bad++
			switch {
			case docs == 0 && bad == 1 && n == 1:
				// Not JSON Lines at all (a pretty-printed JSON file): one
				// error for the file, not one a line.
				return emit(Item{Name: name, Err: fmt.Errorf("%s: not JSON Lines (one JSON object a line): line 1: %v", name, jerr)})
			case bad > maxBadLines:
				return emit(Item{Name: name, Err: fmt.Errorf("%s: more than %d malformed lines, rest of the file skipped", name, maxBadLines)})
			}
			if e := emit(Item{Name: where, Err: fmt.Errorf("%s: malformed JSON: %v", where, jerr)}); e != nil {
				return e
			}
		} else if opt.Format == "extracted" || isExtracted(obj) {
			// A line of extract's output: the result as it was.
			it := Item{Name: where}
			var r ner.Result
			if jerr := json.Unmarshal(line, &r); jerr != nil || r.Doc == "" {
				it.Err = fmt.Errorf("%s: not a line of orggraph extract's output", where)
			} else {
				it.Result, it.Doc = &r, ner.Document{ID: r.Doc}
				docs++
			}
			if e := emit(it); e != nil {
				return e
			}
		} else {
			str := func(k string) string {
				switch v := obj[key(opt, k)].(type) {
				case string:
					return v
				case float64:
					return fmt.Sprint(v)
				}
				return ""
			}
			text := str("text")
			id := str("id")
			if id == "" {
				id = where
			}
			it := Item{Name: where, Line: n}
			if strings.TrimSpace(text) == "" {
				it.Err = fmt.Errorf("%s: no %q field with text", where, key(opt, "text"))
			} else {
				date := normDate(str("date"))
				it.Doc = ner.Document{ID: id, Src: []byte(text), Encoding: "utf-8", Title: str("title"), Date: date, Outlet: str("source"),
					HTML: strings.Contains(text[:min(len(text), 512)], "<p") || strings.Contains(text[:min(len(text), 512)], "<div")}
				docs++
			}
			if e := emit(it); e != nil {
				return e
			}
		}
		if errors.Is(err, io.EOF) {
			break
		}
	}
	if docs == 0 {
		return emit(Item{Name: name, Err: fmt.Errorf("%s: no documents in JSON Lines input", name)})
	}
	return nil
}

var errLong = errors.New("line too long")

// reAnyDate reads a date written with digits: 2023-05-06, 2023/5/6,
// 2023.05.06, 2023年5月6日, with a time after it or not.
var reAnyDate = regexp.MustCompile(`^\s*(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})`)

// normDate turns a corpus's date into YYYY-MM-DD, or "" when it writes
// none.
func normDate(s string) string {
	m := reAnyDate.FindStringSubmatch(s)
	if m == nil {
		return ""
	}
	pad := func(x string) string {
		if len(x) == 1 {
			return "0" + x
		}
		return x
	}
	return m[1] + "-" + pad(m[2]) + "-" + pad(m[3])
}

// isExtracted reports whether a JSON object is a line of orggraph
// extract's output: a doc, its mentions and its holds, and no text.
func isExtracted(obj map[string]any) bool {
	_, doc := obj["doc"]
	_, ms := obj["mentions"]
	_, hs := obj["holds"]
	_, text := obj["text"]
	return doc && ms && hs && !text
}

// readLine reads one line without its newline; a line over max bytes is
// consumed and reported as errLong.
func readLine(br *bufio.Reader, max int) ([]byte, error) {
	var line []byte
	for {
		chunk, err := br.ReadSlice('\n')
		if len(line)+len(chunk) > max {
			for errors.Is(err, bufio.ErrBufferFull) {
				_, err = br.ReadSlice('\n')
			}
			return nil, errLong
		}
		line = append(line, chunk...)
		if errors.Is(err, bufio.ErrBufferFull) {
			continue
		}
		line = bytes.TrimRight(line, "\r\n")
		return line, err
	}
}
