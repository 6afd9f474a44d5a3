"""Processes that end with teikit: child processes die with their parent, and SIGTERM ends
a run as cleanly as Ctrl-C does.

Two mechanisms, both small on purpose so that every part of teikit that starts a process or
leaves temporary files uses the same ones:

- `die_with_parent(parent_pid)`, called first thing in a child (a `multiprocessing` worker,
  or `preexec_fn=parent_death_hook()` for `subprocess`): Linux then sends the child SIGKILL
  when its parent dies, however the parent dies (SIGKILL, `timeout`, a cancelled CI job).
  Elsewhere it is a no-op; the parent's own clean-up (`finally` blocks) still applies.
- `terminate_on_signals()`, called once by the command-line entry point: SIGTERM and SIGHUP
  (like SIGINT) raise `Interrupted` in the main thread, so `finally` blocks and
  `except BaseException` clean-ups run (temporary files removed, workers stopped) and the
  run ends with one line and exit code 128 + signal. A library caller keeps its own
  signal handling: nothing here is installed on import.
- `hold_signals()` / `release_signals()` close the gap between creating a temporary file
  and arming its clean-up, where an interruption would leave the file behind.
"""
from __future__ import annotations

import os
import signal
import sys

PR_SET_PDEATHSIG = 1  # from <linux/prctl.h>


class Interrupted(BaseException):
    """The run was stopped by a signal. BaseException, like KeyboardInterrupt: ordinary
    `except Exception` handlers must not swallow it."""

    def __init__(self, signum: int):
        super().__init__(signum)
        self.signum = signum

    @property
    def exit_code(self) -> int:
        return 128 + self.signum

    def message(self) -> str:
        return f"teikit: interrupted by {signal.Signals(self.signum).name}"


def die_with_parent(parent_pid: int | None = None) -> None:
    """In a child process: be killed (SIGKILL) when the parent dies. If `parent_pid` is
    given and the parent is already gone (it died before this call), exit at once."""
    if sys.platform.startswith("linux"):
        try:
            import ctypes
            libc = ctypes.CDLL(None, use_errno=True)
            libc.prctl(PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0)
        except (OSError, AttributeError):  # no prctl: the parent's clean-up still applies
            pass
    if parent_pid is not None and os.getppid() != parent_pid:
        os._exit(1)


def parent_death_hook():
    """A `preexec_fn` for `subprocess.Popen`: the program started dies with this process."""
    parent = os.getpid()
    return lambda: die_with_parent(parent)


def worker_signals() -> None:
    """In a worker process: Ctrl-C reaches the whole process group, but only the parent
    acts on it (it stops the workers); SIGTERM kills at once, with nothing to clean up."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    for signum in (signal.SIGTERM, signal.SIGHUP):
        signal.signal(signum, signal.SIG_DFL)
    release_signals(set())  # a worker forked while the parent held them must not inherit that


STOP_SIGNALS = (signal.SIGINT, signal.SIGTERM, signal.SIGHUP)


def hold_signals():
    """Hold back SIGINT, SIGTERM and SIGHUP (in this thread) while a resource is created and
    its clean-up is not yet armed; return what `release_signals` needs. Typical use:

        held = hold_signals()
        fd, tmp = tempfile.mkstemp()      # an interruption here would leak tmp
        try:
            release_signals(held)         # a held signal is raised here, inside the try
            ...
        except BaseException:
            os.unlink(tmp)
            raise
    """
    if not hasattr(signal, "pthread_sigmask"):
        return None
    return signal.pthread_sigmask(signal.SIG_BLOCK, STOP_SIGNALS)


def release_signals(held) -> None:
    """Undo `hold_signals`; a signal that arrived meanwhile is delivered now."""
    if held is not None:
        signal.pthread_sigmask(signal.SIG_SETMASK, held)


def _raise_interrupted(signum, _frame):
    raise Interrupted(signum)


def terminate_on_signals() -> None:
    """Turn SIGINT, SIGTERM and SIGHUP into `Interrupted` in the main thread."""
    for signum in STOP_SIGNALS:
        try:
            signal.signal(signum, _raise_interrupted)
        except (ValueError, OSError):  # not the main thread, or no such signal here
            pass
