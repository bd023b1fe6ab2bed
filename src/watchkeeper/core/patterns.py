"""Pattern-based message signals: a readable table of warning-sign phrasings.

Each rule is one row `(category, detail, strength, pattern)`. Patterns are
written against the *normalised* text (see normalize.py: lowercase, no
apostrophes, "u" -> "you", "ur" -> "your", app names spelled one way, leet
and spacing undone), in a small template language:

- a space stands for any run of non-word characters (spaces, punctuation, emoji);
- `<name>` inserts a shared vocabulary from `VOCAB` (verbs, objects, modifiers),
  so one row covers many phrasings ("<i_will> <give> you" covers "ill buy you",
  "i can get u", "lemme send ya" ...);
- `" ?"` (a space made optional) stands for any run of non-word characters or none;
- `<w>` is one optional filler word, `<ww>` up to two, `<www>` up to three.

Context rows (`CONTEXTS`) then dampen or cancel what fired: the same words
are harmless about a worksheet, a surprise party, a movie spoiler, or when a
counsellor or a safety lesson talks *about* grooming. Strengths are per
message; the conversation layer weighs them with age context and history.

To add a pattern: add a row to `RULES` (or a context row to `CONTEXTS`).
Nothing else: the words each pattern needs are found from its parsed regex
and used to dispatch, so a message only runs the few patterns it could match
(see "compilation" below; the tests check this never hides a match).
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from re import _constants as sre  # regex parse-tree opcodes, for anchor extraction
from re import _parser as sre_parser

from watchkeeper.core.lexicon.key_frequency import KEY_FREQUENCY
from watchkeeper.core.normalize import ASKS_AGE_ALTERNATIVES, Normalized, normalize
from watchkeeper.core.signals import MESSAGE_CATEGORIES, Category, MessageSignal

__all__ = ["CONTEXTS", "RULES", "VOCAB", "Context", "PatternScorer", "Rule"]

C = Category

# ---- shared vocabulary ----------------------------------------------------------

VOCAB: dict[str, str] = {
    "w": r"(?:[a-z0-9$']+ )?",
    "ww": r"(?:[a-z0-9$']+ ){0,2}",
    "www": r"(?:[a-z0-9$']+ ){0,3}",
    "so": r"(?:(?:so|really|very|super|soo|too|kinda|such an?|like|extremely|way|hella|"
    r"lowkey|literally|honestly|actually|just|absolutely|truly|rly|the most) )*",
    "youare": r"(?:youre|your|you are|you)",
    "i_will": r"(?:ill|i will|i can|i could|i would|id like to|i would like to|id love to|id|i wanna|i want to|im going to|"
    r"i am going to|let me|i'll|i gotta|i shall|i might|i got to|imma|im gonna)",
    "lets": r"(?:lets|let us|we should|can we|could we|shall we|wanna|want to|do you want to|"
    r"you want to|we can|we could|how about we|i want to|id love to|i wanna|cant wait to|"
    r"we have to|we need to|we gotta|when can we|why dont we)",
    "parent": r"(?:(?:little |big |older |younger |baby |irl |real |school |old )?(?:parents?|mom|dad|mother|father|family|folks|step ?dad|step ?mom|"
    r"guardians?|sister|brother|sis|bro|grandma|grandpa|nan|aunt|uncle|teachers?|"
    r"counsel+or|coach|friends?|bff|boyfriend|girlfriend|husband|wife|roommates?|"
    r"carer|foster (?:mom|dad|parents)|social worker))",
    "guardian": r"(?:parents?|mom|dad|mother|father|folks|family|step ?dad|step ?mom|"
    r"guardians?|grandma|grandpa|nan|aunt|uncle|carer|roommates?|foster (?:mom|dad|parents))",
    "self": r"(?:you|yourself|more of you|what you look like|what youre wearing|your <selfobj>)",
    "selfobj": r"(?:face|body|outfit|new outfit|room|bedroom|bed|legs|hair|eyes|smile|lips|dress|pjs|"
    r"pajamas|uniform|swimsuit|bikini|mirror|feet|gaming chair|whole body|self)",
    "picadj": r"(?:new|cute|quick|private|special|full body|body|mirror|bigger|real|recent|test|"
    r"spicy|sexy|hot|nice|pretty|another|better)",
    "gift": r"(?:<money>|gifts?|presents?|stuff|something nice|little something|anything you want|whatever you "
    r"(?:want|need)|phone|iphone|clothes|dress|shoes|makeup|bags?|designer \w+|skins?|headset|"
    r"controller|console|ps5|xbox|switch|nails|hair|tickets?|cigs|vapes|drinks|alcohol|a new one|"
    r"new phone|laptop|the (?:skin|phone|item|game)|it|that)",
    "stuff": r"(?:pics|photos|pictures|videos?|vids?|clips?|screenshots|chats|messages|msgs|"
    r"face|secrets|cam clip|convo|recording|nudes|stream|cam|id pics)",
    "threaten": r"(?:ill|i will|im going to|im gonna|gonna|going to|or i|or ill|then i|i can|i could) "
    r"(?:send|post|share|leak|show|forward|upload|spread|tag|expose|release|publish|put)",
    "pic": r"(?:pics?|pictures?|photos?|selfies?|pix|snaps|images?|videos?|vids?|"
    r"clips?|nudes?|p1c|shots?)",
    "send": r"(?:send|snd|sned|share|dm|text|show|post|give|drop|mail|snap)",
    "give": r"(?:buy|get|send|give|gift|pay for|cover|order|grab|treat|sort|hook)",
    # A wage by the month, week, night or day (an hourly one: see "hourly_wage").
    "wage": r"(?:\d[\d,.]*k? ?(?:euros?|eur|usd|dollars|pounds|gbp|francs|chf)? ?(?:netto |net |gross |cash )?(?:(?:a|per|an) ?)?(?:month|mo|week|wk|night|day)\b|\d[\d,.]*k? ?(?:euros?|eur|usd|dollars|pounds|gbp|francs|chf)? ?(?:netto |net |gross )?(?:monthly|weekly|daily)\b|(?:salary|wage|pay) (?:is |of )?\d[\d,.]*k?)",
    "hourly_wage": r"\d[\d,.]* ?(?:euros?|eur|usd|dollars|pounds|gbp|francs|chf)? ?(?:(?:a|per|an) ?)?(?:hour|hr)\b",
    # What a real employer does not offer a stranger unasked: no tax, travel and a room paid, abroad.
    "perk": r"(?:tax free|(?:flights?|housing|accommodation|room|rent|apartment|flat|visa|travel|bus|ticket|food)(?: and (?:\w+ )?\w+)? (?:is |are )?(?:paid|included|covered|provided|free)\b|(?:pays?|covers?) (?:for )?(?:your |the )?(?:flights?|bus|travel|visa|ticket|room)\b|abroad|overseas)",
    "no_experience": r"no (?:experience|english|papers|documents|qualifications|cv)(?: (?:or|and) (?:experience|english|papers|cv))?\b",
    "money": r"(?:money|cash|\$+\d*|\d+ ?(?:dollars|bucks|quid|euros|k|robux|vbucks|v ?bucks|diamonds|gems|coins)|robux|v ?bucks|v ?bux|"
    r"vbucks|diamonds|gems|coins|credits|skins?|nitro|gift ?cards?|gift ?codes?|"
    r"steam (?:card|code)|psn card|battle ?pass|premium|bitcoin|crypto)",
    "app": r"(?:snapchat|instagram|telegram|whatsapp|kik|discord|signal|wickr|skype|"
    r"facetime|viber|wechat|threema|imessage|tiktok|twitter|messenger|facebook|omegle|"
    r"session|line|zoom|teams|steam|psn|xbox|twitch|reddit|tinder|hangouts|finsta|"
    r"(?:private|secret|other|another|different|second|ghost|blue|yellow|backup|alt|better) "
    r"(?:app|account|acc|chat|server|channel|number|phone|platform|site)|new (?:app|account|acc)|"
    r"my alt|the app (?:that|with)|the other (?:app|one)|dms?|private messages?|pms?)",
    "chatapp": r"(?:snapchat|instagram|telegram|whatsapp|kik|discord|signal|wickr|skype|facetime|"
    r"viber|wechat|threema|imessage|session|messenger|finsta|dms?)",
    "doc": r"(?:passports?|ids?|id cards?|papers|documents?|docs|visas?|"
    r"birth certificates?|ss cards?|social security cards?|bank cards?|green cards?|"
    r"residence permits?|work permits?|travel documents?)",
    "distress": r"(?:sad|lonely|alone|crying|cry|depressed|hurt|hurting|hate (?:your|my) life|"
    r"hard|sucks|bullied|bully|no friends|fighting|yells?|yelled|drinks|kicked|tears|pain|"
    r"problems?|stressed|anxious|upset|scared|miserable|struggling|broke|hungry|homeless)",
}

_MACRO = re.compile(r"<(\w+)>")


def _expand(pattern: str) -> str:
    """Template -> regex: vocabulary inserted, spaces made punctuation-tolerant
    (" " is one or more non-word characters, " ?" zero or more)."""
    for _ in range(4):  # vocabularies may use other vocabularies
        pattern = _MACRO.sub(lambda m: VOCAB[m.group(1)], pattern)
    return pattern.replace(" ?", r"\W*").replace(" ", r"\W+")


@dataclass(frozen=True, slots=True)
class Rule:
    category: Category
    detail: str
    strength: float
    pattern: str


@dataclass(frozen=True, slots=True)
class Context:
    """When `pattern` is in the message, multiply the strength of signals of
    `categories` (all message categories if empty) by `factor` (0 cancels);
    `details` limits it to some sub-kinds, `spares` leaves some out; `detail`
    renames the sub-kind."""

    categories: tuple[Category, ...]
    pattern: str
    factor: float
    detail: str = ""
    details: tuple[str, ...] = ()
    spares: tuple[str, ...] = ()


# ---- the table ------------------------------------------------------------------

RULES: tuple[Rule, ...] = tuple(Rule(*row) for row in [
    # --- age probing: asks the age, or checks the other is young
    (C.AGE_PROBING, "asks_age", 0.55, "|".join(ASKS_AGE_ALTERNATIVES)),
    (C.AGE_PROBING, "asks_age", 0.55, r"(?:how|hw) (?:old|young) (?!were|was|do|does|did|is|u have|you have)<ww>(?:are you|you are|you really|really|exactly|actually|again|btw|tho|lol)|(?:how|hw) (?:old|ol|young)\W*$|how old did you say"),
    (C.AGE_PROBING, "asks_age", 0.55, r"(?:tell me|whats|what is|say|give me) your (?:real |actual |true )?(?:age|birth ?year|dob)|your (?:real|actual|true) age|(?:what|which) year (?:were|was) you born|your birth ?year|20[01]\d (?:baby|babies|kid|kids)"),
    (C.AGE_PROBING, "asks_age", 0.5, r"(?:and|also|so|btw|plus) how old(?: roughly| exactly| are you)?\W*(?:\?|$|,)"),
    (C.AGE_PROBING, "checks_young", 0.55, r"(?<!like\s)(?<!treats\s)(?<!treat\s)(?:are )?<youare> (?:even |like |only |still |not |over |under |older than |younger than |a )?(?:(?<![$£€])\d{1,2}|a minor|underage|under age|legal|old enough|(?:a )?(?:teen|teenager|kid|minor)|\d{1,2} yet)(?: yo| years old)?(?:\?| or| yet| right| tho| lol| haha| are you|$)"),
    (C.AGE_PROBING, "checks_young", 0.45, r"(?<!like\s)(?<!treats\s)(?<!treat\s)(?:you|youre|your) (?:look|looks|seem|sound|must be|gotta be|got to be|are) (?:about |around )?<so>(?:young|younger|like a kid|like \d{1,2}|\d{1,2})(?!\d| ?(?:mins?|minutes|hours|miles|km|%))|(?:youre|your|you are|are you) old enough (?:now|to (?:drive|date|vote|drink|go out))|younger right\?"),
    (C.AGE_PROBING, "checks_young", 0.5, r"(?:too|so|pretty|cute|mature|smart|young) <w>(?:to be|for) (?:\d{1,2}|a \d{1,2})(?:\W*$|\?| year old| yo)"),
    (C.AGE_PROBING, "checks_young", 0.45, r"voice (?:hasnt|has not|didnt) <w>(?:dropped|broken|cracked)|you (?:got|have) braces"),
    (C.AGE_PROBING, "asks_grade", 0.5, r"what (?:grade|class|year|yr) (?:are )?you (?:in|going into|at)|what (?:grade|class|year) (?:are|is) you|what grade\W*$|(?:you|are you|youre|your) in (?:\d{1,2}(?:th|st|nd|rd)(?: grade)?|(?:year|yr) ?\d{1,2}|grade \d{1,2})|(?:you|are you|youre|your) (?:in )?(?:middle school|high school|primary school|elementary|junior high|\d{1,2}(?:th|st|nd|rd) grade)"),
    (C.AGE_PROBING, "asks_grade", 0.4, r"(?:are )?<youare> (?:a )?(?:freshman|sophomore|junior|senior|homeschooled)\b|(?:are )?you still (?:in|go to) school|you (?:got|have) school tomorrow|what grade\W*(?:$|,|just|are|you)|(?:are you|you) in (?:primary|secondary|junior high|middle|high)\b|still in (?:junior high|middle school|high school|primary|elementary)|what year of school"),

    # --- personal information that locates a person
    (C.PERSONAL_INFO, "address", 0.55, r"(?:whats|what is|send|give|tell|drop|need|text|share) (?:me )?your (?:home |full |house |exact |real )?(?:address|addy|postcode|zip ?code|house number)|where (?:exactly )?(?:do )?you (?:live|stay)\b|what (?:street|road|avenue|building|apartment|floor|block) <ww>(?:are |do )?you|what street\W*\?|name of your (?:street|road|building)|which (?:street|house|building|apartment|floor) (?:is yours|are you|do you)|which house is yours|(?:near|by|close to) your (?:house|home|place|street)|is your (?:window|house|room) (?:facing|on|near)"),
    (C.PERSONAL_INFO, "address", 0.6, r"i (?:know|have|got) (?:where you live|your address|where your <guardian> lives?|where your family lives|where you work)"),
    (C.PERSONAL_INFO, "location", 0.55, r"(?:send|share|drop|turn on|give) (?:me )?(?:your |a |the )?(?:location|loc|live location|pin|location pin|snap ?map|snapchat map|find my)\b|(?:what|which) (?:city|town|part of (?:town|the city)|neighbou?rhood|area|suburb) (?:are |do )?you|what (?:city|town|neighbou?rhood)\W*\?"),
    (C.PERSONAL_INFO, "location", 0.2, r"where (?:are )?you from|where (?:are )?you (?:right now|at)\W*$"),
    (C.PERSONAL_INFO, "school", 0.55, r"(?:what|which) (?:school|high school|middle school) (?:do you|are you|you|youre|your) (?:go|at|attend|in|going)\b|(?:what|which) (?:school|high school|middle school) (?:do|are) you\b|(?:what|which) (?:school|high school|middle school)\W*(?:\?|$|, i)|(?:whats|what is|tell me) your school|where (?:do )?you (?:go to|attend) school|your schools? (?:name|called)|name of your school|guess your school"),
    (C.PERSONAL_INFO, "phone", 0.45, r"(?:whats|what is|give me|send me|drop|can i (?:get|have)|need) (?:me )?your (?:phone |cell |mobile )?(?:number|digits|#)|your phone number"),
    (C.PERSONAL_INFO, "real_name", 0.45, r"(?:whats|what is|tell me|give me) your (?:real |full |last |irl |actual |sur|legal |in real life )?(?:first )?name\b(?! again)|your (?:real|full|last|irl|in real life) (?:first )?name|(?:whats|what is) your (?:moms|dads|mothers|fathers|sisters|brothers) name"),
    (C.PERSONAL_INFO, "routine", 0.35, r"(?:what time|when) (?:do|does|will) you (?:usually |normally )?(?:get (?:home|back|out|off|in from)|finish|leave|go to (?:bed|sleep|school)|walk home|wake up)|(?:what time|when) does school (?:end|finish|get out|start|let out)|(?:what|which) (?:bus|bus stop|train|route|gym|club|park|mall|cafe|store) (?:do )?you|do you walk <w>(?:home|to school)|(?:walk|walking) home alone|(?:take|ride) the bus (?:home|to school)|bus home or walk|what days (?:do )?you|where (?:do )?you (?:usually )?(?:hang|go on weekends|go after school)|what (?:do you do|are you doing|you doing) after school|your schedule|(?:go to|goes to) (?:bed|sleep) at your (?:house|place)"),
    (C.PERSONAL_INFO, "parents_away", 0.55, r"(?:when|what time|what days|how late|how long|how often) (?:do|does|are|is|will) your <guardian> (?:usually |normally )?(?:get (?:home|back)|come (?:home|back)|leave|work|go (?:to (?:bed|sleep|work)|out)|out|away|gone|at work|working|asleep|home)|(?:are|is) your <guardian> (?:home|around|out|away|there|asleep|awake|at work|gone|working)|your <guardian> (?:out|away|gone|asleep|at work|working late|on night shift|on nights|works nights|travels)\b|(?:when|after|once) your <guardian> (?:leaves|goes out|is out|goes to (?:work|sleep|bed)|falls asleep|leave)|when (?:are|is) they (?:out|away|gone|not home)|when (?:is|will) the house (?:be )?empty|whens the house empty|what shift"),
    # The same question with the verb dropped, as typed: "parents around?", "your mum home?".
    (C.PERSONAL_INFO, "parents_away", 0.45, r"(?:your <guardian>|parents|folks) (?:home|around|in|out|there|awake|asleep|gone|about)(?: (?:rn|right now|tonight|now|today))?\W*\?"),
    (C.PERSONAL_INFO, "monitoring", 0.5, r"(?:do|does) your <guardian> (?:check|look at|read|go through|monitor|see) your (?:phone|messages|texts|chats|room|xbox|dms|account|history)|your <guardian> (?:dont|doesnt|cant|wont) (?:check|read|see|hear|know about)|(?:do|does) your <guardian> know your (?:gamertag|username|password)|(?:are )?your <guardian> strict"),
    (C.PERSONAL_INFO, "household", 0.4, r"who (?:do )?you live with|do you live with your|just your (?:mom|dad)\?|do you have a babysitter|does (?:anyone|anybody|someone) (?:check on|look after|pick) you"),
    (C.PERSONAL_INFO, "home_alone", 0.6, r"(?:are you|will you be|you gonna be|you going to be|are you gonna be) (?:home |at home |all )?(?:alone|by yourself|on your own)(?! in this)|(?<!leave\W)(?<!let\W)(?<!leaving\W)you (?:home |all )?alone(?:\W*\?| right now| tonight| now|\W*$)|(?:when|whens the next time|so|after|until) (?:are |will )?<youare> (?:be )?(?:home alone|alone|by yourself)|(?:anyone|anybody|someone|who) else (?:is )?(?:home|there|in the house|in your room|with you)|is (?:anyone|anybody|someone) (?:home|else home|with you|around|in your room)|(?:its|just) (?:just )?you (?:at home|most nights|alone|by yourself)"),
    (C.PERSONAL_INFO, "home_alone", 0.45, r"^\W*(?:all |home )?alone\W*\?\W*$|^\W*(?:by yourself|on your own)\W*\?\W*$"),
    (C.PERSONAL_INFO, "home_alone", 0.5, r"(?:are you|you) home (?:rn |right now |now |yet )?\W*(?:whos|who is|anyone) (?:there|home|with you|in|else)|who(?:s| is) (?:usually )?(?:home|in|around|there) (?:with you|when you (?:get|come) (?:home|back)|after school)|who(?:s| is) (?:usually )?at home when you (?:get|come) (?:home|back)"),
    (C.PERSONAL_INFO, "own_room", 0.5, r"(?:have|got) your own room|(?:in your (?:room|bedroom) )?with the door (?:shut|closed|locked)|(?:are you|you) in your (?:room|bedroom)|(?:from|in) your (?:bedroom|room) or|is your door (?:locked|closed|shut)|lock your (?:door|room)|(?:do )?you share a room|(?:laptop|phone|tv|computer|pc|camera) in your (?:room|bedroom)|your room (?:private|locked)|your (?:bedroom|room) (?:upstairs|downstairs|on the)"),
    (C.PERSONAL_INFO, "relationship", 0.3, r"(?:do |have )?you (?:got|have|with) (?:a )?(?:girlfriend|boyfriend|crush)\W*(?:\?|$)|(?:got|have) (?:a )?(?:girlfriend|boyfriend) (?:yet|rn|right now|at the moment)"),
    (C.PERSONAL_INFO, "home_alone", 0.55, r"(?:got|have|have got|get) the (?:place|house|flat|apartment|home) (?:all )?to yourself"),
    (C.PERSONAL_INFO, "parents_away", 0.45, r"what times? (?:is|does|do|will) (?:she|he|they) (?:out|go out|leave|get (?:home|back)|finish work|work till)|(?:does|do) (?:she|he|they) (?:work|do) (?:late|nights|night shifts|evenings)\b"),
    (C.PERSONAL_INFO, "address", 0.45, r"(?:whats|what is) the (?:address|postcode|house number)\W+so i can (?:send|post|mail|drop|bring)|(?:where is|wheres) (?:the |your )?new (?:flat|house|apartment)\b"),
    (C.PERSONAL_INFO, "household", 0.4, r"(?:is )?your (?:family|mum|mom|dad|parents|folks) (?:ok|okay|alright|struggling|short|skint) (?:for|with|on) (?:money|cash|rent)"),
    (C.PERSONAL_INFO, "supervision", 0.45, r"(?:does|do|will) (?:she|he|they|your <guardian>) (?:stay and watch|stay with you|sit with you|watch you|check on you|stay for)\b|who (?:takes|drives|drops|walks) you (?:up |off |down )?(?:there|to (?:it|training|practice|the \w+)|home)\b|(?:do|does|is|are|will) (?:your )?<guardian>(?: (?:or|and) (?:your )?<guardian>)? (?:usually |normally |always |ever )?(?:come with you|go with you|with you|stay with you|take you|drive you|there with you|come to (?:every|all|your) (?:games?|match(?:es)?|training|practices?|lessons?|class(?:es)?|shows?))\b"),
    (C.PERSONAL_INFO, "routine", 0.4, r"which days (?:are|do) you (?:usually |normally )?(?:there|go|ride|train|practi[cs]e|finish early|get out early|have (?:a )?free)|(?:what|which) (?:yard|stables|club|gym|pool|rink|studio|dance school) (?:do )?you (?:ride|train|go|skate|swim|dance)\b"),
    (C.PERSONAL_INFO, "routine", 0.45, r"what time do you have to (?:go to bed|be in bed|get off|log off|be off|sleep|go to sleep)\b"),
    (C.PERSONAL_INFO, "parents_away", 0.4, r"^\W*(?:nothing at all\W+)?where(?:s| is) your <guardian>\W*(?:\?|$)"),
    (C.PERSONAL_INFO, "school", 0.45, r"you (?:go to|at) (?:st|saint) [a-z]+|you (?:go to|at) (?!(?:my|your|the|same|a|that|this|our|their|his|her|night|summer|sunday|art|dance|driving|swim|swimming|music|drama|language|grad|med|law|business|film) )[a-z]+ (?:school|academy|high|grammar|primary)\b"),

    # --- secrecy
    (C.SECRECY, "keep_secret", 0.7, r"keep (?:this|it|us|that|our|these|things|everything|what we|me) <ww>(?:secret|a secret|between us|between you and me|to yourself|on the (?:dl|down low)|hush)|(?:this|it|that|everything) stays (?:a )?secret"),
    (C.SECRECY, "keep_secret", 0.5, r"keep (?:this|it|us|that|our|these|things|everything|what we) <ww>(?:quiet|private|low ?key)|no snitching|no need to tell"),
    (C.SECRECY, "keep_secret", 0.65, r"(?:our|its a|its our|a little|be our|this is our) (?:little |special |big )?secret|your secret is safe|secret (?:between|just for|for) (?:us|you and me)|(?:just|only|stays|stay|is|its) between (?:us|you and me|me and you)|not a word|keep it to yourself|promise (?:you )?(?:wont|not to|will not|never) (?:tell|say|mention)|trust you not to tell|(?:its|its just) better if (?:no one|nobody|your <parent>) (?:knows|know|thinks?|finds out)|(?:lets|let us) not (?:mention|tell)"),
    (C.SECRECY, "keep_secret", 0.4, r"(?:can|will) you keep a secret|tell (?:you|u) a secret"),
    (C.SECRECY, "just_us", 0.4, r"(?:just|only) (?:us|us two|you and me|the two of us|between us)(?: (?:ok|okay|yeah|right|yh|k))?\W*$"),
    (C.SECRECY, "dont_tell", 0.7, r"(?:dont|do not|never|dnt|better not|shouldnt|mustnt|dont ever|you cant|you can not|you must not|you better not) (?:tell|show|mention|say (?:anything|a word|nothing)|talk about (?:me|us|this)|let (?:anyone|anybody|your <parent>) (?:know|see|find out)) (?:me |it |this |them |that )?(?:to )?(?:anyone|anybody|no one|nobody|a soul|people|ppl|the mods|mods|your <parent>)|(?:you|u) (?:didnt|did not|havent|have not) (?:tell|told) (?:anyone|anybody|your <parent>)|(?:you|u) told no one"),
    (C.SECRECY, "dont_tell", 0.6, r"(?:dont|do not|better not|not to|never) discuss (?:\w+ ){0,3}?with (?:anyone|anybody|(?:your|ur) (?:<parent>|family|friends|social worker|caseworker|case worker|adviser|advisor|teachers?|guardian|mum|mom|dad))"),
    (C.SECRECY, "dont_tell", 0.3, r"(?:dont|do not|never) (?:tell|mention) (?:her|him|them|my <parent>|the <parent>)"),
    (C.SECRECY, "dont_tell", 0.6, r"(?:dont|do not|never) (?:tell|mention|say)\W*(?:$|shh|ok|k|okay|please|pls|right|promise|tho|though|lol)|shh+ (?:dont|do not|no one|nobody)|(?:dont|do not) (?:post|talk|say anything|mention) <www>(?:about )?(?:me|us|our)\b|(?:dont|do not) say anything\b|(?:dont|do not|never) screenshot|tell (?:anyone|anybody|your <parent>) about (?:us|me)\b"),
    (C.SECRECY, "no_one_knows", 0.65, r"(?:no one|nobody|no1|none of them) (?:else )?(?:has to|needs to|have to|need to|will ever|will|would ever|would|can|should|must|is going to|gonna) (?:ever )?(?:know|find out|see|hear|notice|read)|your <parent> (?:cant|doesnt need to|doesnt have to|dont need to|dont have to|never has to|wont|will never|must not|shouldnt) (?:ever )?(?:know|find out|hear about|see (?:this|our|it|my)|read)|so (?:no one|nobody|no one else) (?:\w+ )?(?:finds|find|knows|sees|asks|hears|reads|checks)|so (?:your <parent>|they) (?:doesnt|dont|wont|cant|will not|never) (?:find|know|see|hear|notice|check|read|track)|(?:that way|then) your <parent> (?:cant|wont|dont|doesnt) (?:check|see|know|find|read)|make sure (?:no one|nobody|your <parent>) (?:\w+ )?(?:see|sees|read|reads|know|knows|find|finds)|(?:if|before) (?:anyone|anybody|someone|your <parent>) finds out|(?:the mods|your <parent>) (?:doesnt|dont|does not|do not) need to (?:know|see)|your <parent> (?:think|thinks) (?:im|i am)"),
    (C.SECRECY, "delete_chat", 0.65, r"(?<!dont\W)(?<!never\W)(?<!not\W)(?:delete|del|clear|erase|wipe|remove|unsend|deleted|cleared|archive|hide) (?:all )?(?:of )?(?:our|the|this|these|those|my|your|all the|all) (?:chats?|convos?|conversations?|messages|msgs|texts|dms|history|chat history|message history|logs|party chat(?: history)?|messages from me|msgs from me)|vanish mode|disappearing messages|(?:app|vault) that hides|hides (?:chats|messages|apps)|vault app|calculator app"),
    (C.SECRECY, "delete_chat", 0.45, r"(?<!dont\W)(?<!never\W)(?<!not\W)(?:delete|unsend|erase) (?:this|it|that|them|everything|mine)(?: (?:after|once|when|right after) you (?:read|see|seen|saved?|watch))?(?:\W*$|\W+(?:pls|please|ok|now|after|once|when|rn|someone|before|so no one|right))"),
    (C.SECRECY, "hide", 0.6, r"hide (?:the (?:app|chat|messages|msgs|texts)|my (?:name|messages|msgs|number|contact)|your (?:friends list|messages|chats)|our (?:chat|messages|texts)|them from your|it from your|this from your)|(?:save|change|put) my (?:number|contact|name) (?:under|as|in your phone)|put me in your (?:phone|contacts) as|(?:turn off|hide|mute) (?:your )?(?:notifications|previews|message previews)|(?:second|secret|fake|hidden) (?:account|acc|insta|instagram|snapchat|profile|number)|(?:new|second) (?:account|acc|insta|instagram|snapchat) (?:just )?for us|(?:password|account|snapchat|acc) <w>your <parent> (?:doesnt|dont) know"),
    (C.SECRECY, "hide", 0.45, r"hide (?:it|this|them)\b"),
    (C.SECRECY, "cover_story", 0.6, r"if (?:your <parent>|anyone|anybody|someone|they|people|she|he) (?:ever )?(?:asks?|sees?|finds? out|checks?)(?! you)|(?:say|tell (?:them|her|him|your <parent>)) (?:that )?(?:im|i am|youre|you are|you were|your) (?:at|a|just|your|from|with|staying|texting|sleeping|charging|asleep|in bed|revising|studying)|im just (?:a|some|your) (?:friend|kid|girl|guy|boy) from|tell (?:them|your <parent>) (?:that )?(?:its|it is|youre going to|you are going to|youre at|you are at) (?:a |an |just a |only a )?(?:\w+ )?(?:school|summer|sleepover|camp|trip|study|project|friends?|class|holiday|job|course|program|programme|internship|church|sports|retreat)\b|(?:leave a note|say) (?:saying )?(?:you(?:re| are)?|your) (?:at|staying|sleeping)"),
    (C.SECRECY, "sneak_out", 0.5, r"sneak out|sneak away"),
    (C.SECRECY, "sneak_out", 0.45, r"(?:just )?(?:grab|take) it\W+(?:[a-z]+\W+){0,5}?put it back"),
    (C.SECRECY, "hide", 0.5, r"(?:keep|hide|put) (?:it|the (?:tablet|phone|ipad|laptop)) under your (?:pillow|duvet|bed|covers)|(?:dont|do not) save my (?:name|number)|only use (?:that|this) (?:one|phone) for (?:me|us)\b|nobody (?:checks|will check|ever checks)\b"),
    (C.SECRECY, "not_caught", 0.55, r"(?:talk|chat|call|meet|text|facetime|come over|sneak out|see (?:me|each other)|stay up|stay on)\b.{0,30}without (?:getting|being) caught|so (?:we|you) (?:dont|wont|do not) get caught|(?:we|you) (?:wont|will not) get caught|without (?:your <guardian>|anyone|anybody|them) (?:knowing|finding out|noticing|hearing)"),
    (C.SECRECY, "shh", 0.3, r"shh+"),
    (C.SECRECY, "keep_secret", 0.5, r"keep (?:the|this|that|our) (?:\w+ ){1,2}?(?:thing|stuff|part|bit|plan|arrangement|deal) (?:quiet|private|secret|between us|to yourself|low ?key)"),
    (C.SECRECY, "no_one_knows", 0.5, r"(?:do|does) (?:your <parent>|anyone|anybody|people) (?:\w+ )?know (?:that )?(?:you|youre) (?:talk|talking|chat|chatting|text|texting|speak|speaking|message|messaging) (?:to|with) me"),
    (C.SECRECY, "dont_tell", 0.55, r"(?:dont|do not|better not|never) (?:tell|talk to|mention (?:it|this|me) to) (?:your |the )?(?:key ?worker|support worker|case ?worker|youth worker|outreach worker|people (?:from|at) (?:the )?\w+)|(?:dont|do not) (?:talk|speak) to (?:anyone|anybody|people|ppl) (?:from|at) (?:the |your )?\w+ about (?:this|it|the job|us|me)"),
    (C.SECRECY, "dont_tell", 0.55, r"(?:dont|do not|no need to) (?:mention|tell) (?:it |this |me |us |that )?(?:to )?(?:the rest of the (?:squad|team|group|class|club)|anyone (?:else )?(?:in|on|from|at) (?:the |your )?(?:squad|team|group|class|club)|the other (?:kids|girls|boys|lads))\b"),

    # --- isolation: drive a wedge between the young person and family or friends
    (C.ISOLATION, "alienation", 0.65, r"your <parent> (?:dont|doesnt|do not|does not|wont|will never|would never|cant|never|wouldnt|will not) (?:even )?(?:really )?(?:understand|get|care about|care what|love|appreciate|respect|accept|deserve|listen to|support|know|want|like|see) (?:you|u|us|what you|it|the real you|what we|how|why)|your <parent> (?:wont|will not|would not|wouldnt) (?:understand|get it)|(?:they|theyll|they will|she|he|your <parent>) (?:will )?never (?:understand|get|accept|support|let) (?:us|you|who)|(?:dont|doesnt|never|wont|didnt) (?:get|understand|care about|support|supported|appreciate|accept|see|know) (?:you|u|why|what|your)\b.{0,40}\bbut i (?:do|will|get|would)|if your <parent> (?:really )?(?:loved|cared|cared about) you"),
    (C.ISOLATION, "alienation", 0.6, r"your <parent> (?:only|just) (?:cares?|loves?) about|your <parent> (?:just )?wants? to (?:control|keep you)|your <parent> (?:never|always|dont even|doesnt even) (?:gets?|makes?|lets?|invites?|texts?|asks?|supported|supports?|listens?|cares?)|your <parent> (?:is|are|sounds?|seem|seems) <so>(?:a )?(?:fake|toxic|controlling|exhausting|a jerk|the problem|immature|trash|crazy|abusive|using you|holding you back|dragging you down|bad for you|bad influence|boring|lame)|(?:theyre|they are|those (?:girls|boys|kids|guys)) (?:are |just |only |trying to )*(?:fake|holding you back|dragging you down|using you|use you|keep us apart|keeping us apart|dont deserve you|bad for you|toxic)|(?:they|your <parent>) (?:dont|doesnt) deserve (?:you|to know)|dont know the real you|(?:treats?|treat) you like (?:a |an |your )?(?:baby|kid|child|servant|slave|prisoner|\d{1,2})\b|not like your <parent>|thats not (?:friendship|love|family)"),
    (C.ISOLATION, "alienation", 0.35, r"(?:theyre|they are|your <parent> (?:is|are)) (?:just |so |only )*jealous|(?:adults|everyone) (?:are )?(?:all )?the same"),
    (C.ISOLATION, "alienation", 0.45, r"(?:hes|shes|theyre|he is|she is|they are|he|she|they) (?:just |only |always )*(?:trying to|tries to|try to|wants? to|want to) (?:control|keep tabs on|lock) (?:you|your (?:life|every))|(?:hes|shes|theyre|he is|she is|they are|that is|thats|sounds) <so>controlling"),
    (C.ISOLATION, "keep_parents_out", 0.5, r"(?:no need|you dont need|you do not need|dont need) to (?:bother|involve|ask) (?:them|your <guardian>)|<guardian> (?:always|will just|would just|will only) say no|(?:better|best) (?:you|to) (?:first )?decide (?:for )?yourself|<guardian> can sign (?:\w+ )?later"),
    (C.ISOLATION, "keep_parents_out", 0.5, r"(?:dont|do not|no need to|never) (?:bring|get|drag|involve) your <guardian> (?:into|in on) (?:it|this)"),
    (C.ISOLATION, "keep_parents_out", 0.45, r"<guardian> (?:make|makes|would make|always make) it (?:awkward|weird|complicated|a big deal)"),
    (C.ISOLATION, "alienation", 0.45, r"(?:your )?real family is (?:the one|the people|who) you choose|people like us (?:have to|need to|gotta) (?:look out for|stick together|stick up for)"),
    (C.ISOLATION, "only_me", 0.65, r"(?:no one|nobody|none of them|no boy|no girl|no one else|nobody else) (?:else )?(?:at (?:your )?school |on your team |in your class )?(?:will |would )?(?:ever )?(?:really )?(?:cares? about|understands?|gets|loves?|knows|appreciates|listens to|sees) you (?:like|as much as|better than|the way)|i (?:get|understand|know|love) you better than|im the only (?:one|person|friend|family|normal one)|the only one (?:who|that) (?:gets|understands|cares|loves|listens)|you have me(?: now)?(?:,|\.|!| only| forever| instead|\W*$)|only (?:need|have) me|all you need is me|you need me\b(?! to)|thats all you need\W*$|you dont need (?:them|anyone|anybody|friends|your <parent>|those (?:people|girls|guys|kids|boys)|her|him)\b|am i not enough|better off without|im all you need|the only (?:family|friend) you need|(?:were|we are) your family now|your real friends are (?:online|here|me)|(?:cant|can not) talk to your <parent>,? but you can talk to me"),
    (C.ISOLATION, "cut_off", 0.55, r"(?:dont|do not|better not|not to|shouldnt|should not) (?:contact|call|text|message|talk to) (?:your|ur) (?:family|<parent>|mum|mom|dad|people back home) (?:too (?:often|much)|so much|for a while|at first|in the first)|(?:stop|quit) (?:talking to|hanging (?:out )?with|playing with|telling|seeing|texting) (?:them|your <parent>|those|her|him)|cut (?:them|her|him|your <parent>|everyone) off|forget (?:about )?(?:your <parent>|them)\b|(?:move|get|stay) away from (?:them|your <parent>)|you need space from|spend less time with|(?:dont|do not) waste your time (?:on|with) (?:them|those|your)|(?:why do you|why would you|why) (?:even )?(?:listen to|play with|go to|need|talk to|hang with|bother with|tell) (?:them|your <parent>|those (?:girls|boys|kids|guys|people)|a (?:girls|boys) night)"),
    (C.ISOLATION, "cut_off", 0.4, r"block (?:her|your <parent>)|(?:dont|do not|never) (?:listen to|trust|talk to|call|play with) (?:your <parent>|them|her|him|those)"),

    # --- moving the conversation to another app or a private channel
    (C.PLATFORM_SWITCH, "add", 0.3, r"(?:(?:add|text|message|msg|dm|talk to|chat with|call|find|follow|friend|pm|reach) me|hit me up|hmu) (?:up )?(?:on|at|in|over|via|through) <app>|(?:add|follow) (?:me on |my )<app>|add me (?:on )?<app>|add me there|(?:join|come to|hop in|hop on) my (?:private )?(?:discord|server|channel|group|vc)"),
    (C.PLATFORM_SWITCH, "add", 0.25, r"(?:dm|pm|message) me\b|call me direct|(?:dm|message) me directly"),
    (C.PLATFORM_SWITCH, "ask_handle", 0.4, r"(?:whats|what is|give me|send me|drop|tell me|share|need|got|what) your <app>(?: name| username| user| handle| id| @| tag| code)?|(?:do|can|will) you (?:have|got|use|get on|download|make) (?:an? )?<app>|you (?:have|got|use|on) <app>\?|(?<!our\W)(?<!the\W)(?<!this\W)(?<!that\W)(?<!next\W)(?<!your\W)(?<!my\W)<chatapp>\?"),
    (C.PLATFORM_SWITCH, "offer_handle", 0.3, r"my <app> (?:is|:)|my (?:phone |cell )?number is|ill (?:send|give) you my (?:number|digits)|(?:text|call) me (?:at|on) \d{3,}"),
    (C.PLATFORM_SWITCH, "move", 0.5, r"<lets> (?:talk|chat|move|go|switch|continue|text|message|hop|get|take (?:this|it|the convo)|head|dm|call|vc) <w>(?:on|to|over to|onto|over|off|somewhere|in) (?:to )?(?:<app>|this app|a private|private|somewhere)|(?:move|switch|go) (?:to|over to) (?:<chatapp>|private|dms)|(?:move|switch|go|get) (?:off|away from) (?:this app|this site|this chat|here|roblox|xbox)|(?:download|install) <app>|(?:get|go|hop|jump) on <chatapp>|get <chatapp>\W*(?:$|,|its|i|so)|<app> (?:instead|is (?:better|easier|safer))|(?:dont|do not) reply here|check your (?:dms|kik|telegram|whatsapp|snapchat|signal|inbox|other)|on <chatapp>,? not here|(?:talk|chat|go|move) somewhere else|(?:talk|chat|message|text|dm|hmu|meet|hit me up) (?:me )?on (?:the other app|another app|a different app|a private app|the (?:yellow|blue|ghost) app)"),
    (C.PLATFORM_SWITCH, "private", 0.65, r"(?:take|move) (?:this|it) (?:somewhere|to a) (?:more )?(?:private|else|quiet)|(?:private|secret|second|fake|separate) (?:chat|server|channel|vc|call|dm|dms|app|account|acc|insta|instagram|snapchat|group|discord)|where (?:its|it is) (?:more )?private|(?:its|it is) (?:more )?(?:private|safer|secure) (?:there|on|over)|(?:we can|so we can|lets) <w>(?:talk|chat|dm) (?:alone|in private|privately|without anyone)|without anyone (?:seeing|knowing|reading)|where (?:no one|nobody) (?:can|will) (?:see|read|check|find)|where (?:my|your) <parent> (?:cant|wont|dont) (?:see|check|read)|(?:channel|server|chat|group) just for (?:us|you and me|me and you)"),
    (C.PLATFORM_SWITCH, "avoid_moderation", 0.6, r"(?:this|the) (?:app|site|game|chat|server|platform|place) (?:is|gets|are|keeps|will) <w>(?:monitored|watched|checked|reported|moderated|read|reading|filtered|logged|deletes|blocks|flagging|tagging)|(?:theyre|they are|mods are|the app is|they) (?:reading|watching|checking|monitoring) (?:everything|our|this|us)|(?:blocks|filters|censors|wont let me say|cant type) (?:words|everything|numbers|links|my|our)|(?:msgs|messages|chats|texts|it|snaps) (?:delete themselves|disappear|vanish|auto delete)|end to end|encrypted|no logs|no (?:mods|moderators|one checks)|(?:get|getting) (?:banned|reported) (?:here|on here)|(?:messages|msgs|chat) (?:get|gets) (?:checked|read|reported)|(?:flagging|tagging|censoring|blocking|filtering) (?:my|our) (?:messages|msgs|words)|mods (?:here )?(?:are|keep)|(?:dont|do not) want (?:ppl|people|anyone|them) reading"),

    # --- flattery and love-bombing
    (C.FLATTERY, "appearance", 0.35, r"<youare> <so>(?:pretty(?! (?:good|bad|sure|much|well|fast|close|cool|funny|smart|decent|solid|chill|busy|tired|far|late|early|hard|easy|nice|great|new|old|big|small|quick|slow|strong|weak|annoying|random|weird|low|high|lucky|bad))|beautiful|gorgeous|cute|stunning|adorable|attractive|lovely|handsome|a cutie|cutest|prettiest|the most beautiful)|(?:your|those) (?:voice|eyes|smile|face|pics|pictures|photos|skin|hair|lips|profile pic|avatar) (?:is |are |tho |look |looks )?<so>(?:cute|pretty|beautiful|gorgeous|stunning|incredible|perfect|amazing|adorable|lovely)|such a (?:gorgeous|pretty|beautiful|cute) face|too (?:pretty|cute|beautiful) (?:to|for)|prettier than"),
    (C.FLATTERY, "innocence", 0.5, r"<youare> <so>(?:sweet and innocent|innocent|pure|young and fresh|fresh)|(?:good|such a good) (?:girl|boy)\b"),
    (C.FLATTERY, "special", 0.5, r"(?:not like|different from|better than) (?:the )?other (?:girls|boys|kids|people|ones)|<youare> <so>(?:special|different|one of a kind|one in a million|perfect just the way|an old soul)|the others dont deserve you|(?:smarter|better|cooler|more interesting) than (?:all )?(?:the|your|my) (?:adults|friends|irl friends|other)|(?:ur|your) (?:talent|skill) is (?:wasted|crazy)"),
    (C.FLATTERY, "mature_for_age", 0.7, r"(?:so |really |way |much |more |very )*(?:mature|grown ?up|grown) (?:for|than) (?:your age|a \d{1,2}|\d{1,2}(?! year)|the other|other|kids|girls|boys|your friends|women|people)|(?:way |much |so )older than (?:your age|the other|other|kids|your friends)|<youare> <so>(?:mature|grown ?up)(?! person)|forget (?:youre|your|you are) (?:younger|only|\d)|<youare> <so>an old soul|wise beyond your years"),
    (C.FLATTERY, "mature_for_age", 0.45, r"(?:seem|act|sound|look|talk) <so>(?:older|mature|grown ?up)"),
    (C.FLATTERY, "love_bombing", 0.55, r"(?:i|i really|i think i|i already) (?:love|adore) everything about you|(?:im|i am|i think im) (?:already |so )?falling (?:for|in love)|<youare> my (?:everything|soulmate|world|fav person|favorite person|favourite person|princess|angel)|(?:my|our) soulmate|(?:cant|cannot) stop thinking about you|(?:ive|i have) never (?:met|felt|connected|been so sure|had) (?:with |about |this )?(?:anyone|someone|like this|this way|such)|(?:known|know) you (?:forever|my whole life)|(?:special|real|deep) connection|you make me (?:so )?happy|think about you all day|you mean (?:everything|the world|so much)|(?:meant|made) (?:to be|for each other)|i cant believe someone as|(?:i|ive) never felt this"),
    (C.FLATTERY, "love_bombing", 0.35, r"(?<!doesnt\W)(?<!dont\W)(?<!never\W)(?<!ever\W)(?<!will\W)(?:i )?(?:love|luv) (?:you|ya)\b"),
    (C.FLATTERY, "compliment", 0.25, r"<youare> <so>(?:amazing|smart|funny|talented|perfect|incredible|sweet|a sweetheart|an angel|a princess|a star|the best)|you deserve (?:to be treated|the world|better|nice things|everything)"),
    # A stranger's opener: a pet name for someone they do not know, or how they seem.
    (C.FLATTERY, "appearance", 0.35, r"^\W*(?:hey|hi|hello|heya|hiya|yo|morning|good morning|gm)\W+(?:there )?(?:cutie|gorgeous|beautiful|hottie|pretty girl|pretty boy|handsome|cutie pie)\b|you (?:seem|look|looked) <so>(?:cute|beautiful|gorgeous|stunning|adorable)\b"),
    (C.FLATTERY, "compliment", 0.25, r"you (?:seem|sound) <so>(?:sweet|lovely|kind|special)\b"),
    (C.FLATTERY, "modelling", 0.45, r"(?:you )?(?:could|should|would|were born to) (?:totally |easily |so |def |definitely )?(?:be|become) (?:a )?(?:model|star|famous|influencer|on (?:magazine )?covers|in front of a camera|pro)\b|born to be (?:a model|in front of|famous)|i (?:could|can) make you (?:famous|a star)|(?:star|model) potential|have the look"),
    (C.FLATTERY, "modelling", 0.45, r"(?:has nobody|nobody has|no one has|has no one|has anyone) (?:ever )?scouted you|<so>editorial\b|(?:really|such a|so|very) (?:strong|striking|unique) look"),
    (C.FLATTERY, "compliment", 0.3, r"(?:youve|you have) got (?:real |serious |so much |such |a real |raw )?(?:talent|potential)\b"),
    (C.FLATTERY, "love_bombing", 0.3, r"you deserve someone who|im not going anywhere\W*$"),
    (C.FLATTERY, "appearance", 0.35, r"<youare> (?:actually |really |so |kinda |pretty |proper )?(?:decent|good|fit) looking"),

    # --- gifts, money, game currency
    (C.GIFTS, "gift", 0.5, r"<i_will> (?:also )?(?:buy|gift|spoil) (?:you|your)|<i_will> treat (?:you|your) to|<i_will> (?:also )?(?:get|send|give|order|grab|upgrade|hook|pay for|cover|mail) (?:you|your) (?:up )?(?:with )?(?:a |an |some |the |that |new |my |whatever |anything |something |all |those |a little )*(?:<gift>)|(?:buy|get) you (?:stuff|things|whatever|anything)\b|i (?:got|bought) you (?:something|a present|a gift|a little something)|consider it a gift"),
    (C.GIFTS, "money", 0.55, r"<i_will> (?:send|give|transfer|venmo|cashapp|paypal|pay|wire|lend) (?:you )?(?:\$?\d+|money|cash|the money)|<i_will> (?:venmo|cashapp|paypal|zelle) you|<i_will> (?:cover|pay|pay for|top up) your (?:rent|bills?|phone bill|uber|food|membership|phone|nails|hair|tuition|account|credit|phone credit)|(?:do you|you) need (?:some )?(?:money|cash)|take care of you financially|(?:send|sent|sending) you (?:some )?(?:money|cash|\$\d+)|(?:here is|heres) \$\d+|money for (?:your|rent|food)|i got you 💸|(?:whats|what is|send me|give me) your (?:cashapp|paypal|venmo|zelle)|i (?:just )?sent (?:you )?(?:a little )?something|top up your"),
    (C.GIFTS, "game_currency", 0.5, r"(?<!i\s)(?<!dont\s)(?<!not\s)(?<!i\W\W)(?:want|wanna|need|like) (?:some |a |an |free |more |a free )?(?:robux|v ?bucks|vbucks|v ?bux|diamonds|gems|coins|skins?|nitro|gift ?cards?|gift ?codes?|steam (?:card|code)|battle ?pass|premium|limited items?|free stuff|money|cash|airpods|iphone|new phone|ps5)\b|free <money> (?:for|to) (?:you|my)|i (?:got|have) (?:a bunch of|some|thousands of|lots of|so many|thousands|plenty|tons)\b|(?:gift|give|get) you (?:the |a |my )?(?:battle ?pass|skin|nitro|premium|psn card|steam code|limited)"),
    (C.GIFTS, "game_perk", 0.45, r"<i_will> (?:give|make|promote) you (?:an? )?(?:admin|mod|moderator|staff|vip|builder|helper|co ?owner|officer)\b|(?:want|wanna|you want) (?:the |a )?(?:admin|mod|vip|builder|staff|helper) (?:rank|role|perms|status)|(?:youre|you are|your) (?:an? |the )?(?:admin|mod|vip|staff|builder)(?: now| rank now)\b"),
    (C.GIFTS, "conditional", 0.45, r"(?:its |all )?free if you (?:help|do)\b"),
    (C.GIFTS, "past_gift", 0.4, r"i (?:just )?(?:sent|gave|bought|got|paid for|gifted) you (?:a |some |the |all (?:those|these|the) |so much |a new |like )?(?:<money>|gifts?|phone|iphone|stuff|things|the (?:skin|phone|battle ?pass|ticket))|(?:accepted|took) my (?:gifts|money)|who gave you the"),
    (C.GIFTS, "past_gift", 0.45, r"(?:^|i |ive |i have |just )(?:sent|put|loaded|added|topped up) (?:you )?(?:a |an |some )?(?:\$?\d+ )?(?:on |onto |to )?(?:an? |your )?(?:(?:game|app ?store|google play|itunes|amazon|steam|psn|xbox|roblox|gift|store|shop|sports shop) )?(?:card|voucher|gift ?card|code)\b|^\W*(?:just )?sent you (?:a little something|something nice|\$?\d+\b)"),
    (C.GIFTS, "money", 0.5, r"(?:i could|i can|ill|i will|let me|happy to) (?:help|chip in|contribute|put in|give you|send you|pay you)\W+(?:say |like |about |maybe |with )?\$?\d+ (?:a|per|every) (?:week|month|wk)\b|no strings(?: attached)?\W+(?:[a-z]+\W+){0,4}?(?:i just|just|i only)"),
    (C.GIFTS, "conditional", 0.45, r"(?:only|just) (?:thing )?(?:id|i) (?:ask|want) (?:in return )?(?:is )?(?:a )?(?:small |little |tiny )?fav(?:ou)?r"),
    (C.GIFTS, "conditional", 0.7, r"(?:<money>|gifts?|skin|phone|premium) (?:if you(?! (?:want|wanna|like|need|prefer|can|have|dont mind|feel like))|for (?:a|each|every|one) (?:<pic>|pic|selfie|game|vid)|in exchange|in return|just for)|(?:send|do|make) (?:me )?(?:a |one )?(?:<pic>|something|this|a small thing) (?:and|then) (?:ill|i will|i can) (?:give|send|get|pay)|for a (?:pic|selfie|photo)\b"),

    # --- too-good offers: modelling, jobs, travel, a place to stay
    (C.EXPLOITATIVE_OFFER, "modelling", 0.55, r"(?:paid |free )?(?:photo ?shoot|test shoot) (?:for me|in your|this weekend|paid)|talent scout|(?:im|i am|i run|i work for|i know) (?:a |an )?(?:photographer|talent scout|agent|scout|manager|modelling agency|modeling agency)|i can (?:get you|make you) (?:famous|a star|sponsored|signed|gigs|into influencer)|let me manage you|star potential|(?:new|fresh) faces|(?:thought about|ever (?:done|tried)|should (?:try|do|get into)) model(?:l?ing)?\b|portfolios? for|(?:youll|you will) be a star|brand ambassador|(?:a )?campaign im casting|private streams? for (?:fans|clients|people|my)|paid streamer"),
    (C.EXPLOITATIVE_OFFER, "arrangement", 0.5, r"(?:a |an )?(?:monthly|weekly) allowance\b(?! from (?:mum|mom|dad|your <guardian>))|i like to spoil (?:someone|a girl|a guy|you)|(?:sugar|generous) (?:arrangement|dating)|(?:mutually beneficial|no strings) arrangement"),
    (C.EXPLOITATIVE_OFFER, "creator_manager", 0.45, r"i (?:manage|represent|sign) (?:small |new |young |a few |up and coming )?(?:creators|streamers|influencers|models|talent)|(?:take you on|sign you) (?:as (?:a |my )?|to my )(?:creator|client|roster|agency)|private (?:test|trial|audition) (?:stream|call|video|shoot)"),
    (C.EXPLOITATIVE_OFFER, "modelling", 0.35, r"model(?:l?ing)? (?:agency|job|gig|contract|casting|work|career|shoot|scout)|photo ?shoot|casting|test shots"),
    (C.EXPLOITATIVE_OFFER, "job", 0.5, r"(?:i can|ill|i could|i will|let me) (?:get|find|set) you (?:up )?(?:with )?(?:a |an )?(?:job|work|gig|position|apartment and a job|part time job|visa)|(?:i have|got|theres) (?:a |an )?(?:job|work|gig|position|opportunity|modelling job|modeling job|spot) (?:for you|in|abroad|overseas|at my)|come (?:work|be a \w+) (?:for|with|at|on|overseas|abroad)\b|(?:jobs?|work|nann(?:y|ies)|maids?|hostess(?:es)?|dancers?|waitress(?:es)?|cleaners?|au pairs?|models?|promo girls?|girls) (?:in (?:the city|dubai|london|paris|milan|the uk|europe|america|the us|vegas|la|germany|italy|spain|turkey|asia|the gulf)|abroad|overseas)|i (?:will |can |could )?hire you|(?:hire|pay) you to|(?:job|work) at my (?:restaurant|bar|club|hotel|spa|salon)|(?:looking for|need|needs|wants) (?:new |young |pretty )?girls|entertain (?:clients|men|guests)|\bclients\b|i can set you up"),
    (C.EXPLOITATIVE_OFFER, "easy_money", 0.5, r"(?:easy|quick|fast|real|serious|daily) (?:money|cash)|(?:good|great|big) (?:money|pay|tips)|pays (?:well|great|cash|really well|\$?\d+k?)\b|make (?:\$+\d*|money|thousands|bank|so much money|more than|a lot of money)|(?:make|making|earn|earning) money (?:online|from home)|earn (?:thousands|real money|\$?\d+|money|a lot)|\$?\d+ (?:an|a|per) (?:hour|night|weekend)\b|(?<!\bi\s)(?<!\bwe\s)(?:pays?|paid|salary|earn|make|wage|income)\W+(?:\w+\W+){0,2}?\$?\d{3,}k? (?:(?:usd|eur|euro|euros|dollars|pounds|gbp) )?(?:a|per|each|every) (?:week|month|day)\b|tax ?free|cash in hand|no experience (?:needed|required|necessary)|no questions asked|cash only|(?:be|find|get|hook (?:you )?up with) (?:you |yourself )?(?:a |your )sugar (?:daddy|mommy|mummy)|sugar daddy (?:app|site|arrangement)|keep (?:older )?(?:guys|men) company|chatting with (?:men|guys|older)|(?:club|spa|bar|agency) (?:needs|looking for|wants) (?:new )?girls|(?:make|earn) money from home on cam|\$+ this summer|(?:get|got|getting) paid to|more than minimum wage|never have to worry about money"),
    (C.EXPLOITATIVE_OFFER, "travel", 0.55, r"(?:flights?|travel|visa|everything|all expenses|housing|accommodation|hotel|rent|room|flat|apartment|room and food|food|tickets?) (?:paid|covered|included|provided)|(?:pay|pays|cover|covers|will pay|will cover|take care of) (?:for )?(?:your |the )?(?:flights?|travel|visa|the cost|all costs)|fly you out|free (?:housing|apartment|room|accommodation|flat|flights?)|all expenses|(?:a |theres a )?(?:room|flat|apartment) waiting for you|no rent|housing included|ill take care of everything"),
    (C.EXPLOITATIVE_OFFER, "no_papers", 0.55, r"no (?:papers|documents|visa|passport|work permit) (?:no problem|no worries|needed|necessary|required|is fine|is ok|no stress)"),
    (C.EXPLOITATIVE_OFFER, "money_mule", 0.5, r"open (?:a |two |2 |three |3 |some |more |a few )?(?:more |new )?(?:bank )?accounts? (?:in your name|for me|for us)|(?:lend|rent) me your (?:bank )?account\b|(?:can i|let me|i need to) use your (?:bank )?account\b|banks? (?:dont|wont|never) (?:look|check) twice|(?:have you got|do you have|you got) a bank account (?:in your name|of your own)"),
    (C.EXPLOITATIVE_OFFER, "courier", 0.45, r"(?:bring|carry|take) (?:a |this |the |some |his |my )?(?:parcel|package|bag|suitcase) (?:back|through|over|home) (?:for|from)\b|(?:drop|deliver|run|carry) (?:off )?(?:some |a few )?(?:bits|parcels|packages|packs) for (?:my|the) (?:boys|mans|lads|guys|crew)|(?:ride|run) (?:round|around) after school|run (?:a few |some )?(?:bits|parcels|packages) (?:to|for) (?:my|the) (?:mates|boys|mans|lads|guys|crew)"),
    (C.EXPLOITATIVE_OFFER, "travel", 0.5, r"<i_will> (?:bring|get|fly) you (?:over|here|to (?:the uk|england|london|europe|the us|america|dubai|germany))\b"),
    (C.EXPLOITATIVE_OFFER, "modelling", 0.4, r"free (?:photo ?|portrait |portfolio )?shoots?\b|(?:try ?on|fit) (?:video|vid|haul)s?\b"),
    (C.EXPLOITATIVE_OFFER, "shared_housing", 0.45, r"(?:sleep|live|stay|room) (?:upstairs |downstairs |in (?:our|the) (?:house|flat) |at the (?:house|site) )?with (?:the )?other (?:workers|lads|boys|girls|guys|staff)|accommodation with (?:the )?other (?:workers|boys|girls|lads)"),
    (C.EXPLOITATIVE_OFFER, "hostess", 0.35, r"(?:being friendly|chat|chatting|dance|dancing|drink|drinks|sit|sitting) (?:with|to|for) (?:the )?(?:guys who|men who|gentlemen|vip guests|male guests|rich guys|older guys|older men)\b"),
    # A contract the worker cannot read, signed on arrival: deceptive recruitment.
    # Too good to be true: a wage named together with what a real employer does not offer
    # a stranger (tax free, travel and a room paid), or a weekly or monthly one with no
    # experience or papers needed (a local job's hourly rate with none is ordinary).
    (C.EXPLOITATIVE_OFFER, "too_good", 0.75, r"(?:<wage>|<hourly_wage>).{0,80}?<perk>|<perk>.{0,80}?(?:<wage>|<hourly_wage>)|<wage>.{0,80}?<no_experience>|<no_experience>.{0,80}?<wage>"),
    (C.EXPLOITATIVE_OFFER, "unread_contract", 0.6, r"contract (?:\w+ ){0,6}?(?:in|written in) (?:dutch|german|arabic|italian|hungarian|polish|chinese|russian|turkish|greek|czech|romanian|japanese|korean|thai|the local language|their language|another language)|(?:just|simply) sign the contract|sign (?:it |the contract )?without reading|(?:dont|do not|no need to) (?:read|overthink) (?:it|the contract)"),

    # --- requests for pictures, video or a private live stream
    (C.IMAGE_REQUEST, "photo", 0.55, r"(?:send|snd|sned|dm|text|snap|drop|give) (?:me|us) (?:a |an |some |another |more |1 |one |your |a few |a new |a quick |a bigger |the first )?(?:<picadj> )*<pic>|(?:send|snd|sned) (?:a |an |some |another |more |your |a few )(?:<picadj> )*<pic>|send <pic>|<pic> (?:of|in|with|holding) <self>|<pic> (?:of )?(?:you )?(?:rn|right now|now|tonight|pls|please)\W*$|^\W*<pic>\W*\?|(?:can|could|will|may) (?:i|you) (?:see|get|have) (?:a |some |more |another )?(?:<picadj> )*<pic>|(?:i (?:want|wanna|need)|want) (?:a |some |more )?(?:private )?<pic>|(?:take|make|film|record) (?:me )?(?:a |an )?(?:<picadj> )*(?:selfie|pic|photo|video|vid|clip)|show me (?:a )?<pic>|<pic> for <pic>|(?:trade|swap|exchange) (?:some )?(?:<picadj> )*<pic>|for a (?:pic|selfie|photo)\b|(?:owe|pay) me (?:a |with )<pic>|(?:just )?one (?:more )?(?:pic|selfie|photo)\b|photo ?shoot (?:for me|in your)"),
    (C.IMAGE_REQUEST, "photo", 0.45, r"send (?:me )?(?:more|another|another one|one|a cute one|a better one|something spicy|a bigger one|a few)\b|(?:i (?:want|wanna|need) to|let me|can i|i wanna) see <self>(?! (?:in person|irl|in real life|soon|tomorrow|again|later|there|at))|show me <self>|ill send (?:you )?mine (?:if|first)|(?:send|show) (?:me )?yours|(?:wanna|want to) see more|see what (?:youre|your|you are) hiding"),
    (C.IMAGE_REQUEST, "trade", 0.6, r"(?:trade|swap|exchange) <pic>|<pic> (?:trade|swap)"),
    (C.IMAGE_REQUEST, "live_stream", 0.55, r"(?:turn|switch|put|flip) (?:on )?(?:your |the )?(?:cam|camera|webcam|facecam)(?: on)?|(?:cam|camera|cams|facecam) (?:still )?on|(?:on|with) (?:cam|cams)\b|facecam|(?:go|be) live (?:but|for|just|only|private)|(?:private|privately) (?:show|live|stream|streams|call|video call|session)|(?:do|can you do) a (?:private )?(?:show|live)|(?:video call|facetime) (?:me )?(?:just us|alone|in private|privately|tonight|now)|share your screen|(?:see|show) (?:you|me) on cam|(?:get|hop) on (?:cam|camera|facetime|video)|stream your face|(?:go on |a )?stream just for me|(?:private|privately) vc"),
    (C.IMAGE_REQUEST, "live_stream", 0.4, r"<lets> (?:facetime|video chat|video call|videochat)|facetime me\b|(?:can|could|will) you (?:facetime|video call|video chat)"),
    (C.IMAGE_REQUEST, "verification", 0.5, r"prove (?:your|youre|you are|its|it is|that its|that you are) (?:really )?(?:real|you)|prove it <w>send|holding \d+ fingers|(?:send|take) (?:a )?(?:pic|selfie|photo) holding|<pic> to (?:verify|prove)"),

    # --- sexualisation (mild proxies only)
    (C.SEXUALISATION, "clothing", 0.6, r"what (?:are )?you wearing|what (?:youre|your|you are) wearing|whats your outfit (?:rn|right now|now)|(?:are )?you wearing (?:anything|something) (?:cute|nice|special)|what do you (?:sleep|wear to bed|wear in bed) in|do you sleep in|whats under (?:that|your)|in (?:your |a |something )?(?:pjs|pajamas|bikini|swimsuit|underwear|a towel)\b|short (?:skirt|dress|shorts)|without (?:a|your) (?:shirt|top|clothes)|takes? (?:something|it|them|that) off"),
    (C.SEXUALISATION, "experience", 0.55, r"(?:have you|you|did you|do you) (?:ever )?(?:kissed|been kissed|made out|had a (?:boyfriend|girlfriend)|been with (?:a|an|someone|older)|let a (?:boy|guy|man))|ever (?:kissed|been with (?:a|an|someone))|great kisser|(?:how|learn) to kiss|how far have you|(?:are you|you) a virgin|seen an 18|you (?:started|start) dating|hit puberty|birds and (?:the )?bees|(?:talk to you|tell you) about (?:that|those) (?:stuff|things)|i can (?:explain|teach you)\b|most daring thing|what did you (?:guys )?do (?:together|with (?:him|her))|sleepover with (?:a boy|a guy|me)"),
    (C.SEXUALISATION, "suggestive", 0.6, r"naughty|(?:talk )?dirty(?: version| talk| game)?\b|something spicy|spicy (?:pics?|photos?)|(?:biggest|your) turn ?ons?\b|fantas(?:y|ies)|(?:what|things) (?:grown ups|adults|grownups) do|something grown ?up|what (?:do )?you (?:guys )?do when (?:youre|you are|your) alone|tell me (?:what you like|about your) (?:in bed|body)|teach you (?:things|how to kiss|stuff)|in bed (?:rn|right now|for me|with)|(?:bet|are) (?:you|youre|your) in bed|you (?:in )?(?:bed|the shower)(?: rn| right now|\?)|(?:after|out of) (?:you shower|the shower)|hold you close|cuddle (?:you|with you)|what would you do if i (?:was|were) (?:there|next to you|with you|here|in your (?:bed|room))|(?:liked|like|into) (?:girls|boys|guys) your age|truth or dare|(?:kiss|kissing) you\b|kissable|your lips|think about me at night|roleplay|keep you company|sleepover at my"),
    (C.SEXUALISATION, "body", 0.45, r"(?:your|ur) (?:body|figure|legs)|part of your body"),
    (C.SEXUALISATION, "appearance_sexual", 0.5, r"(?:youd|you would|you will|you) look <so>(?:hot|sexy|good|cute) (?:in|wearing|without|when)|<youare> <so>(?:hot|sexy|hotter|thicc)\b|(?:your|those) (?:voice|lips|body|pics|pictures|legs|face|photos) (?:is |are |look |looks )?<so>(?:hot|sexy|kissable)|(?:hot|sexy|hotter) (?:irl|in person|in your)|in a (?:bikini|swimsuit)|attention from (?:boys|guys|men)"),
    (C.SEXUALISATION, "alone_in_room", 0.5, r"(?:are you|you) alone in your (?:room|bed|bedroom)|(?:anyone|anybody) else in your room"),

    # --- meeting in person
    (C.MEETING, "meet", 0.4, r"<lets> (?:finally )?(?:meet|meet up|hang out|hang|see each other|link up|link|chill|get together|hook up|grab food)(?: up)?|(?:meet|see|hug|hold|watch) you (?:irl|in person|in real life|for real)|(?:meet|hang out|hang|see you|come|play|watch you play|game) <ww>(?:irl|in person|in real life)|(?:when|where) (?:can|should|do|will) we (?:finally )?(?:meet|hang)|we have to meet|i (?:just )?(?:wanna|want to) (?:give you a hug|hug you|meet you)|(?:wish i could|wanna|want to|let me) hug (?:you|u)"),
    (C.MEETING, "meet_place", 0.5, r"meet (?:me|up) (?:at|in|by|behind|outside|near|after|tonight|tomorrow|somewhere|on|there)|<i_will> meet you (?:at|there|by|outside|near|behind|in)|(?:meet|wait for you|waiting|wait) (?:at|by|in|behind|outside|near) the (?:park|mall|station|bus station|train station|corner|store|cinema|movies|library|parking lot|playground|arcade|back|hotel|end of|gas station|bus stop|school)|wait for you (?:behind|outside|near)|(?:walk|come) to the end of your street|im parked|(?:im|i am) (?:\d+ (?:mins?|minutes) away|outside|downstairs|at the hotel)|come (?:up|out)\W*$|come to the (?:hotel|room|studio|apartment)|(?:be|wait|waiting) outside your (?:house|school|home|door|window)"),
    (C.MEETING, "come_alone", 0.8, r"come alone(?! or (?:bring|with))|(?:meet|come) (?:me )?<w>(?:alone|by yourself)(?! or (?:bring|with))|(?:dont|do not) bring (?:anyone|anybody|your friends|friends|a friend|your <parent>)|somewhere (?:quiet|private) where no one|(?:where|somewhere) no one (?:knows|will see|goes|can see)|(?:youre|your|you are) meeting me"),
    (C.MEETING, "come_alone", 0.55, r"(?:meet|hang|come|see you|grab food|go|hang out)\b.{0,30}(?:just|only) (?:you and me|u and me|the two of us|us two|us|me and you|you)\b(?! against)|just (?:you|u) (?:tho|though)"),
    # Leaving the parent out of the meeting (a coach's "no need to stay for the session"
    # is context: MEETING's practice/coach row dampens it).
    (C.MEETING, "come_alone", 0.45, r"your <guardian> (?:doesnt|dont|does not|do not|wont) (?:need|have) to (?:come|stay|be there|come along|wait|drive you|drop you)|(?:leave|without) your <guardian> (?:at home|behind)"),
    (C.MEETING, "invite", 0.4, r"(?:come|get) over (?:tonight|to my|here|now)|come (?:to|up to|round to|over to) my (?:place|house|apartment|flat|hotel|room|studio|car|city|lan|party)|(?:go|come|back|sleepover|audition|game) (?:to |at )?my (?:place|house|apartment|flat)|at my (?:place|apartment|flat)|come over|(?:wanna|want to|you should|you can) come (?:to|over|see me)|come see me|my (?:roommate|parents|wife) (?:is|are) (?:away|never home|out)|(?:you can|u can) stay over|(?:get|sneak) out of the house"),
    (C.MEETING, "visit", 0.55, r"<i_will> (?:come and |come )?(?:pick you up|come get you|drive to (?:you|your|get|see)|come to your (?:house|town|city|school|place|area)|drive you|be waiting|come by|come over)|(?:can i|could i|let me) come (?:to|by|over to|round to) your (?:house|place|home|school)|(?:skip|ditch) school (?:and|to|tomorrow)|sneak out|(?:im|i am) (?:coming to|in) your (?:city|town|area)|i could (?:just )?show up|drive to see you|send a car|pick you up"),

    # --- relocation: running away, travelling, leaving the phone
    (C.RELOCATION, "run_away", 0.7, r"run ?away (?:with|to) me|(?:just|you should|lets|we could|why dont you|come on|you can|you could) run ?away|run to me|leave (?:home|tonight|everything|everything behind|your (?:family|parents|home|house)|with me|and (?:come|go))|just leave\b|(?:get|take) you (?:out of|away from)|get you out\b|(?:get|got) out of (?:that house|there|your situation|that place|that town)|start (?:over with me|a new life)|new life|help you disappear|(?:ill|i will|i can) take you away|(?:wont|will not|never) (?:even )?notice (?:youre|your|you) gone|(?:your parents|they) (?:cant|can not|wont be able to) (?:stop|make|find|track) you|wont need it where|dont tell (?:anyone|your <parent>) (?:where (?:youre |your |you are )?|your |youre )(?:going|moving)|if you (?:want|wanna) to leave|(?:we can|lets|we could) leave (?:tonight|this weekend|together|now|tomorrow)|(?:life|things) (?:will|would) be (?:so much )?better (?:here|with me)|from your (?:moms|mums|dads|parents) (?:purse|wallet|bag)"),
    (C.RELOCATION, "leave_phone", 0.7, r"(?:leave|ditch|turn off|dont bring|do not bring|dont take|throw away|get rid of|switch off) (?:your |ur )?(?:phone|location|find my|find my iphone|tracking|gps|sim card|sim)(?! in the| at the door| in your locker| in the basket)|(?:throw|toss) (?:your |ur )?(?:sim|sim card|phone) (?:card )?away|(?:so|then) they (?:cant|wont) (?:track|find|call) you|(?:theyll|they will|they can) track (?:it|you)|no need for (?:a |your |ur )?phones?|(?:phones?|your phone|ur phone) (?:is |are )?not needed|(?:you|u) (?:wont|will not|dont|do not) need (?:your|ur) (?:own )?phone"),
    (C.RELOCATION, "paid_travel", 0.6, r"<i_will> (?:pay|buy|book|get|send (?:you )?money) (?:for )?(?:your |you a |you |the |a )?(?:bus|train|plane|flight|bus ticket|train ticket|plane ticket|coach|coach ticket|megabus|ferry|uber|taxi|cab|ride|fare|greyhound)|(?:bus|train|plane|flight|coach) tickets? (?:is |are )?(?:on me|for you|paid)|i (?:got|bought|booked) you a (?:one way |plane |bus |train )?ticket|(?:we|well|we will|we can|they|the agency) (?:send|book|buy|pay for|get) (?:you )?(?:the|a|your) (?:one way |plane |bus |train )?tickets?|one way ticket|get the train,? ill pay|(?:just|and|then) (?:get|take|hop on|get on|catch) the (?:\w+ )?(?:bus|train|plane|greyhound|night bus)"),
    (C.RELOCATION, "move_in", 0.55, r"(?:come(?: and)?|you can|you could|just) (?:live|stay|crash) (?:with me|here|in the city|at mine|at ours|with us|at my)|move in with me|(?:you can|you could|just) (?:have|take|use) (?:my|our) spare room|my door is (?:always )?open|(?:a |got a |theres a )?(?:place|room) for (?:us|you)|come to (?:the city|london|la|the gaming house|my (?:city|country|town))|just come here|come here and|pack (?:a bag|your (?:bag|bags|stuff|things)|light)|with (?:your|a) bag|(?:take|bring) your (?:passport|savings|stuff) and|(?:somewhere|a place) to (?:go|stay)|when you get here|i have everything (?:here|you need)"),
    (C.RELOCATION, "move_in", 0.5, r"(?:spare (?:room|bed)|my (?:place|flat|house|apartment)|at mine|at ours|gaming house|with (?:me|us))\W+(?:[a-z0-9]+\W+){0,9}?(?:no (?:rules|curfew|parents|bedtime)|no ?one (?:telling|to tell) you what to do)|(?:we|i|weve|ive) (?:got|have|have got) a spare (?:room|bed|bunk|mattress|sofa)\W*$"),
    (C.RELOCATION, "move_in", 0.45, r"(?:you can|you could|just) (?:stay|crash|sleep) (?:(?:here|there|at (?:mine|ours|my place|the studio|the house|the flat)) )?(?:for )?(?:a few|a couple of|a couple|some|as many|as long as you|however long you) (?:nights|days|weeks|want|like|need)|(?:you can|you could) crash at (?:the studio|ours|mine|the flat|the house)"),
    (C.RELOCATION, "leave_phone", 0.6, r"(?:turn|switch) (?:off )?(?:your )?(?:location|find my|tracking|gps|ipad|tablet|icloud)(?: off)?\b|(?:they|she|he|your <guardian>) (?:can|could|will) (?:find|track|locate) (?:it|you) (?:with|on|through) (?:icloud|find my|your location|the app|snap ?map)"),
    (C.RELOCATION, "run_away", 0.5, r"(?:i|we) (?:all )?(?:left home|ran away|moved out) (?:at|when i was|when we were) (?:your age|1[0-7])\b|we could (?:just )?(?:go|leave|disappear)\W+(?:just )?(?:you and me|me and you|the two of us)"),
    (C.RELOCATION, "run_away", 0.45, r"(?:left home|ran away|dropped out|moved out)\W+(?:[a-z]+\W+){0,3}?never looked back|(?:you should|you could|why dont you) come with (?:us|me) for a (?:bit|while|few days|few weeks)"),
    (C.RELOCATION, "leave_phone", 0.5, r"(?:staff|workers|girls|you) (?:dont|cant|do not|cannot|arent allowed to) (?:have|keep|use|bring) (?:your |their )?phones"),
    (C.RELOCATION, "move_in", 0.55, r"if (?:it|things|home|they) (?:gets?|get|ever get|are) (?:too much|bad|worse|too hard|unbearable)\W+(?:[a-z]+\W+){0,5}?(?:come|stay|crash) (?:to |at |round )?(?:mine|ours|my place|here|with me|with us)"),
    (C.RELOCATION, "paid_travel", 0.55, r"(?:coach|train|bus|flight|hours? (?:away|on the))\W+(?:[a-z0-9]+\W+){0,8}?<i_will> (?:pay|buy|book|get|cover) (?:for )?(?:your |the |a |you a )?tickets?\b"),
    (C.RELOCATION, "move_in", 0.4, r"no rules\W+no (?:parents|curfew|bedtime|adults)"),
    (C.RELOCATION, "run_away", 0.5, r"(?:the only|the best) way (?:to heal |to get better |forward |out )?is (?:distance|to leave|getting away|to get away)|we have a free (?:place|room|bed|spot|retreat) (?:for you|where|at)"),
    (C.RELOCATION, "move_in", 0.5, r"(?:theres|there is|theres always|there is always) (?:always )?a (?:sofa|couch|bed|spare room|mattress|spare bed|bunk) (?:for you|here for you|at ours for you|for family)"),

    # --- documents held "for safety"
    (C.DOCUMENT_CONTROL, "hold_documents", 0.8, r"(?:ill|i will|we|i|im|i am|he|she|they|hes|shes|theyre|were|boss|agent|agency|manager|company|landlord|driver|cousin|friend|uncle|will|is|are|gonna|let me) (?:\w+ )?(?:keep|keeps|keeping|hold|holds|holding|hold onto|collect|collects|collected|confiscate|confiscated|lock|hid|hide|took|take|mail|have|has|got|sort|handle) (?:onto )?(?:your|ur|everyones|all|all the|their|the|his|her) (?:phone and |bank card and )?<doc>|(?:keep|keeps|hold|holds|collect|collects) (?:all )?(?:the )?(?:passports|ids|papers|documents)|<doc> (?:stays?|is|are|will stay) (?:here|with me|in my|safe with me|safer with me|with the|in the office)|(?:give|hand|hand over|leave) (?:me )?(?:your|ur|all|their) (?:phone and |bank card and )?<doc>|(?:your|ur) <doc> (?:back|again)|without (?:your|ur|me holding your) <doc>|(?:dont|do not|wont|will not) need (?:your|ur|to carry your) <doc>|(?:keeps|holds|collects|takes|is keeping|is holding|will keep|will hold) (?:your|ur) <doc>(?! (?:number|details|info))|(?:dont worry about|dont worry bout) (?:your|ur) <doc>|<doc> (?:for safety|for security|for safe ?keeping|to keep (?:it|them) safe|is collateral)|everyone (?:who works for me )?gives me their|<doc>.{0,40}(?:keep (?:it|them) safe|safe with me|for safety|for security|ill (?:keep|hold) (?:it|them)|(?:boss|agency|agent|we|they|he|she|manager) (?:holds?|keeps?|will (?:hold|keep)) (?:it|them)\b|in my (?:safe|drawer|bag|office|car)|i have (?:it|them)|hand (?:it|them) (?:over )?to)|trust me with (?:your|ur) <doc>|collateral"),
    (C.DOCUMENT_CONTROL, "account_control", 0.6, r"(?:give me|send me|keeping|holding|hold|keep|need) (?:your|ur) (?:account )?(?:login|password|account details|login details)"),
    (C.DOCUMENT_CONTROL, "send_id", 0.45, r"(?:send|give) (?:me )?(?:a )?(?:pics? |photos? |copy |scan |picture )?(?:of )?(?:your|ur|your <guardian>s?) (?:id|passport|license|licence|birth certificate|ss card|documents)|need (?:a )?(?:clear |quick |good )?(?:pic |photo |copy )?(?:of )?your (?:passport|id)|your id (?:pics|front and back)|(?:where is|wheres) your (?:passport|id)|social security number"),
    (C.DOCUMENT_CONTROL, "bank_card", 0.7, r"(?:bring|give|hand|send|leave) (?:me |us |him )?(?:over )?(?:your )?(?:bank ?card|debit card|cash ?card|card) (?:and|with|plus) (?:the |your )?(?:pin|pin number|password)|(?:your|the) (?:bank ?card|debit card|card) (?:and )?pin\b"),
    (C.DOCUMENT_CONTROL, "bank_card", 0.55, r"(?:bring|give|hand|send) (?:me |us )?(?:your )?(?:(?:id|passport) and (?:your )?)?bank ?card\W+(?:[a-z]+\W+){0,3}?(?:we|i|ill|well) (?:set up|sort|manage|handle|open|look after)"),
    (C.DOCUMENT_CONTROL, "hold_documents", 0.55, r"(?:we|they|the agency|the club|the team) (?:take care of|handle|sort|arrange|do) everything\W+(?:[a-z]+\W+){0,6}?(?:bring|give|send) (?:me |us )?(?:your )?(?:passport|id|papers|documents)|(?:passport|id card|papers|documents)\W+(?:[a-z]+\W+){0,6}?(?:my|our|the) (?:assistant|driver|cousin|friend|agent|boss) (?:will |can )?(?:\w+ \w+ and )?(?:hold|keep|look after) (?:it|them|onto)"),

    # --- debt bondage
    (C.DEBT_BONDAGE, "debt", 0.35, r"you (?:still )?owe (?:me|us|the agency|him|the boss|them|for)\b"),
    (C.DEBT_BONDAGE, "debt", 0.65, r"you (?:still )?owe (?:me|us|the agency|the boss|them) (?:for (?:everything|the (?:phone|room|flight|rent|visa|travel|transport|gifts|ticket|skins|food|clothes|apartment))|now|something|a lot|big|everything|\d{3,})|(?:your|ur|the) debt|(?:the|that|a) loan\b|goes on your tab|with interest|how much you owe|what you owe|(?:everything|all) you owe|(?:more|less) you owe|you still owe\b|(?:still )?owe for the"),
    (C.DEBT_BONDAGE, "work_off", 0.8, r"work (?:it|this|that|the debt|off the debt|your debt) off|(?:pay|work) off what you owe|work (?:till|until) (?:its|it is|you|the debt)|(?:until|till) (?:you|your debt|the debt) (?:pay|paid|is paid|are paid)|(?:you|u) (?:work|pay) (?:for it|with your time)|(?:cant|can not) (?:quit|leave) (?:while|till|until|not while)|(?:need to|have to|gotta|must|got to) work (?:more|harder|it off|for it|till)|now you (?:work for me|gotta do the job)|pay up or work|not a charity|collateral"),
    (C.DEBT_BONDAGE, "repay", 0.6, r"pay me back (?:somehow|or|by|now)|(?:after|until|till|once) (?:you|u) (?:pay|paid|work off|worked off) (?:\w+ ){0,5}?(?:back|off)\b|(?:paid|paying) me back (?:for|somehow)|pay (?:me )?somehow|(?:isnt|is not|aint|wasnt) free|(?:think|thought) (?:thats|its|it was) free|now its your turn|time to (?:return the fav(?:ou)?r|repay|pay (?:me )?back)|repay me|make it up to me|(?:gotta|have to|need to|must) earn it|(?:ive|i have|i) spent (?:thousands|so much|a lot|like \$?\d+) on you|after (?:all|everything) i (?:did|have done|bought|gave|did for you)|the least you can do|(?:gave|bought|gifted|paid for|covered) (?:you|your) .{0,40}(?:do (?:this|one)|one thing|a favou?r|what that means|now|so now|time to)|took (?:the|my) money"),
    (C.DEBT_BONDAGE, "repay", 0.35, r"pay me back|(?:paid|pay) (?:me )?back (?:the|for)"),
    (C.DEBT_BONDAGE, "wages_held", 0.6, r"(?:paying|pays|pay) me (?:directly|direct)\b|(?:i|we)(?:ll| will)? (?:hold|keep|look after|mind) (?:your|the) (?:wages|pay|money|earnings)|(?:wages?|pay) (?:are |is )?(?:held|kept) (?:back )?(?:until|till|for)|(?:wages?|pay|salary) (?:we|they|i|the boss) (?:hold|keep)\b"),
    # Recruitment costs advanced and taken back from wages: the classic start of debt
    # bondage (a legal payslip deduction for a staff room names no travel or fee).
    (C.DEBT_BONDAGE, "salary_deduction", 0.8, r"(?:flights?|tickets?|visa|transport|travel|bus|coach|fares?|registration|recruitment|placement|processing|agency|fees?|advance)\b.{0,80}?(?:deduct(?:ed)?|take|takes|taken|took|return|repay|pay|pay (?:it |that |this )?back|paid back|come out|comes out|come off|comes off|recover(?:ed)?|withh[eo]ld) (?:\w+ ){0,4}?(?:from|out of|of|off) (?:\w+ ){0,2}?(?:salary|salaries|wages?|pay ?(?:checks?|cheques?)|earnings|tips|first (?:months?|pay|weeks?))|(?:pay|paying|repay|return) (?:him |her |me |us |them |it )?back (?:for )?(?:the |your |ur |my )?(?:flights?|tickets?|visa|transport|travel|bus|fares?|fees?|deposit) (?:\w+ ){0,3}?(?:from|out of|with) (?:\w+ ){0,2}?(?:salary|salaries|wages?|pay ?(?:checks?|cheques?)|earnings|tips|first (?:months?|pay|weeks?))"),
    (C.DEBT_BONDAGE, "salary_deduction", 0.7, r"(?:takes?|taken|deduct(?:s|ed)?|comes? out|comes? off|keeps?|kept) (?:it )?(?:back )?(?:from|out of|off) (?:your |the )?(?:first )?(?:salary|salaries|wages?|pay ?checks?|earnings|pay)\b|(?:give|pay) (?:it |me |us |him |the money )?back (?:from|with|out of) (?:your )?(?:work|wages?|salary|pay|earnings|tips)\b|pay (?:him|me|us|them|her|the boss|the agency) back (?:\w+ ){0,3}from (?:your |the |my )?(?:first )?(?:\w+ )?(?:salary|salaries|wages?|weeks?|months?|pay ?checks?|earnings)\b"),

    # --- threats, blackmail, deadlines
    (C.THREATS, "exposure", 0.85, r"<threaten> (?:all )?(?:your|ur|our) (?:<stuff>)|<threaten> (?:the|those|these) (?:video|vid|clip|screenshots|chats|messages|recording|first one|pics|photos)|<threaten> (?:it|them|this|these|everything|all of it)(?: online| everywhere| to (?:your|ur|everyone|all|every)| on (?:every|your|the))|(?:and|then) (?:post|send|share|leak) (?:your|ur) <stuff>|(?:it|this|that|the video|the pics|everything|your (?:pics|photos|video|vid|nudes)) (?:goes|go|will go|is going|gets|get) (?:viral|public|out|posted|leaked|in the|on|to (?:your|ur|every|all))|(?:or|then|and|unless|before|otherwise|if you dont \w+(?: \w+)?) (?:all )?(?:your|ur|everyone on your) (?:followers|friends|family|parents|mom|dad|school|class|contacts|whole school|list) (?:see|will see|gets?|get|find out|sees)|one click and|tag your <parent>|should i (?:tag|send|show|post)|(?:send|sending) (?:everything|it|them|the (?:screenshots|pics|video)) to your|(?:you dont want|want) (?:your|ur|them|it|this|these) (?:<parent>|school|class|teachers|followers) to see|would love to (?:see|know) (?:this|what)|(?:you dont want|dont want) (?:them|it|this|these) getting out|(?:hack|delete) your (?:account|accounts)"),
    (C.THREATS, "tell_on", 0.5, r"(?:ill|i will|im going to|im gonna|gonna) tell (?:everyone|your (?:<guardian>|boss|teacher|teachers|school|class|coach)|the whole)|(?:want|should) me to tell (?:her|him|them|your)|(?:find out|knows?) what you did|ill make sure (?:you|everyone)"),
    (C.THREATS, "coercion", 0.6, r"(?:or|unless|if you dont|if you do not|or else|otherwise) (?:ill|i will|i post|i share|i send|i press send|i tell|everyone|it goes|this goes|the video)|(?:send|pay|do it|do what i say|give me) <ww>(?:or|unless|otherwise) (?:i|ill|else|everyone|they|your|it|this|the)\b|you better (?:listen|pay|do|send|stay|not|reply|answer)|(?:last|final|one more) (?:warning|chance)|(?:ill|i will) make (?:it|things) worse|(?:now )?you do what i want|or else|(?:youll|you will|gonna|make you) regret|dont make me do something|dont (?:even )?think about (?:reporting|telling|blocking|leaving|ignoring)|think (?:carefully|twice) before|dont ignore me|i know (?:youre|your|you are) reading"),
    (C.THREATS, "coercion", 0.45, r"do what i (?:say|want|ask|tell you)"),
    (C.THREATS, "deadline", 0.65, r"(?:you have|youve got|you got|you have got) (?:until \w+|till \w+|(?:\d+|one|two|an?) ?(?:hours?|hrs?|mins?|minutes?|days?))|\d+ (?:hours?|hrs?|mins?|minutes?) left|tick tock|running out of time|(?:\$?\d+|money) (?:dollars )?by (?:\d+ ?(?:am|pm)?|tonight|tomorrow|friday|midnight|morning)"),
    (C.THREATS, "leverage", 0.6, r"i (?:have|got|still have|saved|kept|recorded|screenshotted|screenshot|downloaded) (?:all )?(?:of )?(?:your|ur|the|our|those|these) (?:<stuff>|stream|id pics|friends list|call)|i (?:have|got) your (?:pics|photos|video|vid) saved|i know your (?:real name|school|address|name)|i have everything"),
    (C.THREATS, "intimidation", 0.7, r"(?:ill|i will|im going to|im gonna|gonna|i can) (?:hurt|kill|come for|ruin|destroy|swat|dox) (?:you|your|everyone)|(?:run|hide|leave) <ww>(?:ill|i will) find you|(?<!so\s)(?<!that\s)i know where (?:you|your)|i know your address|(?:come to|show up at|be at|turn up at) your (?:school|house|home|work|door|class) (?:if|unless|and tell)|(?:your|ur) life (?:is|will be) (?:over|hell)|make your life <so>(?:hard|hell|miserable)|remember what happens|(?:no one|nobody) (?:will|would) believe you|will believe you over me|(?:get|be) deported|deport you|the police will arrest|if you (?:block|ignore|report|unfriend) me|if you (?:stop replying|stop answering|disobey|try to (?:run|leave))|if you tell (?:anyone|your <parent>)|if you (?:go to|talk to|call) the (?:police|cops)|(?:your|ur) (?:little )?(?:family|sister|brother|mom|dad|parents|family back home) (?:pays|will pay|pay for it|gets hurt)|(?:cant|can not|wont) escape me"),

    # --- age deception
    (C.AGE_DECEPTION, "age_gap", 0.7, r"age (?:is|s) (?:just |only )?(?:a (?:number|level)|nothing)|numbers? (?:are|is) just numbers?|numbers dont mean|age (?:doesnt|does not|dont|shouldnt|wont|doesnt really) matter|(?:age|old).{0,30}doesnt matter|(?:the|our) age (?:gap|difference)|age gaps?|(?:let|get) our ages|our ages|whats a few years|(?:just|only) (?:a few|\d+) years (?:older|difference|apart)|(?:isnt|not) that (?:different|big)\b|(?:does it|would it|it shouldnt|shouldnt it|does that) bother you that im older|(?:doesnt|wont) matter that im older|older (?:guys|men|people|boys) (?:are|r|treat)|(?:been with|date|dating|with) (?:an )?older (?:guy|guys|man|men)|(?:a )?(?:man|guy) my age|being with someone older|younger (?:girls|boys|ones) are|adults can be friends with kids|basically (?:your|the same) age|i like younger|(?:girls|women|people|guys) my age|(?:hang|hang out) with older (?:ppl|people|guys)|technically (?:its )?(?:fine|legal|ok)|the law is dumb|young at heart|not like other adults|old enough to (?:decide|know|choose|make)"),
    (C.AGE_DECEPTION, "reveal", 0.8, r"(?:im|i am) (?:actually|really|technically|not really|not actually|secretly) (?:\d{1,2}|an adult|older|in college|a teacher|way older|not \d{1,2})|i (?:lied|wasnt honest|fibbed) about (?:my )?age|(?:im|i am) not (?:really |actually )?\d{1,2}\b|my real age|i (?:said|put|told you) (?:i was |im )?\d{1,2}|(?:im|i am) (?:a bit|a little|a few years|way|much|not that|kinda|slightly|bit|not much|only \d+ years) older|im older (?:but|so|than you)|i (?:look|feel) younger|(?:my|this) (?:account|profile|pic) (?:says|is) <w>(?:\d{1,2} )?(?:but|old)|\d{1,2}\W+(?:well|ok well|jk|i mean|actually)\W+(?:almost )?\d{2}|(?:im|i am) (?:\d{2}|older|an adult|a teacher|a grown ?up|grown) but|im (?:a |an )?(?:\d{2} yo|\d{2} year old)|(?:im|i am) (?:a )?grown(?: up)?\b|(?:about|mention|tell (?:anyone|your \w+)|forget about) (?:my age|how old i am)|my age is a secret|think im \d{1,2}|younger pic|not that old|forget (?:youre|your|you are) younger|i forget sometimes"),

    # --- vulnerability met with rescue
    (C.VULNERABILITY, "rescue", 0.55, r"<i_will> (?:always )?(?:take care of|look after|protect|rescue|fix|be there for) (?:you|u|your|everything)|<i_will> save (?:you|u)\b(?! some| a seat| a spot)|<i_will> (?:make it (?:all )?better|make you (?:happy|smile|feel better)|be your (?:dad|mom|family|safe place|duo)|get you out|take you away|make (?:all )?(?:your|ur) problems go away|give you a new life|be the family|be everything you need)|im your safe place|the family you never had|(?:i|who) saved you|(?:come|just come|run) to me|(?:ill|i will) never (?:judge|hurt|leave|yell at)|i would never do that to you|let me (?:fix it|take care|help you (?:escape|get out)|be the one|be there)|(?:looks|look) after you|ill always be your|(?:just )?trust me\W*$|(?:ill|i will) help(?: you)?,? (?:just )?trust me"),
    (C.VULNERABILITY, "only_one_cares", 0.55, r"(?:no one|nobody) (?:else )?(?:cares|would do this|listens|sees you|loves you|will love you|will)\b|we need each other|you dont have anyone else|you have me(?:\.| now| only| forever| instead|,|\W*$)|you need me\b(?! to)|(?:youre|your|you are) not alone anymore|if you ever (?:wanna|want to|need to) (?:escape|get away)|im the only one (?:you can|who (?:really )?listens)|(?:like|as much as) i do\b|(?:left|abandoned|ditched) you(?: but| and)? <w>(?:im|i am|i will|ill|i never|i wont)|(?:deserve|need) someone who (?:actually |really )?cares|im still here|i never will|(?:youre|your) too special to be"),
    (C.VULNERABILITY, "comfort", 0.3, r"(?:always|only) here for you|(?:i|ill) (?:always )?be there for you|i got you\b|i can tell (?:youre|your|you are) having a hard time"),
    (C.VULNERABILITY, "exploit_distress", 0.6, r"<distress>.{0,60}(?:come to me|you have me|stay with me|my door|i got you|let me take care|ill take care|ill protect|ill get you out|i can help you escape|ill make it better|come live|come stay|i can take you|come get you|text me|i can be|you dont have to|ill show you|you got me|ill help|i will|stay at mine|at my place)|(?:when|if) (?:you|your|ur) (?:feel|are|get) <w>(?:sad|lonely|down|like this)"),

    # --- Spanish, Portuguese, French and German: the commonest phrasings of the strongest
    # signs (normalised: accents folded, apostrophes dropped), so a conversation in
    # another language is not invisible. Weaker signs stay English-only for now.
    (C.AGE_PROBING, "ask_age", 0.75, r"(?:cuantos anos|que edad) (?:tienes|tenes)|quantos anos (?:voce |vc )?(?:tens|tem)|(?:tas|tu as|vous avez) quel age|quel age (?:tas|as tu|tu as|avez vous)|wie alt bist (?:du|denn du)"),
    (C.PERSONAL_INFO, "parents_away", 0.6, r"(?:tus (?:papas|padres)|os teus pais|seus pais|tes parents|deine eltern) (?:revisan|miran|controlan|veem|checam|verificam|regardent|checkent|kontrollieren) (?:tu |o teu |o seu |ton |dein )?(?:celular|telefono|movil|telemovel|telefone|tel|portable|telephone|handy)"),
    (C.PERSONAL_INFO, "home_alone", 0.6, r"(?:estas|estas tu|tas|tu es|es tu|bist du) (?:sol[ao]|sozinh[ao]|seule?|allein) (?:en casa|em casa|a la maison|chez toi|zu hause|daheim)"),
    (C.PERSONAL_INFO, "address", 0.5, r"(?:donde|onde) (?:vives|moras|mora)|tu habites ou|ou (?:tu habites|habites tu)|wo wohnst du|(?:a que|en que|em que|qual|quel|dans quel|auf welche) (?:colegio|escuela|instituto|escola|college|lycee|ecole|schule) (?:vas|estudas|andas|tu vas|es tu|gehst du)"),
    (C.SECRECY, "dont_tell", 0.7, r"no (?:le |les |se lo )?(?:digas|cuentes) (?:nada|a nadie|a tus (?:papas|padres|amigas?|amigos)|a tu (?:mama|papa|madre|padre))|(?:nao|melhor nao) (?:contes|conta|contar|digas|fala|falar) (?:nada|a ninguem|pra ninguem|para ninguem|(?:a |pra |para )?(?:tua|sua) mae|aos teus pais|pros seus pais)|(?:melhor nao contar|nao contar) (?:ainda|nada)|(?:ne )?(?:le |les )?(?:dis|this) (?:pas|rien) a (?:personne|tes parents|ta mere|ton pere)|si tu le (?:dis|this) a (?:tes parents|ta mere|ton pere|quelqu ?un)|(?:sag|erzahl) (?:es )?(?:niemandem|keinem|deinen eltern nichts)"),
    (C.SECRECY, "our_secret", 0.7, r"(?:es |sera )?nuestro secreto|(?:e |fica )?(?:o )?nosso segredo|(?:cest )?notre secret|unser geheimnis"),
    (C.SECRECY, "delete_chat", 0.7, r"(?:borra|elimina) (?:esto|este chat|el chat|los mensajes|la conversacion|todo)|apaga (?:isto|isso|a conversa|as mensagens|tudo)|efface (?:la conversation|les messages|tout|ca)|losch (?:den chat|die nachrichten|das|alles)"),
    (C.ISOLATION, "they_dont_understand", 0.55, r"(?:tus papas|tus padres|ellos) no (?:te )?entienden|(?:as maes|os pais|eles) nao (?:te )?(?:entendem|percebem)|(?:tes parents|ils) (?:ne )?(?:te )?comprennent (?:pas|rien)|(?:deine eltern|die) verstehen dich (?:nicht|eh nicht)"),
    (C.PLATFORM_SWITCH, "move", 0.6, r"(?:pasate|pasemos|hablemos|agregame|escribeme|hablame) (?:a|al|en|por) (?:<app>|snap|insta|wsp|whats)|(?:me chama|chama|adiciona|bora|vamos) (?:no|na|pro|pra|para o) (?:<app>|snap|insta|zap|wpp|whats)|(?:on passe|passe|ajoute moi|ecris moi|viens) (?:sur|en) (?:<app>|snap|insta|whats)|(?:schreib mir|adde mich|lass uns) (?:auf|bei|zu) (?:<app>|snap|insta|whats)"),
    (C.IMAGE_REQUEST, "photo", 0.6, r"(?:mandame|enviame|pasame|manda|envia|me manda|me envia|envoie|envoie moi|envois|schick mir|schick) (?:una |uma |une |ein |eine )?(?:fotos?|foto tuya|photos?|photo de toi|bild|bilder|selfie)"),
    (C.IMAGE_REQUEST, "just_for_me", 0.75, r"solo para mi|so para mim|so pra mim|juste pour moi|rien que pour moi|nur fur mich"),
    (C.IMAGE_REQUEST, "live_stream", 0.6, r"(?:prende|enciende|abre|liga|allume|active|mach) (?:la |a |ta |deine )?(?:camara|cam|camera|webcam|kamera)"),
    (C.FLATTERY, "mature", 0.55, r"(?:muy |tan |muito |tres |si |so |sehr )?(?:madur[ao]|mature|reif) (?:para|pour|fur) (?:tu|a tua|a sua|sua|ton|dein) (?:edad|idade|age|alter)"),
    (C.THREATS, "exposure", 0.85, r"(?:si no|o si no|sino|senao|se nao|sinon|sonst) (?:lo |la |las |los |te |o |a |as |os |je |les |ich )?(?:mando|envio|enseno|publico|subo|mostro|posto|envoie|lenvoie|montre|lamontre|publie|poste|schicke|zeige) (?:a |para |pra |aux? |an )?(?:toda tu clase|tus (?:padres|amigos)|tua turma|teus pais|toute ta classe|tes parents|tes amis|deine klasse|deine eltern|deine freunde)|(?:se |te )?(?:las|los|la|lo) (?:mando|envio|enseno|publico|subo) a (?:toda tu clase|tus padres)|(?:eu )?(?:mando|envio|mostro|posto) (?:isso |tudo |as fotos )?(?:pra|para|a) (?:tua turma|teus pais|sua turma|seus pais)"),
    (C.THREATS, "deadline", 0.7, r"tienes (?:una hora|hasta (?:manana|esta noche|las \d+))|tens (?:uma hora|ate amanha|ate hoje)|(?:tas|tu as) (?:une heure|jusqu ?a (?:demain|ce soir|minuit))|du hast (?:eine stunde|bis morgen|bis heute abend)|decide ate amanha|decide hasta manana|decide avant demain"),
    (C.DOCUMENT_CONTROL, "hold_passport", 0.8, r"(?:trae|traeme|dame|traz|traga|me da|apporte|donne moi) (?:tu |o teu |o seu |ton )?(?:pasaporte|passaporte|passeport|dni)|(?:bring|gib mir) (?:deinen |dein )(?:reisepass|pass|ausweis)|(?:guarda(?:mos|n|m)?|nos quedamos con|garde|gardons|behalte|behalten) (?:el |o |ton |le |deinen |den )?(?:tu |teu |seu )?(?:pasaporte|passaporte|passeport|reisepass|ausweis)"),
    (C.EXPLOITATIVE_OFFER, "paid_travel_job", 0.6, r"(?:te )?(?:pagamos|pago|pagaremos) (?:el |los |la |a |o )?(?:pasaje|billete|vuelo|viaje|passagem|voo|apartamento|piso)|on (?:paie|te paie|paye) (?:le |ton |l )?(?:billet|voyage|vol|appartement)|wir (?:bezahlen|zahlen) (?:den flug|das ticket|die reise|die wohnung)|(?:ganas|ganhas|tu gagnes|du verdienst) \d+ (?:al mes|por mes|a month|par mois|im monat)|(?:trabajo|trabalho|travail) (?:de|com|comme) (?:modelos?|mannequin)"),
    (C.DEBT_BONDAGE, "work_it_off", 0.75, r"(?:pagas|pagar) (?:la |a |el |o )?(?:passagem|pasaje|billete|viaje|deuda|divida) (?:con|com) (?:tu |o teu |o seu )?(?:trabajo|trabalho)|tu (?:rembourses|paies) (?:le billet|le voyage|ta dette) (?:avec|par) ton travail|me debes|tu me dois|du schuldest mir"),
    (C.RELOCATION, "run_away", 0.65, r"(?:vete|vente|escapate) (?:de (?:tu )?casa|conmigo)|(?:foge|fuja|vem) (?:de casa|comigo)|vem morar comigo|(?:viens|fugue) (?:vivre )?(?:chez moi|avec moi)|komm (?:zu mir|mit mir)|hau ab von zu ?hause"),
    (C.MEETING, "come_alone", 0.7, r"(?:ven|vente|vem|venha|viens) (?:sol[ao]|sozinh[ao]|seule?)|komm allein|no traigas a nadie|nao tragas ninguem|namene personne|bring niemanden mit"),
])  # fmt: skip

# Dampers and cancellers, checked only when something fired.
_ALL: tuple[Category, ...] = ()
CONTEXTS: tuple[Context, ...] = (
    # Talk *about* grooming, safety lessons, counsellors, warnings: not the act itself.
    Context(_ALL, r"(?:has|have|did|does) (?:anyone|anybody|someone|somebody|an adult|a stranger|anyone online|a person) (?:ever )?(?:asked|told|made|tried|wanted|offered|sent|threatened|pressured|promised)", 0.0),
    Context(_ALL, r"if (?:anyone|anybody|someone|somebody|a stranger|an adult|a person|people|a guy|a man|someone online) (?:ever )?(?:asks?|tells?|wants?|tries|offers?|says?|sends?|threatens?|pressures?|makes|promises?|messages?) (?:you|to)", 0.0),
    Context(_ALL, r"real friends (?:dont|do not|never|wont)|(?:groomers?|predators?|traffickers?|scammers?|abusers?|creeps|strangers|offenders|recruiters) (?:often|usually|may|might|will|can|sometimes|try|tries|use|ask|say|tell|offer|promise|pretend|like to|want|are)|(?:warning )?signs of|red flags?|scams?\b|(?:block|report) (?:and|&) (?:report|block)|safety tip|hotline|helpline|childline|report button|(?:we|they) will never ask|never ask (?:you )?(?:to|for)|is a scam|be careful|stay safe|trusted adult|talk to (?:a trusted|your (?:mom|dad|parents|teacher|counsel+or))|(?:its|it is) (?:ok|okay) to tell (?:a|an|your|someone)|some secrets (?:arent|are not)|no one should (?:ever )?ask|never (?:send|share) (?:pics|photos|your)|(?:dont|do not) (?:lie about|send pics to|share your|send your id|send (?:your|ur) id)", 0.0),
    # A young person telling someone what another person said or asked: a disclosure, not the act.
    Context(_ALL, r"(?:a|this|that|some) (?:man|guy|person|girl|boy|lady|woman|stranger|dude|account|player|adult)\b.{0,30}?\b(?:says?|said|told me|tells me|keeps (?:asking|saying|messaging|telling)|asked me|is asking|wants me|offered me)|(?:he|she|they) (?:told me|tells me|keeps (?:asking|telling) me|asked me|is asking me|wants me to|offered me|said (?:it was|its|it is|that|i|to))", 0.3, "reported"),
    Context(_ALL, r"(?:headline|lured|police warn|warns? parents|fake (?:modelling|modeling|job|agency|profile)|news|article|documentary|podcast|health class|sex ed|assembly|lesson|we discussed|police (?:said|say|came)|the cops came|the school sent|the teacher said|awareness|(?:safety|anti\w*|prevention) campaign|campaign (?:about|against|on)|case study|research|the report says)", 0.0),
    # Secrecy around surprises, spoilers and games.
    Context((C.SECRECY,), r"sorpresa|surpresa|fiesta|festa|cumple|aniversario|anniversaire|fete|geburtstag|uberraschung|surprise|surprising|party|present|gift|ring|propos|birthday|bday|cake|secret santa|anniversary|shower|christmas|xmas|wedding|santa|tooth fairy|easter|cookie|the kids|little ones|mothers day|fathers day|tickets to", 0.35, "surprise"),
    Context((C.SECRECY,), r"(?:tell|between us|secret|quiet|a word|anyone)\W+(?:[a-z]+\W+){0,3}?(?:but\W+|yet\W+|till\W+|until\W+)?(?:i|im|ive|my)\W+(?!sent|gave|talk|met|said|am older|told you|bought|paid|\d)|(?:quiet|secret|between us)\W+(?:but|till|until)\W|of me\b|i look|i sound|awkward|potato|😭|💀|i cried|i failed", 0.4, "own_news"),
    # A secret kept from a brother or sister (and not from parents) is family banter.
    Context((C.SECRECY,), r"^(?!.*\b(?:mom|mum|mother|dad|father|parents?|anyone|anybody|no one|nobody|guardian)\b).*?(?:tell|mention|show|say)\W+(?:\w+\W+){0,2}?(?:your|my) (?:little |big |older |younger |baby )?(?:brother|sister|bro|sis|siblings?|cousins?)\b", 0.4, "sibling"),
    Context((C.SECRECY,), r"spoil|spoiler|ending|episode|season|the show|the movie|the book|plot|finale", 0.3, "spoiler"),
    Context((C.SECRECY,), r"(?:other|enemy|opposing) team|strat|sniper|tactic|the raid|our plan for|the answers|the score|glitch|patch|cheat code|the code|level|quest|high score|base|new map|devs|streamer", 0.4, "game"),
    Context((C.SECRECY,), r"wrong chat|i look (?:so )?bad|of me lol|typo|embarrass", 0.3, "embarrassment"),
    Context((C.SECRECY,), r"first date|our date|nosy|my friends are|engaged", 0.6),
    # Age questions in families and bookings.
    Context((C.AGE_PROBING,), r"booking|tickets?|registration|register|sign ?up|league|tryouts?|half price|discount|insurance|candles|turning|happy birthday|grandma|grandpa|teaching|your (?:brother|sister|daughter|son|kid|cousin|dog|cat)|passport|application|tournament|age group|division|marathon|bracket|uni|college|university|in this pic|same class|in my class|im in \d+(?:th|st|nd|rd)|too lol", 0.5),
    Context((C.AGE_PROBING,), r"(?:you|your|youre|are you) (?:look |like |are |seem |about )*(?:1[89]|[2-9]\d)\b|(?:im|i am|i m) (?:1[89]|[2-9]\d)\b|(?:1[89]|[2-9]\d)\s*\?", 0.5),
    # Addresses for parties, deliveries, cards.
    Context((C.PERSONAL_INFO,), r"secret santa|party|invite|invites|invitation|soup|delivery|deliver|parcel|package|card|wedding|christmas|flowers for your mom|carpool|pick ?up order|dinner ready|for the form|for school|pizza|plumber|sign for|at the door|casserole|cookies|drop off|mechanic|jacket|reunion|class group|class gc|group chat|science group|the trip|reservations|halfway|in between|coffee spot|scrims|practice|package came|my kid|your (?:son|daughter|kids)|looking at schools|looking for a new one|since high school|ride together|sit together|walk to the park together|come down|sweetie", 0.5),
    # Gifts that are everyday treats or family arrangements.
    Context((C.GIFTS,), r"coffee|lunch|dinner|drink|food|pizza|snack|ice cream|popcorn|soup|beer|round|a copy|the book|school trip|field trip|your mom said|your dad said|ask your (?:mom|dad|parents)|with us|for your graduation|thank|thanks|won|tournament|shop has", 0.4, "everyday"),
    # Handles swapped among classmates, gamers and family.
    Context((C.PLATFORM_SWITCH,), r"class|homeroom|school|group project|project|realm|minecraft|match|gg|duo|party invite|trade|stream|same name|same as my|lost (?:your|my) number|new phone|lost my contacts|mom only lets|green bubbles|thumbs|typing|barely check|rarely open|keeps crashing|group chat is dying|making plans|follow (?:each other|you back)|in my profile|on my profile|raid|squad|clan|guild|team|ranked|lobby|tournament|scrim|trio|counsel+or|in our club|jk", 0.5, "", ("add", "ask_handle", "offer_handle", "move")),
    # Job talk among adults, family and school.
    Context((C.EXPLOITATIVE_OFFER,), r"(?:my|our|your) (?:company|employer|boss|job|aunt|uncle|mom|dad|cousin)|apply|application|interview|resume|\bcv\b|linkedin|hiring|internship|tutoring|babysitting|part time at|the library|community center|school play|auditions|relocating me|parents (?:know|said|agreed|will)|your (?:mom|dad|parents) (?:said|knows|can come|is coming|agreed)", 0.5,
            spares=("too_good",)),
    # ... but a parent brought in is: an au pair family asking the mother to read the contract.
    Context((C.EXPLOITATIVE_OFFER,), r"(?:with|to|and|ask) your (?:mom|mum|dad|parents|family)\b|your (?:mom|mum|dad|parents) (?:said|knows|can|is coming|agreed|will)", 0.3, "", ("too_good",)),
    # Pictures of things, not of the person; check-ins; screens shared for help.
    Context((C.IMAGE_REQUEST,), r"tarea|deberes|ejercicio|dever de casa|licao|exercicio|devoirs|exercice|hausaufgaben|aufgabe|(?:foto|photo|bild) (?:del|de la|do|da|du|de la|vom|von der)", 0.0),
    Context((C.IMAGE_REQUEST,), r"(?:<pic>|screenshot|scan|copy) (?:of|from) (?:the|a|an|this|that|those|these|my|his|her|our|their|grandmas)|(?:<pic>|screenshot|scan|copy) (?:of|from) your (?!<selfobj>\b)[a-z]+|(?:<pic>|selfie) from (?!your (?:bed|room))|(?:the|those|these) (?:<pic>) from|(?:upload|submit) (?:a )?(?:photo|pic)|portal|screenshot your score|(?:new|ur|your) puppy|when you (?:land|get (?:to|there|home)|arrive)|so i know (?:youre|your|you are) safe|(?:send|show) (?:me )?(?:pics?|photos?|a pic|a photo) (?:of )?(?:your|ur|the) (?:id|passport|form|license)|(?:fix|help (?:you|u) (?:with|fix)) the (?:bug|error|code|problem)|clutch|insane play|family chat|spirit day|halloween|costume|haircut|report card", 0.0),
    Context((C.IMAGE_REQUEST,), r"class|lesson|meeting|lecture|teacher|tutor|tutoring|homework|worksheet|your working|revision|tournament|anti ?cheat|exam|proctor|zoom|attendance|subs|stream(?:er|ing)?|reveal|interview|doctor|appointment|speedrun|admin|mods need|grandpa|grandma|nana|aunt|uncle|show you the|want to see your new", 0.3, "", ("live_stream", "verification")),
    Context((C.IMAGE_REQUEST,), r"make sure (?:youre|you are|its) real|be sure (?:youre|you are) real|before (?:meeting|we meet|our date|friday)|catfish|just to say hi|more (?:photos|pics) on your profile|your profile only has", 0.4, "", ("live_stream", "verification", "photo")),
    # Clothes talk for events.
    Context((C.SEXUALISATION,), r"(?:wearing|wear|outfit) (?:to|for|on) (?:the|your|prom|halloween|school|work|tomorrow|tonight|saturday|sunday|monday|friday|dinner|interview|church)\b|party|wedding|prom|halloween|interview|costume|coordinate|match|dress code|concert|the game|fancy|dress up|overdress|picture day|dance|gala", 0.2, "", ("clothing",)),
    Context((C.SEXUALISATION,), r"rated|movie|kissing scene|sleepover lol|truth or dare at|old fashioned|on the first date|our walk|squad|classmates|in vc with|said you kissed|ex lol|late bloomer|how old were you", 0.4),
    # Meetings with family, school, teams and friends in groups.
    Context((C.MEETING,), r"practice|training|rehearsal|class|lesson|club|dentist|doctor|appointment|grandma|grandpa|aunt|uncle|carpool|school run|coach|field trip|teacher|bring (?:my|your) (?:little )?(?:sister|brother)|everyone|the team|with (?:mom|dad|your mom|your dad|the group|everyone|my parents)|airport|for your flight|the con|meetup at|no need to pick me up|dads picking|moms picking|public|halfway|coffee shop|first date|squad|crew|my (?:mom|dad|moms|dads) (?:will|is|said)|drop us off|friends (?:will|are coming)|are coming too|study|cookies|bake|dinner|lunch|tacos|snacks|nurse|feel sick|server|same world|starbucks|market|flagpole|first period|rink|skatepark|the game|concert|takeout|hoodie|shift|groceries|sweetie|hun|mom said|if your mom says|disowning|i will cry|in between|food court|brothers coming|the girls over|the bar", 0.4, "logistics"),
    # Travel and leaving the phone, arranged by family or school.
    Context((C.RELOCATION,), r"(?:your |my |)(?:mom|mum|dad|parents) (?:said|says|knows|know|agreed|is coming|are coming)|after you book|booking (?:ref|reference|number)|confirmation|itinerary|refund|receipt|with us|school trip|field trip|class trip|for the holidays|thanksgiving|christmas|home for|grandma|grandpa|the beach|exam|test|cinema|movie|theatre|church|dinner table|locker|hawaii|vacation|this weather|lol this|cabin|were going|were leaving|camp|weekend away|sleepover|split|you paid for|coach said|to the game|boss|zombie|mob|respawn|dragon", 0.4),
    # Documents for legitimate purposes.
    Context((C.DOCUMENT_CONTROL,), r"school trip|class trip|mr |ms |mrs |top drawer|where you left it|in my passport", 0.3),
    # Paperwork excuses a request for a copy of an ID, not someone keeping the original.
    Context((C.DOCUMENT_CONTROL,), r"registration|league|airport check ?in|the embassy|renew|expire|application|the form|verify your age on|the bank|photo is", 0.3, "", ("send_id", "account_control")),
    # Small debts between friends.
    Context((C.DEBT_BONDAGE,), r"lunch|coffee|pizza|fries|movie|snacks|uber|gas|cab|beer|drink|field trip|for helping|homework|an explanation|an apology|one for|big time|splitwise|\d+\.\d\d|\d+ bucks|lol|lmao|haha|😂|🤣", 0.3, "everyday"),
    # Banter: "i'll kill you if you spoil the movie".
    Context((C.THREATS,), r"spoil|spoiler|movie|episode|the show|the game|match|round|cake|leftovers|fries|sweater|dinner|homework|surrender|lol|lmao|haha|😂|🤣|😤|jk|kidding|joke|group chat alive|dead meat|i swear|1v1|pvp|ranked|lobby|worry|sushi|pizza|restaurant|cats|snore|pineapple|choosing|ordering|cancel", 0.15, "banter", ("intimidation", "coercion", "deadline", "tell_on")),
    Context((C.THREATS,), r"test|exam|quiz|assignment|essay|submit|finish the|complete the|project|deadline for|ban|spam|warning for|sale|offer ends|shop|application|college|escape room|to decide|to pick|to choose", 0.2, "", ("deadline", "coercion")),
    # Adults joking about age on birthdays.
    Context((C.AGE_DECEPTION,), r"happy|birthday|bday|\d0th|anniversary|grandma|grandpa|grandparents|look (?:\d0|younger than)|restrictions|piano|credit score|marathon|knees|never too old|married|tiktok|learn|update|forgot|when i was|everyone did|if (?:youre|your) good|older than (?:most|i look)|i get that a lot|mom says", 0.3),
    # Pets, family and partners.
    Context((C.FLATTERY,), r"dog|puppy|pup|kitty|cat|pet|doggo|horse", 0.3, "", ("innocence", "appearance")),
    Context((C.FLATTERY,), r"mom|dad|mum|grandma|grandpa|nana|sis|bro|auntie|aunt|uncle|babe|honey|anniversary|husband|wife|hubby|goodnight|night night|sleep well|bestie|girls", 0.5, "", ("love_bombing",)),
    # Supportive friends and family.
    Context((C.VULNERABILITY, C.ISOLATION), r"we all love you|talk to your (?:mom|dad|parents)|(?:tell|call) (?:your|a) (?:mom|dad|teacher|counsel+or)|therapist|no matter what|proud of you", 0.4),
)  # fmt: skip


# ---- compilation ----------------------------------------------------------------
#
# Speed: every rule is split into its top-level alternatives, and each
# alternative is compiled on its own. From the parsed regex we derive the
# words any match must start with (its "anchors", e.g. "secret" or one of
# "buy|gift|spoil"); a message runs only the alternatives whose anchors begin
# one of its tokens. Anchors are found automatically, so adding a row needs
# no bookkeeping; the tests check the dispatch never hides a match.

_BOUNDED = r"(?<![a-z0-9])(?:{})(?![a-z0-9])"
_DIGIT_KEY = "#"  # anchor for "a token starting with a digit"
_DIGIT_KEYS = frozenset({_DIGIT_KEY})



def _split_alternatives(template: str) -> list[str]:
    """Top-level "|" split of a template (outside groups and character classes)."""
    parts, depth, in_class, escaped, start = [], 0, False, False, 0
    for i, ch in enumerate(template):
        if escaped:
            escaped = False
        elif ch == "\\":
            escaped = True
        elif in_class:
            in_class = ch != "]"
        elif ch == "[":
            in_class = True
        elif ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
        elif ch == "|" and depth == 0:
            parts.append(template[start:i])
            start = i + 1
    parts.append(template[start:])
    return parts


def _key(word: str) -> str:
    return word[:4]


def _is_nonword_class(items) -> bool:
    """Whether a character class can only match characters outside [a-z0-9]."""
    alnum = set("abcdefghijklmnopqrstuvwxyz0123456789")
    covered: set[str] = set()
    negate = False
    for op, av in items:
        if op is sre.NEGATE:
            negate = True
        elif op is sre.LITERAL:
            covered.add(chr(av))
        elif op is sre.RANGE:
            covered.update(chr(c) for c in range(av[0], av[1] + 1) if c < 128)
        elif op is sre.CATEGORY:
            if av is sre.CATEGORY_WORD:
                covered |= alnum
            elif av is sre.CATEGORY_DIGIT:
                covered.update("0123456789")
            elif av not in (sre.CATEGORY_NOT_WORD, sre.CATEGORY_SPACE):
                return False  # \S, \D, ... can match letters
    return alnum <= covered if negate else not (covered & alnum)


def _is_digit_class(items) -> bool:
    return any(op is sre.CATEGORY and av == sre.CATEGORY_DIGIT for op, av in items) or all(
        op is sre.RANGE and av[0] >= 48 and av[1] <= 57 for op, av in items
    )


def _rank(keys: frozenset[str]) -> float:
    """Estimated share of messages containing one of `keys`: lower is a better
    anchor (an alternative anchored on "you" would run on most messages)."""
    return sum(KEY_FREQUENCY.get(k, 0.005) for k in keys)


def _best(sets: list[frozenset[str]]) -> frozenset[str] | None:
    return min(sets, key=_rank) if sets else None


def _anchors(items, at_word_start: bool) -> tuple[list[frozenset[str]], bool]:
    """(sets of anchor keys, such that every match of `items` contains, at a word
    start, one key of each set; whether the position after `items` is surely at
    a word start)."""
    required: list[frozenset[str]] = []

    def consider(keys: frozenset[str] | None) -> None:
        if keys and all(len(k) >= 2 or k == _DIGIT_KEY or not k.isascii() for k in keys):
            required.append(keys)

    run: list[str] = []
    run_at_start = False
    for op, av in items:
        if op is sre.LITERAL and chr(av).isalnum():
            if not run:
                run_at_start = at_word_start
            run.append(chr(av))
            at_word_start = False
            continue
        if run:
            if run_at_start:
                prefix = "".join(run)
                consider(frozenset({_key(prefix)}))
                if len(prefix) < 4:  # the parser moved a shared prefix out: "l(?:ove|uv)"
                    consider(_extend(prefix, op, av))
            run = []
        if op is sre.LITERAL:
            if not chr(av).isascii():  # an emoji is a token of its own
                consider(frozenset({chr(av)}))
            at_word_start = True
        elif op is sre.SUBPATTERN:
            sets, at_word_start = _anchors(av[-1], at_word_start)
            required.extend(sets)
        elif op is sre.BRANCH:
            bests, ends = [], []
            for branch in av[1]:
                sets, end = _anchors(branch, at_word_start)
                bests.append(_best(sets))
                ends.append(end)
            if all(bests):
                consider(frozenset().union(*bests))
            at_word_start = all(ends)
        elif op in (sre.MAX_REPEAT, sre.MIN_REPEAT):
            low, _, sub = av
            sets, end = _anchors(sub, at_word_start)
            if low >= 1:
                required.extend(sets)
                at_word_start = end
            else:
                at_word_start = at_word_start and end
        elif op is sre.IN:
            if at_word_start and _is_digit_class(av):
                consider(frozenset({_DIGIT_KEY}))
            at_word_start = _is_nonword_class(av)
        elif op in (sre.AT, sre.ASSERT, sre.ASSERT_NOT):
            pass  # zero width
        else:
            at_word_start = False
    if run and run_at_start:
        consider(frozenset({_key("".join(run))}))
    return required, at_word_start


def _leading_literals(items) -> str:
    chars = []
    for op, av in items:
        if op is not sre.LITERAL or not chr(av).isalnum():
            break
        chars.append(chr(av))
    return "".join(chars)


def _extend(prefix: str, op, av) -> frozenset[str] | None:
    """Keys for a literal prefix followed by a branch or a set of single letters."""
    if op is sre.BRANCH:
        return frozenset(_key(prefix + _leading_literals(branch)) for branch in av[1])
    if op is sre.IN and all(o is sre.LITERAL for o, _ in av):
        return frozenset(_key(prefix + chr(c)) for _, c in av)
    return None


@dataclass(slots=True, eq=False)
class _Alternative:
    order: int  # position in the table: results never depend on set order
    rule: Rule | None  # None for context patterns
    regex: re.Pattern[str]
    anchors: frozenset[str] | None  # dispatch keys (None: always run)
    checks: tuple[frozenset[str], ...]  # further required keys: one of each must be present


@dataclass(slots=True)
class _CompiledContext:
    context: Context
    alternatives: tuple[_Alternative, ...]
    categories: frozenset[Category]


_ORDER = itertools.count()


def _compile_template(rule: Rule | None, template: str) -> list[_Alternative]:
    alternatives = []
    for part in _split_alternatives(template):
        pattern = _expand(part)
        sets = sorted(set(_anchors(sre_parser.parse(pattern), True)[0]), key=_rank)
        # The start-of-word check is done in Python on the (rare) matches: a
        # leading look-behind would slow down every search.
        regex = re.compile(f"(?:{pattern})(?![a-z0-9])")
        checks = tuple(sets[1:3])
        alternatives.append(
            _Alternative(next(_ORDER), rule, regex, sets[0] if sets else None, checks)
        )
    return alternatives


@lru_cache(maxsize=1)
def _compile_alternatives() -> list[_Alternative]:
    """The table, compiled once per process (every scorer shares it)."""
    return [alt for rule in RULES for alt in _compile_template(rule, rule.pattern)]


@lru_cache(maxsize=1)
def _compile_contexts() -> list[_CompiledContext]:
    return [
        _CompiledContext(
            ctx,
            tuple(_compile_template(None, ctx.pattern)),
            frozenset(ctx.categories) if ctx.categories else frozenset(MESSAGE_CATEGORIES),
        )
        for ctx in CONTEXTS
    ]


def _by_order(alternative: _Alternative) -> int:
    return alternative.order


def _at_word_start(value: str, start: int) -> bool:
    return not start or not (value[start - 1].isalnum() and value[start - 1].isascii())


def _word_matches(regex: re.Pattern[str], value: str) -> list[tuple[int, int]]:
    """Non-overlapping matches that start at a word start (a match starting inside
    a word is skipped without hiding a proper one that starts later in it)."""
    spans: list[tuple[int, int]] = []
    match = regex.search(value)
    while match is not None:
        start, end = match.span()
        if _at_word_start(value, start):
            spans.append((start, end))
            match = regex.search(value, max(end, start + 1))
        else:
            match = regex.search(value, start + 1)
    return spans


def _search(alternative: _Alternative, value: str) -> bool:
    return bool(_word_matches(alternative.regex, value))


_TOKEN = re.compile(r"[a-z0-9]+|[^\x00-\x7f]")
_NON_ASCII = re.compile(r"[^\x00-\x7f]")
_DIGIT_START = re.compile(r"(?<![a-z0-9])\d")


def _distinct_tokens(norm: Normalized) -> frozenset[str]:
    """The distinct `_TOKEN`s of a normalised message: its words (which normalisation
    has found already) and, in non-ASCII text, each non-ASCII character."""
    if norm.text.isascii():
        return norm.words
    return norm.words.union(_NON_ASCII.findall(norm.text))


def _has_number(norm: Normalized) -> bool:
    """Whether `_DIGIT_START` matches: in ASCII text, whether a word starts with a digit,
    that is whether the smallest does (digits sort before letters), cheaper than the
    regex, which tries every position of the text."""
    if norm.text.isascii():
        return min(norm.words, default="a") < "a"
    return _DIGIT_START.search(norm.text) is not None


class PatternScorer:
    """Scores message text with the pattern table (a `MessageScorer`).

    `prefilter=False` runs every alternative on every message: slower, used by
    tests to check that anchor dispatch never hides a match.
    """

    source = "pattern"

    def __init__(self, prefilter: bool = True, cache_size: int = 16384):
        self.prefilter = prefilter
        self._alternatives = _compile_alternatives()
        self._contexts = _compile_contexts()
        if any(a.anchors is None for a in self._alternatives):
            raise ValueError("every pattern needs a word it cannot match without")
        self._dispatch: dict[str, list[_Alternative]] = {}
        for alternative in self._alternatives:
            for key in alternative.anchors:
                self._dispatch.setdefault(key, []).append(alternative)
        self._dispatch_keys = frozenset(self._dispatch)
        self._context_dispatch: dict[str, list[tuple[_Alternative, int]]] = {}
        for index, ctx in enumerate(self._contexts):
            for alternative in ctx.alternatives:
                for key in alternative.anchors:
                    self._context_dispatch.setdefault(key, []).append((alternative, index))
        useful = set(self._dispatch) | {k for a in self._alternatives for c in a.checks for k in c}
        for ctx in self._contexts:
            for alternative in ctx.alternatives:
                useful |= alternative.anchors | {k for c in alternative.checks for k in c}
        self._useful = frozenset(useful)
        self._token_keys = lru_cache(maxsize=1 << 16)(self._keys_of_token)
        # Chat reuses a few pattern words, so the same key set comes back often.
        self._candidates_of = lru_cache(maxsize=4096)(self._candidates)
        self._cached = lru_cache(maxsize=cache_size)(self._score) if cache_size else self._score

    def _keys_of_token(self, token: str) -> tuple[str, ...]:
        return tuple({token[:4], token[:3], token[:2]} & self._useful)

    def score(self, text: str) -> list[MessageSignal]:
        return list(self._cached(text))

    def score_batch(self, texts: Sequence[str]) -> list[list[MessageSignal]]:
        cached = self._cached
        return [list(cached(t)) for t in texts]

    @staticmethod
    def _message_keys(value: str) -> set[str]:
        """Dispatch keys of a message: 2-4 letter prefixes of its tokens."""
        tokens = _TOKEN.findall(value)
        keys = {prefix for t in tokens for prefix in (t[:4], t[:3], t[:2])}
        if _DIGIT_START.search(value):
            keys.add(_DIGIT_KEY)
        return keys

    def _useful_keys(self, norm: Normalized) -> frozenset[str]:
        """The message keys that some pattern uses (per-token results are cached,
        as chat reuses the same words)."""
        keys = frozenset(itertools.chain.from_iterable(map(self._token_keys, _distinct_tokens(norm))))
        if _has_number(norm):
            keys |= _DIGIT_KEYS
        return keys

    def _candidates(self, keys: frozenset[str]) -> tuple[_Alternative, ...]:
        """The alternatives whose required keys are all among `keys`, in table order."""
        dispatch = self._dispatch
        found: set[_Alternative] = set()
        for key in keys & self._dispatch_keys:
            found.update(dispatch[key])
        candidates = []
        for alternative in found:
            for check in alternative.checks:
                if check.isdisjoint(keys):  # iterates the smaller of the two sets
                    break
            else:
                candidates.append(alternative)
        candidates.sort(key=_by_order)
        return tuple(candidates)

    def _score(self, text: str) -> tuple[MessageSignal, ...]:
        norm = normalize(text)
        value = norm.text
        if self.prefilter:
            keys = self._useful_keys(norm)
            candidates = self._candidates_of(keys)
        else:
            keys = self._message_keys(value)
            candidates = self._alternatives
        found: list[tuple[Rule, int, int]] = []
        for alternative in candidates:
            if alternative.regex.search(value) is not None:  # most candidates miss
                for start, end in _word_matches(alternative.regex, value):
                    found.append((alternative.rule, start, end))
        if not found:
            return ()
        return tuple(self._finish(norm, keys, found))

    def _adjustments(self, value: str, keys: frozenset[str] | set[str], fired: set[Category]) -> list[_CompiledContext]:
        """The context rows that apply to a message in which `fired` categories fired."""
        if self.prefilter:
            candidates: dict[int, tuple[_Alternative, int]] = {}
            dispatch = self._context_dispatch
            for key in keys:
                for alternative, index in dispatch.get(key, ()):
                    if not self._contexts[index].categories.isdisjoint(fired):
                        candidates[alternative.order] = (alternative, index)
            ordered = [candidates[order] for order in sorted(candidates)]
        else:
            ordered = [(alt, i) for i, ctx in enumerate(self._contexts) for alt in ctx.alternatives]
        applied: set[int] = set()
        for alternative, index in ordered:
            if index in applied or self._contexts[index].categories.isdisjoint(fired):
                continue
            if self.prefilter and any(c.isdisjoint(keys) for c in alternative.checks):
                continue
            if _search(alternative, value):
                applied.add(index)
        return [self._contexts[i] for i in sorted(applied)]

    def _finish(
        self, norm: Normalized, keys: frozenset[str] | set[str], found: list[tuple[Rule, int, int]]
    ) -> list[MessageSignal]:
        fired = {rule.category for rule, _, _ in found}
        adjustments = self._adjustments(norm.text, keys, fired)
        best: dict[tuple[Category, str], MessageSignal] = {}
        for rule, start, end in found:
            strength, detail = rule.strength, rule.detail
            for ctx in adjustments:
                c = ctx.context
                if (rule.category in ctx.categories and (not c.details or rule.detail in c.details)
                        and rule.detail not in c.spares):
                    strength *= c.factor
                    detail = c.detail or detail
            if strength <= 0.0:
                continue
            a, b = norm.span_to_original(start, end)
            evidence = norm.original[a:b].strip()
            if evidence != norm.original[a:b]:  # keep the span equal to the evidence
                a += len(norm.original[a:b]) - len(norm.original[a:b].lstrip())
                b = a + len(evidence)
            signal = MessageSignal(
                rule.category, round(min(strength, 1.0), 3), a, b, evidence, "pattern", detail
            )
            key = (rule.category, detail)
            if key not in best or signal.strength > best[key].strength:
                best[key] = signal
        return sorted(best.values(), key=lambda s: (s.start, -s.strength))
