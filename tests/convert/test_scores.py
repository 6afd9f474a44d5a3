"""The converter against the gold annotations of the development sets and the seeds, scored
with the project's shared scoring tool.

`dev` and the seeds are held to the project's targets. `dev2` (transcripts of shapes the
first set lacks: podcasts, transcription-service exports, parliamentary records, OCR'd
typescripts, seven languages) is held to what the converter reaches today, a little below
it so that noise in one file does not fail the suite; so is `dev3` (the former held-out set,
tuned on since 29 November 2026)."""
from __future__ import annotations

import importlib.util
import json
import os

import pytest

from teikit import convert
from tests.convert.conftest import ROOT

SCORER = ROOT.parent / "shared" / "tools" / "score_transcripts.py"
THRESHOLDS = {"turn_f1": 0.97, "label_acc": 0.99, "speaker_f1": 0.95, "interp_f1": 0.95,
              "para_acc": 0.95, "event_f1": 0.95, "boiler_sep": 0.90, "date_acc": 0.90,
              "title_acc": 0.95, "lossless": 1.0, "parsed": 1.0}
# Reached on dev2 when these were set: turn_f1 0.825, label_acc 0.98, speaker_f1 0.952,
# interp_f1 1.0, para_acc 0.859, event_f1 0.943, boiler_sep 0.699, date_acc 0.775,
# title_acc 0.457, name_acc 0.568, role_acc 0.318.
# Reached at the end of the next stop (labels, headers, persons): turn_f1 0.953, label_acc
# 0.997, speaker_f1 0.982, para_acc 0.983, event_f1 0.982, boiler_sep 0.941, date_acc 0.975,
# title_acc 0.913, name_acc 0.920, role_acc 0.886. dev+dev2+seeds together meet every target.
# Reached after the shapes of the third stop (portrait labels, name tags, margin numbers,
# leads and stage lines, label blocks): turn_f1 0.987, label_acc 1.0, para_acc 0.987,
# event_f1 1.0, boiler_sep 0.978, title_acc 0.957, name_acc 0.977, role_acc 0.955: dev2
# alone meets the issue's targets.
DEV2_THRESHOLDS = {"turn_f1": 0.975, "label_acc": 0.99, "speaker_f1": 0.97, "interp_f1": 0.95,
                   "para_acc": 0.97, "event_f1": 0.97, "boiler_sep": 0.99, "date_acc": 0.95,
                   "title_acc": 0.93, "name_acc": 0.95, "role_acc": 0.93, "lossless": 1.0, "parsed": 1.0}
# dev3 (the former held-out set, opened for tuning on 29 November 2026) scored turn_f1 0.700,
# label_acc 0.714, speaker_f1 0.909, para_acc 0.714, event_f1 0.667, boiler_sep 0.64,
# date_acc 0.6, place_acc 0, title_acc 0.5, name_acc 0.455, role_acc 0.167 before its shapes
# were read. Reached after them (record blocks, timed segments, one-line transcripts and
# records, caption runs, dashed exchanges, datelines, speech headings with a colon, titles
# as sentences or printed thrice): turn_f1 0.990, label_acc 1.0, speaker_f1 0.985, interp_f1
# 1.0, para_acc 1.0, event_f1 1.0, boiler_sep 1.0, date_acc 1.0, place_acc 1.0, title_acc
# 0.9, name_acc 0.864, role_acc 0.583 (15 files: one file moves a header figure by 0.1); after
# the header and persons shapes of head9 (H60-H70, N40-N53) role_acc 0.833.
DEV3_THRESHOLDS = {"turn_f1": 0.97, "label_acc": 0.99, "speaker_f1": 0.96, "interp_f1": 0.95,
                   "para_acc": 0.97, "event_f1": 0.95, "boiler_sep": 0.95, "date_acc": 0.9,
                   "place_acc": 0.9, "title_acc": 0.85, "name_acc": 0.83, "role_acc": 0.99,
                   "lossless": 1.0, "parsed": 1.0}
# dev5 (eleven unseen pages collected on 29 November 2026) scored turn_f1 0.738, label_acc
# 0.968, boiler_sep 0.543, title_acc 0.4, name_acc 0.286, role_acc 0.167 on main before its
# shapes were read (L50-L54, H23, H24); after them turn_f1 0.899, label_acc 1.0, speaker_f1
# 0.964, para_acc 0.925, boiler_sep 0.8, date_acc 1.0, title_acc 0.5, name_acc 0.571,
# role_acc 0.583 (11 files: the gaps are in corpus/dev5/README.md); after H60-H70 and N40-N53
# speaker_f1 1.0, title_acc 0.7, name_acc 0.929, role_acc 0.833.
# H313a (a headline in ideographs broken by readings in brackets is no short name): title_acc 1.0.
DEV5_THRESHOLDS = {"turn_f1": 0.88, "label_acc": 0.99, "speaker_f1": 0.97, "para_acc": 0.9,
                   "boiler_sep": 0.78, "date_acc": 0.95, "title_acc": 0.95, "name_acc": 0.9,
                   "role_acc": 0.8, "lossless": 1.0, "parsed": 1.0}
# dev6 (seventeen English pages of the shapes that carried worst, collected on 29 November
# 2026) scored turn_f1 0.75, label_acc 0.974, para_acc 0.821, boiler_sep 0.69, date_acc 0.75,
# title_acc 0.538, name_acc 0.778, role_acc 0.364 on main before its shapes were read (L55-L58,
# L59, L6b, P8, H25-H31, N22); after them turn_f1 0.99, label_acc 1.0, para_acc 0.904,
# boiler_sep 0.977, date_acc 0.875, title_acc 0.846, name_acc 0.926, role_acc 0.909 (the gaps are in
# corpus/dev6/README.md).
DEV6_THRESHOLDS = {"turn_f1": 0.97, "label_acc": 0.99, "speaker_f1": 0.95, "para_acc": 0.88,
                   "boiler_sep": 0.95, "date_acc": 0.85, "title_acc": 0.8, "name_acc": 0.9,
                   "role_acc": 0.88, "lossless": 1.0, "parsed": 1.0}
# dev7 (eighteen non-English pages of unseen shapes collected on 29 November 2026) scored
# turn_f1 0.662, label_acc 0.955, para_acc 0.75, event_f1 0.4, boiler_sep 0.575, date_acc 0.6,
# title_acc 0.455, name_acc 0.409, role_acc 0.1 on main before its shapes were read (L70-L75,
# L78, P10, E10, H40-H44, N30, N31); the figures after them are in corpus/dev7/README.md.
# After H60-H70 and N40-N53: title_acc 0.909, name_acc 0.864, role_acc 0.75.
# After E221d (905's "(Allgemeiner Beifall)" above the unlabeled speech an event): event_f1 0.933.
DEV7_THRESHOLDS = {"turn_f1": 0.85, "label_acc": 0.99, "speaker_f1": 0.97, "para_acc": 0.89,
                   "event_f1": 0.93, "boiler_sep": 0.87, "date_acc": 0.85, "place_acc": 0.9, "title_acc": 0.88,
                   "name_acc": 0.83, "role_acc": 0.72, "lossless": 1.0, "parsed": 1.0}
# dev8 (the second held-out set, 23 pages in seven languages, tuned on from 29 November 2026)
# scored turn_f1 0.778, interp_f1 0.4, event_f1 0.759, boiler_sep 0.286, date_acc 0.7,
# title_acc 0.421, name_acc 0.613 on main before its shapes were read (L80-L84, I5, E11,
# H45-H49, N15b); the figures after them and what is left are in corpus/dev8/README.md.
# After H60-H70 and N40-N53: place_acc 0.833, title_acc 0.737, name_acc 0.71, role_acc 0.667.
# After E220d (523's "(END VIDEOTAPE)" an event): event_f1 1.0, para_acc 0.844.
DEV8_THRESHOLDS = {"turn_f1": 0.88, "label_acc": 0.97, "speaker_f1": 0.97, "interp_f1": 0.95,
                   "para_acc": 0.84, "event_f1": 0.99, "boiler_sep": 0.78, "date_acc": 0.75,
                   "place_acc": 0.8, "title_acc": 0.7, "name_acc": 0.69, "role_acc": 0.64,
                   "lossless": 1.0, "parsed": 1.0}
# dev9 (twenty pages of the shapes the held-out set read worst: fused lines, unlabeled
# interviews, record pages, header widgets; collected on 29 November 2026) scored turn_f1 0.776,
# para_acc 0.847, event_f1 0.0, boiler_sep 0.744, date_acc 0.625, title_acc 0.462, name_acc
# 0.417, role_acc 0.071 before its shapes were read (L85-L89, P11-P14, E12, H8e, H50-H54,
# N10b, N10c); the figures after them are in corpus/dev9/README.md.
# After N53 (a Chinese label: the role, a space, the name): speaker_f1 0.932, name_acc 0.667,
# role_acc 0.429. After D1, N54, H75, P15 (the language under English furniture, office labels
# with a field, a page store's stamp, bare questions of a strict alternation): turn_f1 0.968,
# para_acc 0.953, event_f1 1.0, name_acc 0.708, role_acc 0.5 (speaker_f1 0.921: more unlabeled
# answers matched, which no rule attributes).
DEV9_THRESHOLDS = {"turn_f1": 0.95, "label_acc": 0.99, "speaker_f1": 0.91, "interp_f1": 0.95,
                   "para_acc": 0.96, "event_f1": 0.97, "boiler_sep": 0.97, "date_acc": 0.85,
                   "place_acc": 0.45, "title_acc": 0.6, "name_acc": 0.69, "role_acc": 0.48,
                   "lossless": 1.0, "parsed": 1.0}
# dev10 (eighteen pages of many shapes in seven languages, each from a site no other set uses,
# collected on 29 November 2026) scored turn_f1 0.670, para_acc 0.900, event_f1 0.700,
# boiler_sep 0.727, title_acc 0.800, name_acc 0.522, role_acc 0.250 on main before its shapes
# were read (L94-L102, P16, E13, H15c, H20c-H20e, H26b); the figures after them and what is
# left are in corpus/dev10/README.md.
DEV10_THRESHOLDS = {"turn_f1": 0.96, "label_acc": 0.99, "speaker_f1": 0.97, "para_acc": 0.92,
                    "event_f1": 0.93, "boiler_sep": 0.97, "date_acc": 0.6, "title_acc": 0.85,
                    "name_acc": 0.6, "role_acc": 0.45, "lossless": 1.0, "parsed": 1.0}
# dev11 (twenty pages of the held-out set's weak shapes and of common shapes, seven languages,
# each from a site no other set uses, collected on 29 November 2026) scored turn_f1 0.699,
# para_acc 0.815, event_f1 0.0, boiler_sep 0.795, date_acc 0.444, title_acc 0.333, name_acc
# 0.524, role_acc 0.200 on main before its shapes were read (L3b, L7b, L8b, L10b, L14b, L33b,
# P20, P21, E14, H6b, H12c, H12d, H15d, H42b, N12b, N15c); the figures after them are in its README.
# speaker_f1 0.965: the run-on dialogue dashes of 1317 (L131t) match two more answers, whose
# speaker the gold names from the source page; the capture never prints his surname.
DEV11_THRESHOLDS = {"turn_f1": 0.95, "label_acc": 0.99, "speaker_f1": 0.965, "interp_f1": 0.95,
                    "para_acc": 0.94, "event_f1": 0.95, "boiler_sep": 0.88, "date_acc": 0.85,
                    "title_acc": 0.8, "name_acc": 0.75, "role_acc": 0.75, "lossless": 1.0, "parsed": 1.0}
# dev12 (twelve pages of unseen common shapes in seven languages, each from a site no other set
# uses, collected on 29 November 2026) scored turn_f1 0.554 (0.602 once its Chinese first
# words were counted as the scorer counts them), para_acc 0.783, boiler_sep 0.294, date_acc
# 0.400, title_acc 0.429, name_acc 0.500 on main before its shapes were read (P22, P23, L8c,
# L8d, L14c, H12e, H14b, H15e, H15f); the figures after them are in its README.
# H310a, H311a and H317a (a colon line, a headline opening with a number, an editor's note of two
# sentences in ideographs: 1412): title_acc 1.0.
DEV12_THRESHOLDS = {"turn_f1": 0.96, "label_acc": 0.99, "speaker_f1": 0.97, "interp_f1": 0.95,
                    "para_acc": 0.96, "event_f1": 0.95, "boiler_sep": 0.95, "date_acc": 1.0,
                    "title_acc": 0.95, "name_acc": 0.85, "role_acc": 0.95, "lossless": 1.0, "parsed": 1.0}
# dev13 (sixteen pages of unseen common shapes in seven languages, each from a site no other set
# uses, collected on 29 November 2026) scored turn_f1 0.724, label_acc 0.974, speaker_f1 0.837,
# para_acc 0.842, event_f1 0.0, boiler_sep 0.750, date_acc 0.667, title_acc 0.375, name_acc
# 0.643, role_acc 0.571 on main before its shapes were read (L120m-L125m, P30m, P31m, H120m-H126m);
# the figures after them and what is left are in its README.
DEV13_THRESHOLDS = {"turn_f1": 0.87, "label_acc": 0.99, "speaker_f1": 0.8, "interp_f1": 0.95,
                    "para_acc": 0.93, "event_f1": 0.95, "boiler_sep": 0.9, "date_acc": 0.95,
                    "title_acc": 0.87, "name_acc": 0.8, "role_acc": 0.7, "lossless": 1.0, "parsed": 1.0}
# dev14 (thirteen pages of unseen common shapes in seven languages, each from a site no other set
# uses, collected on 29 November 2026: a second generalisation measurement) scored turn_f1 0.759,
# para_acc 0.906, boiler_sep 0.438, date_acc 0.500, title_acc 0.375, name_acc 0.368, role_acc
# 0.444 on main before its shapes were read (L140n-L142n, P40n-P42n, H140n); the figures after
# them are in its README.
DEV14_THRESHOLDS = {"turn_f1": 0.95, "label_acc": 0.99, "speaker_f1": 0.96, "interp_f1": 0.95,
                    "para_acc": 0.9, "event_f1": 0.95, "boiler_sep": 0.6, "date_acc": 1.0,
                    "title_acc": 0.45, "name_acc": 0.84, "role_acc": 0.88, "lossless": 1.0, "parsed": 1.0}
# dev15 (sixteen pages of unseen common shapes in seven languages, each from a site no other set
# uses, collected on 29 November 2026: a third generalisation measurement) scored turn_f1 0.779,
# label_acc 0.972, para_acc 0.835, event_f1 0.0, boiler_sep 0.400, date_acc 0.500, place_acc 0.0,
# title_acc 0.500, name_acc 0.607, role_acc 0.667 on main before its shapes were read (L150p-L153p,
# P150p-P155p, H150p-H153p, D150p, E150p, B150p-B153p); the figures after them are in its README.
# Title rules for shapes of several sets (H200w-): title_acc 0.6; with H241z (a headline printed
# twice, once wrapped) 0.7.
# After E222d (1712's bare "нрзб." an inaudible gap): event_f1 1.0. After H353a (1707's "13
# indiskrete Fragen" a headline, not a counter): title_acc 0.8.
DEV15_THRESHOLDS = {"turn_f1": 0.95, "label_acc": 0.99, "speaker_f1": 0.97, "interp_f1": 0.95,
                    "para_acc": 0.95, "event_f1": 0.99, "boiler_sep": 0.9, "date_acc": 0.9, "place_acc": 0.9,
                    "title_acc": 0.9, "name_acc": 0.92, "role_acc": 0.6, "lossless": 1.0, "parsed": 1.0}
# dev16 (sixteen pages of unseen common shapes in seven languages, each from a site no other set
# uses, collected on 29 November 2026: a fourth generalisation measurement) scored turn_f1 0.841,
# label_acc 0.959, para_acc 0.892, event_f1 0.895, boiler_sep 0.923, date_acc 0.875, place_acc 0.0,
# title_acc 0.615, name_acc 0.724, role_acc 0.333 on main before its shapes were read (L160q-L167q,
# I160q, I161q, E160q, E161q, H160q-H162q, B160q); the figures after them are in its README.
# Title rules for shapes of several sets (H200w-): title_acc 0.769.
DEV16_THRESHOLDS = {"turn_f1": 0.97, "label_acc": 0.99, "speaker_f1": 0.98, "interp_f1": 0.95,
                    "para_acc": 0.95, "event_f1": 0.95, "boiler_sep": 0.95, "date_acc": 0.95, "place_acc": 0.95,
                    "title_acc": 0.92, "name_acc": 0.99, "role_acc": 0.93, "lossless": 1.0, "parsed": 1.0}
# dev17 (twelve pages of unseen common shapes in seven languages, each from a site no other set
# uses, collected on 29 November 2026: a fifth generalisation measurement) scored turn_f1 0.660,
# speaker_f1 0.950, para_acc 0.882, boiler_sep 0.714, date_acc 0.750, title_acc 0.500, name_acc
# 0.846, role_acc 0.250 on main (e77891b) at its first run; no rule has been written for it, so
# these thresholds are that first run (they guard against regressions; the misses by cause are in
# its README). Four rules later (…r) and with 1909's question numbers read as markers (the
# convention of dev14 and dev15; its gold had kept them as speech) it scores turn_f1 0.944.
# Title rules for shapes of several sets (H200w-): title_acc 0.875.
DEV17_THRESHOLDS = {"turn_f1": 0.94, "label_acc": 0.99, "speaker_f1": 0.97, "interp_f1": 0.95,
                    "para_acc": 0.96, "event_f1": 0.95, "boiler_sep": 0.99, "date_acc": 1.0, "place_acc": 0.95,
                    "title_acc": 1.0, "name_acc": 0.84, "role_acc": 0.25, "lossless": 1.0, "parsed": 1.0}
# dev18 (sixteen pages of unseen shapes in seven languages, each from a site no other set uses,
# collected on 29 November 2026: a sixth generalisation measurement; records, an earnings call, a
# video platform's transcript, forum and blog reposts, staff press conferences) scored turn_f1
# 0.559, speaker_f1 0.905, para_acc 0.789, boiler_sep 0.446, date_acc 0.375, place_acc 0.0,
# title_acc 0.364, name_acc 0.400, role_acc 0.091 on main (d96b082) at its first run (gold commit
# 5d993c2); these thresholds are that first run with its header rules (D180s, D181s, H180s, H181s: date
# 0.625, place 0.500, title 0.545), then with its turn rules (P190u-P193u, L190u-L198u, T190u,
# N190u-N192u, with the roles pass: turn 0.948, speaker 1.0, para 0.973, boiler 0.750, place 1.0,
# title 0.727, name 0.760, role 0.636), so that a later change that lowers them fails (the misses by shape are in its
# README). N393a (names27) raised role_acc to 0.727 (floor 0.72: 2011's "il mister bianconero Conte").
DEV18_THRESHOLDS = {"turn_f1": 0.97, "label_acc": 0.99, "speaker_f1": 0.99, "interp_f1": 0.95,
                    "para_acc": 0.97, "event_f1": 0.95, "boiler_sep": 0.76, "date_acc": 0.87, "place_acc": 0.95,
                    "title_acc": 0.9, "name_acc": 0.87, "role_acc": 0.72, "lossless": 1.0, "parsed": 1.0}
# dev19 (sixteen pages of unseen shapes in seven languages, each from a site no other set uses,
# collected on 29 November 2026: a seventh generalisation measurement; records of a provincial
# parliament, a departmental council, a city council and a national legislature, an earnings
# call, podcast and radio pages, reposts, newspaper and magazine interviews with page furniture)
# scored turn_f1 0.651, para_acc 0.976, event_f1 0.0, boiler_sep 0.873, date_acc 0.750,
# place_acc 0.0, title_acc 0.308, name_acc 0.350, role_acc 0.154 on main (4b8cc7f) at its first
# run (gold commit 3f2a78e); after its turn, persons, setting and header rules (L210x-L215x,
# E210x, N230y, N231y, H240z-H244z) it clears these floors (the misses left are in its README);
# H352a (2104's "Transcribed" tab) raised boiler_sep 0.905 -> 0.968.
DEV19_THRESHOLDS = {"turn_f1": 0.88, "label_acc": 0.99, "speaker_f1": 0.99, "interp_f1": 0.95,
                    "para_acc": 0.98, "event_f1": 0.99, "boiler_sep": 0.96, "date_acc": 0.99, "place_acc": 1.0,
                    "title_acc": 0.76, "name_acc": 0.65, "role_acc": 0.53, "lossless": 1.0, "parsed": 1.0}
# dev20 (twelve pages of unseen shapes in seven languages, each from a site no other set uses,
# collected on 29 November 2026: an eighth generalisation measurement; a council record from an
# OCR scan, a state parliament's flattened plenary record, an investor-relations exchange, club
# and presidential press conferences, radio transcript pages, forum and commentary reposts,
# interviews) scored turn_f1 0.755, speaker_f1 0.973, para_acc 0.759, boiler_sep 0.967, date_acc
# 0.750, title_acc 0.714, name_acc 0.600, role_acc 0.533 on main (95e1bd4) at its first run (gold
# commit 9a1aa93); after its rules (L260x-L263x, P270z, H271z, H272z, L280x) and the 2210 gold's
# question numbers read as markers it clears these floors (no gold prints a place, so place_acc is
# n/a and not held); the misses left are in its README.
# (header27: title_acc 1.0 by H382a, floor raised)
DEV20_THRESHOLDS = {"turn_f1": 0.95, "label_acc": 0.99, "speaker_f1": 0.99, "interp_f1": 0.95,
                    "para_acc": 0.945, "event_f1": 0.99, "boiler_sep": 0.96, "date_acc": 0.75,
                    "title_acc": 0.99, "name_acc": 0.95, "role_acc": 0.86, "lossless": 1.0, "parsed": 1.0}
# dev21 (twelve pages of unseen shapes in seven languages, each from a site no other set uses,
# collected on 29 November 2026: a ninth generalisation measurement; a media-day transcript
# flattened in a document viewer, radio and podcast transcript pages, a radio sketch script,
# meeting minutes, unlabeled newspaper interviews, a portal's run-on radio transcript, a magazine
# dialogue on a mirror site, a blog's dash dialogue, a question list) scored turn_f1 0.894,
# speaker_f1 0.981, para_acc 0.940, event_f1 0.200, boiler_sep 1.0, date_acc 1.0, title_acc 0.200,
# name_acc 0.583, role_acc 0.0 on main (efd8cc7) at its first run (gold commit 137e153); after
# L281a, L282a and H283a it clears these floors (place_acc is 0.0, not held; the misses left
# are in its README); H300f, N300f, N301f read its place, names and roles. After E220d (sound
# cues in capitals as events) event_f1 1.0 and para_acc 0.977; turn_f1 0.921 -> 0.911: 2303's
# last turn ("Look out!!!! (TRUCK PASSING) -- Oh Dear.") keeps the cue in its gold first words, as
# the shared convention does for an event after the first word (dev 102 "Talent. (Laughter.) But
# ..."), while the scorer's key leaves event text out, so reading the cue unmatches that turn.
# L300j and L301j (cv-turns22) then read 2304's `Robina:` and reject 2312's `Sindaco:`: turn_f1
# 0.929, name_acc 0.792. H310a (a colon line introduces the text, no title) and B312a (an
# account widget, `Войти в почту`, is furniture): title_acc 0.2 -> 0.6.
DEV21_THRESHOLDS = {"turn_f1": 0.92, "label_acc": 0.99, "speaker_f1": 0.99, "interp_f1": 0.95,
                    "para_acc": 0.97, "event_f1": 0.99, "boiler_sep": 0.99, "date_acc": 0.99, "place_acc": 0.99,
                    "title_acc": 0.8, "name_acc": 0.83, "role_acc": 0.85, "lossless": 1.0, "parsed": 1.0}
# dev22 (ten pages of unseen shapes in seven languages, each from a site no other set uses,
# collected on 30 November 2026: a tenth generalisation measurement; a TV episode page's dash
# captions, a caption transcript as a Markdown table, a results call's 'Name - Company - Title'
# lines, a club interview column, a podcast export flattened to one line, hyphen Q&A paragraphs,
# a press-conference repost with label headlines and glued labels, a radio transcript, a TV
# broadcast's colon-less label lines, a forum repost) scored these figures on main (29c6027) at its
# first run (gold commit c7b576b), rounded down: turn_f1 0.571, label_acc 0.955, para_acc 0.773,
# event_f1 0.571, boiler_sep 0.357, title_acc 0.333, name_acc 0.429, role_acc 0.167 (place_acc
# n/a: no gold prints a place); the misses are in its README. L300i (2403's single-hyphen
# 'Name - Company - Title' label lines) raised turn_f1 to 0.589 (floor 0.58), label_acc to 1.0,
# para_acc to 0.826, name_acc to 0.5, role_acc to 0.5. P245l (2406's dash interview whose last
# answer opens '-(Risas).') raised turn_f1 to 0.659 (floor 0.65), para_acc to 0.926 (floor 0.92).
# L320b (2409's caseless label lines), L321b (2405's 'm:ss Name speech' export on one line) and
# E322b (its '[Dynamische, heitere Musik]') raised turn_f1 to 0.826 (floor 0.82), para_acc to
# 0.947 (floor 0.94), event_f1 to 0.889 (floor 0.88), title_acc to 0.5 (H318a reads the
# same title of 2405), name_acc to 0.714 (floor 0.71). N394a (names27) lowered speaker_f1 to
# 0.982 (floor 0.98): 2404's unlabeled answers were one cluster under a wrong person ("Sportif
# Yoann", Directeur, read from "le Directeur Sportif Yoann BEUNAICHE"; the gold's answerer is the
# coach Christophe Pineau) and are now unattributed, each its own cluster for the scorer.
DEV22_THRESHOLDS = {"turn_f1": 0.869, "label_acc": 0.99, "speaker_f1": 0.98, "interp_f1": 0.95,
                    "para_acc": 0.99, "event_f1": 0.88, "boiler_sep": 0.64, "date_acc": 0.99,
                    "title_acc": 0.66, "name_acc": 0.78, "role_acc": 0.66, "lossless": 1.0, "parsed": 1.0}
# dev23 (twelve pages of unseen shapes in seven languages, each from a site no other set uses,
# collected on 30 November 2026: an eleventh generalisation measurement; an earnings page captured
# as one line with labels glued to timestamps, a library's speech transcription, a transcription
# service's export without labels, a Dail record's label lines under photo alt text, a cantonal
# parliament's 'Name (PARTY) — Role' label lines, unlabeled Q&A interviews in four shapes, a
# podcast page whose title puts a colon after a name, a dash/capitals-label interview, a news
# agency's press-conference page) scored these figures on main (aba7843) at its first run (gold
# commit 55b550c), rounded down: turn_f1 0.598, label_acc 1.0, para_acc 0.808, event_f1 1.0,
# boiler_sep 0.705, date_acc 0.833, title_acc 0.667, name_acc 0.222, role_acc 0.2 (place_acc
# n/a: no gold prints a place); the misses are in its README. Tuned on from session 20 (dev24
# took over as the unseen measure): the turns26, header26 and names26 rules raised turn_f1 to
# 0.95, para_acc to 1.0, boiler_sep to 0.932, title_acc to 0.833, name_acc to 0.778, role_acc to 0.6.
DEV23_THRESHOLDS = {"turn_f1": 0.95, "label_acc": 0.99, "speaker_f1": 0.99, "interp_f1": 0.95,
                    "para_acc": 0.99, "event_f1": 0.99, "boiler_sep": 0.99, "date_acc": 0.83,
                    "title_acc": 0.83, "name_acc": 0.77, "role_acc": 0.6, "lossless": 1.0, "parsed": 1.0}
# dev24 (twelve pages of unseen kinds in seven languages, each from a site no other set uses,
# collected on 30 November 2026: a twelfth generalisation measurement; a typed press-conference
# transcript with a colon-less label line and hard-wrapped indented paragraphs, an automatic
# transcript on one unpunctuated line, a TV rush transcript and a TV programme with labels glued
# to the speech, a council sample with a stage line ending in ' :', a council record with broken
# encoding and '. - ' labels, a blog's 'Name, role: „...“' quotes, parliament minutes with labels
# glued to the previous sentence, an unlabeled telephone interview, 'Giornalista: «...»' pairs,
# hyphen-opened press-conference lines, a ministry record with field lines and a Minguo date)
# scored these figures on main (317c874) at its first run (gold commit 6b123a8), rounded down:
# turn_f1 0.8, label_acc 0.982, speaker_f1 0.889, para_acc 0.893, event_f1 0.949, boiler_sep 1.0,
# date_acc 0.5, title_acc 0.9, name_acc 0.731, role_acc 0.632 (place_acc n/a: no gold prints a
# place; turn_f1 is 112/140, which the summary's float arithmetic leaves a hair under 0.8, hence
# 0.79); the misses are in its README. Tuned on from session 20's second round: turns27 (E371a,
# L372a-L374a: 2611's opening remark, 2604's glued colon labels, 2608's glued label lines),
# header27 (D380a, D381a: 2612's Minguo date field, 2603's and 2607's dates told by a notice or
# lead) and names27 (N392a: 2610's "il CT Mancini e il capitano Chiellini") raised it to
# turn 0.875, label 1.0, speaker 0.895, para 0.937, event 0.967, date 1.0, name 0.808, role 0.737.
DEV24_THRESHOLDS = {"turn_f1": 0.87, "label_acc": 0.99, "speaker_f1": 0.89, "interp_f1": 0.95,
                    "para_acc": 0.93, "event_f1": 0.96, "boiler_sep": 0.99, "date_acc": 0.99,
                    "title_acc": 0.99, "name_acc": 0.8, "role_acc": 0.78, "lossless": 1.0, "parsed": 1.0}
# dev25 (twelve pages of unseen kinds in seven languages, each from a site no other set uses,
# collected on 30 November 2026: a thirteenth generalisation measurement; a TV interview whose answer
# labels are glued after the question, a club press conference with 'Q.' labels and field lines, a
# podcast in caption-length lines, a timestamped town hall whose later speakers are unlabeled, a
# dash-opened live call-in, a podcast host's page with a bulleted 'Speaker #0' label line, an OCR'd
# 1894 council report on one line, a magazine interview whose labels stop, bracketed labels,
# '-'-separated unlabeled Q&A pairs, a label glued mid-paragraph, a bulletin-board transcript with
# fixed-width wraps) scored these figures on main (17fe1f2) at its first run (gold commit cab8ba5),
# rounded down: turn_f1 0.803, label_acc 0.98 (48/49), speaker_f1 0.979, para_acc 0.694,
# event_f1 1.0 (no gold event), boiler_sep 0.882, date_acc 0.4, title_acc 0.667, name_acc 0.368,
# role_acc 0.333 (place_acc n/a: no gold prints a place); the misses are in its README. Rules
# written on other sets (T461a, separator lines) then raised para_acc to 0.796. Tuned on from
# round 2: meta29 (headers, persons) and labels29 (L490a-L496a) took it to turn_f1 0.906,
# label_acc 1.0, speaker_f1 1.0, para_acc 0.845, date_acc 0.8, title_acc 0.889, name_acc 0.789,
# role_acc 0.833. Trade at the merge: title_acc 1.0 (meta29 alone) -> 0.889, because L493a makes
# 2702's `TOURNAMENT – Barclays Premier League` a field line of the header instead of a label,
# and the site line over the headline is then joined to the title (left for the next round).
# turns30 (T530a-T534a: later unlabeled questions, undashed answers, timed unlabeled turns and
# their speakers): turn_f1 0.963, para_acc 0.938, name_acc 0.895, role_acc 1.0.
DEV25_THRESHOLDS = {"turn_f1": 0.95, "label_acc": 0.99, "speaker_f1": 0.99, "interp_f1": 0.95,
                    "para_acc": 0.93, "event_f1": 0.99, "boiler_sep": 0.88, "date_acc": 0.8,
                    "title_acc": 0.88, "name_acc": 0.89, "role_acc": 0.99, "lossless": 1.0, "parsed": 1.0}
# dev26 (eleven pages of unseen kinds in seven languages, each from a site no other set uses,
# collected on 30 November 2026: a fourteenth generalisation measurement; a mayor's radio call-in
# reposted by a press-release distributor, a fan forum's press-conference report under topic
# headings, AGM questions labelled 'Q1.' over reported 'Answer:' lines, a meeting portal's
# automatic transcript table, a council record with numbered question labels naming the asker,
# a newspaper interview with unlabeled questions and a related-articles box, a club interview
# whose label stops, a press conference run together in one paragraph, a fan site's unlabeled
# Q&A, a radio transcript's first turn under a name with initials, an interview whose answer
# labels are glued after the question) scored these figures on main (e3ef523) at its first run
# (gold commit 07861ac), rounded down: turn_f1 0.761, label_acc 1.0, speaker_f1 0.882, para_acc
# 0.914, event_f1 1.0, boiler_sep 0.619, date_acc 1.0, title_acc 0.75, name_acc 0.75,
# role_acc 0.5 (interp_f1 1.0: no gold interpreter note; place_acc n/a: no gold prints a
# place); the misses are in its README. Round 2 (dev26turns): T580a (2802's topic lines over
# quoted answers), T581a (2807's later question under the one labelled answer) and T582a
# (2810's "... расшифровал запись ..." lead line) raised turn_f1 to 0.9 and para_acc to 0.956;
# (dev26meta) B600a (2806's related-articles box), N601a-N604a raised boiler_sep to 1.0,
# name_acc to 0.875, role_acc to 1.0 and speaker_f1 to 0.92; merged: turn 0.9, speaker 0.925,
# para 0.956, boiler 1.0, name 0.875, role 1.0 (title 0.75 and date 1.0 unchanged).
DEV26_THRESHOLDS = {"turn_f1": 0.91, "label_acc": 0.99, "speaker_f1": 0.91, "interp_f1": 0.95,
                    "para_acc": 0.95, "event_f1": 0.99, "boiler_sep": 0.99, "date_acc": 0.99,
                    "title_acc": 0.87, "name_acc": 0.87, "role_acc": 0.99, "lossless": 1.0, "parsed": 1.0}
# dev27 (ten pages of unseen kinds in seven languages, each from a site no other set uses,
# collected on 30 November 2026: a fifteenth generalisation measurement; a podcast page with a
# pipe after the first-name label, a radio interview under an E&OE header, a hearing's closed
# captions, a parliament video's labels run together, a wiki's radio transcription with field
# lines, magazine Q&As with unlabeled questions or dash-opened lines, a question and answer in
# one paragraph, coaches' press conferences with dash lines, a reposted live text with labels
# and clock times on one line) scored these figures on main (633d773) at its first run (gold
# commit 1399c57), rounded down: turn_f1 0.792, label_acc 1.0, speaker_f1 0.941, para_acc 0.95,
# event_f1 1.0, boiler_sep 0.8, date_acc 0.667, title_acc 0.5, name_acc 0.667, role_acc 0.333
# (interp_f1 1.0: no gold interpreter note; place_acc n/a: no gold prints a place).
# Tuned on in session 31 (cv-dev2728b, L811c `Name |` labels): turn_f1 0.804, speaker_f1 0.944.
DEV27_THRESHOLDS = {"turn_f1": 0.8, "label_acc": 0.99, "speaker_f1": 0.94, "interp_f1": 0.95,
                    "para_acc": 0.95, "event_f1": 0.99, "boiler_sep": 0.8, "date_acc": 0.66,
                    "title_acc": 0.5, "name_acc": 0.75, "role_acc": 0.66, "lossless": 1.0, "parsed": 1.0}
# dev28 (sixteen pages of unseen kinds in seven languages, each from a site no other set uses,
# collected on 30 November 2026: a sixteenth generalisation measurement; a parliament's oral
# questions reposted, a podcast's timestamped transcript without labels, subtitle cues, a court
# transcript flattened to one line, a presidential news conference, press-conference highlights,
# a bilingual chamber record, a radio phone-in, a radio package script, newspaper Q&As, a
# presidency's press conference, a stenogram, a press-conference digest under topic headings)
# scored these figures on main (dcdf352) at its first run (gold commit 944384f), rounded down:
# turn_f1 0.617, label_acc 0.99 (0.9899), speaker_f1 1.0, interp_f1 1.0, para_acc 0.899, event_f1 0.909,
# boiler_sep 0.833, date_acc 0.333, place_acc 0.0, title_acc 0.636, name_acc 0.435, role_acc 0.375.
# Tuned on in session 31: (cv-dev2728meta, D790b/D791b/H792b) date_acc 0.5, title_acc 0.727;
# (cv-dev2728turns, L770c-L772c) turn_f1 0.709, para_acc 0.926: 3013's 24 quoted answers now
# matched; their gold name "Antonio" is printed only in the greeting "Buongiorno Antonio.", which
# no rule read then, so speaker_f1 1.0 -> .833; (cv-dev2728b) N810c reads the guest greeted by
# name: speaker_f1 back to 1.0, name_acc 0.478. Session 33 (cv-dev30a, T922e): 3002's bare line
# times are timestamps, so its first turn matches (turn 0.808 -> 0.814); its gold counts 7
# paragraphs where the converter ends it one line later, at L321b's false name "I" (para 0.941
# -> 0.934: one more matched turn, no paragraph count changed). Session 37 (lead37, L1200i,
# P1204i): the office labels printed once atop 3005 and 3014 are read (turn 0.826, title 0.818);
# 3014's turn now matches but counts the registration table's five lines as paragraphs where the
# gold has them as the record's notes (para 0.928: one more matched turn, no count got worse).
DEV28_THRESHOLDS = {"turn_f1": 0.82, "label_acc": 0.99, "speaker_f1": 1.0, "interp_f1": 0.99,
                    "para_acc": 0.92, "event_f1": 0.9, "boiler_sep": 0.83, "date_acc": 0.5,
                    "title_acc": 0.81, "name_acc": 0.65, "role_acc": 0.43, "lossless": 1.0, "parsed": 1.0}
# dev29 (twelve long transcripts, 6-25 KB, 533 gold turns, from GitHub repositories of publishers
# no other set uses, collected on 30 November 2026: a seventeenth generalisation measurement; an
# earnings call, podcast pages with bold or time-stamped labels, a transcription-service export,
# an oral history, an SRT interview, hearings, a diarized panel, a radio news script, a magazine
# Q&A, a state-parliament record, a government press conference in Chinese) scored these
# figures on main (85b7429, the converter of dcdf352) at its first run (gold commit 64479b0),
# rounded down: turn_f1 0.706, label_acc 1.0, speaker_f1 1.0, interp_f1 1.0, para_acc 0.858,
# event_f1 0.25, boiler_sep 0.704, date_acc 0.7, place_acc 0.0, title_acc 0.556, name_acc 0.683,
# role_acc 0.25. Tuned on since session 32: cv-dev29a's label shapes (L830d-L835d: diarized
# subtitle cues, a diarization id before a bracketed time, Markdown heading labels, an outlet in
# Latin letters, header lines above labels alone) and cv-dev29b's HTML bold labels, party-state
# member labels, reporter cues, record events, page furniture and header shapes (L860d-H882d);
# together: turn_f1 0.999, para_acc 0.985, event_f1 1.0, boiler_sep 0.852, date_acc 1.0,
# place_acc 1.0, title_acc 0.889, name_acc 0.983, role_acc 0.5.
DEV29_THRESHOLDS = {"turn_f1": 0.99, "label_acc": 0.99, "speaker_f1": 0.99, "interp_f1": 0.99,
                    "para_acc": 0.98, "event_f1": 0.99, "boiler_sep": 0.85, "date_acc": 0.99,
                    "title_acc": 0.88, "name_acc": 0.98, "role_acc": 0.5, "lossless": 1.0, "parsed": 1.0}
# dev30 (eight plain-text transcripts of mixed sizes, 2-25 KB, from GitHub repositories of
# publishers no other set uses, collected on 30 November 2026: an eighteenth generalisation
# measurement; a transcription-service export, an SRT file with speakers, a panel podcast, a
# podcast page, an oral history in Pandoc Markdown, a court trial transcript, a newspaper Q&A, a
# museum oral history) scored these figures at its first run (gold commit 3d1bdbc, the converter
# of c43259c; main dd2eb38 the same), rounded down: turn_f1 0.549, label_acc 0.995, speaker_f1
# 0.976, interp_f1 1.0, para_acc 0.754, event_f1 0.978, boiler_sep 0.333, date_acc 0.667,
# place_acc 0.5, title_acc 1.0, name_acc 0.417, role_acc 0.0. Since session 32: N909d (name
# 0.458) and T911d (turn 0.594, label 1.0, speaker 0.986; para 0.668: 3201's time-stamped
# continuation lines are paragraphs of their turn, where its gold counts one block per turn).
# Session 33 (cv-dev30a, Markdown shapes L920e-T928e): turn 0.885, speaker 0.993, para 0.96,
# name 0.708; (L929e-L931e, 3207's caption no longer read as turns, 3211's full names) turn
# 0.896, para 0.961, date 1.0, place 1.0, name 0.875, role 0.182; (L932e) turn 0.901, para 0.964,
# speaker 0.990 (3208: three more 答 turns matched, with no person, as its other 答 turns; just
# under 0.99 unrounded, so its floor stays 0.98).
# Both merged (session 33): turn 0.901, speaker 1.0, para 0.966, boiler 1.0, date 1.0, place
# 1.0, title 1.0, name 1.0, role 0.818.
DEV30_THRESHOLDS = {"turn_f1": 0.9, "label_acc": 0.99, "speaker_f1": 0.99, "interp_f1": 0.99,
                    "para_acc": 0.96, "event_f1": 0.97, "boiler_sep": 0.99, "date_acc": 0.99,
                    "title_acc": 0.99, "name_acc": 0.99, "role_acc": 0.81, "lossless": 1.0, "parsed": 1.0}
# dev31 (nine plain-text transcripts of 5-25 KB from GitHub repositories of publishers no
# other set uses, collected on 30 November 2026: a nineteenth generalisation measurement; a
# press conference, a panel podcast, a committee roundtable's stenographic text, two magazine
# and blog Q&As in Italian, a Spanish magazine interview, a TV/radio interview, a Chinese research
# interview in community notes, a German radio journalist's interview) scored these figures at
# its first run (gold commit b102b7c, the converter of 5643bae), rounded down: turn_f1 0.810,
# label_acc 1.0, speaker_f1 0.959, interp_f1 1.0, para_acc 0.918, event_f1 0.870, boiler_sep
# 0.500, date_acc 0.500, place_acc 0.500, title_acc 0.778, name_acc 0.745, role_acc 0.100.
# Tuned in session 34 (cv-dev31a: P1000f, L1001f, L1002f, P1003f, E1004f, E1005f, T1006f, L1007f;
# cv-dev31b: H1030f, N1031f-N1033f, D1034f, N1036f-N1040f), merged: turn_f1 0.987, speaker_f1 0.997,
# para_acc 0.974, event_f1 1.0, date_acc 1.0, place_acc 1.0, title_acc 0.889, name_acc 0.957, role_acc 0.65
# (boiler_sep 0.5: 3303's cover lines).
DEV31_THRESHOLDS = {"turn_f1": 0.98, "label_acc": 0.99, "speaker_f1": 0.99, "interp_f1": 0.99,
                    "para_acc": 0.97, "event_f1": 0.99, "boiler_sep": 0.5, "date_acc": 0.99, "place_acc": 0.99,
                    "title_acc": 0.88, "name_acc": 0.95, "role_acc": 0.65, "lossless": 1.0, "parsed": 1.0}
# dev32 (five plain-text transcripts of 6-16 KB from GitHub repositories of publishers no other
# set uses, collected on 30 November 2026: a twentieth generalisation measurement; an interview
# podcast page, a podcast subtitle file whose cues carry the hosts' names, two French blog Q&As,
# a Spanish research interview in a thesis's template) scored these figures at its first run
# (gold commit fff12d0, the converter of main 2212e5d, whose teikit/ the gold commit keeps
# unchanged), rounded down: turn_f1 0.813, label_acc 1.0, speaker_f1 1.0, interp_f1 1.0,
# para_acc 1.0, event_f1 0.571, boiler_sep 0.944, date_acc 1.0, place_acc 1.0, title_acc 1.0,
# name_acc 0.286, role_acc 0.0. After its rules (cv-dev32, session 35): turn .992, event,
# boiler, name and role 1.0; the limits below are those figures rounded down.
DEV32_THRESHOLDS = {"turn_f1": 0.99, "label_acc": 0.99, "speaker_f1": 0.99, "interp_f1": 0.99,
                    "para_acc": 0.99, "event_f1": 0.99, "boiler_sep": 0.99, "date_acc": 0.99,
                    "title_acc": 0.99, "name_acc": 0.99, "role_acc": 0.99, "lossless": 1.0, "parsed": 1.0}
# dev33 (five plain-text transcripts of 5-14 KB from GitHub repositories of publishers no other
# set uses, collected on 30 November 2026: a twenty-first generalisation measurement; a Russian
# blog Q&A, a German podcast interview and a German band interview, an English blog Q&A and an
# English podcast transcript made by speech recognition with timestamped heading labels) scored
# these figures at its first run (gold commit dc1a48b, the converter of main 82d8d80, whose
# teikit/ the gold commit keeps unchanged), rounded down: turn_f1 0.932, label_acc 0.961,
# speaker_f1 0.979, interp_f1 1.0, para_acc 0.942, event_f1 1.0, date_acc 0.750, place_acc 0.0,
# title_acc 1.0, name_acc 0.438, role_acc 0.0 (boiler_sep n/a: no boilerplate line).
# Tuned in session 35 (cv-dev33: L1130g-L1134g, H1135g, L1136g, B1137g, B1138g, D1139g,
# N1140g-N1142g): turn_f1 0.991, label_acc 1.0, speaker_f1 1.0, header_attr 1.0, para_acc 0.991,
# date_acc 1.0, place_acc 1.0, name_acc 0.812, role_acc 0.2; with the lead's N1174g (given-name
# labels named from the lead) name_acc 0.938 (rounded down below).
DEV33_THRESHOLDS = {"turn_f1": 0.99, "label_acc": 0.99, "speaker_f1": 0.99, "interp_f1": 0.99,
                    "para_acc": 0.99, "event_f1": 0.99, "date_acc": 0.99, "place_acc": 0.99,
                    "title_acc": 0.99, "name_acc": 0.93, "role_acc": 0.2, "lossless": 1.0, "parsed": 1.0}
# dev34 (six plain-text transcripts of 6-12 KB from GitHub repositories of publishers no other
# set uses, collected on 30 November 2026: a twenty-second generalisation measurement; a Spanish
# child's author interview, an Italian magazine Q&A with heading questions, a French developer
# Q&A, an English transcription-service podcast, an English boxed-question interview and an
# English WebVTT oral history) scored these figures at its first run (gold commit 1fb6465, the
# converter of main 616208b): turn_f1 0.401 (0.678 against the gold corrected for 3606's voice
# runs, corpus/dev34/README.md), label_acc 1.0, speaker_f1 0.587, interp_f1 1.0, para_acc 0.948,
# event_f1 0.0, title_acc 0.750, name_acc 0.182, role_acc 0.0. The lead's rules of session 36,
# written on synthetic texts, named 3604's host (second unseen run); tuned in session 36
# (cv-dev34: L1230h-B1248h): turn_f1 0.969, speaker_f1 1.0, para_acc 0.968, event_f1 1.0,
# title_acc 1.0, name_acc 0.909, role_acc 0.2 (rounded down below).
DEV34_THRESHOLDS = {"turn_f1": 0.96, "label_acc": 0.99, "speaker_f1": 0.99, "interp_f1": 0.99,
                    "para_acc": 0.96, "event_f1": 0.99, "title_acc": 0.99, "name_acc": 0.90,
                    "role_acc": 0.2, "lossless": 1.0, "parsed": 1.0}
# dev35 (four plain-text transcripts from GitHub repositories of publishers no other set uses,
# collected on 1 December 2026: a twenty-third generalisation measurement; a Spanish written Q&A
# with blockquoted answers, a Polish interview with bold italic labels, a Russian post quoting an
# English interview, a Congressional Record speech) scored these figures at its first run (gold
# commit 6e1e6c5c): turn_f1 0.286, label_acc 1.0, speaker_f1 0.857, header_attr 0.0, para_acc
# 0.667, event_f1 0.0, title_acc 0.750, name_acc 0.0, role_acc 0.0. Tuned in session 36
# (cv-dev35: L1300h-N1313h): turn_f1 1.0, speaker_f1 1.0, header_attr 1.0, para_acc 1.0,
# event_f1 1.0, title_acc 1.0, name_acc 1.0, role_acc 1.0 (rounded down below).
DEV35_THRESHOLDS = {"turn_f1": 0.99, "label_acc": 0.99, "speaker_f1": 0.99, "header_attr": 0.99, "interp_f1": 0.99,
                    "para_acc": 0.99, "event_f1": 0.99, "date_acc": 0.99, "title_acc": 0.99,
                    "name_acc": 0.99, "role_acc": 0.99, "lossless": 1.0, "parsed": 1.0}
# dev36 (seven page captures of sites no other set uses, collected on 1 December 2026: Bern
# Grand Council, Flemish Parliament, Uruguay Senate committee, San Marino commission report,
# a Russian radio interview repost, an Irish radio interview's print, a Lok Sabha record) scored
# at its first run (gold commit 8149733): turn_f1 0.563, label_acc 0.889, para_acc 0.556,
# boiler_sep 0.467, date_acc 0.333, name_acc 0.333, role_acc 0.0. Tuned in session 37
# (cv-dev36: L1450i-H1459i): turn_f1 0.952, para_acc 1.0, boiler_sep 0.533, date_acc 0.667,
# name_acc 1.0, role_acc 0.333 (rounded down below).
DEV36_THRESHOLDS = {"turn_f1": 0.95, "label_acc": 0.99, "speaker_f1": 0.99, "header_attr": 0.99, "interp_f1": 0.99,
                    "para_acc": 0.99, "event_f1": 0.99, "boiler_sep": 0.53, "date_acc": 0.66,
                    "name_acc": 0.99, "role_acc": 0.33, "lossless": 1.0, "parsed": 1.0}
# dev37 (five plain-text interviews from GitHub repositories of publishers no other set uses,
# collected on 1 December 2026: a Portuguese oral history with `<Name>` labels, a German
# needfinding write-up, an Italian user interview, a French page captured as Pandoc Markdown, a
# Portuguese requirements interview) scored at its first run (gold commit 2a93b6fc): turn_f1
# 0.624, para_acc 0.983, event_f1 0.0, boiler_sep 0.270, date_acc 0.667, title_acc 0.333,
# name_acc 0.091, role_acc 0.0. Tuned in session 37 (cv-dev37: L1500i-E1510i): turn_f1 1.0,
# boiler_sep 1.0, date_acc 1.0, title_acc 0.667, name_acc 0.636, role_acc 0.5; its one event is
# an unbracketed 'risos', not read (event_f1 0.0, no threshold).
DEV37_THRESHOLDS = {"turn_f1": 0.99, "label_acc": 0.99, "speaker_f1": 0.99, "header_attr": 0.99, "interp_f1": 0.99,
                    "para_acc": 0.99, "boiler_sep": 0.99, "date_acc": 0.99, "title_acc": 0.66,
                    "name_acc": 0.63, "role_acc": 0.5, "lossless": 1.0, "parsed": 1.0}
# dev38 (six Chinese page captures, four simplified and two traditional, collected on 1 December
# 2026) scored at its first run (gold commit 2df9acb2): turn_f1 0.926, para_acc 0.960, boiler_sep
# 0.500, title_acc 0.750, role_acc 0.333. Tuned in session 37 (cv-dev38: L1550i-N1560i):
# turn_f1 0.981, para_acc 1.0, boiler_sep 1.0, title_acc 1.0, role_acc 1.0.
DEV38_THRESHOLDS = {"turn_f1": 0.98, "label_acc": 0.99, "speaker_f1": 0.99, "interp_f1": 0.99, "para_acc": 0.99,
                    "event_f1": 0.99, "boiler_sep": 0.99, "date_acc": 0.99, "title_acc": 0.99, "name_acc": 0.99,
                    "role_acc": 0.99, "lossless": 1.0, "parsed": 1.0}
# dev39 (five page captures of sites no other set uses, collected on 1 December 2026: a Senegal
# National Assembly speech, a Luxembourg government interview, a land.lu interview, an NSW
# public-inquiry transcript, a podcast page) and dev40 (two transcription-service exports, an
# AssemblyAI panel and an Otter meeting) scored at their first runs (gold commits eb82f74b and
# 010a52a0, the converter of session 37 after the dev36-dev38 rules): dev39 turn_f1 0.892,
# para_acc 0.838, date_acc 0.5, name_acc 0.538; dev40 turn_f1 0.838, name_acc 0.0. Tuned in
# session 37 (cv-dev3940: L1600i-N1606i): dev39 turn_f1 0.905, para_acc 0.895, boiler_sep 1.0,
# name_acc 0.769; dev40 turn_f1 1.0, name_acc 0.5, role_acc 0.5.
DEV39_THRESHOLDS = {"turn_f1": 0.9, "label_acc": 0.99, "speaker_f1": 0.96, "interp_f1": 0.99, "para_acc": 0.89,
                    "event_f1": 0.99, "boiler_sep": 0.99, "date_acc": 0.5, "place_acc": 0.99, "title_acc": 0.75,
                    "name_acc": 0.76, "role_acc": 0.66, "lossless": 1.0, "parsed": 1.0}
DEV40_THRESHOLDS = {"turn_f1": 0.99, "label_acc": 0.99, "interp_f1": 0.99, "para_acc": 0.99, "event_f1": 0.99,
                    "name_acc": 0.5, "role_acc": 0.5, "lossless": 1.0, "parsed": 1.0}
# dev41 (six page captures of under 2 KB: a Moscow court hearing, a Tweede Kamer record, a Chilean
# Senate record, a Canadian Senate committee in French, a Dutch government press conference, a
# Russian blog repost) and dev42 (four plain-text texts from repositories: an investor-call export,
# a German stakeholder interview, an English research interview, a standards committee's notes),
# collected on 1 December 2026, scored at their first runs (gold commits abee5f11, 7a02497b): dev41
# turn_f1 0.930, interp_f1 0.0, para_acc 0.875, name_acc 0.765, role_acc 0.583; dev42 turn_f1
# 0.618, date_acc 0.333, title_acc 0.333, name_acc 0.25, role_acc 0.0. Tuned in session 38
# (cv-dev41: L1610i-L1615i; cv-dev42: L1630i-B1636i): dev41 turn_f1 1.0, interp_f1 1.0, para_acc
# 0.930, name_acc 0.941, role_acc 0.917; dev42 turn_f1 1.0, date_acc 1.0, title_acc 1.0, name_acc
# 0.5, role_acc 1.0.
DEV41_THRESHOLDS = {"turn_f1": 0.99, "label_acc": 0.99, "speaker_f1": 0.99, "interp_f1": 0.99, "para_acc": 0.92,
                    "event_f1": 0.99, "boiler_sep": 0.5, "date_acc": 0.99, "place_acc": 0.99, "title_acc": 0.6,
                    "name_acc": 0.94, "role_acc": 0.91, "lossless": 1.0, "parsed": 1.0}
DEV42_THRESHOLDS = {"turn_f1": 0.99, "label_acc": 0.99, "speaker_f1": 0.96, "interp_f1": 0.99, "para_acc": 0.98,
                    "event_f1": 0.99, "boiler_sep": 0.99, "date_acc": 0.99, "title_acc": 0.99,
                    "name_acc": 0.5, "role_acc": 0.99, "lossless": 1.0, "parsed": 1.0}
# dev43 (six page captures of under 2 KB, collected on 1 December 2026: an English court hearing, a
# TV panel transcript, a German and an Italian podcast page, an unlabelled Spanish podcast, a page
# of an earnings call) scored at its first run (gold commit e10758c6): turn_f1 0.857, para_acc
# 0.967, boiler_sep 0.625, title_acc 0.5, name_acc 0.692, role_acc 0.75. Tuned in session 38
# (cv-dev43: L1650i-B1653i): turn_f1 0.928, para_acc 1.0, name_acc 0.846.
DEV43_THRESHOLDS = {"turn_f1": 0.92, "label_acc": 0.99, "speaker_f1": 0.99, "interp_f1": 0.99, "para_acc": 0.99,
                    "event_f1": 0.99, "boiler_sep": 0.62, "date_acc": 0.99, "title_acc": 0.5,
                    "name_acc": 0.84, "role_acc": 0.75, "lossless": 1.0, "parsed": 1.0}
LIMITS = {"dev": {**THRESHOLDS, "name_acc": 0.93, "role_acc": 0.94}, "seeds": THRESHOLDS,
          "dev2": DEV2_THRESHOLDS, "dev3": DEV3_THRESHOLDS, "dev5": DEV5_THRESHOLDS, "dev6": DEV6_THRESHOLDS,
          "dev7": DEV7_THRESHOLDS, "dev8": DEV8_THRESHOLDS, "dev9": DEV9_THRESHOLDS, "dev10": DEV10_THRESHOLDS,
          "dev11": DEV11_THRESHOLDS, "dev12": DEV12_THRESHOLDS, "dev13": DEV13_THRESHOLDS, "dev14": DEV14_THRESHOLDS,
          "dev15": DEV15_THRESHOLDS, "dev16": DEV16_THRESHOLDS, "dev17": DEV17_THRESHOLDS,
          "dev18": DEV18_THRESHOLDS, "dev19": DEV19_THRESHOLDS, "dev20": DEV20_THRESHOLDS,
          "dev21": DEV21_THRESHOLDS, "dev22": DEV22_THRESHOLDS, "dev23": DEV23_THRESHOLDS,
          "dev24": DEV24_THRESHOLDS, "dev25": DEV25_THRESHOLDS,
          "dev26": DEV26_THRESHOLDS, "dev27": DEV27_THRESHOLDS,
          "dev28": DEV28_THRESHOLDS, "dev29": DEV29_THRESHOLDS,
          "dev30": DEV30_THRESHOLDS, "dev31": DEV31_THRESHOLDS,
          "dev32": DEV32_THRESHOLDS, "dev33": DEV33_THRESHOLDS, "dev34": DEV34_THRESHOLDS,
          "dev35": DEV35_THRESHOLDS, "dev36": DEV36_THRESHOLDS, "dev37": DEV37_THRESHOLDS,
          "dev38": DEV38_THRESHOLDS, "dev39": DEV39_THRESHOLDS, "dev40": DEV40_THRESHOLDS,
          "dev41": DEV41_THRESHOLDS, "dev42": DEV42_THRESHOLDS, "dev43": DEV43_THRESHOLDS}


def load_scorer():
    if not SCORER.exists():
        if os.environ.get("CI"):
            pytest.fail(f"{SCORER} is missing: CI must have ../shared beside the project")
        pytest.skip("the shared scoring tool is not beside this checkout")
    spec = importlib.util.spec_from_file_location("score_transcripts", SCORER)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


# Issue 13's targets for dev + dev2 + the seeds scored as one set.
TOGETHER = {"turn_f1": 0.97, "label_acc": 0.99, "speaker_f1": 0.95, "interp_f1": 0.90,
            "para_acc": 0.93, "event_f1": 0.90, "boiler_sep": 0.90, "date_acc": 0.90,
            "title_acc": 0.90, "name_acc": 0.90, "role_acc": 0.90, "lossless": 1.0, "parsed": 1.0}


def scored_rows(scorer, subset: str, tmp_path) -> list:
    rows = []
    for text in sorted((ROOT / "corpus" / subset).glob("*.txt")):
        gold_file = text.with_name(text.stem + ".gold.json")
        out = tmp_path / f"{subset}-{text.stem}.xml"
        out.write_bytes(convert(text.read_bytes(), name=text.name).tei)
        rows.append(scorer.score_file(json.loads(gold_file.read_text(encoding="utf-8")),
                                      text.read_text(encoding="utf-8"), out))
    return rows


def below(summary: dict, limits: dict) -> dict:
    return {k: round(summary[k], 3) for k, limit in limits.items()
            if summary[k] is not None and summary[k] < limit}


@pytest.mark.parametrize("subset", ["dev", "seeds", "dev2", "dev3", "dev5", "dev6", "dev7", "dev8", "dev9", "dev10",
                                    "dev11", "dev12", "dev13", "dev14", "dev15", "dev16", "dev17",
                                    "dev18", "dev19", "dev20", "dev21", "dev22", "dev23", "dev24",
                                    "dev25", "dev26", "dev27", "dev28", "dev29", "dev30", "dev31", "dev32",
                                    "dev33", "dev34", "dev35", "dev36", "dev37", "dev38", "dev39", "dev40",
                                    "dev41", "dev42", "dev43"])
def test_scores_meet_the_thresholds(subset, tmp_path):
    scorer = load_scorer()
    assert below(scorer.summarise(scored_rows(scorer, subset, tmp_path)), LIMITS[subset]) == {}


def test_dev_dev2_and_seeds_together_meet_the_issue_targets(tmp_path):
    scorer = load_scorer()
    rows = [row for subset in ("dev", "dev2", "seeds") for row in scored_rows(scorer, subset, tmp_path)]
    assert below(scorer.summarise(rows), TOGETHER) == {}
