"""The learned layer: it reads what the rules pass, may stand down an everyday object, and says
why it fired."""

from __future__ import annotations

from warmline.core.screening import CustomTerm, Level, Screener
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


def test_word_ngrams_are_uni_and_bigrams() -> None:
    assert ngrams(["a", "b", "c"]) == [("a", 0, 0), ("b", 1, 1), ("c", 2, 2),
                                       ("a b", 0, 1), ("b c", 1, 2)]


def test_fast_probability_equals_the_evidence_sum() -> None:
    model = load_shipped()
    assert model is not None
    for text in ("took 30 of my tylenol tonight", "my mom said bye at the bridge", "hola 2 3 4",
                 "i", "the rope is in the garage and i am done", "ya no quiero vivir mañana"):
        assert abs(model.probability(words(text)) - model.evidence(words(text)).probability) < 1e-9


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


def test_model_reads_joke_markers_and_denials_as_words_not_as_vetoes() -> None:
    # "i'm fine lol. wrote my note" is a crisis; a "lol" or a "not" elsewhere must not hide it.
    screener = Screener()
    screener._model = toy_model()
    assert screener.screen("the zorp takes my life lol").crisis
    assert screener.screen("i'm not suicidal, but the zorp takes my life").crisis


def everyday_model() -> CrisisModel:
    """A model sure that anything said about the zorp is everyday talk."""
    return CrisisModel({"zorp": -20.0}, bias=0.0, threshold=0.9)


def test_model_stands_down_an_object_it_reads_as_everyday() -> None:
    text = "i have a rope in the garage for the zorp"
    assert Screener(use_model=False).screen(text).level is Level.L2
    screener = Screener()
    screener._model = everyday_model()
    assert not screener.screen(text).crisis


def test_model_never_stands_down_ideation_an_imminent_verdict_or_a_supervisors_term() -> None:
    screener = Screener([CustomTerm("blue zorp", "means", Level.L2)])
    screener._model = everyday_model()
    assert screener.screen("i want to die at the zorp").level is Level.L2
    assert screener.screen("bought a rope for tonight zorp").level is Level.L1
    assert screener.screen("i have the blue zorp again").level is Level.L2


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
