"""One running copy per data folder: activation, stale locks, locks held elsewhere."""

from __future__ import annotations

import os
import socket
import subprocess
import sys

import pytest

from partnerdesk.store.location import lock_owner, lock_path
from partnerdesk.ui.single_instance import InstanceState, SingleInstance, server_name


@pytest.fixture
def first(qtbot, tmp_path):
    instance = SingleInstance(tmp_path)
    yield instance
    instance.release()


def test_second_start_activates_the_first(qtbot, tmp_path, first):
    assert first.acquire().state is InstanceState.PRIMARY
    owner = lock_owner(tmp_path)  # the CLI sees the running app
    assert owner is not None and owner.pid == os.getpid()
    second = SingleInstance(tmp_path)
    with qtbot.waitSignal(first.activationRequested, timeout=3000):
        status = second.acquire()
    assert status.state is InstanceState.ACTIVATED_OTHER
    assert status.exit_code == 0
    assert "bereits" in status.message
    first.release()
    assert not lock_path(tmp_path).exists()


def test_second_process_activates_the_first(qtbot, tmp_path, first):
    assert first.acquire().state is InstanceState.PRIMARY
    code = (
        "import sys\n"
        "from PySide6.QtCore import QCoreApplication\n"
        "from partnerdesk.ui.single_instance import SingleInstance\n"
        "app = QCoreApplication([])\n"
        f"status = SingleInstance({str(tmp_path)!r}).acquire()\n"
        "print(status.state.value)\n"
        "sys.exit(status.exit_code)\n"
    )
    with qtbot.waitSignal(first.activationRequested, timeout=10000):
        result = subprocess.run(
            [sys.executable, "-c", code],
            capture_output=True,
            text=True,
            timeout=60,
            env=dict(os.environ, QT_QPA_PLATFORM="offscreen"),
        )
    assert result.stdout.strip() == "activated", result.stderr
    assert result.returncode == 0


def test_stale_lock_of_a_crashed_copy_is_taken_over(qtbot, tmp_path):
    lock_path(tmp_path).write_text(f"999999999\npartnerdesk\n{socket.gethostname()}\n")
    instance = SingleInstance(tmp_path)
    try:
        assert instance.acquire().state is InstanceState.PRIMARY
    finally:
        instance.release()


def test_lock_of_another_computer_is_respected(qtbot, tmp_path):
    lock_path(tmp_path).write_text("4242\npartnerdesk\nbuero-pc-17\n")
    instance = SingleInstance(tmp_path)
    status = instance.acquire()
    assert status.state is InstanceState.HELD_ELSEWHERE
    assert status.exit_code == 1
    assert "„buero-pc-17“" in status.message
    assert lock_path(tmp_path).read_text().startswith("4242")  # never taken over


def test_live_copy_that_does_not_answer(qtbot, tmp_path):
    # A live process (this one, hung as it were) holds the lock; no server answers.
    from PySide6.QtCore import QLockFile

    hung = QLockFile(str(lock_path(tmp_path)))
    assert hung.tryLock(0)
    status = SingleInstance(tmp_path).acquire()
    hung.unlock()
    assert status.state is InstanceState.HELD_ELSEWHERE
    assert str(os.getpid()) in status.message


def test_server_names_differ_per_folder(tmp_path):
    assert server_name(tmp_path / "a") != server_name(tmp_path / "b")
    assert server_name(tmp_path / "a") == server_name(tmp_path / "a" / ".." / "a")
    assert len(server_name(tmp_path)) < 40  # Unix socket paths are short
