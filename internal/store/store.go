// Package store keeps a corpus in one SQLite file: every document added,
// with its content hash, its source, the extraction result and the model
// that made it, and the result spread over tables for SQL (documents,
// mentions, persons, bodies, holds, evidence, events, participants).
// Adding a document already there (by content) is skipped; each batch
// is one transaction, so an add killed at any moment loses at most its
// last batch, which the next add redoes; two adds at once take turns.
package store

import (
	"crypto/sha256"
	"database/sql"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"strings"
	"time"

	"github.com/orggraph/orggraph/ner"
	_ "modernc.org/sqlite" // the pure-Go driver: no second C toolchain beside gojieba's
)

// SchemaVersion is the layout of the tables this build reads and writes.
const SchemaVersion = 1

// Store is an open corpus store.
type Store struct {
	db   *sql.DB
	path string
}

const schema = `
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE documents (
	id INTEGER PRIMARY KEY,      -- in the order added
	hash TEXT NOT NULL UNIQUE,   -- sha256 of the name and the source bytes
	name TEXT NOT NULL,          -- file path, or file:line / id of a JSON Lines corpus
	date TEXT, outlet TEXT, title TEXT,
	model TEXT NOT NULL,         -- model and lexicon version that extracted it
	added TEXT NOT NULL,         -- when, UTC
	src BLOB,                    -- the source, for --reextract
	encoding TEXT, html INTEGER,
	result TEXT NOT NULL         -- the extraction (orggraph extract's JSON)
);
CREATE TABLE mentions (doc INTEGER NOT NULL REFERENCES documents(id), type TEXT, text TEXT, start INTEGER, "end" INTEGER);
CREATE TABLE persons (doc INTEGER NOT NULL REFERENCES documents(id), name TEXT, jurisdiction TEXT);
CREATE TABLE bodies (doc INTEGER NOT NULL REFERENCES documents(id), name TEXT, canonical TEXT, part_of TEXT, kind TEXT);
CREATE TABLE holds (doc INTEGER NOT NULL REFERENCES documents(id), person TEXT, role TEXT, org TEXT, org_canonical TEXT,
	status TEXT, date TEXT, start INTEGER, "end" INTEGER, sentence TEXT, sentence_as_written TEXT);
CREATE TABLE events (doc INTEGER NOT NULL REFERENCES documents(id), n INTEGER, date TEXT, kind TEXT, title TEXT);
CREATE TABLE participants (doc INTEGER NOT NULL REFERENCES documents(id), event INTEGER, person TEXT, acts TEXT);
CREATE VIEW evidence AS SELECT documents.name AS document, holds.start, holds."end", holds.date, holds.sentence,
	holds.person, holds.role, holds.org_canonical FROM holds JOIN documents ON documents.id = holds.doc;
CREATE INDEX holds_person ON holds(person);
CREATE INDEX holds_org ON holds(org_canonical);
CREATE INDEX persons_name ON persons(name);
`

// Open opens the store at path, creating it if there is none. A store
// written with another schema is refused with an error that says so.
func Open(path string) (*Store, error) {
	_, statErr := os.Stat(path)
	db, err := sql.Open("sqlite", "file:"+path+"?_pragma=busy_timeout(120000)&_pragma=journal_mode(WAL)&_pragma=synchronous(NORMAL)&_txlock=immediate")
	if err != nil {
		return nil, err
	}
	db.SetMaxOpenConns(1)
	s := &Store{db: db, path: path}
	var n int
	if err := db.QueryRow(`SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'meta'`).Scan(&n); err != nil {
		db.Close()
		return nil, fmt.Errorf("%s: not an orggraph store: %v", path, err)
	}
	if n == 0 {
		if statErr == nil {
			var tables int
			db.QueryRow(`SELECT count(*) FROM sqlite_master`).Scan(&tables)
			if tables > 0 {
				db.Close()
				return nil, fmt.Errorf("%s: an SQLite file that is not an orggraph store", path)
			}
		}
		tx, err := db.Begin()
		if err == nil {
			_, err = tx.Exec(schema)
			if err == nil {
				_, err = tx.Exec(`INSERT INTO meta VALUES ('schema_version', ?)`, fmt.Sprint(SchemaVersion))
			}
			if err == nil {
				err = tx.Commit()
			} else {
				tx.Rollback()
			}
		}
		if err != nil {
			db.Close()
			return nil, fmt.Errorf("%s: creating the store: %v", path, err)
		}
		return s, nil
	}
	var v string
	if err := db.QueryRow(`SELECT value FROM meta WHERE key = 'schema_version'`).Scan(&v); err != nil || v != fmt.Sprint(SchemaVersion) {
		db.Close()
		return nil, fmt.Errorf("%s: a store of schema version %q; this orggraph reads version %d (build the graph with the orggraph that wrote it, or add the sources to a new store)", path, v, SchemaVersion)
	}
	return s, nil
}

// Close closes the store.
func (s *Store) Close() error { return s.db.Close() }

// Hash identifies a document in a store: the sha256 of its name (the
// file's path, or the id of a JSON Lines corpus's line) and its bytes. The
// same file or line added again is skipped; a text that two lines or files
// carry is two documents, as a build counts them.
func Hash(d ner.Document) string {
	h := sha256.Sum256(append([]byte(d.ID+"\x00"), d.Src...))
	return hex.EncodeToString(h[:])
}

// Has reports whether a document of that hash is in the store, extracted
// by the model version (any version if model is "").
func (s *Store) Has(hash, model string) (bool, error) {
	var m string
	err := s.db.QueryRow(`SELECT model FROM documents WHERE hash = ?`, hash).Scan(&m)
	if errors.Is(err, sql.ErrNoRows) {
		return false, nil
	}
	return err == nil && (model == "" || m == model), err
}

// Doc is one extracted document to add.
type Doc struct {
	Hash, Name string
	Doc        ner.Document
	Result     *ner.Result
	Model      string
}

// Add adds the documents in one transaction; a document already there
// by content is replaced (a re-extraction) when its model differs, else
// skipped. It returns how many were added and skipped.
func (s *Store) Add(docs []Doc) (added, skipped int, err error) {
	tx, err := s.db.Begin()
	if err != nil {
		return 0, 0, err
	}
	defer tx.Rollback()
	now := time.Now().UTC().Format(time.RFC3339)
	for _, d := range docs {
		var id int64
		var model string
		err := tx.QueryRow(`SELECT id, model FROM documents WHERE hash = ?`, d.Hash).Scan(&id, &model)
		switch {
		case err == nil && model == d.Model:
			skipped++
			continue
		case err == nil:
			for _, t := range []string{"mentions", "persons", "bodies", "holds", "events", "participants"} {
				if _, err := tx.Exec(`DELETE FROM `+t+` WHERE doc = ?`, id); err != nil {
					return 0, 0, err
				}
			}
			if _, err := tx.Exec(`DELETE FROM documents WHERE id = ?`, id); err != nil {
				return 0, 0, err
			}
		case !errors.Is(err, sql.ErrNoRows):
			return 0, 0, err
		}
		js := d.Result.AppendJSON(nil)
		res, err := tx.Exec(`INSERT INTO documents (hash, name, date, outlet, title, model, added, src, encoding, html, result) VALUES (?,?,?,?,?,?,?,?,?,?,?)`,
			d.Hash, d.Name, d.Result.Date, d.Result.Outlet, d.Result.Title, d.Model, now, d.Doc.Src, d.Doc.Encoding, d.Doc.HTML, string(js))
		if err != nil {
			return 0, 0, err
		}
		if id, err = res.LastInsertId(); err != nil {
			return 0, 0, err
		}
		if err := insertRows(tx, id, d.Result); err != nil {
			return 0, 0, err
		}
		added++
	}
	return added, skipped, tx.Commit()
}

func insertRows(tx *sql.Tx, id int64, r *ner.Result) error {
	exec := func(q string, args ...any) error { _, err := tx.Exec(q, args...); return err }
	for _, m := range r.Mentions {
		if err := exec(`INSERT INTO mentions VALUES (?,?,?,?,?)`, id, m.Type, m.Text, m.Start, m.End); err != nil {
			return err
		}
	}
	for _, p := range r.Persons {
		if err := exec(`INSERT INTO persons VALUES (?,?,?)`, id, p.Name, p.Jurisdiction); err != nil {
			return err
		}
	}
	for _, b := range r.Bodies {
		if err := exec(`INSERT INTO bodies VALUES (?,?,?,?,?)`, id, b.Name, b.Canonical, b.PartOf, b.Kind); err != nil {
			return err
		}
	}
	for _, h := range r.Holds {
		if err := exec(`INSERT INTO holds VALUES (?,?,?,?,?,?,?,?,?,?,?)`, id, h.Person, h.Role, h.Org, h.OrgCanonical, h.Status, h.Date, h.Start, h.End, h.Sentence, h.Written); err != nil {
			return err
		}
	}
	for n, e := range r.Events {
		if err := exec(`INSERT INTO events VALUES (?,?,?,?,?)`, id, n, e.Date, e.Kind, e.Title); err != nil {
			return err
		}
		for _, p := range e.Participants {
			if err := exec(`INSERT INTO participants VALUES (?,?,?,?)`, id, n, p.Person, strings.Join(p.Acts, "; ")); err != nil {
				return err
			}
		}
	}
	return nil
}

// Each calls fn with every document's result, in the order added.
func (s *Store) Each(fn func(*ner.Result) error) error {
	rows, err := s.db.Query(`SELECT name, result FROM documents ORDER BY id`)
	if err != nil {
		return err
	}
	defer rows.Close()
	for rows.Next() {
		var name, js string
		if err := rows.Scan(&name, &js); err != nil {
			return err
		}
		var r ner.Result
		if err := json.Unmarshal([]byte(js), &r); err != nil {
			return fmt.Errorf("%s: document %s: %v", s.path, name, err)
		}
		if err := fn(&r); err != nil {
			return err
		}
	}
	return rows.Err()
}

// Stale returns the documents extracted by another model than model, with
// their sources, for re-extraction.
func (s *Store) Stale(model string, fn func(hash, name string, doc ner.Document) error) error {
	rows, err := s.db.Query(`SELECT hash, name, src, encoding, html FROM documents WHERE model != ? ORDER BY id`, model)
	if err != nil {
		return err
	}
	var docs []ner.Document
	var names, hashes []string
	for rows.Next() {
		var hash, name, enc string
		var src []byte
		var html bool
		if err := rows.Scan(&hash, &name, &src, &enc, &html); err != nil {
			rows.Close()
			return err
		}
		names, hashes = append(names, name), append(hashes, hash)
		docs = append(docs, ner.Document{ID: name, Src: src, Encoding: enc, HTML: html})
	}
	rows.Close()
	for i := range docs {
		if err := fn(hashes[i], names[i], docs[i]); err != nil {
			return err
		}
	}
	return nil
}

// Count returns the number of documents.
func (s *Store) Count() (int, error) {
	var n int
	err := s.db.QueryRow(`SELECT count(*) FROM documents`).Scan(&n)
	return n, err
}

// SetSchemaVersionForTest writes another schema version, as an older
// orggraph would have; for tests.
func (s *Store) SetSchemaVersionForTest(v int) {
	s.db.Exec(`UPDATE meta SET value = ? WHERE key = 'schema_version'`, fmt.Sprint(v))
}
