"""The per-line features of the learned turn starts, for tools/line_model.py and line_gate.py.

They live in the converter (`teikit/transforms/helpers/linefeatures.py`), which computes them
at run time; the training tools read them from there, so there is one copy.
"""
from teikit.transforms.helpers.linefeatures import (NAMES, document_evidence, document_features,  # noqa: F401
                                                    separated_prefix)
