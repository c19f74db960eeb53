package ner

import (
	"sort"
	"strings"
	"testing"
)

func personsOf(t *testing.T, s string) string {
	r := extractor(t).Extract(Document{Src: []byte(s)})
	var out []string
	for _, p := range r.Persons {
		out = append(out, p.Name)
	}
	sort.Strings(out)
	return strings.Join(out, " ")
}

// Names found without a title: cues, lists, and the words they must not
// be confused with.
func TestPersonsWithoutTitles(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"会上,尚某明同志和石某英同志作了发言。", "尚某明 石某英"},
		{"出席大会的市领导有:曹某泉、阳某国、彭某娟。", "彭某娟 曹某泉 阳某国"},
		{"。王某国指出,要抓好落实。", "王某国"},
		{"这很糟糕,但我认为仍然有希望。", ""},
		{"他们的编辑和组织工作实际上担当了前锋。", ""},
		{"收入等条件进行详细的审核和调查。", ""},
		{"通报有关情况。出席会议的同志", ""},
		{"参加人员:谭某国、刘某春、易某萍。\n列席人员:胡某平。", "刘某春 易某萍 胡某平 谭某国"},
		// Occupations anchor names; function words after them are no names.
		{"某律师事务所律师钱某渊表示,此案仍在审理。", "钱某渊"},
		{"分析师普遍预期数据回落。", ""},
		{"专家都不可能知道所有答案。", ""},
		{"请设计师和风水大师来到现场,律师和两名技术员见面。", ""},
		{"有请主编来宣布入选项目。", ""},
		// Speech verbs after a clause start; dictionary words are no names.
		{"对此,吴某敏告诉记者,情况属实。", "吴某敏"},
		{"而纪某平表示,参与的人不多。", "纪某平"},
		{"司机说自己姓罗。", ""},
		// Foreign names after a title: joined by a dot, or long and typical.
		{"该机构发言人约翰·史密斯说,情况稳定。", "约翰·史密斯"},
		{"俄军总参谋长马卡罗夫宣布。", "马卡罗夫"},
		{"县委常委、副县长(挂职)尚立新,县委副书记黎海出席。", "尚立新 黎海"},
		// Function words and common nouns after a title are no names.
		{"但分析师普遍认为,贷款反弹。", ""},
		{"建行业务员曾承诺不开卡。", ""},
		{"一个秘书于凌晨两点昏倒。", ""},
		{"专家向媒体宣称。", ""},
		{"记者向信用卡的发卡银行求证。任命向文永为岳阳市财政局局长。", "向文永"},
		{"由县分管领导任组长。", ""},
		{"导演单元尽管竞争激烈。", ""},
		{"主任曾某红出席,局长于建国讲话,县委书记向清平在讲话中指出。", "于建国 向清平 曾某红"},
	} {
		if got := personsOf(t, c.in); got != c.want {
			t.Errorf("%s\n got  %q\n want %q", c.in, got, c.want)
		}
	}
}

// Mentions, one type a case. Bodies standing alone are mentioned unless
// a word the lexicons do not know may qualify them, or they are cut from
// a longer word; the tagger reads such a qualified body whole (宣武法院),
// not cut. A party congress written by its number is a body mention; ten
// of a kind is none, and so is a kind of body no place or level names
// (政府, 法院, 学校) or no place names after a level (县政府, not 县委).
// Place mentions are flat, as NER corpora annotate them: a place inside a
// body's name is none of its own, and the tagger's places may be one
// character (中日, as MSRA annotates them). A name in Latin letters right
// after a role is a person mention; a tagger's name never runs across a
// clause's end.
func TestMentions(t *testing.T) {
	for _, c := range []struct{ in, typ, want string }{
		{"学习马列主义、毛泽东思想。", "person", "马 列 毛泽东"},
		{"从1979年到八届人大任期届满。", "body", "八届人大"},
		{"这是一届又一届人大努力工作的结果。", "body", "人大"},
		{"会议厅正中悬挂的“市人大常委会举行政府组成人员法律知识考试”的横标格外引人注目。", "body", "市人大常委会"},
		{"州委副书记、州长帕尔哈提‧吐尔拉主持会议。", "person", "帕尔哈提‧吐尔拉"},
		{"自治区党委常委、副主席艾尔肯．吐拉尼孜出席。", "person", "艾尔肯.吐拉尼孜"},
		{"地委委员、行署副专员阿布都拉-热娜曼参加。", "person", "阿布都拉-热娜曼"},
		{"马尔丹总理周二晚表示,协议具有历史意义。", "person", "马尔丹"},
		{"杜氏担任局长之初就明确表示。", "person", "杜"},
		{"后来,孙某及其家人都不同意。", "person", "孙"},
		{"陈桂林为了气象卫星把眼睛都给损坏了。", "person", "陈桂林"},
		{"陈桂林为了气象卫星把眼睛都给损坏了。", "place", ""},
		{"他在桂林考察。", "place", "桂林"},
		{"美国前宇航员约翰—格伦今天表示。", "person", "约翰—格伦"},
		{"像齐白石、欧阳予倩、老舍、梅兰芳和戏剧界的许多著名人士。", "person", "齐白石 欧阳予倩 老舍 梅兰芳"},
		{"广播电影电视部部长孙家正在会上讲话。", "person", "孙家正"},
		{"县长周一上午主持召开会议。", "person", ""},
		{"之前两周央行分别投放资金。", "body", "央行"},
		{"日本防卫省昨天宣布了这一决定。", "body", "日本防卫省"},
		{"此前,日本海上自卫队一艘驱逐舰在日本西南部海域航行。", "body", "日本海上自卫队"},
		{"此次银监会下发的通知。", "body", "银监会"},
		{"日本政府表示关注。", "body", "日本政府"},
		{"游戏奖励小学生。", "body", ""},
		{"他到宣武法院起诉。", "body", "宣武法院"},
		{"全面贯彻党的二十大精神。", "body", "二十大"},
		{"深入学习十九大报告。", "body", "十九大"},
		{"评选全县十大杰出青年。", "body", ""},
		{"政府出台了新政策,法院和学校也行动起来。", "body", ""},
		{"北京市国土资源局发布通知。", "body", "北京市国土资源局"},
		{"北京一个研究所研究员张三说。", "body", ""},
		{"上海一家房地产公司承建。", "organization", ""},
		{"公安部三所发布通知。", "body", "公安部三所"},
		{"欢迎各级人大及各地人大报刊来稿。", "body", ""},
		{"省人大常委会听取了报告。", "body", "省人大常委会"},
		{"人民日报文艺部主办了这次座谈会。", "organization", "人民日报文艺部"},
		{"光明日报社和经济日报社联合举办。", "organization", "光明日报社 经济日报社"},
		{"比如天津市装饰布总厂团委书记崔某说。", "body", "天津市装饰布总厂团委"},
		{"王运熙和李宝均先生的中国古典文学基本知识丛书。", "person", "王运熙 李宝均"},
		{"北京香海会展房地产开发有限公司董事长出席。", "body", ""},
		{"县政府出台了新政策,县委作出部署。", "body", "县委"},
		{"平江县政府出台了新政策。", "body", "平江县政府"},
		{"推进十五大项目建设。", "body", ""},
		{"中共渝中区委召开会议。", "place", ""},
		{"江西省乐平市人大常委会日前组织评议。", "place", "江西省"},
		{"江西省乐平市人大常委会日前组织评议。", "body", "乐平市人大常委会"},
		{"岳阳市人大常委会日前组织评议。", "body", "岳阳市人大常委会"},
		{"福建省漳州市公安局巡警支队成立。", "place", "福建省"},
		{"福建省漳州市公安局巡警支队成立。", "body", "漳州市公安局巡警支队"},
		{"原沭阳县湖东乡党委召开会议。", "body", "湖东乡党委"},
		{"该局先后被湖北省公安厅授予称号。", "body", "湖北省公安厅"},
		{"对外贸易经济合作部应当会同国家原子能机构审查。", "body", "对外贸易经济合作部 国家原子能机构"},
		{"日前,福建省漳州市公安局巡警支队成立。", "place", "福建省"},
		{"他回到办公室,委员会的通知到了。", "body", ""},
		{"人民银行长沙中心支行行长出席。", "place", ""},
		{"中日两国学生参加夏令营。", "place", "中 日"},
		{"他在岳阳市调研。", "place", "岳阳市"},
		{"据该公司市场总监JohnSmith介绍,新品将于下月上市。", "person", "JohnSmith"},
		{"首席设计师Anna.Lee表示满意。", "person", "Anna.Lee"},
		{"总经理2023年度报告发布。", "person", ""},
		{"成都市公安部门两位民警为把两个迷路的孩子送回家。", "body", ""},
		{"进一步把农村党支部和乡镇党委领导班子建设好。", "body", "村党支部 乡镇党委"},
		{"当前,我们要把乡镇党委领导班子建设好。", "body", "乡镇党委"},
		{"他们出台了关于加强农村党支部书记队伍建设的规定。", "body", "村党支部"},
		{"这在我国农村很普遍。", "place", ""},
		{"在以习近平同志为核心的党中央坚强领导下,市教委下发通知。", "body", "党中央 市教委"},
		{"厦门市税务部门是如何开展专项治理的?", "organization", ""},
		{"并同时降低中央银行准备金存款利率和再贷款利率。", "organization", ""},
	} {
		r := extractor(t).Extract(Document{Src: []byte(c.in)})
		if g := mentionsOf(r, c.typ); g != c.want {
			t.Errorf("%s (%s)\n got  %q\n want %q", c.in, c.typ, g, c.want)
		}
	}
	r := extractor(t).Extract(Document{Src: []byte("生态环境部召开会议。部党组书记、部长黄某秋出席。")})
	for _, m := range r.Mentions {
		if strings.Contains(m.Text, "。") {
			t.Errorf("%s mention %q", m.Type, m.Text)
		}
	}
}

// mentionsOf writes the texts of a result's mentions of a type, in order.
func mentionsOf(r *Result, typ string) string {
	var got []string
	for _, m := range r.Mentions {
		if m.Type == typ {
			got = append(got, m.Text)
		}
	}
	return strings.Join(got, " ")
}

// A headline's verb makes no department of the words after a place.
func TestHeadlineMakesNoBody(t *testing.T) {
	r := extractor(t).Extract(Document{Src: []byte("泰和县召开县委常委会会议")})
	for _, b := range r.Bodies {
		if strings.Contains(b.Name, "召开") {
			t.Errorf("body %q", b.Name)
		}
	}
}

// Every person of a comma-separated list of officials attends when the
// list ends with the act.
func TestAttendeeListAttends(t *testing.T) {
	r := extractor(t).Extract(Document{Src: []byte("平江县召开经济工作会议。县委副书记、县长张某,县委常委、常务副县长李某,县委常委、组织部部长王某等出席会议。")})
	if len(r.Events) != 1 {
		t.Fatalf("events %+v", r.Events)
	}
	if got, want := participants(r.Events[0]), "张某/出席 李某/出席 王某/出席"; got != want {
		t.Errorf("participants %s, want %s", got, want)
	}
}

// A meeting takes the date its sentence states, resolved against the
// publication date: the year inferred, a later month meaning last year.
func TestEventDate(t *testing.T) {
	for _, c := range []struct{ text, want string }{
		{"2024-01-15 新闻\n1月14日,平江县经济工作会议召开。县委书记张某出席会议。", "2024-01-14"},
		{"2024-01-15 新闻\n12月30日,平江县召开经济工作会议。县委书记张某出席会议。", "2023-12-30"},
		{"2024-01-15 新闻\n平江县召开经济工作会议。县委书记张某出席会议。", "2024-01-15"},
		// The headline names the meeting, the lede dates it.
		{"全县经济工作会议召开\n2024-01-15 新闻\n1月14日,全县经济工作会议召开。县委书记张某出席会议。", "2024-01-14"},
	} {
		r := extractor(t).Extract(Document{Src: []byte(c.text)})
		if len(r.Events) != 1 || r.Events[0].Date != c.want {
			t.Errorf("%q: events %+v, want the date %s", c.text, r.Events, c.want)
		}
	}
}

// A removal of a post the article named before stays, and takes the date
// its sentence states; the name ends before 关于.
func TestRemovalAfterMention(t *testing.T) {
	r := extractor(t).Extract(Document{Src: []byte("2024-03-05 新闻\n平江县召开防汛工作会议。县水利局局长周某关于防汛工作的汇报。3月4日,县人大常委会决定,免去周某的县水利局局长职务。")})
	var got []string
	for _, h := range r.Holds {
		got = append(got, h.Person+"/"+h.Role+"/"+h.Status+"/"+h.Date)
	}
	if want := "周某/局长//2024-03-05 周某/局长/removed/2024-03-04"; strings.Join(got, " ") != want {
		t.Errorf("holds %v, want %s", got, want)
	}
}

// An inspection is an event: the visitor leads, the others take the act
// the text gives them.
func TestInspectionEvent(t *testing.T) {
	r := extractor(t).Extract(Document{Src: []byte("2023-06-01 新闻\n湖南省委书记王某华到岳阳市调研。省委常委、秘书长李某军陪同。岳阳市委书记赵某参加。")})
	if len(r.Events) != 1 || r.Events[0].Kind != "调研" {
		t.Fatalf("events %+v", r.Events)
	}
	if got, want := participants(r.Events[0]), "王某华/调研 李某军/陪同 赵某/参加"; got != want {
		t.Errorf("participants %s, want %s", got, want)
	}
}

// A source the lexicons do not know is read after 来源:, and a page title
// drops the site's name it ends with.
func TestSourceAndTitle(t *testing.T) {
	for _, c := range []struct{ text, title, outlet string }{
		{"县政府召开常务会议_邵阳市人民政府\n县长李某主持召开县政府常务会议。\n来源:某某市人民政府办公室\n", "县政府召开常务会议", "某某市人民政府办公室"},
		{"縣委召開會議\n縣長李某出席。\n來源:隆回縣人民政府網 2023-05-01\n", "县委召开会议", "隆回县人民政府网"},
		// Page furniture before the headline is no title.
		{"转载自:某县人民政府网 原文链接\n分享到:微信 微博\nDSC_3566.JPG\n县委书记李某调研\n县委书记李某调研。\n", "县委书记李某调研", ""},
	} {
		r := extractor(t).Extract(Document{Src: []byte(c.text)})
		if r.Title != c.title || r.Outlet != c.outlet {
			t.Errorf("%q: title %q outlet %q, want %q %q", c.text, r.Title, r.Outlet, c.title, c.outlet)
		}
	}
}

// A township the article places is a place of its county.
func TestTownPartOf(t *testing.T) {
	r := extractor(t).Extract(Document{Src: []byte("平江县安定镇召开会议。镇党委书记张某出席。")})
	for _, p := range r.Places {
		if p.Name == "安定镇" {
			if p.PartOf != "平江县" || p.Level != "township" {
				t.Errorf("安定镇: %+v", p)
			}
			return
		}
	}
	t.Errorf("安定镇 is no place: %+v", r.Places)
}

// A body's parent is the body or place its name is built on; an ordinal or
// a session names none of its own (湘乡市第十八届人大常委会 is part of
// 湘乡市).
func TestBodyParents(t *testing.T) {
	for _, c := range []struct{ text, body, canonical, partOf string }{
		{"湘乡市第十八届人大常委会主任贺某出席。", "湘乡市第十八届人大常委会", "湘乡市第十八届人大常委会", "湘乡市"},
		{"醴陵市第一中学校长龙某出席。", "醴陵市第一中学", "醴陵市第一中学", "醴陵市"},
		{"中央第七巡视组组长简某出席。", "中央第七巡视组", "中央第七巡视组", "中央"},
		{"中央第二生态环境保护督察组副组长汤某出席。", "中央第二生态环境保护督察组", "中央第二生态环境保护督察组", "中央"},
		{"省人大农委主任委员甘某出席。", "省人大农委", "省人大农委", "省人大"},
		{"市人大环资委主任委员卫某出席。", "市人大环资委", "市人大环资委", "市人大"},
		{"九届全国人大代表张某出席。", "九届全国人大", "九届全国人大", ""},
	} {
		r := extractor(t).Extract(Document{Src: []byte(c.text)})
		var got []string
		for _, b := range r.Bodies {
			if b.Name == c.body && b.Canonical == c.canonical && b.PartOf == c.partOf {
				break
			}
			got = append(got, b.Name+"="+b.Canonical+"<"+b.PartOf)
		}
		if len(got) == len(r.Bodies) {
			t.Errorf("%s: bodies %v, want %s=%s<%s", c.text, got, c.body, c.canonical, c.partOf)
		}
	}
}

// participants writes an event's participants as person/act+act, in order.
func participants(e Event) string {
	var ps []string
	for _, p := range e.Participants {
		ps = append(ps, p.Person+"/"+strings.Join(p.Acts, "+"))
	}
	return strings.Join(ps, " ")
}

// Occupations are role mentions wherever they stand, with their modifier,
// and never titles of a hold; a title of the state that holds one wins.
func TestOccupationMentions(t *testing.T) {
	for _, c := range []struct{ text, roles string }{
		{"这家公司的首席设计师说,新品下月上市。", "首席设计师"},
		{"据券商高级分析师介绍,市场趋稳。", "高级分析师"},
		{"市政协副秘书长出席。", "副秘书长"},
		{"记者从技术总监处获悉。", "记者 技术总监"},
		{"不少大学生和留学生参加了比赛。", "大学生 留学生"},
		{"今天天气很好。", ""},
	} {
		r := extractor(t).Extract(Document{Src: []byte(c.text)})
		if got := mentionsOf(r, "role"); got != c.roles || len(r.Holds) > 0 {
			t.Errorf("%s: roles %q, holds %v; want roles %q, no holds", c.text, got, r.Holds, c.roles)
		}
	}
}

// A private person the officials meet is no person of the graph, also
// where the text quotes them by name again; an official there is one.
func TestPrivatePersonQuoted(t *testing.T) {
	r := extractor(t).Extract(Document{Src: []byte("在桃花村,果农侯秀芝正在采摘脐橙。“今年收成好。”侯秀芝高兴地说。乡长刘某平介绍了产业情况。")})
	var got []string
	for _, p := range r.Persons {
		got = append(got, p.Name)
	}
	if strings.Join(got, " ") != "刘某平" {
		t.Errorf("persons %v, want [刘某平]", got)
	}
}

// TestOrgSuffixInner: orgSuffixInner holds every character of
// orgSuffixes but their first.
func TestOrgSuffixInner(t *testing.T) {
	for _, suf := range orgSuffixes {
		for i, r := range suf {
			if i > 0 && !strings.ContainsRune(orgSuffixInner, r) {
				t.Errorf("orgSuffixInner lacks %q of %s", r, suf)
			}
		}
	}
}
