"""Account-level tracking: one sender reaching out to many young users.

Only *outbound* first contacts count (friend requests sent, first direct
messages), so popularity (many requests *to* someone) is never a threat, and
messages to a group or room (a coach writing to the team) are not outreach.
"""

from __future__ import annotations

import math
from collections import deque
from dataclasses import dataclass, field
from datetime import datetime
from operator import itemgetter
from typing import Any

from watchkeeper.core.config import DetectionConfig
from watchkeeper.core.conversation import AgeLookup
from watchkeeper.core.signals import Category


@dataclass(slots=True)
class AccountAssessment:
    account: str
    risk: float
    alert: bool
    signals: list[dict[str, str]] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return {
            "account": self.account,
            "risk": round(self.risk, 4),
            "alert": self.alert,
            "signals": self.signals,
        }


@dataclass(slots=True)
class _Contact:
    ts: datetime
    target: str
    kind: str  # "friend_request" or "message"
    age: int | None = None  # the target's best-known age when last tallied


@dataclass(slots=True)
class _OutreachState:
    contacts: deque[_Contact] = field(default_factory=deque)
    targets: set[str] = field(default_factory=set)  # everyone ever contacted (first-contact test)
    messaged: set[str] = field(default_factory=set)  # everyone ever sent a direct message
    contacted_by: set[str] = field(default_factory=set)  # who reached out to this user first
    # Plain dicts rather than Counters: a state is made for every user, and a Counter costs
    # a Python-level __init__ per state.
    openers: dict[str, int] = field(default_factory=dict)  # folded text -> count
    risky_openers: int = 0  # openers that already carry warning signs
    opener_text: dict[str, str] = field(default_factory=dict)  # folded text -> as first written
    accepted: int = 0
    declined: int = 0
    reports: int = 0
    risk: float = 0.0
    flagged: AccountAssessment | None = None
    # Tallies of the contacts in the window, kept as contacts come and go so a sender
    # with thousands of them is rescored in constant time; `tallied` turns False when
    # a target's age changes, and the next rescore counts them all again.
    young: dict[int, int] = field(default_factory=dict)  # young targets by age
    unknown: int = 0  # targets of unknown age
    requests: int = 0  # contacts that are friend requests
    tallied: bool = True


def _duration(seconds: float) -> str:
    if seconds < 3600:
        return f"{max(1, round(seconds / 60))} min"
    if seconds < 2 * 86400:
        return f"{round(seconds / 3600)} h"
    return f"{round(seconds / 86400)} days"


class AccountTracker:
    def __init__(self, config: DetectionConfig):
        self.config = config
        self._state: dict[str, _OutreachState] = {}
        self.created: dict[str, datetime] = {}
        # target -> senders whose window holds a contact to it (to recount on age changes)
        self._in_windows: dict[str, set[str]] = {}

    def _get(self, user: str) -> _OutreachState:
        state = self._state.get(user)
        if state is None:
            state = self._state[user] = _OutreachState()
        return state

    def friend_request(
        self, sender: str, recipient: str, ts: datetime, accepted: bool | None, ages: AgeLookup
    ) -> AccountAssessment | None:
        state = self._get(sender)
        if accepted is True:
            state.accepted += 1
        elif accepted is False:
            state.declined += 1
        if recipient in state.targets or recipient in state.contacted_by:
            return None
        state.targets.add(recipient)
        self._get(recipient).contacted_by.add(sender)
        self._add_contact(sender, state, _Contact(ts, recipient, "friend_request"), ages)
        return self._rescore(sender, state, ts, ages)

    def direct_message(
        self, sender: str, recipient: str, ts: datetime, opener: str, ages: AgeLookup, risky: bool = False
    ) -> AccountAssessment | None:
        """A one-to-one message. The first one to each recipient is an opener, and
        outreach unless that recipient reached out first (a reply, a thank-you)."""
        state = self._get(sender)
        if recipient in state.messaged:
            return None
        state.messaged.add(recipient)
        if recipient in state.contacted_by:
            return None
        self._get(recipient).contacted_by.add(sender)
        key = " ".join(opener.lower().split())
        state.openers[key] = state.openers.get(key, 0) + 1
        state.opener_text.setdefault(key, opener)
        state.risky_openers += risky
        if recipient not in state.targets:
            state.targets.add(recipient)
            self._add_contact(sender, state, _Contact(ts, recipient, "message"), ages)
        return self._rescore(sender, state, ts, ages)

    def age_changed(self, user: str) -> None:
        """`user`'s age information changed: recount every window that holds them."""
        for sender in self._in_windows.get(user, ()):
            self._state[sender].tallied = False

    def _add_contact(self, sender: str, state: _OutreachState, contact: _Contact, ages: AgeLookup) -> None:
        state.contacts.append(contact)
        self._in_windows.setdefault(contact.target, set()).add(sender)
        if state.tallied:
            contact.age = ages(contact.target).best
            self._tally(state, contact, 1)

    def _tally(self, state: _OutreachState, contact: _Contact, sign: int) -> None:
        if contact.age is None:
            state.unknown += sign
        elif contact.age < self.config.adult_age:
            count = state.young.get(contact.age, 0) + sign
            if count:
                state.young[contact.age] = count
            else:
                del state.young[contact.age]
        state.requests += sign * (contact.kind == "friend_request")

    def _drop_oldest(self, sender: str, state: _OutreachState) -> None:
        contact = state.contacts.popleft()
        if state.tallied:
            self._tally(state, contact, -1)
        holders = self._in_windows.get(contact.target)
        if holders is not None:
            holders.discard(sender)
            if not holders:
                del self._in_windows[contact.target]

    def _recount(self, state: _OutreachState, ages: AgeLookup) -> None:
        state.young.clear()
        state.unknown = state.requests = 0
        for contact in state.contacts:
            contact.age = ages(contact.target).best
            self._tally(state, contact, 1)
        state.tallied = True

    def _drop_state(self, user: str) -> None:
        state = self._state.pop(user, None)
        while state is not None and state.contacts:
            self._drop_oldest(user, state)

    def report(self, reported: str, ts: datetime, ages: AgeLookup) -> AccountAssessment | None:
        state = self._get(reported)
        state.reports += 1
        return self._rescore(reported, state, ts, ages)

    def assessment(self, user: str) -> AccountAssessment:
        state = self._state.get(user)
        if state is None:
            return AccountAssessment(user, 0.0, False)
        if state.flagged is not None:
            return state.flagged
        return AccountAssessment(user, state.risk, False)

    def _rescore(
        self, user: str, state: _OutreachState, now: datetime, ages: AgeLookup
    ) -> AccountAssessment | None:
        config = self.config
        window_start = now - config.outreach_window
        while state.contacts and state.contacts[0].ts < window_start:
            self._drop_oldest(user, state)
        if not state.tallied:
            self._recount(state, ages)
        young_count = sum(state.young.values())
        # Unknown ages count half: outreach to strangers matters, to known minors more.
        effective = young_count + 0.5 * state.unknown
        # Volume alone alerts only when extreme; otherwise it needs corroboration
        # (a new account, strangers declining, openers with warning signs, reports).
        volume = min(effective / config.outreach_min_young_targets, 3.0)
        z = -5.0 + 2.0 * volume
        evidence: list[dict[str, str]] = []
        span = _duration((now - state.contacts[0].ts).total_seconds()) if state.contacts else ""
        requests = state.requests
        messages = len(state.contacts) - requests
        if young_count:
            youngest, oldest = min(state.young), max(state.young)
            ages_text = f"aged {youngest}-{oldest}" if young_count > 1 else f"aged {youngest}"
            what = " and ".join(
                part
                for part in (
                    f"{requests} friend requests" if requests else "",
                    f"{messages} first messages" if messages else "",
                )
                if part
            )
            evidence.append(
                {
                    "category": Category.MASS_OUTREACH.value,
                    "evidence": f"{what} to {len(state.contacts)} users, {young_count} of them {ages_text}, in {span}",
                }
            )
        total_openers = sum(state.openers.values())
        if total_openers >= 5:
            key, count = max(state.openers.items(), key=itemgetter(1))  # the first of the most common
            text = state.opener_text[key]
            share = count / total_openers
            z += 1.0 * share
            if share >= 0.5:
                evidence.append(
                    {
                        "category": "copy_paste_opener",
                        "evidence": f"the same opening message sent to {count} users: \u201c{text[:80]}\u201d",
                    }
                )
        created = self.created.get(user)
        if created is not None and now - created <= config.new_account_age:
            z += 1.5
            evidence.append(
                {"category": "new_account", "evidence": f"account created {_duration((now - created).total_seconds())} before"}
            )
        answered = state.accepted + state.declined
        if answered >= 5:
            rate = state.accepted / answered
            # Strangers decline; classmates and teammates accept.
            z += 4.0 * (0.4 - rate)
            if rate < 0.3:
                evidence.append(
                    {"category": "low_acceptance", "evidence": f"{state.accepted} of {answered} requests accepted"}
                )
        if state.reports:
            z += 1.0 * min(state.reports, 3)
            evidence.append({"category": "reported", "evidence": f"reported {state.reports} times"})
        state.risk = 1.0 / (1.0 + math.exp(-z))
        if state.flagged is not None:
            # The alert stands; its explanation follows the strongest evidence seen.
            if state.risk >= state.flagged.risk:
                state.flagged = AccountAssessment(user, state.risk, True, evidence)
            return None
        if state.risk >= config.account_alert_threshold and young_count:
            state.flagged = AccountAssessment(user, state.risk, True, evidence)
            return state.flagged
        return None

    def forget(self, user: str) -> AccountAssessment:
        """Release everything kept about `user`; return their final assessment."""
        assessment = self.assessment(user)
        self._drop_state(user)
        self.created.pop(user, None)
        return assessment

    def evict_idle(self, now: datetime) -> None:
        """Forget windows of accounts with no recent outreach (bounded memory)."""
        start = now - self.config.outreach_window
        for user in [u for u, s in self._state.items() if s.flagged is None and (not s.contacts or s.contacts[-1].ts < start)]:
            state = self._state[user]
            if state.risk < 0.05 and not state.reports:
                self._drop_state(user)
