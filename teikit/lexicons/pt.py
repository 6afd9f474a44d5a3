"""Portuguese: Brazilian and Portuguese legislative records (notas taquigráficas, Diário da
Assembleia), the presidency's press pages, interviews (D2488m)."""
_W = str.split

ENTRIES = dict(
    # Words no other lexicon counts (D2580m): the Spanish-looking "que", "de", "no", "como",
    # "para", "porque", "está", "este", "esta" are Spanish's own count, "e" and "da" Italian's,
    # "mais" and "ou" French's, "do" and "das" English's and German's, "com" is in every web
    # address: a tie between Portuguese and Spanish goes to Spanish, listed first.
    detect_words=frozenset(_W("""
        não você vocês também muito muita muitos muitas são uma umas uns pelo pela pelos pelas
        ao aos às à é isso isto essa esse nós eu ele ela eles elas já então foi há tem têm estão
        obrigado obrigada seu sua seus suas meu minha nosso nossa ainda agora onde depois sem
        num numa dum duma mesmo coisa coisas fazer vamos senhor senhora do da dos os em""")),
    label_not_words=frozenset(_W("DATA LOCAL FONTE TÍTULO TEMA ASSUNTO COMPARTILHAR IMPRIMIR NOTA ORDEM PUBL")),  # ORDEM DO DIA: the agenda
    label_role_words=frozenset(_W("""
        entrevistador entrevistadora entrevistado entrevistada presidente presidenta ministro ministra
        secretário secretária secretario secretaria porta-voz moderador moderadora jornalista intérprete
        pergunta resposta embaixador embaixadora deputado deputada senador senadora vereador vereadora
        prefeito prefeita governador governadora relator relatora apresentador apresentadora repórter""")),
    participant_fields=frozenset(_W("participantes convidados convidadas entrevistados")),
    place_prepositions=frozenset(_W("em no na")),
    office_links=frozenset(_W("de do da dos das")),
    office_fields=frozenset(_W("""
        república governo conselho comissão comitê estado senado congresso assembleia câmara tribunal
        banco união região província município nação ministério fazenda economia justiça saúde educação
        defesa trabalho agricultura cultura segurança""")),
    office_modifiers=frozenset(_W("ex antigo antiga novo nova atual")),
    address_words=(r"a|ao|à",),
    transcript_intros=(r"(?:a seguir|segue|esta é) (?:a )?(?:transcrição|íntegra)\b.*",),
    transcript_headings=(r"(?:leia a )?(?:transcrição|íntegra)(?: completa)?",),
    transcript_words=(r"\btranscri(ção|ções|to|ta)\b|\bnotas taquigráficas\b",),  # the record naming itself
    question_labels=("PERGUNTA", "JORNALISTA", "P"),
    answer_labels=("RESPOSTA", "R"),
    interview_words=(r"entrevistas?",),
    discourse_words=frozenset(_W("sim não bom bem então primeiro segundo finalmente")),
    label_small_words=frozenset(_W("de do da dos das o a os as e")),
    reporter_words=frozenset(("jornalista", "repórter")),
    list_joiners=frozenset(_W("e")),
    small_words=frozenset(_W("de do da dos das o a os as e em no na nos nas ao aos à com por para sobre um uma")),
    legislative_terms=(r"legislatura",),  # a house's numbered term, no place or venue (H1404i)
    numbered_sittings=(r"\bsessão (?:ordinária |extraordinária |solene )?(?:n\.?º|número)\s*\d+", r"(?<!\w)\d{1,4}[ªº]\.?\s+sess(?:ão|ao)\b"),  # H1167g, "134ª SESSÃO ORDINÁRIA"
    title_words=frozenset(_W("""
        sr. sra. srta. senhor senhora presidente presidenta ministro ministra secretário secretária
        porta-voz embaixador embaixadora vice-presidente vice-presidenta governador governadora
        deputado deputada senador senadora vereador vereadora prefeito prefeita diretor diretora
        juiz juíza relator relatora líder
        dr. dra. geral chanceler o a primeiro primeira segundo segunda governo conselheiro conselheira
        director directora comissário comissária""")),  # ("o a": "O SR. PRESIDENTE -", as "el la" in Spanish)
    not_name_words=frozenset(_W("entrevista coletiva declaração discurso pronunciamento sessão reunião")),
    anonymous_words=frozenset(_W("moderador moderadora apresentador apresentadora")),
    ordinals=frozenset(_W("primeiro primeira segundo segunda terceiro terceira quarto quarta 1º 2º 3º 4º 1ª 2ª 3ª 4ª")),
    name_introducers=frozenset(_W("por com e")),
    honorifics=frozenset(_W("sr. sra. srta. senhor senhora dom dona dr. dra. exmo. exma.")),
    forms_of_address=frozenset(_W("sr sra senhor senhora")),
    articles=frozenset(_W("o a os as")),
    indefinite_articles=frozenset(_W("um uma")),
    name_suffixes=frozenset(_W("jr júnior filho neto")),
    # (a Portuguese write-up's "Pergunta:" and "Resposta:" are its one interviewer and one
    # interviewee, each a person, as dev37 3905 names them; a press conference labels its
    # askers "Jornalista:")
    generic_voices=(r"PERGUNTAS|JORNALISTA|JORNALISTAS|PÚBLICO|VOZ|VOZES|PLATEIA|ORADOR NÃO IDENTIFICADO|ORADORA NÃO IDENTIFICADA",),
    interpreter_labels=(r"(O |A )?(INTÉRPRETE|TRADUTOR|TRADUTORA)",),
    self_introductions=(r"\b(?:sou|eu sou|me chamo|meu nome é)\s+$",),
    introductions=(r"\b(?:dou a palavra (?:a|ao|à)|tem a palavra|concedo a palavra (?:a|ao|à)|convido)\s+$",),
    naming_phrases=(r"\bme chamo\s+$", r"\bmeu nome é\s+$"),
    chair_words=frozenset(_W("presidente presidenta")),
    chair_offices=frozenset(_W("presidência")),
    chair_phrases=(r"presidência d[oa] (?:sr\.|sra\.|senhor|senhora)?",),
    floor_calls=(r"tem a palavra {name}", r"{name} tem a palavra"),  # T1455i
    role_copulas=(r"\s+(?:é|era|foi)\s+(?:(?:o|a|um|uma)\s+)?",),  # N194o
    relative_pronouns=(r"que|quem",),  # N952e
    role_nouns=frozenset(_W("""professor professora jornalista escritor escritora autor autora médico médica advogado advogada
        engenheiro engenheira economista historiador historiadora pesquisador pesquisadora ator atriz cantor cantora
        artista treinador treinadora diretor diretora fundador fundadora presidente deputado deputada vereador vereadora""")),
    possessives=frozenset(_W("meu minha nosso nossa seu sua")),
    occasion_links=frozenset(_W("de do da")),
    source_lines=(r"(?:divisão|departamento|serviço|diretoria|coordenadoria)(?: técnica)? de (?:taquigrafia|registro|redação|comunicação|imprensa)\b",),  # the record's publisher
    occasions=(r"entrevista(?: coletiva)?|coletiva de imprensa|declaraç(?:ão|ões)(?: à imprensa)?|discurso|pronunciamento",),
    venue_words=(r"palácio|sala|salão|plenário|ministério|embaixada|congresso|senado|assembleia|câmara",),
    office_words=(r"presidente|presidenta|ministro|ministra|secretário|secretária|porta-voz|embaixador|embaixadora",),
    procedural_lines=(r"(?:é|foi) (?:aberta|suspensa|reaberta|levantada|encerrada) a sessão\b", r"(?:a )?sessão (?:é|foi) (?:aberta|suspensa|reaberta|levantada|encerrada)\b",
                      # the house keeping a minute's silence (E2485m)
                      r"(?:o plenário|a assembleia|a câmara|o senado|os (?:srs\. )?deputados)\b[^.]{0,80}? (?:faz|fazem|guarda|guardam|observa|observam) um minuto de silêncio\b"),
    agenda_headings=frozenset("abertura encerramento expediente comunicações".split()),  # a minutes' agenda item heading alone: no place (H1775j)
    header_fields={"data": "date", "local": "place", "título": "title", "titulo": "title", "tema": "title",
                   "participantes": "metadata", "convidados": "metadata",
                   # a Brazilian house record's header names its chair and secretary ("Presidência: ANA ROE",
                   # "Secretário: RUI POE") over the sitting's summary: fields, not the first turns (H2581m)
                   "presidência": "metadata", "secretário": "metadata", "secretária": "metadata"},
    hour_words=(r"horas", r"hora"),
    months={"janeiro": 1, "fevereiro": 2, "março": 3, "marco": 3, "abril": 4, "maio": 5, "junho": 6, "julho": 7,
            "agosto": 8, "setembro": 9, "outubro": 10, "novembro": 11, "dezembro": 12,
            "jan": 1, "fev": 2, "mar": 3, "abr": 4, "mai": 5, "jun": 6, "jul": 7, "ago": 8, "set": 9, "out": 10,
            "nov": 11, "dez": 12},
    date_articles=(r"em|no dia|dia",),  # "Em 25 de setembro de 2002"
    publication_prefixes=(r"publicado em|atualizado em|publicado|atualizado",),
    update_prefixes=(r"última atualização|última modificação",),
    weekdays=(r"segunda-feira|terça-feira|quarta-feira|quinta-feira|sexta-feira|sábado|sabado|domingo",),
    day_first=True,
    interpreted_notes=(r"(?:por meio de |através de |com )?(?:um |uma |o |a )?(?:intérprete|interpretação|tradução)(?: simultânea)?|traduzido do \w+",),
    language_notes=(r"em \w+|(?:fala|responde) em \w+",),
    language_names=frozenset(_W("inglês ingles francês frances russo alemão alemao espanhol italiano chinês árabe português")),
    spoken_words=(r"\b(?:[Ee]u|[Mm]e|[Mm]eu|[Mm]inha|[Mm]eus|[Mm]inhas|[Nn]ós|[Nn]osso|[Nn]ossa|[Nn]ossos|[Nn]ossas|[Vv]ocê|[Vv]ocês|[Tt]e|[Tt]eu|[Tt]ua)\b",
                  r"\b(?:[Oo]brigad[oa]|[Bb]om dia|[Bb]oa tarde|[Bb]oa noite|[Ss]enhoras e senhores|[Pp]or favor|[Cc]onvido)\b"),  # only a speaker says them
    greeting_words=("olá", "bom dia", "boa tarde", "boa noite", "bem-vindo", "bem-vinda"),
    event_rules=(
        ("vocal", "laughter", r"risos?|risadas?|(?:a plateia )?ri|riem"),
        ("kinesic", "applause", r"palmas|aplausos?"),
        ("gap", "inaudible", r"inaudível|ininteligível|fora do microfone"),
        ("incident", "crosstalk", r"manifestaç(?:ão|ões) (?:nas galerias|no plenário)|tumulto|apartes?"),
        ("incident", "recording", r"pausa|música|vinheta"),
    ),
    editorial_comments=(r"sic|n\. da r\.|…|\.\.\.",),
    contents_headings=(r"índice|indice|sumário|sumario",),
    boilerplate_lines=(r"(?:voltar|retornar) (?:ao|para o|à|para a) [\w '’-]{1,40}$", r"(?:ir para o )?topo( da página)?$",
                       r"compartilh(?:e|ar)(?: (?:no|em|esta notícia|esta página))?.{0,40}$", r"imprimir( esta página)?$",
                       r"(?:leia|veja) também\b.{0,160}$", r"(?:notícias|matérias) relacionadas\b.{0,60}$",
                       r"todos os direitos reservados\b.{0,80}$", r"(?:ir|pular) para o conteúdo( principal)?$",
                       r"você está aqui\s*:?.{0,160}$",
                       # a site's notice over a machine transcript, an emoji before it ("🗣️ Transcrição automática de
                       # voz para texto.": cv-dev64's B2530m, read in the Spanish lexicon before Portuguese had its own)
                       r"(?:[^\w\s]{1,4}\s*)?(?:transcrição|transcricão) automática\b[^.!?]{0,60}[.!]?$"),
    back_links=(r"(?:voltar ao |ir para o )?topo(?: da página)?|início da página",),  # a link back to the page's top (B2490m)
    # --- the other fields, from a full translation of the Spanish lexicon (D2580m)
    # "O SR. PREFEITO", "A SRA. RELATORA": a Brazilian house's offices (prefeito is the mayor, relator
    # the rapporteur); a court record's parties as in Spanish (L1610i)
    label_announcers=frozenset(_W("orador oradora interveniente")),
    sluglines=(r"int\.|ext\.|interior\.?|exterior\.?",),  # a screenplay's scene heading (L1277h)
    voice_extensions=(r"off|em off|voz em off|fora de campo|cont\.|continua|ao telefone|por telefone",),  # (L1401i)
    guest_intro_headings=frozenset(("sobre o convidado", "sobre a convidada", "perfil")),  # (H1282h)
    guest_labels=frozenset(("convidado", "convidada",)),  # (H1282h)
    call_sections=frozenset(("perguntas e respostas", "sessão de perguntas e respostas", "apresentação")),  # (T1272h)
    participant_headings=frozenset((
        "participantes", "participantes da empresa", "participantes da conferência", "analistas")),
    answerer_fields=frozenset(_W("entrevistado entrevistada")),  # (N1504i)
    occupation_fields=frozenset(_W("profissão ocupação cargo")),  # (N1504i)
    office_complements=(r"exteriores|estrangeiras|geral|adjunto|adjunta|delegado|delegada|cessante",),
    voice_words=(r"voz|falante|orador|oradora|locutor|locutora",),  # diarization ids ("Falante 1 00:02 ...")
    poll_headings=(r"enquete|enquetes|sondagem|sondagens",),  # (B2246l)
    poll_results=(r"resultados|ver resultados|votar",),
    transcript_links=frozenset(_W("de do da")),  # (N2547m)
    recorded_verbs=(r"\b(?:foi|foram) (?:realizad[ao]s?|gravad[ao]s?|concedid[ao]s?|transmitid[ao]s?|publicad[ao]s?)\b|\bteve lugar\b|\bdecorreu\b",),  # (D1034f)
    affiliation_links=(r"d[oa]s?|de|pel[oa]|em representação d[oe]a?",),  # (N1040f)
    roll_call_cues=(r"\beu sou|\bcomigo,?|\bestá comigo|\bestão comigo|\bconosco|\bconnosco",),  # (N1037f)
    asking_fields=(r"entrevista|entrevistador|entrevistadora|perguntas|perguntas de|moderador|moderadora|moderação",),  # (N1036f)
    question_counts=(r"perguntas",),  # (H353a)
    step_words=(r"passo|etapa",),  # (L1102g)
    note_fields=(r"notas?|observaç(?:ão|ões)|objetivos?|objectivos?",),  # (L1107g)
    interview_parties=(r"(?:o|a) (?:entrevistad[oa]|entrevistador|entrevistadora|participante)",),  # (E1110g)
    pseudonym_fields=(r"pseud[oô]nimo|alcunha|apelido",),  # (N1112g)
    asker_leads=(r"(?:(?:\d+[ªa°]|primeira|segunda|terceira|última)[ \u00a0]+)?pergunta[ \u00a0]+(?:d[oa][ \u00a0]+|de[ \u00a0]+)",),
    address_offices={"santo padre": "Papa", "sua santidade": "Papa"},  # (N2523m)
    self_roles=(r"\b(?:sou|serei) (?:o|a|seu|sua)\s+$",),
    self_affiliations=(r"\btrabalho (?:para|em|no|na|nos|nas)(?: o| a| os| as)?\s+$",),
    self_occupations=(r"\bsou (?:um|uma)\s+$",),
    occupation_links=frozenset(_W("de do da em no na")),
    group_mandates=(r"em nome d[oa]s?\b",),  # L1181h
    report_cues=(r"(?:a |uma )?reportagem de\b|(?:noss[oa] )?(?:correspondente|enviad[oa] especial)\b|(?:de|em) [^\W\d_][\w'’-]+(?: [^\W\d_][\w'’-]+){0,2},",),  # (T868d)
    house_reporters=(r"\b(?:noss[oa]s?) (?:jornalistas?|repórteres|repórter|correspondentes?|redação|redacção|enviad[oa]s? especia(?:l|is))\b",),  # (P740c)
    # "Presidência: WALTER ROE", "PRESIDÊNCIA DO SR. ANA ROE": a Brazilian record's chair line
    witness_words=frozenset(_W("testemunha depoente declarante")),
    deposition_phrases=(r"depoimento de|testemunho de|declaração de",),
    occasion_notes=(r"palavras de abertura|intervenção inicial",),
    label_notes=(r"continuando|continua|interrompendo|prossegue",),  # (N191o)
    naming_links=frozenset(_W("chamado chamada")),  # (N363a)
    speech_deliveries=(r"(?:pronuncia|pronunciou|profere|proferiu)\s+(?:(?:o|a|um|uma|seu|sua)\s+)?(?:[\w'’-]+\s+){0,4}?(?:discurso|alocução|conferência|homilia)\b",),  # N556a
    speech_headings=(r"(?:intervenção|declaração|discurso|palavras|mensagem)(?:\s+(?:inicial|de\s+abertura))?"
                     r"\s+(?:de|d[oa])\s+",),
    interviewer_credits=(r"entrevistad[oa] por|entrevista realizada por|entrevista conduzida por",),  # (H2003k)
    interviewer_phrases=(r"com|entrevistado por|entrevista com", r"entrevista (?:a|ao|à|de|d[oa]) .+? (?:por|com)"),
    handover_replies=(r"(?:obrigad[oa]|bom dia|boa (?:tarde|noite))\b",),  # (N2342l)
    answering_phrases=(r"respondeu (?:a |às )?perguntas|falou com (?:os )?jornalistas|conversou com (?:os )?jornalistas",),  # (N2341l)
    # "entrevista coletiva": the Brazilian press conference ("conferência de imprensa" in Portugal)
    street_words=(r"rua|avenida|av\.|praça|largo|travessa|alameda|estrada",),  # (H300f)
    sitting_starts=(r"(?:está )?aberta a sessão(?: às \d{1,2}[h:]\d{2})?\.?",),
    release_notes=(r"para (divulgação|publicação) imediata",),
    header_notes=(r"(só|apenas) (faz fé|vale) (o discurso proferido|a versão proferida|o texto lido)",
                  r"(a )?transcrição (completa|integral)\b[^.?!]*:$"),
    number_words={**{w: n for n, w in enumerate("""zero um dois três quatro cinco seis sete oito nove dez onze
        doze treze catorze quinze dezesseis dezessete dezoito dezenove vinte""".split())},
                  "uma": 1, "duas": 2, "tres": 3, "quatorze": 14, "dezasseis": 16, "dezassete": 17, "dezanove": 19,
                  "primeiro": 1, "trinta": 30, "quarenta": 40, "cinquenta": 50, "sessenta": 60, "setenta": 70,
                  "oitenta": 80, "noventa": 90, "e": 0, "cem": 100, "cento": 100, "duzentos": 200,
                  "trezentos": 300, "quatrocentos": 400, "quinhentos": 500, "seiscentos": 600,
                  "setecentos": 700, "oitocentos": 800, "novecentos": 900, "mil": 1000},
    worded_dates=(r"(?:aos|no dia|em)\s+{day}\s+(?:dias?\s+)?(?:do mês de|de)\s+{month},?\s+(?:do ano de|de)\s+{year}",),
    record_places=(r"na cidade de|na vila de|no município de",),
    stage_openers=(r"(toca|ouve-se|é executado) (o hino|a música|música)|(é exibido|exibição de) (um )?vídeo",),
    author_bylines=(r"por",),  # (N336c)
    interview_credits=(r"(?:a )?(?:entrevista|conversa) (?:foi )?(?:realizada|feita|conduzida) por \S.{0,60}",),
    event_continuations=frozenset(_W("em de do da desde e –")),
    cue_words=frozenset(_W("trânsito buzina buzinas sirene sirenes tiros explosão trovão chuva vento campainha vinheta")),  # (E220d)
    portrait_words=(r"Retrato|Foto|Imagem",),
    photo_credits=(r"fotos?|fotografia|imagem",),  # (H1751j)
    portrait_of=(r"de|d[oa]",),
    boilerplate_anywhere=(("nova janela", r"^[\w ]{1,25}: abre (em )?(uma )?nova janela$"),
                          ("nova aba", r"^[\w ]{1,25}: abre (em )?(uma )?nova (aba|guia)$"),
                          # a repost note: "Esta entrevista foi publicada originalmente em ..." (B862d)
                          ("publicad", r"^\W{0,2}(esta|este) (entrevista|conversa|artigo) (foi|tem sido) publicad[ao] (originalmente|também|primeiro|inicialmente) (em|n[oa]|pel[oa]) [^,;!?]{1,160}$")),
    reader_addresses=(r"(caros|caras|queridos|queridas|estimados|estimadas) (leitores|leitoras|ouvintes)\b|(caro|querido|estimado) leitor\b",),  # (B863d)
    # "Você está aqui: Página Inicial > …": the breadcrumb's lead addresses the reader as você
    menu_words=frozenset("início inicio notícias noticias atualidade política economia cultura desporto esportes esporte sociedade internacional opinião vídeos videos áudio podcasts contato contacto pesquisar buscar arquivo saúde ciência educação agenda música cinema exclusivo análise".split()),  # (H315a)
    boilerplate_soft=(r"^(entrar|sair|iniciar sessão|terminar sessão|registar|registrar|cadastre-se|minha conta|a minha conta|criar (uma )?conta)$",  # (B312a)
        r"^(pesquisar|buscar|busca|pesquisa|menu)$", r"^bem-vind[oa]s? (a|ao|à|aos|às) [^.!?:;,]{2,40}$", r"^(enviar|compartilhar|partilhar) (esta|este) (notícia|artigo|matéria|história)( a um amigo)?\.?$",  # (H122m)
        r"^(fonte|foto|etiquetas|categoria|atualizado|publicado)\s*:", r"^([íi]ndice|conteúdos?)$"),
    act_headings=(r"(?:acto|ato|jornada)\s+(?:primeiro|segundo|terceiro|quarto|quinto|único|[ivxlc]+|\d+)\b\.?",),
    scene_headings=(r"cena\s+(?:primeira|segunda|terceira|quarta|quinta|sexta|sétima|oitava|nona|"
                    r"décima|última|[ivxlc]+|\d+)\b\.?",),
    setting_headings=(r"a\s+cena\s+(?:é|passa-se|se passa)",),
    cast_headings=(r"personagens|elenco",),
    stage_words=(r"sai|saem|entra|entram|à parte|aparte",),
    group_speakers=frozenset(("todos", "todas", "ambos", "ambas")),
    translation_notes=(r"\btradu[cç][aã]o (?:para o português|d[oa]|da entrevista)\b|\btraduzid[oa] (?:d[oa]|por)\b",),  # (I160q)
    translation_credits=(r"traduzido por \S.{0,60}|tradução(?::| por|de) \S.{0,60}|obrigad[oa] a \S.{0,60} pela tradução",),  # (I161q)
)
