"""The learned turn starts' weights (T570a), written by `python tools/line_gate.py --rules DIR
--write`: do not edit by hand. A logistic regression over `linefeatures.NAMES`; the gate and
ADD chosen leave-one-set-out inside the training sets (docs/learned-turn-starts.md).
Trained on dev, dev2, dev3, dev4, dev5, dev6, dev7, dev8, dev9, dev10, dev11, dev12, dev13,
dev14, dev15, dev16, dev17, dev18, dev19, dev20, dev21, dev22, dev23, dev24, dev25, seeds: the
rules' first-run verdicts of dev11..dev25, their current ones of the others.
"""
FEATURES = (
    'rule_start',
    'rule_labelled',
    'rule_prev_start',
    'rule_label_shape',
    'doc_rule_rate',
    'sep_colon',
    'sep_space_colon',
    'sep_fullwidth',
    'sep_dotdash',
    'sep_dash',
    'prefix_words',
    'prefix_chars',
    'prefix_upper',
    'prefix_title',
    'prefix_digit',
    'recurs',
    'recurs_log',
    'first_word_recurs',
    'named_elsewhere',
    'bracketed',
    'dash_start',
    'timestamp',
    'alone_short',
    'blank_before',
    'blank_after',
    'line_log_len',
    'ends_sentence',
    'prev_question',
    'header_area',
    'position',
    'recurs_unruled',
    'labelled_rate',
    'prev_question_labelled',
    'dash_start_labelled',
    'opens_asking',
    'block_after_question',
    'doc_answer_share',
    'doc_alike_lengths',
    'doc_inner_questions',
    'after_question_alike',
    'after_question_inner',
)
WEIGHTS = (
    2.0062549125559066,  # rule_start
    5.30456524967604,  # rule_labelled
    -0.04910648313309575,  # rule_prev_start
    -1.7443625417183353,  # rule_label_shape
    1.7472488959670718,  # doc_rule_rate
    0.739208105025793,  # sep_colon
    -1.3788410089893681,  # sep_space_colon
    2.9147310442100527,  # sep_fullwidth
    1.6952799202624802,  # sep_dotdash
    -0.40478103665820814,  # sep_dash
    -1.4965529280437337,  # prefix_words
    1.4868383750902525,  # prefix_chars
    1.688637053445399,  # prefix_upper
    0.18833676323905804,  # prefix_title
    1.7271887248197075,  # prefix_digit
    -0.2305974293389975,  # recurs
    3.1034476416042347,  # recurs_log
    0.15423947761386844,  # first_word_recurs
    0.15798893594335034,  # named_elsewhere
    -0.04476771796824488,  # bracketed
    1.9221815523725179,  # dash_start
    -1.455493721483012,  # timestamp
    -0.2936265466307503,  # alone_short
    0.32178586970327167,  # blank_before
    -0.70623816211857,  # blank_after
    0.17012140934405978,  # line_log_len
    0.8525548551210929,  # ends_sentence
    3.3493466644181087,  # prev_question
    -2.0474407814725075,  # header_area
    1.3319887551061211,  # position
    0.966314549904199,  # recurs_unruled
    -2.8932995975044946,  # labelled_rate
    -0.6431259108530489,  # prev_question_labelled
    -1.5573005857265487,  # dash_start_labelled
    0.13622943377210886,  # opens_asking
    0.3678239507831172,  # block_after_question
    -1.7171480664877046,  # doc_answer_share
    5.269616489281553,  # doc_alike_lengths
    1.358360512436953,  # doc_inner_questions
    -3.541625977519092,  # after_question_alike
    -4.263909384643572,  # after_question_inner
)
BIAS = -3.065931930250155
GATE = 'fewq'
GATE_THRESHOLD = 1.0
ADD = 0.8
