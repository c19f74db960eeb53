package ner

import (
	"sort"
	"strings"
	"testing"
)

// holdsOf returns the holds found in s as sorted "person/role/org/canonical".
func holdsOf(t *testing.T, s string) string {
	r := extractor(t).Extract(Document{Src: []byte(s)})
	var out []string
	for _, h := range r.Holds {
		x := h.Person + "/" + h.Role + "/" + h.Org + "/" + h.OrgCanonical
		if h.Status != "" {
			x += "/" + h.Status
		}
		out = append(out, x)
	}
	sort.Strings(out)
	return strings.Join(out, " ")
}

func TestHolds(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		// Title chains.
		{"岳阳经开区召开会议。区工委副书记、管委会主任谢春生主持", "谢春生/主任/管委会/岳阳经开区管委会 谢春生/副书记/区工委/岳阳经开区工委"},
		{"平江县召开会议,县委书记张三出席。", "张三/书记/县委/平江县委"},
		{"日本中小学生实行营养配餐。中国农科院梅某权教授说。", "梅某权/教授/中国农科院/中国农科院"},
		{"湖南省委组织部部长李四指出", "李四/部长/湖南省委组织部/湖南省委组织部"},
		// A prefecture's committee written bare, in an article about one of its counties.
		{"和田地区召开会议。在墨玉县,地委副书记吴某成调研。", "吴某成/副书记/地委/和田地区地委"},
		// A 厅 is the province's; a 居委会 the community's written before it.
		// A ministry's own 部 and its departments the lexicons lack.
		{"生态环境部召开会议。部党组书记、部长黄某秋出席。大气环境司司长刘某军主持。", "刘某军/司长/大气环境司/大气环境司 黄某秋/党组书记/部/生态环境部 黄某秋/部长//生态环境部"},
		// A region's chairman heads its government: the place is no body.
		{"宁夏回族自治区副主席马某军到固原市调研。", "马某军/副主席//宁夏回族自治区政府"},
		{"甘肃省副省长、公安厅厅长刘某斌到张掖市调研。", "刘某斌/副省长//甘肃省政府 刘某斌/厅长/公安厅/甘肃省公安厅"},
		{"城关街道召开会议。在东关社区,社区党委书记、居委会主任孟某英介绍情况。", "孟某英/主任/居委会/东关社区居委会 孟某英/书记/社区党委/东关社区党委"},
		// A bare level body after a body of a place of that level in its sentence is that place's.
		{"醴陵市召开会议。株洲市委书记曹某,市委副书记、市长龙某辉陪同。", "曹某/书记/株洲市委/株洲市委 龙某辉/副书记/市委/株洲市委 龙某辉/市长//株洲市政府"},
		// A bare body whose holder travels to a place, also named after its province, is not that place's.
		{"市委书记严某华率市党政代表团赴浙江嘉兴考察。嘉兴市委书记陈某会见。", "严某华/书记/市委/市委 陈某/书记/嘉兴市委/嘉兴市委"},
		// A zone the gazetteer cannot place.
		{"空港经济区党工委书记汤某出席。", "汤某/书记/空港经济区党工委/空港经济区党工委"},
		// A state bank's or company's branch named by its place or its level.
		{"国网岳阳供电公司党委书记、总经理童某林陪同。", "童某林/书记/国网岳阳供电公司党委/国网岳阳供电公司党委 童某林/总经理/国网岳阳供电公司/国网岳阳供电公司"},
		{"平江县召开会议。中国农业银行县支行行长黎某芳汇报。", "黎某芳/行长/中国农业银行县支行/中国农业银行平江县支行"},
		{"平江县召开会议。县职业中专校长柳某文、县供销社主任柯某参加。", "柯某/主任/县供销社/平江县供销社 柳某文/校长/县职业中专/平江县职业中专"},
		// A credit's label is no title of the next credit's name.
		{"(县文旅局 供稿 编辑:贾某宁)", "贾某宁/编辑//"},
		// Judges' and prosecutors' grades, and a procuratorate's 政治部.
		{"市检察院党组成员、政治部主任阎某军,市中级法院三级高级法官孔某参加。", "孔某/三级高级法官/市中级法院/市中级法院 阎某军/主任/政治部/政治部 阎某军/党组成员/市检察院/市检察院"},
		// A shared title before a list of names.
		{"区工委领导王五、赵六出席", "王五/领导/区工委/区工委 赵六/领导/区工委/区工委"},
		// Bylines.
		{"(记者 刘七)", "刘七/记者//"},
		// A contracted title: 纪检组长 is 组长 of the 纪检组.
		{"县质监局纪检组长蔡某锋参加。", "蔡某锋/组长/县质监局纪检组/县质监局纪检组"},
		// A head of government with no body written.
		{"灞桥区召开大会,区委副书记、区长李良主持", "李良/副书记/区委/灞桥区委 李良/区长//灞桥区政府"},
		// A name right after a title ending in a surname character.
		{"灞桥区区长安文哲出席", "安文哲/区长//灞桥区政府"},
		// Titles in brackets after names in a list.
		{"衡东县召开大会。出席会议的县领导有:阳某辉(县委书记)、谌某亮(县委副书记、县长)。", "谌某亮/副书记/县委/衡东县委 谌某亮/县长//衡东县政府 阳某辉/书记/县委/衡东县委"},
		// 原 marks a former post.
		{"九江市人大常委会原副主任邹某华接受审查。", "邹某华/副主任/九江市人大常委会/九江市人大常委会/former"},
		// 党组书记 after another title; a community and its committee.
		{"六盘水市召开会议。市政协主席、党组书记殷某新出席。", "殷某新/主席/市政协/六盘水市政协 殷某新/党组书记/市政协/六盘水市政协"},
		{"双井街道召开会议。九龙社区党委书记、居委会主任晏某萍发言。", "晏某萍/主任/居委会/九龙社区居委会 晏某萍/书记/九龙社区党委/九龙社区党委"},
		// A company, its party committee and its titles.
		{"郑某勤一行到甘肃能源化工投资集团调研。集团党委书记、董事长仲某东,党委副书记、总经理柴某伟陪同。", "仲某东/书记/党委/甘肃能源化工投资集团党委 仲某东/董事长/甘肃能源化工投资集团/甘肃能源化工投资集团 柴某伟/副书记/党委/甘肃能源化工投资集团党委 柴某伟/总经理/甘肃能源化工投资集团/甘肃能源化工投资集团"},
		{"甘肃省国资委党委书记、主任郑某勤调研。", "郑某勤/主任/甘肃省国资委/甘肃省国资委 郑某勤/书记/甘肃省国资委党委/甘肃省国资委党委"},
		// A head of government where no place is written.
		{"会议召开。市委副书记、市长毛某成讲话。", "毛某成/副书记/市委/市委 毛某成/市长//市政府"},
		// Appointment lists after a colon.
		{"任命:\n苟某杰为遂宁市教育局局长;\n阙某勇为遂宁市交通运输局副局长。\n免去:\n蒲某华的遂宁市教育局局长职务。", "苟某杰/局长/遂宁市教育局/遂宁市教育局/appointed 蒲某华/局长/遂宁市教育局/遂宁市教育局/removed 阙某勇/副局长/遂宁市交通运输局/遂宁市交通运输局/appointed"},
		// A list of names elected to one title.
		{"选举甘某平、詹某燕为湖北省人民政府副省长。", "甘某平/副省长/湖北省人民政府/湖北省政府/elected 詹某燕/副省长/湖北省人民政府/湖北省政府/elected"},
		// A chain with its own place ends a list of names.
		// An office after a committee in a chain is the committee's, a bureau is not.
		{"华容县召开会议,县委常委、办公室主任黄某陪同。", "黄某/主任/办公室/华容县委办公室 黄某/常委/县委/华容县委"},
		// A head of government who travels to a place is not its head.
		{"市长陈某率队赴深圳招商。", "陈某/市长//"},
		{"岳阳市召开会议,市长陈某到岳阳县调研。", "陈某/市长//岳阳市政府"},
		{"宁乡市召开会议。大成桥镇党委书记彭某梅、双江口镇镇长邓某强汇报。", "彭某梅/书记/大成桥镇党委/大成桥镇党委 邓某强/镇长//双江口镇政府"},
		// A village named in the paragraph before its bare committee.
		{"宁乡市领导到乡村调研。在大成桥镇鹊山村,村党总支书记谢某平介绍了情况。", "谢某平/书记/村党总支/鹊山村党总支"},
		// Places after places lie in them: 鼎城区公安分局, not 公安县.
		{"常德市召开会议。鼎城区公安分局交警大队大队长覃某斌发言。", "覃某斌/大队长/鼎城区公安分局交警大队/鼎城区公安分局交警大队"},
		// A university, its party committee and its president.
		{"南昌大学党委书记黄某泽,校长谭某辉陪同。", "谭某辉/校长/南昌大学/南昌大学 黄某泽/书记/南昌大学党委/南昌大学党委"},
		// Minority names with a dot; an ethnic township.
		{"伊犁哈萨克自治州召开会议。州党委常委、统战部部长阿依古丽·买买提通报了情况。", "阿依古丽·买买提/常委/州党委/伊犁哈萨克自治州党委 阿依古丽·买买提/部长/统战部/伊犁哈萨克自治州党委统战部"},
		{"沅陵县召开会议。二酉苗族乡党委书记张某辉发言。", "张某辉/书记/二酉苗族乡党委/二酉苗族乡党委"},
		// A given name that is a word (海军, 和平) after a title.
		{"宜章县召开会议。县长彭海军出席。主任胡和平主持。", "彭海军/县长//宜章县政府 胡和平/主任//"},
		// 党组成员 and assistants to the head of government.
		{"益阳市召开会议。市政府党组成员、秘书长何某涛,市长助理陈某远出席。", "何某涛/党组成员/市政府/益阳市政府 何某涛/秘书长/市政府/益阳市政府 陈某远/市长助理//益阳市政府"},
		// A new district keeps its level word.
		{"浦东新区召开会议。区委书记朱某松出席。", "朱某松/书记/区委/浦东新区区委"},
		{"中共德州天衢新区委召开会议。中共德州天衢新区委书记曹某主持。", "曹某/书记/中共德州天衢新区委/德州天衢新区区委"},
		// Mongolian names, sumu and their heads.
		{"鄂托克旗召开会议。旗委书记巴图孟和出席,苏米图苏木党委书记乌云其其格、阿尔巴斯苏木苏木达高俊峰作交流发言。", "乌云其其格/书记/苏米图苏木党委/苏米图苏木党委 巴图孟和/书记/旗委/鄂托克旗委 高俊峰/苏木达//阿尔巴斯苏木政府"},
		// A resignation accepted; a title after an election in the same sentence.
		{"会议决定接受戴某斌辞去湘潭市人民政府副市长职务的请求。", "戴某斌/副市长/湘潭市人民政府/湘潭市政府/removed"},
		{"宁乡市高桥村召开大会。刘某军当选为高桥村村民委员会主任,谢某华当选为副主任。", "刘某军/主任/高桥村村民委员会/高桥村村委会/elected 谢某华/副主任/高桥村村民委员会/高桥村村委会/elected"},
		// Members of the CPPCC named before their title.
		{"政协邵阳市第十三届委员会第三次会议举行。王某新委员建议加快建设。", "王某新/委员/政协/邵阳市政协"},
		// Lists after a label, rosters a line each.
		{"茶陵县领导班子成员名单\n彭某强  县委书记\n谭某新  县委副书记、县长", "彭某强/书记/县委/茶陵县委 谭某新/副书记/县委/茶陵县委 谭某新/县长//茶陵县政府"},
		// The Youth League; a one-character county keeps 县 before 委.
		{"汝城县召开大会。团县委书记黄某峰出席。", "黄某峰/书记/团县委/汝城县团委"},
		{"攸县召开会议。县委书记谭某国主持。", "谭某国/书记/县委/攸县县委"},
		// The article's body, or a company named before, abbreviated.
		{"邵阳市消防救援支队召开部署会。支队长罗某平讲话,支队政治委员阳某华主持。", "罗某平/支队长//邵阳市消防救援支队 阳某华/政治委员/支队/邵阳市消防救援支队"},
		{"李某到湖南金铭新材料有限公司调研。公司董事长唐某铭介绍情况。", "唐某铭/董事长/公司/湖南金铭新材料有限公司"},
		// A zone named before; 曾任 is a former post; the same title later in a sentence.
		{"县长李某到湖南祁东经济开发区调研。经开区管委会主任邹某刚陪同。", "李某/县长//祁东县政府 邹某刚/主任/经开区管委会/祁东经开区管委会"},
		{"龙某泉同志曾任湖南省财政厅厅长。", "龙某泉/厅长/湖南省财政厅/湖南省财政厅/former"},
		{"省委组织部常务副部长周某兵主持会议,副部长郑某新出席。", "周某兵/常务副部长/省委组织部/省委组织部 郑某新/副部长/省委组织部/省委组织部"},
		// 总统计师 is no 总统; a party group's titles share the body.
		{"张家界市统计局召开会议。局党组成员、总统计师符某通报情况。", "符某/党组成员/局/张家界市统计局 符某/总统计师/局/张家界市统计局"},
		{"衡阳县人民法院召开会议。县法院党组书记、院长蒋某刚主持会议,党组成员、副院长刘某传达精神。", "刘某/党组成员/县法院/衡阳县法院 刘某/副院长/县法院/衡阳县法院 蒋某刚/党组书记/县法院/衡阳县法院 蒋某刚/院长/县法院/衡阳县法院"},
		// A body named before, abbreviated before its party committee.
		{"永州市中心医院组织义诊。医院党委书记唐某华带队。", "唐某华/书记/医院党委/永州市中心医院党委"},
		// Yi and Dai names; a zone the gazetteer lists as a county.
		{"凉山彝族自治州召开会议。州委书记吉布阿依出席,昭觉县委书记沙马日火发言。", "吉布阿依/书记/州委/凉山彝族自治州委 沙马日火/书记/昭觉县委/昭觉县委"},
		{"勐腊县召开会议。县委副书记、县长岩温香主持。", "岩温香/副书记/县委/勐腊县委 岩温香/县长//勐腊县政府"},
		{"苏州工业园区召开大会。园区党工委书记沈某主持,管委会主任吴某作报告。", "吴某/主任/管委会/苏州工业园区管委会 沈某/书记/园区党工委/苏州工业园区党工委"},
		// Villages of one character; a village's committees in a list; 原 over joined titles.
		{"安吉县召开会议。余村党支部书记汪某海发言。", "汪某海/书记/余村党支部/余村党支部"},
		{"寿宁县下党乡召开座谈会。下党村党支部书记王某祖、村委会主任雷某风参加。", "王某祖/书记/下党村党支部/下党村党支部 雷某风/主任/村委会/下党村村委会"},
		{"宜宾市叙州区政协原党组成员、副主席付某江违规收受礼金。", "付某江/党组成员/宜宾市叙州区政协/叙州区政协/former 付某江/副主席/宜宾市叙州区政协/叙州区政协/former"},
		// A national body's branch; no 行长 inside 银行长沙.
		{"人民银行长沙中心支行党委书记、行长张某出席。", "张某/书记/人民银行长沙中心支行党委/人民银行长沙中心支行党委 张某/行长/人民银行长沙中心支行/人民银行长沙中心支行"},
		// A department of a national body; one character for the body just written.
		{"国家发展改革委政策研究室副主任、委新闻发言人李某介绍情况。", "李某/副主任/国家发展改革委政策研究室/国家发改委政策研究室 李某/新闻发言人/委/国家发改委"},
		// A court's own department in an article about the court; a qualified post.
		{"凤凰县人民法院开展集中执行。院长滕某明担任现场总指挥。执行局局长吴某介绍情况。", "吴某/局长/执行局/凤凰县法院执行局 滕某明/总指挥// 滕某明/院长//凤凰县法院"},
		// Elected respectively; nominated after an appointment; transfers and 原 before a body.
		{"娄底市召开人代会。当选为副市长的分别是:刘某平、陈某霞。", "刘某平/副市长//娄底市政府/elected 陈某霞/副市长//娄底市政府/elected"},
		{"熊某国同志任南县乌嘴乡党委副书记,提名为乡长候选人。", "熊某国/副书记/南县乌嘴乡党委/乌嘴乡党委/appointed"},
		{"原衡南县委书记王某民调任衡阳市政协副主席。", "王某民/书记/衡南县委/衡南县委/former 王某民/副主席/衡阳市政协/衡阳市政协/appointed"},
		// A body named before, written short; a given name starting with a word.
		{"国务院第十督查组到湖南督查。督查组组长赵某新主持座谈会。", "赵某新/组长/督查组/国务院第十督查组"},
		{"汨罗市召开会议。市委书记黎作峰作交流发言。", "黎作峰/书记/市委/汨罗市委"},
		// A body that visits a county-level city is its parent city's.
		{"市政协主席刘某兵率调研组到冷水江市调研。冷水江市委书记刘某旺,市委副书记、市长张某陪同。", "刘某兵/主席/市政协/娄底市政协 刘某旺/书记/冷水江市委/冷水江市委 张某/副书记/市委/冷水江市委 张某/市长//冷水江市政府"},
		// A chamber named after another place; a headline verb is no name.
		{"深圳市邵阳商会会长王某刚致辞。", "王某刚/会长/深圳市邵阳商会/深圳市邵阳商会"},
		{"区委书记督导重点项目建设\n10月19日,岳麓区委书记谭某平督导调研。", "谭某平/书记/岳麓区委/岳麓区委"},
		// A given name of one character that is a level word.
		{"重庆市綦江区召开会议。区委书记刘旗出席并讲话。", "刘旗/书记/区委/綦江区委"},
		// A committee the lexicons lack, after another title of its body.
		{"邵阳市召开会议。省政协常委、农业和农村委员会主任李某刚陪同。", "李某刚/主任/农业和农村委员会/湖南省政协农业和农村委员会 李某刚/常委/省政协/湖南省政协"},
		// Verbs make no township or community (开展社区治理).
		{"泉城路街道开展社区治理观摩\n9月15日,济南市历下区泉城路街道组织开展社区治理观摩活动。街道党工委副书记、办事处主任张某华主持座谈。", "张某华/主任/办事处/泉城路街道办事处 张某华/副书记/街道党工委/泉城路街道党工委"},
		// Appointments, removals, nominations, elections.
		{"任命黄某群为岳阳市财政局局长;免去钟某波的岳阳市财政局局长职务。", "钟某波/局长/岳阳市财政局/岳阳市财政局/removed 黄某群/局长/岳阳市财政局/岳阳市财政局/appointed"},
		{"决定:黎某国同志任汨罗市应急管理局局长。", "黎某国/局长/汨罗市应急管理局/汨罗市应急管理局/appointed"},
		{"湘阴县召开大会。谢某清当选为县长。", "谢某清/县长//湘阴县政府/elected"},
		{"蒲某峰不再担任怀化市人民政府副市长职务", "蒲某峰/副市长/怀化市人民政府/怀化市政府/removed"},
		// Departments under the chain's party body; a body shared after 、.
		{"华容县召开会议,县委常委、政法委书记邱某华出席", "邱某华/书记/政法委/华容县委政法委 邱某华/常委/县委/华容县委"},
		{"益阳市召开会议,市人大常委会副主任汪某东、秘书长程某出席", "汪某东/副主任/市人大常委会/益阳市人大常委会 程某/秘书长/市人大常委会/益阳市人大常委会"},
		// 党组书记 of a body; a county-level city's 市.
		{"祁阳市召开会议,市政协党组书记文某出席", "文某/党组书记/市政协/祁阳市政协"},
		// Townships, streets and villages the gazetteer does not hold.
		{"平江县安定镇召开会议。镇党委书记胡某民主持", "胡某民/书记/镇党委/安定镇党委"},
		// A name in brackets, a qualifier in brackets.
		{"浏阳市应急管理局局长(邹某华)带队", "邹某华/局长/浏阳市应急管理局/浏阳市应急管理局"},
		{"桑植县召开会议,副县长(挂职)尚某新出席", "尚某新/副县长//桑植县政府"},
		// 中共 before a place; a bureau's own 局党组 and 局长.
		{"经研究决定:赵某同志任中共衡东县委书记。", "赵某/书记/中共衡东县委/衡东县委/appointed"},
		{"娄底市生态环境局召开党组会议。局党组书记、局长符某主持", "符某/党组书记/局/娄底市生态环境局 符某/局长//娄底市生态环境局"},
		// An ordinal in a body name; a village as the jurisdiction.
		{"吉首市第一中学校长莫某平发言", "莫某平/校长/吉首市第一中学/吉首市第一中学"},
		{"花垣县双龙镇十八洞村召开大会。村党支部书记施某通主持", "施某通/书记/村党支部/十八洞村党支部"},
		// A given name the segmenter reads as one (向阳); units and schools.
		{"市政协副主席王某、周向阳在主席台就座", "周向阳/副主席/市政协/市政协 王某/副主席/市政协/市政协"},
		{"冷水江市消防救援大队大队长王某陪同", "王某/大队长/冷水江市消防救援大队/冷水江市消防救援大队"},
		// 开展乡村振兴 is no township.
		{"双峰县甘棠镇开展乡村振兴督导。镇长朱某华参加", "朱某华/镇长//甘棠镇政府"},
		// Profiles in publicity lists; a name before a verb; 代表 needs a body.
		{"谭某军,男,汉族,1975年10月出生,现任株洲市财政局副局长,拟任株洲市财政局局长。", "谭某军/副局长/株洲市财政局/株洲市财政局"},
		{"祁东县举行演练。副县长邓某指挥演练。", "邓某/副县长//祁东县政府"},
		{"老干部代表刘某国发言", ""},
		// Forms of address and places end names.
		{"润泽公馆项目总经理李某先生发言", "李某/总经理//"},
		{"(记者 龙某北京报道)", "龙某/记者//"},
		// National bodies stay unqualified; 和 after a word is "and".
		{"平江县召开会议。公安部和县公安局负责人出席,县公安局局长王某主持", "王某/局长/县公安局/平江县公安局"},
		// Given names that start like words; a 3-character name before 到.
		{"任命严明某为榕城区财政局局长。", "严明某/局长/榕城区财政局/榕城区财政局/appointed"},
		{"人民政府区长崔杰强到张家口市调研", "崔杰强/区长/人民政府/张家口市政府"},
		// A comma between titles; office abbreviations.
		{"炎陵县召开全会。县委常委,县纪委书记朱某华主持", "朱某华/书记/县纪委/炎陵县纪委 朱某华/常委/县委/炎陵县委"},
		{"茶陵县召开会议。县政府办主任陈某新主持", "陈某新/主任/县政府办/茶陵县政府办"},
		// The most specific place names a body; a head of government in a
		// chain is of the chain's place.
		{"广东省清远市委副书记、市长何某涛率团考察", "何某涛/副书记/广东省清远市委/清远市委 何某涛/市长//清远市政府"},
		// Rules of this session: clause-start departments and unknown
		// qualifiers of a body, sessions, colon lists, titles after names,
		// lists of appointments and resignations.
		{"陈某,应急安全保障中心主任何某冰,便民服务中心主任梁某颖。", "何某冰/主任/应急安全保障中心/应急安全保障中心 梁某颖/主任/便民服务中心/便民服务中心"},
		{"检查指导疫情防控,东乌海关关长达布希拉图陪同。", "达布希拉图/关长/东乌海关/东乌海关"},
		{"区六届政协主席石某玖主持会议。", "石某玖/主席/区六届政协/区六届政协"},
		{"市委副书记:张某明、巴珠出席。", "巴珠/副书记/市委/市委 张某明/副书记/市委/市委"},
		{"先后拜访唐某健部长。", "唐某健/部长//"},
		{"决定免去詹某来、花某慧的省人民政府副省长职务。", "花某慧/副省长/省人民政府/省政府/removed 詹某来/副省长/省人民政府/省政府/removed"},
		{"任命纪某为省人大常委会副主任,王某宏为省人大常委会秘书长。", "王某宏/秘书长/省人大常委会/省人大常委会/appointed 纪某/副主任/省人大常委会/省人大常委会/appointed"},
		{"朱某勇提出辞去省人大常委会委员职务。", "朱某勇/委员/省人大常委会/省人大常委会/removed"},
		{"受省人大常委會(huì )主任蔣某良委托", "蒋某良/主任/省人大常委会/省人大常委会"},
		{"省人大城乡建设与环境资源保护委员会主任委员谢某平出席。", "谢某平/主任委员/省人大城乡建设与环境资源保护委员会/省人大城乡建设与环境资源保护委员会"},
		// Lists closed by a count; names with their present titles.
		{"会议任命李某雨、何某、徐某等18人为通州区人民法院审判员。", "何某/审判员/通州区人民法院/通州区法院/appointed 徐某/审判员/通州区人民法院/通州区法院/appointed 李某雨/审判员/通州区人民法院/通州区法院/appointed"},
		{"补选李某、王某华、张某3名同志为省人民代表大会代表。", "张某/代表/省人民代表大会/省人大/elected 李某/代表/省人民代表大会/省人大/elected 王某华/代表/省人民代表大会/省人大/elected"},
		{"关于赵某明、李某两位同志辞去县人大常委会委员职务的请求", "李某/委员/县人大常委会/县人大常委会/removed 赵某明/委员/县人大常委会/县人大常委会/removed"},
		{"会议推选自治州党委书记杨某理为自治州代表总团团长。", "杨某理/书记/自治州党委/自治州党委 杨某理/团长/自治州代表总团//elected"},
		{"张某、王某两名同志分别以全票当选为镇长和镇人大主席团主席。", "张某/镇长//镇政府/elected 王某/主席/镇人大主席团/镇人大主席团/elected"},
		// Careers: posts after 曾任 one after another; 原任…的NAME.
		{"王某东曾任宁德市环境保护局副调研员,宁德市教育局党组成员、副局长等职。", "王某东/党组成员/宁德市教育局/宁德市教育局/former 王某东/副局长/宁德市教育局/宁德市教育局/former 王某东/副调研员/宁德市环境保护局/宁德市环境保护局/former"},
		{"3月底,原任江苏南京市溧水区委书记的谢某,调任天津市东丽区区长。", "谢某/书记/江苏南京市溧水区委/溧水区委/former 谢某/区长//东丽区政府/appointed"},
		{"推选塔城地委书记谢某为塔城地区代表团团长,塔城地委副书记杰某和塔城地区人大工委主任赛某为代表团副团长。", "杰某/副书记/塔城地委/塔城地区地委 杰某/副团长/代表团//elected 谢某/书记/塔城地委/塔城地区地委 谢某/团长/塔城地区代表团//elected 赛某/主任/塔城地区人大工委/塔城地区人大工委 赛某/副团长/代表团//elected"},
		{"黄某,男,汉族,1984年出生。曾任市规划局副局长、党组成员,某某原种场场长(正科级),市政府副秘书长、市政府办公室党组成员。", "黄某/党组成员/市政府办公室/市政府办公室/former 黄某/党组成员/市规划局/市规划局/former 黄某/副局长/市规划局/市规划局/former 黄某/副秘书长/市政府/市政府/former"},
		{"分别免去张某轩的省人大常委会财政经济工作委员会副主任职务;朱某的省人大常委会内务司法工作委员会主任职务。", "张某轩/副主任/省人大常委会财政经济工作委员会/省人大常委会财政经济工作委员会/removed 朱某/主任/省人大常委会内务司法工作委员会/省人大常委会内务司法工作委员会/removed"},
		{"任命陈某涛为省人大常委会人事代表选举工作委员会主任。", "陈某涛/主任/省人大常委会人事代表选举工作委员会/省人大常委会人事代表选举工作委员会/appointed"},
		// The Youth League's and the democratic parties' committees.
		{"共青团孝感市委书记、党组书记张某出席。", "张某/书记/共青团孝感市委/孝感市团委 张某/党组书记/共青团孝感市委/孝感市团委"},
		{"农工党江苏省委副主委余某阳出席。", "余某阳/副主委/农工党江苏省委/江苏省农工党委"},
		// Not names.
		{"区工委高度重视", ""},
		{"书记任期五年", ""},
	} {
		if got := holdsOf(t, c.in); got != c.want {
			t.Errorf("%s\n got  %s\n want %s", c.in, got, c.want)
		}
	}
}
