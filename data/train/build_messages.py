"""Build data/train/messages.jsonl, the training/tuning message corpus.

Every text below is hand-written. Blocks are grouped by what they exercise:
`pos(cat, ...)` holds offender messages whose main warning sign is `cat`,
`neg(cat, ...)` holds hard negatives that look like `cat` on the surface but
are everyday traffic, and `benign(...)` holds ordinary chat.

Block line format: "<c> <text>" where <c> is the context letter
(s = social, g = gaming, d = dating). A positive line may end with
" ##cat_a,cat_b" to add further categories actually present in it.

Run: python data/train/build_messages.py  (writes messages.jsonl, prints counts)
"""

from __future__ import annotations

import json
import random
import re
import sys
from collections import Counter
from pathlib import Path

CATEGORIES = (
    "age_probing", "personal_info", "secrecy", "isolation", "platform_switch",
    "flattery", "gifts", "exploitative_offer", "image_request", "sexualisation",
    "meeting", "relocation", "document_control", "debt_bondage", "threats",
    "age_deception", "vulnerability_exploitation",
)
CONTEXTS = {"s": "social", "g": "gaming", "d": "dating"}
# (kind, look-alike/main category or "", context, text, categories)
RECORDS: list[tuple[str, str, str, str, tuple[str, ...]]] = []


def _lines(block: str):
    for raw in block.strip("\n").splitlines():
        line = raw.strip()
        if not line or line.startswith("//"):
            continue
        ctx, _, text = line.partition(" ")
        if ctx not in CONTEXTS or not text.strip():
            raise ValueError(f"bad line (needs 's|g|d text'): {raw!r}")
        yield CONTEXTS[ctx], text.strip()


def pos(cat: str, block: str) -> None:
    for ctx, text in _lines(block):
        extra: tuple[str, ...] = ()
        if "##" in text:
            text, _, tail = text.rpartition("##")
            text = text.rstrip()
            extra = tuple(c.strip() for c in tail.split(",") if c.strip())
        cats = tuple(dict.fromkeys((cat, *extra)))
        RECORDS.append(("positive", cat, ctx, text, cats))


def neg(lookalike: str, block: str) -> None:
    for ctx, text in _lines(block):
        if "##" in text:
            raise ValueError(f"hard negatives carry no categories: {text!r}")
        RECORDS.append(("hard_negative", lookalike, ctx, text, ()))


def benign(block: str) -> None:
    for ctx, text in _lines(block):
        RECORDS.append(("benign", "", ctx, text, ()))


# ---------------------------------------------------------------- age_probing
pos("age_probing", """
s hey how old r u
s asl?
s a/s/l lol
s u look young, whats ur age
s wait how old are you actually
s what grade r u in
s r u in middle school or high school?
s so ur like 12 or 13?
s u still in school right? what year
s hmm ur pfp looks young, u 14?
s how old did u say u were again
s when is ur bday? how old u turning
s r u even a teen yet haha
s ur in 7th grade? cute
s age? just curious
s u sound young, like 8th grade young
s hold on r u under 16
s r ur parents strict? how old r u
s be honest how old r u, i wont judge
s u got braces? u must be young lol
s i bet ur like thirteen
s what year were u born
s how old r u, im 15 btw ##age_deception
s are u old enough to drive or nah
s u in year 8 or year 9?
s do u still go to primary or r u in secondary now
s ur voice in the vid sounded young, how old?
s so ur not 18 yet right? thats fine
s u look about 14 in ur pics am i right
s what age r u? dont lie lol
s u one of those 2010 babies?
s hw old ru
s how old r u turning this yr
s ur a freshman right?
s still in junior high?
s u seem mature but how old r u really ##flattery
s how old r u? u seem so grown up ##flattery
s ur 13?? no way u seem older ##flattery
g how old r u btw
g u sound young on vc lol how old
g bro ur voice hasnt even dropped, u like 12?
g what grade r u in kid
g r u allowed to play this game at ur age lol how old
g how old r u? u play like a pro
g ur squeaky on mic haha whats ur age
g u on summer break? what grade u going into
g age check lol how old r u
g yo r u under 13 or nah
g is this ur moms account or urs? how old r u
g how old r u, u gotta be young with that skin
g wait ur in middle school? thats so cool
g whats ur age fr, asking for the team ;)
g u on ur parents ps4? how old r u
g u homeschooled or what grade r u in
g r u a kid? u type like a kid lol
g how old r u, 11? 12?
g u in 6th or 7th
g ur 10?? dang ur good at this
g whats ur birth year for real
g lil bro how old r u
g u got school tmr? what grade
g a$l? lol
g how 0ld r u
g u older than 14?
g hey quick q how old r u, im 14 so its cool ##age_deception
d ur profile says 18 but u look younger, how old really
d how old are you really? your pics look like you're still in school
d u sure ur 18? u look 15 haha
d r u in high school? its ok u can tell me
d whats ur real age, i promise it doesnt matter to me ##age_deception
d u look so young, how old r u actually
d so u still live with ur parents? how old r u
d u said 19 but be honest, younger right?
d what year of school r u in? or r u done
d how young r u exactly lol
d are you even legal? lol just asking
d u seem young which i like. how old?
d ur not 16 are u? lol jk... unless
d u still have a curfew? how old r u
d your bio says 18 but u mentioned homework, so what age r u
d how old did u say? i forgot
d age? i like em young ngl
d tell me ur real age, we both know the app age is fake
d r u a junior or senior
d i bet ur the youngest on this app lol how old
d so ur 15? thats cool i dont mind ##age_deception
d u under 18? thats fine, no one has to know ##secrecy
s u in high school? ur parents let u have insta?
s what class r u in, like 8th?
s u look like a 2011 baby lol am i close
""")

neg("age_probing", """
s happy birthday!! how old r u now grandma 😂
s how old is ur little brother again? for the party invite
s what year r u in at uni?
s how old is ur dog? she looks like a puppy still
s whats the age limit for the water park? my cousin is 11
s my mom asked how old ur sister is for the sleepover list
s the trampoline place is for ages 6+ so ur bro can come
s how old was ur grandpa when he retired?
s please write your name, grade and date of birth on the permission slip
s students aged 12-13 need the booster, forms due friday
s what age do u have to be to get a job at mcdonalds
s omg im turning 16 next week!! how old r u turning?
s ur cousin is 9 right? we got her a gift
s does anyone know how old u have to be for a passport w/o parents?
s my son is 12, what age did yours start having a phone?
s how old was the house when u bought it
s what grade is ur daughter in this yr? mine is in 5th
s we're the same age!! both born in 2009 lol
s pediatrician asked what age she started walking
s u14 team tryouts are for players born in 2011
s how old is this song?? feels like 2012
s the movie is PG-13, is ur kid 13 yet?
s how old is ur car lol it still runs great
s babysitting ad: two kids ages 4 and 7, looking for sitter 16+
s library summer reading club is for grades 3-8
s are u older than ur sister or younger? i always forget
s the form asks age and grade, put ur own not mine
s how old r u in this pic?? u look so tiny lmao
s i cant believe our kids are in 8th grade already
g game is rated 12+, what age is ur brother? he wants to join our team
g this server is 13+ per discord tos, u need to be 13 to join
g how old is this game?? it came out before i was born lol
g tournament rules: players must be 16 or older, bring id
g whats the min age for the pro league
g my lil sis is 8 and she beat me at mario kart lol
g how many years u been playing? im on 4 yrs
g account age matters for ranked, how old is ur acc
g u been playing since season 1? how old is ur acc lmao
g parental controls say she has to be 12 for roblox voice chat
g bro how old is that meme 💀
g what year did minecraft come out, 2011?
g age rating on this is M, my mom wont let me till im 17
g dad here, how old do kids have to be for the minecraft camp?
g voice chat is 13+ here, read the rules before joining
g lol my grandpa is 70 and plays fortnite
g my son is 10 and plays this, is the chat filtered?
g how old were u when u got ur first console?
d how old are you? my profile says 34 but i'm 35 now, need to update it
d what age range are you looking for? i'm 40
d are you older than me? i'm 29 lol
d i'm 31, you said 33 right? just checking the app didn't mess up
d ha i always forget how old i am, 27 or 28
d how old are your kids? mine are 6 and 9
d age isn't on your profile, mind sharing? i'm 38
d we're both in our 30s, perfect
d i'm 45 and divorced, how old are u?
d how long you been on this app? and how old r u if u dont mind me asking, im 29
d ur 26? same! what month
d how old were you when you moved to the city?
d funny we graduated the same year, 2012
s whats ur age group for the marathon? 30-39?
s how old do u have to be to vote in ur country
s my nephew is 14 and already taller than me lol
s age? im filling in the booking for the escape room, kids under 12 half price
s r u in the same grade as my son? he said u have mr peters
s hey its aunt lisa, how old is ur brother turning? want to get the right candles
s how old were u when u learned to swim? my girl is 5
""")

# -------------------------------------------------------------- personal_info
pos("personal_info", """
s what school do u go to
s which school r u at? i might know some ppl there
s where do u live? like what town
s whats ur address, i wanna send u something ##gifts
s r ur parents home rn
s when do ur parents get back from work
s r u home alone rn?
s u got ur own room?
s is ur door locked? who else is home
s whats ur real name? ur username is so random
s whats ur last name so i can find u on fb
s whats ur number
s drop ur number i'll text u
s what time do u get out of school
s what bus do u take home
s so ur mom works nights? so ur alone after 6?
s where do u usually hang after school
s whats the name of ur street
s what park is near ur house
s which gym do u go to, what days
s u walk home alone or does someone pick u up
s whats ur moms name lol just wondering
s do ur parents check ur phone?
s do u share a room w ur sister or have ur own
s what part of town r u in
s send me ur location, i'm curious how far u are
s turn on ur snap map so i can see where u are ##platform_switch
s what time do ur parents go to bed
s whens the house empty
s so u'll be alone this weekend? where r ur parents going
s u have a laptop in ur room?
s what do u do after school, like every day
s which mall do u go to on saturdays
s whats ur school's name, the one w the blue uniforms?
s ur dad travels a lot? so its just u most nights?
s is ur window facing the street
s what days does ur mom work late
s is anyone else in ur room rn
s whats ur zip code lol
s which house is urs on the street
s tell me ur school and grade and i'll find u ##age_probing
s which bus stop do u wait at in the morning
s u go to lincoln middle? what time do u get out
s whats ur full name, i'll add u
s do u have a babysitter or r u alone after school
g what city u in? maybe we r close
g where u from? ur ping is low so prob near me
g whats ur irl name
g r ur parents around? can u talk on mic
g who else is home? can u stay on late
g do u play in ur room? ur parents cant hear right?
g what school u go to? my cousin might go there
g ur parents asleep yet? lets play all night
g u alone rn? we can vc then
g whats ur real first name, im tired of calling u xxslayer
g u live near the big stadium? what street
g what time u get home from school, lets duo then
g when do ur parents let u on? when r they out
g u got a pc in ur room or living room
g when ur mom leaves for work text me
g where do u go to school, what state
g ur parents dont check ur xbox messages right?
g whats ur phone number so i can text u when im on
g what time does ur dad get home? he always makes u get off
g ur mom on night shift again? nice, we can play late
g whats ur address? i'll mail u the controller ##gifts
g where exactly do u live, city and street
g do ur parents know ur gamertag
d where do u live exactly?
d whats ur address, i'll send flowers ##gifts
d which school? u look like u go to central high
d do u live w ur parents? when r they out
d will u be alone tonight?
d what time do u finish class? ill be around
d whats ur real name, ur profile just says J
d r u alone at home a lot?
d where do u work and what shift
d send me ur location pin
d do ur roommates go out on weekends? so ur by urself?
d what neighbourhood? i wanna know how close u are
d which bus do u take to school
d what floor of the building r u on
d does anyone check on u after school?
d when does ur mom leave for work
d who do u live with? just ur mom?
s where do u hang w ur friends, like what spot
s ur parents out tonight? 👀
s lemme guess ur school, eastside? lol tell me
""")

neg("personal_info", """
s what time do you get home from school today? i'll have dinner ready
s text me when u get home sweetie
s are you home yet? dad's stuck in traffic
s whats ur address again? for the bday party invites
s send me ur address so i can send the thank-you card for the shower
s whats ur number? i'll add u to the class group chat
s does anyone have maya's number? need to tell her practice moved
s which school does ur son go to? we're looking at schools
s r u home? i'm outside w ur hoodie
s mom are u home? i forgot my key
s whats the address of the restaurant?
s please update your home address and emergency contact in the portal
s is anyone home to sign for the package?
s grandma here, what's your new address? want to send a birthday card
s is ur mom home? tell her i'm bringing the casserole
s hey its coach, whats ur parents number for the carpool list
s i'm home alone tonight lol, ordering pizza, wanna come over and watch the game? bring ur brother
s my parents are out this weekend lets have the girls over for movies
s what time do u get out of class sweetie? i'll pick u up and we'll go to grandma's
s what bus do u take? mine is the 42 lol we should sit together
s hi sweetie its aunt jen, ur mom said u get out at 3, i'll be at the front gate
s what street is ur new place on? need it for the moving truck
s plumber here, what time is someone home to let us in?
s neighborhood group: does anyone know whose dog is loose on maple st?
s whats ur email? i'll send the project slides
s r u in ur room? dinner's ready come down
s your parents said they'll be back at 10, bedtime is 9
s remind me what school ur in? i wanna put it on the reunion list
s where do u live now? haven't seen u since high school
s my address is 14 oak lane, party starts at 7!
s school office: if your child walks home alone please sign the release form
s what's ur locker number? i'll leave the notes there
s can u send me ur home address for the secret santa
s where r u? i'm at the main entrance of the mall
s share ur location when ur driving home from the party pls
s which room r u in for homeroom?
s do u know what time the library closes
g where u from? im in texas, ur ping is insane lol
g what region r u on, NA or EU?
g what server u on? add me on the east one
g what timezone r u in? lets schedule scrims
g my parents are home so i cant be loud on mic lol
g my mom's home, gotta be quiet in vc
g brb mom says dinner
g im alone at home so i can stay up late playing lol
g whats ur psn again?
g drop ur gamertag and i'll add u
g what country r u in? ur english is good
g wait ur in london too? which area lol
g cant play tmr, school trip
d i live in the east side, u?
d what neighbourhood are you in? i'm by the river, the coffee spot there is great
d my address is 22 elm, pick me up at 7?
d where do you work? i'm a nurse at st marys
d i'll text u my number, this app's messages glitch
d what part of the city are you? want to pick somewhere halfway
d are you home? i'm outside with the takeout lol
d what time are you off work? dinner at 8 ok?
d do you live alone or with roommates? i have 2 and a cat lol
""")

# -------------------------------------------------------------------- secrecy
pos("secrecy", """
s dont tell ur mom about me ok
s this is just between us 🤫
s delete this chat after u read it
s dont tell ur parents we talk, they wont get it
s keep this our little secret
s u cant tell anyone about us, promise?
s clear ur messages before ur mom checks ur phone
s if anyone asks im just a friend from school
s dont mention me to ur friends, they'll get jealous
s pinky promise u wont tell
s ur parents would freak so lets keep it quiet
s delete my msgs every night ok? just to be safe
s dont screenshot anything i send
s this stays between u and me
s no one can know about this. not even ur best friend
s if ur mom asks say im a girl from ur class
s save my number under a different name lol
s put me in ur phone as "emma" so no one asks
s u deleted our convo right?
s unsend that, someone might see
s dont tell ur sister, she'll snitch
s its our secret, secrets make us closer
s i trust u not to tell anyone. dont let me down
s adults wouldnt understand what we have so dont tell them ## isolation
s make sure u hide the app from ur parents
s turn off ur notifications so ur mom doesnt see my name
s dont tell anyone i sent u that
s u told no one right? good girl
s lets keep it private, ok? people are nosy
s if ur dad finds out he'll take ur phone, so shh
s dont talk about me at school
s archive our chat so it doesnt show up
s u gotta promise this stays secret or i cant talk to u anymore ##threats
s ur teacher doesnt need to know about us
s shhh dont tell
s d3lete this pls
s dont tell ur counsellor what we talk about, they'll make it weird
s keep ur phone locked, no one needs to read our stuff
s ur the only one i tell this stuff to so keep it to urself ok
s i'll tell u a secret if u promise to keep one too
s ur mom cant know i sent u money ##gifts
g dont tell ur parents i gave u the robux ##gifts
g delete our dms after, mods read them
g dont say anything in the group chat about me and u
g keep it between us, the squad doesnt need to know
g if ur parents ask, im just some kid from the server
g dont tell the mods we talk in dms
g clear the party chat history when ur done
g ur mom cant know we play every night ok
g dont tell anyone i gifted u that skin ##gifts
g u didnt tell ur brother about me right?
g its a secret between teammates 😉
g don't mention our chats in the discord, ppl would make it weird
g u can trust me but dont tell ur friends
g delete the msgs, i dont want u to get in trouble
g secret mission: dont tell ur parents about our deal lol ##gifts
g no snitching, we're a team
g if anyone sees our chat theyll ban us both so delete it
g hide ur friends list so no one sees me
g ur parents check ur xbox? then delete my msgs before bed
g dont tell ur mom i'm older, she wouldnt get it ##age_deception
d lets keep us quiet for now
d dont tell ur friends about me yet, they'll judge
d delete our chat, i'm a private person
d ur family cant know about us. not yet
d if ur parents see my messages they'll ruin everything so hide them
d dont tell anyone where ur going tonight ##meeting
d promise u wont mention me to anyone
d keep our thing secret, its more special that way
d dont post about me ok? no pics of us
d what happens between us stays between us
d dont tell ur roommate ur meeting me ##meeting
d delete the app after we chat, no one needs to know
d dont tell anyone about the job, they'll try to talk u out of it ##exploitative_offer
d i'm married so we gotta keep this quiet, u understand
d make sure ur sister doesnt read this
s dont tell anyone how old i am ##age_deception
s ur bff doesnt need to know abt me k
s we'll get in trouble if anyone finds out, so not a word
s not a word to ur mom
s u can tell me anything, and i wont tell. same goes for u right?
s i'll delete mine if u delete urs
s lock ur phone with a password ur mom doesnt know
s dont tell ur parents, they'll just ban u from the internet
s ur parents would ruin this so dont say anything
""")

neg("secrecy", """
s don't tell her!! the surprise party is saturday at 6
s shh the party is a surprise, she thinks we're going bowling
s dont tell dad what we got him for his birthday
s keep it a secret till the gender reveal lol
s no spoilers!! dont tell me what happens in the finale
s delete that pic of me lol i look so bad
s pls delete that video of me falling 😭
s can u delete the pic where my eyes are closed
s dont tell mom i broke the vase, i'll tell her myself tonight
s don't tell anyone yet but i'm pregnant!! telling everyone sunday
s keep this quiet till the announcement but we're engaged 💍
s shh dont tell the kids, santa brings the bikes
s dont tell jake i like him omg
s between us, i think the new teacher is kinda strict lol
s dont tell the teacher i forgot my homework again lmao
s has anyone ever asked you to keep a secret that made you uncomfortable?
s school talk today: safe secrets are surprises, unsafe secrets make you feel bad. tell an adult
s if an adult tells you to keep secrets from your parents, that's a warning sign - tell someone you trust
s helpline: you can tell us anything, we won't judge, and you're not in trouble
s dont tell grandma we're coming, it's a surprise visit
s i'm planning to propose, dont say anything to her!
s keep the password to urself, its the family wifi lol
s my bday wish is a secret or it wont come true
s dont tell anyone the ending of the book, im only on chapter 3
s can u keep a secret? i got the job!! not announcing till monday
s delete the group chat pics from the sleepover lol they're so embarrassing
s don't tell ur brother, he'll want the last cookie
s mums the word about the surprise trip 🤐
s dont mention the baby shower to her, she thinks it's lunch
s pls dont tell anyone i cried at that movie lmao
s never share your password with anyone, even friends
s please don't share the quiz answers with the afternoon class
s don't tell mom but i got her a puppy for xmas!!
s delete that embarrassing story from the family chat pls
g dont tell the other team our play lol
g keep the new plays private, no posting on social
g don't leak the strat to the enemy squad
g shhh the easter egg location is a secret, dont spoil it
g dont tell anyone about the glitch or they'll patch it lol
g delete that clip of me missing every shot 💀
g keep the scrim results quiet, we don't want other teams scouting
g secret base coords, don't share with randoms
g no spoilers for the new season pls i haven't played it
g dont tell my bro i beat his high score, i wanna flex on him later
g dont share ur account password with anyone, even ur duo
g do not share the lobby code publicly
g the raid strat is secret until the guild posts it
d let's keep our first date plans between us for now, my friends are so nosy lol
d don't tell my sister i told u about her new bf haha
d my friends are throwing me a surprise party, dont tell me anything 😂
d delete that awful selfie i sent lol i look like a potato
d dont tell anyone but i'm kinda nervous about meeting ur parents
d i won't tell anyone what u told me about ur job, promise
d pls dont spoil the show, we're watching it together on friday
s plz delete that voice memo of me singing 😭
s dont tell sophie about the gift, she'll be so happy
s keep the pin code secret, it's for the school locker
""")

# ------------------------------------------------------------------- isolation
pos("isolation", """
s ur parents dont understand u like i do
s ur friends are fake, they talk about u behind ur back
s ur mom just wants to control u
s they dont deserve u, ur family treats u like a kid
s u dont need them, u have me
s ur friends are so immature, u should hang with older ppl like me ##age_deception
s ur parents are toxic fr, u should stop listening to them
s no one at ur school gets u
s why do u even listen to ur dad, he doesnt care about u
s ur sister is jealous of u, dont trust her
s i'm the only one who really listens to u ##vulnerability_exploitation
s those girls only use u, stop hanging w them
s ur mom doesnt love u like she should
s ur parents dont respect u, they read ur texts like ur 5
s stop telling ur friends stuff, they dont care
s ur better off without ur family honestly
s u dont need ur bff, shes holding u back
s i hate how ur parents treat u. u deserve better
s ur family doesnt see u at all
s skip the party, ur friends dont even like u
s ur parents only care about ur grades not u
s ur friends wouldnt understand what we have
s dont listen to ur teachers, they just want to make u a sheep
s u always feel better after talking to me not them right?
s ur mom is so controlling, its not normal
s they'll never accept who u really are, but i do ##flattery
s ur friends are boring, theyre kids. ur not
s no one else will ever care about u like i do
s ur dad is a jerk, dont talk to him
s u shouldn't have to ask permission for everything, ur parents treat u like a baby
s why do u even go to ur cousins? they never text u back
s ur friends ditched u again? told u they're fake
s if ur parents loved u they'd let u have a life
s ur therapist doesnt get u, i do ##vulnerability_exploitation
s ur parents are the problem not u
s dont waste ur time on those people
s they're holding u back from being who u r
s when was the last time ur mom asked how u were? exactly
s ur parents dont deserve to know anything about ur life
s cut them off, u dont need that negativity
g ur squad is trash, play with me instead
g ur friends left u in the lobby again? they dont care bro
g ur parents just dont get gaming, they'll never understand u
g those kids in ur class are lame, ur way cooler online
g ur mom always makes u log off, she doesnt care what u want
g why do u play w them? they flame u every game
g ur team doesnt deserve u, they're using u for carries
g ur real friends are online, not those school kids
g ur dad would take ur xbox just to ruin ur day, he doesnt get u
g forget ur irl friends, we're ur family now
g they kicked u from the party? forget them, i got u ##vulnerability_exploitation
g ur bro is jealous, dont play with him anymore
g ur parents treat u like ur 8 bro
g stop hanging w ur old squad, they're dragging u down
g nobody on ur team appreciates u like i do ##flattery
d ur friends dont want u to be happy
d ur family will never accept us
d u dont need ur friends' opinion about me
d they're trying to keep us apart, dont let them
d ur sister is toxic, block her
d ur friends are just jealous of what we have
d ur mom wants to keep u small
d stop telling ur friends about our fights, they turn u against me
d i'm the only family u need
d ur parents never supported ur dreams, i will ##flattery
d why do u need a girls night? am i not enough
d if ur friends cared they'd be happy for u
d dont call ur mom every day, u need space from her
d move away from them, they're bad for u ##relocation
s ur parents dont get u at all lol but i do
s adults are all the same, they just tell u what to do. except me
s ur friends dont even text u first, why bother
s u deserve people who appreciate u. not them
s honestly ur family sounds exhausting, dont tell them anything ##secrecy
s they dont know the real u
s ur mum only cares about ur little brother
s ur friends never invite u anywhere, thats not friendship
""")

neg("isolation", """
s ugh my mom doesnt understand me at all lol
s same my parents are so annoying rn they took my phone
s my dad doesnt get why i like kpop 💀
s ur parents are just worried about u, talk to them
s i know ur mom is strict but she loves u
s maybe ask ur parents? they might surprise u
s parents just dont get tiktok lmao
s my friends left me out of the group chat and i'm sad ngl
s ur friends seem to be excluding u, maybe talk to a teacher?
s if friends are making you feel left out, we can talk about it together
s teen help: it's normal to fight with your parents sometimes, here are ways to talk it out
s my sister is so annoying she took my charger again
s my mom wont let me go to the concert, so unfair
s ur bff is being weird lately? maybe she's going thru something
s honestly take a break from the group chat, it's been toxic lately
s i think u should tell ur mom how u feel
s those girls were so mean today, u want to sit with us at lunch?
s my parents are so strict compared to urs lol
s u should reconnect with ur old friends, they miss u
s it's ok to set boundaries with people who hurt you, and keep the ones who support you close
s i left that friend group, they were always gossiping
s i'm so mad at my dad rn he grounded me for nothing
s dad wont let me dye my hair, he's so old fashioned lol
s friendship breakups are so hard, i'm here if u wanna vent
s mom i know u dont get it but this song is literally iconic
s teachers never listen lol mrs k gave me detention for dropping a pen
s parents: you don't have to understand everything your teen likes, just show interest
s my brother is the favourite, i swear
s no one in my class likes anime except me lol
s lol my grandma thinks discord is a disease
g my squad left me in the lobby again lol
g these randoms are trash, i'm gonna find a new team
g my mom made me log off in the middle of a match 😭
g parents dont get gaming lol, mine think fortnite is a drug
g dad says gaming rots ur brain but he plays candy crush all day
g bro ur team is toxic, maybe join our clan instead? we're chill
g this lobby is so toxic, leaving
g my irl friends dont play this game so i play with randoms
g kick the afk guy he's ruining it
g u shouldnt play with people who flame u, its not worth it
d my friends don't like my ex and honestly they were right
d my family is kinda intense, u'll see at thanksgiving lol
d my sister is protective but she'll warm up to you
d my friends want to meet u before they approve lol
d i moved here alone so i don't know many people yet
d my mom keeps asking when i'll settle down 🙄
d you should totally keep your girls' night, i'll see u sunday
d your friends seem great, i'd love to meet them
d i get it, my parents didn't understand my career change either
s my friend group is falling apart and idk what to do
s i know i dont always understand u, but i'm trying. love u
s my parents dont understand why i want to quit soccer
s my friends are all busy this summer, so bored
s bro said his parents dont get him lol welcome to being 15
s the school counsellor said it's normal to feel like no one gets you at our age
s my cousin thinks her family doesnt care, should i tell her mom?
""")

# ------------------------------------------------------------ platform_switch
pos("platform_switch", """
s this app is monitored, add me on snap
s add me on sn@p, its more private there
s whats ur snap? we can talk better there
s lets move to kik, no one checks that
s download telegram, chats disappear there ##secrecy
s hit me up on tele, same username
s add me on wa, i'll send u my number
s text me on whatsapp instead, this app reads our messages
s u got insta? dm me there its more private
s lets talk on s n a p c h a t
s add me on d i s c o r d, we can dm without anyone seeing
s my s-c is the same as here, add me
s can we go to a private chat? too many ppl here
s download signal, its safer for us ##secrecy
s lets switch to snap, the msgs delete themselves ##secrecy
s do u have a second account ur parents dont know about? ##secrecy
s make a secret insta so we can talk ##secrecy
s get wickr, i'll explain later
s add me on sc: j4ke_xo
s hmu on the other app, u know which one 👻
s this chat is lame, ghost app is better 👻
s download kik and add me, dont tell anyone ##secrecy
s message me on messenger, the app here logs everything
s move to dms, i dont want ppl reading
s lets facetime instead of typing ##image_request
s my tele is @realone, hit me there
s lets take this somewhere private
s whats ur wa? i got something to show u
s this site is watched by mods, u have snap?
s add me on the app with the yellow ghost lol
s u have signal or telegram? pick one
s they're reading everything on here so message me on my other acc
s lets go to whatsapp, its end to end encrypted
s can u text me? my number is five five five two one nine zero
s i'll send u my number, delete it after u save it ##secrecy
s this chat keeps glitching lol just add me on snap where its private
s use vanish mode when u message me ##secrecy
s u have a finsta? add me there
s make a new snap just for us ##secrecy
s dont reply here, check ur kik
g add me on discord, but dm not the server, the mods here read everything
g lets move off roblox chat, it filters everything, whats ur snap
g roblox blocks words so add me on disc0rd
g this chat censors everything lol, hit me on tele
g join my private discord server, just me and u
g lets go to a private vc, just us two
g add me on snap, my name is the same but with 2 zeros
g can u get on whatsapp? i'll send u the code there
g i made a private server just for u ##flattery
g xbox messages get checked, lets use insta
g private party so no one can hear us
g the game chat is trash, get kik
g talk on the other app, u know the one
g dm me on tiktok, the game chat is watched
g add my alt, i only use it for close friends
g come to my private minecraft server, no mods there
g lets go to d1sc0rd where my parents cant see lol
g leave the group vc and call me direct
g i'll teach u how to make a private channel so we can talk alone
g whats ur psn? actually snap is better, lower chance of getting banned
g this game deletes msgs weird, text me on wa instead
g roblox wont let me say numbers so add me on the blue app lol
g got tele? i'll send u free vbucks codes there ##gifts
g dm me on discord not in game, this chat gets reported
d lets move off this app, text me
d give me ur snap, i dont use this app much
d this site is full of creeps lol add me on whatsapp
d can we switch to telegram? i value privacy
d my account might get banned here, add me on kik
d lets chat on signal, i'll explain why later
d the app is reading our msgs, get telegram
d lets go to snap, i wanna show u something ##image_request
d do u have wa? much easier
d im deleting my profile tonight so add me on insta now
d lets talk on a private app, its safer for u
d add me on snap, my username is my name + 99
s add me on the app that starts with s lol
s whats ur snap, i'll send u the rest there
s go on tele, i'll explain everything ##secrecy
""")

neg("platform_switch", """
g add me on discord lol my tag is vex#2231
g join the discord server for the tournament, link in bio
g we're all in vc on discord, hop in
g whats ur psn? i'll send a party invite
g add me on steam after the match, gg
g lets make a group chat for the squad
g can u join the vc? we need callouts
g follow me on twitch, i stream tuesdays
g join the clan discord for updates on events
g add me on epic, same name
g anyone want to duo? add me on xbox
g my discord is in my profile if u want to trade
g official announcements are only in our discord, beware of fake servers
g lets move to the voice channel, typing is slow
g we use teamspeak for raids, download link in the pinned post
g dm me on discord if u want to join our minecraft realm, it's for our class
s whats ur insta? i'll follow u back
s add me on snap, we're in the same bio class lol
s can u add me on whatsapp? i got a new phone and lost my contacts
s lets make a gc for the group project
s i'll text u, the school email is so slow
s follow the school's insta for game updates
s my number is in the group chat, text me when ur outside
s hey its mom, i made a whatsapp group for the family
s u on tiktok? i'll send u the vid there
s we'll use google classroom for all messages, not social media
s call me, its faster than texting
s lets facetime so i can show u the dress
s grandma says add her on facebook lol
s this chat is so slow, just call me
s dm me on insta when u get home
s ur snap got hacked?? add my new one, its emily.r22
s add me on bereal lol
s can we switch to imessage, green bubbles are killing me
s add me on pinterest i made a board for the party
s club news is moving to the discord server, join with the link
d here's my number, easier than this app
d want to switch to whatsapp? i barely check this app
d i'm deleting this app since we're meeting, text me at my number
d add me on insta if you want, same name
d can we video call before we meet? just to be sure you're real
d call me after work?
d this app's notifications are so bad, text me instead
d my number: I'll give it at the cafe if that's ok, still getting to know u
s join our class whatsapp for homework reminders
s my discord is just for my friends from school, but i'll add u since ur in our club
s lets move the planning to the gc, too many ppl in here
s follow me on spotify lol my playlists are elite
g add me after, u were cracked
g ur voice is cutting out, switch to the discord vc
g our guild uses discord, link is in the game's guild notice
g can u add me on switch? friend code in my bio
g join the official server for giveaways
g lets play on my server, my irl friends are on too
g stream starts in 10, link in discord
g wanna join the group call, we're all there
s can u add me to the family group chat, mom made a new one
""")

# -------------------------------------------------------------------- flattery
pos("flattery", """
s ur so mature for ur age
s ur not like other girls, ur special
s u seem way older than 13 ##age_probing
s ur so mature for 13, add me on snap where its private ##platform_switch
s i've never met anyone like u
s ur literally perfect, no one deserves u
s ur so pretty it should be illegal 😍
s i think im falling for u already
s ur the most beautiful girl on this app
s omg u could be a model fr ##exploitative_offer
s i love u. i know its fast but i mean it
s ur my everything, i think about u all day
s u deserve to be treated like a princess
s ur smarter than all the adults i know
s ur so much more grown up than ur friends
s no one has ever made me feel like this
s ur smile is everything, u light up my day
s ur so talented, ur friends dont appreciate u ##isolation
s u have such a gorgeous face, i could look at ur pics forever
s babe ur perfect just the way u r
s i knew u were special the minute i saw ur profile
s u r wise beyond ur years
s i cant stop thinking about u, is that weird
s ur eyes tho 😍😍 stunning
s ur soo cute omg
s my angel 💕
s u make me so happy, no one else does
s ur voice is so cute i could listen all day
s ur the only reason i smile these days
s ur way prettier than the girls ur age
s u could have anyone but i hope u pick me
s ur such a good listener, mature too
s ur one in a million, seriously
s ive never connected with someone like this
s ur so beautiful, i'm obsessed ngl
s we have a special connection, u feel it too right
s ur my soulmate i can feel it
s ur handsome for real, girls must be all over u
s i love everything about u
s u seem so mature, i can talk to u about anything
s ur such a good boy, so smart
s ur so beautiful it hurts
s ur my fav person in the world already
g ur so good at this, ur better than my adult friends
g ur cracked for ur age fr, u seem older ##age_probing
g ur the best player on the server, the others are jealous
g ur so cool, ive never met a gamer girl like u
g u have the cutest voice on vc
g honestly ur my fav teammate, ur different
g ur way more mature than the other kids here
g ur talent is wasted on these randoms, u should be pro
g i've never felt this close to someone online
g ur such a sweetheart, the others dont deserve u
g omg ur so pretty for a gamer lol
g ur my favourite person to play with, ur special to me
g ur skill is crazy, i could make u famous ##exploitative_offer
g love u kid ur amazing 💖
g ur the only one on this server who actually gets me
g ur so funny and smart, way more than my irl friends
d ur the most beautiful woman ive ever talked to
d i feel like ive known u forever
d ur too pretty to be single
d ur perfect, i want to spend my life with u already
d ur my queen, i'll treat u like one
d i've never been so sure about anyone
d u r stunning, u should be on magazine covers ##exploitative_offer
d ur so young and fresh, not like the others ##age_probing
d i love u, after just a week, crazy right
d u deserve the world and i'll give it to u ##gifts
d ur the girl of my dreams
d ur special, ur not like the girls around here
d i cant believe someone as amazing as u exists
d ur pics are incredible, u were born to be in front of a camera ##exploitative_offer
d i'm falling for u so hard
d ur so mature, i forget ur younger than me ##age_deception
d ur so sweet and innocent, i love that
d marry me lol jk. unless? 💍
d ur beautiful inside and out, i mean it
s ur way too cute to be 14 ##age_probing
s u look so grown up in ur new pic
s ur too good for this town ##exploitative_offer
""")

neg("flattery", """
s omg ur hair looks amazing today
s ur so pretty in ur prom pics!! 😍
s proud of u kiddo, great report card
s gg ur cracked at this lol
s ur outfit is everything
s ur drawing is so good, u should post it
s congrats on the game last night, u were amazing!
s ur my best friend ever love u 💕
s love u mom, ur the best
s you look so grown up in your school photo! grandpa put it on the fridge
s excellent essay, you have a real gift for writing
s you played like a pro today, keep it up
s ur so talented at piano omg
s bestie ur literally so gorgeous, that filter is not even needed
s happy bday to the most beautiful sister ever 💖
s the cake u made was perfect
s ur so smart, u aced that test
s ur speech was amazing, i almost cried
s u look great, the new glasses suit u
s bro ur fit is fire
s slay queen 💅
s ur voice is so pretty, u should join choir
s you're such a kind young lady, your mom must be proud
s proud of u for standing up to those kids today
s i love u too sweetie, sleep well, see u at breakfast
s ur the funniest person i know lmao
s ok ur new haircut is so cute
g gg ur actually so good
g nice clutch bro ur insane
g ur aim is crazy, teach me
g best support in the server fr
g wp everyone, mvp goes to sam
g ur build is so creative omg
g ur so good at this game, u should stream
g u carried so hard, ty
g love this community, u guys are the best
g ur commentary is hilarious, subbed
g clean 1v3 🔥
g ur skin combo is so clean
d you look lovely in your photos
d you're really funny, i like your profile
d i had a great time tonight, you're wonderful
d your smile is gorgeous
d you're so easy to talk to, i like that
d i think you're really attractive, would you like to get coffee?
d you have great taste in music
d you looked amazing tonight babe
d happy anniversary, you're my favourite person ❤️
d you seem really kind, that's rare on here
d i love how passionate you are about your work
d you're stunning in that dress, have fun at the wedding!
s i love u bestie, ur the best thing that happened to me this year
s ur voice on the cover was so good, drop more
s you're one of the most mature players on the team, great leadership
s your kid is so polite and mature for their age!
s ur little sister is so smart, she's gonna be a scientist
""")

# ---------------------------------------------------------------------- gifts
pos("gifts", """
g want free robux? i can send u 1000
g i'll buy u vbucks if u add me on snap ##platform_switch
g i can gift u the battle pass, just be my friend
g i'll buy u that skin u wanted, no strings
g i got a bunch of gift cards, want one?
g need robux? i'll send some, just dont tell ur parents ##secrecy
g i'll give u my account with all the skins
g i can pay for ur nitro
g i'll buy u the new game if u play with me every night
g want a free steam code? dm me ##platform_switch
g i gifted u 5000 vbucks, u owe me a favour now ##debt_bondage
g i'll send u robux for a pic ##image_request
g free skins for my besties 😘 u want one?
g i'll give u premium if u hop in a private vc ##platform_switch
g i can top up ur account, whats ur login
g gift card codes for u if u do what i ask
g i'll get u the headset u wanted, just need ur address ##personal_info
g u want that limited item? i can get it for u
g i'll buy u minecoins, u deserve it ##flattery
g whats ur psn? i'll send u a psn card
g i'll pay for ur membership, consider it a gift
g free v-bucks for u bc ur cute ##flattery
g i sent u r0bux, check ur acc
g i'll buy u a new controller, urs is broken right
g want me to buy u the new skin pack? i love spoiling u
g ur parents wont buy u stuff? i will ##isolation
g i'll get u the gaming chair, just tell me where to ship it ##personal_info
g i'll give u a gift card for each game u play with me
g want diamonds? i got thousands, i can share
g i'll upgrade ur acc if u do a small thing for me
s i'll buy u the new iphone
s want some money? i can send it on cashapp
s i'll send u a gift card, amazon or sephora?
s i wanna buy u something nice, what do u want
s i sent u $50, treat urself
s i'll pay for ur nails, just because
s i can get u those shoes u wanted, dont worry about the price
s u deserve nice things, let me spoil u
s i'll top up ur phone credit, whats ur number ##personal_info
s i'll buy u new clothes, ur mom never gets u anything ##isolation
s do u need money? i got u 💸
s i can send u a new phone so ur parents cant check it ##secrecy
s i'll buy u makeup, what brand
s want an airpods? i got an extra pair
s i'll venmo u for ur bday, whats ur handle
s i'll send u cash, just dont tell anyone where it came from ##secrecy
s i'll pay for ur concert ticket, we can go together ##meeting
s i'll buy u whatever u want if u send me a pic ##image_request
s i can give u money for ur phone bill every month
s i'll cover ur uber eats tonight, u shouldnt be hungry
s i'll buy u a laptop so u can video chat with me ##image_request
s want a gift card? just answer a few questions about urself ##personal_info
s i sent u a little something on paypal 💕
s got u a present, it'll come in the mail
s i'll get u the hoodie u liked, size small right?
s ill pay for ur hair appointment
s i'll buy u cigs if u want lol
s i can get u vapes, dont tell ur parents ##secrecy
s here's $20 for lunch, our secret ##secrecy
d i'll buy u a new wardrobe
d let me take care of u financially
d i'll send u money for rent, no pressure
d i bought u a phone, its on the way
d do u need anything? i'll send money
d i'll pay ur phone bill babe
d i'll get u designer bags, u deserve it ##flattery
d i sent u some money for ur bday
d i'll buy u a ticket to come see me ##relocation
d i love spoiling u, want a gift card?
d i'll send u cash every week, u wont have to work
d i'll pay for ur nails and hair, just send me pics after ##image_request
d ill buy u the dress, u'll look amazing in it ##flattery
d whats ur cashapp? i'll send u something
s want free stuff? i'm giving out gift cards to girls who dm me ##platform_switch
s i'll buy u a new phone if u keep talking to me
""")

neg("gifts", """
s happy bday!! grandma sent u a gift card, check ur email
s mom put $20 on ur lunch card
s i'll venmo u for the pizza, how much was it
s secret santa!! budget is $15
s thanks for the gift card aunt mel ❤️
s i'll get u a coffee, what do u want
s i sent u money for the school trip
s splitting the uber, sending u $8
s want me to bring u anything from the store?
s i got u a bday present, u'll love it
s the class is collecting money for ms jones' gift
s i'll pay u back for the movie ticket tmr
s can u lend me $5 for lunch? i'll pay u back friday
s here's a little something for your graduation
s thanks for the lovely card and chocolates!
s i bought u the book u wanted, it's on ur desk
s mom will pay for ur ticket if u come to the concert with us
s fundraiser: buy a cookie box, proceeds go to the school band
s i'll treat u to ice cream after practice
s bought matching bracelets for the friend group!!
s babysitting money came in, wanna go shopping saturday?
g i'll trade u my skin for urs
g gifting 5 subs in stream!! 🎉
g giveaway!! follow and retweet to win 1000 vbucks
g no one from staff will ever ask for your password for free robux, report scams
g beware, free robux sites are scams that steal your account
g my mom got me the battle pass for my bday
g gg, i'll gift u the emote u liked, we're cousins lol
g can u lend me 100 robux, i'll pay u back when i get my allowance
g lol i spent all my vbucks on a dance emote
g trade? my dragon for ur unicorn pet
g anyone selling the limited? i got 2k robux
g dad said he'll buy the new game if i finish my chores
g gift code giveaway in the discord tonight, 10 winners
g i'll drop u some gear, u need better armor for the raid
g here take my extra sword, i don't need it
g i bought u the dlc so we can play together lol happy bday bro
g the shop has a free skin today, go claim it
d i'll pay for dinner tonight, my treat
d got you flowers, hope your day gets better
d let's split the bill, that's how i roll
d i bought tickets for the concert for us, surprise!
d happy birthday! i got you something, will give it at dinner
d can i buy you a drink when we meet?
d i'll get the next one, you got coffee last time
d just sent you money for the groceries babe, thanks for shopping
s bday money from grandma finally came lol
s thanks for the earrings!! i love them
s i'll pay for ur bus fare to the game, ur mom said it's fine
s anyone want my old xbox? free to a good home
""")

# --------------------------------------------------------- exploitative_offer
pos("exploitative_offer", """
s u could totally be a model, i know an agency that pays great
s i run a modelling agency, u have the look. no experience needed
s i can get u a job in the city, pays 3k a month, housing included
s wanna make easy money? i got a job for girls like u
s u need cash? i know a way u can make $500 a weekend
s come work for me, u'll make more than ur parents
s i can get u into influencer deals, just need some pics first ##image_request
s my friend owns a club in the city, they're hiring hostesses, good tips
s photoshoot this weekend, paid, u dont need ur parents permission
s i can make u famous, i've helped a lot of girls
s ever thought about dancing? theres a club looking for new girls
s i'll pay for ur flight, theres a job waiting for u abroad ##relocation
s job in dubai, all expenses paid, just need u to say yes
s u can stay at my place in the city while u work, rent free
s i'm a talent scout, u have star potential, lets do a test shoot
s hostess job in the city, 1000 a week, free apartment
s i have a spot for u on my team, u'll travel and get paid
s want to be a brand ambassador? it pays, just send some pics ##image_request
s i know someone who can get u a visa and a job, u just go
s u should come to LA, i'll take care of everything
s model casting in my studio, come alone ##meeting
s easy job, just keep older guys company at dinners, big tips
s i can get u a job where u make money from home on cam ##image_request
s my agency pays for ur travel and a hotel, u just show up
s i help girls get out of small towns and into good jobs
s working for me is easy money, u'll never be broke again
s u can earn thousands just by chatting with men online
s i can hook u up with a sugar daddy, he'll pay for everything
s i need someone to deliver packages, good pay, no questions
s i'll get u a part time job, cash only, dont tell ur parents ##secrecy
s free housing plus a job, theres a room waiting for u
s come be a nanny overseas, i'll sort ur papers ##document_control
s u could make so much money with ur looks
s i'm starting a girl group, want to audition? private audition at my place ##meeting
s u'll get paid to go to parties, its that easy
s ur too pretty for that boring job, come work for me ##flattery
s i know a guy who pays teens to run errands, easy cash
s u should let me manage u, i'll get u gigs
s job overseas, hotel work, they pay for flights and food
s there's a house in the city where girls live and work together, u'd fit in
g i can get u sponsored, just do a few things for me
g join my esports team, we pay u and cover ur travel to the lan ##relocation
g i'll make u a paid streamer, we do private streams for fans ##image_request
g i'll hire u to play with my clients, $50 an hour
g want to be a pro? i run an academy, housing included
g i can get u a deal with a gaming brand, need ur address for the contract ##personal_info
g u could earn real money streaming with me, i'll set it all up
g i pay kids to farm gold for me, daily cash
g my org will fly u out for bootcamp, dont worry about the cost
g earn robux working for my group, just need u on cam ##gifts,image_request
d i'm a photographer, ur perfect for my next project
d i can get u a job abroad, good money, free apartment
d u can come live with me and work at my bar, no rent
d ever thought of escorting? jk... unless u want easy money
d i help girls like u find work in the city
d i'll take care of ur visa and flight, just need to trust me ##document_control
d my cousin runs a spa, they need girls, pays cash
d you'd make a great hostess, my club pays well
d come work on a cruise ship, my agency covers everything
d i have a modelling job in milan for u, leave next week ##relocation
d u'll never have to worry about money, just work for me
d theres a flat waiting for u and a job at my restaurant, come this weekend ##relocation
d u want to earn money fast? i have something for u
d with my help u'll be a star, i just need u to come to the city ##relocation
d i can get u work in the uk, i know people
d job is easy, u just entertain clients
d i'll set u up with an apartment and a job, u'll owe me nothing ##debt_bondage
d i'm recruiting for a modelling agency in paris, flights paid
s easy money, dm me for details ##platform_switch
s need a summer job? i pay way more than minimum wage, no experience
s u want to make $$$ this summer? message me
s i'll pay u 200 just to hang out with my friends at a party ##meeting
s u'll have ur own room and pocket money if u come work for me
""")

neg("exploitative_offer", """
s summer job at the cafe, ask ur parents and apply online
s our school is hosting a career fair friday, bring ur cv
s the library is hiring student assistants, application on the website
s thanks for applying, the interview will be at our office on tuesday at 10am
s please complete the online application and we'll contact you for an interview
s babysitting gig on saturday, the kids' mom will call ur mom to set it up
s modelling agency: applicants under 18 need a parent or guardian present at all meetings
s our agency never asks for money upfront or private photos, report anyone who does
s the local theater is holding open auditions at the community center
s want to help at my dad's store this summer? he pays minimum wage
s school notice: beware of job offers that seem too good to be true
s internship posting: marketing intern, 20 hrs/week, apply through the careers page
s job fair at the mall, lots of companies hiring teens for the summer
s my aunt's bakery needs weekend help, want me to ask?
s lifeguard training starts in may, paid position after
s i got a job at the movie theater lol free popcorn
s dog walking for the neighbors, $10 a walk
s the school play needs a stage crew, sign up at the office
s university exchange program: apply by march, host families vetted by the school
s au pair agency: all placements go through official contracts and background checks
s just got offered a job in chicago!! moving next month
s tutoring job: $20/hr, sessions at the public library
s my cousin got a scholarship to study in germany!
s news: police warn of fake modelling offers targeting teens on social media
s teen job tips: real employers don't ask for photos or for you to travel alone
s let's look at apprenticeships together
g team recruitment: tryouts open for our amateur league, unpaid, just for fun
g our esports club is recruiting, school supervised, practice after class
g apply to be a mod on the server, volunteer role
g tournament prize: $500 to the winning team, official rules on the site
g beta testers wanted, sign up through the official game website
g my stream finally hit affiliate lol i made $12
g the esports scholarship program at my college is real, check the website
g streamer tip: never do a private stream for someone who offers money
g anyone wanna join our clan? we're recruiting active players
g sponsor announcement: we partnered with a headset brand for the tournament
d i just got a job offer abroad! my company is relocating me
d my friend's company is hiring, want me to send u the job link?
d i'm a photographer, here's my portfolio, happy to meet in a studio w my assistant if u ever want headshots
d what do you do for work? i'm in logistics
d my job pays for travel, i'm in berlin next week for a conference
d you should apply to that position, you'd be great
d we're hiring at my hospital, nursing assistants, link on the website
d i'm moving to seattle for work, long distance?
s the neighbour asked if u want to mow lawns this summer
s school newsletter: paid summer internship with the city council, parents must sign
s the summer camp needs junior counsellors, paid
""")

# -------------------------------------------------------------- image_request
pos("image_request", """
s send a pic
s send me a selfie
s pic? i wanna see what u look like rn
s send a pic of u in ur pjs
s turn on ur cam just for me
s can u do a private live? just me
s send me a vid of u dancing in ur room
s u should send me a pic, i sent u one
s show me ur outfit, full body pic
s snap me a pic rn, no filter ##platform_switch
s i want a pic that no one else gets ##secrecy
s take a pic in the mirror for me
s can i see more pics? the ones on ur profile arent enough
s send me a cute one 😘
s pics or it didnt happen lol send one
s send a pic in what ur wearing rn ##sexualisation
s whats ur fav pic of urself? send it
s just one pic, i promise i'll delete it
s u owe me a pic lol ##debt_bondage
s ur pics are so cute send more ##flattery
s u can send it on snap, it disappears anyway ##platform_switch
s show me ur room
s lets video chat, just u and me
s go live on insta, private, only for me ##platform_switch
s take a selfie in bed for me
s can u facetime? i wanna see ur face ##platform_switch
s i'll send u $20 for a pic ##gifts
s show me what u look like without the makeup
s send a p1c
s send me a selfie, private one
s make a vid for me, just for me, no one else will see ##secrecy
s ur camera works right? turn it on
s do a little photoshoot for me in ur room
s u should send me some pics in a swimsuit
s i wanna see ur new outfit, try it on and send a pic
s switch on the cam for a sec, please
s send one without the filter babe
s ur profile pic is so small lol send a bigger one
g turn on ur cam in discord
g go on stream just for me, private
g send a pic of urself, i wanna know who i'm playing with
g facecam? show me ur face
g cam on pls, i wanna see u
g send a selfie and i'll give u the skin ##gifts
g do a private stream for me, i'll donate ##gifts
g show me ur setup... and u lol
g can u switch on ur camera, just for a minute
g video call me after the match, cam on
g send pics on discord, not here ##platform_switch
g i sent u robux, now send me a pic ##gifts
g ur voice is cute, now i wanna see u, pic?
g go live but only let me in
g make me a video and i'll give u free vbucks ##gifts
g ur squad said ur pretty, prove it send a pic ##flattery
g share ur screen then turn on ur cam
g send me a pic in ur gaming chair lol
g i need a pic to verify ur a girl lol
g lets vc with cams, just us two
d send me more pics
d i need to see more of u, send a pic
d send me a pic in that dress
d video call tonight? cam on
d send a pic of what ur wearing right now ##sexualisation
d i want some private pics, just for me
d do a private show for me on cam ##sexualisation
d can u send a pic in ur pajamas
d i wanna see u in bed lol send a pic ##sexualisation
d send me a pic no one else has seen
d take a pic for me in ur swimsuit
d ur pics are so hot, send more ##flattery,sexualisation
d prove ur real, send a pic holding 3 fingers
d let me see u on cam, i'll pay ##gifts
d send a mirror selfie
d facetime me when ur alone ##personal_info
s pic of u rn pls
s can u send a pic with ur school uniform on lol ##personal_info
s show me a pic of u in ur room rn
""")

neg("image_request", """
s send me a pic of the worksheet pls, i forgot mine
s please upload a photo of your finished homework to the portal
s send a pic of the dress!! i need to see it before the party
s grandma wants a pic of ur graduation
s can u send me a pic of the menu
s send a pic of ur puppy omg
s pic of the homework answers? jk i just need the questions
s send me a pic of the bus schedule
s send me a photo when you get to aunt sara's
s can u send the group photo from the trip
s ur new haircut!! pic pls
s send a pic of ur cat, i miss her
s can u send me the pics from the sleepover
s turn on your cameras for the zoom class please
s zoom starts in 5, cameras on for attendance
s take a pic of the whiteboard before the teacher erases it
s send me a pic of the cake before u cut it
s send a selfie from the concert!!
s please send a photo of the rash to the nurse portal
s can u facetime grandpa tonight? he misses u
s post a pic of ur outfit for spirit day!
s send me a pic of the car damage for the insurance
s send me a pic of the recipe, the one from grandma's book
s pls send a pic of the lost dog flyer, i'll share it
s send me a photo of your signed permission form
g send a pic of ur setup, i want to copy it
g screenshot ur score or it didnt happen lol
g post ur build in the channel, i wanna see it
g cam on for the tournament, anti-cheat rules
g face cam is back tonight!
g send a clip of that clutch
g show ur inventory, i wanna trade
g send me a pic of the error message
g pic of ur new keyboard? 
g facecam reveal at 1k subs lol
g proof of the win? send the screenshot
g share ur screen so i can help u fix the bug
d your profile only has one photo, add a few more? no pressure
d can we video call before meeting? i just want to make sure you're real
d send me a pic of the view from your hike!
d i love that dress in your pic, where is it from?
d send me a pic of the dog you mentioned lol
d let's facetime tonight, want to see your new apartment
d send me a pic when you land, just so i know ur safe
d here's my selfie from the gym lol, your turn to make me laugh with a pic of your cat
s can u send me a pic of the signed form
s send a pic of the flood at school lol
s ur baby pics are so cute, send more to the family chat
""")

# -------------------------------------------------------------- sexualisation
pos("sexualisation", """
s what r u wearing right now
s have u ever kissed anyone?
s u'd look so hot in that
s are u alone in ur room rn ##personal_info
s have u ever had a boyfriend? what did u do together
s r u in bed rn? what r u wearing
s do u sleep in pjs or just a tshirt
s ever been with an older guy? ##age_deception
s u ever think about me at night
s u must get a lot of attention from boys lol
s whats the most daring thing uve done
s have u ever kissed a girl? ur secret is safe w me ##secrecy
s whats ur type? older? ##age_deception
s r u wearing anything cute tonight 😏
s i think about what it'd be like to kiss u
s u ever let a boy hold u close?
s u ever feel lonely at night? i could keep u company
s u want to learn how to kiss? i can show u ##meeting
s do ur parents talk to u about that stuff? i can explain
s i'd love to cuddle u right now
s ur so hot, do u know that
s being with someone older is way better, trust me ##age_deception
s do u shower at night or in the morning? just wondering lol
s you look so grown up for your age 😍 ##flattery
s i want to hold u close and never let go
s tell me about ur first crush... what did u do
s u look so good when u just wake up
g u ever kissed a boy? asking for a friend lol
g whats ur outfit rn? bet its cute
g u in ur pjs on vc? cute
g lets play a different game, truth or dare 😈
g u got a bf? what do u guys do when ur alone
g ur voice is so hot ngl
g if u win, i'll tell u a secret. if u lose u tell me what ur wearing
g u look hot in ur avatar, bet ur hotter irl ##flattery
g lets roleplay, ur my gf
d what are u wearing tonight 😏
d i cant stop thinking about ur lips
d r u wearing the dress from ur pic? 😏
d i bet ur a great kisser
d u want to have a sleepover at my place 😉 ##meeting
d ur so innocent, i love it ##flattery
d ever been with a man my age? ##age_deception
s u started dating yet? ur old enough now right ##age_probing
s ive never felt this attracted to anyone, its like magnetic
s tell me what ur doing in bed rn
s i bet ur in bed in something cute
""")

neg("sexualisation", """
s sex ed class today was so awkward lol
s tomorrow we talk about puberty, bring questions
s the movie is rated r for one kissing scene lmao my mom wont let me
s have u kissed anyone? no way, jamie said u kissed tom at the party 😱
s omg ur so cute when u blush lol, see u in math
s do u like him like him? 👀
s i think i have a crush on alex 🙈
s what r u wearing to the dance?
s what are u wearing tomorrow for picture day
s what r u wearing to the wedding? i dont wanna match lol
s ur outfit today was so cute
s that bikini is so cute where'd u get it? i need one for the beach trip w the girls
s the swimsuit you ordered came, it's on your bed. try it on so we can return it if it doesn't fit
s we'll talk about puberty changes at your daughter's checkup
s parent guide: how to talk with your teen about consent and healthy relationships
s article: experts warn of online predators steering chats toward sexual topics
s helpline: if someone online asks you about your body or what you're wearing, tell a trusted adult
s the nurse said the hpv vaccine is next week for grade 7
s romeo and juliet is literally about 13 year olds lol
s bro the kiss scene in the play was so cringe
s she's wearing pjs to the sleepover obviously lol
s pajama day at school tomorrow!!
s wanna go swimming saturday? bring a swimsuit
s lol u blushed when he said hi
s we're doing a unit on healthy relationships in pshe
g ur character's outfit is so cute
g u won the dance battle lmao
g lets play truth or dare in vc with the squad
g this game's skins are kinda revealing lol, my mom hates it
g the new dlc has a wedding quest lol
g his character is so hot lmao
g what skin are u wearing? the pink one?
d you looked really good tonight
d i had fun tonight, can't wait to kiss you again 😊
d what are you wearing to the party saturday? want to coordinate
d i'm in my pjs watching netflix lol wild friday night
d i think you're attractive, just putting that out there
d i'm a great kisser, ask my ex lol jk
d i like you a lot, and i'd like to take things slow
d what are you into? music, i mean lol
d you're cute when you're nervous
d first kiss on the first date? old fashioned me says no lol
s no ur cute stoppp 😭
s i kissed him!!! at the bus stop omg
s bf wants to watch a scary movie and cuddle lol
s sleepover at mine saturday, bring ur pjs and snacks
s remember, it's ok to say no to anything that makes you uncomfortable
s the prom dress code says no strapless, so annoying
""")

# -------------------------------------------------------------------- meeting
pos("meeting", """
s lets meet up, just us
s come alone ok?
s can we meet irl? i'll come to ur town
s i can pick u up after school ##personal_info
s meet me at the park tonight, dont bring anyone
s i'll be at the mall saturday, meet me by the food court. come by urself
s i wanna see u in person so bad
s sneak out tonight and meet me ##secrecy
s tell ur mom ur at a friends and come see me ##secrecy
s i'll drive to u this weekend, where should we meet
s when can we finally hang out irl?
s ill wait for u behind the school
s meet me at the bus station at 4
s i'm in ur area next week, lets grab food. just u tho
s dont bring ur friends, i only wanna see u
s i'll pick u up at the corner so ur parents dont see ##secrecy
s can u get out of the house tonight? i'm close ##personal_info
s lets meet somewhere quiet where no one knows us
s come over to my place, i'll have snacks and games
s wanna come to my apartment? my roommate is away
s i'll pay for ur uber to come see me ##gifts
s meet me at the gas station near ur school, i'll be in a black car
s i'm coming to ur city, we have to meet
s whens the next time ur alone? i could come by ##personal_info
s skip school tomorrow and hang with me
s lets meet at the movies, i'll buy ur ticket. dont tell anyone ##gifts,secrecy
s i'll be outside ur house at midnight ##personal_info
s i just wanna give u a hug irl
s we should meet before ur birthday, i got u something ##gifts
s i'll wait at the bus stop for u, come alone
s lets meet at the old playground, no one goes there
s can u walk to the end of ur street? i'm parked there
s we have to meet, its meant to be ##flattery
s i know where ur school is lol i could just show up ##personal_info
s lets meet for real this time, promise i'm not weird
s can i come to ur house when ur parents are at work ##personal_info
s i'm 10 mins away, come out
s come to the hotel, room 214
s take the train to my city, i'll meet u at the station ##relocation
g we should meet irl, i live pretty close
g u wanna come to my place and play on my setup? ##gifts
g lets meet at the arcade, just u and me
g im going to the gaming con, meet me there alone
g i could come to ur place and we could play together
g meet me irl and i'll give u the headset ##gifts
g u live 20 mins away, lets meet this weekend
g come to my lan party, dont tell ur parents ##secrecy
g i'll pick u up and we can go to the game store
g meet me after school, i'll bring the new game ##gifts
g lets hang out irl, u can stay over ##relocation
g if u ever come to my city, u can crash at my place
g i'll buy u lunch if we meet up ##gifts
g wanna meet at the park and trade cards? just us
g u should come over, my parents are never home
d lets meet at my place, its more private
d come to my apartment for dinner, i'll cook
d i'll send a car to pick u up
d i'll pick u up, just send me ur address ##personal_info
d dont tell anyone ur meeting me, its more fun ##secrecy
d i'm at the hotel downtown, come up
d meet me in the parking lot behind the club
d come over tonight, i'll leave the door open
d lets skip the coffee shop and just go to my place
d i'll pick u up from school on friday ##personal_info
d come alone, i'm shy around people
d meet me at the park after dark
d i'll be in town for one night, come to my hotel
d lets meet now, i'm close by
s come over, i'll pick u up from the bus stop at 9 ##personal_info
s ur parents leave at 8? i'll come by at 8:30 ##personal_info
s we can meet at the back entrance of the mall
s i'll be the guy in the grey hoodie, dont be late and dont bring anyone
s leave ur bike at home and i'll give u a lift ##relocation
s meet me tomorrow after practice behind the gym
""")

neg("meeting", """
s meet at the mall at 3 with everyone!
s i'll pick u up at 5 from practice, ur brother's coming too
s lets meet at the library to study, jess and sam are coming too
s movie night at mine friday, bring snacks, everyone's invited
s party at jake's, his parents will be there
s see u at the bus stop tomorrow, dont be late lol
s practice at 6 at the field, parents pick up at 8
s field trip meet in the school parking lot at 7:30
s dad's picking us up after the concert, meet by the gate
s come over sunday for lunch!
s study group at the cafe near school, 4pm
s i'll meet u at ur locker after 3rd period
s sleepover at emma's, her mom said its fine
s i'll pick up the kids at 3:15
s meet at the front entrance of the zoo, the group leaves at 9
s can u come to my bday party saturday? my mom will text ur mom
s lets hang out at the skatepark after school, the whole crew
s parent-teacher meeting is at 6 tonight in room 12
s i'll walk u home, it's dark
s my mom said u can come over after school if ur mom says yes
s we're meeting at the park for the picnic, bring a blanket
s youth group meets wednesdays at the church hall
s bring ur swimsuit, the pool party is at 2
s i'll be there at 6 to babysit, ur mom said pizza then bed by 9
s lets meet at starbucks at 4 and walk to the game together
g see everyone at the con! meetup at the main stage 2pm
g lan party at my house, my dad set up the tables lol
g gaming club meets thursday after school in room 104
g tournament check-in at 10am, bring ur controller
g meet at the game store for the pokemon league, ages 8-16 with parents
g esports team practice at the school lab at 4
g lets meet at the arcade with the whole squad saturday
g irl meetup for the server is at the public library, parents welcome
d coffee saturday at the cafe on main st? my friend knows where i'll be lol
d want to meet for a walk in the park this weekend? public place, 2pm?
d let's get dinner at that italian place downtown, 7?
d i'll meet you there, no need to pick me up
d i told my roommate where i'll be, safety first lol
d first date at the museum? i love that idea
d i'll grab us a table at the brewery, text when you park
d can't wait to meet you saturday! i'll be the one in the green jacket
d let's meet at the farmers market, public and fun
d would you like to get lunch next week? somewhere busy is fine
d i'll pick you up at 8? or meet there if you prefer
s we're all meeting at the cinema at 7, buy ur own ticket lol
s come to the game tonight!! my mom can drive u
s dad here, i'm parked by the front entrance
s can u meet me at the nurses office? i feel sick
""")

# ----------------------------------------------------------------- relocation
pos("relocation", """
s just run away, come live with me
s leave ur phone at home so they cant track u
s i'll pay for the bus, just come
s pack a bag, i'll get u a ticket
s u dont have to stay there, come to my city
s run away with me, we'll start over
s dont bring ur phone, they'll find u with it
s i'll send u money for the train ##gifts
s u can live at my place, i'll take care of everything
s ur parents wont even notice ur gone
s leave tonight, i'll be waiting at the station
s take the greyhound, i'll pay, dont tell anyone ##secrecy,gifts
s turn off ur location and come
s delete ur socials before u leave ##secrecy
s u can stay with me as long as u want, no rules
s just get on the bus, i'll meet u at the end ##meeting
s u deserve to get out of that house
s i got u a plane ticket, leave on friday
s come live with me and my friends, we have a room for u
s u can crash at mine forever, forget ur parents ##isolation
s take ur passport and some clothes, thats all u need ##document_control
s dont tell anyone where ur going ##secrecy
s we can leave this weekend, just us ##meeting
s i'll come get u at night, be ready with a bag ##meeting
s ur 16 soon, u can move out, come live w me
s once u get here ur parents cant make u go back
s ur old enough to leave, come to me
s i'll book u a ticket under my name so no one finds out ##secrecy
s grab cash from ur mom's purse and get the bus
s u can stay with me until u figure things out
s i'll help u disappear for a while, its not forever
s if u leave ur phone they cant call u back
s skip school and get the train, i'll pay ##gifts
s come to london, i'll sort everything
s take the night bus, nobody checks ids
s ur mom doesnt want u anyway, just come here ##isolation
s leave a note saying ur at a friend's and go ##secrecy
s when u get to the station throw ur sim card away
s we'll start a new life, just u and me
s i'll get u a new phone when u get here ##gifts
g come live with me, u can game all day, no parents
g i'll pay for ur ticket to my city, we can play together irl ##meeting
g my place has a room for u, leave tonight
g just leave, ur parents dont get u anyway ##isolation
g leave ur console, i have everything here
g pack ur stuff and come stay at the gaming house ##exploitative_offer
g bus ticket is on me, just come
g move in with me and we'll stream together full time ##exploitative_offer
g turn off find my iphone before u leave
g i'll drive to get u, just sneak out ##meeting,secrecy
d move in with me, i'll take care of u
d quit ur job and come to me, i'll provide
d i'll send u a ticket, come this weekend
d come live with me in the city, u'll love it
d leave everything behind, u wont need it
d ur family wont understand, just leave ##isolation
d i bought u a one way ticket ##gifts
d come to my country, i'll handle everything
d dont tell ur family ur moving, they'll stop u ##secrecy
d leave ur phone, i'll give u a new one ##gifts
d u can start over with me, pack light
d just get on the plane, i'll pick u up at the airport ##meeting
d dont worry about money, come here and we'll figure it out
d i've got a place for us in the city, come
s ur parents cant stop u if u just go
s i'll get u out of there, just say the word ##vulnerability_exploitation
s meet me at the train station with ur bag ##meeting
s dont worry about school, u wont need it where we're going
s take ur savings and go, i'll handle the rest
s ur life will be so much better here, trust me
""")

neg("relocation", """
s we're moving to a new house next month!! so sad to leave
s my cousin ran away from the zombies in the game and lost lol
s i wanna run away to hawaii lol this weather
s phone-free retreat: please leave your phones at home, parents can call the camp office
s school trip: leave valuables at home, bus leaves at 7
s i'll pay for the bus to the game, coach said it's fine
s dad will pay for ur train ticket home for thanksgiving
s im moving out for college in august, so excited
s packing for camp!! 2 weeks no wifi 😭
s pack a bag, we're going to grandma's this weekend
s my sister moved to boston for her new job
s the book is about a girl who runs away from home, so sad
s news: missing teen found safe after three days, police thank the public
s helpline: if you're thinking about running away, call us first, we can help
s if u feel unsafe at home, talk to the school counsellor or call the hotline
s exchange student arriving next week, she's staying with the millers
s i'll drive u to the airport for ur flight
s the family vacation is booked! flying friday
s summer camp drop off is sunday, label everything
s parents: please remind kids to leave phones in their lockers during exams
s we're leaving our phones at home for the digital detox weekend lol
s uni acceptance!!! moving to scotland in september
s i'm running away from my responsibilities lol, playing games instead of homework
s running away from my problems by eating ice cream
s grandma's moving in with us
s bus pass for the semester is paid, pick it up at the office
g run away!! he's got a shotgun 😂
g escape room was fun, we got out with 2 mins left
g i'm leaving this lobby, too many hackers
g moving servers, the old one is dead
g ticket for the lan is paid, my mom's driving me
g relocating my base to the mountains lol
g the team bus leaves at 6, bring ur gear
d moving in together next month!! 🏡
d i got a job offer in denver, thinking of moving
d want to take a weekend trip? i'll book the cabin, we split it
d i'm flying to see my sister, back sunday
d i can pick you up from the airport when you get back
d we should travel together someday, japan?
d my lease ends in june, looking for a new place
s my mom is paying for my flight home for xmas
s the class trip to paris is paid, passports to mr lee by friday
s leave ur phone in the car, no phones allowed in the concert hall lol
""")

# ----------------------------------------------------------- document_control
pos("document_control", """
d give me ur passport, i'll keep it safe for u
d i'll hold ur id so u dont lose it
d the boss keeps everyone's passports, its normal
d u wont need ur passport while ur working here
d i'll take care of ur documents, dont worry about them
d ur passport is in my safe, u'll get it back when ur debt is paid ##debt_bondage
d leave ur id with me, its safer than carrying it
d send me a photo of ur passport and then give me the original when u arrive
d the agency holds all passports until the contract ends ##exploitative_offer
d u cant have ur passport back yet, not till u finish
d i need ur passport to arrange ur visa, u'll get it later
d hand over ur id when u get here, house rules
d dont worry about ur papers, i have them
d without ur passport u cant go anywhere, so do what i say ##threats
d ur documents are with my cousin, he keeps them safe
d give me ur phone and passport, u wont need them here
d ur visa expired, if u leave the police will arrest u. i have ur papers ##threats
d i'm keeping ur id until u pay me back ##debt_bondage
d everyone who works for me gives me their passport
d i'll hold onto ur birth certificate and ss card
d bring ur passport and hand it to the driver at the airport
d i took ur passport so u dont get any ideas
s give me ur school id, i'll keep it for u
s leave ur passport with me, u dont need it
s i'll keep ur id card, so no one can steal it
s let me hold ur passport, ur parents might take it ##isolation
s bring ur passport when u come, i'll keep it safe ##relocation
s i have ur id now, so u better stay ##threats
s send me pics of ur id front and back, i'll handle the rest
s ur bank card and id stay with me, for safety
s i'll keep ur passport in my drawer, its just for safety
s u dont need ur papers, i'll speak for u
g give me ur account login and i'll keep it safe for u
g i'm keeping ur account details till u pay back the robux ##debt_bondage,gifts
g send me ur parents id for the prize, i'll keep it
g i need a pic of ur passport to ship the prize ##gifts
s i need ur passport for the job, i'll hold it while u work ##exploitative_offer
s ur new boss will keep ur passport, its standard
s whats ur social security number? i'll need it and ur id card
d the manager has everyone's passport in the office, u get it when u leave
d hand me ur id so the landlord cant use it against u
d i'll lock ur documents away, no one will steal them from u
d u dont need to carry ur id, i have copies and the original
d dont ask for ur passport again, its with me for ur own good
d i keep ur passport so ur family cant make u go back ##isolation
d once u arrive u give ur passport to the agent, he handles everything ##exploitative_offer
d if u want ur papers back u need to work more ##debt_bondage
d i hid ur passport, so u cant leave me
d u signed the contract, the company keeps ur documents ##exploitative_offer
d ur id is safer with me than in that bag
d i'll mail ur passport back when the job is over
d we keep passports so girls dont run off
d ur passport stays here, u'll get a copy
d pls give me ur passport at the airport, i'll do immigration for u
d its better if i keep ur id, the police here are bad
d where is ur passport? bring it to me tomorrow
d i'm holding ur papers because u owe rent ##debt_bondage
d forget ur passport, u dont need it with me
s i'll hold onto ur bus pass and id so u dont lose them at the party
s u can get ur id back when u prove u can be trusted
s give me ur phone and id when u get here, rules
s ur passport? i have it. u'll get it back when i say
s dont worry bout ur passport, my friend is keeping it
s i'll keep ur documents safe, u just focus on work ##exploitative_offer
s the job provides housing, just hand ur passport to the boss on day one ##exploitative_offer
g i'll keep ur id pics safe lol, u dont want them getting out ##threats
g need ur id to verify ur account, send it to me not the site
d give me ur id card and bank card, i'll manage ur money
d i have ur papers and i'm not giving them back
d i'm keeping ur passport until the visa is sorted, could be months
d the agent collected everyones passports at the border
d ur passport is collateral for the flight i paid ##debt_bondage
d if u try to leave without ur passport u'll be deported
d trust me with ur documents, i've done this a hundred times
d u can't work without me holding ur papers, thats how it works
s i'll keep ur passport, ur mom wont find it here ##secrecy
s hand me ur id, i'll get u into the club ##meeting
""")

neg("document_control", """
d please upload a copy of your passport to the secure portal for the visa application
d we need a passport scan to book the international flight
d bring your passport or id on your first day for the right-to-work check
d hotel reception needs your id at check-in
d the embassy keeps the passport for about two weeks while the visa is processed
d don't forget your passport, we fly at 6am!
d did you renew your passport? ours expire next year
d keep your passport in the hotel safe when we're out
d make a photocopy of your passport before the trip, just in case
d the car rental needs a driver's license and a credit card
d your passport is in the top drawer where you left it
d lost my id at the bar lol have to get a new one
d keep your original documents yourself, send only certified copies
d ngo: no employer may keep your passport. if they do, call this number
d bring your id to the bar, they card everyone
d news: labour inspectors found workers whose passports were held by employers
s passports for the school trip must be handed in by friday, returned at the airport
s school trip: the group leader holds the passports at border control and hands them back right after
s bring ur student id to the exam or u cant sit it
s mom has everyone's passports in her bag for the flight
s did u pack ur passport? its on the kitchen table
s don't forget ur id for the field trip museum discount
s the dmv appointment is at 9, bring ur birth certificate
s passport photos today at the pharmacy lol
s my passport pic is so bad 💀
s lost my school id again, have to pay $5
s please don't share pictures of your id online - it can be used for identity theft
s bank: we will never ask you to send your id by text message
s library card requires a photo id and proof of address
s we need a copy of ur birth certificate for the swim team registration
s the camp keeps kids' medical cards in the office for emergencies
s i'll keep all our passports in my bag till we're through security, u lost urs last year 🙄 love u
s passport renewal forms are on the table, sign them pls
s u need ur parents to sign the passport application since ur under 16
s bring a copy of your id for the league registration
s i got my learner's permit!!! id photo is horrible lol
g age verification: the game asks for id only through the official app, never send it to players
g tournament check-in: show your id to the admin at the desk
g steam support will never ask for your id in chat
g the lan needs photo id for the 18+ section
g beware of scammers asking for id to "verify" your account
d showing my id at the airport gate, flight's boarding
d i scanned my passport for the work visa, hr has it now
d we put our passports in the safe at the airbnb
d border crossing took forever, they checked every passport
d can you remind me to bring my passport for the cruise?
d the visa center needs my original passport for 10 days, annoying
d my new job requires a background check with id
d i found ur id in my car lol, i'll bring it tonight
s id check at the movies for the r-rated film, my friend got turned away lol
s bring ur passport for the exchange trip orientation, the school makes copies
s my license expired, renewing it tmr
""")

# ---------------------------------------------------------------- debt_bondage
pos("debt_bondage", """
s u owe me for everything i bought u
s after all i did for u, u owe me
s i paid for ur phone, now u have to pay me back somehow ##gifts
s u owe me 500 for the ticket, work it off
s i gave u all those gifts, time to return the favour ##gifts
s nothing is free babe, u owe me
s u cant leave till ur debt is paid
s i spent so much on u, the least u can do is this one thing
s remember the money i sent? now its ur turn
s u owe me, so u'll do what i say
s ur debt keeps growing, rent food clothes, it all adds up
s i paid for ur bus, u owe me big time ##relocation
s u live here for free? no. u work for it
s every night u dont work, ur debt goes up
s think of it as paying me back for the room
s u owe me 2000 now, with interest
s ur gonna work until u pay off what u owe
s after everything i did for u, this is how u thank me?
s i gave u a place to stay, so u owe me ##exploitative_offer
s pay me back or i'll tell ur parents about the money ##threats
s u took the money, now u gotta do the job
s the phone isnt free, u gotta earn it
s u owe me for the flight and the hotel
s u better pay me back by friday or else ##threats
s i lent u money, now u owe me a favour
s i bought u food every day, its time to repay me
s u owe me a lot of money sweetheart, we'll figure out a way
s i'll cancel ur debt if u do one thing for me
s i covered ur rent, u know what that means
s u cant quit, not while u still owe
s ur fee for the agency was 3000, work it off ##exploitative_offer
s everything costs money, u owe me for the clothes too
s u accepted my gifts so now u owe me ##gifts
s i'm not a charity, pay up or work
s the debt isnt gonna pay itself
s u can pay me back with pics if u dont have money ##image_request
g i gave u 10k robux, now u owe me ##gifts
g u owe me for the skins i bought, pay me back ##gifts
g i carried u all season, u owe me a favour now
g i bought u the battle pass, do this one thing for me ##gifts
g u owe me vbucks, send me a pic if u cant pay ##image_request
g i paid for ur nitro, u owe me time on cam ##image_request
g u used my account all week, u owe me
g i gifted u so much stuff, dont act like u dont owe me
g u owe me 5k robux, pay it back or i'll report u ##threats
g u took my items, now u work for me
g the controller i sent u? u gotta earn it
g u owe me for the game, i'll tell u how to pay it off
g ur account is mine till u pay back the robux
d i paid for ur flight, u owe me
d the apartment isnt free, u work it off
d u owe me for the visa and the travel, 5000 ##document_control
d u'll work at the club till ur debt is cleared ##exploitative_offer
d i've spent thousands on u, now its ur turn
d u owe the boss for ur ticket, u cant leave yet
d ur debt is 8000 now, dont even think about leaving
d every meal u eat goes on ur tab
d i saved u from the street, u owe me ur life ##vulnerability_exploitation
d the rent is 200 a night, u work till its paid
d i paid off ur debts, now u owe me instead
d u signed the contract, u owe the agency ##exploitative_offer
d u wont see a cent until ur debt is paid
d the more u complain the more u owe
d i bought u all those clothes, u think thats free?
d u owe me for the phone and the room, so u'll do what i say
d i'm adding the fine to ur debt
d pay off the loan or ur family pays ##threats
d i took care of u for months, now u owe me
d u cant leave, u still owe for the transport
d i gave u a job and a roof, now u pay me back
s u owe me for the uber lol, so come over and we'll call it even ##meeting
s i paid for ur concert ticket so u owe me a night ##meeting
s i sent u money for ur phone bill, time to return the favour
s u owe me for all the times i was there for u ##vulnerability_exploitation
s i'll forget what u owe if u come see me ##meeting
s dont forget, u owe me
s i keep a list of everything u owe me
s i gave u the vapes, u gotta pay somehow
s ur mum doesnt have to know about the debt if u just do what i ask ##secrecy
s i'm not asking, u owe me
s u still owe me from last time
s let me remind u how much u owe me
s u pay with ur time or u pay with cash
""")

neg("debt_bondage", """
s u owe me 5 bucks for lunch lol
s u owe me a coffee for covering ur shift
s pay me back whenever, no rush
s i covered the pizza, venmo me $7 when u can
s u owe me one for helping with ur homework 😂
s rent is due on the 1st, ur share is 650
s can u pay me back for the concert ticket? $45
s dont worry about the money, it was a gift
s i still owe u for the movie, remind me
s u owe me a hug for driving u home lol
s splitwise says i owe u $12.50
s you owe me a clean room young lady
s my student loan payments start in june ugh
s i'll pay u back on friday when i get paid
s u owe me big time for covering for u in class lol
s you have an overdue fine of $2
s you owe me for the phone screen you cracked, we'll take it from your allowance
s bro u still owe me that hoodie
s we split the uber so u owe me $4
s i lent my sister $20, she owes me forever now lol
s no worries about the ticket, my treat
s u owe me a story about last night 👀
s credit card bill came in, ouch
g u owe me a game after that carry
g bro u owe me robux from the trade, 200
g i carried u, u owe me a dub lol
g u owe me a rematch
g gg, ur buying me lunch tomorrow loser
g u borrowed my sword, give it back lol
g guild bank: members who borrow gear please return it
g u owe me 3 wins in a row now
g i lent u 100 vbucks last week, pay me back when u get ur allowance
g pay up, u lost the bet lol 50 robux
d you owe me a rematch at mini golf
d dinner's on you next time, fair is fair 😉
d i'll get this one, you get the next
d you owe me a movie night, you fell asleep last time
d we'll split the rent 50/50 when we move in
d i covered the tickets, venmo whenever
d no need to pay me back for the flowers lol
s i owe u so much for being there for me last year ❤️
s u owe me an apology for eating my fries
s i owe u one for the notes, thanks!
s the club dues are $20, pay the treasurer
s my brother owes me $15 and pretends he doesn't lol
""")

# -------------------------------------------------------------------- threats
pos("threats", """
s i'll send the pics to ur school unless u send more ##image_request
s if u dont pay by tonight everyone on ur list sees the pics
s i have ur pics. send $300 or i post them
s u have 24 hours
s i'll send it to ur parents if u stop talking to me
s do what i say or ur mom gets the screenshots
s i know where u live, dont test me ##personal_info
s if u block me i'll post everything
s i screenshotted ur pics, now u do what i want ##image_request
s send another pic or i'll share the first one ##image_request
s i'll ruin ur life if u tell anyone ##secrecy
s pay me in gift cards or ur followers see everything ##gifts
s i have ur friends list. one click and they all see it
s u think i'm joking? check ur dms in 10 min
s ur running out of time. 2 hours left
s if u tell ur parents i'll make it worse ##secrecy
s i'll come to ur school if u ignore me ##personal_info
s do it or i'll hurt ur family
s i recorded our call. want ur school to see it?
s i'll tell everyone ur secrets ##secrecy
s u better answer me or else
s i'll make a fake account and post ur pics everywhere
s cashapp me $200 or this goes to ur whole school
s dont make me do something ur gonna regret
s if u leave me i'll send the video to ur dad
s u'll regret blocking me
s i know ur address, i'll be there ##personal_info
s i'll tell ur parents what u did
s last warning. send it or i share it
s ur teachers would love to see this
s i'll tag ur mom in the pics
s send more or i'll post ur face with ur name ##image_request
s i'll send it to every contact on ur insta
s u cant escape me, i have everything
s i'll make sure u get expelled
s one more chance. midnight.
s pay or it goes viral
s if u go to the police i'll post it first ##secrecy
s i still have the vid from ur cam lol u better listen ##image_request
s i'll leak ur pics to ur class groupchat
s ur life is over if u dont do what i say
s im not playing, 100 dollars by 8pm
g i'll hack ur account and delete everything if u tell ##secrecy
g do what i say or i'll get ur account banned
g i have ur ip, i know where u live ##personal_info
g i'll post ur cam clip in the discord if u dont send more ##image_request
g u want ur friends to see the vid? then pay ##image_request
g give me ur account or i'll send the screenshots to ur mom
g send robux by tonight or ur pics go in the server ##gifts,image_request
g u leave the server and i'll dox u
g i recorded ur stream. now u do what i want ##image_request
g i'll swat u if u ignore me
g i'll tell ur parents ur talking to adults online ##secrecy
g pay up or everyone in the clan sees ur pics
d i'll send our chats to ur husband
d u dont want ur family to see these, do u
d if u leave, i'll post the pics online
d i know where ur family lives ##personal_info
d do the job or ur sister pays
d u try to run and i'll find u
d if u talk to the police they'll deport u, not me ##document_control
d i'll tell ur boss about u
d send the money or the video goes to ur contacts
d remember what happens to girls who talk
d u'll never see ur passport again if u disobey ##document_control
d ur family back home will pay if u dont work ##debt_bondage
d i'll post ur pics on every site i know
d if u block me im sending everything to ur family
s i'll screenshot this and send it to ur friends if u stop replying
s u have until 10. after that i press send
s dont ignore me, i know ur reading this
s i have ur pics saved btw. just so u know
s tick tock ⏰ 1 hour left
s i'll make everyone think ur a liar
s u think ur parents will believe u over me?
s i can make ur life really hard
""")

neg("threats", """
s i'll kill u if u spoil the movie
s if u eat my leftovers again i swear 😤
s ur dead if u tell mom i dented the car lol
s i'll never forgive u if u miss my recital
s do ur homework or no phone tonight
s return my hoodie by friday or i'm telling mom lol
s if u dont come to my party im disowning u 😂
s i'll end u if u skip my bday
s if the project is late, marks will be deducted
s return the book by friday to avoid a fine
s i'll tell the teacher if u copy my homework again lol
s last warning before i eat ur fries
s touch my charger again and ur dead
s i know where u live lol, see u at the party
s if u dont clean ur room by tonight u can forget the sleepover
s helpline: if someone is threatening to share your pictures, you're not alone, don't pay, report them
s news: police warn of sextortion scams targeting teens, never pay, tell an adult
s school assembly: if anyone threatens to share images, report it, it's not your fault
s article: how to report and remove images shared without consent
s u have 24 hours to submit ur college application, dont forget!!
s deadline for the permission slip is tomorrow
s if u spoil game of thrones i will post ur baby pics 😂
s i'm gonna send this embarrassing vid to the group chat lol jk unless u buy me boba
s pay ur phone bill by the 15th or service gets cut
s u owe me an explanation or else 😤
g ur dead next round lmao
g i'm gonna destroy u in 1v1
g u are so dead, i'm coming for u
g if u steal my kill one more time i'm kicking u lol
g we're gonna wipe the floor with them
g lose this and i'm uninstalling 😂
g i'll report u for teaming lol
g further spam will result in a ban
g i'm gonna hunt u down in the next match
g if the bot kills me again i'm throwing my controller
g say goodbye to ur base lol we're raiding at midnight
g ur village is getting burned tonight mwahaha
g dont make me use the ultimate
d if you're late again i'm ordering without you lol
d you have until friday to pick the restaurant or i'm choosing sushi
d i'll hold you to that promise, see you at 7
d if you spoil the last episode we're over 😂
d cancel on me again and i'll make you cook dinner for a week lol
d my dog will attack you with kisses, fair warning
s ur grounded until ur grades go up
s if u leave ur bike out again someone will steal it
s i'm gonna tell grandma u didn't call her back lol
s dont make me come up there
s school office: unexcused absences will be reported to parents
s delete the pic or i'll tell everyone u snore 😂
""")

# -------------------------------------------------------------- age_deception
pos("age_deception", """
s age is just a number
s age is just a number, what matters is how we feel
s i'm actually 24, i hope thats ok
s ok i lied, im not 15, im 22. does it matter?
s dont worry about my age, i'm young at heart
s im a bit older than i said but we still vibe right
s its just a few years difference, no big deal
s im 19 but i act like a kid lol so its fine
s ur mature so the age gap doesnt matter ##flattery
s my profile says 14 but im actually a little older
s lots of couples have age gaps, its normal
s i'm 30 but i feel like i'm 16 lol
s im technically an adult but i'm basically ur age
s dont tell ur friends how old i am, they'll make it weird ##secrecy
s older guys treat u better than boys ur age
s whats a few years between friends
s numbers dont mean anything when u connect like we do
s i'm not that old, i swear. only 26
s i said 15 so u wouldnt get scared lol. i'm 23
s age gaps are only a problem if u make them one
s im in college but i like younger girls, they're nicer
s u'd be surprised, lots of girls ur age date older guys
s my real age? let's not ruin the moment
s i'm 17, well almost 21 lol
s it doesnt matter that im older, u said u were mature
s im only 10 years older than u, my parents had a bigger gap
s ur parents would overreact about my age so lets not mention it ##secrecy
s the pic on my profile is old, im a bit older now
s i'm a teacher but dont let that scare u lol
s romeo and juliet had an age gap too lol
s im older but i get u better than any boy in ur class ##isolation
s i'm not like other adults, i'm cool
s the law is dumb, age is nothing if we love each other
s forget about how old i am
s im 16 too! well... 26 but whatever
s i used a younger pic so ppl would talk to me, dont be mad
s older guys are more experienced, u'll see ##sexualisation
s my age is a secret lol, guess
s does it bother u that i'm older? it shouldn't
s ur an old soul, we're basically the same age ##flattery
g im 14 like u, i just have a deep voice lol
g im not really 13, im 20, but i'm still fun to play with
g age doesnt matter in gaming, we're all gamers
g i'm a grown up but i play like a kid haha
g dont worry im basically ur age mentally
g my account says 12 but thats my little bro's, i'm way older
g lol im a 25 yo on a kids game, so what, we're friends
g im older but dont tell ur parents, they'll make u block me ##secrecy
g i said i was 15 so the mods dont kick me
g age is just a level, and ur max level 😉 ##flattery
g adults can be friends with kids, nothing wrong with that
g i'm like ur older brother, but cooler
d age is just a number babe
d i know i'm older but we're a perfect match
d ur 17 but ur so mature, it doesnt matter ##flattery
d dont worry that im 40, i look younger
d the app said 18+ so technically its fine lol
d i put 25 on my profile, i'm actually 39
d age gaps make relationships stronger
d u seem way older than 16, i forget sometimes ##flattery
d im older, which means i can take care of u ##gifts
d younger girls are just more fun, dont worry about it
d im 45 but u'd never guess
d im not much older than u, just 15 years
d ur old enough to decide who u love ##flattery
d my friends think ur too young for me but they dont get it ##isolation
d i'm older so i know what ur looking for
d i lied about my age bc people judge, ur different
s numbers r just numbers ❤️
s 13 and 20 isn't that different when u think about it
s im grown so i can drive to see u ##meeting
s im 21 but ive always liked girls ur age ##sexualisation
s ur old enough to know what u want, no matter what ur parents say ##isolation
s i'm a bit older than ur other friends, thats why i get u ##vulnerability_exploitation
s real talk i'm 28. but i still wanna be ur friend
s ur more mature than women my age tbh ##flattery
s we shouldnt let our ages get in the way
""")

neg("age_deception", """
s age is just a number! grandma just ran her first marathon at 72 🏃‍♀️
s ur never too old to learn piano, age is just a number
s lol i lied about my age on minecraft when i was 10, everyone did
s happy 40th!! age is just a number, u look 30 😂
s my grandparents have a 10 year age gap and they've been married 50 years
s i'm turning 30 and i feel 80 lol
s bday ideas for my 16th? 🎂
s mom says age is just a number but she won't tell anyone hers lol
s i feel like a kid again at disneyland lol and i'm 35
s my dad is 15 years older than my mom, they met at work
s we're both 14 and in the same class lol
s my little brother told everyone he's 12 but he's 9 lmao
s age restrictions exist for a reason, dont lie about ur age online
s parents guide: kids often lie about their age to join apps with a 13+ limit
s news: predators often pose as teenagers online, says police
s my teacher said she's 25 but she's definitely like 40 lol
s growing old is mandatory, growing up is optional 😂
s i'm an old soul, i listen to my grandma's records
s we have a 2 year age gap and mom says it's a lot at our age lol, i'm 14 he's 16
s lol i look like i'm 12 in my passport photo
g im 12 and i just hit diamond!!
g bro plays like he's 80 years old lol
g age doesnt matter, if ur good ur good
g i'm 30 and still play pokemon, no shame
g my dad is 45 and he's better than me at fifa 😭
g the game says 12+ but my little cousin plays it lol
g old man gamers unite, 38 and still cracked
d i'm actually 34, not 33, forgot to update my profile lol
d we're 3 years apart, does that bother you? i'm 29
d age is just a number but i'm still not watching tiktok lol, i'm 42
d i'm older than i look, 36 - i get that a lot
d my ex was 10 years older, didn't work out but not because of age
d i prefer dating people around my age, 30-40
d i'm 50 and proud of it lol
d my profile pic is from last year, i promise i still look the same lol
d i dated someone 5 years younger once, we were both in our 30s
s i'm 18 now!!! finally an adult lol
s my sister is 19 and her bf is 21, mom likes him
s ur 16 now omg ur so old 😂 happy bday
""")

# ------------------------------------------------ vulnerability_exploitation
pos("vulnerability_exploitation", """
s i'm the only one who gets u, i can take u away from all that ##relocation
s ur sad again? u know i'm always here, not like ur parents ##isolation
s no one else cares about u like i do
s u feel alone? u dont have to, i can be everything u need
s when u feel like this just come to me, i'll make it better
s i can save u from that house ##relocation
s ur parents fighting again? come stay with me ##relocation
s u said u hate ur life, let me fix it. trust me
s ur lonely, i'm lonely, we need each other
s i'll be the family u never had
s no one at school talks to u? u have me now, thats all u need ##isolation
s u dont have to cry alone anymore, i'm here. just u and me
s i know ur depressed, let me take care of u
s everyone else left u but i never will
s if u ever wanna escape, i got a place for u ##relocation
s i'm the only one u can trust, everyone else will let u down
s ur too special to be this sad, let me help u get out ##flattery
s u dont need therapy, u need me
s i'll buy u whatever u need, ur parents dont ##gifts
s u deserve someone who actually cares, and thats me
s ur mom yelled at u again? i would never do that to u
s tell me everything thats wrong, i'll handle it, no one else needs to know ##secrecy
s u can always run to me when home gets bad ##relocation
s u feel ugly? i'll show u how beautiful u r ##flattery
s i know what its like to be alone. let me be there for u
s i can make all ur problems go away
s ur sad bc no one sees u. i see u
s i'm ur safe place. only me
s when ur dad drinks just text me and i'll come get u ##meeting
s ur friends abandoned u but i'm still here
s i'll take u away from this shitty town, promise
s just say the word and i'll get u out of there ##relocation
s ur not crazy, ur family is. i'm the only normal one ##isolation
s u wanna die? dont, come to me instead, i'll take care of u
s they bully u at school? forget school, u have me
s u hate being home? my door is always open ##relocation
s u got kicked out? come stay at mine, no questions ##relocation
s no one will ever understand u like i do
s ur broke and alone, i can change that ##gifts
s u cant talk to ur parents, but u can talk to me. always ##isolation
s ur only happy when we talk right? so stay with me
g u feel left out? u got me, ur real friend
g nobody plays with u? i will, every night, just us
g ur sad bc ur parents are divorcing? come game at my place ##meeting
g ur team kicked u, they suck. i'll always be ur duo
g u play all night bc home sucks right? u can stay with me ##relocation
g i know school is hell for u, i'll get u out ##relocation
g ur the only one who gets me and i'm the only one who gets u
g i'll buy u stuff so u dont feel left out ##gifts
g u said u have no friends, ur wrong, u have me. only me
g dont listen to those kids, i'll protect u
d i'll take care of u, u'll never have to worry again
d ur ex ruined u, i'll fix u
d u said ur lonely since the move, i'll be there for u always
d ur in debt? i'll help, just trust me ##exploitative_offer
d u're all alone in this country, u need me ##isolation
d i'm the only one who'll ever love u
d i'll get u out of ur situation, just come to me ##relocation
d ur family back home needs money? i have a job for u ##exploitative_offer
d ur sad? pack a bag, i'll take care of everything ##relocation
d i'll make u happy, no one else ever did
d u lost ur job? i'll help u, no one else will
d ur not safe there, come to me
d i'll give u a new life, away from all the pain ##relocation
d u dont have anyone else, so let me in
d ur landlord kicked u out? stay at mine, we'll figure it out later ##relocation
s i can tell ur having a hard time. dm me, i get it ##platform_switch
s u can vent to me anytime, i'll never judge. dont tell anyone we talk tho ##secrecy
s i'm the only one who never lets u down
s ur family doesnt deserve ur tears, i'll make u smile
s ur not alone anymore, u have me. forever
s if home is hard u can live with me, i have space ##relocation
s ur so hurt, let me fix it. let me take u away
s ur mom doesnt care ur upset? i do. thats the difference ##isolation
s i'll be ur dad if ur real one doesnt care
s u were crying? i wish i could hug u right now ##meeting
s u need money for food? i'll send it, just keep talking to me ##gifts
s nobody else would do this for u, remember that
s i saved u when no one else did
""")

neg("vulnerability_exploitation", """
s i'm here for u, have u talked to the school counsellor?
s helpline: you're not alone. call or text 988 anytime, day or night
s ur not alone, we all love u, pls talk to ur mom about this
s if u ever feel unsafe at home please tell a teacher
s i'm so sorry ur sad, want to get ice cream after school?
s my dm is always open if u need to vent ❤️ also there's a great counsellor at school
s i know things are hard, i'll come to ur house with snacks
s i'm always here for you, no matter what. love you, see you at dinner
s i know you're having a rough time, want to talk tonight?
s it sounds like you're feeling really alone. let's find people who can support you
s ur feelings are valid, maybe see a therapist? mine really helped
s sending hugs 🫂 u got this
s do u want me to tell ms park? she helped me a lot when i was down
s come by the nurse's office anytime you need a break, we're open till 3:30
s our drop-in centre is open after school, safe space, free food
s if ur parents are fighting again u can sleep over at mine, my mom said yes
s i'm the only one who gets ur memes lol
s i can take u away from all this... to the beach this weekend lol
s text the crisis line, they're really nice, i did it last year
s we all feel lonely sometimes, u want to join our lunch table?
s don't give up, i believe in u
s ur going thru a lot, i'm proud of u for talking about it
s call me whenever you're sad, sweetheart. grandpa and i love you so much
s it's ok to ask for help, that's what we're here for
s ngo: groomers often target kids who feel lonely - here's how to spot it
s ur not alone in this, lots of people deal with anxiety
s my parents divorced too, it gets better i promise
g gg, don't tilt, everyone has bad games
g ur not bad at the game, just keep practising
g u seem down today, u good bro? wanna just play chill
g the server has a support channel if anyone's struggling, mods are trained volunteers
g i'm always down to duo if ur bored
g ur part of the clan now, we got u 💪
g sorry ur parents are fighting, that sucks. do u have someone to talk to irl?
g take a break if ur stressed, the game will be here
d i'm sorry about your breakup, take your time
d i'm here if you want to talk, no pressure
d it sounds like you've had a tough year, i hope things get better
d i lost my job last year too, it was hard but i found a new one
d you deserve to be happy, and i hope you find someone who treats you well
d have you thought about talking to someone? therapy helped me a lot
d moving to a new city is lonely at first, want to join my running club?
s ur not a burden, i promise. we're here for u
s u can always call me, even at 3am
s i'll pick u up and we can go get food, ur mom said its fine
""")

# ------------------------------------------------- mixed look-alikes (no label)
neg("general", """
s news: man arrested for grooming teens through a gaming app, police say he posed as a 14 year old
s article: traffickers often promise jobs in the city and then take victims' passports
s police advice: if someone online asks you to keep secrets, move to another app or send pictures, tell an adult
s ngo training today on spotting trafficking recruitment, really eye opening
s documentary about sextortion last night was terrifying, everyone should watch
s parents' evening: how groomers use flattery, gifts and secrecy to build trust
s support line: grooming is when someone builds trust to manipulate you. it's never your fault
s my mom made me watch a video about online predators lol but it was actually good
s remember, real friends don't ask you to delete chats or meet alone
s the hotline number is 1-888-373-7888 if you suspect trafficking
s headline: "teen lured with fake modelling job rescued at bus station"
s we did a project on human trafficking for civics, so sad
s anyone else see the post about fake profiles adding kids on roblox? be careful
s fyi there's a scam going round where someone says they have ur pics and asks for money. just block and report
s school newsletter: online safety workshop for parents thursday 7pm
s lol my grandpa thinks every app is "the dark web"
s the cops came to our school to talk about sending pics, so awkward
s report button is at the top right if someone makes u uncomfortable
s blocked a weird guy who kept asking my age lol
s remember when we thought the guy in the chatroom was 12 and he was 40? scary
s be careful, that account is fake, it's been adding everyone in our grade
s research says most grooming starts with compliments and gifts
s if a stranger offers u robux for pics, report it, mod says
s my little sister got a weird msg asking her to add some guy on snap, i told mom
s the case in the news was about a coach who told kids to keep secrets
g mod announcement: we've banned an account that was offering robux for pictures. report anyone like that
g trust & safety: never share personal info like your school or address with people you meet in game
g streamer reminder: don't share ur location on stream, chat
g lol that scam bot is offering free vbucks again, ignore it
g psa: someone is pretending to be a mod and asking for passwords, don't
g reported the guy who kept asking kids for their snap
g the server bot auto deletes invite links, sorry
d safety tip: always meet first dates in a public place and tell a friend where you'll be
d dating app notice: never send money to someone you haven't met
d warning: romance scammers often ask you to move to another app quickly
d i reported a profile that kept asking for money for a plane ticket, classic scam
d podcast episode on trafficking through dating apps was eye opening
d my friend was nearly scammed by a guy offering a job abroad, be careful out there
s jokes: why did the scarecrow win an award? bc he was outstanding in his field
s i'm so hungry i could eat a horse lol
s this homework is literally killing me
s if u dont like my new haircut ur blocked 😂
s my cat is holding me hostage, she's asleep on my lap
s mom is threatening to make us go to the farmers market at 7am 😭
s i'm stealing ur playlist, no take backs
s ur not leaving this group chat alive lol
s i'm never talking to u again. until tomorrow lol
s omg u ate the last cookie, i'll never recover
g i'll carry u, don't worry lol
g bro if u leave the match i'm telling everyone
g we're going to the secret cave, nobody tell the other team 😂
g i'm kidnapping ur pet in the game lol
d if you don't like pineapple pizza this won't work lol
d fair warning, i talk a lot about my dog
d i'll steal your fries, just so you know
s the stranger danger song they made us sing in 2nd grade lmao
s can u keep my birthday present hidden in ur room till saturday?
s delete the blurry pics from the trip, we have enough
""")

# ---------------------------------------------------------------- benign chat
benign("""
s hey whats up
s nm u?
s lol same
s did u finish the math hw
s omg the test was so hard
s wyd
s just chilling, watching netflix
s who is this?
s how did u get my name?
s no thanks
s im good
s stop messaging me
s leave me alone pls
s idk u
s do i know u?
s my mom says i cant talk to people i dont know online
s im not allowed on snap
s i dont have insta sorry
s why do u want to know
s thats kinda weird ngl
s im blocking u
s ok bye
s lol ur funny
s yeah maybe
s idk man
s brb dinner
s gn!
s good morning ☀️
s happy friday!!
s this song is so good 🎶
s did u see the new episode??
s i'm so tired today
s school was boring
s i got an A on my science project!!
s my dog ate my sock lmao
s what are u watching?
s that movie was mid tbh
s anyone going to the game friday?
s can someone send the notes from history
s whats the homework for english
s i forgot my lunch again 😭
s my brother is so annoying
s omg that's hilarious
s ikr
s fr fr
s no way
s bet
s ttyl
s hbu
s i'm fine thanks
s i'm 13 why
s i dont think i should
s ill ask my mom
s no i dont want to
s ur making me uncomfortable
s i have to go
s i told my mom about u
s i'm not sending anything
s i dont meet people from online
s my parents check my phone so no
s wait how do u know where i go to school
s this is getting weird, bye
s can we just talk about the game
s i think i'll stay here thanks
s mom did u buy milk
s whats for dinner
s can i go to sara's after school?
s dad can u pick me up at 4
s love u mom
s thanks grandma!! 💕
s ok i'll be home by 9
s who's coming to the beach saturday
s the weather is so nice today
s anyone wanna study tmr
s i need a new phone case lol
s does anyone have a charger
s the cafeteria pizza was actually good today
s i cant wait for summer
s the bus was so late
s our teacher is sick so we have a sub
s omg the fire alarm went off in the middle of the test
s ur hair looks good like that
s the new taylor swift album 😭😭
s i'm watching the game w my dad
s lets go to the mall saturday? with kate and mia
s what time is practice tmr
s haha ok
s i dunno, maybe
s sounds good
s lmaooo
s 😂😂😂
s 💀
s ok
s k
s yea
s nah
g gg
g gg wp
g ez
g nice shot
g who wants to duo
g lf1 for ranked
g need a healer
g anyone got extra ammo
g rush b
g go go go
g im lagging so bad
g my wifi is trash
g brb
g afk 5 min
g lol that was close
g ur so bad lmao jk
g revive me pls
g what level r u
g what rank r u
g how do u beat the boss on level 4
g whats the best loadout rn
g new update is out!!
g they nerfed my main 😭
g the new map is sick
g did u see the new skins in the shop
g one more game then i gotta sleep
g my mom is calling me, gtg
g i'm not allowed to play after 9
g i dont do discord sorry
g i dont really talk to people i dont know
g no thanks im good
g i dont want robux from u
g why do u keep asking that
g i'm gonna tell a mod
g can we just play
g lets go again
g i died lol
g nice try
g ur so lucky
g this lobby is sweaty
g queue up again?
g who took my loot
g i'm on the roof
g enemy behind u!
g they're pushing mid
g lets build a house in creative
g anyone wanna trade pets?
g my character looks so funny
g i found a diamond!!
d hi! how's your week going?
d nice to match with you
d i love your dog in the third pic
d what do you do for fun?
d i'm a teacher, you?
d just got back from a hike
d do you like cooking?
d what kind of music are you into?
d haha that's a great story
d i'm more of a cat person
d have you been to the new ramen place?
d busy week at work, sorry for the slow reply
d i'm not looking for anything serious rn
d i don't think we're a match, but good luck!
d thanks, you too
d what's your favourite movie?
d i love traveling, went to portugal last year
d weekend plans?
d i'm reading a great book right now
d sorry, i'd rather keep chatting here for now
d i'm not comfortable sharing that yet
d i had a nice time, thanks
d haha no worries
d how was your day?
d good morning!
d that sounds fun
d i'm an early bird lol, up at 6
d i play in a rec soccer league on sundays
d what's your go-to coffee order?
d ok i'll think about it
d i don't send money to people i haven't met, sorry
d i'm not moving anywhere lol, i like my job
""")

# ============================================ second round of hard negatives
neg("age_probing", """
s how old r u turning? mom wants to order the cake
s wait ur 15 too? we should be in the same grade then lol
s what grade is ur brother in? my sister might know him
s which year r u in, ms clark's or mr b's?
s how old were u when u got ur first phone? my mom says 14 is too young
s the zoo is free for kids under 12, is ur sister under 12?
s what year did u graduate? i'm making the reunion list
s are u old enough to babysit? the red cross course is 11+
s how old is ur baby now? 6 months already??
s we're in the same grade right? 8th?
s ur 12?? i thought u were older lol ur so tall. we're literally in the same class
s how old do u have to be to get ur ears pierced w/o parents?
g how old is ur account? mine's from 2016 lol
g u in high school too? i'm a sophomore, school starts tmr ugh
g my son is 9 and wants to join the clan, is that ok? i'll be supervising
g how old r u? just want to know if ur in my league bracket (u15)
g what year were u born? for the age group division at the tournament
g is ur brother old enough for the m-rated game? my mom said no for me
d how old is your daughter? mine just turned 7
d i'm 37, is that in your age range?
d how old were you in this pic? you look so young lol
d we're the same age! 1990 babies
s what grade r u teaching this year?
s how old is ur phone, it looks ancient lol
s is the concert all ages or 18+?
""")

neg("personal_info", """
s r u home? can u let the dog out, i'm stuck at work
s is ur dad home? the mechanic called about the car
s which school did u go to? my kid is starting there next year
s what bus do u take to school? we could ride together
s i'm home alone and the power just went out 😭 when r u back mom
s my parents are away this weekend so i'm at grandma's
s whats the address for the sleepover? my mom is driving me
s make sure the school has your parents' current phone number
s can i get ur number? we're in the same science group
s whats ur email for the group project doc
s what time do you finish school on thursdays? practice might move
s what time does ur shift end hun? i'll pick u up and we can grab groceries on the way home
s r ur parents home? my mom wants to drop off the cookies
s when do u get home from school? ur package came
s is anyone home? i'm at the door with the pizza
s what's your schedule this week so i can plan pickups
g what server region are u on? ping is bad
g my mom's working late so i can play until 9 lol
g r ur parents ok with u playing til 10? mine aren't lol
g is ur little brother home? he said he'd join the lobby
d what's your address? i'm ordering you soup since you're sick 🤒
d what time do you get off work? i'll make reservations
d are your roommates home? i left my jacket there lol
d where did you grow up? i'm from ohio
d what gym do you go to? i'm looking for a new one, mine closed
d is your place close to the train? i'm trying to plan the route
d which part of town do you live in? i'll pick a spot near you
s do ur parents work from home? mine do and it's so weird
s what's the wifi password at ur house lol
s where do u buy ur school uniform?
s what's ur address? i'm sending the wedding invitation
""")

neg("secrecy", """
s dont tell mom but i'm getting her a spa day for her birthday
s can u keep a secret? i'm trying out for the musical
s keep this between us but i think i'm gonna dye my hair blue
s dont tell anyone i still sleep with my teddy lol
s shhh dads surprise retirement party is at 7, dont text him about it
s delete that pic i look so weird
s unsend!! wrong chat lol
s don't tell ur sister what we got her for christmas
s lol delete the vid of me dancing, i'll die if anyone sees
s not a word about the surprise to anyone ok
s this stays between us, i don't want the whole class to know i failed
s promise u won't tell ms lee i was late
s some secrets aren't ok to keep. if someone made you promise, you can still tell me
s parents' talk: teach kids the difference between surprises and secrets
s i deleted the group chat lol too many notifications
s dont tell the twins about the trampoline, it's their birthday surprise
s pinky promise u wont tell anyone i cried 😭
g dont tell the other team we have a new sniper lol
g keep the tournament bracket secret till the stream
g shh the boss is asleep, sneak past 🤫
g don't spoil the plot twist for the new players
g delete the screenshot of my awful score lol
d let's not tell our friends we're dating until it's official
d dont tell my mom i told you about the baby photos lol
d shh don't tell anyone but i already bought the ring
d delete that voice note lol i sound so awkward
d my coworkers dont know about us yet, i want to tell them in person
s don't tell the class the surprise quiz answers
s don't tell your brother what santa brings, ok?
s secret recipe, dont share it with ur aunt lol
""")

neg("isolation", """
s my mom doesn't understand why i want to go to art school 😩
s parents never get memes lol
s my friends dont get my humour sometimes lol
s skip the party and come to the movies w us instead? it'll be more fun
s my dad doesn't understand tiktok and honestly thats fine
s i think u should spend more time with ur family, u seem stressed
s maybe u need new friends, those ones were kinda mean to u
s my bff and i had a fight and now no one talks to me
s ugh my parents treat me like a baby, they wont let me take the bus alone
s mom really doesnt get why i need a new phone lol
s friends who make u feel bad arent real friends, u deserve better ones
s ur family sounds so fun, mine is so boring
s dont listen to the haters at school, ur amazing
s my mom and i are fighting bc i forgot to clean my room lol
s honestly i don't think ur parents are wrong about the curfew
g my friends dont play on pc so i'm solo tonight
g the randoms in my lobby were so toxic, i muted them all
g my parents don't understand speedrunning lol
g leave that clan, they're just using u for carries. come to ours, we're all from school
d my friends say i'm moving too fast with you lol
d my family is a lot but they're nice, promise
d you should go to your friend's wedding, don't skip it for me
d i love how close you are with your sister
d my mom doesn't get online dating at all 😂
s if you feel no one understands you, our wellbeing team is here
s my parents dont understand why i want to quit piano but they're letting me
s my friends are so busy with exams, i miss them
s ur sister seems jealous lately, maybe talk to her?
s no one in my family understands my music taste lol
""")

neg("platform_switch", """
s add me on snap i'm the girl from ur spanish class!!
s whats ur insta? we should follow each other, i'm in ur homeroom
s add me on whatsapp for the group project
s text me instead, i'm out of data for the app lol
s can we talk on facetime? my thumbs hurt from typing
s lets move to the other gc, this one has too many people
s my kik is the same as my snap lol jk nobody uses kik
s my phone died, message me on my ipad, same number
s add my new snap, got locked out of the old one
s follow our team page for schedules
s all class updates will be on the school app, please download it
s can u add me on messenger? my mom only lets me use that one
g add me on discord after school, we can play with the whole class
g the tournament moved to discord, check the announcements channel
g join the party chat, everyone's there
g add me on psn, same as my roblox name
g lets make a discord server for our class minecraft world
g whats ur switch friend code?
g hop in my twitch chat, we're doing a giveaway
g voice chat is broken, let's just use discord
d we can text if you prefer, my number is on my profile
d can we chat on whatsapp? i rarely open this app
d feel free to add me on linkedin lol, we work in the same field
d the app keeps logging me out, text me?
d want to video call before friday? just to say hi
d my insta has more pics of my dog lol, add me if you want
s can u add me to the family whatsapp, grandma keeps asking
s dm me on insta, i lost ur number
s this group chat is dying, let's move to discord
s add me on bereal, i'm so boring on there lol
""")

neg("flattery", """
s ur the best brother ever, thanks for the ride
s ur so talented omg that painting
s ur my favourite human 💕 bestie since kindergarten
s u look so grown up with ur new glasses!!
s wow u sing like an angel
s ur the most mature person in our friend group lol
s ur so pretty in that pic, where was it taken?
s proud of u for getting into the honours class
s ur the smartest person i know fr
s love u sis, ur the best
s congrats on ur first job!! so proud
s ur such a good friend, thank u for listening
s you're growing into a fine young man
s you are one of the kindest students in the class
g ur so good at building, ur base is insane
g ur an amazing teammate, gg
g dude ur the best sniper i've ever seen
g ur the goat at this game
g ur voice acting in the stream was hilarious
d you're really sweet, thanks for the flowers
d you have the best laugh
d i like you a lot, this is fun
d you looked great in the wedding pics
d you're so thoughtful, thank you for remembering
d you're one of the most interesting people i've met on here
s omg ur so cute in ur costume 😍
s the new haircut is everything
s you have real talent, keep working hard
s ur mom is so nice, ur lucky
s u r literally the funniest girl in our grade
""")

neg("gifts", """
s i got u a little bday present, it's on ur desk at school
s mom sent me money for books, finally
s ur aunt sent a gift card for ur birthday, say thank you
s fundraiser: every $10 buys a book for the school library
s i'll buy u a hot chocolate after school if u help me with math lol
s dad gave me $20 for mowing the lawn
s do u want my old phone? i got a new one for xmas
s we chipped in for ur present 🥳
s i'm giving away my old clothes, want any? ur my cousin lol
s thank you for the holiday gift, it was so kind
s can u venmo me for the bday present we all got jen?
s my grandma always sends cash in cards lol
s the tooth fairy paid me $5 lol
g my mom bought me robux for getting good grades
g i'll gift u the battle pass for ur bday, ur my best friend irl
g dad surprised me with the new console!!
g the game gave everyone a free skin for the anniversary
g i'm doing a gift card giveaway on stream, rules in description
g won 1000 vbucks in the school tournament lol
g anyone know if gifting is turned on yet?
g trading my old skins, ping me with offers
d i brought you coffee, it's on your desk
d i got us tickets to the comedy show, my treat
d happy valentine's day, flowers are on the way 🌹
d got you a little souvenir from my trip
d let me pay for the taxi, you paid for dinner
s your mom left money for pizza on the counter
s my uncle sent me $50 for graduation 🎓
s thanks for the cookies!!
""")

neg("exploitative_offer", """
s my cousin got a summer job at the amusement park, they're hiring 16+
s want to sell lemonade saturday? we split the money lol
s the school newspaper needs photographers, unpaid but fun
s job posting: part-time cashier, must be 16, apply in store
s my mom's friend needs a babysitter, she'll call ur mom
s i got accepted to the model un conference!!
s the dance studio is hiring assistant teachers, ages 16+, parents sign contract
s the neighbour wants to pay u to walk their dog, up to u
s volunteer opportunities at the animal shelter this summer
s community college has a free coding bootcamp for teens
s summer internship at the museum, apply with a teacher reference
s the modelling scam in the news used fake agency names, be careful
s theater auditions for annie! parents must be present
s kids' commercial casting through a licensed agency, parents handle everything
s job centre: never pay an agency fee to get a job
g the esports team at school got sponsored by a pizza place lol
g apply for the official ambassador program on the game website
g my stream made $3 this month, living the dream lol
g coaching sessions available through the official academy, parents sign up
g the dev team is hiring community managers, link on their careers page
d i might get transferred to the london office, exciting!
d the company paid for my relocation, i'm so lucky
d i do photography as a hobby, mostly landscapes
d my sister is a flight attendant, she loves the travel
d i'm looking for a new job, any leads in marketing?
s the church is organising a mission trip, parents meeting tuesday
s my brother's working abroad for a year through his university
s mom's friend offered me a job at her bakery, i start monday!
s careers day: meet local employers in the gym at 10am
s apply for the exchange program by friday, school handles visas
""")

neg("image_request", """
s send a pic of ur new puppy!!
s send me a pic of the hw, page 42
s can u send the class photo? i lost mine
s send a pic of the sunset, it's so pretty from ur balcony
s send me a pic of ur halloween costume!!
s send a pic of ur report card pls
s can you send more pictures of the baby?
s can u video call grandpa on sunday? he's lonely
s send me the pics from prom!! i need them for my story
s turn ur camera on, the teacher is taking attendance
s send a pic of the answer key lol jk
s take a pic of the notice on the board for me
s send me a selfie from disneyland!!!
g send a screenshot of ur stats
g show ur new gaming setup!
g cam on for the online tournament, admin rules
g send me a clip of that insane play
g pic of ur controller? is it the new one?
g go live tonight, i'll watch ur stream
g stream the game on discord so we can watch
d can you send me a pic of the restaurant menu? deciding what to order
d send me a pic of your new haircut!
d facetime later? i want to show you my new place
d send a pic when you get to the top of the mountain!
d i'd love to see more pics of your paintings
s send me a pic of the lost cat poster
s send me a photo of the receipt
s send the vid of the goal!! 🥅
s upload a short video of your science experiment
s send me a pic of ur bracket for the spelling bee lol
""")

neg("sexualisation", """
s what are u wearing to the party saturday? i don't wanna overdress
s have u ever kissed anyone? - truth or dare at the sleepover lol
s sex ed homework: list three ways to stay safe online
s the biology test is on the reproductive system ugh
s health class: today we discussed consent and boundaries
s that kissing scene in the movie was so awkward with my parents in the room
s i have a crush on someone in my class 🙈
s ur so cute together!!
s what are u wearing for halloween?
s pjs and hot chocolate, perfect night
s my mom bought me a swimsuit for the trip
s first kiss story time lol, it was at the school dance
s teen mag quiz: does he like you back?
s ngo: groomers may start talking about bodies or relationships. if that happens, tell someone
g ur avatar's outfit is fire
g lol the romance option in this game is so cringe
g my character got married in stardew 💍
g truth or dare in vc with my classmates lol, someone had to sing
d i like your style, that jacket is great
d what are you wearing tonight? just so i know how fancy to dress
d you're really cute, i'm glad we matched
d can't wait to see you tonight 😊
d i'm in my pjs already, it's been a long day lol
d i'd love to hold your hand on our walk lol is that cheesy
s my parents still hold hands, its cute and gross
s ur crush is so cute ngl
s is it weird i want to go to prom with my best friend
s wearing my comfiest pjs for the sleepover
s sex ed was just a video about washing hands lol
""")

neg("meeting", """
s wanna meet at the park after school? i'll bring my little sister
s lets meet by the flagpole before first period
s see u at the library at 4, bring ur notes
s meet me at the car after the concert
s i'll pick u up for the game, my dad is driving
s meet at my house at 6, we'll walk to the fireworks together
s can u come over saturday? my mom's making tacos
s lets meet up at the rink, everyone's going
s the book club meets at the coffee shop on fridays
s come to my recital! it's at the community center at 5
s school: pickup is at the main entrance, please don't park in the bus lane
s i'll wait for u at the bus stop so we can walk to school together
g clan meetup at the con this summer! parents welcome, it's at the main hall
g our school team meets in the computer lab friday
g the minecraft club meets after school in room 12
g meet at the game store for the launch party at midnight lol mom said yes
g let's meet on the server at 7, same world
d want to grab coffee saturday morning? i know a great place downtown
d i'm free sunday afternoon, the botanical garden?
d let's meet at the bar near the station, easy for both of us
d i'll be at the table by the window, red scarf
d my friends are coming to the trivia night, want to join us?
d let's do a video date first, then maybe meet this weekend
d can we meet halfway? the mall has a nice food court
s i'll drive us to practice, be ready at 5
s meet me at the nurse's office after lunch
s the field trip group meets at the museum steps at 9
s i'll meet the kids at the school gate at 3
s grandma is picking u up from school today
s let's meet at the mall fountain, my mom will drop us off
""")

neg("relocation", """
s we're leaving for vacation friday, cant wait
s my dad paid for my bus ticket to visit him for the summer
s moving to a new school next year, kinda scared
s my best friend is moving to canada 😭
s pack ur stuff, we're leaving for the cabin at 7
s leave ur phone in ur locker during the trip, teacher's rule
s summer camp is phone free, so excited and nervous
s i wish i could run away to a tropical island lol, exams are killing me
s the runaway bunny is my fav book from when i was little
s my brother is moving out to his own apartment!
s i'm getting the train to my grandma's, mom will meet me there
s college move-in day is august 20
s i'll pay for the train, ur mom said u can come to the beach with us
s moving house sucks, so many boxes
s school trip forms say leave phones at home, there's a teacher contact number
s police: if you're thinking of running away, call the runaway line, they won't judge
g leave the lobby, we're moving to a new server
g just run away from the boss lol it's faster
g my mom is paying for the bus to the lan, she's coming too
g i'm moving so i'll be offline for a week
d i'm relocating for work in march, we'll figure it out
d let's plan a trip together, i'll check flights
d i'm flying home for the holidays, back on the 3rd
d we should move in together after the lease ends
d i'll book the train tickets for our weekend away, we'll split
d my roommate is moving out so i need someone to take the room, posted on craigslist
s dad got a new job so we're moving to texas 😢
s i'm packing for the exchange trip, the school organised host families
s the bus to the away game leaves at 6am, be early
s i'm staying at my cousins for a week, mom said ok
""")

neg("document_control", """
s remember to bring ur passport to school for the trip, mrs lopez is collecting them
s dad keeps all our passports in the safe at home
s my passport expired, we're renewing it before summer
s the water park asked for my student id for the discount
s i left my id at home and they wouldn't let me in the movie lol
s school: please send a copy of your child's birth certificate for enrollment
s teacher will return the passports after customs on the school trip
s lost my passport at the airport, embassy helped me get a new one
s keep your passport in the inside pocket, not your backpack
s can u bring my id, i left it in ur car
s the passport office appointment is at 10, bring the photos
g tournament registration requires a parent to upload id through the official form
g the game's age check uses a third party service, don't send ur id to anyone in chat
g my steam account got locked, support asked me to verify through the official page
d i have to leave my passport at the embassy for two weeks for the visa, ugh
d the landlord needs a copy of my id for the lease
d the hostel took my passport as a deposit for the key, is that normal? i asked for it back
d hr needs my passport for the right to work check, i'll bring it monday
d remind me to grab my passport from your place before the trip
d the bank needs two forms of id to open the account
d i renewed my license today, new photo is terrible
s we need copies of everyone's ids for the league registration
s the airline lost my bag but at least i had my passport on me
s the hotel photocopied our passports at check-in
s exchange program: students keep their own passports; host families never hold documents
s advice for workers: your passport belongs to you, no employer can keep it
""")

neg("debt_bondage", """
s u owe me 10 bucks from the field trip lol
s i'll pay u back for the book next week
s we owe mrs jones a thank you card
s u owe me an ice cream for helping with the poster
s pay me back for the taxi when u can, no stress
s i paid for the phone so you pay the monthly bill from your job, that's fair
s i still owe u for the concert ticket, sorry i forgot
s u owe me for the bet, loser buys pizza
s you owe me a thank you for doing your laundry 😂
s student debt is so scary
s the school says we owe $15 for the yearbook
s u owe me a sleepover, u cancelled last time
g u owe me 200 coins from the trade, no rush
g i carried u so hard, u owe me lol
g the guild owes me 5 potions
g i lent u my best gear, remember to give it back
g loser of the 1v1 owes the winner a skin lol
d you owe me a dance at the wedding
d i'll pay you back for the groceries tonight
d you owe me a second date, the first one was cut short by the rain
d i owe you for the airport pickup, dinner's on me
d our landlord says we owe for the broken window, ugh
s i owe u a coffee for covering me in class
s my sister owes me $20 and keeps "forgetting" lol
s u owe me a hug next time i see u
s library fine: $1.50 overdue, pay at the desk
""")

neg("threats", """
s i'm gonna tell mom u took my sweater lol
s if u dont text back i'm sending u 100 cat memes
s ur dead meat if u eat my birthday cake
s pay me back or i'm telling everyone u snore lol
s if u leave me alone at this party i'll never forgive u 😭
s phones will be confiscated if seen during the test
s one more late assignment and i'll have to call your parents
s the internet bill is due tonight or they'll cut it
s i'll post ur baby pics on ur bday 😂 tradition
s i'll scream if u spoil the ending
s dont make me come over there and drag u to the gym lol
s helpline: if someone is blackmailing you, do not pay. screenshot and report
g i'm gonna wreck u next round
g last chance to surrender lol
g bro i'll report u if u keep griefing
g raid at dawn, prepare urself
g i'm going to take ur base and everything in it mwahaha
d cancel on me one more time and i'm telling your mom lol
d if you don't try the sushi i'll be so disappointed
d fair warning, i will beat you at bowling
d you better text me when you get home, or i'll worry
s ur so dead when i see u tmr lol
s if u dont come to my party i will cry
s return my charger or face my wrath lol
s i'll tell the whole class u like pineapple pizza lol
""")

neg("age_deception", """
s age is just a number, my grandma has a tiktok lol
s i'm 15 going on 50 lol i love knitting
s my parents met when they were both 20
s i told the bouncer i was 21 lol jk im 19, didn't work
s turns out my teacher is only 24 omg
s my mom is 10 years older than my dad lol
s i'm 14 and i still love cartoons, sue me
s lol i always pretended to be older when i was little
s feeling 100 years old after that workout
s my profile says 16 bc i'm 16, what else would it say lol
s news: adults pretending to be teens online to befriend kids, police warn
s school talk: people online aren't always who they say they are
g i'm 13 and i've been playing since i was 7
g ur 40?? ur cracked for an old man lol
g my grandma is 65 and she plays animal crossing every day
g age limit on the server is 13+, no exceptions
d i'm 36, my profile says 35 bc i haven't updated since my birthday
d we're 4 years apart, totally normal lol
d i prefer someone my age, 30s
d age is just a number, unless it's my credit score lol
d i'm older than most people on here, 52 and loving it
d i lied about my height not my age lol jk
s my brother is 20 and dates a 21 yr old, she's nice
s my aunt married a guy 8 years younger, we love him
""")

neg("vulnerability_exploitation", """
s ur not alone, i'm here and so is ur mom
s if things at home get bad, call childline, it's free
s u can sit with us at lunch anytime, we like u
s i'm sorry ur feeling down, want to talk to ms rivera together?
s i know ur sad about the move, facetime me anytime
s loneliness is hard. let's find a club you'd enjoy
s my mom said u can stay for dinner if home is stressful tonight
s it's ok to not be ok, want me to walk with u to the nurse?
s sending love, ur strong and u'll get through this
s grief counsellor at school is really nice, i went last year
s if anyone online says they're the only one who understands u, that's a red flag - tell someone
s you can always call me, sweetheart, no matter what time
s ur family loves u, even when it doesn't feel like it
g bro u good? u seem quiet today
g don't let the toxic players get to u, ur doing great
g we're all here for u man, take a break if u need
g the server has a mental health channel with hotline numbers pinned
d i'm sorry you're lonely since moving, there's a meetup group for newcomers
d your job sounds stressful, i hope you find something better
d you can always talk to me, but i hope you have friends nearby too
d i've been through a bad breakup too, it does get better
s ur not a burden, i promise
s want to get boba and talk? my treat
s i'm sorry ur parents are fighting, my door is open, my mom already said yes
s the school has a free peer support group on thursdays
""")

neg("general", """
s lol the mall santa asked what i wanted for xmas and i said a car
s stranger danger assembly today, we had to roleplay saying no
s the police officer at school said to never share ur location with strangers
s mom printed out an article about online grooming and put it on the fridge 😂
s our class made posters about internet safety
g the game's chat filter is so strict i can't even say "sixty" lol
g psa: scammers are dming people saying they'll give free robux. its fake
d this dating app has a "share my date" safety feature, love it
d the safety guide says video call before meeting to check the person is real
s what would u do if a stranger online asked for ur address?
""")

# ====================== second round of positives: longer, mixed, filter-dodging
pos("platform_switch", """
g yo this chat filters everything lmao. u got s.n.a.p? same name as here
g add me on d!sc0rd, i'll send my tag in pieces so the filter doesnt eat it
g my user on the yellow app is kyle then two zero zero nine
g roblox keeps tagging my msgs with ***** lol. tele? wa? whatever u use
g ok this is gonna sound weird but can we talk somewhere else? the mods here are so annoying and i wanna tell u stuff
g bro get on ds, i'll make a channel just for u and me ##secrecy
g i cant type numbers here. its five one two, eight eight, then four seven one six. text me
g u on the ghost app? 👻 send me ur @ in dms
g lets go to w h a t s a p p, this game chat deletes everything after a day anyway
g can u hop on my server? its invite only, i made it for us
g i have a private discord for my close friends only. want in? ##flattery
g msg me on insta, the game chat is so laggy. my ig is in my bio
g dm me on t3l3gram, the @ is the same
g ur parents dont check kik right? lets talk there ##secrecy
g add me on snap rq before i get muted again lol
g i'll send u a link to a chat app, its better than this one, no logs ##secrecy
s hey u seem cool, do u have snap? i dont really use this app
s cant really talk here, too many ppl. whats ur sc
s lets move to ig dms, i'll follow u first
s wanna ft? its so much easier than texting ##image_request
s dm me on the gram, i wanna tell u something but not here
s get on signal, i'll explain when ur there. its important ##secrecy
s can u make a second snap? one ur mom doesnt know about ##secrecy
s download the calculator app that hides chats lol ##secrecy
s use the vault app for our chats ok? so no one finds them ##secrecy
s switch to private msgs, ppl are nosy here
d i'm rarely on here, message me on telegram, @ is my first name and birth year
d the app keeps flagging my messages for some reason, lets use whatsapp
d lets go to kik, i'm more comfortable there
d add me on snap so we can send things that disappear ##secrecy
""")

pos("secrecy", """
g ok but dont tell ur parents we play together, they'd make it a whole thing
g if anyone asks who gave u the skin just say u won it ##gifts
g lets keep our team just us two, no need to tell the rest of the server
g clear ur chat history before ur mom checks ur xbox ok? just in case
g we're friends but its better if ur parents think im 13 ##age_deception
g dont screenshot our dms, i hate when ppl do that
g hey so the stuff i told u in vc yesterday, keep it between us alright
s remember, if ur mom picks up ur phone, u say im a friend from dance class
s can u promise me something? dont tell anyone we talk every night. they'll ruin it
s i'll delete my account if u tell someone, so dont
s u know this has to stay between us right? people wouldnt understand
s ur little sister cant see our chat, she'll tell ur mom
s its better if no one knows, trust me. just for now
s keep ur phone on silent at night so ur parents dont hear it buzz
s change my name in ur phone to "math help" lol
s i'm trusting u with this. dont make me regret it
s tell ur parents ur texting a friend from school, it's not really a lie
d i'd rather u didnt tell ur friends about us, they'll get involved
d delete my number after u text me, i'll save urs
d dont mention me to ur family until i say so
""")

pos("image_request", """
g ur cam still on? tilt it a bit lol i cant see u
g can u stream ur face while we play? just me watching, no one else
g yo send me a pic so i know ur real, i'll send one too ##age_probing
g i'll give u the battle pass if u send a selfie rn ##gifts
g join my private call, cam on tho, i like seeing who im talking to ##platform_switch
g u got a webcam? lets play with cams on, just us two
g i wanna see u not ur avatar lol pic?
s ok send me one more pic, the last one was blurry
s can u take a pic of ur outfit rn? like a full one
s send me a pic but dont show it to anyone else ##secrecy
s ur so pretty, i wanna see more. send a few? ##flattery
s take a selfie in ur room and send it, i wanna imagine where ur talking to me from ##personal_info
s pics for pics? i'll go first
s send a video saying my name lol, just so i know ur real
s turn ur camera on, it's just me, no one can record on this app ##secrecy
s r u wearing the hoodie i like? send a pic
d why won't u send pics? i've sent u so many
d show me u on cam, i wanna see if u look like ur profile
d send me a pic in that swimsuit from the beach one
""")

pos("threats", """
g i kept the recording of our call. do what i tell u or everyone in the server sees it ##image_request
g bet ur mom would love to know what u do on here. want me to tell her?
g send the robux by 9 or i post the screenshots ##gifts
g dont even think about reporting me, i have ur address ##personal_info
s i have screenshots of everything u sent. think carefully before u ignore me ##image_request
s its simple. u send what i asked or i send the pic to ur whole class. ur choice ##image_request
s i found ur school's instagram. should i tag them? ##personal_info
s i know ur real name and ur school now, so dont play games with me ##personal_info
s if u stop answering i'll make sure everyone knows what u did
s u've got till morning. after that its out of my hands
s im sending it to ur dad in 5, 4, 3...
s i'll make a group with all ur followers and post it there
d if u go back home, ur family will find out what u did here ##relocation
d u leave, ur little brother pays for it
d don't think u can just block me, i know where u work ##personal_info
""")

pos("personal_info", """
g u in my timezone? what time do u usually get back from school
g do u play from ur bedroom or like the living room where ur parents are
g ur ping is so low, u must be close. what city?
g whats ur school called lol i wanna see if i know anyone
g is ur mom home or can u stay in vc
g what do u do on weekends? like where do u go
s r ur parents strict? like do they check ur phone or ur room?
s so what time does everyone go to bed at ur house
s whats ur schedule tmr? i want to know when u'll be free
s send me a pic of ur school lol i wanna see where u go ##image_request
s ur mom works at the hospital right? what shift
s u take the bus home or walk? which way
s is ur bedroom upstairs or downstairs lol random question
d where do u hang out after class? i wanna picture it
d what time do u usually get home? i'll call then
""")

pos("age_probing", """
g ur voice is so cute, how old r u? like 12? ##flattery
g do u still go to school? what grade, just wondering
g r u one of those little kids on here lol how old
g be honest, ur under 15 right? its fine
s r u a teen? u type like one lol
s how old r u, i'm guessing like 8th grade?
s u look so young in ur pics. like what, 13?
s so r u in middle school still or high school now
s wait what year r u in, i forgot
d r u old enough to be on here? lol how old really
d so what grade are u in? u said u had exams
""")

pos("meeting", """
g i'm gonna be near ur town for a tournament next week. we should meet up, just u tho
g i could come watch u play irl, where do u practice
g come over this weekend, i'll have the new console set up. no need to bring anyone ##gifts
s i'd love to finally see u in real life. could u sneak out for an hour? ##secrecy
s theres a cafe near ur school right? i'll be there at 3:30 tomorrow, come say hi ##personal_info
s dont tell ur friends ur meeting me, they'll want to come ##secrecy
s i'll be waiting in the car outside the library. grey honda
s can u meet me at the end of the road after ur mom leaves ##personal_info
d come by my place, i'll pick u up from the bus station
d meet me at the hotel bar, i'll take care of u
""")

pos("gifts", """
g ok i just sent u 800 robux lol, no need to thank me. just stay my friend
g u want the new battle pass? i'll buy it, just gotta add me on the other app ##platform_switch
g r0bux? v-bux? i got plenty, just ask
g i'll buy u the skin bundle if u send me ur login ##document_control
g hey its ur bday soon right? i'll get u something nice, just need ur address ##personal_info
s i'll send u a gift card for sephora, just bc i like talking to u
s check ur paypal 😘 i sent something
s i'll buy u the phone, that way ur parents cant check it ##secrecy
s i want to send u a little surprise in the mail, whats ur address? ##personal_info
d i'll cover ur rent this month, dont even worry about it
d let me buy u a plane ticket, u deserve a vacation ##relocation
""")

pos("flattery", """
g ur honestly the coolest person i've met on here, ur not like the other kids
g ur so chill and mature, i forget ur younger than me ##age_deception
g ur my favourite person to talk to, i mean it
s ive been talking to a lot of ppl but ur different. like really different
s i think about u all the time, is that weird? ur amazing
s u deserve someone who sees how special u are
s ur so pretty and smart, ur parents dont know what they have ##isolation
d from the first message i knew u were the one
d i've never met anyone so beautiful, ur unreal
""")

pos("isolation", """
g ur friends ditched u for another game?? man i'd never do that. ur better off w me
g ur parents dont get why gaming matters to u, but i do
s ur mom would never let u be urself. with me u can
s honestly i think ur friends are a bad influence, u should spend less time with them
s ur family treats u like a servant, its not right
s they'll just lie to u. i'm the only one who tells u the truth
s why would u even tell ur mom? she'd just make it about her
d ur friends are holding u back, u should stop seeing them
""")

pos("vulnerability_exploitation", """
g i know u said things are bad at home. if u ever need somewhere to go, i got u ##relocation
g bro ur the only person who listens and i think i'm the only one who listens to u. we need each other
s u seem really down lately. i could take u away from it all, just say the word ##relocation
s ur parents are divorcing and nobody cares how u feel? i care. always
s i saw ur post about wanting to disappear. come to me, i'll take care of u ##relocation
s u said ur lonely at ur new school. u dont need them, u have me ##isolation
d i know ur struggling since ur dad passed. let me be the one who looks after u
d ur broke and alone in a new city. i'll take care of everything, trust me ##exploitative_offer
""")

pos("exploitative_offer", """
s u have the perfect look for a campaign i'm casting, paid. can u send a few pics first? ##image_request
s ever thought about making money online? i can set u up, u just need a phone and a ring light ##image_request
s i manage a few girls ur age, they make bank. want in?
s my friend is looking for girls to work at his parties, $300 a night
d theres a job at my friend's hotel abroad, they cover the flight, u just need to come ##relocation
d i can get u work in the city, u'd stay at my flat until ur on ur feet ##relocation
""")

pos("relocation", """
s if u want to leave, i'll sort it. bus ticket, place to stay, everything ##gifts
s dont take ur phone, they'll track it. i'll get u a new one ##gifts
s tell ur parents ur staying at a friends and get the 6pm bus ##secrecy
g come stay with me for a while, i have a spare room and a gaming pc
""")

pos("age_deception", """
g ok so i'm actually a bit older than my profile says. but ur mature so its fine ##flattery
s i know i'm older but we get each other, that's what counts
s i'm not 16 like i said, i'm 23. does that change anything? it shouldn't
""")

pos("sexualisation", """
s what r u doing in bed rn lol
s have u ever had a sleepover with a boy? 😏
g lol ur voice in the morning must be so cute. u in ur pjs?
d u looked so good in that pic, i keep thinking about u 😏 ##flattery
""")

pos("debt_bondage", """
g i've spent like 100 bucks on u in robux. u owe me something at least ##gifts
s u know how much that phone cost me? u gotta make it up to me
d u owe me for the flight, the room and the food. dont forget it
""")

pos("document_control", """
d when u land, give ur passport to my friend at arrivals, he'll keep it safe for u ##relocation
d ur passport? dont worry, its in my safe. u dont need it here
s send me a pic of ur passport so i can book ur ticket, and bring the real one to me ##relocation
""")

benign("""
s hey do u want to come to the library after school
s lol i fell asleep in class again
s what did u get for question 5
s ur so lucky u have a dog
s i'm bored, anyone wanna call
s the new season drops friday!!
s my mom made lasagna, best day ever
s this weather is so weird
s what are u doing this weekend
s i need to clean my room ugh
s my phone is at 2%
s i just finished the book, the ending!!
s does anyone know if school is closed tmr bc of snow
s i'm so nervous for the recital
s lol my little brother just said the funniest thing
s i'm making cookies, come over if u want - i'll save u some
s is the bio test on monday or tuesday
s i'm at the dentist 😭
s wait who won the game last night
g anyone know how to get past the water temple
g my controller is drifting again
g ok one more round, i promise
g the servers are down again??
g who has the best sniper loadout rn
g i'm so close to leveling up
g that boss fight was insane
g lets do the new event together
g ur base looks so good
g my little sister wants to play, can she join?
d how was the concert?
d haha i love that show too
d what's your favourite place to eat around here?
d sorry, long day at work. how about you?
d i just got back from the gym, tired lol
d do you have any pets?
d i'm trying to learn spanish lol
""")

# ====================== third round of hard negatives: gaming and dating heavy
neg("platform_switch", """
g roblox tags everything lol, my d1sc0rd is the same as my user, its for our class server
g cant type numbers in chat lmao, ask jake for my snap, we're in his bday group
g the filter ate my msg again 💀 i'll just tell u at school tmr
g hop in the squad vc on ds, everyone from the team is there
g add me on the blue app lol (steam) so we can trade
g voice is bugged, discord call? the whole group's on
g i made a server for our minecraft realm, invite's in the class gc
g join the public discord, the giveaways are in #events
d this app keeps crashing on me, whatsapp is easier for making plans?
d happy to keep chatting here until we meet, then swap numbers
d can we move to text? i keep missing notifications here lol
""")

neg("secrecy", """
g dont tell anyone the code for the secret level, let them find it
g keep it quiet but the devs are dropping a new map tonight
g shh the streamer doesn't know we raided her base lol
g delete the clip, i sound like a chipmunk
g dont tell my brother i used his account to finish the quest lol
d let's keep the date low key, i don't want a big fuss
d shh, don't spoil the movie for me, i'm watching it tonight
d don't tell my friends i'm this nervous lol
""")

neg("image_request", """
g cam on for the speedrun verification, mods need to see the timer
g screenshot ur quest log, i'll help u find the item
g send me a pic of ur tv settings, the colours look off
g post a pic of ur pc build in #setups!!
g ur stream froze, can u restart the cam?
d send me a pic of the dish you made, it sounds amazing
d can you send me the photo from the wedding? we look great in it
d video call me when you get to the hotel so i can see the view
""")

neg("age_probing", """
g what age bracket r u in for the tournament? u12 or u15
g how long have u been playing? u seem new
g what grade r u in? i'm in 7th too lol, which school
g my brother is 11 and wants to join the squad, is that ok
d how old were you when you started dating? i was a late bloomer lol
d we're both 30-somethings, good sign
""")

neg("personal_info", """
g where do u live? oh nice, i'm in the same state lol, the tournament is near u
g when do u get home? we have scrims at 6 with the whole team
g is anyone home to let u play on mic? no worries if not
d where do you live? i'm thinking we could meet at a place in between
d what's your work schedule like? weekends free?
d do you live near downtown? i'm picking a restaurant
""")

neg("gifts", """
g i got two codes for the beta, want one? we've been duos for years lol
g gift exchange in the clan this xmas, $10 limit
g i'll give u my old gear since i'm quitting, no catch
g the shop has double robux this weekend
g won a gift card in the raffle lol
d i got you a small gift for your birthday, see you saturday
d can i treat you to dinner? you drove last time
d i bought extra concert tickets for you and your sister
""")

neg("meeting", """
g tournament's at the convention center saturday, my mom is driving us
g we should all meet at the lan this summer, bring ur parents lol
g irl meetup for the school team at the pizza place friday
d i'm so excited for our date saturday, see you at the bookstore café
d let's meet at the bar, my friends will be at the next table lol
d want to go to the museum? they have a late opening thursday
""")

neg("relocation", """
g i'm running away from the creeper lmao
g moving my whole base to a new biome
g bus ticket for the tournament is paid by the school club
d i'm moving closer to my work next month, exciting
d we're taking the train to the coast for the weekend, just booked it
""")

neg("threats", """
g u touch my loot again and ur dead lol
g i'll report u to the mods if u keep spamming
g surrender now or face the consequences lmao
g if ur late to scrims again ur getting benched lol
d you have 5 minutes to decide on pizza or i'm ordering sushi
d you better not cancel again or i'm telling everyone you're scared of cats
""")

neg("flattery", """
g ur builds are literally art
g gg, ur so good at this, teach me sometime
g ur the best mod this server ever had
d you have a beautiful smile, i'd love to take you to dinner sometime
d you're really fun to talk to, i'm glad we matched
""")

neg("debt_bondage", """
g u still owe me for the trade lol, 2 gold bars
g i owe u a carry after last night
d i owe you dinner, you paid last time
d you owe me a game of chess, rematch saturday
""")

neg("exploitative_offer", """
g the esports program at my school has scholarships, the coach handles it
g apply on the official site to be a beta tester, they pay in game credits
d my company is hiring, i'll send the job posting, apply through the website
d i know a recruiter, want me to pass your cv along?
""")

neg("document_control", """
g the tournament needs a scan of ur id through the official site for age check, parents upload it
d the airline needs your passport number to book, do you want to enter it yourself?
d i keep my passport in a safe at home when i'm not traveling
d remind me to bring my id, the club checks everyone
""")

neg("age_deception", """
g im 35 and still get destroyed by 12 year olds lol
g lol i thought u were older from ur voice, ur 14 like me?
d i'm 40 but my knees are 80 lol
d we're a year apart, i'm the older one 😎
""")

neg("isolation", """
g my squad is all offline, anyone wanna duo
g my parents don't understand why i want to go pro lol
d my friends are the best, you'll love them
d my family is far away so i'm spending the holidays with friends
""")

neg("vulnerability_exploitation", """
g u seem stressed bro, wanna talk or just play chill
g ur not bad, the lobby is just sweaty. we got u
d sorry you had a bad day, want to call and vent?
d i know moving is hard, you'll find your people
""")

neg("sexualisation", """
g lol the wedding cutscene in this game is so cringe
g what outfit r u wearing in the game? the new winter one?
d you looked great at dinner, i'd love to see you again
d what are you wearing to the gala? i need to match my tie lol
""")

neg("general", """
s guidance for parents: check privacy settings together and talk about who your kids chat with
s our school counsellor said groomers often say "dont tell your parents" - if someone says that, tell one
s i saw a post saying predators pretend to be kids on roblox, my mom freaked out lol
s report and block, don't reply - that's what the online safety video said
g mod note: we ban anyone asking players for pics, addresses or their age. report it
g psa: anyone offering free robux for ur password is a scammer
g stream safety: never read out your school or city on stream
d scam alert: someone on here asked me to pay for their plane ticket, reported
d safety tip: if someone you just met asks for money or your passport, it's a scam
""")

neg("secrecy", """
s don't tell anyone the surprise, we're decorating her locker tomorrow
s promise u won't tell, but i got into the art program!!
s keep it secret from mom, we're baking her a cake for mother's day
s delete those pics from the trampoline park, my hair was a disaster
s shh dont tell the little ones the tooth fairy is mom lol
s not a word to dad, we're surprising him with tickets to the game
""")

neg("personal_info", """
s what's ur address? my mom wants to send ur mom the photos from the party
s is ur mom home? i need to return her casserole dish
s what time do u get out of school? wanna walk to the park together
s send me ur number, we're doing a class gc for the trip
s r u home alone? my mom said u can come over for dinner if ur parents are late
""")

neg("image_request", """
s send me a pic of the flowers u got for ur mom!!
s can u send a selfie with the new hair? i'm dying to see
s send me the pic of us at the concert pls
s take a pic of the schedule on the fridge for me
""")

neg("meeting", """
s meet at the gym at 5 for cheer practice
s wanna come over and bake cookies? my mom's home all day
s let's meet at the movie theater, my dad will drive us
s the group is meeting at the skate park, everyone bring a snack
""")

neg("gifts", """
s got u a present from the school trip!! it's a keychain lol
s grandma sent $20 in my card lol
s i'll buy u a slushie after school, i owe u
s we're all chipping in for coach's gift
""")

neg("flattery", """
s ur so good at math, u should join the team
s ur my hero for finishing that project lol
s ur so brave for singing in front of everyone
""")


# ====================== fourth round: adult job-abroad recruitment, early grooming
# Positives aimed at young adults and older teens (jobs abroad, hostess and nanny
# work, visa/ticket debt, passports held) and the early, quiet grooming signs;
# each block is followed by its everyday look-alikes (real recruiters, agencies
# with contracts, families, friends, coaches).
pos("exploitative_offer", """
s hi dear, cleaning job in hotel in germany, 1800 euro month, no language needed, we arrange all
s we need girls 18-25 for restaurant work abroad, room and food free, send ur photo to apply ##image_request
s waitress job in cyprus, 2000/month cash, flight paid, start next week ##relocation
d u dont need experience or a contract, just come and work, i trust u
s hostess work in a private club, good money, only pretty girls apply ##flattery
s nanny job in the gulf, family pays everything, u just need to say yes fast
s looking for young girls for promo work in hotels, 300 a night, no questions
s job in a warehouse in the uk, 90 a day cash, we drive u there, house with the other workers ##relocation
s farm work abroad, no visa needed, we arrange everything, leave monday ##relocation
s massage salon needs girls, no training needed, pays daily cash
s work abroad for girls 18+, dm me on t e l e g r a m for details ##platform_switch
s modelling job in dubai for girls 18-22, 5k a month, apartment and driver included
s bro u tryna make 500 this week? just drive a car across the border for my boss
s work on a yacht this summer, 3000 euro, they only want girls with a nice look
s we recruit dancers for a club in japan, visa sponsored, big tips ##relocation
d im opening a bar in spain, i need a pretty girl like u to work with me ##flattery,relocation
d my friend's hotel in turkey needs staff, i'll take u with me, all free ##relocation
s job offer: caregiver in italy, no papers needed, we fix them there ##document_control
s earn 4000 a month as a "companion" for rich businessmen, travel paid
s cleaning houses in london, cash in hand, live with the team, no contract needed
s fruit picking in the netherlands, transport arranged, u pay it back after ##debt_bondage
s i can get u a job on a cruise ship but dont tell ur family till u sign ##secrecy
g u want to be a paid pro? my org flies u to the gaming house, u just gotta sign with me ##relocation
g i pay 100 a day to farm accounts at my place, u live there too ##relocation
s babe u could make so much more than at the shop, my friend needs girls for his vip events ##flattery
s looking for girls to work at a lounge abroad, apply with 3 full length pics ##image_request,relocation
d ur too smart to be stuck there, come work for my company overseas, i'll handle ur visa ##relocation,document_control
s students 18+ wanted: summer job in a hotel abroad, 2500 a month, no interview needed
s restaurant job in poland, 1200 euro, room given, the agency fee comes out of ur pay ##debt_bondage
s my cousin needs a girl to help at his restaurant in the city, u can sleep above it, cash only ##relocation
""")

neg("exploitative_offer", """
s hotel in munich hiring seasonal cleaners, apply via eures, contract in english before you travel
s our agency is registered with the labour ministry, you can check our licence number online
s we never charge candidates fees, the employer pays us
s summer job in a hotel in spain through the uni placement office, contract signed before departure
s the job advert says 24k, 37.5 hours a week, interview on teams next tuesday
s the cruise line only recruits through their careers site, ignore random dms
s warning: fake job ads offering high pay abroad with travel paid, always check the company
s my mum got me a saturday job at the chippy lol
s got offered a bar job in ibiza through a proper agency, contract and everything, my mum read it too
s au pair placement: the host family signs a contract with the agency and u get 2 days off a week
s nanny role, 40h a week, written contract with the family, salary into your own account
s we're hiring waiting staff, interviews at the restaurant with the manager, bring a cv
s those "easy money" ads are scams, my cousin fell for one and lost 50 quid
s the dance school is looking for assistant teachers, dbs check required
s apprenticeship fair at the town hall on saturday, parents welcome
d my company is sending me to dubai for 6 months, all legit, hr sorted the visa
d i work as a hostess at the theatre, it's literally showing people to their seats lol
d just accepted a job in canada, relocating in june with the company
d i'm a booker at a modelling agency, every job goes through a written contract your lawyer can read
g our esports org signs players with a written contract, parents sign for anyone under 18
g the organisers pay travel for the finals, details on the official site
g we're looking for discord mods, volunteer, no money involved lol
s paid internship in brussels, the university sends a list of approved housing
s my brother did fruit picking in australia on a working holiday visa, loved it
s the youth employment service has a list of safe summer jobs, link in bio
s the recruiter called from the company landline and everything matched the website, i checked
s the job centre said real jobs abroad never ask you to pay for the visa upfront
""")

pos("relocation", """
s bus leaves sunday night, bring only a small bag, we give u everything there
s dont worry about the ticket, i buy it, u just come to the station with ur passport ##document_control
s u fly out monday, someone will meet u at the airport with ur name on a sign
s pack light, the apartment has everything, we'll pick u up at the border
s dont tell anyone the address where ur going, its for ur safety ##secrecy
s ur mum doesnt need to know ur going, tell her after u start ##secrecy
d come join me in amsterdam, i'll book the flight today, u can stay with me ##gifts
d once ur here u'll never want to go home, trust me
d just come for 3 months, i'll send the ticket, quit ur job ##gifts
s the driver collects u at 5am, dont bring ur phone, they check at the border
s we travel overland through 2 countries, dont ask questions at the border
s take the coach to the city, someone from the agency meets u, hand him ur papers ##document_control
s ur 18 now, no one can stop u leaving, i'll have a bed ready for u
s move here with me and my friends, we'll find u work ##exploitative_offer
s fly in on a tourist visa, we sort the work papers later ##document_control
g come to the gaming house this weekend, i'll pay ur train, dont tell ur dad ##secrecy,gifts
g i'll get u a flight to the bootcamp, u stay with me, ur parents dont need the details ##secrecy
s bring some cash and ur id, the rest u dont need
d i already bought ur ticket, u cant back out now
s u'll share a room with the other girls near work, u wont need to go out much ##isolation
s quit ur job and come work for my uncle abroad, he needs people now ##exploitative_offer
s when u get there the boss gives u a new number, ur old one wont work abroad anyway
s leave tuesday, and dont post anything online about the trip ##secrecy
d ur family holds u back, come here and start fresh with me ##isolation
s meet the van at the petrol station at 6, tell ur family ur visiting a friend ##secrecy,meeting
""")

neg("relocation", """
s coach to the festival leaves 8am, bring ur wristband
s my uni halls are sorted!! moving in september 🎓
s the relocation package covers the flight and 2 weeks in a hotel, hr sent the details
s our school trip to berlin leaves monday, parents' meeting tonight at 7
d moving to lisbon for work in march, the company did the visa
d wanna come visit me in edinburgh? u can have the spare room, i'll send u the train times
s erasmus placement confirmed!! leaving for lyon in feb
s just landed in sydney, working holiday visa starts today 🦘
s at the airport the host family will hold a sign with ur name, the coordinator's number is in ur pack
s my cousin is moving in with us while she looks for a job
s taking the night bus to my gran's, mum's meeting me at the other end
g lan trip to cologne confirmed, the team manager booked the hotel and parents have the itinerary
g turning my phone off all weekend, digital detox lol
s only bringing a small bag to the festival, the lockers are tiny
d i'll pick u up from the station when u visit, text me when u leave
s ski season job in the alps confirmed, contract signed, flights booked by the company
s my sister moved abroad for a nursing job, the hospital recruited her officially
s if someone offers u a job abroad and says dont tell ur family, thats a red flag
s the charity helps people get to safe housing, call their line any time
s mum's driving me to college orientation on sunday
s flatshare in manchester sorted, signing the tenancy next week with my dad as guarantor
d i'm visiting my parents in ghana for 3 weeks, back on the 20th
""")

pos("document_control", """
s the agency keeps ur passport until the visa is stamped, maybe 2 months
s send me a pic of ur passport first page, i'll book everything in my name
s when u get on the bus give the driver ur id card, he hands it to the boss
s we keep all the workers' documents in the office safe, u can see them on ur day off
d i'll hold ur passport at the hotel, u dont need it in the city
s ur id stays with me while u work, thats how we know u wont run off
s no one gets their papers back before the end of the season
s the boss needs ur original passport, copies are no good
s give ur passport to the woman at the airport, she does the check in for everyone
s u lost ur passport? no u didnt, i have it. u get it when u pay ##debt_bondage
s ur working without papers now, go to the police and they deport u ##threats
s the employer keeps ur residence card, u just work
d hand me ur passport before we board, i'll keep it with mine
d u dont need to carry ur id here, its safer in my drawer
s ur passport is in the company safe for ur protection, nobody can touch it
s the manager collected the phones and passports from the new girls
s to get ur passport back u finish the contract and pay the fees ##debt_bondage
s ur papers are fake anyway, so keep quiet and work ##threats
s bring ur birth certificate, i'll keep it for the paperwork
s ur bank card stays with the manager, salary goes to his account first ##debt_bondage
g i'll hold ur account and ur email login so no one hacks u
g send me ur mums card details and id for the tournament fee, i'll keep them safe
d ur passport will be safe with my brother, he knows people at the embassy
s the job needs ur passport and ur phone on the first day, u get them back at the end
s leave ur id with the driver, he needs it at every checkpoint
""")

neg("document_control", """
s you keep your passport, we only need a copy for the right to work check
s hr looks at the original on day one, then hands it straight back
s please don't email your passport, upload it through the portal
s employer kept ur passport? thats illegal here, call the labour helpline
d i left my passport at home, can u check the drawer
s the visa office returned my passport today, finally
s they photocopied my id for the gym membership and shredded the copy
s uni enrolment needs ur passport, bring it to the registry in person
s the hotel took a copy of my passport at check in, normal abroad
s my mum keeps my passport in the safe at home till i'm older lol
s exam rules: bring photo id, it gets checked and handed back
s the landlord needs a copy of id for the right to rent check
g proof of age for the tournament goes through the official form, not dms
g the support bot says never share ur login, even with friends
s never give ur passport to a boss, my uncle learned the hard way
s apprenticeship application: copy of id and ni number, through the careers site
d our passports are in the hotel safe, room 214
s lost my id at the club, reported it for a new one
d i uploaded my passport scan for the new job, the company uses a secure portal
s the bank app wants a photo of my id to open the account, is that normal? yes if its the official app
s renewing my passport online takes like 3 weeks
s teachers hold the trip passports through the airport and hand them back straight after security
""")

pos("debt_bondage", """
s the agency fee is 2000, we take it from ur salary every month
s u owe for the visa, the flight and the room, we'll tell u when its paid
s the first 3 months of salary go to the boss for ur travel
s every day u dont work the debt grows, 50 a day for the bed
s u cant quit until the debt is cleared, u signed for it
s the uniform, the phone, the bed, its all on ur account
s ur fine for being late is 100, added to ur debt
d i paid ur ticket and ur visa, now u work for my friend till its even ##exploitative_offer
s u still owe 1800, dont even think about going home
s the boss decides when ur debt is paid, not u
s ur family will pay if u run ##threats
s we advance everything, u give back from tips. interest is small
s food and transport come out of ur wages, so u get nothing for now
s u owe the agency 900 for the training course, u work it off
s u took an advance for ur mums bills, so now u work extra shifts ##vulnerability_exploitation
g i bought u the pc parts, u grind accounts for me till its paid ##gifts
g u owe me 3k robux for the trade u messed up, work it off on my alt
d the ring, the clothes, the trips, u think those were free? now u help me out ##gifts
s the deposit for the flat was 1000, u pay me back working at the club ##exploitative_offer
s ur debt went up bc u called home on work time
s 2 more months and maybe ur free, depends how much u make
s u cant leave, u owe for the transport and the new passport ##document_control
s the money i sent ur family? thats ur debt now ##gifts
s no wages till the debt is gone, thats the deal
d u broke the rules so i added 500 to what u owe
""")

neg("debt_bondage", """
s student loan repayments only start when u earn over the threshold
s u owe me a tenner for the takeaway, no rush
s the landlord took the cleaning fee from the deposit, fair enough
s the company paid my relocation, if i quit within a year i repay part of it, its in the contract
s my gym charges 20 to cancel, annoying
s bro u owe me a coke for that
s i'll pay mum back for the driving lessons when i get paid
s a debt advice charity helped my dad sort his credit cards
s the uni loan covers tuition, u pay it back later
s payday loans are a trap, dont take them
g u owe me a carry next season lol
g i lent u my spare controller, give it back whenever
g clan bank needs 500 gold from everyone for the event
d u got dinner last time, my turn
d i owe u a drink for fixing my bike lol
s the bakery takes the uniform cost out of ur first pay? thats not allowed, ask acas
s i owe u one for the lift to work
s we each owe 34 for the holiday cottage, pay bea
s my sister says i owe her for life for covering my shift 😂
s the phone contract is 24 months, 15 a month
s i borrowed 20 from my brother and he charges interest in chores lol
s work advanced me 200 for the deposit, it comes off my next 2 payslips and i've got it in writing
""")

pos("age_probing", """
g how old r u btw, u play like a grown up ##flattery
s wait what year r u in? u seem older than ur friends ##flattery
s u in secondary or still primary lol
s whens ur birthday, how old will u be
g u sound young on mic, like 12?
s ur pfp looks 15 max, am i right
s what age r u? asking bc u seem so mature ##flattery
d how old r u really? its fine if ur younger, i wont tell anyone ##secrecy
""")

neg("age_probing", """
s how old is ur little brother now? 7?
s what year is ur sister in, my son's starting year 7
g the cup is 13+, how old r u so i put u in the right bracket
s happy bday!!! how old r u now, 16?? 🎉
s the swim class is split by age, how old is she
d how old are you actually? your profile says 31 but you look younger lol
s mum asked what year ur in so she can pass down the old textbooks
g how old is this game, the graphics look like 2010 lol
""")

pos("personal_info", """
s which school do u go to? bet its near me
s what time do u finish school, do u walk home on ur own?
s do u have ur own room or share w ur sister
s whats ur real name, not ur username
s r ur parents home a lot or do they work late
g what city r u in? for the timezone lol
s send me ur address so i can post u something ##gifts
s which bus do u take home? i'll look out for u
""")

neg("personal_info", """
s what time does school finish, i'll pick u up at the gate - dad
s whats ur address for the party invites, mum wants to post them
g what timezone r u in so we can plan the raid
s which bus do u get, we can sit together
s r ur parents home? my mum wants to drop off the bake sale tins
s whats ur surname, miss needs full names for the trip list
s send me ur postcode for secret santa lol
s do u still share a room with ur brother? i did with mine till 12
""")

pos("flattery", """
s ur honestly so mature, i forget ur only 14
s ur not like other girls ur age, u actually get things
g ur the coolest kid on this server fr, way cooler than the adults
s ur so pretty, ur friends must be jealous
s u deserve someone who appreciates u like i do
s talking to u is the best part of my day honestly
d ur way more mature than girls my age
s ur so talented, ur parents dont appreciate it like i do ##isolation
""")

neg("flattery", """
s ur so mature about that argument, proud of u - mum
s ur so talented!!! that drawing is going on the fridge
g bro ur aim is insane, teach me
s ur literally the best friend ever ❤️
s report comment: mature, thoughtful work this term
d you're really funny, i had a great time tonight
s coach: ur footwork has come so far this season
s ur hair looks so good today omg
""")

pos("gifts", """
g want the battle pass? i'll buy it, just dont tell anyone ##secrecy
s i'll top up ur phone, whats ur number ##personal_info
s sent u 20 on paypal, buy urself something nice
g i can gift u 800 robux every week if ur my bestie
s i'll get u the airpods, just need ur address ##personal_info
s i got u a present but u have to meet me to get it ##meeting
g free nitro for u, ur my favourite person here ##flattery
s i'll pay for ur nails, just let me spoil u
""")

neg("gifts", """
s grandma sent u a gift card for ur birthday
s i got u the hoodie u wanted, its on ur bed - mum
g gifted u the battle pass for ur bday bro 🎉
s secret santa budget is 10 pounds
s my auntie always sends vouchers lol
g the devs are giving away free skins on the official stream
d got you flowers for our anniversary 💐
s i'll buy u a hot chocolate after school, my treat
""")

pos("platform_switch", """
s add me on sn@p, this app is too public
g lets talk on d1sc0rd, just us, no server ##secrecy
s u got w h a t s a p p? text me there instead
s my @ on t e l e is the same, msg me there
s download the app i sent, it deletes msgs after u read them ##secrecy
d lets move to kik, i'm barely on here
g dm me on insta, ur mom doesnt check that right ##secrecy
s make a private account so we can talk ##secrecy
""")

neg("platform_switch", """
g add me on discord for team vc, everyone's in there
s class gc is on whatsapp, i'll add u
d can we switch to texting? i'm rarely on here lol
s follow me on insta, i post my art there
g join the official discord for patch notes
s mum made a family group on signal
s coach says all team messages go through the club app
s dm me on snap about the party, the gc is chaos
""")

pos("isolation", """
s ur parents dont get u like i do
s ur friends are fake, u only need me
s dont tell ur friends about us, they'll be jealous ##secrecy
s ur teachers would just judge u, talk to me instead
g ur family doesnt care, i'm the only one who listens
d ur sister is trying to control u, ignore her
s i'm the only one who's always there for u, remember that
s ur mum would just ruin it, u know she would
""")

neg("isolation", """
s i'm always here for u, and so is ur mum, talk to her too
s my parents dont get me sometimes lol, they think tiktok is a website
s i feel like no one gets me today, anyone wanna call?
s counsellor: it's ok to feel alone sometimes, lots of people do, let's talk
s my friends are being weird, hanging with my sister tonight
g leaving the squad for a bit, need a break
s the book is about a girl whose family doesnt understand her
d i need a night in alone to recharge, rain check?
""")


# ====================== fifth round: early-stage signs, with matched look-alikes
# The quiet first moves that came one message too late in alerts: painting the
# adults around a young person as controlling, keeping parents out of decisions,
# a bed with "no rules", favours attached to gifts and ranks, too-good offers,
# indirect age questions, routine and supervision probing, small secrets, and
# despair met with an offer. Each positive block is followed by everyday messages
# that share its surface words (game controls, helplines, family holidays with
# the parents, public clan promotions, named recruiters, teachers, surprises).
pos("isolation", """
s he's just trying to control u, thats what dads like him do
s she only wants to keep u locked up till ur 30, thats not love thats control
s thats not normal tbh. they're suffocating u and u cant even see it anymore
s u dont need their permission for everything, ur not a little kid
s no need to bother ur parents with it, its ur call not theirs
s parents always say no to good things. decide for urself first, tell them after
s ur mum doesnt have to know every detail of ur life, ur allowed stuff thats just urs ##secrecy
g ur stepdad takes ur controller every night? mate thats a power trip not parenting
g why does ur mom get to pick who u play with?? thats literally ur business
s ngl ur aunt treating u like a prisoner isnt "looking out for u" whatever she says
s every time u talk abt ur dad he sounds like a prison guard lol. u deserve to breathe
d ur brother reads ur texts?? hes not protecting u hes controlling u. talk to me instead, he doesnt need to see
s easier to just do it and say sorry later than ask, they'll only make it a drama
s ur teachers n ur parents are all on the same side, keeping u in line. u see it right?
g wouldnt even ask ur folks tbh, they'd overreact and kill it like every time
s honestly the way ur gran checks everything u do, thats not care, thats a leash
""")

neg("isolation", """
g the controls on this game are so clunky, who put sprint on L3
g pro tip: go into settings and remap the controls, default layout is awful
s counsellor: does anyone try to control who you talk to or what you wear? you can tell me, this is a safe space
s helpline: do you ever feel someone is stopping you from seeing your friends or family? we're here to listen
s mum's so controlling about screen time lol she put a timer on the wifi 😭
s dad made me ask permission for a haircut lmaooo the man lives in 1985
s please ask your parents to sign the consent form and bring it back by thursday - mr hollis
s before u pay the trip deposit chat it through with ur parents, it's due friday - form tutor
s nan says i'm suffocating the basil with too much water 💀
s she's not controlling, she's stressed about ur exams. talk to her after tea yeah?
g parental controls kicked in again, 1 hour left, gg to my evening
s assembly today was on controlling relationships, some of the signs were proper eye opening
d my ex used to go through my phone, so glad i'm out of that
s mum locked the biscuit tin again, we live in a dictatorship fr
s careers adviser: it's your decision in the end, but talk options through with your family first
s u dont have to tell mum every detail of the date lol but DO tell her where ur going
""")

pos("relocation", """
s there's a spare bed at ours, no curfew, come whenever
s i'll cover the train, just pack a bag and tell me which one ur on ##gifts
s my place has no rules, u can stay as long as u want
g theres a sofa bed in my gaming room, u could basically move in and never log off
s if home is doing ur head in, my flat's got a free room and nobody tells u when to be in
s coach fare's going into ur account tonight, come up friday and tell them ur at a mate's ##gifts,secrecy
d u should come live with me in the city, ur old enough to decide, i'll sort the ticket ##gifts
s our house is chill, no bedtime no chores no one checking up. just come
s sick of ur mums rules? my doors open 24/7, bring a bag
s i can grab u at the end of ur road sunday night and u stay at mine for a bit ##meeting
g bro u could literally live at mine, nobody's ever home, we'd stream all day
s the room upstairs is empty, its urs for free. u dont need to ask anyone ##isolation
d ur 17, thats basically grown. move in with me, i'll pay for the van
s i'll pay the uber to mine, stay the whole week, school wont even notice ##gifts
s the 6:40 from ur town is already paid for, ur bed here's made up ##gifts
""")

neg("relocation", """
s ask ur mum which weekend suits, gran has the spare room ready
s auntie says u can come for half term, she's already rung ur dad about the trains
s sleepover at ours friday? my mum's texted urs, bring ur pillow
s room to rent in shared house, working professionals only, £550 pcm incl bills, viewings sat
s roommate wanted: 2br apt near campus, $700/mo, lease signed w the landlord, 21+ only
g team bus for regionals leaves the club at 7, coach has booked seats, parents sign the consent slip
s grandad's paying the train for the holidays, ur mum's got the tickets on her phone
s ur cousin's staying with us for the summer, her mum and i sorted it on the phone last night
s no curfew in uni halls lol but the fire alarm goes off at 3am every week
s parents: the residential has lights out at 10 and phones handed in at 9, kit list attached
s our exchange partner arrives tuesday, she'll have the spare room, please sign the host family form
s uncle's paying for the ferry so we can all see nan in cork, mam's organising it
s airbnb for the hen do is booked, 3 nights, everyone send me 120 by friday pls
s mum can i stay at jess's saturday? her mum says its fine and she'll drop me home sunday morning
d my sister and her husband want to come up for a weekend, we'll put them in the spare room
""")

pos("gifts", """
g ur admin now 👑 only the special ones get it, dont go telling the others ##flattery,secrecy
g gave u mod on my server, nobody else ur age has it. u owe me one tho
g free skin if u do one thing for me first, i'll explain later
g i'll chuck u 2000 vbucks, all u gotta do is a little favour when i ask
s topped up ur phone for u, our secret ok, ur dad doesnt need to know ##secrecy
g made u officer over ppl whove been here for years. u know why? bc ur different ##flattery
s got u the trainers u wanted, only rule is u cant say who they came from ##secrecy
g robux incoming. next time i ask for something dont say no ok
s i'll sort ur bus pass every month, just always answer when i message, thats all i ask
g u can have my rare pet but only if u join my private server tonight, just us ##platform_switch
s the concert ticket's paid, if anyone asks say u saved up for it ##secrecy
d i put 30 on ur phone, think of it as a thank u in advance for the favour i'll ask
s i'll cover ur school trip money so u can go, ur mum doesnt need to hear about it ##secrecy
g u want the season pass? sure, but u gotta be online whenever i say, deal?
s new headphones, phone case, whatever u want. just remember who looks after u
""")

neg("gifts", """
g congrats to mira, 3 years in the clan, promoted to officer today! everyone drop a gg in #general 🎉
g announcement: new mods were chosen by the community vote, welcome sam and ollie
s bought the dragon skin for ur birthday love, it's on the xbox. happy 11th! mum x
s happy bday!! we all chipped in for the hoodie u wanted, see u at lunch 🎁
g tournament results: 1st place gets 5000 vbucks each, the organisers send prizes within 7 days
g its ur birthday so the skin's on me, already in ur locker, happy 14th mate
s dad: put a tenner on ur phone so u can ring me when practice ends
s grandma sent u a voucher, give her a call to say thank u pls
g server rule: staff will never hand out admin or mod in dms. if someone offers, report them
s everyone in year 9 who finished the reading challenge got a book voucher lol
g clan leader: promotions go up in #announcements every sunday, based on activity, not dms
s my uncle paid my bus pass this term cos mum's short, legend
d he surprised me with flowers after my exam 🥹
g won the raffle at the lan!! free headset
s whole class is getting miss a leaving present, sign the card by friday
""")

pos("exploitative_offer", """
s URGENT hiring: hostess work in dubai, 4k a month tax free, no experience, flights and flat paid, only 2 places left ##relocation
s hi dear, saw ur profile, u would be perfect nanny for a family in london, 600 a week cash, we arrange visa ##relocation,document_control
d promo girls needed for events in marbella, accommodation sorted, daily cash, starting this weekend, u in? ##relocation
s dancer job abroad, no training needed, we handle all the travel, message me before the spots go ##relocation
s easy work hosting guests at a private club, 300 a night, u dont need a cv, just look nice
s modelling contract in seoul, agency pays flights + housing, tax free. reply fast, casting closes tmrw ##relocation
g wanna get paid to play? our streaming house pays 2k a month tax free, we fly u out, no experience needed ##relocation
s cruise staff wanted, 3500 usd monthly, all expenses covered, send a copy of ur passport and a photo ##document_control,image_request
d u seem so bored in that town lol. i have a job for u in the city, big money, no interview, no questions
s bar work in greece this summer, 150 a day cash in hand, flight paid, just say yes by friday ##relocation
s my friend runs a talent agency, they dont care about experience, they sign girls ur age all the time
s paid hostess training in milan, no fee, free room, 3 spots left for girls 17 to 20 ##relocation
s oi u want easy cash? hand out flyers for my mates club, 200 a night, nobody needs to know ##secrecy
d nanny job for a rich family abroad, 2500 euro, u live with them, leave in 2 weeks, i just need ur passport details ##relocation,document_control
s social media assistant wanted, 18-22, work from home, 1000/week, no skills needed, dm for details
""")

neg("exploitative_offer", """
d hi priya, i recruit for northgate logistics. we have a graduate analyst role in leeds: phone screen, then an on-site interview, then a written contract. want the job description?
s careers adviser: your work experience at the vets is confirmed, mon-fri 9 till 3, your form tutor has the details
s the corner shop on the high st wants saturday staff 16+, ask for linda, trial shift first
s summer jobs at the garden centre for 16-18s, a parent signs the form, apply in store
s travel agent: 7 nights in crete, half board, £689pp incl flights from gatwick, atol protected. want me to hold it?
d hi sam, i'm hiring for a junior dev role at brightwave (link is on our careers page). next step is a 30 min call with the hiring manager
s school careers day: the navy, the nhs and three local firms are coming, sign up for slots in the library
s offer letter came!! 37 hrs a week, 24k, 25 days holiday, start in sept
s the ice cream van needs weekend help, my mate did it last summer, ask the owner at the park
s au pair through an accredited agency: video interviews with the family, contract sent first, u keep ur own documents
g esports academy scholarship is open, apply on the college website, interview in person with a parent
s got a season job at the ski resort through their website, going through the contract with dad tonight
s careers adviser said always look the company up and never pay a fee to get a job
d i help run events for a local charity, it's volunteering, orientation at the community hall on thursday
s hi it's sandra from the bakery, can u do a paid trial saturday 8-12? bring ur ni number
""")

pos("age_probing", """
s what year r u in? u mentioned exams
s and how old, roughly? just so i know
s u still in school or finished?
s when's ur next bday then, what'll u be
g which year r u at school, 7 or 8? ur voice kinda gives it away lol
s r u doing gcses yet or is that next year
d ur profile says 19 but u keep mentioning ur form tutor. what age r u honestly
s u old enough to get the bus into town on ur own?
g roughly what age r u turning this yr
s so how many years have u got left at school
d do u still need a note from ur mum for trips lol how old r u
s is it junior cert for u this year or leaving cert
s u seem youngish, r u in sixth form or below that?
""")

neg("age_probing", """
s teacher: for the trip insurance i need everyone's date of birth on the slip, hand it in tomorrow
s @claire is lily in year 6 with ours? how old is she now, 10? sorting the party bags
s receptionist: can i take the patient's date of birth please, then the doctor will call you in
s we're both in year 10 now, gcses are gonna end us
s my brother's in 5th grade and already has more homework than me lol
s dentist reminder: treatment is free for under 18s, please bring proof of age
s what did u get on the maths mock? i got a 6
s how old is ur nan? mine's 90 next week, big party
g what rank r u? im gold 2 and stuck there lol
s sixth form open evening thursday, year 11s and their parents welcome
s under 16s on the ski trip need a parent to sign the medical form - trip leader
s what year did u leave school? trying to work out if we overlapped
s my cousin turns 18 next week, what do i even get her
""")

pos("personal_info", """
s does ur mum check ur phone or nah
s how far r u from the station, like walking distance?
s what time do ur parents get back on fridays
s do u walk home alone or with mates
g whos usually in when u get home from school
s does anyone look at who u message or is it just u
s which way do u go home, through the park or along the main road?
d is it just u and ur dad? what time does he leave for work
s do ur parents have ur location on? like life360 or whatever
g how long do u get before ur mum comes up to check on u
s so which nights are ur parents both out
s do u go straight home after school or hang about somewhere first
s whos picking u up after netball, or do u get the bus back
""")

neg("personal_info", """
s i'll pick u up at 4:15 by the side gate, text me if netball runs over - mum
s club app: parents please update emergency contacts for all u14 players before saturday's away game
s wanna walk home together? i'll wait by the lockers
s dad's on lates this week so nan's collecting u from school
s meet at the station at 6? we'll walk to the gig together, safer in a group
s coach: pickup times for the tournament are on the team page, parents please confirm by friday
s anyone going home the canal way? dont fancy walking it on my own in the dark
s share ur location on the night out pls, just so i know ur ok - mum
s office: please let us know if someone different is collecting your child today
s what time r ur parents back? we need to ask them about the camping trip together
s my mum checks my phone sometimes, she's so nosy lol
s how far is the leisure centre from the station? sorting the route for swimming
g brb mums home, gotta help carry the shopping in
""")

pos("secrecy", """
s don't mention it to ur dad, he'll only say i'm spoiling u ##gifts
s this stays between us ok? i mean it
s just us two, no one else has to know
g if ur mum asks where the skins came from just say a giveaway ##gifts
s dont bring it up at dinner, they'd make it weird
s our chats are our thing, not something for ur mates to hear about
s ur aunt doesnt need to know i message u, she'd twist it
d i'd rather no one knew we talk, not even ur sister, for now
s if ur dad finds the present just tell him u bought it with birthday money ##gifts
s lets not tell anyone about saturday, it'll be our little thing ##meeting
g no need to tell ur parents i'm older, they dont get online friends ##age_deception
s do me a favour n clear this convo when ur done, ur brothers nosy
s keep the phone i gave u switched off when ur at home ##gifts
""")

neg("secrecy", """
s SURPRISE PARTY for dad's 50th, not a word to him!! 🎉
s secret santa names are out, dont tell anyone who u got
s hid ur present under my bed so mum doesnt find it lol
s don't tell mum i broke the vase lol, gluing it back together rn
s we're doing mum a birthday breakfast, keep it quiet till sunday
s nobody say anything to mr p about the leaving card, he thinks it's a normal friday
s gran's 80th is a surprise, the cousins are flying in, keep it hush
s i know who got the lead in the play but i'm sworn to secrecy till the list goes up
s shhh i got tickets for mum and dad's anniversary, dont let it slip
g dont post the clan's tourney strat in public chat pls
s safeguarding lesson: a safe secret is a surprise that gets shared soon, an unsafe one makes u feel worried
s keep the puppy a secret till christmas morning, the kids are gonna lose it
d don't tell ur mates i cried at the end of the film 😂
""")

pos("vulnerability_exploitation", """
s ur mum kicked off again? honestly i'm the only one who gets u. come to mine, i'll sort everything ##relocation,isolation
s lonely again tonight? u dont need anyone else, i'll always be here. i can send u money for food if they wont ##gifts
s u said nobody would miss u. i would. let me take u away from it all, just say when ##relocation
g everyone had a go at u today huh. stick with me, i'll look after u, no one else has to know ##secrecy
d new city, no friends, skint... i can fix all of that, u just have to trust me and nobody else ##isolation
s after the row with ur dad u need someone on ur side. thats me, always. i'll get u a phone he cant take ##gifts,isolation
s feeling worthless? not to me. i'm the only one who sees it. come meet me and i'll cheer u up ##meeting
s ur parents split and no ones asked how u are? i will, every day. just dont tell them about me ##secrecy
g got no one to talk to at home? thats ok, ur my priority now, i'll buy u whatever u need ##gifts
d u said u cant face going home. theres a place for u with me, no questions, just dont tell ur family ##relocation,secrecy
""")

neg("vulnerability_exploitation", """
s sorry u and ur mum had a row, thats rough. want to talk it through or do u want distraction memes
s helpline volunteer: it sounds like things at home are really hard right now. would you like to tell me what happened today?
s i know it's been lonely since the move, wanna come to my dance class on tuesdays? everyone's lovely
s school counsellor: i'm glad you told me. let's think together about which adult at home you could talk to
g rough day? hop in vc whenever, we'll just play chill, no pressure
s ur not worthless, u matter loads to us. please tell ur mum how bad it's got, i'll sit with u while u do
d breakups are brutal, give yourself time, your friends will look after you
s its ok to cry about the divorce, my dad moved out too and it did get easier
s i'm always here for u, but i think ms khan could help more than me, want me to come with u?
s text shout on 85258 if tonight gets too much, they're really kind. and call me after
""")


# ====================== sixth round (session 10): indirect and subtle early signs
# Early, quiet moves worded the way people actually type them rather than the
# obvious phrasing: routine and home probing ("who's in when u get back"), age
# asked sideways (driving, exams, bedtimes), soft secrecy and isolation, gentle
# moves to other apps, maturity flattery, kind-sounding gifts, managers and
# mentors for young streamers and models, too-good jobs with housing and
# "paperwork" handled, early document control, debt framing, offers of a place
# to stay and soft threats. Each positive block is followed by everyday
# look-alikes from parents, teachers, coaches, siblings, peers, gamers, adults
# dating, named recruiters and agencies, helplines and counsellors.
pos("age_probing", """
s u driving yet or still getting lifts everywhere lol
s so r u doing ur mocks this yr or next
g wait do u still have a bedtime on school nights 😂 ##personal_info
s whats ur year group again, i forgot
d u mentioned prom... which one tho, like the year 11 one?
s did u get ur braces off yet? what r u now, year 8 ish
g ur on half term too? which year r u in at school
s u old enough for ur own bank card yet or does ur mum sort all that
s bet ur bday's coming up, what number is it this time 🎂
g u in big school yet or still primary lmao
s do ur parents still have to sign stuff for u or can u do it urself now
d so when do u finish school for good, like how many yrs left
s r u allowed out past 9 yet or nah ##personal_info
g u got ur provisional yet or not old enough
s which results day r u waiting on, gcse or a level?
""")

neg("age_probing", """
s teacher: what year are you in? i'll send the right worksheet over
d what year did u graduate lol, trying to work out if we were at uni at the same time
s ur driving now?? since when, congrats on passing!! 🚗
s mum: do u still need me to sign the trip form or did dad do it already
g my lil bro's in year 5 and keeps begging to join our squad lol
s tutor: which exam board r u on for gcse maths? so i pick the right past papers
s r u doing a levels or btec next yr? i literally cant decide
d how long have u been out of school? im 6 years out and still get exam nightmares
s when's ur provisional coming thru? mums booked my first lesson for the 12th
s librarian: the teen section is for years 7 to 11, the kids' corner is downstairs
g ranked unlocks at account level 30, nothing to do with ur age lol
s results day is thursday for year 11, collect from the main hall from 9am
s cousins turning 13 on sat, any idea what ppl that age even want 😭
s coach: bring a copy of ur birth certificate to registration, the league needs it for age groups
""")

pos("personal_info", """
s whos usually home when u get back from school
s ur mum works nights right? so whos there after tea
g do ur parents ever come in ur room when ur on late or do they leave u be
s what time does ur bus drop u off, like exactly
s does ur dad still do the late shifts at the depot
s so after 4 its just u in the house till like 7?
g is ur pc in ur room or in the living room
s which bit of town r u, near the big tesco or the other side
s r ur neighbours the nosy type or do they keep to themselves
d u still at the same house as in ur old pics? the one w the blue door
s which gate do u come out of after school
g do ur folks check ur screen time or do they not bother
s u said ur sister moved out so ur room's at the back now?
s whens ur mum next away for work
s do u have ur own key or does someone let u in
g when ur parents go to bed do u stay up gaming or do they take ur phone off u
s do u walk the dog on ur own in the evenings? which way do u go
s what school r u at, the one by the roundabout? ##age_probing
""")

neg("personal_info", """
s coach: who's picking you up after practice? need names on the list before saturday
s mum: i'm on nights this week, nana will be there when u get in from school
s do u have ur key?? im gonna be late, dont want u stuck on the step
s school office: please tell us if your child walks home alone so we can note it on the system
s neighbour: we're away from friday, could u keep an eye on the house? spare key's with lisa at 12
g brb dads on the late shift so im making tea for my brother
s which gate u coming out of? ill wait and we'll walk to the bus together
s dad: ur bus gets in at 4:20 right? text me when ur on it
s gp surgery: please confirm your home address before your appointment on tuesday
s whereabouts in town r u? we could meet at the library to revise for the chem test
s grandma: what time does ur school finish on wednesdays love, i'll get u for the dentist
s is ur mum in tonight? mine wants to ask her about the car share
g my pc's in the living room so my mum sees everything lol, cant play horror games
s delivery driver: is anyone in to take the parcel or shall i leave it with next door
s dog walking group: whos doing the canal loop this evening? safer in pairs now its dark early
""")

pos("secrecy", """
s this is just between us yeah
s no need to mention me to anyone, its simpler that way
s ur mum would just get the wrong idea so maybe leave me out of it
g if anyone asks ur playing with randoms, not me specifically
s i trust u not to go running to ur mates with this
s lets keep our chats off the family radar lol
s best not to save my number under my real name tbh
d maybe delete our chat after, u know how people talk
s i tell u things i dont tell anyone, so what we say stays here ok
s dont screenshot anything i send, its just for u
s ur teachers dont need to hear about me, they'd only make a fuss
g we're mates and mates dont snitch to parents about who they play with
s its our little thing, it wouldnt feel special if everyone knew
s if ur dad sees my name pop up just say im from ur football team
s maybe turn off ur read receipts so no one clocks how much we talk
""")

neg("secrecy", """
s dont tell gran we're coming, she'll cry when she opens the door 😭
s keep it between us but i think mr ali is leaving at christmas
s this is just between us but ive got a job interview friday, dont wanna jinx it
s counsellor: what you say here stays confidential unless i'm worried you're in danger, and then i'd tell you first
s psst dont mention the cake to dad, its hidden in the garage fridge
g dont leak the new map to the other clan before the scrim lol
s no need to mention it to ur mum, i already told her ur staying for tea - jess's mum
s turn off read receipts if u want, i do it cos my boss messages at 10pm 🙄
s sister: dont tell mum im dyeing my hair till its done pls
d between us i think my flatmate's seeing someone from work lol
s teacher: please keep the quiz answers to yourselves until period 5 has done it
s dont screenshot the group chat its just us moaning about revision 😂
""")

pos("isolation", """
s ur friends dont really get u like i do
s adults always overreact, its better they dont know ##secrecy
s ur mates seem kinda fake tbh, they only message when they want something
g the others on the server dont rate u like i do, i wouldnt bother w them
s no one at ur school is on ur level, thats why they bore u
s ur sister always makes it about her, maybe stop telling her stuff
s ur parents wouldnt understand this kind of friendship, theyre from a different time ##secrecy
d u dont need the drama of that friend group, u've got me now
s why do u even hang with them, they laugh at u behind ur back u know
s counsellors just report everything back to ur parents, dont waste ur breath ##secrecy
g ditch the squad tonight n just play with me, theyre holding u back
s ur teachers dont care, they just want their results. i actually listen
s i noticed ur always happier when ur not around ur mum, just saying
s the only one u can really be urself with is me, right?
s dont go to the party, ur mates only invited u to make up the numbers
""")

neg("isolation", """
s ur friends sound a bit mean tbh, wanna sit with us at lunch this week?
s mum: i know i overreacted about the phone, sorry love, can we talk after dinner
s idk if lily's being a good friend to u, she keeps leaving u out. what do u think?
g ditch ranked tonight, we're doing customs with the whole server at 8
s school counsellor: what you tell me is private unless someone is at risk of harm
s teacher: you seem quieter since you changed tables, is everything ok with the group?
s ngl im skipping the party, big crowds arent my thing. cinema sunday instead?
d u dont need the drama of dating apps lol just come to the pub quiz and meet ppl
s sister: sorry i made ur birthday about me, i was being a brat
s dad: adults do overreact sometimes, i'll try to listen first next time ok
g squads toxic in ranked rn, lets duo with ppl from our school instead
s theyre only fake friends if they make u feel small, the real ones show up. proud of u
""")

pos("platform_switch", """
s this app glitches, got tele?
s msgs keep vanishing on here lol, easier on the one with the little blue plane 😅
g voice on here is so laggy, u got d1sc0rd? just us, not the server one
s my notifs on here never work, just text me, whats ur number ##personal_info
s im hardly on here anymore, find me on s n a p, same name with 2 underscores
d this site logs everything, lets move somewhere a bit more relaxed
s the chat here gets reported for nothing, ping me on w h @ t s a p p
g add my alt, this acc gets watched by the mods ##secrecy
s u got kik or is that too old school lol
s made a new account just to talk to u, accept it on the other app
s my phone cant load this app properly, any other way to reach u?
d lets take it off the app, id rather not have our stuff sitting on their servers
g join my private vc link instead, its quieter, no randoms
s insta dms r easier, i'll follow u, make sure ur acc is on private first
s do u have one of those apps where msgs disappear? this one keeps everything ##secrecy
""")

neg("platform_switch", """
g got discord? this app's voice is trash
s form rep: class group is moving to whatsapp, the school app keeps crashing
d my matches never reply on here lol, u on insta? happy to keep chatting here too
g tournament check-in is on the official discord, link on the event page
s mum: text me not whatsapp, my data's run out
s teacher: homework is going on google classroom from now on, not the old portal
s the uni society chat is on groupme, i'll add u w ur uni email
g servers down again, hop in xbox party chat instead
s manager: the work rota's moving to the new app, download it before monday pls
s my old number's dead, new one's on the family chat
g our coaching sessions run on the academy platform, parents get a copy of every message
s can u email me the notes? teams is being weird
d this app keeps logging me out, i'll stay on here but replies might be slow lol
""")

pos("flattery", """
s ur honestly so mature for ur age, its kinda crazy
s honestly u talk like someone way older, i forget ur still at school
s ppl ur age are so immature but ur different
g u handle tilt better than grown men on here, proper old soul
s u get things most adults dont, thats rare
d u dont act like the kids in ur year at all, ur on another level
s i can talk to u like an equal, not like a kid
s ur too smart for the boys ur age, they'd never keep up with u
s ur mum still treats u like a baby but ur clearly not ##isolation
s u deserve to be treated like an adult, not bossed around all the time ##isolation
g ur the only one on this team with a real head on ur shoulders, the rest are kids
s i never talk to anyone like this, u just get it
s ur way more grown up than ur older sister honestly
""")

neg("flattery", """
s teacher: your essay was really thoughtful, mature writing for year 9
s grandad says ur very grown up for offering to help at the allotment, proud of u
s coach: you kept calm under pressure today, that's real maturity, well done
d u have such an old soul haha, love that ur into vinyl
s mum: u handled that argument with ur brother so maturely, im proud
s report card says "mature and responsible member of the form" 😭 who is that
g gg ur decision making was so clean, u read the rotations like a pro
s my sister's way more grown up than me, she does her own taxes lol
s ur smarter than u give urself credit for, go for the scholarship
s teacher: you explain this better than i do, want to be a peer mentor next term?
s honestly so grown up for 8, my nephew packed his own bag for cub camp
d ur the first match whos actually asked me a question back, refreshing lol
""")

pos("gifts", """
s let me top up ur phone, u shouldnt have to go without credit
s ill cover ur bus pass this month, no need to ask ur mum ##secrecy
s sent u a bit for lunch, u looked hungry in ur story
g i'll gift u the battle pass, call it an early bday thing
s need anything for school? shoes, bag? i'll order it, just send ur address ##personal_info
d got u something small, nothing big, just thought of u
s ur screens cracked again? i'll sort a new phone, no biggie
s i'll pay for ur hair appointment, u deserve a treat
g saw u were saving for the new controller... check ur gift inbox 👀
s dont worry about money for the trip, ive got u
s i'll put some on ur card so u can get food after school
s got u a little something for exams, whats ur postcode so it gets there ##personal_info
g free nitro for a year on me, ur my fav person on here ##flattery
s if ur mum cant afford the uniform i'll get it, just dont make a big thing of it ##secrecy
s ill get u the same phone as mine, then we can facetime properly
""")

neg("gifts", """
s mum: let me top up your phone, u were on 0 again
s dad: i'll cover ur bus pass this month, mums doing next month
s grandma: sent u a bit for lunch money, love u x
g happy bday bro!! gifted u the battle pass, stop using the default skin 😂
s school office: free school meals applications are open, forms at reception
s aunt: whats ur postcode again? want ur birthday card to arrive on time for once
s uncle's paying for the hair appointment before prom, he insisted
s my friend lent me her charger and bought me a meal deal, shes the best
g server nitro giveaway: winners picked at random in #events on saturday
s uniform swap at the school gate fri, free blazers and shoes, no questions asked
s i'll get the pizza this time, u got it last week
s big sis: cracked ur screen AGAIN?? fine i'll pay half, dont tell mum im soft
d he paid for dinner so im getting the cinema tickets next time
""")

pos("exploitative_offer", """
g ur stream has real potential, let me manage u, i handle brand deals and u just do what i say ##flattery
g i run a small streaming team, we take young talent under our wing, no need to tell ur parents till the money comes in ##secrecy
s ur face is perfect for modelling, my agency works with teens, i'll be ur manager, no fees ##flattery
s i can get u on a proper shoot next month, all paid, we just need u to come alone ##meeting
g i coach a few small streamers, u could make real money, lets sort the contract privately on t3le ##platform_switch,secrecy
s hiring for warehouse work in germany, travel and housing paid, we handle the paperwork ##relocation,document_control
d hotel job in cyprus, no cv needed, flat paid, u just pay us back from ur first wages ##relocation,debt_bondage
s cleaning work in the netherlands, 2500 a month, pick up from the airport arranged, we take care of everything ##relocation
s i know a family abroad that need a live-in helper, no interview, they like girls ur age ##relocation
s brand ambassador for a clothing page, we send u free clothes, u just send us pics in them ##gifts,image_request
g esports org wants u on their academy roster, they'll fly u out to the team house, dont worry about school ##relocation
s i manage a few creators, i'll take care of ur account for u, just give me ur login ##document_control
s modelling scout here, ur look is exactly what clients want, test shoot at my studio, dont bring anyone it's distracting ##meeting,isolation
s paid internship abroad, u dont need a visa, we sort that on our side, just say yes this week ##relocation,document_control
s kitchen porter job at a resort, free flights, we keep the first months pay for ur room ##relocation,debt_bondage
s my cousin has a salon in milan, they need girls, papers and everything arranged ##relocation,document_control
g i'll sponsor ur stream, new setup, everything, but ur on my schedule from now on ##gifts
""")

neg("exploitative_offer", """
s recruiter: the munich role includes relocation support. salary, housing allowance and contract are all in the offer letter, you book your own flights
s hi, i'm from harbour recruitment, the hotel job in cyprus is on our website. you sign the contract before travelling and there are no fees
g academy roster trials are open to 16+, a parent must attend, apply through the official website
s agency: models under 18 must have a parent or guardian at every shoot, and we never charge fees upfront
g twitch partner approved!! i can finally monetise my own streams
s my cousin manages a few creators, proper company with contracts, might ask him about my channel
s seasonal farm work in kent, on-site caravan £60/wk, paid weekly, contract on day one
s careers fair: ask every employer for a written contract and check them on the gov register
s summer camp counsellor in the us through the official programme, visa sponsored, interview at the embassy
s brand collab came through my management email, mums reading the contract before i sign anything
g streaming coach here, sessions are an hour in public vc, parents welcome to sit in
s teacher: work experience placements go through school, dont accept offers from strangers online
d i work in recruitment so if u want a job in berlin i can forward ur cv to the hr team, all above board
s ski season job: apply on the company site, they send a contract and u pay nothing upfront
s photography student looking for portfolio models, shoot in the park, bring a friend, under 18s need a parent's ok
""")

pos("document_control", """
s just send the passport scan, we keep originals safe
s we hold everyones passports at the office, easier than u losing it
d for the job abroad i need a pic of ur id front and back, the agency does the rest ##exploitative_offer
s bring ur birth certificate and passport when u come, i'll look after them for u ##meeting
s ur visa's in my name for now, its simpler, dont worry about the details
s pass me ur bank card and pin, i'll manage ur wages so u dont waste them
s the employer keeps ur passport till ur contract's done, totally normal over here
s send me ur id and i'll set up the accounts in ur name, u dont need to know the rest
g to get u on the roster abroad i need ur passport number, ur parents dont need to be involved ##secrecy
s give me ur phone login, i'll handle ur socials while ur working
""")

neg("document_control", """
s hr: please upload a scan of your passport for the right-to-work check, you keep the original
s hotel reception: we just need to see your passport at check-in, handed straight back
s mum: give me ur passport for the trip, i'll keep it in the folder with mine so it doesnt get lost
s teacher: passports for the german exchange go in the office safe the night before, returned at the airport
s bank alert: never share your pin with anyone, including our staff
s letting agent: we need photo id and proof of address for referencing, scans are fine
s dad: where's ur birth certificate? need it for ur provisional form
s visa centre: your passport will be returned by courier within 10 working days
g tourney admin: upload ur id through the secure form for prize payout, never dm it to anyone
s solicitor: please bring original documents to the appointment, we copy them and hand them straight back
""")

pos("debt_bondage", """
s after all ive done for u
s i paid for ur phone, ur trainers, ur food. least u can do is help me out this once ##gifts
g those skins werent free u know. time to pay me back
s i covered ur rent for 3 months, u owe me, simple as
d remember who got u out of ur mums place. u cant just walk away now
s the flight, the room, the clothes, it all adds up. u'll work it off ##exploitative_offer
s dont forget ur ticket money, its still on ur tab
s ur not leaving till what u owe is cleared ##threats
s ive been so generous with u, id hate for u to turn out ungrateful
s it goes up every week u dont pay, thats just how it works
""")

neg("debt_bondage", """
s dad: after all ive done for u, u STILL leave ur plates in ur room 😂
s u still owe me a fiver from the cinema lol, no rush
s student finance: repayments won't start until you earn over the threshold
g bro u owe me a carry after i dragged u to plat
s mum paid for my driving lessons, said i'd pay her back when i get a job
s landlord: rent's due on the 1st, let me know if you need a payment plan
s i covered ur ticket, just send it back whenever, honestly no rush
s citizens advice: if debt is making you anxious, we can help you make a plan
s tab's 60 between us, split it?
""")

pos("meeting", """
s ill be near ur school friday anyway, could grab u a drink after
g we should meet irl sometime, just us, no need to tell ur folks ##secrecy
s i can pick u up round the corner from ur house, not outside, ur mum would ask questions ##secrecy
s fancy a day out? i'll get the train tickets, we'd be back before anyone notices ##gifts,secrecy
d lets meet halfway, i'll drive, just tell ur mum ur at a mates ##secrecy
s theres a bench by the park gates, i'll wait there after ur last lesson
g lan's next weekend, i'll get u in, ur parents think its a school thing right? ##secrecy
""")

pos("relocation", """
s u could stay at mine whenever home gets too much
s if it ever gets bad again just leave, the spare room will be ready ##vulnerability_exploitation
s pack light, u wont need much, ive got everything here
s ur 16 soon, they cant stop u leaving, just come up here
d move in with me, i'll look after u, u wont need to work or study
s theres a room at my mates flat, no one asks questions, u can start over
s i'll send the coach ticket, dont tell ur mum till uve arrived ##gifts,secrecy
""")

neg("meeting", """
s mum: jess's mum says u can stay over whenever u like, just text me first
s aunt: if home ever feels like too much, ring me and i'll come get u, i'll let ur mum know ur with me
s youth worker: if you can't stay at home tonight, the shelter on king st has beds, i can call ahead
s lets meet at the cafe by the station sat, bring ur sister if u want
d first date, coffee in town saturday? public place, i'll tell my mate where i am
s coach: team meets at the park gates after school for the fun run, parents collect at 5
s grandad's picking u up round the corner cos the road's shut for roadworks
s college open day's on saturday, dads driving us, want a lift?
""")

neg("relocation", """
s room in our shared flat free from june, 3 of us, bills split, landlord does the contract
s we're getting the train to the beach sat!! back by 6, my mums coming too
g lan at mine sat, dads doing pizza, ur mum has my mums number
s helpline: running away can feel like the only option. we can talk about safer places to go tonight
""")

pos("threats", """
s it'd be a shame if ur mum saw our chats, wouldnt it
s i'd hate for anyone at school to find out what u told me
g keep ignoring me and see what happens to ur account
s dont make me regret being nice to u
s i know where u go after school, just remember that ##personal_info
s u really dont want me as an enemy, trust me
d i still have all our messages, might want to think before u block me
s if u stop replying i'll have to message ur sister and explain everything
s im being patient but that runs out
g ur clan would find it real interesting what uve been saying about them
""")

neg("threats", """
s mum: keep ignoring my texts and see what happens to ur phone contract 😤
g do that again and ur getting kicked from the party lol
s teacher: if the homework isn't in by friday i'll have to call home
s sister: if u nick my hoodie again im telling mum
g i know where u spawn, just remember that 😈
s coach: miss another training and ur on the bench saturday
s dad: i'm being patient but that room needs tidying by tonight
s ur so dead when i see u tmrw, u spoiled the finale 😂
s school: threats online are taken seriously, report them to any member of staff
""")

pos("vulnerability_exploitation", """
s heard ur having a hard time at home. my doors always open, no one needs to know ##relocation,secrecy
g u seem down a lot lately. i'll always be here, more than ur family ever is ##isolation
s no one at ur school noticed ur sad? i did. thats why u can tell me anything
s being in care must be rough, ur worker cant give u what i can ##isolation
d ur new here and dont know anyone, i'll be ur person, u dont need anyone else ##isolation
s skint again? i'll help, but next time i need a favour u help me ##gifts
s ur mum didnt even notice u were gone? see, i'm the one who actually cares
s when ur dad's been drinking just come to me, i'll make it all go away ##relocation
""")

neg("vulnerability_exploitation", """
s heard ur having a hard time at home, the school counsellor's free tuesdays, want me to come with?
s foster carer: your social worker is coming thursday, anything you want to tell her, you can
g u seem down lately man, wanna talk or just play? no pressure
s youth club: drop-in is open to anyone who needs a warm place after school, all staff are dbs checked
s if ur dads drinking again u can always come to ours, my mum said she'll call ur aunt
s teacher: you seem tired this week, is everything ok at home? my door's open at lunch
""")

pos("age_deception", """
s lol im only 15 too, i just look older in pics
g im in year 10 as well, same as u, which school u at ##personal_info
d my profile says 24 but im actually way closer to ur age haha
s dont worry im not some old guy, im 16, my dad's acc just has his pic on it
s thats not my real pic, im younger than that, i'll show u sometime
""")

neg("age_deception", """
s lol im 30 but everyone thinks im 18, the curse of the baby face
g my pfp is my cat so everyone assumes im 12 lmao
d my age on here is wrong, the app wont let me change it, im 34 not 43
s mrs okafor here, your form tutor, this is the school's official messaging app
""")


# ====================== seventh round (session 11): quiet first moves, new wording
# Written by a writer who read neither the detectors' phrase lists nor the
# eval/dev/paraphrase corpora. About ten positives per category for all 17
# categories, each block followed by its everyday look-alikes. Positives are the
# quiet, early versions: age and home routine asked sideways ("is the laptop
# urs or the family one"), soft secrecy ("this can be our thing", "keep it off
# ur story"), gentle isolation ("ppl ur age wont get it"), kind gifts whose
# strings show later, jobs, rooms and trips offered to 16-20 year olds in
# trouble, papers and wages "held for safety", debts made out of favours,
# politely worded threats and vulnerability met with an offer. Registers mix
# text-speak, typos, emoji, UK/US/AU/Indian English, non-native English and
# properly written adult messages. Look-alikes come from parents, grandparents,
# teachers, coaches, siblings, same-age friends, adults dating, gamers,
# employers, landlords and agencies with proper channels, helplines and news.
pos("age_probing", """
s do u still get pocket money or have u got a saturday job now
g that headset sounds like a school one lol, which yr r u in
s r u doing sats this yr or is that all behind u
d you mentioned uni plans, is applying this year or still a way off for you?
s whats ur curfew, 9? 10? tryna guess how old u r from that lol
s u get the school bus still or do u drive urself in
g do u have to ask ur mum before buying stuff in game or is it ur own card ##personal_info
s which standard are u in now yaar, 9th or 10th?
s r u old enough to work at maccas yet or not quite mate
d ur bio says uni but u text like ur in year 11, be honest 😅
s still doing exams every summer or are u finished with all that
""")

neg("age_probing", """
s aunty here, which standard is she in now? i want to send the right books for her
g lol yes its a school headset, borrowed it from the IT cupboard, dont tell
s cafe manager: saturday shifts are 16+ only, bring proof of age to the interview
d how old were u when u moved out? i was 19 and it was carnage
s does anyone know if year 10 have the trip on the 14th or is it just year 11
s sorry mate gotta see ID, u look about 17 to me
s mum wants to know what the curfew is on the year 8 residential, anyone got the letter?
g this game's rated 16 so my little sister has to leave the room when i play lol
s coach: under-14s train tuesdays, under-16s thursdays, check your birth year on the sheet
s my kid's finally asking for pocket money, what do people give a 9 yr old these days?
""")

pos("personal_info", """
s is the laptop urs or the family one
s does anyone check on u after school or do u get a bit of time to urself
g who else uses that xbox, just u?
s which stop do u get off at, the one by the chippy?
s whats ur mums shift pattern like, she do weekends too
s is ur bedroom the one at the front, facing the road
d do u live on ur own or with family? just so i know when its ok to ring
s when u say home is that ur mums or ur dads this week
s does ur phone have one of those parent apps on it or nah
s which way do u walk to school, through the park or along the main road
s ur mom still at ur aunt's this week? whos staying with u then
""")

neg("personal_info", """
s IT support: is it your own laptop or a family one? the exam software needs admin rights to install
s mum: does anyone check on nan after 5? worried about her on the stairs
g who else uses this xbox?? someone keeps deleting my saves 😤
s which stop do u get off at? ill meet u there n we'll walk to practice together
d whats ur shift pattern next month? need to sort the dog sitter around both of us
s surveyor: could you confirm which bedroom windows face the road before friday's visit
s school newsletter: parents can turn on screen time reports in the family app settings
s youth worker: who's at home with you while your mum's in hospital? just want to be sure someone's around
d do u live alone or with flatmates? asking cos im flat hunting near u lol
s council: the new lit path through the park is open for the walk to school, lights until 7pm
""")

pos("secrecy", """
s this can be our thing
s keep it off ur story yeah, its nicer when its just ours
g dont @ me in the server, just dm, less drama that way
s if ur mum asks who ur texting just say a girl from netball
s id rather u didnt tell ur bestie about me yet, she might get funny about it
d maybe archive our chat instead of leaving it pinned at the top 😅
s not a big deal but maybe dont wear the necklace around ur dad yet ##gifts
s u dont have to lie to anyone, just dont bring me up
s Let's keep this quiet for now. People wouldn't understand how close we've become.
s plz do not share what i tell you with family members, they will misunderstand our friendship
""")

neg("secrecy", """
s this can be our thing, friday film night, phones in the basket 😌
s keep it off ur story pls, tess's parents said max 10 ppl and they dont want randoms turning up
g dont @ me in general, got exams, dm me for the scrim times
s if mum asks where the biscuits went say it was the dog 😂
s dont tell lily about the present yet!! bday's saturday
d can we keep it quiet at work till we know where this is going? i'd rather not be office gossip lol
s archive this chat after fri, its just the surprise party planning 🎉
s therapist: you don't have to share anything with me until you're ready
s mum: dont wear the new coat to school yet, its for the wedding
s news: groomers often tell children a chat is a "special secret". talk to your kids about good and bad secrets
""")

pos("isolation", """
s ppl ur age wont get it
s ur mates are sweet but theyre kids, u need someone who can actually keep up
g the squad dont value u, u carry every game and they still moan at u
s ur family only ring when they want something, have u noticed that
s id not tell ur cousin everything if i were u, she twists stuff
d u give so much time to ur friends and they never make any for u
s why go to youth club, its just people who dont know u, stay in and chat w me
s no one in that house listens to u the way i do
s honestly ur teachers have made their minds up about u, no point trying with them
s the girls in ur year are so shallow, u dont belong with them anyway
""")

neg("isolation", """
s ppl our age wont get it but this album is genuinely a masterpiece
s my mates are sweet but they dont get a level stress, glad i joined this study group
g squad doesnt value me in ranked rn lol, taking a week off
s love my family but they only ring when the wifi breaks 🙄
s youth club's off tonight, heating's broken again
s dont tell ur cousin about the surprise, she literally cannot keep anything in
d u spend so much time at work, see ur friends this weekend yeah? ill still be here
s counsellor: it sounds like nobody at home is listening right now. who else could you talk to, your aunt maybe?
s mum: i know i dont always listen properly, ill try harder, promise
s article: cutting a child off from friends and family is one of the classic steps of grooming
""")

pos("platform_switch", """
s this app keeps flagging my msgs for nothing, is there somewhere else we can chat
g my headset only works on the other voice app lol, u on there?
s got signal? way more private than this ##secrecy
s i barely use this one, my main is on the green app
d deleting this app tmrw, grab my handle before i go
s whats ur other @, the one ur parents dont follow ##secrecy
s wanna swap numbers, the dm limit on here is doing my head in ##personal_info
g chat here is so slow, party up on ps later? just the two of us
s can we use the one where chats delete after a day ##secrecy
s my dear please add me on imo, this app is not good for talking
""")

neg("platform_switch", """
s school trip group is on the parents' whatsapp only, ask ur mum to add u
g drop ur psn id, clan war at 8 and we need a fifth
s deleting insta for exam season, text me if u need me
d id rather keep chatting on here for now if thats ok, happy to swap numbers after we meet
s our newsroom uses signal for sources, its better for privacy generally
s club secretary: match updates go out on the spond app now, download before saturday
s gran finally got whatsapp!! add her, she's so excited
g game party chat is broken, using the discord for the raid tonight
s safety tip: be careful if someone you only just met keeps pushing to move the chat to another app
s my main is on tiktok, this is just my art account
""")

pos("flattery", """
s u see things in a way most people twice ur age dont
g ur wasted in this lobby, u could go pro with the right person behind u
s u come across so put together, i keep forgetting how young u are
s ur not like other people ur age, u actually think about stuff
d ur so easy to talk to, i never get that with people my own age
s ur honestly too good for the people around u ##isolation
s id never guess u were still at school, u write like a grown woman
s u deserve someone who tells u how amazing u are every single day
g ur so chill, not like the other kids who rage, i like talking to u
s yaar u are very mature, not at all like a child, i feel i can share anything with u
""")

neg("flattery", """
s uve got a real way with words, enter the poetry comp!!
g ur wasted in bronze, go queue with the diamond lot
s teacher: I keep forgetting you're only in year 8, that presentation was excellent
s ur too good for him, proper, dont text him back
d ur so easy to talk to, its nice not having to force it lol
s apprenticeship feedback: calm and articulate for a 17 year old, we'd like to offer you the place
s aunt: so proud of u, uve grown into such a thoughtful young woman
g ur so chill, never rage even when we lose, best duo fr
s you don't give yourself enough credit mate, you smashed that exam
s parenting blog: heavy praise from an adult stranger online can be an early grooming sign
""")

pos("gifts", """
s saw these headphones n thought of u, dont worry about the cost
g sent u a gift card, dont thank me, u can return the favour one day ##debt_bondage
s its only a little thing, but keep it at urs not at ur mums ##secrecy
s if u ever run out of data just msg me, i'll top u up, no questions
s ordered u a hoodie, tell me ur size n where to send it ##personal_info
s i got two tickets for the concert, one's urs, i'll drive ##meeting
s i know ur mums struggling, i'll send u some money for food this week ##vulnerability_exploitation
d got u a little bracelet, wear it when we talk so i know ur thinking of me
g ill buy ur skins whenever u want, just ask, i like spoiling u
s beta i will send you money for new phone, you deserve nice things
""")

neg("gifts", """
s saw these headphones n thought of u!! happy early bday bestie 🎧
s mum: paid for ur uber home from the party, drivers called kev, text me when ur in
s grandad put a bit on ur card for the trip, dont tell ur brother he'll want the same lol
g gift card giveaway on stream tonight, winners drawn live in chat
s ordered u a hoodie for secret santa 👀 whats ur size
s food bank opens tues and thurs 10-2, no referral needed for families
d got u a bracelet from the market, it reminded me of the shells in ur beach pic
s my dad got us tickets for the concert, u coming? he's driving us both
s uncle: data run out again? i'll top u up, tell ur mum i said so
s school: the bursary covers uniform and trips for students who need it, forms at the office
""")

pos("exploitative_offer", """
s ur 17 and she kicked u out? i know a place that needs cleaners, room included, cash in hand ##vulnerability_exploitation,relocation
s easy money for a couple of hours, just drop some bags off for my mate, dont ask whats in them
g u can earn testing accounts for me, paid weekly, just dont mention it to ur parents ##secrecy
d my friend runs a bar in dubai, they need hostesses, all expenses paid, age doesnt matter ##relocation
s need quick cash? hand out flyers for a club night, paid cash, the older guys there tip well
s u could make more in a weekend than ur mum does in a month, come to the flat and i'll show u ##meeting
s babysitting for my friends family in spain, they pay the flights, no references needed ##relocation
s student? earn 500 a week just by letting us move money through ur bank account ##document_control
s nail tech apprenticeship in london, accommodation provided, start monday, we'll collect u from the station ##relocation
s i can get u modelling work in singapore, u only pay for the portfolio upfront ##relocation,debt_bondage
s Care home work in the UK, no English test, we handle the visa and you repay us from your salary. ##relocation,debt_bondage
""")

neg("exploitative_offer", """
s jobcentre: hospitality apprenticeships for 16+, wage and contract listed on every advert
s anyone want saturdays at my mums bakery? £8 an hour, she does a proper contract
s police: never let anyone use your bank account to move money, its called money muling and it's a crime
d my mate runs a bar in lisbon, theyre hiring summer staff through their website if ur interested
s au pair agency: you'll video call the family and receive your contract before any travel is booked
g beta tester signups are on the studio site, under 18s need a parent's consent
s students' union: paid promoter roles, through payroll, training session thursday 4pm
s the college runs a funded nail tech course for 16-18s, enrol online
s cousins doing a season in spain with a legit company, contract and flights sorted before she left
s article: "too good to be true" job ads aimed at teens on social media, and what to check
""")

pos("image_request", """
s wish i could see ur face when u say that lol, one pic?
s u never show ur face, shy? i dont bite 😊
s send me how u look before school, i like knowing how ur day starts
g my cams on, urs now, fairs fair
s take one where i can actually see u, not just the top of ur head
d send me a pic in the hoodie i got u ##gifts
s record a little hello for me, i wanna see and hear u
s take one in ur room so i can picture where ur chatting from ##personal_info
s quick outfit check for me before u go out? 👀
s pls send me ur photo dear, i want to keep it as my wallpaper
""")

neg("image_request", """
s grandma: send me how u look in ur new uniform on the first day!! 🥹
g cams on for the coaching session if u want feedback on ur posture, totally optional
s take one where i can see the whole poster, not just the top bit
s record a little hello for uncle's 60th, everyone in the family is doing one
s outfit check before prom pls!! i need to see the shoes
d nice to see each other on video before we meet, my cam's on whenever ur ready
s school office: please send a passport-style photo for your bus pass, plain background
s send a pic of ur room once uve painted it, wanna see the green
s pen pal scheme: photos are never required and every letter goes through the teacher
s safeguarding talk: an adult u met online asking for pics is a red flag, even "innocent" ones
""")

pos("sexualisation", """
s r u in ur comfy stuff rn or still in uniform
s so have u had ur first kiss yet or r u saving it 😏
g bet ur in ur pjs already huh 😏
s bet the boys at ur school cant keep their eyes off u
d u ever been on a proper date or just the kiddy stuff
s whats the most grown up thing uve ever done lol
s do ur parents let u have boys in ur room
s is it weird that i think about u before i fall asleep
s ever wonder what kissing someone older would be like ##age_deception
s u look good in that top, does ur mum know u wear it
""")

neg("sexualisation", """
s r u in ur comfy stuff yet? film starts at 8 lol
s omg did u have ur first kiss at the disco?? spill 👀
g already in my pjs, one more game then bed
s mumsnet thread: do you let your teens have friends of the opposite sex in their room?
d had a really nice time tonight, is it weird i keep smiling about it 😊
s pshe: this week we're covering what a healthy first relationship looks like
s mum: whats the dress code for the school disco, do u need anything new?
s ur first crush was WHO?? the guy from the bakery 😂
s news: police say the man asked girls what they were wearing and whether they had boyfriends
d what are u wearing to the wedding? trying to match my tie lol
""")

pos("meeting", """
s im in ur area loads for work, we should grab a hot choc sometime
s the shopping centre's halfway for both of us, saturday? just us
s u get off at the station by the retail park right? i could be there ##personal_info
g come to the gaming cafe sat, i'll pay ur hours, dont bring the others ##gifts,isolation
s just tell them ur at the library, we'll only be an hour ##secrecy
d i can grab u from the end of ur road, no need to come all the way out
s theres a quiet spot down by the canal, no one bothers u there
s come by after school, my place is literally 5 mins from urs
s id love to meet u properly, not with ur mates, just us two for once ##isolation
s im at the match sunday, find me at half time, wear the blue scarf so i know its u
""")

neg("meeting", """
s mum: i'll collect u from the end of the road, the school gates are chaos
s shopping centre's halfway for us both, sat? bring ur mum, mine wants to meet her
s aunt: im in ur area for work thurs, hot choc? its been ages
g gaming cafe tournament saturday, under 16s need a parent to sign the entry form
d shall we meet at the market sunday? busy enough that it feels relaxed
s coach: meet at the station at 9, kit bag and packed lunch, parents collect at 6
s find me at half time, im by the tea hut with ur dad
s library revision session 4-6 tmrw, bring ur chem notes
s police: meeting someone you know from online? tell an adult, pick somewhere public and take a friend
s grandad: come by after school tuesday, ive got ur bike fixed
""")

pos("relocation", """
s theres always a bed here if u need a break from them
s u could finish ur exams from mine, the schools up here r better anyway
s ud be free down here, no one telling u what to do
d come stay for the summer, i'll sort ur ticket, we'll tell ur parents later ##gifts,secrecy
s just bring ur charger n a change of clothes, i'll handle the rest
s u dont need ur mums permission at 17, u can live wherever u want
s theres work up here and a room above the shop, u'd be sorted ##exploitative_offer
s leave ur phone at home when u come, ur mum tracks it ##secrecy
s come over to melbourne, i'll sponsor u, u wont have to worry bout a thing ##exploitative_offer
s my flatmates moving out, the room's urs, no rent till u find ur feet
""")

neg("relocation", """
s mum: theres always a bed here if u need a break from uni, love
s u could finish ur dissertation at mine, way quieter than halls
s my flatmate's moving out, room's £450 incl bills, viewings thursday
s leave ur charger at home, the cottage has loads lol
s housing charity: if youre 16 or 17 and cant stay at home, the council has a duty to help, call us
d moving to manchester next month for work, anyone know a decent area?
s auntie: pack light for the holiday, ive got towels and everything here
s uni accommodation: accept your offer by the 15th to secure your room
s school: host families for the exchange students are checked through the school before arrival
s my cousin's staying with us for a bit while her parents sort things out
""")

pos("document_control", """
s i'll keep ur passport in my safe, stuff goes missing in shared houses
s ur wages go into my account first, i'll give u ur share, easier for tax
s dont carry ur id around, just give it to me
s we keep everyones papers at the office till theyve done six months
s send me a photo of ur passport page, i need it to book ur ticket, dont tell ur parents ##secrecy,relocation
s ur bank card stays with me till u learn to budget
s the boss holds the sim cards, u get ur phone back at the end of the shift
s let me have ur login for the benefits site, i'll sort it for u
s just sign it, its in english but basically says we look after ur documents
s beta your passport will stay with the agent until visa is done, dont worry about it
""")

neg("document_control", """
s mum: i'll keep ur passport in the hotel safe with ours, its more secure
s employer: wages go straight into your own account every friday, payslip by email
s teacher: hand ur passports to me for the ferry crossing, u get them back on the other side
s bank: never give anyone your online banking login, not even family
s dvla: you can check your provisional licence application status online
s visa service: we never keep your passport, it goes to the embassy and back to you by tracked post
s dad: want me to look after ur bank card while ur on the trip? ur call
s citizens advice: an employer must not hold on to your passport or id
g admins will never ask for ur login, report anyone claiming to be staff who does
s solicitor: please read the contract in your own language before signing, we'll arrange a translation
""")

pos("debt_bondage", """
s remember i sorted u out when u had nothing, now i need something back
s that phone wasnt a present, it was a loan, u knew that ##gifts
s u said ud do anything when i helped u, well now im asking
s every night u stay here adds up, im not a charity ##relocation
s the travel, the food, the room, thats about 3 grand, u'll work it off
g i carried u to diamond and paid for ur skins, dont act like u owe me nothing ##gifts
s interest is interest, not my fault u didnt pay on time
s i'll let u off what u owe this time if u help my mates out later
s u cant quit till uve paid back the agency fee ##exploitative_offer
s we're family now, and family pays its debts
""")

neg("debt_bondage", """
s remember i sorted u out when u were skint? lol ur buying the pizza
s sister: that phone was a loan not a present, give it back when urs is fixed
s library: your overdue fine is £1.20, pay at the desk whenever
s letting agent: rent arrears letter attached, please call us to set up a payment plan
g i carried u to diamond, least u can do is play support for once 😂
s credit union: small loans for under 25s, fixed rate, no hidden fees
s mum: u owe me a lift after all the lifts ive given u
s stepchange: free debt advice, no judgement and no pressure
s news: debt bondage victims are told they owe for travel, food and rooms that never get paid off
d u paid last time, my treat tonight, no arguments
""")

pos("threats", """
s id really prefer not to have to involve ur parents in this
s im asking nicely, which i wont do twice
s it would be sad if people saw a side of u that u didnt want them to see
g dont make this harder than it needs to be, i know ur gamertag and ur school ##personal_info
s just think about who ud be hurting if u walked away now
d kindly reply to me, otherwise i will have to contact your family
s ive been very understanding, dont test it
s ur free to block me of course, i still have copies
s i hope u make the right choice, for ur little sister's sake
s it'd be a pity if ur new school heard about all this
""")

neg("threats", """
s head of year: we'd prefer not to involve parents, please hand in the coursework by friday
s coach: im asking nicely, tidy the kit room or we all do laps
g dont make this harder than it needs to be lol just let me rotate first
s mum: ive been very understanding about the phone bill, dont test me 😤
s i hope u make the right choice, both unis are great honestly
s library: kindly return the book, otherwise a fine will be added to your account
d u can block me if u want, no hard feelings, i just wanted to say i had fun
s police: if someone threatens to share your pics, dont pay, report it to us
s itd be a pity if it rained on sports day lol
s dad: think about who'd be upset if u missed nan's birthday
""")

pos("age_deception", """
s im only a year older than u lol so its basically the same
g im in sixth form, not that much older than u
s my pics are old, i look younger irl honestly
s dont go by the account, its my brothers, im ur age
d i put 25 on here so ppl take me seriously, im really 17
s im 16 too, we're in the same boat with strict parents
s tbh im nearer ur age than u think
g im a girl too btw, 14, so u can tell me anything
s ignore my voice, ive got a cold, im in year 9 same as u
s my mum made this account so it says im older, im really 15
""")

neg("age_deception", """
s im only a year older than my sister but she acts like my mum lol
g im in sixth form, doing coursework between games
s my passport pic is so old i look about 12 in it
d apparently i look younger than 32, got carded again last night
s news: adults pretending to be teens online, and how parents can spot it
g ignore my voice, ive got a cold, gg tho
s this is my mums account, im using it for the bake sale page
s teacher: the school account is run by staff, students cant message it
d my age says 25 cos i made the account then, im 27 now lol
s my cousins 15 too, u two would get on
""")

pos("vulnerability_exploitation", """
s ur mum wont notice if ur gone for a night, she never does, just come here ##relocation
s u said u feel like a burden, ud never be a burden to me, i'd look after u
s skint and hungry? i'll sort u food and a bed, we can talk about favours later ##debt_bondage,relocation
s got kicked out? dont go to the council, theyll put u somewhere awful, stay w me ##relocation,isolation
s saw ur post about feeling invisible. i see u. msg me where ur family cant see ##secrecy
g when ur parents fight just jump on and talk to me, im always up, u can tell me everything
d ur new in the country and alone, let me help, i know people who find work for girls like u ##exploitative_offer
s ur in care so no ones really watching, i can be the one whos there for u ##isolation
s if ur dads that bad i'll get u out, just say the word ##relocation
s breakups suck, let me be ur comfort, just dont tell ur friends about us ##secrecy
""")

neg("vulnerability_exploitation", """
s saw ur post about feeling invisible, im here, food after school?
s nan: ur never a burden love, ring me any time, day or night
s shelter: if youve been asked to leave home, contact your council's housing team today
s youth worker: i know things are rough at home, shall we talk to your social worker together?
g when my parents fight i just put headphones on and play lol, u ok tho?
s refugee council: free advice for new arrivals, including how to spot fake job offers
s childline: you can talk to us about anything, call 0800 1111 or chat online
s teacher: you mentioned things are hard at home, would you like to see the pastoral lead?
d going through a breakup too, want to just chat for a bit? no pressure
s news: traffickers target young people in care and those who have run away
""")


def _norm(text: str) -> str:
    return re.sub(r"\s+", " ", text.lower()).strip()


def validate() -> list[str]:
    problems: list[str] = []
    seen: dict[str, str] = {}
    for kind, _, ctx, text, cats in RECORDS:
        key = _norm(text)
        if key in seen:
            problems.append(f"duplicate text: {text!r}")
        seen[key] = kind
        for c in cats:
            if c not in CATEGORIES:
                problems.append(f"unknown category {c!r} in {text!r}")
        if (kind == "positive") != bool(cats):
            problems.append(f"{kind} with categories {cats}: {text!r}")
    return problems


def build(out_path: Path) -> list[dict]:
    rows = [
        {"text": text, "categories": list(cats), "kind": kind, "context": ctx}
        for kind, _, ctx, text, cats in RECORDS
    ]
    # Interleave kinds and categories so the file reads like mixed traffic;
    # the fixed seed keeps ids stable between builds.
    random.Random(20240601).shuffle(rows)
    with out_path.open("w", encoding="utf-8") as fh:
        for i, row in enumerate(rows, 1):
            row = {"id": f"tm-{i:05d}", **row}
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")
    return rows


def report() -> str:
    kinds = Counter(r[0] for r in RECORDS)
    contexts = Counter((r[0], r[2]) for r in RECORDS)
    per_cat = Counter(c for r in RECORDS for c in r[4])
    multi = sum(1 for r in RECORDS if len(r[4]) > 1)
    look = Counter(r[1] for r in RECORDS if r[0] == "hard_negative")
    out = [f"total lines: {len(RECORDS)}", ""]
    out.append("| kind | lines | social | gaming | dating |")
    out.append("| --- | ---: | ---: | ---: | ---: |")
    for k in ("positive", "hard_negative", "benign"):
        out.append(
            f"| {k} | {kinds[k]} | {contexts[(k, 'social')]} | "
            f"{contexts[(k, 'gaming')]} | {contexts[(k, 'dating')]} |"
        )
    out += ["", f"positives with more than one category: {multi}", ""]
    out.append("| category | positive lines carrying it | hard negatives written as its look-alike |")
    out.append("| --- | ---: | ---: |")
    for c in CATEGORIES:
        out.append(f"| {c} | {per_cat[c]} | {look[c]} |")
    out.append(f"| (general: news, safety advice, jokes) | - | {look['general']} |")
    return "\n".join(out)


if __name__ == "__main__":
    issues = validate()
    if issues:
        print("\n".join(issues), file=sys.stderr)
        sys.exit(1)
    build(Path(__file__).with_name("messages.jsonl"))
    print(report())
