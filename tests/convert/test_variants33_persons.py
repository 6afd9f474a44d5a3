"""Person, header and boilerplate shapes of session 33 on dev30 (docs/convert-shapes.md,
N950e-B956e): one small synthetic example each, written for the test (never a corpus line),
and a variant of the shape the corpus does not print; each fails without its rule."""
from __future__ import annotations

from teikit.lexicons import load
from tests.convert.conftest import read, speaker

# --- N950e a participants field lists names with their roles ----------------------------------


def test_a_participants_field_gives_bracketed_roles_and_full_names():
    doc = read("# Entrevista sobre el puerto\n\n**Participantes:** Lucía Ferrer (Entrevistadora) y Tomás Roig (Capitán)\n\n"
               "---\n\n(0:01) **Lucía:** ¿Cuándo llegó al puerto?\n(0:05) **Tomás:** En 1990, con mi padre.\n"
               "(0:09) **Lucía:** ¿Y el barco?\n(0:12) **Tomás:** Era pequeño.\n")
    host, guest = speaker(doc, 0), speaker(doc, 1)
    assert (host.name, host.role) == ("Lucía Ferrer", "Entrevistadora")
    assert (guest.name, guest.role) == ("Tomás Roig", "Capitán")


def test_participants_variants_commas_joiners_and_languages():
    from teikit.transforms.helpers.participantlines import listed_people, listed_person
    # German, three entries joined by commas and "und", roles in brackets (the corpus has Spanish "y")
    assert listed_people("Gäste: Anna Roe (Hafenmeisterin), Tom Poe (Kapitän) und Jo Lee", load("de")) == (
        ("Anna Roe", "Hafenmeisterin"), ("Tom Poe", "Kapitän"), ("Jo Lee", None))
    # English "Name, Role" entries; the role holds a role word of the lexicon
    assert listed_people("Guests: Ann Lee, Mayor of Eastvale, and Tom Poe, Harbour Captain", load("en")) == (
        ("Ann Lee", "Mayor of Eastvale"), ("Tom Poe", "Harbour Captain"))
    # a bracketed nickname inside a name is no role
    assert listed_people("Participants: Elizabeth (Jake) Roe and Marc Poe (interviewer)", load("en")) == (
        ("Elizabeth (Jake) Roe", None), ("Marc Poe", "interviewer"))
    # a surname label and a given-name label find their entry; a field that lists no people gives none
    lines = ["Invités : Ann Lee (maire de Brest), Tom Poe (capitaine) et Jo Roe"]
    assert listed_person(("poe",), lines, load("fr")) == ("Tom Poe", "capitaine")
    assert listed_person(("ann",), lines, load("fr")) == ("Ann Lee", "maire de Brest")
    assert listed_people("Tags: Ann Lee (maire), Tom Poe", load("fr")) == ()


# --- N951e a possessive, a role and a comma before the name ------------------------------------


def test_a_host_naming_my_cohost_gives_the_role():
    doc = read("Ann Lee: Welcome to Harbour Talk. Here with me today is my cohost, Tom.\n\n"
               "Tom Poe: Hello, Ann. Today we talk about ferries.\n\nAnn Lee: And boats?\n\n"
               "Tom Poe: Of course.\n\nAnn Lee: Which ones?\n\nTom Poe: The old ones.\n")
    assert speaker(doc, 1).name == "Tom Poe" and speaker(doc, 1).role == "cohost"
    assert speaker(doc, 0).role is None


def test_possessive_roles_in_french_and_german_and_not_for_kin():
    from teikit.model import Person
    from teikit.transforms.helpers.hostedroles import possessive_mentions, possessive_role
    fr = possessive_mentions(["D'abord deux mots sur notre invitée, Léa, qui commentera avec nous."], load("fr"))
    assert possessive_role(Person(id="lea", name="Léa", labels=["**Léa**"]), fr, 1) == "invitée"
    de = possessive_mentions(["Heute ist unser Gast, Max Roe, im Studio."], load("de"))
    assert possessive_role(Person(id="roe", name="Max Roe", labels=["Roe:"]), de, 1) == "Gast"
    kin = possessive_mentions(["This is my son, Hunter."], load("en"))
    assert possessive_role(Person(id="hunter", name="Hunter", labels=["Hunter:"]), kin, 1) is None
    # the name after the comma must be the person's: "my cohost, Danielle" is not Dan
    en = possessive_mentions(["Here is my cohost, Danielle."], load("en"))
    assert possessive_role(Person(id="dan", name="Dan Ott", labels=["Dan:"]), en, 1) is None


def test_a_subtitle_file_reads_the_role_its_speech_prints():
    doc = read("1\n00:00:01,000 --> 00:00:03,000\nAnn Lee: Hello and welcome. Here with me is\n\n"
               "2\n00:00:03,000 --> 00:00:05,000\nmy co-host, Tom.\n\n"
               "3\n00:00:05,000 --> 00:00:07,000\nTom Poe: Hello, Ann.\n")
    assert speaker(doc, 1).role == "co-host"


# --- N952e a relative pronoun and a copula before the role --------------------------------------


def test_a_relative_clause_after_the_name_gives_the_role_without_who_was_the():
    from teikit.transforms.helpers.roleshapes import role_after
    text = "I'm here with Ann Roe, who was the director of the Harbour Museum, and we talk."
    assert role_after(text, text.index("Roe") + 3, load("en")) == "director of the Harbour Museum"
    fr = "avec Ann Roe, qui est la maire de Brest."
    assert role_after(fr, fr.index("Roe") + 3, load("fr")) == "maire de Brest"
    late = "Ann Roe, who arrived late, said so."
    assert role_after(late, late.index("Roe") + 3, load("en")) is None


# --- N953e office links per language --------------------------------------------------------


def test_office_links_come_from_the_lexicon_and_dutch_has_van_and_voor():
    from teikit.transforms.helpers.names import find_name
    title = "Persconferentie met minister van Financiën Sigrid Kaag"
    assert find_name(title, ("kaag",), load("nl")) == ("Sigrid Kaag", "minister van Financiën")
    assert find_name("Gesprek met minister voor Klimaat Rob Jetten", ("jetten",), load("nl"))[0] == "Rob Jetten"
    assert "van" in load("nl").office_links and "für" in load("de").office_links
    assert "für" not in load("fr").office_links  # each language its own links, and English's


# --- N955e a role phrase in capitals is no family-name-first name -------------------------------


def test_a_role_word_after_the_label_word_is_no_given_name():
    from teikit.transforms.helpers.introductions import NameIndex
    index = NameIndex(["ANN ROE, OFFICIAL COURT REPORTER", "Present: Official Court Reporters"], load("en"))
    assert index.introduced(("court",), []) is None
    assert NameIndex(["We welcome Prime Minister Kishida Fumio of Japan."], load("en")).introduced(
        ("kishida",), ["prime", "minister"])[0] == "Kishida Fumio"


def test_the_court_is_not_named_after_its_reporter():
    doc = read("APPEARANCES: For the Plaintiff: DENNIS GINGOLD, ESQUIRE\n"
               "SUSAN TYNER, OFFICIAL COURT REPORTER\n\n"
               "THE COURT: Good morning.\n\nMR. GINGOLD: Good morning, Your Honor.\n\nTHE COURT: Go ahead.\n")
    court = speaker(doc, 0)
    assert court is not None and "REPORTER" not in (court.name or "").upper()


# --- B956e the page's tail under a rule after the last answer ----------------------------------


def test_a_rule_with_the_sites_author_box_under_the_last_answer_is_boilerplate():
    from teikit.model import Boilerplate
    doc = read("# Ann Lee: ferries first\n\nQ: Why ferries?\n\nA: They carry everyone.\n\n"
               "Q: And bridges?\n\nA: Bridges come later.\n\n---\n\n"
               "Support our work: subscribe for $5 a month.\n\n---\n\n"
               "![Ann Lee](https://example.org/avatars/ann.png)\n\n**Blog | Ann Lee**\n\n"
               "Ann Lee is a harbour master and writes about boats.\n")
    last = doc.turns()[-1]
    assert [p.text for p in last.paragraphs] == ["Bridges come later."]
    assert any(isinstance(b, Boilerplate) and b.text.startswith("![Ann Lee]") for b in doc.blocks)


def test_a_rule_between_parts_of_the_last_answer_stays_speech():
    doc = read("Q: Why ferries?\n\nA: They carry everyone.\n\nQ: And then?\n\nA: First part.\n\n---\n\n"
               "Second part, after a pause. And a third sentence.\n")
    assert len(doc.turns()[-1].paragraphs) == 3


# --- N957e THE COURT is the judge the caption names after "Before" -----------------------------


def test_the_court_label_is_the_judge_named_after_before():
    doc = read("UNITED STATES DISTRICT COURT\n\nHarbour Town, N.Y.\nMay 2, 2024\nBefore:\nHON. ANN ROE,\nDistrict Judge\n\n"
               "THE COURT: Good morning.\n\nMR. POE: Good morning, Your Honor.\n\nTHE COURT: Go ahead.\n\n"
               "MR. POE: Thank you.\n")
    court = speaker(doc, 0)
    assert court.name == "ANN ROE"
    assert "District Judge" in (court.role, court.affiliation)


def test_court_variants_the_honorable_in_one_line_and_presiding():
    from teikit.model import Person
    from teikit.transforms.helpers.courtholder import name_the_court
    court = Person(id="court", name="Court", labels=["THE COURT:"])
    name_the_court([court], ["STATUS CALL BEFORE THE HONORABLE ANN B. ROE UNITED STATES DISTRICT JUDGE APPEARANCES:"],
                   load("en"))
    assert (court.name, court.role) == ("ANN B. ROE", "UNITED STATES DISTRICT JUDGE")
    court = Person(id="court", name="Court", labels=["THE COURT:"])
    name_the_court([court], ["Presiding: The Honorable Tom Poe, Chief Judge"], load("en"))
    assert (court.name, court.role) == ("Tom Poe", "Chief Judge")
    clerk = Person(id="clerk", name="Clerk", labels=["THE CLERK:"])
    name_the_court([clerk], ["Before: HON. ANN ROE, District Judge"], load("en"))
    assert clerk.name == "Clerk"  # only the court's label


# --- N958e the answer voice a Chinese headline names by occupation and name --------------------


def test_a_traditional_chinese_qa_names_its_answerer_from_the_headline():
    doc = read("# 導演張小明：港口是我的家\n\n問：你為什麼拍港口？\n\n答：因為我在港口長大，每天看船。\n\n"
               "問：下一部電影呢？\n\n答：還是港口，這次是冬天的港口。\n")
    assert speaker(doc, 0) is None  # 問 (traditional) is the reporter's generic voice
    answerer = speaker(doc, 1)
    assert (answerer.name, answerer.role) == ("張小明", "導演")


def test_headline_speaker_variants():
    from teikit.transforms.helpers.cjkoffices import headline_speaker
    lex = load("zh")
    assert headline_speaker(['title: "著名作家王小明：自由來自內心"'], lex) == ("王小明", "著名作家")
    assert headline_speaker(["記者問：你好"], lex) is None  # one ideograph after the occupation: no name
    assert headline_speaker(["作家王小明：一", "教授李大華：二"], lex) is None  # two speakers named
