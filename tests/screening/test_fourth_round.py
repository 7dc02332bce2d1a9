"""The fourth round: recovery stories, Spanish mentions of suicide, risk that is back, and the
learned layer's word classes.

The round came from the blind authors' training sets (train_h*); heldout_h7 and heldout_h8
were written by two more blind authors and measured only after it.
"""

from __future__ import annotations

import pytest

from warmline.core.screening import Screener
from warmline.core.screening.model import features, train
from warmline.core.screening.normalise import normalise

QUIET = [
    # recovered: distant past to a well present, in English and Spanish
    "Ten years ago I drank poison after my exams. I survived and now I am a teacher",
    "when I was young I took a bottle of aspirin. I'm 71 now and very glad it didn't work",
    "years back I used to think of ending my life, got treatment and now I am fine",
    "hace anos intente suicidarme con pastillas, ahora estoy bien y en terapia",
    "de adolescente me cortaba, ahora estoy mucho mejor gracias a Dios",
    # a Spanish mention of suicide that is news, grief or schoolwork
    "mi amigo de la prepa se suicido hace un ano y todavia pienso en el",
    "en el telediario dijeron que subieron los suicidios entre adolescentes",
    "hago un trabajo sobre Larra, que se suicido en 1837",
    # people or things taken somewhere, not swallowed; pills sorted for the week; a long nap
    "my grandkids were here all weekend, I took them all fishing at the lake",
    "took all of them back to the library before the fine kicked in",
    "counting my pills for the weekly organizer, so many vitamins",
    "I took a long nap and feel better",
    "it's been a long one",
]

FIRES = [
    # the same stories with the risk back: a recovery frame never hides it
    ("ideation_explicit", "years ago i tried to end my life and now im thinking about it again"),
    ("means", "years ago i tried to overdose. now im good but i have the pills here tonight"),
    ("self_harm", "de adolescente me cortaba y volvi a hacerlo anoche"),
    ("self_harm", "hace anos me cortaba y ayer volvi a cortarme"),
    # thoughts that are back (README R8)
    ("ideation_explicit", "been thinking about doing it again"),
    # Spanish: the texter's own thoughts of suicide
    ("ideation_explicit", "pienso mucho en el suicidio ultimamente"),
    ("ideation_explicit", "me siento suicida otra vez"),
    ("ideation_explicit", "tengo ideas suicidas todos los dias"),
    # swallowed, whatever follows: only a place or an outing explains "took them all" away
    ("attempt_in_progress", "took them all with vodka"),
    ("attempt_in_progress", "took them all to feel nothing"),
    ("coded_slang", "ready for the big sleep"),
]


@pytest.fixture(scope="module")
def rules() -> Screener:
    return Screener(use_model=False)


@pytest.mark.parametrize("text", QUIET)
def test_recovery_and_mentions_stay_quiet(rules: Screener, text: str) -> None:
    verdict = rules.screen(text)
    assert not verdict.crisis, verdict.signals


@pytest.mark.parametrize(("family", "text"), FIRES)
def test_risk_that_is_back_fires(rules: Screener, family: str, text: str) -> None:
    verdict = rules.screen(text)
    assert verdict.crisis
    assert family in {signal.family for signal in verdict.signals}


def test_class_features_mark_drugs_places_times_and_numbers() -> None:
    grams = {gram for gram, _, _ in features(normalise("took 30 tylenol on the bridge tonight").words)}
    assert "%took @num @drug" in grams
    assert "%the @place @time" in grams
    assert "took 30" in grams
    assert not any(gram.startswith("%") for gram, _, _ in features(normalise("hi there").words))


def test_model_weighs_a_drug_it_never_saw_like_one_it_did() -> None:
    def words(text: str) -> list[str]:
        return normalise(text).words

    examples = [(words(t), True) for t in ("took 30 tylenol", "took 20 advil", "took 40 aspirin")]
    examples += [(words(t), False) for t in ("took 30 photos", "took 20 minutes", "took 40 laps")]
    model = train(examples, threshold=0.5)
    # tramadol and codeine are in the lexicon but not in the examples above
    assert model.probability(words("took 30 tramadol")) > 0.5
    assert model.probability(words("took 30 codeine")) > model.probability(words("took 30 apples"))


def test_explain_only_rules_never_page_alone_but_still_explain(rules: Screener) -> None:
    # "said goodbye" paged on lookalikes as often as on crises in the blind training sets: the
    # learned layer decides; beside a firing signal it is still shown to the clinician.
    assert not rules.screen("I said my goodbyes to grandpa at the hospice today").crisis
    verdict = rules.screen("said my goodbyes. i want to die")
    assert verdict.crisis
    assert {"farewell", "ideation_explicit"} <= {signal.family for signal in verdict.signals}


def test_the_texters_own_overdose_pages_at_once_and_anyones_only_explains(
        rules: Screener) -> None:
    assert rules.screen("i think i overdosed").level.value == "L1"
    assert not rules.screen("my uncle overdosed last year, we never talk about it").crisis
