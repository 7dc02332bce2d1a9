"""English risk patterns, one family at a time (see README rules R1-R6 and R10)."""

from __future__ import annotations

from warmline.core.screening.lexicon import Rule
from warmline.core.screening.verdict import Level

L1 = Level.L1
L2 = Level.L2

_INTENT = (r"(?:want|wanted|wants|wanting|wish|wishing|ready|going|deserve|need|trying|try|plan|"
           r"planning|decided|about|rather|should|might|will|ill|could|urge|urges|feel like|"
           r"tempted|gotta|choose|choosing|prefer)")
_DIE = (r"(?:die|dye(?! (?:my|her|his|it|the|your|our))|be dead|be gone (?:forever|for good)|"
        r"be gone(?! (?:for|by|on|until|till|from|tomorrow|all|this|next))|"
        r"end (?:it all|it|my life|my own life|everything|things|myself|this life|my suffering)"
        r"(?! with| for (?:now|today)| (?:between|off) )|take my (?:own )?life|off <SELF>|"
        r"commit suicide|not (?:wake up|exist|be here|be alive|live|be around|be alive)|"
        r"stop (?:living|existing|breathing|being alive)|disappear (?:forever|for good|for ever)|"
        r"sleep forever|cease to exist|leave this world|go to sleep and never wake up|"
        r"not wake up|never wake up|jump(?! (?:on|in|into|rope|for|up|at|around|ship|ahead|"
        r"the gun|to conclusions|start|back|over|higher|out of bed|in line|into bed)))")
_DIE_GUARD = (r"(?! (?:for(?! real| good| ever| a while| so long| months| weeks| years| now)|of|laughing|from|if|when|in a|happy|a little|"
              r"inside|on that hill|old))")
_DYING = (r"(?:dying|killing <SELF>|ending (?:it all|it|my life|everything|things|myself)"
          r"(?! with)|taking my (?:own )?life|not waking up|not existing|suicide|being dead|"
          r"offing <SELF>|not being alive|not being here|death|overdosing|od ing|oding|jumping "
          r"(?:off|in front|from)|hanging <SELF>|shooting <SELF>|cutting <SELF>|drowning "
          r"<SELF>|hurting <SELF>|walking into|driving (?:off|into)|self harm|unaliving|"
          r"my (?:own )?"
          r"(?:death|funeral|suicide))")
_THINK = (r"(?:think|thinking|thought|thoughts|urge|urges|fantasize|fantasizing|fantasise|"
          r"dreaming|dream|obsessing|considering|consider|contemplating|imagining|planning)")
_SH_ACT = (r"(?:cut|cutting|burn|burning|hurt|hurting|harm|harming|hit|hitting|punch|punching|"
           r"scratch|scratching|starve|starving|punish|punishing)")

# A reason given for being away ("I'm working abroad") reads the absence as a trip, not a death.
# "for the party", "this office is so boring": a named occasion or place reads as everyday.
_EVENT = (r"(?!(?: \S+){0,5} (?:party|partys|wedding|meeting|trip|move|appointment|surgery|"
          r"dinner|interview|launch|match|game|concert|exam|reunion|meetup|bbq|barbecue|"
          r"celebration|holiday|vacation|event|meteor|show|gig|date night))")
_SITUATION = (r"(?! ,? ?(?:\S+ ){0,3}?(?:office|job|school|class|party|town|city|place|house|"
              r"meeting|work|country|queue|line|boring|hospital waiting|waiting room))")
_EXPLAINED = (r"(?! ,? ?(?:\S+ ){0,4}?(?:moving|working|travelling|traveling|abroad|away|"
              r"visiting|holiday|vacation|trip|staying with|off to|at my|because|cause|since|"
              r"deployed|deployment|study|studying|uni|college|exchange|hospital for|surgery|"
              r"new job))")

RULES: tuple[Rule, ...] = (
    # ideation_explicit: the texter says they want to die or kill themselves.
    Rule("ideation_explicit", "wants to die", _INTENT + r" (?:to )?<ADV>" + _DIE + _DIE_GUARD,
         jokeable=True),
    Rule("ideation_explicit", "kill myself", r"(?:kill|killing|kil) <SELF>", jokeable=True),
    Rule("ideation_explicit", "kill myself", r"(?:hang|hanging|shoot|shooting|drown|drowning|"
         r"poison|poisoning|suffocate|strangle|off|offing) <SELF>", jokeable=True),
    Rule("ideation_explicit", "thinking about dying", _THINK + r" (?:about |of |on )?<ADV>"
         + _DYING, jokeable=True),
    Rule("ideation_explicit", "suicidal", r"(?:suicidal|suicidality)(?! (?:friend|people|person|"
         r"patients|teens|behavior|ideation rates|clients))"),
    Rule("ideation_explicit", "suicide on my mind", r"suicide (?:is|keeps|seems|sounds|feels|"
         r"looks|has|on|crossed|crosses|again|thoughts|urges|plan|attempt|mode)"),
    Rule("ideation_explicit", "wish I were dead", r"(?:wish|wishing|wished|pray|praying) (?:that )?"
         r"(?:i|im) (?:was|were|could be|would be|be|had|could|would|never) (?:just )?"
         r"(?:dead|gone|never born|not alive|not here|die|disappear|been born|wake up|woke up|"
         r"existed|was born)"),
    Rule("ideation_explicit", "better off dead", r"(?:better off|rather be|prefer to be|rather) "
         r"(?:dead|gone|in the ground|die)", jokeable=True),
    Rule("ideation_explicit", "doesn't want to live", r"(?:dont|do not|dnt|no longer|not|never|"
         r"cant|cannot|didnt) (?:really |even )?(?:want|wanna|wish|care) (?:to )?(?:live|be alive|"
         r"stay alive|exist|keep living|go on|go on living|keep going|be here <ANYMORE>|wake up|"
         r"be around|continue|be here)(?! with| at| in| for| until| till)"),
    Rule("ideation_explicit", "can't go on", r"(?:cant|cannot|can not) (?:go on|keep living|keep "
         r"going on|do life|live like this|keep doing this|live with this|take it <ANYMORE>)"),
    Rule("ideation_explicit", "ready to die", r"(?:ready|prepared|okay|ok|fine|at peace) "
         r"(?:to die|with dying|to go(?! (?:to|out|home|back|shopping|now|get|see|for|on|in))"
         r"(?! ,? ?(?:\S+ ){0,4}?(?:ride|rides|uber|taxi|lift|bus|flight|outside|waiting|lets|"
         r"when you|are you|babe|guys|party|concert|gig)))"),
    Rule("ideation_explicit", "not afraid to die", r"not (?:scared|afraid) (?:of|to) "
         r"(?:dying|die|death)", firm=True),
    Rule("ideation_explicit", "suicide is the answer", r"(?:only|last) (?:option|way out|choice|"
         r"answer|solution|thing left)"),
    Rule("ideation_explicit", "recent attempt", r"(?:attempted|tried)(?: suicide| to kill <SELF>| "
         r"again)? (?:last (?:week|night|month|weekend)|yesterday|earlier|this (?:week|month|"
         r"morning)|(?:a|one|two|three|few|couple|couple of|\d+) (?:days|weeks|day|week) ago|"
         r"on (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday))"),
    # README R8: thoughts that are back make a past attempt current.
    Rule("ideation_explicit", "thinking about it again", r"(?:thinking|think|thought|thinkin) "
         r"(?:about |of )?(?:doing it|it|ending it|that|trying) (?:\S+ )?again"),
    Rule("ideation_explicit", "thoughts are back", r"(?:thoughts|urges|urge|feelings|ideation|"
         r"voices) (?:are |is )?(?:already |all |now |definitely )?(?:back|coming back|returning|"
         r"came back|won t stop|wont stop|"
         r"getting (?:worse|louder|stronger)|loud|so loud|really strong|strong again|back again|"
         r"worse again|bad again|so strong)"),
    Rule("ideation_explicit", "do the same", r"(?:should|could|want to|wanna|going to|thinking "
         r"about|thinking of|might) (?:just )?(?:do|doing) the same", firm=True),
    Rule("ideation_explicit", "want to die (third person subject)", r"(?:everything|everyone|"
         r"part) (?:in|of) me (?:wants|is telling me) to (?:die|end it)"),
    Rule("ideation_explicit", "brain says end it", r"(?:brain|head|mind|voice|voices|body|"
         r"heart|soul|everything) "
         r"(?:keeps|keep|is|are) (?:telling|saying|begging) (?:me )?(?:to )?(?:end|die|kill|"
         r"do it)"),
    # ideation_implicit: burden, finality, non-existence.
    Rule("ideation_implicit", "better off without me", r"(?:better|happier|easier|fine|relieved|"
         r"okay|ok) (?:off )?(?:for (?:everyone|everybody|them|all|my family|the world) )?"
         r"(?:without me|if i (?:just )?(?:was|were|wasnt|werent|was not|died|"
         r"disappeared|"
         r"didnt exist|never existed|wasnt here|left|was gone|never came back|never woke up|"
         r"didnt come back|didnt wake up|left for good|wasnt born|wasnt around))"),
    Rule("ideation_implicit", "nobody would miss me", r"(?:no one|nobody|noone|no1|nobody ll) "
         r"(?:would|will|is going to|gonna)? ?(?:even )?(?:miss|notice|care|cry)(?: me)?"
         r"(?: if| when| once| after)(?! (?:\S+ ){0,4}?(?:party|early|class|meeting|work|chat|"
         r"group|room|lesson|office|dinner|call))"),
    Rule("ideation_implicit", "burden", r"(?:im|i am|just|such|being|nothing but|only) (?:a |"
         r"such a |the )?(?:burden|waste of (?:space|air|oxygen|life))"),
    Rule("ideation_implicit", "burden", r"(?:feel|feeling|felt|feels) like (?:a |such a |the |"
         r"nothing but a )?(?:burden|waste of space)(?! (?:sometimes|at times))"),
    Rule("ideation_explicit", "ending it", r"(?:im|i am|i m) (?:just |finally |really |seriously "
         r")?ending (?:it|it all|everything|my life|things)(?! (?:with|between))"),
    Rule("ideation_implicit", "burden", r"burden (?:to|on|for) (?:everyone|everybody|my family|"
                                        r"them|"
         r"all|my (?:kids|parents|wife|husband|mom|dad))"),
    Rule("ideation_implicit", "won't be around", r"(?:wont|will not|not going to|wouldnt|dont "
         r"plan to|not gonna) (?:be (?:around|here|alive|a (?:burden|problem))|have to (?:feel|"
         r"deal|"
         r"suffer|wake|live|be))(?: \S+){0,4}? (?:much longer|for long|long|next|tomorrow|by|ever "
         r"again|anymore|any more|soon|after|again|to see|for (?:my birthday|christmas|the "
         r"holidays|graduation|new year|next year|thanksgiving))"
         + _EXPLAINED),
    Rule("ideation_implicit", "won't be around", r"(?:wont|will not|not going to|wouldnt) be "
         r"(?:around|here|alive)(?: (?:much longer|for long|tomorrow|next (?:week|year|month)|"
         r"anymore|soon|after (?:tonight|today|this))|$| \.| ,)"
         + _EXPLAINED),
    Rule("ideation_implicit", "not waking up", r"(?:dont|do not|wont|not|never) (?:plan on |"
         r"planning on |planning to |want to |going to |intend to |expect to )?(?:wake|waking) up"
         r"(?! (?:early|at|for|so|on time|in time|before|until|till))"),
    Rule("ideation_implicit", "sleep and never wake", r"(?:sleep|asleep|nap|bed) (?:\S+ ){0,3}?"
         r"(?:never|not) (?:wake|waking) up"),
    Rule("ideation_implicit", "when I'm gone", r"(?:when|after|once|before|if) (?:im|i am|i m|"
         r"i'm) (?:gone|dead|not here|not around|no longer here)"),
    Rule("ideation_implicit", "gone by morning", r"(?:ill|i will|i ll|i should|i am|im) (?:be )?"
         r"(?:gone|dead) (?:by|before|soon|tonight|tomorrow|forever|for good)"),
    Rule("ideation_implicit", "disappear forever", r"(?:disappear|disappearing|vanish|vanishing|"
         r"go away|went away|going away|gone|check out|checking out|log off|logging off|"
         r"logged off|sign off|signing "
         r"off|sleep|rest|be gone|leave this world|leave this earth) (?:\S+ ){0,2}?(?:for good|"
         r"forever|permanently|for ever|and never come back)(?! ,? ?(?:with|moving|to|from|"
         r"because|cuz))", jokeable=True),
    Rule("ideation_implicit", "disappear", r"(?:want|wanna|wish|need) (?:to )?(?:just )?"
         r"(?:disappear|vanish|stop existing|not exist|fade away)(?! (?:for (?:a|the|some) "
         r"(?:while|bit|few|week|day|weekend|summer|month)|,? ?go on|to (?:a|an|the|my)|into "
         r"(?:a|my) (?:book|game|show)))"),
    Rule("ideation_implicit", "tired of living", r"(?:tired|sick|exhausted|done) (?:of|with) "
         r"(?:being alive|living|existing|(?:this |my )?life|waking up|breathing|fighting to "
         r"(?:exist|live|stay)|"
         r"trying to stay alive|being here)(?! like| in| with| at)" + _SITUATION),
    Rule("ideation_implicit", "tired of living", r"(?:tired of|done with|sick of) (?:it all|"
         r"everything) (?:\S+ ){0,3}?(?:forever|for good|want out)"),
    Rule("ideation_implicit", "what's the point", r"(?:whats|what is|wheres|no|dont see the|"
         r"theres no) (?:even )?(?:the )?point (?:in |of )?(?:me )?(?:living|staying alive|being "
         r"alive|being here|life|going on|waking up|existing|me being alive|me being here|"
         r"trying to live|of my life|in my life|to live|to life)"),
    Rule("ideation_implicit", "no reason to live", r"(?:no|any) (?:more )?(?:reason|reasons) "
         r"(?:for me )?(?:to |for )?(?:live|living|keep going|keep living|go on|stay|be here|"
         r"be alive|exist|wake up|carry on|continue|keep on)"),
    Rule("ideation_implicit", "shouldn't be alive", r"(?:shouldnt|should not|dont deserve to|"
         r"should have|shouldve) (?:even |really |still )?(?:be |to )?(?:alive|here|exist|died|"
         r"live|be born|been born)(?! (?:at|in|on|right now|today|yet|with|for|doing|working))"
         r"(?! ,? ?(?:im|i am|i was|i should be) (?:supposed|meant|due))"),
    Rule("ideation_implicit", "stop trying to stay", r"(?:stop|done|quit|giving up|give up|gave "
         r"up) (?:trying to stay|fighting|fighting it|on life|on living|on everything|trying to "
         r"live)(?: <ANYMORE>)?"),
    Rule("ideation_implicit", "not fighting anymore", r"not (?:fighting|going to fight|gonna "
         r"fight|fighting it) (?:it )?<ANYMORE>"),
    Rule("ideation_explicit", "close to doing it", r"(?:close|closer|so close) to (?:doing it|"
         r"ending it|killing <SELF>|ending my life|giving up for good|the end)"),
    Rule("ideation_explicit", "want out of life", r"(?:want|need|wanna) out of (?:this |my )?"
         r"(?:life|world|existence)"),
    Rule("ideation_explicit", "death would be a relief", r"(?:dying|death|being dead|not existing|"
         r"not waking up|not being here) (?:\S+ ){0,2}?(?:sounds|seems|feels|looks|would be|is|"
         r"will be) (?:like )?(?:a |the )?(?:relief|peaceful|nice|better|easier|freeing|answer|"
         r"only (?:way|option)|so good|good right now)"),
    Rule("ideation_implicit", "don't belong in this world", r"(?:dont|do not|never) (?:belong|want "
         r"to be|deserve to be|deserve to live|fit) (?:in|on) this (?:world|earth|planet)"),
    Rule("ideation_implicit", "free soon", r"(?:ill|i will|i ll|im going to|ill finally|i will "
         r"finally|soon ill) be (?:free|at peace|at rest|gone|with (?:him|her|god|jesus|them|my "
         r"\S+)) (?:soon|tonight|forever|for good|finally|at last)"),
    Rule("ideation_implicit", "won't make it through tonight", r"not (?:going to|gonna) (?:make "
         r"it|survive|last) (?:through |past |until |to )?(?:tonight|the night|today|this week|"
         r"the weekend|another (?:day|night)|morning)", firm=True),
    Rule("ideation_implicit", "don't care if I die", r"(?:dont|do not) care (?:if|whether) (?:i|"
         r"im) (?:die|dying|live|dead|wake up|make it)", firm=True),
    Rule("plan_time", "last night alive", r"(?:this is|tonight is|today is|its) my (?:last|final) "
         r"(?:night|day|weekend|week|morning|birthday|christmas)(?! (?:at|of|in|with|before|"
         r"here at|"
         r"off|shift))"),
    Rule("plan_time", "it ends", r"<TIME> (?:it|everything|this|all of this|it all) (?:ends|will "
         r"end|is over|stops|finishes)"),
    Rule("plan_time", "all planned", r"(?:have|got|had) (?:it|everything) (?:all )?(?:planned|"
         r"figured out|worked out|set up)(?! for (?:\S+ ){0,3}?(?:trip|party|wedding|move|date|"
         r"holiday|birthday|anniversary|dinner|weekend|christmas|visit|surprise|meeting|day))"),
    Rule("method", "would a fall kill you", r"(?:would|will|could|does|can) (?:jumping|falling|a "
         r"fall|a jump|taking|eating|drinking|swallowing|mixing|(?:\d+|that many|this many|all my|"
         r"all the|\S+ \S+) <DRUG>)(?: \S+){0,5}? (?:kill|killed) (?:you|me|someone|a person)"),
    Rule("ideation_explicit", "end my life", r"(?:end|ending|take|taking) my (?:own )?life",
         jokeable=True),
    Rule("farewell", "look after my pets", r"(?:please|make sure (?:you|someone)|can someone|"
         r"someone) (?:give|take care of|look after|feed|adopt|take) my (?:dog|cat|pets?|kids|"
         r"babies|fish|birds?|plants|son|daughter)"),
    Rule("farewell", "rehome my pet", r"(?:give|giving|gave|find|finding) (?:away )?my (?:dog|cat|"
         r"pets?|fish|birds?|bunny|rabbit) (?:to )?(?:someone|somebody|a good home|a new home|"
         r"a family)"),
    Rule("farewell", "note on the table", r"(?:left|leaving|wrote) (?:a |my )?(?:note|letter|"
         r"notes|letters) (?:\S+ ){0,2}?on (?:the |my )?(?:kitchen )?(?:table|bed|pillow|counter|"
         r"desk|dresser)(?!(?: \S+){0,4} (?:about|re|saying (?:to|where|when|what)|to (?:buy|feed|"
         r"call|pick)))"),
    Rule("self_harm", "banging my head", r"(?:bang|banging|banged|hit|hitting|slam|slamming|"
         r"slammed|punch|punching|punched) my (?:head|fist|fists|hand|hands) (?:\S+ ){0,2}?"
         r"(?:on|against|into) (?:the |a )?(?:wall|walls|floor|door|mirror|desk)"),
    Rule("self_harm", "razor to my skin", r"(?:took|take|taking|put|putting) (?:a|the|my) "
         r"(?:razor|blade|knife|lighter|scissors) to my"),
    Rule("attempt_in_progress", "overdosing now", r"(?:im|i am|i think im) (?:overdosing|oding|"
         r"bleeding out)", level=L1, firm=True),
    Rule("attempt_in_progress", "rope hung", r"(?:hung|tied|put up|set up|tying|hanging) (?:up )?"
         r"(?:the |a |my )?(?:rope|noose|belt|cord)(?: \S+){0,6}? (?:chair|stool|standing|neck|"
         r"ready|beam|door|closet)", level=L1, firm=True),
    Rule("ideation_explicit", "praying for death", r"(?:praying|pray|prayed|wishing|hoping|hope|"
         r"begging|longing|waiting|ready) (?:for|to) (?:death|die|dying|the end|god to take me|"
         r"it to end)"),
    Rule("ideation_explicit", "hope I die", r"(?:hope|hoping|wish|pray|praying) (?:that )?i "
         r"(?:die|dont wake|never wake|wont wake|get hit by|crash|dont make it|never woke|"
         r"didnt wake)"),
    Rule("ideation_explicit", "nothing to live for", r"nothing (?:left )?(?:to|worth) "
         r"(?:live|living|stay|staying) (?:for|alive for)"),
    Rule("ideation_explicit", "all I think about is dying", r"(?:think|thinking|thought) about "
         r"(?:is |are )?(?:dying|death|suicide|killing <SELF>|ending it|ending my life|"
         r"not being here|how to die)"),
    Rule("ideation_explicit", "planning my suicide", r"(?:planning|plan|planned|planning out|"
         r"preparing|prepping) (?:my|for my) (?:suicide|death|exit|overdose|attempt|own death)"),
    Rule("ideation_explicit", "my plan is to end it", r"(?:plan|plans|goal|decision|choice) "
         r"(?:is|was) to (?:\S+ )?" + _DIE),
    Rule("ideation_explicit", "hate being alive", r"(?:hate|hating|despise|cant stand) (?:being "
         r"alive|living|existing|my existence|that im alive|waking up every)"),
    Rule("ideation_explicit", "still alive", r"(?:disappointed|upset|angry|sad|mad|annoyed|"
         r"pissed) (?:that )?(?:im|i am|i was|to be) still (?:alive|here|breathing)"),
    Rule("ideation_implicit", "life not worth living", r"(?:life|living|my life) (?:isnt|is not|"
         r"aint|not|is no longer|isnt even) worth (?:living|it <ANYMORE>)"),
    Rule("ideation_implicit", "not meant to be alive", r"not (?:meant|supposed) to (?:be alive|"
         r"live|be here|exist|have survived)"),
    Rule("ideation_implicit", "if I was gone", r"if i (?:was|were|am) (?:gone|dead)(?! for)"),
    Rule("ideation_implicit", "no one will have to worry", r"(?:no one|nobody|noone|no1) "
         r"(?:will )?(?:has|have|will have|needs?|would have) to (?:worry about|deal with|take "
         r"care of|put up with|see|hear from) me (?:again|<ANYMORE>|ever again)"),
    Rule("ideation_implicit", "not coming back", r"(?:not|never|wont be|and not) (?:coming|going "
         r"to come|gonna come) back(?! (?:to|until|till|for|from|here))"),
    Rule("ideation_explicit", "don't want to be saved", r"(?:dont|do not) (?:want|need) (?:to be "
         r"|you to |anyone to )?(?:saved|rescued|stopped|save me|stop me|try to stop me)"),
    Rule("ideation_explicit", "don't try to stop me", r"(?:dont|do not) (?:try to |bother to |"
         r"bother trying to )?(?:save|stop|find|call anyone for) me"),
    Rule("method", "which pills kill", r"(?:what|which|how many) (?:pills|meds|drugs|medication|"
         r"<DRUG>|of (?:my|these) \S+) (?:can|will|would|could|does it take to) (?:kill|die)"),
    Rule("method", "crash my car", r"(?:crash|wreck|drive|flip) (?:my |the )?(?:car|truck)"
         r"(?! (?:to|into (?:the )?(?:garage|driveway|parking))|wash)"),
    Rule("method", "carbon monoxide", r"(?:carbon monoxide|exhaust fumes|helium tank|charcoal "
         r"burning|car exhaust)"),
    Rule("method", "researching overdoses", r"(?:researching|googling|searching|looking up|"
         r"looked up|reading up on|research|google) (?:\S+ ){0,2}?(?:overdoses?|suicide methods|"
         r"methods|lethal doses?|how to die|ways to die|how to kill|painless)"),
    Rule("plan_time", "how and when", r"(?:know|figured out|decided|planned|worked out) "
         r"(?:exactly )?(?:how and when|when and how|where and when|when and where|how im going "
         r"to do it|how to do it)"),
    Rule("plan_time", "do it this time", r"do it (?:this time|for real|for good|and not fail|"
         r"properly)(?! (?:lol|haha))"),
    Rule("farewell", "last time you'll hear from me", r"last time (?:you|anyone|youll|u|you "
         r"will|anybody) (?:\S+ )?(?:hear|see|talk to|speak to) (?:from )?me"),
    Rule("farewell", "giving my things away", r"(?:giving|gave|give) away (?:all )?(?:my|all my) "
         r"(?:things|stuff|belongings|possessions|everything)(?! (?:to (?:the )?(?:shelter|"
         r"library|charity|goodwill|church|donation|thrift)|before (?:i|we) move|because "
         r"(?:im|were) moving))"),
    Rule("self_harm", "keep cutting", r"(?:keep|kept|been|still|started|cant stop) (?:cutting|"
         r"burning <SELF>|hurting <SELF>|scratching|hitting <SELF>|harming)"),
    Rule("attempt_in_progress", "took too much", r"(?:took|taken|swallowed) (?:way )?too "
         r"(?:much|many)(?! (?:time|of (?:a|the) (?:break|nap)|coffee|caffeine|sugar|to (?:drink|"
         r"eat)|alcohol|wine|beer|shots|naps|days off|classes|credits|edibles|gummies))",
         level=L1, firm=True),
    Rule("attempt_in_progress", "drank bleach", r"(?:drank|swallowed|ate|drinking|swallowing|"
         r"injected) (?:some |the |a bottle of |a cup of |a glass of )?<POISON>", level=L1,
         firm=True),
    Rule("attempt_in_progress", "took whole prescription", r"(?:took|swallowed|finished) (?:my|"
         r"the|her|his) (?:whole|entire|full) (?:prescription|bottle|supply|pack|box)",
         level=L1, firm=True),
    Rule("attempt_in_progress", "took them already", r"(?:took|swallowed|drank|did) (?:them|it|"
         r"the pills|all of them|all of it) (?:already|earlier|an hour ago|\d+ (?:min|mins|"
         r"minutes|hours) ago)", level=L1, firm=True),
    Rule("danger", "scared he'll kill me", r"(?:scared|afraid|terrified|worried|fear) (?:that )?"
         r"(?:he|she|they|hell|shell|theyll|hes|shes|my \S+) (?:\S+ )?(?:kill|hurt|beat|hit|"
         r"shoot|stab) (?:me|us)", level=L1, firm=True),
    Rule("ideation_implicit", "counting down the days", r"counting down (?:the days|the hours|"
         r"my days|the time)(?! (?:until|till|til|to|before|for) )"),
    Rule("ideation_implicit", "peace forever", r"(?:have|find|get|be at|be in) peace (?:,? )?"
         r"(?:forever|for good|soon|at last|finally|permanently)"),
    Rule("ideation_implicit", "not being here", r"(?:except|but|other than|only|except for|"
         r"besides) (?:not being (?:here|alive|around)|dying|death|ending it|leaving for good)"),
    Rule("plan_time", "everything set up", r"(?:set|setting|got|have|put) everything (?:up|ready|"
         r"in place|prepared|in order)(?: for)? <TIME>"),
    Rule("ideation_implicit", "join them in heaven", r"(?:join|be with|see|meet) (?:my \S+|him|"
         r"her|them|god|jesus|my \S+ \S+)(?: \S+){0,2}? (?:in heaven|on the other side|again "
         r"soon|up there|in the afterlife)"),
    Rule("ideation_implicit", "ready to join her", r"(?:ready|want|going|time) to (?:join|go be "
         r"with|be with) (?:him|her|them|my (?:\S+ )?(?:mom|dad|mother|father|wife|husband|son|"
         r"daughter|brother|sister|grandma|grandpa|friend|baby))(?! (?:for|at|in (?!heaven)|on))"),
    Rule("ideation_implicit", "me included", r"(?:over|end|stop|gone|done)(?: \S+){0,5}? (?:me "
         r"included|including me|and me with it|me too)"),
    Rule("plan_time", "how I'd do it", r"(?:thought|thinking|think|planned|planning|figured out|"
         r"know|knew|decided|worked out) (?:about )?(?:exactly )?how (?:id|i would|i will|ill|"
         r"im going to|i could|to|i should|i want to) do it"),
    Rule("plan_time", "picked a spot", r"(?:picked|chose|found|choose|pick|chosen|scouted) "
         r"(?:out )?(?:a |the |my )?(?:spot|place|location|date|day|time)(?: and (?:a |the )?"
         r"(?:day|date|time|place|spot))?(?! (?:for|to (?:eat|meet|park|sit|go)|at the|in the|"
         r"on the))"),
    Rule("plan_time", "that's when", r"(?:thats|that is|its|that will be) (?:when|the day|the "
         r"night)(?= \.| ,|$)"),
    Rule("farewell", "last you'll hear from me", r"(?:the last|last) (?:you|anyone|youll|u|"
                                                 r"you will|"
         r"anybody|any of you)(?:ll| will)? (?:ever )?(?:hear|see) (?:from |of )?me"),
    Rule("method", "bag over my head", r"(?:plastic bag|bag) over my (?:head|face)"),
    Rule("attempt_in_progress", "did it, took them", r"did it ,? (?:i )?(?:took|swallowed|drank|"
         r"cut|jumped|took them|took it)", level=L1, firm=True),
    Rule("ideation_implicit", "insurance money", r"(?:better off|be fine|be okay|be ok|taken "
         r"care of|get|collect|have) (?:\S+ ){0,3}?(?:the |my )?(?:life )?insurance(?: money)?"
         r"(?! (?:quote|plan|policy for|company|for (?:the|my) (?:car|house)))"),
    Rule("danger", "trying to get in", r"(?:trying to|tried to|is trying to) (?:get|break|force "
         r"(?:their|his|her) way) (?:in|into) (?:my|the|our) (?:house|apartment|home|room|place|"
         r"car|window|door)", level=L1, firm=True),
    Rule("ideation_implicit", "won't make it to next week", r"(?:dont think|not sure|doubt) "
         r"(?:that )?(?:i|ill|i will|im going to|i can) (?:make it|survive|last|be here|be alive|"
         r"be around)(?: to| through| until| till| past| another)? (?:next|the|this|tomorrow|"
         r"tonight|another|much)"),
    Rule("ideation_implicit", "life's not for me", r"(?:life|living|lifes|being alive) (?:is |s )?"
         r"(?:not|isnt|aint) (?:for me|worth it for me|meant for me)"),
    Rule("ideation_implicit", "lie down and never get up", r"(?:lie|lay|laying|lying) down and "
         r"(?:never|not) (?:get up|wake up|wake|come back)"),
    Rule("ideation_implicit", "done living", r"done (?:living|existing|being alive|with life|with "
         r"being alive|with living)(?! (?:in|with (?:my|the|him|her)|at|here))"),
    Rule("method", "best way to do it", r"(?:best|easiest|quickest|painless|surest|fastest|"
         r"least painful) (?:way|ways|method|methods) to do it"),
    Rule("means", "all of them", r"<DRUG> (?:\S+ ){0,4}?(?:all of them|every one of them|all at "
         r"once|every last one)", firm=True),
    Rule("self_harm", "cutting helps", r"(?:cutting|self harm|sh|hurting myself|burning myself|"
         r"the blade|bleeding) (?:is|are|s) (?:the only|all that|what|my only) (?:\S+ )?"
         r"(?:helps|works|thing|relief|way)"),
    Rule("ideation_implicit", "my time here is up", r"my time (?:here|on (?:this )?earth|in this "
         r"world|left|alive) (?:is )?(?:almost |nearly |running |about )?(?:up|done|over|out|"
         r"short|to end)"),
    Rule("ideation_explicit", "take myself out", r"take <SELF> out(?! (?:to|for|on|of))"),
    Rule("ideation_explicit", "heart to stop", r"(?:want|wish|need|pray|praying) (?:for )?my "
         r"heart (?:to )?(?:stop|would stop|stops)"),
    Rule("ideation_explicit", "in a coffin", r"(?:want|wish|ready|belong|deserve|need) (?:to be |"
         r"to lie )?in (?:a|my|the) (?:coffin|casket|grave|ground|body bag)"),
    Rule("ideation_explicit", "welcome death", r"(?:welcome|embrace|accept|invite|long for|crave|"
         r"craving) death"),
    Rule("ideation_implicit", "nothing left for me", r"nothing (?:left )?for me (?:here|in this "
         r"world|anymore|on this earth)"),
    Rule("ideation_implicit", "don't want tomorrow", r"(?:dont|do not) want (?:tomorrow|the "
         r"morning|another day|the sun|the next day) to (?:come|rise|happen)"),
    Rule("ideation_implicit", "my funeral", r"my (?:own )?funeral(?! (?:playlist lol|outfit lol))",
         jokeable=True),
    Rule("attempt_in_progress", "losing blood", r"losing (?:a lot of |so much |too much |lots of )?"
         r"blood", level=L1, firm=True),
    Rule("danger", "violence against me", r"(?:he|she|they|hes|shes|my (?:[a-z]+ )?(?:dad|father|"
         r"mom|mother|stepdad|stepfather|stepmom|husband|wife|partner|boyfriend|girlfriend|bf|gf|"
         r"ex|uncle|aunt|brother|sister|cousin|roommate|grandpa|neighbor|coach|boss)|someone|a "
         r"guy|a man) (?:\S+ ){0,2}?(?:pinned|threw|shoved|pushed|choked|strangled|grabbed|"
         r"dragged|attacked|stabbed|slapped|punched|kicked|beat|beats|raped|touched|touches|"
         r"molested|assaulted|burned|tied|is touching|keeps touching|pulled a (?:knife|gun) on) "
         r"(?:me|us|my (?:\S+ )?(?:mom|mother|sister|brother|kids?|baby|son|daughter))"
         r"(?! (?:up|back|in (?:fortnite|the game|chess)|at (?:chess|cards|pool))|"
         r"(?: \S+){0,5} (?:lol|haha|lmao|playing|joking|jk))", level=L1, firm=True),
    Rule("danger", "followed me", r"(?:followed|following|stalking|stalked|chased|chasing) me"
         r"(?: \S+){0,6}? (?:outside|here|home|at my|scared|wont leave|still there|waiting)",
         level=L1, firm=True),
    Rule("plan_time", "I know when", r"know (?:exactly )?(?:when|where and when|how and when|when "
         r"and where)(?= \.| ,|$| and| im| i)"),
    Rule("preparation", "everything I need", r"(?:have|got|bought|gathered) everything i need"
         r"(?! (?:for (?:the|my|class|school|work|trip|party|dinner|the recipe)|to (?:start|bake|"
         r"cook|finish|study|pack|move)))"),
    Rule("farewell", "won't see you again", r"(?:wont|will not|never|not going to) (?:see|talk to|"
         r"hear from|text|bother) (?:you|anyone|them|u|you guys) (?:again|ever again)(?! (?:until|"
         r"till|before|this|next|tomorrow|for))"),
    Rule("farewell", "one last time", r"(?:texted|called|told|hugged|saw|see|talk to|talked to|"
         r"said|messaged|hug|tell) (?:\S+ ){0,4}?one (?:last|final) time"),
    Rule("preparation", "left my passwords", r"(?:left|leaving|wrote down|gave|written down) "
         r"(?:\S+ ){0,2}?(?:passwords?|bank info|account info|pin numbers?|accounts|life "
         r"insurance info)(?: \S+){0,4}? (?:for|to) (?:my|\S+)"),
    Rule("ideation_implicit", "remove myself", r"(?:remove|erase|delete|eliminate) <SELF>"
         r"(?! from (?:the|this|that|your|our) (?:group|chat|list|team|situation|conversation|"
         r"equation|thread|server))"),
    Rule("ideation_implicit", "stop being a problem", r"(?:stop|stopped|wont be|not be|stopping) "
         r"being (?:a|the|everyones|everybodys) (?:problem|burden)(?: (?:for|to) (?:everyone|"
         r"everybody|anyone|them|my family))? (?:soon|forever|for good|tonight|<ANYMORE>)"),
    Rule("ideation_implicit", "stop being a problem", r"(?:time|ready|going|about) (?:for me to|to|"
         r"i) (?:stop|stopped) being (?:a|the|everyones|everybodys) (?:problem|burden)(?: (?:for|to) "
         r"(?:everyone|everybody|anyone|them|my family))?(?= \.| ,|$| for good)"),
    Rule("ideation_implicit", "it will all be over", r"(?:it|this|everything|all this|all of "
         r"this|it all|pain) (?:will |ll |is |s |is going to |going to |gonna )?(?:all )?(?:be )?"
         r"(?:over|end|stop)(?: for good| forever| soon| tonight| in| after| almost| now)"),
    Rule("ideation_implicit", "it will all be over", r"(?:it|this|everything) (?:will |ll |is "
         r"going to |going to )?all be over"),
    Rule("ideation_implicit", "won't be a burden", r"(?:wont|will not|never) be a (?:burden|"
         r"problem|bother) (?:to|for) (?:anyone|anybody|everyone|you|them|my family)"),
    Rule("ideation_implicit", "leave this world", r"(?:leave|leaving|left|exit|exiting|depart|"
         r"departing|gone from) this (?:world|earth|life|planet)"),
    Rule("ideation_implicit", "it's almost over", r"(?:almost|nearly|soon|finally) (?:over|"
         r"quiet|free|at peace|be over|be free|be at peace)(?! with| for the| \.? ?(?:yay|lets))"),
    Rule("ideation_implicit", "want it over", r"(?:want|need|wish) (?:it|this|everything|it all|"
         r"the pain|my life|the suffering) (?:all )?(?:to )?(?:be )?(?:over|end|stop)(?: ,)?(?: "
         r"(?:for good|forever|permanently|now|already))"),
    Rule("ideation_implicit", "see myself gone", r"(?:dont|cant|do not|can not) (?:see|picture|"
         r"imagine) (?:myself|me) (?:being )?(?:here|alive|around|living|making it)"),
    Rule("ideation_implicit", "take me in my sleep", r"(?:lord|god|jesus|universe) (?:\S+ ){0,2}?"
         r"(?:take|takes|took) me"),
    Rule("ideation_implicit", "life insurance", r"life insurance(?! (?:quote|plan|policy for "
         r"the baby))"),
    Rule("ideation_implicit", "taking up space", r"(?:need|want|needs) me (?:taking up|wasting) "
         r"(?:space|air|oxygen)"),
    Rule("ideation_implicit", "no way out", r"(?:no|only) way out(?! of (?:this|the) (?:class|job|"
         r"lease|contract|meeting))"),
    Rule("ideation_implicit", "never wake up", r"never (?:wake|waking) up"),
    Rule("ideation_implicit", "by not existing", r"(?:by|from) (?:not existing|dying|being gone|"
         r"disappearing|not being here|me dying)"),
    Rule("ideation_implicit", "going to fix that", r"(?:going to|gonna|about to) fix that"),
    # method: names or researches a way to die.
    Rule("method", "researching methods", r"(?:how|ways|way|best way|easiest way|quickest way|"
         r"fastest way|painless|painlessly|least painful) (?:\S+ ){0,4}?(?:to die|to kill|to end|"
         r"to overdose|to od|to hang|to not wake|not to wake|to bleed|would it take|it would take|"
         r"does it take|it takes|to go|is lethal|lethal|is fatal|to be fatal|kill you|kills you|"
         r"to be sure|way to die|ways to die|way to go|die)(?! of (?:laughter|boredom))"),
    Rule("method", "how high", r"how (?:high|tall|far|deep|long) (?:\S+ ){0,5}?(?:to die|need "
         r"to be|needs to be|to survive|to be fatal|to kill|would (?:it|i) (?:take|need))"),
    Rule("method", "lethal dose", r"(?:lethal|fatal|deadly|toxic) (?:dose|amount|overdose|"
         r"quantity)"),
    Rule("method", "painless way", r"(?:painless|quickest|fastest|easiest) (?:way|ways|method|"
         r"methods) (?:to|of)"),
    Rule("method", "noose", r"(?:noose|nooses|tie a noose|hanging myself|hang <SELF>)"),
    Rule("method", "in front of a train", r"(?:jump|jumping|step|stepping|walk|walking|lie|lay|"
         r"lying|laying|throw myself|run|running) (?:\S+ ){0,2}?(?:in front of|onto|on|into|off) "
         r"(?:a |the )?(?:train|bus|truck|traffic|car|tracks|subway|highway|freeway|platform|"
         r"building|bridge|roof|cliff|balcony|overpass|ledge|lake|river|ocean|sea)",
         jokeable=True),
    Rule("method", "walk into the water", r"(?:walk|walking|swim|swimming) (?:\S+ ){0,2}?(?:into|"
         r"out into|in) (?:the )?(?:lake|ocean|sea|river|water|waves)(?: \S+){0,4}? (?:keep|"
         r"never|not come|until|and)"),
    Rule("method", "drive into", r"(?:drive|driving|crash|crashing|swerve|swerving|steer) "
         r"(?:my |the )?(?:car |truck )?(?:\S+ ){0,2}?(?:into|off) (?:a |the )?(?:tree|wall|"
         r"bridge|road|cliff|traffic|oncoming|pole|semi|highway|barrier|lake|river)"),
    Rule("method", "mix pills", r"(?:mix|mixing|mixed) (?:\S+ ){0,2}?(?:bleach|antifreeze|pills|"
         r"alcohol and pills|pills and alcohol|meds and alcohol)"),
    Rule("method", "keeps calling me", r"(?:<PLACE>|<WEAPON>|<DRUG>|void|death|darkness|"
         r"water|sea|train|grave) (?:\S+ ){0,3}?(?:keeps|keep|is|are|been|always) calling (?:me|"
         r"my name|to me)(?! (?:back|and|on|at|about|names|every|at work|to))"),
    Rule("method", "overdose", r"(?:overdose|overdosing|od|oding) (?:on|tonight|again|with|"
         r"<ANYMORE>)"),
    Rule("method", "jump off", r"(?:jump|jumping|leap|throw myself) (?:off|from) (?:a |the |my |"
         r"this )?(?:bridge|roof|building|balcony|cliff|overpass|window|parking garage|top|ledge|"
         r"tower|puente|edificio)", jokeable=True),
    Rule("method", "jump out the window", r"(?:jump|jumping) out (?:of )?(?:the |a |my )?window",
         jokeable=True),
    Rule("method", "bleed out", r"(?:bleed|bleeding) out"),
    Rule("method", "step off the platform", r"(?:step|stepping|walk) off (?:the |a )?(?:platform|"
         r"ledge|edge|roof|bridge)"),
    # means: the means are at hand.
    Rule("means", "means at hand", r"(?:have|got|holding|hold|found|bought|buying|buy|grabbed|"
         r"took out|got out|loaded|counted|counting|lined up|staring at|stare at|looking at|"
         r"look at|holding onto|picking up|picked up|saved|saving|collected|collecting|hoarding|"
         r"hoarded|stockpiled|stockpiling|with|bought|keep|kept|hid|hidden|stashed|stash|sitting "
         r"with|set up|setting up|tied|tying|sharpened|cocked|unlocked) (?:\S+ ){0,4}?"
         r"(?:<DRUG>|<WEAPON>|<POISON>)<NOTBENIGN>(?! (?:for|to) (?:my|the) (?:doctor|pharmacy|"
         r"vet|appointment))", firm=True),
    Rule("means", "means at hand", r"(?:<DRUG>|<WEAPON>|<POISON>) (?:\S+ ){0,4}?(?:right here|"
         r"next to me|beside me|by me|in (?:my|his|her|the) (?:hand|hands|lap|pocket|bag|drawer|"
         r"closet|trunk|car)|on (?:my|the) (?:desk|bed|nightstand|table|lap|counter)|ready|"
         r"counted|lined up|loaded|saved up|stockpiled|within reach|in front of me|on me|"
         r"in (?:the |my )?(?:boot|glovebox|glove box|bedside drawer|sock drawer|truck|ute|van)|"
         r"set up|(?:is|are) ready|keeps calling|unlocked|calling me)", firm=True),
    Rule("means", "whole bottle", r"(?:whole|entire|full|every|all|box|boxes|bottle|bottles|"
         r"pack|packs|handful) (?:of )?(?:the |my |these |those |her |his |a )?(?:\S+ ){0,1}?"
         r"(?:bottle of )?<DRUG>", firm=True),
    Rule("means", "whole bottle", r"(?:the|a) (?:whole|entire|full) (?:bottle|box|pack|"
         r"prescription)(?! of (?:\S+ )?(?:wine|water|vodka|juice|soda|shampoo|ketchup|lotion|"
         r"tissues|raisins|chocolates?|cereal|cookies|biscuits|crisps|chips|candy|sweets|cake|"
         r"pizza|donuts|doughnuts|crayons|lego|toys|cat food|dog food|treats|nappies|diapers))",
         firm=True),
    Rule("means", "dose in mg", r"\d+ (?:mg|mgs|milligrams)(?! (?:twice|once|daily|a day|every|"
         r"per|for my|prescribed|as prescribed))", fires=False, tag="object"),
    Rule("means", "counted pills", r"\d{2,} (?:of )?(?:my |the |her |his )?(?:\S+ )?<DRUG>",
         firm=True),
    Rule("means", "gun key", r"(?:key|code|combination|combo) (?:to|for) (?:the |my |his |her |"
         r"dads |moms )?(?:gun|safe|gun safe|gun cabinet|medicine cabinet|lockbox)", firm=True),
    Rule("means", "know the code", r"(?:know|found|got|have) the (?:code|combination|combo|key)",
         fires=False, tag="object"),
    Rule("means", "weapon", r"<WEAPON><NOTBENIGN>", fires=False, tag="object"),
    Rule("means", "drug", r"<DRUG><NOTBENIGN>", fires=False, tag="object"),
    Rule("means", "poison", r"<POISON>", fires=False, tag="object"),
    Rule("means", "poison", r"(?:antifreeze|rat poison|drano|pesticide|weed killer)", firm=True),
    Rule("means", "pill emoji", r"emoji_pill emoji_pill(?: emoji_pill)*", firm=True),
    Rule("means", "weapon emoji", r"(?:emoji_gun|emoji_knife|emoji_knot|emoji_razor|emoji_blood|"
         r"emoji_skull_bones)"),
    Rule("means", "drug names", r"(?:excedrin|acetaminophen|syringe|revolver)", fires=False,
         tag="object"),
    # place
    Rule("place", "at the edge", r"(?:edge|ledge|railing|rail|top) (?:of )?(?:the |a |my |this )?"
         r"(?:roof|building|bridge|cliff|balcony|overpass|parking garage|garage|tower|parking "
         r"structure|dam)"),
    Rule("place", "on the bridge", r"(?:im|i am|standing|sitting|parked|here) (?:already |now |"
         r"still |just |literally )?(?:on|at|by|"
         r"under|near|on top of) (?:the |a |this )?(?:top of )?(?:the )?<PLACE>(?!(?: \S+){0,2} "
         r"(?:[a-z]+ing|for|with|to)\b)"),
    Rule("place", "keeps looking at", r"(?:keep|kept|keeps|been|cant stop) (?:looking|staring|"
         r"thinking about|going back to|driving by|walking by|walking to) (?:at |to )?(?:the |"
         r"that |"
         r"this |a )?(?:\S+ )?<PLACE>"),
    Rule("place", "place", r"<PLACE>", fires=False, tag="place"),
    Rule("place", "place", r"(?:blvd|boulevard|highway|freeway|overpass|parking garage)",
         fires=False, tag="place"),
    # plan_time: a time or decision.
    Rule("plan_time", "time", r"<TIME>", fires=False, tag="time"),
    Rule("plan_time", "set a date", r"(?:set|picked|chose|choose|pick|have|got) (?:a |the |my )?"
         r"(?:date|day|time)(?! (?:night|for (?:the|our|my) (?:wedding|party|trip|move|meeting|"
         r"interview|date|appointment|surgery)|with))" + _EVENT),
    Rule("plan_time", "is the day", r"(?:today|tomorrow|tonight|friday|saturday|sunday|monday|"
                                    r"tuesday|wednesday|"
         r"thursday|birthday|it|this|that|now|weekend) is the (?:day|night)(?! (?:of|for|before|"
         r"after|"
         r"off))"),
    Rule("plan_time", "is the day", r"(?:tonights|todays|tomorrows|this is) the (?:night|day)"),
    Rule("plan_time", "is the day", r"(?:tonight|tomorrow|today) the (?:night|day)(?= \.| ,|$| ive|"
         r" im| i)(?!(?: \S+){0,4} (?:exam|exams|results|wedding|interview|party|birthday|date|"
         r"move|surgery|match|game|concert|trip|holiday|flight|launch|opening|graduation|test|"
         r"driving|gig|show|race|premiere))"),
    Rule("plan_time", "decided", r"(?:ive|i have|i|i ve|ive finally|finally|i just) "
         r"(?:decided|made up my mind|made my decision|made the decision)(?! (?:to (?:quit|leave|"
         r"move|go|apply|break|stop|take|try|start|get|call|talk|text)|about|on|what|which|"
         r"where|if|whether|that i (?:want|need|will go))|(?: ,)? (?:im |i am |and im |i will |"
         r"ill )?(?:quit|quitting|leaving|moving|breaking up|applying|getting|buying|taking|dyeing|"
         r"dying my|booking|cutting|doing|adopting|signing|joining|starting|learning|selling|"
         r"painting|going back|staying|keeping|"
         r"telling|asking|going to (?:quit|leave|move|apply|tell|ask|break|go back|study)))"),
    Rule("plan_time", "doing it", r"(?:doing|do) it (?:\S+ ){0,3}?<TIME>"
         r"(?!(?: \S+){0,8}? (?:clean|cleaning|"
         r"laundry|shopping|homework|essay|painting|decorating|packing|taxes|paperwork|"
         r"assignment|project|exam|interview|presentation|hoovering|ironing|garden))"),
    Rule("plan_time", "go through with it", r"(?:going to|im|will|ill|about to|finally|gonna|"
         r"to) (?:\S+ )?(?:go|going) through with it", fires=False, tag="do_it"),
    Rule("plan_time", "doing it", r"(?:going to|im|will|ill|about to|finally) (?:do|doing) it"
         r"(?! ,? ?(?:for|again|right|with|together|because|anyway|ask|tell|confess|apply|quit|"
         r"buy|sign|propose|text|call|talk))", fires=False, tag="do_it"),
    Rule("plan_time", "walk in", r"(?:going to|gonna|im|about to|will|ill) (?:walk|jump|go|step) "
         r"(?:in|off|over|out)(?! (?:the|a|an|to|and|for|with|at|on|my|our|your|front|there|here|"
         r"line|time|store|shop|office|of|into|onto|now and)\b)", fires=False, tag="do_it"),
    Rule("plan_time", "not backing out", r"(?:not|no|wont be|never) (?:backing out|turning back|"
         r"chickening out|changing my mind)"),
    Rule("plan_time", "no one can stop me", r"(?:no one|nobody|nothing|noone|you|nothings|nobodys) "
         r"(?:can|will|is going to|could|cant|going to) (?:stop|save|talk) me"
         r"(?! (?:from (?:finishing|going|getting|doing|having|eating|buying|seeing|trying|"
         r"winning|reaching|achieving|being happy)|out of (?:going|buying|it lol)))"),
    Rule("plan_time", "this time for real", r"(?:for real|fr) this time"),
    Rule("plan_time", "this weekend is it", r"(?:this weekend|tonight|today|tomorrow|friday|"
         r"saturday|sunday) is it(?: for me)?"),
    Rule("plan_time", "game over", r"game over for me"),
    Rule("plan_time", "the plan", r"(?:have|got|made|making|make) a plan(?: to| and| for "
         r"(?:tonight|it))"),
    # farewell
    Rule("farewell", "goodbye forever", r"(?:goodbye|bye) (?:everyone|everybody|all|world|forever|"
         r"for good|for real|for ever|cruel world|to everyone|to you all|to all|for now and forever)"
         r"(?! ,? ?(?:see (?:you|ya|u)|talk (?:to you )?(?:soon|tomorrow|later)|have a|happy|merry|"
         r"until|till|for now|ttyl|back (?:soon|in|on)|after))"),
    Rule("farewell", "goodbye", r"(?:this is|saying|say|said|my|a|to say|final|last|posted|"
         r"sent|wrote|recorded|left) (?:my )?(?:final |last )?(?:goodbye|goodbyes)(?! (?:to "
         r"(?:summer|winter|my (?:coworkers|old|team|classmates)|the)|party|gift|card|lunch))"),
    Rule("farewell", "goodbye note", r"(?:goodbye|suicide|farewell) (?:note|notes|letter|"
         r"letters|text|message|post|video|messages|texts)"),
    Rule("farewell", "letters for everyone", r"(?:wrote|writing|write|left|leaving) (?:\S+ ){0,2}?"
         r"(?:letters?|notes?) (?:for|to) (?:everyone|everybody|all|each|my (?:family|kids|mom|"
         r"dad|parents|children|wife|husband|son|daughter|sister|brother))"),
    Rule("farewell", "sorry for everything", r"(?:sorry|forgive me) (?:\S+ )?for (?:everything|"
                                             r"all of "
         r"this|what im about to do|what i am about to do|being (?:a burden|like this))"),
    Rule("farewell", "tell them I loved them", r"tell (?:\S+ ){1,2}(?:that )?(?:i love|i loved|"
         r"im sorry|i was sorry|i said goodbye|i tried)"),
    Rule("farewell", "won't need it", r"(?:wont|will not|dont|not going to) need "
         r"(?!(?:it|them|this|"
         r"these|those|that|my \S+|any of (?:it|this|them)|anything)(?: \S+){0,3}? (?:<ANYMORE>|"
         r"after|soon) ,? ?(?:do you|does anyone|anyone want|want it|if you want|you can have|"
         r"free to|up for grabs|happy to|who wants))(?:it|them|this|"
         r"these|those|that|my \S+|any of (?:it|this|them)|anything)(?: \S+){0,3}? "
         r"(?:<ANYMORE>|where (?:im|i am|shes|hes|theyre) going|after|soon)"),
    Rule("farewell", "where I'm going", r"where (?:im|i am) going(?! (?:tomorrow|next|for|on|to "
         r"(?:school|work|college)))"),
    Rule("farewell", "taken care of after", r"(?:taken care of|looked after|cared for|have a good "
         r"home|be okay|be ok) (?:after|when im gone|once im gone)(?= \.| ,|$)"),
    Rule("farewell", "thank you and goodbye", r"(?:thank you|thanks) (?:\S+ ){0,4}?(?:and "
         r"goodbye|goodbye|before i go|for everything\b.{0,20}goodbye)"),
    Rule("farewell", "before I go", r"before i go(?= \.| ,|$)"),
    Rule("farewell", "said my goodbyes", r"(?:said|saying|say) (?:my |all my )?goodbyes"),
    Rule("farewell", "affairs in order", r"(?:affairs|things|everything) in order"
         + _EXPLAINED + r"(?! (?:before|for) (?:the |my |our )?(?:\S+ )?(?:move|trip|holiday|"
         r"surgery|operation|wedding|baby|deployment|tax|audit))"),
    Rule("farewell", "giving things away", r"(?:giving|gave|give) (?:away )?(?:\S+ ){0,4}?"
         r"(?:away)?(?: \S+){0,4}? (?:since|because|cause|so) (?:i|im) (?:wont|will not|dont|"
         r"not going to) (?:need|be)"),
    Rule("farewell", "goodbye", r"(?:goodbye|bye|adios|emoji_wave)", fires=False, tag="farewell"),
    Rule("farewell", "last message", r"(?:my |this is my )(?:last|final) (?:message|text|words)"
         r"(?! (?:for (?:now|today|tonight)|before (?:bed|i sleep)|(?:cuz|because|since|my) "
         r"(?:battery|phone)))"),
    Rule("farewell", "love you all", r"(?:love|loved) you (?:all|guys|everyone)"
         r"(?: \S+){0,3}? (?:goodbye|always|forever|im sorry)"),
    # preparation
    Rule("preparation", "stockpiling", r"(?:stockpiled|stockpiling|stockpile|hoarding|hoarded|"
                                       r"hoard|saving up|saved up) (?:\S+ ){0,3}?"
         r"(?:<DRUG>|them|enough)", firm=True),
    Rule("preparation", "stockpiling", r"(?:saving|saved|hoarding|collecting|stockpiling) "
         r"(?:\S+ ){0,2}?<DRUG> (?:for|since|over) (?:weeks|months|a while|\d+)", firm=True),
    Rule("preparation", "paid off everything", r"(?:paid off|cancelled|canceled|closed) "
         r"(?:everything|all my|my (?:lease|accounts|bank account))(?: \S+){0,6}? (?:wont|will "
         r"not|dont) need"),
    Rule("preparation", "rope set up", r"(?:rope|ropes|noose|belt|cord|emoji_knot)(?! (?:swing|"
         r"ladder|course|bridge|light|lights))(?: \S+){0,3}? (?:set up|tied|ready|hanging|up in|"
         r"is ready|its ready)", firm=True),
    Rule("preparation", "its ready", r"(?:its|everything is|everythings|it is) (?:all )?ready"
         r"(?! (?:for (?:the|my|our|dinner|school|work|pickup|you)|to (?:go|eat|ship)))",
         fires=False, tag="do_it"),
    Rule("preparation", "bought a gun", r"(?:bought|buying|got|getting|ordered) (?:a |myself a )?"
         r"(?:gun|pistol|handgun|rope|noose)<NOTBENIGN>", firm=True),
    # self_harm
    Rule("self_harm", "self harm", r"(?:self harm|self harming|self harmed|self injury|self "
         r"injure|selfharm)"),
    Rule("self_harm", "cutting", r"(?:cut|cutting|cuts|burn|burned|burnt|burning|hurt|hurting|"
         r"hit|hitting|punch|punched|punching|scratch|scratched|scratching|starve|starving|"
         r"starved|punish|punished|punishing|harm|harmed|harming|carve|carved|carving|stab|"
         r"stabbed|beat|beating|bruise|bruising) <SELF>", jokeable=False),
    Rule("self_harm", "cutting", r"(?:cut|cutting|burn|burning|burned|burnt|sliced|slit|slitting|"
         r"scratched|slashed|slashing|"
         r"carve|carving|carved|stab|stabbing|stabbed|"
         r"scratch|scratching|slice|slicing) (?:my |both )?(?:wrists?|arms?|legs?|thighs?|skin|"
         r"stomach|hips?|wrist|leg|hand|hands)(?! (?:on|by accident|accidentally|while|cooking))"),
    Rule("self_harm", "cutting again", r"(?:cut|cutting|sh|harming|hurting) (?:\S+ ){0,1}?"
         r"(?:again|tonight|last night|so bad|deeper|deep|every night|today|rn|right now|more)"
         r"(?! (?:my hair|the|it|class|back))"),
    Rule("self_harm", "want to cut", r"(?:want|wanna|need|urge|urges|going|about|trying|tempted) "
         r"(?:to )?(?:cut|hurt <SELF>|harm <SELF>|burn <SELF>|sh|self harm|bleed)"
         r"(?! (?:my hair|my nails|the|it|class|back|down|out|off|in|ties|carbs|loose|you|him|her|"
         r"them|corners|costs|my (?:hair|nails|losses|bangs)|a|some|some slack|people|ties))"),
    Rule("self_harm", "make myself bleed", r"(?:make|made|making) (?:<SELF>|it|me) bleed"),
    Rule("self_harm", "until it bleeds", r"(?:until|till|til|and) (?:it|they|i) (?:bleeds|bleed|"
         r"bruises|bruise|bled)"),
    Rule("self_harm", "sh urges", r"(?:sh|self harm|cutting|cut) (?:urges?|again|relapse|"
         r"is getting|scars are (?:fresh|new))"),
    Rule("self_harm", "sh is bad", r"(?:sh|self harm|cutting|urge to cut) (?:is|are|has been|"
         r"keeps|been) (?:\S+ ){0,2}?(?:bad|worse|strong|getting|back|out of control)"),
    Rule("self_harm", "relapsed", r"(?:relapsed|relapse) (?:on |with |into )?(?:self harm|sh|"
         r"cutting|burning)"),
    Rule("self_harm", "with the blade", r"(?:with|using) (?:a|the|my) (?:blade|razor|lighter|"
         r"knife|scissors|compass)(?! (?:to (?:open|cut (?:the|open|tape|paper)|shave)|for))"),
    Rule("self_harm", "feel pain", r"(?:want|need|deserve) to feel (?:pain|the pain|physical "
         r"pain)"),
    # attempt_in_progress
    Rule("attempt_in_progress", "took pills", r"(?:took|taken|take|swallowed|swallow|downed|ate|"
         r"drank|chugged|popped|injected|shot up) (?:like |about |maybe |around |over |"
         r"almost |nearly |at least )?(?:a bunch|all|too many|so many|a lot|lots|a handful|the "
         r"whole|a whole|an entire|the entire|the rest|\d{2,}|half|every|enough|way too many|"
         r"like \d+|a bottle|the bottle|two bottles|handfuls)(?: \S+){0,4}? (?:<DRUG>|<POISON>|"
         r"of (?:them|it)|bottle|them|it)", level=L1, firm=True),
    Rule("attempt_in_progress", "took pills", r"(?:took|swallowed|drank|downed|ate|injected) "
         r"(?:the |my |her |his )?(?:<DRUG>|<POISON>)(?: (?:already|an hour ago|earlier|\d+ "
         r"(?:min|mins|minutes|hours) ago|and|,|\.))(?! (?:this morning|like always|with|as))",
         level=L1),
    Rule("attempt_in_progress", "already took them", r"(?:already|just) (?:took|swallowed|drank|"
         r"did) (?:it|them|the pills|the whole|all)", level=L1, firm=True),
    # Anyone's overdose is only an explanation (see screener._EXPLAIN_ONLY); the texter's own
    # pages at once.
    Rule("attempt_in_progress", "I overdosed", r"(?:i|ive|i have|i think i|i just|i already|im "
         r"pretty sure i) (?:just |already |think i |might have |may have )?(?:overdosed|oded|"
         r"od d)(?! (?:years|in (?:19|20)|when|as a|back|on (?:netflix|sugar|caffeine|coffee|"
         r"candy|chocolate)))", level=L1, firm=True),
    Rule("attempt_in_progress", "overdosed", r"(?:overdosed|oded|od d)(?! (?:years|in (?:19|20)|"
                                             r"when|as a|back))",
         level=L1),
    Rule("attempt_in_progress", "emptied the bottle", r"(?:emptied|finished|downed) (?:my |the |"
         r"her |his |a )?(?:\S+ )?(?:bottle|pill bottle|prescription|<DRUG>)", level=L1,
         firm=True),
    Rule("attempt_in_progress", "too late", r"(?:its|it is) (?:already )?too late(?! (?:to "
         r"(?:call|order|go|text|apply|sign|change|cancel|eat|get)|for (?:dinner|lunch|coffee)))",
         level=L1),
    Rule("attempt_in_progress", "bleeding", r"(?:bleeding|bled) (?:a lot|badly|heavily|so much|"
         r"really bad|out|everywhere|and (?:i|it)|wont stop|wont|nonstop)", level=L1, firm=True),
    Rule("attempt_in_progress", "bleeding", r"(?:cant|can not|cannot|wont|doesnt|it wont|it "
         r"doesnt) (?:get it to )?(?:stop (?:the )?(?:bleeding|it)|stop bleeding)", level=L1,
         firm=True),
    Rule("attempt_in_progress", "blood everywhere", r"(?:blood|bleed) (?:everywhere|all over|"
         r"wont stop|is everywhere)", level=L1, firm=True),
    Rule("attempt_in_progress", "cut too deep", r"(?:cut|cuts) (?:too |really |so )?deep",
         level=L1, firm=True),
    Rule("attempt_in_progress", "engine running", r"(?:engine|car|motor|cars|engines) "
         r"(?:is |still )?"
         r"(?:running|on)(?: \S+){0,8}? (?:garage|closed|shut)", level=L1, firm=True),
    Rule("attempt_in_progress", "engine running", r"garage (?:\S+ ){0,8}?(?:engine|car|motor) "
         r"(?:is |still )?(?:running|on)", level=L1, firm=True),
    Rule("attempt_in_progress", "slit wrists", r"(?:slit|slashed|opened) (?:my )?(?:wrists?|"
         r"arms?|veins|throat)", level=L1, firm=True),
    Rule("attempt_in_progress", "tried tonight", r"(?:tried|attempted) (?:earlier |already )?"
         r"(?:tonight|today|just now|an hour ago|this morning)(?: \S+){0,8}? (?:again|didnt work)",
         level=L1, firm=True),
    Rule("attempt_in_progress", "try again", r"(?:didnt|did not) work (?:\S+ ){0,4}?(?:try|"
         r"trying|do it) again", level=L1, firm=True),
    Rule("attempt_in_progress", "feel weird after pills", r"(?:pills|meds|took them|took it) "
         r"(?!(?:\S+ )?(?:make|makes|made|give|gives|gave) me)"
         r"(?:\S+ ){0,5}?(?:dizzy|weird|sleepy|heart is racing|cant breathe|throwing up|"
         r"kicking in|numb)", level=L1),
    Rule("attempt_in_progress", "standing on the railing", r"(?:standing|sitting|stand|sit|"
         r"climbing|climbed) (?:on|over|up) (?:the |a )?(?:bridge |roof )?(?:railing|rail|ledge|"
         r"edge of the (?:roof|bridge|building))", level=L1, firm=True),
    # danger: someone hurting the texter now, or the texter threatening someone.
    Rule("danger", "being hurt now", r"(?:is|s|are|keeps|kept|been|started|starts|hes|shes|"
         r"theyre) (?:\S+ )?(?:hitting|beating|choking|strangling|punching|kicking|attacking|"
         r"hurting|raping|assaulting|stabbing|shooting at|threatening) (?:me|us|"
         r"my (?:\S+ )?(?:mom|mother|"
         r"dad|sister|brother|kids?|baby|son|daughter)|her|him)(?! (?:in|at) (?:the game|"
         r"fortnite|chess|cards))", level=L1, firm=True),
    Rule("danger", "threat to kill me", r"(?:said|says|saying|threatened|threatening|threatens|"
         r"swore|swears|told me|keeps saying|texted) (?:\S+ ){0,3}?(?:kill|hurt|shoot|stab|"
         r"murder|end) (?:me|us|my|the kids|the baby|himself and)", level=L1, firm=True),
    Rule("danger", "trying to kill me", r"(?:trying to|tried to|about to|wants to|want to) "
         r"(?:kill|hurt|choke|strangle|stab|shoot|rape|attack) (?:me|us)(?! (?:if|when|lol|"
         r"haha|with (?:these|this|those|your)))", level=L1, firm=True),
    Rule("danger", "break in", r"(?:break|breaking|broke) (?:in|into) (?:my|the|our) (?:house|"
         r"apartment|home|room|place|car|door)", level=L1, firm=True),
    Rule("danger", "someone outside", r"(?:someone|somebody|a man|a guy|a stranger|he|she|they|"
         r"my ex) (?:is |s )?(?:outside|following|chasing|at) (?:my|the|me) ?(?:door|house|"
         r"window|apartment|room|car)?(?: \S+){0,6}? (?:knife|gun|kill|hurt|scared|screaming|"
         r"banging|afraid|won t leave|wont leave)", level=L1, firm=True),
    Rule("danger", "armed person", r"(?:has|with|holding|pulled|pointing|waving|got) (?:a |his |"
         r"her |the )?(?:gun|knife|weapon|pistol|rifle)(?: \S+){0,4}? (?:at|on|and|outside|in|"
         r"yelling|screaming)", level=L1),
    Rule("danger", "hiding", r"(?:im|i am|were|we are) (?:hiding|locked|locked myself|barricaded)"
         r"(?! (?:from (?:my|the) (?:homework|responsibilities|problems)))", level=L1),
    Rule("danger", "locked myself in", r"locked (?:myself|us|me) in", level=L1),
    Rule("danger", "in danger", r"(?:im|i am|were|we are|my life is|life is) in danger", level=L1),
    Rule("danger", "scared for my life", r"(?:scared|afraid|fear|fearing) for my life", level=L1),
    Rule("danger", "threat to others", r"(?:im|i am|going to|gonna|will|ill|want to|wanna|about "
         r"to|plan to|planning to|swear|swear im) (?:\S+ )?(?:kill|hurt|stab|shoot|murder|beat|"
         r"poison) (?:him|her|them|my (?:\S+ )?(?:ex|stepdad|stepmom|dad|mom|father|mother|"
         r"brother|sister|boss|teacher|husband|wife|boyfriend|girlfriend|roommate|neighbor|"
         r"coworker|uncle|cousin|bully|bullies)|everyone|people|someone|somebody|that|this|those|"
         r"the next (?:person|guy|one|kid)|anyone|anybody|everybody|the whole (?:class|school))"
         r"(?! (?:in|at) (?:the game|fortnite|chess|cards|the exam|this exam)| lol| haha)",
         level=L1, jokeable=True),
    Rule("danger", "threat to others", r"(?:shoot up|shooting up|bring a gun to) (?:the |my )?"
         r"(?:school|work|office|class|party|church)", level=L1, firm=True),
    Rule("danger", "abuse", r"(?:he|she|they|my \S+) (?:\S+ ){0,2}?(?:hits|hit|beats|beat|"
         r"choked|chokes|raped|touched|strangled) (?:me|us)(?! (?:up|back|with a pillow|in))",
         level=L2),
    Rule("danger", "took my phone", r"(?:took|takes|broke|smashed) my phone(?: \S+){0,8}? (?:kill|"
         r"hurt|hit|wont let|if i)", level=L1, firm=True),
    # third_party: a specific person is at risk.
    Rule("third_party", "someone else wants to die", r"<THIRD> (?:\S+ ){0,5}?(?:wants?|wanting|"
         r"going|gonna|is going|says (?:hes|shes|theyre) going|plans|planning|trying|tried|about|"
         r"threatening|threatened|keeps threatening) to (?:kill|die|end|hurt|hang|shoot|cut|"
         r"overdose|jump|take (?:his|her|their) (?:own )?life|disappear forever)(?: (?:<THEMSELF>|"
         r"(?:his|her|their) life|it all|it))?(?! me| us| if)"),
    Rule("third_party", "someone else is hurting themself", r"(?:killing|killed|hurting|hurt|"
         r"cutting|cut|hanging|hanged|hung|shot|shooting|poisoning|burning|starving|drowning|"
         r"harming|overdosing|offed) <THEMSELF>"),
    Rule("third_party", "someone else took pills", r"<THIRD> (?:\S+ ){0,4}?(?:took|swallowed|"
         r"overdosed|od d|oded|drank) (?:\S+ ){0,4}?(?:pills|bottle|meds|<DRUG>|<POISON>|too much|"
         r"everything)", level=L1, firm=True),
    Rule("third_party", "someone else is suicidal", r"<THIRD> (?:\S+ ){0,3}?(?:is|s|seems|"
         r"sounds|been|feels|feeling|says (?:hes|shes|theyre)|told me (?:hes|shes|theyre)) "
         r"(?:really |very |so )?(?:suicidal|going to do it|not safe)"),
    Rule("third_party", "someone else said goodbye", r"<THIRD> (?:\S+ ){0,4}?(?:posted|sent|"
         r"texted|wrote|left|said) (?:\S+ ){0,3}?(?:goodbye|a note|suicide note|farewell)"
         r"(?! to (?:the|her|his) (?:coworkers|class|team))"),
    Rule("third_party", "someone else has a weapon", r"<THIRD> (?:\S+ ){0,6}?(?:has|have|with|left "
         r"with|took|got|holding|keeps) (?:a |the |his |her |my |dads )?(?:rope|noose|gun|rifle|"
         r"pistol|knife|pills|shotgun)(?! (?:license|collection|safety|to the range|for (?:the|"
         r"hunting|camping)))"),
    Rule("third_party", "someone else in danger", r"<THIRD> (?:\S+ ){0,3}?(?:locked (?:himself|"
         r"herself|themself) in|is on the (?:roof|bridge|ledge)|wont wake up|is not waking up|"
         r"isnt waking up|not waking up|not breathing|isnt breathing|is unconscious)", level=L1),
    Rule("third_party", "locked in with the car running", r"(?:locked|shut) (?:<THEMSELF>|"
         r"(?:him|her|them)self) in (?:the |a )?(?:garage|car|bathroom|room)", level=L1),
    Rule("third_party", "won't answer after", r"(?:goodbye|note|suicide)(?: \S+){0,8}? "
         r"(?:wont|isnt|not|doesnt|hasnt) (?:answer|answering|pick(?:ing)? up|respond|"
         r"responding|reply|replying|open)"),
    # coded_slang: algospeak and internet slang for suicide and self-harm.
    Rule("coded_slang", "kms", r"(?:kms|kmsl|kys myself|kmss)(?! (?:msg|\d))", jokeable=True),
    Rule("coded_slang", "unalive myself", r"(?:unalive|unaliving|unalived) (?:<SELF>|me tonight|"
         r"tonight|thoughts|urges|thought|ideation)", jokeable=True),
    Rule("coded_slang", "unalive", r"(?:want|wanna|going|gonna|ready|planning|plan|thinking|"
         r"about|trying|try|urge|need|might|should) (?:to |of |about )?(?:just )?(?:unalive|"
         r"unaliving)", jokeable=True),
    Rule("coded_slang", "sewer slide", r"(?:sewer slide|sewerslide|sewer sliding|sewer slid|"
         r"self delete|self deleting|self deletion|self deleted|unalive myself)", jokeable=True),
    Rule("coded_slang", "ctb", r"(?:ctb|ctbing|catch the bus|catching the bus|catch that bus)"
         r"(?! (?:to|at|home|in|from|for school|downtown))", jokeable=True),
    # "long" and "big" alone are everyday ("a long nap", "a long one"); only with "the" or "dirt".
    Rule("coded_slang", "permanent nap", r"(?:permanent|permanently|eternal|forever|endless|"
         r"final) (?:nap|sleep|rest|vacation|solution|exit|dirt nap|one)(?! (?:on|after|"
         r"this|in|at|for my))", jokeable=True),
    Rule("coded_slang", "dirt nap", r"(?:big|long|a) dirt nap", jokeable=True),
    Rule("coded_slang", "rope as a verb", r"(?:going to|want to|about to|might|will|ill|gonna|"
         r"to|finna|should) (?:just )?rope(?: <SELF>)?(?= \.| ,|$| tonight| today| soon| now| "
         r"rn| right)", jokeable=True),
    Rule("coded_slang", "roping", r"(?:roping|roped) (?:<SELF>|tonight|today|soon)"),
    Rule("coded_slang", "kys agreed", r"(?:should|might|will|gonna|going to|maybe|time to|ill) "
         r"(?:just )?(?:kys|kms)", jokeable=True),
    Rule("coded_slang", "log off", r"(?:log|logging|logged|sign|signing) off (?:\S+ ){0,2}?"
         r"(?:permanently|for good|forever|from life|of life)", jokeable=True),
    Rule("coded_slang", "skull emoji finality", r"(?:emoji_coffin|emoji_headstone)",
         jokeable=True),
    Rule("coded_slang", "game over", r"game over (?:for me|irl)", jokeable=True),
)

# Second-author round (train_e_*): threats and violence in other words, burden and finality
# said obliquely, plans keyed to an event, methods named without a suicide word, UK/AAVE slang.
_SUBJ_WILL = (r"(?:hell|shell|theyll|he will|she will|they will|hes going to|shes going to|"
              r"theyre going to|he is going to|she is going to|hes gon|he gon|she gon|they gon|"
              r"shes gon|hed|shed|theyd|he would|she would|going to|gon|will|ill|swear ill|"
              r"swear hell|swear shell)")
_HARM_VERB = (r"(?:snap|break|smash|cave|bash|burn|bury|slit|choke|strangle|stab|shoot|smoke|"
              r"run over|pull up on|come for|beat|knock|kick|cut|gut|drown|torch|set fire to|"
              r"put (?:him|her|them|me|you) in the ground)")
_BODY = (r"(?:my (?:neck|face|head|legs?|arms?|throat|skull|teeth|jaw|ribs|house|flat|apartment|"
         r"car|place)|me|us|the (?:house|flat|place|apartment|kids|baby)|(?:it|the (?:house|"
         r"flat|place|apartment)) down|(?:his|her|their|my \S+) (?:house|flat|place|apartment|"
         r"car|school) down|him|her|them)")

ROUND_E: tuple[Rule, ...] = (
    # danger: threats in other verbs, violence happening now, weapons that are not guns.
    Rule("danger", "threat of violence", _SUBJ_WILL + r" (?:\S+ ){0,2}?" + _HARM_VERB + r" "
         + _BODY + r"(?! (?:in (?:the game|fortnite|chess|cards)|lol|haha|lmao|emoji_laugh))",
         level=L1, firm=True),
    Rule("danger", "threat of violence", r"(?:said|says|saying|threatened|threatening|threatens|"
         r"swore|swears|told me|keeps saying|texted|yelling|screaming|shouting) (?:\S+ ){0,3}?"
         r"(?:hed|shed|theyd|hell|shell|theyll|he would|she would|he will|she will|hes going to|"
         r"shes going to|going to) (?:\S+ ){0,3}?" + _HARM_VERB, level=L1, firm=True),
    Rule("danger", "throwing things at me", r"(?:throwing|threw|throws|hurling|chucking|chucked) "
         r"(?:\S+ ){0,2}?(?:at (?:me|us|my (?:\S+ )?(?:mum|mom|mother|dad|sister|brother|kids?|"
         r"baby|son|daughter|wife|husband)))(?! (?:lol|haha|in (?:dodgeball|the game)))",
         level=L1, firm=True),
    Rule("danger", "hands round my neck", r"(?:hand|hands|arm|arms|belt|cord|rope) "
         r"(?:around|round|on) my "
         r"(?:neck|throat)", level=L1, firm=True),
    Rule("danger", "armed with a blunt weapon", r"(?:has|with|holding|got|grabbed|waving|swinging|"
         r"carrying|brought|pulled) (?:a |his |her |the |their )?(?:bat|baseball bat|machete|"
         r"crowbar|hammer|axe|hatchet|broken bottle|broken glass|knife|gun|pistol|machete)"
         r"(?: \S+){0,8}? (?:me|us|looking for|coming|smashing|screaming|yelling|threatening|"
         r"kill|hurt|door|window|windows|outside|scared|hiding|under the bed|closet|wardrobe)",
         level=L1, firm=True),
    Rule("danger", "coming at me", r"(?:coming|came|comes|lunged|charging|ran) at (?:me|us) "
         r"(?:with|holding)", level=L1, firm=True),
    Rule("danger", "threatened me with", r"(?:threatened|threatening|threatens|pulled|pointed) "
         r"(?:\S+ ){0,2}?(?:me|us) with (?:a|his|her|the|their) (?:\S+ )?(?:knife|gun|bat|machete|"
         r"hammer|pistol|rifle|bottle|blade|weapon|screwdriver|scissors)", level=L1, firm=True),
    Rule("danger", "kicking the door in", r"(?:kicking|banging|smashing|punching|breaking|"
         r"pounding) (?:\S+ ){0,2}?(?:door|doors|windows?)(?: \S+){0,8}? (?:kill|hurt|break|"
         r"smash|scared|hiding|locked|screaming|yelling|get me|gets in|under|bathroom|closet)",
         level=L1, firm=True),
    Rule("danger", "trying car doors", r"(?:tried|trying|tries) (?:to open )?my (?:car|front|"
         r"back|bedroom) (?:door|doors|handle|window)", level=L1, firm=True),
    Rule("danger", "looking for me", r"(?:looking|hunting|coming) for me (?:with|and (?:hes|"
         r"shes|they|he|she)|right now)", level=L1, firm=True),
    Rule("danger", "put him in the ground", r"(?:put|putting) (?:him|her|them|that \S+) in the "
         r"ground", level=L1, jokeable=True),
    Rule("danger", "make him bleed", r"(?:make|making) (?:him|her|them|that \S+) (?:bleed|pay)"
         r"(?: \S+){0,6}? (?:knife|gun|loaded|tonight|tomorrow|school)", level=L1, firm=True),
    Rule("danger", "bringing a gun", r"(?:bringing|bring|taking|take) (?:my |his |her |my dads |"
         r"dads |a )?(?:gun|pistol|rifle|knife|shotgun|glock|strap) (?:to|into) (?:school|class|"
         r"work|the party|church|his house|her house)", level=L1, firm=True),
    # explicit: UK and other slang for killing oneself; not wanting to reach an age or date.
    Rule("ideation_explicit", "top myself", r"(?:top|topping|topped) <SELF>(?! (?:up|off))",
         jokeable=True),
    Rule("ideation_explicit", "don't want to see my next birthday", r"(?:dont|do not|not|never) "
         r"(?:really |even )?(?:want|wanna|plan|expect|intend|going) to (?:see|make it to|reach|"
         r"live to see|live to|be here for|be around for|get to) (?:my (?:next |\d+(?:th|st|nd|"
         r"rd)? )?birthday|\d+|another (?:year|birthday|christmas)|next (?:year|christmas|"
         r"birthday|week)|the end of (?:the|this) (?:year|week|month)|christmas|the new year)"
         + _EXPLAINED),
    Rule("ideation_explicit", "wish I hadn't survived", r"(?:wish|wished) (?:i )?(?:hadnt|had "
         r"not|didnt|did not|never) (?:survived|woken up|woke up|wake up|made it|been found|been "
         r"saved|pulled through)"),
    Rule("ideation_explicit", "next time I won't fail", r"(?:next time|this time) (?:i |ill |im )?"
         r"(?:wont|will not|am not going to|not going to|dont) (?:mess|screw|fuck|mess it|fail|"
         r"survive|wake up|be found|make a mistake)"),
    Rule("ideation_explicit", "know what I did wrong", r"(?:know|knew|learned|figured out) "
         r"(?:exactly )?(?:what i did wrong|what id do differently|what i would do differently|"
         r"what went wrong last time|where i went wrong)"),
    # implicit: burden, mercy, relief at dying by accident, stopping for good.
    Rule("ideation_implicit", "kinder if I wasn't here", r"(?:kinder|a kindness|a mercy|merciful|"
         r"a favour|a favor|a gift|simpler|lighter|a relief) (?:\S+ ){0,2}?(?:to|for) "
         r"(?:everyone|everybody|them|all|my family|the world|my kids|my children|my wife|my "
         r"husband)(?: \S+){0,2}? (?:if (?:i|im) (?:just )?(?:wasnt|werent|was not|was gone|"
         r"disappeared|died|didnt exist|wasnt around|wasnt here|left|stopped|didnt wake up)|"
         r"without me|once im gone|when im gone)"),
    Rule("ideation_implicit", "freed of me", r"(?:freed|free|rid|relieved) of me(?! (?:for (?:the|"
         r"a) (?:day|night|weekend|week)|at|tonight))"),
    Rule("ideation_implicit", "out of everyone's way", r"out of (?:everyones|everybodys|their|"
         r"your|everyone s|peoples|my familys) (?:way|hair|lives|life)(?: \S+){0,2}? (?:for "
         r"good|forever|permanently)"),
    Rule("ideation_implicit", "weight on everyone", r"(?:im|i am|being|just|im just|nothing but|"
         r"such|so tired of being|tired of being|sick of being) (?:a |such a |the |a total |a "
         r"complete |a huge |a dead |a massive )?(?:weight|drain|dead weight|strain|load|"
         r"burden) (?:on|to|for) (?:everyone|everybody|my family|them|all|my (?:kids|parents|"
         r"wife|husband|mum|mom|dad|family|daughter|son|children|friends)|everyones)"),
    Rule("ideation_implicit", "hope a truck hits me", r"(?:hope|hoping|wish|wishing|pray|praying) "
         r"(?:that )?(?:a|the) (?:truck|car|bus|train|plane|lorry|cancer|tumour|tumor|disease|"
         r"virus|heart attack|stroke) (?:\S+ ){0,6}?(?:hits|hit|crashes|crash|kills|kill|takes|"
         r"take|wins|win|runs me over|gets me|finishes me)"),
    Rule("ideation_implicit", "hope I crash", r"(?:hope|hoping|wish|wishing|pray|praying) (?:that "
         r")?(?:i|ill) (?:get|got|end up) (?:\S+ ){0,2}?(?:crash|accident|hit by|run over|killed|"
         r"shot)"),
    Rule("ideation_implicit", "relieved if hit by a bus", r"(?:if|when) (?:a|the) (?:bus|car|"
         r"truck|train|lorry) (?:hit|hits|ran|runs) me(?: \S+){0,6}? (?:relieved|relief|glad|"
         r"wouldnt (?:even )?(?:mind|care|be mad)|okay with it|fine with it|happy)"),
    Rule("ideation_implicit", "relieved if hit by a bus", r"(?:if|when) i (?:got|get|was|were) "
         r"(?:hit|run over|killed) by (?:a|the) (?:\S+ )?(?:bus|car|truck|train|lorry)(?: \S+)"
         r"{0,6}? (?:relieved|relief|glad|wouldnt (?:even )?(?:mind|care|be mad)|okay with it|"
         r"fine with it|happy)"),
    Rule("ideation_implicit", "sleep and not come back", r"(?:sleep|asleep|close my eyes|nap|"
         r"lie down|lay down) (?:\S+ ){0,3}?(?:and )?(?:just )?(?:never|not|no) (?:come back|"
         r"open them|open my eyes|return|get up|wake)"),
    Rule("ideation_implicit", "for me to stop", r"(?:for me to|me to|ready to|want to|time to|"
         r"need to|going to) (?:just )?stop(?: \S+)?(?: ,)? (?:for good|forever|permanently)"),
    Rule("ideation_implicit", "for me to stop", r"(?:for it all to stop|for everything to stop) "
         r", (?:for me to stop|me too)"),
    Rule("ideation_implicit", "point of me being here", r"(?:whats|what is|no|theres no|there is "
         r"no|dont see the) (?:even )?(?:the |a )?point (?:in |of )?(?:me )?(?:even )?"
         r"(?:being here|sticking around|staying|being around|hanging on|carrying on|being "
         r"alive|existing|living)(?! (?:at|in) (?:this|the|that) (?:job|party|school|class))"),
    Rule("ideation_implicit", "done with it all for good", r"(?:done|finished) (?:\. )?(?:with )?"
         r"(?:all of it|all of this|it all|everything|life) (?:\. )?(?:for good|forever|"
         r"permanently)"),
    Rule("ideation_implicit", "made my peace", r"(?:made|make|making) (?:my )?peace(?: with "
         r"(?:it|everything|dying|death|god|leaving|my decision|it all|all of it|the end))?"
         r"(?= \.| ,|$| and| im)"),
    Rule("ideation_implicit", "nothing left to do here", r"nothing (?:left )?(?:for me )?to do "
         r"(?:here|in this world|on this earth)"),
    Rule("ideation_implicit", "already gone", r"(?:im|i am) already gone(?! (?:for|to|from|on))"),
    Rule("ideation_implicit", "no one will find me", r"(?:no one|nobody|noone) (?:will|would|is "
         r"going to|can|could) (?:ever )?find me(?! (?:at|in) (?:the|my) (?:library|party|game))",
         jokeable=True),
    Rule("ideation_implicit", "dip out this world", r"(?:dip|dipping|bounce|bouncing|check|"
         r"checking|clock|clocking) out (?:of )?(?:this|the) (?:world|life|earth)"),
    Rule("ideation_implicit", "finish it", r"(?:just need to|need to|going to|gonna|im|ill|i will|"
         r"time to) (?:finally )?(?:finish|finishing) (?:myself off|it all|it for good|things for "
         r"good|everything for good)(?= \.| ,|$)"),
    Rule("ideation_implicit", "so I don't ruin it", r"so (?:i dont|i do not|it doesnt|it wont) "
         r"(?:ruin|spoil|wreck) (?:it|her|his|their|the|my (?:sisters|brothers|mums|moms|dads|"
         r"kids)) ?(?:\S+ )?(?:birthday|wedding|day|christmas|party|exams?|graduation)?"
         r"(?= \.| ,|$)"),
    Rule("ideation_implicit", "lord take me", r"(?:pray|praying|prayed|ask|asking|beg|begging) "
         r"(?:\S+ ){0,3}?(?:the lord|god|jesus) (?:to )?(?:takes?|take me|call me home|let me "
         r"(?:die|go|not wake))"),
    Rule("ideation_implicit", "grippy sock vacation", r"(?:grippy sock|grippy socks) (?:vacation|"
         r"vacay|hotel|jail|era|holiday|trip)(?! (?:was|ended|years ago|back in))"),
    Rule("coded_slang", "unalive first", r"(?:unalive|unaliving) (?:first|soon|fr|for real|"
         r"tonight|today|right now)", jokeable=True),
    Rule("coded_slang", "big sleep", r"(?:the big|the long|forever|eternal|permanent) "
         r"(?:sleep|nap|dirt nap)(?! (?:on|after|in|at|this|is|was|last))"),
    # plan: an event or decision, and "then do it".
    Rule("plan_time", "after an event", r"(?:end it|ending it|ending things|end things|kill "
         r"myself|killing myself|end my life|ending my life) (?:\S+ ){0,2}?(?:after|once) "
         r"(?:my |the |her |his )?(?:\S+ )?"
         r"(?:birthday|wedding|funeral|exams?|graduation|party|christmas|holidays|finals|"
         r"court date|trial|shift)"),
    Rule("plan_time", "after an event", r"(?:after|once) (?:my |the |her |his )?(?:\S+ )?"
         r"(?:birthday|wedding|funeral|exams?|graduation|christmas|holidays|finals) "
         r"(?:\S+ ){0,4}?(?:im|i will|ill|i am) (?:going to )?(?:end|ending|do|doing|kill|"
         r"killing|join|joining|finish|finishing) (?:it|things|my life|<SELF>|this|her|him)"),
    Rule("plan_time", "then do it", r"(?:and then|then) (?:do|doing) it(?= \.| ,|$)", fires=False,
         tag="do_it"),
    Rule("plan_time", "no one can stop it", r"(?:no one|nobody|nothing|noone) (?:can|will|is "
         r"going to|could|can t) (?:stop|change) (?:it|this|that)"),
    Rule("plan_time", "it'll be done", r"(?:itll|it will|it ll|itll all|it will all) be (?:done|"
         r"over)(?: \S+){0,3}? (?:and (?:no one|nobody)|for good|forever)"),
    Rule("plan_time", "chosen the day", r"(?:chosen|picked|set|decided on|chose) (?:the|a|my) "
         r"(?:day|date|night|time)(?= \.| ,|$)"),
    Rule("plan_time", "it's decided", r"(?:its|it is|everything is|its all|it s) decided",
         fires=False, tag="do_it"),
    # method: sealed rooms and cars, charcoal, how long to bleed, unfenced bridges.
    Rule("method", "sealed room", r"(?:seal|sealing|sealed|tape|taping|taped) (?:up )?(?:the |my )?"
         r"(?:car|room|bedroom|bathroom|windows|door|doors|vents|garage|tent)"
         r"(?! (?:for (?:the )?(?:winter|draft|drafts|cold|painting|the move|moving)|to keep))"
         r"(?: \S+){0,8}? (?:engine|exhaust|charcoal|run|running|light|tonight|with tape|"
         r"hose|bbq|grill)", level=L1, firm=True),
    Rule("method", "charcoal indoors", r"(?:charcoal|disposable bbq|disposable grill|bbq|grill) "
         r"(?:\S+ ){0,6}?(?:in|inside) (?:my|the) (?:room|bedroom|bathroom|car|tent|closet)"
         r"(?: \S+){0,5}? (?:taped|sealed|closed|shut|tape|seal)", level=L1, firm=True),
    Rule("method", "light charcoal in my room", r"(?:light|burn|burning|lit) (?:the |some )?"
         r"charcoal (?:in|inside) (?:my|the) (?:room|bedroom|bathroom|car|tent|closet)",
         level=L1, firm=True),
    Rule("method", "how long to bleed", r"how (?:long|much blood|fast|quickly) (?:\S+ ){0,5}?"
         r"(?:bleed|bleeds|bleeding|to bleed out|pass out|to drown|drown|to freeze|freeze to "
         r"death|lose consciousness|before (?:you|i|u|someone) (?:die|dies|pass out))", firm=True),
    Rule("method", "bridge without a fence", r"(?:bridge|bridges|roof|building|overpass|cliff|"
         r"car park|parking garage) (?:\S+ ){0,5}?(?:no|doesnt have a|does not have a|without "
         r"a|without|with no|hasnt got a) (?:suicide )?(?:net|fence|barrier|railing|railings|"
         r"barriers|fences|nets)(?! (?:for (?:the )?(?:kids|dogs|view)))"),
    Rule("method", "hang from the beam", r"(?:hang|hanging|hung) (?:<SELF> )?(?:from|off) (?:the|a|"
         r"that) (?:beam|rafter|rafters|tree|door|doorframe|banister|ceiling|closet rod|light "
         r"fixture|pipe|hook)(?! (?:like a|for (?:fun|the photo)|bar))"),
    Rule("method", "drive into a tree", r"(?:drive|driving|crash|crashing|swerve|swerving|steer|"
         r"wrap|wrapping|plow|plough|put) (?:my |the |our )?(?:car |truck |ute |van )?"
         r"(?:\S+ ){0,2}?(?:into|off|a?round) (?:a |the )?(?:\S+ ){0,2}?(?:tree|wall|bridge|"
         r"cliff|pole|lamppost|lamp post|telegraph pole|gum tree|semi|lorry|barrier|pillar|"
         r"embankment|oncoming traffic|river|lake)"),
    Rule("method", "on the tracks", r"(?:ill|i will|im going to|going to|gonna|i am going to|"
         r"lie|lay|stand|standing|sit|sitting|wait|waiting|be) (?:down )?(?:on|at|by) "
         r"(?:the )?(?:tracks|train tracks|railway|rail line|railway line|line)(?! (?:for|"
         r"with|watching|taking photos))"),
    Rule("method", "train times", r"(?:train|freight|last train|express) (?:\S+ ){0,6}?"
         r"(?:ill be|i will be|im going to be) (?:on|at) (?:the )?(?:tracks|line|platform edge|"
         r"crossing)"),
    # means: where it is kept, counted, enough; AAVE "strap".
    Rule("means", "there are enough", r"(?:there are|theres|there is|ive got|i have|i got|got|"
         r"have) (?:more than )?enough(?: now)?(?= \.| ,|$| now| to (?:do it|die|end it|not "
         r"wake up|kill))", fires=False, tag="object"),
    Rule("means", "pills are enough", r"(?:<DRUG>|them) (?:\S+ ){0,8}?(?:enough|more than "
         r"enough)(?= \.| ,|$| now| to)", firm=True),
    Rule("means", "count them every night", r"(?:count|counted|counting) (?:them|the pills|the "
         r"tablets|my pills|my tablets|<DRUG>) (?:every|each|again|twice|over and over|all)",
         firm=True),
    Rule("means", "kept somewhere", r"(?:<DRUG>|<WEAPON>|<POISON>) (?:is |are |s )?(?:still )?"
         r"(?:in|under) (?:the |my |his |her )?(?:boot|trunk|glovebox|glove box|bedside|"
         r"nightstand|wardrobe|closet|cabinet|sock drawer|drawer|backpack|room|bed|pillow|"
         r"mattress|shed|garage|bathroom cabinet|medicine cabinet|kitchen drawer)"
         r"(?: \S+){0,6}? (?:enough|ready|staring|looking at|thinking|tonight|count|keep|"
         r"calling|done)", firm=True),
    Rule("means", "the strap", r"(?:got|have|grabbed|holding|with|keep|carry|carrying|bought|"
         r"copped) (?:the |my |a )?strap(?! (?:on (?:my|the|your) (?:bag|backpack|shoe|"
         r"watch)|for))(?: on me| right here| in my|(?: ,)? (?:im|i am) done)", firm=True),
    Rule("means", "stash", r"(?:stash|stockpile|hoard|supply) of (?:\S+ ){0,3}?<DRUG>", firm=True),
    Rule("means", "not for a headache", r"(?:not|and not|but not|isnt|arent|aint) for (?:a |an |"
         r"the |my |anything )?(?:headache|headaches|pain|fun|good|nice|camping|balloons|the "
         r"(?:garden|party)|a party|sleep|sleeping|anything (?:fun|good|nice))",
         fires=False, tag="not_benign"),
    # farewell: things given away because of not being there, notes found, notes written.
    Rule("farewell", "won't be here to", r"(?:giving|gave|give|leaving|left|leave|handed) "
         r"(?:away )?(?:\S+ ){0,8}?(?:,|since|because|so|as|cus) (?:i|im|ill|i ll)? ?(?:wont|will "
         r"not|dont|not going to|am not going to|wont be|not gonna) (?:be (?:here|around|there|"
         r"able|needing)|need|be using|need them)"),
    Rule("farewell", "won't be here to", r"(?:gave|give|giving) (?:away )?my (?:\S+ ){0,3}?"
         r"(?:,? )?(?:wont|will not|dont|not going to) (?:need|have) to (?:feed|walk|look after|"
         r"care for|worry)"),
    Rule("farewell", "if you find this", r"(?:if) (?:you|anyone|someone|somebody|u|my "
         r"\S+) (?:finds|find|reads|read|sees|see|gets|get) (?:this|these|my note)"
         r"(?! (?:helpful|useful|interesting|funny|confusing|annoying|weird|boring|hard|too|"
         r"post|video|meme|article|link|recipe)|,? ?(?:call|text|ring|reply|message|get back|let me "
         r"know|pls|please|before))"),
    Rule("farewell", "written the note", r"(?:written|wrote|finished|writing|write) (?:my|the|"
         r"a) (?:note|letter|letters|notes)(?= \.| ,|$| and (?:put|left|hid)| for (?:everyone|"
         r"my (?:family|kids|parents|mum|mom|dad)))"),
    Rule("farewell", "letters for everyone", r"(?:written|finished|put) (?:\S+ ){0,2}?(?:letters?|"
         r"notes?) (?:for|to) (?:everyone|everybody|all|each|my (?:family|kids|mom|mum|dad|"
         r"parents|children|wife|husband|son|daughter|sister|brother))"),
    Rule("farewell", "note under my pillow", r"(?:note|letter|letters|notes) (?:\S+ ){0,4}?(?:in|"
         r"under|on) (?:my |the )?(?:pillow|bedside|bedside drawer|drawer|desk|fridge|kitchen "
         r"table|mattress)(?! (?:about|for (?:the|my) (?:bins|cleaner|landlord|flatmate)))"),
    Rule("farewell", "won't need it", r"(?:wont|will not) need (?:it|them|any of (?:it|this|"
         r"them)|my \S+|these|those)(?= \.|$)", fires=False, tag="farewell"),
    # self-harm: forearms, deserving pain.
    Rule("self_harm", "sliced my forearm", r"(?:cut|cutting|sliced|slicing|slashed|carved|"
         r"scratched|burned|burnt) (?:my |both )?(?:forearms?|upper arms?|shoulders?|ribs?|"
         r"ankles?|calves|calf)(?! (?:on|by accident|accidentally|while|cooking|falling))"),
    Rule("self_harm", "deserve the pain", r"(?:deserve|deserved) (?:the |this )?pain(?! of)"),
    # explicit: wanting everything over, said plainly, at the end of a clause.
    Rule("ideation_implicit", "want it over", r"(?:want|need|wish) (?:it|everything|it all|"
         r"all of it|the pain|my life) (?:all )?(?:to )?(?:be )?(?:over|end|stop)(?= \.| ,|$)"),
)

ROUND_E2: tuple[Rule, ...] = (
    Rule("ideation_explicit", "survived and wish I hadn't", r"(?:survived|lived through|woke up "
         r"after|came round after) (?:my |the |an? )?(?:attempt|overdose|od)(?: \S+){0,6}? "
         r"(?:wish|wished|sadly|unfortunately|disappointed|shouldnt have|hadnt|angry)"),
    Rule("means", "sob and pill", r"(?:emoji_sob (?:emoji_sob )*emoji_pill|emoji_pill "
         r"(?:emoji_pill )*emoji_sob)", firm=True),
    Rule("attempt_in_progress", "took them all", r"(?:took|swallowed|downed|taken|drank|"
         r"swallow) (?:them|it|em) (?:, )?(?:all|every one|every last one)", level=L1, firm=True),
    Rule("danger", "he's coming with a bat", r"(?:hes|shes|theyre|he is|she is|they are) "
         r"(?:\S+ )?(?:coming|here|back|outside|drunk|home)(?: \S+){0,4}? (?:hes|shes|he|she|"
         r"theyve|they|and) (?:has |got |has got |\S+ )?(?:a |the |his |her )?(?:bat|machete|"
         r"crowbar|knife|gun|hammer|axe|knife out|gun out)", level=L1, firm=True),
    Rule("danger", "outside with a weapon", r"(?:outside|at) (?:my|the|our) (?:\S+ )?(?:house|"
         r"door|flat|apartment|window|work|school|car) with (?:a|his|her|the) (?:bat|machete|"
         r"crowbar|knife|gun|hammer|axe|pistol|rifle)", level=L1, firm=True),
)

ROUND_E3: tuple[Rule, ...] = (
    # implicit: not wanting to be here much longer, never born, no future with me in it.
    Rule("ideation_implicit", "don't think I want to be here", r"(?:dont|do not) think (?:i )?"
         r"(?:want|wanna|can|will|could) (?:to )?(?:be here|be alive|live|stay|keep going|go on|"
         r"last|survive|make it)(?: \S+){0,2}? (?:much longer|long|anymore|any more|for long|"
         r"another|through)(?! ,? ?(?:\S+ ){0,3}?(?:job|company|school|city|town|place|house|"
         r"relationship|class|team|country|uni|party|meeting|course|flat|apartment|marriage))"),
    Rule("ideation_implicit", "never been born", r"(?:wish|wishing|wished) (?:that )?(?:id|i had|"
         r"i d) (?:never|not) (?:been born|existed|woken up|survived|been here)(?! (?:in|on|at|"
         r"during) (?:winter|summer|spring|autumn|the fall|january|february|march|april|may|"
         r"june|july|august|september|october|november|december|a leap year|the 90s|this "
         r"(?:century|decade|generation)))"),
    Rule("ideation_implicit", "no future with me in it", r"(?:dont|cant|do not|can not|cannot) "
         r"(?:see|picture|imagine) (?:a|any) future (?:with me in it|where (?:im|i am) (?:alive|"
         r"here|around|in it)|for me at all)"),
    Rule("ideation_implicit", "can't see myself getting older", r"(?:dont|cant|do not|can not|"
         r"cannot) (?:see|picture|imagine) (?:myself|me) (?:getting older|growing old|growing "
         r"up|living past|reaching \d+|being \d+|in the future|making it to|at \d+|alive)"),
    Rule("ideation_implicit", "ready for it all to be over", r"(?:ready|waiting|want|need|wish) "
         r"for (?:it|this|everything|it all|all of it|all of this) (?:all )?to (?:be over|end|"
         r"stop)(?= \.| ,|$| for good| forever| now)(?! ,? ?(?:\S+ ){0,3}?(?:exams?|week|"
         r"semester|term|year|day|shift|job|work|project|wedding|move|season|holidays|trip|"
         r"finals|school|meeting|surgery|treatment|chemo|case|divorce))"),
    Rule("ideation_implicit", "taking up space", r"(?:im|i am|just|only|me) (?:just |only )?"
         r"(?:taking up|wasting) (?:space|air|oxygen)"),
    Rule("ideation_implicit", "better off without having me", r"(?:deserves|deserve) (?:\S+ )?"
         r"better than (?:having me around|me being around|me being here|having me here|me in "
         r"(?:their|her|his|your) li\w+|having me in (?:their|her|his|your) li\w+)"),
    Rule("ideation_implicit", "out of reasons to stay", r"(?:run|running|ran) out of (?:reasons|"
         r"reason) (?:to )?(?:stay(?! (?:at|in|with|for|on))|keep going|live|go on|be here|keep "
         r"living|stay alive|carry on|fight|wake up)"),
    Rule("ideation_implicit", "done for good", r"(?:tired|done|finished) (?:\. |, )?(?:permanently|"
         r"for good|forever)(?= \.| ,|$)"),
    Rule("ideation_implicit", "might as well make it real", r"might as well (?:\S+ )?(?:make it "
         r"(?:real|official|permanent)|die|be dead|not exist)(?! (?:lol|haha|trying|of))"),
    Rule("ideation_implicit", "counting down to the end", r"counting down (?:to|till|until) "
         r"(?:the end|my end|i die|im gone|the day i)(?= \.| ,|$| of (?:me|my life))"),
    Rule("ideation_implicit", "want out of everything", r"(?:want|need|wanna) out(?= \.|$)"),
    Rule("ideation_implicit", "want out of everything", r"(?:want|need|wanna) out (?:\. )?"
         r"(?:out )?of (?:everything|it all|life|all of it|this world)"),
    # farewell: blame lifted, instructions and recordings left, no more texts.
    Rule("farewell", "not her fault", r"tell (?:my |\S+ )(?:\S+ )?(?:that )?(?:it|this) (?:wasnt|was "
         r"not|isnt|is not) (?:her|his|their|your|anyones) fault"),
    Rule("farewell", "left instructions", r"(?:left|leaving|written|wrote) (?:\S+ )?instructions "
         r"(?:for|about) (?:the |my )?(?:cat|dog|pets?|kids|funeral|house|accounts|everything)"),
    Rule("farewell", "will and letters, ready", r"(?:will|letters|note|notes) (?:\S+ ){0,4}?(?:im|"
         r"i am) ready(?= now| \.|$)"),
    Rule("farewell", "recorded a video for when", r"(?:recorded|made|filmed|left) (?:a |some )?"
         r"(?:video|videos|message|messages|voice note|voicemail) (?:for|to) (?:my |\S+ )"
         r"(?:\S+ )?(?:to (?:watch|hear|listen to) )?(?:when (?:theyre|they are|im gone|im not)|"
         r"after (?:im gone|i die|i go))"),
    Rule("farewell", "won't be texting again", r"(?:wont|will not|not going to) be (?:texting|"
         r"messaging|talking|calling|writing|contacting) (?:\S+ )?(?:again|anymore|any more|"
         r"after (?:tonight|today))(?! (?:until|till|this|tonight|today|for))"),
    Rule("farewell", "pet to a good home", r"(?:my|the) (?:dog|cat|pets?|fish|bird|rabbit|bunny|"
         r"hamster) (?:goes|go|gets|get|is|are) (?:to )?(?:a good|a new|a loving) home"),
    Rule("farewell", "because it's the last time", r"(?:because|cause|since|as) (?:its|it is|"
         r"this is|it was|that was) (?:the|my) (?:last|final) time(?= \.| ,|$)"),
    # plan
    Rule("plan_time", "that's when I'll do it", r"(?:thats|that is|then|its) when (?:ill|i will|"
         r"im going to|i am going to|i plan to) (?:finally )?(?:do it|end it|go|act|die|leave)"
         r"(?= \.| ,|$)"),
    Rule("plan_time", "planned for the anniversary", r"(?:planned|planning|plan) it for (?:the |"
         r"my |her |his )?(?:\S+ )?(?:anniversary|day (?:she|he|they) died|birthday)"),
    Rule("plan_time", "before the sun comes up", r"before the sun (?:comes up|rises)",
         fires=False, tag="time"),
    # self-harm
    Rule("self_harm", "covered in cuts", r"(?:covered in|full of) (?:fresh |new |deep )?(?:cuts|"
         r"burns|scratches|slashes)"),
    Rule("self_harm", "fresh cuts on my", r"(?:fresh|new) (?:cuts|burns|wounds) (?:on|across|all "
         r"over) my"),
    # negation that does not negate
    Rule("ideation_explicit", "can't promise", r"(?:cant|cannot|can not|wont|not going to) "
         r"promise (?:\S+ ){0,3}?(?:tomorrow|anything|i wont|that i wont|to stay safe|ill be "
         r"safe|ill be okay|im safe|safe)"),
    Rule("ideation_explicit", "not yet but close", r"not yet (?:, )?(?:but|though)(?: \S+){0,3}? "
         r"(?:close|getting close|nearly there)(?! (?:to|with|on))"),
    # past, current again
    Rule("ideation_explicit", "after an attempt, same again", r"(?:overdose|attempt|od|tried|"
         r"attempted)(?: \S+){0,10}? (?:feeling|feel|felt) (?:the same|that way|like that|like "
         r"this) (?:way )?again"),
    Rule("ideation_explicit", "after an attempt, trying again", r"(?:attempt|attempted|tried|"
         r"overdose|od)(?: \S+){0,10}? (?:thinking about|want to|going to|planning to|tempted to) "
         r"(?:(?:try|trying|do it|doing it) again|a (?:second|third|fourth)(?: time| attempt| one)?)"),
    Rule("ideation_explicit", "recently out of psychiatric care", r"(?:discharged|released|got "
         r"out|came out|came home|left|out of|home from) (?:of |from )?(?:the )?(?:psych|"
         r"psychiatric|mental health|mental|inpatient) (?:unit|ward|hospital|hold|facility|"
         r"unit)(?: \S+){0,3}? (?:yesterday|today|(?:a |one |two |three |four |few |a few |"
         r"couple |a couple of |\d+ )?(?:days?|weeks?) ago|last week|on (?:monday|tuesday|"
         r"wednesday|thursday|friday|saturday|sunday)|this (?:week|morning))"),
    # method: storeys
    Rule("method", "how many storeys", r"how many (?:storeys|stories|floors|feet|metres|meters) "
         r"(?:\S+ ){0,4}?(?:need|to die|would it take|is enough|fatal|to survive|to kill|"
         r"kills)"),
)

ROUND_E4: tuple[Rule, ...] = (
    Rule("ideation_implicit", "had enough of living", r"(?:over|fed up of|fed up with|had enough "
         r"of|had it with|so over|tired of|sick of) (?:being alive|living|existing|(?:this |my )?"
         r"life|surviving|being here)(?! (?:like|in|with|at|on|off|here in|paycheck|without|admin|"
         r"stuff|lately lol|in general lol|insurance))" + _SITUATION),
    Rule("ideation_implicit", "not long for this world", r"not long for this (?:world|earth)"),
    Rule("ideation_implicit", "not sticking around", r"not (?:sticking|hanging|staying) around "
         r"(?:to (?:find out|see)|much longer|for (?:long|much longer))"),
    Rule("ideation_implicit", "not planning on being here", r"(?:not|dont|never) (?:planning|plan) "
         r"(?:on|to) (?:being|be) (?:here|around|alive)(?: \S+){0,2}? (?:next|by|for|much|long|"
         r"after|tomorrow|anymore)" + _EXPLAINED),
    Rule("farewell", "if something happens to me", r"if (?:something|anything) (?:happens|should "
         r"happen|were to happen) to me"),
    Rule("farewell", "left everything to", r"(?:left|leaving|leave) everything to (?:my|her|him|"
         r"them)(?! (?:the last|last minute|chance|fate|god|luck))"),
    Rule("farewell", "sorry I wasn't better", r"sorry (?:i|that i) (?:wasnt|was not|couldnt be|"
         r"could not be) (?:better|enough|stronger|good enough|a better (?:son|daughter|mum|mom|"
         r"dad|father|mother|wife|husband|friend|person))(?! (?:at|about|with|company))"),
    Rule("plan_time", "take them tonight", r"(?:going to|gonna|will|ill|about to) (?:take|swallow|"
         r"drink|down) (?:them all|all of them|every one of them|the lot)(?= \.| ,|$| tonight| now)",
         fires=False, tag="take_them"),
    Rule("ideation_explicit", "can't keep myself safe", r"(?:cant|cannot|can not|not able to|"
         r"unable to|dont think i can|not sure i can|dont know if i can) "
         r"(?:keep <SELF>|stay|be|remain|keep me) safe"),
    Rule("ideation_explicit", "not scared anymore, ready", r"not (?:scared|afraid|frightened) "
         r"(?:anymore|any more|of it|of dying)(?: \S+){0,3}? (?:ready|decided|going to)"),
    Rule("ideation_explicit", "regret surviving", r"(?:regret|hate|hated) (?:surviving|waking up|"
         r"being saved|that i survived|being found|that they found me|being alive)"
         r"(?! (?:on|off|the|this|that|in|at|early|so early))"),
)

ROUND_E5: tuple[Rule, ...] = (
    Rule("ideation_implicit", "not meant for this world", r"not (?:meant|made|built) for this "
         r"(?:world|life|earth)"),
    Rule("ideation_implicit", "wish I could evaporate", r"(?:want|wanna|wish|wishing|wished|need) "
         r"(?:i could |i "
         r"can |to )?(?:just )?(?:evaporate|cease to be|cease to exist|dissolve|melt away|not be|"
         r"vanish|disappear|stop existing)(?= \.| ,|$| forever| for good| completely)"),
    Rule("ideation_implicit", "nobody needs me", r"(?:no one|nobody|noone) needs me (?:here |"
         r"around |alive )?(?:anymore|any more|now)(?= \.| ,|$)"),
    Rule("ideation_implicit", "they'll cope without me", r"(?:cope|manage|get by|survive|move on)"
         r" (?:\S+ )?without me(?! (?:for|at|this|tonight|while|on|until|till|next|today|"
         r"tomorrow))"),
    Rule("ideation_implicit", "the end is near for me", r"the end is (?:near|close|coming) for me"),
    Rule("ideation_implicit", "don't want a tomorrow", r"(?:dont|do not) want (?:a |any )?"
         r"(?:tomorrow|future)(?= \.| ,|$)"),
    Rule("farewell", "wrote everyone letters", r"(?:wrote|written|writing) (?:everyone|everybody|"
         r"all of them|each of them|my family) (?:a )?(?:letters?|notes?)(?! (?:for (?:christmas|"
         r"their birthdays?)|thanking|to thank))"),
    Rule("farewell", "my last wish", r"my (?:last|final|dying) (?:wish|wishes|request|words)"
         r"(?! for (?:my |the )?(?:birthday|christmas|holiday|party))"),
    Rule("danger", "intruder in the house", r"(?:someone|somebody|a man|a guy|a stranger|an "
         r"intruder|a person|people) (?:is |s |are )?(?:in|inside|breaking into) (?:my|the|our) "
         r"(?:house|flat|apartment|home|room|garden|kitchen)(?: \S+){0,6}? (?:smash|smashed|"
         r"broke|broken|heard|scared|hiding|dont know|knife|gun|window|door)", level=L1,
         firm=True),
    Rule("self_harm", "carved into my skin", r"(?:carved|carving|cut|cutting|burned|burning|"
         r"scratched|scratching) (?:into|in) my (?:skin|arm|arms|leg|legs|thigh|thighs|wrist|"
         r"wrists|stomach|chest|hip|hips)"),
    Rule("ideation_explicit", "no way through tonight", r"no way (?:im|i am|ill|i will|i can) "
         r"(?:getting|get|make it|making it|going to (?:make it|get|survive)|survive|surviving) "
         r"(?:through )?(?:tonight|the night|today|this week|another (?:day|night))"),
    Rule("ideation_explicit", "won't stop myself", r"(?:wont|will not|cant|cannot) (?:be able to )?"
         r"stop <SELF> (?:this time|tonight|anymore|any more|again)"),
    Rule("ideation_explicit", "recently sectioned", r"(?:sectioned|hospitalised|hospitalized|"
         r"committed|admitted|on a (?:72 hour |psych )?hold|in the psych ward|in hospital after "
         r"(?:my |an )?(?:attempt|overdose)) (?:\S+ ){0,2}?(?:last (?:week|month)|(?:a |one |two |"
         r"three |few |a few |couple of |a couple of |\d+ )(?:days?|weeks?) ago|this (?:week|"
         r"month)|yesterday)"),
)

ROUND_E6: tuple[Rule, ...] = (
    Rule("method", "eat a bullet", r"(?:eat|eating|ate|swallow|suck|sucking) (?:a |my |the )?"
         r"(?:bullet|gun|pistol|shotgun|barrel|revolver)", jokeable=True),
    Rule("ideation_implicit", "better off with another mother", r"(?:better off|better|happier) "
         r"with (?:someone|somebody|anyone) else as (?:her|his|their|a) (?:mum|mom|mother|dad|"
         r"father|parent)"),
    Rule("ideation_implicit", "stop eating to die", r"(?:stop|stopped|stopping|quit|quitting) "
         r"(?:eating|drinking|taking my (?:meds|medication|medicine|insulin|heart \S+|pills|"
         r"tablets)|my (?:dialysis|treatment|chemo|meds|medication|insulin))(?: \S+){0,6}? "
         r"(?:on purpose|so (?:it|i|that)|waste away|let it|be over|to die|until i die|take me|"
         r"sooner|end it|decided|let (?:it|nature|the \S+) take me)"),
    Rule("ideation_implicit", "waste away", r"(?:want|going|ready|trying) to (?:waste away|fade "
         r"away|starve to death)|let (?:it|the cancer|the illness|this|nature|god) take me"),
    Rule("attempt_in_progress", "used everything at once", r"(?:shot up|injected|snorted|smoked|"
         r"used|took) (?:everything|all of it|the whole (?:bag|lot|stash|batch))(?: i had| i have|"
         r" ive got)?(?: \S+){0,3}? (?:at once|in one go|all at once)", level=L1, firm=True),
    Rule("attempt_in_progress", "shot up everything", r"(?:shot up|injected|snorted) (?:everything|"
         r"all of it|the whole (?:bag|lot|stash|batch))", level=L1, firm=True),
    Rule("ideation_implicit", "won't be around to face it", r"(?:wont|will not|not going to) be "
         r"(?:around|here|alive) (?:to (?:face|deal with|see) (?:it|them|the|that|this|what)|"
         r"when (?:they|he|she|everyone) (?:find|finds) out|for the (?:trial|hearing|court|"
         r"sentencing|verdict))"),
    Rule("ideation_explicit", "rather have a dead son", r"rather (?:have|had) a dead (?:son|"
         r"daughter|child|kid|boy|girl)"),
    Rule("ideation_explicit", "why can't I just die", r"why (?:cant|can not|cannot|dont|wont) i "
         r"(?:just )?(?:die|be dead|stop existing|disappear|not wake up|stop breathing)"),
    Rule("ideation_implicit", "meet my maker", r"(?:ready to|going to|time to|about to|want to|"
         r"ready) (?:meet|see|go to) (?:my maker|god|jesus|the lord)(?! (?:at|in|on) (?:church|"
         r"sunday|mass))"),
    Rule("ideation_implicit", "at peace with my decision", r"at peace with (?:my decision|it|"
         r"dying|what (?:im|i am) about to do|leaving|going|the decision)(?! to)"),
)

ROUND_E7: tuple[Rule, ...] = (
    Rule("danger", "run him over", r"(?:run|running|mow|mowing) (?:him|her|them|that \S+|the "
         r"\S+) (?:over|down)(?! (?:to|at|for|the road|later))|(?:run|running) over (?:him|her|"
         r"them|that \S+)(?! (?:to|for|with (?:the|a) (?:list|plan|notes)))", level=L1,
         jokeable=True),
    Rule("danger", "drive into him", r"(?:drive|driving|ram|ramming|plow|plough) (?:my |the )?"
         r"(?:car |truck |van )?into (?:him|her|them|that \S+|the crowd|people|his car|her car)",
         level=L1, firm=True),
    Rule("attempt_in_progress", "took a month of pills", r"(?:took|swallowed|downed|taken) "
         r"(?:my |a |the )?(?:whole |full |entire )?(?:week|weeks|month|months|fortnight|"
         r"weeks|months) (?:worth )?of (?:my )?(?:\S+ ){0,2}?(?:<DRUG>|pills|tablets|meds|"
         r"medication)", level=L1, firm=True),
    Rule("attempt_in_progress", "ligature tied", r"(?:cord|cords|rope|belt|scarf|cable|noose|it|"
         r"cords) (?:is |s )?(?:tied )?(?:around|round|to|on|from) (?:the |my )?(?:bannister|"
         r"banister|door handle|doorknob|beam|rafter|railing|closet rod|hook|pipe|stair rail)",
         level=L1, firm=True),
    Rule("ideation_implicit", "I'm the problem, remove it", r"(?:im|i am) the problem(?: \S+)"
         r"{0,6}? (?:remove|get rid of|fix|solve|end) (?:the problem|it|<SELF>)"),
    Rule("ideation_implicit", "a parent who isn't me", r"with (?:a|another) (?:mum|mom|mother|dad|"
         r"father|parent|wife|husband|partner) who (?:isnt|is not|wasnt|is not) me"),
    Rule("ideation_implicit", "after tonight nobody has to", r"(?:after|by|from) (?:tonight|today|"
         r"tomorrow|this \S+|friday|saturday|sunday|monday|tuesday|wednesday|thursday|next \S+) "
         r"(?:, )?(?:no one|nobody|noone|no1) (?:will )?(?:has|have|will have|needs to|would "
         r"have) to (?:worry about|deal with|take care of|put up with|see|hear from) me"),
    Rule("ideation_implicit", "go dark forever", r"(?:go|goes|fade|turn) (?:to )?(?:black|dark|"
         r"quiet|silent) (?:and stay (?:that way|black|dark|quiet)|forever|for good|permanently)"),
    Rule("method", "high enough", r"(?:<PLACE>|car park|building|tower|window|storey|story|"
         r"multi storey|flat|floor) (?:\S+ ){0,5}?(?:is |s )?(?:high|tall|steep|deep) enough"
         r"(?! (?:for|to (?:fit|let|clear|drive|walk|see|reach)))"),
    Rule("method", "exit bag", r"(?:exit bag|exit bags|suicide bag|helium and (?:a )?bags?|bag "
         r"and helium|nitrogen and (?:a )?bag|helium and a bag)", firm=True),
    Rule("farewell", "can have my car", r"(?:can|could|should|will) have my (?:\S+ ){0,2}?"
         r"(?:, )?(?:since|because|cause|as|,)? ?(?:i|ill) (?:wont|will not|dont) (?:be (?:driving|"
         r"using|needing|wearing|playing)|need)"),
)

RULES = RULES + ROUND_E + ROUND_E2 + ROUND_E3 + ROUND_E4 + ROUND_E5 + ROUND_E6 + ROUND_E7

# Round G (third author): implicit absence, farewells, plans and means the earlier rounds missed
# (written from tests/data/crisis/train_g_voices.jsonl; heldout_g was measured before this).
_WHO_HOME = r"(?:everyone|everybody|them|they|my \S+|the kids|the house|mum|mom|dad)"
ROUND_G: tuple[Rule, ...] = (
    Rule("ideation_implicit", "won't be here for Christmas", r"(?:dont|do not|wont|will not|not) "
         r"(?:think|expect|see|reckon) (?:(?:ill|i will|myself|me|i ll) (?:being |be |to be |still )?|"
         r"to (?:still )?be (?:still )?)"
         r"(?:here|around|alive) (?:for|by|at|in|past|until|till|til|next|this|come)"
         r"(?! (?:\S+ ){0,3}?(?:job|company|school|work|office|team|uni|college|house|flat|city|"
         r"town|place|country|firm|club|class))"),
    Rule("ideation_implicit", "better off if I vanished", r"better off if i (?:just |simply )?"
         r"(?:vanished|disappeared|was gone|were gone|wasnt here|wasnt around|wasnt alive|"
         r"didnt exist|never existed|stopped existing|wasnt in it|was dead|died)"
         r"(?! (?:from|for a|for the|for \d|this|on|at|off))"),
    Rule("ideation_implicit", "hope the car crashes", r"(?:hope|hopes|hoping|wish|wishing|pray|"
         r"praying) (?:that )?(?:the|my) (?:plane|car|bus|train|flight|boat|taxi) (?:just )?"
         r"(?:crashes|crash|goes down|go down|skids|skid|flips|flip|swerves|falls)"
         r"(?! (?:on (?:the way )?(?:back|there)|lol|haha))", jokeable=True),
    Rule("ideation_implicit", "lighter without me", r"(?:hed|shed|theyd|theyll|hell|shell|he would|"
         r"she would|they would|everyone would|everyones|we|she will|he will|theyre) (?:\S+ )?"
         r"(?:be )?(?:lighter|freer|happier|easier|calmer|relieved|better) without me"
         r"(?! (?:at|on|in) (?:the|this|that) (?:party|trip|meeting|game|team|match|concert))"),
    Rule("ideation_implicit", "done being a person", r"(?:done|finished|through) (?:with )?"
         r"(?:being (?:a person|alive|human|a human|here)|existing|living|breathing)"
         r"(?! (?:in|at|with|like|on|under|paycheck|for))"),
    Rule("ideation_implicit", "no me in next year", r"(?:theres|there is|there will be) no "
         r"(?:me|version of me) (?:in|after|by|for)"),
    Rule("farewell", "last time I'll message anyone", r"(?:last time|last message|last text) "
         r"(?:ill |i will |im going to |i )?(?:message|text|talk to|speak to|write to|message "
         r"to|text to|to) (?:anyone|anybody|everyone|everybody|any of you|you all|yall) ?"
         r"(?:ever )?(?! ?(?:before|until|till|today|tonight|this|for|from|at|on))"),
    Rule("farewell", "tying up loose ends", r"(?:tying|tie|tied|tidying|tidy) up (?:all )?(?:my |"
         r"the )?loose ends(?! (?:at|before|for|with|on|in))|loose ends (?:are )?(?:all )?"
         r"(?:tied|sorted|tied up)(?= \.| ,|$)"),
    Rule("farewell", "passwords in an envelope for", r"(?:passwords|password|bank details|pin|"
         r"pins|login details|logins) (?:\S+ ){0,6}?(?:envelope|written down|on a note|in a "
         r"note|on paper) for (?:my|mum|mom|dad|the kids|whoever|them|her|him)"),
    Rule("farewell", "hugged my cat for the last time", r"(?:hugged|held|kissed|cuddled|walked|"
         r"fed|saw|petted|said goodbye to) (?:my|our) (?:\S+ )?(?:cat|dog|kids|kid|son|daughter|"
         r"mum|mom|dad|rabbit|puppy|kitten|baby|nan|grandma|horse) (?:for the last time|one last "
         r"time|properly tonight|goodbye properly)(?! (?:at the vet|before (?:the|he|she|they|"
         r"we|i (?:move|leave))))"),
    Rule("farewell", "someone to know I existed", r"(?:wanted|want|needed) (?:someone|somebody|one "
         r"person|anyone|you) to know (?:i existed|i was here|that i was here|that i existed)"
         r"(?! (?:today|tonight|for|at|on|and|lol))"),
    Rule("plan_time", "once they're away I'm doing it", r"(?:once|when|after|as soon as) (?:\S+ )"
         r"{1,8}?(?:im|i am|ill|i will|im gonna|im going to) (?:be )?(?:doing|do) it"
         r"(?= \.| ,|$| for real| for good)"),
    Rule("plan_time", "drive out there and not come back", r"(?:drive|driving|walk|walking|go|"
         r"going|head|heading|swim|swimming) (?:out |down |up )?(?:to|into|off) (?:the )?<PLACE>"
         r"s? (?:\S+ ){0,5}?(?:and|then) (?:not|never) (?:come|coming|go|going) (?:back|home)"),
    Rule("plan_time", "waiting till they're asleep", r"(?:waiting|wait) (?:for|till|until|til) "
         + _WHO_HOME + r" (?:\S+ )?(?:is |are |to )?(?:fall |go |be )?(?:asleep|to sleep|sleep|"
         r"to bed|sleeping|gone)(?: \.| ,)? (?:then|and then|before) (?:its time|ill do it|im "
         r"doing it|i go|ill go|i do it|its over)"),
    Rule("plan_time", "all worked out, waiting", r"(?:worked out|planned out|all planned|figured "
         r"out|all decided|all set|ready)(?: \.| ,)? (?:im |i am )?(?:just )?waiting (?:for|till|"
         r"until|til) " + _WHO_HOME + r" (?:\S+ )?(?:is |are |to )?(?:fall |go |be )?(?:asleep|"
         r"to sleep|sleep|to bed|sleeping)"),
    Rule("plan_time", "so nobody finds me", r"so (?:nobody|no one|noone|no1|my \S+|the kids|"
         r"mum|mom|dad) (?:has to |will |wont have to )?(?:finds|find|sees|walks in on) me"
         r"(?! (?:here|hiding|for|until|till|before|lol|haha|jaja|in (?:the|my) (?:game|queue)))",
         jokeable=True),
    Rule("plan_time", "I've set Sunday", r"(?:ive|i have|i) (?:set|picked|chosen|settled on|"
         r"decided on) (?:the )?(?:sunday|monday|tuesday|wednesday|thursday|friday|saturday|"
         r"tonight|tomorrow|the \d+(?:st|nd|rd|th)?)(?= \.| ,|$| for it| to do it)"),
    Rule("plan_time", "my plan is set for", r"plan (?:is|s) (?:set|fixed|ready|locked "
         r"in) (?:for )?(?:sunday|monday|tuesday|wednesday|thursday|friday|saturday|tonight|"
         r"tomorrow|this weekend)(?!(?: \S+){0,4} (?:trip|party|wedding|meeting|dinner|date))"),
    Rule("means", "rope in the trunk in case", r"(?:rope|ropes|noose|pills|tablets|gun|pistol|"
         r"revolver|blade|blades|razor|razors|belt|knife|emoji_pill) (?:\S+ ){0,7}?(?:just )?"
         r"(?:in case|just in case)(?= \.| ,|$)", firm=True),
    Rule("ideation_implicit", "done trying", r"(?:im|i am|i m) (?:so )?(?:done|finished|through) "
         r"(?:trying|fighting|holding on|hanging on|pretending)(?= \.| ,|$)"),
    Rule("method", "looking at the beam differently", r"(?:looking at|look at|eyeing|eying|"
         r"staring at|see|seeing) (?:the |that |my )?(?:beam|beams|rafter|rafters|banister|"
         r"bannister|ceiling fan|hook|loft hatch|bridge|railway|tracks|pills|rope|belt|balcony|"
         r"window|pipe) (?:\S+ ){0,4}?(?:differently|a different way|in a new way|in a "
         r"different light|and thinking)"),
    Rule("means", "antifreeze not for the car", r"(?:antifreeze|anti freeze|bleach|rat poison|"
         r"weed killer|pesticide|poison) (?:\S+ ){0,6}?(?:not|isnt|arent|wont be|aint) (?:\S+ )"
         r"{0,3}?for (?:the |my )?(?:car|van|truck|drains|drain|garden|weeds|rats|mice|engine|"
         r"cleaning|toilet|bathroom|radiator)", firm=True),
    Rule("method", "charcoal and tape", r"charcoal(?!(?: \S+){0,10} (?:bbq|barbecue|barbeque|"
         r"grill|braai|burgers|sausages|drawing|art|mask|face|teeth|filter|toothpaste)) (?:\S+ )"
         r"{0,6}?(?:tape|duct tape|sealed|seal|closed room|locked room|closed car|bucket|in (?:my|"
         r"the) (?:car|boot|trunk)(?! park))", firm=True),
)

ROUND_G2: tuple[Rule, ...] = (
    Rule("ideation_implicit", "what's the point of me", r"(?:whats|what is) (?:even |really )?"
         r"the point (?:of|in) me(?= \.| ,|$| even| existing| being (?:here|alive)| living| "
         r"anymore)"),
    Rule("ideation_implicit", "should never have been born", r"(?:should|shouldnt|should not) "
         r"(?:never )?(?:have|of|ve) been born|wish (?:i|id) (?:was|were|had) never been born|"
         r"wish i was never born"),
    Rule("ideation_implicit", "nobody would miss me", r"(?:nobody|no one|noone|no1) (?:would|will|"
         r"is going to|is gonna|d) (?:even )?(?:miss|notice) me(?: \.| ,)? (?:not one|not a "
         r"single|not even|if i (?:was|were) gone|if i died|when im gone)"),
    Rule("ideation_implicit", "won't be anyone's problem soon", r"(?:soon|shortly) i (?:wont|will "
         r"not) be (?:anyones|anybodys|a|your|their) (?:problem|burden)|(?:wont|will not) be "
         r"(?:anyones|anybodys|a|your|their) (?:problem|burden) (?:for much longer|much longer|"
         r"after (?:tonight|today|this week|friday|tomorrow))"),
    Rule("ideation_implicit", "not like I'd be missed", r"(?:not like|its not as if|not as if|as "
         r"if) (?:id|i would|i d|anyone would|anyone d|anyone will) (?:be missed|miss me)"
         r"(?! (?:at|in|on|from))"),
    Rule("ideation_implicit", "don't want to be saved", r"(?:dont|do not) (?:want|need) (?:to be "
         r"saved|saving|anyone to save me|to be talked out of it)|(?:dont|do not) (?:want|need) "
         r"(?:any |your )?help(?: \.| ,)? (?:ive|i have|i) (?:made|decided|chosen)"),
    Rule("ideation_implicit", "can't do this and won't", r"(?:cant|can not|cannot) do this "
         r"<ANYMORE> (?:and|so) (?:im not going to|im not gonna|i wont|i will not|im done)"
         r"(?= \.| ,|$)"),
    Rule("farewell", "I love you all, remember that", r"(?:i love|love) (?:you|u) all(?: ,| \.)? "
         r"(?:please )?(?:remember|never forget|dont forget) (?:that|this)|remember (?:that )?i "
         r"(?:always )?(?:loved|love) (?:you|u)(?: all)?(?= \.| ,|$)"),
    Rule("farewell", "if you don't hear from me, you'll know why", r"if (?:you|u) (?:dont|do not|"
         r"never) hear from me (?:\S+ ){0,3}?(?:youll know why|you will know why|you know why|"
         r"know that i lov|(?:then )?(?:im|i am|ill be) gone|call (?:the police|911|999|9|112|an "
         r"ambulance)|check "
         r"on)"),
    Rule("farewell", "look after my kids for me", r"(?:look after|take care of|care for|raise|love) "
         r"my (?:\S+ )?(?:kids|children|son|daughter|baby|babies|dog|cat|pets|boys|girls) for me"
         r"(?= \.| ,|$| please| when im gone| after im gone| when i go)"),
    Rule("plan_time", "when my shift ends it's over", r"(?:when|after|once) (?:\S+ ){1,6}?(?:its|"
         r"it is|it s|everything is|everythings) (?:all )?over (?:for me|for good)"),
    Rule("plan_time", "2nite's the nite", r"(?:2 (?:nites|nite s|nite)|tonights|tonight) (?:is |s )?"
         r"the (?:nite|nit)(?= \.| ,|$| ive| i)"),
    Rule("method", "if you jump from the 10th floor", r"(?:feel|survive|die|hurt|painful|quick|"
         r"instant|dead) (?:\S+ ){0,3}?if (?:you|u|i|someone|a person|people) (?:jump|jumped|"
         r"jumps|fall|fell|falls) (?:off|from)"),
    Rule("means", "morphine saved", r"<DRUG> (?:saved|stashed|stockpiled|hoarded|hidden away|put "
         r"away|saved up|put aside)(?= \.| ,|$| up| in| for (?:when|the right|it))", firm=True),
)

_DAYS = r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|tomorrow|tonight|morning)"
ROUND_G3: tuple[Rule, ...] = (
    Rule("ideation_implicit", "been ready to go for a while", r"(?:ive|i have|i) been ready to "
         r"go (?:for (?:a while|ages|years|some time|a long time|months)|since)"),
    Rule("ideation_implicit", "nothing left for me", r"(?:theres|there is) nothing left for me"
         r"(?= \.| ,|$| anymore| here| in this (?:world|life))"),
    Rule("ideation_implicit", "sleep and stay asleep", r"(?:sleep|asleep) and (?:stay asleep|never wake up|"
         r"not wake up)(?! (?:till|until|til|for|through|in|on|all))"),
    Rule("ideation_implicit", "better life without me", r"(?:would|will|d) have a better life "
         r"(?:without me|with (?:their|his|her) (?:dad|mum|mom|father|mother) alone)"),
    Rule("farewell", "need them more than me soon", r"(?:need|use|want) (?:them|it|these|those) "
         r"more than (?:me|i (?:will|do|would)) (?:soon|now|after)"),
    Rule("farewell", "wrote my eulogy", r"(?:wrote|writing|written|write|planned|planning|plan) my "
         r"(?:own )?(?:eulogy|obituary|funeral)(?! (?:for|in|as) (?:a |an |my |the )?(?:class|"
         r"assignment|course|exercise|therapy|homework|drama))"),
    Rule("farewell", "funeral sorted so nobody pays", r"(?:sorted|planned|paid for|arranged|"
         r"prepaid) (?:the |my )?funeral (?:plan )?so (?:nobody|no one|they|my \S+|mum|mom|dad) "
         r"(?:has|have|doesnt|dont|wont|will not)"),
    Rule("farewell", "signed it over, won't have to wait", r"signed (?:\S+ ){1,4}?over to "
         r"(?:\S+ ){1,5}?(?:wont|will not|doesnt|dont) (?:have to|need to) wait"),
    Rule("farewell", "visiting everyone one last time", r"(?:visiting|visited|seeing|saw|calling|"
         r"called|hugging|hugged) (?:everyone|everybody|all my \S+|my \S+) (?:for )?(?:one last "
         r"time|a last time|for the last time)(?! before (?:we|i|they) (?:move|emigrate|leave))"),
    Rule("plan_time", "stop the pain for good", r"(?:stop|end|make) (?:the|all the|this) pain "
         r"(?:stop )?(?:for good|forever|permanently|once and for all)"),
    Rule("plan_time", "got until Monday, then I'm done", r"(?:until|till|til) " + _DAYS +
         r" (?:, |\. )?then (?:im|i am|its) (?:done|gone|over|out)(?= \.| ,|$| for good)"),
    Rule("plan_time", "this weekend is my last", r"(?:this (?:weekend|week)|tonight|today|"
         r"tomorrow|friday|saturday|sunday|monday) (?:is|will be|s) my last(?= \.| ,|$| night| "
         r"day| weekend| on earth| alive)"),
    Rule("plan_time", "as soon as I send this I'm going", r"(?:as soon as|when|once|after) i "
         r"(?:finish|send|sent|finished) this (?:text|message|msg) (?:im|i am|ill|i will) "
         r"(?:going|gone|doing it|go|do it)(?= \.| ,|$)"),
    Rule("farewell", "telling someone before I do it", r"(?:telling|tell|told|letting) (?:someone|"
         r"somebody|you|u|anyone) (?:know )?before i (?:do it|go through with it|end it|die|"
         r"kill myself)"),
    Rule("ideation_implicit", "in danger from myself", r"(?:danger|safe|unsafe) (?:\S+ ){0,3}?"
         r"(?:except|but|apart) (?:from |for )?(?:myself|me)(?= \.| ,|$)", firm=True),
    Rule("ideation_implicit", "won't be at work tomorrow or ever", r"(?:wont|will not) be (?:at|in)"
         r" (?:\S+ ){1,2}?(?:tomorrow|monday|again|anymore) or (?:ever again|ever|any other day)"),
    Rule("method", "most painless way", r"(?:most|least) painless way(?= \.| ,|$| to (?:go|die|"
         r"do it|end it|leave))"),
    Rule("method", "insurance pays out on suicide", r"insurance (?:\S+ ){0,4}?(?:pay|pays|paid|"
         r"cover|covers|payout) (?:out )?(?:\S+ ){0,3}?(?:if its|for|in case of|on|after) "
         r"(?:a )?(?:suicide|self inflicted)"),
)

ROUND_G3 = ROUND_G3 + (
    Rule("farewell", "won't hear from me again after tonight", r"hear from me (?:again|ever again) "
         r"(?:after|from|past|beyond) (?:tonight|today|tomorrow|this (?:week|weekend))"),
)

ROUND_G4: tuple[Rule, ...] = (
    Rule("ideation_implicit", "better w/o me", r"better (?:off )?w o me"),
    Rule("ideation_implicit", "tired of being the problem", r"tired of being (?:the|a|everyones|"
         r"every1s) (?:problem|burden)"),
    Rule("ideation_implicit", "what if I just didn't come home", r"what if i (?:just )?(?:didnt|"
         r"never|did not) (?:come|came|go|went) (?:home|back)(?= \.| ,|$)"),
    Rule("ideation_implicit", "don't belong on this earth", r"belong (?:\S+ ){0,8}?(?:on this "
         r"earth|in this world|on this planet|among the living)"),
    Rule("plan_time", "not joking this time, I'm going to do it", r"(?:not joking|not kidding|"
         r"serious) (?:this time )?(?:, |\. )?(?:im|i am) (?:going to|gonna) do it(?= \.| ,|$)"),
    Rule("plan_time", "not tonight, but soon", r"not (?:tonight|today) (?:, )?but soon"
         r"(?= \.| ,|$)"),
)

RULES = RULES + ROUND_G + ROUND_G2 + ROUND_G3 + ROUND_G4
