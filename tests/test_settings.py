"""Settings: read from the environment, cast, documented, secrets hidden."""

from __future__ import annotations

from pathlib import Path

import pytest

from warmline.errors import ConfigurationError
from warmline.settings import SETTINGS, load_settings

ROOT = Path(__file__).resolve().parents[1]


@pytest.mark.parametrize("setting", SETTINGS, ids=lambda s: s.name)
def test_every_setting_is_documented_in_env_example_and_readme(setting):
    assert f"{setting.name}=" in (ROOT / ".env.example").read_text()
    assert f"`{setting.name}`" in (ROOT / "README.md").read_text()
    assert setting.help


def test_every_timing_is_named_in_seconds():
    for setting in SETTINGS:
        if setting.kind is float and "RATE" not in setting.name:
            assert setting.name.endswith("_SECONDS"), setting.name


def test_a_malformed_number_fails_at_start_up_with_its_name():
    with pytest.raises(ConfigurationError, match="PORT"):
        load_settings({"PORT": "eighty"})


def test_twilio_without_a_secret_key_fails_at_start_up():
    with pytest.raises(ConfigurationError, match="WARMLINE_SECRET_KEY"):
        load_settings({"TWILIO_ACCOUNT_SID": "AC1", "TWILIO_AUTH_TOKEN": "t",
                       "TWILIO_FROM_NUMBER": "+15005550006"})


def test_twilio_without_a_sender_fails_at_start_up():
    with pytest.raises(ConfigurationError, match="TWILIO_FROM_NUMBER"):
        load_settings({"TWILIO_ACCOUNT_SID": "AC1", "TWILIO_AUTH_TOKEN": "t",
                       "WARMLINE_SECRET_KEY": "k"})


def test_secrets_never_show_in_reprs():
    settings = load_settings({"TWILIO_AUTH_TOKEN": "super-secret-token"})
    assert "super-secret-token" not in repr(settings)


def test_no_twilio_credentials_means_the_local_channel():
    assert not load_settings({}).twilio_enabled
