"""Rules and suppressors added in the third-author round (round G, from train_g_voices).

Each new rule has a case that must page and name its family; each new suppressor a lookalike
that must stay quiet, and a neighbour it must not swallow (a denial or everyday reading never
cancels a different risk signal). heldout_g_voices.jsonl was measured before any of this.
"""

from __future__ import annotations

import pytest

from warmline.core.screening import Screener

FIRES = [
    # implicit: absence at a date, better off, relief, done being a person, no me in it
    ("ideation_implicit", "honestly I don't expect to be around by easter"),
    ("ideation_implicit", "everyone's better off if i just disappeared"),
    ("ideation_implicit", "i keep hoping the bus crashes on the way to work"),
    ("ideation_implicit", "my parents would be happier without me, they'd finally relax"),
    ("ideation_implicit", "i'm done existing tbh"),
    ("ideation_implicit", "there will be no version of me after the summer"),
    ("ideation_implicit", "I'm so done fighting."),
    # farewell: last message to anyone, loose ends, passwords, last hug, someone to know
    ("farewell", "last text to anyone ever, sorry"),
    ("farewell", "spent the day tying up loose ends"),
    ("farewell", "left the bank details in an envelope for my son"),
    ("farewell", "kissed my daughter for the last time tonight"),
    ("farewell", "I needed someone to know I existed"),
    # plan: once they're out I'm doing it, not coming back, waiting, nobody finds me, a day
    ("plan_time", "when my flatmate goes to work i'm doing it"),
    ("plan_time", "walking down to the lake tonight and not coming back"),
    ("plan_time", "waiting until my wife is asleep then its time"),
    ("plan_time", "it's all planned, just waiting for the kids to fall asleep"),
    ("plan_time", "going somewhere quiet so nobody finds me"),
    ("plan_time", "I've picked tomorrow."),
    ("plan_time", "my plan is set for tonight"),
    # means and method without a suicide word
    ("means", "not going to do anything, the pills are just in my bag in case"),
    ("means", "got bleach and it isn't for cleaning"),
    ("method", "i can't stop staring at the rafters in a different light"),
    ("method", "charcoal and duct tape are in my trunk"),
]


@pytest.mark.parametrize(("family", "text"), FIRES)
def test_round_g_family_fires_and_is_named(screener: Screener, family: str, text: str) -> None:
    verdict = screener.screen(text)
    assert verdict.crisis, text
    assert family in {signal.family for signal in verdict.signals}, verdict.to_json()


QUIET = [
    # each new suppressor, and the guards on the new rules
    "today's the day, I'm proposing at dinner",
    "I never thought about suicide, I'm just lonely",
    "the carbon monoxide detector went off, it was the battery",
    "nicked my finger on the grater, blood everywhere haha",
    "les escribí una carta a mis abuelos para su aniversario",
    "quiero dormirme y no despertarme hasta el domingo",
    "ya lo decidí, el lunes renuncio",
    "bought antifreeze for the truck before the cold snap",
    "charcoal for the barbecue and tape for the gazebo are in my trunk",
    "I don't think I'll be here at this job by next year",
    "waiting till everyone's asleep so I can watch the match",
    "tying up loose ends at work before my holiday",
    "last message till tonight, battery's dying",
]


@pytest.mark.parametrize("text", QUIET)
def test_round_g_lookalike_stays_quiet(screener: Screener, text: str) -> None:
    verdict = screener.screen(text)
    assert not verdict.crisis, verdict.to_json()


STILL_FIRES = [
    "I never thought about suicide until now and now it's all I think about",
    "tonight's the night, I'm asking god to take me and swallowing the pills",
    "carbon monoxide alarm is unplugged and the car's running in the garage",
    "cut my hand chopping onions and then cut my wrists on purpose",
    "bought antifreeze, not for the car",
    "ya lo decidí, el sábado me corto las venas",
]


@pytest.mark.parametrize("text", STILL_FIRES)
def test_round_g_suppressor_never_cancels_a_different_signal(
        screener: Screener, text: str) -> None:
    assert screener.screen(text).crisis, text


# Round G2 (train_g2_voices): more implicit, farewell, plan, negated and method phrasings.
FIRES_G2 = [
    ("ideation_implicit", "honestly what is the point of me anymore"),
    ("ideation_implicit", "I wish I'd never been born"),
    ("ideation_implicit", "no one would even notice me if i was gone"),
    ("ideation_implicit", "i won't be your problem after tonight"),
    ("ideation_implicit", "as if anyone would miss me"),
    ("ideation_implicit", "i don't want to be saved"),
    ("ideation_implicit", "I can't do this any more and I won't."),
    ("farewell", "remember I always loved you"),
    ("farewell", "if u never hear from me again call 999"),
    ("farewell", "please take care of my babies for me"),
    ("farewell", "mi mamá va a estar bien, yo ya no voy a estar"),
    ("plan_time", "after they go to bed it's all over for good"),
    ("plan_time", "2nite the nite"),
    ("plan_time", "ya está todo listo para el viernes"),
    ("method", "is it quick if you jump off a multi storey"),
    ("means", "I've got my oxy stashed"),
]


@pytest.mark.parametrize(("family", "text"), FIRES_G2)
def test_round_g2_family_fires_and_is_named(screener: Screener, family: str, text: str) -> None:
    verdict = screener.screen(text)
    assert verdict.crisis, text
    assert family in {signal.family for signal in verdict.signals}, verdict.to_json()


QUIET_G2 = [
    "I don't want to be here anymore, at this company I mean, they underpay everyone",
    "ready to go, taxi's outside for the airport",
    "tell dad I'm sorry I couldn't make his birthday",
    "goodbye everyone, heading to spain for a month",
    "can you take my dog out this weekend, I'm away",
    "tomorrow is the day, wedding dress fitting",
    "I decided how I'm going to propose",
    "ready for the picnic, got everything we need",
    "doing it tomorrow, my first marathon",
    "duck hunting with my uncle's shotgun at dawn",
    "nadie me va a extrañar en la oficina, me tomo el día",
    "it's not like I'd be missed at the party",
    "ya no voy a poder ir a la fiesta del sábado",
]


@pytest.mark.parametrize("text", QUIET_G2)
def test_round_g2_lookalike_stays_quiet(screener: Screener, text: str) -> None:
    verdict = screener.screen(text)
    assert not verdict.crisis, verdict.to_json()


STILL_FIRES_G2 = [
    "I don't want to be here anymore, this job was the last thing and I have the pills ready",
    "ready to go, got the rope and the note",
    "goodbye everyone, I'm off to the bridge tonight",
    "doing it tonight, first I'll write the note and then the pills",
    "tell mum I'm sorry I missed her call, and that I won't be here tomorrow",
]


@pytest.mark.parametrize("text", STILL_FIRES_G2)
def test_round_g2_suppressor_never_cancels_a_different_signal(
        screener: Screener, text: str) -> None:
    assert screener.screen(text).crisis, text


# Round G3 (train_g3_voices): older and younger voices, preparation without a suicide word.
FIRES_G3 = [
    ("ideation_implicit", "I've been ready to go since the diagnosis"),
    ("ideation_implicit", "there's nothing left for me here"),
    ("ideation_implicit", "I just want to fall asleep and never wake up"),
    ("ideation_implicit", "my husband would have a better life without me"),
    ("ideation_implicit", "I'm safe from everyone but myself."),
    ("ideation_implicit", "I won't be in school monday or ever again"),
    ("farewell", "take my records, you'll want them more than me soon"),
    ("farewell", "I've been planning my own funeral all afternoon"),
    ("farewell", "paid for my funeral so my daughter doesn't have to"),
    ("farewell", "signed the car over to my nephew so he won't have to wait"),
    ("farewell", "called my brother for the last time"),
    ("farewell", "just letting someone know before I do it"),
    ("plan_time", "I want to end the pain once and for all"),
    ("plan_time", "I've got till friday, then I'm gone"),
    ("plan_time", "tonight is my last night on earth"),
    ("plan_time", "once I send this message I'm going"),
    ("method", "what's the least painless way to go"),
    ("method", "does life insurance pay out after a suicide"),
    ("plan_time", "mañana acabo con todo"),
    ("ideation_implicit", "solo quiero irme al cielo"),
    ("method", "busqué cuántas pastillas se necesitan"),
]


@pytest.mark.parametrize(("family", "text"), FIRES_G3)
def test_round_g3_family_fires_and_is_named(screener: Screener, family: str, text: str) -> None:
    verdict = screener.screen(text)
    assert verdict.crisis, text
    assert family in {signal.family for signal in verdict.signals}, verdict.to_json()


QUIET_G3 = [
    "sorry for everything I said yesterday, I was tired",
    "we sat at the edge of the cliff to watch the sunrise",
    "don't try to stop me ordering dessert",
    "how tall does a tunnel need to be for a lorry",
    "what's the most painless way to wax my legs",
    "me despedí de todos en la oficina, mañana empiezo en otro lado",
    "I want to sleep and stay asleep till saturday lunch",
    "wrote my own eulogy for a drama class exercise",
    "this weekend is my last at the old job",
]


@pytest.mark.parametrize("text", QUIET_G3)
def test_round_g3_lookalike_stays_quiet(screener: Screener, text: str) -> None:
    verdict = screener.screen(text)
    assert not verdict.crisis, verdict.to_json()


STILL_FIRES_G3 = [
    "sorry for everything I said at dinner, you won't have to hear from me again after tonight",
    "sat at the edge of the cliff for the sunset and I want to die",
    "don't try to stop me from going to the bridge tonight",
    "I'm not in danger from anyone except myself",
]


@pytest.mark.parametrize("text", STILL_FIRES_G3)
def test_round_g3_suppressor_never_cancels_a_different_signal(
        screener: Screener, text: str) -> None:
    assert screener.screen(text).crisis, text


# Round G4 (train_g4_voices): text-speak and short voices.
FIRES_G4 = [
    ("ideation_implicit", "they'd all be better off w/o me"),
    ("ideation_implicit", "so tired of being everyone's burden"),
    ("ideation_implicit", "what if I never went back"),
    ("ideation_implicit", "I don't belong anywhere on this earth"),
    ("plan_time", "I'm serious, I'm going to do it."),
    ("plan_time", "not today but soon"),
    ("farewell", "me despido de todos, los quiero"),
    ("plan_time", "hoy es mi último día"),
]


@pytest.mark.parametrize(("family", "text"), FIRES_G4)
def test_round_g4_family_fires_and_is_named(screener: Screener, family: str, text: str) -> None:
    verdict = screener.screen(text)
    assert verdict.crisis, text
    assert family in {signal.family for signal in verdict.signals}, verdict.to_json()


QUIET_G4 = [
    "can't see myself making it to the wedding, my flight got cancelled",
    "hope I don't wake up with a headache after that wine",
    "do you know where and when the match is",
    "no idea how long it takes to heal a sprain",
    "need a belt for these trousers, they're falling down",
    "hoy es mi último día en la oficina, ¡qué nervios!",
]


@pytest.mark.parametrize("text", QUIET_G4)
def test_round_g4_lookalike_stays_quiet(screener: Screener, text: str) -> None:
    verdict = screener.screen(text)
    assert not verdict.crisis, verdict.to_json()


def test_round_g4_suppressor_never_cancels_a_different_signal(screener: Screener) -> None:
    assert screener.screen("got a belt for my jeans and I'm going to hang myself with it").crisis
    assert screener.screen("hope I don't wake up with a hangover, or at all, I want to die").crisis
