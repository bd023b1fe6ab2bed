"""Cues in message text about the relationship: known and open, or a stranger's.

Groomers isolate; family, teachers and coaches do the opposite. Two cues are
cheap to read and hard for an offender to fake, because they come from the
*other* side or bring a third person in, and they lower risk:

- the young person addresses the sender as family or by role ("thank you
  grandma", "DAD now i know", "ok coach");
- the sender brings the parents in ("i asked your mom", "check with your dad",
  "your mum said ok");
- the sender speaks of a parent or grandparent by the family's own name for
  them ("is mum home?", "dad says hi", "tell nana"), as family do; an outsider
  says "your mum". (No training or dev offender does it; one could, which is
  why it only lowers risk by what the conversation model learned, and acts
  actionable on their own are not lowered at all.)

One cue raises it, from the other side too: the young person does not know who
is writing ("who is this", "how did u get my number"), so the sender is a stranger.
"""

from __future__ import annotations

import re

from watchkeeper.core.normalize import normalize

RELATION_WORDS = (
    "mom", "mum", "mommy", "mummy", "mama", "ma", "dad", "papa", "pa", "grandma", "granny", "gran",
    "nana", "nan", "grandpa", "grandad", "granddad", "gramps", "auntie", "aunty", "aunt", "uncle",
    "coach", "sir", "teacher",
)
_RELATION = "(?:" + "|".join(RELATION_WORDS) + ")"
_INTERJECTION = (
    r"(?:ok|okay|k|thanks|thank you|thx|ty|love you|love ya|hi|hey|hello|bye|night|goodnight|"
    r"yes|yeah|yea|no|nope|sorry|omg|ugh|lol|haha|sure|fine|alright)"
)
# The term opens the message (after an optional interjection) or closes it.
_ADDRESS = re.compile(
    rf"^\W*(?:{_INTERJECTION}\W+){{0,2}}{_RELATION}\b(?!\s+(?:says|said|is|was|will|would|wants|thinks|checks|knows))"
    rf"|\b(?:{_INTERJECTION}|too|xx+|x)\W+{_RELATION}\W*$"
    rf"|^\W*{_RELATION}\W*$"
)
PARENT_WORDS = (
    "mom", "mum", "dad", "parents", "parent", "mother", "father", "guardians", "guardian", "family", "folks",
)
_PARENTS = "(?:" + "|".join(PARENT_WORDS) + ")"
_INVOLVES_PARENTS = re.compile(
    rf"(?<!dont )(?<!do not )(?<!never )(?<!no need to )"
    rf"\b(?:ask|asked|check with|checked with|talked to|spoke to|spoken to|cc|cced|looped in|call|called|"
    rf"run it by|ran it by)\s+(?:your|ur)\s+{_PARENTS}\b"
    rf"|\b(?:your|ur)\s+{_PARENTS}\s+(?:said|says|agreed|knows|already knows|is ok|are ok|is fine|are fine|"
    rf"approved|signed|gave permission)\b"
    rf"|\b(?:permission|consent) (?:form|slip)\b"
)


_FAMILY_NAMES = (
    "mum", "mom", "mummy", "mommy", "mama", "dad", "daddy", "papa", "grandma", "granny", "gran",
    "nana", "nan", "grandpa", "grandad", "granddad",
)
# A kinship word used as a name: not after a possessive or an article ("your mum",
# "a dad"), nor joined to one by "and"/"or" ("your mom and dad"), nor "yo mama".
_NOT_AFTER = "".join(
    f"(?<!{word} )" for word in ("your", "you", "my", "his", "her", "their", "our", "a", "the", "and", "or", "n", "ya", "yo", "step")
)
_SPEAKS_AS_FAMILY = re.compile(
    rf"(?<![\w']){_NOT_AFTER}(?:{'|'.join(_FAMILY_NAMES)})\b(?! (?:jeans|jokes?|bod|friend|vibes|energy|mode))"
)


_ASKS_WHO = re.compile(
    r"(?:^|\W)(?:whos this|who is this|who this|who are you|do i know you|have we met|how do you know me|"
    r"how did you (?:get|find) (?:my \w+|me))(?=\W*(?:$|[?,.!]|lol|sorry|btw|tho|again))"
)


# Words every match contains as a whole token (a cheap test before the regex;
# sets, so the test walks the message's few words rather than the list).
_RELATION_NEEDS = frozenset(RELATION_WORDS)
# (A parent rather than "your", which normalisation makes of every "ur": most chats have it.)
_PARENTS_NEEDS = frozenset({*PARENT_WORDS, "permission", "consent"})
_FAMILY_NEEDS = frozenset(_FAMILY_NAMES)
_ASKS_WHO_NEEDS = frozenset({"who", "whos", "know", "met", "get", "find"})


def addresses_relation(text: str) -> bool:
    """The writer addresses the other person as family or by role."""
    norm = normalize(text)
    return not norm.words.isdisjoint(_RELATION_NEEDS) and _ADDRESS.search(norm.text) is not None


def involves_parents(text: str) -> bool:
    """The writer brings the young person's parents into the arrangement."""
    norm = normalize(text)
    return not norm.words.isdisjoint(_PARENTS_NEEDS) and _INVOLVES_PARENTS.search(norm.text) is not None


def asks_who_sender_is(text: str) -> bool:
    """The writer does not know who they are talking to."""
    norm = normalize(text)
    return not norm.words.isdisjoint(_ASKS_WHO_NEEDS) and _ASKS_WHO.search(norm.text) is not None


def speaks_as_family(text: str) -> bool:
    """The writer names a parent or grandparent as family do ("is mum home?")."""
    norm = normalize(text)
    return not norm.words.isdisjoint(_FAMILY_NEEDS) and _SPEAKS_AS_FAMILY.search(norm.text) is not None
