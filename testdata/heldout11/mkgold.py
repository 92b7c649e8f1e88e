#!/usr/bin/env python3
"""mkgold.py — judged facts of the heldout11 documents (acceptance harness
format, name_match "surname") and a check that every snippet occurs exactly
once in pdftotext of its PDF after the harness's folding. Run after make.sh.

Judging rules: a person is judged by surname (hyphenated surnames whole); a
country or party speaking in a bulletin is its own speaker, also when it
speaks "for the GROUP" or is "supported by" another; a role noun ("the
Chair", "the Commissioner", "the Provost") and a first name are judged to the
one person they name; pronoun follow-ups go to the previous speaker; a
reporter's question is judged to the reporter. Joint subjects are not judged.
Collectives (participants, delegations, the leaders, the committee, the
senate), documents, anonymous people, action items and the author's own
narration are unattributed.
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from heldoutgold import Q, S, U, write  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS = {}

DOCS["cyber-conference"] = dict(
    quotes=S("Vlasenko", "at a time when most ministries still faxed their incident reports")
    + S("Oyelaran-Brandt", "no single country can patch its way out of a crisis that crosses thirty borders in an afternoon")
    + S("Hrabovská", "We never rehearsed for a hospital that could switch on its lights")
    + S("Marquardt-Fenn", "the people breaking them do not read communiqués")
    + S("Ventrella", "the first person to know is usually a shift engineer in a control room")
    + S("Sørlie", "Trust is built in the boring hours, long before the incident")
    + S("Dvořáková", "Paying buys you a decryption tool, and usually a bad one")
    + S("Lindqvist-Oduya", "Every hour a hospital spends negotiating with criminals")
    + S("El-Haddad", "We found the same infection chain on phones in four countries"),
    statements=S("Vlasenko", "argued that the measures had aged well in principle but poorly in practice",
                 "the Chairpersonship would take forward three proposals from the conference")
    + S("Oyelaran-Brandt", "would publish a revised directory of points of contact before the summer")
    + S("Hrabovská", "had taught her government more about resilience than any tabletop exercise")
    + S("Sørlie", "the exercise had exposed gaps in legal authority rather than in technology",
        "Norway sanitised indicators before release and had never seen a case")
    + S("Qasimova", "employed fewer than five security staff", "proposed a pooled regional duty roster so that smaller States")
    + S("Ventrella", "called for operators to be given a formal channel into the points-of-contact network")
    + S("Aalto", "had reported 61 ransomware incidents in 2024, up from 38")
    + S("Dvořáková", "insurance clauses had in some cases made payment the cheapest option on paper")
    + S("Lindqvist-Oduya", "would push victims to conceal incidents altogether", "She favoured mandatory reporting within 72 hours instead")
    + S("Ireland", "had disbursed grants to 17 county councils to rebuild their networks")
    + S("Achterberg", "could cover something quite different six months later",
        "would only reward the least scrupulous vendors"),
    unattributed=U("brought together some 240 participants from 38 participating States",
                   "It does not reflect the official position of the Forum",
                   "asked whether sharing technical indicators with private operators risked exposing intelligence sources",
                   "Voluntary norms remain useful as a shared vocabulary",
                   "Contact points must be reachable outside office hours",
                   "several delegations asked for more time to consult their capitals",
                   "Confidence-Building Measures in Cyberspace: Implementation Review 2024"),
    queries=Q(("ransom payment ban", "argued against an outright legal ban on ransom payments"),
              ("spyware moratorium verification", "would only reward the least scrupulous vendors"),
              ("duty roster smaller administrations", "proposed a pooled regional duty roster so that smaller States"),
              ("hospital outage Košice", "The hospital outage that had struck Košice in 2023"),
              ("insurers ransomware", "insurance clauses had in some cases made payment the cheapest option on paper")),
)

DOCS["leaders-readout"] = dict(
    quotes=S("Whitcombe", "as seriously as we treat our power grids and our ports")
    + S("Kothandaraman", "Water that falls on the village must stay in the village")
    + S("Nwosu-Bello", "It is that the money stops at the ministry door")
    + S("Khumalo-Dube", "a city can run out of water long before it runs out of rain"),
    statements=S("Whitcombe", "more than two billion people now live in water-stressed countries",
                  "announced a new $400 million facility to help partner countries modernize",
                  "the United States would host an in-person summit in the autumn")
    + S("Kothandaraman", "had restored more than 60,000 village ponds since 2019",
        "He proposed that summit partners establish a shared early-warning platform for droughts")
    + S("Nwosu-Bello", "financing must reach local utilities rather than remain in capitals")
    + S("Greiner", "offered to host a technical workshop on glacier monitoring in the Alps",
        "Alpine glaciers have lost more than a third of their volume in his lifetime")
    + S("Fournier-Lang", "announced a contribution of $50 million to the new facility")
    + S("Albornoz", "desalination must not become an excuse for neglecting aquifers",
        "invited other leaders to join Chile's initiative on groundwater accounting")
    + S("Tanabe", "Tokyo loses less than three percent of its treated water to leaks",
        "stands ready to share this expertise through technical cooperation")
    + S("Khumalo-Dube", "nearly left Cape Town without running water in 2018")
    + S("Marsh-Tembo", "is accelerating in 40 percent of the aquifers the agency monitors"),
    unattributed=U("brought together heads of state and government from twelve countries",
                   "Several leaders emphasized the links between water scarcity, food security and migration",
                   "The leaders agreed to task their representatives with preparing a joint action plan",
                   "Mirela Dobrescu, Prime Minister of Romania",
                   "Søren Vinther, Prime Minister of the Kingdom of Denmark",
                   "Ahmad Rashidov, President of the Republic of Uzbekistan"),
    queries=Q(("glacier monitoring workshop", "offered to host a technical workshop on glacier monitoring in the Alps"),
              ("Cape Town day zero", "nearly left Cape Town without running water in 2018"),
              ("leak detection Japan", "Tokyo loses less than three percent of its treated water to leaks"),
              ("Canada contribution facility", "announced a contribution of $50 million to the new facility"),
              ("groundwater depletion aquifers", "is accelerating in 40 percent of the aquifers the agency monitors")),
)

DOCS["enb-daily"] = dict(
    quotes=S("Tuvalu", "not a commodity but the ground we stand on")
    + S("Al-Mansoori", "a treaty made entirely of brackets will not protect a single river"),
    statements=S("Senegal", "called for a provision recognizing artisanal sand miners",
                 "strict thresholds could criminalize entire villages")
    + S("India", "opposed any globally binding extraction cap")
    + S("China", "suggested that thresholds be set nationally and reported through a common template")
    + S("EU", "proposed a tiered approach, with binding requirements for marine and riverine extraction")
    + S("Switzerland", "river sediment should be treated as a shared resource wherever rivers cross borders")
    + S("Bangladesh", "upstream dams trap sediment and accelerate the sinking of deltas")
    + S("US", "questioned whether the instrument should address dam sediment at all")
    + S("Egypt", "most watercourse agreements were silent on sediment")
    + S("Aasland", "proposed that a small drafting group prepare bridging language on transboundary sediment")
    + S("Quintanar-Vidal", "reminded them that the group would meet in closed session")
    + S("Benkirane", "asking whether parties preferred a dedicated fund or existing mechanisms",
        "views on the financial mechanism remained far apart")
    + S("Argentina", "called for a dedicated multilateral fund with predictable contributions")
    + S("Japan", "preferred to channel support through existing mechanisms")
    + S("Australia", "cautioned against the proliferation of small funds with high administrative costs")
    + S("Colombia", "proposed that any fund finance the monitoring of riverbeds using satellite data")
    + S("UK", "private construction firms be required to contribute through a levy on imported sand")
    + S("Saudi Arabia", "describing a levy as a trade measure outside the committee's mandate")
    + S("Coastal Communities Network", "urged delegates to earmark funding for the restoration of beaches and mangroves")
    + S("Al-Mansoori", "urged the contact groups to produce clean text on thresholds by Thursday"),
    unattributed=U("met in two contact groups throughout the day",
                   "when talks collapsed over a single footnote",
                   "Several delegates credited the co-facilitators' decision to start from a shorter text",
                   "We finally have a document you can read on the train",
                   "looks simple only because nobody has priced it yet",
                   "many expected the real test to come on Wednesday"),
    queries=Q(("levy on imported sand", "private construction firms be required to contribute through a levy on imported sand"),
              ("artisanal sand miners livelihoods", "called for a provision recognizing artisanal sand miners"),
              ("dams sediment deltas", "upstream dams trap sediment and accelerate the sinking of deltas"),
              ("satellite monitoring riverbeds", "proposed that any fund finance the monitoring of riverbeds using satellite data")),
)

DOCS["lang-summit"] = dict(
    quotes=S("Ramanathan", "but we designed the keys so that it is possible later")
    + S("Obiora", "an effect system that nobody admits is an effect system",
        "prints something closer to a ransom note than a diagnostic")
    + S("Lindholm", "If the feature needs a blog post to explain every error, it is not ready"),
    statements=S("Ramanathan", "had dropped from 14 seconds to under two",
                 "The remaining bottleneck, she explained, is monomorphization",
                 "macros would have to declare such inputs explicitly")
    + S("Wielgosz", "asked whether the cache was safe when procedural macros read environment variables")
    + S("Lindholm", "wanted to know if the cache could be shared across machines in CI",
        "asked what a user would see when an effect mismatch crossed three layers of generic code")
    + S("Obiora", "presented the draft design for effect annotations",
        "could collapse into a single function generic over its effect",
        "improving it would be a condition for stabilizing the feature")
    + S("Okonkwo-Hale", "roughly one in eight had not been updated in three years",
        "He proposed marking such packages as dormant in search results",
        "would start verifying signatures on uploads from the next minor release",
        "the registry would accept a rotation signed by a second maintainer")
    + S("Paik", "is documented but silently treated as",
        "She recommended deprecating it rather than implementing it properly",
        "such code should use volatile accesses instead")
    + S("Brenner", "several device drivers rely on reading a 32-bit register as two 16-bit halves"),
    unattributed=U("is an invitation-only gathering of about forty core developers",
                   "What follows is my summary of the talks and the discussions after them",
                   "Several attendees were worried about error messages",
                   "drew objections from embedded developers",
                   "the core team agreed to publish the effect annotations proposal as a formal RFC",
                   "Minutes of the core team's follow-up meeting will appear on the project forum"),
    queries=Q(("incremental compilation cache", "now caches type-checking results per module"),
              ("effect annotations performs clause", "His proposal adds an optional"),
              ("package signing keys", "would start verifying signatures on uploads from the next minor release"),
              ("Ordering::Consume deprecate", "She recommended deprecating it rather than implementing it properly"),
              ("fuzzing miscompilations", "showed a fuzzing harness that has found eleven miscompilations since January")),
)

DOCS["steering-minutes"] = dict(
    quotes=S("Karaca", "every implementer will write the same off-by-one bug"),
    statements=S("Delacroix-Baptiste", "confirmed that a quorum was present",
                 "public results had in other projects pushed vendors to fix long-standing bugs",
                 "she would not stand for another term")
    + S("Voss", "the second public review of Part 2 had closed on 31 August with 64 comments",
        "She proposed to resolve the editorial comments by editor's discretion",
        "concerns whether intervals are closed or half-open by default")
    + S("Karaca", "every major database engine already uses them")
    + S("Mokoena", "were what users of calendar data expected",
        "warned against designing the standard around database internals",
        "offered to lead the joint review from the OGQL side")
    + S("Olesen", "had used half-open intervals for a decade without complaints from users")
    + S("Iyer-Watts", "coverage of Part 1 had reached 92 percent",
        "three implementations were passing tests only because the suite did not yet check error codes",
        "asked the committee for a decision on whether to publish per-implementation results")
    + S("Salgueiro", "vendors might withdraw from testing altogether if the results were used in marketing",
        "intends to deprecate its legacy",
        "would welcome a joint review of the encoding before the end of the year")
    + S("Arseneau", "nominations for the two seats falling vacant in January close on 15 November",
        "requires at least one seat to go to a member from an organisation"),
    unattributed=U("The minutes of Meeting 46 were approved without amendment",
                   "Part 2 will specify half-open intervals as the default",
                   "the committee agreed to publish results only with each vendor's consent",
                   "Members thanked her for six years of service",
                   "to add error-code checks to the conformance suite before the next release",
                   "to draft the consent form for publishing conformance results",
                   "The meeting was adjourned at 15:35 UTC"),
    queries=Q(("half-open intervals default", "Part 2 will specify half-open intervals as the default"),
              ("conformance results vendors marketing", "vendors might withdraw from testing altogether if the results were used in marketing"),
              ("bbox deprecation metadata", "intends to deprecate its legacy"),
              ("nominations vacant seats", "nominations for the two seats falling vacant in January close on 15 November")),
)

DOCS["plenary-debate"] = dict(
    quotes=S("Brückner", "A worker who falls between two systems is not flexible")
    + S("Dragomir", "for a lorry driver crossing a border, not for a freelancer who never leaves her kitchen")
    + S("Karavia", "This is what the single market looks like from a bicycle"),
    statements=S("Brückner", "too often discovered that no national social-security system considered itself responsible",
                 "asked the Commission whether it would propose a single point of contact")
    + S("Dragomir", "would present guidelines on applicable legislation for remote platform work by the summer",
        "confirmed that an evaluation of the European Labour Authority's mandate was under way",
        "the Commission had no intention of harmonising contribution rates",
        "platforms established outside the Union would be covered",
        "Social partners, he added, would be consulted before the guidelines were finalised")
    + S("Matos Carvalho", "called for binding rules that make the platform, not the worker, responsible")
    + S("Marchand-Vos", "warned against new paperwork for small platforms",
        "cannot afford a compliance department in every country")
    + S("Eklund-Reiter", "Workers are often deactivated by an automated system without being told why")
    + S("Wronski", "argued that social security remained a national competence",
        "asked the Commissioner to rule out any harmonisation of contribution rates")
    + S("Karavia", "who had been refused sickness benefits in both countries")
    + S("Brandt", "the real problem was undeclared work and called for more labour inspections")
    + S("Dwyer-Kelly", "asked whether the guidelines would cover people who work for platforms established outside")
    + S("Aalbu", "urged the Commission to involve trade unions in drafting the guidelines"),
    unattributed=U("The debate lasted just under two hours",
                   "The vote on the accompanying resolution will take place during the February plenary session",
                   "Amendments may be tabled until Monday 3 February at noon",
                   "around 28 million people in the EU work through digital labour platforms",
                   "does not address the coordination of social security across borders",
                   "Ilona Szabó-Reinholt, Press Officer"),
    queries=Q(("algorithmic management deactivation", "Workers are often deactivated by an automated system without being told why"),
              ("harmonisation of contribution rates", "asked the Commissioner to rule out any harmonisation of contribution rates"),
              ("courier injured Milan sickness benefits", "who had been refused sickness benefits in both countries"),
              ("platforms outside the EU", "platforms established outside the Union would be covered"),
              ("labour inspections undeclared work", "the real problem was undeclared work and called for more labour inspections")),
)

DOCS["senate-meeting"] = dict(
    quotes=S("Lindahl-Ferreira", "Nobody in this room should read that as the first step towards redundancies",
             "It is a step designed to avoid them")
    + S("Oyelowo-Price", "feedback in name only"),
    statements=S("Whitfield-Onu", "had received the final report of the national teaching quality review",
                 "was the timeliness of feedback on coursework")
    + S("Lindahl-Ferreira", "attributed the fall chiefly to changes in visa rules",
        "faculties would be asked to identify savings of 2 percent in non-staff costs",
        "The Provost replied that faculties with growing")
    + S("Fourie", "asked whether the savings would fall equally on all faculties",
        "would meet the deadline only by shortening their comments")
    + S("Achebe-Grant", "had left students in some programmes waiting more than six weeks",
        "a single standard would be easier to explain and to monitor",
        "accepted the amendment as friendly")
    + S("Sethuraman", "proposed an amendment extending the limit to twenty working days for final-year projects",
        "were double-marked and could not realistically be returned sooner")
    + S("Oyelowo-Price", "said students would welcome the standard",
        "asked that the University publish each school's compliance figures")
    + S("Castellano", "external research income for the year had reached",
        "would be brought to the Senate for approval in February")
    + S("Redfern", "nominations for the Senate's representatives on the Council close on 5 December"),
    unattributed=U("Members stood for a minute's silence",
                   "Present: 47 of 61 voting members",
                   "requiring that feedback on all summative coursework be returned to students within fifteen working days",
                   "The motion, as amended, was put to the vote and carried",
                   "There being no further business, the meeting closed at 4.50 pm",
                   "The Senate noted the Provost's report on enrolment and the savings exercise"),
    queries=Q(("postgraduate enrolment fall visa", "attributed the fall chiefly to changes in visa rules"),
              ("feedback fifteen working days motion", "requiring that feedback on all summative coursework be returned to students within fifteen working days"),
              ("final-year projects amendment", "proposed an amendment extending the limit to twenty working days for final-year projects"),
              ("research income record", "external research income for the year had reached"),
              ("savings non-staff costs redundancies", "faculties would be asked to identify savings of 2 percent in non-staff costs")),
)

DOCS["press-briefing"] = dict(
    quotes=S("Stene", "the crisis the world has decided not to see"),
    statements=S("Rasmussen-Lie", "I have two announcements before I take your questions",
                 "we are today releasing an additional 120 million kroner in humanitarian assistance for Sudan",
                 "this brings our total for the year to just over 600 million",
                 "We are working with our European partners on that question",
                 "There are no such meetings on the programme at this stage",
                 "Our embassy is in contact with the local authorities and with the families",
                 "I'll have to take that question and come back to you",
                 "We welcome the statement by our Icelandic colleague",
                 "Nominations are a matter for the Prime Minister's office",
                 "The timing of any hearing is for the committee to decide")
    + S("Lowry", "Is 120 million really a meaningful response",
        "is the government considering sanctions on the commanders",
        "the opposition has called for a parliamentary hearing on the arms export licences")
    + S("Yalçınkaya", "will he meet any representatives of the parties to the conflict")
    + S("Abernathy-Cole", "two of our nationals were reported detained at the border in Central Asia",
        "But have they been charged with anything")
    + S("Daumier", "So you would support resuming meetings at the ministerial level")
    + S("Moriyama", "will nominate a candidate for a UN Under-Secretary-General post"),
    unattributed=U("The transcript has been lightly edited for clarity",
                   "The briefing ended at 11:34",
                   "Ministry of Foreign Affairs press room, 27 June 2025",
                   "Regular Press Briefing by the Government Spokesperson"),
    queries=Q(("Sudan humanitarian funding", "we are today releasing an additional 120 million kroner in humanitarian assistance for Sudan"),
              ("detained citizens consular access", "Our embassy is in contact with the local authorities and with the families"),
              ("Arctic Council scientific cooperation", "We welcome the statement by our Icelandic colleague"),
              ("Minister trip Nairobi", "will travel to Nairobi and Addis Ababa from 2 to 5 July"),
              ("UN candidate nomination", "Nominations are a matter for the Prime Minister's office")),
)

if __name__ == "__main__":
    names = sys.argv[1:] or list(DOCS)
    write(HERE, {n: DOCS[n] for n in names})
