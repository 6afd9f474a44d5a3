"""Cheap, language-general features of each line of a transcript, for tools/line_model.py and
tools/line_gate.py (training-time only: the converter does not use them, docs/learned-turn-starts.md).

Whether a line opens a turn is read from its shape (the words before a separator: colon,
full-width colon, " :", ".-", a spaced dash), from how that shape recurs in the document
(a transcript prints its few labels over and over), from the layout around it (blank lines,
lengths, the previous line's question mark), from the paragraph and the document around it
(a question line over a longer block, questions asked inside lines) and from the converter's
own verdict (the rules). Every count is taken once per document: the cost is linear.
"""
from __future__ import annotations

import math
import re
from collections import Counter

# The words before a separator at a line start: ":" (no digit after it: not a time),
# " :" (French), "：" (full-width), ".-" (Spanish records), a spaced dash.
_PREFIX = re.compile(r"^\s*(?P<prefix>\S.{0,59}?)(?P<sep>\s+:(?!\d)|:(?![\d/])|：|\.-|\s[-–—]\s)")
_SENTENCE_END = re.compile(r"[.!?。！？…\"'»”)]\s*$")
_LETTER = re.compile(r"[^\W\d_]")
_BRACKETED = re.compile(r"^\s*[\[(（【][^\])）】]{1,40}[\])）】]")
_DASH_START = re.compile(r"^\s*[-–—―]\s*\S")
_TIMESTAMP = re.compile(r"^\s*[\[(]?\d{1,2}:\d{2}(?::\d{2})?")
MAX_PREFIX_WORDS = 8

NAMES = ("rule_start", "rule_labelled", "rule_prev_start", "rule_label_shape", "doc_rule_rate",
         "sep_colon", "sep_space_colon", "sep_fullwidth", "sep_dotdash", "sep_dash",
         "prefix_words", "prefix_chars", "prefix_upper", "prefix_title", "prefix_digit",
         "recurs", "recurs_log", "first_word_recurs", "named_elsewhere",
         "bracketed", "dash_start", "timestamp", "alone_short",
         "blank_before", "blank_after", "line_log_len", "ends_sentence", "prev_question",
         "header_area", "position", "recurs_unruled", "labelled_rate",
         "prev_question_labelled", "dash_start_labelled",
         # the paragraph and the document: an answer's first line or a question continued?
         "opens_asking", "block_after_question", "doc_answer_share", "doc_alike_lengths",
         "doc_inner_questions", "after_question_alike", "after_question_inner")


def separated_prefix(line: str) -> tuple[str, str] | None:
    """(prefix, separator kind) when a short run of words before a separator opens the line."""
    m = _PREFIX.match(line)
    if m is None:
        return None
    prefix = m.group("prefix").strip()
    if not prefix or len(prefix.split()) > MAX_PREFIX_WORDS or not _LETTER.search(prefix):
        return None
    sep = m.group("sep")
    kind = ("fullwidth" if sep == "：" else "dotdash" if sep == ".-" else
            "space_colon" if sep.strip() == ":" and sep != ":" else "colon" if sep == ":" else "dash")
    return prefix, kind


def _key(prefix: str) -> str:
    return " ".join(prefix.casefold().split())


def _ratio(found: int, total: int) -> float:
    return found / total if total else 0.0


def document_features(lines: list[str], rule: dict[int, bool]) -> list[tuple[int, list[float]]]:
    """(line index, feature vector in NAMES order) for every non-blank line; `rule` maps the
    lines where the converter opens a turn to whether that turn carries a label."""
    texts = [line.strip() for line in lines]
    prefixes = [separated_prefix(line) if text else None for line, text in zip(lines, texts)]
    keys = Counter(_key(p[0]) + "|" + p[1] for p in prefixes if p)
    rule_keys = {_key(p[0]) + "|" + p[1] for n, p in enumerate(prefixes) if p and rule.get(n)}
    first_words = Counter(t.split()[0].casefold() for t in texts if t)
    words = Counter(w.casefold() for t in texts for w in re.findall(r"\w{3,}", t))
    nonblank = [n for n, t in enumerate(texts) if t]
    first_rule = min(rule) if rule else len(lines)
    rate = _ratio(len(rule), len(nonblank))
    labelled = _ratio(sum(rule.values()), len(rule))  # the rules found labels: Q/A layout cues mean less
    shape = _DocumentShape(texts, nonblank)
    rows = []
    prev = ""
    for n in nonblank:
        text, found = texts[n], prefixes[n]
        vector = _line_vector(n, text, found, texts, keys, rule_keys, first_words, words, rule,
                              rate, first_rule, prev, len(lines), labelled)
        rows.append((n, vector + shape.vector(n, text, prev)))
        prev = text
    return rows


_ASKING_START = re.compile(r"^\W{0,3}[¿¡]|^[^.!?。！？]{1,25}[?!？！]")


def _asks(text: str) -> bool:
    return text.endswith(("?", "？"))


class _DocumentShape:
    """What the document's question lines and the blocks after them look like, computed once
    (linear in the document): in a printed interview the questions are short and the answers
    longer; in a chat or a speech printed line by line every line is alike."""

    def __init__(self, texts: list[str], nonblank: list[int]):
        # characters from each line up to the next question line (the block it opens)
        self.block: dict[int, int] = {}
        run = 0
        for n in reversed(nonblank):
            run = 0 if _asks(texts[n]) else run + len(texts[n])
            self.block[n] = run
        asked = [len(texts[n]) for n in nonblank if _asks(texts[n])]
        others = [len(texts[n]) for n in nonblank if not _asks(texts[n])]
        answers = [self.block[m] for k, m in zip(nonblank, nonblank[1:]) if _asks(texts[k]) and not _asks(texts[m])]
        self.answer_share = _squash(_median(answers) / _median(asked)) if asked and answers else 0.0
        self.alike = _squash(_median(others) / _median(asked)) if asked and others else 0.0
        # questions asked inside lines rather than at their end: speakers change inside blocks
        # (an automatic transcript), so a block after a question is no answer of its own
        inner = sum(1 for n in nonblank if _asks_inside(texts[n]))
        self.inner = _squash(inner / len(asked)) if asked else min(1.0, inner / 4)

    def vector(self, n: int, text: str, prev: str) -> list[float]:
        after = _asks(prev)
        asking = bool(_ASKING_START.match(text))
        block = _squash(self.block[n] / max(1, len(prev))) if after else 0.0
        return [float(asking), block, self.answer_share, self.alike, self.inner,
                self.alike * after, self.inner * after]


def _asks_inside(text: str) -> bool:
    """A question mark with a word after it: the line goes on after a question."""
    last = next((k for k in range(len(text) - 1, -1, -1) if text[k].isalnum() or text[k] == "_"), -1)
    return "?" in text[:last] or "？" in text[:last]


def _median(values: list[int]) -> float:
    ordered = sorted(values)
    return float(ordered[len(ordered) // 2]) if ordered else 0.0


def _squash(ratio: float) -> float:
    """A length ratio on a log scale: alike about .17, twenty times longer about .76."""
    return math.log1p(ratio) / 4 if ratio > 0 else 0.0


def _line_vector(n, text, found, texts, keys, rule_keys, first_words, words, rule, rate, first_rule,
                 prev, total, labelled) -> list[float]:
    prefix, kind = found if found else ("", "")
    key = _key(prefix) + "|" + kind
    recurs = keys[key] - 1 if found else 0
    letters = _LETTER.findall(prefix)
    pwords = prefix.split()
    last = re.findall(r"\w{3,}", prefix.casefold())
    named = bool(last) and words[last[-1]] > keys[key]
    rule_start = n in rule
    vector = [
        rule_start, rule.get(n, False), (n - 1) in rule or (n - 2) in rule and not texts[n - 1],
        bool(found) and key in rule_keys, rate,
        kind == "colon", kind == "space_colon", kind == "fullwidth", kind == "dotdash", kind == "dash",
        min(len(pwords), MAX_PREFIX_WORDS) / MAX_PREFIX_WORDS, min(len(prefix), 60) / 60,
        _ratio(sum(c.isupper() for c in letters), len(letters)),
        _ratio(sum(w[:1].isupper() for w in pwords), len(pwords)),
        any(c.isdigit() for c in prefix),
        recurs >= 1, math.log1p(recurs) / 4, math.log1p(first_words[text.split()[0].casefold()] - 1) / 4,
        named, bool(_BRACKETED.match(text)), bool(_DASH_START.match(text)), bool(_TIMESTAMP.match(text)),
        len(text.split()) <= 5 and not _SENTENCE_END.search(text),
        n == 0 or not texts[n - 1], n + 1 >= total or not texts[n + 1],
        math.log1p(len(text)) / 8, bool(_SENTENCE_END.search(text)), prev.endswith(("?", "？")),
        n < first_rule, n / max(1, total), recurs >= 1 and not rule_start, labelled,
    ]
    vector += [vector[NAMES.index("prev_question")] * labelled, vector[NAMES.index("dash_start")] * labelled]
    return [float(v) for v in vector]


def document_evidence(lines: list[str], rule: dict[int, bool]) -> tuple[int, int, int, int]:
    """What a document says of the rules' verdict on it: (non-blank lines, lines the rules open
    a turn at, of those the labelled ones, lines ending with a question mark)."""
    texts = [line.strip() for line in lines]
    nonblank = sum(1 for t in texts if t)
    questions = sum(1 for t in texts if t.endswith(("?", "？")))
    return nonblank, len(rule), sum(rule.values()), questions


def gate_opens(kind: str, threshold: float, evidence) -> bool:
    """Whether a document's evidence (`document_evidence`) says the rules failed there, by one
    of the gates the training tools choose from: "nolabel" (no printed label found), "fewq"
    (fewer rule starts than `threshold` x its question lines), "sparse" (rule starts at fewer
    than `threshold` x its non-blank lines), "nolabel+fewq" (both of the first two). Written
    with `&`, so that the training tools pass columns of many documents' evidence at once."""
    lines, starts, labelled, questions = evidence
    few_questions = (questions > 0) & (starts < threshold * questions)
    if kind == "nolabel":
        return labelled == 0
    if kind == "fewq":
        return few_questions
    if kind == "sparse":
        return starts < threshold * lines
    if kind == "nolabel+fewq":
        return (labelled == 0) & few_questions
    raise ValueError(f"unknown gate {kind!r}")
