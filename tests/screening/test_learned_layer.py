"""The learned layer: consulted only when no rule fired, gated, and it says why it fired."""

from __future__ import annotations

from warmline.core.screening import Level, Screener
from warmline.core.screening.model import CrisisModel, load_shipped, ngrams, train
from warmline.core.screening.normalise import normalise


def words(text: str) -> list[str]:
    return normalise(text).words


def toy_model() -> CrisisModel:
    examples = [(words(t), True) for t in ("the zorp takes my life", "zorp life again",
                                           "my life belongs to the zorp")]
    examples += [(words(t), False) for t in ("the movie was long", "what time is it",
                                             "i love my dog", "the bus is late")]
    return train(examples, threshold=0.5)


def test_ngrams_cover_one_to_three_words() -> None:
    assert ngrams(["a", "b", "c"]) == [("a", 0, 0), ("a b", 0, 1), ("a b c", 0, 2),
                                       ("b", 1, 1), ("b c", 1, 2), ("c", 2, 2)]


def test_training_is_deterministic() -> None:
    assert toy_model() == toy_model()


def test_model_hit_is_a_model_signal_with_spans_into_the_original() -> None:
    screener = Screener()
    screener._model = toy_model()
    text = "honestly the ZORP takes my life"
    verdict = screener.screen(text)
    assert verdict.level is Level.L2
    assert {signal.family for signal in verdict.signals} == {"model"}
    for signal in verdict.signals:
        assert signal.term.startswith("learned model p=")
        assert text[signal.start:signal.end] == signal.text


def test_model_never_overrides_a_joke_or_a_suppressor() -> None:
    screener = Screener()
    screener._model = toy_model()
    assert not screener.screen("the zorp takes my life lol").crisis
    assert not screener.screen("the movie where the zorp takes my life, so good").crisis


def test_model_ignores_one_or_two_word_messages() -> None:
    screener = Screener()
    screener._model = toy_model()
    assert not screener.screen("zorp life").crisis


def test_model_reads_messages_without_any_word_about_death_or_harm() -> None:
    # Unseen voices put risk in everyday words; the model may page on them, never on filler.
    screener = Screener()
    screener._model = train([(words("the zorp is near"), True), (words("the bus is late"), False)],
                            threshold=0.5)
    verdict = screener.screen("honestly the zorp is near me")
    assert verdict.crisis
    assert any("zorp" in signal.text.lower() for signal in verdict.signals)
    assert not screener.screen("honestly the bus is late again").crisis


def test_rules_only_screener_has_no_model() -> None:
    assert not Screener(use_model=False).screen("the zorp takes my life").crisis


def test_a_model_is_shipped_and_loads() -> None:
    model = load_shipped()
    assert model is not None
    assert 0.5 <= model.threshold < 1.0
    assert model.weights
