"""Matching and the Assistant on the real knowledge: right entry, honest when unsure."""

from __future__ import annotations

import re

import pytest
from conftest import WriteKnowledge

from bot.assistant import Assistant, Reply, render_plain
from bot.knowledge import KnowledgeBase, load_knowledge
from bot.matching import Matcher, MatchSettings

FALLBACK_NL = "regionale Smart Industry Hub"
FALLBACK_EN = "regional Smart Industry Hub"


def declined(reply: Reply) -> bool:
    return not reply.confident and reply.entry is None


# --------------------------------------------------------------------------------------------
# The knowledge's own phrasings


def test_every_entry_phrasing_comes_back_as_that_entry(
    knowledge: KnowledgeBase, assistant: Assistant
) -> None:
    failures = []
    total = 0
    for entry in knowledge.entries:
        for lang, phrasings in entry.questions.items():
            for phrasing in phrasings:
                total += 1
                reply = assistant.answer(phrasing)
                if not (reply.confident and reply.entry == entry.id):
                    got = reply.entry if reply.confident else f"declined ({reply.score:.0f})"
                    failures.append(f"{entry.id} [{lang}] {phrasing!r} -> {got}")
    print(f"{len(failures)} of {total} phrasings miss their entry:", *failures, sep="\n  ")
    assert total > 500
    assert len(failures) <= 0.02 * total, "\n".join(failures)


def test_seed_figures_always_find_their_own_phrasings(
    knowledge: KnowledgeBase, assistant: Assistant
) -> None:
    """The results from the seed document (investments, companies, jobs) never miss."""
    failures = []
    for entry_id in ("results.investments", "results.companies", "results.jobs"):
        entry = knowledge.entry(entry_id)
        assert entry is not None
        for lang, phrasings in entry.questions.items():
            assert len(phrasings) >= 5, f"{entry_id} has fewer than 5 {lang} phrasings"
            for phrasing in phrasings:
                reply = assistant.answer(phrasing)
                if reply.entry != entry_id or not reply.confident:
                    failures.append(f"{phrasing!r} -> {reply.entry}")
    assert failures == []


# --------------------------------------------------------------------------------------------
# Smalltalk in both languages


@pytest.mark.parametrize(
    ("question", "entry", "lang"),
    [
        ("hoi", "smalltalk.greeting", "nl"),
        ("hello", "smalltalk.greeting", "en"),
        ("bedankt", "smalltalk.thanks", "nl"),
        ("thanks", "smalltalk.thanks", "en"),
        ("wie ben jij", "smalltalk.who", "nl"),
        ("who are you", "smalltalk.who", "en"),
        ("wat kun je", "smalltalk.help", "nl"),
        ("what can you do", "smalltalk.help", "en"),
        ("doei", "smalltalk.goodbye", "nl"),
        ("bye", "smalltalk.goodbye", "en"),
        ("Wie ben jij?", "smalltalk.who", "nl"),
        ("Hello!", "smalltalk.greeting", "en"),
    ],
)
def test_smalltalk_in_both_languages(
    assistant: Assistant, question: str, entry: str, lang: str
) -> None:
    reply = assistant.answer(question)
    assert (reply.entry, reply.confident, reply.language, reply.kind) == (
        entry,
        True,
        lang,
        "smalltalk",
    )
    assert reply.source_line() is None


# --------------------------------------------------------------------------------------------
# Typos, word order, accents


@pytest.mark.parametrize(
    ("question", "entry"),
    [
        ("hoevel bedrijfen doen er mee", "results.companies"),
        ("investerigen fieldlabs", "results.investments"),
        ("hoeveel baanen zijn er gekomen", "results.jobs"),
        ("How much was investd?", "results.investments"),
    ],
)
def test_typo_in_question_still_finds_the_entry(
    assistant: Assistant, question: str, entry: str
) -> None:
    reply = assistant.answer(question)
    assert (reply.entry, reply.confident) == (entry, True)


def test_typo_in_a_short_question_word_still_finds_investments(assistant: Assistant) -> None:
    reply = assistant.answer("How mutch was invested?")
    assert (reply.entry, reply.confident) == ("results.investments", True)


@pytest.mark.parametrize(
    ("question", "acceptable"),
    [
        ("hoeveelbanen?", {"results.jobs", None}),
        ("hoeveelbedrijven?", {"results.companies", None}),
        ("aantal?", {None}),
        ("number", {None}),
    ],
)
def test_question_without_a_clear_subject_gets_no_wrong_confident_answer(
    assistant: Assistant, question: str, acceptable: set[str | None]
) -> None:
    reply = assistant.answer(question)
    assert (reply.entry if reply.confident else None) in acceptable


@pytest.mark.parametrize(
    ("question", "entry"),
    [
        ("fieldlabs geïnvesteerd hoeveel", "results.investments"),
        ("banen fieldlabs hoeveel", "results.jobs"),
        ("jobs created fieldlabs how many", "results.jobs"),
        ("how many jobs were created by the fieldlabs", "results.jobs"),
    ],
)
def test_word_order_does_not_matter(assistant: Assistant, question: str, entry: str) -> None:
    reply = assistant.answer(question)
    assert (reply.entry, reply.confident) == (entry, True)


def test_accents_do_not_matter(assistant: Assistant) -> None:
    with_accent = assistant.answer("Hoeveel is er geïnvesteerd in de fieldlabs?")
    without = assistant.answer("Hoeveel is er geinvesteerd in de fieldlabs?")
    assert with_accent.entry == without.entry == "results.investments"
    assert with_accent.score == without.score
    assert with_accent.confident and without.confident


def test_case_and_punctuation_do_not_matter(assistant: Assistant) -> None:
    plain = assistant.answer("hoeveel banen")
    shouted = assistant.answer("HOEVEEL BANEN???!!")
    assert (plain.entry, plain.score) == (shouted.entry, shouted.score) == ("results.jobs", 100)


# --------------------------------------------------------------------------------------------
# Declining honestly


@pytest.mark.parametrize(
    "question",
    [
        "wat wordt het weer morgen",
        "what is the capital of France",
        "Wat is de hoofdstad van Frankrijk?",
        "Hoeveel kost een broodje kaas?",
        "Who won the world cup in 2018?",
        "recept voor appeltaart",
    ],
)
def test_out_of_scope_question_is_declined(assistant: Assistant, question: str) -> None:
    reply = assistant.answer(question)
    assert declined(reply), (reply.entry, reply.score)
    assert reply.kind in ("out_of_scope", "unknown")
    assert not reply.alternatives  # no random suggestions under an unrelated question


@pytest.mark.parametrize(
    "question",
    [
        "hoeveel banen zijn er in de zorg?",
        "hoeveel fieldlabs zijn er in Duitsland?",
        "hoeveel banen zijn er bij Unilever?",
        "how many jobs are there in healthcare?",
        "how many fieldlabs are there in Germany?",
        "hoeveel banen zijn er bij Shell?",
    ],
)
def test_close_but_wrong_question_is_declined(assistant: Assistant, question: str) -> None:
    reply = assistant.answer(question)
    assert declined(reply), (reply.entry, reply.score)


@pytest.mark.parametrize(
    "question",
    [
        "hoeveel banen zijn er in Nederland?",
        "How many jobs are there in the Netherlands?",
        "Hoeveel bedrijven zijn er in Nederland?",
    ],
)
def test_country_wide_figure_is_not_answered_with_the_fieldlab_figure(
    assistant: Assistant, question: str
) -> None:
    reply = assistant.answer(question)
    assert declined(reply), (reply.entry, reply.score)


@pytest.mark.parametrize(
    "question",
    [
        "How much was invested in the fieldlabs in the UK?",
        "Hoeveel banen leverden de fieldlabs op in de VS?",
    ],
)
def test_a_figure_for_a_country_with_a_short_name_is_not_the_dutch_figure(
    assistant: Assistant, question: str
) -> None:
    # "UK", "VS" are two letters, but in capitals a country: the sources count Dutch labs
    reply = assistant.answer(question)
    assert declined(reply), (reply.entry, reply.score)


def test_vs_between_two_names_is_no_country(assistant: Assistant) -> None:
    reply = assistant.answer("ramlab vs sam|xl wat doen die")
    assert reply.answered() == ("fieldlab.ramlab", "fieldlab.samxl")


def test_fieldlabs_in_the_netherlands_is_the_fieldlab_count(assistant: Assistant) -> None:
    reply = assistant.answer("hoeveel fieldlabs zijn er in Nederland?")
    assert (reply.entry, reply.confident) == ("results.fieldlab-count", True)


def test_a_clearly_unrelated_question_says_what_the_bot_does(assistant: Assistant) -> None:
    reply = assistant.answer("wat wordt het weer morgen")
    assert reply.language == "nl"
    assert reply.kind == "out_of_scope"
    assert reply.text.startswith("Daar kan ik u niet mee helpen")
    assert "Fieldlabs" in reply.text and "Hubs" in reply.text


def test_in_scope_but_unknown_points_to_the_regional_hub_in_dutch(assistant: Assistant) -> None:
    reply = assistant.answer("hoeveel banen zijn er in de zorg?")
    assert reply.kind == "unknown"
    assert reply.text.startswith("Dat staat niet in mijn bronnen.")
    assert FALLBACK_NL in reply.text


def test_fallback_points_to_the_regional_hub_in_english(assistant: Assistant) -> None:
    reply = assistant.answer("what is the capital of France")
    assert reply.language == "en"
    assert FALLBACK_EN in reply.text


def test_fallback_offers_at_most_three_alternatives(assistant: Assistant) -> None:
    reply = assistant.answer("smart industry")
    assert declined(reply)
    assert len(reply.alternatives) == 3
    assert [a.score for a in reply.alternatives] == sorted(
        (a.score for a in reply.alternatives), reverse=True
    )
    text = render_plain(reply)
    assert "Bedoelde u misschien:" in text or "Did you perhaps mean:" in text
    for alternative in reply.alternatives:
        assert f"- {alternative.question}" in text


def test_alternative_is_offered_for_a_close_but_wrong_question(assistant: Assistant) -> None:
    reply = assistant.answer("hoeveel banen zijn er in de zorg?")
    assert [a.entry for a in reply.alternatives][:1] == ["results.jobs"]
    assert render_plain(reply).endswith("- Hoeveel banen hebben de Fieldlabs opgeleverd?")


# --------------------------------------------------------------------------------------------
# Language


@pytest.mark.parametrize(
    ("question", "lang"),
    [
        ("Hoeveel banen hebben de Fieldlabs opgeleverd?", "nl"),
        ("How many jobs did the Fieldlabs create?", "en"),
        ("Wat is een Smart Industry Hub?", "nl"),
        ("What is a Smart Industry Hub?", "en"),
        ("investeringen", "nl"),
        ("jobs?", "en"),
        ("Welke fieldlabs zijn er in Delft?", "nl"),
        ("Which Fieldlabs are in Delft?", "en"),
    ],
)
def test_language_is_detected(assistant: Assistant, question: str, lang: str) -> None:
    assert assistant.language_of(question, "nl") == lang
    assert assistant.language_of(question, "en") == lang
    assert assistant.answer(question).language == lang


def test_undecided_language_follows_the_users_preference(assistant: Assistant) -> None:
    assert assistant.answer("fieldlab", preferred_lang="en").language == "en"
    assert assistant.answer("fieldlab", preferred_lang="nl").language == "nl"


def test_forced_language_wins_over_detection(assistant: Assistant) -> None:
    reply = assistant.answer("Hoeveel banen hebben de Fieldlabs opgeleverd?", lang="en")
    assert (reply.entry, reply.language) == ("results.jobs", "en")
    assert "430 direct jobs" in reply.text


# --------------------------------------------------------------------------------------------
# What the user sees


def test_answer_carries_its_source_with_a_dutch_date(assistant: Assistant) -> None:
    reply = assistant.answer("hoeveel banen?")
    text = render_plain(reply)
    assert text.startswith(reply.text)
    last = text.splitlines()[-1]
    assert last == reply.source_line()
    assert re.fullmatch(r"Bron: TNO.*, 18 maart 2019 \(https://smartindustry\.nl/.*\)", last)


def test_english_answer_has_an_english_source_label(assistant: Assistant) -> None:
    text = render_plain(assistant.answer("How many jobs were created?"))
    assert re.fullmatch(r"Source: TNO.*, 18 March 2019 \(https://.*\)", text.splitlines()[-1])


def test_answer_lists_related_entries(assistant: Assistant) -> None:
    reply = assistant.answer("hoeveel is er geïnvesteerd in de fieldlabs?")
    assert "results.jobs" in [link.entry for link in reply.related]
    assert all(link.question for link in reply.related)


def test_empty_question_gets_an_invitation(assistant: Assistant) -> None:
    for question in ("", "   ", "?!", "\u200b"):
        reply = assistant.answer(question)
        assert reply.kind == "empty"
        assert reply.text.startswith("Stel gerust een vraag")


def test_very_long_question_gets_a_calm_reply(assistant: Assistant) -> None:
    reply = assistant.answer("hoeveel banen? " + "bla " * 2500)
    assert reply.truncated is True
    text = render_plain(reply)
    assert text.startswith("Dat is een lange tekst; ik heb vooral de vragen erin gelezen.")
    assert "430" in text
    assert len(text) < 3000


def test_a_long_story_with_the_question_at_the_end_gets_that_question_answered(
    assistant: Assistant,
) -> None:
    story = "Wij zijn een familiebedrijf in de metaal en we doen al veertig jaar plaatwerk. " * 12
    reply = assistant.answer(story + "Hoeveel banen hebben de fieldlabs opgeleverd?")
    assert reply.truncated is True
    assert reply.entry == "results.jobs" and "430" in reply.text


def test_long_question_that_fits_is_not_truncated(assistant: Assistant) -> None:
    reply = assistant.answer("hoeveel banen hebben de fieldlabs opgeleverd? " * 5)
    assert reply.truncated is False
    assert reply.entry == "results.jobs"


# --------------------------------------------------------------------------------------------
# The matcher on its own, and new knowledge


def test_matcher_ranks_candidates_with_scores_0_to_100(knowledge: KnowledgeBase) -> None:
    match = Matcher(knowledge).search("hoeveel banen?", lang="nl")
    assert match.confident
    assert match.best is not None and match.best.entry == "results.jobs"
    scores = [c.score for c in match.candidates]
    assert scores == sorted(scores, reverse=True)
    assert all(0 <= s <= 100 for s in scores)


def test_matcher_returns_no_candidates_for_nothing(knowledge: KnowledgeBase) -> None:
    match = Matcher(knowledge).search("", lang="nl")
    assert (match.candidates, match.confident, match.best) == ((), False, None)


def test_thresholds_can_be_overridden(knowledge: KnowledgeBase) -> None:
    strict = Assistant(knowledge, settings=MatchSettings(threshold=100.5))
    reply = strict.answer("hoeveel banen?")
    assert declined(reply)
    assert [a.entry for a in reply.alternatives] == ["results.jobs"]


COFFEE = """\
entries:
  - id: coffee.cups
    questions:
      nl: ["Hoeveel koffie drinkt het team?", "koffie team"]
      en: ["How much coffee does the team drink?"]
    answer:
      nl: "Twaalf koppen per dag."
      en: "Twelve cups a day."
    source: "Teamtelling"
    as_of: 2024-01-31
"""


def test_swap_serves_the_new_knowledge(
    knowledge: KnowledgeBase, write_knowledge: WriteKnowledge
) -> None:
    own = Assistant(knowledge)
    assert declined(own.answer("hoeveel koffie drinkt het team?"))
    new = load_knowledge(write_knowledge({"coffee.yaml": COFFEE}))
    own.swap(new)
    assert own.knowledge is new
    coffee = own.answer("hoeveel koffie drinkt het team?")
    assert (coffee.entry, coffee.text) == ("coffee.cups", "Twaalf koppen per dag.")
    assert render_plain(coffee).endswith("Bron: Teamtelling, 31 januari 2024")
    assert declined(own.answer("hoeveel banen hebben de fieldlabs opgeleverd?"))
    assert own.answer_entry("results.jobs", "nl") is None


def test_swap_with_a_prebuilt_index(
    knowledge: KnowledgeBase, write_knowledge: WriteKnowledge
) -> None:
    own = Assistant(knowledge)
    new = load_knowledge(write_knowledge({"coffee.yaml": COFFEE}))
    own.swap(new, Assistant.build(new))
    assert own.answer("How much coffee does the team drink?").text == "Twelve cups a day."


def test_answer_entry_gives_a_known_entry_for_buttons(assistant: Assistant) -> None:
    reply = assistant.answer_entry("results.jobs", "en")
    assert reply is not None
    assert (reply.entry, reply.language, reply.confident) == ("results.jobs", "en", True)
    assert "430" in reply.text
    assert assistant.answer_entry("no.such.entry", "nl") is None


@pytest.mark.parametrize(
    ("question", "entry"),
    [
        ("Hoeveel fieldlabs zijn er actief?", "results.fieldlab-count"),
        ("How many fieldlabs were active in 2016?", "results.fieldlab-count"),
        ("Hoeveel ondernemers zijn er actief in de fieldlabs?", "results.companies"),
    ],
)
def test_a_count_question_finds_the_entry_that_counts_the_same_thing(
    assistant: Assistant, question: str, entry: str
) -> None:
    assert assistant.answer(question).entry == entry


def test_a_verb_with_an_inseparable_prefix_is_another_verb(assistant: Assistant) -> None:
    # "verdienen" (earn) is not "dienen" (serve): a salary question is not a biography.
    assert assistant.answer("wat verdient Egbert-Jan Sol eigenlijk?").answered() == ()
    assert assistant.answer("Wat verdient een staatssecretaris van EZK?").answered() == ()


@pytest.mark.parametrize(
    "question",
    [
        "bij welke partij zit Mona Keijzer nu?",
        "How much was one BOOST voucher worth?",
        "in welk jaar werd de hub in het noorden aangekondigd?",
    ],
)
def test_a_persons_entry_answers_only_what_it_holds_about_them(
    assistant: Assistant, question: str
) -> None:
    assert not any(e.startswith("people.") for e in assistant.answer(question).answered())


@pytest.mark.parametrize(
    ("question", "entry"),
    [
        ("Wie is de projectleider van BOOST?", "people.burghard"),
        ("Wat zei Mona Keijzer op het jaarevent?", "people.keijzer"),
        ("what did the FME chair say about regional cooperation", "people.dezentje"),
    ],
)
def test_a_person_named_by_name_or_role_is_still_answered(
    assistant: Assistant, question: str, entry: str
) -> None:
    assert assistant.answer(question).entry == entry


def test_what_does_it_entail_is_a_frame_not_a_subject(assistant: Assistant) -> None:
    reply = assistant.answer("Wat houdt die Implementatieagenda van Smart Industry eigenlijk in?")
    assert reply.entry == "programme.implementatieagenda"


def test_the_north_of_the_country_is_no_other_place(assistant: Assistant) -> None:
    reply = assistant.answer("who announced the smart industry hub for the north of the country?")
    assert reply.entry == "people.post"


@pytest.mark.parametrize(
    "question",
    [
        "How many jobs did RoboHouse create?",
        "Hoeveel banen heeft smart industry opgeleverd in de bloementeelt?",
    ],
)
def test_a_figure_for_something_the_knowledge_does_not_cover_is_declined(
    assistant: Assistant, question: str
) -> None:
    assert assistant.answer(question).answered() == ()


@pytest.mark.parametrize(
    "question",
    [
        "welke hubs zijn er allemaal?",
        "Which hubs are there?",
        "what are the names of all the hubs",
    ],
)
def test_which_hubs_are_there_is_the_list_of_hubs(assistant: Assistant, question: str) -> None:
    assert assistant.answer(question).entry == "hubs.list"


def test_which_hub_for_my_town_is_still_a_route(assistant: Assistant) -> None:
    assert assistant.answer("welke hub is er voor Enschede?").entry == "hub.oost"


def test_a_fact_in_a_named_records_description_is_answered_with_its_card(
    assistant: Assistant,
) -> None:
    reply = assistant.answer("hoeveel miljoen euro was er beschikbaar voor RoSF?")
    assert reply.entry == "fieldlab.rosf" and "21" in reply.text


def test_a_record_whose_description_does_not_say_it_is_declined(assistant: Assistant) -> None:
    assert (
        assistant.answer("what does it cost per hour to rent a robot at RoboHouse?").answered()
        == ()
    )


def test_a_figure_only_one_entry_states_decides_between_near_candidates(
    assistant: Assistant,
) -> None:
    reply = assistant.answer("was er echt veertien komma vijfenvijftig miljoen voor de regeling?")
    assert reply.entry == "programme.subsidy" and "14,55" in reply.text


def test_a_name_said_letter_by_letter_is_found(assistant: Assistant) -> None:
    from bot.records import spoken_forms

    assert "deeseeemsee" in spoken_forms("DCMC") and "deeceeemcee" in spoken_forms("DCMC")
    assert "samexel" in spoken_forms("SAM|XL") and spoken_forms("RoboHouse") == set()
    assert assistant.answer("wat doen ze bij sam excel in delft").entry == "fieldlab.samxl"
    assert assistant.answer("waar zit dee cee em cee").entry == "fieldlab.dcmc"


def test_pasted_html_and_links_are_read_as_the_words_around_them(assistant: Assistant) -> None:
    assert assistant.answer("<script>alert(1)</script> wat is een fieldlab").entry == (
        "fieldlabs.what"
    )
    assert assistant.answer("<b>hoeveel banen</b>").entry == "results.jobs"
    assert assistant.answer("wat staat er op https://www.smitzh.nl?").entry == "hub.zuid-holland"


def test_a_pasted_links_own_words_are_left_out(assistant: Assistant) -> None:
    asked = "wat is een fieldlab <a href='https://example.com/x'>klik hier</a>"
    assert assistant.answer(asked).entry == "fieldlabs.what"
    shown_as_address = '<a href="https://www.smitzh.nl">https://www.smitzh.nl</a>'
    assert assistant.answer(shown_as_address).kind == "empty"  # only a link: asked for words


def test_a_message_that_is_only_a_link_is_asked_for_words(assistant: Assistant) -> None:
    reply = assistant.answer("https://smartindustry.nl/2019/03/18/240-miljoen-aan-investeringen")
    assert reply.kind == "empty" and reply.text.startswith("Links open ik niet.")
    assert reply.language == "nl"


def test_a_phone_number_in_a_question_is_not_matched_and_not_passed_on(
    assistant: Assistant,
) -> None:
    reply = assistant.answer("mail me: jan.devries@bedrijf.nl of 06-12345678, hoeveel banen?")
    assert reply.contact_given and reply.entry == "results.jobs"
    assert render_plain(reply).startswith("Telefoonnummers en e-mailadressen geef ik niet door")
    assert not assistant.answer("hoeveel fieldlabs waren er in 2015 2016 2017").contact_given
