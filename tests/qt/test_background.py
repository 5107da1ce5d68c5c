"""The background runner: work on a pool thread, results and errors back on the GUI thread."""

from __future__ import annotations

import sys
import threading

import pytest

from partnerdesk.qt.background import Runner


@pytest.fixture
def runner(qapp):
    runner = Runner()
    yield runner
    runner.wait()


def test_work_runs_off_the_gui_thread_and_reports_on_it(runner, qtbot):
    gui = threading.get_ident()
    seen: dict[str, int] = {}

    def work() -> int:
        seen["work"] = threading.get_ident()
        return 42

    results: list[int] = []

    def done(value: int) -> None:
        seen["done"] = threading.get_ident()
        results.append(value)

    runner.run(work, done)
    qtbot.waitUntil(lambda: results == [42], timeout=5000)
    assert seen["work"] != gui
    assert seen["done"] == gui
    assert not runner.busy()


def test_failure_goes_to_on_failed_on_the_gui_thread(runner, qtbot):
    failures: list[BaseException] = []

    def work() -> None:
        raise OSError("disk full")

    runner.run(work, lambda _r: pytest.fail("no result expected"), failures.append)
    qtbot.waitUntil(lambda: len(failures) == 1, timeout=5000)
    assert isinstance(failures[0], OSError) and str(failures[0]) == "disk full"


def test_failure_without_handler_reaches_the_excepthook(runner, monkeypatch):
    caught: list[BaseException] = []
    monkeypatch.setattr(sys, "excepthook", lambda _t, exc, _tb: caught.append(exc))

    def work() -> None:
        raise ValueError("bug")

    runner.run(work)
    assert runner.wait(5000)
    assert [str(exc) for exc in caught] == ["bug"]


def test_wait_returns_after_every_callback_ran(runner):
    order: list[str] = []
    for number in range(5):
        runner.run(lambda n=number: n, lambda n: order.append(f"done {n}"))
    assert runner.wait(5000)
    assert sorted(order) == [f"done {n}" for n in range(5)]
    assert not runner.busy()
