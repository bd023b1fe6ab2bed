import pytest
from support_core import KeywordScorer, Script

from watchkeeper.core.config import HAND_BIAS, HAND_WEIGHTS, DetectionConfig
from watchkeeper.core.context_cues import (
    addresses_relation,
    asks_who_sender_is,
    involves_parents,
    speaks_as_family,
)
from watchkeeper.core.engine import Engine


@pytest.mark.parametrize("text", ["THANK YOU GRANDMA", "DAD now i know lol", "ok coach", "love u too mom", "thanks sir!", "mum"])
def test_addressing_the_sender_as_family_or_by_role(text):
    assert addresses_relation(text)


@pytest.mark.parametrize("text", ["my mom checks my stuff", "mom says hi", "i miss you", "ur parents dont get u", "hey"])
def test_mentioning_family_is_not_addressing(text):
    assert not addresses_relation(text)


@pytest.mark.parametrize("text", ["did u ask ur mom?", "your mum said ok", "check with your dad first", "bring the permission slip signed"])
def test_bringing_parents_in(text):
    assert involves_parents(text)


@pytest.mark.parametrize("text", ["dont tell your mom", "dont talk to your parents about this", "ur parents dont understand u"])
def test_keeping_parents_out_is_not_involving_them(text):
    assert not involves_parents(text)


def test_being_called_grandma_lowers_the_senders_risk():
    config = DetectionConfig(weights=HAND_WEIGHTS, bias=HAND_BIAS, trees=None, alert_threshold=0.5)

    def risk(reply):
        s = Script().profile("g", 70).profile("k", 12)
        s.say("g", "k", "you look so pretty").say("k", "g", reply).say("g", "k", "send a pic of the cake")
        engine = Engine(config=config, scorers=[KeywordScorer()])
        engine.process_many(s.events)
        return engine.assessment("c1").risk

    # The same words alert from a stranger and do not from grandma.
    assert risk("thank you grandma!!") < config.alert_threshold <= risk("thank you!!")


@pytest.mark.parametrize(
    "text", ["who is this", "hey whos this??", "who r u", "who dis", "do i know u?", "how did u get my number", "um have we met?"]
)
def test_asking_who_is_writing(text):
    assert asks_who_sender_is(text)


@pytest.mark.parametrize(
    "text", ["who r u going with", "who is this for", "i know who this is lol", "who is this guy in ur pic", "who are you talking to"]
)
def test_other_who_questions_are_not_asking_who_is_writing(text):
    assert not asks_who_sender_is(text)


def test_the_sender_asked_who_they_are_is_a_stranger_raising_their_risk():
    from watchkeeper.core.conversation import sender_features

    config = DetectionConfig(weights=HAND_WEIGHTS, bias=HAND_BIAS, trees=None)

    def assess(reply):
        s = Script().profile("a", 30).profile("k", 13)
        s.say("a", "k", "hey ur so pretty").say("k", "a", reply).say("a", "k", "what school r u at")
        engine = Engine(config=config, scorers=[KeywordScorer()])
        engine.process_many(s.events)
        tracker = engine.conversations["c1"]
        features = sender_features("a", tracker.senders["a"], tracker, engine.age_of, config)
        return features, engine.assessment("c1").risk

    asked, risk_asked = assess("who is this?")
    thanked, risk_thanked = assess("thanks!")
    assert asked.get("stranger") == 1.0 and "stranger" not in thanked
    assert risk_asked > risk_thanked


@pytest.mark.parametrize(
    "text", ["is mum home?", "Mom says sunday works", "tell nana i said hi", "dad booked the restaurant", "m0m said yes!!"]
)
def test_naming_a_parent_as_family_do(text):
    assert speaks_as_family(text)


@pytest.mark.parametrize(
    "text",
    ["is ur mum home?", "your mom and dad", "my dad drives past there", "her mom said no", "a dad at the park",
     "yo mama", "dad jokes lol", "my stepdad is mean"],
)
def test_a_parent_with_a_possessive_is_not_family_talk(text):
    assert not speaks_as_family(text)


def test_naming_a_parent_as_family_lowers_only_the_writers_risk():
    config = DetectionConfig(weights=HAND_WEIGHTS, bias=HAND_BIAS, trees=None, alert_threshold=0.5)

    def risk(line, by="g"):
        s = Script().profile("g", 40).profile("k", 12)
        s.say("g", "k", "you look so pretty").say("g", "k", "send a pic of the cake")
        s.say(by, "k" if by == "g" else "g", line)
        engine = Engine(config=config, scorers=[KeywordScorer()])
        engine.process_many(s.events)
        return engine.assessment("c1").risk

    assert risk("is mum home? tell her to ring me") < risk("is anyone home? ring me")
    # The young person naming their own mum says nothing about the other side.
    assert risk("mum says hi", by="k") == risk("ok hi", by="k")
