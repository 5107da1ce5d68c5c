"""PIN: scrypt hash format, constant-time verification, rules, lockout with a frozen clock."""

from __future__ import annotations

import base64

import pytest

from partnerdesk.core import pin as p

# Cheap parameters keep the suite fast; one test checks the real defaults.
FAST = {"n": 2**4, "r": 8, "p": 1}


class FrozenClock:
    def __init__(self, start: float = 1000.0) -> None:
        self.now = start

    def __call__(self) -> float:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += seconds


def test_default_hash_is_self_describing_and_verifies() -> None:
    stored = p.hash_pin("4711")
    scheme, n, r, par, salt, digest = stored.split("$")
    assert (scheme, int(n), int(r), int(par)) == ("scrypt", 2**15, 8, 1)
    assert len(base64.b64decode(salt)) == 16
    assert len(base64.b64decode(digest)) == 32
    assert p.verify_pin("4711", stored)
    assert not p.verify_pin("4712", stored)
    assert not p.needs_rehash(stored)


def test_salt_is_random() -> None:
    assert p.hash_pin("123456", **FAST) != p.hash_pin("123456", **FAST)


@pytest.mark.parametrize(
    "stored",
    [
        "",
        "plain",
        "scrypt$16$8$1$!!$!!",
        "bcrypt$16$8$1$AAAAAAAAAAA=$AAAA",
        "scrypt$1048577$8$1$AAAAAAAAAAAAAAAAAAAAAA==$AAAA",  # not a power of two, too large
        "scrypt$16$8$1$AA==$AAAA",  # salt too short
    ],
)
def test_malformed_stored_hash_never_matches(stored: str) -> None:
    assert not p.verify_pin("1234", stored)
    assert not p.is_valid_hash(stored)


@pytest.mark.parametrize(
    ("pin", "problem"),
    [
        ("", "eine PIN"),
        ("12a4", "nur Ziffern"),
        ("１２３４", "nur Ziffern"),
        ("12345", "zu kurz"),
        ("1234567890123", "zu lang"),
        ("12 34", "nur Ziffern"),
    ],
)
def test_pin_rules_name_the_problem(pin: str, problem: str) -> None:
    with pytest.raises(p.PinError, match=problem):
        p.check_pin_rules(pin)


@pytest.mark.parametrize("pin", ["482916", "907355281164"])
def test_pin_rules_accept_6_to_12_unguessable_digits(pin: str) -> None:
    p.check_pin_rules(pin)


def test_no_delay_for_the_first_four_failures_then_growing() -> None:
    clock = FrozenClock()
    policy = p.LockoutPolicy(clock=clock)
    assert [policy.delay_for(f) for f in range(1, 12)] == [0, 0, 0, 0, 1, 2, 4, 8, 16, 32, 64]
    assert policy.delay_for(40) == 300.0


def test_lockout_refuses_even_the_right_pin_until_the_delay_is_over() -> None:
    clock = FrozenClock()
    stored = p.hash_pin("2468", **FAST)
    policy = p.LockoutPolicy(clock=clock)
    for _ in range(4):
        assert not policy.attempt("0000", stored)
        assert policy.allowed()
    assert not policy.attempt("0000", stored)  # 5th failure: 1 s
    assert policy.remaining() == 1.0
    assert not policy.attempt("2468", stored)  # locked: refused, not counted
    assert policy.failures == 5
    clock.advance(1.0)
    assert not policy.attempt("0000", stored)  # 6th: 2 s
    assert policy.remaining() == 2.0
    clock.advance(1.5)
    assert not policy.allowed()
    clock.advance(0.5)
    assert policy.attempt("2468", stored)
    assert policy.failures == 0 and policy.remaining() == 0.0


def test_delay_is_capped_at_five_minutes() -> None:
    clock = FrozenClock()
    policy = p.LockoutPolicy(clock=clock)
    for _ in range(30):
        policy.record_failure()
        clock.advance(policy.remaining())
    policy.record_failure()
    assert policy.remaining() == 300.0
