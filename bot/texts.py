"""Every user-facing text of Fieldbot, in Dutch and English: core answers and the channels.

Texts are plain: each channel escapes them for its medium. A few Telegram texts are HTML
templates, named `*_html`; their placeholders are filled with values escaped beforehand.
`tests/test_texts.py` checks that every key has both languages.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

LANGS = ("nl", "en")

TEXTS: dict[str, dict[str, str]] = {
    # -- answers of the core ------------------------------------------------------------
    "fallback": {
        "nl": (
            "Dat staat niet in mijn bronnen. Met uw vraag kunt u altijd terecht bij een "
            "regionale Smart Industry Hub: iedere ondernemer kan daar aankloppen."
        ),
        "en": (
            "That is not in my sources. You can always take your question to a "
            "regional Smart Industry Hub: every entrepreneur is welcome there."
        ),
    },
    "said_all_known": {
        "nl": (
            "Meer dan in mijn vorige antwoord staat daarover niet in mijn bronnen. Met uw vraag "
            "kunt u altijd terecht bij een regionale Smart Industry Hub: iedere ondernemer kan "
            "daar aankloppen."
        ),
        "en": (
            "My sources say no more about that than my previous answer. You can always take "
            "your question to a regional Smart Industry Hub: every entrepreneur is welcome there."
        ),
    },
    "fallback_own_hub": {
        "nl": (
            "Dat staat niet in mijn bronnen. Voor uw regio kunt u met uw vraag terecht bij "
            "{hub}{website}."
        ),
        "en": (
            "That is not in my sources. In your region you can take your question "
            "to {hub}{website}."
        ),
    },
    "did_you_mean": {"nl": "Bedoelde u misschien:", "en": "Did you perhaps mean:"},
    "contact_not_passed": {
        "nl": (
            "Telefoonnummers en e-mailadressen geef ik niet door, en ik bel of mail niemand: "
            "ik heb ze niet bewaard. Neem gerust zelf contact op met uw regionale Hub."
        ),
        "en": (
            "I don't pass on phone numbers or e-mail addresses, and I don't call or e-mail "
            "anyone: I have not kept them. Feel free to contact your regional Hub yourself."
        ),
    },
    "link_only": {
        "nl": (
            "Links open ik niet. Stel uw vraag gerust in woorden, over de Smart Industry "
            "Fieldlabs, de Hubs of de resultaten."
        ),
        "en": (
            "I don't open links. Feel free to ask your question in words, about the Smart "
            "Industry Fieldlabs, the Hubs or the results."
        ),
    },
    # "ok", "top!", "helder" after an answer: taken in, no request for feedback.
    "acknowledged": {
        "nl": "Fijn! Heeft u nog een vraag, stel hem gerust.",
        "en": "Good! If you have another question, just ask.",
    },
    "empty": {
        "nl": "Stel gerust een vraag over de Smart Industry Fieldlabs, de Hubs of de resultaten.",
        "en": "Feel free to ask about the Smart Industry Fieldlabs, the Hubs or the results.",
    },
    "too_long": {
        "nl": "Dat is een lange tekst; ik heb vooral de vragen erin gelezen.",
        "en": "That is a long text; I mainly read the questions in it.",
    },
    "source": {"nl": "Bron", "en": "Source"},
    "related": {"nl": "Zie ook:", "en": "See also:"},
    "examples": {
        "nl": (
            "Hoeveel banen hebben de Fieldlabs opgeleverd?\n"
            "Wat is een Smart Industry Hub?\n"
            "Welke fieldlabs zijn er in Delft?"
        ),
        "en": (
            "How many jobs did the Fieldlabs create?\n"
            "What is a Smart Industry Hub?\n"
            "Which Fieldlabs are in Delft?"
        ),
    },
    "national": {
        "nl": (
            "Het landelijke Smart Industry-programma is bereikbaar via https://smartindustry.nl."
        ),
        "en": "The national Smart Industry programme can be reached via https://smartindustry.nl.",
    },
    "hub_unnamed_in_text": {
        "nl": "een Hub waarvan de naam niet in onze bronnen staat",
        "en": "a Hub whose name is not in our sources",
    },
    "card_website": {"nl": "Website", "en": "Website"},
    "theme.robotica": {"nl": "robotica", "en": "robotics"},
    "theme.3d-printen": {"nl": "3D-printen", "en": "3D printing"},
    "theme.onderhoud": {"nl": "onderhoud", "en": "maintenance"},
    "theme.bouw": {"nl": "bouw", "en": "construction"},
    "theme.composieten": {"nl": "composieten", "en": "composites"},
    "theme.optica": {"nl": "optica", "en": "optics"},
    "theme.iot": {"nl": "Internet of Things", "en": "Internet of Things"},
    "theme.5g": {"nl": "5G", "en": "5G"},
    "theme.landbouw": {"nl": "landbouw", "en": "agriculture"},
    "theme.scholing": {"nl": "scholing en vaardigheden", "en": "skills and training"},
    "theme.sociale-innovatie": {"nl": "sociale innovatie", "en": "social innovation"},
    "theme.slimme-fabriek": {"nl": "slimme fabriek", "en": "smart factory"},
    "theme.metaal": {"nl": "metaalbewerking", "en": "metalworking"},
    "record_website": {
        "nl": "De website van {name} is {website}.",
        "en": "The website of {name} is {website}.",
    },
    "record_asked_unknown": {
        "nl": "Dat staat over {name} niet in mijn bronnen.",
        "en": "My sources do not say that about {name}.",
    },
    "record_website_unknown": {
        "nl": "De website van {name} staat niet in mijn bronnen.",
        "en": "The website of {name} is not in my sources.",
    },
    "premise_yes": {"nl": "Ja.", "en": "Yes."},
    # "dus het is een soort werkplaats?": the asker's own words are not checked, the
    # sources' are given again
    "said_back": {
        "nl": "Zo zeggen mijn bronnen het:",
        "en": "This is how my sources put it:",
    },
    "premise_earlier": {
        "nl": "Dat was een eerder cijfer.",
        "en": "That was an earlier figure.",
    },
    "premise_town_unknown": {
        "nl": "In welke plaats precies staat niet in mijn bronnen, alleen de provincie.",
        "en": "My sources do not name the town, only the province.",
    },
    "premise_no": {
        "nl": "Nee, volgens mijn bronnen niet.",
        "en": "No, not according to my sources.",
    },
    "claim_figure_absent": {
        "nl": "Dat cijfer staat niet in mijn bronnen.",
        "en": "My sources do not give that figure.",
    },
    "claim_first_said": {
        "nl": "Over 'de eerste' zeggen mijn bronnen dit:",
        "en": "This is what my sources say about 'the first':",
    },
    "claim_first_unconfirmed": {
        "nl": "Dat het de eerste was, staat zo niet in mijn bronnen.",
        "en": "My sources do not say it was the first.",
    },
    "premise_elsewhere": {
        "nl": "{value} is in mijn bronnen een ander cijfer: {sentence}",
        "en": "In my sources {value} is another figure: {sentence}",
    },
    "record_hub_province_yes": {
        "nl": "Ja, {name} is de Smart Industry Hub voor {province}.",
        "en": "Yes, {name} is the Smart Industry Hub for {province}.",
    },
    "record_hub_province_no": {
        "nl": "Nee, volgens mijn bronnen is {name} de Smart Industry Hub voor {where}.",
        "en": "No, according to my sources {name} is the Smart Industry Hub for {where}.",
    },
    "record_hub_province_other": {
        "nl": "Voor {province} noemen mijn bronnen {hub}.",
        "en": "For {province} my sources name {hub}.",
    },
    "record_hub_province_none": {
        "nl": "Voor {province} noemen mijn bronnen geen Hub.",
        "en": "For {province} my sources name no Hub.",
    },
    "record_price_unknown": {
        "nl": "Wat deelname aan {name} kost, staat niet in mijn bronnen.",
        "en": "What taking part in {name} costs is not in my sources.",
    },
    "record_yearly_unknown": {
        "nl": "Een budget per jaar van {name} staat niet in mijn bronnen.",
        "en": "A yearly budget of {name} is not in my sources.",
    },
    "record_hours_unknown": {
        "nl": "De openingstijden van {name} staan niet in mijn bronnen.",
        "en": "The opening hours of {name} are not in my sources.",
    },
    "record_offices_unknown": {
        "nl": "Welke vestigingen {name} heeft, staat niet in mijn bronnen.",
        "en": "Which offices {name} has is not in my sources.",
    },
    "record_address_unknown": {
        "nl": "Het adres van {name} staat niet in mijn bronnen.",
        "en": "The address of {name} is not in my sources.",
    },
    "record_ask_website": {
        "nl": "Vraag het na via {website}.",
        "en": "You can ask via {website}.",
    },
    "record_ask_hub": {
        "nl": "Vraag het na bij {hub} ({website}).",
        "en": "You can ask {hub} ({website}).",
    },
    "person_contact_unknown": {
        "nl": "De contactgegevens van {name} staan niet in mijn bronnen.",
        "en": "The contact details of {name} are not in my sources.",
    },
    "record_contact_unknown": {
        "nl": "Contactgegevens van {name} staan niet in mijn bronnen.",
        "en": "Contact details of {name} are not in my sources.",
    },
    "next_event_unknown": {
        "nl": (
            "Wanneer het volgende evenement is, staat niet in mijn bronnen: die vertellen over "
            "wat al geweest is. Kijk voor wat er komt op smartindustry.nl of vraag het uw "
            "regionale Hub. Het laatste dat ik ken, staat hieronder."
        ),
        "en": (
            "When the next event is, is not in my sources: they tell of what has been. For "
            "what is coming, see smartindustry.nl or ask your regional Hub. The last one I "
            "know of is below."
        ),
    },
    "person_now_unknown": {
        "nl": "Wat {name} nu doet, staat niet in mijn bronnen; wel wat ze toen schreven.",
        "en": "What {name} does today is not in my sources, only what they wrote then.",
    },
    "mentioned_only": {
        "nl": (
            "Een eigen beschrijving van {name} staat niet in mijn bronnen; ze noemen het "
            "alleen zo:"
        ),
        "en": (
            "My sources have no description of {name} of its own; they only mention it like this:"
        ),
    },
    "record_person_unknown": {
        "nl": "Een contactpersoon van {name} staat niet in mijn bronnen.",
        "en": "A contact person for {name} is not in my sources.",
    },
    "record_people": {"nl": "Bij {name} genoemd: {people}.", "en": "Named at {name}: {people}."},
    "record_labs": {
        "nl": "Bij {name} horen volgens mijn bronnen deze Fieldlabs: {labs}.",
        "en": "According to my sources these Fieldlabs belong to {name}: {labs}.",
    },
    "record_labs_unknown": {
        "nl": "Welke Fieldlabs bij {name} horen, staat niet in mijn bronnen.",
        "en": "Which Fieldlabs belong to {name} is not in my sources.",
    },
    "record_lead": {"nl": "{name} wordt geleid door {lead}.", "en": "{name} is led by {lead}."},
    "record_lead_unknown": {
        "nl": "Wie {name} leidt, staat niet in mijn bronnen.",
        "en": "Who leads {name} is not in my sources.",
    },
    "record_stopped": {
        "nl": "{name} is gestopt{when}.",
        "en": "{name} has stopped{when}.",
    },
    "record_active": {
        "nl": "{name} is volgens mijn bronnen actief{when}.",
        "en": "According to my sources {name} is active{when}.",
    },
    "record_status_unknown": {
        "nl": (
            "Of {name} nog actief is, staat niet in mijn bronnen; ik weet niet dat het gestopt is."
        ),
        "en": "Whether {name} is still active is not in my sources; I know of no end to it.",
    },
    "record_successor": {"nl": "Het vervolg: {successor}.", "en": "Its successor: {successor}."},
    "record_successor_unknown": {
        "nl": "Een opvolger van {name} staat niet in mijn bronnen.",
        "en": "A successor of {name} is not in my sources.",
    },
    "record_is_hub": {
        "nl": "{name} is zelf een regionale Smart Industry Hub.",
        "en": "{name} is itself a regional Smart Industry Hub.",
    },
    "record_is_lab": {
        "nl": "{name} is zelf een Smart Industry Fieldlab.",
        "en": "{name} is itself a Smart Industry Fieldlab.",
    },
    "record_hub_region_only": {
        "nl": "{name} is de Smart Industry Hub voor {region}.",
        "en": "{name} is the Smart Industry Hub for {region}.",
    },
    "record_hub_region": {
        "nl": "{name} is de Smart Industry Hub voor {region} ({provinces}).",
        "en": "{name} is the Smart Industry Hub for {region} ({provinces}).",
    },
    "record_hub_region_unconfirmed": {
        "nl": (
            "{name} werkt in {region}; welke provincies precies ({provinces}?) bevestigen mijn "
            "bronnen niet."
        ),
        "en": (
            "{name} works in {region}; my sources do not confirm exactly which provinces "
            "({provinces}?)."
        ),
    },
    "record_where_unknown": {
        "nl": "Waar {name} zit, staat niet in mijn bronnen.",
        "en": "Where {name} is located is not in my sources.",
    },
    "record_hub_unknown": {
        "nl": "Bij welke Hub {name} hoort, staat niet in mijn bronnen.",
        "en": "Which Hub {name} belongs to is not in my sources.",
    },
    "record_labs_hub": {
        "nl": "{names} horen bij dezelfde Hub: {hub}.",
        "en": "{names} belong to the same Hub: {hub}.",
    },
    "record_lab_hub": {
        "nl": "{name} hoort bij {hub}.",
        "en": "{name} belongs to {hub}.",
    },
    "record_lab_where": {"nl": "{name} zit in {where}.", "en": "{name} is in {where}."},
    "record_lab_themes": {"nl": "Thema's: {themes}.", "en": "Themes: {themes}."},
    "record_lab_site": {"nl": "Precieze plek: {site}.", "en": "The exact site: {site}."},
    "route_hub": {
        "nl": (
            "Voor ondernemers in {where} is {hub}{site} de regionale Smart Industry Hub. U kunt "
            "daar met uw vraag aankloppen."
        ),
        "en": (
            "For entrepreneurs in {where} the regional Smart Industry Hub is {hub}{site}. You can "
            "take your question there."
        ),
    },
    "route_stopped": {
        "nl": "De Smart Industry Hub voor {where} was {hub}{site}, maar die is gestopt.",
        "en": "The Smart Industry Hub for {where} was {hub}{site}, but it has stopped.",
    },
    "route_stopped_successor": {
        "nl": (
            "De Smart Industry Hub voor {where} was {hub}{site}, maar die is gestopt. Het vervolg "
            "is {successor}."
        ),
        "en": (
            "The Smart Industry Hub for {where} was {hub}{site}, but it has stopped. Its "
            "successor is {successor}."
        ),
    },
    "route_unconfirmed": {
        "nl": (
            "Onze bronnen bevestigen niet welke Hub {where} bedient. Waarschijnlijk is dat "
            "{hub}{led}, maar dat staat niet vast."
        ),
        "en": (
            "Our sources do not confirm which Hub serves {where}. It is probably {hub}{led}, but "
            "that is not certain."
        ),
    },
    "route_led": {
        "nl": " (met {lead} als trekker)",
        "en": " (led by {lead})",
    },
    "other_language": {
        "nl": "Ik antwoord in het Nederlands of het Engels (I answer in Dutch or English).",
        "en": "I answer in English or Dutch (ik antwoord in het Engels of het Nederlands).",
    },
    "postcode_unknown": {
        "nl": (
            "Aan een postcode zie ik niet in welke provincie u zit. Noem uw plaats of "
            "provincie, dan zoek ik de Hub of de Fieldlabs erbij."
        ),
        "en": (
            "I cannot tell the province from a postcode. Name your town or province and I "
            "will look up the Hub or the Fieldlabs there."
        ),
    },
    "region_provinces": {
        "nl": (
            "De {region} ligt in meer provincies: {provinces} en {last}. In welke provincie "
            "of plaats zit uw bedrijf? Dan zoek ik de Hub erbij."
        ),
        "en": (
            "The {region} spans several provinces: {provinces} and {last}. Which province or "
            "town is your company in? Then I will look up its Hub."
        ),
    },
    "route_none": {
        "nl": "Welke Smart Industry Hub {where} bedient, staat niet in onze bronnen.",
        "en": "Which Smart Industry Hub serves {where} is not in our sources.",
    },
    "abroad": {
        "nl": (
            "Mijn bronnen gaan alleen over Nederland: Fieldlabs en Hubs in {country} staan er "
            "niet in. Voor Nederland help ik u graag verder."
        ),
        "en": (
            "My sources only cover the Netherlands: Fieldlabs and Hubs in {country} are not in "
            "them. For the Netherlands I'm glad to help."
        ),
    },
    "unknown_place": {
        "nl": (
            "De plaats '{place}' ken ik niet. Noem uw provincie of een grotere plaats in de "
            "buurt, dan zoek ik de Hub of de Fieldlabs erbij."
        ),
        "en": (
            "I don't know the place '{place}'. Tell me your province or a larger town nearby and "
            "I'll look up the Hub or the Fieldlabs."
        ),
    },
    "labs_in": {
        "nl": "Fieldlabs in {place} volgens onze gegevens:",
        "en": "Fieldlabs in {place} according to our records:",
    },
    "labs_none_in": {
        "nl": "In onze gegevens staat geen Fieldlab in {place}.",
        "en": "Our records list no Fieldlab in {place}.",
    },
    "labs_nearby": {"nl": "Wel in {province}:", "en": "In {province} there are:"},
    "labs_nearby_on": {
        "nl": "Wel in {province}, voor {theme}:",
        "en": "In {province} there are these on {theme}:",
    },
    "labs_province_also": {
        "nl": "Elders in de provincie {province}: {names}.",
        "en": "Elsewhere in the province of {province}: {names}.",
    },
    "labs_province_no_others": {
        "nl": "Elders in de provincie {province} staan geen andere Fieldlabs in onze gegevens.",
        "en": "Our records list no other Fieldlabs elsewhere in the province of {province}.",
    },
    "labs_on": {"nl": "Fieldlabs die werken aan {theme}:", "en": "Fieldlabs working on {theme}:"},
    "labs_in_on": {
        "nl": "Fieldlabs in {place} die werken aan {theme}:",
        "en": "Fieldlabs in {place} working on {theme}:",
    },
    "labs_none_on_in": {
        "nl": "Een Fieldlab voor {theme} in {place} staat niet in onze gegevens.",
        "en": "Our records list no Fieldlab on {theme} in {place}.",
    },
    "labs_none_on": {
        "nl": "In onze gegevens staat geen Fieldlab met het thema {theme}.",
        "en": "Our records list no Fieldlab on {theme}.",
    },
    "hubs_list": {
        "nl": "Er zijn vijf regionale Smart Industry Hubs. In mijn bronnen:",
        "en": "There are five regional Smart Industry Hubs. In my sources:",
    },
    "unsure": {
        "nl": "Ik weet niet zeker wat u bedoelt.",
        "en": "I'm not sure what you mean.",
    },
    "which_of_list": {
        "nl": "Welke van de genoemde bedoelt u?",
        "en": "Which of the ones listed do you mean?",
    },
    "which_of_named": {
        "nl": "Mijn vorige antwoord noemde er meer. Welke bedoelt u?",
        "en": "My last answer named more than one. Which one do you mean?",
    },
    "refers_to": {
        "nl": (
            "Waar verwijst u naar? Noem het Fieldlab, de Hub of het onderwerp erbij, "
            "dan zoek ik het op."
        ),
        "en": (
            "What are you referring to? Name the Fieldlab, Hub or topic and I will look it up."
        ),
    },
    "out_of_scope": {
        "nl": (
            "Daar kan ik u niet mee helpen: ik beantwoord vragen over de Smart Industry "
            "Fieldlabs, de regionale Smart Industry Hubs en de resultaten van het programma."
        ),
        "en": (
            "That is outside what I know: I answer questions about the Smart Industry Fieldlabs, "
            "the regional Smart Industry Hubs and the programme's results."
        ),
    },
    "fallback_own_hub_stopped": {
        "nl": (
            "Dat staat niet in mijn bronnen. De Hub voor uw regio was {hub}{website}; die is "
            "gestopt, maar kijk op smartindustry.nl voor het vervolg."
        ),
        "en": (
            "That is not in my sources. The Hub for your region was {hub}{website}; it has "
            "stopped, but see smartindustry.nl for its successor."
        ),
    },
    "greet": {"nl": "Hallo!", "en": "Hello!"},
    "greet_morning": {"nl": "Goedemorgen!", "en": "Good morning!"},
    "greet_afternoon": {"nl": "Goedemiddag!", "en": "Good afternoon!"},
    "greet_evening": {"nl": "Goedenavond!", "en": "Good evening!"},
    "sources": {"nl": "Bronnen", "en": "Sources"},
    # A question that asks for the link of what it names: the full addresses of the sources.
    "links_asked": {"nl": "De link:", "en": "The link:"},
    "links_asked_many": {"nl": "De links:", "en": "The links:"},
    # "waarom verschillen die cijfers?": the dated figures of one fact side by side.
    "figures_differ": {
        "nl": (
            "De cijfers verschillen omdat ze uit verschillende bronnen komen en voor "
            "verschillende data of periodes gelden; niet elke bron telt op dezelfde manier. "
            "Per bron:"
        ),
        "en": (
            "The figures differ because they come from different sources and hold for "
            "different dates or periods; not every source counts the same way. By source:"
        ),
    },
    "sources_of": {
        "nl": "De bronnen van mijn vorige antwoord:",
        "en": "The sources of my last answer:",
    },
    "figure_said": {
        "nl": "Het cijfer in mijn vorige antwoord: “{said}”",
        "en": "The figure in my last answer: “{said}”",
    },
    "no_sources": {"nl": "Bij dat antwoord staat geen bron.", "en": "That answer has no source."},
    "no_more": {"nl": "Meer heb ik daar niet over.", "en": "I have nothing more on that."},
    "more_about": {"nl": "Hier kan ik meer over vertellen:", "en": "I can tell you more about:"},
    "year_not_known": {
        "nl": "Over {year} staat dat niet in mijn bronnen.",
        "en": "My sources do not say that for {year}.",
    },
    "figure_earliest": {
        "nl": "Het eerste cijfer in mijn bronnen is van {date}:",
        "en": "The earliest figure in my sources is from {date}:",
    },
    "figure_latest": {
        "nl": "Het nieuwste cijfer in mijn bronnen is van {date}:",
        "en": "The newest figure in my sources is from {date}:",
    },
    "unknown_fieldlab": {
        "nl": "Een Fieldlab met de naam '{name}' staat niet in mijn bronnen.",
        "en": "A Fieldlab named '{name}' is not in my sources.",
    },
    "hub_stopped_short": {"nl": "gestopt", "en": "stopped"},
    "no_sources_yet": {
        "nl": "Stel eerst een vraag; daarna toon ik hier alle bronnen van het antwoord.",
        "en": "Ask a question first; then I'll list every source of the answer here.",
    },
    "figure_none_for_year": {
        "nl": "Voor {year} heb ik geen cijfer.",
        "en": "I have no figure for {year}.",
    },
    # -- the Telegram channel ----------------------------------------------------------
    "welcome": {
        "nl": (
            "Welkom bij Fieldbot! Ik beantwoord vragen over de Smart Industry Fieldlabs, de "
            "regionale Smart Industry Hubs en de resultaten van het programma, met bron en "
            "datum bij elk cijfer.\n\n"
            "Stel uw vraag in gewone woorden, of tik op een voorbeeld:"
        ),
        "en": (
            "Welcome to Fieldbot! I answer questions about the Smart Industry Fieldlabs, the "
            "regional Smart Industry Hubs and the programme's results, with the source and date "
            "of every figure.\n\n"
            "Ask your question in plain words, or tap an example:"
        ),
    },
    "welcome_hub": {
        "nl": (
            "Uw regionale Smart Industry Hub is {hub}: ik onthoud uw regio (wijzigen met /regio)."
        ),
        "en": (
            "Your regional Smart Industry Hub is {hub}: I'll remember your region (/region "
            "changes it)."
        ),
    },
    "help": {
        "nl": (
            "Stel uw vraag gewoon in gewone taal, in het Nederlands of het Engels. "
            "Weet ik het niet zeker, dan stel ik vragen voor die erop lijken, of verwijs ik u "
            "naar uw regionale Hub.\n\n"
            "/fieldlabs – Fieldlabs per provincie of per thema\n"
            "/hubs – de regionale Smart Industry Hubs\n"
            "/regio – uw plaats of provincie, zodat ik uw eigen Hub kan noemen\n"
            "/lang – Nederlands of English\n"
            "/privacy – wat ik bewaar\n"
            "/forget – wis alles wat ik over u bewaar\n"
            "/whoami – uw Telegram-id (voor Hub-medewerkers)\n\n"
            "In een groep reageer ik alleen als u mij noemt ({mention}) of op mij antwoordt. "
            "In elk gesprek kunt u ook {mention} gevolgd door een vraag typen."
        ),
        "en": (
            "Just ask your question in plain words, in English or Dutch. If I'm not sure, "
            "I suggest similar questions or point you to your regional Hub.\n\n"
            "/fieldlabs – Fieldlabs by province or by theme\n"
            "/hubs – the regional Smart Industry Hubs\n"
            "/region – your town or province, so I can name your own Hub\n"
            "/lang – Nederlands or English\n"
            "/privacy – what I keep\n"
            "/forget – erase everything I keep about you\n"
            "/whoami – your Telegram id (for Hub staff)\n\n"
            "In a group I only respond when you mention me ({mention}) or reply to me. "
            "In any chat you can also type {mention} followed by a question."
        ),
    },
    "help_admin": {
        "nl": (
            "Voor Hub-medewerkers: /stats – cijfers van vandaag en de afgelopen week, "
            "/unanswered – vragen die ik niet kon beantwoorden (met knoppen om ze toe te voegen), "
            "/reload – de kennis nu opnieuw laden, /export – de kennisbestanden; stuur een "
            "aangepast .yaml-bestand terug om het te installeren, /history – de laatste "
            "wijzigingen, /undo – de laatste wijziging ongedaan maken."
        ),
        "en": (
            "For Hub staff: /stats – figures for today and the past week, /unanswered – "
            "questions I could not answer (with buttons to add them), /reload – reload the "
            "knowledge now, /export – the knowledge files; send an edited .yaml file back to "
            "install it, /history – the last changes, /undo – revert the last change."
        ),
    },
    "lang_set": {
        "nl": "Ik antwoord voortaan in het Nederlands.",
        "en": "From now on I'll answer in English.",
    },
    "lang_choose": {
        "nl": "In welke taal wilt u antwoord? Tik op een taal, of typ /lang nl of /lang en.",
        "en": "Which language would you like answers in? Tap one, or type /lang nl or /lang en.",
    },
    "privacy": {
        "nl": (
            "Wat Fieldbot bewaart, in een database bij de beheerder van deze bot:\n"
            "• Per vraag die u stelt (ook via @-vragen in andere gesprekken): de tekst van de "
            "vraag (zonder telefoonnummers en e-mailadressen), welk antwoord u kreeg en hoe "
            "zeker dat was, de taal, het soort gesprek "
            "(privé of groep) en het tijdstip.\n"
            "• Uw 👍 of 👎 bij een antwoord.\n"
            "• Uw taalkeuze (/lang) en uw regio (/regio).\n\n"
            "Dat alles staat onder een gepseudonimiseerde sleutel: een code die met een geheime "
            "sleutel uit uw Telegram-id wordt berekend. Uw id, naam of gebruikersnaam staan "
            "nergens in de database of in de logregels. Hub-medewerkers zien alleen aantallen "
            "en vragen zonder afzender, om de bot te verbeteren.\n\n"
            "Vragen en stemmen worden na {days} dagen automatisch gewist; uw taal- en "
            "regiokeuze blijven bewaard tot u ze wist. Met /forget wist u direct alles wat over "
            "u is opgeslagen."
        ),
        "en": (
            "What Fieldbot keeps, in a database run by the operator of this bot:\n"
            "• For each question you ask (also @-questions in other chats): the text of the "
            "question (without phone numbers and e-mail addresses), which answer you got and "
            "how sure it was, the language, the kind of chat "
            "(private or group) and the time.\n"
            "• Your 👍 or 👎 on an answer.\n"
            "• Your language choice (/lang) and your region (/region).\n\n"
            "All of it is filed under a pseudonymous key: a code computed from your Telegram id "
            "with a secret key. Your id, name or username are nowhere in the database or in "
            "the logs. Hub staff only see counts and questions without their sender, to improve "
            "the bot.\n\n"
            "Questions and votes are deleted automatically after {days} days; your language "
            "and region stay until you erase them. /forget erases everything kept about you at "
            "once."
        ),
    },
    "forget_done": {
        "nl": (
            "Gedaan: alles wat ik over u had opgeslagen is gewist (vragen, stemmen en "
            "voorkeuren; {count} in totaal). Uw taal en regio staan weer op de standaard."
        ),
        "en": (
            "Done: everything I had stored about you has been erased (questions, votes and "
            "preferences; {count} in all). Your language and region are back to the default."
        ),
    },
    "forget_none": {
        "nl": "Er stond niets over u opgeslagen, dus er viel niets te wissen.",
        "en": "Nothing about you was stored, so there was nothing to erase.",
    },
    "forget_failed": {
        "nl": (
            "Het lukt nu niet om uw gegevens volledig te wissen, omdat de database even niet "
            "bereikbaar is. Probeer /forget over een paar minuten opnieuw; pas dan is alles "
            "gewist."
        ),
        "en": (
            "I can't erase all your data right now because the database is briefly "
            "unavailable. Please try /forget again in a few minutes; only then is everything "
            "erased."
        ),
    },
    "region_set": {
        "nl": "Uw regio is nu {province}.",
        "en": "Your region is now {province}.",
    },
    "region_set_place": {
        "nl": "{place} ligt in {province}; uw regio is nu {province}.",
        "en": "{place} is in {province}; your region is now {province}.",
    },
    "region_current": {
        "nl": "Uw regio is {province}.",
        "en": "Your region is {province}.",
    },
    "region_hub": {
        "nl": (
            "Uw regionale Smart Industry Hub is {hub}{website}. Weet ik het antwoord op een "
            "vraag niet, dan verwijs ik u daarheen."
        ),
        "en": (
            "Your regional Smart Industry Hub is {hub}{website}. When I don't know the answer "
            "to a question, I'll point you there."
        ),
    },
    "region_hub_unconfirmed": {
        "nl": (
            "Onze bronnen bevestigen niet welke Hub {province} bedient (mogelijk {hub}). Het "
            "landelijke Smart Industry-programma is bereikbaar via https://smartindustry.nl."
        ),
        "en": (
            "Our sources do not confirm which Hub serves {province} (possibly {hub}). The "
            "national Smart Industry programme can be reached via https://smartindustry.nl."
        ),
    },
    "region_no_hub": {
        "nl": (
            "Welke Smart Industry Hub {province} bedient, staat niet in onze bronnen. Het "
            "landelijke Smart Industry-programma is bereikbaar via https://smartindustry.nl."
        ),
        "en": (
            "Which Smart Industry Hub serves {province} is not in our sources. The national "
            "Smart Industry programme can be reached via https://smartindustry.nl."
        ),
    },
    "region_change": {
        "nl": "Wijzigen: /regio gevolgd door uw plaats of provincie. Wissen: /regio wis.",
        "en": "To change it: /region and your town or province. To clear it: /region clear.",
    },
    "region_none": {
        "nl": (
            "U heeft nog geen regio ingesteld. Typ /regio gevolgd door uw plaats of provincie, "
            "bijvoorbeeld /regio Enschede. Kan ik een vraag niet beantwoorden, dan noem ik "
            "daarna uw eigen regionale Hub."
        ),
        "en": (
            "You have not set a region yet. Type /region followed by your town or province, "
            "for example /region Enschede. When I can't answer a question, I'll then name your "
            "own regional Hub."
        ),
    },
    "region_unknown": {
        "nl": (
            "De plaats ‘{place}’ ken ik niet. Noem uw provincie of een grotere plaats in de "
            "buurt, bijvoorbeeld /regio Overijssel of /regio Utrecht."
        ),
        "en": (
            "I don't know the place ‘{place}’. Give your province or a larger town nearby, "
            "for example /region Overijssel or /region Utrecht."
        ),
    },
    "region_cleared": {
        "nl": "Uw regio is gewist.",
        "en": "Your region has been cleared.",
    },
    "whoami_html": {
        "nl": (
            "Uw Telegram-gebruikers-id is <code>{user_id}</code>.\n"
            "Hub-medewerkers: geef dit nummer aan de beheerder, die het in BOT_ADMIN_IDS zet."
        ),
        "en": (
            "Your Telegram user id is <code>{user_id}</code>.\n"
            "Hub staff: give this number to the administrator, who adds it to BOT_ADMIN_IDS."
        ),
    },
    "whoami_admin": {
        "nl": "U staat al in BOT_ADMIN_IDS.",
        "en": "You are already in BOT_ADMIN_IDS.",
    },
    "whoami_group": {
        "nl": "Stuur /whoami in een privégesprek met mij, dan blijft uw id privé.",
        "en": "Send /whoami in a private chat with me, so your id stays private.",
    },
    "fieldlabs_menu": {
        "nl": "Er staan {count} Fieldlabs in mijn kennis. Hoe wilt u zoeken?",
        "en": "There are {count} Fieldlabs in my knowledge. How would you like to browse?",
    },
    "by_province": {"nl": "📍 Per provincie", "en": "📍 By province"},
    "by_theme": {"nl": "🛠 Per thema", "en": "🛠 By theme"},
    "hubs_button": {"nl": "🏛 Regionale Hubs", "en": "🏛 Regional Hubs"},
    "provinces_title": {
        "nl": "Fieldlabs per provincie. Kies een provincie:",
        "en": "Fieldlabs by province. Choose a province:",
    },
    "themes_title": {
        "nl": "Fieldlabs per thema. Kies een thema:",
        "en": "Fieldlabs by theme. Choose a theme:",
    },
    "labs_in_province": {"nl": "Fieldlabs in {name}", "en": "Fieldlabs in {name}"},
    "labs_on_theme": {"nl": "Fieldlabs: {name}", "en": "Fieldlabs: {name}"},
    "labs_of_hub": {"nl": "Fieldlabs van {name}", "en": "Fieldlabs of {name}"},
    "hubs_title": {
        "nl": "Regionale Smart Industry Hubs ({count}). Tik op een Hub voor meer.",
        "en": "Regional Smart Industry Hubs ({count}). Tap a Hub for more.",
    },
    "none_fieldlabs": {
        "nl": "Er staan nog geen Fieldlabs in mijn kennis.",
        "en": "There are no Fieldlabs in my knowledge yet.",
    },
    "none_hubs": {
        "nl": "Er staan nog geen Hubs in mijn kennis.",
        "en": "There are no Hubs in my knowledge yet.",
    },
    "page": {"nl": "Pagina {page} van {pages}", "en": "Page {page} of {pages}"},
    "previous": {"nl": "◀ Vorige", "en": "◀ Previous"},
    "next": {"nl": "Volgende ▶", "en": "Next ▶"},
    "back": {"nl": "↩ Terug", "en": "↩ Back"},
    "no_province": {"nl": "Landelijk of zonder provincie", "en": "National or no province"},
    "no_theme": {"nl": "Zonder thema", "en": "No theme"},
    "unnamed_hub": {"nl": "Vijfde Hub (naam onbekend)", "en": "Fifth Hub (name unknown)"},
    "unnamed_hub_title": {
        "nl": "Vijfde Smart Industry Hub (naam onbekend)",
        "en": "Fifth Smart Industry Hub (name unknown)",
    },
    "unnamed_hub_line": {
        "nl": "naam en regio staan niet in onze bronnen; zie smartindustry.nl",
        "en": "name and region are not in our sources; see smartindustry.nl",
    },
    "unconfirmed": {"nl": "niet bevestigd", "en": "not confirmed"},
    "card_place": {"nl": "Plaats", "en": "Location"},
    "card_province": {"nl": "Provincie", "en": "Province"},
    "card_region": {"nl": "Regio", "en": "Region"},
    "card_themes": {"nl": "Thema's", "en": "Themes"},
    "card_hub": {"nl": "Regionale Hub", "en": "Regional Hub"},
    "card_provinces": {"nl": "Provincies", "en": "Provinces"},
    "card_unconfirmed": {
        "nl": "Provincies, niet bevestigd in onze bronnen",
        "en": "Provinces, not confirmed by our sources",
    },
    "card_lead": {"nl": "Trekkers", "en": "Led by"},
    "hub_button": {"nl": "📍 Hub: {hub}", "en": "📍 Hub: {hub}"},
    "hub_labs_button": {
        "nl": "🏭 Fieldlabs van deze Hub ({count})",
        "en": "🏭 Fieldlabs of this Hub ({count})",
    },
    "browse_gone": {
        "nl": "Dit overzicht is niet meer actueel. Stuur /fieldlabs of /hubs opnieuw.",
        "en": "This overview is out of date. Please send /fieldlabs or /hubs again.",
    },
    "rate_limited": {
        "nl": (
            "Even rustig aan 🙂 U stuurt veel berichten kort na elkaar. Over een minuutje "
            "beantwoord ik uw vragen weer."
        ),
        "en": (
            "Easy does it 🙂 You are sending a lot of messages in a short time. I'll answer "
            "your questions again in a minute."
        ),
    },
    "sticker": {
        "nl": "Leuke sticker! Ik begrijp alleen tekst: typ uw vraag over de Fieldlabs of Hubs.",
        "en": "Nice sticker! I only understand text: type your question about Fieldlabs or Hubs.",
    },
    "photo": {
        "nl": "Ik kan (nog) geen afbeeldingen bekijken. Typ uw vraag gerust als tekst.",
        "en": "I can't look at pictures (yet). Feel free to type your question as text.",
    },
    "voice": {
        "nl": "Ik kan (nog) geen spraak- of videoberichten beluisteren. Typ uw vraag gerust.",
        "en": "I can't listen to voice or video messages (yet). Feel free to type your question.",
    },
    "document": {
        "nl": "Bestanden lees ik niet. Typ uw vraag gerust als tekst.",
        "en": "I don't read files. Feel free to type your question as text.",
    },
    "location": {
        "nl": (
            "Bedankt voor de locatie, maar die gebruik ik niet. Typ uw plaats of provincie, "
            "bijvoorbeeld: bij welke Hub kan ik terecht in Enschede?"
        ),
        "en": (
            "Thanks for the location, but I don't use it. Type your town or province, "
            "for example: which Hub can I go to in Enschede?"
        ),
    },
    "other": {
        "nl": "Ik begrijp alleen tekstberichten. Typ uw vraag over de Fieldlabs of Hubs.",
        "en": "I only understand text messages. Type your question about the Fieldlabs or Hubs.",
    },
    "edited": {
        "nl": "Ik reageer niet op bewerkte berichten. Stuur uw vraag gerust opnieuw.",
        "en": "I don't respond to edited messages. Feel free to send your question again.",
    },
    "unknown_command": {
        "nl": "Dat commando ken ik niet. Kijk bij /help wat ik kan, of stel gewoon uw vraag.",
        "en": "I don't know that command. See /help for what I can do, or just ask your question.",
    },
    "lang_usage": {
        "nl": "Gebruik /lang nl of /lang en.",
        "en": "Use /lang nl or /lang en.",
    },
    "mention_only": {
        "nl": "Stel uw vraag na mijn naam, bijvoorbeeld: {mention} hoeveel banen?",
        "en": "Put your question after my name, for example: {mention} how many jobs?",
    },
    "error": {
        "nl": "Sorry, er ging iets mis aan mijn kant. Probeer het over een momentje opnieuw.",
        "en": "Sorry, something went wrong on my side. Please try again in a moment.",
    },
    "stale_button": {
        "nl": "Deze knop werkt niet (meer). Stel uw vraag gerust opnieuw.",
        "en": "This button doesn't work (any more). Feel free to ask again.",
    },
    "gone": {
        "nl": "Dit antwoord is niet meer beschikbaar. Stel uw vraag gerust opnieuw.",
        "en": "This answer is no longer available. Feel free to ask again.",
    },
    "slow_down_button": {
        "nl": "Even rustig aan; probeer het over een minuutje opnieuw.",
        "en": "Easy does it; please try again in a minute.",
    },
    "feedback_thanks": {"nl": "Bedankt voor uw feedback!", "en": "Thanks for your feedback!"},
    "feedback_done": {"nl": "✓ Bedankt voor uw feedback", "en": "✓ Thanks for your feedback"},
    "vote_up": {"nl": "👍 Nuttig", "en": "👍 Helpful"},
    "vote_down": {"nl": "👎 Niet nuttig", "en": "👎 Not helpful"},
    "find_hub": {"nl": "📍 Vind uw regionale Hub", "en": "📍 Find your regional Hub"},
    "lang_name_nl": {"nl": "Nederlands", "en": "Nederlands"},
    "lang_name_en": {"nl": "English", "en": "English"},
    "inline_examples": {"nl": "Voorbeeldvraag", "en": "Example question"},
    "inline_fallback_title": {
        "nl": "Geen zeker antwoord gevonden",
        "en": "No sure answer found",
    },
    # -- for Hub staff (BOT_ADMIN_IDS) ------------------------------------------------------
    "stats_title": {"nl": "📊 Fieldbot in cijfers", "en": "📊 Fieldbot in figures"},
    "stats_counts": {
        "nl": (
            "Vandaag: {today} vragen, {today_pct} beantwoord\n"
            "Afgelopen 7 dagen: {week} vragen, {week_pct} beantwoord"
        ),
        "en": (
            "Today: {today} questions, {today_pct} answered\n"
            "Past 7 days: {week} questions, {week_pct} answered"
        ),
    },
    "stats_top_entries": {"nl": "Meest gevraagd (7 dagen):", "en": "Most asked (7 days):"},
    "stats_top_misses": {
        "nl": "Meest gemist (7 dagen):",
        "en": "Most missed (7 days):",
    },
    "stats_nothing": {"nl": "nog niets", "en": "nothing yet"},
    "stats_more": {
        "nl": "Meer: /unanswered, of het volledige rapport met fieldbot report.",
        "en": "More: /unanswered, or the full report with fieldbot report.",
    },
    "unanswered_title": {
        "nl": "Onbeantwoorde en twijfelachtige vragen, afgelopen {days} dagen",
        "en": "Unanswered and doubtful questions, past {days} days",
    },
    "unanswered_intro": {
        "nl": "{groups} groepen, de grootste eerst (top {shown}):",
        "en": "{groups} groups, biggest first (top {shown}):",
    },
    "unanswered_none": {
        "nl": "Geen onbeantwoorde of twijfelachtige vragen in de afgelopen {days} dagen.",
        "en": "No unanswered or doubtful questions in the past {days} days.",
    },
    "unanswered_counts": {"nl": "{count}× gevraagd: {details}", "en": "asked {count}×: {details}"},
    "unanswered_unanswered": {"nl": "{count} onbeantwoord", "en": "{count} unanswered"},
    "unanswered_doubtful": {"nl": "{count} twijfelachtig", "en": "{count} doubtful"},
    "unanswered_nearest": {
        "nl": "dichtstbij: {entry} (score {score})",
        "en": "nearest: {entry} (score {score})",
    },
    "unanswered_no_nearest": {
        "nl": "dichtstbij: geen entry in de buurt",
        "en": "nearest: no entry close by",
    },
    "unanswered_more": {
        "nl": "Volledig rapport: fieldbot report --since {days} --format html",
        "en": "Full report: fieldbot report --since {days} --format html",
    },
    "unanswered_usage": {
        "nl": "Gebruik /unanswered of /unanswered 30 (aantal dagen, 1 tot 365).",
        "en": "Use /unanswered or /unanswered 30 (number of days, 1 to 365).",
    },
    "storage_unavailable": {
        "nl": "De database is nu niet bereikbaar; probeer het over een paar minuten opnieuw.",
        "en": "The database is unavailable right now; please try again in a few minutes.",
    },
    "reload_failed": {
        "nl": "Herladen mislukt ({problems}); de vorige kennis blijft in gebruik:",
        "en": "Reload failed ({problems}); the previous knowledge stays in service:",
    },
    "reload_failed_auto": {
        "nl": (
            "⚠️ De gewijzigde kennisbestanden bevatten {problems}; ik beantwoord vragen met de "
            "vorige kennis tot het verbeterd is:"
        ),
        "en": (
            "⚠️ The changed knowledge files have {problems}; I keep answering with the "
            "previous knowledge until they are fixed:"
        ),
    },
    "problems_one": {"nl": "1 probleem", "en": "1 problem"},
    "problems_many": {"nl": "{count} problemen", "en": "{count} problems"},
    "reload_fix_hint": {
        "nl": "Na het opslaan van de verbetering laad ik de kennis zelf opnieuw (of: /reload).",
        "en": "Once the fix is saved I reload the knowledge by myself (or send /reload).",
    },
    "reload_recovered": {
        "nl": "✅ De kennis is weer in orde en in gebruik: {summary}",
        "en": "✅ The knowledge is valid again and in service: {summary}",
    },
    "reload_seconds": {"nl": "Geladen in {seconds} s.", "en": "Loaded in {seconds} s."},
    "reload_off": {
        "nl": "Live herladen staat in dit proces niet aan.",
        "en": "Live reload is not enabled in this process.",
    },
    # -- knowledge files: YAML slips worded for staff (bot/slips.py), nl and en -----------
    "yaml_unclosed_quote": {
        "nl": (
            "regel {line}: hier begint een tekst met een aanhalingsteken ({quote}) dat niet "
            "wordt afgesloten; zet ook aan het eind van de tekst een {quote}"
        ),
        "en": (
            "line {line}: a text starts here with a quote ({quote}) that is never closed; "
            "put a {quote} at the end of the text too"
        ),
    },
    "yaml_unclosed_bracket": {
        "nl": (
            "regel {line}: hier opent een '{open}' die nergens met '{close}' wordt gesloten; "
            "zet de '{close}' aan het eind van de lijst"
        ),
        "en": (
            "line {line}: a '{open}' opens here that is never closed with '{close}'; "
            "put the '{close}' at the end of the list"
        ),
    },
    "yaml_tab": {
        "nl": (
            "regel {line}: hier staat een tab; in deze bestanden spring je alleen met spaties "
            "in: vervang de tab door spaties"
        ),
        "en": (
            "line {line}: there is a tab here; these files are indented with spaces only: "
            "replace the tab with spaces"
        ),
    },
    "yaml_missing_colon": {
        "nl": "regel {line}: na '{name}' ontbreekt de dubbele punt; schrijf '{name}:'",
        "en": "line {line}: the colon after '{name}' is missing; write '{name}:'",
    },
    "yaml_missing_dash": {
        "nl": (
            "regel {line}: dit lijkt een nieuw onderdeel van de lijst, maar het streepje "
            "ontbreekt; begin de regel met '- ', zoals regel {sibling}"
        ),
        "en": (
            "line {line}: this looks like a new item of the list, but its dash is missing; "
            "start the line with '- ', as line {sibling} does"
        ),
    },
    "yaml_indent": {
        "nl": (
            "regel {line}: het aantal spaties vooraan ({found}) past bij geen regel erboven; "
            "waarschijnlijk moeten het er {expected} zijn, net als op regel {sibling}"
        ),
        "en": (
            "line {line}: the number of spaces in front ({found}) fits no line above; it "
            "probably needs {expected}, as on line {sibling}"
        ),
    },
    "yaml_second_id": {
        "nl": (
            "regel {line}: hier staat een tweede 'id' in hetzelfde item; begint hier een "
            "nieuw item? Zet er dan '- ' voor, zoals op regel {first}"
        ),
        "en": (
            "line {line}: a second 'id' in the same item; does a new item start here? "
            "Then put '- ' in front of it, as on line {first}"
        ),
    },
    "yaml_other": {
        "nl": (
            "regel {line}: de opbouw van het bestand klopt hier niet ({detail}); vergelijk "
            "deze regel met de regels erboven"
        ),
        "en": (
            "line {line}: the layout of the file is broken here ({detail}); compare this "
            "line with the lines above"
        ),
    },
    "yaml_fix_first_one": {
        "nl": "herstel eerst het bestand hierboven (1 melding die daaruit volgt is weggelaten)",
        "en": "fix the file above first (1 problem that follows from it is left out)",
    },
    "yaml_fix_first": {
        "nl": (
            "herstel eerst het bestand hierboven ({count} meldingen die daaruit volgen zijn "
            "weggelaten)"
        ),
        "en": "fix the file above first ({count} problems that follow from it are left out)",
    },
    # -- knowledge files: what a problem is about (a `what` Phrase, bot/nodes.py) --------
    "what_field": {"nl": "'{name}'", "en": "{name}"},
    "what_id": {"nl": "'{id}'", "en": "'{id}'"},
    "what_of": {"nl": "'{field}' van '{owner}'", "en": "{field} of '{owner}'"},
    "what_lang": {"nl": "{what} ({lang})", "en": "{what} ({lang})"},
    "what_item": {"nl": "een onderdeel van {what}", "en": "{what} item"},
    "what_date": {"nl": "de datum van {what}", "en": "{what} date"},
    "what_file": {"nl": "het bestand", "en": "the file"},
    "what_entry": {"nl": "dit item", "en": "entry"},
    "what_hub": {"nl": "deze hub", "en": "hub"},
    "what_fieldlab": {"nl": "dit fieldlab", "en": "fieldlab"},
    "what_person": {"nl": "een persoon bij '{owner}'", "en": "person of '{owner}'"},
    "what_source": {"nl": "de bron van {what}", "en": "source of {what}"},
    "what_sources": {"nl": "'sources' van {what}", "en": "sources of {what}"},
    "what_figures": {"nl": "'figures' van {what}", "en": "figures of {what}"},
    "what_figure": {"nl": "een cijfer van {what}", "en": "figure of {what}"},
    "what_figure_date": {
        "nl": "de datum van een cijfer van {what}",
        "en": "figure date of {what}",
    },
    "what_figure_text": {
        "nl": "de tekst van een cijfer van {what}",
        "en": "figure text of {what}",
    },
    "what_synonym_group": {"nl": "een groep synoniemen", "en": "synonym group"},
    "what_places_of": {"nl": "de plaatsen van {province}", "en": "places of {province}"},
    "what_alias": {"nl": "alias '{alias}'", "en": "alias {alias}"},
    # -- knowledge files: problems and warnings, worded for staff (nodes.py, knowledge.py) -
    "check_symlink_outside": {
        "nl": (
            "dit bestand is een snelkoppeling naar een bestand buiten de kennismap; zet het "
            "bestand zelf in de map"
        ),
        "en": "symbolic link points outside the knowledge folder",
    },
    "check_file_too_big": {
        "nl": (
            "het bestand is {size} bytes; de grens is {limit} (1 MiB): verdeel de kennis over "
            "meer bestanden"
        ),
        "en": "file is {size} bytes; the limit is {limit} (1 MiB)",
    },
    "check_file_grew_too_big": {
        "nl": (
            "het bestand is groter dan de grens van {limit} bytes (1 MiB): verdeel de kennis "
            "over meer bestanden"
        ),
        "en": "file is larger than the limit of {limit}",
    },
    "check_file_unreadable": {
        "nl": "het bestand kan niet gelezen worden ({detail})",
        "en": "cannot read file: {detail}",
    },
    "check_not_utf8": {
        "nl": (
            "dit is geen UTF-8-tekst (byte 0x{byte}); sla het bestand in je editor op als UTF-8"
        ),
        "en": "not UTF-8 text (byte 0x{byte}); save as UTF-8",
    },
    "check_binary": {
        "nl": "dit is geen tekstbestand maar binaire data; een kennisbestand is YAML-tekst",
        "en": "binary data, not a YAML text file",
    },
    "check_too_deep": {
        "nl": (
            "het bestand is hier meer dan {levels} lagen diep genest; dat wordt geweigerd: "
            "maak de opbouw platter"
        ),
        "en": "nesting deeper than {levels} levels; refused",
    },
    "check_yaml_error": {
        "nl": "de opbouw van het bestand klopt niet ({detail})",
        "en": "YAML error: {detail}",
    },
    "check_too_many_nodes": {
        "nl": (
            "het bestand groeit uit tot meer dan {count} onderdelen (te veel verwijzingen met & "
            "en *?); dat wordt geweigerd"
        ),
        "en": "document expands to more than {count} nodes (too many aliases?); refused",
    },
    "check_merge_key": {
        "nl": "samenvoegen met << kan hier niet; schrijf de velden voluit",
        "en": "merge keys (<<) are not supported; write the fields out",
    },
    "check_tag": {
        "nl": "{tag} mag niet in een kennisbestand; schrijf gewone tekst zonder '!'",
        "en": "tag {tag} is not allowed in knowledge files; use plain text",
    },
    "check_unreadable_value": {
        "nl": "deze waarde kan niet gelezen worden ({detail}); zet haar tussen aanhalingstekens",
        "en": "cannot read value: {detail}",
    },
    "check_mapping": {
        "nl": "{what} moet uit regels 'naam: waarde' bestaan",
        "en": "{what} must be a mapping (key: value lines)",
    },
    "check_key_not_text": {
        "nl": "{what}: een veldnaam (vóór de dubbele punt) moet tekst zijn",
        "en": "{what}: keys must be text",
    },
    "check_key_twice": {
        "nl": "{what}: het veld '{key}' staat er twee keer; haal er één weg",
        "en": "{what}: key '{key}' appears twice",
    },
    "check_key_unknown": {
        "nl": "{what}: onbekend veld '{key}' (toegestaan: {allowed}); kijk de spelling na",
        "en": "{what}: unknown key '{key}' (allowed: {allowed})",
    },
    "check_list": {
        "nl": "{what} moet een lijst zijn: elk onderdeel op een eigen regel met '- ' ervoor",
        "en": "{what} must be a list",
    },
    "check_text": {
        "nl": "{what} moet een tekst zijn",
        "en": "{what} must be text",
    },
    "check_empty": {
        "nl": "{what} is leeg; vul een tekst in of haal de regel weg",
        "en": "{what} is empty",
    },
    "check_date": {
        "nl": "{what} moet een datum zijn zoals 2019-03-18 (jaar-maand-dag)",
        "en": "{what} must be a date like 2019-03-18",
    },
    "check_partial_date": {
        "nl": "{what} moet een datum zijn zoals 2019, 2019-03 of 2019-03-18 (jaar-maand-dag)",
        "en": "{what} must be a date like 2019, 2019-03 or 2019-03-18",
    },
    "check_date_not_real": {
        "nl": "{what} '{value}' bestaat niet als datum; kijk het jaar, de maand en de dag na",
        "en": "{what} '{value}' is not a real date",
    },
    "check_id": {
        "nl": (
            "het id '{value}' mag alleen kleine letters, cijfers en . _ - bevatten (geen "
            "hoofdletters of spaties)"
        ),
        "en": "id '{value}' must be lowercase letters, digits, . _ -",
    },
    "check_url": {
        "nl": "{what}: de url moet beginnen met https://",
        "en": "{what}: url must start with https://",
    },
    "check_source_empty": {
        "nl": "{what} heeft minstens een 'publisher', een 'title' of een 'url' nodig",
        "en": "{what} needs at least a publisher, a title or a url",
    },
    "check_source_undated": {
        "nl": "{what} heeft geen datum: voeg 'date' toe als de bron er een noemt",
        "en": "{what} has no date: add one when the source gives it",
    },
    "check_figure_fields": {
        "nl": "een cijfer van {what} heeft een 'date' en een 'text' nodig",
        "en": "a figure of {what} needs 'date' and 'text'",
    },
    "check_figure_dutch": {
        "nl": (
            "een cijfer van {what} heeft een Nederlandse tekst nodig: zet onder 'text' een "
            "regel 'nl: …'"
        ),
        "en": "figure text of {what} needs Dutch (nl)",
    },
    "check_figure_value": {
        "nl": "'value' van een cijfer van {what} moet een getal zijn, zoals 430 of 1.5",
        "en": "figure value of {what} must be a number",
    },
    "check_entry_missing": {
        "nl": "bij dit item ontbreekt '{key}'",
        "en": "entry is missing '{key}'",
    },
    "check_entry_no_source": {
        "nl": "item '{id}' heeft geen 'source': elk feit heeft een bron nodig",
        "en": "entry '{id}' has no 'source': every fact needs one",
    },
    "check_entry_no_questions": {
        "nl": "item '{id}' heeft geen vragen; zet er minstens één onder 'questions'",
        "en": "entry '{id}' has no questions",
    },
    "check_entry_no_dutch_answer": {
        "nl": (
            "item '{id}' heeft een Nederlands antwoord nodig: zet onder 'answer' een regel 'nl: …'"
        ),
        "en": "entry '{id}' needs a Dutch (nl) answer",
    },
    "check_entry_answer_lang": {
        "nl": (
            "item '{id}' heeft vragen in '{lang}' maar geen antwoord in '{lang}': zet onder "
            "'answer' een regel '{lang}: …'"
        ),
        "en": "entry '{id}' has {lang} questions but no {lang} answer",
    },
    "check_summary_missing": {
        "nl": "bij '{id}' ontbreekt 'summary' (een korte beschrijving)",
        "en": "{id} is missing 'summary'",
    },
    "check_summary_dutch": {
        "nl": (
            "'summary' van '{id}' heeft een Nederlandse tekst nodig: zet er een regel 'nl: …' "
            "onder"
        ),
        "en": "summary of '{id}' needs Dutch (nl)",
    },
    "check_status": {
        "nl": "'status' van '{id}' moet active (actief) of stopped (gestopt) zijn",
        "en": "status of '{id}' must be active or stopped",
    },
    "check_hub_fields": {
        "nl": "een hub heeft minstens 'id', 'summary' en 'source' nodig",
        "en": "hub needs at least 'id', 'summary' and 'source'",
    },
    "check_person_name": {
        "nl": "een persoon bij '{id}' heeft een 'name' nodig",
        "en": "a person of '{id}' needs a 'name'",
    },
    "check_website": {
        "nl": "'website' van '{id}' moet beginnen met https://",
        "en": "website of '{id}' must start with https://",
    },
    "check_fieldlab_missing": {
        "nl": "bij dit fieldlab ontbreekt {keys}",
        "en": "fieldlab is missing {keys}",
    },
    "check_theme": {
        "nl": "thema '{theme}' van '{id}' bestaat niet; kies uit: {themes}",
        "en": "theme '{theme}' of '{id}' is not one of: {themes}",
    },
    "check_synonym_group": {
        "nl": "een groep synoniemen heeft minstens twee woorden nodig",
        "en": "a synonym group needs at least two words",
    },
    "check_places_source": {
        "nl": "'places' heeft een 'source' nodig",
        "en": "places needs a 'source'",
    },
    "check_places_twice": {
        "nl": "'places' staat in meer dan één bestand; houd het in één bestand",
        "en": "places is defined in more than one file",
    },
    "check_related_unknown": {
        "nl": (
            "'{id}' verwijst onder 'related' naar '{other}', maar dat id bestaat niet; kijk "
            "de spelling na"
        ),
        "en": "'{id}' is related to unknown id '{other}'",
    },
    "check_question_twice": {
        "nl": (
            "vraag '{question}' van '{id}' staat ook bij '{other}' ({at}); laat haar bij één "
            "van beide staan"
        ),
        "en": "question '{question}' of '{id}' is also a question of '{other}' ({at})",
    },
    "check_question_same_words": {
        "nl": (
            "vraag '{question}' van '{id}' is niet te onderscheiden van een vraag van "
            "'{other}' ({at}): ze hebben dezelfde woorden; formuleer er één anders"
        ),
        "en": (
            "question '{question}' of '{id}' cannot be told apart from a question of "
            "'{other}' ({at}): they have the same words"
        ),
    },
    "check_folder_missing": {
        "nl": "de kennismap is niet gevonden",
        "en": "knowledge folder not found",
    },
    "check_folder_unreadable": {
        "nl": "de kennismap kan niet gelezen worden ({detail})",
        "en": "cannot read the knowledge folder: {detail}",
    },
    "check_folder_no_yaml": {
        "nl": "in deze map staan geen .yaml-bestanden",
        "en": "no .yaml files in this folder",
    },
    "check_unknown_hub": {
        "nl": "'{id}' noemt hub '{hub}', maar die hub bestaat niet; kijk het id na",
        "en": "'{id}' names unknown hub '{hub}'",
    },
    "check_no_entries": {
        "nl": "de kennis bevat geen items; zet er minstens één onder 'entries'",
        "en": "the knowledge holds no entries",
    },
    "check_id_used": {
        "nl": "het id '{id}' wordt al gebruikt op {at}; kies een ander id",
        "en": "id '{id}' is already used at {at}",
    },
    "check_review_due": {
        "nl": (
            "'{id}' had op {date} nagekeken moeten worden; kijk het na en zet een nieuwe "
            "datum bij 'review_by'"
        ),
        "en": "'{id}' was due for review on {date}",
    },
    "check_warning": {"nl": "{problem} (waarschuwing)", "en": "{problem} (warning)"},
    "check_undated_one": {
        "nl": (
            "1 bron heeft geen datum; voeg er een toe als de bron die noemt "
            "(fieldbot check --warnings toont haar)"
        ),
        "en": (
            "1 source has no date; add one if the source gives it "
            "(fieldbot check --warnings lists it)"
        ),
    },
    "check_undated": {
        "nl": (
            "{count} bronnen hebben geen datum; voeg er een toe waar de bron die noemt "
            "(fieldbot check --warnings toont ze)"
        ),
        "en": (
            "{count} sources have no date; add one where the source gives it "
            "(fieldbot check --warnings lists them)"
        ),
    },
    # -- fieldbot check --lint ------------------------------------------------------------
    "lint_steal": {
        "nl": "lint: '{phrasing}' ({qlang}) van '{entry}' gaat zonder zichzelf naar {other}",
        "en": "lint: '{phrasing}' ({qlang}) of '{entry}' left out goes to {other}",
    },
    "lint_declined": {
        "nl": "lint: '{phrasing}' ({qlang}) van '{entry}' krijgt zonder zichzelf geen antwoord",
        "en": "lint: '{phrasing}' ({qlang}) of '{entry}' left out gets no answer",
    },
    "lint_none": {
        "nl": "lint: alle {tested} vragen vinden zonder zichzelf hun eigen item terug",
        "en": "lint: all {tested} questions find their own entry without themselves",
    },
    "lint_count": {
        "nl": (
            "lint: {count} van de {tested} vragen gaan zonder zichzelf naar een ander item "
            "(of krijgen geen antwoord)"
        ),
        "en": (
            "lint: {count} of {tested} questions go to another entry without themselves "
            "(or get no answer)"
        ),
    },
    "lint_worst": {
        "nl": "De vijf ergste (het andere item wint met de grootste voorsprong):",
        "en": "The five worst (the other entry wins by the widest margin):",
    },
    "lint_worst_item": {"nl": "{other} ({score} tegen {own})", "en": "{other} ({score} to {own})"},
    "lint_worst_alone": {
        "nl": "{other} ({score}; het eigen item komt niet eens in aanmerking)",
        "en": "{other} ({score}; its own entry is not even a candidate)",
    },
    "lint_worst_nothing": {"nl": "geen antwoord", "en": "no answer"},
    "lint_pair": {
        "nl": "Het vaakst: vragen van '{entry}' gaan naar '{other}' ({count}×).",
        "en": "Most often: questions of '{entry}' go to '{other}' ({count}×).",
    },
    "lint_todo": {
        "nl": (
            "Wat te doen: geef het eigen item nog een vraag met dezelfde woorden, of maak de "
            "vraag specifieker; krijgen twee items steeds elkaars vragen, maak hun vragen dan "
            "duidelijker verschillend of voeg ze samen. Het zijn tips: de bot start ook zo."
        ),
        "en": (
            "What to do: give the entry another question with the same words, or make the "
            "question more specific; when two entries keep getting each other's questions, "
            "make their questions more distinct or merge them. These are hints: the bot "
            "starts anyway."
        ),
    },
    # -- console chat: live reload ----------------------------------------------------------
    "console_forgotten": {
        "nl": "Ik ben vergeten waar we het over hadden{logged}. Stel gerust een nieuwe vraag.",
        "en": "I've forgotten what we were talking about{logged}. Go ahead and ask a new one.",
    },
    "console_forgotten_log_one": {
        "nl": ", en ik heb uw vraag uit het logboek gewist",
        "en": ", and erased your question from the log",
    },
    "console_forgotten_log": {
        "nl": ", en ik heb uw {count} vragen uit het logboek gewist",
        "en": ", and erased your {count} questions from the log",
    },
    "console_welcome": {
        "nl": (
            "Welkom bij Fieldbot! Ik beantwoord vragen over de Smart Industry Fieldlabs, de "
            "regionale Smart Industry Hubs en de resultaten van het programma, met bron en "
            "datum bij elk cijfer. Stel uw vraag in gewone woorden, bijvoorbeeld:"
        ),
        "en": (
            "Welcome to Fieldbot! I answer questions about the Smart Industry Fieldlabs, the "
            "regional Smart Industry Hubs and the programme's results, with the source and date "
            "of every figure. Ask your question in plain words, for example:"
        ),
    },
    "console_command": {
        "nl": (
            "{command} werkt alleen in Telegram. Hier typt u gewoon uw vraag; /start begint "
            "opnieuw, /forget wist het gesprek en /help laat zien wat ik kan."
        ),
        "en": (
            "{command} only works in Telegram. Here you just type your question; /start starts "
            "over, /forget erases the conversation and /help shows what I can do."
        ),
    },
    "console_help": {
        "nl": (
            "Stel uw vraag in gewone woorden, in het Nederlands of het Engels, over de Smart "
            "Industry Fieldlabs, de regionale Hubs of de resultaten van het programma. Weet ik "
            "het niet zeker, dan stel ik vragen voor die erop lijken, of verwijs ik u naar uw "
            'regionale Hub. Een vervolgvraag ("waar zit dat?") mag gewoon.\n\n'
            "/start – opnieuw beginnen\n/forget – het gesprek wissen\nCtrl-D – stoppen"
        ),
        "en": (
            "Ask your question in plain words, in English or Dutch, about the Smart Industry "
            "Fieldlabs, the regional Hubs or the programme's results. If I'm not sure, I suggest "
            'similar questions or point you to your regional Hub. Follow-up questions ("where '
            'is it?") are fine.\n\n'
            "/start – start over\n/forget – erase the conversation\nCtrl-D – quit"
        ),
    },
    "console_reloaded": {
        "nl": "[kennis opnieuw geladen: {changes}]",
        "en": "[knowledge reloaded: {changes}]",
    },
    "console_reload_failed": {
        "nl": "[kennis niet opnieuw geladen; ik antwoord met de vorige versie. Wat er mis is:]",
        "en": "[knowledge not reloaded; I answer from the previous version. What is wrong:]",
    },
    "change_new": {"nl": "nieuw: {ids}", "en": "new: {ids}"},
    "change_removed": {"nl": "weg: {ids}", "en": "removed: {ids}"},
    "change_answer": {"nl": "antwoord gewijzigd: {ids}", "en": "answer changed: {ids}"},
    "change_questions_added": {"nl": "vragen erbij: {ids}", "en": "questions added: {ids}"},
    "change_questions_removed": {"nl": "vragen eraf: {ids}", "en": "questions removed: {ids}"},
    "change_other": {
        "nl": "geen nieuwe items, vragen of antwoorden (wel iets anders, zoals een bron)",
        "en": "no new entries, questions or answers (something else, such as a source)",
    },
    # -- staff edits from Telegram (features/files.py, features/unanswered.py) ----------
    "files_export": {
        "nl": (
            "De kennis: {count} bestanden. Pas er een aan en stuur het terug als document: ik "
            "controleer het, installeer het en laad de kennis opnieuw. /undo maakt het ongedaan."
        ),
        "en": (
            "The knowledge: {count} files. Edit one and send it back as a document: I check "
            "it, install it and reload the knowledge. /undo reverts it."
        ),
    },
    "files_export_unknown": {
        "nl": "Een kennisbestand ‘{name}’ is er niet. Stuur /export voor alle bestanden.",
        "en": "There is no knowledge file ‘{name}’. Send /export for every file.",
    },
    "files_bad_name": {
        "nl": (
            "‘{name}’ installeer ik niet: alleen een .yaml-bestand met een gewone naam "
            "(letters, cijfers, . _ -), zonder map ervoor."
        ),
        "en": (
            "I do not install ‘{name}’: only a .yaml file with a plain name "
            "(letters, digits, . _ -), without a folder in front."
        ),
    },
    "files_too_big": {
        "nl": "Het bestand is {size} bytes; de grens is {limit} bytes (1 MiB). Niets veranderd.",
        "en": "The file is {size} bytes; the limit is {limit} bytes (1 MiB). Nothing changed.",
    },
    "files_download_failed": {
        "nl": "Het bestand kon niet bij Telegram worden opgehaald; stuur het nog eens.",
        "en": "The file could not be fetched from Telegram; please send it again.",
    },
    "files_invalid": {
        "nl": "‘{name}’ is niet geïnstalleerd ({problems}); de kennis blijft zoals ze was:",
        "en": "‘{name}’ was not installed ({problems}); the knowledge stays as it was:",
    },
    "files_installed": {
        "nl": "✅ ‘{name}’ is geïnstalleerd en de kennis is opnieuw geladen. {changes}",
        "en": "✅ ‘{name}’ is installed and the knowledge reloaded. {changes}",
    },
    "files_unchanged": {
        "nl": "‘{name}’ is gelijk aan het huidige bestand; er is niets veranderd.",
        "en": "‘{name}’ is the same as the current file; nothing changed.",
    },
    "files_undo_hint": {
        "nl": "Ongedaan maken: /undo. Alle wijzigingen: /history.",
        "en": "To revert: /undo. Every change: /history.",
    },
    "files_reload_failed": {
        "nl": "Het bestand staat erin, maar herladen mislukte ({problems}):",
        "en": "The file is in place, but the reload failed ({problems}):",
    },
    "files_failed": {
        "nl": (
            "Dat lukte niet: de bot mag de kennismap of BOT_DATA_DIR niet beschrijven. Vraag de "
            "beheerder de map schrijfbaar te maken (in Docker: knowledge/ als volume koppelen)."
        ),
        "en": (
            "That failed: the bot may not write to the knowledge folder or BOT_DATA_DIR. Ask "
            "the administrator to make it writable (in Docker: mount knowledge/ as a volume)."
        ),
    },
    "change_summary": {"nl": "Wat er veranderde: {changes}.", "en": "What changed: {changes}."},
    "undo_nothing": {
        "nl": "Er is geen wijziging vanuit Telegram om ongedaan te maken.",
        "en": "There is no change from Telegram to revert.",
    },
    "undo_changed_since": {
        "nl": (
            "‘{name}’ is na die wijziging nog eens veranderd (op de server?); /undo zou dat "
            "wissen, dus ik laat het staan. Zie /history."
        ),
        "en": (
            "‘{name}’ was changed again after that change (on the server?); /undo would erase "
            "that, so I leave it. See /history."
        ),
    },
    "undo_done": {
        "nl": "↩️ ‘{name}’ is teruggezet naar de versie van vóór de laatste wijziging. {changes}",
        "en": "↩️ ‘{name}’ is back as it was before the last change. {changes}",
    },
    "undo_invalid": {
        "nl": "‘{name}’ terugzetten lukt niet: de kennis zou dan {problems} bevatten:",
        "en": "Reverting ‘{name}’ is not possible: the knowledge would then have {problems}:",
    },
    "history_title": {
        "nl": "Laatste wijzigingen vanuit Telegram (nieuwste eerst):",
        "en": "Last changes from Telegram (newest first):",
    },
    "history_none": {
        "nl": "Nog geen wijzigingen vanuit Telegram.",
        "en": "No changes from Telegram yet.",
    },
    "history_upload": {"nl": "{name} geüpload", "en": "uploaded {name}"},
    "history_questions": {
        "nl": "vragen toegevoegd aan {entry} in {name}",
        "en": "added questions to {entry} in {name}",
    },
    "history_undo": {"nl": "{name} teruggezet", "en": "reverted {name}"},
    "history_undone": {"nl": "(teruggedraaid)", "en": "(reverted)"},
    "history_when": {"nl": "{when} UTC", "en": "{when} UTC"},
    "unanswered_actions": {
        "nl": "{n}. “{example}” – toevoegen aan een item, of negeren?\n"
        "Toevoegen zet deze vragen bij het item:\n{phrasings}",
        "en": "{n}. “{example}” – add to an entry, or ignore?\n"
        "Adding puts these questions under the entry:\n{phrasings}",
    },
    "unanswered_add_button": {"nl": "➕ voeg toe aan {title}", "en": "➕ add to {title}"},
    "unanswered_ignore_button": {"nl": "🙈 negeer", "en": "🙈 ignore"},
    "unanswered_added": {
        "nl": "✅ {count} vragen toegevoegd aan {entry} in ‘{name}’; de kennis is herladen.",
        "en": "✅ Added {count} questions to {entry} in ‘{name}’; the knowledge is reloaded.",
    },
    "unanswered_added_one": {
        "nl": "✅ 1 vraag toegevoegd aan {entry} in ‘{name}’; de kennis is herladen.",
        "en": "✅ Added 1 question to {entry} in ‘{name}’; the knowledge is reloaded.",
    },
    "unanswered_ignored": {
        "nl": "🙈 Genegeerd: deze groep komt niet meer in /unanswered en het rapport.",
        "en": "🙈 Ignored: this group no longer appears in /unanswered and the report.",
    },
    "unanswered_stale": {
        "nl": "Deze knop hoort bij een oudere lijst; stuur /unanswered opnieuw.",
        "en": "This button belongs to an older list; send /unanswered again.",
    },
    "unanswered_tap_done": {"nl": "Gedaan", "en": "Done"},
    "unanswered_tap_failed": {"nl": "Niet gelukt", "en": "Did not work"},
    "edit_not_editable": {
        "nl": "De vragen van {entry} staan niet in een kennisbestand dat ik kan aanpassen.",
        "en": "The questions of {entry} are not in a knowledge file I can edit.",
    },
    "edit_not_editable_file": {
        "nl": "Dat kennisbestand is nu niet te lezen; herstel het eerst (zie /reload).",
        "en": "That knowledge file cannot be read now; fix it first (see /reload).",
    },
    "edit_nothing_new": {
        "nl": (
            "Alle vragen van deze groep staan al in de kennis, of lijken te veel op een vraag "
            "van een ander item; aan {entry} is niets toegevoegd."
        ),
        "en": (
            "Every question of this group is in the knowledge already, or is too close to a "
            "question of another entry; nothing was added to {entry}."
        ),
    },
    "edit_layout": {
        "nl": (
            "Dit bestand kan ik niet aanpassen zonder de opmaak te veranderen; voeg de vragen "
            "met de hand toe (/export, aanpassen, terugsturen)."
        ),
        "en": (
            "I cannot edit this file without changing its layout; add the questions by hand "
            "(/export, edit, send it back)."
        ),
    },
    "edit_entry_gone": {
        "nl": "Het item {entry} staat niet meer in de kennis; stuur /unanswered opnieuw.",
        "en": "The entry {entry} is no longer in the knowledge; send /unanswered again.",
    },
}

# (command, Dutch description, English description), as registered with setMyCommands. The
# English menu shows a command under its English name where it has one (EN_NAMES).
COMMANDS: tuple[tuple[str, str, str], ...] = (
    ("start", "Begin: uitleg en voorbeeldvragen", "Start: introduction and example questions"),
    ("help", "Wat kan Fieldbot?", "What can Fieldbot do?"),
    ("fieldlabs", "Fieldlabs per provincie of thema", "Fieldlabs by province or theme"),
    ("hubs", "De regionale Smart Industry Hubs", "The regional Smart Industry Hubs"),
    ("regio", "Uw regio, voor uw eigen Hub", "Your region, for your own Hub"),
    ("lang", "Taal: Nederlands of English", "Language: Nederlands or English"),
    ("bron", "Alle bronnen van het laatste antwoord", "Every source of the last answer"),
    ("privacy", "Wat Fieldbot bewaart", "What Fieldbot keeps"),
    ("forget", "Wis alles wat Fieldbot over u bewaart", "Erase everything Fieldbot keeps on you"),
    ("whoami", "Uw Telegram-id (voor Hub-medewerkers)", "Your Telegram id (for Hub staff)"),
)
EN_NAMES: dict[str, str] = {"regio": "region", "bron": "sources"}
# Only registered for the chats of BOT_ADMIN_IDS (BotCommandScopeChat).
ADMIN_COMMANDS: tuple[tuple[str, str, str], ...] = (
    ("stats", "Cijfers: vragen, % beantwoord, top", "Figures: questions, % answered, top"),
    ("unanswered", "Onbeantwoorde vragen, gegroepeerd", "Unanswered questions, grouped"),
    ("reload", "Kennis nu opnieuw laden", "Reload the knowledge now"),
    ("export", "De kennisbestanden om aan te passen", "The knowledge files to edit"),
    ("history", "Laatste wijzigingen vanuit Telegram", "Last changes from Telegram"),
    ("undo", "Laatste wijziging ongedaan maken", "Revert the last change"),
)


def text(key: str, lang: str, /, **values: Any) -> str:
    """The text `key` in `lang` (Dutch when the language is unknown), formatted with values."""
    variants = TEXTS[key]
    template = variants.get(lang) or variants["nl"]
    return template.format(**values) if values else template


@dataclass(frozen=True)
class Phrase:
    """A text key of TEXTS with its values, kept to be worded in each reader's language.

    A value may be a phrase itself (the part a message is about, such as "the answer of
    'results.jobs'"), worded in the same language as the text around it."""

    key: str
    values: tuple[tuple[str, str | Phrase], ...] = ()

    @classmethod
    def of(cls, key: str, /, **values: str | int | Phrase) -> Phrase:
        return cls(
            key, tuple((k, v if isinstance(v, Phrase) else str(v)) for k, v in values.items())
        )

    def render(self, lang: str, **extra: Any) -> str:
        """The phrase in `lang` (Dutch when unknown); `extra` values fill it as well."""
        values = {k: v.render(lang) if isinstance(v, Phrase) else v for k, v in self.values}
        return text(self.key, lang, **{**extra, **values})


def examples(lang: str) -> list[str]:
    """Three example questions, as offered on /start and in help."""
    return text("examples", lang).splitlines()
