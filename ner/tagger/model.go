package tagger

import (
	"bufio"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"math"
	"sort"
)

// Magic starts every model file; Version is the format and feature
// templates it was written with. Load reads every version up to it: the
// file layout of 2 is that of 3, whose Latin-word templates a model of 2
// simply lacks.
const (
	Magic   = "orggraph-tagger\n"
	Version = 3
)

// Save writes the model: Magic, Version (uint32), the types, the feature
// keys in ascending order as varint deltas, the weights quantized to
// int16 with one scale, and the transition weights as float32. The bytes
// depend only on the model.
func (m *Model) Save(w io.Writer) error {
	bw := bufio.NewWriter(w)
	bw.WriteString(Magic)
	var b [binary.MaxVarintLen64]byte
	putU := func(x uint64) { bw.Write(b[:binary.PutUvarint(b[:], x)]) }
	binary.Write(bw, binary.LittleEndian, uint32(Version))
	putU(uint64(m.per))
	putU(uint64(len(m.types)))
	for _, t := range m.types {
		putU(uint64(len(t)))
		bw.WriteString(t)
	}
	keys, ids := m.sorted()
	putU(uint64(len(keys)))
	prev := uint64(0)
	for _, k := range keys {
		putU(k - prev)
		prev = k
	}
	L := m.labels
	maxW := float32(0)
	for _, x := range m.w {
		maxW = max(maxW, float32(math.Abs(float64(x))))
	}
	scale := maxW / 32767
	if scale == 0 {
		scale = 1
	}
	binary.Write(bw, binary.LittleEndian, scale)
	// Label-major, so that the bytes of one label's weights sit together
	// and compress well.
	q := make([]int16, len(keys))
	for y := 0; y < L; y++ {
		for n, id := range ids {
			q[n] = int16(math.Round(float64(m.w[int(id)*L+y] / scale)))
		}
		binary.Write(bw, binary.LittleEndian, q)
	}
	binary.Write(bw, binary.LittleEndian, m.trans)
	return bw.Flush()
}

func (m *Model) sorted() ([]uint64, []int32) {
	keys := make([]uint64, 0, m.nfeat)
	ids := make([]int32, 0, m.nfeat)
	for j, k := range m.keys {
		if k != 0 {
			keys = append(keys, k)
			ids = append(ids, m.ids[j])
		}
	}
	sort.Sort(byKey{keys, ids})
	return keys, ids
}

// Load reads a model written by Save.
func Load(r io.Reader) (*Model, error) {
	br := bufio.NewReaderSize(r, 1<<16)
	head := make([]byte, len(Magic))
	if _, err := io.ReadFull(br, head); err != nil || string(head) != Magic {
		return nil, errors.New("tagger: not a tagger model")
	}
	var ver uint32
	if err := binary.Read(br, binary.LittleEndian, &ver); err != nil {
		return nil, fmt.Errorf("tagger: %w", err)
	}
	if ver < 1 || ver > Version {
		return nil, fmt.Errorf("tagger: model format %d, this build reads 1 to %d", ver, Version)
	}
	bad := func(err error) (*Model, error) {
		if err == io.EOF {
			err = io.ErrUnexpectedEOF
		}
		return nil, fmt.Errorf("tagger: model: %w", err)
	}
	per := uint64(2) // version 1: BIO
	if ver >= 2 {
		var err error
		if per, err = binary.ReadUvarint(br); err != nil || per != 2 && per != 4 {
			return bad(errors.New("bad label scheme"))
		}
	}
	nt, err := binary.ReadUvarint(br)
	if err != nil || nt == 0 || nt > 30 {
		return bad(errors.New("bad type count"))
	}
	types := make([]string, nt)
	for i := range types {
		n, err := binary.ReadUvarint(br)
		if err != nil || n > 64 {
			return bad(errors.New("bad type name"))
		}
		b := make([]byte, n)
		if _, err := io.ReadFull(br, b); err != nil {
			return bad(err)
		}
		types[i] = string(b)
	}
	scheme := BIO
	if per == 4 {
		scheme = BIOES
	}
	m := newModel(types, scheme)
	nk, err := binary.ReadUvarint(br)
	if err != nil || nk > 1<<28 {
		return bad(errors.New("bad feature count"))
	}
	// Grown as read, so that a corrupt count fails at the end of the
	// data instead of allocating it first.
	keys := make([]uint64, 0, min(nk, 1<<16))
	prev := uint64(0)
	for i := uint64(0); i < nk; i++ {
		d, err := binary.ReadUvarint(br)
		if err != nil {
			return bad(err)
		}
		prev += d
		if prev == 0 || i > 0 && d == 0 {
			return bad(errors.New("feature keys out of order"))
		}
		keys = append(keys, prev)
	}
	var scale float32
	if err := binary.Read(br, binary.LittleEndian, &scale); err != nil {
		return bad(err)
	}
	L := m.labels
	m.w = make([]float32, int(nk)*L)
	q := make([]int16, nk)
	for y := 0; y < L; y++ {
		if err := binary.Read(br, binary.LittleEndian, q); err != nil {
			return bad(err)
		}
		for n, x := range q {
			m.w[n*L+y] = float32(x) * scale
		}
	}
	if err := binary.Read(br, binary.LittleEndian, m.trans); err != nil {
		return bad(err)
	}
	m.index(keys)
	m.pack()
	return m, nil
}

// Prune drops the features whose weights all lie within eps of zero, for
// a smaller and faster model.
func (m *Model) Prune(eps float32) {
	m.prune(eps)
	m.pack()
}
