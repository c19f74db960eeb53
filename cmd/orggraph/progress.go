package main

import (
	"fmt"
	"io"
	"os"
	"time"
)

// progress draws a one-line progress bar on stderr when it is a terminal:
// documents, MB, MB/s and an ETA from the total size of the input files.
type progress struct {
	w           io.Writer
	on          bool
	total       int64
	bytes       int64
	docs        int
	start, last time.Time
}

func isTerminal(w io.Writer) bool {
	f, ok := w.(*os.File)
	if !ok {
		return false
	}
	st, err := f.Stat()
	return err == nil && st.Mode()&os.ModeCharDevice != 0
}

func newProgress(w io.Writer, quiet bool, files []string) *progress {
	p := &progress{w: w, on: !quiet && isTerminal(w), start: time.Now()}
	if p.on {
		for _, f := range files {
			if st, err := os.Stat(f); err == nil {
				p.total += st.Size()
			}
		}
	}
	return p
}

func (p *progress) add(name string, n int) {
	p.docs++
	p.bytes += int64(n)
	if !p.on || time.Since(p.last) < 200*time.Millisecond {
		return
	}
	p.last = time.Now()
	el := time.Since(p.start).Seconds()
	mbs := float64(p.bytes) / 1e6 / max(el, 1e-3)
	line := fmt.Sprintf("%d docs  %.1f MB  %.2f MB/s", p.docs, float64(p.bytes)/1e6, mbs)
	if p.total > 0 && p.bytes <= p.total && mbs > 0 {
		frac := float64(p.bytes) / float64(p.total)
		const width = 24
		bar := make([]byte, width)
		for i := range bar {
			bar[i] = ' '
			if float64(i) < frac*width {
				bar[i] = '#'
			}
		}
		eta := time.Duration(float64(p.total-p.bytes) / 1e6 / mbs * float64(time.Second)).Round(time.Second)
		line = fmt.Sprintf("[%s] %3.0f%%  %s  ETA %s", bar, frac*100, line, eta)
	}
	fmt.Fprintf(p.w, "\r\033[K%s", line)
}

func (p *progress) clear() {
	if p.on {
		fmt.Fprint(p.w, "\r\033[K")
	}
}

func (p *progress) done() {
	if !p.on {
		return
	}
	p.clear()
	el := time.Since(p.start).Seconds()
	fmt.Fprintf(p.w, "%d docs, %.1f MB in %.1fs (%.2f MB/s)\n", p.docs, float64(p.bytes)/1e6, el, float64(p.bytes)/1e6/max(el, 1e-3))
}
