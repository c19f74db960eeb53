package corpus

import (
	"fmt"
	"io"
	"runtime"
	"sync"

	"github.com/orggraph/orggraph/ner"
)

type job struct {
	seq  int
	item Item
	res  *ner.Result
}

// Run reads the files in order and extracts their documents on workers
// goroutines (all cores when workers < 1), calling out for every item in
// input order, whatever the scheduling. At most a few documents per worker
// are in memory at once. It stops at out's first error and returns it.
func Run(files []string, stdin io.Reader, opt Options, workers int, x *ner.Extractor, out func(Item, *ner.Result) error) error {
	if workers < 1 {
		workers = runtime.NumCPU()
	}
	slots := make(chan struct{}, 4*workers) // bounds documents in flight
	jobs := make(chan job, workers)
	results := make(chan job, workers)
	done := make(chan struct{})
	var stopOnce sync.Once
	stop := func() { stopOnce.Do(func() { close(done) }) }

	go func() {
		defer close(jobs)
		seq := 0
		for _, f := range files {
			err := Read(f, stdin, opt, func(it Item) error {
				if opt.ShardN > 0 {
					id := it.Doc.ID
					if id == "" {
						id = it.Name
					}
					if !InShard(id, opt.ShardK, opt.ShardN) {
						return nil // another shard's
					}
				}
				if opt.Skip != nil && it.Err == nil && it.Result == nil && opt.Skip(it.Doc) {
					return nil
				}
				select {
				case slots <- struct{}{}:
				case <-done:
					return errStopped
				}
				jobs <- job{seq: seq, item: it}
				seq++
				return nil
			})
			if err != nil {
				return
			}
		}
	}()
	var wg sync.WaitGroup
	for w := 0; w < workers; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := range jobs {
				switch {
				case j.item.Result != nil:
					j.res = j.item.Result // extracted already
				case j.item.Err == nil:
					j.res, j.item.Err = extract(x, j.item)
				}
				results <- j
			}
		}()
	}
	go func() { wg.Wait(); close(results) }()

	pending := map[int]job{}
	next := 0
	var firstErr error
	for j := range results {
		if firstErr != nil {
			<-slots
			continue
		}
		pending[j.seq] = j
		for {
			pj, ok := pending[next]
			if !ok {
				break
			}
			delete(pending, next)
			next++
			<-slots
			if err := out(pj.item, pj.res); err != nil {
				firstErr = err
				stop()
				break
			}
		}
	}
	stop()
	return firstErr
}

// extract extracts the item's document. A panic in the recognizer fails
// that document alone, named in the error, and the run goes on with the
// next.
func extract(x *ner.Extractor, it Item) (res *ner.Result, err error) {
	defer func() {
		if r := recover(); r != nil {
			res, err = nil, fmt.Errorf("%s: internal error, skipped (please report it with this document): %v", it.Name, r)
		}
	}()
	return x.Extract(it.Doc), nil
}

type stopped struct{}

func (stopped) Error() string { return "stopped" }

var errStopped error = stopped{}
