"""Item 12: guessable PINs are refused, at least 6 digits, and the lockout survives a
restart of the kiosk."""

from __future__ import annotations

import pytest

from partnerdesk.core import pin as p


@pytest.mark.parametrize(
    "weak",
    [
        "0000",
        "1111",
        "1234",
        "000000000000",
        "123456",
        "654321",
        "111111",
        "121212",
        "123123",
        "890123",
        "12345",
    ],
)
def test_guessable_or_short_pins_are_refused(weak: str) -> None:
    with pytest.raises(p.PinError):
        p.check_pin_rules(weak)


def test_a_good_pin_is_accepted() -> None:
    p.check_pin_rules("482916")


def test_setup_dialog_says_why(qtbot) -> None:
    from partnerdesk.ui.dialogs.pin_setup_dialog import PinSetupDialog

    saved: list[str] = []
    dialog = PinSetupDialog(save=saved.append)
    qtbot.addWidget(dialog)
    for weak in ("1234", "000000", "123456"):
        dialog.pin.setText(weak)
        dialog.repeat.setText(weak)
        dialog.on_accept()
        assert not saved and dialog.error.text()
    assert "erraten" in dialog.error.text()


def test_lockout_survives_a_restart(qapp, tmp_path) -> None:
    from partnerdesk.ui.kiosk.settings import open_settings, persistent_lockout

    stored = p.hash_pin("482916", n=16)
    clock = [1000.0]
    first = persistent_lockout(lambda: clock[0], open_settings(tmp_path / "s.ini"))
    for _ in range(7):
        first.attempt("000000", stored)
    assert first.remaining() > 0
    # A new process: a new monotonic clock, the same settings file.
    second = persistent_lockout(lambda: 5.0, open_settings(tmp_path / "s.ini"))
    assert second.failures == first.failures == 5
    assert 0 < second.remaining() <= second.delay_for(5)
    assert not second.attempt("482916", stored)  # still locked, even the right PIN
