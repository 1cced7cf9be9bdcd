"""Questions to the bot about itself: who or what it is ("ben jij een mens?", "who made you?")
and what one can ask it ("waar kun je mee helpen?", "how does this work?", "menu").

These are recognised by how they are built, not by likeness to a stored phrasing: "je
begrijpt me niet" looks like "begrijp je Engels" and "not helpful" like "help", yet neither
asks what the bot is or can do. Each pattern covers the whole question, so "wat weet je over
de hubs?" or "what can a hub do for me?" stay questions about the programme."""

from __future__ import annotations

import re
from functools import lru_cache

# The bot as the one addressed: "je", "u", Flemish "gij", or "deze bot", "dit ding".
_YOU_NL = (
    r"(?:je|jij|jou|u|gij|ge|jullie|deze (?:chat)?bot|deze chat|dit ding|die bot|dit systeem|"
    r"deze tool|deze dienst|fieldbot)"
)
_YOU_EN = (
    r"(?:you|u|ya|this (?:chat)?bot|this chat|this thing|this tool|this service|"
    r"this assistant|the bot|fieldbot)"
)
# What one can take the bot for: "ben je een mens", "are you ChatGPT".
_BEING_NL = (
    r"(?:een |n |nen )?(?:echte? |levende? |heuse |soort )?(?:mens|persoon|robot|bot|chatbot|"
    r"computer|ai|chatgpt|gpt|openai|machine|programma|computerprogramma|medewerker|stagiair|"
    r"stagiaire|vrouw|man|echt|automatisch|kunstmatige|taalmodel|llm|ding|iemand)"
)
_BEING_EN = (
    r"(?:an? )?(?:real |actual |live |human |artificial |automated |computer )?(?:human|person|"
    r"people|robot|bot|chatbot|ai|machine|computer|program|programme|chatgpt|gpt|openai|llm|"
    r"real|automated|employee|woman|man|intelligence|software|assistant|someone|somebody)"
)
_MADE_NL = (
    r"(?:gemaakt|gebouwd|geprogrammeerd|ontwikkeld|bedacht|geschreven|ontworpen|getraind|"
    r"gecreeerd|geknutseld|gezet|opgezet|beheerd|onderhouden|gelanceerd)"
)
_MAKE_EN = (
    r"(?:made|built|created|developed|programmed|designed|wrote|trained|owns|runs|maintains|"
    r"operates|coded|invented|launched|manages)"
)

# A technology the bot could be built with: "gebouwd met chatgpt", "made with AI".
_TECH = (
    r"(?:een |n |an? |the )?(?:chatgpt|gpt|gpt-?\d|openai|ai|a\.i|kunstmatige intelligentie|"
    r"artificial intelligence|taalmodel|language model|llm|machine learning|claude|gemini|"
    r"copilot)"
)

_WHO = re.compile(
    "|".join(
        (
            # Dutch: "ben jij een mens?", "zijde gij een robot", "ben je van de overheid?"
            rf"^(?:ben|bent|zijt|zijde|zij|bende) (?:je|jij|u|gij|ge|gy) {_BEING_NL}\b",
            r"^(?:ben|bent|zijt) (?:je|jij|u|gij|ge) (?:van|namens|onderdeel van|gemaakt door)"
            r" ",
            r"^(?:praat|spreek|chat|typ|communiceer) ik (?:hier |nu )?(?:met|tegen)"
            rf" {_BEING_NL}\b",
            r"^met wie (?:spreek|praat|chat|communiceer) ik\b|^met wie heb ik (?:te maken|het "
            r"genoegen)\b|^wie (?:spreek|praat) ik (?:mee|tegen)\b",
            r"^(?:wie|wat) (?:ben|bent|zijt|zijde) (?:je|jij|u|gij|ge)(?: voor (?:iets|een"
            r" \w+))?$",
            r"^wat voor (?:\w+ )?(?:ding|bot|chatbot|iets|programma|systeem|robot) (?:ben|bent|"
            r"is)"
            rf" (?:je|jij|u|dit|dat|{_YOU_NL})$",
            r"^wie is (?:dit|dat|daar|fieldbot)$|^wat is dit voor (?:bot|ding|chat|iets)$",
            r"^(?:hoe heet|hoe heten|hoe noem je) (?:je|jij|u|jullie|gij|ge)\b|^(?:wat is|hoe"
            r" luidt)"
            r" (?:je|jouw|uw) naam\b|^(?:heb|hebt) (?:je|jij|u) (?:ook )?een naam\b",
            rf"^(?:door )?wie (?:heeft|hebben|is|zijn|ben|werd|wordt|bent) {_YOU_NL}(?:"
            rf" \w+){{0,3}}"
            rf" {_MADE_NL}\b",
            rf"^wie (?:zit|zitten|staat|staan) (?:er )?achter {_YOU_NL}\b",
            rf"^(?:van wie|van welke organisatie) (?:is|ben|bent) {_YOU_NL}\b",
            rf"^wie (?:beheert|onderhoudt|runt|maakte|bouwde|programmeerde|ontwikkelde|bedacht)"
            rf" {_YOU_NL}\b",
            r"^(?:is dit|ben je|ben jij|werk je met|werkt u met|gebruik je|gebruikt u|draai je op)"
            r" (?:een |n )?(?:echte? )?(?:chatgpt|gpt|openai|ai|kunstmatige intelligentie|chatbot|"
            r"bot|robot|mens|persoon|computer|automatisch|taalmodel|llm)\b",
            # "is dit een officiële tool van Smart Industry of een third party?"
            # "ben ik nu met een computer aan het praten?", "ik wil een medewerker spreken"
            rf"^ben ik (?:nu |hier )?(?:met|tegen) {_BEING_NL} (?:aan het )?(?:praten|chatten|"
            r"typen|spreken)$",
            r"^(?:ik wil|kan ik|mag ik|kun ik) (?:graag )?(?:met )?(?:een )?(?:echte? )?(?:mens|"
            r"medewerker|persoon) (?:spreken|praten|bellen)$",
            r"^(?:i want to|can i|could i|may i) (?:talk|speak|chat) (?:to|with) (?:a |an )?"
            r"(?:real )?(?:human|person|employee)$",
            r"^zit (?:er|daar|hier) (?:een |n )?(?:echte? )?(?:mens|persoon|iemand|medewerker)"
            r" (?:achter|te typen)\b",
            # How the bot is built, asked of the bot: "ben jij gebouwd met chatgpt?", "were you
            # made with AI?". Only a technology as the maker, so "is dit gemaakt door TNO"
            # (a Fieldlab in view, maybe) stays a question about the programme.
            rf"^(?:ben|bent|zijt|zijde|werd|word|wordt) {_YOU_NL} (?:\w+ )?{_MADE_NL}"
            rf" (?:met|door|op|via|met behulp van|op basis van) {_TECH}\b",
            rf"^(?:are|were|r|was) {_YOU_EN} (?:\w+ )?{_MAKE_EN} (?:with|by|on|using|from"
            rf"|on top of) {_TECH}\b",
            # English: "are you a real person?", "r u a bot", "are you powered by ChatGPT?"
            rf"^(?:are|r) (?:you|u|ya) {_BEING_EN}\b",
            r"^(?:are|r) (?:you|u) (?:from|part of|run by|made by|owned by|powered by|based on|"
            r"using|built on|running on|built with) ",
            rf"^(?:you are|youre|ur|u r|u are) {_BEING_EN}(?: right| or not)?$",
            rf"^(?:am i|are we) (?:\w+ )?(?:talking|speaking|chatting|writing|texting) (?:to|with)"
            rf" {_BEING_EN}\b",
            r"^who (?:am i|are we) (?:\w+ )?(?:talking|speaking|chatting|writing|texting)"
            r" (?:to|with)\b",
            r"^(?:who|what) (?:are|r) (?:you|u|ya)(?: exactly| anyway)?$",
            # "who or what is answering here?", "wie of wat geeft hier antwoord?"
            r"^(?:who|what)(?: or (?:who|what))? (?:is|am i) (?:answering|replying|responding|"
            r"typing|writing)(?: (?:here|me|this|now))*$",
            r"^(?:wie|wat)(?: of (?:wie|wat))? (?:antwoordt|geeft|typt|schrijft|reageert)"
            r"(?: hier| nu| mij| me| er| antwoord)*$",
            r"^what (?:kind|sort|type) of (?:\w+ )?(?:thing|bot|chatbot|program|robot|ai|"
            r"assistant)"
            r" (?:are you|is this)$",
            r"^(?:whats|what is) (?:your|ur|yr) name\b|^(?:do|have) (?:you|u) (?:have |got )?a "
            r"name\b",
            rf"^who (?:{_MAKE_EN}) {_YOU_EN}\b",
            rf"^who (?:is|are) (?:behind|responsible for) {_YOU_EN}\b",
            r"^who (?:is|are) (?:your|ur) (?:maker|makers|creator|creators|developer|developers|"
            r"owner|owners|boss)\b",
            r"^(?:is this|is that) (?:an? )?(?:real |actual |live )?(?:human|person|robot|bot|"
            r"chatbot|ai|machine|computer|chatgpt|gpt|automated|someone)\b",
            r"^is (?:there|this) (?:an? )?(?:real )?(?:human|person|someone|somebody) (?:typing|"
            r"behind|answering|there)\b",
            r"^what is (?:fieldbot|this (?:chat)?bot)$",
            # "is dit de fieldlab bot?", "is this the smart industry bot?"
            r"^is (?:dit|this|dat|that) (?:de|het|the) (?:\w+ ){0,3}(?:chatbot|bot|assistent|"
            r"assistant|chat|helpdesk)$",
            # Asked in a neighbour's language: "Wer bist du?", "qui êtes-vous?"
            r"^(?:wer|was) (?:bist du|sind sie)$|^qui (?:es tu|etes vous)$",
            r"^(?:sind sie|bist du|etes vous|es tu) (?:ein |eine |un |une )?"
            r"(?:echter |echte |vrai )?(?:mensch|roboter|bot|robot|chatbot|humain|personne|"
            r"maschine|ki)\b",
            # Where the bot's knowledge comes from: "welke bronnen gebruik je?", "where do you
            # get your information?"
            r"^(?:welke|wat voor|wat zijn) (?:\w+ )?(?:bronnen|bron) (?:gebruik|gebruikt|"
            rf"raadpleeg|raadpleegt|heb|hebt|ken|kent|zijn) {_YOU_NL}\b|"
            rf"^waar (?:haal|haalt) {_YOU_NL} (?:je|jouw|uw|al die|die) "
            r"(?:informatie|kennis|gegevens|antwoorden|info)\b",
            rf"^(?:what|which) (?:\w+ )?sources? (?:do|does|did) {_YOU_EN} (?:use|rely on|have)\b|"
            rf"^where (?:do|does) {_YOU_EN} get (?:your|its|the|all this) (?:information|info|"
            r"knowledge|data|answers)\b",
        )
    )
)

_HELP = re.compile(
    "|".join(
        (
            # One word for the way in: "/help", "menu", "opties"
            r"^(?:help|hulp|menu|opties|commandos|start|instructies|uitleg|handleiding|"
            r"voorbeelden|help mij|help me|help us|hulp nodig|options|commands|instructions|"
            r"examples|usage|manual|i need help|need help|help needed)$",
            # Dutch
            r"^(?:ik heb|ik zoek|ik wil|ik kan) (?:wat |even |graag )?hulp(?: nodig| gebruiken)?$",
            rf"^(?:kun|kan|kunt|wil|zou|wilt) {_YOU_NL} (?:me |mij |ons )?(?:ergens mee |wat )?"
            r"(?:helpen|verder helpen|van dienst zijn)$",
            rf"^wat (?:kun|kan|kunt) {_YOU_NL}(?: (?:voor|met) (?:me|mij|ons|mijn bedrijf|"
            r"ondernemers|een \w+(?: als ik| zoals ik| als mij)?|mij als \w+))?(?: doen|"
            r" betekenen|"
            r"| beantwoorden| bieden| helpen| vertellen)?$",
            rf"^(?:wat|welke dingen|welke vragen|welke onderwerpen) (?:kan|mag|kun|moet|kunnen)"
            rf" (?:ik|we|wij) (?:{_YOU_NL} |aan {_YOU_NL} |hier |bij {_YOU_NL} )?(?:vragen|"
            r"stellen|"
            r"typen)$",
            rf"^(?:waar|waarmee|waarbij) (?:kun|kan|kunt) {_YOU_NL} (?:me |mij |ons )?(?:mee |bij"
            r" )?"
            r"(?:helpen|van dienst zijn)$",
            rf"^(?:waar|waarvoor) (?:ben|dien|bent|dient|is) {_YOU_NL}(?: goed)?(?: voor)?$",
            # "waar ben je goed in?", "wat kun je goed?", "what are you good at?"
            rf"^(?:waar|waarin) (?:ben|bent|zijt|is) {_YOU_NL} (?:\w+ )?(?:goed|sterk|handig|"
            r"best|het best|expert|specialist|thuis) in$",
            rf"^wat (?:kun|kan|kunt) {_YOU_NL} (?:\w+ )?goed$",
            r"^what (?:are|r) (?:you|u|ya) (?:\w+ )?(?:good|best|great|strong|an expert) at$|"
            r"^what (?:do|can) (?:you|u) (?:specialise|specialize) in$",
            rf"^(?:waar|waarvoor) (?:kan|kun) ik {_YOU_NL} (?:voor )?(?:gebruiken|inzetten)"
            r"(?: (?:richting|voor|bij|met) (?:mijn|mn|onze|ons) \w+)?$",
            # "waarover kan ik u zoal raadplegen?", "waarmee mag ik je benaderen?"
            rf"^(?:waarover|waarvoor|waarmee) (?:kan|kun|mag|kunnen|mogen) (?:ik|we|wij) {_YOU_NL}"
            r" (?:\w+ )?(?:raadplegen|vragen|benaderen|consulteren|aanspreken|inschakelen)$",
            # "moet ik iets speciaals typen?", "do I have to type anything special?"
            r"^(?:moet|hoef) ik (?:iets )?(?:speciaals|bijzonders|bepaalds|een commando|een code)"
            r" (?:in)?(?:typen|tikken|doen|gebruiken|zeggen)$",
            r"^do i (?:have|need) to (?:type|use|say|write) (?:something|anything) (?:special|in"
            r" particular)$",
            # "can I ask you for the sources behind a figure as well?"
            r"^(?:can|could|may) i (?:also )?ask (?:you|u) (?:for|about) (?:the |your )?"
            r"sources?\b",
            rf"^(?:kan|mag|kun) ik {_YOU_NL} (?:ook )?(?:om|naar) (?:de |je |jouw |uw )?"
            r"(?:bron|bronnen|bronvermelding)\b",
            rf"^waarvoor kan ik (?:bij )?{_YOU_NL} terecht$",
            rf"^wat (?:doe|doet) {_YOU_NL}$|^wat is (?:je|jouw|uw) (?:taak|doel|functie)$",
            # "wat is de scope van deze bot?", "wat is het doel van deze chat?"
            rf"^wat is (?:de|het) (?:scope|doel|bedoeling|functie|taak) van {_YOU_NL}$",
            rf"^wat (?:weet|ken|kent) {_YOU_NL}$|^waar (?:weet|heb) {_YOU_NL} (?:iets |alles |"
            r"veel )?"
            r"(?:verstand )?(?:van|over)$",
            r"^waar gaat (?:dit|deze (?:chat)?bot|deze chat) over$",
            r"^(?:welke|wat voor) (?:soort |soorten |type )?(?:vragen|onderwerpen|dingen|"
            r"informatie|"
            r"zaken|themas) (?:kan|kun|kunt|mag|weet|ken|kent|beantwoord|beantwoordt) (?:ik|"
            rf"{_YOU_NL})"
            r"(?: hier| bij je| aan je| via deze chat| me| mij)?(?: stellen| vragen| beantwoorden|"
            r" opvragen| vinden| krijgen)?$",
            r"^hoe (?:werkt|gebruik ik|bedien ik|moet ik) (?:dit|deze (?:chat)?bot|deze chat|dit"
            r" ding|"
            r"dit systeem|deze tool|deze dienst|jou|je|u)(?: het best| het beste)?(?: werken|"
            r" gebruiken)?$",
            r"^hoe moet dit$|^hoe gaat dit in zijn werk$",
            # "hoe kun jij mij helpen?", "hoe stel ik een vraag?"
            rf"^(?:hoe|op welke manier) (?:kan|kun|kunt|zou) {_YOU_NL} (?:me |mij |ons )?"
            r"(?:helpen|verder helpen|van dienst zijn)$",
            r"^hoe (?:stel|vraag|typ) ik (?:hier )?(?:een|mijn) vraag$",
            # "dien ik mijn vraag op een bepaalde wijze te formuleren?"
            r"^(?:moet|dien|hoef|kan|mag) ik (?:mijn|de|een|m'n) (?:vraag|vragen) (?:\w+ ){0,4}"
            r"(?:te )?(?:formuleren|stellen|typen|schrijven|opschrijven)$",
            r"^(?:should|must|do|can) i (?:phrase|word|write|formulate|put) (?:my|a|the) "
            r"questions?(?: \w+){0,4}$",
            r"^(?:ik weet niet|geen idee|weet niet) wat ik (?:moet |kan |zal )?(?:vragen|typen)$",
            r"^wat (?:moet|kan|mag) ik (?:hier )?typen$",
            # "kan ik gewoon vrije vragen stellen?", "mag ik hier alles vragen?"
            r"^(?:kan|mag|kun) ik (?:hier |gewoon |ook |zomaar )*(?:\w+ )?(?:vragen stellen|"
            r"alles vragen|van alles vragen)$",
            r"^(?:geef|toon|laat) (?:me |mij |eens |maar |even )*(?:een |wat |enkele |een paar |"
            r"paar )?"
            r"(?:voorbeeld|voorbeelden|voorbeeldvraag|voorbeeldvragen)(?: zien)?$",
            r"^wat (?:zijn|is) (?:je|jouw|uw) (?:mogelijkheden|functies|opties|commandos)$",
            rf"^wat (?:kan|kun) ik (?:hier |met {_YOU_NL} )(?:mee|doen|vragen)?$",
            # English
            rf"^(?:can|could|would|will) {_YOU_EN} (?:help|assist)(?: me| us)?(?: out)?$",
            rf"^(?:what|wat) (?:can|could|do|does) {_YOU_EN} (?:do|offer|tell me|answer|"
            r"help(?: me| us)? with|help with)(?: for (?:me|us|a \w+(?: like me)?|my company|"
            r"entrepreneurs|companies))?$",
            rf"^(?:how|in what way|in which way) (?:can|could|do|will) {_YOU_EN} (?:help|assist)"
            r"(?: me| us)?$",
            r"^what (?:can|could|should|may|do) i ask(?: you| u)?(?: about)?$|^what (?:can|could|"
            r"may) i (?:use (?:you|u|this) for|do here)$",
            r"^what (?:do|can) (?:you|u) know(?: about)?$|^what do (?:you|u) do$|^what does "
            r"(?:this (?:chat)?bot|this thing|fieldbot) do$",
            r"^(?:what|which) (?:kinds? |sorts? |types? )?(?:of )?(?:questions|things|info|"
            r"information|topics|subjects|stuff) (?:can|could|do|may|should|are) (?:i|you|u) "
            r"(?:able to |allowed to )?(?:ask|answer|help with|help me with|help us with|get|"
            r"know|cover|handle|deal with)(?: about| here| you)?$",
            rf"^how (?:does|do) (?:this|it all|{_YOU_EN}) work$",
            rf"^how (?:do|can|should|would) i (?:use|start using|talk to|work with) (?:this|it|"
            rf"{_YOU_EN})$|^how to use (?:this|{_YOU_EN})$",
            rf"^what (?:are|r) {_YOU_EN} (?:good )?for$|^what is (?:this|this (?:chat)?bot|this"
            r" chat)"
            r" for$|^whats this for$",
            r"^(?:give|show) (?:me )?(?:an |some |a few )?(?:examples?|example questions?|sample "
            r"questions?)$|^show me what (?:you|u) can do$",
            r"^(?:i dont|i do not|dont) know what to (?:ask|type)$|^no idea what to ask$",
            r"^what are (?:your|the) (?:options|commands|features|capabilities|functions)$",
            # "tell me what you can do", "vertel eens wat je kan", "the purpose of this bot"
            r"^(?:can you |could you |please )?(?:explain|tell me|show me) what (?:you|u) "
            r"(?:can )?do$",
            rf"^(?:vertel|leg) (?:me |mij )?(?:uit )?wat {_YOU_NL} (?:kan|kunt|kun|doet|doen)"
            r"(?: doen)?(?: uit)?$",
            rf"^what is the (?:purpose|goal|point|aim) of {_YOU_EN}$",
            r"^was (?:konnen sie|kannst du)(?: alles)?$",
            # "what are you able to do?", "how should I ask my question?", "what is this
            # chat about?"
            rf"^what (?:are|r) {_YOU_EN} (?:able to do|capable of|good at)$",
            r"^how (?:should|do|can|must) i (?:ask|put|type|write) (?:a|my|the) questions?$",
            r"^what is (?:this|this (?:chat)?bot|this chat|this thing) about$|^whats this about$",
        )
    )
)

# Words that carry no meaning for what is asked: "wat kun je eigenlijk?", "ok so what can u
# actually do for me, tl;dr pls".
_FILLERS = frozenset(
    """
    eigenlijk nou nu dan precies zoal allemaal even toch he eh uh uhm euh lol haha hahaha
    please pls plz aub alsjeblieft alstublieft graag trouwens btw actually exactly really
    ff effe kort kortom kortweg briefly quickly tbh
    anyway ok oke okay so well wait then just tldr tl dr hoor zeg say eens ook also maar
    wel echt nog dus wacht sorry but maar
    """.split()
)

# The programme's own words: a question with them is about the programme ("wat weet je over
# de hubs", "hoe werkt een fieldlab").
_DOMAIN = frozenset(
    """
    fieldlab fieldlabs hub hubs smart industry industrie subsidie subsidy actieagenda
    implementatieagenda jaarevent programma programmabureau
    """.split()
)


def names_the_programme(words: list[str]) -> bool:
    """Whether a message uses the programme's own words (a Fieldlab, a Hub, the subsidy)."""
    return bool(_DOMAIN & set(words))


# Who is behind the bot, said with the programme's name in it: "is dit een officiële tool
# van Smart Industry of een third party?" asks about the bot, not the programme.
_WHO_OWNED = re.compile(
    r"^is (?:dit|dat|deze chat|deze bot|this|this chat|this bot) (?:een |n |an? )?(?:\w+ )?"
    r"(?:tool|app|dienst|chatbot|bot|assistent|service|assistant) (?:van|namens|of|door|from|by)\b"
)

# What the bot can do, asked as what it would do with the asker's place: "kun je me vertellen
# welke fieldlabs bij mij in de buurt zitten als ik mijn woonplaats noem?" The place is not told
# yet, so it asks how the bot works, whatever programme words it holds.
_IF_I_TELL = re.compile(
    r"\b(?:als|wanneer|indien) ik (?:je |jou |u )?(?:mijn|mn|onze|de) (?:woonplaats|plaats|"
    r"postcode|gemeente|regio|stad|vestigingsplaats|locatie|adres|provincie) (?:noem|geef|"
    r"doorgeef|vertel|typ|intyp|opgeef|doorgeef)$|\bif i (?:tell|give|send|type) (?:you |u )?"
    r"(?:my|our|the) (?:town|city|location|postcode|postal code|zip code|municipality|region|"
    r"address|province)$"
)

# A courtesy said first: "even voor mijn begrip: wat is de scope van deze bot?"
_COURTESY = re.compile(
    r"^(?:voor mijn begrip|voor de duidelijkheid|uit nieuwsgierigheid|puur uit nieuwsgierigheid|"
    r"just to understand|just so i understand|out of curiosity|for clarity|quick question|"
    r"vraagje|korte vraag) "
)

# "wat kun je allemaal, alleen Smart Industry?": the domain named as a guess at the answer.
_ONLY_DOMAIN = re.compile(r" (?:alleen|enkel|only|just)(?: over| about)?(?: \w+){1,2}$")

_ASKED_INDIRECTLY_OPENINGS = (
    "mag ik ", "may i ask", "can i ask", "could i ask", "ik vroeg me af", "i wonder"
)  # fmt: skip
_ASKED_INDIRECTLY = re.compile(
    r"^(?:mag ik (?:je |jou |u )?vragen|may i ask|can i ask|could i ask|ik vroeg me af|i wonder)"
    r" (wie|wat|who|what) (?:(je|jij|u|you) (bent|ben|are))$"
)


def about_the_bot(words: list[str]) -> str | None:
    """The smalltalk entry a question to the bot about itself asks for ("smalltalk.who",
    "smalltalk.help"), or None when it asks about something else."""
    return _about_the_bot(tuple(words))


# Pure on the words; an answer asks it of a clause's own words again for each reading it
# tries (the subject borrowed, a pronoun filled in), and each asking tries every cut.
@lru_cache(maxsize=4096)
def _about_the_bot(words: tuple[str, ...]) -> str | None:
    # "ben je een mens of een programma?": "programma" said of the bot is no programme
    said = [
        w
        for at, w in enumerate(words)
        if not (w == "programma" and words[at - 1 : at] in (("een",), ("n",)))
    ]
    kept = [w for w in words if w not in _FILLERS]
    if not kept:
        return None
    plain = _COURTESY.sub("", " ".join(kept))
    if _WHO_OWNED.search(plain):
        return "smalltalk.who"
    if _IF_I_TELL.search(plain):
        return "smalltalk.help"
    guessed = _ONLY_DOMAIN.search(plain)
    if guessed and set(guessed.group().split()) - _DOMAIN <= {
        "alleen",
        "enkel",
        "only",
        "just",
        "over",
        "about",
    }:
        plain = plain[: guessed.start()]
        said = [w for w in said if w not in _DOMAIN]
    if _DOMAIN & set(said):
        return None
    return _asks_itself(plain) or _two_asks(plain.split()) or _after_a_remark(plain.split())


def _asks_itself(plain: str) -> str | None:
    """The smalltalk entry one question to the bot about itself asks, or None."""
    # "mag ik vragen wie jij bent?", "may I ask what you are?": asked indirectly, the verb last
    if plain.startswith(_ASKED_INDIRECTLY_OPENINGS):  # what the pattern can start with
        plain = _ASKED_INDIRECTLY.sub(r"\1 \3 \2", plain)
    if _WHO.search(plain):
        return "smalltalk.who"
    if _HELP.search(plain):
        return "smalltalk.help"
    return None


# The words of a remark said first in one breath: "haha ja dat dacht ik al wat kun jij dan
# wel", "oh jammer wat kun je wel".
_REMARK_WORDS = frozenset(
    """
    haha hahaha ja nee jawel neen oke ok okay oh ah aha hmm hm jammer helaas dat dacht ik al
    snap begrijp klopt dus zo niet wel yes no yeah nope sure i see thought so figures
    """.split()
)


def _after_a_remark(kept: list[str]) -> str | None:
    """A question to the bot after a remark that asks nothing, said without a stop."""
    for cut in range(1, len(kept) - 1):
        if kept[cut - 1] not in _REMARK_WORDS:
            return None
        found = _asks_itself(" ".join(kept[cut:]))
        if found is not None:
            return found
    return None


def _two_asks(kept: list[str]) -> str | None:
    """Two questions about the bot said in one breath: "hoe werkt dit moet ik iets speciaals
    typen" is "hoe werkt dit" and "moet ik iets speciaals typen". Both parts must ask about
    the bot; the first one's entry answers."""
    for cut in range(2, len(kept) - 1):
        first = _asks_itself(" ".join(kept[:cut]))
        if first is not None and _asks_itself(" ".join(kept[cut:])) is not None:
            return first
    return None
