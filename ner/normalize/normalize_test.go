package normalize

import (
	"strings"
	"testing"
	"unicode/utf8"
)

func TestNormalize(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		// Ruby pinyin after a Han character goes; real parentheses stay.
		{"經(jīng)開區(qū)", "经开区"},
		{"區（qū）工委", "区工委"},
		{"投資(其中省重點項目2個)", "投资(其中省重点项目2个)"},
		{"GDP(gdp)增長", "GDP(gdp)增长"},
		{"中(zhōng)(zhòng)國", "中国"},
		{"常委會(huì )主任", "常委会主任"},
		{"會( )議", "会( )议"},
		{"書記(shū jì)王", "书记王"},
		// Spaces around Chinese punctuation go, between characters they stay.
		{"王某 、李某 ,张某 。 钟某 摄", "王某、李某,张某。 钟某 摄"},
		{"领导有 :王某", "领导有:王某"},
		{"郭  驰 陈 薇", "郭  驰 陈 薇"},
		{"a, b", "a, b"},
		{"區長(qū zhǎng)張", "区长张"},
		{"張(Zhang San)三", "张(Zhang San)三"},
		{"(an apple) 蘋果", "(an apple) 苹果"},
		{"(jīng)開頭", "(jīng)开头"},
		// Lost characters: removed, with or without their "(".
		{"湖南日?qǐng)?bào)·新湖南", "湖南日·新湖南"},
		{"王?(míng)明", "王明"},
		{"真的?(是)", "真的?(是)"},
		// 縣 whose GBK lead byte a mirror lost (??h), and 黨 after a unit.
		{"工作??h委副書記、縣長查某作報告", "工作县委副书记、县长查某作报告"},
		{"?h長", "县长"},
		{"鎮??h委書記", "镇党委书记"},
		{"真的??h", "真的??h"},
		{"??hello", "??hello"},
		// Width folding.
		{"ＧＤＰ　１２３，", "GDP 123,"},
		{"（中共中央）", "(中共中央)"},
		// Traditional to simplified, and simplified untouched.
		{"區工委書記", "区工委书记"},
		{"区工委书记", "区工委书记"},
		{"①", "①"},
		// Invalid UTF-8 and a BOM.
		{"\xEF\xBB\xBF书记", "书记"},
		{"a\xffb", "a\uFFFDb"},
		{"", ""},
	} {
		if got := Normalize([]byte(c.in), Options{}).S; got != c.want {
			t.Errorf("Normalize(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

func TestBreaks(t *testing.T) {
	tx := Normalize([]byte("王?(míng)明出席"), Options{})
	if len(tx.Breaks) != 1 || tx.Breaks[0] != len("王") {
		t.Fatalf("Breaks = %v, want [%d]", tx.Breaks, len("王"))
	}
	if !tx.BreakWithin(0, len("王明")) || tx.BreakWithin(len("王"), len("王明出席")) {
		t.Errorf("BreakWithin wrong")
	}
	tx = Normalize([]byte("日?qǐng)?bào)·"), Options{})
	if len(tx.Breaks) != 2 {
		t.Errorf("two lost characters give %d breaks, want 2", len(tx.Breaks))
	}
}

func TestSpan(t *testing.T) {
	src := "區(qū)工委書記謝春生主持"
	tx := Normalize([]byte(src), Options{})
	i := strings.Index(tx.S, "谢春生")
	s, e := tx.Span(i, i+len("谢春生"))
	if got := src[s:e]; got != "謝春生" {
		t.Errorf("Span of 谢春生 = %q, want 謝春生", got)
	}
	s, e = tx.Span(0, len("区"))
	if got := src[s:e]; got != "區" {
		t.Errorf("Span of 区 = %q, want 區", got)
	}
	if tx.Orig(len(tx.S)) != len(src) {
		t.Errorf("Orig(len) = %d, want %d", tx.Orig(len(tx.S)), len(src))
	}
}

func TestToSimplified(t *testing.T) {
	if got := ToSimplified("人大常委會主任"); got != "人大常委会主任" {
		t.Errorf("got %q", got)
	}
}

// A simplified text keeps the variant characters its names use; a
// traditional one is converted.
func TestSimplifiedTextKeepsVariants(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"苏州工业园区召开高质量发展大会,管委会副主任倪乾、孙本亮出席,乡党委书记黄东昇主持会议。", "苏州工业园区召开高质量发展大会,管委会副主任倪乾、孙本亮出席,乡党委书记黄东昇主持会议。"},
		{"管委會副主任倪乾出席會議。", "管委会副主任倪干出席会议。"},
	} {
		if got := Normalize([]byte(c.in), Options{}).S; got != c.want {
			t.Errorf("%s\n got  %s\n want %s", c.in, got, c.want)
		}
	}
}

// checkInvariants is shared by the fuzz target and its seeds.
func checkInvariants(t *testing.T, src []byte) {
	tx := Normalize(src, Options{})
	if !utf8.ValidString(tx.S) {
		t.Fatalf("output not UTF-8: %q", tx.S)
	}
	again := Normalize([]byte(tx.S), Options{}).S
	if again != tx.S {
		t.Fatalf("not idempotent: %q -> %q -> %q", src, tx.S, again)
	}
	prev := 0
	for i := 0; i < len(tx.S); i++ {
		if !utf8.RuneStart(tx.S[i]) {
			continue
		}
		_, n := utf8.DecodeRuneInString(tx.S[i:])
		s, e := tx.Span(i, i+n)
		if s < prev || s > e || e > len(src) {
			t.Fatalf("span of byte %d = [%d,%d), previous start %d, input %d bytes", i, s, e, prev, len(src))
		}
		if s < len(src) && !utf8.RuneStart(src[s]) && utf8.Valid(src) {
			t.Fatalf("span start %d not on a rune boundary", s)
		}
		prev = s
	}
	for _, b := range tx.Breaks {
		if b < 0 || b > len(tx.S) {
			t.Fatalf("break %d out of range", b)
		}
	}
}

func FuzzNormalize(f *testing.F) {
	for _, s := range []string{"經(jīng)開區(qū)", "湖南日?qǐng)?bào)·新湖南", "ＧＤＰ　１２３", "a\xffb", "中(zhōng)(zhòng)國", "(", "?(ā)", "於是乾隆"} {
		f.Add([]byte(s))
	}
	f.Fuzz(checkInvariants)
}

func TestDecode(t *testing.T) {
	gbk := []byte{0xC7, 0xF8, 0xB9, 0xA4, 0xCE, 0xAF, 0xCA, 0xE9, 0xBC, 0xC7}  // 区工委书记
	big5 := []byte{0xB0, 0xCF, 0xA4, 0x75, 0xA9, 0x65, 0xAE, 0xD1, 0xB0, 0x4F} // 區工委書記
	u16 := []byte{0xFF, 0xFE, 0x3A, 0x53, 0x02, 0x5E}                          // BOM 区市
	for _, c := range []struct {
		src       []byte
		enc, want string
	}{
		{gbk, "gb18030", "区工委书记"},
		{big5, "big5", "区工委书记"},
		{u16, "utf-16le", "区市"},
		{[]byte("书记"), "utf-8", "书记"},
	} {
		tx := Normalize(c.src, Options{})
		if tx.Encoding != c.enc || tx.S != c.want {
			t.Errorf("Normalize(% x) = %q (%s), want %q (%s)", c.src, tx.S, tx.Encoding, c.want, c.enc)
		}
		s, e := tx.Span(len(tx.S)-len("记"), len(tx.S))
		if e != len(c.src) || s >= e {
			t.Errorf("%s: span of the last character = [%d,%d), input %d bytes", c.enc, s, e, len(c.src))
		}
	}
}

func TestHTML(t *testing.T) {
	src := `<html><head><title>标题</title><script>var a="书记";</script><style>p{}</style></head>` +
		`<body><nav>首页 新闻</nav><p>区委书记&nbsp;张三&amp;李四</p><!-- 注释 --><p>出席</p></body></html>`
	tx := Normalize([]byte(src), Options{HTML: true})
	got := strings.Join(strings.Fields(tx.S), "|")
	if got != "标题|区委书记|张三&李四|出席" {
		t.Errorf("HTML text = %q", got)
	}
	i := strings.Index(tx.S, "张三")
	s, e := tx.Span(i, i+len("张三"))
	if src[s:e] != "张三" {
		t.Errorf("span = %q", src[s:e])
	}
}

// A table's row is a line, its cells tab-separated.
func TestHTMLTable(t *testing.T) {
	src := `<table><tr><th>职务</th><th>姓名</th></tr><tr><td>县委书记</td><td>张三</td></tr></table>`
	tx := Normalize([]byte(src), Options{HTML: true})
	var rows []string
	for _, l := range strings.Split(tx.S, "\n") {
		if f := strings.Fields(l); len(f) > 0 {
			rows = append(rows, strings.Join(f, "|"))
		}
	}
	if got := strings.Join(rows, "/"); got != "职务|姓名/县委书记|张三" {
		t.Errorf("rows = %q (text %q)", got, tx.S)
	}
}
