"""The interviewer a closing credit names: "Das Interview führte Marco Witting" (N70m).

An interview that labels only its answers ("Willi: ...") leaves its questions unlabeled
(`qa_turns` splits them off as turns of their own); newspapers then name the interviewer in a
credit after the last answer (lexicon `interview_credits`, set apart by the ending pass as an
end line). The unlabeled questions are that person's, when every one of them asks (ends with
a question mark), the answers carry one label, and no other rule has named the questions.
"""
from __future__ import annotations

from teikit.lexicons import Lexicon
from teikit.model import EndLine, Transcript, Turn
from teikit.transforms.helpers import names as nm
from teikit.transforms.helpers.answerer import ends_asking
from teikit.transforms.helpers.attribution import add_person, normalised_label

# An interview with unlabeled questions asks at least this many.
MIN_CREDITED_QUESTIONS = 2


def name_credited_interviewer(doc: Transcript, turns: list[Turn], people: list, lex: Lexicon) -> None:
    if not lex.interview_credits:
        return
    credit = next((b.text for b in doc.blocks if isinstance(b, EndLine)
                   and lex.pattern("interview_credits").fullmatch(b.text.strip().rstrip("."))), None)
    if credit is None:
        return
    questions = [t for t in turns if t.label is None]
    answers = {normalised_label(t.name or t.label) for t in turns if t.label is not None}
    if len(questions) < MIN_CREDITED_QUESTIONS or len(answers) != 1 or any(t.who for t in questions) \
            or not all(ends_asking(t) for t in questions):
        return
    name = _trailing_name(credit)
    if name is None:
        return
    key = tuple(nm.fold(w) for w in name.split()[-1:])
    if any(nm.same_person(key, k) for k, _ in people):
        return
    add_person(key, people, doc.persons, questions, name=name)


def _trailing_name(credit: str) -> str | None:
    """The capitalised words that end the credit ("... führte Marco Witting"): two to four,
    after a lower-case word (the credit's verb or preposition)."""
    words = credit.strip().rstrip(".").split()
    run = 0
    while run < len(words) and words[len(words) - 1 - run][:1].isupper():
        run += 1
    if not 2 <= run <= MAX_NAME_WORDS or run == len(words):
        return None
    return " ".join(words[-run:])


MAX_NAME_WORDS = 4
