"""Turn shapes of the first runs of dev11..dev26, written again as variants (other words,
another language, another number of turns, other furniture): each variant must read as its
shape says, and each negative variant (a numbered list of steps, a line of `Field: value`
pairs, dashed prose, a speech's own questions) must not become a dialogue. New rules:
T650c (a question's number and a dash), T651c (a dashed interview with short answers), T652c
(short exchanges run together on one line), T653c (a question label's answer on the next
line), T654c (a speech by its title keeps its questions); the other variants guard the rules they reuse
(docs/convert-shapes.md). The texts are written for the test, never corpus lines."""
from __future__ import annotations

import re

import pytest

from tests.convert.conftest import read

V: list = []


def v(category, name, lang, text, expected):
    """`expected`: (label, first words) per turn, or "<=1" for a negative variant."""
    V.append(pytest.param(lang, text, expected, id=f"{category}-{name}"))


# --- numbered questions (P150p; T650c: a dash after the number)
v("numbered", "fr-num-dot", "fr",
  "Interview du maire de Saint-Paul\n\nLes élèves de CM2 ont posé leurs questions au maire le 3 mai.\n\n"
  "1. Pourquoi êtes-vous devenu maire ?\n\nJ'aime ma commune et je voulais aider les habitants.\n\n"
  "2. Combien d'heures travaillez-vous par jour ?\n\nEnviron dix heures, parfois plus le week-end.\n\n"
  "3. Quel est votre plat préféré ?\n\nLa ratatouille de ma grand-mère.\n",
  [(None,"Pourquoi êtes-vous"),(None,"J'aime ma"),(None,"Combien d'heures"),(None,"Environ dix"),(None,"Quel est"),(None,"La ratatouille")])
v("numbered", "it-num-paren", "it",
  "Intervista al sindaco\n\n"
  "1) Quando ha deciso di candidarsi?\nNel 2019, dopo molte richieste dei cittadini.\n\n"
  "2) Qual è il problema più urgente?\nLe strade: sono piene di buche e vanno rifatte.\n\n"
  "3) Cosa fa nel tempo libero?\nCammino in montagna con il cane.\n",
  [(None,"Quando ha"),(None,"Nel 2019"),(None,"Qual è"),(None,"Le strade"),(None,"Cosa fa"),(None,"Cammino in")])
v("qlabel", "de-frage-n", "de",
  "Unser Gespräch mit der Bürgermeisterin\n\n"
  "Frage 1: Wie sieht Ihr Arbeitstag aus?\nIch fange um sieben Uhr an und gehe selten vor sechs nach Hause.\n\n"
  "Frage 2: Was gefällt Ihnen an der Stadt?\nDie Menschen und der Fluss.\n\n"
  "Frage 3: Haben Sie Haustiere?\nEine Katze, sie heißt Mira.\n",
  [("Frage 1:","Wie sieht"),(None,"Ich fange"),("Frage 2:","Was gefällt"),(None,"Die Menschen"),("Frage 3:","Haben Sie"),(None,"Eine Katze")])
v("numbered", "es-num-dash", "es",
  "Entrevista al alcalde de Villanueva\n\n"
  "1.- ¿Desde cuándo es usted alcalde?\n-Desde 2011, ya son tres mandatos.\n\n"
  "2.- ¿Qué obra destacaría?\n-La nueva biblioteca municipal.\n\n"
  "3.- ¿Volverá a presentarse?\n-Todavía no lo he decidido.\n",
  [(None,"Desde cuándo"),(None,"Desde 2011"),(None,"Qué obra"),(None,"La nueva"),(None,"Volverá a"),(None,"Todavía no")])
v("numbered", "NEG-numbered-list", "en",
  "Council agenda\n\nThe council will consider the following items.\n\n1. Approval of the minutes of 4 March.\n\n2. Report of the treasurer on the budget for the coming year.\n\n3. Any other business.\n", "<=1")

# --- B unlabeled Q/A alternation, question paragraph then answer paragraph
v("numbered", "en-num-spaced-dash", "en",
  "Five questions for the new librarian\n\n1 - What made you apply?\nI grew up in this library.\n\n2 - What will change first?\nLonger opening hours on Saturdays.\n\n3 - Your favourite book?\nMiddlemarch, every time.\n",
  [(None,"What made"),(None,"I grew"),(None,"What will"),(None,"Longer opening"),(None,"Your favourite"),(None,"Middlemarch")])
v("numbered", "NEG-dashed-steps", "en",
  "How to repot a plant\n\n1 - Water the plant the day before.\n\n2 - Choose a pot one size larger.\n\n3 - Loosen the roots gently.\n\n4 - Fill with fresh soil and water again.\n", "<=1")

# --- question labels over answers on the next line (P42n; T653c)
v("qlabel", "en-question-n", "en",
  "School paper: the head teacher\n\nQuestion 1: What do you like most about the school?\nThe pupils. They are curious and kind.\n\nQuestion 2: What would you change?\nThe canteen, it is too small.\nWe are building a new one.\n",
  [("Question 1:","What do"),(None,"The pupils"),("Question 2:","What would"),(None,"The canteen")])
v("qlabel", "ru-vopros-wrapped", "ru",
  "Интервью с тренером\n\nВопрос 1: Как вы оцениваете\nпрошедший сезон?\nХорошо, мы выполнили задачу.\n\nВопрос 2: Кто лучший игрок?\nВся команда.\n",
  [("Вопрос 1:","Как вы"),(None,"Хорошо"),("Вопрос 2:","Кто лучший"),(None,"Вся команда")])
v("qlabel", "NEG-named-speaker-asks", "en",
  "Town meeting\n\nMAYOR: Why are we here tonight?\nBecause the bridge is finally open.\n\nMAYOR: What comes next?\nA new school, if the budget allows.\n", [("MAYOR:","Why are"),("MAYOR:","What comes")])

# --- unlabeled question and answer paragraphs (P-interview rule; T654c: a titled speech keeps its questions)
v("qa-alt", "de-qa", "de",
  "„Wir müssen sparen“\n\nDer Kämmerer über den Haushalt 2024 und die Schulden der Stadt.\n\n"
  "Herr Kaiser, wie schlimm steht es um die Finanzen?\n\nDie Lage ist ernst, aber nicht hoffnungslos. Wir haben Rücklagen.\n\n"
  "Wo wollen Sie sparen?\n\nBei den Gebäuden. Wir haben zu viele, und viele stehen leer.\n\n"
  "Und die Bäder?\n\nDie bleiben offen, das habe ich versprochen.\n",
  [(None,"Herr Kaiser"),(None,"Die Lage"),(None,"Wo wollen"),(None,"Bei den"),(None,"Und die"),(None,"Die bleiben")])
v("qa-alt", "en-qa", "en",
  "The coach on the new season\n\nInterview by Sam Reed\n\n"
  "How do you feel after the first week of training?\n\nTired, but happy. The players worked very hard and the mood is good.\n\n"
  "Who will be your captain this year?\n\nWe decide that next week. There are three candidates.\n\n"
  "Is the title a realistic goal?\n\nWe want to finish in the top four. Everything else is a bonus.\n",
  [(None,"How do"),(None,"Tired but"),(None,"Who will"),(None,"We decide"),(None,"Is the"),(None,"We want")])
v("qa-alt", "ru-qa", "ru",
  "Интервью с директором школы\n\n"
  "Ольга Петровна, как начался учебный год?\n\nСпокойно. К нам пришли двести первоклассников.\n\n"
  "Хватает ли учителей?\n\nНет, нам нужны ещё два учителя математики.\n\n"
  "Что изменилось в столовой?\n\nМы купили новую плиту и изменили меню.\n",
  [(None,"Ольга Петровна"),(None,"Спокойно"),(None,"Хватает ли"),(None,"Нет нам"),(None,"Что изменилось"),(None,"Мы купили")])
v("qa-alt", "it-qa-quoted", "it",
  "Il tecnico dopo la vittoria\n\n"
  "Mister, cosa è cambiato nel secondo tempo?\n\n«Abbiamo alzato il ritmo e siamo stati più cattivi.»\n\n"
  "Il rigore c'era?\n\n«Da dove ero io sembrava netto.»\n\n"
  "Domenica c'è il derby: come ci arrivate?\n\n«Con fiducia, ma senza presunzione.»\n",
  [(None,"Mister cosa"),(None,"Abbiamo alzato"),(None,"Il rigore"),(None,"Da dove"),(None,"Domenica c"),(None,"Con fiducia")])
v("qa-alt", "NEG-rhetorical-speech", "en",
  "Remarks by the Mayor at the opening of the bridge\n\n"
  "Friends, what does a bridge mean to a town like ours?\n\nIt means that the children on the east bank can walk to school. It means that the market can grow.\n\n"
  "And who built it?\n\nYou did, with your taxes and your patience during three long years of works.\n\nThank you all.\n", "<=1")
# --- C question and answer in one paragraph
v("qa-alt", "NEG-speech-fr", "fr",
  "Discours du maire pour l'inauguration de la médiathèque\n\n"
  "Mesdames et messieurs, qu'est-ce qu'une médiathèque ?\n\nC'est un lieu ouvert à tous, où chacun peut lire, écouter, apprendre, sans rien payer et sans rien devoir à personne.\n\n"
  "Et pourquoi ici ?\n\nParce que ce quartier attendait depuis vingt ans un lieu pour ses enfants et ses anciens.\n", "<=1")
v("qa-alt", "NEG-speech-de", "de",
  "Rede von Bürgermeisterin Anna Berg zum Neujahrsempfang\n\n"
  "Liebe Gäste, was war 2023 für ein Jahr?\n\nEs war ein Jahr der Baustellen, der Umleitungen und der Geduld, die Sie alle aufgebracht haben.\n\n"
  "Und was kommt jetzt?\n\nJetzt kommt die neue Schule, und im Herbst das Bad, das wir so lange versprochen haben.\n", "<=1")
v("qa-alt", "en-interview-not-speech", "en",
  "Interview with the mayor on the bridge\n\n"
  "What does the bridge mean for the town?\n\nIt means the children on the east bank can walk to school, and the market can grow.\n\n"
  "Who paid for it?\n\nThe town and the region, half each, over three years of works.\n",
  [(None,"What does"),(None,"It means"),(None,"Who paid"),(None,"The town")])

# --- a question and its answer in one paragraph (P340a)
v("qa-inline", "es-inline", "es",
  "El entrenador tras el partido\n\n"
  "¿Qué le pareció el partido? Fue un partido duro, el rival presionó mucho.\n\n"
  "¿Está contento con el debut de Pérez? Sí, ha jugado con mucha personalidad.\n\n"
  "¿Y la lesión de Gómez? No parece grave, mañana sabremos más.\n",
  [(None,"Qué le"),(None,"Fue un"),(None,"Está contento"),(None,"Sí ha"),(None,"Y la"),(None,"No parece")])
v("qa-inline", "de-inline", "de",
  "Trainer Schmitt nach dem 1:2\n\n"
  "Herr Schmitt, wie erklären Sie die Niederlage? Wir haben in der zweiten Halbzeit den Faden verloren.\n\n"
  "Woran lag das? Wir waren müde, das Spiel am Mittwoch steckte in den Beinen.\n\n"
  "Was erwarten Sie vom Spiel in Kiel? Einen Sieg, alles andere wäre zu wenig.\n",
  [(None,"Herr Schmitt"),(None,"Wir haben"),(None,"Woran lag"),(None,"Wir waren"),(None,"Was erwarten"),(None,"Einen Sieg")])

# --- D dash-opened replies (interview by dashes, no labels)

# --- dash-opened replies (P30m; T651c: short answers)
v("dashes", "ru-dash", "ru",
  "Тренер о сезоне\n\n"
  "— Какие цели у команды в этом году?\n\n— Выйти в плей-офф. Состав это позволяет.\n\n"
  "— Кто станет капитаном?\n\n— Решим на сборах.\n\n"
  "— Чего вам не хватает?\n\n— Времени. Сезон очень короткий.\n",
  [(None,"Какие цели"),(None,"Выйти в"),(None,"Кто станет"),(None,"Решим на"),(None,"Чего вам"),(None,"Времени")])
v("dashes", "fr-dash-en", "fr",
  "Entretien avec la directrice du festival\n\n"
  "– Combien de spectateurs attendez-vous cette année ?\n– Près de quarante mille, comme l'an dernier.\n"
  "– Quelle est la nouveauté ?\n– Une scène pour les enfants, au bord du lac.\n"
  "– Et le budget ?\n– Il est stable, grâce aux mécènes.\n",
  [(None,"Combien de"),(None,"Près de"),(None,"Quelle est"),(None,"Une scène"),(None,"Et le"),(None,"Il est")])
v("dashes", "es-dash-em", "es",
  "La vecina que salvó el parque\n\n"
  "—¿Cómo empezó todo?\n\n—Con una carta al ayuntamiento. Nadie contestó.\n\n"
  "—¿Y entonces?\n\n—Juntamos firmas, más de dos mil.\n\n"
  "—¿Volvería a hacerlo?\n\n—Mil veces.\n",
  [(None,"Cómo empezó"),(None,"Con una"),(None,"Y entonces"),(None,"Juntamos firmas"),(None,"Volvería a"),(None,"Mil veces")])
v("dashes", "NEG-dash-list", "en",
  "What to bring to the camp\n\n- a sleeping bag\n- a torch and spare batteries\n- warm clothes for the evening\n- a water bottle\n", "<=1")

# --- E labels run together in one paragraph
v("dashes", "it-dash-short", "it",
  "Due chiacchiere con il portiere\n\n– Come stai?\n\n– Bene.\n\n– E la caviglia?\n\n– Guarita.\n\n– Domenica giochi?\n\n– Spero.\n",
  [(None,"Come stai"),(None,"Bene"),(None,"E la"),(None,"Guarita"),(None,"Domenica giochi"),(None,"Spero")])
v("dashes", "NEG-dashed-prose", "ru",
  "Воспоминания\n\n— Мы жили тогда у реки, и каждое лето приезжали гости из города.\n\n— Отец работал на заводе, мать учила детей в школе.\n\n— Вечерами все собирались у самовара.\n", "<=1")

# --- labels run together on one line (L8c; T652c)
v("runon", "en-runon", "en",
  "Radio interview, 5 June\n\nHOST: Good morning, Minister. MINISTER: Good morning. HOST: Let us talk about the budget. Is it fair? MINISTER: I think it is fair to families and to business.\n",
  [("HOST:","Good morning Minister"),("MINISTER:","Good morning"),("HOST:","Let us"),("MINISTER:","I think")])
v("runon", "ru-runon-initials", "ru",
  "Эфир от 12 марта\n\nА.ИВАНОВ: Добрый вечер. В студии Антон Иванов. Б.ПЕТРОВА: Здравствуйте. А.ИВАНОВ: Сегодня говорим о погоде. Б.ПЕТРОВА: Весна пришла рано.\n",
  [("А.ИВАНОВ:","Добрый вечер"),("Б.ПЕТРОВА:","Здравствуйте"),("А.ИВАНОВ:","Сегодня говорим"),("Б.ПЕТРОВА:","Весна пришла")])
v("runon", "zh-runon", "zh",
  "节目实录\n\n主持人:欢迎收看今天的节目。 李明:大家好。 主持人:您最近在忙什么? 李明:在写一本新书。\n",
  [("主持人:","欢迎收看"),("李明:","大家好"),("主持人:","您最近"),("李明:","在写")])
v("runon", "en-title-abbrev", "en",
  "Debate night\n\nCHUCK LEE: Did you believe her?\n\nSEN. MARY WHITE: I did, and I still do.\n\nCHUCK LEE: Why?\n\nGOV. TOM GRAY: Because the record says so.\n",
  [("CHUCK LEE:","Did you"),("SEN. MARY WHITE:","I did"),("CHUCK LEE:","Why"),("GOV. TOM GRAY:","Because the")])

# --- F outlet / short-name label at the first turn
v("runon", "de-runon-short-caps", "de",
  "Mitschnitt\n\nMODERATORIN: Herzlich willkommen. GAST: Danke schön. MODERATORIN: Wie war die Reise? GAST: Lang, aber schön.\n",
  [("MODERATORIN:","Herzlich"),("GAST:","Danke"),("MODERATORIN:","Wie war"),("GAST:","Lang aber")])
v("runon", "fr-runon-initials-space", "fr",
  "Émission du 3 mai\n\nJ. MARTIN : Bonsoir à tous. L. DUBOIS : Bonsoir. J. MARTIN : Parlons du budget. L. DUBOIS : Volontiers.\n",
  [("J. MARTIN :","Bonsoir à"),("L. DUBOIS :","Bonsoir"),("J. MARTIN :","Parlons"),("L. DUBOIS :","Volontiers")])
v("runon", "NEG-fields-line", "en",
  "Match report\n\nVenue: City Ground. Date: 5 May 2024. Referee: Tom Hale. Result: 2-1.\n\nThe home side scored twice before half time and held on.\n", "<=1")
v("runon", "NEG-zh-said", "zh",
  "新闻\n\n记者来到村里。 他说:我们明天再来。 她说:好的,欢迎你们。 村民们都笑了。\n", "<=1")
v("runon", "NEG-acronyms", "en",
  "Summit notes\n\nThe members agreed on two points. NATO: more spending. EU: new sanctions. UN: a new mission in the north.\n", "<=1")

# --- a name label at the first turn
v("first-label", "it-firstname", "it",
  "Marco: Ciao a tutti e benvenuti a un nuovo episodio. Oggi ho con me Sara. Ciao Sara!\n\nSara: Ciao Marco, grazie dell'invito.\n\nMarco: Di cosa parliamo oggi?\n\nSara: Di grammatica, come sempre.\n",
  [("Marco:","Ciao a"),("Sara:","Ciao Marco"),("Marco:","Di cosa"),("Sara:","Di grammatica")])


def _words(text: str) -> str:
    return " ".join(re.sub(r"[^\w\s]", " ", text.lower()).split())


def _speech(turn) -> str:
    """The turn's words, notes (a question's number) left out, as the scorer reads them."""
    return " | ".join("".join(i.text for i in p.content if type(i).__name__ == "Text")
                      for p in turn.paragraphs if hasattr(p, "content"))


@pytest.mark.parametrize("lang, text, expected", V)
def test_variant_reads_as_its_shape(lang, text, expected):
    turns = read(text, lang=lang).turns()
    if expected == "<=1":
        assert len(turns) <= 1, [(t.label, _speech(t)[:40]) for t in turns]
        return
    got = [(t.label, _words(_speech(t))) for t in turns]
    assert len(got) == len(expected), got
    for (label, words), (want_label, want_words) in zip(got, expected):
        assert label == want_label and words.startswith(_words(want_words)), (label, words[:60])
