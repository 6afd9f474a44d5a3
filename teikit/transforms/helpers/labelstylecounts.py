"""The document styles `labelstyle.LabelStyle` counts from what it read (`StyleCounts`):
how many different names a document prints in one shape (in capitals before a dash, alone
over timed lines, a record's members with their groups or honorifics), each counted once,
when a label first asks, and kept in `styles`.
"""
from __future__ import annotations

from teikit.transforms.helpers.stoplabels import spaced_stop_name
from teikit.transforms.helpers.alonelabels import name_with_role
from teikit.transforms.helpers.caselessdialogue import caseless_dialogue, designations_alone
from teikit.transforms.helpers.colonnames import colon_names_alone
from teikit.transforms.helpers.labelevidence import alone_style_start, is_mixed_candidate, party_label, upper_members
from teikit.transforms.helpers.namerolelines import name_role_line
from teikit.transforms.helpers.labeltext import base_label, is_upper_label, words_of
from teikit.transforms.helpers.labelwords import dash_name, single_discourse_word
from teikit.transforms.helpers.memberlabels import (article_office_with_holder, chair_alone, chair_with_article,
                                                    member_with_honorific, record_member)
from teikit.transforms.helpers.recordnames import titled_capitals


class StyleCounts:
    """A mixin of `LabelStyle` (which holds the counts per name and shape these read)."""

    def _timed_alone_style(self, name: str) -> bool:
        """A transcription export's style: two or more different names alone on their line,
        each over a line that opens with a recording timestamp; names only, not phrases."""
        base = base_label(name)
        if "timed_alone" not in self.styles:
            self.styles["timed_alone"] = len({n for n in self.over_timed if len(words_of(base_label(n))) <= 3})
        return self.styles["timed_alone"] >= 2 and len(words_of(base)) <= 3 \
            and (is_upper_label(base, self.lex) or is_mixed_candidate(base, self.lex)) \
            and not single_discourse_word(base, self.lex) \
            and not self.lex.pattern("transcript_intros").fullmatch(base.strip())

    def _mixed_dash_names(self) -> int:
        """Different mixed-case names printed before a spaced dash, each at the start of a line."""
        if "mixed_dash" not in self.styles:
            self.styles["mixed_dash"] = sum(1 for s, n in self.weak if s == "spaced_dash"
                                            and not is_upper_label(base_label(n), self.lex)
                                            and dash_name(base_label(n), self.lex))
        return self.styles["mixed_dash"]

    def _above_alone_style(self, name: str) -> bool:
        """A name printed once with its speech on the line, above the first label of a
        document whose labels stand alone on their line (`alone_style_start`): a header's
        title or field line, in capitals too ("MATT MASON: An Interview Conducted by …",
        "INTERVIEWEE: Matt Mason" over "Q: " alone, L835d)."""
        if "alone_colon" not in self.styles:
            first = alone_style_start(self.colon_lines, self.counts)
            names = self._colon_names_alone()  # or full names alone, each printed once (L1670i)
            self.styles["alone_colon"] = first if first >= 0 or not names else \
                min(self.colon_lines[(n, True)] for n in names)
        first = self.styles["alone_colon"]
        return first >= 0 and self.colon_lines.get((name, False), first) < first

    def _colon_names_alone(self) -> frozenset:
        """"Marc Fascher:" alone over the speech beside "Pavel Dotchev:" so (L1670i)."""
        if "colon_names" not in self.styles:
            self.styles["colon_names"] = colon_names_alone(self.colon_lines, self.counts, self.silent, self.lex, self.lines)
        return self.styles["colon_names"]

    def _anonymous_role(self, base: str) -> bool:
        """An unnamed speaker's role word alone ("Operator", "Moderator")."""
        return " " not in base and base.lower() in self.lex.anonymous_words

    def _speakers_alone(self) -> int:
        """Different speakers printed alone on their line over their speech as "Name -- Role"
        or as an unnamed speaker's role word."""
        if "speakers_alone" not in self.styles:
            self.styles["speakers_alone"] = len(
                {(m.group(1) if (m := name_role_line(n)) else n.lower()) for s, n in self.weak
                 if s == "alone" and n in self.spoken and (name_role_line(n) or self._anonymous_role(n))})
        return self.styles["speakers_alone"]

    def _given_names_alone(self) -> set[str]:
        """Single capitalised names (`Anna`) printed alone on their line over speech, each at
        least twice, when two different names of up to three words are (a dialogue labelled
        with given names, L134t, or a given name beside a full name, L323b); a heading or a
        menu word seldom comes back over speech, two of them taking turns less."""
        if "given_alone" not in self.styles:
            twice = {n for (s, n), count in self.weak.items() if s == "alone" and count >= 2 and n in self.spoken
                     and is_mixed_candidate(base := base_label(n), self.lex) and not single_discourse_word(base, self.lex)
                     and len(words_of(base)) <= 3}
            names = {n for n in twice if " " not in n}
            self.styles["given_alone"] = names if len(twice) >= 2 else set()
        return self.styles["given_alone"]

    def _caseless_alone(self) -> set[str]:
        """Names of a caseless script alone on their line, taking turns over the speech (L320b)."""
        if "caseless_alone" not in self.styles:
            self.styles["caseless_alone"] = caseless_dialogue(self.lines)
        return self.styles["caseless_alone"]

    def _designations_alone(self) -> set[str]:
        """Designations of a caseless script alone over the speech, once each (L2527m)."""
        if "designations_alone" not in self.styles:
            self.styles["designations_alone"] = designations_alone(self.lines, self.lex)
        return self.styles["designations_alone"]

    def _other_label_alone_twice(self, name: str) -> bool:
        """Another name printed alone on its line over speech twice or more (L374a)."""
        return any(k >= 2 and s == "alone" and n != name and n in self.spoken for (s, n), k in self.weak.items())

    def _members_alone(self) -> int:
        """Different names with a group in brackets alone on their line, speech below; the
        chair's office with its article alone so ("De voorzitter") is the record's too (L1454i)."""
        if "members" not in self.styles:
            self.styles["members"] = sum(1 for s, n in self.weak if s == "alone" and n in self.spoken
                                         and (party_label(n, base_label(n)) or chair_with_article(n, self.lex)))
        return self.styles["members"]

    def _minister_among_members(self, name: str) -> bool:
        """ "The Prime Minister (Rishi Sunak)" alone over the speech, in a record whose members are
        printed alone with constituency and party: a minister's label (L1185h)."""
        return name in self.spoken and article_office_with_holder(name, self.lex) and self._members_alone() >= 1

    def _timed_speech_style(self, name: str, shape: str = "timed_speech") -> bool:
        """ "Sam Altman (00:00:00) I think …", "00:00:08 John Roe" alone over the speech: a name of
        label shape printed with its recording time, twice, or beside another name so (L1191h)."""
        key = "timed " + shape
        if key not in self.styles:
            self.styles[key] = len(self.timed_alone) if shape == "alone" else len({n for s, n in self.weak if s == shape})
        base = base_label(name)
        if shape == "alone" and (name not in self.timed_alone or not base[-1:].isalnum()
                                 or len(words_of(base)) < 2 and not name_with_role(name, self.lex)):
            return False  # "00:00:08 Yeah.": a caption's time before a short sentence; "[00:05] - Oliver (Host)" a label (L1730j)
        return (is_upper_label(base, self.lex) or is_mixed_candidate(base, self.lex)) \
            and not single_discourse_word(base, self.lex) \
            and (self.styles[key] >= 2 or self.weak[(shape, name)] >= 2)

    def _record_speakers(self) -> int:
        """Different members with a group abbreviation (or two initials), or chairs after their
        article (or alone, L1164g), that open a line with a full stop or a spaced dash: two make a record's style (one alone may
        be a news dateline, "Paris (AFP) - ...")."""
        if "record" not in self.styles:
            self.styles["record"] = len({n for s, n in self.weak if s in ("stop", "spaced_dash")
                                         and (record_member(n, self.lex) or chair_with_article(n, self.lex)
                                              or chair_alone(n, self.lex))})
        return self.styles["record"]

    def _spaced_stops(self) -> int:
        """Different names typed with a space before the label's full stop ("Горбачев .",
        "Громыко ."): two make a typed record's style (L2305l)."""
        if "spaced_stops" not in self.styles:
            self.styles["spaced_stops"] = len({n for s, n in self.weak if s == "stop" and spaced_stop_name(n)})
        return self.styles["spaced_stops"]

    def _honorific_members(self) -> int:
        """Different "M. Jean Dupont." members before a full stop, in a record whose chair
        speaks as "Mme la présidente." (with no such chair: 0): how French records print
        speakers, a member once in a short excerpt (L1096f)."""
        if "honorific" not in self.styles:
            stops = {n for s, n in self.weak if s == "stop"}
            chaired = any(chair_with_article(n, self.lex) for n in stops)
            self.styles["honorific"] = sum(1 for n in stops if member_with_honorific(n, self.lex)) if chaired else 0
        return self.styles["honorific"]

    def _titled_capitals(self) -> int:
        """Different "Mr. RISCH.", "Senator BARRASSO." speakers before a full stop: two make the
        style of a US congressional hearing or Record, where a member may speak once (L1218h)."""
        if "titled_capitals" not in self.styles:
            self.styles["titled_capitals"] = len({n for s, n in self.weak if s == "stop"
                                                  and titled_capitals(base_label(n), self.lex)})
        return self.styles["titled_capitals"]

    def _upper_in_shape(self, shape: str) -> int:
        if shape not in self.styles:
            # "TOURNAMENT – Barclays Premier League" over "MATCH – Southampton (Away)": a report's
            # field lines, their values no speech, make no style of names before a spaced dash (L493a)
            self.styles[shape] = sum(1 for s, n in self.weak if s == shape and len(base_label(n)) > 1
                                     and upper_members(base_label(n), self.lex) and n not in self.unspoken
                                     and (s != "spaced_dash" or n not in self.dash_fields))
        return self.styles[shape]
