"""Shapes read since session 35 (cv-dev32), found where dev32 printed them, each tested on a
variant dev32 does not print (another language, another wording); docs/convert-shapes.md has
one section and an example for each."""
from __future__ import annotations

from teikit.model import Boilerplate, Event, Note, Paragraph, Text, Turn
from teikit.transforms.helpers.boldquestions import introduction_above_marked_question, lead_before_marked_questions
from teikit.transforms.qa_turns import MAX_LEAD_PARAGRAPHS
from tests.convert.conftest import labels, read, speaker, speech


def firsts(doc) -> list[str]:
    return [s.split()[0] if s else "" for s in speech(doc)]


def site_lines(doc) -> list[str]:
    """Boilerplate set apart anywhere: between blocks or inside turns."""
    out = [b.text for b in doc.blocks if isinstance(b, Boilerplate)]
    out += [p.text for t in doc.turns() for p in t.paragraphs if isinstance(p, Boilerplate)]
    return out


# --- P1100g a blog's introduction above its first bold question -------------------------------

_INTRO = ("The harbour has a new team behind its ferries. Meet Ann Lee, its engineer.\n\n"
          "The service started in 2021 with two boats and a small crew of volunteers.\n\n"
          "Since then it carries thousands of people every week across the bay and back.\n\n"
          "We sat down with Ann Lee to understand how the ferries run day after day.\n\n"
          "Her office overlooks the quay where the boats are repaired in winter.\n\n")
_BOLD_QA = ("**How did the ferries start?**\n\n"
            "With two old boats that we repaired ourselves, over a long and cold winter on the quay.\n\n"
            "**What changed since then?**\n\n"
            "Everything. The boats are electric now and the crew has grown to thirty people.\n\n"
            "**What comes next?**\n\n"
            "A third line to the islands, if the council agrees to pay for the new pier.\n")


def _paragraphs(text: str) -> list[str]:
    return [p for p in text.split("\n\n") if p.strip()]


def test_the_lead_above_bold_questions_reaches_the_first_one():
    texts = _paragraphs(_INTRO + _BOLD_QA)
    asks = [t.endswith("?**") for t in texts]
    assert lead_before_marked_questions(texts, asks) == 5  # the five paragraphs of the introduction


def test_no_lead_where_bold_is_not_the_page_s_style_or_the_lead_outweighs_the_interview():
    two = _paragraphs(_INTRO + _BOLD_QA[:_BOLD_QA.index("**What comes next?**")])
    assert lead_before_marked_questions(two, [t.endswith("?**") for t in two]) == 0  # two bold lines
    long = _paragraphs(_INTRO * 2 + _BOLD_QA)
    assert lead_before_marked_questions(long, [t.endswith("?**") for t in long]) == 0


def test_a_long_introduction_above_bold_questions_is_the_page_s_summary():
    lead = Turn(label=None, paragraphs=[Paragraph([Text(t)]) for t in _paragraphs(_INTRO)])
    question = Turn(label=None, paragraphs=[Paragraph([Text("**How did the ferries start?**")])])
    answer = Turn(label=None, paragraphs=[Paragraph([Text("With two old boats.")])])
    assert introduction_above_marked_question([lead, question, answer], MAX_LEAD_PARAGRAPHS)
    plain = Turn(label=None, paragraphs=[Paragraph([Text("How did the ferries start?")])])
    assert not introduction_above_marked_question([lead, plain, answer], MAX_LEAD_PARAGRAPHS)
    short = Turn(label=None, paragraphs=lead.paragraphs[:MAX_LEAD_PARAGRAPHS])
    assert not introduction_above_marked_question([short, question, answer], MAX_LEAD_PARAGRAPHS)


def test_a_blog_interview_under_a_callout_box_and_a_long_introduction_is_read_turn_by_turn():
    box = ":::callout\nThe harbour has a new team behind its ferries. Meet Ann Lee, its engineer.\n:::\n\n"
    doc = read("# Behind the ferries: an interview with Ann Lee\n\n" + box + _INTRO + _BOLD_QA, lang="en")
    assert firsts(doc)[-6:] == ["**How", "With", "**What", "Everything.", "**What", "A"]


# --- L1102g a how-to's numbered steps are no speakers --------------------------------------

def test_numbered_steps_inside_an_answer_are_no_labels():
    steps = ("Schritt 1: die Fähre auswählen\n\nZuerst wählt man die Linie und den Tag aus.\n\n"
             "Schritt 2: die Fahrkarte bezahlen\n\nDann zahlt man mit der Karte oder bar.\n\n"
             "Schritt 1: das Boot finden\n\nAm Kai zeigt eine Tafel den Steg.\n\n"
             "Schritt 2: einsteigen\n\nDie Crew prüft die Karte am Steg.\n")
    doc = read(steps, lang="de")
    assert all(label is None for label in labels(doc))


def test_a_numbered_speaker_is_still_a_label():
    doc = read("Speaker 1: Welcome to the show.\n\nSpeaker 2: Thanks for having me.\n\n"
               "Speaker 1: So, the ferries.\n\nSpeaker 2: They stopped in May.\n", lang="en")
    assert labels(doc) == ["Speaker 1:", "Speaker 2:", "Speaker 1:", "Speaker 2:"]


# --- B1103g template tags and figures are the page's ---------------------------------------

def test_template_tags_and_figure_lines_are_no_paragraphs():
    text = ("ANN: The new boats came in March.\n\n"
            "{{< figure src=\"boat.jpg\" title=\"The new boat\" >}}\n\n"
            "Then we trained the crew.\n\n"
            "<figure>\n{% image \"./img/quay.png\", \"The quay\", [300, 800] %}\n"
            "<figcaption>The quay in winter</figcaption>\n</figure>\n\n"
            "And the ferries ran again.\n\nTOM: Thank you.\n")
    doc = read(text, lang="en")
    first = doc.turns()[0]
    assert [p.text for p in first.paragraphs if isinstance(p, Paragraph)] == [
        "The new boats came in March.", "Then we trained the crew.", "And the ferries ran again."]
    assert "<figcaption>The quay in winter</figcaption>" in site_lines(doc)
    assert "</figure>" in site_lines(doc)


# --- B1104g a Markdown link inside a last answer's sentence is speech ---------------------------

def test_a_linked_name_in_the_last_answer_above_a_closing_tag_stays_speech():
    text = ("ANN: The boats are electric now.\n\nTOM: And you?\n\n"
            "ANN: I joined the club in 2019.\n\n"
            "[Harbour Friends](https://friends.example.org) runs events and trains new crews every year.\n\n"
            "</div>\n")
    doc = read(text, lang="en")
    assert speech(doc)[-1].startswith("I joined") and len(doc.turns()[-1].paragraphs) >= 2
    assert all("Harbour Friends" not in line for line in site_lines(doc))


def test_a_call_that_ends_on_its_link_above_a_closing_tag_is_the_page_s():
    text = ("ANN: The boats are electric now.\n\nTOM: And you?\n\n"
            "ANN: I joined the club in 2019.\n\n"
            "Want the ferry in your town? Book a call with the team [right here.](https://cal.example.org/team)\n\n"
            "</div>\n")
    doc = read(text, lang="en")
    assert any(line.startswith("Want the ferry") for line in site_lines(doc))


# --- N1105g a bold given-name label takes the full name the title prints -----------------------

_PODCAST = ("# Harbour Talk: the new ferries with Ben Roe\n\n"
            "**Tom:** Welcome to Harbour Talk. Today I'm joined by Ben Roe, a senior harbour engineer at "
            "Portside, who built the new quay.\n\n"
            "**Ben:** Thanks, Tom. Glad to be here.\n\n"
            "**Tom:** So, the ferries?\n\n"
            "**Ben:** They run again since May.\n")


def test_a_bold_given_name_label_takes_the_full_name_of_the_title():
    doc = read(_PODCAST, lang="en")
    assert labels(doc)[1] == "**Ben:**"
    assert speaker(doc, 1).name == "Ben Roe"


# --- N1106g an occupation after the full name, opened by an article ---------------------------

def test_the_guest_s_occupation_after_an_article_is_the_role():
    doc = read(_PODCAST, lang="en")
    assert speaker(doc, 1).role == "senior harbour engineer at Portside"


def test_a_clause_after_an_article_names_no_role():
    text = _PODCAST.replace("a senior harbour engineer at Portside, who built", "a long time ago, who built")
    assert read(text, lang="en").person(read(text, lang="en").turns()[1].who).role is None


# --- L1107g, P1108g an interview guide's form lines between the exchanges ------------------------

_GUIDE = ("**INTERVIEWER:** How long have you worked at the harbour?\n\n"
          "**P2:** About ten years, mostly on the ferries.\n\n"
          "**[FIELD NOTES]:** calm, speaks slowly.\n\n"
          "**Follow-up asked (yes/no):** [x] Which ferries?\n\n"
          "**P2 (follow-up):** The two old ones, then the electric one.\n\n"
          "**[FIELD NOTES]:** smiles when naming the boats.\n\n"
          "**INTERVIEWER:** And before that?\n\n"
          "**P2:** I was a fisherman.\n\n"
          "**[FIELD NOTES]:** short answer.\n")


def test_a_guide_s_note_fields_are_no_speakers():
    doc = read(_GUIDE, lang="en")
    assert [label.strip("*:") for label in labels(doc)] == ["INTERVIEWER", "P2", "P2 (follow-up)", "INTERVIEWER", "P2"]


def test_a_guide_s_form_lines_are_comment_notes_not_paragraphs():
    doc = read(_GUIDE, lang="en")
    answer = doc.turns()[1]
    assert [p.text for p in answer.paragraphs if type(p) is Paragraph and not _noted(p)] == [
        "About ten years, mostly on the ferries."]
    notes = [i for p in answer.paragraphs if type(p) is Paragraph for i in p.content if isinstance(i, Note)]
    assert [n.type for n in notes] == ["comment", "comment"]
    assert notes[1].text.startswith("**Follow-up asked (yes/no):** [x]")


def _noted(p) -> bool:
    return all(isinstance(i, Note) for i in p.content)


def test_a_label_named_like_a_note_word_inside_a_name_stays():
    doc = read("NOTESTEIN: Welcome.\n\nANN: Thanks.\n\nNOTESTEIN: So?\n\nANN: Yes.\n", lang="en")
    assert labels(doc) == ["NOTESTEIN:", "ANN:", "NOTESTEIN:", "ANN:"]


# --- E1109g, E1110g a research transcript's voice marks and the transcriber's description --------

def test_sighs_and_short_pauses_in_brackets_are_events():
    doc = read("ENTREVISTADOR: ¿Y después?\n\nE2: Bueno [suspira] fue difícil [breve pausa] muy difícil.\n\n"
               "ENTREVISTADOR: Gracias.\n", lang="es")
    events = [i for p in doc.turns()[1].paragraphs for i in p.content if isinstance(i, Event)]
    assert [(e.element, e.text) for e in events] == [("vocal", "[suspira]"), ("incident", "[breve pausa]")]


def test_a_bracketed_description_of_the_interview_is_an_event():
    doc = read("INTERVIEWER: And the boats?\n\nP2: They were old [the interviewee points at the photo on the wall] "
               "and slow.\n\nINTERVIEWER: I see [laughs].\n", lang="en")
    events = [i for p in doc.turns()[1].paragraphs for i in p.content if isinstance(i, Event)]
    assert [(e.element, e.type) for e in events] == [("incident", "description")]


def test_words_supplied_in_brackets_stay_supplied():
    doc = read("INTERVIEWER: And the boats?\n\nP2: [The] interviewer knows them.\n\nINTERVIEWER: Yes.\n", lang="en")
    assert not any(isinstance(i, Event) for p in doc.turns()[1].paragraphs for i in p.content)


def test_a_section_s_stated_aim_between_its_headings_leaves_them_headings():
    from teikit.model import Transcript
    from teikit.transforms.helpers.markdownheadings import mark_closing_headings
    answer = Turn(label="P2:", paragraphs=[Paragraph([Text("I was a fisherman.")]),
                                           Paragraph([Text("## SECTION B: BACKGROUND (5 minutes)")]),
                                           Paragraph([Note("comment", "_Objective: the work on the boats_")]),
                                           Paragraph([Note("heading", "### Question 5")])])
    doc = Transcript(id="t", lang="en", blocks=[answer, Turn(label="INTERVIEWER:", paragraphs=[
        Paragraph([Text("What do you do first?")])])])
    mark_closing_headings(doc)
    assert [p.content[0].type for p in answer.paragraphs[1:]] == ["heading", "comment", "heading"]


# --- N1111g, N1114g the guest of a bold-question blog interview -----------------------------------

_BLOG = ("---\ntitle: Inside the harbour - an interview with Ann Lee\n"
         "description: Behind the ferries there is a team. Meet Ann, engineer at the harbour office.\n---\n\n"
         "**How did the ferries start?**\n\n"
         "With two old boats that we repaired ourselves, over a long and cold winter on the quay.\n\n"
         "**What changed since then?**\n\n"
         "Everything. The boats are electric now and the crew has grown to thirty people.\n\n"
         "**What comes next?**\n\n"
         "A third line to the islands, if the council agrees to pay for the new pier.\n")


def test_the_guest_takes_the_role_printed_after_her_given_name():
    doc = read(_BLOG, lang="en")
    guest = speaker(doc, 1)
    assert guest.name == "Ann Lee" and "engineer at the harbour office" in (guest.role, guest.affiliation)


def test_bold_questions_are_not_the_guest_s():
    doc = read(_BLOG, lang="en")
    assert [t.who is None for t in doc.turns()] == [True, False, True, False, True, False]


# --- N1112g the participant named by the guide's code and pseudonym fields ------------------------

_CODED = ("# Entrevista E3\n\n**Fecha:** 2025-11-17\n\n**Código del participante:** E3\n\n"
          "**Seudónimo (opcional):** Rosa Vidal\n\n---\n\n"
          "**ENTREVISTADOR:** ¿Cuántos años lleva en el puerto?\n\n**E3:** Unos diez años.\n\n"
          "**ENTREVISTADOR:** ¿Y antes?\n\n**E3:** Era pescadora.\n")


def test_the_coded_participant_takes_the_pseudonym_of_the_guide():
    doc = read(_CODED, lang="es")
    assert speaker(doc, 1).name == "Rosa Vidal"
    assert speaker(doc, 0) is None or speaker(doc, 0).name != "Rosa Vidal"


def test_no_pseudonym_field_leaves_the_code():
    doc = read(_CODED.replace("**Seudónimo (opcional):** Rosa Vidal\n\n", ""), lang="es")
    assert speaker(doc, 1).name == "E3"


# --- N1113g a guide's section heading or a common noun names no one ------------------------------

def test_a_guide_s_section_heading_names_no_interviewer():
    text = _CODED.replace("---\n\n", "---\n\n## NOTAS INICIALES DEL ENTREVISTADOR\n\n"
                                     "El ambiente fue tranquilo y el entrevistador pudo observar la sala.\n\n---\n\n", 1)
    doc = read(text, lang="es")
    assert speaker(doc, 0) is None or speaker(doc, 0).name == "Entrevistador"
