"""The header/lead boundary of the first runs of dev11..dev26, written again as variants
(other words, other languages, other site lines): where the speech starts under the title,
the lead and the page's furniture. P740c: a news lead naming a labelled speaker in full is
read among the first paragraphs however many site lines stand between them, and a paragraph
that speaks (the first or second person, a greeting; not the outlet's "our reporter") is no
lead. P741c: a standfirst over the first, unlabeled question of an interview whose answers
are labelled is the article's, the question the first turn. Negative variants: a host's
welcome that names the guest, a host's greeting before the first question. The texts are
written for the test, never corpus lines (docs/generalisation-turns.md)."""
from __future__ import annotations

import re

import pytest

from tests.convert.conftest import read

V: list = []


def v(shape, name, lang, text, first, lead=None):
    """`first`: (label, first words) of the first turn; `lead`: words that must be in no turn."""
    V.append(pytest.param(lang, text, first, lead, id=f"{shape}-{name}"))


SITE = {"en": "Share this article\nFollow us on Twitter\nSubscribe to our newsletter\nAdvertisement\n",
        "fr": "Partager sur Facebook\nPartager sur Twitter\nPublicité\n",
        "it": "Condividi su Facebook\nCondividi su Twitter\nPubblicità\n",
        "es": "Compartir en Facebook\nCompartir en Twitter\nPublicidad\n",
        "ru": "Поделиться\nРеклама\nКомментарии\n",
        "de": "Wir benötigen Ihre Zustimmung, um diesen Inhalt anzuzeigen\nTeilen\nDrucken\nAkzeptierenMehr Informationen\n"}

# --- P740c: a lead naming the speakers, under site lines
v("lead-names", "en", "en",
  'Mayor Baker: "We will rebuild the harbour"\n' + SITE["en"] +
  "Our reporter Jane Smith met Mayor Tom Baker at the town hall to talk about the storm and the harbour.\n"
  "Smith: How bad was the damage?\nBaker: Worse than anyone expected. We lost most of the pier.\n"
  "Smith: When will it reopen?\nBaker: Next spring, if the money comes.\n",
  ("Smith:", "How bad"), "Our reporter")
v("lead-names", "fr", "fr",
  "« Le port ne peut pas attendre »\n" + SITE["fr"] +
  "Le maire de la ville, Jean Dupont, a reçu notre journaliste Claire Martin pour parler du chantier du port.\n"
  "Martin : Où en est le chantier ?\nDupont : Il avance, mais trop lentement à mon goût.\n"
  "Martin : Et le budget ?\nDupont : Il est tenu, pour l'instant.\n",
  ("Martin :", "Où en est"), "Le maire de la ville")
v("lead-names", "it", "it",
  '"La scuola riapre a settembre"\n' + SITE["it"] +
  "La sindaca Maria Rossi ha risposto alle domande della nostra redazione sulla riapertura della scuola.\n"
  "Redazione: Quando riapre la scuola?\nRossi: A settembre, con tutte le aule nuove.\n"
  "Redazione: E la palestra?\nRossi: Sarà pronta a novembre.\n",
  ("Redazione:", "Quando riapre"), "La sindaca")
v("lead-names", "es", "es",
  '"El puerto no puede esperar"\n' + SITE["es"] +
  "El alcalde de la ciudad, Juan García, recibió a nuestra periodista Ana López para hablar de las obras.\n"
  "López: ¿Cómo van las obras?\nGarcía: Avanzan, pero demasiado despacio.\n"
  "López: ¿Y el presupuesto?\nGarcía: Se cumple, por ahora.\n",
  ("López:", "Cómo van"), "El alcalde")
v("lead-names", "ru", "ru",
  "«Мы откроем новый стадион»\n" + SITE["ru"] +
  "Глава района Иван Петров ответил на вопросы нашего корреспондента о строительстве стадиона.\n"
  "Корреспондент: Когда откроется стадион?\nПетров: Летом, если всё пойдёт по плану.\n"
  "Корреспондент: А бассейн?\nПетров: Бассейн будет через год.\n",
  ("Корреспондент:", "Когда откроется"), "Глава района")
v("lead-names", "de", "de",
  '"Im Winter fahre ich Ski"\n' + SITE["de"] +
  "Die Schülerinnen Lena Berg und Mia Kurz haben Bürgermeister Peter Haas im Rathaus interviewt.\n"
  "Lena: Warum sind Sie Bürgermeister geworden?\nHaas: Weil mir die Gemeinde am Herzen liegt.\n"
  "Mia: Haben Sie noch Freizeit?\nHaas: Wenig, aber am Sonntag schon.\n",
  ("Lena:", "Warum sind"), "Die Schülerinnen")
v("lead-names", "NEG-host-welcome-en", "en",
  "Town hall meeting on the harbour\n" + SITE["en"] +
  "Good evening and welcome, I'm your host Jane Smith, and with me tonight is Mayor Tom Baker.\n"
  "Baker: Thank you for having me.\nSmith: How bad was the damage?\nBaker: Worse than anyone expected.\n",
  (None, "Good evening and welcome"))
v("lead-names", "NEG-host-welcome-bare-en", "en",
  "Town hall meeting on the harbour\n"
  "Good evening and welcome, I'm your host Jane Smith, and with me tonight is Mayor Tom Baker.\n"
  "Baker: Thank you for having me.\nSmith: How bad was the damage?\nBaker: Worse than anyone expected.\n",
  (None, "Good evening and welcome"))
v("lead-names", "NEG-host-welcome-de", "de",
  "Bürgersprechstunde im Rathaus\n" + SITE["de"] +
  "Guten Abend, ich begrüße heute bei uns Bürgermeister Peter Haas.\n"
  "Haas: Danke für die Einladung.\nModeratorin: Wann wird die Brücke fertig?\nHaas: Im Herbst.\n",
  (None, "Guten Abend"))

# --- P741c: a standfirst over the first, unlabeled question; labelled answers
v("question-lead", "de", "de",
  "Vor dem Parteitag äußert sich die Vorsitzende zuversichtlich: Die Partei stehe geschlossen hinter dem Kurs.\n"
  "Parteitag: „Wir sind bereit“\n"
  "Frau Roth, am Samstag beginnt der Parteitag in Hannover. Was erwarten Sie?\n"
  "Anna Roth: Eine lebhafte Debatte, aber am Ende Einigkeit.\n"
  "Welche Rolle spielen die schlechten Umfragen?\nAnna Roth: Keine große. Umfragen kommen und gehen.\n",
  (None, "Frau Roth, am Samstag"), "Vor dem Parteitag")
v("question-lead", "en", "en",
  "Ahead of Sunday's final, the coach is in a confident mood. His side has not lost a game since March.\n"
  'Coach Lee: "We are ready for anything"\n'
  "Mr Lee, the final is on Sunday at Wembley. How is the squad feeling?\n"
  "Tom Lee: Everyone is fit and hungry.\nWhat about the pressure?\nTom Lee: Pressure is a privilege.\n",
  (None, "Mr Lee, the final"), "Ahead of Sunday")
v("question-lead", "fr", "fr",
  "À la veille du conseil municipal, la maire défend son budget. Les travaux du port restent la priorité.\n"
  "Budget : « Nous tiendrons nos promesses »\n"
  "Madame Durand, le conseil vote le budget jeudi. Êtes-vous inquiète ?\n"
  "Sophie Durand : Non, la majorité est solide.\nEt l'opposition ?\nSophie Durand : Elle fait son travail.\n",
  (None, "Madame Durand, le conseil"), "la veille du conseil")
v("question-lead", "es", "es",
  "A pocos días de las elecciones, el candidato se muestra tranquilo. Las encuestas le sitúan en cabeza.\n"
  'Elecciones: "Vamos a ganar"\n'
  "Señor Ruiz, el domingo se vota. ¿Cómo llega a la cita?\n"
  "Pedro Ruiz: Con mucha ilusión.\n¿Teme a la abstención?\nPedro Ruiz: Me preocupa, pero confío en la gente.\n",
  (None, "Señor Ruiz, el domingo"), "A pocos días")
v("question-lead", "it", "it",
  "Alla vigilia della finale, l'allenatore si mostra sereno. La squadra non perde da marzo.\n"
  'Finale: "Siamo pronti"\n'
  "Mister Bianchi, domenica si gioca la finale. Come sta la squadra?\n"
  "Luca Bianchi: Bene, tutti sono in forma.\nE la pressione?\nLuca Bianchi: Fa parte del mestiere.\n",
  (None, "Mister Bianchi, domenica"), "Alla vigilia")
v("question-lead", "NEG-host-greets-en", "en",
  "Harbour town hall\n"
  "Good evening. I'm Jane Doe, and tonight we talk about the storm that hit our harbour last week.\n"
  "Mayor Baker, how bad was the damage?\n"
  "Tom Baker: Worse than anyone expected.\nWhen will it reopen?\nTom Baker: Next spring.\n",
  (None, "Good evening. I'm Jane Doe"))
v("question-lead", "NEG-host-greets-de", "de",
  "Bürgerfragestunde\n"
  "Guten Abend, meine Damen und Herren, ich begrüße Sie zur Bürgerfragestunde im Rathaus.\n"
  "Herr Wolf, wann wird die Brücke fertig?\n"
  "Werner Wolf: Im Herbst, wenn das Wetter mitspielt.\nUnd die Kosten?\nWerner Wolf: Bleiben im Rahmen.\n",
  (None, "Guten Abend, meine Damen"))


def _words(text: str) -> str:
    return " ".join(re.sub(r"[^\w\s]", " ", text.casefold()).split())


def _speech(turn) -> str:
    return " ".join(p.text for p in turn.paragraphs if hasattr(p, "text"))


@pytest.mark.parametrize("lang, text, first, lead", V)
def test_boundary_variant(lang, text, first, lead):
    turns = read(text, lang=lang).turns()
    assert turns
    label, words = turns[0].label, _words(_speech(turns[0]))
    assert label == first[0] and words.startswith(_words(first[1])), (label, words[:60])
    if lead:
        assert not any(_words(lead) in _words(_speech(t)) for t in turns)
