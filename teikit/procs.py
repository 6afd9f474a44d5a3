"""Child processes that die with their parent, and SIGTERM treated like Ctrl-C.

A CI job that is cancelled or times out sends SIGTERM (or SIGKILL) to teikit; a Java child
(jing, trang) must not keep running, and temporary folders must be removed as they are
after Ctrl-C.
"""
from __future__ import annotations

import os
import signal
import sys
import threading
from contextlib import contextmanager

_PR_SET_PDEATHSIG = 1


def die_with_parent():
    """A `preexec_fn` for `subprocess`: on Linux the child is sent SIGKILL when the parent
    dies, however it dies (PR_SET_PDEATHSIG); None elsewhere. The kernel ties this to the
    thread that starts the child, so start such children from a thread that outlives them."""
    if not sys.platform.startswith("linux"):
        return None
    import ctypes
    prctl = ctypes.CDLL(None, use_errno=True).prctl
    parent = os.getpid()

    def preexec() -> None:
        prctl(_PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0)
        if os.getppid() != parent:  # the parent died before prctl took effect
            os._exit(1)
    return preexec


def _interrupt(signum, frame):
    raise KeyboardInterrupt(f"signal {signum}")


@contextmanager
def sigterm_as_interrupt():
    """Within the block, SIGTERM raises KeyboardInterrupt as Ctrl-C does, so `finally`
    and `with` clean-ups (temporary folders, child processes) run. Only from the main
    thread, and only if nobody else handles SIGTERM already."""
    if threading.current_thread() is not threading.main_thread() \
            or signal.getsignal(signal.SIGTERM) is not signal.SIG_DFL:
        yield
        return
    signal.signal(signal.SIGTERM, _interrupt)
    try:
        yield
    finally:
        signal.signal(signal.SIGTERM, signal.SIG_DFL)
