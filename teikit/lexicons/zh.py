"""Chinese: MFA regular press conferences ("记者：", "问：", "答：") and State Council pages."""
ENTRIES = dict(
    voice_extensions=(r"画外音|画外|旁白|电话中|OS|VO",),  # after a screenplay character's name: "MARTHA (V.O.)" is MARTHA's label (L1401i)
    detect_words=frozenset(),  # recognised by its script (see `detect`)
    list_joiners=frozenset(("和", "与", "與")),  # the last person of a list of guests
    label_not_words=frozenset(("日期", "来源", "标题", "时间", "地点", "编辑", "责任编辑", "分享", "打印",
                               "文章来源", "发布时间", "发布日期", "字体", "字号", "访问量", "浏览量", "浏览次数",
                               "点击数", "点击次数", "點擊次數", "发布人", "發布人", "作者",
                               # the header fields in traditional characters (`header_fields`: H43, D380a)
                               "時間", "標題", "地點",
                               # a council record's minute-taker field under its date and time ("紀錄: <name>", L2404l)
                               "紀錄", "記錄", "记录",
                               # an article's abstract and field widgets, simplified and traditional
                               "摘要", "概要", "内容提要", "提要", "导读", "導讀", "简介", "簡介", "发布者",
                               "發布者", "發布時間", "來源", "瀏覽", "浏览", "查看", "评论", "評論",
                               # a repost's original title, a file photo's caption, the agenda
                               "原标题", "原標題", "资料图", "資料圖", "资料图片", "資料圖片", "议程", "議程",
                               # "资料:" a repost's heading over quoted material ("material: the record of ...")
                               "资料", "資料",
                               # a legislature's printed committee opinion on a bill (L214x)
                               "程序委員會意見", "程序委员会意见", "審查意見", "审查意见",
                               # a transcription service's warning or disclaimer over its output (L1632i)
                               "警語", "警语", "警告", "注意", "注意事項", "注意事项", "免責聲明", "免责声明",
                               "聲明", "声明", "備註", "备注", "附註", "附注")),
    # headings over a results call's list of participants, one "Name - Role" line each (L300i)
    guest_intro_headings=frozenset(("嘉宾介绍", "嘉宾简介", "人物简介", "人物介绍", "受访者简介", "受访人简介", "嘉賓介紹", "嘉賓簡介", "人物簡介")),  # a heading over the guest's portrait (H1282h)
    guest_labels=frozenset(("嘉宾", "嘉賓",)),  # the guest's label, named by the portrait (H1282h)
    call_sections=frozenset(("问答环节", "问答", "提问环节", "演示")),  # a call's section heading between two turns (T1272h)
    participant_headings=frozenset(("参会人员", "出席人员", "与会者", "分析师")),
    answerer_fields=frozenset(('受访者', '受訪者', '受访人', '受訪人')),  # a field naming who answers an interview (N1504i)
    occupation_fields=frozenset(('职业', '職業')),  # a field or a table column naming a person's occupation (N1504i)
    participant_fields=frozenset(('參與者', '参与者', '嘉賓', '嘉宾', '與談人', '与谈人', '出席者')),  # a field listing those who speak, with their roles (N950e)
    label_role_words=frozenset(("记者", "主持人", "协调员", "市长", "市長", "发言人", "翻译", "问", "問", "答", "部长", "主席", "总理",
                                # the same offices in traditional characters, as Taiwan and Hong Kong print them (L1203i)
                                "記者", "協調員", "發言人", "翻譯", "部長", "總理",
                                # a club's press conference: player and coaches glued before the name (N1674i)
                                "球员", "球員", "主教练", "主教練", "教练", "教練", "助理教练", "助理教練", "队长", "隊長")),
    office_complements=(),  # offices are glued before the name (office_suffixes)
    office_fields=frozenset(),  # an office and its field are one word ("外交部长"): no field after a link
    office_modifiers=frozenset(("前", "原", "新任")),  # between an article and an office: "the former minister, ..."
    voice_words=(r"说话人|說話人|发言者",),
    address_words=(r"对|對|向",),
    # "弟弟总是说：我要吃西瓜。": a subject and a verb of saying before the colon, a story's
    # reported speech (T681c); "问"/"答"/"提问"/"表示" stay out: press Q&A pages print them as labels
    reporting_verbs=frozenset(("说", "說", "讲", "講", "说道", "說道", "笑道", "问道", "問道", "答道", "写道",
                               "寫道", "喊道", "叹道", "嘆道", "笑着说", "笑著說")),  # "OGS to Scott:": a speaker's label naming whom the speaker turns to
    # a host's salutation alone before a colon ("各位媒体朋友:", "女士们、先生们:"), and a clause closed by a
    # copula or "as follows" ("今天发布会的主题是:", "具体情况如下:"): the speech goes on, no label (L2525m)
    audience_addresses=(r"各位[\u3400-\u9fff]{0,8}", r"(?:[\u3400-\u9fff]{1,6}[们們]、?){1,3}"),
    announcing_ends=frozenset(("是", "如下")),
    procedural_lines=(r"(会议|會議)(开始|開始|结束|結束|休会|休會)", r"(委员会|委員會)(听取|聽取|审议|審議)"),  # a record's line of procedure, not speech  # diarization ids: a word and a number ("Voz 0889 00:02 ...")
    chair_offices=frozenset(("主席",)),
    spoken_words=(r"[我你您咱]|谢谢|謝謝|大家好",),  # only a speaker says them: a record's narration holds none
    house_reporters=(r"本(?:报|報|刊|台|网|網)(?:记者|記者|编辑|編輯)",),  # the outlet's own reporter (P740c)
    transcript_intros=(r"以下(为|為|是)?.{0,6}(文字实录|文字實錄|实录|實錄|全文|文字稿|记录|記錄)|(文字)?(实录|實錄)(如下|全文)|全文如下",),  # a sentence that introduces the transcript
    transcript_words=(r"实录|實錄|全文|文字稿|速记稿|速記稿",),  # the transcript naming itself: an editor's note before the first turn
    recorded_verbs=(r"录制于|錄製於|录制|錄製|进行于|進行於|播出|舉行於|举行于",),  # the lead telling when the occasion took place (D1034f)
    roll_call_cues=(r"我是|我叫|和我一起的是|一起的还有|一起的還有",),  # a host names the voices labelled by initials (N1037f)
    asking_fields=(r"提問|提问|採訪|采访|訪問|访问|訪談|访谈|主持|主持人|訪問者|访问者",),  # a title's "(Interview: Ann Lee)" names who asks (N1036f)
    question_labels=("问", "問", "记者", "記者", "提问", "提問"),  # simplified and traditional
    step_words=(r"步骤|步驟",),  # before a number ("步骤1："): a how-to's numbered step, no speaker (L1102g)
    note_fields=(r"备注|備註|观察记录|觀察記錄|访谈目的|訪談目的",),  # an interview guide's own fields ("Notes:"), no speaker (L1107g)
    interview_parties=(r"受访者|受訪者|采访者|採訪者|访谈者|訪談者",),  # "[the interviewee asks …]": a transcriber's description opens so (E1110g)
    pseudonym_fields=(r"化名|假名",),  # a guide's "Pseudonym:" field names the coded participant (N1112g)
    interview_words=(r"专访|專訪|访谈|訪談|采访|採訪|联访|聯訪",),  # a header naming the text an interview
    answer_labels=("答", "回答"),
    bare_labels=("问", "問", "答"),  # "问 ……": a question label of one ideograph needs no stop
    ordinals=frozenset(("第一", "第二", "第三")),  # ordinals are glued to the office in ideographs
    title_words=frozenset(("外交部发言人", "发言人", "部长", "主席", "总理", "总统", "大使", "秘书长",
                           "国务委员", "副主席", "副总理", "外长")),
    anonymous_words=frozenset(("主持人", "发言人")),
    # occupations printed before a name in a list of participants (N334c)
    role_nouns=frozenset(("总编辑", "總編輯", "主编", "主編", "记者", "記者", "教授", "研究员", "研究員", "作家",
                          "导演", "導演", "教练", "教練", "评论员", "評論員", "专家", "專家", "学者", "學者",
                          "总经理", "總經理", "创始人", "創始人")),
    generic_voices=(r"问|問|答|记者|記者|提问|提問|回答|观众|觀眾|有记者(?:提问|问)?|有記者(?:提問|問)?|"
                    r"媒体(?:提问|问)?|媒體(?:提問|問)?|记者提问|記者提問",),  # "媒体提问": the media ask, no one named (N1674i)
    host_verbs=(r"主持|举行|舉行|答记者问|答記者問|接受",),  # "发言人毛宁主持例行记者会", "王毅接受专访" (N1166g)
    office_suffixes=(r"发言人|發言人|副部长|部长|部長|部长助理|主任|副主任|总理|總理|副总理|主席|副主席|大使|司长|司長|局长|"
                     r"局長|市长|市長|省长|省長|书记|書記|秘书长|秘書長|总统|總統|首相|外长|外長|院长|院長|董事长|董事長|总裁|總裁|"
                     r"委員|委员|議員|议员|署長|署长|處長|处长|次長|次长|議長|议长|長官|长官|"
                     r"副秘書長|副秘书长|副院長|副院长|副市長|副市长|副議長|副议长|副署長|副署长|副局長|副局长|副處長|副处长|"
                     r"參選人|参选人|候選人|候选人",),  # members of a legislature: "柯委員建銘"; a candidate: "國民黨副總統參選人張善政" (N1560i)
    # the last word of a body (an office, a department, a broadcaster, a programme's staff)
    # printed before the holder's name: "陕西省人民政府新闻办公室张竞怡" (N1556i)
    body_suffixes=(r"办公室|辦公室|新闻办|新聞辦|厅|廳|局|委员会|委員會|政府|中心|电视台|電視台|電視臺|报社|報社|通讯社|通訊社|"
                   r"新闻社|新聞社|广播电台|廣播電台|集团|集團|公司|大学|大學|研究院|研究所|医院|醫院",),
    # the commonest family names, simplified and traditional: the first ideograph of a full name
    # glued after an office or before a title ("新闻发言人张育奎", "李显龙总理", N1556i, N1557i);
    # names that are also common words of offices and places (高, 金, 文, 和, 安, 方…) stay out
    family_names=frozenset("王李张張刘劉陈陳杨楊黄黃赵趙吴吳周徐孙孫马馬朱胡郭何林罗羅郑鄭梁谢謝宋唐许許韩韓冯馮"
                           "邓鄧曹彭曾肖萧蕭田董袁潘蒋蔣蔡余杜叶葉程苏蘇魏吕呂丁任沈姚卢盧姜崔钟鍾谭譚陆陸汪范"
                           "廖贾賈夏韦韋付傅邹鄒孟熊秦邱江尹薛闫閆段雷侯史陶黎贺賀顾顧毛郝龚龔邵钱錢严嚴覃戴莫孔"
                           "汤湯温溫康施牛樊葛邢齐齊易乔喬伍庞龐颜顏倪庄莊聂聶章鲁魯岳翟殷詹申耿焦俞左柳祝"
                           "舒阮柯纪紀梅童凌毕畢季裴霍涂苗盛翁冉骆駱蓝藍游辛靳柴鲍鮑喻祁蒲滕屈饶饒艾尤穆卓缪繆"
                           "褚娄婁窦竇戚岑费費卜晏瞿桂佟臧闵閔邬鄔卞姬栾欒隋寇郎甄虞敖巩鞏佘邝鄺习習"),
    outlets=(r".*记者|.*(?:电视台|卫视|衛視|日报|日報|晚报|晚報|新闻社|新聞社|通讯社|通訊社|广播电台|新闻|新聞)",),
    interpreter_labels=(r"翻译|口译|译员|翻譯|口譯|譯員|同传|同声传译",),
    # "…2月9日在北京召开新闻发布会": the place between "在" and the verb of holding (not "在线", online, nor
    # "在这里", here), H2529m
    held_places=(r"在(?![线線这這此那])(?P<place>[\u4e00-\u9fff]{2,4}?)(?:召开|召開|举行|舉行)",),
    occasions=(r".*例行记者会|.*记者会|.*答记者问|讲话|致辞|采访|新闻发布会|吹风会|"
               r".*記者會|.*记者招待会|.*記者招待會|.*答記者問|講話|致辭|採訪|新聞發布會",),
    # words that open a sentence, never a speaker's name: "所以我们认为：" is speech
    discourse_words=frozenset(("所以", "但是", "因此", "因为", "因為", "我们", "我們", "他们", "他們", "这个",
                               "這個", "那么", "那麼", "如果", "首先", "其次", "另外", "总之", "總之", "就是")),
    # a news agency's dateline: "某某网北京11月28日电", "某某網1月16日北京訊"
    news_datelines=(r"[\u4e00-\u9fff]{1,6}?(网|網|社)(?P<place>[\u4e00-\u9fff]{2,3}?)(?P<dated>(?P<month>\d{1,2})月(?P<day>\d{1,2})日)(电|電|讯|訊)",
                    r"[\u4e00-\u9fff]{1,6}?(网|網|社)\d{1,2}月\d{1,2}日(?P<place>[\u4e00-\u9fff]{2,3}?)(电|電|讯|訊)"),
    header_fields={"日期": "date", "时间": "time", "地点": "place", "来源": "source", "标题": "title",
                   "時間": "time", "地點": "place", "來源": "source", "標題": "title",  # traditional forms
                   "原标题": "title", "原標題": "title",  # a repost's original title
                   "播出时间": "time", "播出時間": "time"},  # a broadcast's airing
    months={},
    weekdays=(r"星期[一二三四五六日天]|周[一二三四五六日]",),
    day_first=False,
    publication_prefixes=(r"发布时间|發布時間|發佈時間|发布日期|發布日期|发表时间|發表時間",),  # "发布时间:<date>": when the page was published
    year_eras=((r"(?:中華民國|中华民国|民國|民国)", 1911),),  # Taiwan's official dates: 民國113年 = 2024
    # a Taiwanese record's date field printing the Minguo year without the era's words:
    # "時間:90/01/15" is 2001-01-15 (D380a; only as a field's value, see helpers.eradates)
    field_eras=(1911,),
    interpreted_notes=(r"(?:以下(?:为|是|為))?(?:翻译|翻譯|口译|口譯|同声传译|同聲傳譯|译文|譯文|经翻译|經翻譯)(?:内容|內容)?",),  # "（以下为翻译）" before the speech (I1726j)
    language_names=frozenset(("英文", "中文", "法文", "德文", "俄文", "日文", "韩文", "英语", "汉语", "法语", "德语", "俄语",
                              "日语", "韩语", "西班牙语", "阿拉伯语", "普通话", "粤语")),  # "记者（英文）：" (L1168g)
    language_notes=(r"用\w+(语|文)(提问|回答|发言)?|\w+语|(?:英|中|法|德|俄|日|韩|西班牙|阿拉伯|葡萄牙|意大利)文",),  # "记者（英文）：" (L1168g)
    stage_openers=(r"(播放|奏唱?)(视频|國歌|国歌|音乐|音樂)",),  # an unbracketed stage direction inside a turn opens so
    event_rules=(
        ("vocal", "laughter", r"笑声|笑|众笑|全场笑"),
        ("kinesic", "applause", r"掌声|鼓掌|热烈掌声|热烈鼓掌"),
        ("gap", "inaudible", r"听不清|无法听清"),
        ("incident", "recording", r"音乐|音樂|暂停|片头曲|片頭曲|背景音乐|背景音樂"),
    ),
    editorial_comments=(r"原文如此|编者注|…|\.\.\.",),
    occasion_notes=(r"开场白|開場白|结束语|結束語|开场发言|開場發言",),
    label_notes=(r"继续|繼續|续|續",),  # a continuation note in a label, not a role (N191o)
    portrait_words=(r"照片|头像|頭像",),  # alt text of a speaker's portrait fused into the label line
    photo_credits=(r"图|圖|摄影|攝影|图片|圖片",),  # the credit word closing a picture's caption (H1751j)
    boilerplate_lines=(r"返回[^\s,，。:：]{1,12}$",
                       r"(上一页|下一页|上一篇|下一篇|上一頁|下一頁)[^\s。]{0,30}$",  # links to the record's neighbours
                       r".{0,8}(字号|字號|字体|字體)\s*[:：]?(\s*[大中小]){0,3}$",  # a font-size widget
                       r"(相关阅读|相关链接|【纠错】|打印本页|扫一扫.{0,40}|分享到\S{0,10})$",
                       r"【摘要】", r"首页(\s+[^\s]{2,30}){2,}$",  # an abstract widget; a breadcrumb spaced apart
                       # a row of bracketed buttons under the article: "【打印】【关闭】" (B1172g)
                       r"(?:[【\[]\s*(?:打印|打印本页|关闭|关闭窗口|關閉|收藏|纠错|糾錯|分享|评论|評論|返回顶部|字号|字號|[大中小])\s*[】\]]\s*){1,8}$",
                       r"[\[(]?\s*(广告)\s*[\])]?$",  # an advertisement's label
                       r"分享到?|打印|关闭窗口|返回顶部|责任编辑|首页\s*[>»›/|]|版权所有|相关新闻",
                       # traditional forms; an editor line in brackets; a site's registration
                       # numbers (ICP, public security) and licences; the "about us" link row
                       r"[\[【]?\s*(责任编辑|責任編輯)|版權所有|返回頂部|相關新聞|關閉窗口|分享到",
                       r".*ICP(备|備|证|證)\s*\d|.*公(网|網)安(备|備)\s*\d|(网络|網絡)(传播|傳播)(视听|視聽)(节目|節目)(许可|許可)(证|證)",
                       r"(关于|關于|關於)(我们|我們)\s*[|｜]",
                       r"[(（](以上|以下|上|下)(图片|圖片|图|圖|照片)",  # a photo caption: "(以上图片均为现场)"
                       # an article's abstract widget, which repeats the lead or the title
                       r"(摘要|概要|内容提要|導讀|导读)\s*[:：]",
                       # a picture's source in brackets, a related-topics box, an article's byline
                       # ("文_Name", "文/Name") and its first-publication line
                       r"[(（]\s*(图片|圖片|图|圖|照片)(来自|來自|来源|來源|由)[^)）]{0,30}[)）]$",
                       r".{0,12}(相关|相關)(专题|專題|文章|阅读|閱讀|报道|報導)\s*[:：]?$",
                       r"文\s*[_/｜|／]\s*[^\s,，。]{1,10}([(（][^)）]{0,40}[)）])?$",
                       r"本文(原|首|最初)?(发|發|刊|载|載)(表)?(于|於|在)",
                       # a video player's loading and error lines (B1552i); a view counter's
                       # number (a "?" where it did not load) before the popularity word (B1553i)
                       r"(没有|沒有)(媒体|媒體)(可用)?(资源|資源)$", r"(请稍等|請稍等)(\.{3}|…{1,2})?$",
                       r"(?:\d[\d,.]*\s?[万萬]?|\?)\s*(人气|人氣)$",
                       # a site's list headings under the article: "推荐文章", "热点文章" (B1555i)
                       r"(推荐|推薦|热点|熱點|热门|熱門|最新|精彩)(文章|阅读|閱讀|资讯|資訊)\s*[:：]?$",),
    # a publication widget holding several article fields on one line: "作者:ccy 瀏覽:56",
    # "发布者: sisu04| 查看: 187| 评论: 0" (found by its literal, then the pattern)
    boilerplate_anywhere=(("作者", r"(作者|发布者|發布者)\s*[:：][^:：]{0,40}(浏览|瀏覽|查看|评论|評論|点击|點擊|阅读|閱讀)\s*[:：]"),
                          ("发布者", r"发布者\s*[:：][^:：]{0,40}(查看|评论|浏览)\s*[:：]"),
                          # a transcription service's own line over its export: "這份檔案由 AlphaMemo.ai
                          # 製作，歡迎到網站了解更多：https://…" (B1636i)
                          ("歡迎", r"由.{1,40}(製作|生成).{0,3}歡迎(到|至|上|造訪)?(網站|官網)"),
                          ("欢迎", r"由.{1,40}(制作|生成).{0,3}欢迎(到|至|上|访问)?(网站|官网)"),),
    boilerplate_soft=(r"^[【\[][^】\]]{0,20}(推荐|推薦|相关|相關|阅读|閱讀)[^】\]]{0,10}[】\]]$",  # "【今日热点新闻推荐】" (H126m)
        r"^(登录|登錄|登陆|登陸|注册|註冊|退出)([\s/|]*(登录|登錄|登陆|登陸|注册|註冊|退出))*$",  # an account widget: "登录 | 注册" (B312a)
        r"^(搜索|搜尋)$", r"^(欢迎|歡迎)(来到|來到|访问|訪問|光临|光臨)[^。！？!?，,]{1,30}$",   # a lone search widget, a share link, a site's welcome banner (H122m)
        r"^(时间|時間)\s*[:：]\s*\d{4}", r"^(目录|目錄)$", r"^(来源|编辑|图片)\s*[:：]",
                      # a news page's article fields: source, publication time, font size, visits
                      r"^(文章来源|发布时间|字体|访问量|浏览次数|点击数|点击次数|發布人|发布人)\s*[:：]",  # (the poster: B1776j)
                      # a document site's copyright notice and download button
                      r"^(声明|聲明|免责声明|免責聲明)\s*[:：]", r"^(下载|下載)到本地",
                      r"^[\u4e00-\u9fff]{2,6}(网|網)$",),  # a site's name closing the page: "某某新闻网"
    translation_notes=(r"译文|譯文|中文翻译|中文翻譯|翻译如下|翻譯如下",),  # a line saying the text below is a translation (I160q)
    translation_credits=(r"(?:翻译|翻譯|译者|譯者)[:：]\s*\S.{0,30}",),
    byline_marks=(r"(?:文|撰文|作者|采写|採寫|整理)\s*[/／|｜_]\s*\S",),  # "文/全景網《WE言堂》專欄特約 老道消息" (H1559i)
    author_credits=(r"(?:本报|本報|本刊)(?:记者|記者)|作者",),  # "本报记者 于涛": the paper's own reporter (N441a)  # a translator's credit after the last turn (I161q)
)
