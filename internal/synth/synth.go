// Package synth generates synthetic government news with a known
// ground-truth graph, for tests and benchmarks of merging at scale: who
// holds which post in which county, written in articles that use short
// and long body names, appointment notices and meeting reports, with
// namesakes in other provinces.
package synth

import (
	"fmt"
	"math/rand/v2"
	"sort"
	"strings"
	"unicode/utf8"

	"github.com/orggraph/orggraph/graph"
	"github.com/orggraph/orggraph/ner/lexicon"
)

// Article is one generated document.
type Article struct {
	ID, Date, Text string
	// Persons maps each name written to its true person id.
	Persons map[string]string
	// Holds are the true posts the article states.
	Holds []Hold
}

// Hold is a true post: person id, role and canonical body.
type Hold struct{ Person, Role, Body string }

// Truth is the ground truth of a generated corpus.
type Truth struct {
	// Persons maps a true person id (county/name) to the name.
	Persons map[string]string
	Holds   []Hold
}

type county struct {
	name, province string
	level          string // 县, 市 or 区: the last character
}

type official struct {
	id, name string
}

type countyStaff struct {
	c                                        county
	secretary, head, deputy, congress, cppcc official
	organization, finance, education         official
}

var surnames = []rune("王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤")
var given = []rune("志建国明华文立新海永春晓丽伟平军红英玉德光宏东俊涛斌勇强辉庆敏静秀兰芳云峰波刚杰鹏飞")

// counties returns the counties, county-level cities and districts of the
// gazetteer with their provinces, sorted.
func counties() ([]county, error) {
	entries, err := lexicon.Embedded()
	if err != nil {
		return nil, err
	}
	parent := map[string]string{}
	level := map[string]string{}
	province := map[string]bool{}
	for _, e := range entries {
		if e.Kind == lexicon.Place && e.Attr("full") == "" {
			if e.Attr("level") == "province" {
				province[e.Word] = true // 北京市 is a province and a city
				continue
			}
			parent[e.Word] = e.Attr("parent")
			level[e.Word] = e.Attr("level")
		}
	}
	var out []county
	for name, l := range level {
		if l != "county" {
			continue
		}
		r := []rune(name)
		last := string(r[len(r)-1])
		if len(r) < 3 || (last != "县" && last != "市" && last != "区") || strings.Contains(name, "自治") {
			continue
		}
		p := parent[name]
		for k := 0; k < 4 && p != "" && !province[p]; k++ {
			p = parent[p]
		}
		if !province[p] {
			continue
		}
		out = append(out, county{name: name, province: p, level: last})
	}
	sort.Slice(out, func(i, j int) bool { return out[i].name < out[j].name })
	return out, nil
}

// Generate writes n articles about nCounties counties, deterministically
// from seed. About one county in ten shares its officials' names with a
// county in another province (namesakes).
func Generate(seed uint64, n, nCounties int) ([]Article, *Truth, error) {
	all, err := counties()
	if err != nil {
		return nil, nil, err
	}
	r := rand.New(rand.NewPCG(seed, seed^0x9e3779b97f4a7c15))
	r.Shuffle(len(all), func(i, j int) { all[i], all[j] = all[j], all[i] })
	if nCounties > len(all) {
		nCounties = len(all)
	}
	cs := all[:nCounties]
	truth := &Truth{Persons: map[string]string{}}
	used := map[string]bool{} // names in use, so namesakes are only the planted ones
	newName := func() string {
		for {
			name := string(surnames[r.IntN(len(surnames))]) + string(given[r.IntN(len(given))])
			if r.IntN(3) > 0 {
				name += string(given[r.IntN(len(given))])
			}
			if !used[name] {
				used[name] = true
				return name
			}
		}
	}
	staff := make([]countyStaff, len(cs))
	for i, c := range cs {
		s := &staff[i]
		s.c = c
		var twin *countyStaff
		if i > 0 && r.IntN(10) == 0 {
			// A namesake county: same names as an earlier one elsewhere.
			for k := i - 1; k >= 0; k-- {
				if staff[k].c.province != c.province {
					twin = &staff[k]
					break
				}
			}
		}
		mk := func(pick func(*countyStaff) official) official {
			name := ""
			if twin != nil {
				name = pick(twin).name
			} else {
				name = newName()
			}
			id := c.name + "/" + name
			truth.Persons[id] = name
			return official{id: id, name: name}
		}
		s.secretary = mk(func(t *countyStaff) official { return t.secretary })
		s.head = mk(func(t *countyStaff) official { return t.head })
		s.deputy = mk(func(t *countyStaff) official { return t.deputy })
		s.congress = mk(func(t *countyStaff) official { return t.congress })
		s.cppcc = mk(func(t *countyStaff) official { return t.cppcc })
		s.organization = mk(func(t *countyStaff) official { return t.organization })
		s.finance = mk(func(t *countyStaff) official { return t.finance })
		s.education = mk(func(t *countyStaff) official { return t.education })
		l := c.level
		truth.Holds = append(truth.Holds,
			Hold{s.secretary.id, "书记", partyName(c.name)},
			Hold{s.head.id, "副书记", partyName(c.name)},
			Hold{s.head.id, l + "长", c.name + "政府"},
			Hold{s.deputy.id, "副" + l + "长", c.name + "政府"},
			Hold{s.congress.id, "主任", c.name + "人大常委会"},
			Hold{s.cppcc.id, "主席", c.name + "政协"},
			Hold{s.organization.id, "常委", partyName(c.name)},
			Hold{s.organization.id, "部长", partyName(c.name) + "组织部"},
			Hold{s.finance.id, "局长", c.name + "财政局"},
			Hold{s.education.id, "局长", c.name + "教育局"},
		)
	}
	topics := []string{"经济工作", "安全生产", "乡村振兴", "优化营商环境", "防汛抗旱", "项目建设", "党风廉政建设", "招商引资"}
	arts := make([]Article, n)
	for i := range arts {
		s := &staff[r.IntN(len(staff))]
		c, l := s.c, s.c.level
		date := fmt.Sprintf("%d年%d月%d日", 2020+r.IntN(4), 1+r.IntN(12), 1+r.IntN(28))
		a := Article{ID: fmt.Sprintf("synth-%06d", i), Persons: map[string]string{}}
		who := func(o official, posts ...string) string {
			a.Persons[o.name] = o.id
			for k := 0; k+1 < len(posts); k += 2 {
				a.Holds = append(a.Holds, Hold{o.id, posts[k], posts[k+1]})
			}
			return o.name
		}
		party, gov := partyName(c.name), c.name+"政府"
		topic := topics[r.IntN(len(topics))]
		var b strings.Builder
		switch r.IntN(4) {
		case 0: // a meeting, short body names
			fmt.Fprintf(&b, "%s召开%s会议\n%s,%s召开%s会议。%s委书记%s出席并讲话,%s委副书记、%s长%s主持。%s人大常委会主任%s、%s政协主席%s出席。\n",
				c.name, topic, date, c.name, topic, l, who(s.secretary, "书记", party), l, l,
				who(s.head, "副书记", party, l+"长", gov), l, who(s.congress, "主任", c.name+"人大常委会"), l, who(s.cppcc, "主席", c.name+"政协"))
		case 1: // an inspection, long body names
			fmt.Fprintf(&b, "%s领导调研%s工作\n%s,%s人民政府%s长%s到%s教育局调研%s工作。%s人民政府副%s长%s,%s教育局局长%s陪同。\n",
				c.name, topic, date, c.name, l, who(s.head, l+"长", gov), c.name, topic, c.name, l,
				who(s.deputy, "副"+l+"长", gov), c.name, who(s.education, "局长", c.name+"教育局"))
		case 2: // an appointment notice
			fmt.Fprintf(&b, "%s人民政府关于工作人员任职的通知\n%s,经%s人民政府研究决定:任命%s为%s财政局局长。\n",
				c.name, date, c.name, who(s.finance, "局长", c.name+"财政局"), c.name)
		default: // a party meeting
			fmt.Fprintf(&b, "中共%s委召开%s专题会议\n%s,中共%s委召开%s专题会议。%s委书记%s主持会议,%s委常委、组织部部长%s出席。\n",
				c.name, topic, date, c.name, topic, l, who(s.secretary, "书记", party), l,
				who(s.organization, "常委", party, "部长", party+"组织部"))
		}
		a.Text = b.String()
		a.Date = date
		arts[i] = a
	}
	return arts, truth, nil
}

// Score compares a graph built from the articles with the truth.
type Score struct {
	// Pairwise merge precision and recall over person mentions (a name
	// in a document): of mention pairs in one node, how many are one true
	// person; of mention pairs of one true person, how many are in one
	// node.
	MergeP, MergeR float64
	// HoldsR is the share of true (person, role, body) posts found, the
	// person being the node most of its mentions went to; HoldsP the share
	// of holds edges that are true.
	HoldsP, HoldsR float64
	TrueHolds      int
	Nodes          int
}

// Evaluate scores g (built from arts and resolved) against truth; node
// gives the graph node of a name written in a document ("" if it was not
// recognized).
func Evaluate(g *graph.Graph, arts []Article, truth *Truth, node func(doc, name string) string) Score {
	cell := map[[2]string]int{} // (node, true id) -> mentions
	byNode, byTrue := map[string]int{}, map[string]int{}
	votes := map[string]map[string]int{}
	for _, a := range arts {
		for name, tid := range a.Persons {
			nid := node(a.ID, name)
			if nid == "" {
				nid = "missing:" + a.ID + "/" + name
			}
			cell[[2]string{nid, tid}]++
			byNode[nid]++
			byTrue[tid]++
			if votes[tid] == nil {
				votes[tid] = map[string]int{}
			}
			votes[tid][nid]++
		}
	}
	pairs := func(n int) float64 { return float64(n) * float64(n-1) / 2 }
	var same, nodePairs, truePairs float64
	for _, c := range cell {
		same += pairs(c)
	}
	for _, c := range byNode {
		nodePairs += pairs(c)
	}
	for _, c := range byTrue {
		truePairs += pairs(c)
	}
	sc := Score{MergeP: ratio(same, nodePairs), MergeR: ratio(same, truePairs), Nodes: len(g.Nodes())}
	// Holds.
	nodeOf := map[string]string{}
	for tid, vs := range votes {
		best, bn := "", -1
		for nid, c := range vs {
			if c > bn || c == bn && nid < best {
				best, bn = nid, c
			}
		}
		nodeOf[tid] = best
	}
	have := map[string]bool{}
	holdsEdges := 0
	for _, e := range g.Edges() {
		if e.Type != graph.Holds || g.Node(e.Source).Type != graph.Person {
			continue
		}
		for _, role := range e.Roles {
			have[e.Source+"\x00"+role+"\x00"+g.Node(e.Target).Label] = true
			holdsEdges++
		}
	}
	written := map[Hold]bool{}
	for _, a := range arts {
		for _, h := range a.Holds {
			written[h] = true
		}
	}
	found, trueSet := 0, map[string]bool{}
	for h := range written {
		sc.TrueHolds++
		k := nodeOf[h.Person] + "\x00" + h.Role + "\x00" + h.Body
		trueSet[k] = true
		if have[k] {
			found++
		}
	}
	correct := 0
	for k := range have {
		if trueSet[k] {
			correct++
		}
	}
	sc.HoldsR = ratio(float64(found), float64(sc.TrueHolds))
	sc.HoldsP = ratio(float64(correct), float64(len(have)))
	return sc
}

func ratio(a, b float64) float64 {
	if b == 0 {
		return 1
	}
	return a / b
}

// partyName is the canonical name of a county's party committee, as the
// recognizer writes it: 平江县委, but 攸县县委 and 浦东新区区委, which keep
// their level word.
func partyName(county string) string {
	switch {
	case strings.HasSuffix(county, "新区"):
		return county + "区委"
	case utf8.RuneCountInString(county) == 2 && strings.HasSuffix(county, "县"):
		return county + "县委"
	}
	return county + "委"
}
