"""Person shapes of the second round on dev25 (docs/convert-shapes.md, N516a-N517a): one small
synthetic example each, written for the test (never a corpus line); each fails without its
rule."""
from __future__ import annotations

from tests.convert.conftest import read, speaker

# --- N516a the guest a lead introduces by name and function in apposition -------------------

_CALL_IN = ("Le port en direct\n\n"
            "Un auditeur est passé parler en direct pendant l’émission d’hier.\n\n"
            "Maëlle, co-fondatrice de Quai Direct, l’entreprise qui gère les amarres du port, a passé une tête lors du live.\n\n"
            "Retranscription de nos échanges ci-dessous.\n\n20 mars 2021\n\n"
            "– Bonjour, il y a quelqu’un qui vient d’arriver, c’est vous ?\n\n"
            "Oui, c’est Maëlle.\n\n"
            "– Et votre entreprise, ça marche comment ?\n\n"
            "– Très bien, nous sommes quatre.\n\n"
            "– Et vous êtes tombée là-dedans comment ?\n\n"
            "– Par hasard, il y a dix ans.\n")


def test_a_lead_opening_with_a_name_and_a_role_names_the_unlabeled_guest():
    doc = read(_CALL_IN)
    assert len(doc.turns()) == 6  # "Oui, c’est Maëlle.", undashed after a question, is a turn (T531a)
    for answer in (1, 3, 5):
        guest = speaker(doc, answer)
        assert guest is not None and guest.name == "Maëlle"
        assert guest.role == "co-fondatrice de Quai Direct"
    assert all(speaker(doc, n) is None for n in (0, 2, 4))  # the host's dashed questions


def test_the_lead_guest_needs_the_role_and_the_name_in_the_speech():
    from teikit.lexicons import load
    from teikit.model import HeaderKind as K, HeaderLine, Paragraph, Text, Turn
    from teikit.transforms.helpers.leadapposition import lead_guest
    lex = load("fr")

    def found(lead: str, said: str) -> list:
        turn = Turn(label=None)
        turn.paragraphs = [Paragraph(content=[Text(said)])]
        return lead_guest([HeaderLine(kind=K.SUMMARY, text=lead)], [turn], [], lex)

    lead = "Maëlle, co-fondatrice de Quai Direct, a passé une tête lors du live."
    assert [f[:2] for f in found(lead, "Oui, c’est Maëlle.")] == [("Maëlle", "co-fondatrice de Quai Direct")]
    assert found(lead, "Oui, c’est moi.") == []  # the speech never names her
    assert found("Hier, lors du live, tout a marché.", "Hier, oui.") == []  # no role in apposition
    assert found("Maëlle, une fois de plus, a passé une tête.", "Oui, Maëlle.") == []


# --- N517a a surname label of one ideograph named from the title's interview ---------------

_BOARD = ("[討論] 210312羅港生聯訪逐字稿\n\n作者: ab   2021-03-13 01:55:41\n210312羅港生聯訪逐字稿\n"
          "記者:今天的工作怎麼樣?\n羅:應該可以啦,這幾天一定很忙。\n記者:明天呢?\n羅:明天也很忙。\n")


def test_a_one_ideograph_label_is_named_from_the_titles_interview():
    doc = read(_BOARD)
    assert speaker(doc, 1).name == "羅港生"


def test_no_name_is_cut_from_ideographs_without_an_interview_word():
    doc = read(_BOARD.replace("聯訪", "今天").replace("逐字稿", ""))
    assert speaker(doc, 1).name == "羅"
