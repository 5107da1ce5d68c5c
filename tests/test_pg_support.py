"""Without a test server, PostgreSQL tests skip locally but fail in CI."""

from __future__ import annotations

import pg_support
import pytest


def test_missing_server_skips_locally(monkeypatch) -> None:
    monkeypatch.delenv(pg_support.ENV, raising=False)
    monkeypatch.delenv("CI", raising=False)
    with pytest.raises(pytest.skip.Exception, match="make test-pg"):
        pg_support.admin_url()


def test_missing_server_fails_in_ci(monkeypatch) -> None:
    monkeypatch.delenv(pg_support.ENV, raising=False)
    monkeypatch.setenv("CI", "true")
    with pytest.raises(pytest.fail.Exception, match="CI must run the PostgreSQL tests"):
        pg_support.admin_url()
