#!/usr/bin/env python3
"""mkgold.py — judged facts of the heldout13 documents in the acceptance
harness's format, checked against pdftotext of each PDF (heldoutgold.write).
Run after make.sh; writes ./*.json.

Judging: people by surname (hyphenated surnames whole); a party, group or
organisation in a bulletin is its own speaker; a party's "It" after its
sentence is that party's; role nouns ("the Chair", "the Treasurer", "the
Ambassador", "the witness", "the colonel") go to the one person holding the
role; the mover of a motion owns the motion text. Joint subjects, the
author's voice, collectives (delegates, participants, the Board, the leaders),
anonymous people, action items and procedural narration are unattributed.
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from heldoutgold import Q, S, U, write  # noqa: E402

DOCS = {
    "osce-migration": dict(
        quotes=S("Torvanger", "no single border service can absorb this pressure on its own")
        + S("Vihmand", "We learned more from the people queuing at our gate than from any consultancy report")
        + S("Józefiak", "in a corridor, standing up, in a language the person barely speaks")
        + S("Ruotsila", "Privacy and rescue are not opposites", "a rule that nobody can apply at three in the morning protects no one")
        + S("Mekonnen", "I signed papers I could not read"),
        statements=S("Torvanger", "noted that arrivals along the corridor had nearly doubled in two years",
                     "stressed that cooperation had to extend beyond formal agreements to daily operational contact",
                     "observed that the conference had heard more in ten minutes than in many reports",
                     "screening must be humane as well as fast",
                     "announced that the Unit would publish a practitioners' checklist before the summer")
        + S("Vihmand", "the national screening centre opened last autumn now processes most applications",
            "the centre was designed with input from two local refugee associations")
        + S("Marovac", "introduced the session by recalling the commitments made at last year's ministerial meeting")
        + S("Peltsin", "described a pilot in which interpreters",
            "the first hour of contact decides whether a vulnerable person is identified at all",
            "conceded that the pilot had been expensive to staff",
            "age assessment belonged with child-protection services and not with border guards")
        + S("Józefiak", "called on border agencies to record every interview and to give lawyers access")
        + S("Reinholt", "asking the panellists what they would change tomorrow if they could")
        + S("Amundrud", "warned that interoperability was running ahead of safeguards",
            "was increasingly being reused for return operations without a clear legal basis",
            "recommended that each shared record carry a purpose tag that travels with it")
        + S("Ruotsila", "delays in data exchange were costing lives in the forest border areas",
            "argued for real-time alerts between neighbouring patrols")
        + S("Kalniete-Ozola", "presented findings from 62 case files reviewed by her office",
            "had gone missing from reception facilities within a month",
            "urged States to appoint a guardian on the day of arrival rather than after registration")
        + S("Mekonnen", "nobody had told him where he was being taken or why"),
        unattributed=U("This summary was prepared by the conference secretariat",
                       "Discussions focused on screening at the border, cross-border data exchange",
                       "It was pointed out from the floor that several States still lack a statutory definition",
                       "One participant asked whether age assessment should remain with the police",
                       "Participants agreed that a shared glossary of data categories would be a useful first step",
                       "His testimony was followed by a long silence in the room",
                       "Participating States should ensure interpreters are available at first contact",
                       "Shared records should carry a purpose limitation that follows the data"),
        queries=Q(("interpreters night patrols border", "Latvian State Border Guard described a pilot"),
                  ("purpose tag shared records", "each shared record carry a purpose tag that travels with it"),
                  ("guardian unaccompanied children day of arrival", "appoint a guardian on the day of arrival rather than after registration"),
                  ("screening interviews lawyers access", "record every interview and to give lawyers access within 24 hours"),
                  ("Estonia screening centre five working days", "now processes most applications within five working days")),
    ),
    "call-readout": dict(
        quotes=S("Hammond", "Portugal has shown that a small country can have a very large idea",
                 "We intend to be partners in making it real"),
        statements=S("Hammond", "congratulated the Prime Minister on the formation of her new government",
                     "underscored that the Azores remain vital to transatlantic security",
                     "welcomed the plan and said that American companies stood ready to invest",
                     "agreed to task their national security advisers with developing options",
                     "thanked Prime Minister Ederra for Portugal's contribution to the NATO mission",
                     "which he described as a model of burden sharing among allies")
        + S("Ederra", "highlighted Portugal's progress on offshore wind and green hydrogen",
            "Lisbon hoped to become a hub for liquefied natural gas deliveries",
            "expressed concern over the growing number of people displaced across the region",
            "she proposed a joint initiative with West African partners on food security"),
        unattributed=U("The two leaders discussed efforts to diversify Europe's energy supply",
                       "The leaders also exchanged views on the situation in the Sahel",
                       "The leaders agreed to meet in person on the margins of the summit in Ottawa",
                       "Also participating on the call were Secretary of State Miriam Okonjo"),
        queries=Q(("Azores transatlantic security", "the Azores remain vital to transatlantic security"),
                  ("Sahel food security initiative", "joint initiative with West African partners on food security"),
                  ("Lisbon LNG hub", "hub for liquefied natural gas deliveries to central Europe"),
                  ("NATO Baltic burden sharing", "a model of burden sharing among allies")),
    ),
    "enb-daily": dict(
        quotes=S("World Coastal Alliance", "debating adjectives while the shoreline retreats"),
        statements=S("Solheim-Quist", "urging delegates to conclude a first reading of the draft framework by Friday")
        + S("Ondoua", "reported on informal consultations held on Tuesday",
            "noting convergence on the preamble but not on the operative sections",
            "forwarded the text on nature-based solutions to a contact group")
        + S("Tuvalu", "called for a dedicated window for coastal adaptation within existing funds",
            "islands cannot wait for another replenishment cycle")
        + S("Samoa", "grant-based finance should be the default for the most vulnerable")
        + S("EU", "preferred to mobilise private capital through blended instruments",
            "proposed bracketing the term pending legal advice")
        + S("Japan", "suggesting that a review of existing windows be commissioned first")
        + S("Brazil", "finance obligations in the framework must reflect common but differentiated responsibilities",
            "It opposed any reference to")
        + S("US", "could not accept language implying new financial commitments")
        + S("Indonesia", "highlighted the role of mangrove restoration in reducing storm surge")
        + S("Canada", "asked for clarity on how such measures would be monitored")
        + S("Saudi Arabia", "arguing that the term had not been defined in any multilateral instrument")
        + S("International Fishworkers' Collective", "recognise the tenure rights of small-scale fishers")
        + S("China", "reporting requirements should be flexible for developing countries")
        + S("Maldives", "lamented that the draft lacked any provision for capacity building")
        + S("Beltrán", "invited parties to submit text by Thursday morning"),
        unattributed=U("delegates to the working group met in plenary in the morning",
                       "A contact group on monitoring and reporting met late into the night",
                       "the group considered a proposal for biennial national reports",
                       "mood was one of cautious impatience",
                       "Several delegates observed quietly that the financing debate had returned",
                       "wondered aloud whether the Co-Chairs' Friday deadline was an aspiration or a bluff",
                       "observers noted that the music did more for regional solidarity"),
        queries=Q(("dedicated window coastal adaptation", "called for a dedicated window for coastal adaptation within existing funds"),
                  ("blue carbon not defined", "arguing that the term had not been defined in any multilateral instrument"),
                  ("mangrove storm surge", "mangrove restoration in reducing storm surge"),
                  ("reporting flexibility developing countries", "reporting requirements should be flexible for developing countries"),
                  ("small-scale fishers tenure rights", "recognise the tenure rights of small-scale fishers")),
    ),
    "db-summit": dict(
        quotes=S("Adeyemi", "Every time we touch the connection code, v2 is the thing that breaks")
        + S("Freitas", "If it isn't on the list, it didn't happen"),
        statements=S("Lindqvist", "of the regression suite now passes with the new planner enabled",
                     "the remaining failures are concentrated in correlated subqueries",
                     "proposed shipping the planner behind a flag",
                     "the big hosted users had already agreed to run it in staging",
                     "he would rather be late than break production for anyone",
                     "the council would publish its meeting minutes starting in June")
        + S("Ashdown", "asked whether a flag that nobody turns on would yield useful bug reports",
            "presented benchmark results for the io_uring backend",
            "she measured a 38% improvement in sequential scans",
            "the numbers came from a single machine and should not be quoted in release notes",
            "thought the fallback path was good enough",
            "she conceded that it had seen far less testing",
            "newcomers in other time zones were most affected")
        + S("Kasparyan", "wondered whether the older kernels in long-term-support distributions would be a problem",
            "volunteered to set up a CI job on an older kernel")
        + S("Adeyemi", "made the case for dropping protocol version 2",
            "costs roughly two weeks of maintenance every release")
        + S("Baek", "several embedded drivers still speak only v2 and that their maintainers are volunteers",
            "suggested a two-release warning period with a loud log message")
        + S("Freitas", "described her work on collation versioning and asked for reviewers",
            "too many design choices were being settled in private chats"),
        unattributed=U("These notes are my own summary, checked against the shared notes doc",
                       "with 31 committers in the room and a handful more on video",
                       "Several people wanted a clearer deprecation timeline",
                       "The room seemed broadly in favour, though no formal decision was taken",
                       "There was some debate about whether minutes alone would be enough",
                       "Thanks to the Ghent University computing department for hosting us",
                       "Slides will be linked from the wiki once speakers upload them"),
        queries=Q(("new planner behind a flag", "proposed shipping the planner behind a flag"),
                  ("io_uring sequential scan benchmark", "she measured a 38% improvement in sequential scans"),
                  ("drop wire protocol v2 maintenance", "costs roughly two weeks of maintenance every release"),
                  ("design decisions private chats mailing list", "settled in private chats and never reached the mailing list"),
                  ("fuzzer JSON path parser", "has found eleven crashes in the JSON path parser")),
    ),
    "board-minutes": dict(
        quotes=S("Brandvold", "a society that cannot keep its young members has no future worth budgeting for"),
        statements=S("Brandvold", "welcomed Mr. Haddadi to his first meeting since his election",
                     "asked that the evaluation panel report back with a single recommendation",
                     "agreed that this was overdue and asked him to bring a draft to the March meeting")
        + S("Kinsella", "declared that his firm had submitted a tender for the Society's website redesign",
            "He would leave the meeting for any discussion of that contract")
        + S("Nwankwo-Lund", "presented the accounts for the year to 31 December",
            "reported a surplus of €41,200, largely due to higher attendance",
            "membership income had fallen for the second year in a row",
            "the reserve now covered only seven months of operating costs",
            "the Treasurer said she would model the cost before the next meeting")
        + S("Pihl", "explained that the fall was concentrated among members under thirty-five")
        + S("Haddadi", "suggested that a reduced fee for early-career engineers might reverse the trend",
            "raised the question of a code of conduct for Society events",
            "two complaints had been received after the autumn conference")
        + S("Dekkers", "the new online course on timber connections had enrolled 212 participants",
            "second module on fire design in mass timber",
            "that the Board authorise the Executive Director to accept the Nordic Timber Research Fund offer")
        + S("Örnberg", "questioned whether volunteer authors could deliver it by September",
            "observed that the cheapest bid omitted accessibility testing entirely")
        + S("Latouche", "noted that the Society had received an offer of part-funding",
            "believed the offer would lapse if not accepted by the end of February",
            "summarised the three tenders received"),
        unattributed=U("The minutes of the meeting of 27 November 2024 were approved without amendment",
                       "The Board discussed the relative merits of the bids",
                       "Treasurer to model the cost of a reduced early-career fee",
                       "Evaluation panel to recommend a single website tender",
                       "Director of Membership to draft a code of conduct for events",
                       "There being no further business, the meeting closed at 20:05",
                       "left the meeting at 19:10"),
        queries=Q(("early-career fee membership", "a reduced fee for early-career engineers might reverse the trend"),
                  ("fire design mass timber module", "second module on fire design in mass timber"),
                  ("code of conduct complaints", "two complaints had been received after the autumn conference"),
                  ("website bid accessibility testing", "the cheapest bid omitted accessibility testing entirely"),
                  ("reserve months of operating costs", "the reserve now covered only seven months of operating costs")),
    ),
    "committee-hearing": dict(
        quotes=S("Quill", "We are not an extension of the emergency room. We are what is left when it closes"),
        statements=S("Achterberg", "reminded members that the Committee was examining the temporary closures",
                     "41 closures had been recorded in 2024, compared with nine in 2022",
                     "thanked the Mayor and said the Committee would consider it")
        + S("Amadi-Pearce", "told the Committee that every closure was a decision of last resort",
            "had lost nearly a third of its rural physicians since 2021",
            "described a new rotation scheme under which urban emergency physicians spend",
            "The witness acknowledged that notice had sometimes been given",
            "the authority was negotiating with the medical association to make it part of new contracts")
        + S("Farrow-Hale", "asked why the authority had not given communities more notice before closures",
            "indicated that his caucus would support such a recommendation",
            "proposed that the Committee request the licensing college's processing data")
        + S("Siddiqui-Brandt", "wanted to know whether the rotation scheme was voluntary")
        + S("Quill", "paramedics were bearing the consequences of every closure",
            "an ambulance crew may spend four hours on a single transfer",
            "warned that his members were already working unpaid overtime",
            "urged the Province to fund at least twelve additional crews in the northern region")
        + S("Maciborski", "asked whether community paramedicine could relieve some of the pressure",
            "the main problem was the licensing delay for internationally trained physicians")
        + S("Lindgren", "questioned whether the Association had been consulted on the rotation scheme",
            "the predictable outcome of years of underinvestment in rural training places")
        + S("Solvang", "described the effect of the closures on her town of 3,800 people",
            "now keeps a list of residents who cannot travel",
            "recounted the case of an elderly farmer who waited seven hours for transport",
            "asked the Committee to recommend a legal minimum of 72 hours' public notice"),
        unattributed=U("The Committee will hear from the College of Physicians and the Ministry of Health",
                       "A draft report is expected in April",
                       "The hearing adjourned at 11:47 a.m.",
                       "Chief Medical Officer, Northern Westmarch Health Authority",
                       "The motion was agreed to"),
        queries=Q(("public notice before closure", "a legal minimum of 72 hours' public notice before any closure"),
                  ("paramedics transfer hours", "an ambulance crew may spend four hours on a single transfer"),
                  ("rotation scheme urban physicians", "a new rotation scheme under which urban emergency physicians spend"),
                  ("internationally trained physicians licensing", "the licensing delay for internationally trained physicians")),
    ),
    "media-briefing": dict(
        quotes=[],
        statements=S("Mendez-Kovač", "will travel to Nairobi on Monday for the ministerial meeting of the Lake Region Partnership",
                     "our embassy in Montevideo will begin issuing electronic visas",
                     "we expect processing times to fall from three weeks to about five days",
                     "has not suspended development aid to any partner country",
                     "The review will be completed by the end of June",
                     "development assistance this year is higher than last year, not lower",
                     "The Minister raises consular cases at every opportunity",
                     "we now advise against all travel to the three northern provinces",
                     "At this stage there is no evacuation planned, but we have contingency plans",
                     "About 140 at the latest count. That number changes by the hour",
                     "to tourist and business visas, but not yet to work permits",
                     "They spoke by phone last week")
        + S("Rosberg", "can you say which programmes might be cut, and when the review will be finished",
            "has the Minister spoken to his Kenyan counterpart about the water memorandum's financing")
        + S("Osterhaus", "Will the Minister raise the detention of the two Valdorian journalists during his trip")
        + S("El-Amrani", "Are there plans to evacuate Valdorian citizens from the border region")
        + S("Vétérani", "will it apply to business travellers as well"),
        unattributed=U("The following is an edited transcript. Questions have been shortened where indicated",
                       "The briefing ended at 11:34"),
        queries=Q(("electronic visas Montevideo", "our embassy in Montevideo will begin issuing electronic visas"),
                  ("travel advice northern provinces", "we now advise against all travel to the three northern provinces"),
                  ("development aid suspended", "has not suspended development aid to any partner country"),
                  ("detained journalists consular cases", "The Minister raises consular cases at every opportunity")),
    ),
    "science-workshop": dict(
        quotes=S("Asante-Boateng", "The satellites see the surface. The carbon is underneath"),
        statements=S("Grünwald", "opened the session with results from a network of 220 farms in Lower Saxony",
                     "stratified sampling reduced the number of soil cores needed by about a third",
                     "cautioned that the gains depend on good prior maps, which many regions lack",
                     "agreed that deeper sampling was desirable but doubted that commercial schemes would pay for it")
        + S("Tsao", "Dr. Mei-Ling Tsao presented a comparison of sampling depths",
            "sampling only the top 30 cm could overstate carbon gains from reduced tillage",
            "recommended sampling to at least 60 cm wherever equipment allows",
            "warned that buyers were paying for precision that the science could not yet deliver",
            "a credible scheme would report a confidence interval alongside every estimate")
        + S("Brekke", "calibrated against a small number of measured sites, can estimate change",
            "model uncertainty at the level of an individual field remains large",
            "replied that they had not, and that this was an important gap")
        + S("Vromans", "asked whether the models had been tested on tropical soils",
            "thanked the rapporteurs and said the network would circulate a draft protocol")
        + S("Asante-Boateng", "described a project using satellite imagery to map soil carbon on smallholder farms",
            "remote sensing is useful for stratification but cannot replace field measurement")
        + S("Kolbeck", "outlined the verification requirements her organisation applies",
            "credits are issued only after two measurement rounds at least five years apart"),
        unattributed=U("This report was compiled by the rapporteurs from their notes and the presenters' slides",
                       "The workshop brought together 34 soil scientists, statisticians and practitioners",
                       "Several participants questioned whether this interval was long enough to detect real change",
                       "Public reporting of uncertainty alongside every carbon estimate",
                       "Long-term benchmark sites in under-represented regions",
                       "Stratified sampling for soil carbon monitoring on commercial farms",
                       "The workshop was convened by Prof. Annelies Vromans"),
        queries=Q(("sampling depth tillage overstate", "sampling only the top 30 cm could overstate carbon gains"),
                  ("satellite soil carbon smallholder Ghana", "using satellite imagery to map soil carbon on smallholder farms"),
                  ("carbon credit verification interval", "credits are issued only after two measurement rounds at least five years apart"),
                  ("stratified sampling fewer cores", "reduced the number of soil cores needed by about a third")),
    ),
}

if __name__ == "__main__":
    write(HERE, DOCS)
