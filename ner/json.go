package ner

import (
	"strconv"
	"unicode/utf8"
)

// AppendJSON appends r as one line of compact JSON, byte for byte what
// encoding/json writes with HTML escaping off, without reflection: the
// extract command writes one a document.
func (r *Result) AppendJSON(b []byte) []byte {
	b = append(b, `{"doc":`...)
	b = appendString(b, r.Doc)
	b = append(b, `,"date":`...)
	b = appendString(b, r.Date)
	b = appendOptional(b, `,"outlet":`, r.Outlet)
	b = appendOptional(b, `,"title":`, r.Title)
	b = append(b, `,"jurisdiction":`...)
	b = appendList(b, r.Jurisdiction, appendString)
	b = append(b, `,"mentions":`...)
	b = appendList(b, r.Mentions, func(b []byte, m Mention) []byte {
		b = append(b, `{"type":`...)
		b = appendString(b, m.Type)
		b = append(b, `,"text":`...)
		b = appendString(b, m.Text)
		b = appendInts(b, m.Start, m.End)
		return append(b, '}')
	})
	b = append(b, `,"persons":`...)
	b = appendList(b, r.Persons, func(b []byte, p Person) []byte {
		b = append(b, `{"name":`...)
		b = appendString(b, p.Name)
		b = appendOptional(b, `,"jurisdiction":`, p.Jurisdiction)
		return append(b, '}')
	})
	b = append(b, `,"bodies":`...)
	b = appendList(b, r.Bodies, func(b []byte, x Body) []byte {
		b = append(b, `{"name":`...)
		b = appendString(b, x.Name)
		b = append(b, `,"canonical":`...)
		b = appendString(b, x.Canonical)
		b = append(b, `,"part_of":`...)
		b = appendString(b, x.PartOf)
		b = appendOptional(b, `,"kind":`, x.Kind)
		if x.Local {
			b = append(b, `,"local":true`...)
		}
		return append(b, '}')
	})
	b = append(b, `,"places":`...)
	b = appendList(b, r.Places, func(b []byte, p Place) []byte {
		b = append(b, `{"name":`...)
		b = appendString(b, p.Name)
		b = append(b, `,"level":`...)
		b = appendString(b, p.Level)
		b = appendOptional(b, `,"code":`, p.Code)
		b = append(b, `,"part_of":`...)
		b = appendString(b, p.PartOf)
		return append(b, '}')
	})
	b = append(b, `,"holds":`...)
	b = appendList(b, r.Holds, func(b []byte, h Hold) []byte {
		b = append(b, `{"person":`...)
		b = appendString(b, h.Person)
		b = append(b, `,"role":`...)
		b = appendString(b, h.Role)
		b = append(b, `,"org":`...)
		b = appendString(b, h.Org)
		b = append(b, `,"org_canonical":`...)
		b = appendString(b, h.OrgCanonical)
		b = appendOptional(b, `,"status":`, h.Status)
		b = appendOptional(b, `,"date":`, h.Date)
		b = appendOptional(b, `,"since":`, h.Since)
		b = appendOptional(b, `,"until":`, h.Until)
		b = appendInts(b, h.Start, h.End)
		b = appendOptional(b, `,"sentence":`, h.Sentence)
		b = appendOptional(b, `,"sentence_as_written":`, h.Written)
		return append(b, '}')
	})
	b = append(b, `,"events":`...)
	b = appendList(b, r.Events, func(b []byte, e Event) []byte {
		b = append(b, `{"date":`...)
		b = appendString(b, e.Date)
		b = append(b, `,"kind":`...)
		b = appendString(b, e.Kind)
		b = append(b, `,"title":`...)
		b = appendString(b, e.Title)
		b = append(b, `,"participants":`...)
		b = appendList(b, e.Participants, func(b []byte, p Participant) []byte {
			b = append(b, `{"person":`...)
			b = appendString(b, p.Person)
			b = append(b, `,"acts":`...)
			b = appendList(b, p.Acts, appendString)
			return append(b, '}')
		})
		b = appendInts(b, e.Start, e.End)
		return append(b, '}')
	})
	return append(b, '}')
}

func appendInts(b []byte, start, end int) []byte {
	b = append(b, `,"start":`...)
	b = strconv.AppendInt(b, int64(start), 10)
	b = append(b, `,"end":`...)
	return strconv.AppendInt(b, int64(end), 10)
}

// appendList writes a JSON array, or null for a nil slice as
// encoding/json does.
func appendList[T any](b []byte, xs []T, f func([]byte, T) []byte) []byte {
	if xs == nil {
		return append(b, "null"...)
	}
	b = append(b, '[')
	for i, x := range xs {
		if i > 0 {
			b = append(b, ',')
		}
		b = f(b, x)
	}
	return append(b, ']')
}

const hexDigits = "0123456789abcdef"

// appendOptional appends the key and the string value, unless the value
// is empty: the field is left out.
func appendOptional(b []byte, key, v string) []byte {
	if v == "" {
		return b
	}
	return appendString(append(b, key...), v)
}

// appendString writes s as a JSON string the way encoding/json does with
// HTML escaping off: invalid bytes become \ufffd, U+2028 and U+2029 are
// escaped.
func appendString(b []byte, s string) []byte {
	b = append(b, '"')
	start := 0
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			if c >= 0x20 && c != '"' && c != '\\' {
				i++
				continue
			}
			b = append(b, s[start:i]...)
			switch c {
			case '"', '\\':
				b = append(b, '\\', c)
			case '\n':
				b = append(b, '\\', 'n')
			case '\r':
				b = append(b, '\\', 'r')
			case '\t':
				b = append(b, '\\', 't')
			case '\b':
				b = append(b, '\\', 'b')
			case '\f':
				b = append(b, '\\', 'f')
			default:
				b = append(b, '\\', 'u', '0', '0', hexDigits[c>>4], hexDigits[c&0xF])
			}
			i++
			start = i
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && size == 1 {
			b = append(b, s[start:i]...)
			b = append(b, `\ufffd`...)
			i++
			start = i
			continue
		}
		if r == '\u2028' || r == '\u2029' {
			b = append(b, s[start:i]...)
			b = append(b, '\\', 'u', '2', '0', '2', hexDigits[r&0xF])
			i += size
			start = i
			continue
		}
		i += size
	}
	b = append(b, s[start:]...)
	return append(b, '"')
}
