package ner

import (
	"strings"
	"unicode/utf8"
)

// The word lists the rules consult: cue words, vetoes and collective
// words, typed and in one place. How a list is read (the grammar) stays in
// the stage that reads it; what it holds is here, so that a list grows
// without reading the rules. Titles, bodies, places and surnames are in
// the lexicon TSVs (package lexicon), which users extend with --lexicon.

// Appointments and removals: the keywords before and after a name, and the words between.

// forward keywords take the name after them.
var appointFwd = []struct{ kw, status, link string }{
	{"任命", "appointed", "为"},
	{"提名", "nominated", "为"},
	{"选举", "elected", "为"},
	{"免去", "removed", ""},
	{"推选", "elected", "为"},
	{"补选", "elected", "为"},
	{"以", "", "为"}, // 成立以县长甲为组长…的领导小组
	{"推荐", "nominated", "为"},
	{"聘任", "appointed", "为"},
	{"聘请", "appointed", "为"},
}

// backward keywords follow the name.
var appointBack = []struct{ kw, status string }{
	{"不再担任", "removed"},
	{"辞去", "removed"},
	{"当选为", "elected"},
	{"当选", "elected"},
	{"出任", "appointed"},
	{"担任", "appointed"},
	{"调任", "appointed"},
	{"转任", "appointed"},
	{"升任", "appointed"},
	{"改任", "appointed"},
	{"履新", "appointed"},
	{"曾任", "former"},
	{"历任", "former"},
	{"原任", "former"},
	{"现任", ""},
	{"代理", "appointed"},
	{"兼任", "appointed"},
	{"挂任", "appointed"},
	{"任", "appointed"},
}

// nameNotes are the words of a note in brackets after a name in a list,
// besides a nation (王某(女), 李某(女,回族)).
var nameNotes = map[string]bool{"女": true, "男": true, "特邀": true, "挂职": true, "兼": true, "列席": true, "已故": true, "中共党员": true, "党外": true, "无党派": true}

// collectiveTitles are the collective words a list of officials is
// introduced by (县领导甲、乙); a person holds one only when no title of
// their own is written.
var collectiveTitles = map[string]bool{"领导": true}

// unitChars end the names of units and never a person's given name
// (童装组, 二大队, 财务科).
const unitChars = "组队部局处科所室站厅办"

// tenureWords stand between a body and its head's title, saying when
// the title was held (欧洲议会前议长, 国际足联新任主席).
var tenureWords = []struct {
	word   string
	former bool
}{{"前任", true}, {"新任", false}, {"现任", false}, {"原", true}, {"前", true}, {"新", false}}

// titleTakers end the words before the titles someone was elected or
// appointed to (当选县长, 担任审判长): those titles are the subject's.
var titleTakers = []string{"当选", "当选为", "任", "为", "担任", "出任", "升任", "调任", "兼任"}

// requestWords may stand between a name and the post it resigns or takes
// (甲同志提出辞去, 乙同志仍当选为).
var requestWords = []string{"提出", "申请", "请求", "分别", "已", "以全票", "全票", "同志", "仍", "再次", "再度", "继续", "连续"}

// reasonOpeners start the short clause of a reason between a name and the
// post it leaves (甲同志因工作调动,不再担任…; 乙同志已到龄退休,不再担任…).
var reasonOpeners = []string{"因", "由于", "已", "到龄", "按规定"}

// Bios, posts and cues after a name.

// postTitles are the titles written after a name, of the members of
// the CPPCC and deputies to the people's congress (王某委员建议), with the
// kind of body they sit in.
var postTitles = []struct{ title, kind string }{{"委员", "cppcc"}, {"代表", "congress"}}

// postVerbs follow a name and its title in a clause about what a member
// proposed or said.
var postVerbs = []string{"建议", "认为", "表示", "提出", "指出", "呼吁", "说", "发言", "介绍"}

// nameCues follow a person's name at the start of a clause: forms of
// address (尚德明同志) and verbs of speech (王某指出, 叶某认为).
var nameCues = []string{"同志", "先生", "女士", "表示", "指出", "强调", "认为", "介绍", "透露", "坦言", "告诉", "说", "称"}

// Lists of officials: the count that closes one, the labels that open one.

// countClassifiers follow the number that closes a list of names.
const countClassifiers = "名位人个"

// listLabels introduce lists of names after a colon in minutes and
// notices: 参加人员:甲、乙; 列席:丙.
var listLabels = []string{"人员", "领导", "名单", "出席", "参加", "列席", "参会"}

// Credits.

// creditWords end a credit line after the name: 钟某 摄, 李某 供稿.
var creditWords = []string{"摄", "供稿", "整理", "报道"}

// Names: the characters that end one, and the characters of long names.

// funcChars are function words that plainly end a name before them.
const funcChars = "为的在和与及是到赴从向对于"

// weakTail are characters that rarely end a given name but often start the
// next word.
const weakTail = "的在对和及与等是也就将到为从向同并以已被把让给说称一因昨又再则于却仍还便"

// functionSurnames are common surnames that are also function words
// (曾经, 于是): after a title the segmenter decides.
const functionSurnames = "曾于"

// translit holds the characters of transliterated foreign names and of
// Uyghur and other minority names written with a dot (约翰·史密斯,
// 阿依古丽·买买提).
const translit = "申那别赛阿埃艾爱安昂奥巴拔班邦保贝本比彼毕宾波伯勃博布查察达代戴丹道德邓迪蒂丁东杜顿多厄恩尔法范菲费芬丰夫弗福富盖甘冈高戈哥格根古瓜圭哈海汉豪赫黑亨洪胡华怀霍基吉济加贾杰捷金卡凯坎康考柯科克肯库夸奎拉莱赖兰朗劳勒雷蕾里理丽利莉连列林琳刘龙卢鲁路伦罗洛吕马玛迈麦曼梅蒙米密敏明莫墨姆穆纳娜奈南内尼妮涅宁纽努诺欧帕潘庞佩彭皮珀坡普奇齐恰乔琼丘萨塞桑瑟森沙莎尚舍什史舒斯松苏索塔泰坦汤唐特滕提廷通图托瓦万旺威韦维温翁沃乌伍武西希锡谢辛休雅亚扬耶伊因英尤于约泽扎詹朱祖佐翰得夏汀琴娅丝黛薇芙蒲鲍凡杨贡楚茨娃吐逊江不都热合依买孜木力汗吾罕默素甫旦则玉拜然来喀叶牙衣"

// mongol holds the characters of Mongolian names written without a dot
// (巴图孟和, 乌云其其格).
// tibetan are the characters of Tibetan given names, written as two
// names of two (普布顿珠, 次仁卓玛, 扎西多吉, 格桑曲珍).
const tibetan = "才让当周毛完万更昂秀吾扎西多吉次仁卓玛格桑平措达瓦尼巴旺堆顿珠普布拉边索朗洛丹增白央金德曲珍姆旦贡嘎青益单强罗米群培土登阿晋美琼欧杰列加穷江嘉"

// congressAfter are the words that follow a party congress written by
// its number and no other 大 (十五大精神, 二十大以来, 十九大报告).
var congressAfter = []string{"精神", "报告", "以来", "以后", "期间", "召开", "胜利", "闭幕", "开幕", "代表", "确定", "提出", "作出", "部署", "决策", "号召", "坚持", "高举", "党章", "要求", "强调"}

// occupationModifiers are the words before an occupation that belong to
// its mention: 首席设计师, 高级分析师, 实习编辑.
var occupationModifiers = []string{"首席", "高级", "资深", "特约", "实习", "见习", "执行", "副"}

// tibetanNames are Tibetan given names of two characters, which stand
// alone as a name after a title (县委书记旺堆主持, 副县长扎西) and which
// the segmenter may know as words.
var tibetanNames = []string{
	"扎西", "次仁", "旺堆", "普布", "格桑", "卓玛", "顿珠", "达瓦", "尼玛", "边巴",
	"多吉", "平措", "次旦", "索朗", "洛桑", "丹增", "白玛", "央金", "曲珍", "旦增",
	"益西", "强巴", "罗布", "米玛", "群培", "土登", "晋美", "欧珠", "嘉措", "加措",
	"才让", "当周", "昂旺", "阿旺", "央宗", "巴桑", "拉巴", "仁增", "桑珠", "普琼",
	"次珠", "旺姆", "卓嘎", "琼达", "多杰", "才旦", "旦巴", "扎巴", "拉珍", "达娃",
	"索南", "泽仁", "降措", "向巴", "旺久", "占堆", "次央", "仁青", "边珍", "白珍",
	"措姆", "拉姆", "德吉", "贡布", "格列",
}

// yi are the characters of Yi names of four or more (吉克曲布, 阿木尔且,
// 沙马拉毅), written after a title.
const yi = "阿吉克沙马西俄木海来瓦扎曲比伍尔洪补约勒格呷且日古布拉惹莫哈衣子史则达什嘎乌火果铁加巴各毅惹依洛"

const mongol = "顺勒克门巴图孟和乌云其格宝音朝鲁那仁满都拉苏日娜额尔德尼敖特根毕力呼斯楞坦仓吉雅达来琴高娃哈包布赫金花塔萨兰胡阿木古嘎吐敦白扎道旺沁其木伦"

// Bodies: the suffixes of departments, companies and towns, the democratic parties, and the qualifiers written after a title.

// deptSuffixes end the names of government departments.
var deptSuffixes = []string{"局", "委员会", "办公室", "中心", "厅", "委", "办", "所", "站", "院", "大队", "支队", "中队", "室", "司", "处", "科",
	"工作部", "发展部", "管理部", "服务部", "建设部", "保障部", "合作部", "促进部", "监管部"}

// deptNamedSuffixes are deptSuffixes and the numbered divisions (监管二部),
// which end a department's name only where a title follows it: 天龙八部
// is none.
var deptNamedSuffixes = append(deptSuffixes[:len(deptSuffixes):len(deptSuffixes)],
	"一部", "二部", "三部", "四部", "五部", "六部", "七部", "八部", "九部", "十部", "部")

// divisionSuffixes end the names of the divisions of a department
// (产业发展处, 干部三处, 办公室, 综合科, 治安大队, 发行监管部).
var divisionSuffixes = []string{"处", "科", "室", "司", "股", "庭", "大队", "中队", "支队", "部"}

// orgSuffixInner holds the characters of orgSuffixes but their first
// ones: only there can a body word start inside a suffix (学 of 大学).
const orgSuffixInner = "份有限责任公司团行学院研究会"

// orgSuffixes end the names of companies and institutions.
var orgSuffixes = []string{"股份有限公司", "有限责任公司", "有限公司", "集团", "公司", "银行", "大学", "学院", "医院", "研究院", "商会", "协会"}

// townSuffixes end the names of townships, streets and villages.
var townSuffixes = []struct{ suffix, level string }{{"街道", "township"}, {"镇", "township"}, {"族乡", "township"}, {"乡", "township"}, {"苏木", "township"}, {"社区", "village"}, {"嘎查", "village"}, {"村", "village"}}

// partyPrefixes name the Youth League and the democratic parties before
// the place of one of their committees.
var partyPrefixes = []string{"共青团", "民革", "民盟", "民建", "民进", "农工党", "致公党", "九三学社", "台盟"}

// titleQualifier reports whether q, in brackets after a title, qualifies
// it: a listed word, a rank (正处长级), or what the post covers or how
// it is held (主持镇政府工作, 试用期一年, 兼…).
func titleQualifier(q string) bool {
	if titleQualifiers[q] {
		return true
	}
	if n := utf8.RuneCountInString(q); n < 2 || n > 10 || strings.ContainsAny(q, "()、,") {
		return false
	}
	return strings.HasSuffix(q, "级") || strings.HasSuffix(q, "工作") || hasAnyPrefix(q, "主持", "兼", "挂职", "试用期", "分管")
}

// titleQualifiers may follow a title in brackets.
var titleQualifiers = map[string]bool{"挂职": true, "兼": true, "兼职": true, "正处级": true, "副处级": true,
	"正县级": true, "副县级": true, "正厅级": true, "副厅级": true, "正科级": true, "副科级": true, "主持工作": true,
	"驻会": true, "不驻会": true, "专职": true, "女": true, "代": true, "代理": true, "试用": true, "试用期一年": true}

// Events.

// meetingWords end the titles of meetings.
var meetingWords = []string{"会议", "大会", "座谈会", "推进会", "调度会", "工作会", "常委会", "全会", "培训班", "动员会", "部署会", "现场会", "汇报会", "论坛", "仪式"}

// visitVerbs make an inspection or a visit an event: NAME到PLACE调研.
var visitVerbs = []string{"调研", "视察", "检查", "考察", "走访", "督导"}

// More cues, read by one rule each.

// electedIntros stand between 当选为TITLE的 and the names elected.
var electedIntros = []string{"分别是", "分别为", "是", "有", "为"}

// bioMarks start the profile of a person in a personnel notice: NAME,男,…
var bioMarks = []string{",男,", ",女,", ":男,", ":女,", " 男 ", " 女 "}

// careerCues introduce the former posts of a profile.
var careerCues = []string{"曾任", "历任"}

// careerTakers are the keywords of a post held or taken after which the
// name may follow a relative clause's 的.
var careerTakers = []string{"曾任", "历任", "现任", "任", "担任", "出任", "调任"}

// leadingMods are the modifiers a title may start with, longest first,
// for a name read back from the title (平措央金副厅长).
var leadingMods = []string{"常务副", "副", "代理", "代"}

// postTakers follow the name of who takes a post (甲出任, 乙调任).
var postTakers = []string{"出任", "调任", "升任", "转任", "改任", "兼任", "挂任", "担任"}

// clauseOpeners may stand right before a name that starts a clause.
var clauseOpeners = []string{"决定", "同意", "接受", "由", "经", "和", "及", "与", "而", "但", "据", "以"}

// visitPreps go before the place a visitor goes to (到岳阳, 深入平江).
var visitPreps = []string{"到", "赴", "来到", "深入"}

// takingWords name a post taken or held, and no department's name holds
// one (新任外交部, 现任党支部): postTakers and the words of tenure.
var takingWords = append([]string{"新任", "现任", "前任", "历任", "曾任", "时任", "后任", "原任"}, postTakers...)

// withVerbs join a clause's subject to the body after them, and start no
// body's name (会同国务院, 邀请中国人民银行, 按照国务院).
var withVerbs = []string{"会同", "协同", "联同", "随同", "邀请", "按照", "依照", "遵照", "根据", "配合", "带着"}

// participantVerbs follow the name of an official who takes part, speaks
// or travels (参加, 宣布, 抵达).
var participantVerbs = []string{"参加", "主持", "陪同", "会见", "会晤", "宣布", "介绍", "透露", "称", "回答", "告诉", "率领", "带领", "抵达", "访问", "视察", "考察", "调研"}

// formerMarks before a title: 原 (no longer held), 时任 (held then).
var formerMarks = []string{"原", "时任"}

// leadingFormerMarks make the titles after them former wherever they
// stand before a body: after a list's separator, a place or a clause's
// start (市委常委、原县农业局局长, 齐齐哈尔市原市委书记).
var leadingFormerMarks = []string{"原", "前任"}

// participantActs are the acts of a meeting's participants: no
// department's name holds one.
var participantActs = map[string]bool{"出席": true, "主持": true, "讲话": true, "参加": true, "致辞": true, "发言": true, "陪同": true, "列席": true, "会见": true}

// zoneSuffixes end the names of development zones.
var zoneSuffixes = []string{"开发区", "园区", "高新区", "经开区"}

// rosterLeads may end the words before a list of attendees that has no colon.
var rosterLeads = []string{"还", "领导", "的", "同志"}

// eventVerbs follow a place that holds an event (安定镇召开).
var eventVerbs = []string{"召开", "举行", "举办", "开展"}

// placePreps go before a place (在安定镇, 走进石牛村).
var placePreps = []string{"在", "到", "赴", "深入", "来到", "走进", "走访"}

// pronouns start no name of a body or place (我同村委会: I, with the
// village committee; 我市教育局: the city's bureau).
const pronouns = "我你他她它咱您"

// townVetoes cannot start the name of a township or village: determiners
// and conjunctions (各镇, 和乡), and no name holds 届 (新一届村党支部), the
// particle 了 or 驻 (看望了驻村第一书记: stationed in a village).
const townVetoes = "各全每该本两多等和与及、届了驻"

// villageVetoes cannot start the one-character name of a village (各村, 同村: the same village,
// 新村, 三村).
const villageVetoes = "各全每该本两多等此邻同一二三四五六七八九十新老大小外"

// villageBodies follow a village's name.
var villageBodies = []string{"党支部", "党总支", "党委", "村委会", "村民委员会"}

// notQualifiers are function characters: a body written after one has no
// qualifier the lexicons lack before it.
const notQualifiers = "在的和与及、由对向从到经据为是被将把了"

// clauseStarts start a clause before a body, not its name (这里面有分局,
// 让西部学校, 应州委邀请, 受省人大常委会主任甲委托).
const clauseStarts = "这那有其该如让应受"

// translitTypical are characters typical of transliterated names.
const translitTypical = "夫斯基尔克特姆德茨娃诺维奇耶"

// translitEnds end transliterated names (…诺夫, …诺娃).
const translitEnds = "夫娃奇基"

// termWords date the titles after them to a new term: 为新一届村党支部委员.
var termWords = []string{"新一届", "新一任", "新任"}

// nomineeWords after a title make its holder a candidate for it, who
// holds none of it (副镇长候选人, 七届政协主席提名人选).
var nomineeWords = []string{"候选人", "提名人选", "候选人选", "人选"}

// privateWords before a name and privateAfter after it make it a private
// person whom officials visit, help or quote, not an official (低保户雷某,
// 困难残疾人蒋某, 村民王某说, 廖某家中).
var (
	privateWords = []string{"低保户", "贫困户", "困难户", "五保户", "脱贫户", "监测户", "残疾人", "困难群众", "村民", "居民", "群众", "患者", "病人", "老人", "农户", "种植户", "养殖户", "种植大户", "养殖大户", "种粮大户", "大户", "农民", "菜农", "果农", "茶农", "老党员", "劳动模范", "劳模", "道德模范", "致富带头人", "获奖者", "先进个人", "创业青年", "市民", "游客", "儿童", "孤儿", "学生", "家属", "人才"}
	privateAfter = []string{"家中", "家里", "老人家"}
)

// honourWords end the honours written between a title and its holder
// (村党支部书记、致富带头人甲): no post of the graph.
var honourWords = []string{"带头人", "劳动模范", "劳模", "道德模范", "模范", "标兵", "能手", "优秀共产党员", "先进个人", "乡贤", "好人"}

// andVerbs follow a name and never the conjunction 和 of a list of
// names: 和 before them ends a name (李永和出席会议, 魏凤和表示).
var andVerbs = []string{"出席", "说", "表示", "指出", "强调", "认为", "讲话", "致辞", "介绍", "透露", "来到", "到达", "前往", "主持", "会见", "考察", "视察", "调研"}

// andEnders after 和 make it the last character of a name, where no
// conjunction can stand (主任胡某和等陪同, 孙某和为, 秘书长任某和和办公室).
var andEnders = []string{"等", "为", "一行", "率", "带领", "带队", "主持", "和"}

// addressWords follow a surname to address a person by it (胡老, 王先生,
// 李大娘, 张师傅) or their family (张家, 杜氏): the surname alone names
// them, a person mention too little to name one in the graph, and no
// name reads on into such a word.
var addressWords = []string{"先生", "女士", "小姐", "老师", "大娘", "大爷", "大妈", "大姐", "大嫂", "大哥", "大叔", "阿姨", "师傅", "老汉", "老伯", "奶奶", "爷爷", "婆婆", "伯伯", "老", "家", "氏"}

// endedWords after NAME的TITLES职务 end the posts: 相应终止, 自行终止.
var endedWords = []string{"终止", "相应终止", "自行终止", "依法终止", "随之终止", "自然终止"}

// lightVerbs stand before an act of a meeting (作部署, 做报告): one after
// two characters of a name ends the name.
const lightVerbs = "作做"

// allAdverbs are the adverbs of a plural subject (均, 都): after a list
// of names, before the act.
const allAdverbs = "均都亦皆也"

// placeInstitutions may follow a place alone to name an institution
// (南昌大学, 湘雅医院); companyTails may follow a company's suffix
// (集团股份有限公司, 银行分公司).
var (
	placeInstitutions = []string{"大学", "学院", "医院", "银行"}
	companyTails      = []string{"股份有限公司", "有限公司", "分公司"}
)

// eponymWords follow the name of the person a doctrine is named after
// (邓小平理论, 毛泽东思想, 马克思主义, 习近平新时代…).
var eponymWords = []string{"理论", "思想", "主义", "新时代"}

// partyOffices end the names of a party committee's working committees
// and offices that the lexicons lack (教育工委, 巡察办, 机要局).
var partyOffices = []string{"工委", "办", "机要局", "保密局", "档案局", "研究室"}
