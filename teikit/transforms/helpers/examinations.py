"""Who asks and who answers in a deposition's or a trial's examination (N1275h).

A court reporter's transcript prints the examining lawyer once, on a line of its own, at the
start of each examination, and then only the question and answer letters:

    CROSS-EXAMINATION
    BY MS. PRICE:
         Q.   Did you sign the report?
         A.   Yes, I did.
              MR. KESSLER:  Objection.

Each `Q.` is the lawyer the last `BY` line names (lexicon `examiner_intros`) and each `A.` the
witness, whom the transcript's own label for the witness (`THE WITNESS:`, lexicon
`witness_words`) points at. The letters named no one; the `BY` line and the examination's
heading (`examination_headings`) were the last paragraph of the answer before them. The lines
become heading notes, and the letters' turns point at the persons the labels of the text
already made: a lawyer no label prints (`BY MR. POE:`, and no `MR. POE:`) is left unnamed.
"""
from __future__ import annotations

import re

from teikit.lexicons import Lexicon
from teikit.model import HeaderLine, Note, Paragraph, Text, Transcript, Turn
from teikit.model.facts import Person


def _key(label: str) -> str:
    """ "MR. KESSLER:" and "Mr. Kessler" alike: capitals, no colon, single spaces."""
    return " ".join(label.replace("\u00a0", " ").strip().rstrip(":").split()).upper()


def examined_by(doc: Transcript, persons: list[Person], lex: Lexicon) -> None:
    """Point the question and answer letters of each examination at its lawyer and witness,
    and set its `BY` lines and headings apart as heading notes."""
    if not lex.examiner_intros or not any(type(b) is Turn and b.who is None and b.label for b in doc.blocks):
        return
    # "BY MR. KESSLER:", "By Ms. Price:": the intro word, an honorific and a name, a colon;
    # the examination's heading may open the same line, after the "<" that Australian
    # transcripts print before a procedural line: "<EXAMINATION BY MR GLOVER:" (N1602i)
    honorifics = "|".join(re.escape(h) for h in sorted(lex.honorifics, key=len, reverse=True))
    heading_words = rf"(?:(?:{lex.alternation('examination_headings')})\s+)?" if lex.examination_headings else ""
    by_line = re.compile(rf"<?\s*{heading_words}(?:{lex.alternation('examiner_intros')})\s+"
                         rf"((?:{honorifics})\.?\s+[^\W\d_][^:]{{0,40}}?)\s*:", re.IGNORECASE)
    heading = re.compile(rf"<?\s*(?:{lex.alternation('examination_headings')})", re.IGNORECASE) \
        if lex.examination_headings else None
    labelled = {_key(label): p for p in persons for label in p.labels}
    witnesses = {f"{article} {word}".upper() for article in ("the", "") for word in lex.witness_words}
    witness = next((p for key, p in labelled.items() if key.strip() in witnesses), None)
    questions = {q.upper() for q in lex.question_labels}
    answers = {a.upper() for a in lex.answer_labels}
    examiner: Person | None = None
    examining = False
    for block in doc.blocks:
        if type(block) is HeaderLine:
            m = by_line.fullmatch(block.text.strip())
            if m:
                examining, examiner = True, labelled.get(_key(m.group(1)))
            continue
        if type(block) is not Turn:
            continue
        letter = _key(block.label or "").rstrip(".")
        if examining and block.who is None and letter in questions and examiner is not None:
            block.who = examiner.id
            _add_label(examiner, block.label)
        elif examining and block.who is None and letter in answers and witness is not None:
            block.who = witness.id
            _add_label(witness, block.label)
        for paragraph in block.paragraphs:
            if type(paragraph) is not Paragraph:
                continue
            for k, item in enumerate(paragraph.content):
                if type(item) is not Text:
                    continue
                text = item.text.strip()
                m = by_line.fullmatch(text)
                if m:
                    examining, examiner = True, labelled.get(_key(m.group(1)))
                    paragraph.content[k] = Note(type="heading", text=item.text)
                elif heading is not None and text.isupper() and heading.fullmatch(text):  # "CROSS-EXAMINATION"
                    paragraph.content[k] = Note(type="heading", text=item.text)


def _add_label(person: Person, label: str | None) -> None:
    if label and label not in person.labels:
        person.labels.append(label)
