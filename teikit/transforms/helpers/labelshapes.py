"""Shapes of speaker labels: where a line may begin with a label, and what it says.

`candidates(line, lex)` lists the ways a line could open with a label, strongest shape
first; the labels pass decides, per document, which to believe (`labelpolicy.LabelPolicy`,
on the evidence of `labelevidence`).
A candidate keeps the label exactly as printed (`label`: markup and separator included),
the speaker part (`name`: "**Adam Stacoviak:**" -> "Adam Stacoviak") and a printed
timestamp apart (`time`), which is never speech.

Shapes (docs/convert-shapes.md has one section and an example for each):
- colon: "NAME:", "Name, Role:", "NAME :" (French spacing), "记者：" (full-width colon);
- markdown: "**Name:**", "**Name**:", "__Name__:"; bold without a colon: "**Name** speech"
  (`boldlabels`, a weak shape); HTML bold: "<strong>Name</strong>:",
  "_<b>Name:</b> ..._" (L860d);
- dash: "Presidente.-", "M. le président.  -" (a full stop and a dash);
- stop: "ROBERTO GIACHETTI. Chiedo ...", "Mr. Barnett. Good morning" (a full stop);
- spaced: "CL          Hello", "Q    Good afternoon" (two or more spaces or a tab);
- spaced_dash: "ЛАРРИ КИНГ – Хорошо" (a dash with spaces around it after an upper-case name);
  titled_dash: "O SR. PRESIDENTE - WALTER FELDMAN - PSDB - Havendo …" (parts in capitals, L2496m);
- alone: a label on a line of its own, the speech on the next ("EDOUARD PHILIPPE", "• Speaker #0";
  "Le président." with its full stop, L2400l);
- timed: a label and its time alone on a line ("Speaker 1 (1:02:03)", "Ann Lee  00:01:23");
- diarized: a voice word, a colon and a diarization id alone on a line ("Speaker : spk3");
- pipe: "Michael | I'm Michael Stevens, …" (a name and a spaced bar, L811c);
- cell: the first column of a table row copied as text ("| Ann Lee | Hello there. |");
- bracket: a label in square brackets, the speech right after it ("[主持人]各位网友");
- bracket_alone: a label in square brackets alone on its line, the speech on the next ("[ANN LEE]", L2260l);
- angle: a label in angle brackets, the speech right after it ("<Livia> Sim.", L1500i);
- letterspaced: a label printed letter-spaced, then a full stop ("П р е д с е д а т е л ь. ...");
- glued: a label in capitals, its colon glued to the speech ("CHUCK TODD:Can ..."), taken
  only for a label the text prints with a spaced colon too (L372a);
- bare: a member and the group, no separator ("Ann Roe (SPD) Sehr geehrter ..."), a site
  having dropped the record's bold label;
- a list dash or bullet before any of them: "- QUESTION.- ...";
- a Markdown heading's marks before a label that fills the line: "### 唐鳳：" (L832d);
- timestamps before or after any of them: "[00:01:23] Name:", "Name (00:01:23):",
  "Speaker 1: (00:00)".

Where a colon ends a label is `labelcolon`'s; the timestamp patterns are `labeltimes`'.
"""
from __future__ import annotations

import re
from typing import NamedTuple

from teikit.lexicons import Lexicon
from teikit.transforms.helpers.anglelabels import angle_label
from teikit.transforms.helpers.alonelabels import MAX_ALONE_WORDS, abbreviated_title_alone, alone_words, voice_name
from teikit.transforms.helpers.boldlabels import bold_name
from teikit.transforms.helpers.bracketalone import bracketed_alone, names_in_bracket
from teikit.transforms.helpers.boldquestionlabels import bold_question_label
from teikit.transforms.helpers.emphasislabels import bold_name_time, bold_timed_label, italic_label
from teikit.transforms.helpers.htmllabels import html_label
from teikit.transforms.helpers.labelcolon import colon_split, upper_colon_label
from teikit.transforms.helpers.markers import before_delivery_note
from teikit.transforms.helpers.labelevidence import is_mixed_candidate
from teikit.transforms.helpers.labeltext import caseless_name, is_upper_label
from teikit.transforms.helpers.labeltimes import BARE_LEADING_TS, LEADING_TS, MINUTE_LEADING_TS, REST_TS, TRAILING_TS, TS
from teikit.transforms.helpers.pipelabels import pipe_split
from teikit.transforms.helpers.stoplabels import capitalised_words, stop_split
from teikit.transforms.helpers.stopalone import designation_alone
from teikit.transforms.helpers.memberlabels import bare_member, chair_with_article, record_stop_speaker
from teikit.transforms.helpers.namerolelines import name_role_line
from teikit.transforms.helpers.tagged import tagged_speaker
from teikit.transforms.helpers.timedspeech import timed_speech
from teikit.transforms.helpers.titleddash import titled_dash
from teikit.transforms.helpers.upperreach import MAX_LABEL_CHARS, MAX_UPPER_LABEL_CHARS, label_reach
from teikit.transforms.helpers.voiced import voice_line, voiced

# "***Name:***": bold italic, as bold (L1300h)
_MARKDOWN = re.compile(r"^(\*\*\*?|__)([^*_\n]{1,80}?)([ \u00a0]?[:：])?\1([ \u00a0]?[:：])?(?=\s|$)")
# A list dash or bullet printed before a label ("- QUESTION.- ...", "• Name: ...", Markdown's
# "* **Name** : ..." (L924e)), the ">>" of closed captions or a Markdown quotation's ">" (L1309h):
# kept in the label as printed.
_BULLET = re.compile(r"^(?:[-–—•·▲△■□●○►▶◆◇▪*+]|>>?)[ \t\u00a0]*(?<=[▲△■□●○►▶◆◇▪ \t\u00a0])(?=\S)")
# "NAME – speech": a spaced dash after the name (Russian and Ukrainian records, interviews).
_SPACED_DASH = re.compile(r"^([^\W\d_a-z][^\n]{0,59}?)[ \u00a0]+[-–—](?=[ \u00a0]+\S)")
_DASH = re.compile(r"^([^\W\d_][^\n]{0,79}?)[ \u00a0]*\.[ \u00a0]*[-–—](?=\s|$)")
_SPACED = re.compile(r"^([^\W\d_][\w.'’\-]*(?: [^\W\d_][\w.'’\-]*){0,3})(?:[ \u00a0]{2,}|\t)(?=\S)")
# A label and its recording time alone on a line, the speech below (transcription-service
# exports): "Speaker 1 (1:02:03)", "Ann Lee  00:01:23", "SPEAKER_01 [00:12]".
_TIMED_ALONE = re.compile(rf"^([^\W\d_][^\n]{{0,59}}?)(?:[ \t\u00a0]*(\[{TS}\]|\({TS}\))|[ \t\u00a0]+({TS}))"
                          r"[ \t\u00a0]*$")
# A label in square brackets, the speech right after it and no separator, as Chinese web
# interviews print it: "[主持人]各位网友", "【记者】请问", "[Ann Lee] Thank you." (a colon after
# the bracket is the colon shape's). A Markdown link's text ("[記者會](https://…)開始。") is
# speech: a label's bracket is never followed by an address (L834d).
_BRACKET_LABEL = re.compile(r"^[\[【]([^\W\d_][^\[\]【】:：\n]{0,29}?)[\]】](?![:：]|\((?:https?:|www\.|/|#|mailto:))[ \t\u00a0]*(?=\S)")
# A label printed letter-spaced, as printed stenograms set speakers (Sperrsatz, разрядка),
# then a full stop: "П р е д с е д а т е л ь с т в у ю щ и й. Уважаемые ...", "V o r s i t z e n d e r.
# Ich ..."; words of the label apart by two or three spaces. Four letters at least: ordinary
# speech never spaces its letters so.
_LETTER_SPACED = re.compile(r"^((?:[^\W\d_] ){3,}[^\W\d_](?: {2,3}(?:[^\W\d_] )*[^\W\d_]\.?){0,3})\.[ \u00a0]+(?=\S)")
# A table row copied as text, the speaker in its first column: "| Ann Lee | Hello there. |".
_CELL = re.compile(r"^\|[ \t\u00a0]*([^|\s][^|\n]{0,59}?)[ \t\u00a0]*\|[ \t\u00a0]*(?=\S)")
# A short label and a semicolon typed for its colon: "K; Yeah", "ANN LEE; Well".
MAX_SEMICOLON_LABEL = 24
_SEMICOLON = re.compile(r"^([^\W\d_][\w.'’\-]*(?: [^\W\d_][\w.'’\-]*){0,2});[ \u00a0]+(?=\S)")
# A label in capitals whose colon is glued to the speech, the space after it lost in the copy:
# "CHUCK TODD:Can Hillary ...", "GOV. CHRIS CHRISTIE:There it is--" (L372a).
_GLUED_COLON = re.compile(r"^([^\W\d_][^:\n]{1,40}?):(?=[^\W\d_])")
# The same with a delivery note closing the label: "ANN LEE (Interpretation from French):Well" (L2302l).
_GLUED_NOTED = re.compile(r"^([^\W\d_][^:\n(\[]{1,40}?[ \t]*(?:\([^()\n]{1,60}\)|\[[^\[\]\n]{1,60}\])):(?=[^\W\d_])")
# Diarization ids of transcription services: "SPEAKER_01", "spk_0", "spk09", "Speaker 2",
# "Speaker #0" (a podcast host's automatic transcript, L492a).
DIARIZATION = re.compile(r"^(?:speaker|spk)[ _]?#?\d{1,3}$", re.IGNORECASE)


class Candidate(NamedTuple):  # a tuple: made for every line that may open with a label
    label: str                 # as printed, separator and any timestamp printed with it included
    name: str                  # the speaker part
    rest: str                  # speech after the label on the same line, stripped
    shape: str                 # colon, markdown, dash, spaced_dash, stop, spaced, alone, timed
    time: str | None = None    # printed timestamp
    time_first: bool = False   # the timestamp is printed before the label


_new_tuple = tuple.__new__  # a Candidate made without the Python-level `__new__` of a NamedTuple


def candidates(line: str, lex: Lexicon) -> list[Candidate]:
    """The label shapes `line` could open with, strongest first."""
    # "SECRETARY BLINKEN: Thank you.", "CHUCK TODD:" alone over the speech: most label lines
    # repeat one of a few labels, whose shape is read once (`upper_colon_label`); the colon
    # (a space or the line's end after it) and the rest are checked here
    colon = line.find(":", 0, MAX_LABEL_CHARS + 1)
    after = line[colon + 1:colon + 2]
    if colon > 0 and (not after or after.isspace()) \
            and (len(line) > MAX_LABEL_CHARS or line.rstrip()[-1:] not in _TIMED_ENDS):
        name = upper_colon_label(line[:colon], lex)
        if name is not None:
            rest = line[colon + 1:].strip()
            # (a short line may be a voice word, a colon and a letter id: "SPEAKER: B", diarized)
            if rest[:1] not in _REST_TS_STARTS and (len(line) > 34 or voice_line(line.strip(), lex) is None):
                found = [_new_tuple(Candidate, (line[:colon + 1], name, rest, "colon", None, False))]
                if "-" not in name and ". " not in name:
                    return found  # no weaker shape can matter
                if not (line[1:2] == " " and line[3:4] == " "):  # (not letter-spaced: "A B C D. E: ...")
                    return _after_colon(line, lex, found)  # "MR. KIRBY:": a stop, a dash may match too
    return read_candidates(line, lex)


def candidates_of(lines: list[str], lex: Lexicon) -> list[list[Candidate]]:
    """`candidates` of each of `lines`, each distinct line read once: a transcript prints its
    label lines over and over ("Q:", "ANN LEE" alone over the speech), and a label line costs
    the most to read. A repeated line gets a list of its own and fresh candidates (the label
    policy tells one line's candidates from another's by identity, and helpers add to a
    line's list); the memo holds one entry per distinct line, so it is linear in the text."""
    read: dict[str, list[Candidate]] = {}
    out: list[list[Candidate]] = []
    for line in lines:
        known = read.get(line)
        if known is None:
            known = read[line] = candidates(line, lex)
            out.append(known)
        else:
            out.append([_new_tuple(Candidate, c) for c in known])
    return out


def read_candidates(line: str, lex: Lexicon) -> list[Candidate]:
    """`candidates` read the long way, every shape tried (the quick path's reference)."""
    if not _could_open_with_label(line, lex):
        return []
    time, body = None, line
    lead = LEADING_TS.match(line) if line[:1] in "[(" else BARE_LEADING_TS.match(line) if line[:1].isdigit() else None
    minutes = MINUTE_LEADING_TS.match(line) if not lead and line[1:2] == ":" else None
    if minutes:  # "0:23 Matteo:" alone over the speech (L1731j)
        return [c for c in _timed_label(line, minutes, lex) if c.shape == "colon" and not c.rest]
    if lead:
        time, body = lead.group(1), line[lead.end():]
    bullet = _BULLET.match(body) if body[:1] in _BULLET_STARTS else None
    if bullet:
        body = body[bullet.end():]
    heading = _HEADING_MARK.match(body) if body[:1] == "#" else None
    if heading:
        return _heading_label(line, body[heading.end():], lex)
    # "1ère question d'Alain DECANIS :", "Question from Ann Lee:": the asker's name is the label
    ask = lex.pattern("asker_leads").match(body) if lex.asker_leads else None
    if ask is None and lex.answerer_leads:  # "Risponde l'assessore Anna Roe:": the answerer's name is the label (L2407l)
        ask = lex.pattern("answerer_leads").match(body)
    if ask:
        body = body[ask.end():]
    found = _shapes(body, lex)
    if time or bullet or ask:
        lead_text = line[:len(line) - len(body)]
        found = [Candidate(lead_text + c.label, c.name, c.rest, c.shape, time or c.time, bool(time))
                 for c in found]
    return found


def _timed_label(line: str, lead: re.Match, lex: Lexicon) -> list[Candidate]:
    """The label shapes of the line after the time `lead` matched, each with the time."""
    return [Candidate(lead.group(0) + c.label, c.name, c.rest, c.shape, lead.group(1), True)
            for c in _shapes(line[lead.end():], lex)]


# A Markdown heading's marks before a label that fills the line, the speech under it, as
# Markdown transcripts print their speakers: "### 唐鳳：", "## Ann Lee:", "#### ANN LEE" (L832d).
_HEADING_MARK = re.compile(r"^#{1,6}[ \t\u00a0]+(?=\S)")


def _heading_label(line: str, body: str, lex: Lexicon) -> list[Candidate]:
    """The label shapes of a heading's text (`body`) that leave no speech on its line: a
    heading with words after a colon is a section's title ("## Part 1: The harbour"), unless
    the document prints the same label with its speech outside headings (shape "headed",
    the policy asks: "#### 答：這是 …" among "答：…" paragraphs, L932e)."""
    lead = LEADING_TS.match(body) if body[:1] in "[(" else None  # "### [00:00:37] Gen. Mahlock" (L1130g)
    time = lead.group(1) if lead else None
    if lead:
        body = body[lead.end():]
    marks = line[:len(line) - len(body)]
    return [Candidate(marks + c.label, c.name, c.rest, "headed" if c.rest else c.shape, time or c.time, bool(time))
            for c in _shapes(body, lex) if c.shape in ("colon", "alone", "timed") and (not c.rest or c.shape == "colon")]


# The last characters of a label and its time alone (`_TIMED_ALONE`), and the first of a
# timestamp after the separator (`REST_TS`): lines `candidates` reads the long way.
_TIMED_ENDS = frozenset("0123456789)]")
_REST_TS_STARTS = frozenset("[(0123456789\\")


def list_bullet(line: str) -> int:
    """The length of the list dash or bullet (and its spaces) `line` opens with, 0 for none."""
    bullet = _BULLET.match(line) if line[:1] in _BULLET_STARTS else None
    return bullet.end() if bullet else 0


def _could_open_with_label(line: str, lex: Lexicon) -> bool:
    """A cheap test that rules out most lines of speech before any pattern runs (asked of
    every line: each test is one C-level call, the patterns run only where they may match)."""
    if line.startswith(("**", "__", "[", "【", "(", "\\[", "|", "<")) or (line[:1] in _BULLET_STARTS and _BULLET.match(line)):
        return True
    if line[1:2] == " " and line[3:4] == " " and line[:1].isalpha():
        return True  # "П р е д с е д а т е л ь. ...": a letter-spaced label
    if ") " in line[:MAX_LABEL_CHARS] and line[:1].isupper() and _BARE_START.match(line):
        return True  # "Ann Roe (SPD) Sehr geehrter ...": a member and the group, no separator
    if len(line) <= MAX_LABEL_CHARS:
        # a short sentence ("Thank you.") with no separator inside can open with no label
        return not line.endswith(_SENTENCE_ENDS) or _SEPARATOR_MARK.search(line) is not None \
            or ";" in line[:MAX_SEMICOLON_LABEL + 1] or " |" in line \
            or (line[-1:] == "." and designation_alone(line, lex) is not None)  # "Le président." (L2400l)
    head = line[:MAX_LABEL_CHARS + 2]
    if ":" in head or "：" in head or ";" in head[:MAX_SEMICOLON_LABEL + 1] or ".-" in head or ". -" in head or " – " in head or " — " in head \
            or " - " in head or " |" in head or (_wide_space(line) and _SPACED.match(line)):
        return True
    if line[:2].isupper() and ":" in line[MAX_LABEL_CHARS:MAX_UPPER_LABEL_CHARS + 2] and label_reach(line) > MAX_LABEL_CHARS:
        return True  # a long label in capitals: "ANN ROE, TITULAR DE LA ... (PROFECO):"
    stop = head.find(". ")
    # "Mr. Lee. ...", or two or three words that may be an office after its article ("La présidente."),
    # or the chair's office and name after an honorific ("Mme la présidente Ann Roe. ...")
    return stop > 0 and (capitalised_words(line[:stop]) or line[:1].isupper() and (
        1 <= line.count(" ", 0, stop) <= 2 or record_stop_speaker(line[:stop], lex)))


_SENTENCE_ENDS = tuple(".?!,;…\"”’'。？！")
_BARE_START = re.compile(r"^(?:[^\W\d_][\w.'’\-]*[ \u00a0]){1,4}\(")
_SEPARATOR_MARKS = (":", "：", "-", "–", "—", ". ", ".\u00a0", "  ", "\t", "\u00a0 ", " \u00a0", ".,")  # ".,": "Нилов Я.Е., фракция ЛДПР." (L1182h)
_SEPARATOR_MARK = re.compile("|".join(map(re.escape, _SEPARATOR_MARKS)))
# The characters `_BULLET` may match first.
_BULLET_STARTS = frozenset("-–—•·▲△■□●○►▶◆◇▪>*+")


def _wide_space(line: str) -> bool:
    """The line holds what `_SPACED` needs after its name (two spaces or no-break spaces, or
    a tab): found by C-level searches, where the pattern would try every word of the line."""
    return "  " in line or "\t" in line or "\u00a0" in line


def _shapes(line: str, lex: Lexicon) -> list[Candidate]:
    out: list[Candidate] = []
    head = line[:MAX_LABEL_CHARS + 2]
    end = line[-1:]
    if end.isspace():
        end = line.rstrip()[-1:]
    # a label and its time alone: a short line ending in a digit or bracket (a long one is
    # never taken, so the pattern is not tried on it)
    timed = _TIMED_ALONE.match(line.strip()) if end and (end.isdigit() or end in ")]") \
        and len(line) <= MAX_LABEL_CHARS else None
    if timed and not timed.group(1).rstrip().endswith((":", "：")):
        return [Candidate(line.strip(), timed.group(1).strip(), "", "timed", timed.group(2) or timed.group(3))]
    if ("--" in head or " – " in head or " — " in head or " - " in head) and name_role_line(line.strip()):
        return [Candidate(line.strip(), line.strip(), "", "alone")]  # "Ann Lee -- Chief Executive Officer"
    if line[:1].isalpha() and (v := voiced(line, lex)):  # "Voz 0889 00:02 en Canarias"
        return [Candidate(line[:v[0]].rstrip(), v[1], line[v[0]:].strip(), "voiced", v[2])]
    if len(line) <= 34 and ":" in line and (d := voice_line(line.strip(), lex)):
        return [Candidate(line.strip(), d, "", "diarized")]  # "Speaker : spk3" alone on its line
    if line[:1] == "|":
        m = _CELL.match(line)
        return [Candidate(m.group(0).rstrip(), m.group(1), line[m.end():].strip(), "cell")] if m else []
    if line[1:2] == " " and line[3:4] == " " and (m := _LETTER_SPACED.match(line)):
        return [Candidate(line[:m.end(1) + 1], m.group(1),
                          line[m.end():].strip(), "letterspaced")]
    if line[:1] == "【" and (speaker := tagged_speaker(line.strip())):  # "【同期】中新社记者 梁晓辉"
        return [Candidate(line.strip(), speaker, "", "alone")]
    if line[:1] in "[【" and (m := _BRACKET_LABEL.match(line)):
        return [Candidate(m.group(0).rstrip(), m.group(1).strip(), line[m.end():].strip(), "bracket")]
    if line[:1] in "[(" and (bracketed := bracketed_alone(line)):  # "[ANN LEE]", "(Ann Lee)" over the speech (L2260l, L2521m)
        return [Candidate(line.strip(), bracketed, "", "bracket_alone")]
    if line[:1] == "<" and (angled := angle_label(line)):  # "<Livia> Sim.", "<Ann>Yes." (L1500i)
        return [Candidate(line[:angled[0]].rstrip(), angled[1], line[angled[0]:].strip(), "angle")]
    if "<" in line[:16] and (tagged := html_label(line)):  # "<strong>Bolz</strong>: ...", "_<b>Q:</b> ..._" (L860d)
        out.append(_after(line, tagged[0], tagged[1], "markdown"))
    elif line.startswith(("**", "__")):
        # (a time first in the run is no part of the name: "**[00:03] Ann:**" is L1600i's)
        m = _MARKDOWN.match(line) if line[2:3] not in "[(" or not bold_timed_label(line) else None
        if m and (m.group(3) or m.group(4)):
            out.append(_after(line, m.end(), m.group(2).strip(), "markdown"))
        elif timed_bold := bold_timed_label(line):  # "**Jason: (00:00:00)** I got ..." (L1230h), "**[00:03] Ann:** Hi" (L1600i)
            out.append(Candidate(line[:timed_bold[0]], timed_bold[1], line[timed_bold[0]:].strip(), "markdown", *timed_bold[2:]))
        elif (bold := bold_name(line)) is not None:  # "**Ann Lee** Hello." (L920e), "**Alan**" alone (L921e)
            rest = line[bold[0]:].strip()
            if rest:
                # "**Ann Lee** 00:48 Hello.": the recording time after the name is the turn's (L2040k)
                out.append(_after(line, bold[0], bold[1], "bold") if rest[:1] in _REST_TS_STARTS
                           else Candidate(line[:bold[0]], bold[1], rest, "bold"))
            elif capitalised_words(bold[1], MAX_ALONE_WORDS) or caseless_name(bold[1]) \
                    or (" - " in bold[1] and name_role_line(bold[1])):  # "**Ann Lee - Acme, Head of IR**" (L1631i)
                return [Candidate(line.strip(), bold[1], "", "alone")]
        elif (named := bold_name_time(line)) is not None:  # "**I [00:00:00]** Zu allererst ..." (L1630i)
            out.append(Candidate(line[:named[0]], named[1], line[named[0]:].strip(), "bold", named[2]))
    if not out and line[:1] in "*_" and (asked := bold_question_label(line)) is not None:
        out.append(_after(line, asked[0], asked[1], "colon"))  # "**_C: Why?_**", "**Anne: Wie …?**" (L1132g)
    elif not out and line[:1] in "*_" and (slanted := italic_label(line)):  # "*Interviewer:* **Why?**" (L1238h)
        out.append(_after(line, slanted[0], slanted[1], "italic"))
    semi = _SEMICOLON.match(line) if ";" in head[:MAX_SEMICOLON_LABEL + 1] else None
    if semi:  # "K; Yeah": a colon mistyped; the policy takes it for a label printed with a colon
        out.append(Candidate(line[:semi.end(1) + 1], semi.group(1), line[semi.end():].strip(), "semicolon"))
    glued = (_GLUED_COLON.match(line) or _GLUED_NOTED.match(line)) if line[:1].isupper() and ":" in head else None
    if glued and (is_upper_label(before_delivery_note(glued.group(1), lex) or glued.group(1), lex) if line[:2].isupper()
                  else is_mixed_candidate(glued.group(1), lex)):  # "Zweiter Präsident Roe:Wir …": mixed case (L2480m)
        # "CHUCK TODD:Can ...", "ANN LEE (Interpretation):Well ..." (L372a, L2302l): the policy
        # asks for the label printed with a spaced colon
        out.append(Candidate(line[:glued.end(1) + 1], glued.group(1), line[glued.end(1) + 1:].strip(), "glued"))
    colon = colon_split(line)
    if colon is not None:
        # "**P: ¿Cuántos …" / "… el primero?**": a bold question wrapped over lines, its marks
        # no part of the speaker's name (L1241h)
        wrapped = colon[1][:2] in ("**", "__") and colon[1][:2] not in line[colon[0]:]
        out.append(_after(line, colon[0], colon[1][2:] if wrapped else colon[1], "colon"))
        if len(colon[1]) <= 40 and "-" not in colon[1] and ". " not in colon[1] and is_upper_label(colon[1], lex):
            return out  # "SECRETARY BLINKEN:": no weaker shape can matter
    return _after_colon(line, lex, out)


def _after_colon(line: str, lex: Lexicon, out: list[Candidate]) -> list[Candidate]:
    """`out` (the shapes found up to the colon) and the weaker shapes `_shapes` tries after
    it: a full stop and a dash, a spaced dash, a full stop, wide spaces; a member and its
    group, a label alone (those two only when no shape matched)."""
    head = line[:MAX_LABEL_CHARS + 2]
    if "|" in head and (pipe := pipe_split(line)):  # "Michael | I'm Michael Stevens, …" (L811c)
        out.append(_after(line, pipe[0], pipe[1], "pipe"))
    if "-" in head or "–" in head or "—" in head:
        m = _DASH.match(line)
        if m:  # (a speaker's name in brackets after the dash closes the label: "R. – (Santo Padre)", L2521m)
            out.append(_after(line, len(line) if names_in_bracket(line[m.end():], lex) else m.end(), m.group(1).strip(), "dash"))
        else:
            m = _SPACED_DASH.match(line)
            if m and (titled := titled_dash(line, lex)):  # "O SR. PRESIDENTE - WALTER FELDMAN - PSDB - …" (L2496m)
                out.append(Candidate(line[:titled[0]].rstrip(), titled[1], line[titled[0]:].strip(), "titled_dash"))
            if m and not m.group(1).endswith("."):
                out.append(_after(line, m.end(), m.group(1), "spaced_dash"))
    if ". " in head or ".\u00a0" in head or line.endswith("."):
        stop = stop_split(line, lex)
        if stop is not None:
            out.append(Candidate(line[:stop[0]], stop[1], line[stop[0]:].strip(), "stop"))
    m = _SPACED.match(line) if _wide_space(line) else None
    if m:
        out.append(Candidate(line[:len(m.group(1))], m.group(1), line[m.end():].strip(), "spaced"))
    if not out and ") " in head and (bare := bare_member(line, lex)) is not None:
        out.append(Candidate(line[:bare], line[:bare], line[bare:].strip(), "bare"))
    if not out and (timed := timed_speech(line)) is not None:  # "Sam Altman (00:00:00) I think …" (L1191h)
        out.append(Candidate(line[:timed[0]], timed[1], line[timed[0]:].strip(), "timed_speech", timed[2]))
    alone = line.strip()
    if not out and alone[-1:] == "." and (designation := designation_alone(alone, lex)) is not None:
        return [Candidate(alone, designation, "", "alone")]  # "Le président." over the speech (L2400l)
    if alone and len(alone) <= MAX_LABEL_CHARS and (not out or abbreviated_title_alone(out, alone, lex)) and (
            capitalised_words(alone, alone_words(alone)) or caseless_name(alone)  # "李宁" (L320b)
            or DIARIZATION.match(alone) or chair_with_article(alone, lex)):  # "Speaker #0" (L492a), "De voorzitter" (L1454i)
        time = None
        t = TRAILING_TS.search(alone)
        name = alone[:t.start()] if t else alone
        time = t.group(1) if t else None
        if name:
            out.append(Candidate(name, voice_name(name, lex), "", "alone", time))  # "MARTHA (V.O.)" (L1401i)
    return out


def _after(line: str, end: int, name: str, shape: str) -> Candidate:
    """A candidate whose label ends at `end`; timestamps in the name or right after the
    separator are taken out ("Name (00:01:23):", "Speaker 1: (00:00)")."""
    time = None
    t = TRAILING_TS.search(name) if name.endswith((")", "]")) else None
    if t:
        time, name = t.group(1), name[:t.start()]
    rest = line[end:].strip()
    r = REST_TS.match(rest) if rest[:1] in "[(0123456789\\" else None
    if r and time is None:
        time_end = len(line) - len(line[end:].lstrip()) + r.end()  # "Speaker 1: (00:00)"
        return Candidate(line[:time_end], name, rest[r.end():].strip(), shape, r.group(1))
    return Candidate(line[:end], name, rest, shape, time)


# Shapes that need the same label printed twice in the document before they are believed.
WEAK_SHAPES = ("stop", "spaced", "spaced_dash", "alone", "bare", "bold", "timed_speech")
