"""Real-news denial development sets: labelled references into the UD treebanks of ``../shared``.

The project ships no third-party text, so ``realnews/<lang>.jsonl`` beside this module holds references, not
sentences: each line names a treebank sentence (``source``, ``split``, ``sent_id``) and carries the labels of
the shared dev sets (``label``, ``denier``, ``claim``, ``claim_source``, ``trigger``, spans copied from the
sentence). ``load_realnews`` joins them with the treebank text in ``<shared>/datasets/ud/<lang>.<split>.conllu.gz``
(CC BY-SA 4.0) at evaluation time, and yields items shaped like the shared dev sets' lines.

``python -m tools.evaluation.realnews candidates --lang fr`` prints the treebank sentences holding a denial
word or a look-alike (``CUES`` below, matched on lemmas and word forms), the list the sets were labelled from.
"""

from __future__ import annotations

import argparse
import gzip
import json
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from tools.datasets import default_shared_dir

SETS_DIR = Path(__file__).parent / "realnews"
SPLITS = ("train", "dev")
LABELS = frozenset({"denial", "non_denial", "none"})
SPAN_FIELDS = ("denier", "claim", "claim_source", "trigger")
REFERENCE_FIELDS = ("id", "lang", "source", "split", "sent_id", "label")
TREEBANKS = {
    "en": "UD_English-EWT",
    "pt": "UD_Portuguese-Bosque",
    "es": "UD_Spanish-GSD",
    "fr": "UD_French-GSD",
    "de": "UD_German-GSD",
    "ru": "UD_Russian-GSD",
    "id": "UD_Indonesian-GSD",
}
# A cue is one or more words (lemma or form, lower-cased) that must all occur in a sentence. Each language lists
# denial and non-denial words, then look-alikes a detector confuses with them: refusals ("deny" a visa, "refuse"),
# falsity words in other senses, claims, accusations, rumours and reports, confirmations and comments, and
# reported speech holding a negation ("say not"), where a denial without a denial verb would hide; en also lists
# verdicts that carry a dismissal ("absurd", "exaggerated", "no truth", "rubbish") and claims of ignorance or of no
# link ("had no knowledge of", "unaware", "had nothing to do with", "could not recall", "ruled out"), and a claim
# set against ("contrary to reports", "shrugged off the charge", "a myth"), stressed, added or told negations, a claim
# of none ("claiming that no such …") and evasions ("sidestepped", "silent on", "asked whether …"); pt also lists
# unanswered questions and answers passed on ("não respondeu se", "remeteu para o seu advogado", "não adiantou"), a
# rift played down ("minimizou o diferendo") and negations after "explicar", "acrescentar", "sustentar".
# fmt: off
CUES: dict[str, tuple[str, ...]] = {
    "en": (
        "deny", "denial", "refute", "rebut", "dismiss", "dispute", "contradict", "debunk", "untrue", "false",
        "baseless", "hoax", "fake", "lie", "true not", "decline", "refuse", "comment", "commment", "confirm",
        "insist", "maintain", "categorically", "reject", "retract", "rumor", "rumour", "accuse", "allegation",
        "affirm", "claim not", "say not", "say no", "say never", "say nothing", "state no", "state not", "accord not",
        "absurd", "exaggerate", "truth", "rubbish", "incorrect", "groundless", "ridiculous", "fabrication",
        "misleading", "nothing do", "knowledge no", "unaware", "aware not", "rule out", "recall not", "contrary",
        "shrug", "sidestep", "stress no", "stress not", "add never", "add no", "silent", "contend", "claim no",
        "claim never", "accusation", "myth", "unsubstantiated", "misinterpret", "know nothing", "distort",
        "misrepresent", "mislead", "ask whether", "tell not",
    ),
    "pt": (
        "negar", "desmentir", "refutar", "falso", "mentira", "calúnia", "injusto", "verdade não", "contestar",
        "rejeitar", "recusar", "comentar", "falar querer", "confirmar", "boato", "especulação", "acusar", "acusação",
        "garantir não", "repudiar", "replicar", "ridículo", "absurdo", "mentir", "faltar verdade", "ser verdade",
        "nunca", "nada ver", "desconhecer", "escusar", "esclarecer", "querer dizer", "querer adiantar", "afirmar não",
        "sublinhar", "declarar não", "dizer não", "limitar", "rebater", "nenhum momento", "insistir", "reiterar",
        "contrariar", "errado", "equívoco", "insinuação", "alegação", "rumor", "reagir", "pronunciar", "perguntado",
        "questionado", "disparate", "invenção", "responder", "adiantar não", "adiantar nada", "remeter", "minimizar",
        "desvalorizar", "acrescentar não", "explicar não", "dizer nada", "nada dizer", "confrontado", "interpelado",
        "sustentar não", "desconhecimento", "nada saber", "negativa", "calar", "esquivar", "comentário",
    ),
    "es": (
        "negar", "desmentir", "refutar", "falso", "mentira", "rechazar", "rechazo", "descartar", "contradecir",
        "comentar", "confirmar", "pronunciarse", "reconocer", "admitir", "rumor", "especulación", "supuesto",
        "noticia", "acusar", "denunciar", "denuncia", "criticar", "crítica", "aclarar", "sostener", "precisar no",
        "decir no", "afirmar no", "asegurar no", "replicar no",
    ),
    "fr": (
        "démentir", "démenti", "nier", "réfuter", "contester", "rejeter", "refuser", "faux", "mensonge", "infondé",
        "vrai", "erreur", "commenter", "confirmer", "répondre", "réagir", "reconnaître", "accuser", "accusation",
        "dénoncer", "critiquer", "affirmer", "assurer", "porte-parole", "dire ne", "estimer ne", "déclarer ne",
        "souligner ne", "indiquer ne", "expliquer ne", "ajouter ne", "soutenir ne", "selon ne", "répliquer",
        "rétorquer", "insister", "remettre question", "remettre cause", "hypothèse", "prétendre", "ridicule",
        "invraisemblable", "abstenir", "silence", "clarifier", "ignorer", "aucun lien", "rien voir",
    ),
    "de": (
        "dementieren", "bestreiten", "zurückweisen", "leugnen", "behaupten", "falsch", "unbegründet", "ablehnen",
        "verweigern", "weigern", "abweisen", "widersprechen", "widerspruch", "kommentar", "kommentieren",
        "stellungnahme", "äußern", "bestätigen", "vorwurf", "vorwerfen", "verdacht", "spekulation", "bericht",
        "berichten", "angabe", "sprecher", "kritik", "betonen", "versichern", "keine rede", "sagen nicht",
        "erklären nicht", "sagen nichts", "werfen vor", "`` nicht", "sei nicht", "sei kein", "seien nicht",
        "gebe nicht", "gebe kein", "habe nie", "habe nicht", "habe kein", "werde nicht", "zufolge", "laut", "mitteilen",
        "antwort", "reagieren", "schweigen", "klarstellen", "tun nichts", "angeblich", "zweifel", "zweifeln",
        "wissen nicht", "wissen nichts", "hervorheben", "zugeben", "nein", "wahrheit", "stellen frage",
    ),
    "ru": (
        "отрицать", "опровергать", "опровергнуть", "опровержение", "отвергать", "отклонить", "отказаться",
        "отказываться", "оспорить", "признать", "ложь", "ложный", "неправда", "слух", "якобы", "миф", "версия",
        "комментировать", "комментарий", "подтвердить", "ответ", "ответить", "сообщение", "сообщать", "утверждать",
        "заявлять", "сказать", "говорить", "считать", "предположение", "слово по", "данные по", "мнение по",
        "обвинять", "обвинение", "критиковать", "критик", "несогласие", "объявить", "газета", "ошибка", "считаться",
        "рассказать", "заявить", "отметить не", "признаться", "отвечать", "воздержаться", "знать не", "никогда",
        "сомневаться", "категорически", "правда", "абсурд", "действительность", "спекуляция", "утверждение", "согласно",
    ),
    "id": (
        "bantah", "sangkal", "tepis", "tolak", "bohong", "dusta", "hoaks", "palsu", "fitnah", "benar tidak", "salah",
        "keliru", "bukti tidak", "jelas tidak", "pasti", "yakin tidak", "komentar", "konfirmasi", "klaim", "tuduh",
        "isu", "kabar", "kabarnya", "berita", "lapor", "mengaku", "nyata", "jelas", "jawab", "menurut",
    ),
}
# fmt: on


@dataclass(frozen=True, slots=True)
class Sentence:
    """One treebank sentence: its ``# sent_id``, its ``# text`` and the lower-cased lemmas and forms of its words."""

    sent_id: str
    text: str
    words: frozenset[str]


HALVES = ("tune", "held")


def half(reference: dict[str, Any]) -> str:
    """Return the fixed half of a set a reference belongs to: "tune" (even ``id``) or "held" (odd ``id``).

    The ids are hashes of the sentence references, so the halves are a fixed, label-blind split: resource files
    are tuned on the errors of the "tune" half and "held" checks that the changes generalise. Raises
    ``ValueError`` on an ``id`` that is not hexadecimal.
    """
    return HALVES[int(reference["id"], 16) % 2]


def languages() -> list[str]:
    """Return the languages that have a real-news set, in ``TREEBANKS`` order."""
    return [lang for lang in TREEBANKS if (SETS_DIR / f"{lang}.jsonl").is_file()]


def treebanks_present(shared_dir: Path) -> bool:
    """Return whether ``shared_dir`` holds the treebanks the real-news sets refer to (absent on users' machines)."""
    return (shared_dir / "datasets" / "ud").is_dir()


def treebank_path(shared_dir: Path, lang: str, split: str) -> Path:
    """Return the path of one language's treebank split under ``shared_dir``; raise ``ValueError`` if unknown."""
    if lang not in TREEBANKS or split not in SPLITS:
        raise ValueError(f"no treebank for lang={lang!r} split={split!r}")
    return shared_dir / "datasets" / "ud" / f"{lang}.{split}.conllu.gz"


def read_treebank(path: Path) -> Iterator[Sentence]:
    """Yield the sentences of a gzipped CoNLL-U file; raise ``OSError`` if it cannot be read."""
    sent_id, text, words = "", "", set[str]()
    with gzip.open(path, "rt", encoding="utf-8") as lines:
        for line in lines:
            line = line.rstrip("\n")
            if line.startswith("# sent_id = "):
                sent_id = line.removeprefix("# sent_id = ").strip()
            elif line.startswith("# text = "):
                text = line.removeprefix("# text = ")
            elif line and line[0].isdigit():
                columns = line.split("\t")
                words.update((columns[1].casefold(), columns[2].casefold()))
            elif not line and sent_id:
                yield Sentence(sent_id, text, frozenset(words))
                sent_id, text, words = "", "", set()
    if sent_id:
        yield Sentence(sent_id, text, frozenset(words))


def load_realnews(shared_dir: Path, lang: str, *, sets_dir: Path = SETS_DIR) -> list[dict[str, Any]]:
    """Return one language's labelled items with ``text`` filled from the treebank, in file order.

    Each item has the keys of the shared dev sets (``id``, ``lang``, ``text``, ``label``, ``denier``, ``claim``,
    ``claim_source``, ``trigger``, ``source``; a null span becomes "") plus ``split`` and ``sent_id``. Raises
    ``FileNotFoundError`` when the set or a treebank file is absent, ``ValueError`` on a malformed line, an unknown
    ``sent_id`` or a span that is not a substring of its sentence.
    """
    references = read_references(lang, sets_dir=sets_dir)
    texts = {split: _texts(shared_dir, lang, split) for split in {ref["split"] for ref in references}}
    return [_resolve(lang, ref, texts[ref["split"]]) for ref in references]


def read_references(lang: str, *, sets_dir: Path = SETS_DIR) -> list[dict[str, Any]]:
    """Return the lines of ``<sets_dir>/<lang>.jsonl`` as dicts, without treebank text (no shared data needed).

    Raises ``FileNotFoundError`` when the set is absent, ``ValueError`` on a line that is not JSON, lacks one of
    ``REFERENCE_FIELDS`` or has an unknown ``split`` or ``label``.
    """
    path = sets_dir / f"{lang}.jsonl"
    references = read_json_lines(path)
    for number, reference in enumerate(references, start=1):
        missing = [field for field in REFERENCE_FIELDS if field not in reference]
        if missing or reference["split"] not in SPLITS or reference["label"] not in LABELS:
            raise ValueError(f"{path.name}:{number}: missing {missing} or bad split or label in {reference}")
    return references


def read_json_lines(path: Path) -> list[dict[str, Any]]:
    """Return the JSON objects of a JSON-lines file, blank lines skipped.

    Raises ``FileNotFoundError`` when the file is absent, ``ValueError`` on a line that is not a JSON object.
    """
    objects = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if not line.strip():
            continue
        try:
            value = json.loads(line)
        except json.JSONDecodeError as exc:
            raise ValueError(f"{path.name}:{number}: {exc}") from exc
        if not isinstance(value, dict):
            raise ValueError(f"{path.name}:{number}: not a JSON object")
        objects.append(value)
    return objects


def find_candidates(shared_dir: Path, lang: str) -> Iterator[tuple[str, Sentence, list[str]]]:
    """Yield ``(split, sentence, matched cues)`` for every treebank sentence holding one of ``lang``'s cues.

    Raises ``ValueError`` for a language without cues, ``OSError`` when a treebank file cannot be read.
    """
    matcher = cue_matcher(lang)
    for split in SPLITS:
        for sentence in read_treebank(treebank_path(shared_dir, lang, split)):
            if matched := matcher(sentence.words):
                yield split, sentence, matched


def cue_matcher(lang: str, extra: Sequence[str] = ()) -> Callable[[frozenset[str]], list[str]]:
    """Return a function giving the cues of ``lang`` (and ``extra`` ones) whose words all occur in a set of
    lower-cased words. Raises ``ValueError`` for a language without cues.
    """
    if lang not in CUES:
        raise ValueError(f"no cues for lang={lang!r}")
    cues = [(cue, cue.casefold().split()) for cue in (*CUES[lang], *extra)]

    def matched(words: frozenset[str]) -> list[str]:
        return [cue for cue, cue_words in cues if all(word in words for word in cue_words)]

    return matched


def main(argv: Sequence[str] | None = None) -> int:
    """``candidates --lang L``: print one line per candidate sentence (split, sent_id, cues, text); return 0.

    Sentences already in the set are marked ``*``; returns 1 when the treebank is absent.
    """
    parser = argparse.ArgumentParser(prog="python -m tools.evaluation.realnews", description=__doc__)
    commands = parser.add_subparsers(dest="command", required=True)
    candidates = commands.add_parser("candidates", help="print the sentences holding a denial word or look-alike")
    candidates.add_argument("--lang", required=True, choices=sorted(CUES))
    candidates.add_argument("--shared", type=Path, default=default_shared_dir(), help="the shared data folder")
    args = parser.parse_args(argv)
    if not treebank_path(args.shared, args.lang, "train").is_file():
        print(f"no treebank for {args.lang} under {args.shared}")
        return 1
    labelled = _labelled(args.lang)
    for split, sentence, matched in find_candidates(args.shared, args.lang):
        mark = "*" if (split, sentence.sent_id) in labelled else " "
        print(f"{mark} {split}\t{sentence.sent_id}\t{','.join(matched)}\t{sentence.text}")
    return 0


def _labelled(lang: str) -> set[tuple[str, str]]:
    if not (SETS_DIR / f"{lang}.jsonl").is_file():
        return set()
    return {(ref["split"], ref["sent_id"]) for ref in read_references(lang)}


def _texts(shared_dir: Path, lang: str, split: str) -> dict[str, str]:
    return {sentence.sent_id: sentence.text for sentence in read_treebank(treebank_path(shared_dir, lang, split))}


def _resolve(lang: str, reference: dict[str, Any], texts: dict[str, str]) -> dict[str, Any]:
    where = f"{lang}.jsonl {reference['id']}"
    if reference["lang"] != lang or reference["source"] != TREEBANKS[lang]:
        raise ValueError(f"{where}: lang {reference['lang']!r} or source {reference['source']!r} is not {lang}'s")
    text = texts.get(reference["sent_id"])
    if text is None:
        raise ValueError(f"{where}: sent_id {reference['sent_id']!r} not in the {reference['split']} split")
    spans = {field: reference.get(field) or "" for field in SPAN_FIELDS}
    for field, span in spans.items():
        if span not in text:
            raise ValueError(f"{where}: {field} {span!r} is not in the sentence {text!r}")
    return {**reference, **spans, "text": text}


if __name__ == "__main__":
    raise SystemExit(main())
