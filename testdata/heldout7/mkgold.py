#!/usr/bin/env python3
"""mkgold.py — judged facts of the heldout7 documents (harness format; name_match
"surname"). Run after make.sh; writes ./*.json and checks every snippet occurs
exactly once in pdftotext of its PDF after norm().

Judging: a person by surname (hyphenated surnames whole; "de Wetering" -> "Wetering");
a role noun ("the Chair", "the Minister", "the Treasurer", "Counsel", "the Mayor",
"the moderator", "the Councillor") and a first-name follow-up ("Yuki", "Kofi") go to
the person holding that name/role; a country/party in a bulletin is its own speaker,
also when it speaks for a group, and its "It"/"The delegate"/"She" after its sentence;
"according to X" / "In his view" credits X; the mover of a motion is credited with
it. Collectives (the leaders, delegates, the board, members, participants, the
organisers), anonymous people (a resident, one negotiator, a participant from the
floor, an anonymous question), documents, recommendations, action items and the
author's voice are unattributed. Joint subjects are not judged.
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from heldoutgold import Q, S, U, write  # noqa: E402

DOCS = {
    "readout": dict(
        quotes=S("Halvorsen-Dahl", "a signal that the Arctic will not become a grey zone")
        + S("Ashcombe", "our support for Ukraine is not a seasonal commitment, and winter will not change it")
        + S("Otero-Brandt", "warm, detailed and focused on deliverables")
        + S("Mbeki-Harte", "puts two of the world's most capable offshore industries on the same deck")
        + S("Falkum", "turn northern waters into a source of clean power rather than conflict"),
        statements=S("Ashcombe", "congratulated the Prime Minister on the formation of his new coalition government",
                     "underscored that the United States remains committed to a stable and cooperative High North",
                     "welcomed Norway's decision to expand its maritime surveillance capacity",
                     "noted the rapid growth of offshore wind cooperation between American and Norwegian firms",
                     "raised the continued attacks on Ukrainian energy infrastructure",
                     "expressed appreciation for Norway's leadership on defense spending")
        + S("Halvorsen-Dahl", "Oslo would propose a joint working group on floating wind turbines",
            "pledged that Norway would maintain its multi-year aid package at current levels",
            "his government was ready to coordinate winter repairs with the G7",
            "invited her to visit Bodø next summer")
        + S("Otero-Brandt", "the topic had come up only briefly and that trade officials would follow up"),
        unattributed=U("The two leaders reviewed the outcomes of the Tromsø consultations",
                       "The leaders agreed that their ministers would report back on grid interconnection",
                       "Norwegian State Secretary Ingrid Soltvedt also joined the call",
                       "Today's call builds on decades of close partnership",
                       "will share ice and vessel-tracking data through a new joint portal",
                       "An additional $18 million will support joint polar research",
                       "The fact sheet does not cover defense procurement"),
        queries=Q(("Arctic grey zone maritime patrols", "a signal that the Arctic will not become a grey zone"),
                  ("floating wind working group Norway", "Oslo would propose a joint working group on floating wind turbines"),
                  ("Ukraine winter energy support", "our support for Ukraine is not a seasonal commitment"),
                  ("fisheries quotas", "the topic had come up only briefly"),
                  ("Svalbard permafrost research funding", "An additional $18 million will support joint polar research")),
    ),
    "enb-daily": dict(
        quotes=S("Nwachukwu-Berg", "very little time and a great deal of bracketed text")
        + S("Kenya", "a treaty that regulates the poor and exempts the powerful"),
        statements=S("Nwachukwu-Berg", "opened the day by inviting the contact group co-leads to report on progress",
                     "asked delegates to focus on options rather than restating positions")
        + S("Vasquez-Tamm", "the group on design criteria had reduced eleven options to four overnight",
            "He added that two delegations had reserved their positions pending consultations")
        + S("European Union", "called for mandatory recycled-content targets applicable to all packaging",
            "It suggested that targets be reviewed every five years")
        + S("Kenya", "emphasized that any obligations on design must be accompanied by technology transfer")
        + S("Saudi Arabia", "questioned the legal basis for addressing upstream production",
            "preferred that design criteria remain voluntary")
        + S("Peru", "highlighted the role of waste pickers and requested language recognizing the informal sector")
        + S("Fiji", "described beaches on outer islands buried under debris",
            "She asked that the instrument include a dedicated window for clean-up")
        + S("Lindgren-Pahl", "presented a conference room paper merging three proposals",
            "such a compilation was already available in an information document")
        + S("Japan", "preferred a flexible approach allowing national EPR schemes to differ in design")
        + S("Canada", "proposed a set of minimum common elements, including transparency on fees")
        + S("United Kingdom", "supported the Canadian proposal and said it was willing to draft a footnote")
        + S("China", "stated that it could not accept references to trade-related measures")
        + S("India", "border measures would undermine")
        + S("Norway", "suggested that the secretariat compile information on existing EPR schemes")
        + S("Switzerland", "introduced a proposal to list intentionally added microplastics by product category")
        + S("Ouédraogo-Reyes", "proposed to hold informal consultations on Wednesday morning"),
        unattributed=U("The Open-ended Working Group resumed its deliberations in Nairobi on Tuesday",
                       "Delegates considered whether producers should finance collection",
                       "Discussions on the technical annex were brief",
                       "Several delegates leaving the EPR group late in the evening expressed cautious optimism",
                       "We have agreed on the format of the disagreement",
                       "Observers noted that the microplastics annex",
                       "Contact groups are expected to meet throughout Wednesday"),
        queries=Q(("recycled content targets packaging", "mandatory recycled-content targets applicable to all packaging"),
                  ("waste pickers informal sector", "highlighted the role of waste pickers"),
                  ("trade-related measures extended producer responsibility", "could not accept references to trade-related measures"),
                  ("island beaches debris clean-up", "beaches on outer islands buried under debris"),
                  ("intentionally added microplastics list", "list intentionally added microplastics by product category")),
    ),
    "lang-summit": dict(
        quotes=S("Kroll", "Every release we find the one bug that only reproduces on hardware nobody in this room owns")
        + S("Baek", "the part I have been avoiding")
        + S("Lomu-Hendricks", "For those people the standard library is not a convenience, it is the whole language"),
        statements=S("Kroll", "which he blamed almost entirely on a single regression in the garbage collector",
                     "proposed moving the feature freeze two weeks earlier",
                     "the decision belonged to the steering council, not to release management")
        + S("Baek", "presented his prototype of an incremental type checker",
            "the cache is invalidated too eagerly, and he has not yet measured memory use",
            "said he would welcome a co-author for the design document")
        + S("Oyelaran-Fitch", "asked how the cache would interact with plugins that generate types")
        + S("Vlahović", "argued that about a quarter of the standard library modules see almost no use",
            "responded that the packages would still ship in the official installers")
        + S("Lomu-Hendricks", "warned that many users work on air-gapped systems")
        + S("Athreya", "suggested the council would want usage data before deciding",
            "encouraged Vlahović to draft a formal enhancement proposal")
        + S("Eberhart-Lindqvist", "reported on the experimental build without a global lock",
            "He attributed the gap mainly to C extensions that rely on implicit locking",
            "the core team would publish a porting guide this summer",
            "asked library maintainers in the room to tell him which APIs")
        + S("Abara-Quist", "her team had spent three months on the port")
        + S("Dubreuil-Sato", "described the volunteer translation effort, which now covers nine languages",
            "He noted that the Japanese and Brazilian Portuguese teams were the most active")
        + S("Fenwick-Osei", "promised to raise the tooling request with the infrastructure working group"),
        unattributed=U("About sixty core developers, triagers and maintainers of major libraries",
                       "What follows is a summary of each session",
                       "Several attendees asked whether the project could simply drop big-endian support",
                       "This was the session most attendees had come for",
                       "The organisers thanked the Foundation's events team",
                       "Recordings will not be published, in keeping with the summit's tradition"),
        queries=Q(("incremental type checker cache", "caches the inferred signatures of unchanged modules"),
                  ("air-gapped standard library packages", "many users work on air-gapped systems"),
                  ("free-threaded wheels adoption", "only thirty-one publish free-threaded wheels"),
                  ("release late big-endian garbage collector", "surfaced on big-endian machines"),
                  ("translation tooling changed English source", "flag pages whose English source had changed")),
    ),
    "foundation-board": dict(
        quotes=S("Tanabe-Morrow", "a tax on enthusiasm"),
        statements=S("Kjellberg", "noted that the previous minutes misspelled the name of the Toolchain project lead")
        + S("Ferreira-Holt", "membership revenue for the second quarter was 6 percent above budget",
            "She cautioned that one Platinum member had signalled it may downgrade",
            "the security audit of the package signing service had been completed",
            "the auditors had agreed to a public summary")
        + S("Brisbois", "asked whether the audit report would be published",
            "opposed immediate archiving and proposed a six-month notice period")
        + S("Ohanian", "travel spending was running below plan because two regional events had been moved online",
            "He recommended that the savings be held in reserve",
            "agreed to bring a revised reserve policy to the September meeting")
        + S("Rangan", "questioned the reserve policy, arguing that a foundation of this size",
            "raised the question of whether board meetings should be recorded")
        + S("Baranski", "summarised complaints from three local user groups",
            "the current policy was written for commercial use")
        + S("Oduya", "moved that the board adopt the revised community trademark guidelines")
        + S("Tanabe-Morrow", "spoke in favour, describing the current process as")
        + S("Okonkwo-Lind", "introduced the proposal from the Technical Oversight Committee",
            "observed that two earlier calls for maintainers had gone unanswered",
            "asked counsel to prepare a short note on the legal implications"),
        unattributed=U("No conflicts of interest were declared beyond those already on the register",
                       "the minutes were approved without objection",
                       "The motion carried, six in favour and none against",
                       "the board resolved to give notice of archiving",
                       "Several directors expressed reservations",
                       "Treasurer to circulate a revised reserve policy before the September meeting",
                       "Secretariat to notify the Skylark community of the archiving notice"),
        queries=Q(("trademark logo community events", "allow non-commercial events to use the logo without prior approval"),
                  ("reserve policy operating expenses", "should not hold more than nine months of operating expenses"),
                  ("Skylark archiving maintainers", "unless at least two maintainers have stepped forward by then"),
                  ("signing service audit embargo", "shared only with project maintainers under embargo"),
                  ("Platinum member downgrade renewal", "one Platinum member had signalled it may downgrade at renewal")),
    ),
    "osce-conference": dict(
        quotes=S("Vellinga", "Technology does not make an election trustworthy. People who can explain the technology do.")
        + S("Nordlund-Vidal", "The attack itself is rarely the story; the story is the rumour that the results were changed")
        + S("Osterhaus", "Most of the municipalities I visit could not tell you who has administrator access to their voter register.")
        + S("Hrytsenko", "When an observer can check the log herself, she stops believing rumours and starts asking better questions."),
        statements=S("Vellinga", "opened the conference by recalling that more than half of the participating States",
                     "digital tools could make elections more accessible but that every new system",
                     "announced that ODIEI would publish a practitioners' handbook")
        + S("Shkreli-Dervishi", "described his government's plan to introduce electronic voter identification",
            "acknowledged that the pilot in 2024 had suffered from connectivity problems")
        + S("Carpathescu", "asked panellists to identify the single most underestimated threat")
        + S("Osterhaus", "pointed to supply-chain attacks on the contractors who print ballots",
            "He noted that many small municipalities outsource this work")
        + S("Haavisto", "described the commission's practice of running a full",
            "the most useful finding of the last exercise concerned not hacking")
        + S("Nordlund-Vidal", "warned that distributed denial-of-service attacks on results websites were now routine",
            "urged commissions to publish results through several independent channels")
        + S("Sarkissian-Moor", "noting that the panel included no representative of a major platform")
        + S("Berisha", "coordinated inauthentic networks had moved from large platforms to closed messaging groups",
            "called on election bodies to set up rapid-response channels with fact-checkers")
        + S("Wetering", "cautioned against responses that would expand surveillance of private communications",
            "transparency rules for political advertising remain the most effective",
            "several national regulators were already testing this")
        + S("Papastavrou", "argued that trust depends on the speed and clarity of complaint procedures",
            "her tribunal now publishes every decision within 48 hours")
        + S("Hrytsenko", "described how citizen observers had been trained to verify audit logs"),
        unattributed=U("brought together some 140 election administrators",
                       "it does not necessarily reflect the views of the organisers",
                       "A participant from the floor asked whether such rules could apply to influencers",
                       "Participants identified the following recommendations",
                       "Include minimum security clauses in all procurement contracts",
                       "Conduct independent penetration testing well before election day"),
        queries=Q(("supply-chain attacks ballot printing", "supply-chain attacks on the contractors who print ballots"),
                  ("closed messaging groups disinformation", "moved from large platforms to closed messaging groups"),
                  ("dispute decisions 48 hours plain language", "publishes every decision within 48 hours"),
                  ("red team exercise election commission", "exercise six months before each election"),
                  ("influencers political advertising", "whether such rules could apply to influencers paid by campaigns")),
    ),
    "committee": dict(
        quotes=S("Oakhurst", "Operators will not buy a new bus for a contract that might vanish in twelve months",
                 "the most popular thing government has done for buses in a generation")
        + S("Caddick", "well advanced"),
        statements=S("Ashworth-Kane", "observing that the number of rural bus miles had fallen by almost a third",
                     "She invited the witnesses to explain whether the decline could be reversed",
                     "asked whether that commitment had been agreed with the Treasury")
        + S("Oakhurst", "county councils had been forced to withdraw subsidies from routes",
            "the short-term nature of central government funding made it impossible",
            "such schemes worked well for older residents making planned trips",
            "warned that it did nothing for villages without a bus at all")
        + S("Pryce", "asked whether demand-responsive services could replace scheduled routes")
        + S("Sallow", "described his company's experience running a demand-responsive pilot",
            "the cost per passenger was almost four times that of a conventional route",
            "He stressed that drivers were the binding constraint",
            "accepted that the industry had been slow to offer flexible shifts")
        + S("McTaggart", "pressed Mr Sallow on whether operators had done enough to retain drivers")
        + S("Fenwright", "asked both witnesses about the national fare cap")
        + S("Caddick", "setting out the government's rural mobility strategy",
            "the government intended to move to three-year funding settlements",
            "he declined to give a figure for the settlement",
            "agreed that stop infrastructure had been neglected",
            "he wanted every market town to have at least an hourly service")
        + S("Osei-Bramwell", "questioned the Department's own figures on passenger numbers")
        + S("Yelland", "the Department was working with the Office for National Statistics")
        + S("Lakhani-Rowe", "She noted that some rural stops had no shelter, lighting or raised kerbs"),
        unattributed=U("This summary has been prepared by the committee staff",
                       "the uncorrected transcript is published separately",
                       "Members noted that this was a more modest target",
                       "The Minister to write to the committee with the results",
                       "The Department to provide figures on community transport trips",
                       "The committee will take further evidence from passenger groups"),
        queries=Q(("driver shortage haulage wages", "could not compete with local haulage wages"),
                  ("three-year funding settlements", "three-year funding settlements for local transport authorities"),
                  ("community transport statistics", "include community transport in the annual bus statistics"),
                  ("bus stop accessibility kerbs", "no shelter, lighting or raised kerbs"),
                  ("demand-responsive transport young people college", "poorly for young people travelling to work or college")),
    ),
    "town-council": dict(
        quotes=S("Oyelowo", "We pick up the same foam cups from the river every spring"),
        statements=S("Haddadin", "asked that item 7(b), the parking study contract, be moved ahead",
                     "introduced the ordinance, which would ban the sale of food in expanded polystyrene",
                     "He thanked the high school students for bringing the issue forward")
        + S("Teague", "reminded speakers that each would have three minutes",
            "asked the Town Manager to follow up",
            "noted that the library trustees, not the Council, make final decisions",
            "reminded residents that leaf collection begins November 9")
        + S("Pellham", "spoke against the proposed closure of the Elm Street branch library",
            "the branch was the only place in the east end where residents without internet")
        + S("Castellanos", "complained that construction on the Main Street water main had cut his foot traffic",
            "asked the Council to consider a temporary waiver of sidewalk permit fees")
        + S("Oyelowo", "in support of the proposed ban on single-use polystyrene containers")
        + S("Lunsford", "moved to approve the consent agenda, including the minutes of October 6",
            "worried about costs for the two family-owned diners in town")
        + S("Kesselring", "the Main Street water main project was about three weeks behind schedule",
            "the contractor expected to finish paving before the asphalt plants close",
            "staff would bring options, including signage and a fee waiver")
        + S("Onyango", "crews would restore two-way traffic at the Depot Street intersection")
        + S("Villaseñor", "asked whether the town could help businesses like Mr. Castellanos's")
        + S("Whitlock-Ames", "proposed a resolution urging the trustees to keep the branch open",
            "the savings from closing it, roughly $38,000 a year, were small",
            "congratulated the volunteer fire department on its 125th anniversary")
        + S("Grzybowski", "the Council should not second-guess an independent board")
        + S("Whitcombe", "advised that a non-binding resolution was within the Council's authority"),
        unattributed=U("A resident who did not give her name asked when the streetlight on Carver Road would be repaired",
                       "The agenda was approved as amended by unanimous vote",
                       "with Councilors Grzybowski and Lunsford opposed",
                       "The Council authorized the Town Manager to execute a contract",
                       "the meeting adjourned at 8:47 p.m.",
                       "The ordinance was passed to a second reading on November 3"),
        queries=Q(("Elm Street library petition", "presented a petition with 412 signatures"),
                  ("polystyrene ban restaurants", "ban the sale of food in expanded polystyrene containers"),
                  ("water main construction delay", "about three weeks behind schedule because of unexpected ledge"),
                  ("downtown parking study contract", "Brightline Mobility Partners for a downtown parking study"),
                  ("sidewalk permit fee waiver", "temporary waiver of sidewalk permit fees")),
    ),
    "ngo-webinar": dict(
        quotes=S("Adhikari-Rowe", "If the money arrives with the decisions already made, it is not locally led, it is locally delivered")
        + S("Rautenbach", "We asked local partners to take all the risk of failing while we kept all the power of deciding. That had to change."),
        statements=S("Ferraro-Kimani", "opened by citing estimates that less than ten percent of international climate finance",
                     "She framed the discussion around three questions",
                     "announced that the Collective would publish a short guidance note for funders")
        + S("Adhikari-Rowe", "it meant that communities choose the priorities and hold the budget",
            "open assemblies and public notice boards showing every payment")
        + S("Ibarguren", "described the Andes Adaptation Fund's shift to multi-year core funding",
            "the fund's board had initially worried about accountability",
            "default rates had been lower than on conventional project grants",
            "the biggest obstacle was not risk but the reporting formats",
            "the fund requires at least 40 percent of committee members to be women")
        + S("Mensah-Larbi", "spoke about mangrove restoration along the Volta estuary",
            "fishing communities had been paid to plant seedlings under previous projects",
            "women who smoke and sell fish had become the strongest advocates",
            "municipalities were essential partners but should not be the only channel")
        + S("Rautenbach", "She admitted that her foundation's due diligence requirements had",
            "called on larger funders to pool due diligence",
            "conceded the risk and suggested that any shared platform should be governed jointly")
        + S("Demirtaş", "asked whether local governments counted as"),
        unattributed=U("drew just over 300 participants from 58 countries",
                       "A participant from Bangladesh asked how funders could avoid local elites capturing",
                       "A question submitted anonymously asked whether pooled due diligence",
                       "Locally led adaptation requires local control of budgets, not only consultation",
                       "Multi-year, flexible funding has not produced higher failure rates",
                       "This summary was prepared by the Resilient Ground Collective secretariat",
                       "A recording of the webinar is available to registered participants"),
        queries=Q(("mangrove restoration Volta", "mangrove restoration along the Volta estuary"),
                  ("pooled due diligence funders", "pool due diligence so that small organisations"),
                  ("elite capture grant decisions", "avoid local elites capturing grant decisions"),
                  ("multi-year core funding default rates", "default rates had been lower than on conventional project grants"),
                  ("community-verified financial statements", "accepts community-verified financial statements for grants below")),
    ),
}

if __name__ == "__main__":
    write(HERE, DOCS)
