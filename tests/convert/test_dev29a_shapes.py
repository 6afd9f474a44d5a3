"""Label shapes read on dev29 (rule ids 830-859 ending in `d`, branch cv-dev29a): small
synthetic variants written for the test (other words, other languages; never a corpus line),
each positive one failing without its rule, and hostile inputs read in linear time."""
from __future__ import annotations

import time

import pytest

from teikit import convert
from tests.convert.conftest import labels, read, speaker

# --- L830d a diarization id printed on every subtitle cue opens a turn each time -----------------


def _stamp(seconds: int) -> str:
    return f"{seconds // 3600:02d}:{seconds // 60 % 60:02d}:{seconds % 60:02d}"


def _srt(*texts: str) -> str:
    """Numbered cues, the n-th from 2n.1 s to (2n + 1).9 s."""
    return "\n".join(f"{n}\n{_stamp(2 * n)},100 --> {_stamp(2 * n + 1)},900\n{text}\n"
                     for n, text in enumerate(texts, 1))


@pytest.mark.parametrize("ids", [
    ("[SPEAKER_01]:", "[SPEAKER_00]:"),
    ("SPEAKER_01:", "SPEAKER_00:"),
    ("[Speaker 1]:", "[Speaker 2]:"),
    ("spk_1:", "spk_0:"),
    ("[Ann Lee]:", "[Tom Poe]:"),
])
def test_every_printed_label_of_a_subtitle_file_opens_a_turn(ids):
    one, two = ids
    text = _srt(f"{one} Good evening and welcome to the show.", f"{one} Tonight we talk about the harbour.",
                f"{two} Thank you for having me.", f"{two} It is good to be here.", f"{one} Let us begin.")
    doc = read(text)
    assert labels(doc) == [one, one, two, two, one]
    assert [len(t.paragraphs) for t in doc.turns()] == [1] * 5
    assert doc.turns()[0].paragraphs[0].start == 2.1 and doc.turns()[4].paragraphs[0].end == 11.9
    assert speaker(doc, 0) is speaker(doc, 1) is speaker(doc, 4) and speaker(doc, 2) is not speaker(doc, 0)


def test_a_bracketed_diarization_label_keeps_cue_numbers_and_timings_as_notes():
    text = _srt("[SPEAKER_01]: Hello there.", "[SPEAKER_00]: Hi.", "[SPEAKER_00]: How are you?")
    tei = convert(text.encode(), name="t.srt").tei.decode()
    assert tei.count('<note type="speaker">[SPEAKER_00]:</note>') == 2
    assert tei.count('<note type="cue">') == 3 and tei.count('<note type="timestamp">') == 3
    assert "00:00:04,100 --&gt; 00:00:05,900" in tei


def test_voice_tags_of_one_speaker_still_merge_their_cues():
    """A WebVTT voice tag is the cue's markup, repeated while the voice speaks (dev8 503)."""
    text = ("WEBVTT\n\n00:00:01.000 --> 00:00:02.000\n<v Speaker 1>Hello the harbour and\n\n"
            "00:00:02.000 --> 00:00:03.000\n<v Speaker 1>welcome to the show.\n\n"
            "00:00:03.000 --> 00:00:04.000\n<v Speaker 2>Thanks.\n")
    assert labels(read(text)) == ["Speaker 1", "Speaker 2"]


def test_a_subtitle_file_without_labels_stays_one_turn():
    assert labels(read(_srt("Good evening and welcome", "to the show about the harbour.", "Tonight we begin."))) == [None]


# --- L831d a bracketed id and a bracketed time: the time is the label's, not a segment's -----------

_DIARIZED = [("So", "we begin today with the harbour and its boats."), ("So", "what about the boats, then?"),
             ("Because", "the boats are late again this year."), ("Because", "of the storm, I guess?"),
             ("Yes.", "The storm came early this year."), ("Yes,", "I heard it too, on the radio.")]


@pytest.mark.parametrize("label", ["[Speaker {n}] [00:{s:02d}]", "[SPEAKER_0{n}] (00:{s:02d})",
                                   "[Ann {n}] [00:00:{s:02d}]", "Speaker {n} [00:{s:02d}]"])
def test_times_after_a_label_on_every_line_are_the_labels_own(label):
    lines = [label.format(n=k % 2 + 1, s=5 * k) + f" {first} {rest}" for k, (first, rest) in enumerate(_DIARIZED)]
    doc = read("\n".join(lines) + "\n")
    assert len(doc.turns()) == 6
    assert all(t.paragraphs[0].text.split()[-1] == line.split()[-1] for t, line in zip(doc.turns(), lines))
    assert not any(t.label and t.label.split()[0] in ("So", "Because", "Yes.", "Yes,") for t in doc.turns())


def test_a_run_on_export_of_times_and_names_is_still_cut_at_its_times():
    """L321b's shape: the time before the name, a bracketed event once before a time."""
    doc = read("0:00 Musik [Heitere Musik] 0:24 Anja Roe Moin und hallo. Ich bin Anja Roe, heute mit Peter Lee. 1:12 Anja Roe "
               "In dieser Folge geht es um Boote. 2:03 Peter Lee Hallo, Anja. 2:09 Anja Roe Peter, schön.\n",
               lang="de")
    assert [t.label for t in doc.turns() if t.label][:4] == ["0:24 Anja Roe", "1:12 Anja Roe", "2:03 Peter Lee",
                                                             "2:09 Anja Roe"]


# --- L832d a Markdown heading's marks before a label alone on its line ---------------------------

@pytest.mark.parametrize("marks,names,lang", [
    ("###", ("主持人：", "唐鳳：", "中央社 蘇思云："), "zh"),
    ("##", ("Host:", "Ann Lee:", "Reuters Tom Hill:"), "en"),
    ("####", ("MODERATOR", "ANN LEE", "TOM HILL"), "en"),
    ("#", ("Moderatorin:", "Anna Roth:", "Tom Berg:"), "de"),
])
def test_a_markdown_heading_over_the_speech_is_a_label(marks, names, lang):
    host, guest, reporter = names
    text = (f"# A press conference\n\n{marks} {host}\n開始。 The briefing begins now.\n\n"
            f"{marks} {guest}\nGood morning everyone, thank you for coming today.\n\n"
            f"{marks} {reporter}\nWhat about the budget for the harbour?\n\n"
            f"{marks} {guest}\nA good question, and the answer is simple.\n")
    doc = read(text, lang=lang)
    assert labels(doc) == [f"{marks} {n}" for n in (host, guest, reporter, guest)]


def test_a_heading_with_words_after_its_colon_is_a_section_title():
    doc = read("## Part 1: The harbour\n\nANN LEE: Welcome.\n\nTOM POE: Thanks.\n\n"
               "## Part 2: The boats\n\nANN LEE: And the boats?\n\nTOM POE: Late.\n", lang="en")
    assert labels(doc) == ["ANN LEE:", "TOM POE:"] * 2


# --- L833d an outlet in Latin letters before a reporter's name in a caseless script -------------

def test_an_outlet_in_latin_letters_before_a_chinese_name_is_a_label():
    doc = read("主持人：\n記者會開始。\n\n部長：\n大家好，謝謝大家今天來。\n\n"
               "iThome 余至浩：\n請問部長，預算會怎麼用？\n\n部長：\n這是很好的問題。\n\n"
               "Yahoo 財經 楊絡懸：\n想請問人才的問題？\n\n部長：\n我們會努力。\n\n"
               "iThome 余至浩：\n再請問一次？\n\n部長：\n好的。\n", lang="zh")
    assert labels(doc) == ["主持人：", "部長：", "iThome 余至浩：", "部長：", "Yahoo 財經 楊絡懸：", "部長：",
                           "iThome 余至浩：", "部長："]


# --- L834d a Markdown link's text is no bracketed label ------------------------------------------

@pytest.mark.parametrize("line", ["[記者會](https://example.org/press/1)開始。", "[The briefing](/press/2) begins.",
                                  "[下一題](#q3)請問。", "[Notes](www.example.org) are online."])
def test_a_markdown_link_opening_a_line_is_no_bracketed_label(line):
    from teikit import lexicons
    from teikit.transforms.helpers.labelshapes import candidates
    assert not [c for c in candidates(line, lexicons.load("zh")) if c.shape == "bracket"]


def test_a_markdown_link_opening_the_speech_under_a_heading_label_is_speech():
    doc = read("# 記者會逐字稿\n\n### 主持人：\n[記者會](https://example.org/press/1)開始。\n\n### 部長：\n大家好。\n\n"
               "### 記者：\n請問預算？\n\n### 部長：\n好的。\n", lang="zh")
    assert labels(doc) == ["### 主持人：", "### 部長：", "### 記者：", "### 部長："]
    assert doc.turns()[0].paragraphs[0].text.startswith("[記者會](https://")


def test_a_bracketed_label_before_the_speech_is_still_a_label():
    doc = read("[主持人]各位网友大家好。\n\n[嘉宾]大家好。\n\n[主持人]请问您怎么看？\n\n[嘉宾]我觉得很好。\n", lang="zh")
    assert labels(doc) == ["[主持人]", "[嘉宾]"] * 2


# --- L835d header lines in capitals above labels alone on their lines ---------------------------

def test_a_title_and_field_lines_in_capitals_above_labels_alone_are_no_turns():
    text = ("## About the Interview\n\nANN LEE: An Interview Conducted by Tom Poe, Harbour Museum, 3 May 2011.\n\n"
            "## Interview\n\nINTERVIEWEE: Ann Lee \nINTERVIEWER: Tom Poe \nDATE: 3 May 2011 \n\n"
            "Q: \n\nWhere were you born?\n\nAnn Lee: \n\nIn Hull, by the docks.\n\n"
            "Q: \n\nAnd then?\n\nAnn Lee: \n\nThen I went to sea.\n")
    doc = read(text, lang="en")
    assert labels(doc) == ["Q:", "Ann Lee:"] * 2


def test_an_inline_opening_label_above_a_mixed_style_is_kept():
    """Labels printed with the speech on their line twice make no alone style: all stay labels."""
    text = ("ANNOUNCER: Good evening.\n\nQ: Where were you born?\n\nAnn Lee:\n\nIn Hull.\n\n"
            "Q: And then?\n\nAnn Lee:\n\nThen I went to sea.\n")
    assert labels(read(text, lang="en"))[0] == "ANNOUNCER:"


# --- hostile input: every rule reads 100k label-like lines in linear time ------------------------

def _least_time(text: str) -> float:
    runs = []
    for _ in range(2):
        start = time.process_time()
        read(text)
        runs.append(time.process_time() - start)
    return min(runs)


@pytest.mark.parametrize("line", [
    "[Speaker {a}] [00:{s:02d}] Because {n} said so.\n",
    "### Name {n}：\n",
    "[link {n}](https://x.org/{n}) text\n",
    "NAME {n}: words after the colon {n}\n",
])
def test_label_like_lines_are_read_in_time_linear_in_their_number(line):
    sizes = (1_000, 4_000)
    texts = ["".join(line.format(a=n % 3, s=n % 60, n=n) for n in range(size)) for size in sizes]
    small, big = (_least_time(t) for t in texts)
    assert big < 8 * max(small, 0.05), (small, big)


def test_a_subtitle_file_of_many_labelled_cues_is_read_in_linear_time():
    texts = [_srt(*(f"[SPEAKER_0{n % 2}]: words {n}" for n in range(size))) for size in (1_000, 4_000)]
    small, big = (_least_time(t) for t in texts)
    assert big < 8 * max(small, 0.05), (small, big)
