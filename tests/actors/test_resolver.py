"""tidings_actors on the reference article (2015-06-02) and on generic sentences."""

from __future__ import annotations

import datetime as dt
import re

import pytest

from tidings.actors import actor_at


def _mention(doc, phrase: str, occurrence: int = 0):
    """The actor mention covering the token where ``phrase`` starts (nth occurrence)."""
    starts = [m.start() for m in re.finditer(re.escape(phrase), doc.text)]
    assert len(starts) > occurrence, f"{phrase!r} not in text"
    char = starts[occurrence]
    token = next(t for t in doc if t.idx <= char < t.idx + len(t.text) or t.idx >= char)
    # the phrase may start with a determiner the mention leaves out: look at its last token
    last = doc.char_span(char, char + len(phrase), alignment_mode="expand")[-1]
    return actor_at(doc, last) or actor_at(doc, token)


SEED_TARGETS = [
    # (phrase, occurrence, country, sector, kind or None, actor_id or None)
    ("The United States", 0, "USA", None, "state", "USA"),
    ("the Syria", 0, "SYR", None, "state", "SYR"),
    ("the U.S. Embassy Syria", 0, "USA", "GOV", None, None),
    ("Levant Front", 0, "SYR", "REB", "group", "LEVANT_FRONT"),
    ("Western-backed rebels", 0, "SYR", "REB", None, None),  # the country from the context
    ("other insurgents", 0, "SYR", "REB", None, None),  # not the "Turkish border" they are near
    ("the U.S. embassy in Syria", 0, "USA", "GOV", None, None),
    ("the Syrian regime", 0, "SYR", "GOV", None, None),
    ("the Assad regime", 0, "SYR", "GOV", None, None),
    ("Islam Alloush", 0, "SYR", "REB", "person", None),
    ("the Islamic Front", 0, "SYR", "REB", "group", "ISLAMIC_FRONT"),
    ("The Guardian", 0, "GBR", "JRN", None, "GUARDIAN"),
    ("Reuters", 0, None, "JRN", None, "REUTERS"),
    ("Syrian officials", 0, "SYR", "GOV", None, None),
    ("Washington", 0, "USA", "GOV", "metonym", "USA"),
    ("the activists", 0, "SYR", "OPP", None, None),
    ("Syrian President Bashar al-Assad", 0, "SYR", "GOV", "person", "bashar_al_assad"),
    ("Mr Assad", 0, "SYR", "GOV", "person", "bashar_al_assad"),
    ("the Syrian Observatory for Human Rights", 0, "SYR", "NGO", None, "SOHR"),
    ("the Syrian military", 0, "SYR", "MIL", None, None),
    ("the U.S. deputy secretary of state", 0, "USA", "GOV", None, None),
    ("the Iraqi Prime Minister Haider al-Abadi", 0, "IRQ", "GOV", "person", "haider_al_abadi"),
    ("The Iraqi leader", 0, "IRQ", "GOV", "person", "haider_al_abadi"),
    ("Mr Abadi", 0, "IRQ", "GOV", "person", "haider_al_abadi"),
    ("Blinken", 0, "USA", "GOV", "person", "antony_blinken"),
    ("the Obama administration", 0, "USA", "GOV", None, None),
    ("Iraqi forces", 0, "IRQ", "MIL", None, None),
    ("the group", 0, None, "INS", "group", "ISIS"),
]


@pytest.mark.parametrize("phrase,occurrence,country,sector,kind,actor_id", SEED_TARGETS)
def test_resolver_seed_targets(seed_doc, phrase, occurrence, country, sector, kind, actor_id):
    mention = _mention(seed_doc, phrase, occurrence)
    assert mention is not None, phrase
    assert (mention.country, mention.sector) == (country, sector) or (actor_id == "ISIS" and mention.actor_id == "ISIS")
    if kind:
        assert mention.kind == kind
    if actor_id:
        assert mention.actor_id == actor_id


def test_resolver_seed_every_isis_is_isis(seed_doc):
    isis = [t for t in seed_doc if t.text == "ISIS"]
    assert len(isis) >= 8
    for token in isis:
        mention = actor_at(seed_doc, token)
        assert mention is not None and mention.actor_id == "ISIS" and mention.sector == "INS", token.i


@pytest.mark.parametrize("place", ["Aleppo", "Kilis", "Paris", "Damascus", "Twitter"])
def test_resolver_seed_places_are_not_actors(seed_doc, place):
    for token in seed_doc:
        if token.text == place:
            mention = actor_at(seed_doc, token)
            assert mention is None or place not in mention.text, mention


def test_resolver_mentions_do_not_overlap(seed_doc):
    mentions = seed_doc._.actors
    assert mentions == sorted(mentions, key=lambda m: m.start)
    assert all(a.end <= b.start for a, b in zip(mentions, mentions[1:]))
    assert all(m.method for m in mentions)


@pytest.mark.parametrize(
    "text,phrase,expected",
    [
        ("Moscow said the sanctions were illegal.", "Moscow", ("RUS", "GOV", "metonym")),
        ("The claims of the Kremlin were rejected.", "Kremlin", ("RUS", "GOV", "metonym")),
        ("The Pentagon announced new deployments.", "Pentagon", ("USA", "MIL", "metonym")),
        ("Turkish border guards shot two migrants.", "Turkish border guards", ("TUR", "MIL", "sector")),
        ("Police arrested three protesters in Lagos.", "Police", (None, "COP", "sector")),
        ("Syrians fled across the border.", "Syrians", ("SYR", None, "group")),
        ("Prison guards beat the inmates.", "Prison guards", (None, "COP", "sector")),
        # out of office: an elite; a former rebel is still no official
        ("A former Iraqi general said the war was lost.", "former Iraqi general", ("IRQ", "ELI", "sector")),
        ("The former rebels joined the army.", "former rebels", (None, "REB", "sector")),
        # a border's state is a neighbour, not the country of the actors near it
        ("Fighting raged in Syria on Monday. Rebels attacked an army post near the Turkish border.", "Rebels", ("SYR", "REB", "sector")),
        ("Rebels seized villages near Macedonia's border with Bulgaria.", "Rebels", ("MKD", "REB", "sector")),
        ("General Qamar Bajwa urged a new policy in Pakistan.", "General Qamar Bajwa", ("PAK", "MIL", "person")),  # a title
    ],
)
def test_resolver_generic_sentences(run, text, phrase, expected):
    doc = run(text)
    mention = _mention(doc, phrase)
    assert mention is not None
    assert (mention.country, mention.sector, mention.kind) == expected


@pytest.mark.parametrize(
    "text,span,expected",
    [
        ("The Government of Cambodia rejected the plan.", "Government of Cambodia", ("KHM", "GOV")),  # NER cut "The Government of"
        ("The Kachin Independence Organization (KIO) attacked the army.", "Kachin Independence Organization (KIO)", (None, None)),
        ("Yemen's Houthi rebels attacked the city.", "Yemen's Houthi rebels", ("YEM", "REB")),
        ("Rebels in Damascus fired at the army.", "Rebels in Damascus", ("SYR", "REB")),
        ("Diplomats from Poland met the rebels.", "Diplomats from Poland", ("POL", "GOV")),  # the sender, not a host
        ("Lavrov met his Pakistani counterparts.", "Pakistani counterparts", ("PAK", "GOV")),
        ("US Secretary of State Rex Tillerson said on Monday.", "US Secretary of State Rex Tillerson", ("USA", "GOV")),
        ("Israeli tanks fired four shells at the town.", "Israeli tanks", ("ISR", "MIL")),
        ("Taliban attackers stormed the base.", "Taliban attackers", ("AFG", "INS")),
        ("Red Cross officials suspended aid deliveries.", "Red Cross officials", ("NGO", None)),  # an NGO's officials govern nothing
        ("Guards beat scores of Sierra Leonean and Liberian refugees.", "Sierra Leonean", ("SLE", "REF")),  # parsed apart
        ("Syrians and Iraqi forces fled.", "Syrians", ("SYR", None)),  # a people, not forces
        ("A US national was put under investigation.", "US national", ("USA", "CVL")),  # a citizen
        ("Police detained two British nationals.", "two British nationals", ("GBR", "CVL")),
        ("Soldiers beat Palestinian detainees.", "Palestinian detainees", ("PSE", "CVL")),  # Phoenix: OPP
        ("Trump asked the United States National Security Council to help.", "United States National Security Council", ("USA", "GOV")),
        # two demonyms in a row: one group, of the state it lives in
        ("Bosnian Serbs demanded a truce.", "Bosnian Serbs", ("BIH", "CVL")),
        ("Bosnian Serb forces shelled Sarajevo.", "Bosnian Serb forces", ("BIH", "MIL")),
        ("Turkish Cypriot leaders rejected the plan.", "Turkish Cypriot leaders", ("CYP", "GOV")),
        ("Kosovo Albanians voted on Sunday.", "Kosovo Albanians", ("XKX", "CVL")),
        ("Israeli and Palestinian negotiators met.", "Palestinian negotiators", ("PSE", "GOV")),  # coordinated: no pair
        ("American Samoans sued the government.", "American Samoans", ("ASM", "CVL")),  # one demonym of two words
        ("Gunmen from the Al-Aqsa Martyrs Brigades attacked a checkpoint.", "Al-Aqsa Martyrs Brigades", ("MEA", "REB")),
        # the ally of an actor is another one: not Israel
        ("Hezbollah guerrillas attacked Israel's militia ally in southern Lebanon.", "militia ally", ("LBN", "REB")),
        ("Syria shelled Israel's allies.", "allies", (None, None)),
        ("Rebels attacked Russia's ally Syria.", "Syria", ("SYR", None)),  # named in apposition
        ("Police arrested Putin's opponents.", "opponents", (None, None)),  # not Putin
        ("Opponents of the president marched in Kampala.", "Opponents", (None, None)),  # nor the president
        # the backers of an actor are not the actor: civilians of its country
        ("Trump supporters attacked the convoy.", "Trump supporters", ("USA", "CVL")),
        ("Hamas supporters rallied in Gaza.", "Hamas supporters", ("PSE", "CVL")),
        ("Counter-protesters attacked the marchers.", "Counter-protesters", (None, "OPP")),  # not only a modifier
        ("Counter-protesters attacked the marchers.", "marchers", (None, "OPP")),
        ("The army attacked \u201crebel fighters\u201d in the north.", "rebel fighters", (None, "REB")),  # no quote marks
    ],
)
def test_resolver_mention_spans(run, text, span, expected):
    doc = run(text)
    mention = _mention(doc, span)
    assert mention is not None and mention.text == span
    assert (mention.country, mention.sector) == expected
    assert all(a.end <= b.start for a, b in zip(doc._.actors, doc._.actors[1:]))


@pytest.mark.parametrize(
    "text,word",
    [
        ("Thousands joined anti-government rallies in Caracas.", "government"),
        ("The U.S. sent anti-tank rockets to Iraqi forces.", "tank"),  # an agent after a modifier prefix
        ("Ice covered the road to the base.", "Ice"),  # "ICE" (the US agency) only as written
        ("The opposition won the general election.", "general"),  # noun-only agents: no adjective
        ("The national team lost the final.", "national"),
        ("Trump faces a criminal investigation in New York.", "criminal"),
        ("Israeli police clashed with worshippers at the al-Aqsa mosque compound.", "Aqsa"),  # the mosque, not the brigades
        ("If convicted, he could receive up to a lifetime prison sentence.", "prison"),  # a place; its guards are actors
    ],
)
def test_resolver_word_is_no_actor(run, text, word):
    doc = run(text)
    token = next(t for t in doc if t.text == word)
    assert actor_at(doc, token) is None


@pytest.mark.parametrize(
    "text,capital",
    [
        ("Talks were held in Moscow on Monday.", "Moscow"),
        ("The delegation flew to Washington.", "Washington"),
        ("Protesters gathered near Tehran.", "Tehran"),
        # the place noun the capital names is after the locative
        ("Protesters rallied in the Syrian capital Damascus on Friday.", "Damascus"),
        ("Troops clashed with rebels in the capital, Kabul.", "Kabul"),
    ],
)
def test_resolver_capital_after_locative_is_a_place(run, text, capital):
    doc = run(text)
    token = next(t for t in doc if t.text == capital)
    assert actor_at(doc, token) is None


@pytest.mark.parametrize(
    "text,capital,expected",
    [
        ("Farmers said they would blockade Paris from Monday night.", "Paris", ("FRA", "CVL", "group")),  # the town's people
        ("Israeli warplanes bombed Damascus on Monday.", "Damascus", ("SYR", "CVL", "group")),
        ("Juba was captured by the rebels.", "Juba", ("SSD", "CVL", "group")),
        ("Putin visited Beijing on Monday.", "Beijing", ("CHN", "GOV", "metonym")),  # the host government
        ("Paris said the sanctions were illegal.", "Paris", ("FRA", "GOV", "metonym")),
    ],
)
def test_resolver_capital_a_place_verb_takes_is_the_town(run, text, capital, expected):
    doc = run(text)
    mention = _mention(doc, capital)
    assert (mention.country, mention.sector, mention.kind) == expected


@pytest.mark.parametrize(
    "date,sector",
    [(dt.date(2012, 5, 1), "BUS"), (dt.date(2018, 5, 1), "GOV"), (dt.date(2022, 5, 1), "PTY"), (None, "GOV")],
)
def test_resolver_role_depends_on_publication_date(run, date, sector):
    doc = run("Trump criticised the trade deal.", date)
    mention = _mention(doc, "Trump")
    assert (mention.actor_id, mention.country, mention.sector) == ("donald_trump", "USA", sector)


def test_resolver_unknown_person_and_in_doc_surname(run):
    doc = run("John Smith, a French diplomat, met the rebels. Mr Smith said talks would go on.")
    first = _mention(doc, "John Smith")
    later = _mention(doc, "Mr Smith")
    assert first.method == "ner:unknown+appos" and first.actor_id is None
    assert (first.country, first.sector) == ("FRA", "GOV")
    assert later.method == "alias:in-doc" and later.name == "John Smith"


@pytest.mark.parametrize("text", ["", "   ", "\u200b\u202e", "!!!", "2019 2020", "ISIS"])
def test_resolver_never_crashes_on_odd_text(run, text):
    doc = run(text)
    assert isinstance(doc._.actors, list)


def test_resolver_actor_at_outside_any_mention(seed_doc):
    first = seed_doc._.actors[0]
    assert actor_at(seed_doc, first.start) is first
    assert actor_at(seed_doc, len(seed_doc) - 1) is None
