"""What makes names consistent: bracket trimming, document features, gazetteer names that need the
model's confirmation, names in capitals, and the training statistics behind them."""

from __future__ import annotations

from newsmon.nlp.entities.features import FeatureExtractor, Lexicon, candidate_runs
from newsmon.nlp.entities.gazetteer import Alias, Match
from newsmon.nlp.entities.model import balanced
from newsmon.nlp.entities.recognizer import _merge, _without_roles
from newsmon.nlp.entities.resolve import Mention, repeat_mentions, settle
from tools.training.lexicon import build_lexicon, confirm_only, untagged_after
from tools.training.ner import retokenised

RUSSIA = Alias("Russia", "LOC")
WORDS = ["Bursa", "Efek", "Indonesia", "(", "BEI", ")", "naik"]


def test_balanced_keeps_a_closed_bracket_pair_and_trims_open_ends() -> None:
    assert balanced(WORDS, (0, 6, "ORG")) == (0, 6, "ORG")
    assert balanced(WORDS, (0, 4, "ORG")) == (0, 3, "ORG")
    assert balanced(WORDS, (4, 6, "ORG")) == (4, 5, "ORG")
    assert balanced(WORDS, (3, 4, "ORG"))[:2] == (4, 4)


def test_runs_cross_brackets_only_where_the_lexicon_says_so() -> None:
    assert candidate_runs(WORDS, Lexicon()) == [(0, 3), (4, 5)]
    joined = Lexicon(bridges=frozenset({"("}), closers=frozenset({")"}))
    assert candidate_runs(WORDS, joined) == [(0, 6)]


def test_document_features_describe_the_other_uses_of_repeated_names() -> None:
    extractor = FeatureExtractor(Lexicon(classes={"Marco": "PER+"}, given=frozenset({"Marco"})))
    sentences = [["Marco", "Pirelli"], ["Pirelli", "shares", "fell"], ["tyre", "maker", "Pirelli", "said"]]
    features = extractor.document(sentences)
    # The two most frequent neighbours on each side, the first seen first among equals.
    assert features == {"Pirelli": ("dl=C:given", "dl=<s>", "dr=</s>", "dr=shares")}
    assert "dlow" in extractor.document([["Price", "rose"], ["the", "price", "of", "Price"]])["Price"]


def test_document_features_reach_the_tokens() -> None:
    extractor = FeatureExtractor(Lexicon())
    tokens = extractor.sequence(["maker", "Pirelli"], 1, 2, (), {"Pirelli": ("dr=shares",)})
    assert "dr=shares" in tokens[0]


def test_marked_copies_double_every_feature() -> None:
    plain = FeatureExtractor(Lexicon()).sequence(["Jakarta"], 0, 1)[0]
    copied = FeatureExtractor(Lexicon(copies=True)).sequence(["Jakarta"], 0, 1)[0]
    assert copied == plain + ["@" + f for f in plain]


def _match(text: str, surface: str, alias: Alias = RUSSIA, nth: int = 0) -> Match:
    start = -1
    for _ in range(nth + 1):
        start = text.index(surface, start + 1)
    return Match(start, start + len(surface), alias)


def test_confirm_only_gazetteer_names_need_the_model_or_the_topic() -> None:
    text = "Rusia dan Jepang. Di Rusia."
    first, second = _match(text, "Rusia"), _match(text, "Rusia", nth=1)
    assert _merge([], [first, second], frozenset({"LOC"})) == []
    assert [m.start for m in _merge([], [first, second], frozenset())] == [first.start, second.start]
    found_once = [Mention(second.start, second.end, "LOC", confidence=0.9)]
    merged = _merge(found_once, [first, second], frozenset({"LOC"}))
    assert [(m.start, m.alias) for m in merged] == [(first.start, RUSSIA), (second.start, RUSSIA)]
    topic = "Rusia, Rusia dan Rusia."
    matches = [_match(topic, "Rusia", nth=k) for k in range(3)]
    assert len(_merge([], matches, frozenset({"LOC"}))) == 3


def test_names_in_capitals_repeat_and_vote_with_the_body() -> None:
    text = "WOODS MAKES PRO DEBUT\nTiger Woods played. Woods won."
    start = text.index("Tiger Woods")
    mentions = repeat_mentions(text, [Mention(start, start + 11, "PERSON")], frozenset({0}))
    assert [text[m.start : m.end] for m in mentions] == ["WOODS", "Tiger Woods", "Woods"]
    settled = settle(text, mentions)
    assert settled[0] == ("PERSON", "WOODS")


def test_retokenised_gives_split_pieces_the_inside_tag() -> None:
    sentence = [("Partai", "B-ORG"), ("Demokrat", "I-ORG"), ("(PD)", "I-ORG"), ("menang", "O")]
    assert retokenised(sentence) == [
        ("Partai", "B-ORG"),
        ("Demokrat", "I-ORG"),
        ("(", "I-ORG"),
        ("PD", "I-ORG"),
        (")", "I-ORG"),
        ("menang", "O"),
    ]
    assert retokenised([("(Jokowi)", "B-PER")]) == [("(", "B-PER"), ("Jokowi", "I-PER"), (")", "I-PER")]


def test_training_learns_where_brackets_join_names_and_which_gazetteer_labels_to_trust() -> None:
    inside = [("Bank", "B-ORG"), ("Dunia", "I-ORG"), ("(", "I-ORG"), ("WB", "I-ORG"), (")", "I-ORG")]
    lexicon = build_lexicon([inside] * 3, "id", {})
    assert "(" in lexicon.bridges and ")" in lexicon.closers
    apart = [("Bank", "B-ORG"), ("Dunia", "I-ORG"), ("(", "O"), ("WB", "B-ORG"), (")", "O")]
    assert "(" not in build_lexicon([apart] * 3, "en", {}).bridges
    actor = [("Rusia", "O"), ("menyerang", "O")]
    place = [("di", "O"), ("Rusia", "B-LOC")]
    assert confirm_only([actor] * 12 + [place] * 10, "id") == frozenset({"LOC"})
    assert confirm_only([actor] * 2 + [place] * 20, "id") == frozenset()


def test_indonesian_compass_points_may_close_a_place_name() -> None:
    # Written for this test: "the outbreak spread to eastern Java and the north of the island".
    words = ["wabah", "menyebar", "ke", "Jawa", "timur", "dan", "utara", "pulau", "itu"]
    lexicon = build_lexicon([[(word, "O") for word in words]], "id", {})
    assert {"timur", "utara"} <= lexicon.closers
    assert candidate_runs(words, lexicon) == [(3, 5)]
    # "tengah" after a name is mostly "is now" ("Budi tengah berada di kantor"), and other languages keep
    # their own closers only.
    assert candidate_runs(["Budi", "tengah", "berada", "di", "kantor"], lexicon) == [(0, 1)]
    assert "timur" not in build_lexicon([[("Jawa", "B-LOC"), ("timur", "O")]], "en", {}).closers


def test_training_learns_the_roles_in_which_the_corpus_leaves_weak_gazetteer_names_untagged() -> None:
    opening = [("Rusia", "O"), ("menolak", "O")]
    residents = [("warga", "O"), ("Rusia", "O"), ("pulang", "O")]
    place = [("tiba", "O"), ("di", "O"), ("Rusia", "B-LOC")]
    roles = untagged_after([opening] * 5 + [residents] * 4 + [place] * 5, "id", frozenset({"LOC"}))
    assert roles == frozenset({"<s>"})  # "warga" seen 4 times: too few; "di" tags the place
    assert untagged_after([opening] * 5, "id", frozenset()) == frozenset()


def test_a_weak_gazetteer_name_in_a_role_train_leaves_untagged_is_no_mention() -> None:
    lexicon = Lexicon(confirm_only=frozenset({"LOC"}), untagged_after=frozenset({"<s>", "warga"}))
    text = "Rusia menolak. Warga Rusia di Rusia dan pasukan Rusia pulang ke Kota Rusia."
    mentions = [Mention(m.start, m.end, "LOC") for m in (_match(text, "Rusia", nth=k) for k in range(4))]
    mentions.append(Mention(text.index("Kota Rusia"), text.index("Kota Rusia") + 10, "LOC"))
    kept = _without_roles(text, mentions, frozenset({0, text.index("Warga")}), lexicon, "id")
    # Opening the text and after "Warga" (any case) dropped; "Kota Rusia" is no one-word name.
    assert [text[m.start : m.end] for m in kept] == ["Rusia", "Rusia", "Kota Rusia"]
    assert [m.start for m in kept][:2] == [text.index("di Rusia") + 3, text.index("pasukan Rusia") + 8]
