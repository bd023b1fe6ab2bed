"""The queue, the case view and moderators' actions, and their audit trail."""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import UTC
from typing import Any

import orjson
import pytest
from fastapi.testclient import TestClient
from httpx import Response
from service.support import grooming
from sqlalchemy import select
from web.conftest import Site
from web.support import ALERTS_FIELD, at_once, case_form, post_form, suspect_form

from watchkeeper.api.feedback import iter_feedback
from watchkeeper.storage.models import Alert, Decision, OutboxMessage, WebhookEndpoint
from watchkeeper.storage.web_models import AuditEntry, CaseNote
from watchkeeper.web import actions, cases


def alert_id(site: Site, subject: str) -> int:
    with site.web.sessions() as session:
        return session.scalar(select(Alert.id).where(Alert.tenant_id == site.tenant, Alert.subject == subject))


def audit(site: Site, action: str) -> list[AuditEntry]:
    with site.web.sessions() as session:
        return list(session.scalars(select(AuditEntry).where(
            AuditEntry.tenant_id == site.tenant, AuditEntry.action == action).order_by(AuditEntry.id)))


def register_hook(site: Site, kind: str) -> None:
    with site.web.sessions() as session:
        session.add(WebhookEndpoint(tenant_id=site.tenant, kind=kind, url="http://127.0.0.1:9/hook",
                                    secret="whsec_test", active=True))
        session.commit()


def outbox(site: Site, kind: str) -> list[dict]:
    with site.web.sessions() as session:
        return [orjson.loads(body) for body in session.scalars(select(OutboxMessage.body).where(
            OutboxMessage.tenant_id == site.tenant, OutboxMessage.kind == kind).order_by(OutboxMessage.id))]


# ---- queue -------------------------------------------------------------------------------


def test_queue_lists_alerts_by_risk_with_counts(site: Site) -> None:
    page = site.moderator.get("/queue").text
    order = re.findall(r'href="/cases/(\d+)">(?:Conversation|Account) (\S+)</a>', page)
    subjects = [subject for _, subject in order]
    assert subjects.index("c1") < subjects.index("c2")  # c1 is riskier
    assert "quiet" not in subjects
    with site.web.sessions() as session:
        risks = {a.subject: a.risk for a in session.scalars(select(Alert).where(Alert.tenant_id == site.tenant))}
    assert risks["c1"] >= risks["c2"]
    assert re.search(r'Open <span class="count">2</span>', page)
    assert "<mark" not in page  # the queue shows no message text


def test_equal_risk_puts_the_longest_waiting_first(site: Site) -> None:
    with site.web.sessions() as session:
        alerts = list(session.scalars(select(Alert).where(Alert.tenant_id == site.tenant)))
        for alert in alerts:
            alert.risk = 0.8
        older = next(a for a in alerts if a.subject == "c2")
        older.created_at = older.created_at.replace(year=older.created_at.year - 1)
        session.commit()
    subjects = re.findall(r'(?:Conversation|Account) (\S+)</a>', site.moderator.get("/queue").text)
    assert subjects[0] == "c2"


def test_queue_filters(site: Site) -> None:
    client = site.moderator
    assert "c1</a>" in client.get("/queue?category=threats").text
    assert "c2</a>" not in client.get("/queue?category=threats").text  # c2 made no threats
    assert "c1</a>" in client.get("/queue?platform=gaming").text
    empty = client.get("/queue?platform=dating").text
    assert "No open alerts match these filters" in empty and "Clear the filters" in empty
    c1 = client.get("/queue?stage=control").text
    assert "c1</a>" in c1 and "c2</a>" not in c1
    # Unknown values are ignored rather than breaking the page.
    assert client.get("/queue?platform=<script>&status=nope").status_code == 200


def test_queue_gathers_one_suspects_alerts(site: Site) -> None:
    client = site.moderator
    # c1 and c2 are both about "adult": each row links to all of them.
    page = client.get("/queue").text
    assert 'href="/queue?status=open&amp;suspect=adult">all 2 alerts about them</a>' in page
    theirs = client.get("/queue?suspect=adult").text
    assert "c1</a>" in theirs and "c2</a>" in theirs and "Suspect: <strong>adult</strong>" in theirs
    assert "all 2 alerts about them" not in theirs  # no link back to the same list
    nobody = client.get("/queue?suspect=someone-else").text
    assert "c1</a>" not in nobody and "Clear the filters" in nobody


def test_queue_status_tabs_and_empty_state(site: Site) -> None:
    for subject in ("c1", "c2"):
        post_form(site.moderator, "/queue", f"/cases/{alert_id(site, subject)}/decision",
                  {"decision": "confirm", "reason": ""})
    page = site.moderator.get("/queue").text
    assert "The queue is empty: no open alerts." in page
    confirmed = site.moderator.get("/queue?status=confirmed").text
    assert "c1</a>" in confirmed and "c2</a>" in confirmed
    assert re.search(r'Confirmed <span class="count">2</span>', confirmed)


# ---- case view ---------------------------------------------------------------------------


def test_case_view_highlights_and_explains_evidence(site: Site) -> None:
    page = site.moderator.get(f"/cases/{alert_id(site, 'c1')}").text
    assert '<mark title="secrecy" data-category="secrecy">secret</mark>' in page
    assert "Asks to keep the conversation secret or to delete it." in page  # plain words
    assert "Alert raised here" in page
    assert "this is our " in page  # the message text around the evidence


def test_case_view_names_the_context_the_alert_was_scored_in(site: Site) -> None:
    # The suspect's account was made 9 days before writing to a 13-year-old.
    page = site.moderator.get(f"/cases/{alert_id(site, 'c1')}").text
    why = page[page.index('id="why-title"'):page.index("</section>", page.index('id="why-title"'))]
    assert "<h3>Context</h3>" in why
    assert "account was made days before this conversation began" in why


def test_case_view_draws_the_stage_chart(site: Site) -> None:
    page = site.moderator.get(f"/cases/{alert_id(site, 'c1')}").text
    svg = page[page.index("<svg"):page.index("</svg>")]
    assert 'role="img"' in svg and "<polyline" in svg
    assert len(re.findall(r"<circle", svg)) >= 5  # one dot per message with a warning sign
    assert "Highest stage reached by the suspect: control" in svg


def test_case_view_shows_participants_ages_and_account_signals(site: Site) -> None:
    # The suspect also sprays friend requests at young users: an account signal.
    events = [{"type": "profile", "user": f"teen{i}", "ts": "2026-03-02T14:00:00Z", "stated_age": 13}
              for i in range(12)]
    events += [{"type": "friend_request", "id": f"fr{i}", "sender": "adult", "recipient": f"teen{i}",
                "ts": f"2026-03-02T16:{i:02d}:00Z"} for i in range(12)]
    site.web.ingest(site.tenant, events)
    page = site.moderator.get(f"/cases/{alert_id(site, 'c1')}").text
    people = page[page.index('id="people-title"'):page.index('id="others-title"')]
    assert "adult</strong> <span class=\"tag suspect\">suspect</span>" in people
    assert "Age on profile: <strong>16</strong>" in people  # the suspect's claim
    assert "Age on profile: <strong>13</strong>" in people  # the young person
    assert "Account created 2026-02-20" in people
    assert "12 friend requests" in people


def test_case_view_lists_other_alerts_about_the_suspect(site: Site) -> None:
    page = site.moderator.get(f"/cases/{alert_id(site, 'c1')}").text
    others = page[page.index('id="others-title"'):page.index('id="history-title"')]
    assert f'href="/cases/{alert_id(site, "c2")}"' in others


def test_viewing_a_case_is_audited(site: Site) -> None:
    case = alert_id(site, "c1")
    site.moderator.get(f"/cases/{case}")
    entries = audit(site, "case.view")
    assert len(entries) == 1
    entry = entries[0]
    assert entry.username == site.moderator_name and entry.target_id == str(case)
    assert "7 messages shown" in entry.detail
    assert "secret" not in entry.detail  # never message text


def test_unknown_case_is_404(site: Site) -> None:
    response = site.moderator.get("/cases/999999999")
    assert response.status_code == 404 and "no such alert" in response.text
    assert not audit(site, "case.view")


# ---- actions -------------------------------------------------------------------------------


def test_dismiss_needs_a_reason(site: Site) -> None:
    case = alert_id(site, "c1")
    response = post_form(site.moderator, f"/cases/{case}", f"/cases/{case}/decision",
                         {"decision": "dismiss", "reason": "  "})
    assert response.status_code == 400 and "needs a reason" in response.text
    with site.web.sessions() as session:
        assert session.scalar(select(Alert.status).where(Alert.id == case)) == "open"
        assert session.scalar(select(Decision.id).where(Decision.alert_id == case)) is None


def test_dismiss_with_reason_stores_decision_webhook_and_audit(site: Site) -> None:
    register_hook(site, "alert.updated")
    case = alert_id(site, "c1")
    response = post_form(site.moderator, f"/cases/{case}", f"/cases/{case}/decision",
                         {"decision": "dismiss", "reason": "two classmates joking"})
    assert response.status_code == 303
    with site.web.sessions() as session:
        decision = session.scalar(select(Decision).where(Decision.alert_id == case))
        assert session.scalar(select(Alert.status).where(Alert.id == case)) == "dismissed"
    assert (decision.decision, decision.note) == ("dismiss", "two classmates joking")
    assert decision.decided_by == f"user:{site.moderator_name}"
    [hook] = outbox(site, "alert.updated")
    assert hook["data"]["decision"]["decision"] == "dismiss"
    [entry] = audit(site, "case.decision")
    assert entry.detail == "dismiss: two classmates joking"
    page = site.moderator.get(response.headers["location"]).text
    assert "Decision saved." in page and "two classmates joking" in page


def test_confirm_and_escalate(site: Site) -> None:
    case = alert_id(site, "c1")
    for choice, status in (("escalate", "escalated"), ("confirm", "confirmed")):
        post_form(site.moderator, f"/cases/{case}", f"/cases/{case}/decision", {"decision": choice})
        with site.web.sessions() as session:
            assert session.scalar(select(Alert.status).where(Alert.id == case)) == status
    assert [e.detail for e in audit(site, "case.decision")] == ["escalate", "confirm"]
    bogus = post_form(site.moderator, f"/cases/{case}", f"/cases/{case}/decision", {"decision": "delete"})
    assert bogus.status_code == 400


def test_suspension_request_goes_to_the_platform_webhook(site: Site) -> None:
    case = alert_id(site, "c1")
    without = post_form(site.moderator, f"/cases/{case}", f"/cases/{case}/suspend", {"reason": "grooming"})
    assert without.headers["location"].endswith("done=suspend-none#actions")
    register_hook(site, "account.flagged")
    with_hook = post_form(site.moderator, f"/cases/{case}", f"/cases/{case}/suspend", {"reason": "grooming"})
    assert with_hook.headers["location"].endswith("done=suspend-sent#actions")
    [hook] = outbox(site, "account.flagged")
    action = hook["data"]["action"]
    assert action == {**action, "type": "suspend", "account": "adult", "reason": "grooming",
                      "requested_by": f"user:{site.moderator_name}"}
    assert len(audit(site, "case.suspend_request")) == 2
    history = site.moderator.get(f"/cases/{case}").text
    assert "suspension requested" in history


def test_safety_message_goes_to_the_young_person(site: Site) -> None:
    register_hook(site, "safety_message")
    case = alert_id(site, "c1")
    response = post_form(site.moderator, f"/cases/{case}", f"/cases/{case}/safety-message",
                         {"recipient": "kid", "locale": "fr", "region": "CA"})
    assert response.headers["location"].endswith("done=safety-sent#actions")
    [hook] = outbox(site, "safety_message")
    data = hook["data"]
    assert data["recipients"] == ["kid"] and data["conversation"] == "c1"
    assert data["message"]["locale"] == "fr" and data["message"]["region"] == "CA"
    assert "Ce n'est pas de ta faute" in data["message"]["reassurance"]
    assert "1-800-668-6868" in {r["phone"] for r in data["message"]["resources"]}
    [entry] = audit(site, "case.safety_message")
    assert entry.detail.startswith("to kid")


def test_safety_message_never_goes_to_the_suspect_or_a_stranger(site: Site) -> None:
    register_hook(site, "safety_message")
    case = alert_id(site, "c1")
    for recipient in ("adult", "someone-else"):
        response = post_form(site.moderator, f"/cases/{case}", f"/cases/{case}/safety-message",
                             {"recipient": recipient, "locale": "en", "region": "CA"})
        assert response.status_code == 400
    assert outbox(site, "safety_message") == []


def test_notes_are_kept_shown_and_audited(site: Site) -> None:
    case = alert_id(site, "c1")
    empty = post_form(site.moderator, f"/cases/{case}", f"/cases/{case}/notes", {"note": " "})
    assert empty.status_code == 400
    post_form(site.moderator, f"/cases/{case}", f"/cases/{case}/notes", {"note": "asked platform for IP logs"})
    with site.web.sessions() as session:
        note = session.scalar(select(CaseNote).where(CaseNote.alert_id == case))
    assert note.author == site.moderator_name and note.text == "asked platform for IP logs"
    assert "asked platform for IP logs" in site.admin.get(f"/cases/{case}").text
    [entry] = audit(site, "case.note")
    assert entry.detail == f"note {note.id}"


def test_note_text_is_escaped(site: Site) -> None:
    case = alert_id(site, "c1")
    post_form(site.moderator, f"/cases/{case}", f"/cases/{case}/notes", {"note": "<script>alert(1)</script>"})
    page = site.moderator.get(f"/cases/{case}").text
    assert "<script>alert(1)" not in page and "&lt;script&gt;alert(1)" in page


# ---- one decision for a suspect's alerts ---------------------------------------------------

def by_another(site: Site, conversation: str, sender: str) -> int:
    """A grooming conversation by `sender` in the site's tenant: its alert's id."""
    site.web.ingest(site.tenant, [{**m, "sender": sender} for m in grooming(conversation)])
    return alert_id(site, conversation)


def statuses(site: Site, tenant: str | None = None) -> dict[str, str]:
    with site.web.sessions() as session:
        return dict(session.execute(select(Alert.subject, Alert.status).where(
            Alert.tenant_id == (tenant or site.tenant))).all())


def decisions_in(site: Site, tenant: str) -> int:
    with site.web.sessions() as session:
        return len(list(session.scalars(select(Decision.id).where(Decision.tenant_id == tenant))))


def test_one_decision_for_all_of_a_suspects_open_alerts(site: Site) -> None:
    register_hook(site, "alert.updated")
    c1, c2 = alert_id(site, "c1"), alert_id(site, "c2")
    by_another(site, "c3", "stranger")
    page = site.moderator.get("/queue?suspect=adult").text
    assert "Decide all 2 open alerts about adult</h2>" in page
    action, ids, token = suspect_form(site.moderator)
    assert action == "/suspects/adult/decision" and sorted(ids.split(",")) == sorted([str(c1), str(c2)])
    response = site.moderator.post(action, data={"csrf_token": token, "alerts": ids,
                                                 "decision": "dismiss", "reason": "spam bot, banned"})
    assert response.status_code == 303
    assert response.headers["location"] == "/queue?status=open&suspect=adult&done=dismiss&decided=2&left=0"
    assert '<p class="notice" role="status">2 alerts dismissed.</p>' in site.moderator.get(
        response.headers["location"]).text
    # Each alert as if decided alone: status, decision row, webhook, audit entry, feedback.
    assert statuses(site) == {"c1": "dismissed", "c2": "dismissed", "c3": "open"}
    assert statuses(site, site.other) == {"g1": "open"}  # the other tenant's "adult" too
    with site.web.sessions() as session:
        rows = list(session.scalars(select(Decision).where(Decision.tenant_id == site.tenant)))
        feedback = list(iter_feedback(session, site.tenant))
    assert sorted(d.alert_id for d in rows) == sorted([c1, c2])
    assert {(d.decision, d.note, d.decided_by) for d in rows} == {
        ("dismiss", "spam bot, banned", f"user:{site.moderator_name}")}
    hooks = outbox(site, "alert.updated")
    assert sorted(h["data"]["alert"]["id"] for h in hooks) == sorted([c1, c2])
    assert {h["data"]["decision"]["decision"] for h in hooks} == {"dismiss"}
    entries = audit(site, "case.decision")
    assert sorted(e.target_id for e in entries) == sorted([str(c1), str(c2)])
    assert {e.detail for e in entries} == {
        "dismiss (one of 2 alerts about adult decided together): spam bot, banned"}
    assert sorted((f["alert"]["id"], f["decision"]) for f in feedback) == sorted(
        [(c1, "dismiss"), (c2, "dismiss")])


def test_suspect_decision_leaves_decided_and_later_alerts_alone(site: Site) -> None:
    c2 = alert_id(site, "c2")
    action, ids, token = suspect_form(site.moderator)
    # After the page was shown: someone decides c2, and a new alert about the suspect arrives.
    post_form(site.admin, "/queue", f"/cases/{c2}/decision", {"decision": "confirm"})
    by_another(site, "c4", "adult")
    response = site.moderator.post(action, data={"csrf_token": token, "alerts": ids,
                                                 "decision": "escalate", "reason": ""})
    assert statuses(site) == {"c1": "escalated", "c2": "confirmed", "c4": "open"}
    with site.web.sessions() as session:
        c2_decisions = list(session.scalars(select(Decision.decision).where(Decision.alert_id == c2)))
    assert c2_decisions == ["confirm"]
    notice = site.moderator.get(response.headers["location"]).text
    assert "1 alert escalated. 1 was already decided and left as it was." in notice
    # What is left open is what the suspect's list now offers.
    assert suspect_form(site.moderator)[1] == str(alert_id(site, "c4"))


def test_a_suspects_alerts_are_locked_in_the_order_ingest_updates_them(site: Site) -> None:
    """By subject, as ingest's batch UPDATE takes conversation alerts, not by id: a decision
    and an ingest batch never each hold one alert while waiting for the other's."""
    b0 = by_another(site, "b0", "adult")  # raised after c1 and c2, but sorts before them
    ids = [alert_id(site, "c2"), b0, alert_id(site, "c1")]
    assert b0 == max(ids)
    with site.web.sessions() as session:
        alerts = cases.suspect_alerts(session, site.tenant, "adult", ids)
    assert [a.subject for a in alerts] == ["b0", "c1", "c2"]


def test_suspect_decision_rejects_alerts_not_about_the_suspect(site: Site) -> None:
    c1 = alert_id(site, "c1")
    c3 = by_another(site, "c3", "stranger")
    with site.web.sessions() as session:
        foreign = session.scalar(select(Alert.id).where(Alert.tenant_id == site.other))
    _, _, token = suspect_form(site.moderator)
    refused = {
        f"{c1},{c3}": f"Not alerts about adult (nothing was decided): #{c3}.",
        f"{c1},{foreign}": f"Not alerts about adult (nothing was decided): #{foreign}.",
        "c1": "The form must list 1 to 50 alert ids.",
        "": "The form must list 1 to 50 alert ids.",
        ",".join(str(c1 + i) for i in range(51)): "The form must list 1 to 50 alert ids.",
    }
    for ids, message in refused.items():
        response = site.moderator.post("/suspects/adult/decision", data={
            "csrf_token": token, "alerts": ids, "decision": "confirm"})
        assert response.status_code == 400 and message in response.text, ids
    response = site.moderator.post("/suspects/stranger/decision", data={
        "csrf_token": token, "alerts": str(c1), "decision": "confirm"})
    assert response.status_code == 400 and f"#{c1}" in response.text
    response = site.moderator.post("/suspects/adult/decision", data={
        "csrf_token": token, "alerts": str(c1), "decision": "dismiss", "reason": " "})
    assert response.status_code == 400 and "needs a reason" in response.text
    assert set(statuses(site).values()) == {"open"} and statuses(site, site.other) == {"g1": "open"}
    assert decisions_in(site, site.tenant) == decisions_in(site, site.other) == 0
    assert audit(site, "case.decision") == []


def test_suspect_decision_stays_in_the_tenant(site: Site) -> None:
    # The other tenant's admin, whose tenant has a suspect of the same name, posts this tenant's ids.
    other_admin = site.web.login(f"adm-{site.tenant[2:]}-other")
    action, own_ids, token = suspect_form(other_admin)
    ids = f"{alert_id(site, 'c1')},{alert_id(site, 'c2')}"
    response = other_admin.post(action, data={"csrf_token": token, "alerts": ids, "decision": "confirm"})
    assert response.status_code == 400
    assert set(statuses(site).values()) == {"open"} and decisions_in(site, site.tenant) == 0
    assert statuses(site, site.other) == {"g1": "open"}
    # Its own suspect's alert is decided as usual.
    other_admin.post(action, data={"csrf_token": token, "alerts": own_ids, "decision": "confirm"})
    assert statuses(site, site.other) == {"g1": "confirmed"} and set(statuses(site).values()) == {"open"}


def test_suspect_decision_needs_a_session_and_its_csrf_token(site: Site) -> None:
    action, ids, token = suspect_form(site.moderator)
    data = {"alerts": ids, "decision": "confirm"}
    assert site.moderator.post(action, data=data).status_code == 403  # no token
    assert site.moderator.post(action, data={**data, "csrf_token": "forged"}).status_code == 403
    assert site.admin.post(action, data={**data, "csrf_token": token}).status_code == 403  # not its session
    signed_out = site.anonymous.post(action, data={**data, "csrf_token": token})
    assert signed_out.status_code == 303 and signed_out.headers["location"] == "/login"
    assert set(statuses(site).values()) == {"open"} and decisions_in(site, site.tenant) == 0


def test_suspect_decision_form_only_on_a_suspects_open_list(site: Site) -> None:
    assert 'action="/suspects/' not in site.moderator.get("/queue").text
    assert 'action="/suspects/' not in site.moderator.get("/queue?status=all&suspect=adult").text
    filtered = site.moderator.get("/queue?suspect=adult&category=threats").text
    assert "Decide all 1 open alert about adult listed here</h2>" in filtered
    assert ALERTS_FIELD.search(filtered).group(1) == str(alert_id(site, "c1"))


def test_suspect_ids_with_slashes_and_spaces(site: Site) -> None:
    c5 = by_another(site, "c5", "clan/x y")
    action, ids, token = suspect_form(site.moderator, "clan/x y")
    assert action == "/suspects/clan/x%20y/decision" and ids == str(c5)
    response = site.moderator.post(action, data={"csrf_token": token, "alerts": ids, "decision": "confirm"})
    assert response.headers["location"].startswith("/queue?status=open&suspect=clan%2Fx+y&done=confirm")
    assert statuses(site)["c5"] == "confirmed"


def test_case_view_links_to_deciding_the_suspects_alerts_together(site: Site) -> None:
    c1, c2 = alert_id(site, "c1"), alert_id(site, "c2")
    link = '<a href="/queue?status=open&amp;suspect=adult">Decide all {} about adult at once</a>'
    assert link.format("2 open alerts") in site.moderator.get(f"/cases/{c1}").text
    post_form(site.moderator, "/queue", f"/cases/{c2}/decision", {"decision": "confirm"})
    assert "about adult at once" not in site.moderator.get(f"/cases/{c1}").text  # no other open one
    assert link.format("1 open alert") in site.moderator.get(f"/cases/{c2}").text


# ---- decisions that meet: all or nothing, one decision per alert -------------------------


def decide_case(client: TestClient, case: int, decision: str = "confirm") -> Callable[[], Response]:
    """Posting the case page's decision form as loaded now (with the status it shows)."""
    fields = case_form(client, case)
    reason = "" if decision != "dismiss" else "known cousin"
    return lambda: client.post(f"/cases/{case}/decision",
                               data={**fields, "decision": decision, "reason": reason})


def decide_suspect(client: TestClient, decision: str = "escalate") -> Callable[[], Response]:
    """Posting the suspect's form (adult: c1 and c2) as loaded now."""
    action, ids, token = suspect_form(client)
    return lambda: client.post(action, data={"csrf_token": token, "alerts": ids, "decision": decision})


def decisions_of(site: Site, alert: int) -> list[str]:
    with site.web.sessions() as session:
        return list(session.scalars(select(Decision.decision).where(Decision.alert_id == alert)))


def hooks_about(site: Site, alert: int) -> list[dict]:
    return [h for h in outbox(site, "alert.updated") if h["data"]["alert"]["id"] == alert]


def test_suspect_decision_is_all_or_nothing(site: Site) -> None:
    register_hook(site, "alert.updated")
    by_another(site, "c3", "adult")
    action, ids, token = suspect_form(site.moderator)
    assert len(ids.split(",")) == 3
    record, calls = actions.record_decision, []

    def fails_second(*args: Any, **kwargs: Any) -> int:
        calls.append(args)
        if len(calls) == 2:
            raise RuntimeError("lost the database")
        return record(*args, **kwargs)

    data = {"csrf_token": token, "alerts": ids, "decision": "dismiss", "reason": "spam bot"}
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(actions, "record_decision", fails_second)
        assert site.moderator.post(action, data=data).status_code == 500
    assert len(calls) == 2  # the first alert's decision was made, then rolled back
    assert set(statuses(site).values()) == {"open"} and decisions_in(site, site.tenant) == 0
    assert audit(site, "case.decision") == [] and outbox(site, "alert.updated") == []
    with site.web.sessions() as session:
        assert list(iter_feedback(session, site.tenant)) == []
    # Nothing was left locked or half-done: the same form then decides all three.
    response = site.moderator.post(action, data=data)
    assert response.headers["location"].endswith("&decided=3&left=0")
    assert len(outbox(site, "alert.updated")) == 3


def test_case_decided_after_its_page_was_loaded_is_not_decided_twice(site: Site) -> None:
    register_hook(site, "alert.updated")
    c1 = alert_id(site, "c1")
    late = decide_case(site.moderator, c1, "dismiss")
    decide_case(site.admin, c1, "confirm")()
    response = late()
    assert response.headers["location"] == f"/cases/{c1}?done=decided-elsewhere#actions"
    assert "someone else decided this alert" in site.moderator.get(response.headers["location"]).text
    assert decisions_of(site, c1) == ["confirm"] and len(hooks_about(site, c1)) == 1
    assert [e.detail for e in audit(site, "case.decision")] == ["confirm"]
    forged = site.moderator.post(f"/cases/{c1}/decision", data={
        **case_form(site.moderator, c1), "seen_status": "closed", "decision": "dismiss", "reason": "x"})
    assert forged.status_code == 400 and "reload the case" in forged.text
    # Having seen the decision (the page now shows "confirmed"), one may decide again.
    assert decide_case(site.moderator, c1, "dismiss")().headers["location"].endswith("done=decided#actions")
    assert decisions_of(site, c1) == ["confirm", "dismiss"]


@pytest.mark.parametrize("route", ["case", "suspect"])
def test_alert_decided_while_the_form_is_handled_is_not_decided_again(site: Site, route: str) -> None:
    """Someone decides c1 (through the API) after the route has read it, before it decides it."""
    register_hook(site, "alert.updated")
    c1, c2 = alert_id(site, "c1"), alert_id(site, "c2")
    post = decide_case(site.moderator, c1) if route == "case" else decide_suspect(site.moderator)
    reviewer = site.web.service.key(site.tenant, "review")

    def then_decided_elsewhere(read: Callable[..., Any]) -> Callable[..., Any]:
        def reading(*args: Any, **kwargs: Any) -> Any:
            result = read(*args, **kwargs)
            site.web.service.client.post(f"/v1/alerts/{c1}/decision", headers=reviewer,
                                         json={"decision": "dismiss", "note": "known cousin"})
            return result
        return reading

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(cases, "tenant_alert", then_decided_elsewhere(cases.tenant_alert))
        patch.setattr(cases, "suspect_alerts", then_decided_elsewhere(cases.suspect_alerts))
        response = post()
    assert decisions_of(site, c1) == ["dismiss"] and len(hooks_about(site, c1)) == 1
    assert str(c1) not in [e.target_id for e in audit(site, "case.decision")]
    if route == "case":
        assert response.headers["location"] == f"/cases/{c1}?done=decided-elsewhere#actions"
    else:
        assert response.headers["location"].endswith("&decided=1&left=1")
        assert decisions_of(site, c2) == ["escalate"] and len(hooks_about(site, c2)) == 1


@pytest.mark.parametrize("backend", ["site", pytest.param("postgres_site", marks=pytest.mark.postgres)])
@pytest.mark.parametrize("rival", ["case", "suspect"])
def test_simultaneous_decisions_of_one_alert_store_one(request: pytest.FixtureRequest, backend: str,
                                                       rival: str) -> None:
    """A moderator confirms c1 on its case page while an admin decides it too, on the case
    page (dismiss) or with the suspect's form (escalate, c1 and c2): one of them wins."""
    site: Site = request.getfixturevalue(backend)
    register_hook(site, "alert.updated")
    c1, c2 = alert_id(site, "c1"), alert_id(site, "c2")
    posts = (decide_case(site.moderator, c1, "confirm"),
             decide_case(site.admin, c1, "dismiss") if rival == "case" else decide_suspect(site.admin))
    mine, theirs = (r.headers["location"] for r in at_once(*posts))
    [winner] = decisions_of(site, c1)
    [hook] = hooks_about(site, c1)
    assert hook["data"]["decision"]["decision"] == winner
    assert [e.target_id for e in audit(site, "case.decision")].count(str(c1)) == 1
    won = winner == "confirm"
    assert mine.endswith("done=decided#actions" if won else "done=decided-elsewhere#actions")
    if rival == "case":
        assert theirs.endswith("done=decided-elsewhere#actions" if won else "done=decided#actions")
    else:
        assert theirs.endswith("&decided=1&left=1" if won else "&decided=2&left=0")
        assert decisions_of(site, c2) == ["escalate"]


# ---- audit log page ----------------------------------------------------------------------


def test_admin_reads_and_filters_the_audit_log(site: Site) -> None:
    case = alert_id(site, "c1")
    site.moderator.get(f"/cases/{case}")
    post_form(site.moderator, "/queue", f"/cases/{case}/decision",
              {"decision": "dismiss", "reason": "family banter"})
    everything = site.admin.get("/admin/audit").text
    assert "viewed a case (message text)" in everything and "decided on an alert" in everything
    decisions = site.admin.get("/admin/audit?action=case.decision").text
    assert "dismiss: family banter" in decisions and "viewed a case" not in decisions.split("<tbody>")[1]
    by_user = site.admin.get(f"/admin/audit?user={site.admin_name}").text.split("<tbody>")[1]
    assert site.moderator_name not in by_user
    by_alert = site.admin.get(f"/admin/audit?alert={case}").text.split("<tbody>")[1]
    assert by_alert.count(f"alert #{case}") == 2
    future = site.admin.get("/admin/audit?from=2999-01-01").text
    assert "No entries match." in future


def test_audit_log_is_per_tenant(site: Site) -> None:
    site.moderator.get(f"/cases/{alert_id(site, 'c1')}")
    other_admin = site.web.login(f"adm-{site.tenant[2:]}-other")
    page = other_admin.get("/admin/audit").text.split("<tbody>")[1]
    assert site.moderator_name not in page


def test_chart_puts_each_warning_sign_on_its_stage_row() -> None:
    from datetime import datetime

    from markupsafe import Markup

    from watchkeeper.web.cases import SignalView, TimelineRow, stage_chart

    def row(mid: str, stage: int, risk: float) -> TimelineRow:
        signals = [SignalView("x", "x", "", "", 0.5, "")] if stage else []
        return TimelineRow(mid, "message", datetime(2026, 3, 2, tzinfo=UTC), "c", "a", ["b"],
                           Markup(""), signals, risk, False, False, True, stage)

    chart = stage_chart([row("m1", 2, 0.1), row("m2", 0, 0.4), row("m3", 5, 0.9)], first_alert="m3")
    rows = {r["label"]: r["y"] for r in chart.stage_rows}
    assert [d["y"] for d in chart.stage_dots] == [rows["information"], rows["control"]]
    assert rows["control"] < rows["trust"]  # later stages higher up
    assert chart.alert_x == chart.stage_dots[1]["x"]
    ys = [float(p.split(",")[1]) for p in chart.risk_points.split()]
    assert ys[0] > ys[1] > ys[2]  # higher risk is drawn higher
