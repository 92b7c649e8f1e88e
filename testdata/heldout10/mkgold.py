#!/usr/bin/env python3
"""mkgold.py — judged facts of the heldout10 documents (harness format via
../heldoutgold.py). Run after make.sh; writes ./*.json.

Judging rules: a person by surname (endswith match: full name where the
surname comes first, "Qiu Lanfen", "Trần Quốc Bảo"); a country or
organisation speaking through "the representative of X" or as "X said" is
judged to X, also when speaking on behalf of a group; a role noun ("the
President", "the Chief Executive", "the mover", "the Secretary") and a
first-name follow-up ("Annika", "Dame Philippa") to the person holding it;
pronoun follow-ups to the antecedent. Collectives (members, delegations,
ministers, the Committee, the Board), anonymous people ("one member", "a
resident who did not give her name"), documents, decisions, roll calls,
action items and the author's voice are judged unattributed. Continuation
sentences in indirect speech without any cue are not judged.
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from heldoutgold import Q, S, U, write  # noqa: E402

DOCS = {
    "hrc-dialogue": dict(
        quotes=S("Rasmark-Tello", "A family that carries its water home should not pay more for it than a family that opens a tap",
                 "Write it down, make it public and send it to my office; a complaint that is documented is much harder to ignore")
        + S("Sarfo-Addae", "Toilets without treatment plants only move the problem downstream")
        + S("Diallo-Kessler", "They keep our cities alive and are treated as if they were invisible"),
        statements=S("Quillabamba", "recalled that the Council had before it the report of the Special Rapporteur",
                     "announced that the Council had concluded its interactive dialogue")
        + S("Rasmark-Tello", "the year had been marked by a quiet privatisation of water services",
            "devoted the thematic part of the report to the transparency of water concessions",
            "thanked the Government for its cooperation and for unrestricted access",
            "recommended that the kiosk tariff be aligned with the network tariff",
            "every concession contract, its annexes and its tariff formula should be published",
            "indicated that she intended to take it up in 2027",
            "She cautioned, however, that the mandate could not adjudicate disputes",
            "maintained that investment arbitration fell squarely within her mandate",
            "She reminded the Council that the Rapporteur who preceded her",
            "acknowledged the progress made since January")
        + S("Otgonbayar", "his Government welcomed the constructive tone of the report",
            "He regretted, however, that the report had relied on figures from 2022")
        + S("European Union", "access to water was inseparable from the right to health",
            "asked what minimum disclosure rules she would recommend to States")
        + S("Halvorsen-Mbeki", "commended the attention given to menstrual hygiene in schools",
            "She asked how donors could better support local utilities")
        + S("Chile", "had amended its Constitution to recognise water as a national good",
            "He invited the Special Rapporteur to visit Chile in 2026")
        + S("Egypt", "upstream infrastructure built without the consent of downstream States")
        + S("Sarfo-Addae", "sanitation lagged far behind drinking water in the national budgets")
        + S("Russian Federation", "objected to the inclusion in the report of matters that")
        + S("Bangladesh", "arsenic contamination of shallow tube wells remained a grave threat")
        + S("Ferrandis", "welcomed the recommendation on disconnections")
        + S("Engqvist", "communities living next to bottling plants were frequently the last to be consulted")
        + S("Diallo-Kessler", "drew attention to the situation of sanitation workers",
            "She urged the Council to recognise them as human rights defenders")
        + S("Plumbers and Pipefitters", "regretted that the report did not discuss the training of the technicians"),
        unattributed=U("The meeting was called to order at 3.05 p.m.",
                       "The Council then heard statements by non-governmental organisations.",
                       "asked what young people could do when local authorities ignored their complaints",
                       "This record is subject to correction",
                       "The meeting rose at 4.50 p.m."),
        queries=Q(("kiosk water price ger districts", "Residents there still bought water by the bucket from kiosks"),
                  ("arsenic tube wells delta", "arsenic contamination of shallow tube wells"),
                  ("sanitation workers human rights defenders", "who emptied pits by hand without protective equipment"),
                  ("water concession contract disclosure", "Confidentiality clauses could not be invoked against the users"),
                  ("bottling plants wells running dry", "documented wells running dry within two kilometres")),
    ),
    "mpc-minutes": dict(
        quotes=S("Rødahl", "We risk fighting yesterday's inflation with tomorrow's unemployment"),
        statements=S("Okonjo-Bram", "opened the meeting with a review of market developments since the January round",
                     "the Valdorian crown had depreciated by 2.1 per cent against the currency basket",
                     "she saw no sign of stress in the repo market",
                     "portfolio flows had been broadly balanced")
        + S("Felgueira", "growth in the fourth quarter had come in at 0.2 per cent",
            "services inflation was still running at 4.6 per cent",
            "He drew the Committee's attention to two risks")
        + S("Balastre", "the exchange rate had become a more important channel than in previous cycles",
            "He said that the Committee should not give the impression that it was indifferent")
        + S("Rødahl", "She argued that monetary policy remained clearly restrictive")
        + S("Ossendorf", "the case for maintaining the policy rate at this meeting was stronger")
        + S("Umlauf", "he would be prepared to support a cut in May if services inflation fell below")
        + S("Vardanyan", "asked that the minutes record her view that the Bank's communication")
        + S("Amanquah-Reid", "suggested that the release refer explicitly to services inflation")
        + S("Tarnowski", "reminded members that the next meeting would take place"),
        unattributed=U("One member noted that building permits had fallen for six consecutive months",
                       "Several members emphasised that services inflation remained too high",
                       "argued that firms' price expectations, as measured by the Bank",
                       "Another member pointed out that the labour market was loosening only gradually",
                       "Members agreed that the disinflation process was proceeding broadly as expected",
                       "It was noted that the credibility gained over the past two years had been costly",
                       "The Committee voted by six votes to one to keep the policy rate unchanged",
                       "Staff to prepare an analysis of exchange-rate pass-through"),
        queries=Q(("exchange rate pass-through inflation", "could add as much as 0.3 percentage points to inflation within a year"),
                  ("building permits construction", "saw little prospect of a rebound before the autumn"),
                  ("real interest rate neutral level", "the real rate was well above any estimate of its neutral level"),
                  ("interbank liquidity repo", "Liquidity in the interbank market remained ample"),
                  ("GDP growth projection", "The staff now projected GDP growth of 1.1 per cent")),
    ),
    "city-council": dict(
        quotes=S("Kessinger", "not going to fix Main Street by charging people to visit it")
        + S("Whitcombe", "studied this for two years; the consultant"),
        statements=S("Okafor-Lund", "reminded speakers that comments are limited to three minutes",
                     "the compromise showed the Council had listened to Main Street",
                     "She added that the meters would be reviewed after twelve months.",
                     "thanked departing Clerk Rosalind Baptiste for twenty-two years")
        + S("Waldmeier", "asked the Council to install a crosswalk near Lincoln Elementary",
            "drivers routinely exceed forty miles an hour")
        + S("Kessinger", "spoke against the proposed parking meters downtown",
            "half of his customers are retirees who will simply drive")
        + S("Oyelaran", "the Eastside Community Garden had lost its water connection in August")
        + S("Mavrides", "the resurfacing of Fulton Avenue is about 80 percent complete",
            "the leaf collection program will begin on November 3",
            "the garden's water line was shut off after a leak was found",
            "a lease was priced at about $9,000 per truck")
        + S("Echeverría-Paz", "asked whether the city had considered leasing vacuum trucks",
            "it was the third complaint his office had received this fall")
        + S("Pfeiffer", "the revenue, estimated at $210,000 a year, would be dedicated to sidewalk repair",
            "the sidewalk fund could be expanded to all wards in the next budget")
        + S("Dunleavy", "he supported the ordinance but shared some of the concerns",
            "He proposed an amendment extending the free period to one hour.")
        + S("Whitcombe", "a one-hour free period would defeat the purpose of the meters",
            "announced a town hall on the draft housing plan")
        + S("Thibodeaux", "noted that his ward has no metered parking",
            "congratulated the Harrow Falls High School marching band")
        + S("Venkataraman", "asked the City Attorney whether the amendment would require a new first reading")
        + S("Castellucci", "an amendment changing only the free period is not a substantive change"),
        unattributed=U("A resident who did not give her name complained about the noise from the rail yard",
                       "The resolution was adopted on a voice vote without objection.",
                       "There being no further business, the meeting was adjourned at 8:47 p.m.",
                       "Minutes prepared by the Office of the City Clerk",
                       "Roll call: Thibodeaux — no; Venkataraman — yes"),
        queries=Q(("crosswalk Lincoln Elementary speeding", "parents have started walking their children in groups"),
                  ("leaf collection vacuum trucks", "two of the city's four vacuum trucks are out of service"),
                  ("parking meter revenue sidewalk", "would be dedicated to sidewalk repair and lighting"),
                  ("community garden water", "volunteers have been carrying water in buckets"),
                  ("rail yard noise", "noise from the rail yard at night")),
    ),
    "ietf-wg": dict(
        quotes=S("Stavridis", "I don't want two incompatible digests on the standards track")
        + S("Lussac", "We learned more from other people's outages than from our own monitoring"),
        statements=S("Hollstrom", "presented the Note Well and reminded participants that the session is recorded",
                     "asked remote participants to join the queue through the meeting tool",
                     "Asked whether Aubrac would share the configuration of the health checker")
        + S("Tanrikulu", "the TTL cap for stale root hints is now a SHOULD rather than a MUST",
            "two open issues remain on GitHub",
            "fewer than 2% served stale hints for more than 24 hours")
        + S("Brandvold", "large resolver operators already serve stale data for up to three days",
            "presented a lightweight variant of zone digests aimed at small zones",
            "reduces signing time by an order of magnitude",
            "the draft is intended as a profile, not a competitor",
            "this kind of report is exactly what the operations community needs")
        + S("Wielgus", "without a hard cap, implementations will diverge",
            "Asked whether the authors had data on how long stale hints",
            "a single digest makes incremental zone transfers expensive")
        + S("Acheampong", "Suggested moving the operational guidance into an appendix",
            "code could be abused to display phishing text")
        + S("Ramaswami", "issue #41 is likely to be resolved by a one-sentence clarification",
            "the draft is ready for an adoption call once")
        + S("Stavridis", "Asked how this relates to the existing zone digest specification",
            "the charter milestones expire in December",
            "the IESG would look favourably on a recharter")
        + S("Lussac", "his company runs about 40,000 small zones for enterprise customers",
            "described an outage in March in which a misconfigured anycast route",
            "the failover worked as designed but took eleven minutes",
            "Health checks must test actual resolution, not just TCP reachability.")
        + S("Qiu Lanfen", "Offered to run benchmarks on the research testbed",
            "proposed removing the free-text field from the second code")
        + S("Okwu", "presented proposed additions to the extended DNS error registry",
            "Accepted the suggestion and will update the draft"),
        unattributed=U("Recording and slides are available in the meeting materials.",
                       "No changes to the agenda were requested.",
                       "clear hum for, a few against",
                       "Chairs note interest but will not run an adoption call",
                       "publish draft-ietf-dnsopslite-stale-hints-04",
                       "add a section comparing the draft with the existing zone digest specification"),
        queries=Q(("stale root hints TTL cap", "the TTL cap for stale root hints is now a SHOULD"),
                  ("anycast failover health checks port", "health checks were probing the wrong port"),
                  ("phishing extended DNS error code", "policy block, contact operator"),
                  ("zone digest signing time small zones", "drops the per-RRset hashing and computes a single digest"),
                  ("recharter milestones", "look favourably on a recharter that narrows the scope")),
    ),
    "trust-board": dict(
        quotes=S("Oduya", "I do not want anyone on this Board to get used to that sight",
                 "We will not switch on a system that is not safe, whatever the date on the plan"),
        statements=S("Oduya", "the Trust had seen its busiest October on record",
                     "He attributed the improvement to the new same-day emergency care unit",
                     "the position on corridor care remained unacceptable",
                     "on an average day around 120 beds were occupied",
                     "the phlebotomy service at Ledbury Cross had been suspended temporarily",
                     "the Board would take a formal go/no-go decision in February")
        + S("Quaye", "asked what proportion of the delays was due to patients who were medically fit")
        + S("Strachan-Voss", "the summary hospital-level mortality indicator was within the expected range",
            "the resident doctors' industrial action in October had led to the postponement",
            "paid tribute to consultants who had covered rotas at short notice",
            "an audit in September had found full compliance in 96% of cases",
            "She would bring the results of a repeat audit to the January meeting.")
        + S("Tillotson", "asked whether the two never events indicated a wider problem",
            "the committee had challenged the forecast and was not yet assured")
        + S("Penhallow", "the registered nurse vacancy rate had fallen to 6.8%",
            "She cautioned that the Trust's reliance on agency staff in maternity",
            "a preceptorship programme had been extended to eighteen months")
        + S("Orrell", "asked how the Trust was retaining newly qualified nurses")
        + S("Lockhart", "reported a year-to-date deficit of £6.3 million",
            "remained cautiously confident that the Trust would meet its year-end plan")
        + S("Castellaro", "asked why patients at the community hospital in Ledbury Cross")
        + S("Siddiqui", "asked whether the Board was confident that the new electronic patient record")
        + S("Arrowsmith", "confirmed that such parking was free",
            "She said the Board owed her a great debt"),
        unattributed=U("The minutes of 24 September were approved as an accurate record.",
                       "No new declarations of interest were made.",
                       "A member of the public asked about car parking charges",
                       "approved the Winter Resilience Plan",
                       "Repeat WHO checklist",
                       "The meeting closed at 12:40.",
                       "Action 112 (discharge lounge capacity) was closed"),
        queries=Q(("corridor care trolleys", "patients had waited on trolleys in the corridor"),
                  ("never events retained swab", "a retained swab in theatres and a wrong-site nerve block"),
                  ("nurse vacancies international recruitment", "largely due to international recruitment"),
                  ("phlebotomy Ledbury Cross blood tests", "being transferred to the main site for routine blood"),
                  ("deficit escalation beds", "escalation beds that had remained open since the summer")),
    ),
    "union-congress": dict(
        quotes=S("Mulcahy-Ibe", "They showed the whole movement that a library is not a line in a spreadsheet")
        + S("Abernethy-Cole", "We shelve the books, and then we go and shelve the tins")
        + S("Iturriaga-Weiss", "Culture is not free. Somebody always pays for it"),
        statements=S("Mulcahy-Ibe", "opened Congress on Friday morning with a tribute",
                     "had lost nearly a fifth of the value of their wages since 2010",
                     "She called on Congress to make this year the year the union stopped asking politely",
                     "thanked the conference arrangements committee",
                     "the union would return to Brackenport in 2026")
        + S("Ondrejka", "membership had risen for the third year running",
            "He warned that the union's finances would remain tight",
            "the executive would recommend a consultative ballot")
        + S("Abernethy-Cole", "described a colleague who had taken a second job stacking shelves",
            "the mover reminded Congress that turnout in last year")
        + S("Lasisi", "his branch had already surveyed its members")
        + S("Pritchard-Amadi", "a national ballot would fail to reach the 50 per cent turnout threshold",
            "She urged delegates to pursue targeted disputes")
        + S("Valtonen", "the price of a two-year e-book licence for a library could be five times",
            "He asked the union to campaign with authors' organisations")
        + S("Achterberg", "presented the results of a branch survey",
            "She called for lone working to be ended in all public-facing buildings.")
        + S("Brightwater", "praised the union's campaign for statutory library standards",
            "the Council had been too slow to defend local services")
        + S("Iturriaga-Weiss", "brought greetings from union members in 34 countries",
            "museum workers in two European capitals had won collective agreements"),
        unattributed=U("More than 340 delegates from 61 branches gathered",
                       "Motion 4 was carried by a large majority on a show of hands.",
                       "spoke of being followed home after closing a library at 8 p.m.",
                       "Several delegates described incidents in their own workplaces.",
                       "Congress elected Tunde Lasisi as Vice-President",
                       "Report compiled by the Communications Department.",
                       "Motion 16 on the same subject fell."),
        queries=Q(("e-book licence price libraries", "five times the retail price of the same title"),
                  ("lone working abuse survey", "two in three front-line workers had experienced verbal abuse"),
                  ("pay offer 3.2 per cent claim", "The employers' side had offered 3.2 per cent"),
                  ("Harlow Vale strike village libraries", "eleven-week strike against the closure of four village libraries"),
                  ("membership growth museum front-of-house", "fastest growth among museum front-of-house staff")),
    ),
    "media-panel": dict(
        quotes=S("Oyinlola-Marsh", "That is not a trend", "That is a map with holes in it")
        + S("Kettleborough", "Every newsroom I know spent five years waiting for the advertising money to come back")
        + S("Vilhjálmsson", "I regret that there was no better buyer")
        + S("Elmahdi", "A newsletter is a job for one person", "A newspaper is a public service for a town",
            "The most expensive story is the one you were too frightened to publish"),
        statements=S("Oyinlola-Marsh", "opened by reading out the number of local weeklies",
                     "wrapped up by asking each panellist for one sentence of advice")
        + S("Kettleborough", "now gets about 60 per cent of its income from members",
            "each of her nine reporters costs the organisation roughly double their salary",
            "the real issue was not the business model but the lack of trust",
            "said to ask readers for money before you need it")
        + S("Vilhjálmsson", "described selling the Herald as the hardest decision of his career",
            "the paper had been profitable until 2019",
            "groups of small publishers should buy cover together",
            "recommended looking for a buyer while the paper was still healthy")
        + S("Sokolova-Baptiste", "local broadcasters had been as careless as newspapers",
            "had cut its reliance on referrals from social media",
            "the public broadcaster had lived with that question for seventy years",
            "urged newsrooms to own their audience data")
        + S("Elmahdi", "was sceptical of the idea that any single model would save local news",
            "his newsletter has 3,100 paying subscribers",
            "only if she also learned how to read a council budget")
        + S("Okorafor", "asked whether any of the panellists would advise her to go into local reporting")
        + S("Obi", "wanted to know how small titles could afford legal insurance"),
        unattributed=U("The Harbour Room was full ten minutes before the start",
                       "asked whether public funding would compromise independence",
                       "Nobody on stage claimed to have solved the problem",
                       "The festival organisers say the session recording will be online next week",
                       "The State of Local News: Annual Census",
                       "Public Funding and Editorial Independence: Ten Case Studies",
                       "Posted by Imogen Feathersby, festival blog team"),
        queries=Q(("membership income nonprofit newsroom", "philanthropy and events"),
                  ("social media referrals radio app", "by investing in email and its own app"),
                  ("legal insurance small publishers", "as his old company had done with printing"),
                  ("newsletter paying subscribers court reporter", "would never pay for a court reporter or a photographer"),
                  ("local weeklies stopped printing", "stopped printing in the country since 2015")),
    ),
    "ministerial": dict(
        quotes=S("Roimata-Sefo", "a theft from the poorest households of the ocean",
                 "a promise to the fishers, not only to each other")
        + S("Chandrasekaran", "The fish do not read our maritime boundaries")
        + S("Weerasekara", "Give us the right to manage our waters, and we will protect them better than any patrol boat"),
        statements=S("Roimata-Sefo", "recalled that fish provided more than half of the animal protein",
                     "She urged Member States to conclude the work on a regional vessel register",
                     "She announced that Sri Lanka had offered to host the Eighth Ministerial Conference")
        + S("Wirananda", "highlighted the launch of the shared satellite monitoring platform",
            "enforcement alone would not succeed without alternative livelihoods")
        + S("Vantongeren", "eleven Member States had now ratified the Port State Measures Protocol")
        + S("Dimasalang", "had installed vessel monitoring devices on all commercial boats",
            "He proposed that the Association develop a common list of vessels")
        + S("Veikune", "small island states bore the heaviest burden of illegal fishing",
            "She called for a regional pooled fund for maritime surveillance")
        + S("Australia", "announced an additional contribution of 12 million dollars")
        + S("Japan", "expressed support for the common vessel list and offered training")
        + S("Chandrasekaran", "skipjack tuna stocks could shift eastward",
            "such a shift would reduce licence revenues for several western Member States")
        + S("Trần Quốc Bảo", "coastal aquaculture was increasingly exposed to salinity and storm surges",
            "He suggested that the next work programme include a component on climate-resilient aquaculture")
        + S("Malaysia", "emphasised the role of mangrove restoration")
        + S("Belo", "underlined the need for predictable finance",
            "most climate funds had been designed for land-based projects")
        + S("Kingi-Matthews", "women accounted for nearly half of the workforce in post-harvest processing")
        + S("Weerasekara", "called on governments to recognise customary tenure")
        + S("Abeywardene", "co-management had produced good results in his country's lagoons")
        + S("India", "joined the consensus on the understanding that the Register"),
        unattributed=U("Ministers exchanged views on the implementation of the regional plan of action.",
                       "Several delegations underlined the importance of protecting the rights of migrant fishers",
                       "It was recalled that forced labour at sea was often linked to illegal catch.",
                       "committed to establish a Regional Register of Fishing Vessels by 2027",
                       "Delegations expressed their gratitude to the Government and people of the host country",
                       "The session was moderated by Ms. Aroha Kingi-Matthews",
                       "The Conference adopted the Port Moresane Declaration on Sustainable Ocean Livelihoods"),
        queries=Q(("satellite monitoring vessels detained", "detention of 37 foreign vessels"),
                  ("skipjack tuna shift mid-century", "by as much as 20 per cent by mid-century"),
                  ("mangrove restoration workshop", "offered to host a regional workshop in 2026"),
                  ("women post-harvest processing decision-making", "largely absent from decision-making bodies"),
                  ("pooled fund maritime surveillance licence fees", "financed in part by licence fees")),
    ),
}

write(HERE, DOCS)
