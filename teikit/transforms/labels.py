"""Pass `labels`: find speaker labels at line starts and group paragraphs into turns.

The shapes a label may take are in `helpers.labelshapes`; this pass decides, for one
document, which candidates are labels (`helpers.labelpolicy.LabelPolicy`) and groups what
follows each label into its turn. Before that, helpers set apart what a page prints around
its labels or runs into one line (`labelblocks`, `pageshapes`, `runon`, `namedrunon`,
`onelinedialogue`), so that each label opens a paragraph.
"""
from __future__ import annotations

from teikit.lexicons import Lexicon
from teikit.model import Boilerplate, LineBreak, Paragraph, Text, Transcript, Turn
from teikit.transforms.helpers.labelwidgets import set_label_widgets_apart
from teikit.transforms.helpers.askerbrackets import set_askers_apart
from teikit.transforms.helpers.bareanswers import bare_answer_letters
from teikit.transforms.helpers.bareqa import split_bare_qa_lines
from teikit.transforms.helpers.captioncues import split_caption_cues
from teikit.transforms.helpers.captionlayout import is_caption_layout, join_caption_paragraphs
from teikit.transforms.helpers.lineblocks import is_line_block_layout, join_line_blocks
from teikit.transforms.helpers.dashrunon import split_run_on_dashes
from teikit.transforms.helpers.debrisletters import set_letter_debris_apart
from teikit.transforms.helpers.hashmarkers import split_hash_markers
from teikit.transforms.helpers.frontfence import front_matter_end
from teikit.transforms.helpers.gluedideographs import split_glued_ideographs
from teikit.transforms.helpers.gluedlabels import split_glued_labels
from teikit.transforms.helpers.gluedletters import split_glued_letters
from teikit.transforms.helpers.insidelabels import split_initialled_labels_inside, split_known_labels_inside
from teikit.transforms.helpers.boldquestionlabels import set_question_marks_apart
from teikit.transforms.helpers.onelineanswers import split_answers_after_questions
from teikit.transforms.helpers.htmllabels import join_wrapped_tag_labels, markup_only_paragraphs, set_label_tags_apart
from teikit.transforms.helpers.labelblocks import set_label_lines_apart
from teikit.transforms.helpers.labelpolicy import LabelPolicy
from teikit.transforms.helpers.labelleddashes import dashed_turns_under_labels
from teikit.transforms.helpers.floorcalls import split_called_speeches
from teikit.transforms.helpers.formnotes import form_lines_as_notes
from teikit.transforms.helpers.markdownheadings import mark_closing_headings
from teikit.transforms.helpers.labelshapes import Candidate, candidates_of
from teikit.transforms.helpers.labeltext import unbracketed, unnumbered
from teikit.transforms.helpers.labelwords import addressed_speaker
from teikit.transforms.helpers.movedcolon import join_moved_colons
from teikit.transforms.helpers.lines import first_text, first_texts, lines_of, paragraph_lines
from teikit.transforms.helpers.namedrunon import split_named_run_on
from teikit.transforms.helpers.quotedexchange import set_quote_marks_apart, split_quoted_answers, split_quoted_exchange
from teikit.transforms.helpers.recordnarrative import split_record_narrative
from teikit.transforms.helpers.recognisertags import split_recogniser_tags
from teikit.transforms.helpers.recordnames import member_putting_question
from teikit.transforms.helpers.recordrunon import split_record_run_on
from teikit.transforms.helpers.nametags import split_name_tags
from teikit.transforms.helpers.numberedlabels import set_question_numbers_apart
from teikit.transforms.helpers.onelinedialogue import split_one_line_records
from teikit.transforms.helpers.pageshapes import open_page_shapes
from teikit.transforms.helpers.splitlabel import split_label
from teikit.transforms.helpers.stampedrunon import add_stamped_candidates, split_stamped_run_on, stamped_keys
from teikit.transforms.helpers.surnamerunon import (add_surname_candidates, split_surname_run_on,
                                                    surname_labels_at_line_starts)
from teikit.transforms.helpers.paragraphjoins import join_broken_paragraphs, join_continued_lines
from teikit.transforms.helpers.runonnumbers import set_run_on_numbers_apart
from teikit.transforms.helpers.runon import announced_labels, one_line_paragraphs, split_glued_records, split_run_on_turns
from teikit.transforms.helpers.transcriptmark import transcript_mark
from teikit.transforms.helpers.typeddashes import split_typed_dash_turns
from teikit.transforms.helpers.unnamedturns import (UNNAMED_STARTS, opens_unnamed_turn, split_caption_turns,
                                                    split_dash_turns)
from teikit.transforms.helpers.wrappedrunon import join_broken_labels, join_wrapped_lines, split_wrapped_run_on


# --- grouping into turns --------------------------------------------------------------

class LabelsPass:
    name = "labels"
    after = ("boilerplate",)

    def apply(self, doc: Transcript, ctx) -> None:
        group_turns(doc, ctx.lexicon)
        split_caption_cues(doc, ctx.lexicon)  # "He says IT IS NOW …": a described video's cue and its captions (T2460m)
        split_hash_markers(doc, ctx.lexicon)  # "### SPEAKER1 ### TRANSCRIPT Hallo …": a diarized row's markers (L2461m)
        split_typed_dash_turns(doc)  # "-- Alors parlons …" / "-- Ha ! …" after a labelled speech (T2402l)
        set_run_on_numbers_apart(doc)  # "… that is all. 14 MR. SMITH: …": the line's number, no speech (L1402i)
        split_quoted_exchange(doc)  # "> **Where did it start?**" / "> I was nine …" after "> **Bo Roe:** …" (T1311h)
        form_lines_as_notes(doc, ctx.lexicon)  # "**[NOTAS DE OBSERVACIÓN]:** …" between the answers (P1108g)
        mark_closing_headings(doc, ctx.lexicon)  # "# Interview" after a turn's speech: a section's heading (T928e)
        set_label_tags_apart(doc)  # "<strong>Bolz</strong>:": the tags are markup, the label the name (L860d)
        markup_only_paragraphs(doc)  # "</strong>_" alone: a wrapped bold's residue, no speech (L860d)
        set_quote_marks_apart(doc)  # "> **Bo Roe:** …", "> I was nine …": the quotation's mark is markup (L1309h)
        set_question_marks_apart(doc)  # "**_C: Why?_**": the marks open the question, the label is "C:" (L1132g)
        set_label_widgets_apart(doc)  # "Link to this: Individually | In context" under each label line (B346a)
        split_recogniser_tags(doc)  # "Speaker 2: A Yeah.": the tag a recogniser's, the label "A" (L1001f)
        set_askers_apart(doc, ctx.lexicon)  # "Q: (Ann Lee – AFP) Why …": the asker no speech (L1002f)
        split_name_tags(doc, ctx.lexicon)  # "spk00: Ann Lee Good morning": the name is no speech
        split_record_narrative(doc, ctx.lexicon)  # "Mr. DINGELL then administered the oath ..., as follows:" (T1308h)
        split_called_speeches(doc, ctx.lexicon)  # "De voorzitter" / "De heer Roe heeft het woord." / a speech, no name line (T1455i)
        name_addressing_speakers(doc, ctx.lexicon)


def name_addressing_speakers(doc: Transcript, lex: Lexicon) -> None:
    """A label that names whom the speaker turns to ("OGS to Scott:") speaks for the speaker
    its first words name, when that speaker has turns of their own ("OGS:"); a member putting
    an oral question to a minister, or answering for one, is the member and the office in the
    bracket ("Hon ANN ROE (Deputy Leader)" of "1. Hon ANN ROE (Deputy Leader) to the Prime
    Minister:", L2466m)."""
    turns = [b for b in doc.blocks if type(b) is Turn and b.name]
    names = {t.name for t in turns}
    addressed = {n: s for n in names if " " in n and (s := addressed_speaker(n, lex)) in names}
    addressed |= {n: s for n in names if (s := member_putting_question(n, lex))}
    if addressed:  # (the few distinct names are read, not every turn)
        for turn in turns:
            turn.name = addressed.get(turn.name, turn.name)


def group_turns(doc: Transcript, lex: Lexicon) -> None:
    """Replace labelled paragraphs by Turns and attach following paragraphs to them."""
    captioned = is_caption_layout(doc)  # read before the helpers below join or split paragraphs
    line_blocks = not captioned and is_line_block_layout(doc)  # a blank line after each wrapped line (P2108k)
    split_quoted_answers(doc)  # "**¿Tuviste …?**" / "> No, …" in one block: two paragraphs (T1311h)
    join_continued_lines(doc)
    join_broken_labels(doc)  # "NAME, Role," / "Company: speech" wrapped before the colon
    join_wrapped_tag_labels(doc)  # "_<strong>" / "Publico</strong>: speech" (L860d)
    set_question_numbers_apart(doc, lex)  # "1  问:…": the question's number is no speech (L164q)
    set_letter_debris_apart(doc, lex)  # "4 Q What year …": a typescript margin's OCR debris (T2313l)
    opened = set_label_lines_apart(doc, lex)  # turns whose label line stood alone: speech joins them
    split_glued_labels(doc, lex)  # "... thank you.MR SMITH: ...": the label at a line start
    split_glued_letters(doc, lex)  # "... please?A. Ann Lee.": a Q./A. letter at a line start (L1601i)
    run_on_dashes = split_run_on_dashes(doc)  # "– Hello.– Good evening.": each dash at a line start
    plain = one_line_paragraphs(doc)  # kept up to date by the helpers that split paragraphs
    moved = join_moved_colons(doc, plain)  # "... Steve. M." / ": Comment vas-tu?": the colon on the next line
    opened |= open_page_shapes(doc, lex, plain)  # record blocks, caption runs, a caption glued to a label
    captions = split_caption_turns(doc, plain)
    scans: dict = {}  # long lines scanned for labels, read again by the wrapped run-on scan
    long_lines: list = []  # the long lines after the run-on split, the only ones the bare Q/A scan reads
    run_on = split_run_on_turns(doc, lex, plain, scans, long_lines) | split_bare_qa_lines(doc, lex, plain, long_lines)
    run_on |= moved | split_glued_records(doc, lex, plain) | announced_labels(doc, lex) | split_named_run_on(doc, lex, plain)
    run_on |= split_one_line_records(doc, lex, plain)  # names printed once each, a record's first label
    run_on |= split_wrapped_run_on(doc, lex, scans)  # labels inside hard-wrapped lines
    surnamed = split_surname_run_on(doc, plain)  # "CAROSSA Mario Presidente, …" inside one line (L213x)
    run_on |= surnamed | split_glued_ideographs(doc, lex, plain)  # "… 主席:現在開會。 …" (L214x)
    run_on |= split_record_run_on(doc, lex, plain)  # "… Monsieur PRIVAT : il s'agit …" inside one line (L280x)
    stamped = split_stamped_run_on(doc, plain)  # "… 0:24 Anja Roe Moin und hallo. 1:12 Anja Roe …" (L321b)
    run_on |= stamped_keys(stamped)
    run_on |= split_answers_after_questions(doc, plain)  # "**_C: Why?_** **L:** We ..." on one line (L1134g)
    run_on |= split_known_labels_inside(doc, lex, plain)  # "… going on? Tom Lee: …" under "TL:" lines (L1450i)
    run_on |= split_initialled_labels_inside(doc, plain)  # "… Автор: ИВАН ПЕТРОВ И.ПЕТРОВ: …" (L1451i)
    del plain, scans, long_lines  # (read no more: not kept beside every line's candidates, the pass's peak memory)
    all_lines = paragraph_lines(doc.blocks)[0]
    found = candidates_of(all_lines, lex)  # once per line, in reading order
    starts = surname_labels_at_line_starts(all_lines)  # "BIANCHI Marco (Presidente) Apriamo …", a paragraph each (T905d)
    run_on |= starts
    run_on |= bare_answer_letters(all_lines, lex)  # "Q What year …?" / "A I guess …": the answer letter (T2312l)
    add_surname_candidates(all_lines, found, surnamed | starts)
    add_stamped_candidates(all_lines, found, stamped)
    accept = LabelPolicy(all_lines, all_lines[:12], lex, found, run_on)
    # splits paragraphs at line ends only: the lines, and so `found`, keep their order
    labelled = lambda: any(split_label(line, lex, accept, shapes) is not None  # noqa: E731
                           for line, shapes in zip(all_lines, found))
    dashes = split_dash_turns(doc, all_lines, labelled, lex) or (run_on_dashes and not labelled())
    under_labels = not dashes and dashed_turns_under_labels(all_lines, lambda i: not getattr(
        split_label(all_lines[i], lex, accept, found[i]), "rest", True))  # labels alone over "- ..." (L1772j)
    dashes = dashes or under_labels
    shapes = iter(found)
    shared: dict[str, str] = {}
    out: list = []
    current: Turn | None = None
    waiting: list = []  # boilerplate after a turn: inside it, unless a new turn follows at once
    mark = transcript_mark(doc.blocks, lex)  # "Transcript": the page's header above it holds no label
    fenced = front_matter_end(doc.blocks)  # nor does a page's front matter (L1301h)
    mark = fenced if mark is None or (fenced is not None and fenced > mark) else mark
    for n_block, block in enumerate(doc.blocks):
        if mark is not None and n_block <= mark and current is None and isinstance(block, Paragraph):
            for _ in first_texts(block):
                next(shapes)
            out.append(block)
            continue
        if opened and id(block) in opened:
            out.extend(waiting)
            waiting = []
            current = block
            out.append(block)
            continue
        if not isinstance(block, Paragraph):
            if current is not None and isinstance(block, Boilerplate):
                waiting.append(block)
            else:
                out.extend(waiting)
                waiting = []
                out.append(block)
            continue
        content = block.content
        line = None  # the line a label opens, as printed (the common case)
        if len(content) == 1 and type(content[0]) is Text:  # one line of words: the common case
            line = content[0].text
            found = split_label(line, lex, accept, next(shapes))
            if found is None and not waiting and current is not None \
                    and not ((captions or dashes) and line[:1] in UNNAMED_STARTS):
                current.paragraphs.append(block)  # a line of speech in a turn: most lines
                continue
            pieces = ((found, _rest(found, block.line, block.joined), label_joined(line, found)),) \
                if found is not None else ((None, block, None),)
        else:
            pieces = _split_at_labels(block, lex, accept, shapes)
        for found, para, joined in pieces:
            if waiting:
                (out if found is not None else current.paragraphs).extend(waiting)
                waiting = []
            if found is not None:
                # a transcript prints its few labels over and over: turns share one string of each
                label, name = shared.setdefault(found.label, found.label), shared.setdefault(found.name, unnumbered(unbracketed(found.name)))
                current = Turn(label=label, name=name, time=found.time, time_first=found.time_first, line=para.line,
                               joined=joined)
                out.append(current)
                if para.content:
                    current.paragraphs.append(para)
            elif (captions or dashes) and (opening := first_text(para.content))[:1] in UNNAMED_STARTS \
                    and opens_unnamed_turn(opening, captions, dashes) \
                    and not (under_labels and current is not None and not current.paragraphs):
                current = Turn(label=None, line=para.line)  # ">> ...", "- ...": a new speaker, unnamed
                out.append(current)
                current.paragraphs.append(para)
            elif current is not None:
                current.paragraphs.append(para)
            else:
                out.append(para)
    if current is not None:
        current.paragraphs.extend(waiting)  # a site trailer after the last turn: the ending pass's
    doc.blocks = out
    for turn in doc.turns():
        join_broken_paragraphs(turn, lex)
    join_wrapped_lines(doc)
    if captioned or captions:
        # closed captions: a blank line or a minute line ends a caption, not a paragraph; ">>"
        # captions have no paragraphs either
        join_caption_paragraphs(doc)
    elif line_blocks:
        join_line_blocks(doc)


def _split_at_labels(paragraph: Paragraph, lex: Lexicon, accept,
                     shapes) -> list[tuple[Candidate | None, Paragraph, bool | None]]:
    """Split a paragraph of several items before every line that opens with a label;
    `shapes` yields the label candidates of each line in reading order. Each piece carries
    whether its label is glued to the speech on its line (`label_joined`), so that the
    source view gives the line back as printed."""
    lines = lines_of(paragraph)
    if len(lines) == 1:
        found = split_label(first_text(lines[0]), lex, accept, next(shapes))
        if found is None:
            return [(None, paragraph, None)]
        per_line = iter([found])
    else:
        per_line = (split_label(first_text(line), lex, accept, next(shapes)) if line else next(shapes) and None
                    for line in lines)
    pieces: list[tuple[Candidate | None, Paragraph, bool | None]] = []
    for offset, line in enumerate(lines):
        found = next(per_line)
        number = paragraph.line + offset if paragraph.line else 0
        if found is not None:
            content = ([Text(found.rest)] if found.rest else []) + line[1:]
            pieces.append((found, Paragraph(content=_trim(content), line=number), label_joined(first_text(line), found)))
        elif not pieces:
            pieces.append((None, Paragraph(content=list(line), line=number), None))
        else:
            para = pieces[-1][1]
            if para.content:
                para.content.append(LineBreak())
            para.content.extend(line)
    if paragraph.joined:  # its last line runs into the next turn's label (L130t)
        pieces[-1][1].joined = True
    return pieces


def label_joined(line: str, found: Candidate) -> bool | None:
    """Whether the speech follows the label on its line with no space ("记者：请问"), for
    the source view (`model.spacing`); None when the label does not open the line as printed."""
    if not line.startswith(found.label):
        return None
    # what follows holds words and does not open with a space: its first character is no
    # space (the rest of the line, often long, is not copied)
    end = len(found.label)
    return end < len(line) and not line[end].isspace()


def _rest(found: Candidate, line: int, joined: bool = False) -> Paragraph:
    """The paragraph of the speech printed after a label on a line of its own; `joined`:
    the line runs into the next turn's label with no whitespace (L130t)."""
    return Paragraph(content=[Text(found.rest)] if found.rest else [], line=line, joined=joined)


def _trim(content: list) -> list:
    return [c for c in content if not (isinstance(c, Text) and not c.text)]


PASS = LabelsPass()
