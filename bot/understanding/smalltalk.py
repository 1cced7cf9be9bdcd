"""Greetings, thanks, goodbyes, "how are you", a question about the language and feedback on
the bot's answers: set aside so the matcher does not see them."""

from __future__ import annotations

import re
from functools import lru_cache

from rapidfuzz import process
from rapidfuzz.distance import OSA

from bot import frequency
from bot.text import fold, one_edit_in_length

_GREETINGS = frozenset(
    """
    hoi hallo hai hey heey hee hi hello hiya yo dag dagg goedemorgen goedemiddag goedenavond
    goedendag goeiedag hallootjes hoihoi hej hoii heyy heya mogguh goeiendag sup gday
    goeiemorgen goeiemiddag goeienavond morgen middag avond moi moin mogge beste geachte
    greetings howdy hola bonjour salut merhaba namaste ola privet salam salaam shalom
    buongiorno ahoj czesc servus ey nihao fawaka
    gojemorge gojemorgen gojemiddig gojenaovend goojemorge goedemiddig hoie hoj hei heihei
    morning mornin afternoon evening
    """.split()
)

_GREETING_PHRASES = (
    "goede morgen",
    "goede middag",
    "goeden avond",
    "goede avond",
    "good morning",
    "good afternoon",
    "good evening",
    "hi there",
    "hello there",
    "hey there",
    "dear sir",
    "dear madam",
    "dag allemaal",
    "hallo allemaal",
    "hoi allemaal",
    "dzien dobry",
    "buenos dias",
    "guten tag",
    "guten morgen",
    "bom dia",
    "buon giorno",
    "good day",
    "goeie middag",
    "goeie morgen",
    "goeie avond",
    "goeie dag",
    "ni hao",
    "fa so",
)

_ADDRESSEES = frozenset(
    """fieldbot bot chatbot robot allemaal iedereen daar there all team everyone guys folks
    meneer mevrouw heer heren dames mensen sir madam dear friend vriend mate buddy""".split()
)

_THANKS = (
    # Frisian, as people in Friesland type it in Dutch: "tige tank", "tankewol"
    "tige tank",
    "tankewol",
    "alvast bedankt",
    "alvast dank",
    "bij voorbaat dank",
    "dank je wel",
    "dank u wel",
    "dankjewel",
    "dankuwel",
    "bedankt",
    "dank je",
    "dank u",
    "merci",
    "thanks in advance",
    "thank you",
    "thanks",
    "thx",
    "tnx",
    "thnx",
    "thanx",
    "thank u",
    "ty",
    "dankje",
    "cheers",
    "dank",
    "gracias",
    "vielen dank",
    "danke",
    "obrigado",
    "obrigada",
    "grazie",
    "dziekuje",
    "dzieki",
    "spasibo",
    "tesekkurler",
    "thankyou",
    "thnks",
    "tx",
    "dankzij je",
    "mercikes",
    "merciekes",
    "tyvm",
    "tysm",
    "thanks so much",
    "appreciate it",
    "much appreciated",
    # Said as it sounds ("tenk joe", Surinamese and Antillean chat) or in short ("tq")
    "tenk joe",
    "tenkjoe",
    "tenk you",
    "tq",
    "ik waardeer het",
    "waardeer het",
    "dankbaar",
    "i appreciate",
)

# Thanks said before the help comes: "ik zit in Zwolle, alvast bedankt" still asks.
_THANKS_AHEAD = re.compile(
    r"\b(?:alvast (?:bedankt|dank|dankjewel|dank je wel)|(?:bedankt|dank|dank je wel|dankjewel)"
    r" alvast|bij voorbaat dank|thanks in advance|thank you in advance|thx in advance)\b"
)


def thanks_ahead(text: str) -> bool:
    """Whether the thanks in `text` are for help still to come ("alvast bedankt")."""
    return _THANKS_AHEAD.search(" ".join(_plain_words(text))) is not None


def _plain_words(text: str) -> list[str]:
    return re.findall(r"[a-z0-9]+", fold(text))


_GOODBYES = (
    "met vriendelijke groet",
    "vriendelijke groet",
    "vriendelijke groeten",
    "hartelijke groet",
    "groetjes",
    "groeten",
    "groet",
    "mvg",
    "gr",
    "doei",
    "tot ziens",
    "fijne dag",
    "best regards",
    "kind regards",
    "regards",
    "bye",
    "goodbye",
    "have a nice day",
    "dat was het",
    "dat was alles",
    "that was it",
    "thats all",
    "that is all",
    "fijne dag nog",
    "talk later",
    "speak soon",
    "see you",
    "tot later",
    "tot de volgende keer",
    "later",
    "laters",
    "ciao",
    "adios",
    "goodnight",
    "good night",
    "nite",
    "welterusten",
    "fijne avond",
    "fijn weekend",
    "prettige dag",
    "prettig weekend",
    "have a good one",
    "have a good day",
    "have a great day",
    "take care",
    "see ya",
    "cya",
    "tot straks",
    "tot morgen",
    "houdoe",
    "doeg",
    "ajuus",
    "over en uit",
    "have a nice weekend",
    "have nice weekend",
    "have a good weekend",
    "have a great weekend",
    "nice weekend",
    "good weekend",
    "enjoy your weekend",
    "enjoy the weekend",
    "goed weekend",
    "fijn weekend nog",
    "have a nice evening",
    "have a nice one",
    "ttyl",
    "doeii",
    "doeiii",
    "ik ben weg",
    "ik ga er vandoor",
    "ik ga er weer vandoor",
    "tot een volgende keer",
    "tot de volgende keer",
    "fijne avond nog",
    "gotta go",
    "gotta run",
    "gotta jump",
    "i have to go",
    "i must go",
    "i need to go",
    "ik moet gaan",
    "ik ben klaar",
    "im done",
    "i am done",
    "im finished",
    "ik moet weer",
    "ik ga weer",
    # "mot weer aan t werk. doei": back to work without the "ik" chat drops
    "moet weer aan het werk",
    # "never mind, bye": the question is dropped, the chat ends ("laat maar" only on its
    # own: "laat maar zien" shows, see reading.py)
    "never mind",
    "nevermind",
    "forget it",
    "weer aan het werk",
    "moet weer verder",
    "moet gaan",
    "back to work",
    "off to work",
    "tot snel",
    "tot gauw",
    "tot binnenkort",
    "tot de volgende",
    "daag",
    "dag dag",
    "dagdag",
    "salu",
    "saluut",
    "salukes",
    "slaap lekker",
    "byebye",
    "bye now",
    "farewell",
    "im off",
    "i am off",
    "ik stop ermee",
    "ik hou het voor gezien",
    "ik laat het hierbij",
    "ik laat het hier bij",
    "meer hoef ik niet te weten",
    "dat is alles",
    "thats it for today",
    "done for today",
    "laterz",
    "doeidoei",
    "de mazzel",
    "mazzel",
    "prettige avond",
    "prettige avond nog",
    "prettige dag nog",
    "tot kijk",
    "sincerely",
    "hoogachtend",
    "thats it for now",
    "thats all for now",
    "geen vragen meer",
    "no more questions",
    "no further questions",
    "verder niks",
    "verder niets",
    "kom ik later terug",
    "ik kom later terug",
    "ik kom nog terug",
    "i will come back",
    "ill come back",
    "ill be back",
    # Said in a neighbour's language: "Tschüss!", "à bientôt", "hasta luego"
    "tschuss",
    "tschus",
    "auf wiedersehen",
    "au revoir",
    "a bientot",
    "hasta luego",
    "hasta la vista",
    "arrivederci",
    "do widzenia",
)
# Goodbyes and thanks as one tuple, made once: a phrase list is looked up by its value.
_LEAVE_TAKING = _GOODBYES + _THANKS

_HOW_ARE_YOU = re.compile(
    # "hoe is het?" asks after the bot; "hoe is het programma georganiseerd?" and "hoe gaat
    # het met de economie?" do not.
    r"^(?:en )*(?:(?:hoe gaat (?:het|t|ie)|hoe is (?:het|t)(?: leven)?|hoe staat het(?: leven)?|"
    r"hoe staan de zaken|hoe ist)(?= met (?:je|jou|u|jullie|oe|ou)\b| ermee\b| er mee\b|"
    r" ervoor\b| vandaag\b| daar\b| eigenlijk\b| zo\b|$)|alles (?:goed|goe|gezond|fit|oke|ok|"
    r"okay|kits|prima|wel|lekker|top|rustig|in orde|good|fine)|how are (?:you|u|ya|things)|"
    r"how r (?:u|you)|how ru|hru|"
    # A learner's word order: "how you are today?", "how you doing"
    r"how (?:you|u) (?:are|r|doing)|"
    r"hoe maakt u het|hoe maak je het|hoe maakt je het|"
    r"how is (?:it|everything|life) going|hows (?:it|everything|life) going|hows life|how is life|"
    r"hows (?:your|ur) day|how is your day|how have you been|how do you do|whats up|wassup|"
    r"ca va|comment ca va|wie gehts|wie geht es (?:dir|ihnen))\b"
)

# Kind words with a hello: "fijn dat jullie er zijn", "nice to meet you", "hope you are well".
_PLEASANTRY = re.compile(
    r"^(?:nice|pleased|glad|good|great|lovely) to (?:meet|see|chat with) (?:you|u)\b.*$|"
    r"^(?:aangenaam|prettig kennis te maken|leuk (?:je|u|jullie) te (?:ontmoeten|spreken))$|"
    r"^(?:wat )?(?:fijn|leuk|mooi|goed|nice|good|great|glad) (?:dat|to|that) "
    r"(?:je|jij|jullie|u|you|ik|i|we|wij) (?:\w+ ){0,3}(?:er |here |hier )?"
    r"(?:bent|zijn|is|are|meet|see|have|heb|kan|kunnen)(?: \w+){0,4}$|"
    r"^(?:i |ik )?(?:hope|hoop) (?:dat )?(?:you are|youre|u are|je|jij|u|jullie) "
    r"(?:\w+ ){0,4}(?:well|fine|good|ok|goed|druk|bent|is|zijn|maakt)(?: \w+){0,2}$|"
    # "ik hoop dat het goed met je gaat"
    r"^(?:ik )?hoop (?:dat )?(?:het )?(?:\w+ )?(?:goed|prima|wel) (?:met )?(?:je|jou|u|jullie) "
    r"gaat$"
)

# "In het Engels graag", "please answer in Dutch", "english pls": a sentence that only asks
# which of the bot's two languages to answer in; next to a question it says how to answer it.
_POLITE = (
    r"(?:graag|aub|alsjeblieft|alstublieft|svp|please|pls|plz|dan|ook|even|ok|oke|okay|top|"
    r"and|en|but|maar|wel|liever|rather|preferably)"
)
_ANSWER_IN = re.compile(
    rf"^(?:{_POLITE} )*(?:(?:kun je|kunt u|kan je|can you|could you|wil je|wilt u) )?"
    r"(?:(?:antwoord|antwoorden|reageer|schrijf|answer|reply|respond|write|explain|uitleggen) "
    r"(?:(?:me|mij|him|her|hem|haar|it|dat|that|het|this) )?)?"
    rf"in (?:het )?(?P<lang>engels|english|nederlands|dutch)(?: {_POLITE})*$|"
    rf"^(?:{_POLITE} )*(?P<bare>engels|english|nederlands|dutch)(?: {_POLITE})+$"
)


def answer_language(plain: str) -> str | None:
    """The language ("nl" or "en") a sentence that asks only that asks the answer in."""
    found = _ANSWER_IN.match(plain)
    if found is None:
        return None
    said = found.group("lang") or found.group("bare")
    return "en" if said in ("engels", "english") else "nl"


# Languages people ask the bot about: "begrijp je Duits?", "can I ask in Polish?"
_LANGUAGES = (
    r"(?:engels|english|nederlands|dutch|duits|german|frans|french|spaans|spanish|pools|polish|"
    r"turks|turkish|arabisch|arabic|italiaans|italian|portugees|portuguese|vlaams|flemish|fries|"
    r"frisian|limburgs|chinees|chinese|russisch|russian|oekraiens|ukrainian|roemeens|romanian|"
    r"bulgaars|bulgarian|hindi|brabants|twents|gronings|dialect)"
)

_LANGUAGE_QUESTION = re.compile(
    # "versta je Engels?", "kun je ook Pools?", "verstaat ge Engels?", "snap je Duits"
    rf"\b(?:(?:spreek|spreekt|praat|versta|verstaat|begrijp|begrijpt|snap|snapt|ken|kent|kun|"
    rf"kan|kunt) (?:je|jij|u|gij|ge) (?:ook |wel |alleen |enkel |maar |een beetje )?"
    rf"(?:in het )?{_LANGUAGES}|"
    # "antwoord in het Engels aub", "in het Nederlands graag", "please reply in English"
    rf"(?:antwoord|antwoorden|reageer|schrijf|praat|answer|reply|respond|write|talk|speak)"
    rf"(?: \w+)? in (?:het )?{_LANGUAGES}|"
    rf"^(?:in )?(?:het )?{_LANGUAGES} (?:graag|aub|alsjeblieft|alstublieft|please|pls|plz)$|"
    rf"^(?:graag|please|pls) (?:in )?(?:het )?{_LANGUAGES}$|"
    # "mijn Nederlands is niet zo goed", "sorry my dutch is bad", "I can't speak Dutch"
    rf"(?:mijn|my) {_LANGUAGES} (?:is|isnt|aint) |"
    rf"(?:i dont|i do not|i cant|i cannot|i can not|ik spreek geen|ik kan geen|ik versta geen|"
    rf"ik spreek niet zo goed|no) (?:speak |understand |read |write )?{_LANGUAGES}\b|"
    # "mag ik mixen, beetje Nederlands beetje English?", "can I mix Dutch and English?"
    rf"\b(?:mixen|mengen|door elkaar|afwisselen|mix|switch|combine)\b(?: \w+){{0,4}} "
    rf"{_LANGUAGES}\b|"
    rf"{_LANGUAGES} (?:en|and|of|or) {_LANGUAGES} (?:door elkaar|mixen|mix|mixed|combined)\b|"
    # "In welke taal kan ik de bot gebruiken?", "what language do you speak?"
    rf"(?:welke|which|what|wat voor) (?:talen|languages)|"
    rf"(?:welke|which|what) (?:taal|language) (?:kan|mag|moet|spreek|spreekt|praat|werk|"
    rf"do|can|could|should|may|does)\b|"
    rf"(?:do|can|could) (?:you|u) (?:also |only |even |still )?(?:speak|understand|read|write|"
    rf"answer in|reply in|talk in|do) {_LANGUAGES}|"
    # "You can understand English or only Dutch?": the question in the order of a statement
    rf"^(?:\w+ )?(?:you|u) (?:can|could) (?:also |only |even )?(?:speak|understand|read|write) "
    rf"{_LANGUAGES}|"
    rf"^(?:you )?(?:speak|spreek) {_LANGUAGES}$|"
    rf"(?:kan|mag) ik (?:ook |hier |gewoon )*in het {_LANGUAGES}|"
    # "kan ik ook turks praten met je?"
    rf"(?:kan|mag|kun) (?:ik|je|u|we) (?:ook |hier |gewoon )*{_LANGUAGES} (?:praten|spreken|"
    rf"schrijven|typen|gebruiken)|"
    # Asked in the language itself: "Sprechen Sie Deutsch?", "parlez-vous français?"
    r"sprechen sie|sprichst du|parlez vous|parles tu|hablas|habla usted|parla inglese|"
    r"(?:konnen sie|kannst du) (?:auch )?(?:deutsch|englisch|niederlandisch|hollandisch)|"
    r"mowisz po|"
    r"(?:do|can) you (?:also |even |still )?(?:speak|understand|answer in|talk)|"
    r"spreek (?:je|jij|u)|"
    r"spreekt u|(?:kan|mag) ik (?:ook |mijn vragen |vragen |hier |gewoon )*in het "
    r"(?:engels|nederlands|limburgs|fries|duits|frans|spaans|pools|turks|arabisch|italiaans|"
    r"portugees|brabants|twents|gronings|dialect)|"
    # "Is it fine if I continue in English?", "can I switch to Dutch?"
    r"(?:is it|would it be|is that) (?:ok|okay|fine|alright|all right|possible|a problem) "
    r"(?:if|to|that) (?:i|we) (?:\w+ ){0,2}(?:in|to) (?:english|dutch)|"
    r"(?:continue|switch|go on|carry on) (?:in|to) (?:english|dutch)|"
    r"(?:verder|door) in het (?:engels|nederlands)|"
    r"can i (?:ask|write|type|talk|chat)(?: (?:my|the|a|\w+ questions?))? in|"
    # "Can my foreman from Poland also ask you things in English?", "is it all right if I ask
    # my questions in English?": someone asking in a language, a few words between.
    r"(?:can|could|may|is it|would it be) (?:\w+ ){0,5}(?:ask|write|type|talk|chat|speak|use)"
    r"(?: \w+){0,3} in (?:english|dutch)|"
    # "kan ik dit ook in het Engels gebruiken?"
    r"(?:kan|mag|kun|kunnen|mogen) (?:ik|je|u|we|wij) (?:\w+ ){0,3}in het (?:engels|nederlands)"
    r" (?:gebruiken|vragen|stellen|typen|schrijven)|"
    # "kan hij ook in het Turks vragen stellen?": someone else asking in a language
    rf"(?:kan|mag|kun|kunnen|mogen) (?:\w+ ){{1,3}}in het {_LANGUAGES} "
    r"(?:iets |wat |dingen |een vraag |vragen )?(?:vragen|stellen|typen|schrijven|chatten)$|"
    r"mag ik (?:ook )?in het (?:engels|nederlands)|kan ik (?:mijn )?vragen (?:ook )?in het|"
    r"kun je (?:ook )?(?:engels|nederlands)|is english (?:ok|okay|fine|possible)|"
    r"in english (?:ok|okay|possible)|engels (?:ok|mag|kan)|"
    # "English only please", "only english?", "kunnen we in het Engels verder", "verander
    # taal naar Nederlands"
    rf"^(?:(?:only|alleen|enkel) (?:in )?(?:het )?{_LANGUAGES}|(?:in )?{_LANGUAGES} only)"
    r"(?: please| pls| graag| aub)?$|"
    rf"in het {_LANGUAGES} (?:verder|door)|"
    rf"(?:verander|wissel|zet|switch|change|set) (?:de |the |je |your )?(?:taal|language) "
    rf"(?:naar|in|to|into) (?:het )?{_LANGUAGES}|^habla\b)\b"
)

# Someone checking the bot is there before asking: "iemand thuis?", "anyone here?", "test".
_ANYONE_THERE = re.compile(
    r"^(?:(?:is|zit) (?:er|daar|hier) (?:nog )?iemand(?: thuis| aanwezig| wakker)?|"
    r"iemand (?:thuis|daar|hier|aanwezig|wakker)|(?:is )?(?:any ?one|any ?body|someone|somebody)"
    r" (?:there|here|home|around|awake|out there)|test|testje|testing|testen|test test|"
    r"test \d+|(?:werk|werkt) (?:je|jij|dit|het)(?: al| nog)?|(?:are )?(?:you|u) there|"
    r"ben je (?:er|daar|wakker)|bent u (?:er|daar))$"
)

# Emoji that say one thing on their own: a wave greets, folded hands or a thumb up thank, a
# thumb down or an angry face complains ("😍" alone says nothing to answer).
_EMOJI_SAY = {
    "👋": "greeting", "🙋": "greeting", "🖐": "greeting",
    "🙏": "thanks", "👍": "thanks", "👌": "thanks", "🤝": "thanks",
    "👎": "feedback", "😡": "feedback", "🤬": "feedback", "😠": "feedback", "💩": "feedback",
    # stars and applause rate the answer; an eye roll doubts it
    "⭐": "feedback", "🌟": "feedback", "👏": "feedback", "💯": "feedback", "🙄": "feedback",
}  # fmt: skip


def emoji_said(text: str) -> str | None:
    """What a message of emoji only says ("👋", "👍👍"): "greeting", "thanks", "feedback"."""
    if any(ch.isalnum() for ch in text):
        return None
    return next((_EMOJI_SAY[ch] for ch in text if ch in _EMOJI_SAY), None)


# "I have a German colleague who wants to read along" after a question about the language.
_LANGUAGE_NAMES = frozenset(
    [
        "nederlandse",
        "engelse",
        "duitse",
        "poolse",
        "turkse",
        *re.sub(r"[(?:)]", "", _LANGUAGES).split("|"),
    ]
)

# Asked to check the answer again: "kun je dat nakijken?", "ff checken", "can you check
# that?" (a question mark or not, it is about the answer).
CHECK_AGAIN = re.compile(
    r"(?:^(?:kun|kan|wil|zou) (?:je|u|jij|ge) (?:dat|dit|het) (?:\w+ )?(?:nakijken|checken|"
    r"controleren|natrekken|verifieren|nagaan)$|(?:^| )(?:even|ff|nog eens|nog even) "
    r"(?:checken|nakijken|controleren)$|^(?:can|could|would) you (?:please )?(?:double ?)?"
    r"check (?:that|this|it)(?: again| please)?$|^please (?:double ?)?check (?:that|this|it)$|"
    # "Kindly correct your data.", "please fix that", "corrigeer dat even", "pas je gegevens aan"
    r"^(?:please |kindly |pls |can you |could you |would you )?(?:correct|fix|update) (?:your |"
    r"the )?(?:data|info|information|answer|sources|that|this|it)(?: please)?$|"
    r"^(?:graag |kun je |kunt u |wil je |wilt u )?(?:corrigeer|verbeter|corrigeren|verbeteren) "
    r"(?:dat|dit|het|je|uw|jouw)(?: \w+)?(?: even| graag| aub)?$|"
    r"^(?:pas|passen) (?:dat|dit|het|je|uw|jouw) (?:\w+ )?aan$)"
)

# About the bot's answer, not about the programme.
_FEEDBACK = re.compile(
    r"\b(?:klopt niet|klopt echt niet|klopt geen|niet juist|fout|onzin|waardeloos|slecht antwoord|"
    r"nutteloos|je snapt het niet|that'?s wrong|thats wrong|not correct|incorrect|wrong answer|"
    r"useless|nonsense|you don'?t understand|great bot|good bot|nice bot|helpful bot|"
    r"you are mistaken|youre mistaken|you are wrong|youre wrong|you made a mistake|"
    r"je vergist je|u vergist zich|je hebt het mis|u heeft het mis|dat is niet waar|"
    r"contradicts|in tegenspraak met|spreekt (?:dat|dit|het) tegen|"
    r"(?:exactly|precisely|just) what i (?:needed|wanted|was looking for)|"
    r"precies wat ik (?:nodig had|zocht|wilde weten|bedoelde)|"
    r"very helpful|super bot|goed bezig|top bot|topbot|handige bot|fijne bot|leuke bot|"
    r"(?:had|heb) ik (?:echt |wel |veel )?(?:wat|iets|veel) aan|(?:that|this) (?:really )?helped|"
    # Praise or doubt of an answer or of the bot itself: "een keurig antwoord", "spot on",
    # "mijn complimenten", "je hebt mijn vraag niet goed begrepen", "slaat nergens op".
    r"(?:goed|keurig|bruikbaar|nuttig|helder|duidelijk|prima|sterk|mooi|fijn|uitstekend|good|great|"
    r"nice|useful|helpful|clear|excellent|perfect|brilliant|lovely|super) (?:\w+ )?(?:antwoord|"
    r"answer|uitleg|explanation)|"
    r"^(?:i )?(?:like|love) (?:your|ur|the) (?:answers|answer|replies|info)$|"
    r"(?:antwoord|answer) (?:\w+ )?(?:was |is )?(?:\w+ )?(?:spot on|correct|klopt|perfect|"
    # "That answer was very useful", "Your answer was not clear for me"
    r"useful|helpful|clear|good|great|nuttig|helder|duidelijk|goed|bruikbaar|handig)|"
    # "Goe gedaan, ge zijt beter dan de helpdesk": praise of the bot's work
    r"goed gedaan|well done|good job|great job|nice work|"
    r"(?:je bent|jij bent|you are|youre|u bent) (?:\w+ )?(?:beter|better|sneller|faster|quicker|"
    r"slimmer|smarter|handiger) (?:dan|than)|"
    r"spot on|thumbs up|duim omhoog|complimenten|compliments|would chat again|"
    # "das niet goed wat je zegt", "but that is wrong", "love this bot tbh"
    r"(?:niet goed|niet juist|onjuist|fout|onzin) wat (?:je|jij|u|ge) (?:zegt|zei|schrijft|"
    r"schreef|vertelt)|(?:that|this|dat|dit|das) is (?:\w+ )?(?:wrong|fout|onjuist|incorrect|"
    r"niet juist|niet goed|not right|not correct)|"
    r"^(?:i )?(?:love|like|luv) (?:this|the|your|ur|deze|die) (?:bot|chatbot|app|assistant|"
    r"thing)(?: tbh| really| so much| a lot)?$|"
    r"(?:je bent|jij bent|you are|youre|u bent) (?:\w+ )?(?:slim|knap|handig|goed|smart|clever|"
    r"great|good|helpful|vaag|onduidelijk|vague|unclear|confusing)|"
    r"slaat (?:\w+ )?nergens op|makes no sense|(?:niet|verkeerd) (?:goed )?begrepen|"
    r"misunderstood|(?:niet|not) (?:\w+ )?(?:klopt|klopte|right|correct)|"
    r"klopte? (?:\w+ ){0,3}niet|"
    r"(?:number|figure|getal|cijfer) (?:\w+ ){0,4}(?:was|is|were) (?:\w+ )?different|"
    r"(?:je bent|jij bent|wat ben je|you are|youre|what an?) (?:\w+ )?(?:dom|stom|stupid|dumb|"
    r"idiot|useless|waardeloos|slecht|bad|terrible|rubbish)|(?:stomme|domme|slechte|"
    r"waardeloze|stupid|dumb|bad|useless|terrible|rubbish) (?:bot|chatbot|robot|antwoord|answer)|"
    r"(?:this|deze) (?:bot|chatbot) (?:sucks|is (?:\w+ )?(?:bad|dumb|stupid|useless|slecht|dom|"
    r"waardeloos))|"
    # Not understood: "je begrijpt me niet", "u begrijpt mij niet", "je luistert niet",
    # "you don't get me", "you're not listening"
    r"(?:je|jij|u|gij|ge) (?:snapt|begrijpt|verstaat|snap|begrijp|versta|luistert|luister|leest)"
    r"(?: \w+){0,3} niet|(?:snapt|begrijpt|snap|begrijp) (?:er )?(?:nog steeds |nog altijd |nog )?"
    r"(?:niks|niets|geen bal)|"
    r"(?:you|u) (?:dont|do not|didnt|did not) (?:understand|get|listen|read|answer)|"
    r"(?:youre|you are|ur) not (?:listening|understanding|helping|getting it)|"
    # Not what was asked: "dat is niet wat ik vroeg", "dat was mijn vraag niet", "geen antwoord
    # op mijn vraag", "not what I asked"
    r"(?:niet|geen) (?:\w+ )?(?:wat ik (?:vroeg|bedoel|bedoelde|zocht|wilde weten)|mijn vraag|"
    r"antwoord op (?:mijn|de|m?n) vraag)|(?:vroeg|bedoelde|bedoel) ik (?:\w+ )?niet|"
    r"mijn vraag (?:\w+ )?niet|(?:geeft|gaf|geef) (?:\w+ )?geen (?:\w+ )?antwoord|"
    r"not what i (?:asked|meant|was asking|wanted|was looking for)|"
    r"(?:thats|that is|this is|that was) not (?:my question|what i)|"
    r"(?:didnt|did not|doesnt|does not|dont) answer (?:my|the) question|"
    # Not helped: "dat helpt me niet (verder)", "not helpful", "hier kom ik niet verder mee",
    # "daar heb ik niets aan", "wat heb ik hier nou aan"
    r"(?:helpt|hielp|helpen) (?:\w+ )?(?:niet|niks|niets|geen)|"
    r"(?:doesnt|didnt|does not|did not|dont|do not|isnt|wasnt|not) (?:\w+ )?help|"
    r"(?:not|niet|weinig|nauwelijks|never|nooit) (?:very |so |erg |zo |echt |really |at all )?"
    r"(?:helpful|behulpzaam|nuttig|useful)|unhelpful|onbehulpzaam|"
    r"(?:kom|komen) (?:ik|we) (?:\w+ ){0,2}niet (?:verder|mee verder)|"
    r"(?:heb|had|hebben) (?:ik|we) (?:er |hier |daar )?(?:niks|niets|weinig|geen bal) aan|"
    r"wat (?:heb|moet) ik (?:hier|daar|daarmee|hiermee|er) (?:nou |nu )?(?:aan|mee)$|"
    # Wrong: "onjuist", "nope, wrong", "dat is niet waar", "that's not true", "kul"
    r"onjuist|kul|klets|nonsens|bullshit|rubbish|garbage|rotzooi|"
    r"^(?:nee |no |nope |neen |nah )?(?:wrong|incorrect|verkeerd|false|not true|niet waar)$|"
    r"(?:dat|dit|het|that|thats|this|it) (?:is |was )?(?:helemaal |echt |simply |just )?"
    r"(?:niet|not) (?:waar|true)|(?:doesnt|does not|dont) make (?:any )?sense|"
    # The bot called names: "rotbot", "wat een rotbot", "kutding"
    r"(?:rot|klote|kut|prut|kak|waardeloze |nutteloze |slechte |stomme |domme )"
    r"(?:bot|chatbot|robot|ding)|(?:bad|dumb|lousy|crappy|shitty) (?:bot|chatbot|robot)|"
    r"(?:you|u) suck|"
    r"(?:great|good|nice|helpful|smart|clever|cool|awesome|handy|slimme|goede|fijne|leuke|"
    r"handige|toffe|coole|behulpzame) (?:bot|chatbot|robot)|"
    # Praise: "je bent top", "knap gedaan", "netjes", "wat slim", "love it", "so helpful",
    # "dit is echt handig", "fijn, daar kan ik mee verder"
    r"(?:je bent|jij bent|u bent|you are|youre|ur|u r) (?:\w+ )?(?:top|super|geweldig|"
    r"fantastisch|briljant|een topper|de beste|een held|amazing|awesome|brilliant|the best|"
    r"a star|fantastic|wonderful|a legend|a lifesaver|impressive)|"
    r"^knap(?: gedaan| hoor| werk)?$|^netjes$|^wat slim$|^(?:heel |erg |echt )?(?:handig|nuttig)$|"
    r"impressive|indrukwekkend|^(?:i )?love (?:it|this|this bot|you)$|"
    r"^(?:i )?like (?:it|this|this bot|you)$|"
    r"ik vind (?:dit|het|je|jou|deze bot) (?:\w+ )?(?:goed|top|handig|fijn|leuk|super|geweldig)|"
    r"(?:so|really|very|super|heel|erg|echt|zeer|enorm|extremely) (?:helpful|useful|handig|"
    r"nuttig|behulpzaam)|"
    r"(?:dit|dat|het|that|this|it) (?:is|was) (?:echt |heel |erg |zeer |super |really |very )?"
    r"(?:handig|nuttig|behulpzaam|helpful|useful)|"
    r"(?:daar|hier) (?:kan|kunnen) (?:ik|we) (?:wat |iets )?mee verder|"
    r"(?:daar|hier) heb ik (?:wat|veel|iets) aan|"
    r"^meh$|(?:niet |not |very |erg |heel |zeer )?(?:tevreden|satisfied|ontevreden|dissatisfied)$|"
    # Not as the asker's own source has it: "your answer is not matching with my source"
    r"(?:is|are|was|were) not (?:\w+ )?(?:matching|in line with|consistent)|"
    # Half right or outdated: "kan beter", "niet helemaal juist", "that info is outdated"
    r"^(?:dat |dit |het |that |it |this )?(?:kan|could|can) (?:\w+ )?(?:beter|be better)$|"
    r"(?:niet|not) (?:helemaal|echt|quite|entirely|exactly|fully) (?:juist|goed|correct|right|"
    r"waar|true|accurate)|^(?:niet helemaal|not quite|not exactly|half goed|half right)$|"
    r"(?:dat|dit|het|die|deze|je|jouw|uw|that|this|it|the|your) (?:\w+ )?(?:is|was|seems|lijkt|"
    r"looks) (?:\w+ )?(?:verouderd|achterhaald|outdated|out of date)|"
    # Said again: "je zegt steeds hetzelfde", "you keep repeating yourself"
    r"(?:zegt|geeft|zeg|geef) (?:\w+ )?(?:steeds|weer|telkens|elke keer|alleen maar) "
    r"(?:\w+ )?(?:hetzelfde|dezelfde)|(?:je|u) (?:herhaalt|herhaal) (?:je|jezelf|zich|uzelf)|"
    r"(?:keep|keeps) (?:saying|giving|repeating) (?:\w+ )?(?:same|yourself|itself)|"
    r"(?:dat|dit|that|this) (?:wist|weet) ik (?:al|allang|ook al)|"
    r"i (?:already )?knew (?:that|this)(?: already)?|"
    # Not helped, said in the past: "je hebt me niet geholpen"
    r"(?:niet|niks|niets|nauwelijks|amper) (?:\w+ )?geholpen|"
    # How the bot does its work: "je doet het goed", "you're doing great"
    r"(?:je|jij|u|you|youre|ur) (?:doet|doe|do|are doing|doing) (?:het |it |your job |je werk )?"
    r"(?:\w+ )?(?:goed|prima|super|geweldig|uitstekend|great|well|good|fine|amazing|bad|slecht)$|"
    r"(?:slechte|goede|prima|geweldige|bad|good|great|poor|terrible|excellent) (?:service|"
    r"dienstverlening|support)$|"
    # A mark given: "ik geef je een 8", "I give you 5 stars", "10/10", "cijfer: 7"
    r"^(?:ik geef (?:je|jou|u|dit|het|deze bot) (?:een )?\d+|i (?:give|rate) (?:you|u|this|it) "
    r"(?:a )?\d+)(?: sterren| punten| stars?| points| out of \d+| uit \d+)?$|"
    r"^\d+ (?:sterren|stars?)$|^(?:cijfer|rating|score|mark) \d+$|^\d+ (?:10|5)$|"
    r"^(?:(?:lol|haha|pff|pfff|nou) )?(?:dumb|stupid|dom|stom|wrong|fout)$|"
    # Too general, mistaken, a let-down: "je antwoord is te algemeen", "vergis je je niet?"
    r"(?:antwoord|answer|dat|dit|that|this|thats|it|its) (?:is |was )?(?:\w+ )?(?:te|too|a bit|"
    r"een beetje|erg|very|heel) (?:algemeen|general|vaag|vague|kort|short|lang|long|"
    r"ingewikkeld|complicated)$|"
    r"vergis (?:je|jij) (?:je|zich)|(?:je|jij|u) (?:het )?mis (?:hebt|heeft)|"
    r"(?:je|jij|u) (?:hebt|heeft) het mis|"
    r"teleurstellend|disappointing|(?:disappointed|teleurgesteld) (?:with|in|by|met|over)|"
    r"^(?:i am |im |ik ben )?(?:disappointed|teleurgesteld)$|klopt als een bus|"
    # Another question answered, or another meant: "I meant something else", "you answered
    # a different question"; the answer checked: "it does not match", "duidelijk uitgelegd"
    r"(?:ik bedoelde|ik bedoel|i meant|i mean) (?:eigenlijk |actually )?(?:iets anders|wat anders|"
    r"something else|something different)|"
    r"(?:antwoord op|answered|answering|answer to) (?:een|a|an) (?:andere|different|other) "
    r"(?:vraag|question)|"
    r"(?:does not|doesnt|do not|dont|did not|didnt) (?:match|add up|tally)|"
    r"(?:komt|kwam) (?:\w+ )?niet overeen|"
    r"(?:duidelijk|helder|goed|mooi|netjes|clearly|well|nicely) (?:uitgelegd|explained)"
    r")\b"
)

# What a user calls the bot's output when they rate it, and words that rate: "uw antwoord van
# zonet heeft mij niet veel wijzer gemaakt", "helder, nuttige tool", "I am very satisfied with
# the answers". A remark needs both, in a sentence that asks nothing.
_OUTPUT_WORDS = frozenset(
    """antwoord antwoorden answer answers uitleg explanation explanations reply replies response
    responses tool chatbot bot info informatie information""".split()
)
_RATING_WORDS = frozenset(
    """goed goede slecht slechte nuttig nuttige handig handige helder heldere duidelijk duidelijke
    onduidelijk vaag vage kort korte wijzer tevreden ontevreden blij correct juist accuraat
    compleet volledig onvolledig begrijpelijk waardevol top prima fijn fijne
    good bad useful helpful clear unclear vague short satisfied dissatisfied happy accurate
    complete incomplete confusing understandable valuable
    precise nauwkeurig exact snel snelle quick fast lang lange long lengthy klopt klopte fout
    verkeerd wrong incorrect beter better""".split()
)
# "dat komt overeen met mijn bron", "that matches what I found": the answer confirmed.
_CONFIRMED = re.compile(
    r"\b(?:komt (?:\w+ )?overeen met|klopt met|strookt met|matches|agrees with|is consistent with|"
    r"lines up with|fits with|tallies with) (?:\w+ )?(?:mijn|my|wat ik|what i|what we|wat we)\b"
)


def rates_the_answer(words: list[str]) -> bool:
    """A remark that rates or confirms the bot's answers rather than asking about the
    programme: a word for its output and a word that rates it, or "matches what I found"."""
    found = set(words)
    return bool(found & _OUTPUT_WORDS and found & _RATING_WORDS) or bool(
        _CONFIRMED.search(" ".join(words))
    )


_ONE_EXCLAMATION = (
    r"(?:(?:ah |oh |o )?(?:echt |heel |really |very |so )?"
    r"(?:top|super|mooi|prima|perfect|great|nice|cool|awesome|ok|oke|okay|"
    r"excellent|uitstekend|geweldig|fantastisch|fantastic|brilliant|splendid|amazing|lovely|"
    r"fijn|gaaf|vet|tof|clear|wauw|waw|(?:thats |that is )?(?:right|correct)|"
    r"okido|oki|k|kk|alright|allright|aha|helder|duidelijk|begrepen|got it|i see|understood|"
    r"mooi zo|goed zo|goed|fine|fair enough|interessant|interesting|wow|nou ja|"
    r"(?:that |dat )?makes sense|dat is (?:duidelijk|helder)|snap ik|begrijp ik|ik snap het|"
    r"ik begrijp het|sounds good|klinkt goed|noted|genoteerd|ah zo|oh zo|o zo|alright then)"
    r"(?: hoor| dan)?)"
)
# One exclamation or two in a row: "top!", "heel fijn, echt top"
# ("ok cool", "okay, got it": an "ok" first acknowledges, as thanks do, and rates nothing)
_FEEDBACK_ALONE = re.compile(
    rf"^{_ONE_EXCLAMATION}$|^(?!(?:ok|oke|okay|alright|allright|k|kk)\b){_ONE_EXCLAMATION} "
    rf"{_ONE_EXCLAMATION}$"
)


def _strip_leading(words: list[str]) -> int:
    """How many leading words are a greeting ('hoi', 'goedemorgen allemaal', 'helo')."""
    at = 0
    while at < len(words):
        word = words[at]
        pair = " ".join(words[at : at + 2])
        if pair == "dag dag":
            break  # "dag dag!" takes leave
        if pair in _GREETING_PHRASES:
            at += 2
            continue
        if at > 0 and pair == "field bot":  # "hoi field bot, ben jij een robot?"
            at += 2
            continue
        if word in _GREETINGS or (at > 0 and word in _ADDRESSEES):
            at += 1
            continue
        if len(word) >= 4 and _is_greeting_typo(word):
            at += 1
            continue
        break
    return at


@lru_cache(maxsize=4096)
def _is_greeting_typo(word: str) -> bool:
    """'helo', 'goedemorgn': a greeting mistyped, not a real word near one ('join')."""
    if word in _NOT_GREETINGS or frequency.zipf(word) >= 3.0:
        return False
    found = process.extractOne(
        word,
        one_edit_in_length(_GREETING_TYPO_TARGETS, len(word)),
        scorer=OSA.distance,
        score_cutoff=1,
    )
    return found is not None


_GREETING_TYPO_TARGETS = tuple(
    w for w in _GREETINGS if len(w) >= 4 and w not in ("beste", "morgen")
)

# Real words one letter away from a greeting.
_NOT_GREETINGS = frozenset(
    "help held hele heel hier hall halo halen mooi moet hoe hoey salu saluut salukes".split()
)


# A letter's close and the signature after it: "Met vriendelijke groeten, Pieter de Vries,
# Bakkerij De Vries", "Sincerely, Maria", "best, Jan". The close of a letter takes the name
# and firm after it; a short word ("best", "groeten") only when a comma follows it.
_LETTER_CLOSE = re.compile(
    r"^(?:(?:met )?(?:vriendelijke|hartelijke|beste|warme|lieve|collegiale) groet(?:en)?|"
    r"met (?:een )?(?:vriendelijke |hartelijke )?groet|hoogachtend|mvg|"
    r"(?:kind|best|warm|warmest|kindest|many|with kind|with best) regards|"
    r"(?:thanks|thank you) and (?:kind |best )?regards|yours (?:sincerely|truly|faithfully)|"
    r"sincerely|best wishes)(?: (?P<name>.*))?$"
)
_SHORT_CLOSE = re.compile(r"^(?:best|groeten|groetjes|groet|gr|regards)\s*[,\n]\s*(?P<name>.+)$")
_NOT_A_SIGNATURE = frozenset("ik i we wij you je u mijn my onze our".split())


def signed_off(words: list[str], raw: str) -> bool:
    """Whether the sentence is a letter's close, with no more than a signature after it."""
    found = _LETTER_CLOSE.match(" ".join(words)) or _SHORT_CLOSE.match(fold(raw).strip())
    if found is None or "?" in raw:
        return False
    name = _plain_words(found.group("name") or "")
    return len(name) <= 8 and not _NOT_A_SIGNATURE & set(name)


# Goodbyes that end many a sentence that is no goodbye ("… doe ik later", "… gr").
_AMBIGUOUS_GOODBYES = frozenset({"later", "gr", "groet", "groeten"})


def _ends_on_goodbye(words: list[str]) -> bool:
    """ "ik ga stoppen ik ben er bijna doei": a sentence that ends on a goodbye takes leave,
    however much is told before it."""
    joined = f" {' '.join(words)}"
    return any(
        joined.endswith(f" {phrase}") for phrase in _GOODBYES if phrase not in _AMBIGUOUS_GOODBYES
    )


def _first_at(plain: str, phrases: tuple[str, ...]) -> int:
    """Where in `plain` the first of `phrases` starts ("thank you so much, …, dank je wel": 0)."""
    padded = f" {plain} "
    found = [padded.find(f" {p} ") for p in phrases]
    return min((at for at in found if at >= 0), default=len(plain))


# Words that remark on the last answer before the next question ("top, en …").
_EXCLAMATIONS = frozenset(
    "top super mooi prima perfect great nice cool ok oke okay helder duidelijk fijn goed "
    "interessant interesting wow ah oh aha thx ty".split()
)


def _leading_remark(words: list[str]) -> int:
    """How many leading words are thanks or exclamations ("ok top bedankt"), when words
    follow them; 0 when there are none."""
    at = 0
    while at < len(words) - 1:
        if words[at] in _EXCLAMATIONS:
            at += 1
            continue
        thanked = _phrase_in(words[at : at + 3], _THANKS)
        if thanked is not None and words[at : at + len(thanked.split())] == thanked.split():
            at += len(thanked.split())
            continue
        break
    return at if at < len(words) else 0


def _phrase_in(words: list[str], phrases: tuple[str, ...]) -> str | None:
    joined = f" {' '.join(words)} "
    by_first, always = _by_first_word(phrases)
    # A phrase can only be there if its first word is ("dank je wel" needs "dank"): only
    # those are tried, in the order of `phrases`.
    tried = sorted(
        {*always, *(at for word in set(joined.split()) for at in by_first.get(word, ()))}
    )
    for at in tried:
        if f" {phrases[at]} " in joined:
            return phrases[at]
    return None


@lru_cache(maxsize=16)
def _by_first_word(phrases: tuple[str, ...]) -> tuple[dict[str, list[int]], tuple[int, ...]]:
    """Where each first word starts phrases, and the phrases spaced oddly (always tried)."""
    by_first: dict[str, list[int]] = {}
    always = []
    for at, phrase in enumerate(phrases):
        if phrase and phrase == " ".join(phrase.split()):
            by_first.setdefault(phrase.split()[0], []).append(at)
        else:
            always.append(at)
    return by_first, tuple(always)


def _without_phrases(words: list[str], phrases: tuple[str, ...]) -> list[str]:
    """`words` without every phrase of `phrases` in them: "ok bye have nice weekend" -> ["ok"]."""
    joined = f" {' '.join(words)} "
    ordered, by_first = _longest_first(phrases)
    # A phrase can only be there if its first word is: only those, longest first.
    for at in sorted(at for word in set(words) for at in by_first.get(word, ())):
        joined = joined.replace(ordered[at], " ")
    return joined.split()


@lru_cache(maxsize=16)
def _longest_first(phrases: tuple[str, ...]) -> tuple[tuple[str, ...], dict[str, list[int]]]:
    """The " phrase " forms, longest phrase first, and where each first word starts them."""
    ordered = sorted(phrases, key=len, reverse=True)
    by_first: dict[str, list[int]] = {}
    for at, phrase in enumerate(ordered):
        by_first.setdefault(phrase.split()[0] if phrase.split() else "", []).append(at)
    return tuple(f" {p} " for p in ordered), by_first


# Goodbyes that can also end a question ("… that is all?", "where can I see you", "… later"):
# they close a sentence only where a sentence of their own says them.
_CLOSES_QUESTIONS_TOO = frozenset(
    "dat that thats was is it all alles het see you later gr groet groeten dank ty tx tq".split()
)
# Said with thanks or a goodbye at the end of a message: "en", "alvast", "so much", "pls".
_CLOSING_COMPANY = frozenset(
    """en and alvast vast in advance so much very a lot heel erg hartelijk nogmaals again
    pls please plz alstublieft aub svp ok oke okay top super""".split()
)


@lru_cache(maxsize=1)
def _closing_phrases() -> tuple[tuple[str, ...], ...]:
    said = {tuple(phrase.split()) for phrase in _THANKS + _GOODBYES}
    return tuple(
        sorted(
            (p for p in said if p and not set(p) <= _CLOSES_QUESTIONS_TOO),
            key=len,
            reverse=True,
        )
    )


@lru_cache(maxsize=1)
def _closing_by_last() -> dict[str, tuple[tuple[str, ...], ...]]:
    """The closing phrases by their last word, longest first: one look-up per word."""
    by_last: dict[str, list[tuple[str, ...]]] = {}
    for phrase in _closing_phrases():
        by_last.setdefault(phrase[-1], []).append(phrase)
    return {last: tuple(phrases) for last, phrases in by_last.items()}


def closing_words(words: list[str]) -> int:
    """How many words at the end of a sentence thank or take leave, said straight after the
    question without a stop: "wheres robohouse thanks", "… fieldlabs alvast bedankt"."""
    at, closed = len(words), False
    while at > 0:
        phrase = next(
            (
                p
                for p in _closing_by_last().get(words[at - 1], ())
                if len(p) <= at and tuple(words[at - len(p) : at]) == p
            ),
            None,
        )
        if phrase is not None:
            at, closed = at - len(phrase), True
        elif words[at - 1] in _CLOSING_COMPANY:
            at -= 1  # "dank je wel alvast", "pls thanks", "en bedankt"
        else:
            break
    return len(words) - at if closed else 0


@lru_cache(maxsize=1)
def _smalltalk_words() -> tuple[frozenset[str], tuple[str, ...]]:
    said = {
        word
        for phrase in (*_THANKS, *_GOODBYES, *_GREETING_PHRASES, *_GREETINGS)
        for word in phrase.split()
        if len(word) >= 4
    }
    return frozenset(said), tuple(sorted(said))


_LONG_ENOUGH = re.compile(r"(?<![\w'’-])[^\W\d_]{4,}(?![\w'’-])")
# In a longer message four letters are too few to tell a typo from a name ("Savu" is no
# "salu"); a message of a word or two is smalltalk or nothing ("deoi").
_LONGER = re.compile(r"(?<![\w'’-])[^\W\d_]{5,}(?![\w'’-])")


@lru_cache(maxsize=4096)
def _smalltalk_word_meant(word: str) -> str | None:
    """The word of a greeting, thanks or goodbye that `word` is a typo of ("deoi", "bedankr",
    "vriednelijke"), or None; a word people use is never taken for one."""
    known, listed = _smalltalk_words()
    folded = fold(word)
    if folded in known or not folded.isalpha() or frequency.zipf(folded) > 0:
        return None
    found = process.extractOne(
        folded, one_edit_in_length(listed, len(folded)), scorer=OSA.distance, score_cutoff=1
    )
    return found[0] if found is not None and found[0][0] == folded[0] else None


def smalltalk_typos_fixed(text: str) -> str:
    """The message with each mistyped word of a greeting, thanks or goodbye spelled right."""
    pattern = _LONG_ENOUGH if len(text.split()) <= 2 else _LONGER
    return pattern.sub(lambda m: _smalltalk_word_meant(m.group()) or m.group(), text)
