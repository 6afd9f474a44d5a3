"""The weaker label shapes (a full stop, wide spacing, a dash, a label alone on its line, bold,
a bare name): `WeakShapes._weak`, the part of `labelpolicy.LabelPolicy` that judges them.

They are taken only for a name of label shape printed so at least twice, already confirmed
as a label in a stronger shape, or printed in a style the document keeps (a record's members,
a call's names over their speech); each rule's comment names its shape and rule id.
"""
from __future__ import annotations

from teikit.transforms.helpers.labelevidence import is_mixed_candidate, party_label, upper_members
from teikit.transforms.helpers.boldlabels import bold_verdict
from teikit.transforms.helpers.headerneighbours import legislative_term
from teikit.transforms.helpers.fullforms import code_name
from teikit.transforms.helpers.labelshapes import DIARIZATION, Candidate
from teikit.transforms.helpers.namerolelines import name_role_line
from teikit.transforms.helpers.labeltext import base_label, caseless_name, is_upper_label, words_of
from teikit.transforms.helpers.labelwords import dash_name, office_holder_in_header, single_discourse_word, titled_name
from teikit.transforms.helpers.memberlabels import (chair_alone, chair_with_article, chair_with_name, member_with_group,
                                                    member_with_honorific, party_state_member, presiding_surname,
                                                    record_member, surname_first)
from teikit.transforms.helpers.namedelsewhere import MIN_UPPER_ALONE
from teikit.transforms.helpers.recordopeninglabel import office_alone, opens_the_speech
from teikit.transforms.helpers.recordnames import honorific_capitals, titled_capitals
from teikit.transforms.helpers.shapes import SENTENCE_END
from teikit.transforms.helpers.stoplabels import spaced_stop_name
from teikit.transforms.helpers.stopalone import designated_style
from teikit.transforms.helpers.aloneforms import comma_role_speaker, full_label_with_surname_alone, long_forms_alone
from teikit.transforms.helpers.titlelabels import named_in_header


class WeakShapes:
    """A mixin of `LabelPolicy` (which holds the counts, styles and evidence `_weak` reads)."""

    def _weak(self, c: Candidate) -> bool:
        lex = self.lex
        base = base_label(c.name)
        if (c.shape == "timed_speech" or c.shape == "alone" and c.time_first) and self._timed_speech_style(c.name, c.shape):
            return True  # "Sam Altman (00:00:00) I think …", "00:00:08 John Roe" over the speech (L1191h)
        if c.shape == "bold" or (c.shape == "alone" and c.label[:2] in ("**", "__")):  # "**Ann Lee** Hello." (L920e, L921e)
            verdict = bold_verdict(c, self.styles, self.weak, self.spoken, lex,
                                   lambda: self.counts[c.name] >= 1 and self._decide(c.name, c.rest))
            if verdict is not None:
                return verdict
        if c.shape == "alone" and code_name(c.name) and not DIARIZATION.match(base):
            return False  # "O5S1GUO": a running head's code over each page (L930e)
        if c.shape == "alone" and (self.unders and self.running_head(c.name) or legislative_term(c.name, lex)):
            return False  # "Assemblea Regionale Siciliana" over "2", then "3"; "XVII LEGISLATURA" (L2102k)
        if c.shape == "stop" and ", " in base and record_member(base, lex) and self._record_speakers() >= 2:
            return True  # "Нилов Я. Е., фракция ЛДПР. Спасибо.": a Duma member and the member's offices (L1182h)
        if c.shape == "stop" and spaced_stop_name(c.name) and self._spaced_stops() >= 2:
            return True  # "Горбачев . Меры …" beside "Громыко . В …": a typed record's speakers (L2305l)
        if c.shape == "bare":  # "Ann Roe (SPD) Sehr geehrter ...", right after "Das Wort hat Frau Roe."
            return c.name in self.announced
        if c.shape == "stop" and c.name in self.announced and "," not in base and member_with_honorific(base, lex):
            return True  # "Mme Claire Durand. Merci.", right after "La parole est à Mme Durand." (L1725j)
        if c.shape == "alone" and c.label == c.name and caseless_name(c.name):
            # "李宁" alone over the speech: a dialogue of such lines, or a label in a stronger shape (L320b);
            # a repost's designations, once each: "…记者" over the question, "米锋" under his office line (L2527m)
            return c.name in self._caseless_alone() or c.name in self._designations_alone() \
                or (self.counts[c.name] >= 1 and self._decide(c.name, c.rest))
        if c.shape == "alone" and c.name in self.clipped:
            return True  # "J. Hamster" over the speech, under "• 0:2 J. Hamster": a council archive's block (L1675i)
        if c.shape == "alone" and c.name in self.spoken and DIARIZATION.match(base):
            return True  # "• Speaker #0" over the speech: a transcription service's id (L492a)
        if c.shape == "alone" and c.name in self.spoken and c.name in self.announced:
            return True  # a name alone over speech, named by the stage note right above it (L136t)
        if c.shape == "alone" and c.name in self.spoken and c.name in self.self_introduced:
            return True  # "Samuel Lee" over "Good afternoon. … My name is Sam Lee, …", printed once (L2423l)
        if c.shape == "alone" and c.name in self.spoken and party_state_member(c.name, lex):
            return True  # "Sen. Mike Lee (R-Utah)" alone over the speech, printed once (L866d)
        if c.shape == "alone" and c.name in self.spoken and self._anonymous_role(base) \
                and base.lower() in self.lex.label_role_words:
            return True  # "Operator", "Moderator" alone over speech: an unnamed speaker's label
        if c.shape == "alone" and c.name in self.spoken and (self._minister_among_members(c.name)
                                                             or any(map(self, long_forms_alone(self, c.name)))):
            return True  # "The Prime Minister (Rishi Sunak)", later "Jane Roe" after "Jane Roe (Bristol East) (Lab)" (L1185h)
        if c.shape == "alone" and (comma_role_speaker(self, c.name)
                                   or full_label_with_surname_alone(c.name, self.weak, self.spoken, lex)):
            return True  # "ANNE DUPONT, ANCHOR" over the speech (L1097f); "SEN. MARK WARNER (D), VIRGINIA" (L1722j)
        if c.shape == "alone" and c.name in self.spoken and " " not in base and is_upper_label(base, lex) \
                and office_holder_in_header(base, self.header_lines, lex):
            return True  # "RUTTE" over the speech, the lead naming "minister-president Rutte" (L1614i)
        if c.shape == "alone" and c.name in self.spoken and (name_role_line(base) or self._anonymous_role(base)):
            # "Ann Lee -- Chief Executive Officer", "Operator": a call's style, when two
            # different speakers are printed so over their speech
            return self._speakers_alone() >= 2
        if c.shape == "alone" and " " not in base and c.name in self.once_alone:
            return True  # "Director-General" once over the chief's words, beside "Keith Rockwell" (L2464m)
        if not base or len(base) > 60 or (SENTENCE_END.search(base) and (
                c.shape == "alone" or not base.endswith("."))):
            return False
        if c.shape == "alone" and ("  " in base or "\t" in base or c.name not in self.spoken):
            return False  # a label alone needs speech below it at least once (not "Menu\nNews")
        if c.shape == "alone" and self.listed and (base in self.listed or base.lower() in lex.label_role_words):
            return True  # "Ann Lee" over the speech, listed above as "Ann Lee – CFO"; "Operator"
        if c.shape == "alone" and c.label == c.name + "." and c.name in designated_style(self):
            return True  # "L'avocat de la partie civile." once, beside "Le président." twice (L2401l)
        words = words_of(base)
        mixed = is_mixed_candidate(base, lex) and (
            len(words) >= 2 or words[0].lower() in lex.label_role_words | lex.anonymous_words)
        shaped = upper_members(base, lex) or mixed or titled_name(base, lex) or chair_with_article(base, lex) \
            or chair_with_name(base, lex) or chair_alone(base, lex)
        if c.shape == "spaced_dash":
            shaped = is_upper_label(base, lex) or dash_name(base, lex) or member_with_group(c.name, lex)
        elif c.shape == "spaced":  # "MR. LEE      Hello", "Mr.   Of course." (a name blacked out)
            shaped = is_upper_label(base, lex) or (len(words) == 1 and base.rstrip(".").lower() in lex.honorifics
                                                  and base.lower() != "the")
        if c.shape == "alone" and not shaped and len(words) == 1 and c.name in self._given_names_alone():
            return True  # "Anna" / "Paul" alone over their speech, each twice: a dialogue of given names (L134t)
        if not shaped or single_discourse_word(base, lex):
            return False
        if c.shape == "stop" and presiding_surname(base, self.header_lines, lex):
            return True  # "Mr. Linder. The meeting will come to order." under "Hon. John Linder ... presiding" (L167q)
        if c.shape in ("stop", "spaced_dash") and (chair_with_article(c.name, lex) or chair_with_name(c.name, lex) or (
                (record_member(c.name, lex) or chair_alone(base, lex)) and self._record_speakers() >= 2) or (
                c.shape == "stop" and member_with_honorific(c.name, lex) and self._honorific_members() >= 2)):
            return True  # "La présidente.", "Mme Ann Roe (Ve).", "Rossi (P.S.D.I.) -", "M. Jean Dupont." (L1096f), "Präsident." (L1453i)
        if c.shape == "stop" and titled_capitals(base, lex) and self._titled_capitals() >= 2:
            return True  # "Mr. RISCH. Madam Secretary, …" once, beside "Senator BARRASSO." (L1218h)
        if c.shape == "stop" and max(self.counts.values(), default=0) < 2 and opens_the_speech(self.lines, c.label) \
                and (titled_capitals(base, lex) or office_alone(base, lex)):
            return True  # "Ms. PELOSI. Thank you, …" (L1304h), "The President. Good morning." (L1200i), once atop
        if c.shape == "spaced_dash":
            # "I — I think": a dash is also a pause in speech, so only a document style of
            # several different names in capitals (or mixed-case names, "Anna Petrova –")
            # makes it a separator
            if is_upper_label(base, lex) or honorific_capitals(base, lex):  # and "Mme PETIT -" (T682c)
                # "M. CHASSIER -" beside "M. le Président -" and "Mme QUATREHOMME -": an honorific
                # before the surname joins the record's titled dash labels (L120m)
                return len(base) > 1 and (self._upper_in_shape(c.shape) >= 2 or (
                    titled_name(base, lex) and self._mixed_dash_names() >= 2))
            return self._mixed_dash_names() >= 2 and (len(words) >= 2 or self.weak[(c.shape, c.name)] >= 2) \
                or (len(words) >= 2 and dash_name(base, lex) and named_in_header(base, self.header_lines, lex)
                    and not c.rest.lstrip()[:1].islower())  # "Ann Roe – actress and …": an apposition (L1091f)
        if self.counts[c.name] >= 1 and self._decide(c.name, c.rest):
            return True  # confirmed in a stronger shape elsewhere
        if c.shape == "stop" and base.lower() in lex.chair_words and is_upper_label(base, lex):
            return True  # "PRESIDENTE. L'ordine del giorno ...": the chair of a record
        if self.weak[(c.shape, c.name)] >= 2 or c.name in self.lex.question_labels:
            return True
        if c.shape == "alone" and c.name in self.once_alone:
            return True  # "Anna Neri" / "Presidente Rossi" alone over their speech, once each (L2283l)
        if c.shape == "alone" and titled_name(base, lex) and self._other_label_alone_twice(c.name):
            return True  # "Abg. Ann Roe" once over speech, beside "Präsident Bo Poe" alone twice: a record's (L374a)
        if c.shape == "alone" and party_label(c.name, base) and self._members_alone() >= 2:
            return True  # "Jane Roe (North Hill) (Lab)" over the speech: a record's members
        if c.shape == "alone" and upper_members(base, lex) and self._upper_in_shape("alone") >= MIN_UPPER_ALONE \
                and self.printed.has(base):
            return True  # "SEGOLENE ROYAL" over "Bonsoir.", named above as "Ségolène ROYAL" (L3b)
        if c.shape == "alone" and surname_first(base) and self._upper_in_shape("alone") >= 1 \
                and c.label.lstrip()[:1] not in "•·-–—*":  # (a bulleted guest list's entry is none)
            return True  # "GALLO Raffaele" over the speech, beside "PRESIDENTE": a record's member
        # A style of the document: several different upper-case names in the same shape
        # ("CL          Hello", "TAG        Thank you") are labels even when seen once.
        return c.shape != "alone" and upper_members(base, lex) and self._upper_in_shape(c.shape) >= 2 \
            and c.name not in self.unspoken
