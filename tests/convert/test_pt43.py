"""Portuguese (teikit/lexicons/pt.py): a new language as a new lexicon (D2580m), no new rule.

Small texts written for the test (never a corpus line; names and places invented): labels,
a date, events, boilerplate and detection, with near misses (a Spanish text stays Spanish, a
short Galician text does not become Portuguese)."""
from __future__ import annotations

from teikit import lexicons
from teikit.model import Event, Paragraph
from tests.convert.conftest import body, labels, read, speaker, speech, tei

SITTING = ("2 de dezembro de 2026\n\n15ª SESSÃO ORDINÁRIA\n\n"
           "O SR. PRESIDENTE - Está aberta a sessão. Tem a palavra a Sra. Deputada Lúcia Vargas.\n\n"
           "A SRA. LÚCIA VARGAS - Obrigada, Sr. Presidente. Não é possível votar este projeto sem "
           "ouvir os moradores da cidade. (Palmas.)\n\n"
           "O SR. PRESIDENTE - Muito obrigado, Deputada. (Risos.)\n")

INTERVIEW = ("Entrevista com Marta Quintela, prefeita de Serra Alta\n\n"
             "PERGUNTA: A senhora já tem uma resposta para os moradores?\n\n"
             "RESPOSTA: Ainda não. Nós estamos a estudar o caso com muito cuidado. [inaudível]\n\n"
             "PERGUNTA: E o orçamento para o ano que vem?\n\n"
             "RESPOSTA: Isso é o que vamos discutir na câmara, também com a oposição.\n\n"
             "Leia também: Marta Quintela fala sobre a escola nova\n")

SPANISH = ("PREGUNTA: ¿Qué opina usted de la nueva ley de vivienda?\n\n"
           "RESPUESTA: Es una ley muy importante para el país y para los jóvenes, pero no es suficiente.\n\n"
           "PREGUNTA: ¿Y el presupuesto?\n\nRESPUESTA: También lo vamos a discutir en el congreso.\n")

# Galician prints "é", "ao", "os" as Portuguese does, but "non", "unha", "tamén", and the
# Spanish-looking "que", "de", "para": a short Galician text must not become Portuguese
GALICIAN = ("A xente de Vigo non quere que o concello peche a praza. Tamén di que é unha cousa moi "
            "seria para a cidade e para os veciños de Vigo, que queren falar co alcalde.\n")


def _events(doc) -> list[tuple[str, str]]:
    return [(i.type, i.text) for t in doc.turns() for p in t.paragraphs if isinstance(p, Paragraph)
            for i in p.content if isinstance(i, Event)]


# --- detection (D2580m) ---------------------------------------------------------------------

def test_portuguese_texts_are_detected_as_portuguese():
    assert read(SITTING).lang == read(INTERVIEW).lang == "pt"


def test_a_spanish_text_stays_spanish():
    assert read(SPANISH).lang == "es"


def test_a_short_galician_text_does_not_become_portuguese():
    assert read(GALICIAN).lang != "pt"


def test_portuguese_is_listed_after_spanish_so_a_tie_goes_to_spanish():
    assert lexicons.LANGUAGES.index("es") < lexicons.LANGUAGES.index("pt")


def test_lang_pt_is_written_to_the_tei():
    assert 'xml:lang="pt"' in tei(INTERVIEW)


# --- labels, date, events, boilerplate -------------------------------------------------------

def test_question_and_answer_labels_are_read_each_as_one_voice():
    # (each label one voice throughout, as a Portuguese interview's gold has it, dev37 3905: not
    # the generic question voice of the Spanish lexicon, D2488m)
    doc = read(INTERVIEW)
    assert labels(doc) == ["PERGUNTA:", "RESPOSTA:", "PERGUNTA:", "RESPOSTA:"]
    assert speaker(doc, 0) is speaker(doc, 2) and speaker(doc, 1) is speaker(doc, 3)
    assert speaker(doc, 0) is not speaker(doc, 1)


def test_a_portuguese_date_is_read():
    assert read(SITTING).setting.date_iso == "2026-12-02"


def test_events_of_a_brazilian_record():
    types = [t for t, _ in _events(read(SITTING))]
    assert "applause" in types and "laughter" in types


def test_an_inaudible_mark_is_a_gap():
    assert ("inaudible", "[inaudível]") in _events(read(INTERVIEW)) or "<gap" in body(tei(INTERVIEW))


def test_a_read_also_link_is_not_speech():
    assert "Leia também" not in " ".join(speech(read(INTERVIEW)))


def test_labels_of_a_brazilian_record_and_the_member_named_by_the_chair():
    doc = read(SITTING)
    assert labels(doc) == ["O SR. PRESIDENTE -", "A SRA. LÚCIA VARGAS -", "O SR. PRESIDENTE -"]
    people = [(p.name, p.role) for p in (speaker(doc, i) for i in range(3))]
    assert people == [(None, "Presidente"), ("Lúcia Vargas", "Deputada"), (None, "Presidente")]


# --- H2581m: a Brazilian record's chair and secretary fields -----------------------------------

RECORD_HEADER = ("3 DE MARÇO DE 2025\n\n12ª SESSÃO ORDINÁRIA\n\nPresidência: RITA MONTEIRO\n\n"
                 "Secretário: CAIO BRANDÃO\n\nRESUMO DA SESSÃO\n\n"
                 "O SR. DEPUTADO - Muito obrigado. Não há mais nada a dizer sobre o projeto da escola.\n")


def test_a_records_secretary_field_is_no_turn():
    doc = read(RECORD_HEADER)
    assert doc.lang == "pt" and "Secretário:" not in labels(doc)


def test_near_miss_a_secretarys_label_in_a_text_with_speech_after_it_stays_a_label():
    doc = read("O SR. SECRETÁRIO - Muito obrigado. Não há mais nada a dizer sobre o projeto da escola.\n\n"
               "A SRA. PRESIDENTE - Obrigada. Está encerrada a sessão, e já são seis horas.\n")
    assert labels(doc) == ["O SR. SECRETÁRIO -", "A SRA. PRESIDENTE -"]
