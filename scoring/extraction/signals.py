"""Beyond the FAQ: chat-app hiring, money handling, early personal data, free e-mail, urgency."""

# ruff: noqa: E501  (long regular expressions read better unbroken)

from __future__ import annotations

import re
from itertools import chain, islice

from scoring.extraction.money import ACCEPTED_OFFER_WORDS, MICRO_DEPOSITS
from scoring.extraction.text import MAX_MATCHES, Collector, Scanner, alternatives, ci, top_level_branches
from scoring.rules.beyond_faq import is_free_email_domain

I = re.IGNORECASE  # noqa: E741

CHAT_APP = ci(
    r"\b(?:telegram|whats\s?app|wickr|viber|wechat|kik|line app|google (?:chat|hangouts)|hangouts|skype chat"
    r"|facebook messenger|messenger|instant messag\w+|imo app|واٹس ایپ|ٹیلیگرام|yahoo (?:messenger|im|chat))\b"
    r"|\b(?:on|via|through|over|thru|op|oor) signal\b|\bsignal (?:par|pe)\b"
    # A Skype ID to add is a chat handle ("add our hiring manager on Skype with the ID ..."), not a video call.
    r"|\badd (?:[\w.,']+ ){0,7}?on skype\b|\bskype (?:id|name|handle|username)\b|\binterview\w* (?:online )?(?:via|on|through) (?:skype|yahoo)\b"
    r"|\bsignal (?:app|messenger)\b|\b(?:take place|takes place|held|conducted|done) (?:in|on|via|over) signal\b|\bt\.me/\w+|\bwa\.me/\d+|\b(?:install|download) signal\b"
)
# The interview named in a sentence: "sollicitatiegesprek" and "onderhoud" are interviews too (not a bare "gesprek",
# any conversation: "het gesprek zelf doen we in Teams").
INTERVIEW_WORD = re.compile(r"interview|sollicitatiegesprek|onderhoud|panayam|انٹرویو", I)
CHAT_HIRING = re.compile(
    r"interview|onboard|screening|hiring|\bhired?\b|recruit|HR\b|contact (?:me|us|our)|text (?:me|us)|message (?:me|us)"
    r"|add (?:me|us|you)|reach (?:me|us|out)|\bapply|send (?:your|a|us)|\bDM\b|@\w+|chat with|details|get started"
    r"|start (?:today|now)|username|handle|\+\d|\bgroup\b|\bmentor|\bmsg\b|\bPM\b|\bjoin\b|انٹرویو|رابطہ"
    r"|\bstuur\b|\bbericht\b|\bapp ons\b|\bboodskap\b|\bkontak\b|\bkarein\b|\brabta\b|\bmessage\b|\bchat\b"
    r"|\bsollicit\w*|\bwerving\b|\bgesprek\w*|\baansoek\w*|\bonderhoud\w*|\brounds? (?:are|is|will be) (?:conducted|held|done)\b"
    r"|\b(?:get|receive) (?:our|the|my) (?:whats\s?app|telegram|signal) (?:contact|number|link)\b"
    # "Reply on WhatsApp to learn more": the next step is the chat
    r"|\breply (?:on|via|through|in)\b",
    I,
)
# Hiring by text message or chat with no call at all: "Text only", "Interview by text", "written chat interview",
# "DM to apply". ("PM lang po for details" is how honest Filipino posts end too: no sign by itself.)
TEXT_ONLY_HIRING = ci(
    r"\btext only\b|\btexts? only\b|\b(?:interview|it)\b[^.;\n]{0,30}\bheld (?:here )?in (?:the|this) chat\b|\bverloopt de (?:volledige |hele )?sollicitatie via (?:whats\s?app|telegram|signal)\b"
    r"|\b(?:sollicitatie)?gesprek\w*\b[^.;\n]{0,60}\b(?:in|via|over) (?:de|deze|dit) chat\b|\b(?:sollicitatie|kennismakings)?gesprek\w*\b[^.;\n]{0,60}\bhier (?:in|via) (?:de|deze) (?:app|chat)\b|\b(?:interview|screening)s?\b[^.;\n]{0,30}\b(?:by|via|over|through|thru) "
    # "interviews by WhatsApp messages rather than video": the app named before the messages
    r"(?:(?:whats\s?app|telegram|signal|viber|wechat|messenger|google chat|hangouts) )?(?:text|sms|chat|message|messaging|dm)s?\b|\b(?:written|text|chat|instant[- ]message)[- ](?:chat )?interviews?\b|\binterviews? "
    r"(?:are |is )?(?:done |held |conducted )?(?:as |by |via |over )?an? (?:written |text )?chat\b"
    r"|\btext[- ]only (?:chat )?interviews?\b|\b(?:camera|video)(?: and (?:audio|mic(?:rophone)?))? (?:turned )?off\b|\bdm (?:me |us )?to apply\b"
    r"|\bmessage (?:me|us) to apply\b"
    r"|\bno calls?, (?:all|only)\b|\bchat (?:lang|only)\b|\bsirf whatsapp\b|\bwritten chat\b(?! (?:simulation|assessment|test|exercise|sample|task|support|agent|work))"
    r"|\bno (?:video|phone|voice)(?: calls?)?(?: (?:or|and|/) (?:video|phone|voice))?(?: calls?)? (?:is |are )?(?:needed|required)\b"
    r"|\bhiring is (?:done )?(?:100% |entirely |fully |only )?(?:by|via|over|through) (?:text|sms|chat|whatsapp|telegram)\b"
    # "koi call nahi, koi video nahi", "Bellen of videobellen is niet nodig", "ons bel nie en daar is geen video nie",
    # "volledig schriftelijk ... als appjes", "getikte boodskappe"
    r"|\bkoi (?:call|phone) nahi\b[^.;\n]{0,20}\bkoi video nahi\b|\bsirf (?:text|type|typed) (?:messages?|msgs?)\b"
    r"|\b(?:videobellen|bellen of videobellen|bel of videobel)\b (?:is |zijn )?niet nodig\b|\bvolledig schriftelijk\b"
    r"|\bals appjes\b|\bgetikte boodskappe\b|\bons bel nie\b[^.;\n]{0,30}\bgeen video\b"
    r"|\b(?:whole|entire|full|complete) (?:process|interview|recruitment|hiring)\b[^.;\n]{0,30}\b(?:on|via|over|through) (?:whats\s?app|telegram|signal|viber|chat)\b"
    r"|\binterviews? (?:are |is )?(?:done |held )?(?:by |via |over )?(?:text|sms|chat)[- ]only\b"
    r"|انٹرویو صرف واٹس ایپ|\binterview\w* (?:will be |is |are )?(?:text|chat)[- ]based\b"
    r"|\binterview\w* (?:is|are|will be) (?:a |an )?(?:written |typed |text[- ]based )(?:questionnaire|chat|q&a)\b"
    r"|\binterview\b[^.;\n]{0,40}\bas a (?:typed|text|written) (?:session|chat|exchange|conversation)\b|\btyped (?:interview|session in \w+ chat)\b"
    r"|\bcameras? (?:and microphones? )?(?:are |is )?not used\b|\bwritten assessment interview\b"
    r"|\bno (?:phone|video|voice|call) (?:stage|round|step|component|portion)\b|\btyped chat\b"
    r"|\bschriftelijk\b[^.\n]{0,40}\bchat\w*|\bchat\w*\b[^.\n]{0,40}\bschriftelijk\b|\bcamera of microfoon (?:is )?niet nodig\b"
    r"|\bskriftelik\b[^.\n]{0,40}\bklets\w*|\bcall ya video ki zaroorat nahi\b|\binterviews? likh kar\b"
    r"|\bphone ya video interview nahi\b"
    r"|\bcameras? and (?:microphones?|mics?) (?:stay |remain |are |will be )?(?:off|turned off|disabled)\b"
    r"|\binterview\w*\b[^.\n]{0,60}\bconducted (?:entirely |fully )?in writing\b|\bno (?:camera|video) or audio\b"
    r"|\b(?:answers?|responses?) typed in (?:the )?(?:\w+ ){0,2}chat\b",
    split=True,
)
# The interview's questions answered by typing, however said ("the interviewer types the questions and you reply in
# writing", "she will send you the interview questions in writing", "jij beantwoordt ze schriftelijk", "you'll answer
# there by typing"): hiring by chat where the paragraph is about the interview (TYPED_ANSWERS_ABOUT).
TYPED_ANSWERS = ci(
    r"\btypes? (?:the |your |their )?questions\b|\bquestions? in writing\b|\brepl(?:y|ies) in writing\b"
    r"|\banswer\w* (?:them |the questions )?in writing\b|\bbeantwoord\w* (?:ze |je |de vragen )?schriftelijk\b"
    r"|\bschriftelijk beantwoord\w*|\banswer\w* (?:there |them |each )?by typing\b"
    # "a typed interview; there is no phone or video call", "a text-based screening"
    r"|\btik jou antwoorde\b|\bgeen (?:oproep|telefoon\w*) of video-?(?:gesprek|oproep)\b|\btyped (?:interview|screening|chat|questionnaire|answers)\b|\btext-based (?:interview|screening)\b"
    r"|\bno (?:phone|voice|video)(?:,? (?:or|and|nor) (?:phone|voice|video))+(?: calls?| interviews?| chats?)?\b"
)
TYPED_ANSWERS_ABOUT = re.compile(r"\b(?:interview|screening|gesprek|onderhoud)", I)
TYPED_ANSWERS_WITHIN = 300  # characters before the answers: the interview's paragraph
# Said of the work, not the hiring, where the offer names a proper interview: "Chat only, no phone calls".
WORK_BY_CHAT = re.compile(r"(?:chat|texts?) (?:only|lang)|no calls?, (?:all|only)", I)
CHAT_IS_WORK = re.compile(
    # Selling to your own circle: "call your own contacts (friends, relatives, WhatsApp groups)"
    r"\b(?:contacts|friends|relatives|family)\b[^.;\n]{0,40}\b(?:whats\s?app|telegram|viber|facebook) groups?\b|"
    # the seeker's own conversation pasted: "Viber chat namin ng pinsan ko", "Messenger convo namin ng friend ko"
    r"\b(?:chat|convo|conversation)s? (?:namin|natin) ng\b|\b(?:chat|convo|conversation|gesprek)s? (?:with my|met mijn|met my)\b|"
    r"(?:answer|respond|repl|handl|support|assist|help)\w* (?:to )?(?:our )?(?:customer|client|caller|user|guest)s?\b"
    r"|customers? (?:who )?(?:contact|reach|message)"
    # Dutch: "vragen van inwoners via telefoon, chat en WhatsApp", "klanten helpen via WhatsApp"
    r"|\b(?:inwoners|klanten|burgers|leden)\b[^.;\n]{0,60}\bvia (?:\w+, )*(?:telefoon|chat|e-?mail)|\bklanten (?:te )?(?:helpen|woord staan)"
    # Reports to the team lead once at work: "Share daily report with team leader on WhatsApp group"
    r"|\b(?:share|send|post|submit)\w* (?:\w+ ){0,2}(?:daily |weekly |work |end-of-day )?(?:reports?|updates?|attendance)\b"
    # Only for the rosters of people already hired: "WhatsApp is net vir skofroosters"
    r"|\b(?:only|net|alleen|just|sirf|lang)\b[^.;\n]{0,20}\b(?:rosters?|\w*roosters?|shift schedules?|schedules?)\b"
    # A team group for people already hired: "Once hired, your team lead will add you to our WhatsApp group"
    r"|\b(?:once|after) (?:you(?:'re| are) )?hired\b|\bafter hire\b|\bhire hone ke baad\b|\bfor (?:shift )?rosters?\b"
    r"|\b(?:for|para sa|vir|voor) (?:\w+ )?(?:shift|team|schedule|roster) (?:updates|announcements|changes)\b"
    # "a lively WhatsApp group for team shout-outs and daily targets"
    r"|\b(?:whats\s?app|telegram|viber) group for (?:\w+ ){0,2}(?:shout-?outs|targets|banter|updates|announcements)\b"
    # The app is a channel customers write in: "inbound calls and WhatsApp Business queries from account holders"
    r"|(?:whats\s?app(?: business)?|telegram|viber|messenger)\s(?:queries|inquiries|enquiries|messages|chats|tickets)\b"
    # "WhatsApp-berichten van klanten", "gebruikt WhatsApp Business voor klantvragen"
    r"|\bwhats\s?app-?berichten van klanten\b|\bwhats\s?app business voor (?:klant\w*|vragen)\b"
    # The app is where the work happens: "Telegram & Viber Support Agent", "tanong ng customers ... sa Telegram"
    r"|(?:telegram|whats\s?app|viber|messenger|signal)\s?(?:(?:&|and|/)\s?\w+\s?)?(?:support|customer service|care|agent|moderator)"
    # (not "the client's hiring manager runs interviews on Telegram")
    r"|\b(?:customers?|clients?|users?)\b(?! (?:service|support|care|success|experience)\b)(?:(?!interview|hiring|recruit|onboard)[^.;\n]){0,60}"
    r"\b(?:sa|on|via|through|op|par)\s"
    r"(?:telegram|whats\s?app|viber|messenger)",
    I,
)
AT_YOUR_HOME = re.compile(r"\bhome\b|\baddress\b|\bre-?label|\bthuisadres\b|\bhuisadres\b|\bghar\b", I)
# "receiving packages at home, photographing them and reshipping them": the parcels come to the seeker.
PARCELS_AT_HOME = re.compile(
    r"\b(?:packages|parcels|shipments|goods|merchandise)\b[^.;\n]{0,25}\bat (?:your |my )?home\b"
    r"|\bat (?:your |my )?home\b[^.;\n]{0,25}\b(?:packages|parcels|shipments)\b",
    I,
)
# Support work about customers' parcels or coins, not handling them yourself.
SERVES_CUSTOMERS = re.compile(
    r"\b(?:help|assist|support|answer)\w* (?:our |the )?(?:customers?|users?|clients?|members?|callers?)\b"
    r"|\b(?:sasagot|sagutin|tutulong|tulungan)\b[^.;\n]{0,30}\b(?:customers?|kliyente|users?)\b",
    I,
)
# The seeker's own money into an account of theirs on the platform: "help 'test' our platform by funding your own
# trading account" is no customer's deposit, whatever the rest of the work is.
FUNDS_OWN_ACCOUNT = re.compile(
    r"\b(?:fund|funding|top(?:ping)?[- ]?up|deposit(?:ing)?|load(?:ing)?)\b (?:into )?your own (?:[\w-]+ )?(?:account|wallet)\b"
    # "receive customers' deposits in your own GCash": their money in the seeker's wallet
    r"|\b(?:deposits|payments|funds) (?:in|into|to) your own (?:gcash|maya|paypal|cash ?app|venmo|(?:e-?)?wallet)\b",
    I,
)
# Topics of a member's questions, listed: "check holds and mobile deposit"
CHECK_TOPICS = re.compile(
    r"(?:check|cheque)s? (?:holds?|returns?|fraud|disputes?)(?:,? (?:and|or) (?:mobile |atm |direct )?deposits?)", I
)
CHECK_DEPOSIT_NOUN = re.compile(r"(?:check|cheque)s? deposits?\b", I)
# The seeker spends money handed to them and passes the result on: "buy gift cards with the funds we send,
# scratch and send the codes to your supervisor" (not customers' gift cards the agent helps with).
SEEKER_PASSES_ON = re.compile(
    r"\bcodes? to (?:your|the|our|me|us)\b|\bwith (?:the )?(?:funds|money) (?:we|they|I) (?:send|sent|give|transfer|provide)\b"
    r"|\bsend (?:us|me) the (?:card )?(?:numbers|codes)\b",
    I,
)
# Gift cards as a reward the seeker earns: "redeem points for gift cards from a catalog".
REWARD_POINTS = re.compile(r"\bredeem (?:\w+ )?points\b|\bpoints? (?:for|towards?)\b|\bawards?\b", I)
FROM_THE_WAREHOUSE = re.compile(
    r"\b(?:from|in|at) (?:our|the|its) (?:\w+ )?(?:warehouse|fulfil?l?ment cent(?:er|re)|distribution cent(?:er|re))s?\b",
    I,
)
FRAUD_WARNING = re.compile(
    r"\bnot from us\b|\bnever\b|\bscam|\bfraud|\bbeware\b|\bimpersonat|\bphishing\b|\bbe careful\b"
    # "If anyone contacts you claiming to be from Quillfield and asks for money or gift cards, it's not us"
    r"|\b(?:it'?s|that'?s|it is|that is) not us\b|\bclaiming to be\b"
    # Dutch, Afrikaans, Tagalog, Urdu: "is dit bedrog", "oplichters", "nooit", "ingat", "khabardar", "dhoka"
    r"|\breport (?:anyone|them|it)\b|\bon our behalf\b|\bposing as\b|\bniet van ons\b|\bnie van ons\b|\bnep(?:vacature|bericht)\w*"
    r"|\bbedrog\w*|\boplicht\w*|\bnooit\b|\bingat\b|\bmag-?ingat\b|\bkhabardar\b|\bdhok[ae]\w*|\bfake\b"
    # "someone is using our company name on Telegram to 'interview' people"
    r"|خبردار|دھوک|فراڈ|\bکبھی\b|\bsomeone (?:is )?(?:using|pretending|posing)\b|\b(?:woh )?hum nahi(?:n)? h(?:ain|ai)\b|\bagar koi\b|\busing our (?:company'?s? )?name\b|\bpos(?:e|es|ing) as (?:us|our)\b"
    # "Please ignore anyone contacting you on Telegram ... offering jobs in our name"
    r"|\bignore (?:anyone|any (?:messages?|offers?|recruiters?|contact)|such)\b|\bin our name\b"
    # "er gaan berichten rond van 'recruiters' die namens ons via WhatsApp gesprekken voeren", "in ons naam"
    r"|\bnamens ons\b|\buit (?:onze|ons) naam\b|\bin ons naam\b|\bberichten (?:rond|in omloop)\b"
    # Tagalog: "Kung may nagpakilalang recruiter namin sa WhatsApp ... i-report agad sa amin", "nagpapanggap"
    r"|\bi-report\b|\bnagpapanggap\b|\bnagpakilalang? (?:recruiter|hr|empleyado|taga)\b",
    I,
)
# A chat app only to agree a time for a phone or video interview ("WhatsApp sirf interview ka time confirm").
# ... or to send the link of a video interview ("Zoom link ... sa Viber", "De link stuur ik je via WhatsApp").
SCHEDULING_REACH = 120  # characters past the sentence where the real interview booked by text may be named
CHAT_FOR_SCHEDULING = re.compile(
    r"\b(?:time|schedul\w*|confirm\w*|slots?|reminders?|herinnering\w*|paalala|tijd|afspraak|tyd|oras|link|\w*roost\w*|rosters?)\b|لنک",
    I,
)
# A pasted thread's speaker label: "Carlo (Viber):", "عائشہ (واٹس ایپ):".
SPEAKER_LABEL_AFTER = re.compile(r"\)[ \t]*:")
# A question's answer that is a flat no: "No.", "No, on Zoom", "Nahi!"
FLAT_NO = re.compile(r"\s*(?:no|nope|nee|hindi|nahi|nahin)\s*[.,!;:—–-]", I)
# ... or the app in square brackets opening a pasted line: "[Messenger] Recruiter – Liwanag BPO: Hi Grace!"
APP_LINE_LABEL = re.compile(r"(?:^|\n)[ \t]*\[\Z")
# ... or the app heading a pasted thread, a note in brackets or the other side's name after it: "Messenger (Kaibigan ko
# si Mae, nag-apply siya)", "Viber – HR Department, Tala Contact Solutions Inc."
APP_HEADING_AFTER = re.compile(
    r"[ \t]*(?:\([^()\n]{0,80}\)|[–—-][ \t]+(?:HR|Recruit\w*|Hiring|Talent)\b[^\n]{0,80})[ \t]*(?:\n|\Z)"
)
LINE_START = re.compile(r"(?:^|\n)[ \t]*\Z")
# Urdu puts "don't" after the verb's object: "CV WhatsApp na karein, email karein".
NEGATED_AFTER = re.compile(
    # "WhatsApp pe kuch mat bhejiyega" (send nothing there), "WhatsApp pe kisi ko na bhejein"
    r"\s(?:par |pe |per )?(?:kuch |kuchh |koi cheez |kisi ko (?:bhi )?)?(?:bilkul |hargiz |kabhi )?(?:na|mat|nahi|nahin)"
    r" (?:karein|karen|karo|bhejein|bhejen|bhejo|bhejiye|bhejiyega|bhejna)\b"
    # "Hum WhatsApp par na interview karte hain na paise maangte hain" (neither ... nor)
    r"|\s(?:par|pe|per) na (?:koi )?(?:interview|bharti|hiring)\b"
    # "WhatsApp par hiring ya interview nahi karte"
    r"|\s(?:par |pe |per )?(?:hum |ham )?(?:kabhi )?(?:koi )?(?:(?:hiring|bharti) (?:ya|aur|or) )?interview nahi(?:n)? (?:lete|leti|karte|karti|hota|hoga|maangte|mangte|maangta|lenge)\b"
    r"|\s(?:chat )?(?:pe|par) nahi(?:n)?\b|\snahi(?:n)?,? sirf\b"
    # a bare "nahi" closing the phrase: "(sirf call, WhatsApp nahi)"
    r"|\snahi(?:n)?(?=[)\].,;!\n]|\Z)"  # "interview sirf phone ya video pe karte hain, WhatsApp chat pe nahi"
    # the same in Urdu script: "واٹس ایپ پر کوئی انٹرویو نہیں ہوتا"
    r"|\s?(?:پر|پہ) (?:کوئی )?(?:انٹرویو|بھرتی) نہیں (?:ہوتا|ہوگا|لیتے|کرتے|لیا جاتا)",
    I,
)
# A sentence warning seekers off the schemes it names: "We will never ... send you a check."
# "Kestrel will never ask you to ... mail you a check to buy equipment": a company's notice about impostors.
FRAUD_NOTICE = re.compile(
    r"\b(?:we|\w+) (?:will |would )?never (?:ask|send|mail|require|request|charge|interview)|\bwe (?:will |would )?never\b"
    r"|\bwe(?:'ll|’ll) never\b"  # "We'll never contact you on WhatsApp or Telegram or ask you to deposit a check."
    # (not a department's name: "send us the card numbers so our fraud team can test activation")
    r"|\bfraud\b(?! (?:team|department|dept|unit|analysts?) (?:can|will|to)\b)|\bscam|\bbeware\b|\bimpersonat|\bposing as\b"
    r"|\breport anyone\b|\bon our behalf\b"
    r"|\b(?:it|that|they) (?:isn'?t|is not|aren'?t|are not) us\b",  # "If anyone asks you to deposit a check, it isn't us."
    I,
)
# A chat app as one of several ways to send a CV or ask a question: an e-mail address or "or e-mail" beside it.
CHAT_ONE_CHANNEL = re.compile(
    r"\b(?:for|voor) (?:more |meer )?(?:details|info|information|informatie)\b|(?<!\badd )(?<![\w.+-])[\w.+-]+@[a-z0-9][\w-]*\.[a-z]|\b(?:or|of|o|ya) (?:e-?mail|mail|e-?pos)\b|\bsend (?:your |ur )?(?:cv|resume)\b[^.;\n]{0,20}\be-?mail\b"
    r"|\b(?:voor|for|with) (?:any |eventuele )?(?:vragen|questions)\b",
    I,
)
CHAT_ONE_CHANNEL_UNLESS = re.compile(r"interview|gesprek|onderhoud|screening|onboard", I)
# "(no interviews done via chat)": the offer itself says the chat app is not where hiring happens.
NO_CHAT_INTERVIEW = re.compile(
    r"\bno (?:interviews?|hiring|screening) (?:\w+ )?(?:via|by|over|through|on) (?:chat|text|sms|whats\s?app|telegram|dm)\b"
    r"|\bhindi (?:po )?kami nag-?i?interview\b",
    I,
)
NON_VOICE_WORK = re.compile(r"\bnon-?voice\b", I)
NO_CHAT_INTERVIEW_BY_CHAT = re.compile(
    r"\bhindi (?:po )?kami nag-?i?interview\w* (?:through|via|sa|over|by|thru) (?:chat|text|sms|whats\s?app|telegram|viber|messenger)\b",
    I,
)
# "een telefoon- of videogesprek is niet nodig": the call the offer names is one it will not hold.
# "Bellen of videobellen is in deze ronde niet nodig": a call ruled out, not a call held
NOT_NEEDED_AFTER = re.compile(
    r"\s*(?:is |are )?(?:(?:in deze ronde|at this stage|for this round|in this round) )?"
    r"(?:niet nodig|not needed|not required|unnecessary|nie nodig nie|not used)\b"
    # Afrikaans closes its negation after the noun: "Ons doen nie video-onderhoude nie"
    r"|\s+nie\b"
    # Dutch puts it after the verb: "Telefonische of video-gesprekken voeren wij niet"
    r"|\s+(?:voeren|doen|houden|plannen) (?:wij|we) (?:ook )?niet\b",
    I,
)
PROPER_INTERVIEW = ci(
    r"\b(?:phone|telephone|video|zoom|teams|virtual|in[- ]person|face[- ]to[- ]face) (?:interview|call with)\b"
    # "All interviews and exams are done onsite", "book your walk-in slot"
    r"|\binterviews?\b[^.;\n]{0,30}\b(?:done|held|conducted)\b[^.;\n]{0,10}\b(?:on-?site|in[- ]person|face[- ]to[- ]face"
    r"|at our (?:office|site))\b|\bwalk-?in (?:interviews?|slots?|applicants?|hiring)\b"
    # "call HR or walk in at our Laxmi Nagar office for an interview"
    r"|\bwalk[- ]in at (?:our|the) (?:\w+ ){0,3}office\b"
    r"|\binterviews? (?:are |is |will be )?(?:held )?(?:by|via|over|on) (?:the )?(?:phone|video|zoom|teams|google meet)\b"
    r"|\b\w*(?:onderhoude?|gesprekk?e?n?) (?:zelf )?(?:is |word |vinden |vindt |doe je |doen we |doen wij )?(?:op|via) (?:teams|zoom|video)\b"
    # "Kortlys-kandidate kry 'n Teams-onderhoud", "will WhatsApp you a Teams link; the interview itself is a voice round"
    r"|\b(?:teams|zoom|video|google meet)[- ](?:onderhoud|gesprek|interview)\w*|\b(?:teams|zoom|google meet) (?:link|invite)\b"
    r"|\binterview (?:itself )?is (?:a |an )?(?:voice|phone|video|zoom|teams)\b"
    r"|\binterview(?:ed|s)? (?:\w+ )?(?:in[- ]person|face[- ]to[- ]face|at our (?:office|site|centre|center))\b|\binterview (?:hamare |humare |hamaray )?(?:\w+ ){0,2}office mein\b|\bin[- ]office interview\b"
    r"|\binterview\w*:?\s(?:\w+ ){0,3}?(?:video call|zoom|teams|google meet|phone call)\b"
    # "Initial interview: Thursday, Oct 9, 2PM via Zoom", "yung nag-interview sa inyo kahapon via Zoom"
    # (not past a chat app or a next step: "Interview via Telegram lang po, tapos orientation via Zoom")
    r"|\binterview\w*:?\s(?:(?!telegram|whats\s?app|viber|signal|messenger|chat|tapos|then\b)[^.;\n]){0,40}?\bvia (?:zoom|teams|google meet|video|phone)\b"
    r"|\b(?:kan ik je|ik wil je|mag ik je) (?:\w+ ){0,2}(?:bellen|spreken)\b|\bik bel (?:je )?(?:om|morgen|vandaag)\b"
    r"|\bvideogesprek\b|\bvideobellen\b|\bvideo-?oproep\b|\btelefoniese onderhoud\b|\btelefoongesprek\b|\btelefonisch (?:sollicitatie)?gesprek\b|ویڈیو انٹرویو|ویڈیو کال"
    # "ons stuur die Teams-skakel vir die onderhoud", "the Zoom link for your interview"
    r"|\b(?:teams|zoom|google meet)[- ](?:skakel|link|uitnodiging|invite)\w* (?:vir|for|voor) (?:die |jou |your |the |het |je )?(?:onderhoud|interview|gesprek)"
)

MONEY_HANDLING = (
    (
        "reshipping",
        r"\bswap (?:the )?(?:courier |shipping |postage )?labels\b|"
        r"\b(?:pakket(?:je)?s|pakketten|pakjes)\b[^.;\n]{0,30}\bthuis ontvangen\b|\bre-?ship\w*|\b(?:receive|receiving|accept\w*|inspect\w*|repackag\w*|forward\w*)\s(?:and\s(?:re-?)?ship\s)?"
        r"(?:the\s)?(?:packages|parcels|shipments|merchandise)\b|\bpackage (?:forwarding|handling|inspector|processing)"
        r"|\bparcels? (?:at|to) your (?:home|address)|\bshipping (?:coordinator|assistant|manager) from home"
        r"|\b(?:parcel|package|shipment)s? (?:receiver|handler|forwarder)s?\b|\bre-?pack\w*|\bre-?label\w*"
        r"|\b(?:receive|accept)\w*\b[^.;\n]{0,50}\b(?:shipped|delivered|sent) to your (?:home|house|address)"
        r"|\bdrop (?:them |it |the \w+ )?(?:off )?at (?:any |the nearest |a )?(?:fedex|ups|dhl|usps|the post office|j&t|lbc"
        r"|tcs|leopards|postnet|pargo|postnl|dpd|aramex|ninja ?van|canada post|australia post|royal mail|evri)\b"
        r"|\btatanggap\w* (?:ka |kayo )?(?:lang )?ng (?:mga )?(?:packages?|parcels?)|\b(?:packages?|parcels?)\b[^.;\n]{0,40}\b(?:i-?forward|ipasa|ipadala)\b|\bbagong label\b|\bipapadala ulit\b"
        # Goods received at home and sent on abroad: "receive gift orders at home ... forward them overseas"
        r"|\b(?:forward|ship|send|mail|post)\w* (?:them|it|the (?:items|orders|goods|packages|parcels|boxes)) "
        r"(?:on )?(?:overseas|abroad|internationally)\b"
        # "forward each parcel to the address on the label we send you"
        r"|\bforward\w* (?:each |every |all |the )?(?:parcel|package|item|shipment|box|return)(?:e?s)?\b[^.;\n]{0,40}\blabel\b"
        r"|\bontvang\w* (?:\w+ ){0,2}(?:pakkies|pakketjes|pakketten|pakjes)\b|\bnuwe etiket\w*|\bnieuwe? (?:verzend|adres|retour)?label\b"
        r"|\b(?:i-?padala|ipadala|i-?ship|i-?send|i-?forward)\w* (?:mo |nyo |ninyo )?(?:ulit )?(?:sa )?(?:abroad|overseas)\b"
        r"|\bparcels? aap ke ghar\b|\bparcels? ghar (?:par|pe)\b|\baage courier\w*|\baap ke ghar (?:\w+ ){0,3}parcels?\b|\bnaya (?:courier |shipping )?label\b|\blabel lagay\w*"
        # "take photos of each box, reseal it, and book a rider", "papalitan ng bagong waybill", "parcel ... sa address
        # mo", "send them on the same day to the address on the label we email you"
        r"|\breseal\w*|\boorpak\w*|\bbagong waybill\b|\b(?:parcels?|packages?)\b[^.;\n]{0,40}\bsa address mo\b"
        r"|\bsend (?:them|it|each \w+|the \w+) on\b[^.;\n]{0,60}\b(?:labels?|address)\b"
        # "receive returned items at your home address ... relabel them", "retourpakketten op je thuisadres"
        r"|\breceiv\w* (?:\w+ ){0,2}(?:items|packages|parcels|shipments|merchandise|goods|returns)\b[^.;\n]{0,30}"
        r"\b(?:at (?:your )?home|at your (?:home )?address|to your (?:home|address))\b"
        r"|\bretourpakket\w*\b[^.;\n]{0,40}\bthuisadres\b|\bverstuur je ze opnieuw\b|\brepost (?:them|it)\b"
        r"|\bre-?send\w* (?:\w+ ){0,3}(?:using|with) (?:the |our )?(?:shipping )?labels?\b|\baccept deliveries for\b"
        r"|\bretourpakketten thuis\b|\bstuur je ze door\b|\bforward\w* (?:\w+ ){0,3}from your (?:own )?home\b"
        # "ons verskaffers stuur pakkies na jou huisadres", "retourpakketten van klanten op je huisadres"
        r"|\b(?:pakkies|pakkette|pakketten|pakjes|retourpakketten)\b[^.;\n]{0,30}\b(?:na jou|op je|op jouw) huisadres\b"
        # "apply the new outbound label we email you ... and drop it at any UPS location", "ship them to the dealer
        # addresses listed"
        r"|\b(?:outbound|new) (?:shipping )?label\b[^.;\n]{0,80}\bdrop (?:them |it )?(?:off )?at\b"
        r"|\bship (?:them|it|each \w+) (?:on )?to (?:the |new |different )?(?:\w+ )?addresses\b"
        # "accept customer payments into their own NZ bank account and forward them"
        r"|\b(?:accept|receive)\w* (?:\w+ ){0,2}payments? (?:in)?to (?:your|their|his|her) own\b"
        # "send the approved amount to the customer from your own PayPal account"
        r"|\b(?:send|pay|refund|transfer)\w*\b[^.;\n]{0,60}\bfrom your (?:own|personal) (?:\w+ )?(?:paypal|venmo|cash ?app"
        r"|gcash|account|checking)\b"
        # "send a A$1,280 'STP validation' credit back by PayID"
        r"|\bsend\w* (?:\S+ ){0,6}back\b[^.;\n]{0,40}\b(?:by|via|through) (?:payid|zelle|venmo|e-?transfer|bank transfer|wire"
        r"|gcash|cash ?app)\b"
        # "send the full amount back by instant bank transfer", devices that arrive at your address into plain mailers
        r"|\bsend (?:the )?(?:full |whole |entire )?(?:amount|sum|money) back\b|\bplain mailers?\b"
        r"|\b(?:devices|items|parcels|packages|returns)\b[^.\n]{0,30}\barrive at your (?:home|address|door)\b"
        # "sample kits arrive at your home by courier ... post them to members", "retourtoestellen ... op je thuisadres",
        # "selfone en tablette by jou huis", "mobile phones aur tablets aap ke ghar courier se aayenge"
        r"|\barrive at your (?:home|house|door|address)\b[^\n]{0,200}?\b(?:post|ship|send|forward|courier)\w* (?:them|it|each|the \w+)"
        r" (?:on )?to\b|\b(?:\w*toestellen|telefoons|tablets|pakketten)\b[^.\n]{0,60}\bop (?:je|jouw) thuisadres\b"
        r"|\b(?:selfone|tablette|pakkies|toestelle)\b[^.\n]{0,40}\bby jou huis\b"
        # "replacement handsets are couriered to your home, and you post them on to the customer"
        r"|\b(?:couriered|delivered|shipped|posted) to your (?:home|house|door|address)\b[^\n]{0,200}?\b(?:post|ship|send|forward"
        r"|courier)\w* (?:them|it|each|the \w+) (?:on )?to\b"
        r"|\b(?:phones|tablets|devices|parcels|packages)\b[^.\n]{0,40}\baap ke ghar\b"
        # "Merchandise (mostly electronics) will be delivered to your home address under your name"
        r"|\b(?:merchandise|parcels|packages|shipments|electronics|goods|orders|phones|items|devices|products)\b[^.;\n]{0,40}"
        r"\b(?:delivered|shipped|sent)"
        r" to your (?:home|house|residence|address|home address)\b"
        # Goods received at home and sent on in any words ("receive returned electronics at your home address, inspect
        # them, print the prepaid labels we e-mail you and ship them on"); sending the company's own gear back is not it.
        r"|\b(?:receiv|accept|collect|take in)\w* (?:[\w-]+ ){0,8}?(?:at|to) your (?:home|house|residence|address|home address|door)\b"
        r"[^\n]{0,200}?\b(?:ship|send|post|forward|mail|courier|reship|dispatch)\w* (?:them|it|each|the \w+)\b(?! back)"
        # parcels sent on under labels the company sends: "given the new shipping label we email you", "the new courier
        # waybill we WhatsApp you", "jy pak dit oor in nuwe bokse met nuwe etikette"
        r"|\bnew (?:shipping |courier |return |postage )?(?:labels?|waybills?)\b[^.\n]{0,15}\b(?:we|our team|i)\b[^.\n]{0,10}"
        r"\b(?:e-?mail|send|whatsapp|message|text|sms)\w*"
        r"|\bpak\w* (?:dit|hulle|die \w+) oor\b[^.\n]{0,40}\b(?:nuwe|ander) (?:bokse|etikette|adresse)\b"
        r"|\bpak\w* (?:dit|hulle) oor en stuur (?:dit|hulle)\b"
        # Filipino: customers' payments into the seeker's own GCash, passed on ("papasok muna sa sarili mong GCash ang
        # bayad ng customer; ipapasa mo lang sa finance account namin", "tumanggap ng bayad ng customers ... i-forward")
        r"|\bsa sarili mong (?:gcash|maya|account|bank account)\b[^.!?\n]{0,100}\bipa(?:pa)?sa\b"
        r"|\btumanggap ng bayad\b[^.\n]{0,80}\bi-?forward\b"
        r"|\breceive\w* (?:customer|client)s?'? (?:payments?|instal+ments?|money|funds|deposits)\b[^.;\n]{0,40}\b(?:into|in|on) (?:your|their)"
        r" own\b|\bwat er overblijft\b[^.;\n]{0,30}\b(?:maak|stuur)\w* je (?:\w+ ){0,2}terug\b|\bibalik mo (?:yung|ang) sukli\b",
    ),
    (
        "check_deposit",
        r"\bdeposit (?:the |a |this |our )?(?:enclosed |attached |included |mailed |following )?(?:check|cheque)s?\b|\bcash (?:the |a )?(?:check|cheque)s?\b"
        # The fake check for equipment: "we mail you a check ... deposit it and pay our approved vendor"
        r"|\b(?:mail|send|issue|give|write|courier)(?:s|ing|ed)? (?:you|u) a (?:\$[\d,.]+ )?(?:check|cheque)\b"
        # "you will recieve a check to purchase your home office equipment from our approved vendor"
        r"|\b(?:receive|recieve|recive|get)s? a (?:\$[\d,.]+ )?(?:check|cheque) (?:to|for) (?:buy|purchase|pay for|cover)\b"
        r"|\bsend you \$?[\d,.]+ (?:via|by|in an?|as an?) (?:check|cheque)\b|\bsend back the (?:remaining )?(?:balance|difference|rest)\b"
        r"|\b(?:mail|send|issue|courier)(?:s|ing|ed)? (?:out )?a (?:\$[\d,.]+ )?(?:check|cheque) for (?:your |the )?(?:home[- ])?"
        r"(?:workstation|equipment|laptop|office|setup|supplies|computer|gear)\b"
        # Money sent to your wallet or account to pass on ("Ipapadala namin ₱15,000 sa GCash mo ... sa supplier")
        r"|\b(?:ipapadala|magpapadala|we(?:'ll| will)? (?:send|transfer|wire|deposit)|send you|hum bhejenge)\b[^.;\n]{0,25}[$₱€£R]\s?[\d,.]+"
        r"[^.;\n]{0,30}\b(?:gcash|maya|account|bank|cash ?app|wallet|jazzcash|easypaisa)"
        r"|\b(?:tatanggap|tumanggap|tanggapin|receive)\w*\b[^.;\n]{0,40}\b(?:payments?|pera|funds|money|bayad)\b[^.;\n]{0,60}"
        r"\b(?:i(?:ta)?-?transfer|ipasa|ipapasa|ipadala|transfer|forward|send)\w*"
        # Dutch and Afrikaans: "Je ontvangt betalingen van onze klanten op je eigen rekening ... en maakt de rest over"
        # "wij maken €1.900 over naar je eigen rekening. Daarvan maak je €1.650 over naar onze IT-leverancier"
        r"|\bmaak\w* (?:je |jij )?(?:€\s?[\d.,]+ )?over naar (?:onze|de|hun) (?:[\w-]+ |\w+-)?leverancier\b|\b(?:het )?restbedrag stort (?:je|jij) door\b"
        r"|\bontvang\w*\b[^.;\n]{0,40}\b(?:betalings?|betalingen|geld|bedragen)\b[^.;\n]{0,100}\b(?:maak\w* (?:\w+ ){0,6}over|maak\w* (?:het |dit |de rest |het geld )?door|oorbetaal|oorplaas|doorstort\w*)\b"
        r"|\b(?:betalingen|betalings|geld)\b[^.;\n]{0,60}\bte ontvangen\b[^.;\n]{0,60}\b(?:maak\w* (?:het |dit )?(?:door|over)|doorstort\w*)\b"
        # "klantbetalingen op je eigen rekening ontvangen, waarna je ze binnen 24 uur doorstort"
        r"|\b\w*betalingen\b[^.;\n]{0,20}\bop (?:je|jouw|uw|jou) (?:eie |eigen )?(?:bank)?rekening\b[^.;\n]{0,80}\b(?:doorstort\w*|maak\w* (?:\w+ ){0,4}over)\b"
        # "Ons betaal R6,000 in jou rekening in; koop daarmee jou rekenaar ... en betaal die oorskot aan ons terug"
        r"|\bbetaal die (?:oorskot|res|balans) (?:aan ons )?terug\b"
        r"|\bbank account khol\w*\b[^.;\n]{0,60}\b(?:company|client|customer)s? ke payments? receive\b"
        r"|\b(?:betaal\w*|koop|koopt) (?:jij |je |jy )?daarmee\b[^.;\n]{0,40}\b(?:leverancier|verskaffer)\b"
        # "Customers settle balances by Interac e-Transfer to your personal email, and you forward each one"
        r"|\b(?:customers?|clients?|members?)\b[^.;\n]{0,40}\b(?:e-?transfers?|payments?|balances?)\b[^.;\n]{0,30}\bto your (?:personal|own)"
        r" (?:email|e-mail|account|bank account)\b[^.;\n]{0,60}\byou (?:\w+ )?(?:forward|send|transfer|pass)\w*"
        r"|\ba (?:\$[\d,.]+ )?(?:check|cheque) (?:for \$?[\d,.]+ )?(?:will (?:arrive|come|be (?:mailed|sent|couriered))|is on its way)"
        r"|\bdeposit it (?:by|via|through|using|with|at) (?:mobile|atm|your bank(?:ing)?(?: app)?)\b"
        r"|\b(?:send|forward|transfer|wire|e-?transfer)\w* \$?[\d,.]+\b[^.;\n]{0,40}?\bto (?:their|our|the|a|your) (?:\w+ )?(?:supplier|vendor)\b|\barrive in (?:my|your) (?:bank )?account\b"
        r"|\bdeposit (?:them|it|the (?:checks?|cheques?))\b[^.;\n]{0,60}\b(?:personal|own) (?:bank )?account\b[^.;\n]{0,40}\b(?:wire|send|transfer|forward)\w*"
        r"|\bafter depositing (?:it|the check)\b|\bdeposit it\b[^.;\n]{0,40}\b(?:and|then) (?:e-?)?(?:pay|send|remit|transfer|wire|interac|zelle|venmo|cash ?app)\b"
        # "you will receive a company check by overnight mail to purchase your home workstation"
        r"|\breceive (?:a|the|our) (?:\$[\d,.]+ )?(?:company |business |cashier'?s? |certified )?(?:check|cheque)\b[^.;\n]{0,80}"
        r"\b(?:equipment|vendor|supplier|laptop|deposit|workstation)"
        # Afrikaans and Dutch: "'n tjek van R18 000 ... Deponeer dit ... betaal dan R15 500 oor"
        r"|\b(?<!pay )(?:tjek|cheque|check)\b[^.;\n]{0,60}\b(?<!direct )(?:deponeer|deposit|storten|stort)\b|\bdeponeer (?:dit|die (?:tjek|cheque))\b"
        r"|\b(?:pay|remit|send|transfer|wire)\w*\b[^.;\n]{0,60}\b(?:vendor|supplier)\b[^.;\n]{0,40}\b(?:zelle|wire|cash ?app"
        r"|venmo|bitcoin|gift ?cards?|western union|moneygram)"
        # (not the employer's own "We send the rest" of the gear)
        r"|(?<!\bwe )(?<!\bwe'll )(?<!\bwe will )\b(?:send|forward|(?:e-?)?transfer|interac|wire|remit|return)\w* (?:the |any )?(?:remaining|remainder|balance|rest|difference|excess|funds|money)"
        r"|\breturn \$?[\d,.]+\b[^.;\n]{0,15}\bto (?:our|the|their) (?:\w+ ){0,2}(?:team|department|office|accounts?)\b"
        r"|\b(?:transferred|paid|sent|deposited|credited) (?:in)?to your (?:own |personal )(?:bank )?account\b"
        r"|\bmagbabayad sa (?:personal |sariling )?(?:gcash|maya|bank)"
        r"|\b(?:ipapadala|magpapadala|isesend|ise-send) (?:po )?(?:namin|ko) sa (?:gcash|maya|bank account|account) (?:mo|nyo|ninyo)\b"
        r"|\bmust hold (?:a )?minimum of \d+ ?(?:usdt|btc|usd)\b"
        r"(?: of the (?:funds|money))? (?:back|to|via)|\bwire (?:the )?(?:money|funds|remainder)"
        # "Receive customer payments into your own UK bank account", "deposit them into your own account",
        # "Kliënte betaal in jou persoonlike bankrekening in", "Jy stuur die geld ... aan na die rekeninge"
        # "receiving their payments into your personal checking account", "receive customers' deposits in your own GCash"
        r"|\breceiv(?:e|ing) (?:\S+ ){0,2}(?:payments?|funds|money|transfers|deposits) (?:into|to|in) your (?:own |personal )?"
        r"(?:(?:\w+ (?:/ )?){0,3}(?:bank )?account|gcash|maya|paypal|cash ?app|venmo|(?:e-?)?wallet)"
        r"|\bdeposit (?:them|it|the (?:checks?|cheques?|funds|money)) (?:into|in|to) your (?:own |personal )?(?:bank )?account"
        r"|\bstuur (?:dit|hulle|die geld|die betalings?) (?:\w+ ){0,3}aan na\b|\bword in jou (?:eie |persoonlike )?(?:bank)?rekening (?:in)?betaal\b|\bhuur\w* jou (?:bank)?rekening\b"
        r"|\bbetaal (?:\w+ ){0,3}in jou (?:eie |persoonlike )?(?:bank)?rekening\b|\bstuur\b[^.;\n]{0,45}\baan (?:ons|die) (?:[\w]+-)?verskaffer\b"
        # Roman Urdu: "Customers ki payments apne account mein lein aur company ko transfer karein"
        # Urdu script: "صارفین اپنی ادائیگی آپ کے ذاتی جیز کیش اکاؤنٹ میں بھیجیں گے"
        r"|(?:ادائیگی|پیسے|رقم)[^.۔\n]{0,30}(?:آپ کے|آپ کی|اپنے) (?:ذاتی )?[^.۔\n]{0,20}(?:اکاؤنٹ|اکاونٹ|والٹ)"
        r"|\b(?:customers?|clients?|logon|logo)\s(?:ki|ke|ka|se)\s(?:payments?|paise|paisay|paisa|raqam)\b[^.;\n]{0,30}"
        r"\b(?:apne|apni|aap ke|aap ki) (?:\w+ )?(?:account|wallet|jazzcash|easypaisa)\b|\bstuur (?:die|hierdie) geld\b[^.;\n]{0,40}\baan\b"
        r"|\b(?:process|receive|transfer) (?:payments?|funds|money) (?:through|into|via|using) your (?:own |personal )?"
        r"(?:bank )?account|\bpayment processing (?:agent|assistant)\b|\bmoney transfer agent\b"
        r"|\bsend\w*\b[^.;\n]{0,30}?\b(?:a |the )?(?:money transfer|wire transfer|western union|moneygram|zelle|cash ?app|venmo)\b"
        r"|\breceiv\w* (?:the )?(?:funds|money|payments)\b[^.;\n]{0,20}?\b(?:send|transfer|forward|wire)\w* "
        r"(?:it|them|the (?:money|funds|rest|balance|remainder)|a money transfer)\b"
        # A money mule: other people's money paid into your account, passed on to "the company" or "the supplier".
        r"|\b(?:forward|pass on|remit)\w* (?:the |these |those |all )?(?:collected |received )?(?:funds|money|payments)\b"
        r"|\btransfer (?:the )?collected (?:funds|money|payments)\b"
        r"|\b(?:customers?|clients?|debtors?|buyers?|them)\b[^.;\n]{0,60}\b(?:send|transfer|deposit|pay)\w*\b[^.;\n]{0,60}"
        r"\b(?:into|to) your (?:own |personal )?(?:upi ?/ ?)?(?:bank |upi |jazzcash |easypaisa |gcash )?(?:account|wallet|upi id|gcash|maya|jazzcash|easypaisa|upi)\b"
        r"|\b(?:customers?|clients?|logon|logo)\b[^.;\n]{0,20}\bpayments? aap ke \w+ (?:account|wallet) mein\b"
        r"|\b\w*(?:pakjes|pakketjes|pakketten|pakkies)\b[^.;\n]{0,70}\b(?:doorsturen|doorstuur|herverpakken|doorgestuurd)\b|\bherverpak\w*|\bompakken\b"
        r"|\bop (?:jouw|je) (?:eigen )?(?:bank)?rekening\b(?:[^.\n]|\.(?=\d)){0,40}\b(?:stort\w*|stuur\w*|boek\w*) (?:het|dit|dat|ze|die) (?:\w+ ){0,4}door\b"
        r"|\bstuur\w* (?:binnen \d+ uur )?[€$]?\s?[\d.,]+ door naar (?:onze|de|zijn|hun) (?:vaste )?(?:leverancier|partner)\b"
        r"|\bstort\w* (?:je )?(?:eerst )?[€$]?\s?[\d.,]+ op (?:je|jouw|uw) (?:werk)?(?:account|saldo)\b"
        r"|\bmaak\w* (?:daarna |dan )?[€$]?\s?[\d.,]+ over aan (?:onze|ons|de) (?:vaste )?(?:leverancier|partner)\b"
        r"|\bhet restant\b|\bontvang\w*\b[^.;\n]{0,40}\bop je eigen rekening\b|\bbetaal die res oor\b|\bdie res oor aan\b"
        r"|\bin jou rekening inbetaal\b|\bontvang\w*\b[^.;\n]{0,40}\bin jou eie (?:bank)?rekening\b|\bwij storten\b[^.;\n]{0,30}\bop je rekening\b"
        r"|\bkoop je\b[^.;\n]{0,40}\bbij onze (?:vaste )?leverancier\b"
        r"|\b(?:betalen|storten|maken)\b[^.;\n]{0,50}\b(?:op|naar) (?:jouw|je) eigen rekening\b"
        r"|\bcollect\w*\b[^.;\n]{0,40}\binto your (?:own |personal )?(?:bank )?account\b"
        r"|\bpayments?\b[^.;\n]{0,60}\b(?:received|paid|deposited|sent|credited) (?:in)?to your (?:own|personal) (?:bank )?account\b"
        r"|\bpayments?\b[^.;\n]{0,30}\b(?:land|lands|arrive|arrives) in your (?:own |personal )?(?:bank )?account\b"
        r"|\b\w*betalingen\b[^.;\n]{0,30}\bkomen binnen op (?:je|jouw) (?:eigen )?rekening\b"
        # "apna bank account ya JazzCash account humein use karne do. ... customer payments us mein aayengi"
        r"|\b(?:apna|apne)\b[^.;\n]{0,40}\baccount\b[^.;\n]{0,30}\b(?:use|istemal|istemaal) karne (?:do|dein|den|dijiye)\b"
        # "Gagamitin lang ang account mo para tumanggap ng bayad ng clients": the seeker's own account takes their money
        r"|\b(?:gagamitin|gamitin|gagamit)\b[^.;\n]{0,30}\b(?:account|gcash|maya) mo\b[^.;\n]{0,20}\bpara (?:tumanggap|tanggapin)\b"
        r"|\bsend \$?[\d,.]+ (?:of it )?on to (?:our|their|the)\b"
        r"|\b(?:receive|get)s? (?:a|an|the|our) (?:\w+ )?(?:check|cheque)\b[^.;\n]{0,80}\b(?:equipment|vendor|supplier|laptop|home[- ]office|setup)"
        # "your equipment check ($3,150) ships tomorrow, once deposited pay the vendor"
        r"|\b(?:check|cheque)\b(?:[^.\n]|\.(?=\d)){0,60}\bdeposit\w*\b[^.;\n]{0,40}\b(?:pay|send|wire|zelle)\w*\b[^.;\n]{0,20}\b(?:vendor|supplier)\b"
        # "We maken deze week €1.450 over naar jouw rekening; daarvan betaal je €1.200 door aan onze vaste leverancier"
        r"|\b(?:betaal|stort|maak|stuur)\w* (?:je |jij |u )?(?:daarvan |hiervan )?(?:[€$]\s?[\d.,]+ )?(?:daarvan |hiervan )?door (?:naar|aan) (?:onze|ons|de|hun) (?:vaste )?(?:leverancier|partner|supplier)\b"
        r"|\b(?:maken|storten) (?:wij|we) (?:deze week |eerst |vooraf |morgen )?[€$]\s?[\d.,]+ (?:over )?(?:naar|op) (?:uw|je|jouw) (?:bank)?rekening\b"
        r"|\b(?:e-?transfer|send|wire|zelle)\w* you \$?[\d,.]+\b[^.;\n]{0,60}\b(?:buy|purchase)\w*\b[^.;\n]{0,40}"
        r"\b(?:supplier|vendor)\b|\b(?:aap ke|aapke|apke|apne) (?:bank )?account mein\b[^.;\n]{0,60}\b(?:payments?|paisa|paise)\b"
        r"|\bbaqi (?:amount|raqam|paise)\b[^.;\n]{0,40}\btransfer\b"
        r"|\baccount mein (?:aa\w*|ayenge|aayega)\b[^.;\n]{0,80}\b(?:aage|aagay|aagey|agay) (?:transfer|bhej)\w*"
        r"|\bpaid into an? (?:[\w-]+ ){0,3}account in your (?:own )?name\b"
        r"|\bmove (?:the )?(?:day's |daily |whole )?(?:total|money|funds|balance|takings)\b[^.;\n]{0,20}\bon to (?:the|our|a) (?:company's |client's )?(?:\w+ )?account\b"
        r"|\bapne (?:upi|bank)\w*(?: ?/ ?(?:upi|bank))? account mein receive\b|\baccount mein forward karna\b|\bmaak\w* daarvan\b|\b(?:over|oor) (?:naar|na) (?:onze|ons) (?:vaste )?(?:leverancier|verskaffer)"
        # An equipment budget sent to you first, then passed to "our vendor": "we e-transfer the equipment allowance
        # to you first, then you send it to our IT vendor"; "Your equipment budget is sent to you via Zelle ...;
        # you forward it to the vendor on the list"
        r"|\b(?:allowance|budget|funds|money|stipend)\b[^.\n]{0,40}\bto you\b[^.\n]{0,60}\b(?:forward|send|pay|transfer|wire"
        r"|remit)\w* (?:it|them|the (?:money|funds|rest|balance|amount|budget|allowance))\b[^.\n]{0,30}\b(?:vendor|supplier)s?\b"
        r"|\bnaar (?:jouw|je|uw) (?:eigen )?(?:bank)?rekening over\b[^.\n]{0,60}\b(?:bestel|koop|betaal)\w*\b[^.\n]{0,50}\bleverancier\b"
        r"|\bsa (?:gcash|maya|account|bank account) (?:mo|nyo|ninyo)\b[^.\n]{0,60}\b(?:bayaran|ibayad|ipadala|i-?send|ipasa)\w* "
        r"(?:mo |nyo |ninyo )?(?:ito |yan |yun )?sa (?:supplier|vendor)\b"
        # "our bank partner opens a business payroll account under your name; you'll get the online login details
        # from us": an account in the seeker's name that others run
        r"|\b(?:payroll|business) account (?:in|under) your (?:own )?name\b|\b(?:login|log-in|online banking) details from us\b"
        r"|\bopen\w*\b[^.;\n]{0,40}\b(?:bank )?account (?:in|under) your (?:own )?name\b[^.;\n]{0,60}\b(?:login|transfer|payments?)\b"
        # "Selected candidates will receive a payment to purchase approved equipment from our vendor"
        r"|\breceive (?:a |an |the )?(?:payment|check|cheque|stipend|transfer|funds|deposit)\b[^.;\n]{0,30}\bto (?:purchase|buy)\b"
        r"[^.;\n]{0,60}\b(?:from|through) (?:our|the|an approved|their) (?:\w+ )?(?:vendor|supplier)\b"
        # Customers paid out of the seeker's own account: "refunds will be paid from your personal PayPal. Finance tops
        # up your PayPal each morning"
        r"|\b(?:paid|sent|refunded|issued) (?:out )?from your (?:own |personal )(?:\w+ )?(?:paypal|venmo|account|checking|gcash"
        r"|wallet|cash ?app)\b|\btops? up your (?:paypal|venmo|gcash|cash ?app|wallet)\b"
        # "process approved client refunds through your own Cash App account (funds are loaded to you first)"
        r"|\b(?:refunds?|payments?|payouts?|funds|transfers?)\b[^.;\n]{0,30}\b(?:through|via|from|using) your (?:own |personal )"
        r"(?:\w+ )?(?:paypal|venmo|zelle|gcash|cash ?app|wallet|bank)(?: account)?\b"
        # Taglish: "I-deposit sa bank mo, tapos i-send ang ₱40,000 sa aming accredited supplier via GCash"
        r"|\b(?:padadalhan|papadalhan|padalhan)\s+(?:ka|kita|kayo)\s+(?:namin|ko)\s+ng\s+(?:\w+\s+)?(?:tseke|tsekeng|cheke|check|cheque)\b"
        r"|\bi-?deposit\b[^.;\n]{0,40}\b(?:i-?send|ipadala|ipasa|bayaran)\b[^.;\n]{0,40}\b(?:supplier|vendor)\b"
        r"|\b(?:ipapasa|ipasa|ipadala|i-?send|i-?transfer)\w* (?:mo |nyo )?(?:po )?(?:agad )?sa account (?:ng|na)\b",
    ),
    (
        "gift_cards",
        r"\b(?:buy|buys|buying|purchas\w*|send|sending|scratch|redeem|grab|pick up)\b[^.;\n]{0,40}?\b(?:gift ?cards?|itunes cards?|google play cards?"
        r"|steam cards?|apple cards?|amazon cards?)|\bgift ?card (?:codes?|numbers|purchases?)\b"
        r"|\b(?:google play|itunes|steam|apple|amazon|bol\.com)[- ](?:kaarte|kaarten|kaartjes|cards?|koopbewys\w*|vouchers?)\b|\bstuur die kodes\b"
        r"|\b(?:cover|pay)\w*\b[^.;\n]{0,40}?\bwith (?:\w+ )?(?:gift ?cards?|google play cards?|itunes cards?|steam cards?)|\b(?:geskenk|cadeau)kaart\w*|\bpaysafecards?\b|\b(?:buy|purchas\w*)\b[^.;\n]{0,40}?\bgift ?vouchers?\b|\bshare the codes\b"
        # "Buy them at any CVS, scratch the back and send clear photos of the codes"
        r"|\bscratch (?:the back|off the|the silver)\b|\bscratch and send\b"
        # "Google Play ke card khareed kar unke codes supervisor ko bhejenge", "koop 'n R300 OTT-koepon ... stuur vir ons
        # die 16-syfer PIN"
        r"|\b(?:google play|itunes|steam|amazon) (?:ke |ka |ki )cards?\b|\bkoop\b[^.;\n]{0,30}\bkoepon\w*"
        r"|\bstuur (?:vir )?(?:ons|my) die (?:\d+-syfer )?(?:pin|kode)\b"
        # "buy it online with your own card, then send the voucher codes to your client services manager"
        r"|\b(?:send|forward|share|email|e-mail|text)\w* (?:the |them |those |all )?(?:voucher|gift[- ]?card|e-?gift) (?:codes?|numbers?|pins?)\b"
        # "Buy 5 x £40 Amazon codes ... send me the codes", "photos of the scratched backs", "a screenshot of the PINs"
        r"|\b(?:amazon|apple|google play|itunes|steam|razer|netflix)\s(?:gift\s)?codes?\b|\bscratched backs?\b"
        r"|\bprepaid (?:digital )?codes\b|\b(?:gift ?cards?|vouchers?|load cards?)\b[^.;\n]{0,60}\bcodes?\b[^.;\n]{0,20}\bbhej\w*"
        r"|\b(?:store credit|gift|prepaid|voucher|retail) (?:codes?|cards?)\b[^.;\n]{0,30}\bwith your own (?:card|money|funds)\b"
        r"|\bsend (?:me |us )?the code numbers\b|\b(?:bibili|bumili|bilhin|bumibili)\b[^.;\n]{0,40}?\bgift ?cards?\b"
        r"|\bscreenshots? of the (?:pins?|codes?|vouchers?)\b"
        # "purchase prepaid store vouchers on your own card ... and send us the codes"
        r"|\bvouchers?\b[^.;\n]{0,80}\b(?:send|forward|share|e-?mail|text)\w* (?:us|me) (?:the |their |all )?(?:codes?|pins?)\b"
        r"|\b(?:buy|bibili|bumili|purchase)\w*\b[^.;\n]{0,40}\be-?(?:vouchers?|load)\b"
        # Paying with a cash voucher's PIN: "koop 'n kontantkaart (1Voucher of OTT) en WhatsApp die PIN"
        r"|\b(?:1voucher|ott|blu|kontantkaart|cash|prepaid)\b[^.;\n]{0,30}\bvouchers?\b[^.;\n]{0,40}\bpin\b"
        r"|\b(?:kontantkaart|1voucher|blu voucher|ott voucher)\b[^.;\n]{0,60}\b(?:die|the|jou|your) pin\b|\b(?:send|text|email)\w* (?:\w+ ){0,3}(?:photos?|pictures?|pics?) of (?:the |them|their )?(?:codes|cards)\b",
    ),
    (
        "crypto",
        # "funding your own trading account (min AUD $500 via Bitcoin ATM)"
        r"\bvia (?:a )?bitcoin atm\b|\busdt\b[^.;\n۔]{0,10}(?:جمع|ڈال|ریچارج)|ٹاسک پیکج[^.;\n۔]{0,20}خرید|"
        r"\b(?:bitcoin|btc|crypto\w*|usdt|usdc|stablecoins?|ethereum|eth wallet|binance|coinbase|trc-?20)\b[^.;\n]{0,40}?"
        r"\b(?:buy|purchase|send|transfer|deposit|atm|convert|paid|pay|invest|recharge|top[- ]?up|put in|fund|aanvul|opwaardeer|opwaarder|opladen|kopen|doorstu\w*"
        r"|isesend|ise-send|i-?send|ipadala|khareed|kharid|verstuur|stuur"
        r"|storten|storting|laai|deponeer)\w*"
        r"|\b(?:buy|purchase|send|transfer|deposit|convert|paid|pay|invest|recharge|top[- ]?up|top (?:it|this|them) up|fund|load|laai|herlaai|opwaarder|upgrade"
        r"|opwaardeer|aanvul|aangevul|stort|opla\w*|kopen|koop|bibili|bumili)\w*\b[^.;\n]{0,40}?"
        r"\b(?:bitcoin|btc|crypto\w*|usdt|usdc|stablecoins?|ethereum|binance|trc-?20)\b"
        # Task scams: a balance you top up to unlock the next set of tasks or to withdraw your earnings.
        r"|\b(?:recharge|top[- ]?up|reset) (?:your |the )?(?:account|balance|wallet)\b"
        # "if it shows a shortfall, add the difference from your own bank account"
        r"|\bshortfall\b[^.\n]{0,80}\b(?:from your own|add the difference)\b"
        # "just deposit 1000 to activate ur account via Easypaisa": paying in to unlock the work
        r"|\b(?:deposit|send|pay)\w* (?:rs\.? ?|pkr ?|₹ ?|\$ ?|usdt ?|₱ ?)?\d[\d,]*(?: ?(?:rs|pkr|usdt|pesos?))? to (?:activate|unlock|open) (?:ur|your|the) (?:account|id|wallet|profile)\b|\bcombination (?:task|order)s?\b|\bcombo (?:task|order)s?\b|\bfill the gap from your own\b"
        r"|\bdeposit (?:the )?(?:order|task|product) (?:value|amount|price)\b|\b(?:negative|insufficient) balance\b|\bunlock (?:your )?(?:first )?(?:earnings|commission|withdrawal|tasks)\b"
        r"|\brecharge (?:a )?(?:small )?amount first\b"
        # "advance ₱2,000 via GCash as 'order capital' ... The higher the deposit, the higher the VIP level"
        r"|\b(?:order|task|product) capital\b|\bthe higher the deposit\b"
        # "For prepaid merchant tasks, pay ₹1,000 and get ₹1,300 back in 10 minutes"
        r"|\bpay (?:rs\.? ?|₹ ?|\$ ?|₱ ?|R ?)?\d[\d,]* and (?:get|receive) (?:rs\.? ?|₹ ?|\$ ?|₱ ?|R ?)?\d[\d,]*(?: back)?\b"
        r"|\bprepaid (?:merchant |reception )?tasks?\b"
        # Roman Urdu and Hinglish: "Step 1: ₹500 lagao ... Step 3: ₹1500 pao" (money put in to be paid more)
        r"|(?:₹|\brs\.? ?|\bpkr ?|\binr ?)\d[\d,]*\s?(?:lagao|lagayein|lagaein|lagaen|invest karo|invest karein|daalo|dalo)\b"
        r"|\b(?:mag-?)?top[- ]?up\b[^.;\n]{0,40}\b(?:unlock|tasks?|vip|gcash|maya|usdt|account|balance|wallet)\b"
        # "your account needs a working balance of 50 USDT, which is returned to you together with your commission"
        r"|\b(?:working|minimum|starting|opening|activation) balance of\b[^.;\n]{0,15}\b(?:usdt|usdc|btc|bitcoin|crypto|eth)\b"
        # "apne task account mein recharge karna hota hai (shuru mein 5,000)"
        r"|\btask (?:account|wallet|balance)\b[^.;\n]{0,30}\brecharge\b"
        r"|\b(?:ma-?)?unlock\b[^.;\n]{0,40}\b(?:mag-?)?top[- ]?up\b|\brecharge karein\b"
        r"|(?<=initial )top[- ]?up\b|(?<=first )top[- ]?up\b|(?<=minimum )top[- ]?up\b|\b(?:account|platform)\b[^.;\n]{0,50}\btop[- ]?up of\b"
        r"|\b(?:ma-?)?withdraw\w*\b[^.;\n]{0,40}\b(?:mag-?)?top[- ]?up\b|\b(?:mag-?)?top[- ]?up\b[^.;\n]{0,40}\b(?:ma-?)?withdraw"
        # Dutch: "vul je je werkbalans aan met USDT om de opdracht te ontgrendelen"
        r"|ٹاسک\w* (?:کھل|ان لاک)\w*"
        r"|\bstuur (?:asseblief )?(?:die )?R\s?[\d ]+\b[^.;\n]{0,20}\bterug\b|\bverskaffer se rekening\b"
        r"|\bsaldo\b[^.;\n]{0,60}\b(?:aanvullen|aangevuld)\b|\blaai\b[^.;\n]{0,30}\b(?:rekening|saldo|balans)\b[^.;\n]{0,10}\baan\b"
        r"|\b(?:jou|je|jouw|your) (?:rekening|account|saldo|balans)\b[^.;\n]{0,30}\bnegatiewe? (?:saldo|balans)\b|\bsaldo (?:komt |staat )?(?:\w+ )?negatief\b|\bwaardeer\w* (?:\w+ ){0,5}op\b|\baanvullen met (?:je )?(?:eigen )?geld\b"
        r"|\b(?:account|saldo|werkaccount)\b[^.;\n]{0,20}\bopwaarder\w*|\bvul\w*\b[^.;\n]{0,30}\baan via (?:de |een )?(?:tikkie|betaalverzoek|ideal)\b"
        r"|\bvul\w*\b[^.;\n]{0,40}\baan met (?:\d[\d.,]* ?)?(?:usdt|btc|bitcoin|crypto\w*)\b|\bspeel\w* (?:je |jij )?(?:\w+ ){0,2}vrij met\b|\b(?:opdracht\w*|taken) te ontgrendelen\b"
        # Afrikaans: "laai R500 op om VIP-take oop te sluit"
        r"|\bbalance (?:bhar|bharna|bharein|bhar dein)\b|\bagla set khul\w*"
        r"|\blaai\b[^.;\n]{0,20}\bop om\b[^.;\n]{0,30}\b(?:oop te sluit|te ontsluit)\b|\blaai (?:net |eers |maar )?R\s?\d[\d ]*\s?op\b|\b(?:vip-)?take oop te sluit\b|\btake te ontsluit\b"
        # A paid "level" that unlocks better-paid tasks: "Upgrade naar VIP-niveau voor €100 en krijg €5 per taak"
        r"|\bupgrade\w* (?:naar|na|to) (?:een |'n |the |a )?(?:vip|gold|goud|premium)[- ]?(?:niveau|vlak|level|account|lidmaatskap)\b"
        # A balance that goes below zero and that the seeker fills again: "your portal balance goes into minus and you
        # need to recharge it from your own account", "As jou balans in die app negatief raak, laai jy dit self op",
        # "balance minus mein chala jaye to JazzCash se khud top up kar dein"
        r"|\b(?:balance|balans)\b[^.;\n]{0,40}\b(?:negative|negatief|below zero|onder nul|minus|into the red)\b[^.;\n]{0,120}?"
        r"\b(?:top\w* (?:it |this )?up|top[- ]?up|recharge|refill|bring (?:it |this )?back up|add (?:the )?(?:missing|difference)"
        r"|laai|aanvullen|aanvul|vul\w* (?:het |dit )?aan|load)\w*"
        # "Load 150 wallet credits ... The credits unlock the training modules"
        r"|\b(?:load|buy|purchase|top up)\w* (?:\d+ )?(?:wallet |training )?credits\b"
        # A balance or wallet the seeker funds, in any words: "To unlock each order block you load your agent balance",
        # "Assignments are released against a security balance that you load through UPI"
        r"|\b(?:load|pre-?fund|fund|recharge|replenish|refill)\w* (?:your |the |an? )?(?:[\w-]+ ){0,2}(?:balance|wallet)\b"
        r"|\b(?:balance|wallet) (?:that |which )?you (?:load|pre-?fund|fund|recharge|top up|replenish|refill)\b"
        # "Some bookings must be pre-funded from your account balance; the amount comes back with your commission"
        r"|\bpre-?funded (?:from|with|out of) your (?:own )?(?:[\w-]+ ){0,2}(?:balance|account|wallet|money)\b"
        # "Jou werkrekening moet net 'n minimum balans van 150 USDT hê", "unlocked by adding a small balance ... to your work
        # wallet"
        r"|\b(?:werkrekening|rekening|account|wallet|beursie)\b[^.;\n]{0,30}\bminimum (?:balans|saldo|balance)\b"
        r"|\b(?:werkaccount|account|rekening|wallet)\b[^.;\n]{0,20}\b(?:saldo|balans|balance) (?:van|of) (?:minimaal|minstens|ten minste|at least)\b"
        r"|\bunlock\w* by (?:adding|depositing|loading|paying|topping)\b"
        # "agents load R500 into the QueueWallet app to unlock their ticket allocation"
        r"|\bload\w* (?:R\s?|[$₱₹€£]\s?)[\d,.]+ into (?:the |your |their )?(?:[\w-]+ ){0,2}(?:app|wallet|account)\b[^.;\n]{0,40}\bunlock"
        r"|\b(?:adding|add|load\w*|deposit\w*) (?:a |some )?(?:small )?(?:balance|amount|funds)\b[^.;\n]{0,30}\bto your (?:[\w-]+ )?wallet\b"
        # "your account balance topped up first (via USDT)", an account frozen until the seeker fills it ("word jou rekening
        # gevries totdat jy dit aanvul"), money put into a task wallet ("task wallet mein Easypaisa se Rs 2,000 dalna hoga")
        r"|\b(?:balance|wallet)s? (?:\w+ ){0,2}?(?:topped|loaded|funded|recharged|refilled) up\b"
        # "each new set opens only when your work account holds at least ₹5,000", "you fund any shortfall by instant EFT"
        r"|\b(?:opens?|unlocks?|released|available)\b (?:\w+ )?(?:when|once|if) your (?:[\w-]+ ){0,2}(?:account|balance|wallet|float)\b"
        r"[^.;\n]{0,10}\b(?:holds|covers|has|reaches|shows|matches)\b|\bfund (?:any|the) (?:shortfall|difference|gap)\b"
        r"|\bvul\w* (?:je |jij )?(?:het |dit )?(?:zelf )?aan met (?:je |jouw )?eigen geld\b"
        r"|\b(?:i-?|mag-?)?cash[- ]?in\b[^.;\n]{0,40}\b(?:sarili(?:ng)?|own|your)\b"
        r"|\b(?:frozen|gevries|bevroren|locked|geblokkeer\w*)\b[^.;\n]{0,40}\b(?:until|totdat|tot)\b[^.;\n]{0,30}"
        r"\b(?:top\w* up|aanvul|vul\w*|laai|deposit|pay|betaal|recharge)\w*"
        r"|\b(?:wallet|balance)\b (?:mein|main) [^.;\n]{0,40}\b(?:dalna|daalna|dalne|daalne|dalni|daalni|dalen|daalein|jama|bharna|barha\w*|badha\w*)\b"
        # A balance the seeker must keep: "each agent keeps at least 100 USDT in their workstation account", "your work
        # wallet must hold a minimum balance of ₹5,000", "your agent profile needs a R1,000 balance loaded before the
        # queue opens", "jou rekening eers met jou eie geld aanvul"
        r"|\b(?:keeps?|holds?|maintains?|carr(?:y|ies)) (?:at least|a minimum of|minimum)\b[^.;\n]{0,20}\bin (?:your|their|his|her"
        r"|the) (?:[\w-]+ ){0,2}(?:account|wallet)\b|\bmust (?:hold|keep|maintain|carry) a minimum balance\b"
        # "the ledger must hold a $150 reserve", "your booking dashboard needs a R500 float loaded", "moet je je account
        # eerst zelf aanvullen met een bedrag", "moet jy jou rekening met R2,000 aanvul"
        r"|\b(?:must (?:hold|carry|keep)|needs?|requires?) an? (?:[$€£₱₹]\s?|R\s?)[\d,.]+ (?:float|reserve|balance)\b"
        r"|\bbalance of (?:at least )?\S+(?: usdt)? in your (?:[\w-]+ ){0,2}(?:account|wallet)\b"
        r"|\b(?:apne|apni|aapne) (?:\w+ )?(?:account|wallet) (?:mein|main) (?:\w+ ){0,2}(?:dalna|daalna|dalne|daalne|dalni)\b"
        r"|\baccount (?:eerst )?(?:zelf )?aan ?vullen met (?:een bedrag|geld|€|eur\b)|\b(?:jou|u) rekening (?:eers )?met R\s?[\d,.]+ aan ?vul\b"
        # "your member account must carry at least ₱3,000 in credits, reloaded via GCash"
        r"|\b(?:keeps?|holds?|maintains?|carr(?:y|ies)) (?:at least|a minimum of|minimum)\b[^.;\n]{0,20}\bin (?:credits?|float)\b"
        r"|\bbalance (?:loaded|deposited|topped up|funded) before\b|\bbalance (?:has|needs|must) (?:to )?(?:stay|remain|be)"
        r" (?:at|above)\b|\bmet (?:jou|u) eie geld (?:aan ?vul|op ?laai|vul)\w*"
        # A balance, float or credit the seeker puts up: "a float of NZ$150, topped up by you", "carry at least $200 in
        # credit, loaded by you", "your associate wallet must be kept at ₹2,000 or more", "must show a R500 wallet
        # balance", "recharge your associate account", "prepay carrier bookings from a personal float"
        r"|\b(?:balance|wallet|float|credit|account)\b[^.;\n]{0,60}\b(?:topped up|loaded|added|funded|recharged|deposited)"
        r" (?:\w+ )?by you\b"
        r"|\b(?:wallet|balance|float)\b (?:must|needs? to|has to|should) (?:be kept|stay|remain) (?:at|above)\b"
        r"|\b(?:must|needs? to|has to|should) (?:show|hold|carry|have|keep) (?:a |an |at least )?(?:[$₹₱€£]\s?[\d,]+|R\s?[\d, ]+)"
        r" (?:in )?(?:wallet |account )?(?:balance|credit|float)\b"
        r"|\brecharge (?:your|the) (?:[\w-]+ ){1,2}?(?:account|balance|wallet)\b|\b(?:personal|your own) float\b"
        r"|\bonly while your (?:[\w-]+ ){0,2}(?:balance|credit|float)\b"
        r"|\b(?:load|buy|purchase|top up)\w* (?:[$₹₱€£]\s?[\d,.]+|R\s?[\d, ]+) (?:of |in )(?:[\w-]+ )?credit\b"
        # Dutch "zet je zelf wat geld op je werksaldo"; Filipino "mag-load ng ₱1,000 sa account mo"
        r"|\byou (?:add|load|top up|fund|put in) (?:the |your )?(?:[\w-]+ )?(?:float|balance|credit)\b"
        r"|\bgeld op (?:je|jouw) (?:\w+)?saldo\b|\bmag-?load\b[^.;\n]{0,40}\b(?:sa (?:account|wallet) mo|wallet)\b"
        # "a minimum float of 30 USDT in your console wallet", "load a float of at least £40", "your reviewer wallet
        # must hold a working balance ..., which you top up by Interac", "vul je je werksaldo ... aan", "in jou
        # werksbeursie ... inbetaal", "VIP level ke liye ... recharge"
        r"|\b(?:minimum|min\.?) (?:float|balance) of\b|\b(?:load|add|deposit|put|top up)\w* (?:a |the |your )?(?:minimum )?float\b"
        r"|\b(?:wallet|balance|float)\b (?:must|needs? to|has to|should) (?:hold|carry|keep|have|show)\b"
        r"|\b(?:which|that) you (?:top up|load|fund|recharge|replenish|refill)\b|\bvul\w* (?:\w+ ){0,2}\w*saldo\b"
        r"|\b\w*beursie\b[^.;\n]{0,40}\b(?:inbetaal|laai|aanvul)\w*|\bvip\b[^.;\n]{0,40}\brecharge\b|\brecharge\b[^.;\n]{0,40}\bvip\b"
        # "you'll load ₱2,500 into your agent wallet", "agents load R500 into the QueueWallet app", "a maintaining balance
        # of ₱1,500", "replenished from your own wallet in USDT", "add funds to your workspace account", "your account needs
        # to be topped up with USDT", "zet je eerst €100 op je werksaldo", "eers R500 op jou rekening in die app sit"
        r"|\bload\w* (?:[$₹₱€£]\s?[\d,.]+|R\s?[\d, ]+|rs\.? ?[\d,]+) (?:into|onto|to|in) (?:your|the) (?:[\w-]+ ){0,2}?\w*(?:wallet|account|balance)\b"
        r"|\bmaintaining balance\b|\b(?:replenished|topped up|funded) from your own\b|\bfrom your own wallet\b"
        r"|\badd\w* funds to (?:your|the) (?:[\w-]+ ){0,2}(?:account|wallet|balance)\b"
        r"|\b(?:account|wallet|balance)\b (?:needs|has|must|will need) (?:to )?be topped up\b"
        r"|\bzet\w*\b[^.;\n]{0,30}\bop (?:je|jouw) \w*saldo\b|\beers R\s?\d[\d ,]*\s?op jou (?:rekening|beursie|profiel)\b",
    ),
)
# Within a sentence, but across the decimal point of an amount ("send $2,310.00 to our vendor via Zelle").
# (a bullet ends a sentence for the scanner, so a match must not run over one either: "score them in our app• write";
# nor a question or exclamation mark: "why bitcoin? can't you just deduct it from pay" asks, it pays nothing)
IN_SENTENCE = r"(?:[^.;\n•·▪●?!]|\.(?=\d))"
# One pattern per alternative, each with its own anchor words (prefilter.required_words): a sentence that
# holds "account" or "send" is searched with the few alternatives that need those words, not all 150.
MONEY_PATTERNS = tuple(
    (name, ci(pattern[a:b].replace(r"[^.;\n]", IN_SENTENCE)))
    for name, pattern in MONEY_HANDLING
    for a, b in top_level_branches(pattern)
)

# Money that reaches the seeker first and is passed on (the fake-check and money-mule schemes, however worded):
# money arrives ("we will Interac e-transfer $1,480 to you", "payments will be sent to your personal checking
# account", "maken we €1.350 over op je rekening", "sa personal GCash mo muna", "aap ke JazzCash account mein") ...
MONEY_REACHES_YOU = ci(
    r"\b(?:e-?transfer|transfer|send|sent|wire|deposit|credit|zelle|venmo|eft|rout(?:ed|es|ing)|land|arriv)\w*\b[^.;\n]{0,40}?\b(?:to|into|in|on) your "
    r"(?:own |personal )?(?:\w+ (?:or \w+ )?)?(?:\w+ )?(?:account|checking|venmo|zelle|paypal|cash ?app|gcash|wallet|jazzcash|easypaisa|upi(?: id)?|iban"
    r"|m-?pesa(?: line| number)?)\b"
    # "sent to the Zelle linked to your own bank", "the GCash number registered to you"
    r"|\b(?:linked|registered|connected|tied) to (?:you\b|your (?:own |personal )?(?:bank|account|number|phone|name)\b)"
    r"|\baap ke (?:jazz ?cash|easy ?paisa|bank) (?:number|account) (?:par|pe|mein)\b"
    r"|\b(?:e-?transfer|transfer|send|wire|zelle|venmo)\w* (?:\w+ ){0,2}?[$€£₱]\s?[\d,.]+ (?:\w+ ){0,2}?to you\b"
    r"|\byou(?:'ll| will)? (?:receive|get) (?:an? |the |your )?(?:interac |one-time |one-off |home office |equipment )*"
    r"(?:e-?transfer|transfer|payment|check|cheque"
    r"|advance|allowance|stipend|funds|money order)\b"
    r"|\b(?:maken|storten|boeken) (?:we|wij)\b[^;\n]{0,60}\bover op (?:je|jouw|uw) (?:eigen )?(?:bank)?rekening\b"
    r"|\bover naar (?:je|jouw|uw) (?:eigen )?(?:bank)?rekening\b|\b(?:in|na) jou (?:eie |persoonlike )?(?:bank|\w+-)?rekening\b"
    # "Je ontvangt het bedrag ... op je eigen IBAN", "Wij maken hiervoor deze week €640 vooruit over op je rekening", "een
    # Tikkie vanaf je eigen rekening", "sa personal Maya o GCash mo"
    r"|\bop (?:je|jouw|uw) (?:eigen )?(?:iban|rekening|bankrekening)\b|\b(?:we|wij) (?:maken|storten|boeken)\b[^;\n]{0,60}\bover op (?:je|jouw|uw) "
    r"(?:eigen )?(?:bank)?rekening\b|\b(?:tikkie|betaalverzoek)\b[^.\n]{0,30}\bvanaf (?:je|jouw) eigen rekening\b"
    r"|\bsa (?:personal |sariling )?(?:gcash|maya) o (?:gcash|maya) (?:mo|nyo)\b|\bsa sarili mong (?:gcash|maya|account|bank)\b"
    r"|\bvia (?:je|jouw) eigen (?:bank)?rekening\b|\bvanuit (?:je|jouw) eigen bank(?:app|rekening)\b"
    # "the Cash App or Venmo business profile you set up", "the PayID you register in your own name", "the UPI ID of the
    # assigned executive", "lodged to your account"
    r"|\b(?:cash ?app|venmo|paypal|gcash|maya|payid|upi id|account|wallet|profile)\b[^.\n]{0,30}\byou (?:set up|register|registered"
    r"|nominate|nominated|open|opened|create|created)\b|\bupi id of the (?:assigned )?(?:executive|agent|associate)\b"
    r"|\blodged (?:to|in|into) your (?:\w+ )?account\b"
    # "customers settle their balance through your registered GCash"
    r"|\b(?:through|via|into|to) your (?:own |personal |registered )?(?:gcash|maya|zelle|venmo|cash ?app|m-?pesa|upi)\b"
    r"|\bsa (?:personal |sariling )?(?:gcash|maya|bank account|account) (?:mo|nyo)\b"
    # "send their payments sa GCash/bank mo", "pag na-clear na sa account mo", "ek cheque courier hoga"
    r"|\bsa (?:gcash|maya|bank)/(?:gcash|maya|bank) mo\b|\bna-?clear\b[^.;\n]{0,20}\bsa (?:account|bank|gcash) mo\b"
    r"|\bcheque (?:courier|bheja|aaye|aayega|milega)\w*"
    r"|\b(?:aap ke|aapke|apke|apne) (?:[\w/]+ ){0,2}?(?:ya \w+ )?(?:account|wallet|jazzcash|easypaisa)(?: account)? mein\b"
    # customers' money into the seeker's own account: "agents receive client instalments into their personal bank account"
    r"|\b(?:receive|collect|accept)s?\b[^.;\n]{0,60}?\b(?:clients?|customers?|debtors?|buyers?)\b[^.;\n]{0,30}?\b(?:into|in|to) "
    r"(?:your|their|his|her) (?:own |personal )(?:bank )?account\b"
    # "their payments will come into YOUR bank account", "may papasok na bayad ng mga customer sa GCash o bank account mo"
    r"|\b(?:their|customers?'?|clients?'?) payments? (?:will )?(?:come|go|land|arrive)s? (?:in)?to your (?:own |personal )?bank account\b"
    # "Those will come into YOUR Cash App, then you just send it to our billing supervisor's $Cashtag"
    r"|\b(?:come|land|arrive)s? (?:in)?to your (?:own |personal )?(?:cash ?app|venmo|zelle|paypal|gcash|maya|chime)\b"
    r"|\bbayad ng (?:mga )?customers?\b[^.;\n]{0,30}\b(?:gcash|account) mo\b"
    # an account kept for customers' money: "maintains a personal checking account dedicated to client remittances",
    # "open a second current account in your own name"
    r"|\b(?:open|maintain|keep|set up|create)s? a (?:second |separate |new |dedicated )?(?:personal )?"
    r"(?:checking|current|savings|bank) account\b"
    # the fake check said as a grant or an advance: "an advance ... in the form of a check for $3,860", "your
    # home-working grant (£2,450) will be posted to you as a cheque"
    r"|\bin the form of an? (?:check|cheque)\b|\bposted to you as an? (?:check|cheque)\b"
    # "we pay a one-off set-up allowance of A$1,900 into your nominated account", "customers pay their arrangement to
    # your registered GCash number"
    r"|\bpa(?:y|ys|id) (?:[\w$.,-]+ ){0,6}(?:in)?to your (?:own |personal |registered |nominated )?(?:\w+ )?(?:account|gcash|maya"
    r"|wallet|number|checking)\b"
    r"|\b(?:sent|paid|issued|mailed|arrives) (?:to you )?by (?:mobile )?(?:check|cheque)\b|\b(?:paid|sent|transferred|deposited) to you\b"
    # "we pay every new starter an equipment bursary of £1,650"
    r"|\bwe (?:pay|send|give) (?:you|every new \w+|each new \w+|new \w+|all new \w+) (?:an? )?(?:[\w-]+ ){0,2}"
    r"(?:bursary|allowance|advance|grant|stipend)\b"
    # "sent to the personal checking account you register", "provide a personal checking or Cash App account to receive
    # these payments", "pay their invoice straight to you with Venmo", "een voorschot van €2.150 ... naar de rekening die
    # je hebt opgegeven", "papasok sa GCash mo"
    r"|\b(?:to|into|in) (?:the |a )?(?:personal|own) (?:\w+ )?(?:account|checking|wallet|venmo|paypal|cash ?app|gcash|chime)\b"
    r"|\b(?:personal|own) (?:\w+ )?(?:account|checking|wallet|venmo|paypal|cash ?app|chime)(?: or [\w ]{1,20}account)? to receive\b"
    # "will land in your personal checking account", "to your personal Chime or Cash App account"
    r"|\b(?:land|arrive)s? in your (?:own |personal )?(?:\w+ )?(?:account|checking|wallet)\b"
    r"|\bto your (?:own |personal )\w+ or (?:\w+ ){1,2}account\b"
    # "we send new hires an electronic check"
    r"|\b(?:send|mail|issue|give|post|courier)s? (?:you|new hires|each new hire|every new hire|all new hires) (?:a |an )?(?:\w+ )?"
    r"(?:check|cheque|e-?check|advance|transfer)\b"
    # "you will be issued a company check to purchase your work laptop"
    r"|\b(?:be|get|are|is) (?:issued|sent|mailed|given|posted|couriered) (?:a |an )?(?:\w+ )?(?:check|cheque|e-?check)\b"
    # "you'll receive client remittances into your own checking account", "collect the fees in your UPI"
    r"|\b(?:receiv|collect|accept)\w* (?:[\w-]+ ){0,6}?(?:in|into|to|on) your (?:own |personal )?(?:[\w-]+ ){0,2}?"
    r"(?:account|wallet|gcash|maya|upi(?: id)?|paypal|venmo|cash ?app|m-?pesa)\b"
    # "connect your personal Chime or Cash App account in the 'Agent Payout' form. Customers ... send their top-ups there"
    r"|\b(?:connect|link|add|register|set up|provide|use) your (?:own |personal )(?:\w+ ){0,2}(?:or (?:\w+ ){1,2})?(?:account|wallet)\b"
    r"|\b(?:routed|sent|paid|deposited) to the (?:paypal|venmo|cash ?app|chime|gcash) account you\b|\bstraight to you\b"
    r"|\bvoorschot\b|\bnaar de rekening die je\b|\bpapasok\b[^.;\n]{0,30}\bsa (?:gcash|maya|account) mo\b"
    # "Wij zetten het bedrag op je rekening", "maken we via jouw rekening terug", "betaal sommige kliënte hul bestellings
    # in jou bankrekening in"
    r"|\bzetten (?:we |wij )?(?:het |dit )?(?:\w+ )?(?:bedrag|geld) op (?:je|jouw) (?:eigen )?rekening\b"
    r"|\bvia (?:je|jouw) (?:eigen |priv[eé] )?rekening\b|\bin jou (?:eie )?(?:bank)?rekening in\b"
    # "ibibigay mo ... ang personal GCash number mo", "They pay the overdue amount to your UPI ID", "'n eenmalige toelae
    # van R14 500 in jou bankrekening", "payroll keyed in NZ$5,000 by mistake"
    r"|\b(?:personal|sariling) (?:gcash|maya) (?:number|account) mo\b|\bto your (?:own |personal )?upi(?: id)?\b"
    r"|\b(?:toelae|toelaag)\b[^.\n]{0,40}\bin jou (?:eie )?(?:bank)?rekening\b"
    r"|\b(?:overpaid|over-paid|overpayments?|paid (?:you )?(?:too much|in error|by mistake)|keyed in\b[^.\n]{0,20}\bby mistake)\b"
    # "Your home-office stipend of $2,900 will arrive as a bank transfer from our finance team"
    # "Once the funds clear in your account you remit the hardware allocation to our fulfilment partner"
    r"|\b(?:funds|money|payment|check|cheque|deposit)s? clears? in(?:to)? your (?:\w+ )?account\b"
    r"|\b(?:stipend|allowance|advance|grant|bursary|budget)\b[^.;\n]{0,40}\b(?:will )?(?:arrive|come|land|be (?:sent|paid|"
    r"transferred|deposited|wired|e-?transferred|credited))\b",
    split=True,
)
INTO_YOUR_ACCOUNT = re.compile(
    r"\bto your (?:own |personal )?(?:bank )?account\b|\bin jou (?:eie )?(?:bank)?rekening\b|\bop (?:je|jouw) (?:eigen )?(?:bank)?rekening\b",
    I,
)
# ... and, a sentence or two later, goes on to someone else ("please forward $1,395 to our IT partner", "send $780 of
# it to our onboarding coordinator", "zet je het totaal door naar de rekening", "i-transfer mo yung total sa company
# account", "Rs 50,000 hamare IT vendor ko bhej dein").
_AMOUNT_OR_IT = (
    r"(?:it|them|[$€£₱]\s?\d|R\s?\d|Rs\.?\s?\d|\d[\d,.]*\b|the (?:money|funds|rest|balance|remainder|totals?|difference|amount"
    r"|collections|proceeds|day'?s (?:collections|payments|takings)"
    r"|payments?|other)|(?:het|dit|dat) (?:bedrag|totaal|geld)|die (?:res|geld|(?:volle |totale )?bedrag)|yung (?:total|pera|bayad)"
    r"|daarvan|the day'?s total|each (?:refund|payment|amount|transfer)|the (?:collected |full |whole |same )(?:total|amount)"
    r"|the (?:[\w-]+ )?(?:portion|share|part|sum|cost|price|allocation))"
)
_ON_TO = (
    r"(?:to|naar|aan|sa|na)\b(?:[^.\n]|\.(?=\d)){0,40}?\b(?:partner|vendor|supplier|coordinator|new hire|account|rekening|team"
    r"|leverancier|verskaffer|wallet|department|opdrachtgever|client|customer|venmo|paypal|inrichtingspartner|ltd|llc"
    r"|buyer|merchant|member|paybill|till|cashtag"
    r"|inc|limited)"
)
PASSED_ON = re.compile(
    r"\b(?:forward|send|transfer|e-?transfer|move|wire|remit|zelle|zet|stuur|i-?transfer|i-?send|ipasa|ipapasa|ipadala|pay|betaal|return"
    r"|pass)\w*\b"
    rf"(?:[^.\n]|\.(?=\d)){{0,25}}?\b{_AMOUNT_OR_IT}(?:[^.\n]|\.(?=\d)){{0,40}}?\b{_ON_TO}"
    rf"|{_AMOUNT_OR_IT}(?:[^.\n]|\.(?=\d)){{0,20}}?\b(?:doorboeken|overboeken|overmaken|doorstorten|doorsturen)\b (?:naar|aan)\b"
    r"|\b(?:hamare|hamari|company ke)\b[^.\n]{0,40}\b(?:vendor|supplier|account|wallet)\b[^.\n]{0,60}\bko (?:\w+ )?bhej\w*"
    r"|\b(?:hamare|hamari|company ke|diye gaye)\b[^.\n]{0,30}\b(?:account|wallet|number)s? (?:mein|par|pe) (?:transfer|bhej|forward)\w*"
    r"|\b(?:oor|aan) na (?:die|ons) rekening\b|\bsend each payment on\b|\bforward each (?:received )?(?:amount|payment)\b"
    r"|\bpass (?:them|it) along\b"
    # "then you remit to our company wallet daily"
    r"|\bremit\w* (?:it |them |the \w+ )?to (?:our|the|their) (?:\w+ ){0,2}(?:account|wallet|partner|vendor)\b"
    # "forward them by Interac e-Transfer to the address we give you"
    r"|\b(?:forward|send|pass|return)\w* (?:them|it|the (?:money|funds|amount|payments?))\b[^.\n]{0,20}\bby (?:interac |instant )?"
    r"(?:e-?transfer|zelle|bank transfer|eft|gcash|payid|wire|venmo|cash ?app)\b"
    # "... arrive on your personal IBAN; you forward them within 24h via our crypto partner"
    r"|\b(?:forward|send|pass|transfer|remit)\w* (?:them|it|the (?:money|funds|amount|payments?))\b[^.\n]{0,30}\b(?:via|through) "
    r"(?:our|the|their) (?:\w+ ){0,2}(?:partner|exchange|wallet|account|platform)\b"
    # "settle the configured station invoice directly with our fulfilment partner", "passed on by PayID to the vendor"
    r"|\bsettle\b[^.\n]{0,100}\b(?:with|to) (?:our|the) (?:\w+ ){0,2}(?:partner|vendor|supplier)\b"
    # "please pay our approved supplier, DeskReady Ltd, £1,420", "please pay TechKit A$1,650 by PayID"
    r"|\bpay (?:our|the|their) (?:\w+ ){0,2}(?:partner|vendor|supplier)\b|\bcoordinate (?:the )?payment with\b"
    r"|\bsend (?:it|them) on\b|\bover(?:maken|te maken|boeken)\b[^.\n]{0,10}\b(?:aan|naar) (?:onze|ons|de|het)\b"
    r"|\bmaak\w*\b[^.\n]{0,60}\bover (?:aan|naar)\b|\boor(?:betaal|dra)\w*\b[^.\n]{0,10}\baan (?:ons|die)\b"
    r"|\bstuur\b[^.\n]{0,40}\bbedrag\b[^.\n]{0,30}\baan\b|\bi-?remit\b[^.\n]{0,40}\bsa (?:company|kumpanya)\b"
    r"|\b(?:ipasa|ipapasa)\b[^.\n]{0,30}\bsa (?:aming|ating|company)\b|\b(?:ipasa|ipapasa|i-?pasa|ita-?transfer) (?:mo |nyo )?sa\b|\bbetaal\b[^.\n]{0,50}\boor aan (?:ons|die)\b"
    rf"|\broute\b[^.\n]{{0,60}}?\b{_ON_TO}|\bmagpapadala\b[^.\n]{{0,20}}\bsa mga (?:customer|client)"
    r"|\btransfer kar (?:dein|den|dena|do)\b"
    # "jij stuurt het dezelfde dag met een Tikkie-link door naar de klant", "Jy betaal dit dieselfde dag deur na die
    # rekening", "woh raqam mere diye hue account mein aage bhej dein"
    r"|\bstuur\w* (?:het|dit|dat|ze|die|deze|de)\b[^.\n]{0,60}\bdoor naar\b|\b(?:betaal|stuur) (?:dit|die geld|die bedrag)\b[^.\n]{0,40}\bdeur na\b"
    r"|\b(?:mere|hamare) diye (?:hue|gaye) (?:account|number|wallet)\b[^.\n]{0,30}\b(?:bhej|transfer|forward)\w*|\baage bhej\w*"
    # "zet het dezelfde dag ... door naar het nummer", "Maak dat bedrag ... over naar onze IT-partner", "stuur jy die totaal
    # ... na ons trustrekening", "Ikaw na ang magpapadala sa customer", "i-send mo lang yung total sa company GCash"
    r"|\bzet\b[^.\n]{0,60}\bdoor naar\b"
    # "jy betaal ons verskaffer daaruit en stuur die res terug"
    r"|\bbetaal (?:ons|die|jou) (?:\w+ )?verskaffer\b|\bstuur (?:die )?(?:res|oorskot|balans)\b[^.\n]{0,20}\bterug\b|\bstuur jy die (?:totaal|geld|bedrag|res)\b[^.\n]{0,50}\bna ons\b"
    r"|\b(?:magpapadala|ipapadala|ipadala)\b[^.\n]{0,20}\bsa (?:customer|client|supplier|partner)"
    r"|\bi-?send\b[^.\n]{0,30}\bsa (?:company|kumpanya) (?:gcash|maya|account|wallet)\b"
    # "tapos ita-transfer mo sa company account", "maakt ze dezelfde dag door naar de rekeningen"
    r"|\b(?:i|ita|ipa|mag)-?(?:transfer|send|remit|forward)\b[^.\n]{0,30}\bsa (?:company|kumpanya|aming|amin)\b"
    r"|\bschrijf\w*\b[^.\n]{0,40}\bdoor (?:naar|aan)\b"
    # "Withdraw funds and transfer to our suppliers via MoneyGram"
    r"|\b(?:transfer|send|forward|wire|remit)\w* (?:\w+ ){0,2}?to (?:our|the|their) (?:\w+ ){0,2}(?:suppliers?|vendors?|partners?)\b"
    r"|\bmaak\w*\b[^.\n]{0,60}\bdoor (?:naar|aan)\b"
    r"|\bpay (?:\w+ ){1,3}(?:[$€£₱]|A\$|R\s?)\s?\d[\d,.]* (?:by|via|through) (?:payid|bank transfer|zelle|venmo|wire|e-?transfer"
    r"|faster payment|eft|gcash|cash ?app)\b"
    rf"|\b(?:passed|paid|sent) on\b(?:[^.\n]|\.(?=\d)){{0,40}}?\b{_ON_TO}"
    # the fake check's next step: "You deposit it, then purchase your bundle from our logistics partner"
    r"|\b(?:purchase|buy|order)\w*\b[^.\n]{0,60}\b(?:from|with|through|via) (?:our|the|their) (?:\w+ ){0,2}(?:partner|vendor|supplier)\b"
    # said in the passive or by the partner: "Incoming payments are ... transferred to our clearing account", "you
    # sweep the balance to our client account", "our partner will send you their payment instructions", "the
    # partner is paid directly by you"
    rf"|\b(?:transferred|forwarded|wired|remitted|swept|sweep)\b(?:[^.\n]|\.(?=\d)){{0,40}}?\b{_ON_TO}"
    r"|\b(?:partner|vendor|supplier)\b[^.\n]{0,40}\bpayment instructions\b|\bpaid (?:directly )?by you\b",
    re.IGNORECASE,
)
PASSED_ON_WITHIN = 400  # characters after the money arrives: the next sentence or two, not the rest of the offer
SEEKERS_OWN_PAY = re.compile(
    # (not the cut kept from money passed on: "you transfer the totals to our accounting team, keeping 8% as your
    # commission")
    r"(?<!\bas )\byour (?:pay|salary|wages?|paychecks?|earnings|commission)\b|\bdirect deposit\b"
    r"|\b(?:loon|salaris|sahod|tankhwah|salary|wages|sweldo)\b",
    I,
)

# A payment app, money sent to the seeker, gift cards, crypto, a bank sign-in or a code named where nothing else
# says what it is for: the seeker should ask before going on (a question, not a verdict of fraud).
MONEY_MENTIONED = ci(
    r"\b(?:zelle|venmo|cash ?app|paypal|e-?transfer|interac|gift ?cards?|bitcoin|btc|usdt|crypto\w*|money orders?"
    r"|western union|moneygram|routing (?:and account )?number|account (?:and routing )?number|online banking"
    r"|bank(?:ing)? (?:login|log-in|sign[- ]?in|password|credentials)|one[- ]time (?:code|pin|passcode|password)"
    r"|verification code|otp|partner store|approved vendor|tikkie|cadeaukaart\w*|geskenkkaart\w*"
    r"|inloggegevens|eenmalige (?:code|pin|kode))\b"
)
# Sign-in details the company gives the seeker for its own systems: "Je inloggegevens krijg je vrijdag".
LOGIN_GIVEN = re.compile(
    r"\b(?:krijg|ontvang)t? (?:je|jij|u)\b|\b(?:sturen|mailen|geven|versturen) (?:we|wij) (?:je|jou|u)\b"
    r"|\b(?:kry|ontvang) (?:jy|u)\b",
    I,
)
# The seeker's pay arriving by one of them: "paid weekly via PayPal", "salary through Wise".
PAID_THROUGH = re.compile(
    r"\b(?:paid|pay|payouts?|salary|sahod|earnings|payments?|betaald|betaal|uitbetaal\w*)\b[^.\n]{0,30}"
    r"\b(?:via|through|by|thru|to your|into your|op|met)\b[^.\n]{0,15}$",
    I,
)
# Work about the customers' money, not the seeker's: "help customers with gift card balances", "crypto exchange
# support", "assist members with online banking".
ABOUT_CUSTOMERS = re.compile(
    r"\b(?:customers?|members?|clients?|callers?|users?|account ?holders?|cardholders?|klanten|kliënte|customer'?s)\b"
    r"|\b(?:support|assist|help|troubleshoot|questions?|inquiries|enquiries|queries|issues|disputes?|balances?|reset"
    r"|access|program|agent|specialist|representative|exchange|app|platform|company|fintech|\w*beurs|knowledge|experience"
    # "Answer calls, emails and chats about online book orders, gift cards and events"
    r"|calls|chats|tickets"
    r"|skills?)\b",
    I,
)
# Given to the seeker, not asked of them: "top agents earn Amazon gift cards", "you get a $100 Visa gift card from us"
REWARD_BEFORE = re.compile(
    r"\b(?:get|gets|earn|earns|receive|receives|win|wins|won|awarded|bonus|prize|rewards?|incentives?)\b[^.\n]{0,40}$",
    I,
)
REWARD_AFTER = re.compile(r"[^.\n]{0,30}\b(?:rewards?|bonus|prizes?|incentives?)\b", I)
# Said as what never happens or as the seeker's own salary account: "Company aap se kabhi koi fee, OTP ya PIN nahi
# mangti", "Salary ke liye bank account number" (SEEKERS_OWN_PAY, checked beside it, holds the other pay words)
NOT_ASKED = re.compile(r"\b(?:never|no one|nobody|niemand|nooit|kabhi|nahi|nahin|salary)\b", I)

# "Both sides" of a document or card, as the five languages say it: a photo of both sides of an ID is a copy of it.
BOTH_SIDES = (
    r"(?:front and back|back and front|both sides|voor- en achterkant|voor en achterkant|albei kante|beide kante"
    r"|harap at likod|dono taraf|dono side)"
)
BANK_CARD = (
    r"(?:bank ?card|debit ?card|credit ?card|atm ?card|bankpas|betaalpas|pinpas|bankkaart|debietkaart|kredietkaart"
    r"|debit card mo|atm)\b"
)
SENSITIVE = (
    r"bank (?:account|details|info\w*|login|statement|name)|routing (?:number|and account)|account number|SSN\b"
    # a voided check carries the account and routing numbers
    r"|voided (?:check|cheque)|social security card|account and routing numbers?|identity documents?|proof of identity"
    r"|(?:certified )?cop(?:y|ies) of (?:your |ur )?(?:ID|passport|identity (?:document|card)s?)\b"
    r"|\bBSN\b|\bIBAN\b|bankgegevens|kopie (?:van )?(?:je |jou |uw )?(?:ID|paspoort|identiteitsbewijs|legitimatie\w*)|pinpas|DigiD"
    r"|burgerservicenummer|rekeningnummer|\bsofinummer\b"
    r"|identiteitskaart|rijksregisternummer|inlogcode|inloggegevens|\bitsme\b|kaartlezer\w*|pincode|bankpas|scan van (?:je|jouw|uw) \w+"
    r"|\bID[- ]kaart\b|bankkaart(?:nummer)?|\bmeld (?:je|u) aan met (?:itsme|digid)\b|تصدیقی کوڈ|او ٹی پی|verificatiebetaling|\blog\w* (?:\w+ ){0,5}in bij (?:je|uw|jouw) (?:eigen )?bank\b"
    r"|ID[- ]?nommer|kaartnommer|vervaldatum|internetbank(?:besonderhede)?\b|wagwoord|gebruikersnaam en wagwoord|afskrif van (?:jou |hul |u )?ID|bankbesonderhede|bankbevestigingsbrief|bank confirmation letter|bankstate|bankstaat|bankafschrift\w*|belasting(?:verwysings)?nommer|\bCNIC\b|shanakhti card|valid IDs?|selfie (?:with|hawak ang|met) (?:your |je )?(?:ID|paspoort|passport|identiteitsbewijs)"
    r"|شناختی کارڈ|بینک اکاؤنٹ|ڈیبٹ کارڈ|gcash (?:registered )?(?:number|account)|ID-kaart|selfie (?:with|holding) (?:your |ur |a )?(?:ID|driver'?s licen[cs]e|passport)"
    r"|driver'?s? licen[cs]e (?:photo|pic|picture|scan|copy|front)|(?:photo|pic|picture|scan|copy) of (?:your |ur )?driver'?s? licen[cs]e"
    # the numbers and cards of Australia, New Zealand and the U.K., and a card's PIN letter
    r"|\btax file number\b|\bTFN\b|\bNI number\b|\bIRD number\b|\bmedicare card\b|\bnational insurance number\b|\bPIN letter\b"
    # (not a card the employer gives: "collect your employee ID card and laptop")
    r"|social security(?: number)?|(?:photo|state|government|national|valid) ID\b"
    r"|(?<!employee )(?<!staff )(?<!company )(?<!access )ID (?:card|documents?|number)"
    r"|copy of your (?:ID|passport|licen[cs]e)|scan of your \w+|passport|date of birth|\bDOB\b|tax (?:number|ID)"
    r"|\bSIN\b|\bTIN\b|social insurance number|void(?:ed)? (?:cheque|check)|PAN card|Aadhaar|credit card (?:number|details)|debit card|online banking"
    r"|mother'?s maiden name|marital status|(?:bank )?(?:username|password)s?\b(?! ?(?:resets?|changes?|recovery|issues?|problems?))|banking details|ID copy"
    # The codes and cards that open an account: "OTP code", "ATM card number aur expiry", "MPIN", "birth certificate"
    r"|\b(?:front and back|both sides) of (?:your |ur |the )?(?:driver'?s? licen[cs]e|ID|passport|\w+ ID)\b"
    r"|\bID (?:card )?front (?:&|and|\+) back\b|\b(?:foto|kopie|afskrif) van (?:jou |je |u )?(?:ID|paspoort)\b|\bselfie holding (?:it|them|the card)\b|\bOTP\b|\bM?PIN (?:code|number)\b|\bMPIN\b|\b(?:easy ?paisa|jazz ?cash|gcash|maya|atm|bank) (?:ka |ki |account )?(?:pin|mpin)\b|\bCVV\b|ATM card|card number|birth certificate"
    r"|(?:PhilHealth|SSS|UMID|Pag-?IBIG|postal) ID\b|\bPhilSys\b"
)
PERSONAL_DATA_PATTERN = (
    # "the application form asks for your Social Security number"
    r"\bapplication(?: form)? (?:asks|requires|needs|requests|collects) (?:for )?your (?:full )?(?:social security|SSN\b"
    r"|SIN\b|bank|CNIC|aadhaar|passport|national ID)|"
    # Dutch: "een verificatiebetaling van €0,01 via onderstaande link. U logt hiervoor in bij uw eigen bank."
    r"\b(?:verificatiebetaling|log\w* (?:\w+ ){0,5}in bij (?:je|uw|jouw) (?:eigen )?bank)\b|"
    r"\b(?:log(?:ging)?|sign(?:ing)?) (?:in|into|on)(?: to)? your (?:own )?(?:online )?bank(?:ing)?\b|\blog (?:je )?in met (?:je|jouw|uw) bank\w*|\blog\w* (?:\w+ ){0,2}in via (?:deze|de|onze) link met (?:je|jouw|uw) bank\w*|\bkies (?:je|uw) bank en log\w* in\b|\blog (?:je |jij |u )?in met (?:je |jouw |uw )?DigiD\b|"
    # "betaal €0,01 via deze iDEAL-link ... om je account te verifiëren": a bank login behind a cent
    r"\b(?:betaal|maak)\w* (?:€|eur\s?)\s?0[,.]01\b|"
    r"\bleest? (?:\w+ )?(?:de )?codes? (?:\w+ ){0,3}voor\b|\blog\w* (?:\w+ ){0,2}in op (?:je|uw|jouw) bank\w*|"
    r"\blog(?:-| )?in sa (?:online banking|bank|banking app)\b|\b(?:bankkaart|bankpas) en (?:de |je |uw )?kaartlezer\b|"
    # A texted code passed on to the recruiter: "ek 6 digit code aayega, woh code mujhe isi chat mein bhej dein"
    r"\b(?:\d|six|four)[- ]digit code\b[^.;\n]{0,60}?\b(?:bhej|send|forward|share|reply|stuur|basahin|sabihin|ibigay|bata)\w*|"
    # Both sides of the ID and a selfie holding it need no verb to be a request: "een foto van de voor- en achterkant
    # van je ID-kaart en een selfie waarop je het ID naast je gezicht houdt"
    rf"\b{BOTH_SIDES} (?:van |of |ng )?(?:je |jou |jouw |uw |your |ur |the )?(?:ID|ID-kaart|identiteitskaart|paspoort|passport|rijbewijs"
    r"|legitimatie\w*"
    r"|bestuurslisensie|driver'?s licen[cs]e|CNIC|valid ID)\b|"
    r"\bselfie\b[^.;\n]{0,60}\b(?:naast (?:je|jouw|uw) gezicht|langs jou gesig|next to your face|beside your face"
    r"|tabi ng mukha mo)\b|"
    # ... or a photo of the seeker holding one: "a photo of yourself holding your passport or driving licence"
    r"\bphotos? of yourself holding\b[^.;\n]{0,20}\b(?:ID|passport|driv\w*'?s? licen[cs]e|identity (?:card|document))\b|"
    # A selfie with an identity document, in either order: an identity check, asked for whatever the verb
    r"\bselfies?\b[^.;\n]{0,60}\b(?:ID|IDs|ID-kaart|passport|paspoort|driver'?s licen[cs]e|rijbewijs|CNIC|UMID|PhilSys"
    r"|Aadhaar|identity (?:card|document)|identiteitskaart|identiteitsbewijs|ID-dokument)\b|"
    r"\b(?:ID|ID-kaart|passport|paspoort|driver'?s licen[cs]e|rijbewijs|CNIC|UMID|Aadhaar|identiteitskaart|identiteitsbewijs)\b"
    r"[^.;\n]{0,60}\bselfies?\b|"
    # A photo or copy of the seeker's bank card, one side or both: "een foto van de voorkant van uw bankkaart"
    rf"\b(?:foto|photo|picture|scan|kopie|copy|afskrif|larawan)\b (?:(?:van|of|ng) )?(?:(?:de|the|die) )?"
    rf"(?:(?:voorkant|front|achterkant|back|voorkant en achterkant) (?:(?:van|of) )?)?(?:(?:je|jou|jouw|uw|your|ur) )?{BANK_CARD}|"
    r"\b(?:send|forward|share|reply with)\b[^.;\n]{0,30}?\b(?:\d|six|four)[- ]digit code\b|"
    # "aap ke JazzCash pe ek code aaya hoga, woh code hume bhej dein"
    r"\bcode\b[^.;\n]{0,40}?\b(?:hume|humein|hamein|mujhe|mujhay|hamen) (?:bhej|send|forward|share|bata)\w*|"
    r"\b(?:i-?reply|i-?send|ibigay|isend)\b[^.;\n]{0,30}\b(?:\d|six)[- ]digit code\b|"
    r"\b(?:send|provide(?!r)|submit|share|give|upload|enter|forward|need|require|ask(?:ing)? for|include|attach|reply"
    r"|email|e-mail|e-?pos|text|inbox|vul|complete|fill|confirm|verify|list|stuur|mail|lever|bhej|ipadala|i-send|nodig|collect(?!ion)"
    r"|pakisend|pa-send|isend|magpadala|ontvangen (?:we|wij) (?:[^\s.]+ ){0,4}?graag|(?:we|wij) ontvangen (?:[^\s.]+ ){0,4}?graag|laai (?:asseblief )?)\w*\b"
    rf"[^.;\n]{{0,60}}?\b(?:{SENSITIVE})"
    # Urdu puts the verb last: "CNIC ki tasveer aur bank account number bhejein"
    rf"|\b(?:{SENSITIVE})[^.;\n]{{0,60}}?\b(?:bhej\w*|send karein|upload karein|share (?:karein|karna|karo|kar do|kar dein)|dein|stuur|opstuur|instuur|sturen|insturen"
    r"|nodig|doorgeven|invullen|bevestigen|uploaden|inloggen|opgeven|mailen|e-?mailen|toesturen)\b"
    # "please have your full Social Security number and date of birth ready to read to the recruiter"
    rf"|\b(?:have|keep)\b[^.;\n]{{0,20}}?\b(?:{SENSITIVE})[^.;\n]{{0,40}}?\bready\b"
    # Dutch: "in te loggen met itsme en je kaartlezer-code te bevestigen"
    rf"|\b(?:inloggen|in te loggen|bevestigen|doorgeven|invullen)\b[^.;\n]{{0,40}}?\b(?:{SENSITIVE})"
    rf"|(?:{SENSITIVE})[^.۔\n]{{0,60}}?(?:ای میل کریں|بھیجیں|بھیج دیں|جمع کرائیں|واٹس ایپ کریں)"
)
PERSONAL_DATA = alternatives(PERSONAL_DATA_PATTERN)
# What lies between two items of one list: "Telegram, WhatsApp o Messenger", "WhatsApp or Signal".
LIST_SEPARATOR = re.compile(r"\s*(?:,|/|&|\band\b|\bor\b|\bo\b|\bat\b|\bof\b|\ben\b|\bya\b|\baur\b)?\s*", I)
# A question that asks the seeker to do something: "Can you send ...?", "Stuur je je IBAN ...?", "Kun je ... sturen?"
REQUEST_QUESTION = re.compile(
    # (after an opening clause: "To register you with the client before the first stage, could you send me ...",
    # "Before ur phone screen tomorrow could you reply with ...")
    r"(?:[^,?\n]{0,80},\s*|(?:before|to|for|so) [^,?\n]{0,60}?\s(?=(?:can|could|will|would) you\b))?"
    r"(?:(?:can|could|will|would) (?:each of )?you(?! ever ask| ask| need my| want my| require my| need our)|kun je|kan je|kunt u|wil je|wilt u|stuur je|stuur jij|kan jy|sal jy|stuur jy"
    r"|pwede (?:mo|po|nyo|bang)|paki)\b",
    I,
)
# A texted code to pass on, asked for in the next sentence ("Je krijgt een sms met een verificatiecode. Wil je die
# hier doorsturen?"): the one request that runs over a full stop, kept apart so that PERSONAL_DATA, a long
# pattern, is searched only in its anchors' own sentences.
CODE_PASSED_ON = ci(
    r"\b(?:verificatie|sms-?)code\b[^\n]{0,80}?\b(?:doorsturen|door te sturen|stuur (?:die|deze|hem) door)\b"
    r"|\b(?:\d|six|four)[- ]digit code\b[^\n]{0,80}?\b(?:pakisend|paki-send|pa-send)\b"
    # "a text message with a 6-digit code from your bank. Please forward that code to me here"
    r"|\bcode\b[^\n]{0,120}?\b(?:forward|send|share|read|text|give)\w* (?:that |the |this )?(?:code|it) (?:back )?(?:to|with) (?:me|us)\b"
    # "gaan jou bank vir jou 'n eenmalige PIN stuur. Stuur dit asseblief net vir my hier terug"
    r"|\beenmalige (?:pin|kode|otp|wagwoord)\b[^\n]{0,80}?\bstuur dit\b[^.\n]{0,30}\bterug\b"
)
# A request in the seeker's bank or wallet app approved for someone else, or the code the bank sends read out: the
# keys to the account however worded ("Tap Approve on a new device sign-in in your banking app", "bevestig het
# itsme-verzoek", "approve the request sa Maya app mo", "eenmalige PIN van jou bank ... lees dit voor").
BANK_ACCESS = ci(
    r"\b(?:approv|confirm|accept|tap|bevestig|goedkeur|keur|aanvaar)\w*\b[^.\n]{0,80}\b(?:request|notification|prompt"
    r"|sign-?in|log-?in|verzoek|melding|versoek|kennisgewing)\b[^.\n]{0,60}\b(?:bank\w*|itsme|gcash|maya|jazz ?cash"
    r"|easy ?paisa|capitec)\b"
    # the cards of an account opened in the seeker's name, handed over: "hand over the welcome kit (debit card, cheque
    # book and the SIM card registered to the account) to our courier"
    r"|\bhand (?:over|in)\b[^.\n]{0,40}\b(?:debit card|atm card|cheque ?book|check ?book)\b"
    # "link your bank profile on our secure portal using your internet banking login"
    r"|\b(?:using|with|enter)\s+(?:your\s+)?(?:online |internet |net ?)?bank(?:ing)? (?:login|log-in|password|credentials|username|pin)\b"
    # "verify their ... direct-deposit account in advance by signing in to their online banking"
    r"|\b(?:sign|log)(?:ging|ing)?[- ]?in(?:to)? (?:to )?(?:your |their )?(?:online |internet )banking\b"
    r"|\b(?:bank(?:ing)?(?: ?app)?|itsme|maya app|gcash app|jazz ?cash app|easy ?paisa app|capitec app)\b[^.\n]{0,80}"
    r"\b(?:request|notification|prompt|sign-?in|verzoek|melding|versoek)\b[^.\n]{0,80}\b(?:approv|confirm|accept|tap"
    r"|bevestig|goedkeur|keur|aanvaar)\w*"
    r"|\b(?:approv|confirm|accept)\w* (?:karein|karen|kar dein|karna)\b[^.\n]{0,40}\b(?:request)\b"
    r"|\b(?:\w+[- ]digit|zescijferige|sessyfer\w*|confirmation|verification|one-?time|eenmalige|bevestigings)\s?(?:code|pin|kode)\b"
    r"[^.\n]{0,60}\b(?:your|je|jou|jouw|mo|ng) bank\b"
    r"|\b(?:your|je|jou|jouw) bank\b[^.\n]{0,30}\b(?:texts?|sends?|stuurt|stuur)\b[^.\n]{0,30}\b(?:code|pin|kode)\b"
    # "een bevestigingsverzoek in je itsme-app ... Bevestig dat verzoek", "Keur die melding goed", "request sa Maya app
    # mo ... I-approve mo lang ito", "toegang tot je rekening te geven"
    r"|\bitsme\b[^\n]{0,150}?\bbevestig\w*|\bzescijferige code\b[^.\n]{0,80}\b(?:door|terug)\b|\bkeur\b[^.\n]{0,20}\bmelding goed\b"
    r"|\btoegang tot (?:je|jouw) (?:bank)?rekening\b|\b(?:maya|gcash|bank) app mo\b[^\n]{0,150}?\bi-?approve\b"
    # "read out the six-digit number that appears next", "log in to your net banking while the session stays open",
    # "verification code ... GCash mo ... basahin", "jo code SMS par aaye", "'n eenmalige PIN ... voorlees"
    r"|\b(?:six|6|four|4)[- ]digit number\b|\blog\w* in to your net ?banking\b|\bnet ?banking\b[^.\n]{0,60}\b(?:session|screen)\b"
    r"|\bverification code\b[^.\n]{0,60}\b(?:gcash|maya|bank) mo\b|\bcode sms (?:par|pe) aaye\b|\beenmalige (?:pin|kode|otp)\b"
    # The request named before the app: "een melding in je bankapp, die druk je op 'Bevestigen'", "'n boodskap op jou
    # bankapp kry – tik op 'Aanvaar'"; the code sent back: "de zescijferige code ... stuur je mij hier terug"
    r"|\b(?:request|notification|prompt|verzoek|melding|versoek|kennisgewing|boodskap|message)\b[^.\n]{0,40}"
    r"\b(?:bank ?app|banking app|itsme)\b[^.\n]{0,80}\b(?:approv|confirm|accept|bevestig|goedkeur|aanvaar)\w*"
    # An approval in the seeker's bank or wallet app in any order of words: "approve it in your banking app"
    r"|\b(?:bank(?:ing)?|wallet|gcash|maya|jazz ?cash|easy ?paisa|capitec|itsme)[- ]?app\w*\b[^.\n]{0,100}"
    r"\b(?:approv|authori[sz]|allow|bevestig|goedkeur|aanvaar|toestaan)\w*"
    r"|\b(?:approv|authori[sz]|bevestig|goedkeur|aanvaar)\w*\b[^.\n]{0,100}\b(?:bank(?:ing)?|wallet|gcash|maya|jazz ?cash"
    r"|easy ?paisa|capitec)[- ]?app\b"
    r"|\b(?:\d|six|four)[- ]digit (?:otp|pin)\b[^.\n]{0,60}\b(?:basahin|sabihin|ibigay|read|send|forward|share)\w*"
    r"|\b(?:otp|code)\b[^.\n]{0,30}\bgaling sa (?:bank|gcash|maya) mo\b"
    r"|\bkode wat (?:daarna |dan )?op jou (?:skerm|foon) verskyn\b"
    # Online banking opened while someone watches: "you sign in to your online banking while sharing your screen"
    r"|\b(?:online|internet|mobile) ?banking\b[^.\n]{0,60}\b(?:shar\w* (?:your|the) screen|screen[- ]?shar\w*)"
    r"|\bscreen[- ]?shar\w*\b[^.\n]{0,60}\b(?:online|internet|net) ?banking\b"
    # A photo of both sides of the seeker's bank card: "foto van de voor- en achterkant van je bankpas", "picture ng
    # harap at likod ng debit card mo", "apne ATM/debit card ki dono taraf ki photo"
    rf"|\b{BOTH_SIDES}\b[^.\n]{{0,40}}\b{BANK_CARD}|\b{BANK_CARD}[^.\n]{{0,40}}\b{BOTH_SIDES}\b",
    split=True,
)
# What no employer needs at any stage, even after a signed contract: the keys to the seeker's bank ("Online banking
# password", "answers to your security questions", a one-time code). Asked for at all, it is a fraud signal.
BANK_CREDENTIALS = re.compile(
    r"\b(?:online |internet |net ?)?bank(?:ing)? (?:password|passcode|pin|username|user ?name|user ?id|login|log-in|credentials)\b"
    r"|\bonline banking (?:username|user ?name|password|login|credentials)\b|\banswers? to (?:your )?security questions?\b"
    r"|\b(?:otp|one[- ]time (?:code|pin|password|passcode))\b|\binternetbank\w* (?:wagwoord|gebruikersnaam)\b"
    r"|\baccount (?:ka|ki|ke) (?:login|password|pin)\b"  # Roman Urdu: "CNIC copy aur account ka login chahiye"
    r"|\bwachtwoord van (?:je|jouw|uw) bank\b|\beenmalige (?:pin|kode|wagwoord)\b",
    I,
)
# A bank login asked beside other papers (not a one-time code, which a real onboarding portal may send).
BANKING_LOGIN = re.compile(
    r"\b(?:online |internet |net ?)?bank(?:ing)? (?:password|passcode|pin|username|user ?name|user ?id|login|log-in|credentials)\b",
    I,
)
# Details that belong to the people the work is about, not to the seeker.
SOMEONE_ELSES = re.compile(
    r"\b(?:their|his|her)\b|\b(?:customer|caller|client|patient|member|policyholder|borrower|debtor)(?:'s|s')", I
)
# "Review customers' uploaded ID documents": whose the documents are comes just before the match.
SOMEONE_ELSES_BEFORE = re.compile(
    r"\b(?:customers?|callers?|clients?|members?|patients?|users?|applicants?)(?:'s|s'|')\s*\Z", I
)
# Two or more of these in one sentence is a request for them, whatever the verb ("full name, date of birth, SSN").
SENSITIVE_RE = ci(rf"\b(?:{SENSITIVE})")
YOUR_DETAILS = re.compile(
    r"\byour\b|\bform\b|\bfields\b|\bapplication\b|\bapply\b|:\s*$|\bwith:|\bje\b|\bjou\b|\bmo\b|\baap\b|\bapna\b|\bng:"
    r"|\bkayo\b|\bninyo\b|\bnyo\b|\biyong\b|\binyong\b|\bapni\b|\buw\b|\bformulier\b",
    I,
)
# A form to fill in: a line that is a field label for one of these ("Social Security Number ____",
# "Bank routing and account number:", "Driver's license (front and back, upload):").
# A numbered item may end its number with the Urdu full stop: "1۔ شناختی کارڈ کی تصویر (دونوں طرف)".
FORM_FIELD_BULLET = re.compile(
    rf"^[^\S\n]*(?:>[^\S\n]*)*(?:[•▪●·*☐□✅✔☑-]|\d{{1,2}}[.)۔])[^\S\n]*[^\n]{{0,40}}?\b(?:{SENSITIVE}|driver'?s licen[cs]e)[^\n]{{0,120}}$",
    I | re.M,
)
FORM_FIELD = re.compile(
    rf"^[^\S\n]*[^\n:_]{{0,30}}?\b(?:{SENSITIVE}|driver'?s licen[cs]e)[^\n:_]{{0,50}}(?::|_{{2,}}+)[^\S\n]*+_*+[^\S\n]*+$",
    I | re.M,
)
# A form's field alone on its line, as a form copied from a page reads ("Date of birth", "Social Security
# Number (needed for pre-screening)").
# A word or two may come first and a purpose after ("Full name and date of birth", "Bank routing and account number
# for payroll setup", "Driver's license (front and back)").
FORM_FIELD_LINE = re.compile(
    rf"^[^\S\n]*(?:(?:full|legal|your|ur)\s+)?(?:[A-Za-z']+(?:\s+and)?\s+){{0,2}}?(?:{SENSITIVE}|driver'?s licen[cs]e)"
    r"[^\S\n]*(?:\([^)\n]{0,80}\)|for [^\n.!?]{0,30})?[^\S\n]*\*?[^\S\n]*$",
    I | re.M,
)
# The offer waits for the data: "To generate your offer letter, HR requires ...", "before the hiring manager can send
# the offer", "Once received, your offer letter will be issued".
OFFER_WAITS = re.compile(
    # Roman Urdu: "Offer letter banane ke liye ye bhejein:" (to make the offer letter, send these)
    r"\boffer letter (?:banane|tayyar karne|jaari karne|issue karne|generate karne) ke liye\b|"
    r"\boffer letter will (?:follow|be sent|come|be issued) (?:after|once|when)\b|"
    # "For generation of your offer letter, kindly email scanned copies of your Aadhaar card, PAN card, ..."
    r"\bfor (?:the )?(?:generation|generating|preparation|preparing|processing|release|issuance|issuing) of (?:your |the )?"
    r"(?:offer|appointment|joining) letter\b|"
    # "Before I can send over the offer letter I'll need your SIN"
    r"\bbefore (?:i|we|they|hr|the hiring (?:manager|team)) can (?:send|issue|release|share)(?: over| out| you)? (?:the |your |an? )?(?:job )?offer\b|"
    r"\bto proceed with (?:your |the )?(?:job )?offer(?: letter)?(?: (?:generation|processing|release))?\b|"
    # "Next step is our pre-offer screening: upload your SIN ... and the offer letter follows once those are verified"
    r"\boffer(?: letter)? (?:follows|comes|is sent|is issued|arrives) (?:\w+ ){0,2}?(?:after|once|when)\b|\bpre-?offer\b|"
    r"\bto (?:generate|issue|prepare|release|process|send|draft|receive|get) (?:your |the )?(?:formal |written |official |final )?"
    r"(?:job )?offer(?: letter)?\b"
    # "Offer letters are generated automatically once the portal shows 100%"
    r"|\boffer(?: letter)?s? (?:are|is|will be|gets?) (?:\w+ )?(?:generated|issued|sent|released|prepared|drafted) (?:\w+ )?"
    r"(?:once|after|when)\b"
    r"|\b(?:before|so) (?:we|the hiring manager|hr|they|i) can (?:send|issue|release|prepare|generate|draft) (?:you )?(?:your |ur |the )?(?:job )?offer"
    r"|\bbefore (?:your|the|an?) (?:job )?offer(?: letter)? can be (?:generated|issued|sent|released|prepared|drafted)\b"
    r"|\bonce (?:received|we receive \w+),? (?:your |the )?offer"
    # ... or the interview waits for it: "Once received we will schedule your interview"
    r"|\bonce (?:received|we (?:receive|have) (?:them|these|this|it|your \w+)),? (?:we|i|hr)(?:'ll| will| can) "
    r"(?:schedule|book|arrange|set up) (?:your |an |the )?(?:\w+ )?interview\b"
    # Dutch: "voordat uw arbeidscontract kan worden opgesteld", "Na ontvangst krijgt u het contract"
    r"|\bvoordat (?:je|uw|jouw) (?:arbeids)?contract (?:kan worden|wordt) (?:opgesteld|gemaakt|verstuurd)\b"
    r"|\bna ontvangst krijg\w* (?:u|je|jij) (?:het|je|uw) (?:arbeids)?contract\b"
    # "Bago po namin i-prepare ang contract", "Offer letter is ke baad issue hoga"
    r"|\bbago (?:po )?(?:namin |ko )?(?:i-?)?(?:prepare|send|issue|ipadala|gawin)\w* (?:po )?(?:ang |ng )?(?:job )?"
    r"(?:contract|kontrata|offer)|\boffer letter (?:is|iss|us|usi|isi) ke baad\b"
    # "Applications without banking information will not be reviewed."
    r"|\b(?:applications?|candidates?|applicants?) without\b[^.;\n]{0,40}\b(?:will|can)(?: not|not|'t) be (?:reviewed|considered|interviewed)",
    I,
)
# The application itself asks for the data: "the application form asks for your Social Security number".
APPLICATION_ASKS = re.compile(
    r"\bapplication(?: form)? (?:asks|requires|needs|requests|collects) (?:for )?(?:your|the|a)\b", I
)
# A list headed as what an application must hold ("Application checklist:\n1) resume ... 3) voided check or bank
# routing + account number"): what it lists is asked before any interview, whatever purpose it gives.
APPLICATION_LIST = re.compile(
    r"\bapplication (?:checklist|requirements|packet|package)\b|\bto apply\b|\bapply with\b|\bwith your application\b"
    r"|\bto be considered\b|\bapplications? (?:must|should) (?:include|contain|have)\b",
    I,
)
# The contract is signed already: what the message asks for now is new-hire paperwork.
SIGNED_ALREADY = re.compile(
    ACCEPTED_OFFER_WORDS
    + r"|\b(?:arbeids)?(?:contract|overeenkomst) (?:hebt |heeft |is )?(?:al )?(?:getekend|ondertekend)\b"
    r"|\bthanks? (?:you )?for signing\b|\bcontract\b[^.;\n!]{0,30}\b(?:is|zijn) (?:getekend|ondertekend)\b"
    r"|\bnow that (?:you(?:'ve| have)|your (?:offer|contract) (?:is|has been)) signed\b|\b(?:after|upon|once) signing\b"
    r"|\b(?:your|the) (?:signed|accepted) (?:\w+ )?(?:offer|contract)\b|\b(?:je|jouw|uw) (?:getekende|ondertekende) (?:\w+ )?(?:arbeids)?(?:contract|overeenkomst)\b|\b(?:je|uw|jouw) (?:arbeids|uitzend)?(?:contract|overeenkomst) staat (?:voor je )?klaar\b"
    # "Ek het geteken", "noudat jy die aanbod geteken het"
    r"|\b(?:jou|u) (?:aanbodbrief|aanstellingsbrief|kontrak|aanbod) (?:onderteken|geteken) het\b"
    r"|\bek het (?:dit |die aanbod |die kontrak )?geteken\b|\bnoudat (?:jy|u) die (?:aanbod|kontrak) (?:geteken|onderteken) het\b"
    r"|\bdate of joining\s*:\s*\d|\byour (?:employment )?contract is ready\b|\bpinirmahan mong kontrata\b|\b(?:diens)?kontrak (?:is )?(?:onderteken|geteken) (?:het|is)\b"
    # "Nu je getekend hebt", "fijn dat je contract rond is", "Salamat sa pagpirma ng job offer mo"
    r"|\bnu (?:je|u|jij) (?:hebt |heeft )?(?:getekend|ondertekend)\b|\b(?:je|jouw|uw) contract (?:is )?rond\b"
    r"|\bsa pagpirma (?:mo )?ng (?:job offer|offer|kontrata|contract)\b"
    # "Aap ka contract dono taraf se sign ho chuka hai", "Attached ang copy ng signed contract mo"
    r"|\bcontract\b[^.\n]{0,30}\bsign ho (?:chuka|gaya)\b|\b(?:attached|enclosed)\b[^.\n]{0,30}\bsigned contract\b"
    # "So glad you accepted", "NOTICE — New Hire Task List"
    r"|\bglad you accepted\b|\bnew[- ]hire task(?:s| list)\b"
    # an onboarding checklist "For new hires who have SIGNED their offer letter"
    r"|\bwho (?:have|has|'ve) signed (?:their|your|the) (?:\w+ )?(?:offer|contract)\b"
    # "Congratulations on signing your contract", a portal's "Offer status: Accepted (signed 14 May)"
    r"|\bon signing (?:your|the) (?:\w+ )?(?:contract|offer|agreement)\b|\boffer status:?\s*(?:accepted|signed)\b"
    # "Aap ka signed offer letter hamein mil gaya hai", "Offer letter sign karne ka shukriya", "Top dat je contract
    # binnen is"
    r"|\bsigned offer(?: letter)? (?:hamein |humein |hume )?mil (?:gaya|gayi)\b|\boffer letter sign karne ka shukriya\b"
    r"|\b(?:je|jouw|uw) contract is binnen\b|\bcontract binnen is\b"
    r"|\bnatanggap na (?:namin|po namin) (?:ang |yung )?(?:signed|pirmadong) (?:contract|kontrata|job offer|offer)\b"
    r"|\b(?:jou|je|jouw|your) (?:aanbodbrief|aanbiedingsbrief|aanstellingsbrief|offer letter|job offer)(?:\s+(?:is|has been|was|nou|now|al|per e-?pos|by e-?mail)){1,3}\s+(?:gestuur|gestuurd|verstuurd|sent|e-?mailed|attached)\b"
    r"|\bna-?send na (?:namin |po )?(?:sa email mo )?ang (?:job offer|offer|JO)\b",
    I,
)
# "Reply with your SIN and a void cheque. We'll then schedule your interview.": asked for before the interview.
OFFER_NAMED = re.compile(r"\boffer|\bcontract|\bkontrak|\baanbod\b|\bovereenkomst", I)
REASSURED = re.compile(r"\b(?:nobody|no one|never|will not|won't)\b[^.\n]{0,40}\bask\b", I)
# A document the seeker must have, not one asked for: "Netherlands residents only, you need a Dutch BSN" (not "we need
# a copy of your ID").
NEED_TO_HAVE = re.compile(r"need (?:a|an) (?!(?:copy|copies|scan|photo|picture|selfie|screenshot)\b)", I)
YOU_BEFORE = re.compile(r"\byou(?:'ll| will| would)? \Z", I)
# An ID held up to the camera in a video interview is not handed over: "have a valid ID ready to show on camera (no
# need to send copies)", unless the sentence also asks for a copy.
SHOWN_ON_CAMERA = re.compile(r"\b(?:show|hold up|present)\w*\b[^.;\n]{0,30}\b(?:on|to the) (?:camera|video)\b", I)
COPY_SENT = re.compile(
    r"(?<!no need to )(?<!do not )(?<!don't )(?<!never )\b(?:send|upload|e-?mail|scan|photo|picture|copy)\w*\b", I
)
# A denial inside a duty's own words, or the one Afrikaans and Urdu put after it.
NEGATED_WITHIN = re.compile(r"\b(?:never|nooit|nie|nahi|nahin|geen|walang|hindi)\b", I)
DENIED_AFTER = re.compile(r"[^.;\n]{0,20}?\b(?:nahi|nahin|nie)\b", I)
# "hum kabhi aap ko koi cheque deposit karwa ke paisay aage bhejne ko nahi kehte": "kabhi ... nahi" (never) around it
NEVER_BEFORE = re.compile(r"\bkabhi\b(?! kabhi)", I)
NEVER_DENIED_AFTER = re.compile(r"[^.;\n]{0,60}?\b(?:nahi|nahin)\b", I)
OFFER_OR_HIRED = re.compile(r"\boffer|\bhired\b|\bonce you (?:start|join)\b", I)
THEN_INTERVIEW = re.compile(
    r"\b(?:then|after that|afterwards|next|once (?:received|we receive (?:it|them|these))|once you(?:'re| are))\b[^.;\n]{0,30}\b(?:schedule|book|set up|arrange)\b[^.;\n]{0,30}\binterview"
    r"|\binterview (?:will be|is|gets) (?:scheduled|booked|arranged|set) (?:only )?after (?:the )?(?:document|documents|doc|kyc) verification\b"
    # "Once verified, you will be able to choose an interview time"
    r"|\bonce (?:verified|approved|cleared|confirmed|validated)\b[^.;\n]{0,40}\b(?:choose|pick|select|book|schedule)\b[^.;\n]{0,20}"
    r"\binterview"
    # numbered steps: "Step 2: complete our pre-onboarding form ... Step 3: A recruiter will contact you to schedule
    # your interview"
    r"|\bstep \d(?: of \d)?\s?:[^.;\n]{0,60}\b(?:schedule|book|set up|arrange)\b[^.;\n]{0,30}\binterview",
    I,
)
BEFORE_INTERVIEW = re.compile(
    r"\bbefore (?:we can |you can |we )?(?:schedule |book |set up |arrange )?(?:your |the |an |any )?(?:phone |video |virtual |online |first |final )?interview"
    r"|\bbago (?:ang |mag-?)?(?:final )?interview|\binterview se pehle\b|\binterview (?:schedule |fix |set )?(?:karne|hone) se pehle\b|\bvoor (?:het|je) (?:sollicitatie)?gesprek"
    r"|انٹرویو (?:کال )?سے پہلے|\bv[oó]{2}r die onderhoud\b|\bv[oó]{2}r (?:het|je|uw) (?:eerste |volgende )?gesprek\b"
    # "Na ontvangst nemen wij contact op om een gesprek in te plannen": the data come before the interview
    r"|\bna ontvangst\b[^.;\n]{0,50}\b(?:gesprek|interview|onderhoud)\b|\bvoor ons (?:die |jou )?onderhoud\b"
    r"|\bvoordat ons (?:jou |u )?(?:onderhoud|gesprek)\w*\b|\bvoor (?:jou|u) onderhoud\b"
    r"|\b(?:offer letter|offer|selection)\b[^.;\n]{0,20}\bse pehle\b"
    # "CNIC ki copy aur bank account number bhejein, phir apko offer letter milega", "then you'll get the offer"
    r"|\bphir (?:a+p ?ko |aap |tumhe |tumhein )?(?:\w+ )?offer(?: letter)? (?:mil|bhej|di|de)\w*"
    r"|\bthen (?:you(?:'ll| will) )?(?:get|receive) (?:your |the |an )?(?:job )?offer\b"
    # "before the phone screen", "Before we can submit you to the hiring manager for an interview"
    r"|\bbefore (?:the |your |ur |a |any )?(?:phone |video |first )?screen\b|\bbefore we (?:can )?submit you\b"
    r"|\bbefore we (?:can )?book your (?:screening |phone |first )?call\b|\bto be assigned an? interview\b"
    r"|\bto (?:schedule|book|set up) (?:your |an |the )?interview|\bwith your application|\bto (?:apply|get started)"
    r"|\bpre-?screening\b|\bconsidered for (?:an? |the )?interview|\bdaarna plannen (?:wij|we) een gesprek\b"
    r"|\bsodra ons (?:dit|hulle|alles) (?:het|ontvang)\b[^.;\n]{0,30}\bonderhoud\b|\bonderhoud\b[^.;\n]{0,30}\bsodra ons\b"
    r"|\bom (?:jou|u) aansoek te voltooi\b|\bto proceed with (?:your |the )?application\b|\binterview\w* (?:schedule |invite |link )?will be (?:sent|given|shared|scheduled) (?:once|after|when)\b"
    r"|\bto move (?:forward )?to the interview(?: stage)?\b|\bbefore any interview\b|\bbefore (?:the |your )?interview\b"
    # "So we can prepare your I-9 and payroll ahead of the interview, upload ...", "prior to your interview"
    r"|\b(?:ahead of|prior to) (?:the |your |an? |any )?(?:phone |video |first |final )?interview\b"
    r"|\bbefore the (?:first|next) (?:stage|round)\b|\bbefore (?:your |the )?(?:written |formal )?offer(?: letter)?\b"
    # "Gelieve ons ter voorbereiding van het gesprek een kopie van uw identiteitskaart ... te bezorgen"
    r"|\bter voorbereiding van (?:het|uw|je|ons) (?:\w+)?gesprek\b"
    r"|\bto (?:generate|issue|prepare|release|draft|process) (?:your |the |an )?(?:job )?offer(?: letter)?\b|\bv[oó]{2}r (?:het|je|uw) (?:kennismakings|sollicitatie|video)gesprek\b"
    r"|\bv[oó]{2}r (?:ik|we|wij) (?:je|u) (?:\w+ ){0,4}?(?:kan |kunnen )?(?:voordragen|voorstellen|uitnodigen|inplannen)\b"
    # asked in the application itself: "Please complete the application form linked below with:", "Applications
    # without these details will not be processed"
    r"|\b(?:complete|fill (?:in|out)|submit)\w* (?:the |our |this |your )?(?:online )?application(?: form)?\b"
    r"|\bapplications? (?:without|missing|lacking) (?:these|this|the|those|any)\b"
    # "When you apply you will be asked to complete our secure onboarding profile, which includes your SSN ..."
    r"|\b(?:when|as) you apply\b|\bbefore (?:candidates|applicants|you) (?:are|is) (?:scheduled|invited|booked)\b",
    I,
)
AFTER_OFFER = re.compile(
    r"after (?:a |an |the |your )?(?:conditional |written |formal |signed |job )*offer|once (?:you are |you're )?hired"
    r"|upon hire|(?:on|during) your first day|on your joining day|\bsodra (?:die|jou) \w*kontrak geteken is\b"
    r"|\bn[aá] (?:jy|u) die (?:aanbod|aanbodbrief|kontrak) (?:geteken|onderteken) het\b"
    r"|\bpagkatapos (?:mong |ninyong |nyong )?(?:pirmahan|mapirmahan|ma-?sign) ang (?:kontrata|contract|job offer|offer)\b|during onboarding|after you(?:'ve| have)? (?:accept|are hired|sign)|new[- ]hire paperwork"
    r"|\bI-9\b|\bW-4\b|direct deposit form|payroll set ?up|offer letter|\bpagka-?pirma\b"
    # "We will ask for your ID and bank details only when you sign your contract."
    r"|\b(?:when|once|after|as soon as) you sign (?:your |the )?(?:employment |job )?(?:contract|offer|agreement)\b"
    r"|\bhet (?:tekenen|ondertekenen) van (?:je|jouw|uw|de) (?:arbeids)?(?:overeenkomst|contract)\b"
    r"|\b(?:kapag|pag|pagka) na-?(?:sign|pirma\w*) (?:mo|nyo|ninyo) na\b"
    r"|\b(?:moment dat|wanneer|als|zodra) (?:je|jij|u) (?:je |het |uw |de )?(?:arbeids)?(?:contract|overeenkomst) (?:tekent|ondertekent)\b"
    r"|\b(?:receive|get|sign|return) (?:a |the |your )?(?:written |signed )?(?:contract|offer)(?: letter)?,? (?:and )?then\b"
    # Dutch, Afrikaans, Tagalog, Urdu: "pas ná ondertekening van je contract", "nadat jy die kontrak teken",
    # "pagkatapos mong pirmahan ang offer", "offer letter sign karne ke baad"
    r"|\bn[aá] (?:de |het )?ondertekening\b|\bna (?:het )?tekenen\b|\bnadat je (?:je |het |de )?(?:arbeids)?(?:contract|overeenkomst)\b|\bna indiensttreding\b"
    r"|\bnadat (?:jy|u) (?:die |jou |ons )?(?:\w+ )?(?:kontrak|aanbod|aanstellingsbrief)\b|\bbij het (?:opstellen|ondertekenen|tekenen) van (?:je|jouw|uw|de) (?:arbeids)?(?:overeenkomst|contract)\b"
    r"|\bafter (?:the )?joining formalities\b|\bonly after (?:you )?join|\bpagkatapos (?:lang |na )?(?:ng|mo|mong) (?:\w+ ){0,2}(?:pirma|sign\w*|offer|jo)\b|\bpre-?employment requirements\b"
    r"|\b(?:sign|joining|offer)\b[^.;\n]{0,30}\bke baad\b"
    r"|\bnou ?dat (?:jy|u) (?:die |jou )?(?:kontrak|aanbod)\b|\bnu (?:je|jij|u) (?:je |het )?(?:contract|aanbod)\b"
    r"|\bnow that you(?:'ve| have)? (?:signed|accepted)\b|\bonce you(?:'ve| have)? (?:signed|accepted)\b"
    r"|\b(?:once|after|when) (?:it(?:'s| is) |the contract is |your contract is |the offer is )?signed\b"
    r"|\bna (?:je|jouw|uw) handtekening\b|\bafter (?:mo |nyo |ninyo )?(?:pumirma|mag-?sign|ma-?sign|i-?sign)\w*"
    # "Ná jou aanstellingsbrief ...", "Ná 'n skriftelike aanbod laai jy jou ID ... op", "na het schriftelijke aanbod"
    r"|\bn[aá] (?:jou |'n |’n |die |je |een |het |uw )?(?:skriftelike |geskrewe |schriftelijke |getekende |ondertekende )?"
    r"(?:aanbod|aanstellingsbrief|aanstelling|kontrak|arbeidsovereenkomst|contract)\b",
    I,
)
TO_LINE = re.compile(r"[ \t>]*(?:to|cc|aan)[ \t]*:", I)
EMAIL = re.compile(r"\b[A-Za-z0-9._%+-]{1,64}@(?:[A-Za-z0-9-]{1,63}\.){1,8}[A-Za-z]{2,24}\b")
# "Urgent hiring" is the employer's hurry, not pressure on the seeker: only wording that rushes the seeker counts.
URGENCY = ci(
    r"\burgent(?:ly)? (?:apply|respond|reply|send|pay|decide|register)\b|\bimmediate starts?\b|\bstart (?:today|immediately|right away|tomorrow|asap)\b"
    r"|\blimited (?:number of )?(?:spots|positions|slots|seats|openings|places|vacancies)\b"
    r"|\b(?:spots|positions|slots|seats|openings|places|vacancies) are (?:very |strictly )?limited\b"
    r"|\bonly (?:\d+|a few) (?:spots|positions|slots|seats|openings|places)(?: left| remaining| available)?\b|\bact (?:now|fast|quickly)\b"
    r"|\brespond within \d+ (?:hours|minutes)\b|\bfirst[- ]come,? first[- ]serve\w*|\b(?:spots|positions) (?:are )?fill\w* (?:up )?fast\b"
    r"|\btoday only\b|\bASAP\b|\bdon'?t miss (?:out|this)\b|\bbefore (?:it'?s|its) too late\b|\bdeadline (?:is )?today\b"
    r"|\boffer expires (?:today|tonight|tomorrow|in \d+ (?:hours|minutes))\b"
)
# "Urgent" and "ASAP" about the work itself ("handle urgent customer requests", "reply to callers ASAP") rush no one.
WORK_OBJECT = (
    r"(?:customer|client|caller|patient|member|guest|ticket|request|issue|complaint|escalation|case|order|call|care"
    r"|matter|problem|situation|repair|question|billing|technical|medical)s?\b"
)
URGENT_WORK_AFTER = re.compile(r"\s+" + WORK_OBJECT, I)  # matched right after "urgent"
URGENT_WORK_BEFORE = re.compile(r"\b" + WORK_OBJECT, I)  # searched in the words before "ASAP"
# The employer promising its own speed ("we respond within 24 hours") is service, not pressure.
EMPLOYER_PROMISE = re.compile(
    r"\b(?:we|i|our (?:team|recruiters?))(?:'ll| will| usually| typically| always| aim to| try to)*\s*$", I
)
# A negation right before the phrase ("not urgent", "no need to start today", "you don't have to start today"),
# but not one about something else ("No experience needed, start today!").
NEGATED_BEFORE = re.compile(
    r"(?:\bno|\bnot|\bnever|n't)(?:\s+(?:need|needed|have|has|required|necessary|be|so|to|really|very|an?|in))*\s*$", I
)
# Wording that gives a person time: an explicit "no" to pressure. ("Apply by March 31" says neither.)
TIME_GIVEN = ci(
    r"\btake (?:your|all the|as much) time(?: you need)?(?= *(?:[.!,;]|$| to (?:decide|read|review|consider|think"
    r"|apply|look)| before| and (?:read|review|decide|think)))|\bno (?:rush|hurry)\b(?! hour)"
    r"|\bno pressure to (?:decide|accept|sign|commit|join|start)\b|\bat your own pace\b"
    r"|\b(?:a few|several|three|four|five|seven|ten|fourteen|[3-9]|\d\d) (?:business |working |full )?days to "
    r"(?:decide|consider|think|review|read|accept|respond|reply|sign)\b|\bno need to (?:decide|rush|hurry)\b"
)


# Hired with no interview: "No interview needed", "we don't do interviews", "hired on the spot".
NO_INTERVIEW = ci(
    r"\bno screening(?: call)?\b(?! fees?)|(?<!= )\bno (?:job |phone |formal )?interviews?(?: (?:is |are )?(?:needed|required|necessary))?\b(?! (?:are |is )?(?:done |held |conducted )?(?:via|by|over|through|on) (?:chat|text|sms|whats\s?app|telegram|messenger|dm)\b)|(?<!par )(?<!pe )\bkoi interview nahi\b|(?<!پر )(?<!پہ )کوئی انٹرویو نہیں|انٹرویو کی ضرورت نہیں"
    # not "never conduct interviews over text or chat apps": the chat interview is what they never hold
    r"|\b(?:do not|don't|never) (?:do|hold|need|require|conduct|run) (?:an? |any )?interviews?\b"
    r"(?! (?:via|by|over|through|on|in) (?:chat|text|sms|whats\s?app|telegram|messenger|dm|signal|e-?mail|writing)\b)|\bexempt from (?:the |any )?interviews?\b"
    # "Because of volume, we are not holding interviews for this role"
    r"|\b(?:are not|aren't|is not|isn't|will not be|won't be) (?:holding|doing|conducting|running|scheduling) (?:any )?interviews?\b"
    r"(?! (?:via|by|over|through|on|in) (?:chat|text|sms|whats\s?app|telegram|messenger|dm|person)\b)"
    r"|\bsollicitatiegesprek is (?:bij ons )?niet nodig\b|\b(?:sollicitatie)?gesprek (?:is )?ook niet\b"
    r"|\bwithout (?:an? |any )?(?:live |formal |phone |video )?interviews?\b|\binterviews? (?:is |are )?not (?:needed|required|necessary)\b"
    r"|\bhired (?:on the spot|instantly|immediately)\b|\binstant(?:ly)? hired?\b|\binterview[- ]free\b"
    r"|\bskip the interview\b|\binterviews? (?:are|is|has been|have been|will be) waived\b|\bwaive (?:the|your) interview\b|\bwalang interview\b|\bwala (?:na )?(?:pong |po |nang )?interview\b|(?<!par )(?<!pe )\bkoi interview nahi\b"
    r"|\bno (?:experience|cv|resume) or interviews? (?:needed|required|necessary)\b|\binterview (?:ki )?zaroorat nahi|(?<!phone )(?<!video )(?<!chat )(?<!pe )(?<!par )(?<!pe koi )(?<!par koi )\binterview nahi(?:n)? (?:hoga|hota|hogi|lenge|liya jayega)\b"
    r"|\bgeen (?:sollicitatie)?gesprek\b|\bzonder (?:sollicitatie(?:gesprek)?|gesprek)\b|\bgeen onderhoud\b"
    r"|\bsonder (?:'n )?onderhoud\b|\b(?:geen|g'n) (?:\w+ (?:of|en) )?onderhoud (?:nodig|nie)\b|\bbina interview\b|\bbaghair interview\b"
    # "geen ervaring of sollicitatiegesprek nodig", "Hindi na kailangan ng interview"
    r"|\bgeen (?:\w+ (?:of|en) )?sollicitatie(?:gesprek)? nodig\b|\bhindi (?:na )?(?:po )?kailangan (?:ng|ang|mag-?) ?interview\b",
    split=True,
)


# Earning from recruiting: "earn overrides on every agent you recruit", "$20 for every friend who joins".
RECRUITING_PAYS = ci(
    r"\bper nieuw(?:e)? (?:teamlid|lid|deelnemer|partner|adviseur|verkoper)\b|"
    r"ہر (?:نئے|نیا) ممبر|دوستوں کو جوائن|"
    # Binary and pairing plans: "Earn ₱500 per direct referral + ₱200 pairing bonus"
    r"\bpairing bonus\b|\bper direct referral\b|\bper recruit\b|\bfor every new (?:[\w-]+ ){0,2}(?:business owners?|members?|partners?|distributors?|affiliates?|recruits?) you (?:personally )?(?:enroll|enrol|recruit|sponsor|sign up|bring in)\b|\bdirect referral bonus\b|\bbinary (?:plan|system|bonus)\b|"
    # Roman Urdu: "5 logon ko join karwayein aur har ek se 1,000 rupay direct income"
    r"\b(?:logon|logo|afraad|dosto|doston|members?) ko join (?:karwa|karwain|karayein|karwayein|karao)\w*|"
    r"\b(?:earn|get|make|receive)\w*\b[^.;\n]{0,40}\b(?:for|on|from) (?:every|each|all) (?:\w+ )?(?:person|people|friend|member"
    r"|agent|recruit|referral|agency|partner|sign-?up)s? (?:you |they |who )?(?:recruit|refer|sponsor|sign|bring|join|invite|add)"
    r"|\bvoor (?:elke|iedere) nieuwe (?:adviseur|deelnemer|verkoper|agent|partner)\b[^.;\n]{0,30}\baanbreng\w*|\baanbrengpremie\b"
    r"|\b(?:aan|per) (?:elke|iedere) nieuwe (?:adviseur|deelnemer|verkoper|agent|partner)\b[^.;\n]{0,30}\baanbreng\w*"
    r"|\bsa bawat (?:ma-?)?invite\w*\b|\bbawat invite\b"
    r"|\boverrides?\b(?! authority)|\bdownline\b|\byour team'?s (?:sales|teams|earnings)|\bteam'?s teams\b|\bbuild (?:a|your) team\b"
    r"|\b(?:recruit|sponsor)\w* (?:new )?(?:agents|members|partners|people|others)\b[^.;\n]{0,30}\b(?:earn|commission|bonus)"
    # Afrikaans, Dutch, Tagalog, Urdu: "vir elke persoon wat jy inbring", "per persoon die je aanbrengt"
    r"|\b(?:vir|per|voor) (?:elke )?persoon (?:wat jy|die je|die u) (?:inbring|aanbreng|aanbrengt|werf|werft)\b"
    r"|\bvir elke nuwe (?:agent|lid|persoon|verkoper|verteenwoordiger) wat jy (?:inbring|werf)\b"
    r"|\bbawat (?:taong|tao na) (?:ma-?)?(?:recruit|i-?refer|isasama)\w*|\bhar (?:naye )?(?:member|banday|shakhs) (?:ko )?(?:laane|join)"
    # "your earnings grow with every teammate you sponsor", "har naye member ko network mein shamil karne par Rs 3,000 bonus"
    r"|\bevery (?:new )?(?:teammate|member|person|partner|recruit|agent)s? you (?:sponsor|recruit|refer|bring|sign)\b"
    r"|\b(?:naye|naya|nae) (?:member|shakhs|bande)\b[^.;\n]{0,40}\b(?:shamil|join|laane)\w*[^.;\n]{0,30}\bbonus\b"
)


# The get-rich pitch the FAQ warns against: earnings claims instead of a pay rate, easy money, your own boss.
HYPE = ci(
    r"\bearn (?:up to|as much as|over|more than) (?:US)?[$₱₹€£R]|\b(?:earn|make)\w* (?:US)?[$₱₹€£R]\s?[\d,]+\+? (?:or more )?"
    r"(?:a|per|every|each) (?:day|week)\b|\bunlimited (?:income|earnings?|earning potential|pay)\b|\bfinancial freedom\b"
    r"|\bbe your own boss\b|\beasy (?:money|cash|income)\b|\bquick (?:cash|money)\b|\$\$+|\bno experience\W+no problem"
    r"|\bwork (?:whenever|when(?:ever)? you want)\b|\bstart (?:earning|making money) (?:today|now|immediately)\b"
    r"|\b100% (?:legit|legitimate|guaranteed)\b|\bguaranteed (?:income|earnings|money)\b|\bget paid (?:daily|today)\b"
    r"|\bsame[- ]day pay\b|(?<!your )(?<!from )\bweekly pay(?:checks?)?\b(?! (?:by|via|through) (?:direct deposit|wise|payoneer|paypal))|\bpaid weekly\b(?! (?:by|via|through|into) (?:direct deposit|wise|payoneer|paypal|your bank))|\bextra (?:cash|income)\b|\bside (?:income|hustle)\b"
    r"|\bfrom the comfort of your (?:own )?home\b|\banyone can do (?:it|this)\b|\bno (?:investment|selling) (?:needed|required)\b"
    r"|\b(?:will|would|does) not (?:interfere|conflict) with your (?:present|current|other|day) job\b",
    split=True,
)


WEEKLY_PAY = re.compile(r"weekly pay|paid weekly", I)
# A worker's status beside "paid weekly": how often the pay comes, not a pitch ("- Independent contractor, paid weekly",
# a contractor's "Invoices are automatic through our portal, paid weekly")
EMPLOYED = re.compile(
    r"\bW-?2\b|\bemployee\b|\bstaffing agency\b|\bpayroll\b|\bpermanent\b|\bPAYE\b|\bindependent contractor\b"
    r"|\binvoices?\b",
    I,
)


def _one_channel_of_several(sentence: str) -> bool:
    """A chat app beside a company e-mail address, "or e-mail", or only for questions or details: one way to apply.
    A free-mail address beside it ("via hr.linda@gmail.com or on Google Hangouts") is the chat scam's own."""
    if CHAT_ONE_CHANNEL_UNLESS.search(sentence):
        return False
    for m in CHAT_ONE_CHANNEL.finditer(sentence):
        address = EMAIL.match(sentence, m.start()) if "@" in m.group() else None
        if address is None or not is_free_email_domain(address.group().rpartition("@")[2].lower().rstrip(".")):
            return True
    return False


# A check mailed to the seeker ("our finance department will mail you a cashier's check for $3,850") ...
MAILED_CHECK = ci(
    r"\b(?:mail|send|courier|ship|overnight|fedex)\w* you (?:a|the|our) (?:company |business |cashier'?s? |certified )?"
    r"(?:check|cheque)\b"
    # "Halvorsen Care Group will provide a check for $3,480 to set up your home office"
    r"|\b(?:provide|issue|give)\w* (?:you )?(?:with )?(?:a|the|our) (?:company |business |cashier'?s? |certified )?"
    r"(?:check|cheque) (?:for|of|worth)\b"
)
# ... and gear bought with it, in that sentence or the next ("Once it is deposited, you will purchase your workstation
# package from the vendor"): the fake-check scheme.
BOUGHT_WITH_IT = re.compile(
    r"\b(?:purchase|buy)\w* (?:your |the )?(?:[\w-]+ ){0,2}(?:equipment|workstation|laptop|computer|headset|gear)", I
)


# An item of a numbered or bulleted list, and the line that introduces the list ("... please return the following:").
LIST_ITEM_LINE = re.compile(r"[ \t]*(?:\d{1,2}[.)]|[-*•·▪●])[ \t]")
LIST_LINES_BACK = 12


def _list_heading(text: str, start: int) -> str:
    """The words that introduce the list `start` is an item of: the line before its first item when it ends with a
    colon, with the line before that when the heading was broken over two lines; "" when `start` is in no list."""
    line_start = text.rfind("\n", 0, start) + 1
    if not LIST_ITEM_LINE.match(text, line_start):
        return ""
    for _ in range(LIST_LINES_BACK):
        if line_start == 0:
            return ""
        previous = text.rfind("\n", 0, line_start - 1) + 1
        line = text[previous : line_start - 1]
        if not LIST_ITEM_LINE.match(line):
            if not line.rstrip().endswith(":"):
                return ""
            if line.lstrip()[:1].islower() and previous > 0:  # "please return\nthe following to ...:"
                previous = text.rfind("\n", 0, previous - 1) + 1
            return text[previous : line_start - 1]
        line_start = previous
    return ""


def _check_for_gear(scanner: Scanner, found: Collector) -> None:
    for m in scanner.find(MAILED_CHECK):
        if (
            scanner.negated(m.start(), 50)
            or FRAUD_NOTICE.search(scanner.sentence_warning_text(m.start()))
            or scanner.in_question(m.start())
        ):
            continue
        end = scanner.sentence(m.start())[1]
        if BOUGHT_WITH_IT.search(scanner.text, m.end(), end) or BOUGHT_WITH_IT.search(scanner.sentence_after(m.start())):
            found.answer("money_handling", "yes", m.start(), m.end())
            found.signal("check_deposit", m.start(), m.end())


def _money_passed_on(scanner: Scanner, found: Collector) -> None:
    """Money sent to the seeker that the seeker must send on: a money-handling duty in any words."""
    text = scanner.text
    for m in scanner.find(MONEY_REACHES_YOU):
        sentence = scanner.sentence_text(m.start())
        if (
            SEEKERS_OWN_PAY.search(sentence)  # "your pay is deposited to your account": wages, not money to pass on
            or scanner.negated(m.start(), 50)
            or FRAUD_NOTICE.search(scanner.sentence_warning_text(m.start()))
        ):
            continue
        paragraph_end = text.find("\n\n", m.end())
        end = min(m.end() + PASSED_ON_WITHIN, len(text) if paragraph_end < 0 else paragraph_end)
        if passed := PASSED_ON.search(text, m.start(), end):
            found.answer("money_handling", "yes", m.start(), passed.end())
            found.signal("check_deposit", m.start(), passed.end())
            return


def _bank_access(scanner: Scanner, found: Collector) -> None:
    """Access to the seeker's bank or wallet handed over (an app request approved, the bank's code read out): a
    fraud signal at any stage, as BANK_CREDENTIALS is."""
    for m in scanner.find(BANK_ACCESS):
        sentence = scanner.sentence_text(m.start())
        if (
            scanner.negated(m.start(), 80)
            or REASSURED.search(sentence)
            or FRAUD_WARNING.search(scanner.sentence_warning_text(m.start()))
            or scanner.in_question(m.start())
        ):
            continue
        found.answer("personal_data_early", "yes", m.start(), m.end())
        return


# The seeker's own account, app, wallet or card, and money or a code moving through it in the same sentence or the
# next: a careful offer's one fraud step in words no list knows ("the nominated account you hold ... reconciled and
# handed on", "approve what your wallet shows"). No verdict of fraud: a question before going on.
SEEKERS_FINANCE = ci(
    r"\b(?:your|je|jou|jouw|mo|aap ke|apne|apna|own|personal|eigen|eie|sariling)\b[^.\n]{0,25}?\b(?:account|bank\w*|app|wallet"
    r"|card|iban|gcash|maya|upi(?: id)?|payid|cash ?app|venmo|paypal|\w*rekening|jazz ?cash|easy ?paisa|capitec)\b"
)
MONEY_FLOWS = re.compile(
    r"\b(?:transfer\w*|send|sent|remit\w*|forward\w*|settle\w*|pay (?:it|them|the|our|to)|return (?:it|them|the)|approv\w*"
    r"|read (?:out|back)|voorlezen|doorgeven|door naar|over naar|overmaken|oorbetaal|aanstuur|ipasa|i-?send|i-?remit|bhej\w*)\b",
    I,
)
# A sentence that denies what it names: "we will never ask you to ...", "niks", "koi ... nahi".
NEVER_SAID = re.compile(rf"{NEGATED_WITHIN.pattern}|\b(?:kabhi|not|no one|nobody|won't|nothing|niks|niets)\b", I)
# Set up for the seeker's own pay or the work's own tools, not for anyone else's money; or the account checked with
# two small test deposits ("Gusto may send two small deposits to confirm it").
FOR_PAYROLL_OR_WORK = re.compile(
    r"\bpayroll\b|\bwork (?:account|phone|laptop)\b|\bfor (?:your )?pay\b|\bloonadministratie\b|\bsalarisadministratie\b"
    rf"|{MICRO_DEPOSITS.pattern}",
    I,
)


def _money_through_your_account(scanner: Scanner, found: Collector) -> None:
    """The seeker's own account, app, wallet or card with money or a code moving through it: a question to ask."""
    for m in scanner.find(SEEKERS_FINANCE):
        sentence = scanner.sentence_text(m.start())
        if (
            SEEKERS_OWN_PAY.search(sentence)
            or NEVER_SAID.search(sentence)
            or REASSURED.search(sentence)
            or FOR_PAYROLL_OR_WORK.search(sentence)
            # "... enter your W-4 and direct deposit details. When you add your bank account, Gusto may send two small
            # deposits to confirm it": the sentence before says what the account is for
            or SEEKERS_OWN_PAY.search(scanner.sentence_before(m.start()))
        ):
            continue
        if (
            FRAUD_WARNING.search(scanner.sentence_warning_text(m.start()))
            or scanner.in_question(m.start())
            or scanner.negated(m.start(), 40)  # "Please don't send personal or bank info by text"
        ):
            continue
        if MONEY_FLOWS.search(sentence + " " + scanner.sentence_after(m.start())):
            found.answer("money_mentioned", "yes", m.start(), m.end())
            return


def _money_mentioned(scanner: Scanner, found: Collector) -> None:
    """Money apps, transfers, gift cards, crypto or bank codes named with no clear purpose: a question to ask."""
    text = scanner.text
    for m in scanner.find(MONEY_MENTIONED):
        sentence = scanner.sentence_text(m.start())
        if (
            scanner.negated(m.start(), 80)  # "hindi kami humihingi ng anumang bayad, GCash transfer, o OTP"
            or FRAUD_WARNING.search(scanner.sentence_warning_text(m.start()))
            or ABOUT_CUSTOMERS.search(sentence)
            or SEEKERS_OWN_PAY.search(sentence)
            # "after you accept a written offer we ... ask for your IRD number and bank account number for payroll"
            or (
                FOR_PAYROLL_OR_WORK.search(sentence)
                and AFTER_OFFER.search(sentence)
                and not BANK_CREDENTIALS.search(m.group())
            )
            or NOT_ASKED.search(sentence)
            or PAID_THROUGH.search(text, max(0, m.start() - 60), m.start())
            or REWARD_BEFORE.search(text, max(0, m.start() - 60), m.start())
            or REWARD_AFTER.match(text, m.end())
            or (m.group().lower() == "inloggegevens" and LOGIN_GIVEN.search(sentence))
        ):
            continue
        found.answer("money_mentioned", "yes", m.start(), m.end())
        return


def extract_signals(scanner: Scanner, found: Collector) -> None:
    for m in scanner.find(HYPE):
        if WEEKLY_PAY.match(m.group()) and EMPLOYED.search(scanner.sentence_text(m.start())):
            continue  # "W-2 employee, paid weekly", "(you're our employee, paid weekly)": payroll, not a pitch
        # ("We never interview by text or ask for $$": the money asked for, denied further back)
        if not scanner.negated(m.start(), 45 if m.group().startswith("$$") else 20):
            found.answer("hype_pitch", "yes", m.start(), m.end())
            found.signal("hype", m.start(), m.end(), m.group())
    for m in scanner.find(RECRUITING_PAYS):
        if not scanner.negated(m.start(), 30) and not FRAUD_WARNING.search(scanner.sentence_warning_text(m.start())):
            found.answer("recruiting_pays", "yes", m.start(), m.end())
    for m in scanner.find(NO_INTERVIEW):
        found.answer("interview_skipped", "yes", m.start(), m.end())
    proper_interviews = [
        m
        for m in scanner.find(PROPER_INTERVIEW)
        if not scanner.negated(m.start(), 30) and not NOT_NEEDED_AFTER.match(scanner.text, m.end())
    ]
    denied_until = -1  # the end of the last chat app a negation denied: "never on Telegram, WhatsApp or Messenger"
    denied = False  # a chat interview said not to happen, anywhere in the message
    asked_about = []  # chat apps in a question of the seeker's ("... aur WhatsApp pe interview hoga?")
    for m in scanner.find(CHAT_APP):
        just_before = max(0, m.start() - 3), m.start()
        if (
            SPEAKER_LABEL_AFTER.match(scanner.text, m.end())
            or (scanner.text.startswith("]", m.end()) and APP_LINE_LABEL.search(scanner.text, *just_before))
            or (APP_HEADING_AFTER.match(scanner.text, m.end()) and LINE_START.search(scanner.text, *just_before))
        ):
            continue  # "HR (Viber): Wala po kayong babayaran": where a pasted thread's message was sent, not how they hire
        sentence = scanner.sentence_text(m.start())
        listed_after_denied = denied_until >= 0 and LIST_SEPARATOR.fullmatch(scanner.text, denied_until, m.start())
        never = NEVER_BEFORE.search(scanner.before_in_clause(m.start(), 60)) and NEVER_DENIED_AFTER.match(
            scanner.text, m.end()
        )  # "Hum kabhi WhatsApp pe interview ya kisi qisam ki fee nahi letay": "kabhi ... nahi" is never
        if scanner.negated(m.start(), 50) or NEGATED_AFTER.match(scanner.text, m.end()) or listed_after_denied or never:
            found.answer("chat_app_interview", "no", m.start(), m.end())
            denied_until, denied = m.end(), True
            continue
        if FRAUD_WARNING.search(scanner.sentence_warning_text(m.start())):  # "... on Telegram is not from us"
            found.answer("chat_app_interview", "no", m.start(), m.end())
            denied = True
            continue
        if CHAT_IS_WORK.search(sentence) or not CHAT_HIRING.search(sentence):
            continue
        if NO_CHAT_INTERVIEW.search(sentence):
            found.answer("chat_app_interview", "no", m.start(), m.end())
            denied = True
            continue
        if _one_channel_of_several(sentence):
            found.signal("chat_app", m.start(), m.end(), m.group())
            continue
        # A chat app as one way to send a CV or ask questions, where the interview itself is by phone, video or
        # in person ("CV on WhatsApp; interview in our office"), is no chat-only hiring.
        s_start, s_end = scanner.sentence(m.start())
        if proper_interviews and (
            any(s_start <= p.start() < s_end for p in proper_interviews)
            or INTERVIEW_WORD.search(sentence) is None
            or CHAT_FOR_SCHEDULING.search(sentence)
        ):
            found.signal("chat_app", m.start(), m.end(), m.group())
            continue
        if scanner.in_question(m.start()) and FLAT_NO.match(scanner.text, scanner.sentence(m.start())[1]):
            # an FAQ's "Will you contact me on WhatsApp? No. All contact comes from ..." (not "No video needed")
            found.answer("chat_app_interview", "no", m.start(), m.end())
            denied = True
            continue
        if scanner.in_question(m.start()) and not REQUEST_QUESTION.match(sentence.lstrip()):
            asked_about.append(m)
            continue
        found.answer("chat_app_interview", "yes", m.start(), m.end())
        found.signal("chat_app", m.start(), m.end(), m.group())
    # A question about a chat interview that the thread denies elsewhere ("Interview WhatsApp pe nahi hota") asks;
    # undenied, it is read as said (a recruiter's "Are you free for a Telegram interview at 3?")
    for m in asked_about if not denied else ():
        found.answer("chat_app_interview", "yes", m.start(), m.end())
        found.signal("chat_app", m.start(), m.end(), m.group())
    typed = [
        m
        for m in scanner.find(TYPED_ANSWERS)
        if TYPED_ANSWERS_ABOUT.search(scanner.text, max(0, m.start() - TYPED_ANSWERS_WITHIN), m.start())
    ]
    for m in chain(scanner.find(TEXT_ONLY_HIRING), typed):
        if scanner.in_question(m.start()) and not REQUEST_QUESTION.match(scanner.sentence_text(m.start()).lstrip()):
            continue  # "Q: Do you interview by chat? A: No, all interviews are live video calls"
        s_start, s_end = scanner.sentence(m.start())
        if CHAT_FOR_SCHEDULING.search(m.group()) and any(
            s_start <= p.start() < s_end + SCHEDULING_REACH for p in proper_interviews
        ):
            continue  # "receive a Zoom interview schedule by SMS", "Interview slots are booked by SMS; the interview
            # itself is a video call": the interview is on Zoom or video, the text its time
        sentence = scanner.sentence_text(m.start())
        if NON_VOICE_WORK.search(sentence):
            continue  # "Non-voice, email at chat lang": what the work is, not how it hires
        if NO_CHAT_INTERVIEW_BY_CHAT.search(sentence):
            continue  # "hindi kami nag-iinterview through chat lang": the chat interview is what they never hold
        if _one_channel_of_several(sentence):
            found.signal("chat_app", m.start(), m.end(), m.group())
            continue  # "PM lang or send resume sa email namin": a message is one way to apply
        if proper_interviews and WORK_BY_CHAT.fullmatch(m.group()):
            continue  # "Chat only, no phone calls" beside "15-minute video interview": the work is by chat
        if not scanner.negated(m.start(), 30) and not FRAUD_WARNING.search(scanner.sentence_warning_text(m.start())):
            found.answer("chat_app_interview", "yes", m.start(), m.end())
            found.signal("chat_app", m.start(), m.end(), m.group())
    for m in proper_interviews:
        found.answer("chat_app_interview", "no", m.start(), m.end())
        found.answer("interview_skipped", "no", m.start(), m.end())
    for kind, m in scanner.find_first_of(MONEY_PATTERNS):
        if scanner.negated(m.start(), 50) or FRAUD_NOTICE.search(scanner.sentence_warning_text(m.start())):
            continue
        if (
            NEGATED_WITHIN.search(m.group())
            or DENIED_AFTER.match(scanner.text, m.end())
            or (
                NEVER_BEFORE.search(scanner.before_in_clause(m.start(), 60))
                and NEVER_DENIED_AFTER.match(scanner.text, m.end())
            )
        ):
            continue  # "Jy ontvang nooit geld in jou eie rekening nie", "customer ki raqam apne account mein nahi lenge"
        if scanner.in_question(m.start()) and not REQUEST_QUESTION.match(scanner.sentence_text(m.start()).lstrip()):
            continue  # "someone said these jobs send you a check for equipment??": a seeker's question, not a duty
        if (
            kind in ("reshipping", "crypto", "gift_cards")
            and SERVES_CUSTOMERS.search(scanner.sentence_text(m.start()))
            and not AT_YOUR_HOME.search(m.group())
            and not PARCELS_AT_HOME.search(scanner.sentence_text(m.start()))
            and not SEEKER_PASSES_ON.search(scanner.sentence_text(m.start()))
            and not FUNDS_OWN_ACCOUNT.search(scanner.sentence_text(m.start()))
        ):
            continue  # "Help customers arrange returns and reshipping of lost orders": the work is about theirs
        if kind == "gift_cards" and REWARD_POINTS.search(scanner.sentence_text(m.start())):
            continue  # "redeem points for gift cards from a catalog": a reward the seeker earns
        if (
            kind == "check_deposit"
            and (CHECK_DEPOSIT_NOUN.match(m.group()) or CHECK_TOPICS.fullmatch(m.group()))
            and SERVES_CUSTOMERS.search(scanner.sentence_text(m.start()))
        ):
            # "Help members with ... mobile check deposit holds", "... card disputes, check holds and mobile deposit
            # questions": their deposits, not the seeker's
            continue
        if (
            kind == "check_deposit"
            and INTO_YOUR_ACCOUNT.search(m.group())
            and SEEKERS_OWN_PAY.search(scanner.sentence_text(m.start()))
            # (searched after the money arrives: "Salary is transferred to your own bank account" passes nothing on)
            and not PASSED_ON.search(scanner.text, m.end(), scanner.sentence(m.start())[1])
        ):
            continue  # "Salary is credited to your own bank account every 15th and 30th": wages, nothing passed on
        if kind == "reshipping" and FROM_THE_WAREHOUSE.search(scanner.sentence_text(m.start())):
            continue  # "reship lost or damaged gifts from our warehouse": the company's stock, not parcels at home
        found.answer("money_handling", "yes", m.start(), m.end())
        found.signal(kind, m.start(), m.end())
    _money_passed_on(scanner, found)
    _check_for_gear(scanner, found)
    _money_through_your_account(scanner, found)
    _money_mentioned(scanner, found)
    _bank_access(scanner, found)
    asked_in: set[int] = set()
    # "Fijn dat je je arbeidscontract hebt getekend!"
    signed = scanner.may_match(SIGNED_ALREADY) and SIGNED_ALREADY.search(scanner.text) is not None
    for m in chain((m for _, m in scanner.find_first_of(PERSONAL_DATA)), scanner.find(CODE_PASSED_ON)):
        sentence = scanner.sentence_text(m.start())
        asked_in.add(scanner.sentence(m.start())[0])
        if SOMEONE_ELSES.search(m.group()) or SOMEONE_ELSES_BEFORE.search(
            scanner.text, max(0, m.start() - 25), m.start()
        ):
            continue  # "they confirm their name, address and account number": the customers' details
        # "When will you ask for my SSN? Only after you've signed ...", but not "Stuur je je IBAN?", a request
        if scanner.in_question(m.start()) and not REQUEST_QUESTION.match(scanner.sentence_text(m.start()).lstrip()):
            if AFTER_OFFER.search(scanner.sentence_after(m.start())):
                found.answer("personal_data_early", "no", m.start(), m.end())
            continue
        before = scanner.sentence_before(m.start())
        # "Offer letter sign karne ke baad aap ko HR portal ka link milay ga. Wahan apna CNIC ... upload karein."
        offered_before = OFFER_NAMED.search(before) is not None and AFTER_OFFER.search(before) is not None
        if scanner.negated(m.start(), 90) and REASSURED.search(scanner.sentence_text(m.start())):
            continue  # "nobody from Summit will ever ask you to return money or share your banking password"
        early = (
            BEFORE_INTERVIEW.search(sentence) is not None
            # "the application form asks for your Social Security number": asked of every applicant
            or APPLICATION_ASKS.search(sentence) is not None
            # "Before we can submit you ... for an interview, ... Please reply with your full Social Security number"
            or (BEFORE_INTERVIEW.search(before) is not None and not OFFER_OR_HIRED.search(sentence))
            or OFFER_WAITS.search(sentence) is not None
            # "... before we can release your offer letter. Please upload a scan of your passport"
            or OFFER_WAITS.search(before) is not None
            or THEN_INTERVIEW.search(sentence + scanner.sentence_after(m.start())) is not None
            # an item of a checklist headed "Before your virtual interview is scheduled, please return the following:"
            or BEFORE_INTERVIEW.search(_list_heading(scanner.text, m.start())) is not None
        )
        warning_text = scanner.sentence_warning_text(m.start())
        if BANK_CREDENTIALS.search(m.group()):
            # a warning about a bank login comes before it ("Never share your online banking password"); a
            # "never" after it is something else ("... in our payroll portal, so your first check is never late")
            warning_text = scanner.text[scanner.sentence(m.start())[0] : m.end()]
        if (
            scanner.negated(m.start(), 50)
            or FRAUD_WARNING.search(warning_text)
            or (SHOWN_ON_CAMERA.search(sentence) and not COPY_SENT.search(sentence))
            or (NEED_TO_HAVE.match(m.group()) and YOU_BEFORE.search(scanner.text, max(0, m.start() - 12), m.start()))
            or (
                (AFTER_OFFER.search(sentence) or signed or offered_before)
                and not early
                # "passport o UMID, bank account number, at online banking username": a login is never asked for
                and not BANK_CREDENTIALS.search(m.group())
                and not BANKING_LOGIN.search(sentence)
            )
        ):
            found.answer("personal_data_early", "no", m.start(), m.end())
        else:
            found.answer("personal_data_early", "yes", m.start(), m.end())
    listed: dict[int, list] = {}
    for m in scanner.find(SENSITIVE_RE):
        listed.setdefault(scanner.sentence(m.start())[0], []).append(m)
    for sentence_start, items in listed.items():
        sentence = scanner.sentence_text(items[0].start())
        # The seeker's own details ("your", or a form to fill), not the customers' the work is about.
        if (
            len(items) >= 2
            and sentence_start not in asked_in
            and (
                YOUR_DETAILS.search(sentence)
                # a list under a line that asks for it: "Applications missing any field will not be processed:\nFull
                # legal name / Date of birth / Social Security Number / ..."
                or (
                    (before := scanner.sentence_before(items[0].start()).rstrip()).endswith(":")
                    and YOUR_DETAILS.search(before)
                )
            )
            and not (
                FRAUD_WARNING.search(scanner.sentence_warning_text(items[0].start()))
                or (
                    # (the list's heading may say when: "Na ondertekening vragen we je om:\n- je IBAN en een kopie
                    # van je ID ...")
                    (
                        AFTER_OFFER.search(sentence)
                        or signed
                        or AFTER_OFFER.search(_list_heading(scanner.text, items[0].start()))
                    )
                    and not OFFER_WAITS.search(scanner.text)
                    # "complete all fields to be considered for an interview: ... bank routing (for payroll setup)"
                    and not BEFORE_INTERVIEW.search(sentence)
                    # "... bank routing and account number for payroll setup. Step 3: ... schedule your interview."
                    and not THEN_INTERVIEW.search(sentence + scanner.sentence_after(items[0].start()))
                )
                or scanner.negated(items[0].start())
            )
        ):
            found.answer("personal_data_early", "yes", items[0].start(), items[-1].end())
    # One field per line: run over whole lines (a sentence may start after the bullet), at most 300 lines. A field
    # never runs over a line break, so only the lines holding a sensitive word are searched; the third pattern may
    # (a word or two on the line before), so it reads the whole text.
    fields = []
    if "\n" in scanner.text:
        for pattern in (FORM_FIELD, FORM_FIELD_BULLET):
            lines = scanner.lines_holding(pattern)
            fields += islice(chain.from_iterable(pattern.finditer(scanner.text, a, b) for a, b in lines), MAX_MATCHES)
        fields += islice(FORM_FIELD_LINE.finditer(scanner.text), MAX_MATCHES)
    fields.sort(key=lambda m: m.start())
    # "Before we book your interview please email us:" above the list says when, whatever the list holds.
    header = scanner.text[max(0, fields[0].start() - 200) : fields[0].start()] if fields else ""
    credentials = any(BANK_CREDENTIALS.search(field.group()) for field in fields)
    if (
        len(fields) >= 2
        and (
            credentials
            or OFFER_WAITS.search(scanner.text)
            or BEFORE_INTERVIEW.search(header)
            or APPLICATION_LIST.search(header) is not None  # "To be considered for an interview please complete:"
            # the form, then "Step 3: schedule your interview"
            or THEN_INTERVIEW.search(scanner.text, fields[-1].end()) is not None
            or not (AFTER_OFFER.search(scanner.text) or signed)
        )
        and not FRAUD_WARNING.search(scanner.warning_text(0, len(scanner.text)))
    ):
        found.answer("personal_data_early", "yes", fields[0].start(), fields[-1].end())
    for field in fields:
        heading = _list_heading(scanner.text, field.start())
        if APPLICATION_LIST.search(heading) and not (AFTER_OFFER.search(heading) or signed):
            found.answer("personal_data_early", "yes", field.start(), field.end())
            break
    for m in scanner.find(EMAIL):
        if TO_LINE.match(scanner.text, scanner.text.rfind("\n", 0, m.start()) + 1):
            continue  # "To: Tom Alvarez <tom88@yahoo.com>" in a forwarded header: the seeker's address, not the recruiter's
        address = m.group().rstrip(".")
        domain = address.rpartition("@")[2].lower()
        found.add("recruiter_email", address.lower(), m.start(), m.start() + len(address))
        if is_free_email_domain(domain):
            found.signal("free_email", m.start(), m.start() + len(address), domain)
    for m in scanner.find(URGENCY):
        phrase, before = m.group(), scanner.before_in_clause(m.start(), 40)
        if NEGATED_BEFORE.search(before):  # "you do not have to start today"
            found.answer("pressure_to_decide", "no", m.start(), m.end())
            continue
        if phrase.startswith("urgent") and URGENT_WORK_AFTER.match(scanner.text, m.end()):
            continue
        if phrase == "asap" and URGENT_WORK_BEFORE.search(before):
            continue
        if phrase.startswith("respond") and EMPLOYER_PROMISE.search(before):
            continue
        found.answer("pressure_to_decide", "yes", m.start(), m.end())
        found.signal("urgency", m.start(), m.end(), phrase)
    for m in scanner.find(TIME_GIVEN):
        if not NEGATED_BEFORE.search(scanner.before_in_clause(m.start(), 40)):
            found.answer("pressure_to_decide", "no", m.start(), m.end())
