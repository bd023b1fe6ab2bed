"""The shipped default model on hand-written paraphrases it was not trained on."""

import pytest

from watchkeeper.core.signals import Category, MessageScorer
from watchkeeper.learned import load_scorer

# Reworded, misspelled or slangy warning signs (not lines of the training corpus).
PARAPHRASES = [
    ("dont let ur mum see our chats ok, its just for us", Category.SECRECY),
    ("ur folks would never get what we have", Category.ISOLATION),
    ("snap me instead, this app reads everything", Category.PLATFORM_SWITCH),
    ("how old are u really? u type like an older kid", Category.AGE_PROBING),
    ("u should send me a pic of u, just u, nobody else", Category.IMAGE_REQUEST),
]
# Everyday look-alikes: family, school, gaming.
HARD_NEGATIVES = [
    "mum: dont tell your brother about his birthday cake",
    "coach: send me a photo of the signed permission slip",
    "gg add me on discord for scrims tomorrow",
    "dad: are you home yet? the pizza is getting cold",
    "what time does the school bus come on monday",
]


@pytest.fixture(scope="module")
def scorer():
    return load_scorer()


def test_is_a_message_scorer(scorer):
    typed: MessageScorer = scorer  # structural: the engine calls exactly these two
    assert typed.score("") == []
    assert typed.score_batch(["", "hello"]) == [[], []]


@pytest.mark.parametrize("text,category", PARAPHRASES)
def test_ranks_the_paraphrased_sign_first(scorer, text, category):
    """The sign the paraphrase shows is the model's most likely category. Whether it also
    reaches the emit threshold moves with each retraining ("ur folks would never get what
    we have" fell to 0.24 with session 9's data); bench/paraphrase.py measures that
    over 481 messages, and the engine's patterns catch this one."""
    probabilities = dict(zip(scorer.categories, scorer.probabilities([text])[0]))
    ranked = sorted(probabilities, key=probabilities.get, reverse=True)
    assert ranked[0] == category, {c.value: round(float(p), 3) for c, p in probabilities.items()}
    assert probabilities[category] >= 0.2


def test_a_learned_signal_explains_itself(scorer):
    text, category = PARAPHRASES[0]
    signal = next(s for s in scorer.score(text) if s.category == category)
    assert signal.source == "learned"
    assert 0 < signal.strength <= 1
    assert signal.evidence == text[signal.start : signal.end]
    assert signal.detail.startswith("like: ")


@pytest.mark.parametrize("text", HARD_NEGATIVES)
def test_stays_quiet_on_everyday_look_alikes(scorer, text):
    assert scorer.score(text) == []


def test_batch_matches_single_scoring_and_repeats(scorer):
    texts = [t for t, _ in PARAPHRASES] + HARD_NEGATIVES + [PARAPHRASES[0][0]]
    batch = scorer.score_batch(texts)
    assert batch == [scorer.score(t) for t in texts]
    assert batch[-1] == batch[0]


def test_evidence_is_the_best_sentence(scorer):
    text = "the game was fun today. dont tell ur parents we talk ok"
    signal = next(s for s in scorer.score(text) if s.category == Category.SECRECY)
    assert signal.evidence == "dont tell ur parents we talk ok"
    assert text[signal.start : signal.end] == signal.evidence
