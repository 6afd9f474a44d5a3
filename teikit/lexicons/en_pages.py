"""English: the furniture of the web pages transcripts are copied from (site widgets, share
bars, cookie and newsletter notices, footers, breadcrumbs, pagers), whole lines or phrases
that are never speech. Part of `teikit.lexicons.en.ENTRIES`."""
_SHARE = (r"share|tweet|facebook|twitter|x|linkedin|whatsapp|telegram|email|e-mail|print|reddit|"
          r"vk|livejournal|instagram|youtube|send by email|weibo|wechat|mastodon|bluesky|threads|flickr|rss|"
          r"pinterest|tumblr|bookmark|bookmark and share")
_LANGS = (r"english|français|francais|español|espanol|deutsch|русский|中文|العربية|"
          r"português|portugues|italiano|日本語|한국어|türkçe|polski|українська|فارسی|"
          r"bahasa|tiếng việt|हिन्दी|اردو|french|spanish|arabic|chinese|russian|german")
# A wire photo's caption printed between the turns of a news page: one sentence about the
# picture, closed by its date and place ("…, Apr. 4, 2023 in New York City.", B2263l).
_WIRE_CAPTION = (r"^[^\W\d_][^?!:;\n]{30,180}, (?:(?:mon|tues|wednes|thurs|fri|satur|sun)day, )?"
                 r"(?:jan|feb|mar|apr|may|jun|jul|aug|sept?|oct|nov|dec)[a-z]*\.? \d{1,2}, (?:19|20)\d\d,? "
                 r"in [^\W\d_][\w .'’-]{1,40}\.$")

PAGE_ENTRIES = dict(
    # an image's alt text: the heading it shows, then the word for the picture (H510a)
    photo_credits=(r"photo(?:graph)?s?|picture|pic|image|photo credit|credit",),  # "… Photo: Ann Lee": a caption closed by its credit (H1751j); "… Pic: Ann Lee" (L2507m)
    image_alt_tails=(r"(?:podcast\s+)?(?:episode\s+)?(?:cover(?:\s+(?:art|image))?|artwork|thumbnail)",),
    back_links=(r"(?:back|return|go) to (?:the )?top(?: of (?:the |this )?page)?|top of (?:the |this )?page",),  # a link back to the page's top (B2490m)
    poll_headings=(r"polls?|quick poll|opinion poll|reader poll",),  # a poll widget over its question (B2246l)
    poll_results=(r"(?:view |see |show )?results|vote",),
    related_box_headings=(r"(related|more|latest) (articles|stories|news|posts|coverage)\b.{0,60}", r"more (on|about) (this|the) (topic|story)\b.{0,40}",),  # (B600a)
    page_languages=(_LANGS,),
    reader_addresses=(r"dear (readers?|subscribers?|listeners?)\b",),  # a site's appeal after the last answer (B863d)
    share_words=(_SHARE,),
    boilerplate_anywhere=(
        ("official website", r"official website of the united states"),
        ("how you know", r"here[’']s how you know"),
        (".gov", r"official websites use \.gov|\.gov website belongs to|secure \.gov websites"),
        ("https://", r"https:// means you"),
        ("sensitive information", r"share sensitive information only on official"),
        ("originally", r"\boriginally (published|posted|appeared) (on|in|at|by)\b"),
        # a repost note: "This interview also appears in The Harbour Review." (B862d)
        (" appear", r"^\W{0,2}this (interview|conversation|q&a|article|piece|essay) (also |first |originally )?appear(s|ed) (also )?(in|on|at) [^,;!?]{1,160}$"),
        # a repost's credit: "Original article on [The Harbour Review](https://…)" (B1236h)
        ("riginal ", r"^\W{0,2}original (article|interview|post) (on|in|at|by|from|:) ?[^;!?]{1,300}$"),
        ("press release", r"reported according to a press release|\bpress release sent by\b"),
        ("mailing list", r"\b(join|subscribe to|sign up (for|to)|add me to) (our|the|my)( [\w.\-]+){0,3} mailing list\b"),
        ("newsletter", r"\bsign up for (our|the) newsletter\b|\bnewsletter\b.*\bsubscribe\b"),
        ("the above", r"click (on )?the above (picture|image|photo)"),
        ("browse in", r"browse in (multiple|other) languages"),
        ("language", r"\b(select|choose|change) (your |a )?language\b"),
        ("cookie", r"\bwe use cookies\b|\bcookie (policy|settings|preferences|notice)\b"),
        ("rights reserved", r"\ball rights reserved\b"),
        ("°", r"-?\d+\s?°\s?[cf]\b"),
        ("loading", r"^(loading\s?(\.\.\.|…)\s?)+$"),  # a widget's placeholder, "Loading ... Loading ..." (B2246l)
        (" now", r"\b(join|subscribe|sign up|register|donate|apply|buy|shop) now\b"),
        ("kb)", r"\(\s*\d+\s*[km]b\)"),
        # transcription services' and wikis' widgets, photo credits, donation details
        ("transcri", r"^transcribe your own content$|^try \w+ (for free )?and save time transcribing|"
                     r"^follow \w+ transcripts$"),
        ("here", r"\bread the (full |latest )?(transcript|update|story)\b[^.]{0,80}\bhere\.?$"),
        ("proofread", r"^this page (has been|has not been|needs to be) proofread|"
                      r"^(not )?proofread(ed)?( by \d+ (readers?|users?|people))?$"),  # a transcript's review widget
        # a web server's error line printed into the page (server-side includes)
        ("directive", r"^\[an error occurred while processing this directive\]$"),
        # a broadcaster's credit notice, and a player page's notice over a machine transcript
        ("credited", r"\bmust be credited if\b"),
        # a share bar's links read as their accessibility text: "Whatsapp: opens in a new window"
        ("new window", r"^[\w ]{1,20}: opens in a new window$"), ("new tab", r"^[\w ]{1,20}: opens in a new tab$"),
        # page widgets found by a literal first (cheaper than a line-start phrase on every
        # line): skip links, a subtitle page's download widget, a relative date, the transcript
        # tab, a link to the recording
        # a text-size control (B2311l)
        ("size", r"^(font|text) size\s*:?$"),
        ("jump to", r"^jump to (navigation|search|content)\b"), ("navigation menu", r"^(main )?navigation menu$"),
        ("download", r"^download (subtitles|captions|transcript)$"),
        ("ago", r"^\(?\d+ (minutes?|hours?|days?|weeks?|months?|years?)(, \d+ (minutes?|hours?|days?|weeks?|months?))? ago\)?$"),
        ("transcript", r"^(episode |full |video )?transcript$"),
        ("webcast", r"^(watch |listen to )?(the )?webcast( recording)? of (the|this) (press )?"
                    r"(briefing|conference|interview|event|meeting|hearing)$"),
        ("generated", r"^(available )?transcripts? (are|is) (automatically|machine|auto)[- ]generated\b"),
        ("logo", r"^[\w .&'’-]{1,40} logo$"),  # a site's logo read as its alternative text
        (", 20", _WIRE_CAPTION), (", 19", _WIRE_CAPTION),  # a wire photo's caption between turns (B2263l)
        ("getty images", r"\bgetty images$"), (" photo", r"^[\w.' -]{0,40}\b(ap|afp|epa|reuters|dpa) photo\b"),
        ("iban", r"\biban\s*:?\s*[a-z]{2}\d{2}"), ("paypal", r"^paypal\b"),
        ("top of doc", r"\btop of doc\b"),
        # a line ending in a phrase is found by its literal (as ".*\b...$" from the line start
        # it would be tried at every character of every line)
        ("top page", r"\btop page$"),
        # archive banners and plug-in notices
        ("historical collection", r"you have accessed part of a historical collection"),
        ("outdated", r"information contained (with)?in may be outdated"),
        ("flash player", r"\bflash player\b"),
        # breadcrumbs whose arrows are images ("Start arrow Media arrow Page") or whose home link
        # is an icon ("> Archive> Press"; lines are matched with ">" stripped at both ends);
        # behind their literal, so the patterns run on the few lines that hold it
        (" arrow ", r"^[^\n]{1,80}?( arrow [^\n]{1,80}?){2,}$"),
        (">", r"^[^\W\d_][\w .'’-]{0,40}[^\W\d_]>[ \t]*[^\W\d_][\w .'’-]{0,40}$"),
        ("javascript", r"\b(enable|activate|abilitare|attivare|activer|aktivieren|habilitar|включите)\b.*\bjavascript\b"),
    ),
    boilerplate_lines=(r"you are here\s*(:\s*[^.?!]{0,120})?$",
                       # an attachment viewer's notice over a document shown as text (B2546m)
                       r"if there are images in this attachment, they will not be displayed\.( download the original attachment)?$", r"[•·]?\s*no (results|matches)( found)?\.?$", r"(password[- ])?protected$", r"copied!$",  # a breadcrumb's lead, a viewer's empty search and widgets (B1458i)
    # (and "No results found." with its full stop, an empty search notice too: B2289l)
                       r"(an?|some) (unexpected )?error (has )?occurred\b.{0,120}?(please )?try again later[.!]?$",  # a web form's failure notice: an error, then "try again later" (B1752j)
                       r"(listen to|read|watch|see) (also )?(the )?(first|second|third|previous|next|other) (part|episode|installment)\b.{0,60}$|(listen to|read|watch) part (one|two|three|\d)\b.{0,60}$",  # a link to another part of the same interview (B160q)
                       r"\|?\s*(reading time\s*:\s*\d+\s*min(ute)?s?\.?|\d+\s*min(ute)?s? read)$",  # a reading-time widget (B151p)
                       
        # a radio show's banner: its call-in number, its air times, a removed player's heading
        # ("Call the Show 800-520-1234", "LIVE: Mon-Fri, 6-9AM, ET", "The audio:"; B2120k)
        r"call( (the|our) (show|studio|line|hotline)| us| in)?\s*:?\s*(\+?1[ .-])?\(?\d{3}\)?[ .-]\d{3}[ .-]\d{4}\b.{0,40}$",
        r"(live|on air|airs?|weekdays)\s*:?\s*(mon|tue|wed|thu|fri|sat|sun)[a-z]{0,6}\.?\s*[-–]\s*(mon|tue|wed|thu|fri|sat|sun)[a-z]{0,6}\.?,?\s*"
        r"\d{1,2}(:\d{2})?\s*(am|pm)?\s*[-–]\s*\d{1,2}(:\d{2})?\s*(am|pm)\b.{0,20}$",
        r"the (audio|video|podcast)( player| clip)?:$",
        r"back to (the )?[\w '’-]{1,40}$",  # a navigation link back to the portal or section
        r"what('s| is) your reaction\s?\?$",  # a news feed's reaction widget
        # a link to the previous or next part of a long record or episode
        r"(go to )?(the )?(previous|next|first|last) (part|page|section|chapter|episode|segment)( of (the |this )?[\w '’-]{1,30})?$",
        r"[\[(]?\s*(advertisement|sponsored content|sponsored|advert)\s*[\])]?$",  # an advertisement's label
        # an advertisement's label with its call to scroll on, a blog's cut before the rest of the post (B2063k)
        r"((advertisement|ad)\s*[-–—|:]?\s*)?(scroll|continue) (down )?to (continue|keep) reading$",
        r"(read|see) the rest (after the (jump|break|fold)|of (this|the) (post|entry|article|story))\b.{0,3}$",
        r"this (post|article|story|item) (was|is) (originally )?(published|posted|appeared)",
        r"accept (all )?cookies$", r"(©|copyright ©?\s*\d{4}|copyright ©)",  # and "Copyright © Acme" with no year (B2284l)
        r"skip to (main )?content$", r"back to top$", r"print( this)?( page)?$",
        # the stamp a declassified document prints on every page (an archive's OCR text layer)
        r"(declassified( in part)?( and| -)? )?(sanitized copy )?approved for release \d{4}/\d{2}/\d{2}\b",
        # pagination of a record's segments
        r"(page|segment|part) \d+ of \d+\b",
        r"\S.{0,80}?(?: {3,}|\t)(?:page|p\.) ?\d{1,4}(?: of \d{1,4})?$",  # a running head and its page counter: "Harbour Oral History Project      Page 2 of 14" (B1279h)
        r"page \d{1,4}: \S.{0,120}$",  # a document viewer's page marker: "Page 2: <the document's title>"
        r"share( this)?( (page|article|post|story))?( on| via)?:?$",
        r"(latest|related|recommended|popular|more|most read) (articles?|news|stories|posts|from)\b",
        r"(next|previous) (article|post|story)\b", r"read (more|next)\b",
        r"(show|see|view) (more|less)$",  # a page's show-more/less toggle (H41)
        # a parliament's record: links to the whole debate, and the widget under each member's
        # label ("- Hansard - - - Excerpts")
        r"read (the )?(full|hansard) (debate|text)$", r"-?\s*hansard(\s+-)+\s+excerpts$",
        r"(home|menu)\s*[>»›/|]", r"bookmark and share$", r"(accessible|high[- ]contrast|text[- ]only) version$",
        r"(printable (banner|version)|printer[- ]friendly( version)?|text version)$",
        r"(direct link|publication date|permalink)\b",
        r"(read|leer|lire|lesen|leggi|ler) (in|en|auf|em) \w+$",
        r"(print|email|share|download)( this)? (page|article|transcript|story)$",
        r"see also\b", r"listen to (this|the) (episode|podcast)\b",
        # a podcast page's player prompt and its members' appeal over the transcript: "Listen or
        # watch on your favorite platforms", "Become a Harbour Talk Premium member to access full
        # episode transcripts & more" / "Members also get … exclusive bonus content. …" (B2505m)
        r"(listen|watch)( (or|and|&) (listen|watch))?( (to|on) (it|this|the episode))? (on|in|with) (your )?(favou?rite|preferred) "
        r"(podcast |audio |video )?(platforms?|apps?|players?|services?)[.!]?$",
        r"become an? [\w'’&.-]+( [\w'’&.-]+){0,4} (members?|subscribers?|supporters?) to (access|unlock|get|read|hear|view|enjoy)\b.{0,120}$",
        r"members (also )?(get|receive|enjoy)\b.{0,200}\b(exclusive|bonus|ad-free|early access)\b.{0,300}$",
        r"(guest|bonus|solo|special|trailer|mini|premium|members?[- ]only|rerun|encore) episode$",  # the episode's kind over its date (B2505m)
        r"listen to (this|the) (article|story)(\s*[·|(-]?\s*\d+\s*min\w*\)?)?$",  # an audio player over the article (B1216h) r"subscribe (to|on)\b",
        # a service's promotion: "Try Acme for free and ...", "Start your free trial"
        r"try [\w .'’-]{1,30}? (for )?free\b", r"start your free trial\b",
        # and a transcription service's banner over the transcripts it hosts: "Transcribe all your
        # audio with Acme" / "Blazing fast. Incredibly accurate. Try it free." / "No credit card
        # required" (B2421l)
        r"(transcribe|convert|caption|subtitle|translate) (all )?(of )?your (audio|video|recordings?|files?|meetings?|podcasts?)"
        r"( (and|&) (audio|video)s?)?( files)?( (in)?to (text|captions|subtitles))? (with|using|on) [\w .'’-]{1,30}$",
        r"([\w ,'’-]{1,40}[.!] ){1,4}try (it|us) (for )?free[.!]?$", r"no credit card (required|needed)[.!]?$",
        # document-sharing viewers and video pages: zoom, pager and download widgets, the
        # "Transcription" tab; "(Watch it here)" links; mobile/desktop switches
        r"size:\s*px$", r"start display at page:?$", r"download\s+[\"“].{1,200}[\"”]$", r"transcription$",
        r"\(?\s*(watch|listen to|see) (it|this|the (full )?(video|interview|clip|audio|broadcast)) here\s*\)?\.?$",
        r"(desktop|mobile)[- ]version$", r"(pages|blog archive|about me|followers)$",  # a blog's widget headings
        # a pager "< Back   CONTENTS   Next >", never a headline quoted whole between guillemets
        # ("«We never left the harbour»": no wide gap between its words; B170k)
        r"(?!«(?:(?!\s{2})[^«»])+»$)[<«‹][ \t]*\w[^<>«»‹›]{0,60}\w[ \t]*[>»›]?$",
        # a distribution service's widget: a date, then fields between bars ("01/16/2026 | Press release | ...")
        r"\d{1,4}[/.\-]\d{1,2}[/.\-]\d{2,4}\s*\|[^|]*\|",
        # a page's footer and sidebar: legal links, comments, share buttons, related links, blog
        # widgets, counters (each a whole line)
        r"(privacy( policy| notice)?|terms (of (use|service)|and conditions)|contact us|about us|cookie policy|sitemap)$",
        r"hosted (on|by) [\w .'’-]{1,30}\. see [\w./-]{1,80} for more information\.?$",  # a podcast host's footer (B518a)
        r"(leave a (comment|reply)|post a comment|add a comment|\d+ comments?:?|comments? \(\d+\)|no comments( yet)?|comments (on|to) (the )?(post|message|article|story|entry)( #?\d+)?)$",  # (B513a)
        r"(tweet|e-?mail|facebook|twitter|whatsapp|linkedin|telegram|reddit|pinterest|flipboard)$",
        r"share (on|via|to) (facebook|twitter|x|linkedin|whatsapp|telegram|email|reddit)\b.{0,40}$",
        r"follow us( on [\w ]{1,30})?$", r"loading(\.\.\.|…)$",
        # a blog's comment form and like button, as WordPress prints them under every post (B1228h)
        r"leave a (reply|comment)( cancel reply)?$", r"cancel reply$", r"like loading(\.\.\.|…)$",
        r"your email address will not be published\.?( required fields are marked( \*)?\.?)?$",
        r"required fields are marked( \*)?\.?$",
        r"save my name, email, and website in this browser for the next time i comment\.?$",
        r"notify me of (new|follow-up) (comments|posts)( by email| via email)?\.?$", r"post comment$",
        r"(you (may|might) also like|most (popular|viewed|read|shared)|related( (posts|stories|articles|content|videos))?|"
        r"related (information|links)( \([^()]{1,60}\))?|posts? tagged [\w '’-]{1,40}\.?|"  # a related-links box, a tag archive (B550a)
        r"trending( now)?|more from [\w .'’-]{1,40})$",
        r"posted by [\w.'’ -]{1,40} (at|on) .{1,40}$", r"(newer|older) posts?\b.{0,40}$", r"like this:$",
        r"subscribe to:? post comments\b.{0,20}$", r"<<\s*home$",  # a blog's comment footer, as Blogger prints it (B2060k)
        r"original(ly)? (post|posted|published|article) (on|in|at) (the )?(blog|site|journal|website)\b.{0,80}$",  # a repost's pointer to the original (B2062k)
        # a document viewer's share line and loading notice above the document's text (B2061k)
        r"share\s+[\"“].{1,200}[\"”]$", r"loading\s*(\.+|…)\s*\(view full ?text now\)$", r"full ?text$",
        r"(tags?|labels?|categories|filed under)\s*:\s.{1,160}$",
        r"(photo|image|picture|video) (credit|caption)s?\b.{0,80}$", r"(image|photo) caption$",
        r"(read also|also read|read next|see more)\s*:.{0,160}$",
        r"views?:?\s*[\d,.]+$|[\d,.]+\s+(views?|listeners|plays|listens)$", r"\d+\s+min(ute)?s? read$",
        # a subtitle page's download formats
        r"(srt|vtt|ass|sbv|ttml|dfxp)$",
        # a link's call to action; a machine transcript's disclaimer ("This transcript was
        # automatically generated ...", "Available transcripts are automatically generated.")
        r"(click|tap) (here|this link)\b.{0,200}$",
        # a video page's call to its player: "To watch the media conference in full, please click
        # on the red button." (B2142k)
        r"(to (watch|view|see|hear|listen to) [\w .,'’&-]{1,80}, )?(please )?(click|tap|press) (on )?the [\w'’-]{1,20}( [\w'’-]{1,20})? (button|icon|player)\.?$",
        # a picture's credit and source ("( Ann Lee / AP Photo )", "Image source: Acme."); share
        # buttons glued together ("Share on FacebookShare on Twitter")
        r"[(\[]\s*[^()\[\]]{1,60}/\s*[^()\[\]]{0,40}\b(photo|photos|images?|pictures?)\s*[)\]]$",
        r"(image|photo|picture|video) (source|credit|courtesy)s?\s*:.{0,120}$",
        r"(share on (facebook|twitter|x|linkedin|whatsapp|telegram|reddit|e-?mail)\s*){2,}$",
        r"(send|e-?mail|write) (a letter |an e-?mail |a message )?to the (editor|editors|newsroom)\b.{0,120}$",  # a call to write to the newsroom (B554a)
        # a video archive's clip widget: its buttons and its messages (B553a)
        r"(successfully saved|failed to save|save) (this )?clip$", r"find all your clips in my lists?$",
        r"add to my list$", r"auto-?scroll:?\s*(on\s*/?\s*off|on|off)$",
        # a broadcaster's funder and distributor credits and its viewing links (B551a)
        r"support for [\w .'’&-]{1,60} (is|was) provided by\b.{0,300}$",
        r"[\w .'’&-]{1,60} is an? (local )?(public )?(television|radio|tv) (program|programme|show|series) (presented|produced|distributed) by\b.{0,100}$",
        r"how to watch [\w .'’&-]{1,60}$", r"buy now$", r"providing support for [\w.-]{1,40}$",
        # a podcast directory's episode page: its rating prompts, its notice over the machine
        # transcript and its search hint (B2160k)
        r"(good|great|like|liked|enjoy(ed)?) (this )?(episode|podcast|show)\? (give it some love|rate it|leave a (rating|review))!?$",
        r"rate (this |the )?(episode|podcast|show)$",
        r"transcripts? (are|is) (displayed|shown) as (originally )?(observed|recorded|transcribed)\b.{0,160}$",
        r"(use )?(ctrl|cmd|command|⌘) ?\+ ?f to (search|find)\b.{0,40}$",
        r"(this |the |available )?(transcripts?|captions?|subtitles?|text) (was|were|is|are|has been|have been) "
        r"(automatically|machine|computer|ai|auto)[- ]generated\b.*",
    ),
    menu_words=frozenset("home news links sport sports culture business politics world opinion video videos audio podcast podcasts contact about us weather travel science tech technology health entertainment lifestyle events jobs careers search login shop blog archive archives media photos gallery local national international economy education arts music books more faq help exclusive analysis features live breaking".split()),  # a menu bar printed as one line (H315a)
    boilerplate_soft=(
        # a site's account widget: "Sign in", "Log in to your account", "Sign up" (B312a)
        r"^(sign in|sign out|log ?in|log ?out|sign up|register|my account|create (an |your )?account)$",
        r"^(sign|log) ?in (to|with) (your|my) [^.!?:;,]{1,30}$",
        r"^not (a member|registered)( yet)?\??$", r"^(join now|become a member|register now)( (now|today|for free))?\s*[»›>→]?$",  # its call to join (B1671i)
        r"^(forums?|message boards?)\s+[\w-]+(\.[\w-]+)+$",  # a forum's name with its domain: "Forum example.org" (B513a)
        r"^(search|menu)$", r"^(e-?mail|mail|send|share|forward) this (story|article|page|post|item)( to a friend)?\.?$", r"^welcome to (the )?[^.!?:;,]{2,40}$",  # a lone search widget, a share link, a site's welcome banner (H122m)
        r"\bdonat(e|ion|ions)\b", r"\bsubscribe\b", r"\bsupport (our|us)\b",
        r"^(source|via|courtesy(?: of)?|credit|photo|image|tags?|categor(y|ies)|filed under|"
        r"posted (in|by|on)|published (in|by|on))\s*:",
        r"^(source|courtesy( of)?|via)\s", r"\b(press releases?|news|blog)$",
        r"^(table of )?contents$",  # a page's "Contents" link
        r"^(last )?updated\b", r"^filed under\b",
    ),
)
