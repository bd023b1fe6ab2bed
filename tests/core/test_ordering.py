from datetime import UTC, datetime, timedelta

from watchkeeper.core.ordering import ReorderBuffer, reorder
from watchkeeper.events import Message

T0 = datetime(2026, 1, 1, tzinfo=UTC)


def msg(i, minutes):
    return Message(id=f"m{i}", conversation="c", sender="u", text="x", ts=T0 + timedelta(minutes=minutes))


def test_slightly_out_of_order_events_come_out_in_time_order():
    events = [msg(1, 0), msg(3, 2), msg(2, 1), msg(5, 30), msg(4, 29), msg(6, 60)]
    assert [e.id for e in reorder(events, timedelta(minutes=5))] == ["m1", "m2", "m3", "m4", "m5", "m6"]


def test_too_late_events_are_kept_and_counted():
    buffer = ReorderBuffer(timedelta(minutes=5))
    out = []
    for e in [msg(1, 0), msg(2, 10), msg(3, 20), msg(0, 1)]:
        out += buffer.push(e)
    out += buffer.flush()
    assert sorted(e.id for e in out) == ["m0", "m1", "m2", "m3"]
    assert buffer.late == 1


def test_ties_keep_arrival_order():
    a, b = msg(1, 0), msg(2, 0)
    assert [e.id for e in reorder([a, b], timedelta(minutes=1))] == ["m1", "m2"]


def test_pushing_a_batch_releases_what_pushing_one_by_one_does():
    events = [msg(1, 0), msg(2, 10), msg(3, 20), msg(0, 1), msg(4, 18), msg(5, 40), msg(6, 39)]
    one_by_one, batched = ReorderBuffer(timedelta(minutes=5)), ReorderBuffer(timedelta(minutes=5))
    singly = [e for event in events for e in one_by_one.push(event)]
    assert batched.push_many(events) == singly
    assert batched.flush() == one_by_one.flush() and batched.late == one_by_one.late == 1
