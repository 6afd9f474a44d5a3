"""Pass `segments`: shapes of turns and header that show once labels and header are read.

- segments of a transcription-service export printed without blank lines: the display
  wraps of a segment are one paragraph (`helpers.timedsegments`);
- a heading naming the speaker over an unlabeled opening speech ("INTRODUCTION BY THE
  PRESIDENT:") is set before the turn (`helpers.titlelabels`);
- a note after a label naming the part of the event ("(Opening statement)") is a note, not
  speech (`helpers.occasionnotes`);
- a title printed as short sentences on the first line ("Press conference of ... . Wednesday
  10 May 2023. Transcript.") over a labelled transcript (`helpers.sentencetitle`);
- the page's lines between the header and a caption run (`helpers.captionruns`);
- a picture's caption closed by its credit as the last paragraph of a turn, over a labelled
  turn, is a note between the two (`helpers.turncaptions`);
- topic headings inside a statement ("** Syria") and an agenda item's field line and title
  after a turn ("Argomento:") are headings, not speech (`helpers.topicheadings`); so is a
  record's numbered or upper-case agenda heading closing a turn (`helpers.agendaheadings`);
- a record's header run into the line of its first turns is its dateline
  (`helpers.onelinedialogue.run_in_header`);
- an operator's turn that hands over by name ends there, the speech after it an unlabeled
  turn (`helpers.handover`);
- a label line over no speech, right before another label, opens no turn
  (`helpers.silentlabels`);
- a record's opening narration before its first label, under a chair's labels, is no
  turn (`helpers.recordopening`);
- site lines closing a turn (and the heading after them) stand between the turns
  (`helpers.sitetails`).
"""
from __future__ import annotations

from teikit.model import Transcript
from teikit.transforms.helpers.agendaheadings import mark_agenda_headings
from teikit.transforms.helpers.captionruns import set_page_lines_apart
from teikit.transforms.helpers.handover import split_after_hand_over
from teikit.transforms.helpers.reportercues import split_after_cues
from teikit.transforms.helpers.occasionnotes import mark_occasion_notes
from teikit.transforms.helpers.onelinedialogue import run_in_header
from teikit.transforms.helpers.sentencetitle import title_from_first_line
from teikit.transforms.helpers.nameheadings import set_name_headings_apart
from teikit.transforms.helpers.recordopening import set_record_opening_apart
from teikit.transforms.helpers.silentlabels import set_silent_labels_apart
from teikit.transforms.helpers.sitetails import set_site_tails_apart
from teikit.transforms.helpers.timeabove import set_time_lines_apart
from teikit.transforms.helpers.timedsegments import join_timed_segments, join_timed_speech_lines
from teikit.transforms.helpers.titlelabels import heading_over_first_turn
from teikit.transforms.helpers.topicheadings import mark_field_headings, mark_quoted_headings, mark_topic_headings
from teikit.transforms.helpers.turncaptions import set_turn_captions_apart


class SegmentsPass:
    name = "segments"
    after = ("labels", "header")

    def apply(self, doc: Transcript, ctx) -> None:
        # a recogniser's export first: its turns whole (P2041k), before T2163k would join the
        # turns it can and leave the rest as they are
        join_timed_speech_lines(doc)  # "**Ann Lee** 00:48 Good morning." / "I'm using …" (P2041k)
        join_timed_segments(doc)
        heading_over_first_turn(doc, ctx.lexicon)
        mark_occasion_notes(doc, ctx.lexicon)
        title_from_first_line(doc, ctx.lexicon)
        set_page_lines_apart(doc)
        mark_topic_headings(doc)
        mark_field_headings(doc, ctx.lexicon)
        mark_agenda_headings(doc)  # "1. Ouverture de la session" closing a turn, before a label (T2486m)
        mark_quoted_headings(doc)  # "“过分强调外语…”" between a guest's turn and the host's label (P1777j)
        set_turn_captions_apart(doc, ctx.lexicon)  # "Ann Roe, representante … - Foto: …" between two turns (P2548m)
        run_in_header(doc, ctx.lexicon)
        split_after_hand_over(doc, ctx.lexicon)
        split_after_cues(doc, ctx.lexicon)  # "… À Washington, Anne Corpet." / the package, unlabeled (T868d)
        set_silent_labels_apart(doc)
        set_time_lines_apart(doc)  # "• 00:19" above a label: its timestamp, not the turn above's speech (T190u)
        set_name_headings_apart(doc)  # "Name, role:" between dashed turns (L194u)
        set_record_opening_apart(doc, ctx.lexicon)  # a sitting's narration above the chair's label (H190v)
        set_site_tails_apart(doc)  # a record page's links and next heading closing a turn, before a label (B2491m)


PASS = SegmentsPass()
