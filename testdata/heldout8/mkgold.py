#!/usr/bin/env python3
"""mkgold.py — judged facts of the heldout8 documents (harness format via
../../main/testdata/heldoutgold.py). Run after make.sh; writes ./*.json.

Judging: surname of a person (hyphenated surnames whole; "Cheng" for Cheng
Weiguo); a party in the ENB-style bulletin is its own speaker; a group
"speaking through"/"represented by" a party is ambiguous and not judged; role
nouns (the Chair, the Minister, the Treasurer, the editor, the Prime
Minister) go to the one person holding the role; reported speech relayed by
"According to X" goes to the original speaker. Collectives, documents,
anonymous members/readers/observers, resolutions, action items and the
author's voice are unattributed. Short bare verbs ("agreed with this point")
are not judged.
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from heldoutgold import Q, S, U, write  # noqa: E402

DOCS = {
    "summit-chair": dict(
        quotes=S("Fenech-Bartolo", "We did not come here to admire the problem",
                 "We came to leave with something a finance ministry can actually sign")
        + S("Mokoena", "a hurricane should not be followed by a margin call")
        + S("Carvalhedo", "a waiting room with no doctor")
        + S("Lavallière", "value added at the mine mouth"),
        statements=S("Fenech-Bartolo", "recalled that the Presidency had set three priorities for the year")
        + S("Halvorsen-Achebe", "forty-one low-income economies now spend more on external debt service",
            "argued that the Common Framework had become too slow to prevent defaults")
        + S("Mokoena", "proposed a standing pause clause in all new sovereign lending")
        + S("Gräfenstein", "could support pause clauses for official bilateral lenders",
            "extending them to private bondholders without their consent would raise borrowing costs")
        + S("Araragi", "the multilateral development banks should model the clauses first")
        + S("Carvalhedo", "set a hard deadline of six months for any restructuring")
        + S("Keating-Rowe", "ministers had agreed on voluntary principles for transparent offtake agreements",
            "processing capacity, not mining, was the real bottleneck")
        + S("Lavallière", "backed a joint financing window for processing plants in producer countries")
        + S("Wiratmadja", "export restrictions on unprocessed ore had been criticised at previous summits")
        + S("Fenech-Bartolo", "presented the Presidency's proposal for a network of national AI safety institutes")
        + S("Ashcombe", "offered to host the network's first technical meeting")
        + S("Raghunathan", "evaluation standards must not become a barrier to market entry",
            "asked that compute access be treated as a development issue")
        + S("Mokoena", "thanked the Presidency for its support on the pause clause")
        + S("Fenech-Bartolo", "undertook to raise the issue with the Paris Club chair")
        + S("Araragi", "briefed the Chair on Japan's preparations for the Pacific resilience conference")
        + S("Fenech-Bartolo", "welcomed Japan's pledge of additional grant finance for small island states")
        + S("Carvalhedo", "pressed for the summit communiqué to name a date")
        + S("Fenech-Bartolo", "the Presidency would keep the proposal on the table for the sherpas"),
        unattributed=U("This summary reflects the Chair's understanding of the discussions",
                       "Leaders agreed to task finance ministers with a report on climate-resilient debt clauses",
                       "Several leaders noted that private creditor participation remains the unresolved question",
                       "It was observed by several delegations that the principles remain non-binding",
                       "Sherpas to prepare terms of reference for the AI safety institutes network",
                       "The summit closed with a family photograph on the harbour terrace",
                       "The next leaders' meeting will be hosted by Chile"),
        queries=Q(("climate disaster debt pause clause", "repayments would be suspended automatically after a qualifying climate disaster"),
                  ("critical minerals processing bottleneck", "processing capacity, not mining, was the real bottleneck"),
                  ("Indonesia ore export restrictions downstream investment", "had since attracted more downstream investment than any incentive scheme"),
                  ("AI safety institutes network host", "offered to host the network's first technical meeting"),
                  ("debt service more than health and education", "spend more on external debt service than on health and education combined"))),
    "contact-group": dict(
        quotes=S("Malawi", "measure how fast we are drowning")
        + S("Samoa", "adaptation has a floor, and we are standing on it"),
        statements=S("Ventanilla-Obi", "invited parties to comment on the compilation of indicators",
                     "the group had two sessions left to forward draft conclusions")
        + S("Kjeldsen-Mwale", "the list had been trimmed from 460 to 112 candidate indicators",
            "fewer than half could be reported with existing national statistics")
        + S("EU", "preferred a limited headline set", "It suggested that parties choose indicators from a menu")
        + S("Switzerland", "agreed with a menu approach but wanted a core set")
        + S("Saudi Arabia", "opposed any indicator that could be used to rank parties")
        + S("United States", "said it could not accept indicators")
        + S("Samoa", "asked that loss of territory and of cultural heritage be reflected")
        + S("Tuvalu", "relocation planning should count as an adaptation action")
        + S("Eberhardt-Sande", "invited views on baselines")
        + S("Brazil", "proposed that each party set its own baseline year")
        + S("China", "a common baseline would disadvantage developing countries")
        + S("Australia", "the expert group prepare guidance on baselines rather than parties negotiating")
        + S("Colombia", "indigenous knowledge must be treated as evidence in its own right")
        + S("Ventanilla-Obi", "proposed that the co-chairs prepare a draft text on their own responsibility")
        + S("India", "objected to a co-chairs' text at this stage"),
        unattributed=U("it was agreed that the co-chairs would prepare informal notes rather than draft conclusions",
                       "After informal consultations in the room",
                       "Observers leaving the room described the mood as cautious",
                       "the indicator debate had become a proxy for the finance fight",
                       "Civil society groups staged a brief action outside the plenary hall"),
        queries=Q(("adaptation finance grants indicator", "share of adaptation finance delivered as grants"),
                  ("transformational adaptation undefined", "transformational adaptation, which it described as undefined"),
                  ("relocation planning adaptation", "relocation planning should count as an adaptation action"),
                  ("baseline year late data collection", "whose data collection began late"),
                  ("indigenous knowledge evidence", "indigenous knowledge must be treated as evidence in its own right"))),
    "core-sprint": dict(
        quotes=S("Wieczorkowski", "Eight percent is a lot of money for people who run one process per core")
        + S("Bianchetti-Hale", "a bikeshed painted in four colours")
        + S("Ósvaldsdóttir", "a blank page is friendlier than a wrong page"),
        statements=S("Desrosiers", "the single-threaded slowdown is now under eight percent on the benchmark suite",
                     "the default build should switch within two releases",
                     "about sixty had responded, most of them positively")
        + S("Wieczorkowski", "keeping both builds side by side for at least three releases")
        + S("Ósvaldsdóttir", "how many of those hundred modules had been contacted")
        + S("Asantewaa-Lutz", "the regression came from young objects being promoted too eagerly",
            "a fix has been sitting in review since June", "Kwabena wants it merged behind a build flag first",
            "agreed to add a compatibility shim")
        + S("Ostrogorska", "profilers rely on the current generation counts",
            "asked for a deprecation period before the counts change")
        + S("Bianchetti-Hale", "three major build backends already support it")
        + S("Demirkaya", "would accept the proposal if the table name were frozen",
            "installers need about six months' notice to ship support")
        + S("Ósvaldsdóttir", "The Icelandic and Swahili teams have reached the milestone",
            "machine-translated drafts help new teams start",
            "reviewers burn out when asked to fix them line by line",
            "The infrastructure team had offered spare capacity")
        + S("Ostrogorska", "whether the translation build could be moved off the main documentation server")
        + S("Wieczorkowski", "the pressure on the release manager was the real problem")
        + S("Demirkaya", "distributors surveyed last spring overwhelmingly preferred a predictable date"),
        unattributed=U("These notes were compiled by the sprint organisers from the session notes",
                       "No change was proposed",
                       "Land the incremental collector behind a configure flag",
                       "Freeze the dependency-groups table name by the first beta",
                       "Thanks to the local hosts for coffee, patience",
                       "The next sprint is planned for the spring"),
        queries=Q(("free-threaded default build switch", "the default build should switch within two releases"),
                  ("garbage collector memory regression", "young objects being promoted too eagerly"),
                  ("dependency groups installers notice", "installers need about six months' notice to ship support"),
                  ("machine translation documentation reviewers", "reviewers burn out when asked to fix them line by line"),
                  ("annual release cadence distributors", "overwhelmingly preferred a predictable date over a shorter cycle"))),
    "coop-agm": dict(
        quotes=S("Barrington", "We are lending more, and we are lending safely")
        + S("Gallagher", "should not be funding the floods that are wrecking our farms"),
        statements=S("Dunleavy-Price", "declared the meeting open and confirmed that a quorum was present",
                     "asked members to observe a minute's silence",
                     "membership had passed 9,000 for the first time",
                     "bring the loan book back to pre-pandemic levels",
                     "thanked the volunteers who staff the Saturday counter")
        + S("Barrington", "and a loan-to-asset ratio of 31 per cent",
            "recommends a dividend of 0.75 per cent",
            "had chosen to build reserves ahead of the new regulatory capital requirements")
        + S("Keaveney", "why the dividend was lower than that of the neighbouring credit union")
        + S("Holloway", "outlined progress on the new mobile banking app",
            "apologised to members who were locked out during the August upgrade",
            "would open a lending hub in Kilcarra")
        + S("Lindqvist", "home improvement loans had grown by 38 per cent",
            "arrears among younger borrowers had risen slightly")
        + S("Gallagher", "exclude fossil fuel companies from its investment portfolio")
        + S("Fitzmaurice", "supported the spirit of the motion",
            "require an annual report on the portfolio's exposure instead")
        + S("Rafferty", "whether the Saturday counter hours would be extended"),
        unattributed=U("The minutes of the 47th AGM were taken as read",
                       "it was confirmed that members may choose either option",
                       "whether the rebate could be paid into members' share accounts",
                       "The amended motion was carried by a large majority with four votes against",
                       "retiring by rotation, were re-elected unopposed",
                       "the board still lacks a director with information technology experience",
                       "Publish portfolio exposure report by the next AGM"),
        queries=Q(("dividend reserves capital requirements", "build reserves ahead of the new regulatory capital requirements"),
                  ("fossil fuel investment motion", "exclude fossil fuel companies from its investment portfolio"),
                  ("mobile app members locked out", "locked out during the August upgrade"),
                  ("retrofit home improvement loans", "driven by the retrofit grant scheme"),
                  ("Kilcarra lending hub", "would open a lending hub in Kilcarra"))),
    "select-committee": dict(
        quotes=S("Ashworth-Lyle", "run out of things to cut that are not buses", "a tool for cities")
        + S("Raghavan", "the people on the last bus are the people with nowhere else to go")
        + S("Pritchard-Hayes", "a cheap fare on a cancelled service is not much of a bargain"),
        statements=S("Holroyd-Venn", "what had happened to rural routes since the end of the emergency grant",
                     "the fare cap was of little use where there was no bus")
        + S("Ashworth-Lyle", "Fenlands had lost 41 of its 96 supported routes in two years",
            "the app-based pilot had carried fewer than 30 passengers a day",
            "small authorities lack the staff to run a procurement")
        + S("Farouk-Stone", "whether demand-responsive services had filled the gap")
        + S("Raghavan", "the funding formula rewards authorities with dense urban networks",
            "a single rural route can cost four times as much per passenger",
            "two thirds had no access to a car",
            "combined rural authorities could share a franchising team")
        + S("Ellwood", "challenged her on the evidence for this")
        + S("Pritchard-Hayes", "for bus services over the spending review period",
            "the fare cap had increased patronage by eleven per cent",
            "the new long-term funding settlement would give authorities certainty",
            "the Department was reviewing it and would publish proposals in the spring",
            "recruitment was the biggest single constraint on restoring routes",
            "had written to the major operators about training")
        + S("Treharne", "pressed the Minister on the formula", "whether that weighting would be backdated")
        + S("Garrow", "the review would include a rurality weighting for the first time"),
        unattributed=U("The Committee will publish its report after the summer recess",
                       "RBS0031 Confederation of Passenger Operators",
                       "Summary of oral evidence taken on Wednesday",
                       "accompanied by Elspeth Garrow, Director of Buses"),
        queries=Q(("rural bus routes lost Fenlands", "Fenlands had lost 41 of its 96 supported routes"),
                  ("funding formula rurality weighting", "include a rurality weighting for the first time"),
                  ("bus driver shortage recruitment", "recruitment was the biggest single constraint on restoring routes"),
                  ("passengers without a car survey", "two thirds had no access to a car"),
                  ("demand responsive transport pilot", "app-based pilot had carried fewer than 30 passengers a day"))),
    "planning-committee": dict(
        quotes=S("Halliwell", "You will be approving homes on a field that is a lake every February")
        + S("Thwaite", "chased off that path by quad bikes twice this summer"),
        statements=S("Whitlow", "declared a non-pecuniary interest in item 2")
        + S("Varga", "the site was allocated for housing in the Local Plan",
            "the highways authority had raised no objection after the junction was redesigned",
            "recommending refusal because the access track crosses a public right of way")
        + S("Halliwell", "the lane already floods twice a winter", "relied on data from a gauge eight miles away")
        + S("Greaves", "supported the residents' concerns about drainage",
            "approval be conditioned on a surface water scheme agreed before commencement")
        + S("Obradović", "attenuation ponds designed for a one-in-a-hundred-year event",
            "the company would accept a pre-commencement drainage condition")
        + S("Abernethy", "whether the Lead Local Flood Authority had visited the site")
        + S("Siddiqui", "expressed concern about the school capacity figures",
            "Brackley Moor Primary was already over-subscribed")
        + S("Tennant", "the education contribution in the Section 106 was calculated")
        + S("Courtenay", "moved approval with the additional drainage condition")
        + S("Chandrasekar", "the track was already used by farm vehicles",
            "guests would add fewer than ten trips a week")
        + S("Okonjo", "was minded to go against the officer recommendation",
            "rural tourism was a Local Plan priority")
        + S("Llewellyn-Price", "the Chair proposed a deferral for a site visit"),
        unattributed=U("Legal advice was given that members would need clear planning reasons",
                       "That the application be approved subject to the Section 106 agreement",
                       "That the application be deferred for a site visit",
                       "Two appeals had been dismissed and one allowed since the last meeting",
                       "The Committee noted the appeals report",
                       "The meeting closed at 9.12 pm"),
        queries=Q(("Hollins Lane flooding", "the lane already floods twice a winter"),
                  ("holiday let right of way refusal", "access track crosses a public right of way"),
                  ("affordable housing section 106", "securing 30 per cent affordable housing"),
                  ("school places Brackley Moor", "Brackley Moor Primary was already over-subscribed"),
                  ("attenuation ponds drainage design", "attenuation ponds designed for a one-in-a-hundred-year event"))),
    "mdb-seminar": dict(
        quotes=S("Nwankwo-Ferreira", "Our borrowers are not afraid of projects; they are afraid of devaluations")
        + S("Cheng", "an insurance company for foreign investors"),
        statements=S("Sabharwal-Kent", "mobilization ratio had stalled at roughly 0.4 dollars",
                     "guarantees be expanded to one fifth of annual commitments by 2028",
                     "bring a detailed capital impact note to the Audit Committee",
                     "the local-currency question had not been addressed sufficiently")
        + S("Oyelaran-Brandt", "foreign exchange risk, rather than project risk, was the main deterrent",
            "could cut hedging costs by up to a third")
        + S("Tanabe-Lund", "asked management to clarify how the capital charge would be calculated",
            "the Bank's AAA rating must not be put at risk")
        + S("Nwankwo-Ferreira", "the paper underestimated the cost of hedging local currencies",
            "a local-currency lending facility with a first-loss tranche funded by donors")
        + S("Iriarte-Molina", "the targets not crowd out public lending to countries without access",
            "the last mobilization push had concentrated on three middle-income countries")
        + S("Whitcombe", "only if accompanied by stronger reporting on additionality",
            "publish mobilization figures project by project")
        + S("Saarinen-Holm", "pilot the local-currency facility in two countries before scaling it up",
            "gender and climate co-benefits should be tracked in the same dashboard")
        + S("Cheng", "domestic investors in borrowing countries be counted in the mobilization figures")
        + S("Ilievski-Marr", "already offers local-currency loans in eleven currencies",
            "volumes remain small because of limited swap markets"),
        unattributed=U("This summary is not a verbatim record and reflects the main points raised",
                       "Executive Directors welcomed the paper and the candour of its diagnosis",
                       "Several Executive Directors asked whether the targets were realistic",
                       "Management to prepare a capital impact note for the Audit Committee",
                       "to be discussed by the Board in the second quarter",
                       "circulate this summary to Executive Directors for comment within ten working days"),
        queries=Q(("guarantees mobilize private capital", "guarantees had mobilized more private money per dollar of capital"),
                  ("first-loss tranche hedging costs", "cut hedging costs by up to a third"),
                  ("additionality reporting guarantees", "stronger reporting on additionality"),
                  ("local currency loans swap markets", "volumes remain small because of limited swap markets"),
                  ("foreign exchange risk institutional investors", "was the main deterrent for institutional investors"))),
    "journalism-panel": dict(
        quotes=S("Fairlie-Nunn", "Memberships keep the lights on, but the grant pays for the court reporter",
                 "more than I'd like to admit")
        + S("Adeyemi-Shaw", "spent ten years watching governments discover press freedom only when it suited them")
        + S("Kettering", "If your town has no reporter, your council has no audience"),
        statements=S("Ombasa-Wright", "asking the panellists to name the last local story that changed something",
                     "whether platforms should pay",
                     "next year's festival will run a workshop on membership models")
        + S("Fairlie-Nunn", "had rebuilt to seven through a mix of memberships and a foundation grant",
            "if the foundation walks away, the court beat goes with it",
            "his paper had received a cheque large enough to hire one reporter")
        + S("Kettering", "foundation money for local news is concentrated in a handful of metropolitan areas",
            "only public money, distributed at arm's length, could reach the news deserts",
            "the bargaining codes tried elsewhere had mostly enriched the largest publishers",
            "councils simply buy public notices from independent outlets again")
        + S("Adeyemi-Shaw", "any public fund would end up favouring incumbents",
            "Adeyemi-Shaw wants a tax credit for subscribers instead",
            "yes, with a firewall and full disclosure")
        + S("Holm", "what a council could do without compromising editorial independence"),
        unattributed=U("packed the Corn Exchange on Sunday afternoon",
                       "all three named stories that had been paid for by someone other than readers",
                       "would take money from a local property developer",
                       "why local papers still run so many press releases",
                       "No one left with a business model",
                       "nobody thought advertising alone would pay for them",
                       "full conversation will be available on the festival podcast next week"),
        queries=Q(("philanthropy local news concentration", "concentrated in a handful of metropolitan areas"),
                  ("platform bargaining code publishers", "bargaining codes tried elsewhere had mostly enriched the largest publishers"),
                  ("public notices councils independent outlets", "buy public notices from independent outlets again"),
                  ("tax credit subscribers", "wants a tax credit for subscribers instead"),
                  ("court reporter funding grant", "had rebuilt to seven through a mix of memberships"))),
}

if __name__ == "__main__":
    write(HERE, DOCS)
