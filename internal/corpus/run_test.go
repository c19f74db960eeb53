package corpus

import (
	"strings"
	"testing"

	"github.com/orggraph/orggraph/ner"
)

// TestExtractRecovers: a panic in the recognizer fails its document alone,
// with an error that names it (a nil extractor panics on any document).
func TestExtractRecovers(t *testing.T) {
	var x *ner.Extractor
	res, err := extract(x, Item{Name: "a.txt", Doc: ner.Document{Src: []byte("县委书记张某出席。")}})
	if res != nil || err == nil || !strings.HasPrefix(err.Error(), "a.txt: internal error") {
		t.Fatalf("got %v, %v; want no result and an error naming a.txt", res, err)
	}
}
