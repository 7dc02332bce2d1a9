"""Narrow suppressors: each cancels only the risk signals whose spans it overlaps.

Kinds: idiom, denial, past (distant and recovered), media (news, lyrics, fiction, schoolwork)
and benign_use (lookalikes: ibuprofen for cramps, rope for camping).
"""

from __future__ import annotations

from warmline.core.screening.lexicon import Suppressor

_PASTABLE = (r"(?:attempted|attempt|tried to (?:kill|end|take|overdose|hang|cut|drown|jump|"
             r"shoot|poison|od)|suicidal|self harm\w*|"
             r"cut|cutting|cutter|wanted to die|want to die|overdosed|thought about suicide|"
             r"wrote a goodbye|hurt myself|hurting myself|harmed myself|wanting to die|"
             r"thought about killing|thoughts of suicide|kill myself|killing myself|die|"
             r"(?:think|thought|thinking) about (?:dying|death|suicide|ending it)|"
             r"(?:end|ended|take|took) my (?:own )?life|wanted to (?:kill myself|end it|disappear)|"
             r"dying|overdose|self harmed|sh)")
_LONG_AGO = (r"(?:years ago|a year ago|long time ago|long ago|ages ago|decades ago|a while ago|"
             r"in (?:19|20)\d\d|when i was (?:\d+|a kid|a teen|a teenager|younger|young|little|in "
             r"(?:high school|college|middle school|school))|in (?:high school|college|middle "
             r"school|my teens|my twenties|my \d+s)|back in (?:high school|college|the day|\d+)|"
             r"as a (?:kid|teen|teenager)|at (?:age )?\d+ (?:,|and|but|\.)|"
             r"at (?:age )?(?:1\d|20|21)(?= ))")

_RECOVERED = (r"(?:(?:now|these days|nowadays|today) (?:im|i am|i have|ive|were|we are) (?:\S+ ){0,2}?"
              r"(?:well|better|good|okay|ok|fine|safe|healthy|happy|grateful|thankful|glad|"
              r"sober|clean|stable|in recovery|in treatment|married|remarried|retired|a (?:\S+ )?"
              r"(?:teacher|nurse|mom|mother|dad|father|peer|counselor|counsellor|mentor|"
              r"grandma|grandmother|grandpa|grandfather|volunteer|specialist))|(?:glad|thankful|"
              r"grateful) (?:it didnt work|i (?:stayed|survived|am still here|m still here|"
              r"didnt|got help))|i survived and|(?:therapy|treatment|meds|medication|recovery) "
              r"(?:really )?(?:helped|saved me|worked))")

# "...and it's not for the car": the everyday use is denied, so the object is not explained away.
_NOT_FOR = r"(?!(?: \S+){0,6} (?:not|isnt|aint|wont be) (?:\S+ ){0,3}?for)"

SUPPRESSORS: tuple[Suppressor, ...] = (
    # idioms (EN)
    Suppressor("idiom", "killing it", r"(?:kill|killing|killed|kills) (?:it|this exam|the exam|"
               r"this test|that test|the game|the interview|my presentation|the presentation)"),
    Suppressor("idiom", "X is killing me", r"(?:is|are|s|its|was|keeps|been) killing me(?! "
               r"(?:inside|slowly and i want))"),
    Suppressor("idiom", "kill for a", r"(?:kill|die) for (?:a|an|some|the|this|that|my|pizza|"
               r"coffee|tacos|food|sleep)"),
    Suppressor("idiom", "dying to", r"dying (?:to|for|of laughter|laughing|from laughter|inside "
               r"lol)"),
    Suppressor("idiom", "die of embarrassment", r"(?:die|died|dying|dead) (?:of|from) "
               r"(?:embarrassment|laughter|laughing|boredom|cringe|shame lol|cuteness)"),
    Suppressor("idiom", "die laughing", r"(?:die|died|dying|dead) (?:laughing|lol|lmao|"
               r"emoji_laugh)"),
    Suppressor("idiom", "to die for", r"to die for(?! (?:real|good|ever|sure))"),
    Suppressor("idiom", "bored to death", r"(?:bored|scared|worried|tired|sick) to death"),
    Suppressor("idiom", "kill me now", r"(?:kill|shoot) me (?:now|already|please)"
               r"(?: \S+){0,4}? (?:meeting|class|lecture|lol|lmao|haha|another|this|emoji_laugh)"),
    Suppressor("idiom", "going to kill me if", r"(?:going to|will|gonna|is going to|s going to|"
               r"would|gon) (?:literally )?kill me (?:if|when|for|lol|lmao|haha|emoji_laugh)"),
    Suppressor("idiom", "you're killing me", r"(?:your|you are|youre|u r|ur) killing me"),
    Suppressor("idiom", "that killed me", r"(?:that|this|it|he|she|you|meme|joke|video) "
               r"(?:\S+ )?(?:killed|unalived) me"),
    Suppressor("idiom", "I'm dead", r"(?:im|i am|i m) (?:so |literally |actually )?dead"
               r"(?! (?:inside and|serious))"),
    Suppressor("idiom", "death of me", r"the death of me"),
    Suppressor("idiom", "dead to me", r"dead to me"),
    Suppressor("idiom", "dead battery", r"(?:dead|dying) (?:battery|phone)|(?:battery|phone) "
               r"(?:is )?(?:dying|dead|almost dead)"),
    Suppressor("idiom", "plants dying", r"(?:plant|plants|flower|flowers|battery|phone|car|laptop) "
               r"(?:\S+ ){0,2}?(?:dying|died|dead)"),
    Suppressor("idiom", "shot my shot", r"(?:shot|shoot|shooting) my shot"),
    Suppressor("idiom", "would die for my kids", r"(?:would|will|could) (?:\S+ )?die for"),
    Suppressor("idiom", "going to die if I don't", r"(?:going to|gonna|will|im gonna) die "
               r"(?:if i dont|of|without)"),
    Suppressor("idiom", "murder a burger", r"(?:murder|kill|destroy) (?:a|some|this) (?:burger|"
               r"pizza|plate|taco|coffee|nap)"),
    Suppressor("idiom", "just shoot me", r"just shoot me(?: \S+){0,2}? (?:lol|lmao|haha|now)"),
    Suppressor("idiom", "deadass", r"(?:dead ass|deadass)"),
    Suppressor("idiom", "cut my hair", r"(?:cut|cutting) (?:my|her|his) (?:hair|bangs|nails|"
               r"finger|losses)"),
    Suppressor("idiom", "end it with her", r"(?:end|ending|ended|ends) (?:it|things) (?:\S+ )?"
               r"(?:with|between) (?:her|him|them|my|us|the|that|this)"),
    Suppressor("idiom", "end it with Jake", r"(?:end|ending|ended|ends) (?:it|things) (?:\S+ )?"
               r"with (?!<DRUG>|<WEAPON>|<POISON>|me|myself|everything|life|all|a|an|some|pills|"
               r"it)[a-z]+(?= \.| ,|$| tonight| today| tomorrow| this| soon| once| for| because| hes|"
               r" shes| he| she| they)"),
    Suppressor("idiom", "hiding from a party lol", r"(?:hiding|hide) (?:\S+ ){0,6}?(?:lol|haha|"
               r"lmao|emoji_laugh|jaja|from (?:the )?(?:party|guests|in laws|relatives|my "
               r"(?:family|relatives|in laws|homework)))"),
    Suppressor("idiom", "rather die than", r"rather (?:die|be dead) than (?:go|going|do|eat|wear|"
               r"sit|watch|listen|work|be seen|admit|ask|talk|sing|dance|attend|see|spend|meet)"
               r"(?: \S+){0,8}? (?:lol|lmao|haha|jaja|emoji_laugh|emoji_skull)"),
    Suppressor("idiom", "kill this audition", r"(?:kill|killing|kills|killed|murder|murdering|"
               r"smash|smashing) (?:this|that|the|their|his|her|my|our|your) (?:\S+ )?(?:audition|"
               r"show|talent show|set|gig|match|performance|recital|interview|presentation|exam|"
               r"test|karaoke|solo|speech|race|routine|round|game|final|finals|song|dance|"
               r"concert|competition|essay|job)"),
    Suppressor("idiom", "phone about to die", r"(?:phone|phones|battery|batterys|laptop|"
               r"charger) (?:is |s )?(?:about to|going to|gonna|bout to|finna) die"),
    Suppressor("idiom", "gone for good from", r"(?:gone|done|out|off) (?:for good|forever|"
               r"permanently) (?:from|with|at|off) (?:that|the|this|my|our) (?:\S+ )?(?:job|"
               r"group|chat|group chat|team|place|company|app|school|work|club|show|friendship|"
               r"relationship|platform|site|server|town|city|church)"),
    Suppressor("idiom", "off social media", r"(?:log|logging|logged|sign|signing|signed|get|"
               r"getting|got|stop existing|disappear|disappearing|delete|deleted|deleting|quit|"
               r"quitting|off) (?:off |on |from )?(?:twitter|instagram|insta|facebook|fb|"
               r"tiktok|snapchat|snap|reddit|social media|socials|discord|whatsapp|threads|"
               r"linkedin|x|the group chat|that group chat|the app|youtube)(?: \S+){0,4}"),
    Suppressor("idiom", "nearly died when", r"(?:nearly|almost) died (?:when|laughing|of)"),
    # idioms (ES)
    Suppressor("idiom", "me muero de risa", r"(?:me muero|muero|me moria|muriendo|morir|morirme|"
               r"muerto|muerta) de (?:la )?(?:risa|hambre|ganas|sueno|verguenza|amor|frio|calor|"
               r"aburrimiento|nervios|miedo|cansancio|sed|envidia)"),
    Suppressor("idiom", "me va a matar si", r"(?:me|nos) (?:va a|van a|vas a) matar (?:si|"
               r"cuando)"),
    Suppressor("idiom", "me esta matando", r"(?:me esta|me estan|me) (?:matando|mata)"),
    Suppressor("idiom", "me corte el pelo", r"(?:me corte|me corto|cortarme|me voy a cortar|me cortare|cortar|"
               r"voy a cortarme) "
               r"(?:el|la|las|los) "
               r"(?:pelo|cabello|dedo|unas|fleco)"),
    Suppressor("idiom", "desaparecer del grupo", r"desaparecer (?:del|de la|de los|de las|de mi|"
               r"de este|de esta|de) (?:\S+ )?(?:grupo|chat|clase|escuela|trabajo|oficina|redes|"
               r"instagram|facebook|tiktok|whatsapp|fiesta|reunion|mapa)"),
    Suppressor("idiom", "despertar temprano", r"despertar (?:temprano|tan temprano|a las|para ir|"
               r"para el|los lunes|los domingos|los sabados|los findes|con alarma)"),
    # denials: a clear denial cancels only its own clause's span.
    Suppressor("denial", "not going to hurt myself", r"(?<!cant )(?<!cannot )(?<!can not )"
               r"(?:not|never|no|dont|wont|wouldnt|isnt|aint|nope|im not|i am not|i will not) "
               r"(?:really |even |ever |actually |currently |seriously )?(?:going to |gonna |"
               r"planning (?:to|on) |trying to |about to |thinking (?:about|of) |into |"
               r"considering |want to |wanna |do |would |will |thoughts of |urges to |plan to |"
               r"intend to )?(?:kill <SELF>|killing <SELF>|hurt <SELF>|hurting <SELF>|harm <SELF>|"
               r"harming <SELF>|self harm\w*|kms|unalive\w*(?: <SELF>)?|die|dying|end (?:my life|"
               r"it)|ending my life|suicide|suicidal|cut|cutting|do anything (?:stupid|dumb|"
               r"drastic|to <SELF>))(?! (?:yet|tonight|today|right now|this time|first))"),
    Suppressor("denial", "not suicidal", r"(?<!cant )(?:not|no|never|arent|isnt|nothing) "
               r"(?:really |even |actively |feeling |currently )?(?:suicidal|self harming|"
               r"in danger|unsafe|going to do anything)"),
    Suppressor("denial", "no suicidal thoughts", r"(?:no|not having|dont have|havent had|without "
               r"any|zero|not any) (?:\S+ )?(?:suicidal|self harm|suicide|sh) (?:thoughts|urges|"
               r"ideation|plans?)"),
    Suppressor("denial", "no plans to", r"(?:no|dont have any|not making|have no) (?:plans?|"
               r"intention|intent) (?:to|of) (?:\S+ )?(?:kill\w*|hurt\w*|harm\w*|end\w*|die|"
               r"dying|act\w*)"),
    Suppressor("denial", "I'm safe", r"(?:im|i am|ill be|i will be) (?:\S+ )?safe"),
    Suppressor("denial", "no me voy a matar", r"no (?:me )?(?:voy|pienso|quiero) (?:a )?"
               r"(?:matar|matarme|hacer (?:nada|dano)|hacerme (?:nada|dano)|suicidar|suicidarme|"
               r"lastimar|lastimarme|morir|morirme)"),
    Suppressor("denial", "no me quiero morir", r"no (?:me )?quiero (?:morir|morirme)"),
    Suppressor("denial", "no tengo pensamientos suicidas", r"no tengo (?:pensamientos|ideas|"
               r"ganas) (?:suicidas|de (?:morir|matarme|suicidarme|hacerme dano))"),
    # past: distant and recovered. Recent behaviour or returning thoughts are separate signals.
    # "Ten years ago I took pills ... I survived and now I'm a teacher": a whole recovery story
    # from the distant past to a well present. Nothing in it may say the risk is back.
    Suppressor("recovered", "long ago, well now", r"(?:" + _LONG_AGO + r"|used to|use to|back "
               r"when)(?: (?!again|back|lately|still|tonight|today|recently|anymore|creeping|"
               r"return\w*|coming)\S+){0,45}? " + _RECOVERED),
    Suppressor("recovered", "hace anos, ahora bien", r"(?:hace (?:\S+ )?anos|hace mucho|de "
               r"(?:joven|nina|nino|chica|chico|adolescente)|cuando (?:era|tenia) (?:\S+ )?"
               r"(?:joven|nina|nino|chica|chico|adolescente|\d+))(?: (?!otra|de nuevo|volvi\w*|"
               r"regres\w*|todavia|aun|esta noche|ultimamente)\S+){0,45}? (?:ahora|hoy en "
               r"dia|hoy|ya) (?:estoy|me siento|soy|vivo) (?:\S+ ){0,2}?(?:bien|mejor|tranquil[oa]|"
               r"san[oa]|feliz|agradecid[oa]|estable|en tratamiento|en terapia)"),
    Suppressor("past", "used to", r"(?:used to|use to) (?:\S+ ){0,3}?" + _PASTABLE),
    # "Five years ago today", "on this day in 2015": an anniversary's "today" is not a time the
    # texter means to act at.
    Suppressor("past", "years ago today", r"(?:\d+|a|one|two|three|four|five|six|seven|eight|"
               r"nine|ten|eleven|twelve|fifteen|twenty|thirty|many|several|a few|so many) "
               r"(?:\S+ )?(?:years?|yrs|decades?) (?:ago|back) (?:today|tonight|this (?:week|month|"
               r"day|morning|evening|weekend)|now)"),
    Suppressor("past", "on this day years ago", r"(?:this|that) (?:day|date|night|week|time) "
               r"(?:in (?:19|20)\d\d|(?:\d+|a|one|two|three|four|five|six|seven|eight|nine|ten|"
               r"many|several|a few) (?:years?|decades?) ago|last year|years ago)"),
    Suppressor("past", "hace anos hoy", r"(?:hoy|esta noche) (?:se cumplen|hace|cumplo) (?:\S+ )?"
               r"anos"),
    # "years ago ... and I cut again last night": the gap never crosses into a new clause.
    Suppressor("past", "long ago", _LONG_AGO + r"(?: (?:today|tonight|this week))?,? "
               r"(?:(?!and|but|now|again|today|tonight|"
               r"yesterday)\S+ ){0,4}?" + _PASTABLE + r"(?! (?:again|last night|tonight|today|"
               r"yesterday|this week|right now))"),
    Suppressor("past", "long ago", _PASTABLE + r" (?:\S+ ){0,8}?" + _LONG_AGO),
    Suppressor("past", "since I thought", r"since (?:i )?(?:last )?(?:thought|attempted|cut|"
               r"self harmed|harmed)"),
    Suppressor("past", "clean from", r"(?:clean|free|recovered|recovering) (?:from|of) (?:self "
               r"harm\w*|cutting|sh|it|suicidal \w+|my (?:self harm|cutting))"),
    Suppressor("past", "clean for", r"(?:clean|sober|free) (?:for|since) "
               r"(?:\d+|a|one|two|three|four|five|six|several|many) (?:years?|months?)"),
    Suppressor("past", "not in years", r"(?:havent|have not|hasnt|has not|not) (?:\S+ )?"
               r"(?:self harmed|cut|harmed <SELF>|hurt <SELF>|attempted|tried|relapsed|been "
               r"suicidal) (?:in|for|since) (?:over |almost |nearly )?(?:\d+|a|one|two|three|four|"
               r"five|six|many|several|a few|ages) (?:years?|months?|yrs)"),
    Suppressor("denial", "never would I", r"never would i (?:\S+ )?(?:end my life|kill <SELF>|"
               r"hurt <SELF>|do that|do anything)"),
    Suppressor("past", "back when", r"back when (?:i was )?" + _PASTABLE),
    Suppressor("past", "antes me cortaba", r"(?:antes|hace (?:\S+ )?anos|de (?:chica|chico|nina|"
               r"nino|joven|chava|chavo|adolescente|morra|morro)|cuando (?:era|estaba) (?:\S+ )?"
               r"(?:nina|nino|chica|chico|adolescente|joven|chava|chavo|en la prepa|en la "
               r"secundaria)) (?:\S+ ){0,3}?(?:me cortaba|intente(?: \S+)?|quise morir|queria "
               r"morir|me quise matar|quise matarme|suicidarme)(?! (?:\S+ ){0,3}?(?:volvi|otra vez|"
               r"de nuevo|anoche|ayer))"),
    Suppressor("past", "in recovery from", r"(?:in recovery|recovering|recovered|healing|"
               r"doing (?:really |so )?(?:well|great|better)) (?:from|for|after) (?:his |her |their |"
               r"my )?(?:self harm\w*|cutting|sh|an? (?:eating disorder|overdose|attempt)|"
               r"suicidal \w+|depression|(?:his|her|their|my) attempt)"),
    # denials (second-author round): thoughts of, and Spanish "no pienso en".
    Suppressor("denial", "no thoughts of", r"(?:no|dont have any|dont have|not having any|"
               r"without any|havent had any|have no|zero|not having) (?:\S+ )?(?:thoughts|urges|"
               r"intention|intentions|plans?) (?:of|to|about|on) (?:kill\w* <SELF>|end\w* my "
               r"(?:own )?life|end\w* it|suicide|dying|hurt\w* <SELF>|harm\w* <SELF>|taking my "
               r"(?:own )?life)"),
    Suppressor("denial", "no pienso en matarme", r"no (?:estoy )?(?:pienso|pensando|pensaba|he "
               r"pensado) en (?:matarme|suicidarme|morir|morirme|hacerme dano|quitarme la vida|"
               r"lastimarme)"),
    Suppressor("denial", "no tengo ganas de morir", r"no tengo (?:ganas|intencion|planes) de "
               r"(?:morir|morirme|matarme|suicidarme|hacerme dano)"),
    # grief and recovery framed about someone else, in Spanish.
    Suppressor("media", "se suicido hace anos", r"(?:se suicido|se suicidio|se mato|"
               r"se quito la vida)"
               r"(?: \S+){0,3}? hace (?:\S+ )?(?:anos|meses|tiempo|mucho)"),
    Suppressor("media", "murio por suicidio", r"(?:(?:murio|fallecio) (?:por|de)|(?:perdio|perdimos|perdi) a (?:\S+ ){1,3}?"
               r"(?:por|de)) suicidio"),
    Suppressor("media", "se fue al cielo", r"(?:se fue|se nos fue|partio|se marcho) (?:para el|"
               r"al) cielo"),
    # media framing: news, songs, fiction, schoolwork.
    Suppressor("media", "media", r"(?:the|a|that|this|in|my|an|his|her|their|una|la|el|esta|"
               r"ese|esa) (?:\S+ )?(?:movie|film|show|series|episode|book|novel|character|"
               r"protagonist|song|songs|lyrics|playlist|album|article|news|documentary|story|"
               r"storyline|poem|poetry|essay|podcast|anime|tiktok|serie|pelicula|cancion|"
               r"noticia|libro|assignment|paper|report) (?:[^.]{0,70})"),
    Suppressor("media", "media", r"(?:watched|watching|reading about|read about|singing|"
               r"listening to|writing about|wrote about|learning about|learned about|learnt "
               r"about|talked about in|lesson on|lesson about|class on|presentation on|project on|"
               r"studying|lei|vi) (?:[^.]{0,70})"),
    Suppressor("media", "died by suicide", r"(?:died|dies|passed|lost \S+) (?:by|to|from) "
               r"suicide"),
    Suppressor("media", "suicide prevention", r"suicide (?:prevention|awareness|rates?|"
               r"hotline|lifeline|statistics|walk|training|crisis line)"),
    # benign use: the means named for an everyday reason.
    Suppressor("benign_use", "pills for a headache", r"(?:<DRUG>|<WEAPON>) "
               r"(?:(?!not|isnt|arent|aint)\S+ ){0,4}?for "
               r"(?:the |my |a |our |his |her )?(?:\S+ )?(?:camping|headaches|migraines|rock|"
               r"pressure|heart|thyroid|diabetes|cholesterol|arthritis|bp|asthma|epilepsy|"
               r"seizures|nausea|reflux|infection|acne|adhd|ankle|wrist|shoulder|neck|sprain|"
               r"fever|cough|boat|balloons|party|bbq|barbecue|tailgate|moving|boxes|clothes line|"
               r"clothesline|laundry|birthday|present|gift|christmas|shaving|shave|kit|"
               r"tent|trip|hike|hiking|boat|climbing|"
               r"garden|headache|migraine|cramps|back|pain|cold|flu|fever|allergies|allergy|"
               r"period|dog|cat|kitchen|dinner|cooking|class|project|work|school|swing|"
               r"hammock|hunting|deer|sleep|anxiety|my doctor|knee|tooth|toothache)"),
    # "took them all fishing": people or things taken somewhere, not swallowed.
    Suppressor("benign_use", "took them all somewhere", r"(?:took|take|taking) (?:them all|all "
               r"of them|em all|them|em) (?:, )?(?:all |every one |every last one )?(?:back|inside|"
               r"outside|home|in|on|up|down|around|along|over|upstairs|downstairs|out (?:for|to|"
               r"of the (?:house|car|oven|box|room))|to (?:the|my|a|an|his|her|their|our|school|"
               r"church|work|grandmas|grandpas)|fishing|swimming|camping|shopping|with (?:me|us)|"
               r"for (?:a|an|ice|pizza|lunch|dinner|breakfast))"),
    Suppressor("benign_use", "took my meds", r"(?:took|take|taking|picked up|pick up|refill|"
               r"refilled|forgot|forgot to take|left) (?:my |her |his )(?:daily |"
               r"prescription |allergy |vitamin |birth control )?(?:meds|pills|vitamins|"
               r"medication|medicine)(?!(?: \S+){0,3}? (?:all|too|every|at once|and (?:i|im) "
               r"(?:feel|dizzy))| \d)"),
    Suppressor("benign_use", "from the pharmacy", r"(?:picked up|pick up|picking up|get|got|"
               r"getting|refill|refilled|refilling|grabbed) (?:\S+ ){0,3}?(?:pills|meds|"
               r"medication|medicine|prescription|prescriptions) (?:\S+ ){0,2}?(?:from|at) "
               r"(?:the )?(?:pharmacy|drugstore|cvs|walgreens|rite aid|doctor|clinic|store)"),
    Suppressor("benign_use", "cut myself shaving", r"(?:cut|hurt|"
               r"burned|burnt|scratched) <SELF> (?:(?!on purpose|deliberately|intentionally|"
               r"again)\S+ ){0,5}?(?:shaving|cooking|chopping|gardening|by accident|accidentally|"
               r"on (?:a|the|some|my) (?:\S+ )?(?:paper|glass|can|fence|nail|stove|oven|pan|"
               r"straighteners|iron|kettle|hob|tray|grill|bbq|knife|rose|bush|curling iron))"),
    Suppressor("benign_use", "vitamins", r"(?:vitamin|vitamins|allergy|allergies|birth control|"
               r"supplement|supplements) (?:\S+ ){0,2}?(?:emoji_pill|meds|pills)"),
    Suppressor("benign_use", "shooting range", r"(?:shooting|gun|rifle) (?:range|club|safety|"
               r"license|class)"),
    Suppressor("benign_use", "hunting", r"(?:hunting|hunt|went hunting) (?:\S+ ){0,6}?(?:rifle|"
               r"gun|shotgun)"),
    Suppressor("benign_use", "hunting season", r"(?:rifle|gun|shotgun|shotguns|rifles|bow) "
               r"(?:\S+ ){0,6}?(?:season|hunting|range|clays|skeet|trap shooting|pheasants?|"
               r"ducks?|doves?|deer|turkey|grouse|geese|goose|elk|rabbits|pigeons|foxes|fox|pests|vermin|"
               r"crows|coyotes|hogs|snakes|rats)"),
    Suppressor("benign_use", "helium for balloons", r"(?:helium|balloon) (?:tank|canister|"
               r"cylinder)(?: \S+){0,8}? (?:balloons?|party|birthday|shop|store|decorations?)"),
    Suppressor("benign_use", "antifreeze for the car", r"(?:top up|top off|topped up|topping up|"
               r"check|checked|change|changed|refill|need|needs|grabbed|bought|low on|some|more) "
               r"(?:the |some |more |of the )?(?:antifreeze|coolant)" + _NOT_FOR + r"|(?:antifreeze|"
               r"coolant)" + _NOT_FOR + r" (?:\S+ ){0,6}?(?:car|engine|radiator|winter|trip|garage|wiper|washer|oil|"
               r"truck|van|is low|leak)"),
    Suppressor("benign_use", "knife emoji cooking", r"emoji_knife (?:emoji_knife )?(?:\S+ ){0,3}?"
               r"(?:cooking|salad|pizza|dinner|lunch|chopping|recipe|food|bbq|kitchen|chef|meal "
               r"prep|veggies|vegetables|steak)"),
    Suppressor("benign_use", "water pistol", r"(?:emoji_gun emoji_splash|emoji_splash emoji_gun|"
               r"water (?:pistol|gun|guns|pistols|fight|balloon)|nerf (?:gun|guns))"),
    Suppressor("benign_use", "heart tablets", r"(?:took|take|takes|taking|forgot|forgetting|"
               r"forgets|remember|remembers|refill|missed) (?:if (?:she|he|i) (?:took|take|had) )?"
               r"(?:my |her |his |their )(?:heart|blood pressure|bp|thyroid|diabetes|cholesterol|"
               r"arthritis|morning|evening|night|daily|water|iron|sugar) (?:tablets|pills|meds|"
               r"medication|medicine)"),
    Suppressor("benign_use", "farewell party", r"(?:said|saying|say) (?:my |all my |our )?"
               r"(?:goodbyes?|byes) (?:to (?:\S+ ){0,3}?)?(?:at|before) (?:the |my |our )?"
               r"(?:\S+ )?(?:party|work|office|school|airport|station|do|dinner|lunch|drinks)|"
               r"(?:farewell|leaving|goodbye|retirement) (?:party|lunch|drinks|card|do|gift|"
               r"speech)"),
    Suppressor("benign_use", "para la cocina", r"(?:cuchillo|cuchillos|cuerda|soga|pastilla|"
               r"pastillas|navaja|pistola) (?:\S+ ){0,2}?para (?:\S+ ){0,2}?(?:cocina|cocinar|"
               r"partir|cortar|pastel|jamon|carne|pan|camping|acampar|tender|ropa|gripa|gripe|"
               r"presion|tension|azucar|diabetes|colesterol|corazon|tiroides|"
               r"dolor|cabeza|muela|dormir|fiebre|alergia|finde|viaje|barco|columpio|perro|"
               r"jardin|asado|fruta|verdura|regalo|cumpleanos)"),
    Suppressor("benign_use", "last day at work", r"(?:last|final) (?:day|shift|exam|class)"
               r"(?: \S+){0,6}"),
    Suppressor("benign_use", "ultimo dia de trabajo", r"(?:ultimo|ultima) (?:dia|semana|turno|"
               r"clase|noche)(?: \S+){1,8}"),
    Suppressor("benign_use", "knife set", r"(?:knife|knives) (?:set|block)|(?:cutting|chopping|"
               r"slicing) (?:vegetables|onions|veggies|board)"),
    Suppressor("benign_use", "bridge views", r"(?:bridge|roof) (?:\S+ ){0,3}?(?:views?|sunset|"
               r"photos|pictures|is closed|was closed|detour|traffic)"),
    Suppressor("benign_use", "low battery", r"(?:battery|phone|phones|batterys) (?:\S+ ){0,7}?"
               r"(?:last|goodbye|"
               r"bye|dying)|(?:last|goodbye|bye) (?:\S+ ){0,4}?(?:battery|phone)"),
)

# Round G (third author): lookalikes from train_g_voices.
SUPPRESSORS = SUPPRESSORS + (
    Suppressor("benign_use", "tonight's the night, I'm asking her out", r"(?:tonight|tonights|"
               r"today|todays) (?:is |s )?the (?:night|day) (?:, |\. )?(?:im|i am|ill|i will|"
               r"were|we are|i m) (?:finally |gonna |going to )?(?:asking|ask|proposing|propose|"
               r"popping the question|telling (?:him|her|them) (?:i love|how i feel))"),
    Suppressor("denial", "never thought about ending my life", r"never (?:thought|think|"
               r"considered|consider|thought seriously) (?:about |of )?(?:ending my life|killing "
               r"myself|suicide|dying|ending it|taking my life)(?! (?:until|till|before|but|"
               r"till now|until now|like|this much|so much))"),
    Suppressor("benign_use", "carbon monoxide alarm", r"carbon monoxide (?:alarm|alarms|detector|"
               r"detectors|sensor|sensors|monitor|leak|test|tester)"),
    Suppressor("benign_use", "sliced my thumb cooking", r"(?:sliced|cut|nicked|chopped)"
               r"(?!(?: \S+){0,8} (?:on purpose|deliberately|myself|again|deep|deeper|wrist|"
               r"wrists|arm|arms|thigh|thighs)) (?:my|the tip of my) (?:finger|fingers|thumb|hand|"
               r"fingertip|toe)(?: \S+){0,8}? (?:blood everywhere|bleeding (?:everywhere|a lot|"
               r"loads|like crazy))"),
    Suppressor("benign_use", "una carta por su cumpleaños", r"(?:deje|dejo|escribi|"
               r"mande) una carta (?:a|para) (?:mi|mis) (?:\S+ ){0,2}?(?:por|para) (?:su|el|"
               r"nuestro|sus) (?:cumpleanos|aniversario|boda|dia|santo|graduacion|fiesta)"),
    Suppressor("idiom", "dormir y no despertar hasta mediodía", r"(?:dormir|dormirme) (?:\S+ )"
               r"{0,2}?no (?:despertar|despertarme) hasta(?! que)"),
    Suppressor("benign_use", "ya lo decidí, me corto el pelo", r"ya lo decidi (?:, |\. )?(?:el "
               r"\S+ |manana |hoy |este \S+ )?(?:me corto (?:el|mi) (?:pelo|cabello|fleco|flequillo)|renuncio|me mudo|me caso|me voy de "
               r"viaje|me inscribo|empiezo|me compro|me cambio)"),
    Suppressor("benign_use", "don't want to be here, this job", r"(?:dont|do not) want to be "
               r"here (?:<ANYMORE> )?(?:, |\. )?(?:this|at this|in this|at) (?:job|company|school|"
               r"town|city|office|house|flat|class|uni|party|meeting|queue)"),
    Suppressor("benign_use", "ready to go, bags packed", r"ready to go (?:, |\. )?(?:\S+ ){0,3}?"
               r"(?:bags|packed|car|taxi|uber|flight|trip|holiday|vacation|airport|party|gym|"
               r"school|work|beach|concert)"),
    Suppressor("benign_use", "tell mum I'm sorry I missed", r"tell (?:\S+ ){0,2}?(?:im|i am) "
               r"sorry (?:i |for )(?:missed|missing|forgot|forgetting|being late|the mess|not "
               r"calling|couldnt make|cant make)"),
    Suppressor("benign_use", "goodbye everyone, off to uni", r"goodbye (?:everyone|all|everybody|"
               r"guys) (?:, |\. )?(?:im )?(?:(?:off to|moving to|heading to|leaving for)(?! (?:the |"
               r"a )?<PLACE>)|see you|back (?:on|in|next)|last day)"),
    Suppressor("benign_use", "take my dog for a walk", r"take my (?:dog|cat|pup|puppy|\S+ dog) "
               r"(?:for a walk|for walks|out|to the vet|while|for the weekend|this weekend|for a "
               r"few days|for a week)"),
    Suppressor("benign_use", "Friday is the day! exam results", r"is the day (?:, |\. )?(?:\S+ )"
               r"{0,2}?(?:exam|results|wedding|party|interview|move|moving|launch|match|game|race|"
               r"surgery|appointment|gig|concert|trip|flight|graduation|birthday|date|scan)"),
    Suppressor("benign_use", "decided how I'm going to tell him", r"decided (?:how|when|where|what)"
               r" (?:im|i am|i) (?:going to |gonna |will )?(?:tell|say|ask|break|announce|"
               r"propose|celebrate|spend|decorate|handle|approach|wear|cook)"),
    Suppressor("benign_use", "ready for the party, got everything", r"ready for (?:the|my|our|a) "
               r"(?:party|trip|holiday|wedding|move|exam|bbq|picnic|camping|baby|shoot|gig|show) "
               r"(?:, |\. )?(?:\S+ ){0,2}?(?:got|have) everything (?:i|we) need"),
    Suppressor("benign_use", "doing it tonight, first gig", r"doing it (?:tonight|today|tomorrow) "
               r"(?:, |\. )?(?:\S+ ){0,3}?(?:gig|show|performance|presentation|speech|recital|"
               r"audition|exam|test|interview|race|marathon|skydive|bungee|tattoo|haircut|"
               r"proposal|open mic|stand up|karaoke|debut|premiere)"),
    Suppressor("benign_use", "clay shooting with a shotgun", r"(?:clay|skeet|trap|target|duck|"
               r"pheasant|deer|rabbit|game) (?:shooting|hunting)(?: \S+){0,4} (?:shotgun|rifle|"
               r"gun|guns)"),
    Suppressor("benign_use", "nadie me va a extrañar en la fiesta", r"nadie me (?:va a |van a )?"
               r"(?:extranar|extranaria|echar de menos) en (?:la|el|mi) (?:fiesta|reunion|trabajo|"
               r"clase|boda|viaje|escuela|oficina|partido|cena)"),
    Suppressor("benign_use", "sorry for everything I said at dinner", r"sorry for everything "
               r"(?:i said|i did) (?:at|to|in|last|earlier|yesterday|this|today)"),
    Suppressor("benign_use", "edge of the cliff for the sunset", r"(?:edge|top|bottom) of the "
               r"<PLACE> (?:for|to (?:watch|see)|watching) (?:the )?(?:sunset|sunrise|view|views|"
               r"stars|photos|pictures|fireworks|picnic)"),
    Suppressor("idiom", "don't try to stop me eating pizza", r"(?:dont|do not) try to stop me "
               r"(?:from )?(?:eating|buying|having|getting|watching|ordering|drinking|singing|"
               r"dancing|shopping)"),
    Suppressor("benign_use", "how high for a bus", r"need to be (?:for|to (?:fit|let|clear)) (?:a |"
               r"the )?(?:\S+ ){0,2}?(?:bus|lorry|truck|van|boat|ship|train|buses|trucks|lorries|boats|"
               r"ships|crane)"),
    Suppressor("benign_use", "painless way to remove a plaster", r"painless way to (?:remove|get|"
               r"take off|pull|wax|pierce|break up|tell|quit|do (?:my|a|the))"),
    Suppressor("benign_use", "me despedí de todos en el trabajo", r"despedi de todos en (?:el|la|"
               r"mi) (?:trabajo|oficina|escuela|colegio|fiesta|aeropuerto|uni|universidad)"),
    Suppressor("benign_use", "making it to the party", r"making it (?:to|2) (?:the|a|my|your|his|"
               r"her) (?:party|wedding|meeting|game|match|concert|show|dinner|reunion|gig|event|"
               r"class)"),
    Suppressor("benign_use", "wake up with a hangover", r"wake up (?:\S+ ){0,2}?with a (?:hangover|"
               r"headache|cold|migraine|sore throat)"),
    Suppressor("benign_use", "where and when the concert is", r"where and when (?:the|my|our|his|"
               r"her) (?:concert|party|wedding|meeting|game|match|show|gig|class|exam|interview|"
               r"bus|train|flight)"),
    Suppressor("benign_use", "how long it takes to drive", r"how long it takes to (?:drive|get|"
               r"walk|fly|cook|bake|boil|charge|ship|deliver|heal|recover|learn)"),
    Suppressor("benign_use", "belt for my jeans", r"belt (?:for|to go with) (?:my|the|these|"
               r"those) (?:jeans|trousers|pants|dress|suit|outfit|shorts|skirt)"),
)
