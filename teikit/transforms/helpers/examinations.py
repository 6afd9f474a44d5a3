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
from functools import lru_cache

from teikit.lexicons import Lexicon
from teikit.model import HeaderLine, Note, Paragraph, Text, Transcript, Turn
from teikit.model.facts import Person
from teikit.transforms.helpers import names as nm
from teikit.transforms.helpers.attribution import add_person


def _key(label: str) -> str:
    """ "MR. KESSLER:" and "Mr. Kessler" alike: capitals, no colon, single spaces."""
    return " ".join(label.replace("\u00a0", " ").strip().rstrip(":").split()).upper()


def examined_by(doc: Transcript, persons: list[Person], lex: Lexicon, people: list | None = None) -> None:
    """Point the question and answer letters of each examination at its lawyer and witness,
    and set its `BY` lines and headings apart as heading notes. With `people` ((key, Person)
    pairs), a witness no label names is found in a swearing-in note (N1606i)."""
    if not lex.examiner_intros or not any(type(b) is Turn and b.who is None and b.label for b in doc.blocks):
        return
    by_line, heading, may_open = examination_patterns(lex)
    labelled = {_key(label): p for p in persons for label in p.labels}
    witnesses = {f"{article} {word}".upper() for article in ("the", "") for word in lex.witness_words}
    witness = next((p for key, p in labelled.items() if key.strip() in witnesses), None)
    if witness is None and people is not None:
        witness = _sworn_witness(doc, people, lex)  # "<ANN LEE, affirmed: [10.02]" (N1606i)
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
        if examining and block.who is None:  # (the letter read only there: most turns are not)
            letter = _key(block.label or "").rstrip(".")
            if letter in questions and examiner is not None:
                block.who = examiner.id
                _add_label(examiner, block.label)
            elif letter in answers and witness is not None:
                block.who = witness.id
                _add_label(witness, block.label)
        for paragraph in block.paragraphs:
            if type(paragraph) is not Paragraph:
                continue
            for k, item in enumerate(paragraph.content):
                if type(item) is not Text or not may_open.match(item.text):
                    continue
                text = item.text.strip()
                m = by_line.fullmatch(text)
                if m:
                    examining, examiner = True, labelled.get(_key(m.group(1)))
                    paragraph.content[k] = Note(type="heading", text=item.text)
                elif heading is not None and text.isupper() and heading.fullmatch(text):  # "CROSS-EXAMINATION"
                    paragraph.content[k] = Note(type="heading", text=item.text)


@lru_cache(maxsize=None)
def examination_patterns(lex: Lexicon) -> tuple[re.Pattern, re.Pattern | None, re.Pattern]:
    """The `BY` line, the examination heading (None when the lexicon has no headings), and what
    either needs at the start of a text, built once per lexicon."""
    # "BY MR. KESSLER:", "By Ms. Price:": the intro word, an honorific and a name, a colon;
    # the examination's heading may open the same line, after the "<" that Australian
    # transcripts print before a procedural line: "<EXAMINATION BY MR GLOVER:" (N1602i)
    honorifics = "|".join(re.escape(h) for h in sorted(lex.honorifics, key=len, reverse=True))
    heading_words = rf"(?:(?:{lex.alternation('examination_headings')})\s+)?" if lex.examination_headings else ""
    by_line = re.compile(rf"<?\s*{heading_words}(?:{lex.alternation('examiner_intros')})\s+"
                         rf"((?:{honorifics})\.?\s+[^\W\d_][^:]{{0,40}}?)\s*:", re.IGNORECASE)
    heading = re.compile(rf"<?\s*(?:{lex.alternation('examination_headings')})", re.IGNORECASE) \
        if lex.examination_headings else None
    # either pattern's opening, the text's leading spaces skipped: matched on each text of
    # speech as it stands, so that only the few that may be a `BY` line or a heading alone are
    # stripped and read in full (the others, most of a long transcript, are not copied)
    may_open = re.compile(rf"\s*(?:{by_line.pattern}" + (rf"|{heading.pattern})" if heading is not None else ")"),
                          re.IGNORECASE)
    return by_line, heading, may_open


def _sworn_witness(doc: Transcript, people: list, lex: Lexicon) -> Person | None:
    """The witness an Australian transcript's swearing-in note names, a person of `people`
    (made when no one has the name yet): `<GRANT JAMES McKAY, affirmed: [10.02]`, `<ANN LEE,
    sworn:`, the "<" first, a name of two to five capitalised words, a comma and an oath word
    (lexicon `oath_words`); the first such note of the text, on a line of its own or glued to
    the end of the chair's line. A name in capitals is read in title case."""
    if not lex.oath_words:
        return None
    note = re.compile(rf"<[ \t]*((?:[^\W\d_][\w'’.-]*[ \t]+){{1,4}}[^\W\d_][\w'’.-]*),[ \t]*(?:{lex.alternation('oath_words')})\b",
                      re.IGNORECASE)
    texts = [i.text for block in doc.blocks for i in (
        [i for p in block.paragraphs if type(p) is Paragraph for i in p.content] if type(block) is Turn
        else block.content if type(block) is Paragraph else ()) if type(i) is Text]
    for text in texts:
        m = note.search(text) if "<" in text else None
        if m is None or not all(w[:1].isupper() for w in m.group(1).split()):
            continue
        name = _mixed_case_printing(m.group(1), texts) if m.group(1).isupper() else m.group(1)
        key = (nm.fold(name.split()[-1]),)
        known = next((p for k, p in people if nm.same_person(key, k)), None)
        return known or add_person(key, people, doc.persons, (), name=name)
    return None


def _mixed_case_printing(name: str, texts: list[str]) -> str:
    """A name printed in capitals as the text prints it in mixed case elsewhere ("GRANT JAMES
    MCKAY" and the answer "Grant James McKay."), else in title case."""
    printed = re.compile(r"(?<!\w)" + r"\s+".join(map(re.escape, name.split())) + r"(?!\w)", re.IGNORECASE)
    for text in texts:
        for m in printed.finditer(text):
            if not m.group(0).isupper():
                return " ".join(m.group(0).split())
    return name.title()


def _add_label(person: Person, label: str | None) -> None:
    if label and label not in person.labels:
        person.labels.append(label)
