"""One writer at a time per project: an advisory lock on ``locales/.painl10n.lock``.

Two runs of ``update`` (or ``build``, or any step that rewrites catalogs) on
one project would each merge from the catalogs they read and the last one
to write would silently drop the other's work.  Every writer takes this
lock first; a second run waits for the first to finish (up to
``PAINL10N_LOCK_WAIT`` seconds, default 600) and then stops with a clear
message.  The lock is ``flock``-based, so the kernel releases it when a run
dies, even by SIGKILL; the file is removed on a normal exit.

The lock file holds the pid of its holder, so taking the lock truncates it:
it is opened without following a symbolic link, and only a plain file of
one name is taken (a committed ``.painl10n.lock -> ~/.bashrc`` would
otherwise truncate that file).
"""

from __future__ import annotations

import fcntl
import functools
import os
import stat
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any, ParamSpec, TypeVar

from ..errors import Painl10nError
from .confine import refuse_links
from .filestamp import forget_all

LOCK_NAME = ".painl10n.lock"
WAIT_VARIABLE = "PAINL10N_LOCK_WAIT"
DEFAULT_WAIT = 600.0
_POLL = 0.05

# Locks this process holds, per thread: a locked step may call another one
# (build runs extract and update), and flock would deadlock on a second fd.
_held: dict[tuple[Path, int], int] = {}

P = ParamSpec("P")
R = TypeVar("R")


def wait_seconds() -> float:
    """How long to wait for another run, from the environment (0: do not wait)."""
    raw = os.environ.get(WAIT_VARIABLE, "").strip()
    if not raw:
        return DEFAULT_WAIT
    try:
        value = float(raw)
    except ValueError as exc:
        raise Painl10nError(f"{WAIT_VARIABLE} must be a number of seconds, not {raw!r}") from exc
    return max(value, 0.0)


@contextmanager
def project_lock(
    locales_dir: Path,
    *,
    wait: float | None = None,
    shown: str | None = None,
    on_acquire: Callable[[], object] | None = None,
) -> Iterator[None]:
    """Hold the project's writer lock for the ``with`` block (re-entrant).

    ``shown`` is the lock file's name in messages (default: its full path);
    ``on_acquire`` runs once the lock is taken (not again for a nested step).
    """
    path = locales_dir / LOCK_NAME
    key = (path, threading.get_ident())
    if key in _held:
        _held[key] += 1
        try:
            yield
        finally:
            _held[key] -= 1
        return
    fd = _acquire(path, wait_seconds() if wait is None else wait, shown or str(path))
    forget_all()  # stamps of files read before this step are not what it works from
    _held[key] = 1
    try:
        if on_acquire is not None:
            on_acquire()
        yield
    finally:
        del _held[key]
        _release(path, fd)


def locked(step: Callable[P, R]) -> Callable[P, R]:
    """Run a pipeline step (first argument: the Project) under the project lock."""

    @functools.wraps(step)
    def run(*args: P.args, **kwargs: P.kwargs) -> R:
        project: Any = args[0]
        locales_dir = project.settings.locales_dir
        with project_lock(
            locales_dir,
            shown=project.shown(locales_dir / LOCK_NAME),
            on_acquire=project.sweep_leftovers,  # what a killed run left staged
        ):
            return step(*args, **kwargs)

    return run


def _acquire(path: Path, wait: float, shown: str) -> int:
    deadline = time.monotonic() + wait
    while True:
        refuse_links(path, "take the lock")
        path.parent.mkdir(parents=True, exist_ok=True)
        fd = _open_own(path, shown)
        if fd is None:
            continue  # the previous holder removed the file as it was opened: again
        try:
            if not _lock_before(fd, deadline):
                raise _busy(shown, fd, wait)
            if _still_there(fd, path):
                os.ftruncate(fd, 0)
                os.write(fd, f"{os.getpid()}\n".encode())
                return fd
        except BaseException:
            os.close(fd)
            raise
        os.close(fd)  # the previous holder removed that file: lock the new one


def _open_own(path: Path, shown: str) -> int | None:
    """Open (or create) the lock file, which must be a plain file with no other name;
    None if it has no name any more (its holder removed it between open and fstat)."""
    try:
        fd = os.open(path, os.O_RDWR | os.O_CREAT | os.O_CLOEXEC | os.O_NOFOLLOW, 0o644)
    except OSError:
        refuse_links(path, "take the lock")  # ELOOP: a link made after the check
        raise
    info = os.fstat(fd)
    if stat.S_ISREG(info.st_mode) and info.st_nlink == 0:
        os.close(fd)
        return None
    if not stat.S_ISREG(info.st_mode) or info.st_nlink != 1:
        os.close(fd)
        raise Painl10nError(
            "the lock file is not a plain file of its own (a hard link, a device?)",
            path=shown,
            hint="remove it: painl10n makes its own",
        )
    return fd


def _lock_before(fd: int, deadline: float) -> bool:
    while True:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            return True
        except BlockingIOError:
            if time.monotonic() >= deadline:
                return False
            time.sleep(_POLL)


def _still_there(fd: int, path: Path) -> bool:
    try:
        current = path.stat()
    except FileNotFoundError:
        return False
    mine = os.fstat(fd)
    return (mine.st_dev, mine.st_ino) == (current.st_dev, current.st_ino)


def _busy(shown: str, fd: int, wait: float) -> Painl10nError:
    holder = os.pread(fd, 32, 0).decode("ascii", "replace").strip()
    who = f" (pid {holder})" if holder.isdigit() else ""
    waited = f" after waiting {wait:g} s" if wait else ""
    return Painl10nError(
        f"another painl10n run{who} is writing this project; stopped{waited}",
        path=shown,
        hint=f"let it finish and run again, or raise {WAIT_VARIABLE}",
    )


def _release(path: Path, fd: int) -> None:
    try:
        path.unlink(missing_ok=True)  # still locked: no one else can hold this inode
    finally:
        os.close(fd)  # closing releases the flock
