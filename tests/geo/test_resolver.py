import pytest
from spacy.tokens import Span

from tidings.annotations import ActorMention
from tidings.geo.gazetteer import haversine_km


def _places(doc, text):
    return [p for p in doc._.places if p.text == text]


@pytest.mark.parametrize(
    "text,lat,lon,country",
    [("Aleppo", 36.20, 37.13, "SYR"), ("al-Bab", 36.37, 37.52, "SYR"), ("Damascus", 33.51, 36.29, "SYR")],
)
def test_resolver_seed_cities(seed_doc, text, lat, lon, country):
    found = _places(seed_doc, text)
    assert found
    for place in found:
        assert place.kind == "place" and place.country == country
        assert haversine_km(lat, lon, place.lat, place.lon) < 25


def test_resolver_seed_province_of_kilis(seed_doc):
    (kilis,) = _places(seed_doc, "Kilis")
    assert (kilis.feature, kilis.country, kilis.admin1) == ("admin1", "TUR", "Kilis")
    assert kilis.method.startswith("qualifier")


@pytest.mark.parametrize("text,country,feature", [("Paris", "FRA", "city"), ("Syria", "SYR", "country")])
def test_resolver_seed_places(seed_doc, text, country, feature):
    found = _places(seed_doc, text)
    assert found and all((p.country, p.feature) == (country, feature) for p in found)


@pytest.mark.parametrize("text,country", [("Syrian", "SYR"), ("Turkish", "TUR"), ("Iraqi", "IRQ")])
def test_resolver_seed_demonyms(seed_doc, text, country):
    found = _places(seed_doc, text)
    assert found and all((p.kind, p.country, p.feature) == ("demonym", country, "country") for p in found)


def test_resolver_never_zero_zero(seed_doc):
    assert all((p.lat, p.lon) != (0, 0) for p in seed_doc._.places)
    assert [p.start for p in seed_doc._.places] == sorted(p.start for p in seed_doc._.places)


@pytest.mark.parametrize(
    "text,capital,kind",
    [
        ("Syrian officials dismissed the claims of Washington.", "Washington", "metonym"),
        # A capital the actor resolver calls a metonym stays a place where the text names the place.
        ("Troops patrolled the streets of Kabul on Friday.", "Kabul", "place"),
        ("A bomb destroyed one of Baghdad's main bridges.", "Baghdad", "place"),
        ("Police sealed off the Kabul airport on Friday.", "Kabul", "place"),
        ("Peacekeepers patrolled downtown Bangui.", "Bangui", "place"),
        ("Two Palestinians were shot near the West Bank town of Ramallah.", "Ramallah", "place"),
        ("A U.N. worker was shot outside her home in the Georgian capital of Tbilisi.", "Tbilisi", "place"),
        ("A suicide bomber blew himself up in the capital, Islamabad, on Monday.", "Islamabad", "place"),
        ("Protesters marched down Tbilisi's central Rustaveli Avenue on Friday.", "Tbilisi", "place"),
    ],
)
def test_resolver_actor_metonym_is_not_a_place(nlp, text, capital, kind):
    with nlp.select_pipes(disable=["tidings_places", "tidings_event_locations"]):
        doc = nlp(text)
    start = next(t.i for t in doc if t.text == capital)
    doc._.actors = [ActorMention(start, start + 1, capital, sector="GOV", kind="metonym")]
    found = _places(nlp.get_pipe("tidings_places")(doc), capital)
    assert found and all(p.kind == kind for p in found)


@pytest.mark.parametrize(
    "text,name,country,feature",
    [
        ("Protesters gathered in Tbilisi, Georgia, on Sunday.", "Georgia", "GEO", "country"),
        ("The company moved to Atlanta, Georgia, last year.", "Georgia", "USA", "admin1"),
        ("Militias clashed in Tripoli, the Libyan capital, near Benghazi and Misrata.", "Tripoli", "LBY", "city"),
        ("Clashes in Tripoli spread to Beirut as Lebanon's army deployed.", "Tripoli", "LBN", "city"),
        ("He grew up in Paris, Texas.", "Paris", "USA", "city"),
        # A state's other name is as good as its main one: not Macedonia, Ohio, in a US story.
        ("The United States cut all aid to Albanian rebels in Macedonia.", "Macedonia", "MKD", "country"),
        # A famous place GeoNames files under another main name (Tadmur) is curated.
        ("The army recaptured the town of Palmyra from Islamic State militants.", "Palmyra", "SYR", "city"),
        ("The senator spoke in Washington on Monday.", "Washington", "USA", "city"),
        # A repeated name never vouches for itself: "Jordan" twice does not make it the country.
        ("Jordan police found him near Robbinsdale, Minn. Jordan officials thanked Shakopee.", "Jordan", "USA", "city"),
        # A city holding under a third of its namesake state's people does not replace it.
        ("New York officials closed the bridge.", "New York", "USA", "admin1"),
        # A place noun of place_context.yaml asks for its feature.
        ("Fighting raged in the province of Aleppo on Monday.", "Aleppo", "SYR", "admin1"),
        ("Fighting raged in the city of Aleppo on Monday.", "Aleppo", "SYR", "city"),
        # The people of a place weigh more than one US town named after it in a US story.
        ("Gainesville farmers export peaches to Canada, China and Italy.", "Italy", "ITA", "country"),
        # A sea is no town named after its last word ("Gulf", "Atlantic").
        ("Oil from the rig spilled into the Gulf of Mexico on Monday.", "Gulf of Mexico", None, "region"),
        ("A helicopter crashed in the North Atlantic on Thursday.", "North Atlantic", None, "region"),
        # "X County" is also the unit named X: an English county in an English story.
        ("Hampshire County Council said schools in Winchester and Basingstoke were closed.", "Hampshire County",
         "GBR", "admin2"),
        ("Kent County officials in Grand Rapids, Michigan, said the roads were closed.", "Kent County", "USA",
         "admin2"),
        # A name without the Arabic article that GeoNames writes.
        ("Officials in Diwaniyah said the bomb killed five people.", "Diwaniyah", "IRQ", "city"),
        # ner splits a hyphenated name in two ("El-", "Arish"): one place, the whole.
        ("On Friday, several hundred people demonstrated in El-Arish, where Saleh lived in Egypt.", "El-Arish",
         "EGY", "city"),
        # Islands and regions GeoNames cities lack, or hold only as a small namesake elsewhere.
        ("Twin bombings struck the cathedral in Jolo, Mindanao, on Sunday.", "Mindanao", "PHL", "region"),
        ("Floods cut roads across Java on Monday.", "Java", "IDN", "region"),
        ("Police in Yorkshire arrested two men on Monday.", "Yorkshire", "GBR", "region"),
        ("Fighting resumed in Nagorno-Karabakh on Sunday.", "Nagorno-Karabakh", "AZE", "region"),
        ("A drone strike killed four men in North Waziristan.", "North Waziristan", "PAK", "region"),
    ],
)
def test_resolver_context(nlp, text, name, country, feature):
    found = _places(nlp(text), name)
    assert found and (found[0].kind, found[0].country, found[0].feature) == ("place", country, feature)


@pytest.mark.parametrize(
    "text,name,admin1",
    [
        ("The Minnesota Department of Transportation closed the bridge on Monday.", "Minnesota", "Minnesota"),
        ("The U.S. Attorney charged two men with fraud.", "U.S.", None),
        ("The Laurel County Sheriff said the crash happened in London, Kentucky.", "Laurel County", "Kentucky"),
        ("The Gainesville Police Department said the man was arrested in Florida.", "Gainesville", "Florida"),
    ],
)
def test_resolver_org_prefix_place(nlp, text, name, admin1):
    found = _places(nlp(text), name)
    assert found and found[0].kind == "place" and found[0].country == "USA" and found[0].admin1 == admin1


@pytest.mark.parametrize(
    "text,city,state",
    [
        ("The plant opened in Greer, S.C., last spring.", "Greer", "South Carolina"),
        ("Police in Athens, Ga., arrested a man on Friday.", "Athens", "Georgia"),
    ],
)
def test_resolver_city_state_abbreviation(nlp, text, city, state):
    doc = nlp(text)
    (place,) = _places(doc, city)
    assert (place.country, place.admin1, place.feature) == ("USA", state, "city")
    tail = [p for p in doc._.places if p.start > place.start]
    assert tail and (tail[0].feature, tail[0].name) == ("admin1", state)


def test_resolver_admin1_context_of_other_places(nlp):
    text = (
        "Flood waters rose in Moorhead and Fergus Falls on Monday. Minnesota officials said "
        "Alexandria would open a shelter. St. Cloud sent sandbags."
    )
    found = _places(nlp(text), "Alexandria")
    assert found and (found[0].country, found[0].admin1) == ("USA", "Minnesota")


def test_resolver_admin2_with_county_noun(nlp):
    text = "Deputies from Douglas County and Otter Tail County searched the lake near Alexandria, Minn."
    found = _places(nlp(text), "Douglas County")
    assert found and (found[0].feature, found[0].country, found[0].admin1) == ("admin2", "USA", "Minnesota")


@pytest.mark.parametrize(
    "text,names,feature,admin1",
    [
        ("Building collapses were reported in Harvey, Harper and Kingman counties.", ["Harvey", "Harper", "Kingman"],
         "admin2", "Kansas"),
        ("The population of Douglas, Sarpy and Lancaster counties grew.", ["Douglas", "Sarpy", "Lancaster"], "admin2",
         "Nebraska"),
        # A state holds the counties: it is not one of them.
        ("Officials in Texas and Oklahoma counties declared a drought.", ["Texas", "Oklahoma"], "admin1", None),
        ("In Texas, Harris and Fort Bend counties grew fastest.", ["Texas"], "admin1", "Texas"),
        ("In Texas, Harris and Fort Bend counties grew fastest.", ["Harris", "Fort Bend"], "admin2", "Texas"),
    ],
)
def test_resolver_names_before_plural_unit_noun(nlp, text, names, feature, admin1):
    doc = nlp(text)
    for name in names:
        found = _places(doc, name)
        assert found and found[0].feature == feature and (admin1 is None or found[0].admin1 == admin1)


@pytest.mark.parametrize(
    "text,marked,label,name,feature,admin1",
    [
        ("Just three years ago, 85 percent of Johnson County residents buckled up.", "Johnson", "PERSON",
         "Johnson County", "admin2", "Kansas"),
        ("Walker County deputies searched the woods.", "Walker", "GPE", "Walker County", "admin2", None),
        ("The mayor of New London said the bridge would reopen.", "London", "GPE", "New London", "city", None),
        ("The late Bradford Woods Mayor Ted Fithian opened it.", "Bradford", "GPE", "Bradford Woods", "city",
         "Pennsylvania"),
        # Not a function word, nor a place noun other than an admin noun.
        ("The Omaha police chief spoke on Monday.", "Omaha", "GPE", "Omaha", "city", "Nebraska"),
        ("Dublin City Schools closed on Monday.", "Dublin", "GPE", "Dublin", "city", None),
        # A piece of a hyphenated name: the whole name.
        ("Fighting broke out near Mazar-i-Sharif on Monday.", "Mazar", "LOC", "Mazar-i-Sharif", "city", None),
    ],
)
def test_resolver_takes_in_word_ner_left_out(nlp, text, marked, label, name, feature, admin1):
    """ner (or the actor ruler) leaves a word of the name out ("County", "New"): the place is
    the longer name the gazetteer knows."""
    with nlp.select_pipes(disable=["tidings_places", "tidings_event_locations"]):
        doc = nlp(text)
    first = next(t.i for t in doc if t.text == marked)
    doc.ents = [Span(doc, first, first + 1, label=label)]
    found = _places(nlp.get_pipe("tidings_places")(doc), name)
    assert found and found[0].feature == feature and (admin1 is None or found[0].admin1 == admin1)


@pytest.mark.parametrize(
    "text,name,admin1",
    [
        # Hanover, N.H., lies across the state line from Bethel, Vt.: near it, unlike Hanover, Md.
        (
            (
                "An elderly couple was found dead in their downtown Hanover condominium. Police said the couple "
                "had moved from Bethel, Vt., last year."
            ),
            "Hanover",
            "New Hampshire",
        ),
        # Columbus and New Castle, Ind., are neighbours: each name vouches for the other's reading.
        ("Columbus North won the regional at Columbus East, and New Castle was third.", "New Castle", "Indiana"),
    ],
)
def test_resolver_local_places_resolve_together(nlp, text, name, admin1):
    found = _places(nlp(text), name)
    assert found and (found[0].country, found[0].admin1) == ("USA", admin1)


@pytest.mark.parametrize(
    "text,name,coordinates",
    [
        ("Fighting spread from Aleppo to Syria's border.", "Aleppo", "point"),
        ("Fighting spread from Aleppo to Syria's border.", "Syria", "centroid"),
        ("Wildfires burned across Alberta on Sunday.", "Alberta", "centroid"),
    ],
)
def test_resolver_coordinates_kind(nlp, text, name, coordinates):
    found = _places(nlp(text), name)
    assert found and all(p.coordinates == coordinates for p in found)


def test_resolver_large_province_curated_centre(nlp):
    (alberta,) = _places(nlp("Wildfires burned across Alberta on Sunday."), "Alberta")
    assert haversine_km(alberta.lat, alberta.lon, 52.28, -117.47) < 50


@pytest.mark.parametrize(
    "text,name,feature,admin1",
    [
        ("Storms hit North Texas on Monday.", "Texas", "admin1", "Texas"),
        ("He was taken to the Henderson County Jail in Athens, Texas.", "Henderson County", "admin2", "Texas"),
        ("An earthquake struck Sichuan province on Monday.", "Sichuan", "admin1", "Sichuan Sheng"),
        ("Storms hit Far North Queensland and West Virginia State on Monday.", "West Virginia", "admin1", "West Virginia"),
        # Generic words cut off the end ("Sheriff's Office", "Commissioners"), never the rest of a name.
        ("At 11:30 p.m., Titus County Sheriff's Office (TCSO) Deputy David Ross stopped a car.", "Titus County", "admin2",
         "Texas"),
    ],
)
def test_resolver_narrows_unknown_name_to_known_place(nlp, text, name, feature, admin1):
    found = _places(nlp(text), name)
    assert found and (found[0].feature, found[0].admin1) == (feature, admin1)


@pytest.mark.parametrize(
    "text,name",
    [
        ("The Islamic State stormed the Heart Hospital on Wednesday afternoon.", "Heart Hospital"),
        ("Insurgents attacked the Al-Rasoul Checkpoint at dawn.", "Al-Rasoul Checkpoint"),
        # Roads and parks are places too.
        ("A suicide bomber detonated a bomb along Jos Road in Potiskum, killing seven people.", "Jos Road"),
        ("Troops patrolled Tbilisi's main thoroughfare, Rustaveli Avenue, on Thursday.", "Rustaveli Avenue"),
        # A name an Arabic article joins before a facility noun: the whole name ("Al" is a known place).
        ("Russian jets struck the Al-Seen airbase on Monday.", "Al-Seen"),
        # ... or before a capitalised one, which ends the name.
        ("Syrian security forces arrested a man inside the Al-Bassel Hospital.", "Al-Bassel Hospital"),
        ("Harakat captured Darulaman Palace from Hezb-i-Islami on Saturday.", "Darulaman Palace"),
        # "Camp" opens the names of military posts.
        ("It was Ramsay Bolton who set it in motion, raiding Camp Stannis and burning the food.", "Camp Stannis"),
    ],
)
def test_resolver_facility_names_are_places(nlp, text, name):
    doc = nlp(text)
    assert any(name in p.text and p.kind == "place" and p.lat is None for p in doc._.places)


@pytest.mark.parametrize(
    "text,name",
    [
        # ner calls these PERSON or ORG; a locative preposition or a place noun makes them places.
        ("Another civilian was killed further north in Tal Afar when a package blew up.", "Tal Afar"),
        ("A Palestinian bomber detonated his car near a bus in Kfar Darom, killing five Israelis.", "Kfar Darom"),
        ("Rebels advanced near Khan Touman on Monday.", "Khan Touman"),
        ("The man was captured along with seven others northeast of Karmah, west of Baghdad.", "Karmah"),
        ("Gunmen suspected to be members of Boko Haram attacked Bama Town early on Wednesday.", "Bama"),
        ("The fighting in Al-Wa\u2019er District continued.", "Al-Wa\u2019er District"),
        # A name ending in a word that opens people's names, though the lemmatizer lists it as a noun.
        ("A land mine was detonated when an army convoy passed by Mir Ali, a town in North Waziristan.", "Mir Ali"),
        # The object of a verb that takes places only.
        ("Hundreds of soldiers and police patrolled Katmandu after the curfew was lifted.", "Katmandu"),
        # A name opening with a toponym's generic word (hill, mountain, ruin), whatever the verb.
        ("The Syrian Armed Forces liberated Tal Areen after advancing from the north.", "Tal Areen"),
        ("The Syrian Armed Forces captured Jabal al-Sayyid after killing dozens of militants.", "Jabal al-Sayyid"),
        ("Sporadic clashes broke out between troops and rebels at Khirbet al-Joz on the border.", "Khirbet al-Joz"),
        # A facility noun after the name, or after the nouns that qualify it.
        ("Later, inmates in Istanbul's Bayrampasa prison captured 25 guards.", "Bayrampasa"),
        ("On July 1, rebels bombed the Tarmiyah pumping station and repairs took four days.", "Tarmiyah"),
        # A destination after a verb of motion, when the gazetteer knows it.
        ("The civilians were in a convoy travelling to Bentiu when they came under attack.", "Bentiu"),
        ("The Congress is now planning to march to Bellary to crank up pressure.", "Bellary"),
        # A target after a noun of attack, when the gazetteer knows it.
        ("The Free Syrian Army repelled an assault on Souran on Monday.", "Souran"),
        ("The Kurdish attack on Azaz killed ten fighters.", "Azaz"),
        # Ground taken, when the gazetteer knows it and ner calls it no person.
        ("Tamil rebels captured Mullaittivu last July after overrunning a garrison.", "Mullaittivu"),
        # ... or a verb taking places only, whatever ner calls it.
        ("The army reportedly entered Quraytayn on Saturday for the first time.", "Quraytayn"),
        # A distance from another place after it.
        ("Bur Hakaba, about 180 km (110 miles) south of Mogadishu, is run by militia.", "Bur Hakaba"),
        # A bare proper name ner leaves in no entity, after a locative preposition.
        ("Six civilians were killed by a suicide bomber at a checkpoint in Adhaim on Sunday.", "Adhaim"),
        # A facility noun no organisation names its own by.
        ("Fuel trucks were destroyed in two bomb attacks at the Torkham border crossing.", "Torkham"),
        # A known name ner leaves in no entity, after a verb taking places only.
        ("ISIS began the assault before dawn on Friday, when they stormed Mar\u2019e from two axes.", "Mar\u2019e"),
        # A part or the people of a place before "of" it.
        ("About 100 people demonstrated in the centre of Papeete, carrying banners.", "Papeete"),
        ("There have been protests by residents of Kasumbalesa this morning.", "Kasumbalesa"),
        ("The army launched a new assault on the southern farms of Al-Malaah on Monday.", "Al-Malaah"),
        ("The failure of this pincer movement did not end the siege of Luang Nam Tha.", "Luang Nam Tha"),
        # A place noun after lowercase nouns, heading an apposition or ending the list that holds the name.
        ("Close to 5,000 people demonstrated in the central Gaza Strip's Nusseirat refugee camp.", "Nusseirat"),
        ("Five civilians were killed in a night raid on Ngabe, a village in the central Plateaux region.", "Ngabe"),
        ("Clan clashes killed 19 in the newly liberated El Waregow, Shalanbod and Janale towns.", "Shalanbod"),
        ("Five villagers were killed during shelling in the Hajira sector, police said.", "Hajira"),
        # A facility ner names, after a locative preposition.
        ("The army launched a new assault at Al-Reyhan, capturing a number of farms.", "Al-Reyhan"),
        # A GPE the gazetteer lacks, in a prepositional phrase or before a noun.
        ("The 50-year-old widow was found murdered at her Reshimbagh residence on Saturday.", "Reshimbagh"),
        ("Five people were killed in Reshimbagh on Saturday.", "Reshimbagh"),
        # A name owning a part that only a place has.
        ("The army attacked Haritan's eastern perimeter on Monday.", "Haritan"),
        # A list set off by a comma after a plural place noun.
        ("Rebels stormed two towns in the same region, Qoryoley and Bula Marer, on Monday.", "Qoryoley"),
        ("Rebels stormed two towns in the same region, Qoryoley and Bula Marer, on Monday.", "Bula Marer"),
        ("Thousands fled two camps, Kalma and Otash, near Nyala.", "Kalma"),
    ],
)
def test_resolver_unknown_name_in_place_context_is_place(nlp, text, name):
    found = _places(nlp(text), name)
    assert found and found[0].kind == "place"


@pytest.mark.parametrize(
    "text,name,feature",
    [
        # "capital of X" names the city X, not the province of that name.
        ("Fighters clashed in the provincial capital of Idlib on Monday.", "Idlib", "city"),
        # Not in an apposition to another name, nor for a country.
        ("Two men were captured in Ramadi, the capital of Anbar province, on Monday.", "Anbar", "admin1"),
        ("Israel declared the city to be the eternal capital of Israel.", "Israel", "country"),
    ],
)
def test_resolver_capital_of_names_city(nlp, text, name, feature):
    found = _places(nlp(text), name)
    assert found and found[-1].feature == feature


@pytest.mark.parametrize(
    "text",
    [
        "He studied at Benedict College last year.",  # an organisation named by an English noun
        "The protest took place at Fithian House on Monday.",
        "He met John Smith at the hotel.",  # a person, in no place context
        "Militants captured Gilad Shalit on Monday.",  # "capture" takes people too
        'He read a copy of Ayn Rand\'s "Atlas Shrugged" last year.',  # "Ayn" opens first names too
        "The company had a $25 million Hyatt Place hotel planned.",  # an organisation's facility
        "More than 1,000 immigrants protested outside City Hall.",  # a building named by English nouns
        "He met John Smith, a village elder, at the market.",  # "village" is not the apposition's head
        "He went to Smith to ask for the money.",  # "go" takes people too
        "Hamdi, 21, was captured last year after a prison uprising.",  # an age after the name: a person
        "Police captured Troia at about 5:30 a.m. after bursting into the apartment.",  # ner tags no entity
        "Volunteers filled sandbags at 2301 8th Ave. on Monday.",  # an address, no bare name
        "Shells hit Smith's heart.",  # a part that a person has too
        "He visited the villages in the area, Smith and Jones said.",  # a list that a verb follows
        # a lone word that ends an organisation's name elsewhere in the document
        (
            "The Church of Scientology denied it. Montalvo was motivated to seek out information about "
            "Scientology on the Internet."
        ),
    ],
)
def test_resolver_organisation_or_person_is_not_place(nlp, text):
    assert nlp(text)._.places == []


@pytest.mark.parametrize(
    "text,names",
    [
        ("The report comes after North and South Korea exchanged artillery fire yesterday.", ["South Korea"]),
        ("For the Pro-Beijing camp, Elizabeth Quat of DAB was elected.", ["Beijing"]),
    ],
)
def test_resolver_name_fragment_is_not_place(nlp, text, names):
    # ner ends an entity on a conjunction or a hyphen ("North and", "Pro-"): the piece is no place.
    assert [p.text for p in nlp(text)._.places] == names


@pytest.mark.parametrize(
    "text,name",
    [
        # A GPE the gazetteer lacks, standing where people stand: an owner, a subject.
        ("Six months later Israel bombed Haniya's office during a massive operation.", "Haniya"),
        # A title before a name after a locative preposition (a misparse): no place noun.
        ("Some 130 civilians were killed in Deir ez-Zor, activist Ahmed Helwani told ARA News.", "Ahmed Helwani"),
        # "who" or an age after the name.
        ("The senator praised Westmoreland, who commanded the troops.", "Westmoreland"),
        ("Millan, 41, was shot 10 times early Thursday by gunmen.", "Millan"),
        # "at" after a verb of aiming: a target.
        ("Haile Gebre shot at Mengistu, missing him, and was wounded in the leg.", "Mengistu"),
        # An age before the name.
        ("The 25-year-old Jimenez and two fellow soldiers were captured during an ambush.", "Jimenez"),
        # The object of a verb that takes people only.
        ("Castro was shot on March 24, 2003, by two men as he left a gym on the outskirts of Vitoria.", "Castro"),
        # The surname of a person the document names in full.
        (
            (
                "Police received a complaint about loud music, Capt. Roy A. Nelson said. An officer responded "
                "and \u201che could hear the music from a couple of houses away,\u201d Nelson said."
            ),
            "Nelson",
        ),
        # A word of a person's full name, wherever it stands, or a name a list joins to such a person.
        (
            (
                "Zelensky praised Prime Minister Oleksiy Honcharuk on Friday. Zelensky said in a meeting with "
                "Honcharuk that he would stay."
            ),
            "Honcharuk",
        ),
        (
            (
                "Saudi agents killed journalist Jamal Khashoggi in October. He is distancing himself from the "
                "killing of Jamal."
            ),
            "Jamal",
        ),
        ("French President Emmanuel Macron attended the summit. Only Macron and Matovi\u010d tested positive.",
         "Matovi\u010d"),
        ("Trump asked Ukraine to investigate Joe Biden. He denied any specific deal about the Bidens.", "Bidens"),
    ],
)
def test_resolver_person_that_ner_calls_place_is_not_place(nlp, text, name):
    assert not _places(nlp(text), name)


@pytest.mark.parametrize(
    "text,word",
    [
        # a month or weekday the gazetteer lacks
        ("Suspects were captured in a raid on a house in the city of Gujrat early Sunday after a shootout.", "Sunday"),
        # a name the gazetteer lacks with no capital letter
        ("Gunmen invaded villages in the Ukum local council, destroying property worth millions of naira.", "naira"),
        ("Police seized 200 pounds of meth in the raid.", "meth"),
        # a demonym (people or a language)
        ("Since 2011, over a quarter of a million Syrians have been killed.", "Syrians"),
        ("It is being shot in English and Hindi.", "English"),
        # a language the gazetteer lacks
        ("It is being shot in English and Hindi.", "Hindi"),
        # bearings, admin nouns and "of" alone, outside a locative phrase: no name
        ("The officer was dragged by the vehicle, a news release from District Attorney Jerome A. Gorman said.",
         "District"),
        ("Tibet captured the West's imagination long ago.", "West"),
        # a plain English word alone, the gazetteer lacking it: "Super" of "Super Tuesday"
        ("Both candidates ended their campaigns prior to Super Tuesday, when Sanders won.", "Super"),
    ],
)
def test_resolver_word_ner_calls_gpe_is_not_place(nlp, text, word):
    # ner calls the word GPE here.
    doc = nlp(text)
    assert any(e.text == word for e in doc.ents) and not _places(doc, word)


@pytest.mark.parametrize(
    "text,name,country",
    [
        ("Gunmen killed five people in the Syrian village of Kfar Darom on Monday.", "Kfar Darom", "SYR"),
        ("Five people died in Tal Afar, Iraq, on Monday.", "Tal Afar", "IRQ"),
        ("Dozens of attackers stormed the village of Mainok in northern Borno.", "Mainok", "NGA"),
        ("Rebels advanced near Khan Touman on Monday.", "Khan Touman", None),
        # Not narrowed to a toponym's generic first word ("Ain" is a French department).
        ("Six civilians were killed in an air raid on the border village of Ain Arab on Monday.", "Ain Arab", None),
        ("Lincoln visited the capital\u2019s defenders at Fort Stevens, about five miles from the White House.",
         "Fort Stevens", None),
    ],
)
def test_resolver_unresolved_place_country_from_context(nlp, text, name, country):
    place = _places(nlp(text), name)[0]
    assert place.lat is None and place.lon is None and place.geonameid is None
    assert place.name == name and place.country == country
