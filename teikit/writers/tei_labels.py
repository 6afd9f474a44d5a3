"""The printed speaker label of a turn and the notes that lead it, in the TEI: the label's
element, a timestamp printed with it as a note of its own, and the `@rend` that says how the
source spaced the label and each lead note from what follows (`model.spacing`)."""
from __future__ import annotations

from teikit.model import Boilerplate, Note, Paragraph, Text, Turn
from teikit.model.spacing import NO_SPACE_AFTER, SPACE_AFTER, label_glues, label_rend
from teikit.writers.xmlbuild import XmlBuilder, element


def label_notes(b: XmlBuilder, turn: Turn, speaker_tag: str) -> None:
    """The printed label; a timestamp printed before or after it ("[00:01:23] Name:",
    "Speaker 1: (00:00)", "Name (00:01:23):", the colon after the time going with it) goes
    into a timestamp note of its own, in printed order; one printed anywhere else inside the
    label stays there, and the label then carries @synch."""
    label, time = turn.label, turn.time
    if label is None:
        return
    rend = spacing_rend(turn)
    if not time:  # the common case, written directly
        b.raw(element("note", label, type="speaker", rend=rend) if speaker_tag == "note"
              else element(speaker_tag, label, rend=rend))
        return
    synch = f"#{turn.start}" if turn.start else None

    def speaker(text: str, **attrs) -> None:
        if speaker_tag == "note":
            b.leaf("note", text, type="speaker", **attrs)
        else:
            b.leaf(speaker_tag, text, **attrs)

    if turn.time_first and (at := _time_after_marks(label, time)) >= 0:
        # "### [00:00:37] Ann Lee": the heading's marks go with the time they open (L1130g), so do a bold run's (L1600i)
        b.leaf("note", label[:at + len(time)], type="timestamp", synch=synch)
        speaker(label[at + len(time):].strip())
    elif label.endswith(time):
        speaker(label[:-len(time)].rstrip())
        b.leaf("note", time, type="timestamp", synch=synch)
    elif (at := label.rfind(time)) > 0 and not label[at + len(time):].strip(_SEPARATORS):
        # "SPEAKER_01 (00:04):": the label is the name, the time (and the colon printed
        # after it) its timestamp note, as for "Speaker 1: (00:04)"; so do the bold's closing
        # marks after it: "**Jason: (00:00:00)**" (L1230h)
        speaker(label[:at].rstrip())
        b.leaf("note", label[at:], type="timestamp", synch=synch)
    else:
        speaker(label, synch=synch)


_SEPARATORS = " :：.\u00a0*_"


def _time_after_marks(label: str, time: str) -> int:
    """Where `time` stands in `label` when only a heading's marks (and spaces) are printed
    before it ("### [00:00:37] Ann Lee", L1130g), or a bold run's opening marks
    ("**[00:03] Ann:**", L1600i), or nothing is; -1 otherwise."""
    at = label.find(time)
    return at if at >= 0 and not label[:at].strip("#*_ \t\u00a0") else -1


def spacing_rend(turn: Turn) -> str | None:
    """The label's `@rend` when the source spaced it otherwise than the views assume
    (`model.spacing`): what follows it is its first lead note, else its speech."""
    if turn.joined is None:
        return None
    return label_rend(turn.joined, turn.label or "", _after_label(turn))


def _after_label(turn: Turn) -> str:
    """What follows the label: its first lead note, else its first paragraph that holds
    words, stripped on the left."""
    if turn.lead_notes:
        return turn.lead_notes[0].text
    return _speech_start(turn)


def _speech_start(turn: Turn) -> str:
    """What the turn's paragraphs print first, stripped on the left: a site line it opens
    with (printed right after the label, T460a), else its first paragraph that holds words."""
    paragraphs = turn.paragraphs
    first = paragraphs[0] if paragraphs else None
    if type(first) is Boilerplate:
        return first.text.lstrip()
    if type(first) is Paragraph and len(first.content) == 1 and type(first.content[0]) is Text:
        text = first.content[0].text  # (most turns: speech of one line, read without a walk)
        if text.strip():
            return text.lstrip()
    return next((p.text.lstrip() for p in paragraphs if isinstance(p, Paragraph) and p.text.strip()), "")


def note_rend(note: Note) -> str | None:
    return NO_SPACE_AFTER if note.joined else None


def lead_note_rend(turn: Turn, i: int) -> str | None:
    """The `@rend` of the turn's lead note `i`: `nospace-after` when glued to what follows,
    `space-after` when a space follows where the views would glue (before punctuation,
    `model.spacing.label_glues`)."""
    note, notes = turn.lead_notes[i], turn.lead_notes
    if note.joined:
        return NO_SPACE_AFTER
    after = notes[i + 1].text if i + 1 < len(notes) else _speech_start(turn)
    return SPACE_AFTER if note.joined is False and after and label_glues(note.text, after) else None
