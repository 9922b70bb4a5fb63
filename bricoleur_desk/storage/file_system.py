"""What kind of place a dossier file is in: a network share, a read-only medium, a local disk."""

from __future__ import annotations

import os
import sys
from pathlib import Path

# file systems whose locks and shared memory cross machines (or do not work at all)
NETWORK_FILE_SYSTEMS = frozenset(
    {
        "nfs", "nfs4", "cifs", "smb3", "smbfs", "ncpfs", "afs", "9p", "ceph", "glusterfs",
        "fuse.sshfs", "fuse.glusterfs", "fuse.davfs2", "davfs", "fuse.gvfsd-fuse", "fuse.rclone",
        "lustre", "gpfs", "ocfs2", "gfs2", "beegfs",
    }
)  # fmt: skip


def on_network_share(path: Path) -> bool:
    """Whether ``path`` is on a network file system (a municipal home drive often is)."""
    if sys.platform == "win32":  # pragma: no cover - Windows only
        return _windows_remote(path)
    try:
        mounts = Path("/proc/self/mountinfo").read_text(encoding="utf-8", errors="replace")
    except OSError:
        return False
    return mount_type(mounts, os.path.realpath(path)) in NETWORK_FILE_SYSTEMS


def mount_type(mountinfo: str, real_path: str) -> str:
    """The file system type of the mount that holds ``real_path``, from /proc/self/mountinfo text."""
    best, best_type = "", ""
    for line in mountinfo.splitlines():
        fields = line.split()
        if " - " not in line or len(fields) < 5:
            continue
        mount_point = _unescape(fields[4])
        fs_type = line.split(" - ", 1)[1].split()[0]
        inside = real_path == mount_point or real_path.startswith(mount_point.rstrip("/") + "/")
        if inside and len(mount_point) >= len(best):
            best, best_type = mount_point, fs_type
    return best_type


def _unescape(field: str) -> str:
    # mountinfo writes space, tab, newline and backslash as octal escapes
    for code, char in (("\\040", " "), ("\\011", "\t"), ("\\012", "\n"), ("\\134", "\\")):
        field = field.replace(code, char)
    return field


def read_only_medium(path: Path) -> bool:
    """Whether the file system holding ``path`` is mounted read-only (a CD, a locked USB stick)."""
    try:
        return bool(os.statvfs(path).f_flag & os.ST_RDONLY)
    except (OSError, AttributeError):  # no statvfs on Windows
        return False


def _windows_remote(path: Path) -> bool:  # pragma: no cover - Windows only
    text = str(Path(path).resolve())
    if text.startswith("\\\\"):
        return True
    import ctypes

    drive_remote = 4
    return bool(ctypes.windll.kernel32.GetDriveTypeW(text[:3]) == drive_remote)  # type: ignore[attr-defined]
