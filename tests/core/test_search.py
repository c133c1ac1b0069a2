import pytest

from wardrobe.services import search


def keys(hits):
    return [(h.kind, h.key) for h in hits]


@pytest.mark.parametrize("query", ["laage", "LAÂGE", "Héloïse", "heloise laage", "laage heloise"])
def test_accents_and_case_are_optional(shop, query):
    assert ("dancer", "Héloïse Laâge") in keys(search.find(shop, query))


def test_costumes_are_found_by_tag_production_role_and_colour(shop):
    assert keys(search.find(shop, "BN-000100"))[0] == ("costume", "BN-000100")
    assert keys(search.find(shop, "belle aurore diademe")) == [("costume", "BN-000101")]
    assert ("costume", "BN-000100") in keys(search.find(shop, "rose tutu"))
    assert ("material", "Tulle raide blanc, 300 cm") in keys(search.find(shop, "tulle blanc"))


@pytest.mark.parametrize(
    "query",
    [
        "O'Brien",
        "multi-agent",
        "NOT",
        "(x",
        '"',
        "100%",
        "_",
        "\\",
        "a' OR 1=1 --",
        "🩰",
        "«Aurore»",
        "tutu*",
        "  ",
        "x" * 2000,
    ],
)
def test_any_text_a_person_can_type_is_a_valid_query(shop, query):
    hits = search.find(shop, query)
    assert isinstance(hits, list)


def test_like_wildcards_are_matched_literally(shop):
    assert search.find(shop, "%") == [] and search.find(shop, "_") == []


def test_quotes_around_words_do_not_stop_a_match(shop):
    assert ("costume", "BN-000100") in keys(search.find(shop, '"aurore" «tutu»'))
