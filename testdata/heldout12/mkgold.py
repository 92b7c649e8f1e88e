#!/usr/bin/env python3
"""mkgold.py — judged facts of the heldout12 documents (harness format,
name_match "surname"); checks every snippet occurs exactly once in pdftotext
of its PDF after norm(). Run after make.sh; writes ./*.json.

Judging rules: a person by surname (compound surnames whole: "Marchetti-Sorel",
"Vidal" for Quaresma Vidal, "Ocampo" for Luz Marina Ocampo); a role noun ("the
Director", "the Chair", "the Treasurer", "the Chief Executive", "the
Chairwoman", "the moderator") is judged to the one person holding it; a
first-name follow-up to the person named earlier; a party in the bulletin is
its own speaker, also when it speaks "for the GROUP", and its "It" after its
sentence stays with it; an organisation speaking is its own speaker. Joint
subjects, the secretariat as a body, and talk content restated without a cue
are not judged. Collectives (participants, ministers, delegates, residents,
the board), documents, anonymous people, decisions, action items and the
author's voice are judged unattributed.
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from heldoutgold import Q, S, U, write  # noqa: E402

DOCS = {
    "assembly-conference": dict(
        quotes=S("Vrhovnik", "does not end where the screen begins", "the question is no longer whether, but how")
        + S("Marchetti-Sorel", "chilling effect that no court ever sees",
            "We used to count the people in the square. Now the square counts us.")
        + S("Oduya", "Cameras protect protesters as much as they protect us")
        + S("Rashidova", "collective punishment dressed up as security",
            "A shutdown does not stop a protest. It only stops the world from seeing it."),
        statements=S("Vrhovnik", "noted that more than half of the protests monitored by the Office")
        + S("Remšek", "said his government intended to review its public order legislation")
        + S("Marchetti-Sorel", "People who stay at home, she explained, leave no case file behind them",
            "urged states to publish annual statistics on every use of biometric identification")
        + S("Solbakken", "asking whether existing safeguards had kept pace with the technology")
        + S("Kovalchuk", "described how police in several jurisdictions had purchased social media monitoring tools",
            "none of the contracts her organisation had examined contained a clause",
            "replied that complaints were a poor measure of trust")
        + S("Oduya", "acknowledged that officers sometimes collect more footage than they need",
            "body-worn cameras had reduced complaints at large events by roughly a third")
        + S("Reinholt", "receiving growing numbers of government requests to suspend group chats",
            "complies only when a court order is presented",
            "conceded that platforms had been slow to publish transparency data")
        + S("Rashidova", "internet shutdowns had been imposed during elections in at least four countries")
        + S("Belkacem", "the Office would publish draft guidance on digital assemblies for public consultation")
        + S("Kranenburg", "courts had so far treated online gatherings as a form of speech",
            "warned that the gap would widen as more protests moved into hybrid forms")
        + S("Doumbia", "national human rights institutions should be given a clear mandate to monitor protests"),
        unattributed=U("This report summarises the discussions and does not necessarily reflect the views",
                       "It was organised by the Office for Democratic Freedoms with the support",
                       "the late Karel Šimůnek, whose 1998 study of assembly",
                       "several participants raised the question of how oversight bodies could audit algorithms",
                       "One participant from a national human rights institution observed that oversight bodies rarely employed staff",
                       "Participating States should publish annual data on the use of biometric identification",
                       "Internet shutdowns during assemblies and elections should be prohibited in law"),
        queries=Q(("facial recognition chilling effect", "facial recognition at demonstrations produces a"),
                  ("body-worn cameras complaints", "body-worn cameras had reduced complaints at large events"),
                  ("internet shutdowns elections", "internet shutdowns had been imposed during elections"),
                  ("platform requests suspend group chats", "requests to suspend group chats ahead of demonstrations"),
                  ("courts online assembly speech", "treated online gatherings as a form of speech rather than of assembly")),
    ),
    "ministerial-readout": dict(
        quotes=S("Vidal", "electrons that cannot cross a border are wasted electrons",
                 "a practical step, not a grand declaration")
        + S("Kulkarni", "the cost of capital is now the cost of the transition")
        + S("Whitfield-Okafor", "a competitive advantage, not a burden")
        + S("Adebayo-Frank", "We will not reach universal access by 2030 on the current trajectory",
            "We will miss it by a generation."),
        statements=S("Vidal", "thanking her counterparts for travelling to Lisbon at a time of high energy prices",
                     "Portugal had made grid interconnection the central theme of its presidency",
                     "more than eighty per cent of its electricity from renewable sources",
                     "acknowledged that views among members continued to differ")
        + S("Ehrlacher", "would double its funding for long-duration storage pilots",
            "permitting delays remained the single largest obstacle to new transmission lines")
        + S("Kulkarni", "highlighted the regional grid his country is building with its neighbours",
            "developing economies need concessional finance rather than loans at market rates")
        + S("Nishizono", "presented Japan's initiative on offshore wind supply chains",
            "Japanese ports will be able to assemble floating turbines at industrial scale")
        + S("Campos", "biofuels deserved equal attention in sectors that cannot easily be electrified")
        + S("Whitfield-Okafor", "proposed a voluntary register of responsible sourcing standards")
        + S("Mkhize-Dlamini", "producing countries should capture more of the value chain at home",
            "It was not acceptable, he said, for Africa to export ore and import batteries",
            "invited ministers to a follow-up meeting in Johannesburg")
        + S("Valtonen", "the Union was ready to align its own standards with any register")
        + S("Abernathy", "described recent federal support for domestic refining capacity",
            "his delegation preferred commitments that are voluntary and market-based")
        + S("Adebayo-Frank", "some 680 million people still live without electricity")
        + S("Setiawardhana", "connect remote islands through solar mini-grids"),
        unattributed=U("Delegations from nineteen member countries, the European Union and six invited states attended",
                       "ministers discussed the security of critical mineral supply chains",
                       "Ministers adopted by consensus the Lisbon Principles on Grid Interconnection",
                       "The Principles commit members to publish national grid investment plans",
                       "A working group on critical minerals will report to the next ministerial meeting",
                       "The presidency will pass to Mexico in December"),
        queries=Q(("permitting delays transmission lines", "permitting delays remained the single largest obstacle"),
                  ("cost of capital transition", "the cost of capital is now the cost of the transition"),
                  ("critical minerals responsible sourcing register", "proposed a voluntary register of responsible sourcing standards"),
                  ("energy access 680 million", "some 680 million people still live without electricity"),
                  ("solar mini-grids islands", "connect remote islands through solar mini-grids")),
    ),
    "enb-summary": dict(
        quotes=S("Center for Toxics Accountability", "follow the science, not the supply chain"),
        statements=S("Etxeberria-Lund", "reminded delegates that the Group must deliver its draft criteria to COP-4")
        + S("Danquah-Mensah", "reported that the contact group had produced a revised draft with bracketed text")
        + S("Hagemeister", "the secretariat had received submissions from 61 parties",
            "urged delegates not to pre-empt decisions reserved for the COP")
        + S("European Union", "supported a hazard-based approach and called for endocrine disruption")
        + S("Norway", "the criteria should also cover substances that are persistent and mobile")
        + S("US", "preferred a risk-based approach taking exposure into account")
        + S("Japan", "begin with a short list of well-studied additives")
        + S("Kenya", "developing countries lack laboratories to measure additives in imported products")
        + S("Colombia", "waste pickers face the highest exposure")
        + S("Saudi Arabia", "opposed any reference to production limits")
        + S("China", "should be applied only to intentionally added substances",
            "It cautioned that including non-intentionally added substances would make the criteria unworkable")
        + S("India", "called for a transition period of at least ten years")
        + S("International Council of Chemical Associations", "offered to share industry data on additive use")
        + S("Switzerland", "proposed a digital product passport disclosing all additives")
        + S("Korea", "its national labelling scheme had already been extended to children's toys")
        + S("Brazil", "disclosure requirements could become a disguised barrier to trade")
        + S("UK", "compile existing national tracking systems before delegates drafted new obligations")
        + S("Australia", "confidentiality of business information must be protected")
        + S("Fiji", "small island states receive waste they never produced")
        + S("Tveit", "the group had agreed on definitions but remained divided on the threshold")
        + S("Egypt", "regretted that interpretation had not been available in contact group sessions"),
        unattributed=U("was established by the second Conference of the Parties",
                       "A contact group on criteria, co-facilitated by Ingeborg Tveit",
                       "Delegates agreed to forward the bracketed text to the intersessional period",
                       "Four days of technical discussion narrowed the gap between hazard and risk",
                       "several developing countries backed a hazard approach",
                       "the real argument is not about science but about who pays",
                       "to be held in Nairobi in November 2026"),
        queries=Q(("endocrine disruption criterion", "called for endocrine disruption to be listed as a stand-alone criterion"),
                  ("digital product passport additives", "proposed a digital product passport disclosing all additives"),
                  ("waste pickers exposure", "waste pickers face the highest exposure"),
                  ("interpretation contact group", "regretted that interpretation had not been available"),
                  ("transition period ten years", "called for a transition period of at least ten years")),
    ),
    "maintainers-summit": dict(
        quotes=S("Ferreira-Holm", "We are shipping faster than we can review, and that is not a good trade")
        + S("Okonjo-Lindqvist", "Nobody chose this on purpose, but nobody checked either"),
        statements=S("Ferreira-Holm", "downloads of the 4.x series had overtaken 3.x within six weeks",
                     "asked every maintainer to commit to one review a week",
                     "the steering council had looked at how two other foundations handle paid roles")
        + S("Kowalczyk-Reyes", "the old cache held a global lock during eviction",
            "was careful to say those figures came from synthetic traffic",
            "Mateusz thought that at most two plugins in the registry did that")
        + S("Galili", "asked whether sharding would break the plugins that inspect the cache directly",
            "private plugins at large deployments were invisible to the registry")
        + S("Baek", "suggested shipping the new cache behind a flag first",
            "the style team would take the contrast issues for the next minor release")
        + S("Eze-Whitman", "depending on two sponsors was a risk in itself",
            "suggested paying a part-time release manager",
            "the role would be advertised openly and rotated every year")
        + S("Brandhuber", "paying one person could create a two-tier community")
        + S("Okonjo-Lindqvist", "three of the five default map styles fail contrast guidelines for labels"),
        unattributed=U("What follows is my summary of each session, based on the shared notes",
                       "which most people in the room seemed to like",
                       "Someone suggested that we stop debating tools and fix the broken links first",
                       "The new tile cache will ship in 4.3 behind an opt-in flag",
                       "Plugins that touch the cache directly get a deprecation warning in 4.3",
                       "Draft the release manager job description",
                       "Thanks to Rui and the team at the Porto Makers Lab for hosting us"),
        queries=Q(("tile cache global lock eviction", "the old cache held a global lock during eviction"),
                  ("paid release manager", "suggested paying a part-time release manager"),
                  ("colour blindness elevation", "hard to read for people with the most common forms of colour blindness"),
                  ("active reviewers fallen", "active reviewers had fallen from thirty-one to nineteen"),
                  ("private plugins deprecation period", "private plugins at large deployments were invisible to the registry")),
    ),
    "trustees-minutes": dict(
        quotes=[],
        statements=S("MacBrayne", "declared an interest in item 6 as a director of the company")
        + S("Linklater", "the night shelter had been full on every night of February",
            "staff turnover had fallen to its lowest level in four years",
            "two partners had closed their lists as well",
            "the lease on the Canongate drop-in centre expired in October",
            "recommended accepting a five-year lease at the higher rent rather than moving")
        + S("Oyelaran", "asked whether the waiting list could be shortened by referring some households",
            "she would rather pay more than disrupt services")
        + S("Albescu", "commended the staff for their work during the cold spell in January",
            "he would not stand for re-election at the annual general meeting")
        + S("Pennington-Hale", "reported a deficit of £31,400 against a budgeted deficit of £45,000",
            "the council contract for the tenancy support service would end in September",
            "the increase was affordable only if the fundraising target for the year was met",
            "agreed that the reserves policy should be reviewed by the finance committee")
        + S("Rajaratnam", "holding only four months of running costs left the Trust exposed",
            "the application should not promise outcomes the service could not measure")
        + S("Achterberg", "asked trustees to consider the alternative of sharing premises",
            "the annual safeguarding review had been completed",
            "reminded trustees that their own safeguarding training had to be renewed")
        + S("Feldkamp", "the spring appeal had raised £62,000 so far",
            "proposed that the Trust apply to the Lowther Foundation for a three-year grant"),
        unattributed=U("Apologies were received from Kieran O'Donoghue and Dr. Beatrix Hollenstein",
                       "It was agreed that he would leave the room for that item",
                       "were approved as a correct record, subject to the spelling",
                       "that the management accounts to 28 February 2026 be approved",
                       "Review the reserves policy and report to the board",
                       "Callum MacBrayne rejoined the meeting",
                       "The meeting closed at 8.05 pm"),
        queries=Q(("night shelter full February", "the night shelter had been full on every night of February"),
                  ("reserves policy four months", "holding only four months of running costs left the Trust exposed"),
                  ("Canongate lease rent increase", "the landlord had proposed a rent increase of 22 per cent"),
                  ("spring appeal raised", "the spring appeal had raised £62,000 so far"),
                  ("Lowther Foundation grant", "apply to the Lowther Foundation for a three-year grant")),
    ),
    "hearing-summary": dict(
        quotes=S("Whitcombe", "answers, not another round of promises.")
        + S("Okwuosa", "The train told us it was in trouble twenty miles before it left the tracks"),
        statements=S("Whitcombe", "recalling that more than two thousand residents had been evacuated",
                     "intended to mark up a bipartisan safety bill before the August recess",
                     "asked Mr. Foxworth why the industry opposed advance",
                     "announced that the record would remain open for ten business days")
        + S("Achebe-Ward", "voluntary industry commitments had been made after every major accident",
            "called for a statutory minimum of two crew members",
            "asked Chief Szabo-Kimani what her department had needed most")
        + S("Lindahl-Moreno", "inspections of hazardous materials routes had increased by forty percent",
            "issued an emergency order requiring railroads to share wayside detector data",
            "acknowledged that the agency still had 112 inspector positions",
            "was competing with the railroads for the same pool of")
        + S("Okwuosa", "urged Congress to require uniform detector spacing and alarm thresholds")
        + S("Foxworth", "installed more than a thousand additional detectors over the past year",
            "train length itself was not a safety factor",
            "publishing routes in advance could create security risks")
        + S("Szabo-Kimani", "learned what the cars were carrying from a phone app",
            "require carriers to notify local responders of hazardous cargo",
            "it needed training and equipment for hazardous materials")
        + S("Brannigan", "crews on long trains could no longer walk the length of a train",
            "described trains of more than three miles with one conductor",
            "automation had not yet reached the point where a single person could handle")
        + S("Arakawa-Fields", "pressed Administrator Lindahl-Moreno on the vacancies")
        + S("Tolliver", "questioned whether a two-person crew requirement was",
            "she remained unpersuaded and would want to see the data")
        + S("Oduro", "residents still did not trust the air quality tests"),
        unattributed=U("held a hearing to examine freight rail safety in the year since the derailment",
                       "of the federal investigation, the industry’s response, and legislative proposals",
                       "to circulate a discussion draft of the bill in May",
                       "This summary was prepared by committee staff and has not been reviewed by the witnesses"),
        queries=Q(("wayside detector data emergency order", "issued an emergency order requiring railroads to share wayside detector data"),
                  ("two-person crew", "called for a statutory minimum of two crew members"),
                  ("hazardous cargo notification local responders", "require carriers to notify local responders of hazardous cargo"),
                  ("inspector vacancies salaries", "competing with the railroads for the same pool"),
                  ("wheel bearing alarm threshold", "the alarm threshold was set too high to alert the crew")),
    ),
    "consultation-report": dict(
        quotes=S("Pettigrew", "You have drawn the sun in the wrong place on your diagram"),
        statements=S("Quigley", "the masterplan was still a draft and could change",
                     "wanted to hear from people who would live alongside the new development",
                     "at least half of the affordable homes would be at social rent",
                     "the viability assessment had not yet been published")
        + S("Thorsby-Greene", "provides for around 1,800 new homes over fifteen years",
            "building heights would step down towards the existing terraces")
        + S("Pettigrew", "the tower would overshadow her garden for most of the afternoon")
        + S("Castellanos", "the daylight study had been carried out for 21 March",
            "accepted that the illustrations could be clearer",
            "the park had been designed to hold floodwater")
        + S("Wolanski", "the junction at Station Road already queued back to the bridge",
            "asked how the City could add 1,800 homes without widening the road")
        + S("Al-Rawi", "the plan did not rely on widening roads",
            "parking would be limited to one space for every two homes",
            "a new cycle bridge over the river is also included")
        + S("Abernethy-Stone", "would mean in practice",
            "homes at 80 per cent of market rent were still out of reach")
        + S("Mbeki-Sørensen", "the lower part of the site had flooded twice in the last decade",
            "treat the park as flood storage rather than as decoration"),
        unattributed=U("It is not a verbatim record",
                       "Several residents questioned the proposed 14-storey tower",
                       "One resident commented that tall buildings were acceptable if they paid for the park",
                       "Another said the neighbourhood had been promised a school in the last plan too",
                       "warned that reducing parking would drive customers to the retail park",
                       "Residents broadly welcomed the riverside park",
                       "The consultation will remain open until 31 March 2026",
                       "add a December daylight and sunlight analysis for Mill Lane"),
        queries=Q(("tower overshadow Mill Lane", "the tower would overshadow her garden"),
                  ("parking one space per two homes", "parking would be limited to one space for every two homes"),
                  ("social rent affordable homes", "at least half of the affordable homes would be at social rent"),
                  ("flood storage park", "treat the park as flood storage rather than as decoration"),
                  ("Station Road junction queues", "the junction at Station Road already queued back to the bridge")),
    ),
    "webinar-recap": dict(
        quotes=S("Vandermeulen", "A calendar does not know what the thermometer says")
        + S("Chowdhury-Bell", "Nobody takes a break they can't afford. If you want people to rest, you have to pay them to rest.",
            "almost impossible to say no to anything."),
        statements=S("Ocampo", "temperatures on building sites in parts of South Asia and the Gulf regularly exceeded 45 degrees",
                     "the webinar would look at what the law says, what workers actually experience",
                     "inviting participants to our next webinar in May")
        + S("Vandermeulen", "only a handful of countries set a maximum working temperature in law",
            "were better than nothing but missed heatwaves in spring and autumn",
            "recommended that laws be based on a heat index",
            "giving workers' committees the right to stop work")
        + S("Chowdhury-Bell", "described colleagues fainting on scaffolding",
            "the biggest problem is not the absence of rules but the fear of losing a day's pay",
            "migrant workers whose visas are tied to one employer",
            "the best policies he had seen were negotiated with workers")
        + S("Sorensen-Tan", "moved its start time to 5 am during the hottest months",
            "productivity over the whole day did not fall",
            "subcontractors were harder to reach than the company's own staff",
            "the cost of one heat-related hospital admission was higher"),
        unattributed=U("More than 430 people from 52 countries joined Fairshade's March webinar",
                       "A participant from Qatar asked whether heat standards could be enforced where inspectors are scarce",
                       "Someone asked how small firms can afford rest breaks",
                       "Another participant wanted to know whether unions were involved",
                       "We received far more questions than we could answer",
                       "Employer Checklist for Extreme Heat",
                       "The views expressed by guest speakers are their own"),
        queries=Q(("heat index mandatory rest", "recommended that laws be based on a heat index"),
                  ("pay workers to rest", "you have to pay them to rest"),
                  ("start time 5 am productivity", "moved its start time to 5 am during the hottest months"),
                  ("workers committees stop work heat", "giving workers' committees the right to stop work"),
                  ("migrant workers visas tied employer", "spoke about migrant workers whose visas are tied")),
    ),
}

if __name__ == "__main__":
    write(HERE, DOCS)
