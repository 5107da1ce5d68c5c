"""Item 16: the CLI's lock check agrees with the GUI about a reused pid, and a folder in
place of the database is called a folder (not "schreibgeschützt")."""

from __future__ import annotations

import os
import socket
import subprocess
import sys

from security.helpers import cli

from partnerdesk import paths
from partnerdesk.store.location import lock_owner, lock_path, process_name


def test_a_live_pid_of_another_program_is_not_the_owner(tmp_path) -> None:
    # A pid that is alive but runs something else: what a crashed PartnerDesk's pid becomes
    # after the system reused it. QLockFile (the GUI) takes such a lock over.
    other = subprocess.Popen(["sleep", "30"])
    try:
        lock_path(tmp_path).write_text(
            f"{other.pid}\n{process_name(os.getpid())}\n{socket.gethostname()}\n"
        )
        assert lock_owner(tmp_path) is None
    finally:
        other.kill()
        other.wait()
    lock_path(tmp_path).write_text(
        f"{os.getpid()}\n{process_name(os.getpid())}\n{socket.gethostname()}\n"
    )
    owner = lock_owner(tmp_path)
    assert owner is not None and owner.pid == os.getpid()  # a real owner still counts


def test_the_gui_and_the_cli_agree(qapp, tmp_path) -> None:
    from partnerdesk.ui.single_instance import InstanceState, SingleInstance

    other = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(30)"])
    sleeper = subprocess.Popen(["sleep", "30"])
    try:
        for pid, held in ((sleeper.pid, False), (other.pid, True)):
            folder = tmp_path / str(pid)
            folder.mkdir()
            lock_path(folder).write_text(
                f"{pid}\n{process_name(os.getpid())}\n{socket.gethostname()}\n"
            )
            cli_says_held = lock_owner(folder) is not None
            instance = SingleInstance(folder)
            gui_took_it = instance.acquire().state is InstanceState.PRIMARY
            instance.release()
            assert cli_says_held == held and gui_took_it == (not held)
    finally:
        for child in (other, sleeper):
            child.kill()
            child.wait()


def test_a_folder_in_place_of_the_database_is_named(capsys) -> None:
    paths.database_path().mkdir(parents=True)
    assert cli(["cities"]) == 1
    err = capsys.readouterr().err
    assert "folder" in err and "schreibgeschützt" not in err and "read-only" not in err
    assert cli(["db", "check"]) == 1
