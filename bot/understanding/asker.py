"""What the asker tells about themselves ("Wij zijn een drukkerij in Hengelo", "I need it for
my thesis") and openings that only say a question is coming ("ik heb een vraag")."""

from __future__ import annotations

import re

from bot.understanding.lexicon import _QUESTION_WORDS

# Asking whether one may ask: "mag ik iets vragen?", "can I ask you something?".
# A request to be called or mailed, its number or address already taken out.
_CONTACT_ME = re.compile(
    r"^(?:(?:wil|kun|kunt|kan) (?:je|u|jij) )?(?:mij |me )?(?:bel|bellen|mail|mailen|app|appen|"
    r"sms|sms'en|call|email|e-mail|text|contact|ring)(?: (?:me|mij|us|ons))?(?: (?:even|eens|"
    r"terug|back|maar|gerust))*(?: (?:op|at|on|via|naar|to))?(?: (?:nummer|number|mijn|my|"
    r"adres|address))*$"
)

_ASKING_TO_ASK = re.compile(
    r"^(?:mag|kan|kun|could|can|may) (?:ik|i) (?:je |jou |u |you )?(?:iets|wat|een vraag|"
    r"something|a question|een vraagje)(?: (?:vragen|stellen|ask))?$|"
    r"^(?:mag|kan|kun) ik (?:hier |je |jou |u )?(?:ook )?(?:een paar |wat |enkele )?vragen "
    r"(?:stellen|vragen)(?: over [a-z0-9 ]+)?$|"
    r"^(?:can|could|may) i ask (?:you )?(?:a few |some )?questions?(?: here)?"
    r"(?: about [a-z0-9 ]+)?$|"
    r"^(?:can|could|may) i ask (?:you )?(?:something|a (?:quick )?question)$"
)

# A request only for the form of the answer, said before what is asked: "Kunt u in één zin
# samenvatten: aantal fieldlabs, …", "Could you sum up briefly: …". What follows is asked.
FORM_ONLY = re.compile(
    r"^(?:(?:kunt|kun|kan|wil|wilt|zou|zoudt) (?:je|jij|u|gij|ge) (?:me |mij |ons )?"
    r"(?:dat |het |dit )?(?:(?:even|kort|beknopt|graag|eens|in een zin|in 1 zin|in het kort"
    r"|kort en bondig) )*(?:samenvatten|opsommen|op een rij zetten|noemen|geven)|"
    r"(?:graag )?(?:kort|in een zin|in 1 zin|in het kort|beknopt)(?: graag| aub| alsjeblieft)?|"
    r"(?:can|could|would|will) (?:you|u) (?:please )?(?:briefly )?(?:summari[sz]e|sum up|list|give"
    r" me)(?: (?:it|this|that|them))?(?: (?:briefly|in (?:one|a|1) sentence|in short))?|"
    r"(?:in (?:one|a|1) sentence|briefly|in short)(?: please| pls)?)$"
)

# How to use the bot: "hoe werkt dit ding, moet ik gewoon typen?" ("typen" is no "types").
_HOW_TO_USE = re.compile(
    r"^(?:(?:hoe werkt (?:dit|deze)(?: ding| bot| chatbot| chat| systeem)?|how does "
    r"this(?: thing| bot| chat)? work)(?: eigenlijk| precies| exactly)?(?: |$))?"
    r"(?:(?:moet|kan) ik (?:hier )?(?:gewoon |maar |dan )*(?:typen|tikken|mijn vraag typen)|"
    r"do i (?:just )?type(?: my questions?)?(?: here)?)?$"
)

# Who wants to know: "My manager ask me how many fieldlabs exist", "mijn baas vraagt hoeveel
# banen …": the asker passes a question on; it is the question that is asked.
_ASKED_BY = re.compile(
    r"^(?:my|our|mijn|onze|ons) (?:\w+ )?(?:manager|boss|baas|begeleider|supervisor|teacher|"
    r"docent|leraar|colleague|collega|client|klant|director|directeur|chef|professor|lecturer|"
    r"mentor|father|vader|mother|moeder|son|zoon|partner|compagnon|wethouder|alderman)s? "
    r"(?:asks?|asked|is asking|vraagt|vroeg|wants to know|wanted to know|wil weten|wilde weten)"
    r"(?: (?:me|mij|us|ons))?(?: (?:om te weten|to find out))?\s+(?=\S)"
)

# Openings that say a question is coming, not what it is.
_PREAMBLES = re.compile(
    # "…, maar ik zou graag willen weten …": the "maar" of a polite opening goes with it
    r"^(?:(?:maar|en|dus|but|and|so) (?=ik |i |we |wij |kunt |kun |could |can ))?"
    r"(?:ik heb een (?:vraag|vraagje)(?: over [^,.:?]*)?|ik (?:vroeg|vraag) me af|"
    r"ik (?:wou|wilde|wil|zou) (?:je |u )?(?:even |graag |eens )*(?:vragen|weten)|"
    r"(?:i|we) (?:wanted|want|would like|d like|wanna) to (?:ask|know)|"
    r"mag ik (?:iets|wat|een vraag) vragen|(?:nou |even |nog )*(?:een |a )?(?:simpele |korte |"
    r"snelle |kleine |andere |losse |extra |simple |quick |short |small |other |separate )?"
    r"(?:vraag(?:je)?|question)"
    r"(?: tussendoor| in between)?|ik wil graag weten|"
    r"ik wil (?:even )?weten|ik zou graag willen weten|weet jij|weet u|"
    # "Kun je me in het kort vertellen wat …", "kun je hem dan uitleggen wat …" (for a
    # colleague): the request to tell, not what is asked
    r"(?:kun|kunt|kan) (?:je|jij|u) (?:(?:dan|even|nog|ook|misschien) )*"
    r"(?:me|mij|hem|haar|ons|hen|hun) "
    r"(?:(?:in het kort|even|kort|eens|misschien|dan|nog|ook) )*(?:vertellen|uitleggen)|"
    # "My boss keeps talking about SAM XL", "mijn collega heeft het steeds over RoboHouse":
    # who talks of it is told; what they talk of is what the question after it asks about
    r"(?:my|mijn|our|onze|ons|a|een) (?:\w+ )?(?:boss|baas|colleague|collega|manager|friend|"
    r"vriend|vriendin|partner|son|zoon|daughter|dochter|client|klant|customer|neighbour|"
    r"buurman|dad|father|vader|mother|moeder)s? (?:keeps? talking|kept talking|talks|talked|"
    r"is talking|was talking|(?:heeft|had) het (?:steeds |altijd |vaak |laatst )?|"
    r"praat(?:te)? (?:steeds |altijd |vaak )?|noemde|noemt|mentioned|mentions)"
    r"(?: about| over)?(?= \S)|"
    r"i have a question(?: about [^,.:?]*)?|quick question|i was wondering|i wonder|"
    r"(?:a )?quick one|(?:een )?snelle(?= [.:,]|$)|"
    # "kees hier nog een keer hoe kan ik …": the asker says who is back, not what is asked
    r"[a-z]+ (?:hier (?:nog een keer|nog eens|weer|opnieuw)|here again)|"
    # "Voor een raadsinformatiebrief zoek ik de omschrijving van …", "for my report I am
    # looking for …": why and that the asker looks, before what is looked for
    r"(?:voor (?:mijn|mn|onze|ons|een|de|het) (?:\w+ ){1,2}?)(?:zoek|zocht|wil|wou|heb|"
    r"zou) (?:ik|wij|we)(?: graag| eigenlijk| even)*(?: (?:weten|hebben|willen hebben))?"
    r"(?= \S)|(?:ik|wij|we) (?:ben|zijn) (?:op zoek|opzoek) naar(?= \S)|"
    r"(?:for (?:my|our|a|an|the) (?:\w+ ){1,2}?)(?:i am|im|i'm|we are|we're|were) looking"
    r" for(?= \S)|"
    r"i would like to know|i'd like to know|can you tell me|could you tell me|"
    r"do you know|i want to know|"
    # "ken jij RoboHouse?", "ever heard of BOOST?": asks what it is
    r"(?:ken|kent) (?:je|jij|u)(?= \S)|(?:have you |did you |you )?(?:ever )?heard (?:of|about)"
    r"(?= \S)|before i (?:start|begin)|voor(?:dat)? ik begin|first of all|"
    # "zeg hoeveel fieldlabs zijn er nou": an interjection before the question word
    r"(?:zeg|say|so|dus|nou)(?= (?:hoeveel|wat|wie|waar|wanneer|welke|hoe|how|what|who|where|"
    r"when|which)\b)|"
    r"kindly (?:let me know|tell me|share|inform me|explain)|please (?:let me know|tell me)|"
    # "Zou u zo vriendelijk willen zijn mij te vertellen …", "would you be so kind as to
    # tell me …": the request to tell, not what is asked
    r"(?:zou|wil|wilt|kunt|kun|kan) (?:u|je|jij) (?:zo vriendelijk (?:willen )?zijn (?:om )?)?"
    r"(?:mij|me) (?:te )?(?:vertellen|uitleggen|laten weten)|"
    r"(?:would|could) you be so kind (?:as )?to (?:tell|explain to) me|"
    r"allereerst|question)\b[\s,:]*",
)

# "heb je weleens van SAM|XL gehoord?": asks what it is, the name between the verb's parts
HEARD_OF_IT = re.compile(
    r"^(?:heb|hebt|heeft) (?:je|jij|u) (?:(?:al|ooit|wel eens|weleens|eens|wel|nog) )*"
    r"(?:van|over) (?P<what>\S.*?) gehoord\s*\??$"
)

# "Different topic: …", "Unrelated: …", "Los daarvan: …": a turn to something new, said as a
# sentence of its own before the question.
TOPIC_TURN = re.compile(
    r"(?:(?:ok|oke|okay|top|prima|fine|okay fine) )?(?:andere vraag|nieuwe vraag|ander onderwerp|"
    r"iets anders|iets heel anders|los daarvan|another question|different (?:topic|question)|"
    r"new question|something else|other topic|unrelated|off topic|on another note|"
    r"separate question|last question|laatste vraag|one more question|nog een vraag|"
    r"another query)(?: hoor| though| then| dan)?"
)

# "…, but still I dont understand what is exactly fieldlab", "ik snap niet goed wat een hub
# doet": saying one does not know something, anywhere in a sentence, before the question word
# that asks it. The question is the indirect one after it.
_NOT_KNOWING = re.compile(
    r"\b(?:i|we) (?:still |really |just )*(?:dont|don't|do not|didnt|didn't|did not|cant|can't|"
    r"cannot) (?:really |quite |fully |exactly |yet )*(?:understand|get|know|see|grasp)\s+"
    r"(?=(?:what|how|who|where|when|which|why)\b)|"
    r"\b(?:ik|wij|we) (?:snap|snappen|begrijp|begrijpen|weet|weten) (?:het )?(?:nog )?(?:steeds )?"
    r"(?:niet|nooit)(?: zo| goed| precies| helemaal| echt| goed)*\s+"
    r"(?=(?:wat|hoe|wie|waar|wanneer|welke|waarom)\b)"
)

_INTRO = re.compile(
    r"^(?:ik ben|wij zijn|we zijn|ik heb een|wij hebben een|we hebben een|ik run|ik werk|"
    r"wij werken|we werken|ik zit|wij zitten|we zitten|mijn bedrijf|ons bedrijf|mijn naam|"
    r"ik heet|ik heb een bedrijf|ik ben eigenaar|ik ben ondernemer|ik ben zzp|"
    # "Even voorstellen: kunststofbedrijf uit Kerkrade, …": who is asking, not what
    r"(?:even |eerst )?(?:mij |mezelf )?voorstellen|let me introduce(?: myself)?|"
    # "I'm told SMITZH got 7 million": hearsay to check, not who the asker is
    r"(?:i am|i'm|im)(?! (?:told|being told)\b)|we are|we're|"
    r"were(?! (?:there|they|you|we|the|any|all|most|many|some|it)\b)|"
    r"i run|we run|i own|we own|i have a|we have a|i work|we work|"
    r"my company|our company|my name|my business|our business|i've got a|ive got a|"
    r"(?:i|we) (?:just |recently )?moved|(?:i|we) live|(?:we are|we're|were|i'm|im) based|"
    r"ik woon|wij wonen|we wonen|ik ben (?:net )?verhuisd|wij zijn (?:net )?verhuisd|"
    r"we zijn (?:net )?verhuisd|wij zijn gevestigd|we zijn gevestigd|"
    # Voice input on the road: "ik rij net langs eindhoven", "ik rij net hengelo uit".
    r"ik rij|ik reed|ik sta (?:net |nu )?(?:in|bij|op)|ik kom (?:net )?(?:uit|van)|"
    r"i'?m (?:driving|passing)|i am (?:driving|passing)|"
    # Named as on the phone: "met hennie nog een keer", "u spreekt met Jan van Bakkerij Smit",
    # "this is Mark again": who is speaking, the question follows.
    r"(?:u spreekt|je spreekt|ge spreekt) met|you'?re (?:speaking|talking) (?:to|with)|"
    r"met (?!wie\b|welke?\b|wat\b|hoeveel\b|de\b|het\b|een\b)\w+(?: \w+){0,2}?"
    r" (?:nog een keer|nog eens|nogmaals|weer|opnieuw|hier|van)|"
    r"this is (?!the\b|a\b|it\b)\w+(?: \w+)? (?:again|here|from))\b"
)

# Where the asker's business is, said before the question: "bedrijf in enschede, …",
# "leeuwarden hier, welke hub".
_OWN_PLACE = re.compile(
    r"^(?:(?:(?:ons|mijn|our|my|een|a) )?(?:bedrijf|onderneming|company|business|firm) )?"
    r"(?:in|uit|from) \w+(?: \w+)?$|^\w+(?: \w+)? (?:hier|here)$"
)

# What the asker hears said, told after the question: "…, je hoort steeds andere getallen".
_HEARSAY = re.compile(
    r"^(?:je hoort|ik hoor|men hoort|you hear|i hear|i keep hearing|ik lees|je leest|i read|"
    r"(?:i am|im|i was|ive been|i have been|we were|we are|were) told|"
    r"you read|men zegt|iedereen zegt|people say|everyone says|everybody says)\b"
)

# Why the asker asks: "I need it for my thesis", "het is voor een raadsvoorstel".
_PURPOSE = re.compile(
    r"^(?:(?:i|we) need (?:it|this|that|the \w+)|(?:ik|wij|we) (?:heb|hebben) (?:het|dit|dat) "
    r"nodig|(?:it|its|this|thats|that is|het|dit|dat) (?:is )?(?:for|voor)|(?:for|voor) "
    r"(?:my|our|mijn|onze|ons|een|a|an)) "
)

_FIRST_PERSON = frozenset("ik wij we i need".split())
_OWN_WORDS = frozenset("mijn mn m'n onze ons my our".split())


def subject_dropped(words: list[str]) -> bool:
    """ "moet t uitleggen in mn verslag": chat drops the "ik" before the verb; the asker is
    still who speaks ("mn"), and no pronoun after the verb makes it a question ("moet ik …",
    "moet je lid zijn")."""
    return (
        words[:1] in (["moet"], ["moest"], ["heb"], ["schrijf"], ["werk"], ["wil"])
        and words[1:2] not in (["ik"], ["je"], ["jij"], ["u"], ["we"], ["wij"], ["i"], ["men"])
        and bool(_OWN_WORDS & set(words[1:]))
    )


def _tells_about_the_asker(words: list[str], raw: str) -> bool:
    """A sentence after a question that says what the asker needs or does, asking nothing
    itself: "Ik wil het goed citeren.", "Need it for chapter 3."."""
    return (
        len(words) >= 3
        and (words[0] in _FIRST_PERSON or subject_dropped(words))
        and "?" not in raw
        and not _QUESTION_WORDS & set(words)
        and not (words[0] == "ik" and words[1] in ("wil", "zou", "vraag") and "weten" in words)
    )


# Words by which a statement speaks of the asker: "ik heb een drukkerij in Hengelo", "our
# plant in Venlo". A verb first without its subject is the asker too, as chat drops "ik"
# ("heb een bakkerij in zwolle", "zit in Enschede").
_ASKER_WORDS = frozenset(
    "ik k wij we me mij mijn mn ons onze i im ive my our us myself mezelf".split()
)
_VERBS_WITHOUT_I = frozenset(
    "heb hebben zit zitten ben zijn woon wonen werk werken run kom rij sta have live work "
    "run own am".split()
)


def speaks_of_the_asker(words: list[str]) -> bool:
    """Whether a statement tells of the asker: a town in it is then where they are ("ik zit
    in Hengelo"); not in a request about something else ("weet jij een goeie sushi plek in
    rotterdam", "Kindly suggest a good restaurant near Delft station")."""
    return bool(_ASKER_WORDS & set(words)) or (bool(words) and words[0] in _VERBS_WITHOUT_I)
