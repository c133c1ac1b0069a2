import pytest

from wardrobe.language.folding import _slow_fold, fold, search_tokens


@pytest.mark.parametrize(
    "text",
    [
        "Tutu — Fée Dragée",
        "Łódź Dvořák",
        "Ó Súilleabháin",
        "Østergaard Æsir Œuvre",
        "Müller Straße",
        "Ǆemal",
        "ﬁancée",
        "Ａｌｌ",
        "日本の白鳥",
        "e\u0301te\u0301",
        "Laâge  \t x",
        "Ñandú",
        "İstanbul",
        "Ελληνικά",
        "Щелкунчик",
    ],
)
def test_the_fast_fold_equals_the_full_unicode_fold(text):
    assert fold(text) == " ".join(_slow_fold(text).split())


def test_folding_makes_accents_and_case_optional():
    assert fold("Héloïse LAÂGE") == "heloise laage"
    assert search_tokens("« Laâge »  O’Brien") == ["laage", "o'brien"]
