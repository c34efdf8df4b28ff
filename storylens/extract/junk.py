"""The vocabulary and shapes of page junk: the rules ``boilerplate.py`` applies to each line.

Each rule is a regular expression for one kind of line a page puts around its article (menus, share rows,
paywall meters, appeals, captions, credits), written from the words and shape such lines have on any site, never
from one site or story. Kept apart from the cleaning logic because the list grows as new pages show new junk.
"""

from __future__ import annotations

import re


def _wordset(text: str) -> frozenset[str]:
    """A vocabulary written as one whitespace-separated string (easier to read and extend than a list)."""
    return frozenset(text.split())


# Words that make up navigation bars, share rows and page chrome; a short line made only of these is junk.
NAV_WORDS = _wordset(
    """home news sport sports opinion opinions subscribe subscribed subscription subscriptions close menu
    burgermenu hamburger search login logout log in out sign signin signup register account profile share shares
    shared tweet email e-mail mail print facebook twitter x whatsapp linkedin reddit telegram pinterest messenger
    instagram youtube tiktok watch flipboard copy link links url comments comment advertisement advert ad ads sponsored
    cookie cookies accept newsletter newsletters follow top back next previous prev more related trending latest
    live video videos photo photos gallery podcast podcasts sections section toggle navigation nav open skip
    content main tags topics contact about privacy policy terms donate support app apps download edition
    rss feed feeds save saved bookmark listen"""
)
PAGE_ACTIONS = frozenset({"print", "email", "e-mail", "save", "share", "copy", "send", "bookmark", "download", "gift"})
"""Verbs that start the buttons of a page's tool row ("Print this article | Email to a colleague")."""
LABEL = r"[\w'&.-]+(?:\s[\w'&.-]+){0,3}"
STAMP = (  # "Updated 17:10 GMT", "Last updated 9.30am"
    r"((first )?(published|updated|posted|modified)|last updated)\s*:?\s*(at\s+)?\d{1,2}[:.]\d{2}"
    r"(\s*[ap]\.?m\.?)?(\s+[a-z]{2,4})?"
)
PLATFORM = r"(x|twitter|facebook|instagram|tiktok|linkedin|youtube|threads|bluesky|mastodon|whatsapp|telegram|snapchat)"
FILLER = _wordset("on to our the us in via and & of for with this article story page a an up now")
RULES: tuple[tuple[str, re.Pattern[str]], ...] = tuple(
    (reason, re.compile(pattern, re.IGNORECASE))
    for reason, pattern in (
        (
            "read-more",
            r"^(read more|read also|also read|keep reading|see also|more on this"
            r"|related( story| article)?|recommended|top (stories|news)|most commented|video|gallery|in pictures"
            r"|suggested( reading| for you)?"
            r"|must read|don'?t miss|(watch|listen)( live| now| again)?|live( updates| blog)?|(read |up )?next"
            r"|similar (reads?|stories|articles)"
            r"|more|(most (popular|read|viewed|shared)|popular)( now| today| this week| on [\w'&. ]{2,30})?"
            r"|trending( now| in [\w' ]+)?|breaking( news)?|developing"
            r"|you (may|might) also (like|enjoy|be interested in)|you (may|might) have missed"
            r"|related [\w' ]{0,30}(stories|articles|coverage|links|investigations|reports|reading|features|videos))"
            r"\s*[:|»>–—→›·•▪➜➔-]\s*\S",
        ),
        # "Related topics: A, B, C": a list of short labels, never a sentence
        (
            "tags",
            r"^((related )?(topics|tags)|filed (under|in)|more about|categories)\s*:\s*"
            + LABEL
            + r"(\s*[,;|·•/]\s*"
            + LABEL
            + r")*$",
        ),
        ("tags", r"^(keywords?|slug)\s*:\s*\S[^.!?]{0,120}$|^(tags|topics)\s*:\s*(#\w+\s*)+$"),
        ("reading-time", r"^(reading time|read time|estimated reading time)\b.{0,30}$"),
        # "11.11.2026 — 21:10 | reading time ~4 min": a date line that ends in the reading time
        (
            "reading-time",
            r"^([^.!?]|\.(?=\S)){4,120}[|·•]\s*(reading time|read time|\d+\s*min(ute)?s?\s+read)\b.{0,20}$",
        ),
        # "Published 09:12 GMT · Updated 11:40 GMT": times with no date (a dated line is a byline date)
        ("date", rf"^{STAMP}(\s*[·|•,;–—-]\s*{STAMP})*$"),
        # a wire's filing stamp: "Filed 12 May 2026, 21:34 | Refiled 22:10 with new details"
        ("date", r"^(re)?filed\s+(at\s+|on\s+)?\d(?=.*(\d[:.]\d\d|\b\d{4}\b)).{0,120}$"),
        # "This story has been updated to add ...", "This article was amended on ..."
        ("edition", r"^this (story|article) (has been|was) (updated|amended|corrected)\b.{0,200}$"),
        # a wire's note on what a new version changes: "Updates paragraph 3 with ..., adds shares in final paragraph"
        (
            "edition",
            r"^\(?(adds|updates|recasts|corrects|rewrites|refiles|removes|inserts)\b.{0,160}"
            r"\b(paragraphs?|paras?|grafs?|headline|byline|dateline)\b.{0,120}$",
        ),
        # "Saturday, late edition", "Late City Edition": which printing of the paper the page comes from
        (
            "edition",
            r"^((mon|tues|wednes|thurs|fri|satur|sun)day,?\s+)?(morning|afternoon|evening|early|late|late city|city"
            r"|final|weekend|print|digital|online|national|international|regional)\s+edition$",
        ),
        # a broadcaster's station line: "The voice of the valley. Listen on 97.2 FM and online."
        (
            "station",
            r"^(.{0,60}[.!:|—–-]\s+)?(listen|tune in)\b.{0,20}\b\d{2,4}([.,]\d{1,2})?\s*(fm|am|mhz|khz|dab)\b.{0,40}$",
        ),
        ("reading-time", r"^\d+\s*(min|mins|minutes?)\s+read\.?$"),
        (
            "comment-form",
            r"^(leave a (reply|comment)|post a comment|add a comment|cancel reply|post comment"
            r"|have your say"
            r"|join the (discussion|conversation)|comments are (closed|open)"
            r"|\d[\d,]*\s+(comments?|replies)|(reader )?(comments?|replies|responses)\s*\(\d[\d,]*\)"
            r"|(log in|sign in)( or register)? to (comment|join the (discussion|conversation))"
            r"|(reader )?comments (on this (article|story) )?(have been|are) (closed|moderated|open|disabled"
            r"|switched off|turned off)"
            r"|what do you think\?.{0,60}\bcomments?\b|(your )?comments (are|will be) (pre-?)?moderated"
            r"|comments are subject to\b.{0,60}|commenting (on this (article|story) )?(has|is) (now )?(closed|open)"
            r"|([\w']+ )?discussion\s*\(\d[\d,]*\)|discuss this (article|story)\b.{0,60}\(\d[\d,]* (replies|comments)\)"
            r"|(reader )?comments (are|have been) (not available|unavailable))\W{0,3}"
            r"(?=\s|$).{0,60}$",
        ),
        (
            "comment-form",
            r"^your email address will not be published|required fields are marked"
            r"|save my name, email|you must be logged in to post",
        ),
        ("subscribe", r"^(subscribe|follow us|download (our|the) ([\w' ]{1,30} )?app)\b.{0,160}$"),
        ("audio", r"^\[?listen to this (article|story)\b.{0,40}$"),
        # a reader poll's widget: "Should the ballots be recounted?  ( ) Yes  ( ) No  [Vote]"
        (
            "poll",
            r"\(\s\)\s*\w[^()]{0,40}\(\s\)|[○◯☐□]\s*\w[^○◯☐□]{0,40}[○◯☐□]|^(reader |quick |our )?poll\s*:.{0,160}$",
        ),
        ("corrections", r"^(report|spotted) (a|an) (typo|error|mistake)\b.{0,60}$"),
        # a competition, a tip line, a market-data notice: "Win a holiday! Enter now", "Got a story? Email x@y.z"
        (
            "promo",
            r"^([\w' ]{2,30}:\s*)?win\b.{0,120}\benter (now|here|today)\W*$"
            r"|^(markets?|stock|share price) data (is |are )?(delayed|provided by)\b.{0,80}$"
            r"|^.{0,200}[.!]\s+(open|see|view|explore|try|browse|check out|use) (the|our) [\w' ]{2,30}$"
            r"|\bearly[- ]bird (registration|tickets?|rates?|prices?|offer)\b.{0,80}$"
            r"|^.{0,160}\?\s.{0,160}\b[\w-]+\.[a-z]{2,12}/[\w/.-]*\W*$"  # "Want to help? Sign up at site.org/help"
            r"|^read (the|our) (full|complete)\b.{0,160}\b(print|edition|paper|magazine)\b.{0,40}$",
        ),
        (
            "tip-line",
            r"^.{0,160}\b(email|e-mail|contact|tell us|talk to us|message us|get in touch|write to|send us)\b.{0,80}"
            r"\b[\w.-]+@[\w-]+\.[\w.]+(\W*$|\s*[-–—]\s.{0,80}$)"
            r"|^(do you have|have you got|got|have) (a|any) (news )?(story|tip|tips)( for us)?\?.{0,160}$"
            r"|^.{0,160}\?\s+(whatsapp|call|text|message|contact)\s+the\b.{0,60}\b(on|at)\s+[+\d][\d ]{6,}\d"
            r"(\W*$|\s[-–—]\s.{0,60}$)"
            # "Spotted something? WhatsApp our newsdesk: ...", "Do you work there? Reach our reporters on Signal"
            r"|^.{0,160}\?\s+(whatsapp|call|text|message|email|e-mail|contact|reach|tell|write to|send)\s+(us|our"
            r"|the (newsroom|newsdesk|news desk))\b.{0,160}$"
            # "Seen it happen? Ring the Post newsdesk on 0100 ... - we pay cash for stories"
            r"|^.{0,160}\b(ring|call|phone|text|message)\b.{0,40}\b(newsdesk|news desk|newsroom)\b.{0,160}$"
            r"|^.{0,160}\?\s+(email|e-mail)\s+[\w.-]+@[\w-]+\.[\w.]+\b.{0,80}$"  # "Hit by it? Email tips@x.y or ..."
            r"|^.{0,160}\bwe pay (top |good |big )?(cash|money) for "
            r"(stories|pictures|photos|videos|tips|tip-offs|exclusives)\b.{0,80}$",
        ),
        (
            "subscribe",
            rf"^follow [\w' ]{{2,40}} on {PLATFORM}((,|,? and|,? or) {PLATFORM})*(\s+for\b.{{0,60}})?\W*$"
            r"|^follow [\w'& ]{2,60} for (live updates|updates|the latest)\b[\w'& -]{0,60}$"
            r"|^.{0,60}\bdownload (our|the) ([\w' ]{1,30} )?app\W*$",
        ),
        # a paywall's teaser: "You have 1 free article left this month. ... Already a subscriber? Log in"
        (
            "subscribe",
            r"^([\w' ]{2,30}\s[-–—:|]\s+)?you have \d+ (of \d+ )?free (article|stor)(y|ies|s)? (left|remaining)\b"
            r".{0,160}$"
            r"|^.{0,120}\balready a subscriber\?.{0,40}$|^this is your \d+(st|nd|rd|th)? (of \d+ )?(free )?"
            r"(article|stor)(y|ies|s)?\b.{0,60}$|^unlimited access\b.{0,160}$"
            r"|^(upgrade|subscribe) (to|for)\b.{0,60}\bunlimited (access|reading)\b.{0,40}$"
            r"|^you have read \d+ (of (your )?\d+ )?(free )?(article|stor)(y|ies|s)?\b.{0,160}$"
            r"|^you are reading a (gifted|free|shared|subscriber)\b.{0,160}$"
            r"|^unlock (the|our|all|this|unlimited|full)\b.{0,160}$",
        ),
        # a membership appeal: "Join the union today: stronger together"
        ("subscribe", r"^join (us|the \w+|our \w+) (today|now)\b.{0,120}$"),
        ("edition", r"^this (story|article) (appeared|ran|was published) in (print|the print edition)\b.{0,120}$"),
        (
            "subscribe",
            r"^(donate|support us|support our (work|journalism)|support (independent|quality|local) (journalism|news))"
            r"\b\W.{0,160}$",
        ),
        # the body of an appeal box under its heading: "... are collecting for families. Every gift helps. Give now"
        (
            "subscribe",
            r"^.{0,200}\b(give|donate|subscribe|sign up|join|support us|activate|shop|buy|order) now\s*[›»→>!]?$",
        ),  # a button
        # a masthead's tagline: "Independent. Critical. Reader-funded.", "Your city. Your paper. Since 1889."
        ("masthead", r"^([A-Z][\w'-]*\.\s*){2,5}$|^([A-Z][\w'-]*(\s[\w'-]+){0,2}\.\s*){3,5}$"),
        (
            "cookies",
            r"^(we|(this|our) (web)?site) uses? (only )?([\w-]+ ){0,2}cookies\b.{0,250}$"
            r"|^we and our partners\b.{0,250}$"
            r"|^.{0,200}\bby clicking (agree|accept|ok|i agree)\b.{0,40}\bconsent\b.{0,80}$"
            r"|^by continuing to (browse|use)\b.{0,200}cookies|^cookies\b.{0,250}\b(agree|accept|consent)\b.{0,120}$",
        ),
        # an appeal or a campaign's call to action: "... funded by readers. Donate today to ...", "Sign the petition:"
        (
            "subscribe",
            r"^(.{0,200}([.!]|\s[-–—])\s+)?(donate|give|chip in|support us|join (them|us)) (today|now|from)\b.{0,120}$"
            r"|^sign (the|our)( [\w'-]+){0,3} petition\b.{0,160}$"
            r"|^.{0,120}\b(funded|paid for) by [\d,]+ (readers|members|listeners|subscribers)\b.{0,120}$"
            r"|^[^.!?]{2,60}[.!]\s+[^.!?]{0,60}\b(funded|paid for) by (its |our )?(readers|members|listeners"
            r"|subscribers)\W*$"
            r"|^[\w' ]{2,40} is (reader|listener|member)-(funded|supported)\b.{0,200}$"
            r"|^[\w' ]{2,40} is (funded|supported) by (its|our) (readers|listeners|members)\b.{0,200}$",
        ),
        (
            "subscribe",
            r"^([\w' ]{2,40}\s[-–—:|]\s+)?(sign up|signup|get|join|register)\b.{0,80}"
            r"\b(our|newsletters?|updates|alerts|inbox)\b.{0,80}$"
            r"|^.{0,200}([.!]|\b(newsletter|briefing|digest|bulletin|alerts)\b.{0,80}(\||\s[-–—]))"
            r"\s*(subscribe|sign up)( now| here| today| for free| free)?\s*[›»→>!]?$"
            r"|^.{0,160}\b(in your inbox|enter your e-?mail( address)?)\b.{0,80}\bsign up\b.{0,20}$",
        ),
        ("share", r"^(share (this|on|via|the)\b|click to share|share$).{0,80}$"),
        (
            "copyright",
            r"^(©|\(c\)|copyright\b).{0,200}$|all rights reserved\.?$|^.{0,120}\s©\s.{0,160}$"
            r"|^.{0,80}\b(published|licensed|available) under (a|the) creative commons\b.{0,120}$"
            r"|^.{0,80}\b(reuse|republish\w*|published|licensed|available) under cc[ -]by\b.{0,120}$"
            r"|^.{0,80}\b(republication|reproduction|redistribution)\b.{0,40}\b(requires?|prohibited"
            r"|not permitted|permitted only|without( prior)?( written)? permission)\b.{0,80}$"
            r"|^published by\b.{0,60}\b(ltd|limited|plc|inc|llc|gmbh|group|media)\b.{0,160}$"
            r"|^(.{0,40}([.:]|\s[-–—]))?\s*(not for (re)?distribution|do not (forward|redistribute|republish)"
            r"|for (subscribers|subscribing [\w]+|licensed [\w ]+) only)\b.{0,120}$"
            r"|^republish this (story|article)\b.{0,200}$"
            r"|^(licensing|reprints|permissions)\b[\w &]{0,30}:\s*\S.{0,80}$|^our (standards|principles)\s*:.{0,80}$"
            r"|^[\w&' ]{2,40} (ltd|limited|plc|inc|llc|gmbh)\b.{0,120}"
            r"\bregistered (in|office)\b[^.]{0,40}\.\s+\S.{0,80}$",
        ),
        # the wire's closing credit: "(Reporting by A; Editing by B)"
        ("credit", r"^\((additional )?(reporting|writing|editing|compiled)\b[^()]{0,200}\)$"),
        ("credit", r"^(additional )?(reporting|writing|editing) by\b[^.!?]{0,200}$"),
        (
            "advert",
            r"^[—–\-~*·•\s]*(advertisement|sponsored( content)?|story continues below( advertisement)?|ad"
            r"|advertising feature|advertorial|paid (content|partnership|post))[—–\-~*·•\s]*$",
        ),
        (
            "advert",
            r"^(sponsored|promoted|partner content|advertisement|advert|advertising feature|advertorial"
            r"|classifieds?)\s*[:|·•–—-]\s*\S.{0,160}$",
        ),
        ("author-bio", r"^about the (author|writer)s?\b"),
        ("caption", r"^\[[^\w\s]?\s*(graphic|photo|image|picture|video|chart|map|infographic|gallery)\s*:.{0,300}\]$"),
        # a link or button: a line that ends in an arrow ("What is ransomware? ›", "Sign up free ▸"), or a call to
        # act after one ("... keep it that way. → Join from 5 a month")
        (
            "read-more",
            r"^.{0,200}\s[›▸→»]$|^.{0,200}[→›▸»]\s*(join|donate|give|subscribe|sign up|support|become)\b.{0,60}$",
        ),
        (
            "caption",
            r"^((photo|image|picture) caption|photo|image|picture|photograph|caption|credit|file photo"
            r"|pictured|pic|above|below|top|main (picture|image|photo)|inset)\s*:\s*\S"
            # a caption closed by its credit: "... on Tuesday. PIC: Jo Roe/Klaxon", "... on Saturday. Gazette/Jo Roe"
            r"|^.{10,300}[.!]\s+((pic|picture|photo|photograph)s?\s*:\s*[^.:]{2,60}"
            r"|[a-z][\w&.'-]*( [a-z][\w&.'-]*)? ?/ ?[a-z][\w.'-]*( [a-z][\w.'-]*){0,2})$",
        ),
        # a link to another story, a headline (no sentence): "Editorial: The city will not be run from abroad",
        # "More from the Wire: ...", "ALSO ON THE VOICE: ...", "More VW coverage: ..."
        (
            "read-more",
            r"^(editorial|opinion|comment|analysis|leader|(more|also) (from|on|in) [\w'&.-]+( [\w'&.-]+){0,3}"
            r"|more [\w'&.-]+ coverage)\s*:\s*[^.!]{3,160}$",
        ),
        # a breadcrumb or link row split by arrows or squares: "More from the desk › A headline › Another"
        # (the comparison key reads "»" as a quotation mark, so a mark between spaces splits a row too)
        ("read-more", r'^[^.!?›»▸▶"]{2,60}(\s[›»▸▶"]\s+[^.!?›»▸▶"]{2,120}){1,6}$'),
        # split by squares, a row needs two: one square may part a masthead's name from its agency's
        ("read-more", r"^[^.!?▪]{2,60}(\s▪\s+[^.!?▪]{2,120}){2,6}$"),
        # a menu of bracketed buttons: "[ Subscribe - 3 months for 9 ]   [ Log in ]   [ Search ]"
        ("navigation", r"^(\[[^\[\]]{1,60}\]\s*){2,}$"),
        # a labelled line that ends in an address: "Letters to the editor: x@y.z", "Corrections? We fix ...: x@y.z"
        ("tip-line", r"^[^.!]{2,60}[:?]\s.{0,120}\b[\w.-]+@[\w-]+\.[a-z]{2,12}\W*$"),
        # the publisher, the wire's licensing link, a disclosure, a print page, a series label, reader offers
        (
            "copyright",
            r"^[\w&' ]{2,40} is (published|owned|operated) by\b.{0,80}"
            r"\b(ltd|limited|plc|inc|llc|gmbh|group|media|holdings|digital|company)\b.{0,120}$"
            r"|^member of the\b.{0,80}\b(board|council|association|federation|alliance|organi[sz]ation)\W*$"
            r"|^[\w&' ]{2,40} (trust|editorial) (principles|code|standards)\b.{0,80}$"
            r"|(^|[·|]\s*)(purchase|buy) (licensing|reprint) rights\W*$"
            r"|^disclosure\s*:.{0,200}$",
        ),
        ("edition", r"^(print edition|in print)\s*:.{0,40}$|^.{3,160}\s[-–—]\s*([\w' ]{2,20},\s*)?page \d{1,3}\W*$"),
        ("edition", r"^(special )?series\s*[:·|•–—-].{0,100}$"),
        ("promo", r"^([\w']+ )?(offers|deals)\s*:.{0,160}$|^sign up (for|to|now)\b[^.!?]{0,120}$"),
        ("credit", r"^(additional )?(reporting|writing|editing)\s*:\s*\S.{0,200}$"),
        # a feedback widget, a free-to-read notice, a notice to print subscribers, an appeal that ends in its link
        ("feedback", r"^(was|is|did you find) this (article|story|page|information) (helpful|useful)\?.{0,40}$"),
        ("subscribe", r"^.{0,60}\bfree to read (thanks to|because of)\b.{0,120}$"),
        (
            "notice",
            r"^((print|home delivery|digital) )?subscribers\b[^.:]{0,60}:\s.{0,160}$"
            r"|^(print|home delivery) readers\b[^.:]{0,60}:\s.{0,160}$",
        ),
        (
            "subscribe",
            r"^.{0,240}[.!]\s+(give|donate|contribute|sign up|register) (at|via|on)\s+"
            r"[\w-]+\.[a-z]{2,12}(/[\w/.-]*)?\W*$",
        ),
        # a box of labelled fields: "Model X · Our rating: 4/5 · Price at launch: 64", "Help: line 0800 1 · line 0800 2"
        ("fact-box", r"^[^.!?]{2,60}(\s[·•|]\s+[^.!?:·•|]{2,40}:\s*[^.!?·•|]{1,40}){2,}$"),
        ("fact-box", r"^[\w' ]{2,40}:\s[^.!?]{0,80}\d[\d ]{5,}\d(\s*[·•|]\s*[^.!?·•|]{0,60}\d[\d ]{5,}\d)+\W*$"),
        # a ranked list of other stories: "Most viewed in Business: 1. A headline  2. Another  3. A third"
        ("read-more", r"^[^.!?]{2,60}:\s*1\.\s.{2,120}\s2\.\s.{2,160}$"),
        (
            "read-more",
            r"^(trending|most (read|popular|viewed|shared))( on [\w' ]{2,30})?\s+1\.?\s.{2,120}\s2\.?\s.{2,160}$",
        ),
        # a masthead's name between dashes: "— The Courier —"
        # (the leading dash goes with the bullets before the rules are tried)
        ("masthead", r"^([—–-]{1,3}\s*)?[\w'&. ]{2,40}\s*[—–-]{1,3}$"),
        ("comment-form", r"^.{0,60}\bcomments are open for \d+ (hours|days)\W*$"),
        # a republication notice: "This article was first (originally) published by the X Wire and is republished
        # under licence"
        (
            "copyright",
            r"^this (article|story|report|piece) (is|was|has been) ((first|originally) )?(re)?published"
            r" (from|by|with|for|in)\b.{0,160}$",
        ),
        # the owner: "The Courier is part of the Vale Media group", "X is a project of the Y Trust, registered charity"
        (
            "copyright",
            r"^[\w&'’. ]{2,40} is (part|a member|a title|a division) of\b.{0,60}"
            r"\b(media|publishing|newspapers?|news|press)( group| network| family)?\W*$"
            r"|^.{0,160}\bregistered charity (no\.?|number)\s*\d[\d-]*\W*$",
        ),
        # a newsletter's pitch and its form field, a link for subscribers, a reader competition
        (
            "subscribe",
            r"^.{0,100}\b(in|to|straight to) your inbox (every|each)\b.{0,40}$"
            r"|^(enter )?(your )?(\w+ )?e-?mail( address)?\W*$"
            r"|^.{0,120}\((\w+ )?(subscribers|members) only\)\W*$",
        ),
        ("promo", r"^win (a|an|the|two|tickets|\d)\b.{0,120}\benter\b.{0,60}\b(now|here|today)\W*$"),
        # a pass or plan's price: "Courier Digital Pass: unlimited local news for 3 crowns a month"
        ("subscribe", r"^[^.!?]{0,60}:\s*unlimited\b.{0,60}\bfor\b.{0,30}\b(a|per) (month|week|year)\W*$"),
        # a breadcrumb of sections: "Safety / Mining / Northfield"
        ("navigation", r"^[\w&' ]{2,30}( / [\w&' ]{2,30}){2,5}$"),
        # an app promotion, a media teaser, an appeal's collection line, where to send tributes
        (
            "promo",
            r"^(read|get|download|try|install|open)\b.{0,80}\bapp\b.{0,40}"
            r"\b(android|ios|iphone|app store|google play)\b.{0,40}$"
            r"|^(view|see|open) (the )?(gallery|photos|pictures)\b.{0,40}$"
            r"|^[^.!?]{2,60}\bappeal\s*:\s*(give|donate)\b.{0,160}$"
            r"|^(send|share|email) (your |us )?[\w' ]{0,40}\bto\s+[\w.-]+@[\w-]+\.[\w.]+\W*$"
            r"|^.{0,80}\b(can|may) be (sent|emailed) to\s+[\w.-]+@[\w-]+\.[\w.]+\W*$",
        ),
        # a paywall's cut-off and its sign-up form: "Continue reading with a free trial", "This article is for
        # Pro subscribers.", "This is a subscriber preview. ...", "By signing up you agree", "Become a supporter"
        (
            "subscribe",
            r"^continue reading (with|for|by|on)\b.{0,160}$"
            r"|^this (article|story|content|piece|report|analysis) is (only |exclusively )?(available )?(in full )?"
            r"(for|to) ([\w&' ]{2,40} )?(subscribers|members)\W*$"
            r"|^this is a (subscriber|premium|members?'?) preview\b.{0,240}$"
            r"|^by (signing up|subscribing|registering|submitting)\b.{0,80}\b(terms|privacy|conditions)\b.{0,60}$"
            r"|^(liked?|enjoy(ed)?|loved?) (this|the|our) (story|article|piece|report|read|journalism)\?.{0,160}$"
            r"|^(.{0,200}[.!]\s+)?become a (member|supporter|subscriber|patron)\b.{0,80}$"
            r"|^sign up (to|for) (the|our) [\w&' ]{2,60}\b(newsletter|briefing|bulletin|digest|alerts?)\b.{0,120}$",
        ),
        # a columnist's disclaimer, the publisher: "The views expressed are her own.", "X is a project of the Y Trust"
        (
            "copyright",
            r"^.{0,200}\bthe views expressed( here| in this (article|column|piece))? are (his|her|their|my"
            r"|the (author|writer|columnist)'s) own\W*$"
            r"|^[\w&'. ]{2,40} is a (project|publication|service|title) of\b.{0,80}"
            r"\b(trust|charity|foundation|co-?operative|media|group|network|press|publishing)\b.{0,60}$",
        ),
        # an advert: a click-bait hook, a shop's offer, a trade event's pitch
        (
            "advert",
            r"\bone (weird|simple|easy|strange|odd) trick\b"
            r"|^(click|tap) here (to|for)\b.{0,120}$|^shop now\s*[:!–—-].{0,160}$"
            r"|^[^.!?]{2,80}\s[-–—]\s[^.!?]{0,80}\b(up to )?\d+ ?% off\W*$"
            r"|^.{0,160}\s[-–—]\s*(find out|see|learn|discover) (how|more|why)\s*(>>|»|›|→)?\W*$"
            r"|^(whitepaper|webinar|e-?book|sponsored links?)\s*:\s*\S.{0,160}$"
            r"|^.{0,160}[-–—,.]\s*no win,? no fee\W*$"
            r"|^win\b.{0,120}\btext [a-z0-9]{3,12} to \d{4,6}\b.{0,80}$"
            r"|^.{0,200}\b(t ?& ?cs|terms and conditions) apply\W*$",
        ),
    )
)
# A parenthesised credit at the very end of a line: "(Jane Roe / Agency)", "(AP Photo)", "(... Pool Photo via AP)".
CREDIT_RE = re.compile(
    r"\((?:[^()]*\b(?:photos?|photograph|photographer|images?|pictured|getty|shutterstock|pool|courtesy|credit)\b"
    r"[^()]*|[^()]{1,60}(?:\s/\s|[A-Za-z]/[A-Z])[^()]{1,60})\)\s*$",
    re.IGNORECASE,
)
ROLE_WORDS = _wordset(
    """writer editor reporter correspondent contributor columnist journalist author staff analyst researcher
    producer photographer senior chief political economics business foreign affairs contributing managing
    news desk and editorial intern fellow"""
)
