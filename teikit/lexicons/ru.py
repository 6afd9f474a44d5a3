"""Russian: Kremlin and Russian MFA transcripts ("Вопрос:", "С.В.Лавров:")."""
_W = str.split

ENTRIES = dict(
    detect_words=frozenset(_W("""
        и в не на что я с как это по мы вы но он к у из за то так же все бы о от""")),
    label_not_words=frozenset(_W("НО ДАТА МЕСТО ИСТОЧНИК ТЕМА ТЕМЫ ПОДЕЛИТЬСЯ ПЕЧАТЬ ПРИМЕЧАНИЕ СТЕНОГРАММА ПОВЕСТКА")),  # ПОВЕСТКА ДНЯ
    label_role_words=frozenset(_W("""
        координатор
        президент министр председатель премьер-министр посол пресс-секретарь ведущий ведущая
        модератор журналист журналистка переводчик переводчица вопрос ответ губернатор мэр
        депутат сенатор реплика голос редактор главред корреспондент обозреватель
        комментатор глава руководитель директор заместитель репортер репортёр
        судья обвиняемый обвиняемая подсудимый подсудимая прокурор адвокат защитник потерпевший потерпевшая
        истец истица ответчик ответчица""")),  # a court record's parties (L1610i)
    staff_words=frozenset(_W("тренер наставник")),  # "Тренер ФК «Зоркий»:", a club's coach (L2143k)
    label_announcers=frozenset(_W("выступающий спикер")),
    # headings over a results call's list of participants, one "Name - Role" line each (L300i)
    sluglines=(r"инт\.|экст\.|нат\.|интерьер\.?|натура\.?",),  # a screenplay's scene heading: "INT. KITCHEN - DAY" (L1277h)
    voice_extensions=(r"за кадром|з\.\s?к\.?|продолжая|по телефону",),  # after a screenplay character's name: "MARTHA (V.O.)" is MARTHA's label (L1401i)
    guest_intro_headings=frozenset(("о госте", "справка", "досье")),  # a heading over the guest's portrait (H1282h)
    guest_labels=frozenset(("гость", "гостья",)),  # the guest's label, named by the portrait (H1282h)
    call_sections=frozenset(("вопросы и ответы", "сессия вопросов и ответов", "презентация")),  # a call's section heading between two turns (T1272h)
    participant_headings=frozenset(("участники", "участники конференции", "аналитики")),
    answerer_fields=frozenset(_W("респондент собеседник собеседница")),  # a field naming who answers an interview (N1504i)
    occupation_fields=frozenset(_W("профессия должность")),  # a field or a table column naming a person's occupation (N1504i)
    participant_fields=frozenset(_W("участники гости гость собеседники")),  # a field listing those who speak, with their roles (N950e)
    name_introducers=frozenset(_W("с со и")),  # "Интервью с Сергеем Вакуленко" (N1140g)
    place_prepositions=frozenset(_W("в во")),  # before a place in a title's tail
    office_complements=(r"[а-яё]+(?:-[а-яё]+)?",),  # the genitive after an office: "министра иностранных дел России"
    office_fields=frozenset(_W("""
        республики правительства совета комиссии комитета государства думы федерации собрания парламента суда
        банка союза области края города кабинета министерства финансов иностранных дел обороны юстиции
        здравоохранения образования экономики внутренних труда культуры безопасности""")),  # what an office is of: "PRESIDENTE DELLA REPUBBLICA"
    office_modifiers=frozenset(_W("бывший бывшая новый новая")),  # between an article and an office: "the former minister, ..."
    voice_words=(r"голос|спикер|говорящий",),  # diarization ids: a word and a number ("Voz 0889 00:02 ...")
    address_words=(r"к|ко",),  # "OGS to Scott:": a speaker's label naming whom the speaker turns to
    transcript_intros=(r"(ниже|далее) (приводится |публикуется )?(полная )?(стенограмма|расшифровка|текст)\b.*|(полная )?(стенограмма|расшифровка) (интервью|беседы|выступления)?",),  # a sentence that introduces the transcript
    poll_headings=(r"опрос|голосование",),  # a poll widget over its question (B2246l)
    poll_results=(r"результаты|голосовать",),
    transcript_words=(r"\b(стенограмм|расшифровк|расшифровал|транскрипци)\w*",),  # the transcript naming itself: an editor's note before the first turn
    # A name printed in an oblique case ("интервью Сергея Лаврова", "беседа с Ольгой
    # Любимовой"): per case and gender, the endings of surnames, patronymics and given names
    # and their nominative endings, longest first; the first that fits a word is taken, and all
    # the name's words are read in the case and gender that turns its surname into the label's
    # (N1099f). Indeclinable names ("Шойгу") fit none and stay as printed.
    # a patronymic in any case: "Викторович", "Викторовича", "Владимировны", "Ильич"; a Russian name
    # holds a given name and a patronymic before the surname, no more (N1405i)
    patronymics=(r"[^\W\d_]+(?:[оеё]вич|[оеё]вн|ьич|ичн|инич)(?:а|у|ем|е|ом|ой|ы|ою)?",),
    name_cases=(
        (("ского", "ский"), ("цкого", "цкий"), ("овича", "ович"), ("евича", "евич"), ("ова", "ов"), ("ева", "ев"),
         ("ёва", "ёв"), ("ина", "ин"), ("ына", "ын"), ("ея", "ей"), ("ия", "ий"), ("я", "й"), ("а", "")),  # genitive, masculine
        (("ской", "ская"), ("цкой", "цкая"), ("овны", "овна"), ("евны", "евна"), ("овой", "ова"), ("евой", "ева"),
         ("иной", "ина"), ("ыной", "ына"), ("ии", "ия"), ("ьи", "ья"), ("ги", "га"), ("ки", "ка"), ("хи", "ха"),
         ("жи", "жа"), ("ши", "ша"), ("чи", "ча"), ("щи", "ща"), ("ы", "а"), ("и", "я")),  # genitive, feminine
        (("ским", "ский"), ("цким", "цкий"), ("овичем", "ович"), ("евичем", "евич"), ("овым", "ов"), ("евым", "ев"),
         ("ёвым", "ёв"), ("иным", "ин"), ("ыным", "ын"), ("еем", "ей"), ("ием", "ий"), ("ем", "й"), ("ом", "")),  # instrumental, masculine
        (("ской", "ская"), ("цкой", "цкая"), ("овной", "овна"), ("евной", "евна"), ("овой", "ова"), ("евой", "ева"),
         ("иной", "ина"), ("ыной", "ына"), ("ией", "ия"), ("ьей", "ья"), ("ой", "а"), ("ей", "я")),  # instrumental, feminine
        (("скому", "ский"), ("цкому", "цкий"), ("овичу", "ович"), ("евичу", "евич"), ("ову", "ов"), ("еву", "ев"),
         ("ину", "ин"), ("ыну", "ын"), ("ею", "ей"), ("ию", "ий"), ("ю", "й"), ("у", "")),  # dative, masculine
        (("ской", "ская"), ("цкой", "цкая"), ("овне", "овна"), ("евне", "евна"), ("овой", "ова"), ("евой", "ева"),
         ("иной", "ина"), ("ыной", "ына"), ("ии", "ия"), ("ье", "ья"), ("е", "а")),  # dative, feminine
    ),
    recorded_verbs=(r"\b(?:записан[оа]?|записаны|проведен[оа]?|состоял[оа]сь|вышл[оа]|опубликован[оа]?)\b",),  # the lead telling when the occasion took place (D1034f)
    affiliation_links=(r"из|от",),  # "Tom Roe, with the Harbour Board." opening one's turn (N1040f)
    roll_call_cues=(r"\bменя зовут|\bсо мной|\bу нас в гостях",),  # a host names the voices labelled by initials (N1037f)
    asking_fields=(r"интервью|вопросы|вопросы задавал|вопросы задавала|беседовал|беседовала|ведущий|ведущая|интервьюер",),  # a title's "(Interview: Ann Lee)" names who asks (N1036f)
    question_labels=("ВОПРОС", "ЖУРНАЛИСТ"),
    interview_words=(r"интервью|бесед[аы]",),  # a header naming the text an interview
    question_counts=(r"вопрос(?:а|ов)?",),  # "5 вопросов": a number of questions, a headline (H353a)
    step_words=(r"шаг|этап",),  # before a number ("… 1:"): a how-to's numbered step, no speaker (L1102g)
    note_fields=(r"заметки|примечани[ея]|наблюдени[ея]|цели|цель",),  # an interview guide's own fields ("Notes:"), no speaker (L1107g)
    interview_parties=(r"респондент|интервьюер|собеседник",),  # "[the interviewee asks …]": a transcriber's description opens so (E1110g)
    pseudonym_fields=(r"псевдоним",),  # a guide's "Pseudonym:" field names the coded participant (N1112g)
    answer_labels=("ОТВЕТ",),
    asker_leads=(r"(?:(?:\d+-?(?:й|ий)|первый|второй|третий|последний)[ \u00a0]+)?вопрос[ \u00a0]+от[ \u00a0]+",),  # a question's lead naming the asker before the label
    discourse_words=frozenset(_W("да нет итак во-первых во-вторых наконец")),
    label_small_words=frozenset(),
    reporter_words=frozenset(("журналист", "журналистка", "корреспондент")),
    list_joiners=frozenset(_W("и")),  # the last person of a list of guests
    small_words=frozenset(_W("и в на с по для о от к у из")),
    numbered_sittings=(r"\b\d+(?:-?е)?\s+заседани[ея]\b", r"\bзаседани[ея] №\s*\d+"),  # H1167g
    legislative_terms=(r"созыв|созыва",),  # a house's numbered term on a header line, no place or venue (H1404i)
    title_words=frozenset(_W("""
        господин госпожа президент министр председатель премьер-министр посол пресс-секретарь
        генеральный секретарь заместитель помощник председателя правительства
        мэр губернатор сенатор канцлер депутат директор судья член""")),  # "член Государственной Думы" (R2495m)
    not_name_words=frozenset(_W("пресс-конференция заявление выступление интервью встреча")),
    anonymous_words=frozenset(_W("ведущий ведущая модератор")),
    ordinals=frozenset(_W("первый первая первого второй вторая второго третий третья третьего")),  # "Zweite Vizepräsidentin": part of the office
    honorifics=frozenset(_W("господин госпожа г-н г-жа")),
    generic_voices=(r"ВОПРОС|ВОПРОСЫ|ОТВЕТ|ЖУРНАЛИСТ|ЖУРНАЛИСТКА|РЕПЛИКА|РЕПЛИКИ|ГОЛОС|ГОЛОСА|"
                    r"ГОЛОС ИЗ ЗАЛА|КОРРЕСПОНДЕНТ|ЖУРНАЛИСТЫ|КОРРЕСПОНДЕНТЫ|(ПРЕДСТАВИТЕЛИ |ПРЕДСТАВИТЕЛЬ )?(СМИ|ПРЕССЫ)",),  # the press asking as one (L2145k)
    interpreter_labels=(r"ПЕРЕВОДЧИК|ПЕРЕВОДЧИЦА",),
    self_introductions=(r"\b(?:меня зовут|я)\s+$",),  # (a word of its own: not the end of "ведения")
    introductions=(r"(?:слово предоставляется|слово принадлежит|слово имеет|предоставляю слово|приветствую)\s+$",),  # the chair's call (R2495m)
    naming_phrases=(r"меня зовут\s+$",),
    self_roles=(r"\bя (?:ваш|ваша)\s+$",),
    self_affiliations=(r"\bя работаю в\s+$",),
    chair_words=frozenset(_W("председательствующий председатель")),
    group_mandates=(r"от (?:имени )?фракции\b",),  # L1181h
    chair_offices=frozenset(_W("президиум")),
    greeting_words=("здравствуйте", "добрый день", "добрый вечер", "доброе утро", "привет"),  # a greeting that may name whom it greets (N810c)
    spoken_words=(r"\b(?:[Яя]|[Мм]еня|[Мм]не|[Мм]ной|[Мм]ы|[Нн]ас|[Нн]ам|[Нн]ами|[Вв]ы|[Вв]ас|[Вв]ам|[Вв]ами|[Тт]ы|[Тт]ебя|[Тт]ебе|[Тт]обой"
                  r"|(?:[Мм]|[Тт]в)о(?:й|я|ё|е|и|его|ей|ему|ем|ём|им|их|ими|ю)|[НнВв]аш(?:|а|е|и|его|ей|ему|ем|им|их|ими|у))\b",
                  r"\b(?:[Сс]пасибо|[Бб]лагодарю|[Зз]дравствуйте|[Дд]обр(?:ый|ое) (?:день|вечер|утро)|[Уу]важаемые|[Дд]амы и господа)\b"),  # only a speaker says them: a record's narration holds none
    house_reporters=(r"\b[Нн]аш(?:|а|е|и|его|ей|ему|ем|им|их|ими|у) (?:корреспондент\w*|журналист\w*|редакци\w*|обозревател\w*)",),  # a lead's "we", not a speaker's (P740c)
    chair_phrases=(r"председательствует|председательствующий:?",),
    witness_words=frozenset(_W("свидетель свидетельница")),
    deposition_phrases=(r"допрос|показания",),
    occasion_notes=(r"вступительное слово",),  # "(Opening statement)" after a label
    label_notes=(r"продолжает|продолжая|перебивая|продолжение",),  # a continuation note in a label, not a role (N191o)
    role_copulas=(r"\s+(?:является|работает|служит)\s+",),  # between a name and its role (N194o)
    relative_pronouns=(r"который|которая",),  # "Ann Roe, who was the mayor": the role after a relative pronoun and a copula (N952e)
    role_nouns=frozenset(_W("медсестра инженер гость гостья соведущий соведущая автор писатель писательница профессор студент студентка преподаватель преподавательница учитель учительница актер актёр актриса певец певица артист артистка редактор судья тренер наставник адвокат юрист врач экономист историк исследователь основатель основательница ведущий ведущая соведущий соведущая чтец депутат мэр начальник руководитель директор гендиректор член секретарь советник помощник эксперт политолог аналитик кандидат капитан полковник генерал биолог физик химик архитектор фотограф режиссер режиссёр композитор музыкант музыкантка пианист дирижер дирижёр танцор футболист пресс-атташе психолог хирург предприниматель бизнесмен социолог философ священник")),  # occupations and ranks printed beside a name (N193o, N332c; гендиректор: N2542m; музыкант: N2447m)
    possessives=frozenset(_W("мой моя наш наша")),  # "my cohost, Dan", "notre invité, Adam": a host's guest and role (N951e)
    speech_headings=(r"(?:вступительное\s+)?(?:заявление|выступление|слово|обращение)\s+",),
    interviewer_credits=(r"интервью взял[аи]?|беседовал[аи]?|интервьюер",),  # "Interviewed by <name>" under an oral history's narrator (H2003k)
    interviewer_phrases=(r"с|интервью",),
    handover_replies=(r"(?:спасибо|благодарю|добрый (?:день|вечер)|доброе утро)\b",),  # how one handed the floor opens: a later hand-over in a text without labels is done (N2342l)
    answering_phrases=(r"ответил[аи]? на вопросы|рассказал[аи]?|поделил(?:ся|ась|ись) (?:мнением|впечатлениями)|прокомментировал[аи]?",),  # a lead's subject answers the dashed exchange below it (N2341l)
    occasions=(r"пресс-конференция|заявление( для прессы| для сми)?|выступление|интервью|"
               r"ответы на вопросы сми|совместная пресс-конференция|брифинг|стенограмма",),
    street_words=(r"улица|ул\.|проспект|пр-т|площадь|пл\.|переулок|пер\.|набережная|шоссе|бульвар",),  # "ул. Тверская, 13" (H300f)
    venue_words=(r"кремль|зал|дом|министерство|посольство|резиденция|дворец",),
    office_words=(r"президент|министр|председатель|посол|пресс-секретарь|заместитель",),
    sitting_starts=(r"заседание открывается в \d{1,2}[.:]\d{2}\.?",),  # a record's opening time before the first label
    procedural_lines=(r"заседание (открывается|открыто|закрывается|закрыто|продолжается)\b", r"комитет (заслушивает|рассматривает|заслушал|рассмотрел)\b", r"объявляется перерыв\b",
                      # a typed record's head (H2306l): its classification and copy notes, the chair
                      # and attendance lines, a numbered agenda item ("1. О …")
                      r"(сов\.|совершенно)\s+секретно\b", r"экз\.\s", r"председательствовал[аи]?\s",
                      r"присутствовали\s", r"\d{1,2}\.\s+об?\s"),
    header_notes=(r"стенограмма\s*:?$|полный текст\s*:?$",),  # "Стенограмма:": the transcript follows
    header_fields={"дата": "date", "место": "place", "тема": "title", "заголовок": "title", "оригинальный заголовок": "title", "участники": "metadata",
                   "гости": "metadata"},
    # an agency's dateline: "Москва. 3 апреля. INTERFAX.RU - ...", "Сочи. 5 мая. ТАСС - ..."
    news_datelines=(r"(?P<place>[А-ЯЁ][а-яё]+(?:[ -][А-ЯЁ][а-яё]+)?)\.\s+\d{1,2}\s+[а-яё]+\.\s+\S{2,30}\s+[-–—]\s",),
    hour_words=(r"час", r"часа", r"часов"),  # "20 мая 2015 года. 10 часов." (D791b)
    months={"января": 1, "февраля": 2, "марта": 3, "апреля": 4, "мая": 5, "июня": 6, "июля": 7,
            "августа": 8, "сентября": 9, "октября": 10, "ноября": 11, "декабря": 12,
            "январь": 1, "февраль": 2, "март": 3, "апрель": 4, "май": 5, "июнь": 6, "июль": 7,
            "август": 8, "сентябрь": 9, "октябрь": 10, "ноябрь": 11, "декабрь": 12},
    date_articles=(r"от",),  # "от 12 марта 2024 г."
    publication_prefixes=(r"опубликовано|обновлено",),  # "опубликовано <date>": when the page was published
    update_prefixes=(r"последнее обновление|дата обновления",),  # "последнее обновление: <date>" after the last turn: the page's stamp
    weekdays=(r"понедельник|вторник|среда|четверг|пятница|суббота|воскресенье",),
    day_first=True,
    interpreted_notes=(r"(через )?(переводчика?|перевод)( с \w+( языка)?)?|синхронный перевод|"
                       r"как переведено|говорит через переводчика",),
    language_notes=(r"(говорит |отвечает |продолжает )?по-\w+|на \w+ языке",),
    language_names=frozenset(_W("по-английски по-французски по-русски по-немецки по-китайски")),
    stage_openers=(r"звуч(ит|ат) (песня|музыка|гимн|мелодия)|(демонстрируется|показывают|показан) (видео|видеоролик|фильм)|(все )?(встают|аплодируют)\b",),  # an unbracketed stage direction inside a turn opens so
    author_bylines=(r"автор",),  # an article's author before the interview (N336c)
    interview_credits=(r"(?:беседовал[аи]?|интервью (?:взял[аи]?|записал[аи]?|подготовил[аи]?))\s+\S.{0,60}",),
    event_rules=(
        ("vocal", "laughter", r"смех( в зале)?|смеётся|смеется|смеются|смеёмся|смеемся|оживление( в зале)?"),
        ("kinesic", "applause", r"аплодисменты|аплодисменты в зале|продолжительные аплодисменты"),
        # a gesture, the person named before it and a gerund allowed: "(Юра, улыбаясь, здоровается.)" (E150p)
        ("kinesic", "gesture", r"([\w-]+,? )?([\w-]+(я|ясь|в|вшись),? )?(улыба(ется|ются)|здорова(ется|ются)|кива(ет|ют)|"
                               r"пожима(ет|ют) (плечами|руку|руки)|разводит руками|жестикулиру(ет|ют)|обнима(ет|ются)|"
                               r"показыва(ет|ют)\b.*)"),
        ("gap", "inaudible", r"неразборчиво|нрзб|не слышно|без микрофона|вне микрофона"),
        ("incident", "crosstalk", r"шум( в зале)?|говорят одновременно|реплики из зала|выкрики"),
        # the anthem played, and "Все встают." after it in the same brackets (E2066k)
        ("incident", "recording", r"звуч(ит|ат) ([\w-]+ ){0,3}гимн\b[^()]{0,80}|пауза|перерыв|(\w+,? ){0,2}музыка|звучит музыка|музыкальная заставка|джингл"),
    ),
    event_continuations=frozenset(_W("в из и –")),
    cue_words=frozenset(_W("сирена сирены гудок гудки выстрел выстрелы взрыв гром дождь ветер звонок заставка отбивка")),  # a cue in capitals holding one: "(TRAFFIC)" (E220d)
    bare_event_marks=(r"(?<!\w)нрзб\.?(?!\w)",),  # "неразборчиво" abbreviated, unbracketed: "... скажем / — нрзб." (E222d)
    editorial_comments=(r"sic|так в тексте|прим\. ред\.?|…|\.\.\.",),
    portrait_words=(r"Портрет|Фото",),  # alt text of a speaker's portrait fused into the label line
    photo_credits=(r"фото|фотография",),  # the credit word closing a picture's caption (H1751j)
    reader_addresses=(r"(дорогие|уважаемые) (читатели|слушатели)\b",),  # a site's appeal after the last answer (B863d)
    boilerplate_lines=(r"вы здесь\s*(:\s*[^.?!]{0,120})?$", r"[•·]?\s*ничего не найдено$",   # a breadcrumb's lead, a back link, a viewer's empty search (B1458i)
                       r"произошла (непредвиденная )?ошибка\b.{0,120}?попробуйте (ещё раз |еще раз )?позже[.!]?$",  # a web form's failure notice: an error, then "try again later" (B1752j)
                       r"(слушайте|слушать|читайте|читать|смотрите|смотреть) (также )?(первую|вторую|третью|предыдущую|следующую) часть\b.{0,60}$",  # a link to another part of the same interview (B160q)
                       r"(?:\S.{0,80}?(?: {3,}|\t))?(?:страница|стр\.) ?\d{1,4}(?: из \d{1,4})?$",  # "Страница 2 из 14" after a running head (B1279h)
                       r"\|?\s*время (чтения|на чтение)\s*:?\s*\d+\s*мин(ут[аы]?)?\.?$",  # a reading-time widget (B151p)
                       r"вернуться (к|на|в) [\w '’-]{1,40}$",
                       r"(слушать|прослушать) (статью|новость)$",  # an audio player over the article (B1216h)
                       r"(перейти к )?(предыдущ|следующ)(ая|ей|ую) (част|страниц)(ь|ы|е|у|и)$",  # links to the record's neighbours
                       r"(показать (ещё|еще|больше|полностью)|свернуть)$",  # a page's show-more/less toggle
                       r"(комментарии( \(\d+\)| к (сообщению|статье|записи|новости|посту|материалу|теме)( #?\d+)?)?|теги\s*:.{0,160}|ссылка на источник|подписывайтесь\b.{0,160})$",
                       # a news site's widgets: its feed in a reader app, a news-tip link (B2123k)
                       r"следите за (нашими )?новостями\b.{0,60}$", r"в удобном формате$", r"есть новость\?.{0,40}$",
                       r"перейти (в|на) (дзен|телеграм|telegram|канал|vk|вк)\b.{0,30}$",
                       r"(фото|видео)(\s*(,|и)\s*(фото|видео))+\s*:\s*\S.{0,200}$",  # "Фото, видео: РИА Новости / ТАСС": the pictures' credits
                       r"смотрите (в )?видео\b", r".{0,120}\bбудьте с нами!?$",  # a video link; a live blog's sign-off
                       # an online library's reader page: its book line, author field, report link and pager
                       r"текст книги\s.{1,200}$", r"автор книги\s*:.{1,80}$", r"сообщить о (нарушении|ошибке)$",
                       r"текущая страница\s*:?\s*\d+( \(всего( у книги)? \d+ страниц\w*\))?$",
                       r"[\[(]?\s*(реклама)\s*[\])]?$",  # an advertisement's label
                       # a blog's comment footer, as Blogger prints it under every post (B2060k)
                       r"отправить комментарий$|комментари(и|ев)\s*:\s*\d+\s*:?$|(\d+ комментари(й|я|ев)|комментариев нет)\s*:?$",
                       r"подпи(шитесь|саться) на:?( каналы?)? (комментарии к сообщению|сообщения)\b.{0,20}$",
                       r"(<<|«)\s*главная( страница)?$",
                       r"оригинальная (запись|статья|публикация) (в блоге|в журнале|на сайте)\b.{0,80}$",  # a repost's pointer to the original (B2062k)
                       r"поделиться|версия для печати|печать|читайте также|смотрите также|"
                       r"версия для слабовидящих|наверх|главная\s*[>»›/|]|все права защищены",
                       r"(наши )?партн(е|ё)ры|партнери",),  # a site's partners box heading under the text (B2063k; "Партнери" its Ukrainian version)
    menu_words=frozenset("главная новости политика экономика культура спорт общество мир видео аудио подкасты контакты поиск архив здоровье наука образование афиша музыка кино регионы происшествия мнение мнения эксклюзив аналитика".split()),  # a menu bar printed as one line (H315a)
    boilerplate_soft=(r"^(войти|вход|выйти|выход|регистрация|зарегистрироваться|личный кабинет)( (в|на|через) [^.!?:;,]{1,30})?$",  # an account widget: "Войти в почту" (B312a)
        r"^(поиск|найти)$", r"^добро пожаловать (на|в|во) [^.!?:;,]{2,40}$",   # a lone search widget, a share link, a site's welcome banner (H122m)
        r"^(источник|фото|теги|тэги|метки|рубрика|категория|обновлено|опубликовано)\s*:", r"^(содержание|оглавление)$",
        r"^форум\s+[\w-]+(\.[\w-]+)+$"),  # a forum's name with its domain: "Форум torpedom.ru" (B513a)
    translation_notes=(r"\bдоступен перевод\b|\bперевод (?:с|на) (?:английск|немецк|французск|испанск|итальянск|русск)\w*|\bв переводе\b",),  # a line saying the text below is a translation (I160q)
    translation_credits=(r"перевод(?::| —| -) \S.{0,60}|перевел[аи]? \S.{0,60}|спасибо \S.{0,60} за перевод",),  # a translator's credit after the last turn (I161q)
)
