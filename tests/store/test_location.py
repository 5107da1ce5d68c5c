"""Network drives are recognised from the mount table; the GUI lock is read without Qt."""

from __future__ import annotations

import os
import socket
from pathlib import Path

import pytest

from partnerdesk.store.location import (
    is_network_path,
    linux_fs_type,
    lock_owner,
    lock_path,
    network_warning,
    process_name,
)

MOUNTINFO = """\
22 27 0:21 / /proc rw,relatime - proc proc rw
27 1 8:1 / / rw,relatime - ext4 /dev/sda1 rw
40 27 0:50 / /srv/team rw,relatime - nfs4 fs:/team rw
41 40 0:51 / /srv/team/local rw,relatime - ext4 /dev/sdb1 rw
42 27 0:52 / /mnt/share\\040drive rw - cifs //server/share rw
43 27 0:53 / /home/u/remote rw - fuse.sshfs u@host: rw
"""


@pytest.mark.parametrize(
    ("path", "fs"),
    [
        ("/home/u/data", "ext4"),
        ("/srv/team/partnerdesk", "nfs4"),
        ("/srv/team/local/partnerdesk", "ext4"),  # the deepest mount point wins
        ("/srv/teamwork", "ext4"),  # a prefix of a mount point is not inside it
        ("/mnt/share drive/x", "cifs"),
        ("/home/u/remote/db", "fuse.sshfs"),
    ],
)
def test_linux_mount_table(path, fs):
    assert linux_fs_type(Path(path), MOUNTINFO) == fs


def test_local_tmp_is_not_network(tmp_path):
    assert is_network_path(tmp_path / "not" / "yet" / "there.sqlite3") is False


def test_warning_names_the_path_in_both_languages():
    assert "Netzlaufwerk (/srv/x)" in network_warning("/srv/x", "de")
    assert "network drive (/srv/x)" in network_warning("/srv/x", "en")


def test_lock_owner(tmp_path):
    assert lock_owner(tmp_path) is None
    me = process_name(os.getpid())  # what QLockFile writes: the program's file name
    lock_path(tmp_path).write_text(f"{os.getpid()}\n{me}\n{socket.gethostname()}\n")
    owner = lock_owner(tmp_path)
    assert owner is not None and owner.local and owner.pid == os.getpid()
    lock_path(tmp_path).write_text(f"999999999\nPartnerDesk\n{socket.gethostname()}\n")
    assert lock_owner(tmp_path) is None  # stale: that process is gone
    lock_path(tmp_path).write_text("4242\nPartnerDesk\nanother-pc\n")
    owner = lock_owner(tmp_path)
    assert owner is not None and not owner.local
