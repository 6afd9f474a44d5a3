"""Portuguese: Brazilian and Portuguese legislative records (notas taquigráficas, Diário da
Assembleia), the presidency's press pages, interviews (D2488m)."""
_W = str.split

ENTRIES = dict(
    # the function words Spanish counts too ("de", "que", "para", "por", "como", "se", "no"),
    # then Portuguese's own; none it shares with English, French or Italian beyond those ("a",
    # "o", "as", "um", "mais", "está" are left out)
    detect_words=frozenset(_W("""
        de que para por como se no com do da dos em
        os ao aos pelo pela pelos pelas uma umas num numa é são não você vocês isso isto
        ele ela eles elas nós muito muita obrigado obrigada foi tem têm também então já
        seu sua seus suas há só sem agora estão hoje""")),
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
        juiz juíza relator relatora líder""")),
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
                   "participantes": "metadata", "convidados": "metadata"},
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
)
