"""Rules, suppressors and normalisation added in the second-author round (train_e_*), EN and ES.

Each new rule family has a case that must page (naming its family) in English and in Spanish,
each new suppressor a lookalike that must not page, and each suppressor a neighbour it must not
swallow: a negation or everyday reading never cancels a different risk signal.
"""

from __future__ import annotations

import pytest

from warmline.core.screening import Screener
from warmline.core.screening.normalise import normalise

FIRES = [
    # danger: threats in other verbs, violence now, blunt weapons
    ("danger", "he keeps saying he'll snap my neck if I leave"),
    ("danger", "my dad is throwing chairs at my mum right now"),
    ("danger", "he's got a bat and he's smashing the windows, i'm under the bed"),
    ("danger", "my ex is outside my house with a crowbar"),
    ("danger", "she told me she'd slit my throat while I sleep"),
    ("danger", "mi padrastro me amenazó con el machete y está en la cocina"),
    ("danger", "el vecino tiene una pistola y está gritando afuera"),
    # implicit: mercy, relief at an accident, stopping, out of reasons
    ("ideation_implicit", "it would be a kindness to everyone if I wasn't around"),
    ("ideation_implicit", "every time I cross the road I hope a truck hits me"),
    ("ideation_implicit", "I'm just so tired of being a weight on my family"),
    ("ideation_implicit", "I just want to go to sleep and not come back"),
    ("ideation_implicit", "I'm running out of reasons to stay"),
    ("ideation_implicit", "I can't see myself getting older"),
    ("ideation_implicit", "quisiera cerrar los ojos y no abrirlos nunca más"),
    ("ideation_implicit", "les haría un favor a todos si desapareciera"),
    ("ideation_implicit", "ya no doy más, quiero que todo termine para siempre"),
    # explicit: UK slang, not reaching a date, survived and sorry, out of care
    ("ideation_explicit", "thinking about topping myself"),
    ("ideation_explicit", "i really dont want to see my next birthday"),
    ("ideation_explicit", "I survived my attempt in the spring and I wish I hadn't"),
    ("ideation_explicit", "discharged from the psych ward two days ago and it's all back"),
    ("ideation_explicit", "salí del psiquiátrico el lunes y no quiero seguir"),
    ("ideation_explicit", "después de la boda de mi hermana me mato"),
    # plan keyed to an event, or chosen
    ("plan_time", "I'm doing it after my sister's birthday so I don't ruin it"),
    ("plan_time", "gonna go through with it tonight"),
    ("plan_time", "ya elegí el puente, el sábado lo hago"),
    ("plan_time", "el domingo en la noche lo hago, ya está decidido"),
    # method without a suicide word
    ("method", "gonna seal up the car with tape and run the engine"),
    ("method", "which bridge in the city doesn't have a suicide net"),
    ("method", "reading about how long you bleed before you pass out"),
    ("method", "going to wrap the car round a lamppost on the way home"),
    ("method", "me voy a tirar del puente esta noche"),
    # means: kept somewhere, counted, collected, not for a headache
    ("means", "the rope is in the boot of my car"),
    ("means", "i count the pills every night, i have enough now"),
    ("means", "got the strap on me, i'm done"),
    ("means", "😭💊"),
    ("means", "llevo un mes juntando pastillas"),
    # farewell: giving away because absent, notes, recordings, no more texts
    ("farewell", "gave my dog to my mate because i won't be here to walk him"),
    ("farewell", "if you find this, I'm sorry, I loved you all"),
    ("farewell", "I've recorded a video for my kids to watch when they're older"),
    ("farewell", "you've been so kind, thank you. I won't be texting again."),
    ("farewell", "voy a regalar mi ropa y mis cosas, ya no las voy a usar"),
    ("farewell", "ya no voy a necesitar nada de esto"),
    # self-harm
    ("self_harm", "i sliced my forearm again"),
    ("self_harm", "my thighs are covered in fresh cuts"),
    ("self_harm", "me quemé el brazo a propósito"),
    # round E6: vehicles as weapons, ligatures, doses named by duration, exit bags, heights
    ("danger", "gonna run that guy down with my truck tonight"),
    ("danger", "mi vecino dice que va a quemar mi carro conmigo adentro"),
    ("attempt_in_progress", "took my whole week of sertraline at once an hour ago"),
    ("attempt_in_progress", "the cord's round the bannister and I'm standing on the chair"),
    ("method", "the bridge by my house is tall enough, I checked"),
    ("method", "I've been reading about helium and bags"),
    ("method", "cuántas pastillas son mortales"),
    ("farewell", "dejé los papeles del banco y del seguro listos para mi familia"),
    ("self_harm", "me arañé los brazos hasta sangrar"),
    ("ideation_implicit", "my son would have a better life with a dad who isn't me"),
    # slang
    ("coded_slang", "another grippy sock vacation coming if i don't unalive first"),
    ("ideation_implicit", "another grippy sock vacation coming up"),
]


@pytest.mark.parametrize(("family", "text"), FIRES)
def test_new_family_fires_and_is_named(screener: Screener, family: str, text: str) -> None:
    verdict = screener.screen(text)
    assert verdict.crisis, text
    assert family in {signal.family for signal in verdict.signals}, verdict.to_json()


QUIET = [
    # idioms and jokes with a named everyday target
    "he's gonna kill this audition",
    "phone's about to die so this is my last message till tonight",
    "kms, left my airpods on the train again lol",
    "if I hear that jingle again I swear I'll jump off the roof lol",
    "I'd rather die than go to that wedding lol",
    "qué flojera, me quiero morir jaja tengo que planchar",
    # endings that are breakups, jobs and apps
    "I'm ending it with him tonight, he's been lying to me",
    "tonight I'm going to end it with Jake, he's been distant",
    "I'm gone for good from that job, handed in my notice",
    "logging off twitter permanently, it's bad for my brain",
    "voy a terminar con mi novio esta noche",
    # everyday uses of means and places
    "taking the shotgun out for pheasant season this weekend",
    "picked up a helium tank from the party shop for the balloons",
    "need to top up the antifreeze before winter",
    "my water pistol 🔫💦 fight with the kids was so fun",
    "my gran keeps forgetting if she took her heart tablets",
    "I'm on so many tablets now for my blood pressure, hard to keep track",
    "I got a box of razor blades for my dad's birthday",
    "I burned myself on the hair straighteners by accident, ouch",
    "compré un cuchillo nuevo para la cocina",
    "compré una cuerda para tender la ropa",
    # plans and goodbyes that are not
    "said my goodbyes at the farewell party, new job Monday",
    "I'm ready to go, my ride's outside",
    "I've decided, I'm dyeing my hair blue tonight",
    "ya lo decidí, esta noche le pido matrimonio",
    "ya lo decidí, me voy a cortar el pelo mañana",
    "nobody would notice if I left the party early",
    # denials, past and recovery, grief
    "I don't have any thoughts of killing myself, I just feel flat",
    "never would I end my life, I just feel stuck",
    "no estoy pensando en matarme, solo estoy cansada",
    "I used to think about dying a lot, but I'm in a good place now",
    "I tried to end my life at 19, I'm 40 now and doing well",
    "I haven't self harmed in 4 years and I'm proud",
    "my brother is in recovery from self harm and doing really well",
    "hace quince años intenté suicidarme y hoy estoy muy bien",
    "mi tío se suicidó hace años y todavía duele",
    "mi amiga perdió a su papá por suicidio",
    "mi abuelo se fue al cielo y lo extraño mucho",
    "the toddler ate a whole box of raisins",
    "🔪🥕🧅 cooking time",
    "that car park roof has a great view of the city",
    "dejé los papeles del banco listos para la hipoteca",
    "me arañé con el gato jugando",
]


@pytest.mark.parametrize("text", QUIET)
def test_new_suppressor_keeps_lookalike_quiet(screener: Screener, text: str) -> None:
    verdict = screener.screen(text)
    assert not verdict.crisis, verdict.to_json()


# A suppressor or denial covers its own span only: the risk beside it still pages.
STILL_FIRES = [
    "I'm ending it with him tonight and then I'm taking all my pills",
    "logging off twitter permanently and then off this planet, I've got the rope",
    "I don't have any thoughts of killing myself but I've got the pills next to me",
    "never would I end my life, but I keep looking at the tracks and I know when",
    "bought pills, not for a headache",
    "I used to cut years ago and I cut again last night",
    "no estoy pensando en matarme, pero ya tengo las pastillas aquí",
    "compré una cuerda para el camping y otra para colgarme",
    "the helium tank isn't for balloons, I'm doing it tonight",
    "I'd rather die than go back home, he hits me",
]


@pytest.mark.parametrize("text", STILL_FIRES)
def test_suppressor_never_cancels_a_different_signal(screener: Screener, text: str) -> None:
    assert screener.screen(text).crisis, text


def test_spanish_al_is_not_read_as_all() -> None:
    assert normalise("se fue al cielo").words == ["se", "fue", "al", "cielo"]
    assert normalise("me voy a tirar al tren").words[-2:] == ["al", "tren"]
    assert "all" in normalise("im gona end it al tonite").words
    assert normalise("al the time").words[0] == "all"


def test_splash_emoji_is_a_token() -> None:
    assert normalise("🔫💦").words == ["emoji_gun", "emoji_splash"]


def test_windows_in_new_voices(screener: Screener) -> None:
    assert screener.screen_window(["he's coming", "he's got a bat"]).crisis
    assert screener.screen_window(["i took them", "all of them"]).crisis
    assert screener.screen_window(["car's on", "door's closed", "in the garage"]).crisis
    assert not screener.screen_window(["took them all to the park", "kids loved it"]).crisis
