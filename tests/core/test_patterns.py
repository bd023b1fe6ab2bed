"""The pattern table: every message category fires on varied phrasings, stays
quiet (or weak) on look-alikes from everyday life, and points at the words
actually written."""

from __future__ import annotations

from pathlib import Path

import orjson
import pytest

from watchkeeper.core.patterns import PatternScorer
from watchkeeper.core.signals import MESSAGE_CATEGORIES, Category, MessageScorer

C = Category
WEAK = 0.3  # a look-alike may fire at most this strongly

POSITIVES: dict[Category, list[str]] = {
    C.AGE_PROBING: [
        'ur in yr 7 right?',
        'how tall are you? and how old, the agencies always ask',
        'cool cool. and how old?',
        "hey how old r u?",
        "so what grade are you in",
        "asl?",
        "u like 13 or 14?",
        "be honest, how 0ld are you really",
        "are u even a teen yet lol",
    ],
    C.PERSONAL_INFO: [
        'what time do u have to log off on school nights',
        'do ur mum and dad come to every match?',
        'whos usually at home when u get back',
        'does ur dad usually come with u to training?',
        'what yard do u ride at, which days r u usually there',
        'wheres ur mum',
        'who drives u to training, does ur dad stay and watch?',
        'what time does ur mum normally get back',
        'does she work nights?',
        'u go to st marks right?',
        'film it in ur room with the door shut',
        'what time do u usually get in from school',
        'r u on ur own after school?',
        'so u got the house to urself tonight 😉',
        'what time is he out till tonight',
        'is ur family ok for money rn?',
        'wheres ur new flat, same area?',
        'alone?',
        "what school do u go to?",
        "whats ur address, i wanna send u something",
        "r u home alone rn?",
        "when do ur parents get back from work",
        "do u have ur own room?",
        "send me ur location pin",
        "whats ur real name tho",
        'r u home? whos there',
        'whos usually home when u get back from school',
    ],
    C.SECRECY: [
        'say ur charging it and keep it under ur pillow',
        'dont save my name in ur phone',
        'only use this phone for me',
        'just grab it, snap a pic and put it back before she notices',
        "dont mention it to the rest of the team yet, they'll be jealous",
        'lets video call later, just us',
        "tell ur parents its a summer camp so they dont worry",
        "this stays between us ok? dont tell ur mom",
        "keep our chats a secret",
        "delete our convo after u read it",
        "no one needs to know about us",
        "if anyone asks, im just a friend from school",
        "d0nt t3ll any1 🤫",
        "it is better that you do not discuss the details with your social worker",
        'keep the management thing quiet for now, other creators get jealous',
        'do ur friends know u talk to me?',
        "dont tell your key worker, they'll make it complicated",
        'dont talk to people from the church about this job',
    ],
    C.ISOLATION: [
        'parents always make it awkward, just come on ur own',
        'ur real family is the one u choose',
        "dont bring ur parents into this, they'll ruin it",
        "he's just trying to control u",
        'she only wants to keep tabs on u, thats not love',
        'u dont need to bother ur parents with it',
        'parents always say no to good things',
        "they prefer you dont contact your family too often in the first months",
        "ur parents dont understand u like i do",
        "ur friends are fake, u dont need them",
        "nobody gets u the way i do",
        "stop hanging out with them, theyre holding u back",
        "im the only one who really cares about you",
    ],
    C.PLATFORM_SWITCH: [
        "lets move to snap, its more private there",
        "add me on d i s c o r d where no one can see",
        "this app is monitored, text me on telegram",
        "whats ur wa? we can talk better there",
        "download signal, the messages disappear",
        'u on session?',
    ],
    C.FLATTERY: [
        'ur proper good looking tbh',
        'has nobody scouted u yet?? ur face is so editorial',
        "ur so mature for ur age",
        "ur not like other girls, ur special",
        "ur sooooo pretty omg",
        "i think im falling for u",
        "u could totally be a model",
        "heyy cutie 😘",
        "hi gorgeous",
    ],
    C.GIFTS: [
        'id like to send u a little something for ur birthday',
        "i'll pay for the upgrade, only thing i ask is a small favour",
        'just sent a 15 steam card to ur email, enjoy',
        'ive loaded 10 on a roblox card for u',
        'i could chip in 100 a month towards ur phone, no strings',
        'want builder rank? i only give it to the good ones',
        "i'll make u a mod on my server",
        'its free if u help me with something',
        "i'll buy u a new phone",
        "want free robux? i can send u 1000",
        "i can send u money for ur bus",
        "i'll get u that skin u wanted",
        "i sent u a gift card, check ur inbox",
        "i'll get u a new phone if u send me one pic",
    ],
    C.EXPLOITATIVE_OFFER: [
        'i can bring u over to the uk, the job is waiting',
        'free portfolio shoots for new faces this month',
        'run a few bits to my mates after school',
        'u just open a couple more accounts in ur name, banks dont look twice at students',
        "bring a parcel back for my mate, i'll cover the hotel",
        'drop off a few parcels for my boys after school, easy cash',
        "we'd love to do a free shoot with u",
        'no papers no worries, u can start tmrw',
        'u stay at the house with the other workers, its close to the site',
        'we have work for u in a hotel abroad, 1900 euro a month, room and food included',
        'promo girls wanted, 300 a night, no experience needed',
        'salary 2800 monthly tax free, we cover ur flights',
        "i can get u a modelling job in the city, flights paid",
        "easy money, no experience needed",
        "job abroad, housing included, just say yes",
        "im a talent scout, u have star potential",
        "my friend's club is looking for new girls, pays cash",
        "we're casting new faces for a campaign in the city, paid 2000 a week",
        "we need hostesses in dubai, it pays 4000 usd per month tax free",
        "ever thought about modelling? i do portfolios for new faces",
        "the contract is written in dutch but it is standard, you just sign",
        "i like to spoil someone who's good company. dinners, a monthly allowance",
        'i manage small creators and get them to affiliate fast',
        'first thing i do with new creators is a private test stream',
    ],
    C.IMAGE_REQUEST: [
        'send me some test pics first so i can plan',
        "send me a pic of u rn",
        "can i see more pics? just for me",
        "turn on ur cam",
        "do a private show on cam for me",
        "send a selfie in ur pjs",
        "pics for pics?",
        "heyy wanna trade p!cs? 🙈",
    ],
    C.SEXUALISATION: [
        "what are u wearing right now",
        "have u ever kissed anyone?",
        "u'd look so hot in that",
        "are u alone in ur room rn",
        "lets play truth or dare, the dirty version",
    ],
    C.MEETING: [
        "lets meet up this weekend, just u and me",
        "come alone, dont bring anyone",
        "i'll pick u up after school",
        "meet me at the park tonight",
        "can u sneak out?",
    ],
    C.RELOCATION: [
        'the only way to heal is distance, we have a free place for you',
        'theres always a sofa for u at ours',
        'we both dropped out and never looked back',
        'staff dont keep phones here, u hand it in',
        'i left home when i was 15 and never looked back',
        'if things get bad at home u can always come stay at mine',
        'its 2 hours on the train, ill book the ticket',
        'no rules no parents, its the best',
        'we could just leave, just you and me',
        'honestly u can stay at mine. spare room, no rules',
        'we got a spare bed',
        "we send the ticket, just get on the bus friday",
        "just run away with me, we'll start a new life",
        "leave ur phone at home so they cant track u",
        "i'll pay for ur bus ticket, come live with me",
        "pack a bag and come to the city",
        "u can stay with me, my door is always open",
        "phones are not needed in the fields, the company gives a shared one",
        "bring only a small bag, no need for phone, we give you a new one",
        "then get out. i'll pay ur coach to leeds tomorrow",
        "u can have my spare room, stay at ours as long as u want",
        'theres a spare mattress at ours. u could stay a few nights, see how it feels',
        'u can crash at the studio, stay as long as u want',
        'switch ur ipad off, they can find it with icloud',
    ],
    C.DOCUMENT_CONTROL: [
        'bring ur bank card, we set up the account for u',
        'i need a clear photo of ur passport for the system',
        "bring your id card, the boss holds it",
        "send a copy of ur id and we keep ur passport for registration",
        "give me ur passport, i'll keep it safe for u",
        "the boss keeps everyone's passports, its normal",
        "u wont need ur id here, i have it",
        "ur papers stay with me till the contract ends",
        "the host family keeps your passport during your stay, its how they do it here",
        "your passport stays in the office for security",
        'also bring your bank card and the pin, the boss pays wages in',
        'we take care of everything, u just bring ur passport',
        'bring your passport to dinner, my assistant will book everything and hold it',
    ],
    C.DEBT_BONDAGE: [
        'we keep the wages safe till the end of the season',
        'wages we keep till the end of the month, is normal',
        'we hold ur wages till the end of the season',
        'the boss pays me direct, u get ur share later',
        "you can come home after you pay the ticket and the room back",
        "u owe me for everything i bought u",
        "u gotta work it off",
        "ur debt keeps growing, rent and food add up",
        "the room isnt free, u pay with ur time",
        "transport and registration 650 euro, we pay now and you return from first salaries",
        "the cost of the flight will be deducted from your salary",
        "we arrange visa and ticket, you pay it back later from your wages",
        "i advance your bus ticket 600, you pay 200 every week from salary",
        "u pay him back the flight from tips, takes like 2 weeks",
        'agent fee 1500 for finding this job, we take from your pay each week',
        'no problem i pay bus and everything, you give back from work',
    ],
    C.THREATS: [
        "send more or i'll post ur pics everywhere",
        "pay me or ur parents see everything",
        "u have 24 hours",
        "i know where u live",
        "if u block me i'll send the video to ur whole school",
    ],
    C.AGE_DECEPTION: [
        "age is just a number",
        "im actually 24, i hope thats ok",
        "i lied about my age bc ppl judge",
        "our age gap doesnt matter",
        "im a bit older than i said lol",
    ],
    C.VULNERABILITY: [
        "ur sad again? come to me, i'll take care of u",
        "no one else cares about u like i do",
        "i'll get u out of there, just say the word",
        "i'll be the family u never had",
    ],
}

NEGATIVES: dict[Category, list[str]] = {
    C.AGE_PROBING: [
        'and how old is your brother now?',
        "how old is ur brother turning? getting candles",
        "how old were you when you got your first phone?",
        "the house is 80 years old",
        "age is just a number lol",
    ],
    C.PERSONAL_INFO: [
        "youth worker: who's at home with you while your mum's in hospital?",
        "wheres ur mum's birthday card, did u sign it",
        'u go to my school?',
        'whereabouts do u live, im north side',
        'you go to dance school right?',
        'whats the address for the sleepover? my mom is driving me',
        'wheres the new place u wanted to try for lunch',
        'going to the cinema alone?',
        "im home alone tonight, pizza and movies",
        "ur not alone, we all love u",
        "can u send me ur address for the secret santa",
        "does anyone have maya's number?",
        "my gf is mad at me lol",
        "is mom home? i need to ask her about sunday lunch",  # family ask for "mom", not "your mom"
        'r u home yet? dinners ready',
        'who is home tonight, dad or mum? i need the car',
    ],
    C.SECRECY: [
        'dont tell the other team our strat lol',
        'its just us at the party tonight, bring snacks',
        "tell him its just a game lol",
        "mum he said it was our secret",  # a disclosure, reported speech
        "tell them it is a bit late, we will come tomorrow",
        "don't tell her about the surprise party!",
        "has anyone asked you to keep secrets?",
        "if someone asks you to keep a secret from your parents, tell a trusted adult",
        "pls dont spoil the ending, we're watching friday",
        "delete that pic of me lol i look so bad",
        "we snuck past the guards without getting caught lol",
        "please do not discuss the salary offer with other candidates",
        'does your mum know ur coming to practice?',
        'keep the party plan quiet from dad lol',
        "don't reply to them any more, but don't delete the messages, they are evidence",
    ],
    C.ISOLATION: [
        'i know ur mom is strict but she loves u',
        'my mum is so controlling about screen time lol',
        'please ask your parents to sign the form',
        'the controls on this game are impossible to control',
        "dont call your mum too often from camp, she said it makes you homesick lol",
        "my parents dont understand me lol",
        "ur not alone, talk to ur mom about it",
        "parents just dont get tiktok",
        'lol u mean u need me to do it',
    ],
    C.PLATFORM_SWITCH: [
        "i love this app",
        "whats ur favourite game?",
        "report button is at the top right",
        'same time next session?',
        'ready for our session?',
    ],
    C.FLATTERY: [
        "ur dog is so cute",
        "ur pretty good at this game",
        "the cake looks amazing",
        "you look pretty tired",
        "hey can u cover my shift, cutie pie is sick",
    ],
    C.GIFTS: [
        'i sent the invoice to ur email',
        'gg, thanks for making me mod!',
        "thanks for the gift card aunt mel",
        "won 1000 vbucks in the tournament lol",
        "i dont want robux from u",
        'bring some beats on your phone if you want to play them',
    ],
    C.EXPLOITATIVE_OFFER: [
        'police: never let anyone use your bank account to move money',
        'can u bring the parcel in from the doorstep',
        'chat with the customers at the till and stack shelves, its a saturday job',
        'u share the tent with the other girls from the squad',
        'the cafe job is 9 an hour, no experience needed, ask ur mum to sign the form',
        'pocket money 280/month, the family pays the flight, please read the contract with your mum',
        'thanks for applying! its 11.50 an hour, interview on monday',
        "i got a job at the movie theater lol",
        "headline: teen lured with fake modelling job, police warn parents",
        "my company is relocating me to berlin",
        "i make 600 a week at the warehouse lol",
        "the school is running an awareness campaign about online scams",
        "the contract is attached in english, your manager can review it",
        "bilingual agreement, english and german, read it with your mum first",
        'my monthly allowance from dad is 20 lol',
        'same babe. we need a sugar daddy lol',
        'i manage the school football team',
        'can i take you on at chess later',
    ],
    C.IMAGE_REQUEST: [
        "send me a pic of the worksheet pls",
        "send a pic of the receipt",
        "send me a pic of the dog!!",
        "wanna trade pets? my dragon for ur unicorn",
        "this guy keeps asking me to send pics, what do i do",
        "can u send the pics from the party",
        "turn on your cameras for the zoom class please",
        "send me a pic when you land so i know ur safe",
        "trade pics of ur base? mine has a moat",
        'ready for our tutoring? turn your camera on so i can see your working',
    ],
    C.SEXUALISATION: [
        "what are you wearing to the party saturday?",
        "the movie is rated pg for one kissing scene",
        "what r u wearing for halloween",
    ],
    C.MEETING: [
        "field trip meet in the school parking lot at 7:30",
        "dad's picking us up after the concert, meet by the gate",
        "lets meet at the library to study, jess and sam are coming too",
        "come alone or bring lea?",
        "ur mum doesnt need to stay for the whole practice, pickup is at 5",
    ],
    C.RELOCATION: [
        'i left home at 18 for uni and it was fine',
        'no rules in this lobby lol, just vibes',
        'gran has the spare room ready for your visit, ask mum which weekend suits',
        "we send the tickets to your email after you book",
        "i wanna run away to hawaii lol this weather",
        "my brother is moving out to his own apartment",
        "school trip forms say leave phones at home",
        "pack a bag, we're going to grandma's this weekend",
        "no need for your phone during the exam, lockers are outside",
        "coach said the bus leaves at 7 for the away game",
        "grandma says you can have the spare room when you visit",
        'your mum can stay a few nights when she visits',
        "you can stay at grandma's a few nights over easter",
    ],
    C.DOCUMENT_CONTROL: [
        'we need a scan of your passport, upload it on the hr portal',
        "ms k keeps the passports during the school trip",
        "send a copy of your passport for the league registration",
        "don't forget your passport, we fly at 6am",
        "my passport expired, renewing it before summer",
        "bring a copy of your id for the league registration",
        "your passport is in the top drawer where you left it",
        "keep your passport in the hotel safe, not in your bag",
        "the airline keeps your passport number on file for check in",
    ],
    C.DEBT_BONDAGE: [
        "i still owe u for the movie, remind me",
        "u owe me 5 bucks for lunch lol",
        "u owe me one for helping with ur homework 😂",
        "the staff room is deducted on your payslip at the legal limit",
        "your train fare is refunded with your first pay",
        "tax and pension come out of your salary automatically",
        'tax and pension come out of your pay automatically',
        'your pay goes straight to your bank on the 28th',
    ],
    C.THREATS: [
        "i'll kill you if you spoil the movie",
        "last chance to surrender lol",
        "you have 2 hours to finish the test",
        "i'm gonna destroy u in 1v1",
        "send me a pic when ur at the station so i know where u are",
    ],
    C.AGE_DECEPTION: [
        "my brother is 20 and dates a 21 yr old",
        "happy 40th!! age is just a number, u look 30 😂",
        "age restrictions exist for a reason, dont lie about ur age online",
    ],
    C.VULNERABILITY: [
        "i'm always here for you, no matter what. love you, see you at dinner",
        "i'll save u some cookies",
        "ur sad? talk to ur mom about it, she loves u",
    ],
}

# Look-alikes named in the design brief: these categories may fire, but only weakly.
WEAK_ONLY = [
    ("add me on discord for the raid", C.PLATFORM_SWITCH),
    ("don't tell her about the surprise party", C.SECRECY),
    ("what time do u get home from school? dinner's at 6", C.PERSONAL_INFO),
    ("don't tell your brother it was 20 😉 he only got 15 at your age", C.SECRECY),
    ("mum said you can stay at ours after the party", C.RELOCATION),
]


def test_a_secret_from_parents_is_no_sibling_secret(scorer):
    assert strongest(scorer, "dont tell ur sister or ur mom about me", C.SECRECY) >= 0.6


@pytest.fixture(scope="module")
def scorer() -> PatternScorer:
    return PatternScorer()


def strongest(scorer: PatternScorer, text: str, category: Category) -> float:
    return max((s.strength for s in scorer.score(text) if s.category is category), default=0.0)


def test_every_message_category_is_covered():
    assert set(POSITIVES) == set(MESSAGE_CATEGORIES) == set(NEGATIVES)


def test_is_a_message_scorer(scorer):
    assert isinstance(scorer, PatternScorer)
    as_protocol: MessageScorer = scorer
    assert as_protocol.score_batch(["send me a pic", "hi"]) == [scorer.score("send me a pic"), []]


@pytest.mark.parametrize(
    "category, text", [(c, t) for c, texts in POSITIVES.items() for t in texts]
)
def test_positive(scorer, category, text):
    assert strongest(scorer, text, category) >= 0.35, scorer.score(text)


@pytest.mark.parametrize(
    "category, text", [(c, t) for c, texts in NEGATIVES.items() for t in texts]
)
def test_hard_negative(scorer, category, text):
    assert strongest(scorer, text, category) <= WEAK, scorer.score(text)


@pytest.mark.parametrize("text, category", WEAK_ONLY)
def test_fires_only_weakly(scorer, text, category):
    assert 0.0 < strongest(scorer, text, category) <= WEAK + 0.05


def test_surprise_secrecy_is_labelled(scorer):
    signals = [s for s in scorer.score("don't tell her about the surprise party") if s.category is C.SECRECY]
    assert signals and all(s.detail == "surprise" for s in signals)


@pytest.mark.parametrize(
    "text, category, detail",
    [
        ("what school do u go to", C.PERSONAL_INFO, "school"),
        ("whats ur address", C.PERSONAL_INFO, "address"),
        ("whats ur number", C.PERSONAL_INFO, "phone"),
        ("whats ur real name", C.PERSONAL_INFO, "real_name"),
        ("when do ur parents leave for work", C.PERSONAL_INFO, "parents_away"),
        ("r u home alone?", C.PERSONAL_INFO, "home_alone"),
        ("do u have ur own room", C.PERSONAL_INFO, "own_room"),
        ("what bus do u take home", C.PERSONAL_INFO, "routine"),
        ("what u doing after school", C.PERSONAL_INFO, "routine"),
        ("turn on ur cam", C.IMAGE_REQUEST, "live_stream"),
        ("come alone", C.MEETING, "come_alone"),
        # Phrasings as typed, with the verb or the rest of the question dropped.
        ("aw. parents around?", C.PERSONAL_INFO, "parents_away"),
        ("ur mum home rn?", C.PERSONAL_INFO, "parents_away"),
        ("nice. wat school", C.PERSONAL_INFO, "school"),
        ("which city r u in", C.PERSONAL_INFO, "location"),
        ("u have a gf?", C.PERSONAL_INFO, "relationship"),
        ("can u talk late without getting caught lol", C.SECRECY, "not_caught"),
        ("so we dont get caught by ur mom", C.SECRECY, "not_caught"),
        ("ur mum doesnt need to come, ill drive u back", C.MEETING, "come_alone"),
        ("wanna trade pics? ill go first", C.IMAGE_REQUEST, "trade"),
        ("the employer pays and takes it back from ur salary", C.DEBT_BONDAGE, "salary_deduction"),
        ("u just pay him back the flight from the first couple weeks", C.DEBT_BONDAGE, "salary_deduction"),
    ],
)
def test_details_name_the_sub_kind(scorer, text, category, detail):
    assert detail in {s.detail for s in scorer.score(text) if s.category is category}


@pytest.mark.parametrize(
    "text",
    [t for texts in POSITIVES.values() for t in texts]
    + ["Heyyy ur SOOOO pretty 😍 send me a p1c rn", "d0nt  t3ll\u200b any1 ok?? 🤫", "ѕеnd mе а рiс"],
)
def test_evidence_is_the_original_text(scorer, text):
    for signal in scorer.score(text):
        assert signal.evidence == text[signal.start : signal.end]
        assert signal.evidence and signal.evidence == signal.evidence.strip()
        assert 0.0 < signal.strength <= 1.0
        assert signal.source == "pattern" and signal.detail


def test_evidence_of_a_disguised_request(scorer):
    text = "hey cutie, add me on sn@p 👻 its more private"
    evidence = {s.category: s.evidence for s in scorer.score(text)}
    assert evidence[C.PLATFORM_SWITCH] in ("add me on sn@p", "its more private")


def test_batch_matches_single(scorer):
    texts = [t for texts in POSITIVES.values() for t in texts[:2]] + ["hello", ""]
    assert scorer.score_batch(texts) == [scorer.score(t) for t in texts]


def test_empty_and_odd_input(scorer):
    for text in ["", " ", "\u200b\u200b", "🤫", "1234567890", "a" * 4000, "?!?!"]:
        for signal in scorer.score(text):
            assert signal.evidence == text[signal.start : signal.end]


def test_deterministic_and_cached(scorer):
    text = "keep this our little secret, send me a pic"
    first = scorer.score(text)
    assert PatternScorer().score(text) == first
    assert scorer.score(text) == first
    first.clear()  # callers may mutate the list they get
    assert scorer.score(text)


def dispatch_corpus() -> list[str]:
    texts = [t for texts in list(POSITIVES.values()) + list(NEGATIVES.values()) for t in texts]
    train = Path(__file__).resolve().parents[2] / "data" / "train" / "messages.jsonl"
    if train.exists():
        with train.open("rb") as handle:
            texts += [orjson.loads(line)["text"] for line in handle if line.strip()]
    return texts


def test_anchor_dispatch_never_hides_a_match():
    """Running only the patterns whose anchor words occur gives the same signals
    as running every pattern on every message."""
    fast, full = PatternScorer(), PatternScorer(prefilter=False)
    for text in dispatch_corpus():
        assert fast.score(text) == full.score(text), text


# The strongest signs in Spanish, Portuguese, French and German: a conversation in
# another language must not be invisible (accents and apostrophes are normalised away).
OTHER_LANGUAGES = [
    ("cuantos años tienes?", C.AGE_PROBING),
    ("quantos anos você tem", C.AGE_PROBING),
    ("t'as quel âge ?", C.AGE_PROBING),
    ("wie alt bist du", C.AGE_PROBING),
    ("tus papás revisan tu celular?", C.PERSONAL_INFO),
    ("tu es seule à la maison ce soir ?", C.PERSONAL_INFO),
    ("no les digas nada a tus papás, es nuestro secreto", C.SECRECY),
    ("melhor não contar à tua mãe ainda", C.SECRECY),
    ("ne le dis pas à tes parents", C.SECRECY),
    ("borra el chat cuando lo leas", C.SECRECY),
    ("sag es niemandem", C.SECRECY),
    ("as mães não entendem", C.ISOLATION),
    ("pásate a whatsapp, aquí no", C.PLATFORM_SWITCH),
    ("on passe sur sn@p ?", C.PLATFORM_SWITCH),
    ("mándame una foto tuya, solo para mí", C.IMAGE_REQUEST),
    ("envoie une photo de toi, juste pour moi", C.IMAGE_REQUEST),
    ("eres muy madura para tu edad", C.FLATTERY),
    ("sinon je l'envoie à toute ta classe", C.THREATS),
    ("si no me mandas más fotos se las mando a toda tu clase", C.THREATS),
    ("tens até amanhã", C.THREATS),
    ("traz o teu passaporte, a agência guarda para os contratos", C.DOCUMENT_CONTROL),
    ("pagamos a passagem e o apartamento, ganhas 3000 por mês", C.EXPLOITATIVE_OFFER),
    ("pagas a passagem com o teu trabalho", C.DEBT_BONDAGE),
    ("vete de casa, vente conmigo", C.RELOCATION),
    ("komm allein", C.MEETING),
]
OTHER_LANGUAGE_LOOK_ALIKES = [
    ("cuantos años cumple tu abuela?", C.AGE_PROBING),
    ("quel âge a ton frère ?", C.AGE_PROBING),
    ("no le digas a mamá lo de la fiesta sorpresa", C.SECRECY),
    ("ne dis rien à personne pour la fête surprise de maman", C.SECRECY),
    ("mándame la foto de la tarea de mate", C.IMAGE_REQUEST),
    ("envoie moi une photo du devoir de maths", C.IMAGE_REQUEST),
    ("sinon on rate le bus lol", C.THREATS),
    ("le mando a todos el link del torneo", C.THREATS),
    ("se nao vier eu mando o convite pra todo mundo", C.THREATS),
    ("sinon j'envoie l'invitation à tout le monde", C.THREATS),
    ("bring pass and lunch money for the trip", C.DOCUMENT_CONTROL),
]


@pytest.mark.parametrize("text, category", OTHER_LANGUAGES)
def test_strong_signs_in_other_languages(scorer, text, category):
    assert strongest(scorer, text, category) >= 0.5


@pytest.mark.parametrize("text, category", OTHER_LANGUAGE_LOOK_ALIKES)
def test_look_alikes_in_other_languages_stay_weak(scorer, text, category):
    assert strongest(scorer, text, category) <= WEAK
