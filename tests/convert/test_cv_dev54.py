"""Shapes of dev54 (rule ids 2160-2179 ending in `k`): podcast transcript pages and
transcription exports, on small texts written for the test (never a corpus line); each fails
without its rule."""
from __future__ import annotations

from tests.convert.conftest import tei as _tei

DIRECTORY_PAGE = ("Podcast Site Logo\nHome\n12 The Harbour Ferries with Ann Lee\n\n"
                  "12 The Harbour Ferries with Ann Lee\n\nReleased Monday, 3rd March 2025\n"
                  "Good episode? Give it some love!\nRate Episode\n\nEpisode Transcript\n\n"
                  "Transcripts are displayed as originally observed. Some content, including "
                  "advertisements may have changed.\n\nUse Ctrl + F to search\n\n"
                  "0:02\n\nWelcome back to the show and today\n\n0:05\n\nwe talk about the ferries of\n\n"
                  "0:07\n\nthe harbour with Ann Lee.\n\n0:10\n\nThank you, it is good to be here.\n")


# --- B2160k A podcast directory's rating prompts, transcript notice and search hint ------------

def test_a_directory_pages_widgets_are_set_apart_and_leave_the_title_alone():
    tei = _tei(DIRECTORY_PAGE)
    for widget in ("Good episode? Give it some love!", "Rate Episode", "Use Ctrl + F to search",
                   "Transcripts are displayed as originally observed. Some content, including advertisements may have changed."):
        assert f"<desc>{widget}</desc>" in tei
    assert '<title type="main">12 The Harbour Ferries with Ann Lee</title>' in tei
    # a sentence that only speaks of rating is speech
    spoken = _tei("Ann: Did you rate the episode? Give it some love, I said.\n\nBen: I did.\n")
    assert "<desc>" not in spoken


# --- T2161k Under the transcript heading, a caption's time alone opens the speech --------------

def test_a_time_alone_under_the_transcript_heading_opens_the_speech():
    tei = _tei(DIRECTORY_PAGE)
    body = tei.split("<body>", 1)[1]
    assert '<seg xml:id="page.u1.1">Welcome back to the show and today</seg>' in body
    assert "<titlePart" not in body and "we talk about the ferries of" not in tei.split("<body>", 1)[0]


# --- L2162k One full name alone with a colon, the page's only label, over a long speech --------

MONOLOGUE = ("Other Episode Transcription\nAnother Episode Transcription\n\nAnn Lee:\n"
             "Welcome back to the Harbour Hour, the show where we talk to the people who keep the ferries "
             "running and ask them about their work, their boats and whatever else is on their mind. This is "
             "episode twelve and my guest is the captain of the night ferry.\n\n"
             "She has crossed the bay more than ten thousand times and she still loves it.\n")


def test_one_full_name_alone_over_a_long_speech_is_its_label():
    tei = _tei(MONOLOGUE)
    assert '<note type="speaker">Ann Lee:</note>' in tei
    assert '<u who="#ann-lee"' in tei and "<persName>Ann Lee</persName>" in tei


def test_one_name_alone_over_a_short_line_stays_text():
    tei = _tei(MONOLOGUE.replace("Welcome back to the Harbour Hour, the show where", "Welcome back.\nThe show where"))
    assert '<note type="speaker">Ann Lee:</note>' not in tei


# --- T2163k A timed label's later lines, with no blank line, are one paragraph -----------------

def test_the_lines_under_a_timed_label_are_one_paragraph():
    tei = _tei("Episode Transcript\n"
               "[00:00:00] Speaker A: Guten Abend und willkommen im Hafen. Heute geht es um die Fähren.\n"
               "[00:00:09] Speaker B: Danke für die Einladung.\nIch freue mich sehr, hier zu sein.\n"
               "[00:00:15] Speaker A: Wie lange fahren Sie schon?\n"
               "[00:00:18] Speaker B: Seit zwanzig Jahren.\nJeden Tag über die Bucht.\n", "export.txt")
    assert '<seg xml:id="export.u2.1">Danke für die Einladung.\n<lb/>Ich freue mich sehr, hier zu sein.</seg>' in tei
    assert '<seg xml:id="export.u4.1">Seit zwanzig Jahren.\n<lb/>Jeden Tag über die Bucht.</seg>' in tei


# --- H2164k A summary in another language over an unlabelled transcript ------------------------

SUMMARY = ("This episode is about the ferries of the harbour and the people who run them. The host talks "
           "with a captain about the night crossings, the weather and the passengers, and they also discuss "
           "how the boats have changed over the years.\n")
SPEECH = ("Hola y bienvenidos a un nuevo episodio. Hoy vamos a hablar de los barcos del puerto y de las personas "
          "que trabajan en ellos todos los días, porque sin ellas la ciudad no podría moverse y eso es algo que a "
          "veces se nos olvida.\nY para eso tenemos con nosotros a una capitana que conoce muy bien la bahía, porque "
          "la ha cruzado miles de veces, de día y de noche, con buen tiempo y con tormenta, y que nos va a contar "
          "cómo ha cambiado su trabajo en los últimos veinte años.\n")


def test_a_summary_in_another_language_over_the_speech_is_the_pages():
    tei = _tei(SUMMARY + SPEECH)
    assert "<argument>\n        <p>This episode is about the ferries" in tei
    assert '<seg xml:id="page.u1.1">Hola y bienvenidos' in tei
    # the same summary over English speech is where the speech starts
    english = _tei(SUMMARY + "Welcome back to the show, everybody, and thank you for listening to us again today.\n"
                   "Today we talk about the ferries of the harbour and the people who work on them every day.\n")
    assert '<seg xml:id="page.u1.1">This episode is about the ferries' in english


# --- B2165k A podcast page's listener counter --------------------------------------------------

def test_a_listener_counter_is_no_title():
    tei = _tei("1.204 oyentes\nEl episodio de hoy habla de los barcos del puerto y de su historia.\n"
               "Transcripción\n" + SPEECH)
    assert "<desc>1.204 oyentes</desc>" in tei and '<title type="main">1.204 oyentes</title>' not in tei
    english = _tei("2,318 listeners\nToday we talk about the ferries of the harbour.\n\n"
                   "Ann: Welcome to the show.\n\nBen: Thank you for having me.\n")
    assert "<desc>2,318 listeners</desc>" in english


# --- B2166k Links to the site's other transcripts at the top of the page ---------------------

def test_links_to_other_transcripts_are_site_lines_not_the_title():
    tei = _tei(MONOLOGUE)
    assert "<desc>Other Episode Transcription</desc>" in tei and "<desc>Another Episode Transcription</desc>" in tei
    assert '<title type="main">Other Episode Transcription</title>' not in tei
    # one such line is the page's title
    single = _tei(MONOLOGUE.replace("Another Episode Transcription\n", ""))
    assert '<title type="main">Other Episode Transcription</title>' in single
