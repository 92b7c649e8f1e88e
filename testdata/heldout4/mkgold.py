#!/usr/bin/env python3
"""mkgold.py — judged facts of the heldout4 documents (harness format, via
/work/main/testdata/heldoutgold.py). Run after make.sh; writes ./*.json.

Judging rules: a person by surname (hyphenated surnames whole); first-name
follow-ups ("Mireille", "Hyun-woo") and role nouns ("the Chair", "the
Minister", "the Treasurer", "the Director", "the moderator", "the
Professor") to the one person holding that name/role; a party in a bulletin
is its own speaker, also "for the GROUP"; a party's "It" to the party; the
mover of a motion for the motion. Joint subjects, collectives (the board,
the group, the leaders, participants, delegates), anonymous people,
documents, action items and the author's narration are unattributed.
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from heldoutgold import Q, S, U, write  # noqa: E402

DOCS = {
    "readout": dict(
        quotes=S("Halvorsen", "a steady anchor in a region that has seen more than its share of upheaval")
        + S("Okonjo-Baptiste", "tired of being treated as a charity case by people who have never visited Kumasi",
            "we have exported our wealth in sacks for a hundred years; we would like to try crates")
        + S("Petrakis", "with a heavy tilt toward companies that build things rather than companies that sell them")
        + S("Asante-Druye", "the most serious conversation we have had with Washington on the subject"),
        statements=S("Halvorsen", "congratulated her on the peaceful transfer of power",
                     "wanted supply chains that respected workers and local communities",
                     "would extend its malaria partnership with Ghana through 2031")
        + S("Okonjo-Baptiste", "her government had come to Washington not to ask for aid but to talk about investment",
            "pressed for faster approval of export licences for processing equipment",
            "the cocoa sector alone employed roughly eight hundred thousand households",
            "keep refining jobs in Ghana rather than shipping raw ore abroad",
            "district clinics had cut child deaths from malaria by a third")
        + S("Castellane", "diplomatic efforts to restore a ceasefire along the Burkina Faso border",
            "the State Department would fund an additional round of mediation talks")
        + S("Asante-Druye", "Ghana had completed the third review of its restructuring programme",
            "support the country's request for a lower interest margin",
            "he conceded that the details would take months to settle")
        + S("Petrakis", "the trade mission would include at least thirty American firms"),
        unattributed=U("the first visit by a Ghanaian head of government in nearly a decade",
                       "Secretary Petrakis will lead a trade mission to Accra in June",
                       "A $240 million Development Finance Corporation facility",
                       "A new exchange programme for two hundred young engineers each year",
                       "Officials familiar with the planning indicated that solar manufacturers",
                       "build on the 2023 Accra Compact",
                       "the leaders instructed their teams to report back within ninety days"),
        queries=Q(("Ghana critical minerals refining jobs", "keep refining jobs in Ghana rather than shipping raw ore abroad"),
                  ("malaria partnership extension 2031", "would extend its malaria partnership with Ghana through 2031"),
                  ("Ghana debt restructuring review", "Ghana had completed the third review of its restructuring programme"),
                  ("DFC facility agro-processing", "A $240 million Development Finance Corporation facility"),
                  ("Sahel Security Dialogue remarks", "Remarks by Secretary Castellane at the Sahel Security Dialogue")),
    ),
    "enb-daily": dict(
        quotes=S("Solvang-Reyes", "a text full of brackets is not a treaty, it is a shopping list")
        + S("China", "transparent, peer-reviewed science"),
        statements=S("Solvang-Reyes", "reminding delegates that the session would close on Saturday",
                     "asked parties to keep interventions short")
        + S("Wierzbicki", "registration had reached a record 2,900 participants",
            "He thanked the governments of Canada and Kenya")
        + S("Senegal", "called for binding global limits on the production of primary polymers")
        + S("Saudi Arabia", "production caps fell outside the mandate agreed in Nairobi")
        + S("Fiji", "recalled that islands received plastic from ocean currents")
        + S("Kuwait", "questioned whether the secretariat's scientific review had adequately considered",
            "It requested a revised version before the next session")
        + S("Brazil", "preferred a list of chemicals of concern to be decided")
        + S("Marchetti-Oduya", "introduced a chair's proposal merging Articles 5 and 6",
            "the merged text kept both options on phase-out dates in brackets",
            "she would hold informal consultations over lunch")
        + S("Japan", "welcomed the merged article but opposed an annex listing specific products")
        + S("Rwanda", "suggested that it be reviewed every three years")
        + S("United Kingdom", "because the term lacked a definition")
        + S("Mexico", "offered to circulate the relevant definitions")
        + S("India", "rapid phase-out dates would hurt informal workers")
        + S("Qureshi-Lindahl", "presented a chair's proposal on a financial mechanism comprising a dedicated fund")
        + S("Argentina", "said the proposal was a good basis for negotiation")
        + S("Switzerland", "preferring the Global Environment Facility to serve as the financial mechanism")
        + S("United States", "could not accept any language implying mandatory contributions")
        + S("Nigeria", "a producer fee of a fraction of a cent per kilogram"),
        unattributed=U("delegates to the fifth session of the negotiating committee on marine litter met",
                       "where co-chairs of the groups reported uneven progress",
                       "The group agreed to request the secretariat to prepare an information note",
                       "many delegates seemed resigned to another session without agreement",
                       "everything except the thing that matters",
                       "Whether that clarity would survive the weekend was anyone's guess",
                       "The committee reconvenes on Friday"),
        queries=Q(("production caps primary polymers", "binding global limits on the production of primary polymers"),
                  ("Global Environment Facility financial mechanism", "preferring the Global Environment Facility to serve as the financial mechanism"),
                  ("informal workers phase-out dates", "rapid phase-out dates would hurt informal workers"),
                  ("producer fee per kilogram", "a producer fee of a fraction of a cent per kilogram"),
                  ("non-essential uses definition", "because the term lacked a definition")),
    ),
    "lang-summit": dict(
        quotes=S("Tanaka-Voss", "don't know what they're promising when they tick the box",
                 "would produce more false alarms than a smoke detector over a toaster")
        + S("Akerfeldt", "release notes are not a reason to measure the wrong thing")
        + S("Ponomarenko", "We gave people half a format"),
        statements=S("Tanaka-Voss", "the remaining gap was not technical but social",
                     "was not a drop-in replacement for the GIL",
                     "she would rather nudge than police")
        + S("Akerfeldt", "asked whether the checklist would become a requirement",
            "a writer that makes no promises about preserving style")
        + S("Ferreira-Holm", "wondered if the interpreter could detect unsafe global state",
            "asked how tracebacks would look when a lazily imported module failed to load")
        + S("Nnaji", "was being tuned against programs that no longer resembled real workloads",
            "historical comparability still mattered to the people writing release notes",
            "the original decision to ship a read-only module had been deliberate")
        + S("Ramaswamy-Lund", "asked why the old suite should not simply be deleted",
            "suggested attaching the original import site as a note on the exception")
        + S("Castellanos", "nothing would change for code that did not use the keyword",
            "Command-line tools, he said, stood to gain the most",
            "admitted that this was still the weakest part of the design")
        + S("Ponomarenko", "every project she maintained vendored the same small writer",
            "provided the documentation says so in large letters")
        + S("Okafor-Sand", "described how her team tests the interpreter on RISC-V boards")
        + S("Aldana-Kraus", "the Brazilian Portuguese team had only two active members"),
        unattributed=U("About forty core developers and invited guests attended in person",
                       "What follows is my summary of each talk",
                       "The room seemed to agree that both suites would be published",
                       "The previous version of the proposal was rejected by the Steering Council in 2023",
                       "Not everyone was convinced",
                       "Thanks to the Python Software Foundation for hosting the event",
                       "Slides for most talks are linked from the summit page"),
        queries=Q(("free-threading C extensions checklist", "a short audit checklist in the developer guide"),
                  ("lazy imports start-up time", "went from 410 ms to 95 ms at start-up"),
                  ("tomllib dumps writer", "adding a tomllib.dumps() function"),
                  ("JIT benchmark real workloads", "programs that no longer resembled real workloads"),
                  ("RISC-V boards", "tests the interpreter on RISC-V boards kept in a cupboard")),
    ),
    "board-minutes": dict(
        quotes=S("Ambrus", "but only just, and only if nobody gets sick")
        + S("Lindqvist", "a quiet tax on the people we most depend on"),
        statements=S("Achterberg", "the foundation now hosts 31 projects",
                     "three projects had not filed a security contact in over a year",
                     "the annual contributor survey had drawn 1,240 responses",
                     "undertook to add at least Spanish and Mandarin next year")
        + S("Ambrus", "closed 2025 with an operating surplus of $86,400",
            "corporate sponsorship renewals for 2026 were running about fifteen percent behind",
            "explained that he abstained not because he opposed the grant")
        + S("Lindqvist", "asked whether the reserve policy of six months",
            "presented a proposal to allocate $40,000 from the surplus",
            "paying for build minutes out of maintainers' own pockets",
            "the technical committee would draw up criteria and publish them",
            "That the board allocate up to $40,000 to a shared CI service")
        + S("Mbaye", "questioned whether the foundation should run servers itself",
            "He suggested a contract with a hosting provider instead")
        + S("Kowalczyk-Reid", "wondered how projects would be chosen")
        + S("Morozov", "summarised the complaints received about third parties",
            "the current policy was too vague to be enforced",
            "user groups would get an explicit permission in the new text")
        + S("Feathers", "asked whether the revision would affect local user groups")
        + S("Harrow-Diaz", "annual summit would be held in Lisbon in October",
            "the Chair suggested that he draft terms of reference"),
        unattributed=U("The minutes of 10 December 2025 were approved without amendment",
                       "The board noted the Treasurer's report",
                       "The motion carried, six in favour",
                       "The board agreed to consider the revised policy at its February meeting",
                       "Technical committee to publish CI grant criteria",
                       "Counsel to circulate the revised trademark policy",
                       "The meeting adjourned at 18:38"),
        queries=Q(("CI grant smaller projects", "allocate $40,000 from the surplus to a shared continuous-integration service"),
                  ("sponsorship renewals 2026", "corporate sponsorship renewals for 2026 were running about fifteen percent behind"),
                  ("trademark merchandise logos", "selling merchandise bearing project logos"),
                  ("projects without security contact", "three projects had not filed a security contact in over a year"),
                  ("annual summit Lisbon", "annual summit would be held in Lisbon in October")),
    ),
    "select-committee": dict(
        quotes=S("Quennell", "when the tendered service goes, the commercial one rarely survives it")
        + S("Aldous-Price", "a lottery in which the prize is a two-year pilot",
            "a tool for cities with the staff to use it")
        + S("Draycott-Yuen", "rural services have not had the attention they deserve from successive governments"),
        statements=S("Rowntree-Hale", "why the number of rural bus miles had fallen by almost a third",
                     "how the fund would differ from earlier competitive pots")
        + S("Quennell", "driven less by falling demand than by the withdrawal of council support",
            "community transport had filled some gaps but depended heavily on volunteer drivers",
            "fare cap had increased patronage on routes that survived")
        + S("Aldous-Price", "councils were being asked to plan bus networks with funding that arrived year by year",
            "urged the Government to move to five-year settlements",
            "most county authorities lacked the officers to run a franchise process")
        + S("Halloway", "one in six respondents without a car had turned down a job offer",
            "such schemes worked in small market towns but struggled to cover dispersed villages",
            "early evaluation in Scotland showed a rise in journeys by young people")
        + S("Pennock", "pressed the panel on fares",
            "the same promise had been made to the Committee two years earlier")
        + S("Oyelaran", "whether operators could be required to run unprofitable evening services")
        + S("MacAulay-Brent", "raised the situation in Scotland and Wales")
        + S("Draycott-Yuen", "would give every local transport authority the power to franchise",
            "multi-year certainty was worth as much as the headline figure",
            "He undertook to write to the Committee with the Department's own estimates")
        + S("Folarin", "it would be allocated by formula rather than by bidding",
            "working with the Driver and Vehicle Standards Agency to shorten waiting times")
        + S("Ellery-Vance", "would go far when spread across every county"),
        unattributed=U("The full transcript is published as HC 1187",
                       "The Committee will take further evidence from operators in March",
                       "Written submissions to the inquiry remain open until 20 February",
                       "The Minister has agreed to provide the requested estimates by 6 March",
                       "References in brackets are to question numbers in the transcript"),
        queries=Q(("rural bus decline council support", "driven less by falling demand than by the withdrawal of council support"),
                  ("young people without a car job offer", "one in six respondents without a car had turned down a job offer"),
                  ("rural mobility fund formula", "allocated by formula rather than by bidding"),
                  ("fare cap patronage", "fare cap had increased patronage on routes that survived"),
                  ("driver shortage tests", "shorten waiting times for tests")),
    ),
    "council": dict(
        quotes=S("Pratchett", "when you can't get a parking spot for love nor money")
        + S("Mwangi", "A home is nicer")
        + S("Solberg", "We can't keep voting for plans and then voting against the buildings in them"),
        statements=S("Pratchett", "the six-storey building would block sea views from at least forty homes")
        + S("Mwangi", "rents in the city had risen by 38 percent in five years")
        + S("Castellanos-Byrne", "urged staff to phase the works outside the tourist season")
        + S("Kowalski-Ruiz", "counts had been taken in both July and October",
            "the December storm had cost the city $412,000",
            "attributed it to a shortage of sidewalk plough operators")
        + S("Delacroix-Yee", "could not justify refusing 84 rental units in a housing emergency",
            "set aside twelve units at below-market rents")
        + S("Villanueva-Kerr", "the height was out of character with the waterfront",
            "she proposed that the building be reduced to four storeys",
            "that the bylaw be amended to limit the height to four storeys")
        + S("Brisbois", "asked staff whether a four-storey version would still be viable")
        + S("Stavropoulos", "the developer had indicated it would not proceed below five storeys")
        + S("Solberg", "reminded colleagues that the Official Community Plan")
        + S("Thornbury", "the public hearing would be scheduled for February",
            "more emails about those sidewalks than about any other issue in her term")
        + S("Odutola", "asked why sidewalks near the seniors' centre had remained icy",
            "that staff report back by April on options for improved sidewalk clearing"),
        unattributed=U("Six members of the public addressed Council",
                       "A resident who did not give her name expressed concern about noise",
                       "Two further speakers addressed the rezoning",
                       "Villanueva-Kerr and Brisbois in favour",
                       "The meeting adjourned at 9:17",
                       "Certified correct"),
        queries=Q(("Cannery Road rezoning four storeys", "limit the height to four storeys"),
                  ("snow removal cost December storm", "the December storm had cost the city $412,000"),
                  ("rent increases tenants union", "rents in the city had risen by 38 percent in five years"),
                  ("below-market rents units", "twelve units at below-market rents for twenty years"),
                  ("traffic study summer counts", "counts had been taken in both July and October")),
    ),
    "osce-conference": dict(
        quotes=S("Vasquez-Lindahl", "never been so blurred, nor so expensive to ignore")
        + S("Solbakken", "An adversary does not need to cut a cable")
        + S("Monteverde", "We are protecting twenty-first century arteries with a nineteenth-century bandage")
        + S("Gelashvili-Strand", "You cannot exchange business cards during an attack")
        + S("Wirtanen", "precisely because they are boring")
        + S("Halvorsen-Duarte", "Silence is not neutral. Someone else will fill it."),
        statements=S("Vasquez-Lindahl", "at least eleven incidents affecting subsea cables had been recorded",
                     "the Secretariat would compile a compendium of good practices")
        + S("Camilleri-Sant", "underlined the particular vulnerability of island states")
        + S("Solbakken", "most cable damage was still caused by fishing vessels and anchors")
        + S("Demirtaş-Hale", "were few and booked months in advance",
            "She called for a regional reserve of repair capacity")
        + S("Monteverde", "offered little against deliberate damage outside territorial waters")
        + S("Gelashvili-Strand", "a series of intrusions into regional distribution companies in 2024")
        + S("Yazıcıoğlu", "rooftop solar and home batteries had multiplied the number of devices")
        + S("Wirtanen", "disagreed with the view that regulation was lagging",
            "smaller utilities lacked the staff to implement them")
        + S("Bassani", "whether the OSCE's confidence-building measures on cyber security were still relevant")
        + S("Ionescu-Farrell", "had been followed within an hour by false claims")
        + S("Halvorsen-Duarte", "the first official statement shaped the story more than any later correction"),
        unattributed=U("some 260 representatives of participating States",
                       "The conference was organized by the Transnational Threats Department",
                       "Attribution of incidents at sea remains slow and contested",
                       "Trust networks between operators and agencies must exist before an incident",
                       "Distributed energy resources expand the attack surface",
                       "Participants expressed broad support for a follow-up expert meeting"),
        queries=Q(("subsea cable repair capacity", "a regional reserve of repair capacity"),
                  ("1884 Convention submarine cables", "1884 Convention for the Protection of Submarine Telegraph Cables"),
                  ("rooftop solar home batteries attack", "rooftop solar and home batteries had multiplied"),
                  ("power outage disinformation Moldova", "had been followed within an hour by false claims"),
                  ("compendium of good practices", "compile a compendium of good practices")),
    ),
    "workshop": dict(
        quotes=S("Orsini-Kaye", "We have been watching the wrong number")
        + S("Lindqvist-Achebe", "A borehole is cheaper than a supercomputer")
        + S("Pemberton-Ashe", "invisible until the tap runs dry"),
        statements=S("Orsini-Kaye", "most regional climate projections told hydrogeologists very little about recharge",
                     "recharge had fallen in years with near-normal rainfall",
                     "chalk responded more slowly",
                     "scientists should stop presenting averages to decision-makers")
        + S("Siddiqui-Holt", "asked whether the same pattern held in chalk aquifers")
        + S("Brennan-Oduro", "the ensemble agreed on the direction of change for the south-east",
            "several models still treated the unsaturated zone as a simple delay",
            "models were the only way to explore scenarios")
        + S("Lindqvist-Achebe", "the community had spent too long refining models and too little time measuring")
        + S("Fitzwilliam", "abstraction licences were issued decades ago on the assumption of a stable climate",
            "farmers had been more willing to share water voluntarily",
            "two pilot schemes were under way")
        + S("Campbell-Reyes", "questioned whether voluntary sharing would survive a longer drought",
            "water trading, with a cap set by the regulator",
            "trading schemes in Australia had produced winners and losers")
        + S("Holst", "asked the panel about the role of managed aquifer recharge")
        + S("Marchbank", "wondered whether the research community had made itself too hard to understand")
        + S("Okwuosa", "pointed to the new groundwater network being set up by the learned societies"),
        unattributed=U("brought together 54 hydrogeologists, climate modellers",
                       "This report summarises the main presentations",
                       "A doctoral researcher in the audience asked how early-career scientists",
                       "Expand the national groundwater monitoring network by at least 15 percent",
                       "Establish a standing forum between researchers",
                       "The organisers thank the department's administrative staff"),
        queries=Q(("recharge timing intensity of rain", "what mattered was the timing and intensity of rain"),
                  ("monitoring network reduce uncertainty", "a modest increase in the monitoring network would reduce uncertainty"),
                  ("abstraction licences stable climate", "abstraction licences were issued decades ago on the assumption of a stable climate"),
                  ("water trading cap", "water trading, with a cap set by the regulator"),
                  ("managed aquifer recharge pilots", "Fund at least three further pilots of managed aquifer recharge")),
    ),
}

if __name__ == "__main__":
    write(HERE, DOCS)
