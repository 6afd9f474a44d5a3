"""Plain-text transcript reader: bytes -> Transcript of unclassified paragraphs.

The reader only decides what a paragraph is; what each paragraph *means* (header line,
label, boilerplate, end line) is decided by the transforms that follow.

Paragraph separators found in pasted transcripts (lines end at LF, CR, CRLF and the
`LINE_BREAK_CHARACTERS`):
- blank lines, including lines holding only spaces, tabs or no-break spaces;
- one paragraph per line, with no blank lines at all (or in a long run of lines).
Within a short run of lines in a text that does use blank lines, a line break is a hard
break inside the paragraph (`<br>` on the web page), kept as `LineBreak`.
"""
from __future__ import annotations

import hashlib
import re

from teikit.model import CONTINUED_LINE, Boilerplate, LineBreak, Paragraph, Source, Text, Transcript
from teikit.readers.decode import UNICODE_ENCODINGS, c0_controls, decode, hold_controls, kept_warning, utf8_lines
from teikit.readers.quotedblocks import quoted_block
from teikit.readers.wraps import (SENTENCE_ENDS, broken_inside, caption_goes_on, caption_segments, hard_wrapped, indent_marked, manuscript_goes_on,
                                  manuscript_width, markdown_breaks, opens_indented_paragraph, sentence_lines, short_lines, statement_under_label, word_wraps,
                                  wrapped_with_strays)

# A run of this many lines without a blank line between them is one paragraph per line.
RUN_OF_PARAGRAPH_LINES = 4
# Line ends besides LF, CR and CRLF (Unicode's own list, the one str.splitlines uses): Word's
# manual line break (VT), a page break (FF), NEL, LINE and PARAGRAPH SEPARATOR. Whitespace,
# and VT/FF cannot appear in XML 1.0 at all: they end a line, and the reader says so.
CONTROL_LINE_BREAKS, UNICODE_LINE_BREAKS = "\v\f", "\x85\u2028\u2029"
LINE_BREAK_CHARACTERS = CONTROL_LINE_BREAKS + UNICODE_LINE_BREAKS


def read(data: bytes, name: str = "<input>", lang: str = "en", doc_id: str = "doc") -> Transcript:
    doc = Transcript(id=doc_id, lang=lang)
    lines = utf8_lines(data, name)  # most files: plain UTF-8, nothing to clean or report
    if lines is None:
        lines = _decoded_lines(data, name, doc)
    else:
        doc.source = source_of(data, name, "utf-8")
    if b"-->" in data and _FUSED_CUE_BYTES.search(data):  # (cheap tests first: most transcripts
        lines = unfuse_cue_lines(lines)                    # have no caption timing, or not fused)
    if b"] " in data and _FUSED_TIMED_BYTES.search(data):  # (cheap tests first, as above)
        lines = unfuse_timed_labels(lines)
    doc.blocks.extend(paragraphs(lines))
    if doc.blocks and doc.blocks[0].content and isinstance(doc.blocks[0].content[0], Text):
        _split_store_stamp(doc)
    return doc


# The stamp a page store puts before a captured page's text, glued to its first line: the
# month (or day) the page was stored or dated, " date 2020-08 Aparte de este discurso ...".
_STORE_STAMP = re.compile(r"^date \d{4}-\d{2}(?:-\d{2})?(?=[ \t\u00a0]+\S)")


def _split_store_stamp(doc: Transcript) -> None:
    """The page store's date stamp on the first line is page metadata, not speech, title or label:
    a boilerplate line of its own before the rest of the line."""
    first = doc.blocks[0]
    m = _STORE_STAMP.match(first.content[0].text)
    if m is None:
        return
    first.content[0] = Text(first.content[0].text[m.end():].lstrip(" \t\u00a0"))
    doc.blocks.insert(0, Boilerplate(m.group(), first.line))


def _decoded_lines(data: bytes, name: str, doc: Transcript) -> list[str]:
    """The lines of any other file, decoded whole; what was done to them is reported."""
    text, encoding = decode(data, name)
    doc.source = source_of(data, name, encoding)
    report_encoding(doc, encoding)
    # in UTF-8 a C0 control is its own byte: the few there are, found in one fast pass
    controls = c0_controls(data) if encoding in ("utf-8", "utf-8-sig") else None
    text, bad = hold_controls(text, doc.source.non_xml, controls)
    if bad:
        doc.warn(kept_warning(bad))
    if controls is not None:
        breaks = sum(controls.count(c.encode()) for c in CONTROL_LINE_BREAKS) \
            + sum(text.count(c) for c in UNICODE_LINE_BREAKS)
    else:
        breaks = sum(text.count(c) for c in LINE_BREAK_CHARACTERS)
    if breaks:
        doc.warn(f"{breaks} vertical tab, form feed, NEL or line/paragraph separator "
                 "character(s) read as line breaks (not kept as characters)")
    return text.splitlines()  # LF, CRLF, CR and the other Unicode line separators


def report_encoding(doc: Transcript, encoding: str) -> None:
    """A warning when the text was not read as UTF-8 (or UTF-16/32) throughout."""
    if encoding.startswith("utf-8+"):
        doc.warn(f"mixed encodings: lines that are not valid UTF-8 decoded as "
                 f"{encoding.split('+', 1)[1]}, the others as UTF-8")
    elif encoding not in UNICODE_ENCODINGS:
        doc.warn(f"not UTF-8; decoded as {encoding}")


def source_of(data: bytes, name: str, encoding: str) -> Source:
    return Source(name=name.rsplit("/", 1)[-1], sha256=hashlib.sha256(data).hexdigest(),
                  encoding=encoding)


def paragraphs(lines: list[str]) -> list[Paragraph]:
    """Split the text's lines into paragraphs, each remembering its first source line."""
    if lines and lines[0].startswith("\ufeff"):
        lines[0] = lines[0][1:]
    runs = _join_double_spaced(_join_caption_cues(_runs(lines)))
    one_per_line = len(runs) == 1
    out: list[Paragraph] = []
    append = out.append
    for start, run in runs:
        if len(run) == 1:  # a line between blank lines: most paragraphs of a transcript, made at once
            line = run[0]
            append(Paragraph([Text(line.strip())], start, None,
                             len(line) - len(line.lstrip()) if line[0].isspace() else 0))
        elif one_per_line or (len(run) >= RUN_OF_PARAGRAPH_LINES and not _has_cue(run)) or statement_under_label(run):
            continued = ((not one_per_line or hard_wrapped(run)) and short_lines(run)) or markdown_breaks(run) \
                or wrapped_with_strays(run) \
                or (not one_per_line and quoted_block(run))  # a few lines the wrap missed (P1003f); P1503i
            sentences = not continued and sentence_lines(run)  # (a caption's wrapped lines are not)
            wrapped = sentences and word_wraps(run)  # answers wrapped at a fixed width (P270z)
            indented = continued and indent_marked(run)  # paragraphs opened by an indent (P1204i)
            # a text of one run hard-wrapped at a fixed width, its paragraphs ending at sentence ends (P2243l)
            wrap = one_per_line and not continued and not sentences and manuscript_width(run)
            captions = not continued and not sentences and not wrap and caption_segments(run)  # (P2531m)
            for i, line in enumerate(run):  # one paragraph a line
                indent = len(line) - len(line.lstrip()) if line[0].isspace() else 0
                para = Paragraph([Text(line.strip())], start + i, None, indent)
                if i and (continued or (sentences and broken_inside(run[i - 1], line, wrapped))
                          or (wrap and manuscript_goes_on(run[i - 1], line, wrap))
                          or (captions and caption_goes_on(run[i - 1]))) \
                        and not (indented and opens_indented_paragraph(run[i - 1], line)):
                    para.kind = CONTINUED_LINE
                append(para)
        else:
            append(_paragraph(start, run))
    return out


# Captions pasted into a page (SubRip cues: a number, a timing line, the text): a blank line
# between cues is screen layout, not a paragraph break, as captions cut sentences anywhere.
_CUE_TIMING = re.compile(r"^\s*(?:\d+:)?\d{1,2}:\d{2}[.,]\d{1,3}\s*-->\s*(?:\d+:)?\d{1,2}:\d{2}[.,]\d{1,3}")
MIN_CUES = 3


# A SubRip cue whose line breaks were lost, inside a line: its number, then its timing line
# ("... Februar, 2 00:00:02,701 --> 00:00:06,436 jährt sich ...").
_FUSED_CUE = re.compile(r"(?:^|(?<=\s))(\d{1,5})[ \t\u00a0]+((?:\d+:)?\d{1,2}:\d{2}[.,]\d{1,3}[ \t\u00a0]*-->"
                        r"[ \t\u00a0]*(?:\d+:)?\d{1,2}:\d{2}[.,]\d{1,3})(?=\s|$)")
MIN_FUSED_CUES = 2
# A cue number and its timing on one line: the sign of a fused file, looked for in the bytes.
_FUSED_CUE_BYTES = re.compile(rb"\d[ \t]+(?:\d+:)?\d{1,2}:\d{2}[.,]\d{1,3}[ \t]*-->")


def unfuse_cue_lines(lines: list[str]) -> list[str]:
    """Lines holding several SubRip cues run together (a caption file whose line breaks a
    copy lost) as the cue lines they were: number, timing, text, a blank line; the text
    before the first cue stays a line of its own. Only spaces are replaced (by line ends):
    every other character keeps its place."""
    timed = [n for n, line in enumerate(lines) if "-->" in line]  # (most lines: passed over at once)
    out: list[str] = []
    done = 0
    for at in timed:
        line = lines[at]
        heads = list(_FUSED_CUE.finditer(line)) if line.count("-->") >= MIN_FUSED_CUES else ()
        if len(heads) < MIN_FUSED_CUES:
            continue
        out += lines[done:at]
        done = at + 1
        before = line[:heads[0].start()].rstrip()
        if before:
            out += [before, ""]
        for n, head in enumerate(heads):
            end = heads[n + 1].start() if n + 1 < len(heads) else len(line)
            out += [head.group(1), head.group(2), line[head.end():end].strip(), ""]
    return out + lines[done:] if done else lines


def _is_cue(run: list[str], at: int = 0) -> bool:
    """A cue starts at line `at` of the run: a number, then a timing line."""
    return len(run) >= at + 2 and run[at].strip().isdigit() and bool(_CUE_TIMING.match(run[at + 1]))


def _has_cue(run: list[str]) -> bool:
    # a cue's timing line holds "-->": a run without one (most long runs) is passed over by
    # one C-level search of its lines joined (a line feed between them makes no arrow)
    return "-->" in "\n".join(run) and any(_is_cue(run, i) for i in range(len(run) - 1))


def _join_caption_cues(runs: list) -> list:
    """Each caption cue joined to the run before it when that run holds a cue too (the
    labels pass splits the result at labels)."""
    several = [run for _, run in runs if len(run) > 1]  # (most runs are one line: passed over at once)
    if sum(map(_is_cue, several)) < MIN_CUES:
        return runs
    out: list = []
    own = False  # out[-1]'s lines are a list of its own, extended in place: a long caption
    for start, run in runs:  # paste joins thousands of cues into one run (a new list each was quadratic)
        # (a run extended here holds the cue joined to it: not searched again, which joined
        # the whole growing run once per cue, quadratic in a long caption paste)
        if out and len(run) > 1 and _is_cue(run) and (own or _has_cue(out[-1][1])):
            if not own:
                out[-1] = (out[-1][0], list(out[-1][1]))
                own = True
            out[-1][1].extend(run)
        else:
            out.append((start, run))
            own = False
    return out


def _runs(lines: list[str]) -> list[tuple[int, list[str]]]:
    """Runs of consecutive non-blank lines as (first line number, lines)."""
    runs: list[tuple[int, list[str]]] = []
    current: list[str] = []
    for number, line in enumerate(lines, 1):
        if line and not line.isspace():  # (strip() would copy every line)
            if not current:
                runs.append((number, current))
            current.append(line)
        else:
            current = []
    return runs


# A double-spaced text (a PDF's text layer, a typescript): every line followed by one blank line,
# the blank lines falling inside sentences too. This share of the gaps is one blank line, and
# at least this many lines break mid-sentence before a line in lower case (P21).
MIN_DOUBLE_SPACED_SHARE = 0.8
MIN_DOUBLE_SPACED_BREAKS = 3
MIN_DOUBLE_SPACED_RUNS = 8
MIN_PRINTED_WIDTH = 40  # a printed page's line; caption lines, broken anywhere, are shorter


def _join_double_spaced(runs: list[tuple[int, list[str]]]) -> list[tuple[int, list[str]]]:
    """In a double-spaced text, a line that breaks mid-sentence (no sentence end, the next
    line in lower case) and the line after the blank line below it are one paragraph: the
    blank line is line spacing there, not a paragraph break."""
    if len(runs) < MIN_DOUBLE_SPACED_RUNS:
        return runs
    gaps = [b[0] - (a[0] + len(a[1])) for a, b in zip(runs, runs[1:])]
    if gaps.count(1) < MIN_DOUBLE_SPACED_SHARE * len(gaps):
        return runs  # (most texts: a blank line between paragraphs, but not inside sentences)
    # (the test that settles most pairs first: the next run opens in lower case)
    joins = [gap == 1 and b[1][0].lstrip()[:1].islower() and len(a[1][-1].strip()) >= MIN_PRINTED_WIDTH
             and not a[1][-1].rstrip().endswith(SENTENCE_ENDS)
             for gap, a, b in zip(gaps, runs, runs[1:])]
    if sum(joins) < MIN_DOUBLE_SPACED_BREAKS:
        return runs
    # in such a text, a line that ends with a word goes on before a capitalised word too
    # ("... al consigliere" / "Alfonso Roe."), not before a word in capitals (a label)
    joins = [join or (gap == 1 and len(a[1][-1].strip()) >= MIN_PRINTED_WIDTH and a[1][-1].rstrip()[-1:].isalpha()
                      and (word := b[1][0].split(None, 1)[0])[:1].isupper() and not word.isupper())
             for join, gap, a, b in zip(joins, gaps, runs, runs[1:])]
    out = [runs[0]]
    own = False  # out[-1]'s lines are a list of its own, extended in place (a new list for each
    for join, run in zip(joins, runs[1:]):  # join was quadratic in a long run of joined lines)
        if join:
            if not own:
                out[-1] = (out[-1][0], list(out[-1][1]))
                own = True
            out[-1][1].extend(run[1])
        else:
            out.append(run)
            own = False
    return out


def _paragraph(line: int, lines: list[str]) -> Paragraph:
    content: list = []
    for i, raw in enumerate(lines):
        if i:
            content.append(LineBreak())
        content.append(Text(raw.strip()))
    return Paragraph(content=content, line=line, indent=len(lines[0]) - len(lines[0].lstrip()))


# A transcription service's segment head: the time in square brackets and a label with its
# colon ("[00:00:05] Speaker 03: ", "[01:02] Ann Lee: ").
_TIMED_HEAD = re.compile(r"(?<=\S)[ \t\u00a0]+(?=\[(?:\d{1,2}:)?\d{1,2}:\d{2}(?:[.,]\d{1,3})?\][ \t\u00a0]+"
                         r"[^\W\d_][^\[\]:\n]{0,40}:[ \t\u00a0])")
_FUSED_TIMED_BYTES = re.compile(rb"\S[ \t]+\[(?:\d{1,2}:)?\d{1,2}:\d{2}(?:[.,]\d{1,3})?\][ \t]+[^\[\]:\n]{1,41}:[ \t]")
MIN_FUSED_SEGMENTS = 3


def unfuse_timed_labels(lines: list[str]) -> list[str]:
    """Lines holding several timed segments run together ("[00:00:05] Speaker 03: Good
    morning. [00:00:06] Speaker 03: Good morning, Your Honors. ..."), as an export whose line
    breaks a copy lost prints them (P20): one segment per line again. Only the spaces before
    each segment head are replaced (by a line end); a line with fewer heads stays whole."""
    # the lines that may hold heads, found first at C level (most lines: passed over at once)
    bracketed = [n for n, line in enumerate(lines) if line.count("]") >= MIN_FUSED_SEGMENTS - 1]
    out: list[str] = []
    done = 0
    for n in bracketed:
        line = lines[n]
        cuts = list(_TIMED_HEAD.finditer(line))
        if len(cuts) < MIN_FUSED_SEGMENTS - 1:
            continue
        out += lines[done:n]
        done = n + 1
        start = 0
        for m in cuts:
            out.append(line[start:m.start()])
            start = m.end()
        out.append(line[start:])
    return out + lines[done:] if done else lines
