import pickle
from datetime import timedelta

from support_core import T0, KeywordScorer, Script, friend_request

from watchkeeper.core.config import HAND_BIAS, HAND_WEIGHTS, DetectionConfig
from watchkeeper.core.engine import NOTHING_FOUND, Engine, MessageAnalysis, MessageAnalyzer
from watchkeeper.core.signals import Category, MessageSignal
from watchkeeper.events import Message, Profile, Report


def grooming_script():
    return (
        Script()
        .profile("adult", 31)
        .profile("kid", 13)
        .say("adult", "kid", "hey you look pretty")
        .say("kid", "adult", "thx")
        .say("adult", "kid", "what school do u go to")
        .say("kid", "adult", "lincoln")
        .say("adult", "kid", "this is our secret ok")
        .say("adult", "kid", "add me on snap")
        .say("adult", "kid", "send a pic")
        .say("adult", "kid", "lets meet saturday")
    )


def run(events, config=None):
    engine = Engine(config=config or DetectionConfig(), scorers=[KeywordScorer()])
    updates = engine.process_many(events)
    return engine, updates


def test_pattern_unfolding_raises_an_explained_alert_on_the_suspect():
    engine, updates = run(grooming_script().events)
    a = engine.assessment("c1")
    assert a.alert and a.suspect == "adult"
    assert a.stage in ("exploitation", "control")
    assert {s.category for s in a.signals} >= {"secrecy", "personal_info"}
    assert all(s.message.startswith("c1-m") for s in a.signals)
    raised = [u for u in updates if u.alert_raised]
    assert len(raised) == 1 and raised[0].event.id == a.first_alert
    assert raised[0].safety is not None and raised[0].safety.recipients == ["kid"]


def test_alert_is_causal_and_later_events_never_move_it():
    events = grooming_script().events
    full_engine, _ = run(events)
    first = full_engine.assessment("c1").first_alert
    ids = [e.id for e in events if isinstance(e, Message)]
    k = ids.index(first)
    # The prefix ending just before the alert point does not alert...
    prefix_engine, _ = run([e for e in events if not isinstance(e, Message) or ids.index(e.id) < k])
    assert not prefix_engine.assessment("c1").alert
    # ...the prefix ending at it alerts at the same message...
    at_engine, _ = run([e for e in events if not isinstance(e, Message) or ids.index(e.id) <= k])
    assert at_engine.assessment("c1").first_alert == first
    # ...and appending more, even benign, leaves it where it was.
    more = Script().say("kid", "adult", "ok bye").events
    more[0] = more[0].model_copy(update={"id": "c1-extra", "ts": events[-1].ts + timedelta(hours=1)})
    later_engine, _ = run(events + more)
    assert later_engine.assessment("c1").first_alert == first


def test_replays_change_nothing():
    events = grooming_script().events
    engine, _ = run(events)
    before = engine.report()
    updates = engine.process_many(events)
    assert all(u.duplicate for u in updates if isinstance(u.event, (Message,)))
    assert not any(u.alert_raised for u in updates)
    assert engine.report() == before


def test_adult_to_minor_is_riskier_than_the_same_words_between_peers():
    # The mechanism, with the documented hand weights (the shipped weights are fitted).
    config = DetectionConfig(weights=HAND_WEIGHTS, bias=HAND_BIAS, trees=None)

    def risk(ages):
        s = Script().profile("a", ages[0]).profile("b", ages[1])
        s.say("a", "b", "ur so pretty").say("a", "b", "what school r u at").say("a", "b", "add me on snap")
        engine, _ = run(s.events, config)
        return engine.assessment("c1").risk

    assert risk((34, 13)) > risk((14, 14)) * 2
    assert risk((34, 13)) > risk((30, 29)) * 2


def test_age_contradiction_counts_against_the_sender():
    base = Script().profile("a", 15).profile("b", 14)
    base.say("a", "b", "what school u at").say("a", "b", "keep it secret")
    engine, _ = run(base.events)
    calm = engine.assessment("c1").risk
    lying = Script().profile("a", 15).profile("b", 14)
    lying.say("a", "b", "what school u at").say("a", "b", "keep it secret").say("a", "b", "ok truth is im actually 24")
    engine, _ = run(lying.events)
    assert engine.assessment("c1").risk > calm


def test_report_against_a_participant_raises_their_risk():
    s = Script().profile("a", 30).profile("b", 13)
    s.say("a", "b", "what school u at")
    engine, _ = run(s.events)
    before = engine.assessment("c1").risk
    engine.process(Report(id="r1", reporter="b", reported="a", conversation="c1", ts=T0 + timedelta(hours=1)))
    assert engine.assessment("c1").risk > before


def test_report_has_every_conversation_and_account():
    s = Script().profile("a", 30).profile("b", 31).say("a", "b", "hello").say("b", "a", "hi")
    engine, _ = run(s.events)
    report = engine.report()
    assert [c["conversation"] for c in report["conversations"]] == ["c1"]
    assert report["conversations"][0]["alert"] is False
    assert {a["account"] for a in report["accounts"]} == {"a", "b"}


def test_idle_conversations_are_finalised_and_state_released():
    engine = Engine(config=DetectionConfig(idle_ttl=timedelta(days=1)), scorers=[KeywordScorer()])
    engine.process_many(Script("old").say("a", "b", "hi").events)
    late = Script("new").say("c", "d", "hi").events[0].model_copy(update={"ts": T0 + timedelta(days=3)})
    engine.process(late)
    done = engine.evict_idle()
    assert [a.conversation for a in done] == ["old"]
    assert list(engine.conversations) == ["new"]


def _outreach(sender, n, ages, minutes_apart=2, accepted=False, created_days=2):
    events = [Profile(user=sender, ts=T0, stated_age=16, created=T0 - timedelta(days=created_days))]
    for i in range(n):
        events.append(Profile(user=f"t{i}", ts=T0, stated_age=ages))
    events += [friend_request(i, sender, f"t{i}", i * minutes_apart, accepted=accepted) for i in range(n)]
    return events


def test_mass_outreach_to_young_users_flags_the_account_with_evidence():
    engine = Engine(scorers=[KeywordScorer()])
    updates = engine.process_many(_outreach("spammer", 60, 13))
    flagged = [a for u in updates for a in u.account_alerts]
    assert [a.account for a in flagged] == ["spammer"]
    evidence = " ".join(s["evidence"] for s in flagged[0].signals)
    assert "friend requests" in evidence and "aged 13" in evidence
    assert engine.account_assessment("spammer").alert


def test_outreach_counts_ages_learnt_after_the_contact_and_forgets_old_contacts():
    engine = Engine(scorers=[KeywordScorer()])
    # Requests to users of unknown age; their profiles (12 and 14) arrive later.
    engine.process_many([friend_request(i, "spammer", f"t{i}", i) for i in range(30)])
    engine.process_many([Profile(user="t0", ts=T0 + timedelta(minutes=40), stated_age=12),
                         Profile(user="t1", ts=T0 + timedelta(minutes=41), stated_age=14)])
    engine.process_many([friend_request(99, "spammer", "t99", 42)])
    state = engine.accounts._state["spammer"]
    assert dict(state.young) == {12: 1, 14: 1} and state.unknown == 29 and state.requests == 31
    # A day later the first 31 contacts have left the window; a new one is all that counts.
    engine.process_many([Profile(user="t100", ts=T0 + timedelta(days=2), stated_age=13),
                         friend_request(100, "spammer", "t100", 60 * 48)])
    assert dict(state.young) == {13: 1} and state.unknown == 0 and state.requests == len(state.contacts) == 1


def test_popularity_and_small_friend_lists_are_not_outreach():
    engine = Engine(scorers=[KeywordScorer()])
    # Many requests *to* a streamer: inbound, never a threat.
    inbound = [friend_request(i, f"fan{i}", "streamer", i) for i in range(150)]
    engine.process_many([Profile(user=f"fan{i}", ts=T0, stated_age=13) for i in range(150)] + inbound)
    # A new user adding ten classmates who accept.
    engine.process_many(_outreach("newkid", 10, 13, minutes_apart=30, accepted=True))
    assert not engine.account_assessment("streamer").alert
    assert not engine.account_assessment("newkid").alert


def test_coach_messaging_the_team_room_is_not_outreach():
    engine = Engine(scorers=[KeywordScorer()])
    events = [Profile(user=f"p{i}", ts=T0, stated_age=14) for i in range(40)]
    events += [
        Message(id=f"m{i}", conversation="team", room="u14-team", sender="coach", recipients=[f"p{j}" for j in range(40)],
                text="practice moved to 6pm, bring water", ts=T0 + timedelta(minutes=i))
        for i in range(5)
    ]
    engine.process_many(events)
    assert not engine.account_assessment("coach").alert


def test_copy_paste_first_messages_count_as_outreach():
    engine = Engine(scorers=[KeywordScorer()])
    events = [Profile(user=f"t{i}", ts=T0, stated_age=12) for i in range(45)]
    events += [
        Message(id=f"m{i}", conversation=f"c{i}", sender="opener", recipients=[f"t{i}"],
                text="hey cutie wanna b friends?? 😊", ts=T0 + timedelta(minutes=i))
        for i in range(45)
    ]
    engine.process_many(events)
    a = engine.account_assessment("opener")
    assert a.alert
    assert any("same opening message" in s["evidence"] for s in a.signals)


def test_a_bare_number_answering_an_age_question_is_a_stated_age():
    from watchkeeper.core.patterns import PatternScorer

    s = Script().profile("a", 30)
    s.say("a", "b", "how old r u").say("b", "a", "13")
    engine = Engine(scorers=[PatternScorer()])
    engine.process_many(s.events)
    assert engine.age_of("b").best == 13
    # Without the question, a number is just a number.
    t = Script("c2").say("x", "y", "what time is it").say("y", "x", "13")
    engine.process_many(t.events)
    assert engine.age_of("y").best is None


def test_thanking_people_who_reached_out_first_is_not_outreach():
    engine = Engine(scorers=[KeywordScorer()])
    events = [Profile(user=f"fan{i}", ts=T0, stated_age=13) for i in range(60)]
    events += [friend_request(i, f"fan{i}", "creator", i) for i in range(60)]
    events += [
        Message(id=f"ty{i}", conversation=f"c{i}", sender="creator", recipients=[f"fan{i}"],
                text="thanks for the follow!! new video sunday", ts=T0 + timedelta(minutes=70 + i))
        for i in range(60)
    ]
    engine.process_many(events)
    assert not engine.account_assessment("creator").alert


def test_invitations_that_are_mostly_accepted_are_not_a_spray():
    club = _outreach("club", 35, 15, minutes_apart=3, accepted=True, created_days=400)
    spray = _outreach("spray", 35, 15, minutes_apart=3, accepted=False, created_days=400)
    engine = Engine(scorers=[KeywordScorer()])
    engine.process_many(sorted(club + [e.model_copy(update={"id": "s" + e.id}) if hasattr(e, "recipient") else e for e in spray], key=lambda e: e.ts))
    assert not engine.account_assessment("club").alert
    assert engine.account_assessment("spray").alert


def test_a_flagged_image_match_alone_raises_the_alert():
    from watchkeeper.events import Image

    class FlagEverything:
        def match(self, image):
            return [MessageSignal(Category.FLAGGED_IMAGE, 1.0, 0, 0, "matches bank 'hotline' (distance 4)", "image")]

    for config in (DetectionConfig(), DetectionConfig(weights=HAND_WEIGHTS, bias=HAND_BIAS, trees=None, alert_threshold=0.5)):
        engine = Engine(config=config, scorers=[KeywordScorer()], image_matcher=FlagEverything())
        update = engine.process(Image(id="i1", conversation="c9", sender="x", recipients=["y"], ts=T0, sha256="a" * 64))
        assert update.alert_raised and engine.assessment("c9").first_alert == "i1"


def test_scan_events_reports_out_of_order_input_in_time_order():
    from watchkeeper.core import scan_events

    events = grooming_script().events
    shuffled = events[::-1]
    report = scan_events(shuffled, Engine(scorers=[KeywordScorer()]))
    in_order = scan_events(events, Engine(scorers=[KeywordScorer()]))
    assert report == in_order and report["conversations"][0]["alert"]


def test_signs_from_two_families_aimed_at_a_minor_are_a_feature_of_their_own():
    from watchkeeper.core.conversation import sender_features

    def features(ages, *texts):
        s = Script().profile("a", ages[0]).profile("b", ages[1])
        for text in texts:
            s.say("a", "b", text)
        engine, _ = run(s.events)
        tracker = engine.conversations["c1"]
        return sender_features("a", tracker.senders["a"], tracker, engine.age_of, engine.config)

    # Flattery (trust) and a school question (information gathering) to a 13-year-old.
    assert features((30, 13), "ur so pretty", "what school r u at").get("families_to_minor") == 1.0
    # One family alone is not enough, however strong.
    assert "families_to_minor" not in features((30, 13), "ur so pretty", "ur so pretty again")
    # The same two families between adults are not this feature.
    assert "families_to_minor" not in features((30, 29), "ur so pretty", "what school r u at")


def test_openness_cues_lower_risk_in_step_with_the_evidence_they_explain():
    from watchkeeper.core.conversation import sender_features

    s = Script().profile("a", 40).profile("b", 12)
    s.say("b", "a", "thanks grandma").say("a", "b", "ur so pretty").say("a", "b", "keep it secret, send a pic")
    engine, _ = run(s.events)
    tracker = engine.conversations["c1"]
    state = tracker.senders["a"]
    features = sender_features("a", state, tracker, engine.age_of, engine.config)
    assert features["known_relation"] == 1.0
    assert features["known_relation_x_evidence"] == sum(state.evidence.values()) > 2.0
    assert "group_x_evidence" not in features


def test_peers_are_an_openness_cue_of_their_own_kind():
    from watchkeeper.core.conversation import sender_features

    def features(ages):
        s = Script().profile("a", ages[0]).profile("b", ages[1])
        s.say("a", "b", "ur so pretty").say("a", "b", "keep it secret")
        engine, _ = run(s.events)
        tracker = engine.conversations["c1"]
        return tracker.senders["a"], sender_features("a", tracker.senders["a"], tracker, engine.age_of, engine.config)

    state, two_14s = features((14, 14))
    assert two_14s["peer_minors"] == 1.0 and "adults_only" not in two_14s
    assert two_14s["peer_minors_x_evidence"] == sum(state.evidence.values()) > 0
    _, adults = features((31, 33))
    assert adults["adults_only"] == 1.0 and "peer_minors" not in adults
    # An adult writing to a minor, or a 17-year-old to a 12-year-old, is no peer.
    for ages in ((30, 14), (17, 12)):
        _, mixed = features(ages)
        assert "peer_minors" not in mixed and "adults_only" not in mixed


def test_the_years_between_an_older_sender_and_the_youngest_minor_are_a_feature():
    from watchkeeper.core.conversation import sender_features

    def features(sender_age, *other_ages):
        s = Script().profile("a", sender_age) if sender_age is not None else Script()
        for i, age in enumerate(other_ages):
            s.profile(f"k{i}", age)
        for i in range(len(other_ages)):
            s.say("a", f"k{i}", "ur so pretty")
        engine, _ = run(s.events)
        tracker = engine.conversations["c1"]
        return sender_features("a", tracker.senders["a"], tracker, engine.age_of, engine.config)

    assert features(16, 13)["age_gap"] == 3.0
    assert features(40, 15, 12)["age_gap"] == 28.0  # the youngest minor in the conversation
    for same_or_younger in ((14, 14), (13, 15)):
        assert "age_gap" not in features(*same_or_younger)
    assert "age_gap" not in features(None, 13)  # the sender's age unknown
    assert "age_gap" not in features(40, 30)  # no minor


def test_a_brand_new_account_gets_no_peer_discount():
    """A fake profile posing as someone the same age: the age an account states counts
    for a peer only once the account is older than the conversation's first days."""
    from watchkeeper.core.conversation import sender_features

    def features(created_days_before):
        s = Script().profile("a", 14, created=T0 - timedelta(days=created_days_before)).profile("b", 14)
        s.say("a", "b", "ur so pretty").say("a", "b", "keep it secret")
        engine, _ = run(s.events)
        tracker = engine.conversations["c1"]
        return sender_features("a", tracker.senders["a"], tracker, engine.age_of, engine.config)

    new, old = features(2), features(400)
    assert new.get("new_account") == 1.0 and "peer_minors" not in new and "peer_courtship" not in new
    assert "new_account" not in old and old["peer_minors"] == 1.0
    # A creation date after the conversation began is bad data, not a new account.
    assert "new_account" not in features(-3)


def test_an_account_date_learnt_mid_conversation_counts_from_the_next_message():
    from watchkeeper.core.conversation import sender_features, sender_risk

    s = Script().profile("a", 14).profile("b", 14)
    s.say("a", "b", "ur so pretty").say("a", "b", "keep it secret")
    engine, _ = run(s.events)
    engine.process(Profile(user="a", ts=T0 + timedelta(hours=1), stated_age=14, created=T0 - timedelta(days=1)))
    engine.process(
        Message(id="late", conversation="c1", sender="a", recipients=["b"], ts=T0 + timedelta(hours=2), text="ok")
    )
    tracker, state = engine.conversations["c1"], engine.conversations["c1"].senders["a"]
    assert sender_features("a", state, tracker, engine.age_of, engine.config)["new_account"] == 1.0
    # The remembered risk was recomputed with it, not kept from before.
    assert state.risk == sender_risk("a", state, tracker, engine.age_of, engine.config)


def test_an_alert_names_the_context_it_was_scored_in_and_a_quiet_conversation_none():
    from watchkeeper.core.signals import explain_context

    engine, _ = run(grooming_script().events)
    alerted = engine.assessment("c1")
    assert alerted.alert and "adult_to_minor" in alerted.context
    assert alerted.to_dict()["context"] == alerted.context
    assert "An adult, by the ages stated, is writing to a minor." in explain_context(alerted.context)
    quiet = Script().profile("adult", 31).profile("kid", 13).say("adult", "kid", "ur so pretty")
    engine, _ = run(quiet.events)
    assert not engine.assessment("c1").alert
    assert engine.assessment("c1").context == [] and "context" not in engine.assessment("c1").to_dict()


def test_acts_actionable_on_their_own_alert_at_once():
    from watchkeeper.core.conversation import (
        AgeInfo,
        ConversationTracker,
        SenderState,
        sender_features,
    )
    from watchkeeper.core.signals import Category

    # A picture request with a threat, from a stranger, in the first message (shipped weights).
    engine, _ = run(Script().say("a", "b", "send me a pic or else").events)
    assert engine.assessment("c1").first_alert == "c1-m1"
    # A threat to spread material the sender claims to hold is that act too.
    from watchkeeper.core.patterns import PatternScorer

    s = Script().say("a", "b", "i recorded our video call")
    s.say("a", "b", "pay 500 by tonight or i send it to all ur followers")
    engine = Engine(scorers=[PatternScorer()])
    engine.process_many(s.events)
    assert engine.assessment("c1").first_alert == "c1-m2"
    # Claiming a hold alone, without a threat to spread it, is not that act.
    engine = Engine(scorers=[PatternScorer()])
    engine.process_many(Script().say("a", "b", "i know ur real name").say("a", "b", "i have ur pics").events)
    tracker = engine.conversations["c1"]
    assert "extortion" not in sender_features("a", tracker.senders["a"], tracker, engine.age_of, engine.config)
    # A threat alone is not that act.
    engine, _ = run(Script().say("a", "b", "do it or else").events)
    tracker = engine.conversations["c1"]
    assert "extortion" not in sender_features("a", tracker.senders["a"], tracker, engine.age_of, engine.config)
    # Documents held against a debt; either alone is not enough.
    config, ages, tracker = DetectionConfig(), (lambda user: AgeInfo()), ConversationTracker("c9")
    both = SenderState(evidence={Category.DOCUMENT_CONTROL: 0.9, Category.DEBT_BONDAGE: 0.85})
    one = SenderState(evidence={Category.DOCUMENT_CONTROL: 0.95})
    assert sender_features("x", both, tracker, ages, config).get("documents_for_debt") == 1.0
    assert "documents_for_debt" not in sender_features("x", one, tracker, ages, config)


def test_messages_where_nothing_is_found_share_one_analysis_and_others_pickle_back_equal():
    plain, asks, keeps_secret = MessageAnalyzer().analyse(["see u at practice", "how old r u", "keep it secret ok"])
    assert plain is NOTHING_FOUND and plain == MessageAnalysis([], [])
    assert asks.asks_age and keeps_secret.signals
    for analysis in (asks, keeps_secret):
        assert pickle.loads(pickle.dumps(analysis)) == analysis
    learned = MessageSignal(Category.SECRECY, 0.5, 1, 4, "shh", source="learned", detail="nearest example")
    assert pickle.loads(pickle.dumps(learned)) == learned
