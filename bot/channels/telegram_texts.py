"""Dutch and English texts of the Telegram channel (the core's texts live in bot/messages.py).

Texts are plain: the channel escapes them. A few are HTML templates, named `*_html`; their
placeholders are filled with values that are escaped before formatting.
"""

from __future__ import annotations

from typing import Any

TEXTS: dict[str, dict[str, str]] = {
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
    "help": {
        "nl": (
            "Stel uw vraag gewoon in gewone taal, in het Nederlands of het Engels. "
            "Weet ik het niet zeker, dan stel ik vragen voor die erop lijken, of verwijs ik u "
            "naar uw regionale Hub.\n\n"
            "/fieldlabs – alle Fieldlabs per provincie\n"
            "/hubs – de regionale Smart Industry Hubs\n"
            "/lang – Nederlands of English\n"
            "/privacy – wat ik bewaar\n"
            "/forget – wis wat ik over u weet\n"
            "/whoami – uw Telegram-id (voor Hub-medewerkers)\n\n"
            "In een groep reageer ik alleen als u mij noemt ({mention}) of op mij antwoordt. "
            "In elk gesprek kunt u ook {mention} gevolgd door een vraag typen."
        ),
        "en": (
            "Just ask your question in plain words, in English or Dutch. If I'm not sure, "
            "I suggest similar questions or point you to your regional Hub.\n\n"
            "/fieldlabs – all Fieldlabs by province\n"
            "/hubs – the regional Smart Industry Hubs\n"
            "/lang – Nederlands or English\n"
            "/privacy – what I keep\n"
            "/forget – erase what I know about you\n"
            "/whoami – your Telegram id (for Hub staff)\n\n"
            "In a group I only respond when you mention me ({mention}) or reply to me. "
            "In any chat you can also type {mention} followed by a question."
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
            "Wat Fieldbot bewaart:\n"
            "• Uw taalkeuze (/lang), alleen in het werkgeheugen: die verdwijnt als de bot "
            "opnieuw start.\n"
            "• In de logregels staat per bericht een gepseudonimiseerde code in plaats van uw "
            "Telegram-id of naam, met het onderwerp van het antwoord; de tekst van uw vraag "
            "staat er niet in.\n"
            "• Een 👍 of 👎 wordt geteld per antwoord, zonder uw naam of id.\n\n"
            "Er is geen database met uw gegevens. Met /forget wist u uw taalkeuze direct."
        ),
        "en": (
            "What Fieldbot keeps:\n"
            "• Your language choice (/lang), in working memory only: it is gone when the bot "
            "restarts.\n"
            "• Log lines carry a pseudonymised code instead of your Telegram id or name, with "
            "the topic of the answer; the text of your question is not in them.\n"
            "• A 👍 or 👎 is counted per answer, without your name or id.\n\n"
            "There is no database with your data. /forget erases your language choice at once."
        ),
    },
    "forget_done": {
        "nl": (
            "Gedaan: uw taalkeuze is gewist. Verder bewaar ik niets over u; er is geen database "
            "met uw vragen of gegevens."
        ),
        "en": (
            "Done: your language choice has been erased. I keep nothing else about you; there is "
            "no database with your questions or data."
        ),
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
    "fieldlabs_title": {
        "nl": "Fieldlabs in mijn kennis ({count}), per provincie. Tik op een naam voor meer.",
        "en": "Fieldlabs I know about ({count}), by province. Tap a name for more.",
    },
    "hubs_title": {
        "nl": "Regionale Smart Industry Hubs ({count}), per regio. Tik op een Hub voor meer.",
        "en": "Regional Smart Industry Hubs ({count}), by region. Tap a Hub for more.",
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
    "previous": {"nl": "« Vorige", "en": "« Previous"},
    "next": {"nl": "Volgende »", "en": "Next »"},
    "no_province": {"nl": "Landelijk of onbekend", "en": "National or unknown"},
    "no_region": {"nl": "Regio onbekend", "en": "Region unknown"},
    "unnamed_hub": {
        "nl": "Vijfde Hub (naam staat niet in onze bronnen)",
        "en": "Fifth Hub (name not in our sources)",
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
    "hub_card_button": {"nl": "📍 {hub}", "en": "📍 {hub}"},
}

# (command, Dutch description, English description), as registered with setMyCommands.
COMMANDS: tuple[tuple[str, str, str], ...] = (
    ("start", "Begin: uitleg en voorbeeldvragen", "Start: introduction and example questions"),
    ("help", "Wat kan Fieldbot?", "What can Fieldbot do?"),
    ("fieldlabs", "Alle Fieldlabs per provincie", "All Fieldlabs by province"),
    ("hubs", "De regionale Smart Industry Hubs", "The regional Smart Industry Hubs"),
    ("lang", "Taal: Nederlands of English", "Language: Nederlands or English"),
    ("privacy", "Wat Fieldbot bewaart", "What Fieldbot keeps"),
    ("forget", "Wis wat Fieldbot over u weet", "Erase what Fieldbot knows about you"),
    ("whoami", "Uw Telegram-id (voor Hub-medewerkers)", "Your Telegram id (for Hub staff)"),
)


def text(key: str, lang: str, **values: Any) -> str:
    """The text `key` in `lang` (Dutch when the language is unknown), formatted with values."""
    variants = TEXTS[key]
    template = variants.get(lang) or variants["nl"]
    return template.format(**values) if values else template
