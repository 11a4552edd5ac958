"""Write many files as one step: stage them all, then put them in place.

A build computes hundreds of files in several processes. Each changed file
is first written to a temporary file beside its target (in any process);
only when every article has been built without error are the temporary
files synced to disk once and renamed over their targets. An error anywhere
leaves every target as it was, and one ``os.sync`` replaces thousands of
``fsync`` calls, each a wait on the disk.

Two guards stand before a file is replaced: its path may cross no symbolic
link (:mod:`painl10n.runtime.confine`), and the file must still be the one
the step read (:mod:`painl10n.runtime.filestamp`): a catalog a translator
saved meanwhile is not overwritten with content computed from the old one.
"""

from __future__ import annotations

import itertools
import os
import re
import stat
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from ..errors import Painl10nError
from .confine import is_link_free, refuse_links, shown
from .filestamp import FileStamp, changed_since, forget, stamp_of, stamp_when_read


@dataclass(frozen=True)
class Staged:
    """A changed file waiting in ``temporary`` to replace ``target``.

    ``base``: the target as the step read it (or, unread, as it was when staged);
    None when there was no file.
    """

    target: Path
    temporary: Path
    base: FileStamp | None = None


def stage(
    path: Path, data: str | bytes, *, fsync: bool = False, base: FileStamp | None = None
) -> Staged | None:
    """Stage ``data`` for ``path``; None when the file already holds exactly that.

    ``fsync`` syncs this one file (for a lone write that no ``commit`` follows).
    ``base``: the file as read, when another process read it (a worker) and
    this one stages it again; by default this process's own reading, if any.
    A build stages thousands of files, so this keeps to the few system calls
    it needs: no directory creation unless the open says the folder is missing.
    """
    payload = data.encode("utf-8") if isinstance(data, str) else data
    same, found = _compare(path, payload)
    if same:
        return None
    refuse_links(path, "write")
    if found is None:
        base = None
    elif base is None:
        base = stamp_when_read(path)
    temporary, fd = _create_beside(path)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(payload)
            if fsync:
                handle.flush()
                os.fsync(handle.fileno())
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise
    return Staged(path, temporary, base or found)


def holds(path: Path, payload: bytes) -> bool:
    """Whether the file at ``path`` holds exactly ``payload`` (False when there is none)."""
    return _compare(path, payload)[0]


def _compare(path: Path, payload: bytes) -> tuple[bool, FileStamp | None]:
    """Whether ``path`` holds exactly ``payload``, and its stamp (None: no file).

    The size decides most comparisons without reading the file. The file itself
    may not be a symbolic link: it would be replaced, the link's target left stale.
    """
    try:
        fd = os.open(path, os.O_RDONLY | os.O_CLOEXEC | os.O_NOFOLLOW)
    except FileNotFoundError:
        return False, None
    except OSError:
        if os.path.islink(path):  # ELOOP: the file is a link
            refuse_links(path, "write")
        raise
    try:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode):
            path.read_bytes()  # the error a plain read gives (a folder, say)
        found = stamp_of(info)
        if info.st_size != len(payload):
            return False, found
        chunks = []
        while chunk := os.read(fd, len(payload) + 1):
            chunks.append(chunk)
        return b"".join(chunks) == payload, found
    finally:
        os.close(fd)


_NAMES = itertools.count()


def _create_beside(path: Path) -> tuple[Path, int]:
    """A new hidden file next to ``path`` (``.name.<pid>-<n>.tmp``), open for writing.

    Created with mode 0644 less the umask, as any editor would create it.
    """
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | os.O_CLOEXEC
    made_folder = False
    while True:
        temporary = path.with_name(f".{path.name}.{os.getpid()}-{next(_NAMES)}.tmp")
        try:
            return temporary, os.open(temporary, flags, 0o644)
        except FileNotFoundError:
            if made_folder:
                raise
            path.parent.mkdir(parents=True, exist_ok=True)
            made_folder = True
        except FileExistsError:  # left by a killed process that had our pid
            continue


_LEFTOVER = re.compile(r"\..+\.([0-9]+)-[0-9]+\.tmp")


def sweep_leftovers(folders: Iterable[Path]) -> list[Path]:
    """Remove staged files whose process is gone (killed before it could commit or discard).

    The name holds the pid that staged the file (see :func:`_create_beside`);
    a file of a live process, or of another user's, is left alone.
    """
    removed = []
    for folder in folders:
        try:
            entries = list(os.scandir(folder))
        except (FileNotFoundError, NotADirectoryError):
            continue
        if not is_link_free(folder):
            continue  # a linked folder leads elsewhere: nothing there is ours
        for entry in entries:
            found = _LEFTOVER.fullmatch(entry.name)
            if found is None or _alive(int(found[1])) or not entry.is_file(follow_symlinks=False):
                continue
            Path(entry.path).unlink(missing_ok=True)
            removed.append(Path(entry.path))
    return removed


def _alive(pid: int) -> bool:
    if pid == os.getpid():
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except (PermissionError, OverflowError):
        return True  # another user's process, or no pid at all: not ours to judge
    return True


def stage_into(
    staged: list[Staged], path: Path, data: str | bytes, base: FileStamp | None = None
) -> bool:
    """Stage ``data`` for ``path`` onto ``staged``; False when the file already holds it."""
    item = stage(path, data, base=base)
    if item is not None:
        staged.append(item)
    return item is not None


def commit(staged: Iterable[Staged]) -> list[Path]:
    """Sync the staged files and move each into place (atomic per file).

    When a target changed on disk since the step read it, nothing is replaced:
    the staged files are discarded and the error asks for a rerun, which
    reads the new content.
    """
    items = list(staged)
    moved = [item.target for item in items if _changed(item)]
    if moved:
        discard(items)
        raise changed_during_run(moved)
    if items:
        os.sync()
    for item in items:
        os.replace(item.temporary, item.target)
        forget(item.target)
    return [item.target for item in items]


def replace_now(item: Staged) -> None:
    """Put one staged file in place at once (a lone write), with :func:`commit`'s guard."""
    try:
        if _changed(item):
            raise changed_during_run([item.target])
        os.replace(item.temporary, item.target)
    except BaseException:
        item.temporary.unlink(missing_ok=True)
        raise
    forget(item.target)


def _changed(item: Staged) -> bool:
    return item.base is not None and changed_since(item.target, item.base)


def changed_during_run(paths: list[Path]) -> Painl10nError:
    others = f" (and {len(paths) - 1} more)" if len(paths) > 1 else ""
    return Painl10nError(
        f"changed on disk while painl10n ran{others}; nothing was overwritten",
        path=shown(paths[0]),
        hint="someone saved it meanwhile: run the command again to take the new content in",
    )


def discard(staged: Iterable[Staged]) -> None:
    """Forget staged files after an error; the targets were never touched."""
    for item in staged:
        item.temporary.unlink(missing_ok=True)


@dataclass
class FileChanges:
    """Which files a step wrote and which it left as they were."""

    changed: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)

    def record(self, shown: str, did_write: bool) -> None:
        (self.changed if did_write else self.unchanged).append(shown)


def commit_files(
    files: Iterable[tuple[Path, str | bytes]], shown: Callable[[Path], str]
) -> FileChanges:
    """Write the changed files as one step: all of them or, on an error, none.

    ``shown`` names a path as messages and results show it (project-relative).
    """
    written = FileChanges()
    staged: list[Staged] = []
    names: list[tuple[str, bool]] = []
    try:
        for path, data in files:
            names.append((shown(path), stage_into(staged, path, data)))
    except BaseException:
        discard(staged)
        raise
    commit(staged)
    for name, did_write in names:
        written.record(name, did_write)
    return written
