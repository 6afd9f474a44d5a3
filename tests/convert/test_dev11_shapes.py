"""Shapes first met in corpus/dev11 (docs/convert-shapes.md, sections marked dev11), one small
synthetic example each, written for the test (never a corpus line): each fails without its
rule."""
from __future__ import annotations

from teikit.model import Event, Turn

from tests.convert.conftest import labels, read, speech


def _events(doc) -> list[str]:
    return [i.text for b in doc.blocks if type(b) is Turn for p in b.paragraphs
            for i in getattr(p, "content", ()) if isinstance(i, Event)]


# --- E14 a laughing verb and an editor's mark ---------------------------------------------------

def test_a_laughing_verb_with_its_subject_and_the_editors_mark_is_an_event():
    text = ("Ha vinto?\n\n«Certo (ride la sindaca, ndr) , e con merito».\n\n"
            "E adesso?\n\n«Adesso si lavora».\n\nPoi?\n\n«Poi si vedrà».\n")
    assert _events(read(text, lang="it")) == ["(ride la sindaca, ndr)"]


def test_a_clarification_with_the_editors_mark_stays_text():
    text = ("Ha vinto?\n\n«Lui (il sindaco, ndr) ha vinto».\n\n"
            "E adesso?\n\n«Adesso si lavora».\n\nPoi?\n\n«Poi si vedrà».\n")
    assert _events(read(text, lang="it")) == []


def test_a_records_assent_note_is_an_event():
    text = "El señor PRESIDENTE: ¿Se aprueba el acta? (Asentimiento.)\n\nLa señora ROE: Sí.\n"
    assert _events(read(text, lang="es")) == ["(Asentimiento.)"]


# --- L3b a name in capitals alone on its line, printed once, named elsewhere ---------------------

_DEBATE = ("Invités : Marie ROE, candidate, et Paul POE, candidat\n\n"
           "ANNE LEE\nBonsoir à tous. Bonsoir Marie ROE.\n\n"
           "MARIE ROE\nBonsoir.\n\n"
           "JEAN DOE\nBonsoir Paul POE.\n\n"
           "PAUL POE\nBonsoir.\n\n"
           "ANNE LEE\nCommençons.\n\n"
           "JEAN DOE\nOui, commençons par l'économie.\n")


def test_a_capitals_name_printed_once_is_a_label_when_the_text_names_that_person():
    assert labels(read(_DEBATE, lang="fr")) == ["ANNE LEE", "MARIE ROE", "JEAN DOE", "PAUL POE",
                                                "ANNE LEE", "JEAN DOE"]


def test_a_capitals_heading_printed_once_and_named_nowhere_else_stays_speech():
    text = _DEBATE.replace("PAUL POE\nBonsoir.", "POLITIQUE ETRANGERE\nParlons du monde.")
    assert "POLITIQUE ETRANGERE" not in labels(read(text, lang="fr"))


# --- L7b a word and a number: a recording's track ids -----------------------------------------------

def test_track_ids_printed_once_beside_one_printed_twice_are_labels():
    text = ("Track 1:\n[0:01] Hello and welcome to the show.\n\n"
            "Track 4:\n[0:05] Hi there.\n\n"
            "Track 1:\n[0:07] Good to see you.\n\n"
            "Track 2:\n[0:09] Evening, all.\n")
    assert [l.rstrip(":") for l in labels(read(text))] == ["Track 1", "Track 4", "Track 1", "Track 2"]


def test_numbered_section_headings_that_never_repeat_are_no_labels():
    text = ("ANN LEE: Welcome.\n\nPart 1:\nThe history of the town, told briefly.\n\n"
            "Part 2:\nThe river and the mills.\n\nANN LEE: That is all.\n")
    assert all(not l.startswith("Part") for l in labels(read(text)))


# --- L8b a question or answer letter, a dash and a name, in brackets -------------------------------

def test_bracketed_letter_and_name_labels_run_together_on_one_line_are_split():
    line = ("Operator: Our next question comes from Ann Roe with Acme. [Q - Ann Roe]: Hello, and thank "
            "you for taking my question about the margins in the second half of the year. [A]: Sure. "
            "Margins should hold up well, as we said in the release this morning and on the last call. "
            "[Q - Ann Roe]: And what about the new plant that opened in the spring? [A]: It is running "
            "at full speed now.\n")
    assert labels(read(line)).count("[Q - Ann Roe]:") == 2
    assert labels(read(line)).count("[A]:") == 2


# --- P20 timed segments of an export whose line breaks were lost -------------------------------------

def test_timed_segments_run_together_on_one_line_are_read_one_per_line():
    line = ("[00:00:01] Speaker 1: Good morning. [00:00:03] Speaker 2: Good morning, Your Honor. "
            "[00:00:06] Speaker 1: Please proceed. [00:00:08] Speaker 2: Thank you.\n")
    doc = read(line)
    assert [l.split("] ")[-1].rstrip(": ") for l in labels(doc)] == ["Speaker 1", "Speaker 2", "Speaker 1", "Speaker 2"]
    assert speech(doc) == ["Good morning.", "Good morning, Your Honor.", "Please proceed.", "Thank you."]


def test_one_timed_segment_inside_a_line_is_left_alone():
    line = "ANN LEE: We met at [10:30] Room B: the small one, as agreed.\n"
    assert labels(read(line)) == ["ANN LEE:"]


def test_a_time_printed_before_the_label_stays_before_it_in_a_drama_source_view():
    from teikit.convert_api import convert
    from teikit.transform_api import transform
    text = "[00:00:01] Speaker 1: Hello there.\n[00:00:03] Speaker 2: Hi.\n[00:00:05] Speaker 1: Good.\n"
    source = transform(convert(text.encode(), "x.txt", flavour="drama").tei, mode="source")
    assert " ".join(source.split()) == " ".join(text.split())


# --- L14b agenda headings and a repost's field words are no labels -----------------------------

def test_an_agenda_heading_with_a_colon_is_no_label():
    text = ("ORDEN DEL DÍA:\n\nAprobación del acta de la sesión anterior y de los presupuestos.\n\n"
            "El señor PRESIDENTE: Se abre la sesión.\n\nLa señora ROE: Gracias, presidente.\n")
    assert [l for l in labels(read(text, lang="es")) if l] == ["El señor PRESIDENTE:", "La señora ROE:"]


def test_a_reposts_original_title_and_photo_caption_fields_are_no_labels():
    text = ("資料圖:外交部\n5月30日舉行的例行記者會\n原標題:5月30日外交部發言人主持例行記者會\n"
            "外交部的例行記者會,發言人回答記者提問。\n問:你能否確認?\n答:我沒有聽說。\n問:有何期待?\n答:我們希望和平。\n")
    assert [l.rstrip(":") for l in labels(read(text, lang="zh"))] == ["問", "答", "問", "答"]


# --- L10b a full-stop candidate over no sentence --------------------------------------------------

def test_capitals_before_a_full_stop_over_a_bracket_or_more_capitals_make_no_label_style():
    text = ("DS. Diario de la comisión, núm. 12, de 09/05/2007\n\n"
            "PRESIDENCIA DEL EXCMO. SR. D. JUAN ROE POE\n\n"
            "EN MATERIA DE SEGUROS. (Número de expediente 121/000129.)\n\n"
            "El señor PRESIDENTE: Comenzamos la sesión.\n")
    assert [l for l in labels(read(text, lang="es")) if l] == ["El señor PRESIDENTE:"]


# --- L33b a record's capitals label and a dash over wrapped speech ---------------------------------

def test_a_capitals_label_and_a_dash_before_wrapped_speech_is_no_call_speakers_line():
    text = ("PRESIDENTE DEL CONSIGLIO – Allora, con 16\npresenti la seduta è valida.\n\n"
            "CONSIGLIERE ROSSI – Io vorrei ringraziare\ntutti i colleghi.\n\n"
            "PRESIDENTE DEL CONSIGLIO – Grazie.\n")
    assert [l.rstrip(" –") for l in labels(read(text, lang="it"))] == [
        "PRESIDENTE DEL CONSIGLIO", "CONSIGLIERE ROSSI", "PRESIDENTE DEL CONSIGLIO"]


# --- P21 a double-spaced page --------------------------------------------------------------------------

def test_blank_lines_of_a_double_spaced_page_inside_sentences_are_no_paragraph_breaks():
    lines = ["Comune di Borgo", "Consiglio comunale del 5/3/2013",
             "PRESIDENTE DEL CONSIGLIO – Allora, con sedici consiglieri presenti",
             "la seduta è valida. Prima di passare all'ordine del giorno io vorrei",
             "ricordare il nostro collega e dare la parola al consigliere",
             "Marco Rossi.",
             "CONSIGLIERE ROSSI – Io vorrei ringraziare a nome mio e di tutta",
             "la mia famiglia il sindaco e tutti i colleghi consiglieri che",
             "si sono stretti vicino a noi in questo momento così delicato.",
             "PRESIDENTE DEL CONSIGLIO – Grazie. Passiamo al primo punto."]
    doc = read("\n\n".join(lines) + "\n", lang="it")
    turns = [b for b in doc.blocks if type(b) is Turn]
    assert [len(t.paragraphs) for t in turns] == [1, 1, 1]


def _title(text: str, lang: str) -> str:
    from lxml import etree
    from teikit.convert_api import convert
    tei = etree.fromstring(convert(text.encode(), "x.txt", lang=lang).tei)
    return "".join(tei.xpath("//*[local-name()='titleStmt']/*[local-name()='title']")[0].itertext())


# --- H15d an update field in the header; a copyright notice and a download button -----------------

def test_an_update_field_over_the_transcript_is_no_title():
    text = ("Rechercher\n\nAvec Marie Roe\n\nMis à jour : janv. 26\n\n"
            "Paul Poe : Bienvenue. Comment ça va ?\n\nMarie Roe : Très bien, merci.\n")
    assert "Mis à jour" not in _title(text, "fr")


def test_a_document_sites_notice_and_download_button_are_no_title():
    text = ("我根本就不紧张\n\n来源 :某某周刊 | 被引量 : 0次\n下载到本地 , 更方便阅读\n"
            "声明 : 本文档内容版权归属内容提供方 , 如有争议可与客服联系\n"
            "  这一次,我们和王明谈了很多,关于他的比赛,他的生活和他的新书,这一切都很有意思。\n"
            "  王明:其实不是。我一直很放松。\n  记者:为什么?\n  王明:因为我准备好了。\n")
    assert not _title(text, "zh").startswith(("声明", "下载"))


# --- H6b a repost's original-title field ----------------------------------------------------------

def test_the_value_of_an_original_title_field_is_the_title():
    text = ("資料圖:外交部\n5月30日舉行的例行記者會\n原標題:5月30日外交部發言人主持例行記者會\n"
            "問:你能否確認?\n答:我沒有聽說。\n問:有何期待?\n答:我們希望和平。\n")
    assert _title(text, "zh") == "5月30日外交部發言人主持例行記者會"


# --- H12c a "Name:Quote" headline over the page's publication stamp; H42b the stamp's date ---------

_STAMPED = ("用户登录\n\n王明:把生活过成一场奇迹\n来源:《某某》 | 王明 李华  2024年04月10日07:32\n\n"
            "我是一个关注现实的作家,这是小标题也比较长一点\n\n"
            "李华:王老师好!见到您很高兴。\n\n王明:你好。\n\n李华:我们从您的新书说起吧?\n\n王明:好的,这本书写了三年。\n")


def test_a_name_quote_headline_over_the_publication_stamp_is_the_title_not_a_turn():
    assert _title(_STAMPED, "zh") == "王明:把生活过成一场奇迹"
    assert [l.rstrip(":") for l in labels(read(_STAMPED, lang="zh")) if l] == ["李华", "王明", "李华", "王明"]


def test_the_publication_stamp_gives_the_date_when_the_header_has_no_other():
    from lxml import etree
    from teikit.convert_api import convert
    tei = etree.fromstring(convert(_STAMPED.encode(), "x.txt", lang="zh").tei)
    assert tei.xpath("//*[local-name()='settingDesc']//*[local-name()='date']/@when") == ["2024-04-10"]


# --- N15b a guests line whose last guest follows "and" -----------------------------------------------

def test_each_guest_of_a_guests_line_joined_by_and_gets_the_role_after_the_name():
    from lxml import etree
    from teikit.convert_api import convert
    text = ("Le débat du soir\n\nInvités : Marie ROE, candidate PS à l'élection et Paul POE, candidat UMP à l'élection\n\n"
            "MARIE ROE : Bonsoir.\n\nPAUL POE : Bonsoir à tous.\n\nMARIE ROE : Commençons.\n\nPAUL POE : Oui.\n")
    tei = etree.fromstring(convert(text.encode(), "x.txt", lang="fr").tei)
    roles = {"".join(p.xpath("string(*[local-name()='persName'])")).strip():
             " ".join(p.xpath(".//*[local-name()='roleName' or local-name()='affiliation' or local-name()='occupation']//text()"))
             for p in tei.xpath("//*[local-name()='person']")}
    assert roles.get("Marie ROE", "").startswith("candidate PS")
    assert roles.get("Paul POE", "").startswith("candidat UMP")


def test_a_masthead_chair_line_with_abbreviated_excellency_names_the_chair():
    from lxml import etree
    from teikit.convert_api import convert
    text = ("DIARIO DE SESIONES\n\nPRESIDENCIA DEL EXCMO. SR. D. JUAN ROE POE\n\n"
            "El señor PRESIDENTE: Se abre la sesión.\n\nLa señora LEE: Gracias.\n\nEl señor PRESIDENTE: Siguiente punto.\n")
    tei = etree.fromstring(convert(text.encode(), "x.txt", lang="es").tei)
    names = [" ".join("".join(p.itertext()).split()) for p in tei.xpath("//*[local-name()='person']/*[local-name()='persName']")]
    assert any("JUAN ROE POE" in n.upper() for n in names)


def test_a_feeds_reaction_widget_after_the_last_turn_is_no_speech():
    text = "Q - Que pensez-vous de ces propos ?\nR - Je ne les commenterai pas.\nQuelle est votre réaction ?\n"
    assert all("réaction" not in s for s in speech(read(text, lang="fr")))


# --- N12b a diarized speaker's first run of segments introduces them -----------------------------

def test_a_self_introduction_in_a_later_segment_of_the_first_run_names_the_id():
    from lxml import etree
    from teikit.convert_api import convert
    text = ("[00:00:01] Speaker 2: Good morning, Your Honors. [00:00:03] Speaker 2: May it please the court. "
            "[00:00:05] Speaker 2: My name is Dana Roe. [00:00:07] Speaker 2: I'm an Assistant Attorney General "
            "for the state. [00:00:10] Speaker 1: Thank you, counsel. [00:00:12] Speaker 2: Thank you.\n")
    tei = etree.fromstring(convert(text.encode(), "x.txt").tei)
    person = tei.xpath("//*[local-name()='person'][*[local-name()='persName'][contains(., 'Dana Roe')]]")
    assert person
    assert "Assistant Attorney General" in " ".join(person[0].itertext())


# --- H12d a heading that ends with its date and clock time, under a blog's post date and headline --

def test_a_heading_closing_on_its_date_and_time_dates_the_event_under_a_blogs_headline():
    from lxml import etree
    from teikit.convert_api import convert
    text = ("jeudi 3 mai 2007\n\nLe sujet du jour\n\nLE DEBAT – 02/05/2007 – 21 :00\n\n"
            "ANNE LEE\nBonsoir à tous.\n\nPAUL POE\nBonsoir.\n\nANNE LEE\nCommençons.\n\nPAUL POE\nOui.\n")
    tei = etree.fromstring(convert(text.encode(), "x.txt", lang="fr").tei)
    assert _title(text, "fr") == "Le sujet du jour"
    assert tei.xpath("//*[local-name()='settingDesc']//*[local-name()='date']/@when") == ["2007-05-02"]
