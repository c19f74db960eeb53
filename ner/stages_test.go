package ner

import (
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"sort"
	"strings"
	"sync"
	"testing"

	"github.com/orggraph/orggraph/ner/normalize"
)

// stageSpans runs the stages up to the named one on text and returns what
// that stage alone put in the lattice (a name ending in /rules runs with
// the tagger off, to see a rule where the tagger would find the name
// first), in the order of the text: spans as
// kind:text (tag:person:text for the tagger's), holds as
// hold:person=role@body, and the proposals it dropped as -kind:text.
func stageSpans(t *testing.T, name, text string) string {
	t.Helper()
	x := extractor(t)
	if n, ok := strings.CutSuffix(name, "/rules"); ok {
		name, x = n, rulesOnly(t)
	}
	if !slices.ContainsFunc(stages, func(s stage) bool { return s.name == name }) {
		t.Fatalf("no stage %q", name)
	}
	d := testDoc(x, []byte(text))
	d.trace = &trace{made: map[traceKey]string{}}
	d.runUntil(name, nil)
	type item struct {
		s, e int
		text string
	}
	var items []item
	for k, st := range d.trace.made {
		if st == name {
			items = append(items, item{k.s, k.e, k.kind + ":" + d.s[k.s:k.e]})
		}
	}
	for _, h := range d.holds {
		if h.stage == name {
			body := ""
			if h.body != nil {
				body = "@" + h.body.text
			}
			items = append(items, item{h.ns, h.end + 1, fmt.Sprintf("hold:%s=%s%s", h.person, h.role.text, body)})
		}
	}
	for _, dr := range d.trace.drops {
		if dr.Stage == name {
			items = append(items, item{dr.Start, dr.End, "-" + dr.Kind + ":" + dr.Text})
		}
	}
	sort.Slice(items, func(i, j int) bool {
		a, b := items[i], items[j]
		if a.s != b.s {
			return a.s < b.s
		}
		if a.e != b.e {
			return a.e < b.e
		}
		return a.text < b.text
	})
	var out []string
	for i, it := range items {
		if i > 0 && it.text == items[i-1].text {
			continue
		}
		out = append(out, it.text)
	}
	return strings.Join(out, " ")
}

// TestStages runs one stage on a sentence (after the stages before it)
// and compares what that stage alone added or dropped. Each failure class
// of the recognizer has its stage and its cases here; the names are
// invented.
func TestStages(t *testing.T) {
	for _, c := range []struct{ stage, text, want string }{
		// Title chains.
		{"chains", "最高人民法院审判委员会委员、民二庭庭长贺某平主持。", "phrase:最高人民法院审判委员会 role:委员 phrase:民二庭 role:庭长 person:贺某平 hold:贺某平=委员@最高人民法院审判委员会 hold:贺某平=庭长@民二庭"},
		{"chains", "苏木党委书记王某尔、嘎查党支部书记李某门参加座谈。", "phrase:苏木党委 role:书记 person:王某尔 hold:王某尔=书记@苏木党委 phrase:嘎查党支部 role:书记 person:李某门 hold:李某门=书记@嘎查党支部"},
		{"chains", "盟委委员、副盟长乌日根那顺带队检查。", "phrase:盟委 role:委员 role:副盟长 person:乌日根那顺 hold:乌日根那顺=副盟长 hold:乌日根那顺=委员@盟委"},
		{"chains", "省政府副秘书长、省政府办公厅主任郑某国参加。", "phrase:省政府 role:副秘书长 phrase:省政府办公厅 role:主任 person:郑某国 hold:郑某国=主任@省政府办公厅 hold:郑某国=副秘书长@省政府"},
		{"chains", "市委副书记、市长,市总林长苗某主持会议。", "phrase:市委 role:副书记 role:市长 role:总林长 person:苗某 hold:苗某=副书记@市委 hold:苗某=市长 hold:苗某=总林长"},
		{"chains", "镇党委书记、镇级河长吴某巡查河道。", "phrase:镇党委 role:书记 role:河长 person:吴某 hold:吴某=书记@镇党委 hold:吴某=河长"},
		{"chains", "会议由副县长糜某(兼县应急局局长)主持。", "role:副县长 person:糜某 hold:糜某=副县长 hold:糜某=局长@县应急局 phrase:县应急局 role:局长"},
		{"chains", "镇政府副镇长、代理镇长鲍某主持。", "phrase:镇政府 role:副镇长 role:代理镇长 person:鲍某 hold:鲍某=代理镇长@镇政府 hold:鲍某=副镇长@镇政府"},
		{"chains", "华菱集团总经理邬某出席。", "phrase:华菱集团 role:总经理 person:邬某 hold:邬某=总经理@华菱集团"},
		{"chains", "管委会副主任兼两江集团董事长邬某出席。", "phrase:管委会 role:副主任 phrase:两江集团 role:董事长 person:邬某 hold:邬某=副主任@管委会 hold:邬某=董事长@两江集团"},
		{"chains", "县公安局治安大队大队长蒋某通报。", "phrase:县公安局治安大队 role:大队长 person:蒋某 hold:蒋某=大队长@县公安局治安大队"},
		{"chains", "国务院发展研究中心社会发展研究部副部长林某彬表示。", "phrase:国务院发展研究中心社会发展研究部 role:副部长 person:林某彬 hold:林某彬=副部长@国务院发展研究中心社会发展研究部"},
		{"chains", "县委副书记、\n县长喻某出席。", "phrase:县委 role:副书记 role:县长 person:喻某 hold:喻某=副书记@县委 hold:喻某=县长"},
		{"chains", "县委书记\n甘某华\n出席会议", "phrase:县委 role:书记 person:甘某华 hold:甘某华=书记@县委"},
		{"chains", "银监会监管二部主任楼某龙表示。", "phrase:银监会监管二部 role:主任 person:楼某龙 hold:楼某龙=主任@银监会监管二部"},
		{"chains", "证监会发行监管部主任柴某介绍。", "phrase:证监会发行监管部 role:主任 person:柴某 hold:柴某=主任@证监会发行监管部"},
		{"chains", "集团)有限公司原董事长邬某出席。", "role:董事长 person:邬某 hold:邬某=董事长"},
		{"chains", "副组长:阎某(副县长)、邝某(县财政局局长)", "role:副组长 person:阎某 hold:阎某=副组长 person:邝某 hold:邝某=副组长 phrase:县财政局 role:局长"},
		{"chains", "他还看望了驻村第一书记罗某。", "role:第一书记 person:罗某 hold:罗某=第一书记"},
		{"chains", "据悉,该项目由市住建局副局长石某国负责。", "phrase:市住建局 role:副局长 person:石某国 hold:石某国=副局长@市住建局"},
		{"chains", "县纪委书记、县监委主任(提名人选)张某光参加会议。", "phrase:县纪委 role:书记 phrase:县监委 role:主任 person:张某光 hold:张某光=书记@县纪委"},
		{"chains", "国务院总理李某主持召开国务院常务会议。", "phrase:国务院 role:总理 person:李某 hold:李某=总理@国务院 phrase:国务院"},
		{"chains", "近日,城市管理综合执法局副局长王某到九江调研。", "phrase:城市管理综合执法局 role:副局长 person:王某 hold:王某=副局长@城市管理综合执法局 phrase:九江"},
		{"chains", "省数据资源局局长吴某出席。", "phrase:省数据资源局 role:局长 person:吴某 hold:吴某=局长@省数据资源局"},
		{"chains", "近日,粮食和物资储备局副局长王某到九江调研。", "phrase:粮食和物资储备局 role:副局长 person:王某 hold:王某=副局长@粮食和物资储备局 phrase:九江"},
		{"chains", "公共资源交易中心主任何某,派出所所长张某出席。", "phrase:公共资源交易中心 role:主任 person:何某 hold:何某=主任@公共资源交易中心 phrase:派出所 role:所长 person:张某 hold:张某=所长@派出所"},
		{"chains", "近日,数据资源局副局长王某到九江调研。", "phrase:数据资源局 role:副局长 person:王某 hold:王某=副局长@数据资源局 phrase:九江"},
		{"chains", "近日,政务服务和大数据管理局副局长王某到九江调研。", "phrase:政务服务和大数据管理局 role:副局长 person:王某 hold:王某=副局长@政务服务和大数据管理局 phrase:九江"},
		{"chains", "专著系统地挖掘、整理和研究我国两院院士的思想。", "role:院士"},
		{"chains", "图为会议现场。（新华社记者陶某摄）", "phrase:新华社 role:记者 person:陶某 hold:陶某=记者@新华社"},
		{"chains", "图为会议现场。本报记者李明摄", "role:记者 person:李明 hold:李明=记者"},
		{"chains", "主任陈述了理由。各位委员应积极参加调研。", "role:主任 -person:陈述了 role:委员 -person:应积极"},
		{"chains", "党委委员、副镇长候选人廖全开,党委委员梁某出席。", "phrase:党委 role:委员 role:副镇长 person:廖全开 hold:廖全开=委员@党委 role:委员 person:梁某 hold:梁某=委员@党委"},
		{"chains", "乌克兰新任外交部长塔拉某表示。", "phrase:乌克兰 phrase:外交部 role:部长 person:塔拉某 hold:塔拉某=部长@外交部"},
		{"chains", "萍乡市委多年来坚持每年都举办副县级以上离退休干部轮训班。", "phrase:萍乡市委"},
		{"chains", "会议决定成立一个以财政部副部长沙某为首的委员会。", "phrase:财政部 role:副部长 person:沙某 hold:沙某=副部长@财政部 phrase:委员会"},
		{"chains", "联合举行报告会,邀请中国人民银行行长戴某为学生作报告。", "phrase:中国人民银行 role:行长 person:戴某 hold:戴某=行长@中国人民银行"},
		{"chains", "邀请100位客户经理陆续投入业务。红木专家教授都难以辨别。", "role:客户经理 -person:陆续 role:专家 role:教授 -person:都难"},
		{"chains", "国家林业和草原局副局长李某良讲话。", "phrase:国家林业和草原局 role:副局长 person:李某良 hold:李某良=副局长@国家林业和草原局"},
		{"chains", "坚持实事求是的思想路线,《求是》杂志发表文章。", "phrase:求是"},
		{"chains", "会议评议,安排县人大代表视察。", "phrase:县人大 role:代表"},
		{"chains", "职工们都说,这里面有分局领导的心血。", "phrase:分局 role:领导"},
		{"chains", "博尔塔拉州党委书记、州人大常委会主任吐尔逊•阿不拉出席。", "phrase:博尔塔拉州党委 role:书记 phrase:州人大常委会 role:主任 person:吐尔逊•阿不拉 hold:吐尔逊•阿不拉=主任@州人大常委会 hold:吐尔逊•阿不拉=书记@博尔塔拉州党委"},
		{"chains", "塔城地委委员、行署副专员努尔兰•马那提别克带队检查。", "phrase:塔城地委 role:委员 phrase:行署 role:副专员 person:努尔兰•马那提别克 hold:努尔兰•马那提别克=副专员@行署 hold:努尔兰•马那提别克=委员@塔城地委"},
		{"chains", "市人大常委会执法检查组组长、市人大常委会副主任刘某明带队检查。", "phrase:市人大常委会执法检查组 role:组长 phrase:市人大常委会 role:副主任 person:刘某明 hold:刘某明=副主任@市人大常委会 hold:刘某明=组长@市人大常委会执法检查组"},
		{"chains", "省委巡视办副主任周某凯宣读了公告。", "phrase:省委巡视办 role:副主任 person:周某凯 hold:周某凯=副主任@省委巡视办"},
		{"chains", "东乌海关关长王某讲话。", "phrase:东乌海关 role:关长 person:王某 hold:王某=关长@东乌海关"},
		{"appointments", "成立以县长李某强为组长,副县长王某华、刘某军为副组长的工作领导小组。", "hold:李某强=组长 hold:王某华=副组长 hold:刘某军=副组长"},
		{"chains", "记者 程雪 实习生 尚一鸣 报道", "role:记者 person:程雪 hold:程雪=记者 role:实习生 -person:尚一鸣 person:尚一鸣 hold:尚一鸣=实习生"},
		{"chains", "编辑 | 覃某雨 校对 | 蒲某", "role:编辑 person:覃某雨 hold:覃某雨=编辑 role:校对 person:蒲某 hold:蒲某=校对"},
		{"chains", "举行工作宴会,欢迎中国全国政协主席李某环访问法国。", "phrase:全国政协 role:主席 person:李某环 hold:李某环=主席@全国政协 phrase:法国"},
		{"chains", "民革中央常务副主席周某农,名誉副主席贾某斌出席。", "phrase:民革中央 role:常务副主席 person:周某农 hold:周某农=常务副主席@民革中央 role:名誉副主席 person:贾某斌 hold:贾某斌=名誉副主席@民革中央"},
		{"bios", "栾某新,男,汉族,1978年5月出生,现任临溪县委办公室副主任,拟任县乡镇正职。", "person:栾某新 hold:栾某新=副主任@临溪县委办公室"},
		{"appointments", "任命邸某平同志为中共临溪县委委员、常委、书记。", "person:邸某平 hold:邸某平=委员@中共临溪县委 hold:邸某平=常委@中共临溪县委 hold:邸某平=书记@中共临溪县委"},
		{"chains", "浙江省纪委省监委派驻省委组织部纪检监察组组长王某讲话。", "phrase:浙江省纪委省监委派驻省委组织部纪检监察组 role:组长 person:王某 hold:王某=组长@浙江省纪委省监委派驻省委组织部纪检监察组"},
		{"chains", "省纪委监委驻省农业农村厅纪检监察组组长李某出席。", "phrase:省纪委监委驻省农业农村厅纪检监察组 role:组长 person:李某 hold:李某=组长@省纪委监委驻省农业农村厅纪检监察组"},
		{"chains", "台州市援青指挥部党委书记、指挥长汪某出席。", "phrase:台州市援青指挥部党委 role:书记 role:指挥长 person:汪某 hold:汪某=书记@台州市援青指挥部党委 hold:汪某=指挥长@台州市援青指挥部"},
		{"chains", "县林业党委书记、局长朱某陪同。", "phrase:县林业党委 role:书记 role:局长 person:朱某 hold:朱某=书记@县林业党委 hold:朱某=局长@县林业"},
		{"chains", "市农业农村党委书记、局长朱某陪同。", "phrase:市农业农村党委 role:书记 role:局长 person:朱某 hold:朱某=书记@市农业农村党委 hold:朱某=局长@市农业农村"},
		{"chains", "县委副书记、县森林防火指挥部总指挥周某龙深入县医院检查。", "phrase:县委 role:副书记 phrase:县森林防火指挥部 role:总指挥 person:周某龙 hold:周某龙=副书记@县委 hold:周某龙=总指挥@县森林防火指挥部 phrase:县医院"},
		{"chains", "考察团在温州市对口帮扶办公室专职副主任方某来陪同下考察。", "phrase:温州市对口帮扶办公室 role:专职副主任 person:方某来 hold:方某来=专职副主任@温州市对口帮扶办公室"},
		{"chains", "会议由城市化领导小组组长王某主持。", "phrase:城市化领导小组 role:组长 person:王某 hold:王某=组长@城市化领导小组"},
		{"chains", "会上,区党工委委员、组织部部长、新区办副主任李某峰汇报工作。", "phrase:区党工委 role:委员 phrase:组织部 role:部长 phrase:新区办 role:副主任 person:李某峰 hold:李某峰=副主任@新区办 hold:李某峰=委员@区党工委 hold:李某峰=部长@组织部"},
		{"chains", "县委书记丽江主持召开会议。", "phrase:县委 role:书记 person:丽江 hold:丽江=书记@县委"},
		{"chains", "县委书记到丽江市调研。", "phrase:县委 role:书记 phrase:丽江市"},
		{"chains", "镇党委副书记、政法委员刘某军主持会议。", "phrase:镇党委 role:副书记 role:政法委员 person:刘某军 hold:刘某军=副书记@镇党委 hold:刘某军=政法委员@镇党委"},
		{"chains", "县委组织部副部长、县委老干部局局长钱某丽主持座谈会。", "phrase:县委组织部 role:副部长 phrase:县委老干部局 role:局长 person:钱某丽 hold:钱某丽=副部长@县委组织部 hold:钱某丽=局长@县委老干部局"},
		{"chains", "县检察院检察委员会委员、第二检察部主任吴某发言。", "phrase:县检察院检察委员会 role:委员 phrase:第二检察部 role:主任 person:吴某 hold:吴某=主任@第二检察部 hold:吴某=委员@县检察院检察委员会"},
		{"chains", "商务部部长助理李某在开幕式上致辞。", "phrase:商务部 role:部长助理 person:李某 hold:李某=部长助理@商务部"},
		{"chains", "市政协委员、民进市委会主委周某提交提案。", "phrase:市政协 role:委员 phrase:民进市委会 role:主委 person:周某 hold:周某=主委@民进市委会 hold:周某=委员@市政协"},
		{"chains", "县工商联主席、商会会长郑某致辞。", "phrase:县工商联 role:主席 phrase:商会 role:会长 person:郑某 hold:郑某=主席@县工商联 hold:郑某=会长@商会"},
		{"chains", "澳门特别行政区行政长官贺某出席典礼,俄罗斯外长拉夫罗夫会见代表团。", "role:行政长官 person:贺某 hold:贺某=行政长官 phrase:俄罗斯 role:外长 person:拉夫罗夫 hold:拉夫罗夫=外长 phrase:代表团"},
		{"chains", "刘某东当选县长 王某当选县人大常委会主任", "role:县长 phrase:县人大常委会 role:主任"},
		{"chains", "镇党委书记(主持镇政府工作)李某汇报,市公安局副局长(正处长级)张某、县政协副主席(不驻会)钱某出席。", "phrase:镇党委 role:书记 person:李某 hold:李某=书记@镇党委 phrase:市公安局 role:副局长 person:张某 hold:张某=副局长@市公安局 phrase:县政协 role:副主席 person:钱某 hold:钱某=副主席@县政协"},
		{"chains", "县发改局二级调研员王某、一级主任科员李某参加会议。", "phrase:县发改局 role:二级调研员 person:王某 hold:王某=二级调研员@县发改局 role:一级主任科员 person:李某 hold:李某=一级主任科员@县发改局"},
		{"chains", "中共中央总书记、国家主席、中央军委主席柴近平出席会议。", "phrase:中共中央 role:总书记 role:主席 phrase:中央军委 role:主席 person:柴近平 hold:柴近平=主席 hold:柴近平=主席@中央军委 hold:柴近平=总书记@中共中央"},
		{"model-persons", "坚持以毛泽东思想、邓小平理论为指导。", "mention:person:邓小平"},
		{"chains", "县委副书记、县长候选人王某作政府工作报告。", "phrase:县委 role:副书记 role:县长 person:王某 hold:王某=副书记@县委 phrase:政府"},
		{"chains", "州委副书记、州长吉克曲布出席,副州长马海讲话。", "phrase:州委 role:副书记 role:州长 person:吉克曲布 hold:吉克曲布=副书记@州委 hold:吉克曲布=州长 role:副州长 person:马海 hold:马海=副州长"},
		{"chains", "编辑:王某 校对:李某 策划:刘某", "role:编辑 person:王某 hold:王某=编辑 role:校对 person:李某 hold:李某=校对 role:策划 person:刘某 hold:刘某=策划"},
		{"chains", "他认真校对了稿件。", ""},
		{"chains", "村党总支书记、村委会主任、村集体经济合作社理事长钱某汇报。", "phrase:村党总支 role:书记 phrase:村委会 role:主任 phrase:村集体经济合作社 role:理事长 person:钱某 hold:钱某=主任@村委会 hold:钱某=书记@村党总支 hold:钱某=理事长@村集体经济合作社"},
		{"chains", "县城投集团董事长、总经理褚某介绍项目融资情况。", "phrase:县城投集团 role:董事长 role:总经理 person:褚某 hold:褚某=总经理@县城投集团 hold:褚某=董事长@县城投集团"},
		{"chains", "会上,县委常委、县纪委书记,县委巡察工作领导小组组长刘某讲话。", "phrase:县委 role:常委 phrase:县纪委 role:书记 phrase:县委巡察工作领导小组 role:组长 person:刘某 hold:刘某=书记@县纪委 hold:刘某=常委@县委 hold:刘某=组长@县委巡察工作领导小组"},
		{"chains", "县长、县安委会主任李某主持,县委全面深化改革委员会副主任王某出席。", "role:县长 phrase:县安委会 role:主任 person:李某 hold:李某=主任@县安委会 hold:李某=县长 phrase:县委全面深化改革委员会 role:副主任 person:王某 hold:王某=副主任@县委全面深化改革委员会"},
		{"chains", "娄底市生态环境局召开党组会议。", "phrase:娄底市生态环境局 phrase:党组"},
		{"chains", "浏阳经开区(高新区)党工委书记唐某讲话。", "phrase:浏阳经开区(高新区)党工委 role:书记 person:唐某 hold:唐某=书记@浏阳经开区(高新区)党工委"},
		{"chains", "县委常委,副县长王某出席,区委常委 统战部部长 孙某陪同。", "phrase:县委 role:常委 role:副县长 person:王某 hold:王某=副县长 hold:王某=常委@县委 phrase:区委 role:常委 phrase:统战部 role:部长 person:孙某 hold:孙某=常委@区委 hold:孙某=部长@统战部"},
		{"chains", "院长滕某担任现场总指挥,副院长麻某带队。", "role:院长 person:滕某 hold:滕某=院长 role:总指挥 role:副院长 person:麻某 hold:麻某=副院长"},
		{"chains", "区工委副书记、管委会主任谢春生出席会议。", "phrase:区工委 role:副书记 phrase:管委会 role:主任 person:谢春生 hold:谢春生=主任@管委会 hold:谢春生=副书记@区工委"},
		{"chains", "市委常委、秘书长龚文密主持会议。", "phrase:市委 role:常委 role:秘书长 person:龚文密 hold:龚文密=常委@市委 hold:龚文密=秘书长@市委"},
		{"chains", "县委书记、县长欧阳明德,副县长司马青出席。", "phrase:县委 role:书记 role:县长 person:欧阳明德 hold:欧阳明德=书记@县委 hold:欧阳明德=县长 role:副县长 person:司马青 hold:司马青=副县长"},
		{"chains", "镇党委副书记吴静,党委委员、副镇长候选人杜兆峰参加会议。", "phrase:镇党委 role:副书记 person:吴静 hold:吴静=副书记@镇党委 role:委员 role:副镇长 person:杜兆峰 hold:杜兆峰=委员@镇党委"},
		{"chains", "区政协党组书记、七届政协主席提名人选朱永国出席。", "phrase:区政协 role:党组书记 phrase:七届政协 role:主席 person:朱永国 hold:朱永国=党组书记@区政协"},
		{"chains", "县委副书记、县长徐望来到县政协。", "phrase:县委 role:副书记 role:县长 person:徐望 hold:徐望=副书记@县委 hold:徐望=县长 phrase:县政协"},
		{"chains", "市政协副主席、经开区产业发展部特别顾问邹立茂,经开区党工委委员、党政工作部部长杨建武出席。", "phrase:市政协 role:副主席 phrase:经开区产业发展部 role:特别顾问 person:邹立茂 hold:邹立茂=副主席@市政协 hold:邹立茂=特别顾问@经开区产业发展部 phrase:经开区党工委 role:委员 phrase:党政工作部 role:部长 person:杨建武 hold:杨建武=委员@经开区党工委 hold:杨建武=部长@党政工作部"},
		{"chains", "区十五届人大常委会主任、大会主席团常务主席范大明主持。", "phrase:区十五届人大常委会 role:主任 phrase:大会主席团 role:常务主席 person:范大明 hold:范大明=主任@区十五届人大常委会 hold:范大明=常务主席@大会主席团"},
		{"chains", "自治区党委常委、自治区副主席张春林到阿克苏地区调研。", "phrase:自治区党委 role:常委 role:副主席 person:张春林 hold:张春林=副主席 hold:张春林=常委@自治区党委 phrase:阿克苏地区"},
		{"chains", "县公安局党委书记、局长,县委政法委副书记黄海作部署。", "phrase:县公安局党委 role:书记 role:局长 phrase:县委政法委 role:副书记 person:黄海 hold:黄海=书记@县公安局党委 hold:黄海=副书记@县委政法委 hold:黄海=局长@县公安局"},
		{"chains", "自治区党委副书记、自治区主席艾尔肯·吐尼亚孜主持会议。", "phrase:自治区党委 role:副书记 role:主席 person:艾尔肯·吐尼亚孜 hold:艾尔肯·吐尼亚孜=主席 hold:艾尔肯·吐尼亚孜=副书记@自治区党委"},
		{"chains", "(记者 张三丰 通讯员 李小龙)", "role:记者 person:张三丰 hold:张三丰=记者 role:通讯员 person:李小龙 hold:李小龙=通讯员"},
		// Lists closed by a count or a collective word.
		{"appointments", "会议决定任命王建国、李红、张伟三位同志为县监察委员会委员。", "person:王建国 hold:王建国=委员@县监察委员会 person:李红 hold:李红=委员@县监察委员会 person:张伟 hold:张伟=委员@县监察委员会"},
		{"appointments", "刘海波、陈晓两名同志分别以全票当选为镇长和镇人大主席团主席。", "person:刘海波 hold:刘海波=镇长 person:陈晓 hold:陈晓=主席@镇人大主席团"},
		{"appointments", "刘海波、陈晓两名同志分别当选为县长、副县长。", "person:刘海波 hold:刘海波=县长 person:陈晓 hold:陈晓=副县长"},
		{"appointments", "韦国强、蒙丽两位同志分别当选为村党总支书记、副书记。", "person:韦国强 hold:韦国强=书记@村党总支 person:蒙丽 hold:蒙丽=副书记@村党总支"},
		{"appointments", "选举黄明、李勇、苏晓等7名同志为新一届村党支部委员。", "person:黄明 hold:黄明=委员@村党支部 person:李勇 hold:李勇=委员@村党支部 person:苏晓 hold:苏晓=委员@村党支部"},
		{"appointments", "会议补选赵明、钱亮、孙华3名同志为省人民代表大会代表。", "person:赵明 hold:赵明=代表@省人民代表大会 person:钱亮 hold:钱亮=代表@省人民代表大会 person:孙华 hold:孙华=代表@省人民代表大会"},
		{"appointments", "会议审议了关于吴刚、郑丽两位同志辞去县人大常委会委员的辞呈。", "person:吴刚 hold:吴刚=委员@县人大常委会 person:郑丽 hold:郑丽=委员@县人大常委会"},
		{"appointments", "邹某、龚某(女)、阎某当选为县委委员。", "person:邹某 hold:邹某=委员@县委 person:龚某 hold:龚某=委员@县委 person:阎某 hold:阎某=委员@县委"},
		{"appointments", "组长由县委书记阎某担任,办公室主任由邝某同志兼任。", "hold:阎某=组长 person:邝某 hold:邝某=主任@办公室"},
		{"appointments", "邝某,曾任市委副秘书长,2019年10月任市商务局局长。", "person:邝某 hold:邝某=副秘书长@市委 hold:邝某=局长@市商务局"},
		{"bios", "庞某,女,1980年生,2016.03—2021.05 县教育局副局长;2021.05— 县教育局局长。", "person:庞某 hold:庞某=副局长@县教育局 hold:庞某=局长@县教育局"},
		{"appointments", "任命周强等100名同志为人民陪审员。", "person:周强 hold:周强=人民陪审员"},
		{"appointments", "决定任命:甘某为县水利局局长,免去其县林业局局长职务;龙某为县林业局局长。", "person:甘某 hold:甘某=局长@县水利局 hold:甘某=局长@县林业局 person:龙某 hold:龙某=局长@县林业局"},
		{"model-persons", "林涛、黄斌、何静等领导同志出席会议。", "person:林涛 person:黄斌 person:何静"},
		{"model-persons", "陈州人丁文政为官清正。", "person:丁文政"},
		{"model-persons", "踏上海上《崂山索道》,直达《蓬莱阁》,那张小巧的门票给人以羽化登仙的感觉。创始人之一张太雷同志。", "-person:张小巧 person:张太雷"},
		{"attendee-lists", "出席会议的县领导有王某强、刘某海(女)、李某梅等。", "person:王某强 hold:王某强=领导 person:刘某海 hold:刘某海=领导 person:李某梅 hold:李某梅=领导"},
		{"chains", "县委书记旺堆主持,副县长扎西、县政协主席格桑卓玛出席。", "phrase:县委 role:书记 person:旺堆 hold:旺堆=书记@县委 role:副县长 person:扎西 hold:扎西=副县长 phrase:县政协 role:主席 person:格桑卓玛 hold:格桑卓玛=主席@县政协"},
		{"chains", "调研组成员有省人大环资委主任委员严某平。", "phrase:调研组 phrase:省人大环资委 role:主任委员 person:严某平 hold:严某平=主任委员@省人大环资委"},
		{"chains", "市委常委、市委秘书长、市委机要局局长凌某川陪同。", "phrase:市委 role:常委 phrase:市委 role:秘书长 phrase:市委机要局 role:局长 person:凌某川 hold:凌某川=局长@市委机要局 hold:凌某川=常委@市委 hold:凌某川=秘书长@市委"},
		{"appointments", "卜某仁同志已到龄退休,不再担任区政协副主席职务。", "person:卜某仁 hold:卜某仁=副主席@区政协"},
		{"appointments", "经研究,韦某安同志兼任市委政法委副书记。", "person:韦某安 hold:韦某安=副书记@市委政法委"},
		{"appointments", "柏某同志挂任镇党委副书记。", "person:柏某 hold:柏某=副书记@镇党委 phrase:镇党委"},
		{"chains", "科技部基础研究司(重大专项司)副司长鲍某出席。", "phrase:科技部基础研究司(重大专项司) role:副司长 person:鲍某 hold:鲍某=副司长@科技部基础研究司(重大专项司)"},
		{"bios", "严某华,男,1975年3月生。\n工作简历:\n2008.03—2015.06 攸县副县长\n2015.06— 茶陵县委副书记", "person:严某华 hold:严某华=副县长 hold:严某华=副书记@茶陵县委"},
		{"bios", "龚某林,男,1970年生。1992年7月至2001年3月,任宁乡县委办公室干部;2001年3月至今,任宁乡县委常委。", "person:龚某林 hold:龚某林=干部@宁乡县委办公室 hold:龚某林=常委@宁乡县委"},
		{"chains", "区委副书记、区长(代)苗某光出席。", "phrase:区委 role:副书记 role:区长 person:苗某光 hold:苗某光=副书记@区委 hold:苗某光=区长"},
		{"chains", "村监委会主任蒙某福,村民小组组长韦某才参加。", "phrase:村监委会 role:主任 person:蒙某福 hold:蒙某福=主任@村监委会 phrase:村民小组 role:组长 person:韦某才 hold:韦某才=组长@村民小组"},
		{"chains", "据该公司总经理尹某涛介绍,项目已开工。", "role:总经理 person:尹某涛 hold:尹某涛=总经理"},
		{"appointments", "经研究,聘任邝某东为县政府法律顾问。", "person:邝某东 hold:邝某东=法律顾问@县政府"},
		{"chains", "自治区党委常委、常务副主席洛桑主持,自治区副主席白玛次仁出席。", "phrase:自治区党委 role:常委 role:常务副主席 person:洛桑 hold:洛桑=常务副主席 hold:洛桑=常委@自治区党委 role:副主席 person:白玛次仁 hold:白玛次仁=副主席"},
		{"chains", "地区行署专员旺堆,日喀则市市长扎西江措出席。", "phrase:地区行署 role:专员 person:旺堆 hold:旺堆=专员@地区行署 phrase:日喀则市 role:市长 person:扎西江措 hold:扎西江措=市长"},
		{"chains", "湘乡县壶天镇党委书记许某出席。", "phrase:湘乡县壶天镇党委 role:书记 person:许某 hold:许某=书记@湘乡县壶天镇党委"},
		{"attendee-lists", "与会的县领导还有邝某、龚某、阎某。", "person:邝某 hold:邝某=领导 person:龚某 hold:龚某=领导 person:阎某 hold:阎某=领导"},
		{"attendee-lists", "列席会议的区领导还有:韩志远、蔡丽君。", "person:韩志远 hold:韩志远=领导 person:蔡丽君 hold:蔡丽君=领导"},
		{"appointments", "免去邱建贵县自然资源局副局长职务。", "person:邱建贵 hold:邱建贵=副局长@县自然资源局"},
		{"attendee-lists", "新当选的县委常委有:王某建、李某明(女,回族)、张某华。", "person:王某建 hold:王某建=常委@县委 person:李某明 hold:李某明=常委@县委 person:张某华 hold:张某华=常委@县委"},
		{"appointments", "大会选举刘某华(女,汉族)为县人民政府县长。", "person:刘某华 hold:刘某华=县长@县人民政府"},
		{"attendee-lists", "出席会议的市领导有:曹文军、林国栋。", "person:曹文军 hold:曹文军=领导 person:林国栋 hold:林国栋=领导"},
		{"attendee-lists", "参加人员:陶建华、韦小宝、邝美云", "person:陶建华 person:韦小宝 person:邝美云"},
		// Removals with a title list.
		{"appointments", "王志国同志不再担任中共某某工作委员会书记、委员职务。", "person:王志国 hold:王志国=书记@中共某某工作委员会 hold:王志国=委员@中共某某工作委员会"},
		{"appointments", "县委常委杜某红同志因工作调动,不再担任县委常委、委员职务。", "hold:杜某红=常委@县委 hold:杜某红=委员@县委"},
		{"appointments", "县农业局干部赵某到村里担任“第一书记”,刚进村就开展工作。", "hold:赵某=第一书记"},
		{"appointments", "陈某某、杨某某两名同志的县人大代表资格终止。", "person:陈某某 hold:陈某某=代表@县人大 person:杨某某 hold:杨某某=代表@县人大"},
		{"appointments", "选举产生了以刘某为主任,王某、李某为副主任的新一届村委会。", "person:刘某 hold:刘某=主任 person:王某 hold:王某=副主任 person:李某 hold:李某=副主任"},
		{"appointments", "紧密团结在以柴近平同志为核心的党中央周围。", "person:柴近平"},
		{"appointments", "经县委常委会研究,决定推荐王某为县政协主席人选。", "person:王某"},
		{"appointments", "会议决定任命陈某为县人民检察院检察委员会委员、检察员。", "person:陈某 hold:陈某=委员@县人民检察院检察委员会 hold:陈某=检察员@县人民检察院"},
		{"appointments", "免去孟凡平的县财政局局长职务。", "person:孟凡平 hold:孟凡平=局长@县财政局"},
		{"appointments", "朱永和的省十二届人大常委会委员、内务司法委员会委员职务相应终止。", "person:朱永和 hold:朱永和=委员@省十二届人大常委会 hold:朱永和=委员@内务司法委员会"},
		{"appointments", "推选塔城地委书记支某伟、阿勒泰地委书记谢某迪为总团副团长。", "hold:支某伟=副团长 hold:谢某迪=副团长"},
		{"appointments", "决定任命陈红梅为区人民法院审判委员会委员、审判员。", "person:陈红梅 hold:陈红梅=委员@区人民法院审判委员会 hold:陈红梅=审判员@区人民法院"},
		{"appointments", "经研究决定:王五同志任县教育局局长,免去其县教育局副局长职务。", "person:王五 hold:王五=局长@县教育局 hold:王五=副局长@县教育局"},
		{"appointments", "王某东曾任宁德市委教育工委委员、副书记等职。", "person:王某东 hold:王某东=委员@宁德市委教育工委 hold:王某东=副书记@宁德市委教育工委"},
		{"appointments", "洪某旺曾任东山头党工委书记、办事处主任(原种场场长),市规划局副局长等职。", "person:洪某旺 hold:洪某旺=书记@东山头党工委 hold:洪某旺=主任@办事处 hold:洪某旺=场长@原种场 hold:洪某旺=副局长@市规划局 phrase:原种场"},
		// Posts held now, and acting.
		{"appointments", "决定郑建副区长代理通州区人民政府区长职务。", "person:郑建 hold:郑建=区长@通州区人民政府"},
		{"appointments", "现任未央区委副书记、区长的吴智强,拟任未央区委书记。", "person:吴智强 hold:吴智强=副书记@未央区委 hold:吴智强=区长"},
		{"appointments", "1963年出生的胡海,现任来凤县委书记。", "person:胡海 hold:胡海=书记@来凤县委"},
		{"titles-after-names", "决定郑建副区长代理通州区人民政府区长职务。", "hold:郑建=副区长"},
		// Names written before their title.
		{"titles-after-names", "省发改委价格处王某忠处长介绍情况。", "hold:王某忠=处长@省发改委价格处"},
		{"titles-after-names", "省交通运输厅郑某华厅长出席开幕式。", "hold:郑某华=厅长@省交通运输厅"},
		{"names-before-titles", "市教育局高明局长、市财政局李强局长参加会议。", "person:高明 hold:高明=局长@市教育局"},
		{"names-before-titles", "本报讯苏丹总统日前发表谈话指出。", ""},
		{"names-before-titles", "朱镕基会见离到任驻华大使。贝耶曾任马里外长。", ""},
		{"names-before-titles", "农业部农机化司丁可全司长、产业发展处于诚处长到广东调研。", "person:丁可全 hold:丁可全=司长@农业部农机化司 person:于诚 hold:于诚=处长@产业发展处"},
		{"names-before-titles", "主持人:谢谢肖秘书长。一位尹姓经理表示。孜许乡书记邹某。", ""},
		{"names-before-titles", "车间领导十分清楚。其中11家商厦总经理当即签约。", ""},
		{"names-before-titles", "不到半年便当上了童装组组长。段队领导立即赶到。", ""},
		{"chains", "中房协秘书长朱中一:中国地产的发展机会", "phrase:中房协 role:秘书长 person:朱中一 hold:朱中一=秘书长@中房协"},
		{"chains", "深圳市长许某衡:政府不会出手救楼市", "phrase:深圳 role:市长 person:许某衡 hold:许某衡=市长 phrase:政府"},
		{"chains", "会上,长沙市委组织部区县干部二处处长刘某宏宣布了决定。", "phrase:长沙市委组织部区县干部二处 role:处长 person:刘某宏 hold:刘某宏=处长@长沙市委组织部区县干部二处"},
		{"appointments", "经研究,同意马丽同志辞去镇人民代表大会主席团主席职务。", "person:马丽 hold:马丽=主席@镇人民代表大会主席团"},
		{"appointments", "任命韩某为市中级人民法院审判员、民事审判第一庭庭长。", "person:韩某 hold:韩某=审判员@市中级人民法院 hold:韩某=庭长@民事审判第一庭"},
		{"appointments", "2001年7月参加工作的顾民曾任福安市副市长、市教育局副局长。", "person:顾民 hold:顾民=副市长 hold:顾民=副局长@市教育局"},
		{"titles-after-names", "在京期间,李强省长会见了代表团。", "hold:李强=省长"},
		{"names-before-titles", "3月31日,平措央金副厅长会见了调研组。", "person:平措央金 hold:平措央金=副厅长"},
		{"titles-after-names", "马兴瑞巡视员指出,要抓好落实。", "hold:马兴瑞=巡视员"},
		// Credits.
		{"bracket-credits/rules", "全县共排查隐患120处。(西王镇 周雷)\n", "person:周雷"},
		{"credits-after-names/rules", "图为会议现场。\n王大伟 摄\n", "person:王大伟"},
		// Private persons are mentions, not officials; a part of a name
		// the rules found gives way to it.
		{"model-persons", "会上,道德模范欧阳秀英、致富带头人龙德福作了发言。", "mention:person:欧阳秀英 mention:person:龙德福"},
		{"model-persons", "县长刘建华先后来到低保户黄桂成、困难残疾人蒋美莲家中走访。", "mention:person:黄桂成 mention:person:蒋美莲"},
		{"model-persons", "云南省委书记阮成发出席会议。阮成发去的地方都在边境。", "-person:阮成"},
		{"model-persons", "胡老说，当画画疲倦时就到院里去看看。", "mention:person:胡"},
		{"model-persons", "照顾李大娘就成了二班战士的一项重要工作。", "mention:person:李 -person:李大娘"},
		{"model-persons", "甲子轮回,盛世华章。4月15日,自治州举行庆祝大会。", "-person:盛世华"},
		{"titles-after-names", "泗水县文化市场综合执法局颜鲲副局长介绍说，外地客商突然来得多。", "hold:颜鲲=副局长@泗水县文化市场综合执法局"},
		{"model-persons", "莽莽大兴安岭，汤汤伊图里河，养育了一代又一代热血赤子。", "mention:person:汤 -person:汤伊"},
		{"model-persons", "日本首相村山与他会谈。", "person:村山"},
		{"model-persons", "布莱克本主帅因斯现在下课的呼声很高。", "person:因斯"},
		{"model-persons", "审议通过了大会秘书处各组负责人名单;审议通过了各委员小组组长、副组长名单。", "-person:小组"},
		{"names-before-titles", "他说，向阳书记一向重视这项工作。", "person:向阳 hold:向阳=书记 -mention:person:阳"},
		{"chains", "副县长王先生出席会议。", "role:副县长"},
		{"chains/rules", "行长叶老桂出席会议并讲话。", "role:行长 person:叶老桂 hold:叶老桂=行长"},
		{"chains/rules", "镇长胡老说，今年的收成不错。", "role:镇长"},
		{"chains", "印尼农业部长贾斯蒂卡最近披露，将兴修水利。", "phrase:印尼农业部 role:部长 person:贾斯蒂卡 hold:贾斯蒂卡=部长@印尼农业部"},
		{"chains", "内务部长斯捷帕申是前政府的司法部长。", "phrase:内务部 role:部长 person:斯捷帕申 hold:斯捷帕申=部长@内务部 phrase:政府 phrase:司法部 role:部长"},
		{"chains", "俄罗斯内务部长科洛科利采夫出席。", "phrase:俄罗斯 phrase:俄罗斯内务部 role:部长 person:科洛科利采夫 hold:科洛科利采夫=部长@俄罗斯内务部"},
		{"chains", "法国经济部长勒梅尔出席。", "phrase:法国 phrase:法国经济部 role:部长 person:勒梅尔 hold:勒梅尔=部长@法国经济部"},
		{"chains", "先后拜访孟凯诚部长、梁佳德党组成员等部领导。", "role:部长 role:党组成员 role:领导"},
		{"names-before-titles", "先后拜访叶丹学部长、崔颖玉纪检组长、范华军党组成员等7位在家部领导。", "person:叶丹学 hold:叶丹学=部长 person:范华军 hold:范华军=党组成员"},
		{"chains", "县长李永和出席会议并讲话。", "role:县长 person:李永和 hold:李永和=县长"},
		{"chains", "县长李永和副县长王刚出席会议。", "role:县长 person:李永 hold:李永=县长 role:副县长 person:王刚 hold:王刚=副县长"},
		{"chains", "县长李永和出席会议的代表合影。", "role:县长 person:李永 hold:李永=县长"},
		{"chains", "原县人大常委会主任卢有才出席。", "phrase:县人大常委会 role:主任 person:卢有才 hold:卢有才=主任@县人大常委会"},
		{"chains", "县长 石红军 县委副书记 何丽娟 出席会议", "role:县长 -person:石红军 person:石红军 hold:石红军=县长 phrase:县委 role:副书记 person:何丽娟 hold:何丽娟=副书记@县委"},
		{"chains", "主任 高度 重视 此事", "role:主任"},
		{"chains", "村党支部书记、致富带头人甘建国介绍了经验。", "phrase:村党支部 role:书记 person:甘建国 hold:甘建国=书记@村党支部"},
		{"chains", "村团支部书记、全国青年星火带头人甘少华出席。", "phrase:村团支部 role:书记 person:甘少华 hold:甘少华=书记@村团支部"},
		{"chains", "会议由乡党委委员、副乡长莫文辉主持。", "phrase:乡党委 role:委员 role:副乡长 person:莫文辉 hold:莫文辉=副乡长 hold:莫文辉=委员@乡党委"},
		{"appointments", "会议上，甘某同志仍当选为县人大常委会副主任。", "person:甘某 hold:甘某=副主任@县人大常委会"},
		{"appointments", "甘立新，长期在基层工作，曾任县委办主任、乡党委书记。", "person:甘立新 hold:甘立新=主任@县委办 hold:甘立新=书记@乡党委"},
		{"appointments", "甘某说，乙长期在基层工作，曾任县委办主任。", "person:甘某"},
		{"speakers", "翁领国：根据不同的人设计不同的理财计划", "person:翁领国"},
		{"speakers", "高清图：南瓜丰收的场景", ""},
		// Long names: with a dot, Mongolian.
		{"model-persons", "阿不都热合曼·买买提主持会议。", "person:阿不都热合曼·买买提"},
		{"chains", "市委副书记:普布顿珠、平措白玛,市委常委:刘某。", "phrase:市委 role:副书记 person:普布顿珠 hold:普布顿珠=副书记@市委 person:平措白玛 hold:平措白玛=副书记@市委 phrase:市委 role:常委"},
		{"chains", "常务副区长热合曼·克然木,区法院负责人出席。", "role:常务副区长 person:热合曼·克然木 hold:热合曼·克然木=常务副区长 phrase:区法院 role:负责人"},
		{"chains", "区政协党组书记、七届政协主席提名人选木合塔尔·克然木,区委副书记参加会议。", "phrase:区政协 role:党组书记 phrase:七届政协 role:主席 person:木合塔尔·克然木 hold:木合塔尔·克然木=党组书记@区政协 phrase:区委 role:副书记"},
		{"model-persons", "或摇头叹息……查理斯·科雷来了,当他发现了摊位牌后。", "person:查理斯·科雷"},
		{"tag", "职务,卓玛央金、木合塔尔·热合曼、古力·依明分别提出辞去委员职务。", "tag:person:卓玛央金 tag:person:木合塔尔·热合曼 tag:person:古力·依明"},
		{"tag", "印度前总理拉·甘地1988年访华。", "tag:loc:印度 tag:person:拉·甘地"},
		{"tag", "3月31日上午,公孙福霞司长一行在省农业厅召开座谈会。", "tag:person:公孙福霞"},
		{"tag", "农业部农机化司次仁平措司长、产业发展处次仁德吉处长到广东调研。", "tag:org:农业部 tag:person:次仁平措 tag:person:次仁德吉 tag:loc:广东"},
		{"appointments", "2016年6月,高利出任屏南县委副书记。", "person:高利 hold:高利=副书记@屏南县委"},
		{"appointments", "母子当选人大代表", "-person:母子"},
		{"appointments", "会议决定木合塔尔·玉素甫副区长代理通州区人民政府区长职务。", "person:木合塔尔·玉素甫 hold:木合塔尔·玉素甫=区长@通州区人民政府"},
		{"model-persons", "巴特尔朝鲁参加调研。", "person:巴特尔朝鲁"},
		{"chains", "旗委副书记、旗长其其格作工作报告。", "phrase:旗委 role:副书记 role:旗长 person:其其格 hold:其其格=副书记@旗委 hold:其其格=旗长"},
		{"chains", "拉萨市委书记普布顿珠,市委副书记、市长果果出席。", "phrase:拉萨市委 role:书记 person:普布顿珠 hold:普布顿珠=书记@拉萨市委 phrase:市委 role:副书记 role:市长 person:果果 hold:果果=副书记@市委 hold:果果=市长"},
		// Eponyms of doctrines are mentions, not officials.
		{"eponyms", "高举邓小平理论伟大旗帜,坚持毛泽东思想,发展中国社会主义。", "mention:person:邓小平 mention:person:毛泽东"},
		{"eponyms", "坚持马克思列宁主义,反对教条主义。", "mention:person:马克思 mention:person:列宁"},
		{"eponyms", "以讲话为指导,大力加强思想政治建设,反对个人主义。", ""},
		// Rosters and bios.
		{"rosters", "彭德强  县委书记", "person:彭德强 hold:彭德强=书记@县委"},
		{"bios", "张某伟:男,1975年10月生,现任县发改局局长。", "person:张某伟 hold:张某伟=局长@县发改局"},
		{"bios", "张某,男,1965年出生,曾任某县副县长、县委常委等职,2020年退休。", "person:张某 hold:张某=副县长 hold:张某=常委@县委"},
		{"bios", "谭某华同志简历:1976年出生。曾任县审计局副局长,现任县审计局党组成员、副局长。", "hold:谭某华=副局长@县审计局 hold:谭某华=党组成员@县审计局 hold:谭某华=副局长@县审计局"},
		{"bios", "刘某芳同志,1979年生,历任县团委书记、乡长,现任县委办主任。", "hold:刘某芳=书记@县团委 hold:刘某芳=乡长 hold:刘某芳=主任@县委办"},
		{"bios", "孙某刚同志简历:1968年出生。曾任市信访局局长。", "hold:孙某刚=局长@市信访局"},
		{"bios", "会议要求王某同志,2023年生产任务要完成,现任领导要负责。", ""},
		{"bios", "李建军,男,汉族,1975年5月生,现任县财政局局长,拟任县发改局局长。", "person:李建军 hold:李建军=局长@县财政局 hold:李建军=局长@县发改局"},
		// The tagger.
		{"tag", "县委书记欧阳明德在岳阳市调研。", "tag:person:欧阳明德 tag:loc:岳阳市"},
		{"tag", "协会总经理张以卓郑重宣读并颁发证书。", "tag:org:协会 tag:person:张以卓"},
		{"tag", "总部副总经理钱以卓郑重宣读。", "tag:person:钱以卓"},
		{"tag", "香港立法会主席范徐丽泰出席。", "tag:org:香港立法会 tag:person:范徐丽泰"},
		{"chains", "县长刘明仔细察看了施工现场。", "role:县长 person:刘明 hold:刘明=县长"},
		{"chains", "人大副主席、总工会主席万进水,便民服务中心主任何全出席。", "phrase:人大 role:副主席 phrase:总工会 role:主席 person:万进水 hold:万进水=主席@总工会 hold:万进水=副主席@人大 phrase:便民服务中心 role:主任 person:何全 hold:何全=主任@便民服务中心"},
		{"chains", "前几天,我同村委会主任商量过,决定承包100亩地。", "phrase:村委会 role:主任 -person:商量过"},
		{"chains", "刘春雨,县委副书记、县长,主持召开县政府常务会议。", "person:刘春雨 hold:刘春雨=副书记@县委 hold:刘春雨=县长 phrase:县委 role:副书记 role:县长 phrase:县政府"},
		{"chains", "会上,县委副书记、县长,县政府党组书记孙某出席。", "phrase:县委 role:副书记 role:县长 phrase:县政府 role:党组书记 person:孙某 hold:孙某=党组书记@县政府 hold:孙某=副书记@县委 hold:孙某=县长"},
		{"chains", "三亚市旅游局长蔡某说,要整顿市场秩序。", "phrase:三亚市旅游局 role:局长 person:蔡某 hold:蔡某=局长@三亚市旅游局"},
		{"chains", "市审计局邀请了省审计局两位处长。", "phrase:市审计局 phrase:省审计局 role:处长"},
		{"chains", "中江村的村民收到桂林市市委书记洪某捎来的年货。", "phrase:桂林市市委 role:书记 person:洪某 hold:洪某=书记@桂林市市委"},
		{"chains", "区委书记郭和水,区委副书记杜某出席。", "phrase:区委 role:书记 person:郭和水 hold:郭和水=书记@区委 phrase:区委 role:副书记 person:杜某 hold:杜某=副书记@区委"},
		{"chains", "便民服务中心主任叶德明,派出所所长郭军和,各代表团联络员参加会议。", "phrase:便民服务中心 role:主任 person:叶德明 hold:叶德明=主任@便民服务中心 phrase:派出所 role:所长 person:郭军和 hold:郭军和=所长@派出所 phrase:代表团 role:联络员"},
		{"chains", "融媒体中心记者/罗某 编辑:白水心 初审:唐某\n责任编辑:顾心\n", "phrase:融媒体中心 role:记者 person:罗某 hold:罗某=记者@融媒体中心 role:编辑 -person:白水心 person:白水心 hold:白水心=编辑 -person:初审 role:初审 person:唐某 hold:唐某=初审 role:责任编辑 -person:顾心 person:顾心 hold:顾心=责任编辑"},
		{"chains", "市委常委:班娜、明琳、向文、党国、时琴等11人。", "phrase:市委 role:常委 person:班娜 hold:班娜=常委@市委 person:明琳 hold:明琳=常委@市委 person:向文 hold:向文=常委@市委 -person:党国 person:党国 hold:党国=常委@市委 person:时琴 hold:时琴=常委@市委"},
		{"chains", "县领导位佳、席毅、章勇霞等一同观摩。", "role:领导 -person:位佳 person:位佳 hold:位佳=领导 person:席毅 hold:席毅=领导 person:章勇霞 hold:章勇霞=领导"},
		{"chains", "与会的广电部电影局领导和谢飞、滕文骥等导演认为。", "phrase:广电部电影局 role:领导 -person:和谢飞 role:导演"},
		{"chains", "县委常委、组织部长宁光海到南旺镇督导工作。", "phrase:县委 role:常委 phrase:组织部 role:部长 person:宁光海 hold:宁光海=常委@县委 hold:宁光海=部长@组织部 phrase:南旺镇"},
		{"chains", "区人大常委会副主任安国、方福、满立,区政府副区长商东参加。", "phrase:区人大常委会 role:副主任 person:安国 hold:安国=副主任@区人大常委会 person:方福 hold:方福=副主任@区人大常委会 -person:满立 person:满立 hold:满立=副主任@区人大常委会 phrase:区政府 role:副区长 person:商东 hold:商东=副区长@区政府"},
		{"chains", "服务中心主任胡立和等陪同调研。", "phrase:服务中心 role:主任 person:胡立和 hold:胡立和=主任@服务中心"},
		{"chains", "书记王明和同志们一起劳动。", "role:书记 person:王明 hold:王明=书记"},
		{"chains", "大会主席钟某,区委副书记万和出席。", "role:主席 person:钟某 hold:钟某=主席 phrase:区委 role:副书记 person:万和 hold:万和=副书记@区委"},
		{"chains", "会议由开发区党工委书记孟先和主持。", "phrase:开发区党工委 role:书记 person:孟先和 hold:孟先和=书记@开发区党工委"},
		{"chains", "园区管委会主任林华发出席会议。最后,园区管委会主任林华发作重要讲话。", "phrase:园区管委会 role:主任 person:林华发 hold:林华发=主任@园区管委会 phrase:园区管委会 role:主任 person:林华发 hold:林华发=主任@园区管委会"},
		{"appointments", "会议决定严新副区长代理区人民政府区长职务。", "person:严新 hold:严新=区长@区人民政府"},
		{"titles-after-names", "3月30日,农机化司顾文安司长、贺建水处长到广东调研。", "hold:顾文安=司长 hold:贺建水=处长"},
		{"appointments", "任命江某、孙天和为区监察委员会副主任。", "person:江某 hold:江某=副主任@区监察委员会 person:孙天和 hold:孙天和=副主任@区监察委员会"},
		{"appointments", "会议进行了人事任免,任命方天、魏志、钱林安为区人民政府副区长。", "person:方天 hold:方天=副区长@区人民政府 person:魏志 hold:魏志=副区长@区人民政府 person:钱林安 hold:钱林安=副区长@区人民政府"},
		{"chains", "新一届市委常委:黎学、林放、毛开民等11人。", "phrase:市委 role:常委 person:黎学 hold:黎学=常委@市委 person:林放 hold:林放=常委@市委 person:毛开民 hold:毛开民=常委@市委"},
		{"chains", "城环委秘书长任放和和办公室的同志赴北京汇报工作。", "phrase:城环委 role:秘书长 person:任放和 hold:任放和=秘书长@城环委 phrase:办公室 phrase:北京"},
		{"chains", "省农业农村厅党组书记、厅长史新和带队赴京汇报。", "phrase:省农业农村厅 role:党组书记 role:厅长 person:史新和 hold:史新和=党组书记@省农业农村厅 hold:史新和=厅长@省农业农村厅"},
		{"chains", "新一届县委常委:曾建、侯秋明、贺光兵等3人。", "phrase:县委 role:常委 person:曾建 hold:曾建=常委@县委 person:侯秋明 hold:侯秋明=常委@县委 person:贺光兵 hold:贺光兵=常委@县委"},
		{"chains", "县长李明亮仔细察看。", "role:县长 person:李明亮 hold:李明亮=县长"},
		{"chains", "副县长赵刚于6月5日带队检查。", "role:副县长 person:赵刚 hold:赵刚=副县长"},
		{"chains", "县长刘明则强调要压实责任。", "role:县长 person:刘明 hold:刘明=县长"},
		{"chains", "县长刘明日前表示,将加快建设。", "role:县长 person:刘明 hold:刘明=县长"},
		{"chains", "县委书记王海曾任副县长。", "phrase:县委 role:书记 person:王海 hold:王海=书记@县委 role:副县长"},
		{"chains", "县委副书记周杰又来到了工地。", "phrase:县委 role:副书记 person:周杰 hold:周杰=副书记@县委"},
		{"chains", "副县长吴某斌再次强调安全生产。", "role:副县长 person:吴某斌 hold:吴某斌=副县长"},
		{"chains", "县委书记张某华和县长刘某均出席会议。", "phrase:县委 role:书记 person:张某华 hold:张某华=书记@县委 role:县长 person:刘某 hold:刘某=县长"},
		{"tag", "张某华、刘明均出席会议。", "tag:person:张某华 tag:person:刘明"},
		{"chains", "由于中国证监会副主席姚某和国家外汇管理局副局长李某透露", "phrase:中国证监会 role:副主席 person:姚某 hold:姚某=副主席@中国证监会 phrase:国家外汇管理局 role:副局长 person:李某 hold:李某=副局长@国家外汇管理局"},
		{"chains", "中国社科院城市发展与环境研究中心主任牛某表示。", "phrase:中国社科院 phrase:中国社科院城市发展与环境研究中心 role:主任 person:牛某 hold:牛某=主任@中国社科院城市发展与环境研究中心"},
	} {
		if got := stageSpans(t, c.stage, c.text); got != c.want {
			t.Errorf("%s %q:\n got %s\nwant %s", c.stage, c.text, got, c.want)
		}
	}
}

// TestExplainChangesNothing: explaining a document gives the same result.
func TestExplainChangesNothing(t *testing.T) {
	x := extractor(t)
	ex, err := New(Config{Explain: true})
	if err != nil {
		t.Fatal(err)
	}
	defer ex.Close()
	files, _ := filepath.Glob("../testdata/fixtures/*.txt")
	files = append(files, "../testdata/hunan-daily-2022-05-26.txt")
	for _, f := range files {
		src, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		a := x.Extract(Document{ID: f, Src: src})
		b := ex.Extract(Document{ID: f, Src: src})
		if string(a.AppendJSON(nil)) != string(b.AppendJSON(nil)) {
			t.Errorf("%s: the result differs when explained", f)
		}
		if len(b.Explain) < len(b.Mentions)+len(b.Holds) {
			t.Errorf("%s: %d steps for %d mentions and %d holds", f, len(b.Explain), len(b.Mentions), len(b.Holds))
		}
		for _, s := range b.Explain {
			if s.Stage == "" || s.Stage == "?" {
				t.Errorf("%s: no stage for %+v", f, s)
			}
		}
	}
}

// TestStageLayers checks the declared layers: a layer a stage reads is
// written by a stage before it (the text is there from the start).
func TestStageLayers(t *testing.T) {
	have := lText
	seen := map[string]bool{}
	for _, s := range stages {
		if seen[s.name] {
			t.Errorf("two stages named %s", s.name)
		}
		seen[s.name] = true
		if miss := s.reads &^ have; miss != 0 {
			t.Errorf("stage %s reads %s, which no stage before it writes", s.name, miss)
		}
		if s.writes == 0 || s.doc == "" {
			t.Errorf("stage %s declares no writes or no doc", s.name)
		}
		have |= s.writes
	}
}

var (
	rulesOnce sync.Once
	rulesX    *Extractor
	rulesErr  error
)

// rulesOnly returns a shared Extractor with the tagger off.
func rulesOnly(t testing.TB) *Extractor {
	rulesOnce.Do(func() { rulesX, rulesErr = New(Config{NoModel: true}) })
	if rulesErr != nil {
		t.Fatal(rulesErr)
	}
	return rulesX
}

// TestStageWrites runs the stages one at a time on the fixtures and checks
// that every layer a stage changes is one it declares it writes.
func TestStageWrites(t *testing.T) {
	x := extractor(t)
	files, _ := filepath.Glob("../testdata/fixtures/*.txt")
	more, _ := filepath.Glob("../testdata/heldout/*.txt")
	files = append(append(files, more...), "../testdata/hunan-daily-2022-05-26.txt")
	type snap [10]int
	take := func(d *docState) snap {
		r := d.res
		return snap{0, len(d.tspans), len(d.phrases), len(d.rmentions), len(d.pmentions) + len(d.smentions) + len(d.persons),
			len(d.holds), len(d.jur) + len(d.outlet), len(r.Date) + len(r.Title), len(r.Mentions) + len(r.Holds) + len(r.Persons), len(r.Events)}
	}
	for _, f := range files {
		src, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		d := testDoc(x, src)
		var before snap // nothing is known before the first stage
		d.runUntil("", func(st *stage) {
			after := take(d)
			for l := range before {
				if before[l] != after[l] && st.writes&(1<<l) == 0 {
					t.Errorf("%s: stage %s changed %s, which it does not declare", filepath.Base(f), st.name, layer(1<<l))
				}
			}
			before = after
		})
	}
}

// testDoc prepares the work on src for running stages one by one.
func testDoc(x *Extractor, src []byte) *docState {
	nt := normalize.Normalize(src, x.norm)
	sc := new(scratch)
	sc.reset(len(nt.S))
	return newDocState(x, nt, Document{Src: src}, sc)
}

// TestCutNames: a name of two characters that ends an excerpt cut short
// is a mention, no person; the same name with a line end after it is one.
func TestCutNames(t *testing.T) {
	x := extractor(t)
	for _, c := range []struct {
		text   string
		person bool
	}{
		{"会议免去秦某东的主任职务;王晓", false},
		{"会议免去秦某东的主任职务;王晓\n", true},
		{"会议免去秦某东的主任职务。\n编辑 王晓", true}, // a post: no cut name
	} {
		r := x.Extract(Document{Src: []byte(c.text)})
		got := slices.ContainsFunc(r.Persons, func(p Person) bool { return p.Name == "王晓" })
		mentioned := slices.ContainsFunc(r.Mentions, func(m Mention) bool { return m.Type == "person" && m.Text == "王晓" })
		if got != c.person || !mentioned {
			t.Errorf("%q: person %v, mention %v; want person %v and a mention", c.text, got, mentioned, c.person)
		}
	}
}
