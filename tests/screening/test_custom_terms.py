"""Supervisor-added terms fire at their own level and survive normalisation."""

from __future__ import annotations

from warmline.core.screening import CustomTerm, Level, Screener, default_screener


def test_custom_term_fires_with_its_family_and_level() -> None:
    screener = Screener([CustomTerm("blue whale challenge", "coded_slang", Level.L1)])
    verdict = screener.screen("doing the Blue Whale challenge tonight")
    assert verdict.level is Level.L1
    assert any(s.family == "coded_slang" and s.text == "Blue Whale challenge"
               for s in verdict.signals)


def test_custom_term_matches_through_normalisation() -> None:
    screener = Screener([CustomTerm("purple bridge", "place", Level.L2)])
    assert screener.screen("at the PURPLE brídge again").level is Level.L2


def test_custom_terms_match_whole_words_only() -> None:
    screener = Screener([CustomTerm("ghost", "coded_slang", Level.L2)])
    assert not screener.screen("ghosting is rude").crisis
    assert screener.screen("gonna ghost for good").crisis


def test_custom_terms_do_not_leak_into_the_default_screener() -> None:
    Screener([CustomTerm("pineapple", "coded_slang", Level.L2)])
    assert not default_screener().screen("pineapple").crisis


def test_empty_custom_phrase_is_ignored() -> None:
    assert not Screener([CustomTerm("  !! ", "coded_slang", Level.L2)]).screen("hi").crisis
