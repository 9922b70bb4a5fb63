"""Where a dossier lies decides how it is locked: a network share keeps SQLite's exclusive lock."""

from __future__ import annotations

from pathlib import Path

from bricoleur_desk.storage.file_system import mount_type, on_network_share, read_only_medium

# /proc/self/mountinfo of a municipal laptop: a local disk, a home drive on SMB, an NFS share
# whose mount point has a space in it (written as \040), and a USB stick
MOUNTINFO = """\
22 1 8:2 / / rw,relatime shared:1 - ext4 /dev/sda2 rw
45 22 0:40 / /home/fac/H-schijf rw,relatime shared:30 - cifs //fs01/home$/fac rw,vers=3.1.1
46 22 0:41 / /mnt/Gedeelde\\040stukken rw,relatime shared:31 - nfs4 fs02:/stukken rw
47 22 8:17 / /media/fac/STICK rw,nosuid shared:32 - vfat /dev/sdb1 rw
48 45 0:42 / /home/fac/H-schijf/lokaal rw,relatime shared:33 - ext4 /dev/sda3 rw
"""


def test_the_mount_holding_a_path_gives_its_file_system() -> None:
    assert mount_type(MOUNTINFO, "/home/fac/Documenten/avond.bricoleur") == "ext4"
    assert mount_type(MOUNTINFO, "/home/fac/H-schijf/Wijk Noord/avond.bricoleur") == "cifs"
    assert mount_type(MOUNTINFO, "/mnt/Gedeelde stukken/avond.bricoleur") == "nfs4"
    assert mount_type(MOUNTINFO, "/media/fac/STICK/avond.bricoleur") == "vfat"
    # the deepest mount wins, and a name that only starts like a mount point is not inside it
    assert mount_type(MOUNTINFO, "/home/fac/H-schijf/lokaal/avond.bricoleur") == "ext4"
    assert mount_type(MOUNTINFO, "/home/fac/H-schijf-oud/avond.bricoleur") == "ext4"


def test_a_dossier_in_the_test_folder_is_on_a_local_writable_disk(tmp_path: Path) -> None:
    path = tmp_path / "avond.bricoleur"
    path.write_bytes(b"")
    assert not on_network_share(path)
    assert not read_only_medium(path)
