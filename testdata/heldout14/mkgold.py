#!/usr/bin/env python3
"""mkgold.py — judged facts of the heldout14 documents (harness format, via
/work/main/testdata/heldoutgold.py). Run after make.sh; writes ./*.json.

Judging rules: a person is judged by surname (hyphenated surnames whole:
"Okonkwo-Reyes"); a country speaking through "the representative of X" or
"X's representative" is judged to the country; a role noun ("the Chair",
"the Provost", "the Cabinet Member", "the Chief Executive") is judged to
the one person holding it; the words of a turn in a transcript, Hansard
record or IRC log are statements of the turn's speaker (verbatim quotes are
only words in quotation marks); a journalist's question is judged to the
journalist; a mover is judged for the amendment moved. Joint subjects and
unlabelled collectives (members, residents, delegations, Senate, the
committee), documents, unnamed residents/members/people from the floor,
action items, resolutions and the author's voice are unattributed. Unnamed
officers (the Speaker of the House, unnamed residents) are not judged as
speakers.
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from heldoutgold import Q, S, U, write  # noqa: E402

DOCS = {
    "unsc-coverage": dict(
        quotes=S("Moravčíková", "We are running on fumes",
                 "Convoys are waiting at the river crossings for permits that never arrive")
        + S("Okonkwo-Reyes", "the mobility it was promised on paper")
        + S("Sefu-Lindahl", "Peace that is negotiated only by the men who carry guns")
        + S("Strømsnes", "The mandate on the table is modest",
            "Renewing it is the least this Council owes to the people")
        + S("France", "Impunity is itself a message, and the wrong one")
        + S("Anyanwu-Baptiste", "We do not need lectures; we need partners"),
        statements=S("Moravčíková", "some 2.3 million people in the basin depended on food assistance",
                     "two aid workers had been killed since the beginning of the year",
                     "reiterated that the gap in funding stood at more than $900 million")
        + S("Okonkwo-Reyes", "reported that the ceasefire line had largely held",
            "He cautioned that the Mission's patrols had been denied access",
            "the Mission had appointed a gender adviser")
        + S("Sefu-Lindahl", "women in the displacement camps were being excluded from the local truce committees")
        + S("Ecuador", "the humanitarian figures left members no room for complacency",
            "He called on the parties to open the Haskeli crossing without conditions")
        + S("Strømsnes", "would provide an additional 40 million kroner to the pooled fund",
            "was not a favour granted by the parties but an obligation")
        + S("Russian Federation", "the Mission should not be used as an instrument of pressure",
            "The root causes of the crisis were economic")
        + S("United Kingdom", "expressed deep concern at the killing of aid workers",
            "Her delegation supported the request for additional helicopters")
        + S("China", "any renewal of the mandate must respect the views of the host country")
        + S("France", "time for the Council to consider targeted measures against those who obstruct")
        + S("Mozambique", "welcomed the role of the African Union envoy")
        + S("Japan", "announced an emergency grant of $6 million for water and sanitation",
            "She noted that cholera cases had doubled since December")
        + S("United States", "donors could not be expected to fill an ever-widening gap")
        + S("Guyana", "asked what concrete steps the Mission was taking to include women")
        + S("Anyanwu-Baptiste", "had issued 412 travel permits since November",
            "the Mission's presence had become a source of tension in some communities"),
        unattributed=U("With three provinces of the Lake Varesh basin now classified",
                       "Security Council Hears Alarm over Famine Risk",
                       "The Council is expected to vote on the draft resolution renewing the mandate on 26 February",
                       "The meeting began at 10:05 a.m. and ended at 12:48 p.m.",
                       "For information media. Not an official record.",
                       "as members debated whether to renew the mandate"),
        queries=Q(("mission helicopters mobility", "the mobility it was promised on paper"),
                  ("cholera cases camps", "cholera cases had doubled since December"),
                  ("women excluded truce committees", "women in the displacement camps were being excluded"),
                  ("Norway pooled fund contribution", "additional 40 million kroner to the pooled fund"),
                  ("travel permits host government convoys", "had issued 412 travel permits since November")),
    ),
    "agm-summary": dict(
        quotes=S("Crane-Whitby", "a year in which we were tested and did not flinch")
        + S("Baptiste", "We got the timing wrong, and we got the communication wrong",
            "I apologise for that, and I want you to know we have learnt from it")
        + S("Achterberg", "Members should expect a smaller profit next year, and that is a choice")
        + S("Oyelaran", "Loyalty ought to be rewarded before it runs out")
        + S("Ferreira-Quinn", "uncomfortable but right"),
        statements=S("Crane-Whitby", "declared the meeting quorate",
                     "this was the first AGM held in the Corn Exchange since its refurbishment",
                     "questions could be submitted online throughout the meeting",
                     "had helped more than 1,900 first-time buyers",
                     "would be held in Marlow Green")
        + S("Baptiste", "complaint volumes had returned to their pre-migration level by January",
            "had paid an average of 0.61 percentage points above the market average",
            "mortgage arrears remained below one per cent despite the rise in living costs",
            "closed his review with a tribute to Mrs Halloway",
            "Tollgate Street was a relocation, not a closure",
            "he would look into the case personally after the meeting",
            "it already did so in most cases where a remediation plan was in place")
        + S("Achterberg", "which she attributed mainly to higher funding costs",
            "net interest margin was likely to narrow further in 2026",
            "the two were not alternatives")
        + S("Oyelaran", "asked whether the Board had considered paying members a loyalty bonus")
        + S("Venkataraman", "urged the Board to publish the gender and ethnicity pay gap")
        + S("Ferreira-Quinn", "the committee would do so in the next annual report",
            "variable pay had been cut by a third because of the migration problems"),
        unattributed=U("214 members attended in person and 61 online",
                       "A member from Ashby Cross asked why the Society was closing",
                       "One member said that her elderly father had been locked out",
                       "A question submitted online asked whether the Society would lend",
                       "All resolutions were passed on a poll",
                       "The meeting closed at 12.52 pm"),
        queries=Q(("online banking platform apology", "We got the timing wrong, and we got the communication wrong"),
                  ("Tollgate Street branch closure", "Tollgate Street was a relocation, not a closure"),
                  ("loyalty bonus members", "paying members a loyalty bonus instead of investing in technology"),
                  ("pay gap publication workforce", "publish the gender and ethnicity pay gap for the whole workforce"),
                  ("cladding defects lending", "lend against homes with cladding defects")),
    ),
    "townhall": dict(
        quotes=S("Pemberton-Ode", "for as long as anyone in this room can remember", "real anger and real hope")
        + S("Vosloo", "I would not stand here and tell you a road is good for children's lungs",
            "What I can tell you is that the queue outside the gate is worse")
        + S("Tarrant", "You are building in the one place the river has always claimed")
        + S("Achebe-Grant", "from nowhere to nowhere"),
        statements=S("Pemberton-Ode", "the county now had a realistic chance of securing government funding",
                     "no decision had been taken on the route and that the consultation was genuine",
                     "there was no plan B",
                     "She promised to publish the outline business case",
                     "a connection would be costed separately",
                     "a written response to every question raised would be published")
        + S("Quintanilla", "the council's preference would not be formed until the consultation closed",
            "the eastern option included a noise barrier along the whole school boundary")
        + S("Vosloo", "nitrogen dioxide at the school gate currently exceeded the annual objective",
            "either option would improve air quality at the school")
        + S("Tarrant", "would put piers into land that flooded three winters out of five")
        + S("Ruddiman", "the piers would be designed so that they did not raise flood levels upstream",
            "He conceded that construction access across the floodplain would be difficult",
            "traffic calming in Upper Fold could form part of the scheme")
        + S("Achebe-Grant", "asked the council to commit to connecting it to the town centre")
        + S("Darrow", "asked that questions be kept short",
            "paper copies of the questionnaire were available at the door"),
        unattributed=U("It is not a verbatim transcript",
                       "A parent from Kelsby asked how anyone could justify a dual carriageway",
                       "The parent said she did not believe the model",
                       "A resident of Marsh End asked what would happen",
                       "Several residents from Upper Fold raised concern",
                       "One resident complained that the exhibition boards were hard to read",
                       "The council has since extended the hours of the exhibition",
                       "Arrange a site meeting with Linnet Bridge landowners"),
        queries=Q(("noise barrier primary school", "included a noise barrier along the whole school boundary"),
                  ("floodplain viaduct piers flooding", "put piers into land that flooded three winters out of five"),
                  ("funding not secured plan B", "there was no plan B"),
                  ("cycle path town centre connection", "commit to connecting it to the town centre"),
                  ("nitrogen dioxide school gate", "nitrogen dioxide at the school gate currently exceeded")),
    ),
    "hansard": dict(
        quotes=[],
        statements=S("Margrave", "will the Minister now admit that her plan has failed",
                     "how many of the nurses promised in the 2024 budget")
        + S("Anstruther-Nwosu", "The figures she cites are real and I do not hide from them",
            "shouting across the chamber does not shorten a single waiting list",
            "1,140 of the 2,000 additional nurses have been recruited")
        + S("Okafor-Lindqvist", "Residents in my electorate have lost three bus routes since October")
        + S("Douglass-Vehko", "The Government has tripled the regional transport fund",
            "Strathbeg District Council has not yet applied",
            "to work through an application together")
        + S("Terreblanche", "Grocery prices have risen by eleven per cent in two years",
            "When will the Prime Minister stop blaming global conditions")
        + S("Fairweather-Osei", "The Leader of the Opposition has discovered the cost of living",
            "inflation has fallen from 7.2 per cent to 3.1 per cent",
            "the people at the checkout want lower prices, not louder speeches")
        + S("Sinclair-Abara", "Why were island fishing communities not consulted",
            "to the Western Isles and explain that to the fishermen himself")
        + S("Vanterpool", "the herring stock is below its safe biological limit",
            "the notice given to the island co-operatives was too short",
            "once the autumn survey results are available")
        + S("Quarrie", "the progress of the Government's fast-track consenting reforms")
        + S("Adeyemi-Falconer", "building consents have risen by nineteen per cent year on year",
            "The Opposition voted against every one of those reforms"),
        unattributed=U("The House met at two o'clock",
                       "Questions without notice concluded",
                       "House of Representatives — Official Report (Hansard)"),
        queries=Q(("elective surgery waiting lists", "waiting more than a year for elective surgery"),
                  ("herring quota cut consultation", "herring quota was cut by a fifth"),
                  ("supermarket margins inquiry", "inquire into supermarket margins"),
                  ("rural bus routes cut", "lost three bus routes since October"),
                  ("building consents fast-track", "building consents have risen by nineteen per cent")),
    ),
    "senate-minutes": dict(
        quotes=S("Toller-Ashe", "at this stage")
        + S("Marchetti-Obi", "We would be trading something students value for something administrators value"),
        statements=S("Toller-Ashe", "undergraduate applications for 2026 entry were 6",
                     "which she attributed to the change in national visa rules",
                     "the Council had approved a balanced budget for 2026",
                     "The Vice-Chancellor gave that assurance")
        + S("Penhaligon", "the revised terms of reference of the Research Ethics Committee had been published")
        + S("Lindgren", "made joint degrees almost impossible to timetable",
            "a full costing would be brought to the March meeting",
            "The Provost undertook to look into the matter")
        + S("Marchetti-Obi", "allowed for the tutorial teaching on which its reputation rested",
            "moved an amendment, seconded by Dr Petrakis")
        + S("Blackwood", "the Science faculty had moved to semesters in 2019",
            "She suggested that a reading week could be built into each semester")
        + S("Sauvé", "broadly welcomed the change but was concerned that assessment would be bunched",
            "exam timetables would be published at least six weeks in advance",
            "raised the closure of the library's 24-hour study space")
        + S("Petrakis", "asked whether the proposal had been costed")
        + S("Aldous", "observed that this phrase had been used before",
            "detection software was unreliable")
        + S("Haugland", "drew Senate's attention to the rise in suspected cases",
            "a scale that distinguished poor academic practice from deliberate cheating",
            "external examiners had welcomed the draft",
            "confirmed that the revised policy said so explicitly"),
        unattributed=U("were approved as a correct record",
                       "Several members expressed concern about the pace of the change",
                       "The amendment was lost (14 for, 19 against, 3 abstentions)",
                       "that Senate approve in principle the adoption of a common academic calendar",
                       "Most cases had been resolved at department level",
                       "The list is confidential and is not minuted",
                       "Date of next meeting: 11 March 2026"),
        queries=Q(("common academic calendar semesters", "move to a common calendar of two twelve-week semesters"),
                  ("generative AI misconduct cases", "unauthorised use of generative AI in coursework"),
                  ("compulsory redundancies savings", "no compulsory redundancies were planned"),
                  ("library 24-hour study space", "closure of the library's 24-hour study space"),
                  ("international postgraduate applications visa", "International postgraduate applications had fallen by 14 per cent")),
    ),
    "summit-presser": dict(
        quotes=[],
        statements=S("Kuusik", "The three leaders will each make a short opening statement",
                     "We have time for four questions")
        + S("Vahtramäe", "the western edge of Europe and its north-eastern edge share one security problem",
            "we have agreed to set up a joint monitoring cell",
            "this idea was his before it was ours",
            "The three countries will share the cost equally for the first two years",
            "Its job is to see early and to tell the right people quickly",
            "Our laws were written for a different sea",
            "the cost of waiting is paid by others")
        + S("Serôdio-Lemos", "Portugal sits at the end of more than a dozen transatlantic cables",
            "By 2030 we expect to export green hydrogen to the north",
            "The first phase of the corridor is financed, the second is not yet",
            "I expect the package to be adopted, perhaps not in June")
        + S("Aaltonen-Brandt", "what it means when a pipeline and a cable are damaged on the same night",
            "the most important outcome is the agreement on repair ships",
            "I respect the independence of our prosecutors",
            "the legal framework for acting against ships in international waters is weak",
            "every package becomes a negotiation about something else")
        + S("Lõhmus", "Who will pay for it, and will it have any powers to act")
        + S("Fontoura-Vaz", "the hydrogen corridor is a promise without a pipeline")
        + S("Saarinen-Holm", "The investigation into the ship suspected of dragging its anchor")
        + S("Okereke", "one of your partners in the EU is blocking the new sanctions package"),
        unattributed=U("Moderated by Liis Kuusik, government spokesperson",
                       "Tallinn, 27 May 2026 — Song Festival Grounds media centre",
                       "[End of transcript]"),
        queries=Q(("undersea cable monitoring cell Tallinn", "joint monitoring cell, based here in Tallinn"),
                  ("green hydrogen corridor Portugal", "the hydrogen corridor is a promise without a pipeline"),
                  ("repair ships agreement", "the most important outcome is the agreement on repair ships"),
                  ("sanctions package blocked June", "blocking the new sanctions package"),
                  ("anchor investigation prosecutors", "I respect the independence of our prosecutors")),
    ),
    "cardio-session": dict(
        quotes=S("Solberg-Mäki", "We are applying evidence from one population to another")
        + S("Berzina-Holt", "Frailty is a reason to treat more carefully, never a reason not to treat")
        + S("Oyelowo-Brandt", "the place where good intentions end in the emergency department")
        + S("Kalnina", "I do not want to live to a hundred", "I want to walk to the market on Saturdays")
        + S("Vasiliauskas", "reminding a room full of cardiologists what the pills are for"),
        statements=S("Solberg-Mäki", "the median age in the landmark trials was around 66")
        + S("Berzina-Holt", "frailty, measured with a simple five-item scale at admission, predicted",
            "Patients in the frailest group had a one-year mortality of 46 per cent",
            "frailty screening should be part of every admission",
            "the registry could not say whether treating frailty itself would change outcomes")
        + S("Oyelowo-Brandt", "SGLT2 inhibitors had the most reassuring safety data in this age group",
            "He proposed a pragmatic sequence for patients over eighty",
            "was based on expert consensus rather than trial evidence",
            "age alone should not exclude anyone")
        + S("Kalnina", "no doctor had ever asked her which of them mattered most to her")
        + S("Eikeland-Sousa", "questioned whether a five-item scale could capture cognitive impairment",
            "He urged the society to fund a randomised trial of frailty-guided care")
        + S("Vasiliauskas", "the society's guideline committee would publish a position statement"),
        unattributed=U("patients over eighty now account for roughly a third of admissions",
                       "Her remarks drew the longest applause of the session",
                       "a cardiologist from Tallinn asked whether device therapy should ever be offered",
                       "A nurse specialist from Vilnius pointed out that deprescribing",
                       "Screen for frailty at every admission; use it to plan follow-up",
                       "Polypharmacy in heart failure after eighty"),
        queries=Q(("frailty predicts mortality ejection fraction", "predicted one-year mortality better than ejection fraction did"),
                  ("potassium mineralocorticoid antagonists", "Mineralocorticoid receptor antagonists, by contrast, required close monitoring of potassium"),
                  ("defibrillator after eighty", "a defibrillator rarely made sense when life expectancy was limited"),
                  ("cognitive impairment readmission", "the strongest predictor of readmission in his own clinic"),
                  ("position statement very old guideline", "would publish a position statement on heart failure in the very old")),
    ),
    "wg-minutes": dict(
        quotes=[],
        statements=S("Kowalczyk-Ruiz", "reminder that the CR transition request goes out on 1 October",
                     "then it shouldn't block CR, but let's note it in the implementation report",
                     "Devika will chair as I'll be travelling")
        + S("Anand", "three of the four implementations do half-up",
            "that's exactly the argument that got us into this mess",
            "the Java implementation still fails the large-ledger stress test")
        + S("Solheim", "half-to-even is what accountants in our sector expect",
            "I reviewed the PR and I think it's correct")
        + S("Tsosie-Lund", "Half-up is what every spreadsheet does by default",
            "as long as the default is clearly stated in the conformance section",
            "I'll ask the maintainers whether they plan a fix before October")
        + S("Ferro", "could we make the rounding mode explicit in the document header",
            "the PR makes settlement dates plain calendar dates with no timezone",
            "A date without a time can't be in UTC")
        + S("Wyrzykowski", "It costs one field and ends the argument",
            "318 tests, all four implementations pass at least 290")
        + S("Darkwa", "We rely on UTC in our implementation",
            "We'd still need a migration note"),
        unattributed=U("RESOLVED: add optional roundingMode field to the header",
                       "ACTION: Hugo to draft the spec text for roundingMode",
                       "ACTION: Claudine to add the migration note before merge",
                       "RESOLVED: merge PR 97 with a migration note in Appendix C",
                       "Tomasz Wyrzykowski — tie-case test vectors",
                       "Summary of action items",
                       "Regrets: Devika Raman"),
        queries=Q(("rounding half to even", "half-to-even is what accountants in our sector expect"),
                  ("timezone settlement dates", "settlement dates plain calendar dates with no timezone"),
                  ("Java stress test memory", "I think it's a memory issue and not a conformance issue"),
                  ("test suite status implementations pass", "318 tests, all four implementations pass at least 290")),
    ),
}

write(HERE, DOCS)
