"""Whole-word rewrites of text-speak, common misspellings and dialect spellings (EN and ES).

Keys are already folded (lower case, no accents, no apostrophes, repeats of 3+ collapsed).
"""

from __future__ import annotations

TEXTSPEAK: dict[str, str] = {
    # English text-speak
    "u": "you", "yu": "you", "r": "are", "ur": "your", "youre": "your",
    "rn": "right now", "rite": "right", "n": "and", "nd": "and", "b4": "before",
    "2nite": "tonight", "2night": "tonight", "tonite": "tonight", "tnite": "tonight",
    "2nyt": "tonight", "tonigt": "tonight", "tonihgt": "tonight", "tonght": "tonight",
    "2moro": "tomorrow", "2morrow": "tomorrow", "2mrw": "tomorrow", "tmrw": "tomorrow",
    "tmr": "tomorrow", "tmrow": "tomorrow", "tomoro": "tomorrow", "tomorow": "tomorrow",
    "2day": "today", "tday": "today",
    "wanna": "want to", "wana": "want to", "wnna": "want to", "wna": "want to",
    "wnt": "want", "wan": "want", "whant": "want", "wont2": "want to",
    "gonna": "going to", "gona": "going to", "gunna": "going to", "finna": "going to",
    "bouta": "about to", "boutta": "about to", "tryna": "trying to", "gotta": "got to",
    "imma": "im going to", "ima": "im going to", "ill": "ill", "iam": "i am",
    "idk": "i dont know", "ik": "i know", "ikr": "i know", "tbh": "tbh", "fr": "for real",
    "frfr": "for real", "deadass": "deadass", "nemore": "anymore", "anymo": "anymore",
    "nymore": "anymore", "anymor": "anymore", "no1": "no one", "noone": "no one",
    "every1": "everyone", "some1": "someone", "any1": "anyone", "ppl": "people",
    "cuz": "because", "cause": "because", "bc": "because", "coz": "because", "b": "be",
    "thot": "thought", "thots": "thoughts", "thoughs": "thoughts", "toughts": "thoughts",
    "kil": "kill", "kll": "kill", "kiling": "killing", "killin": "killing",
    "mysef": "myself", "myslf": "myself", "mself": "myself", "meself": "myself",
    "miself": "myself", "slef": "self", "sefl": "self",
    "lyfe": "life", "lif": "life", "lfe": "life", "ded": "dead", "dieing": "dying",
    "dyin": "dying", "hurtin": "hurting", "hurtng": "hurting", "cuttin": "cutting",
    "thinkin": "thinking", "thinkn": "thinking", "thinkng": "thinking", "thnking": "thinking",
    "tryin": "trying", "wantin": "wanting", "goin": "going", "doin": "doing",
    "takin": "taking", "endin": "ending", "jumpin": "jumping", "feelin": "feeling",
    "nothin": "nothing", "somethin": "something", "livin": "living", "sleepin": "sleeping",
    "tlk": "talk", "pls": "please", "plz": "please", "bcuz": "because",
    "alll": "all", "evry": "every", "evrything": "everything", "everythin": "everything",
    "bye": "bye", "byee": "bye", "gbye": "goodbye", "gudbye": "goodbye", "goodby": "goodbye",
    "sewerslide": "sewer slide", "selfdelete": "self delete", "selfharm": "self harm",
    "unalived": "unalived", "od": "od", "oding": "overdosing", "odd": "odd",
    "suicidel": "suicidal", "suicdal": "suicidal", "sucidal": "suicidal", "suisidal": "suicidal",
    "suicde": "suicide", "sucide": "suicide", "suiside": "suicide", "suicid": "suicide",
    "lmfao": "lmao", "lmaoo": "lmao", "lol": "lol", "lolol": "lol", "lool": "lol",
    "hahaha": "haha", "hah": "haha", "hehe": "haha", "xd": "haha", "rofl": "lmao",
    "jajaja": "jaja", "jaj": "jaja", "jsjs": "jaja", "jeje": "jaja",
    "pils": "pills", "pillz": "pills", "piils": "pills", "meds": "meds",
    # Spanish text-speak and dialect spellings
    "ion": "i dont", "iont": "i dont", "aint": "aint", "lyf": "life", "diee": "die", "dyee": "die",
    "deadd": "dead",
    "suicidle": "suicidal", "sucidle": "suicidal", "suicidial": "suicidal", "sucidial": "suicidal",
    "suisidle": "suicidal", "suicidale": "suicidal", "suicdie": "suicide",
    "q": "que", "k": "que", "xq": "porque", "pq": "porque", "porq": "porque", "tb": "tambien",
    "kiero": "quiero", "qiero": "quiero", "kero": "quiero", "quero": "quiero",
    "m": "me", "toy": "estoy", "tamos": "estamos", "pa": "para", "na": "nada",
    "matal": "matar", "matalme": "matarme", "mori": "morir", "morrir": "morir",
    "ntp": "no te preocupes", "wey": "wey", "tqm": "te quiero mucho",
    "vdd": "verdad", "bn": "bien", "mñn": "manana",
    # Second-author round: more text-speak, UK/AAVE spellings and Caribbean/Mexican Spanish.
    "4eva": "forever", "4ever": "forever", "jst": "just", "jus": "just",
    "abt": "about", "bout": "about", "abou": "about", "tho": "though",
    "cansao": "cansado", "cansa": "cansada", "jarto": "harto", "jarta": "harta",
    "bivir": "vivir", "vivr": "vivir", "bibir": "vivir", "qero": "quiero", "kieres": "quieres",
    "pal": "para el", "pa'l": "para el", "morime": "morirme", "matame": "matarme",
    "nomas": "nada mas",
}

# Long risk stems worth snapping onto when a word is one edit away. Short words are excluded
# because one edit from "die" is "diet" and one edit from "killing" is "willing".
FUZZY_STEMS: tuple[str, ...] = (
    "suicide", "suicidal", "suicidio", "suicidarme", "suicidar", "overdose", "overdosed",
    "overdosing", "myself", "anymore", "goodbye", "tomorrow", "tonight", "unalive", "unaliving",
    "ibuprofen", "ibuprofens", "acetaminophen", "tylenol", "excedrin", "sertraline", "antifreeze",
    "pastillas", "despedida", "desaparecer",
)
