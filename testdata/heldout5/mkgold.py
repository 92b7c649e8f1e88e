#!/usr/bin/env python3
"""mkgold.py — judged facts of the heldout5 documents (harness format via
../../main/testdata/heldoutgold.py). Run after make.sh; writes ./*.json.

Judging rules: a person by surname (particle names by the words after the
particle: "Berg"); a country speaking through "the representative of X" /
"X's delegate" is judged to the country; a role noun ("the President", "the
Chair", "the Treasurer", "the Superintendent") to its holder; first-name
follow-ups to the person; transcript turns are judged as statements of the
labelled speaker, reporters' questions to the named reporter. Collectives
(the leaders, the group, the workshop, Council, the Board), documents,
anonymous participants, action items and the author's voice are unattributed.
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from heldoutgold import Q, S, U, write  # noqa: E402

DOCS = {
    "leaders-summit": dict(
        quotes=S("Doeleman", "We were told that 120 gigawatts by 2030 was a fantasy",
                 "Today more than half of it is either built or under construction")
        + S("Carvallo", "Industry does not need subsidies so much as it needs certainty")
        + S("Drennan", "An island cannot be an energy island forever")
        + S("Ekelund", "We cannot ask households in Malmö to pay German prices for Swedish water"),
        statements=S("Doeleman", "the next phase would be harder, because the easiest sites had already been taken",
                     "described the meeting as the most practical of the three so far",
                     "the region already had more ambition than it had ships, cables and engineers")
        + S("Sørvik", "proposed that the nine governments pool their seabed surveillance data",
            "was prepared to host a joint monitoring centre in Stavanger",
            "the monitoring centre would share its data with NATO")
        + S("Auermann", "cautioned that surveillance alone would not deter sabotage",
            "the real test was how quickly a damaged cable could be repaired",
            "only four specialised repair vessels currently served the entire region")
        + S("Carvallo", "French manufacturers could supply high-voltage cable at scale")
        + S("Drennan", "offshore capacity would be stranded without new links to the continent",
            "asked her colleagues to support a second interconnector to France")
        + S("Vindeløv", "which he expected to deliver first power in 2028",
            "permitting disputes had cost the project eighteen months",
            "suggested that the summit commission a short study")
        + S("Ashworth", "argued for a common approach to the costs of hybrid projects",
            "consumers on one side of the sea could end up paying for a line",
            "urged energy ministers to agree a cost-sharing formula within a year")
        + S("Ekelund", "had seen its southern electricity prices rise sharply"),
        unattributed=U("The one-day meeting focused on three themes",
                       "observed a minute's silence in memory of Birgitta Holmquist",
                       "commit to a joint seabed monitoring centre in Stavanger, operational by mid-2027",
                       "task their energy ministers with a cost-sharing formula for hybrid offshore projects",
                       "The declaration does not set a new capacity target",
                       "The next summit will be held in Dublin in the spring of 2027"),
        queries=Q(("cable repair vessels", "only four specialised repair vessels currently served the entire region"),
                  ("Swedish electricity prices interconnector", "had seen its southern electricity prices rise sharply"),
                  ("hybrid projects consumers paying", "consumers on one side of the sea could end up paying for a line"),
                  ("Bornholm energy hub permitting", "permitting disputes had cost the project eighteen months"),
                  ("monitoring centre NATO civilian", "would remain a civilian body"))),
    "security-council": dict(
        quotes=S("Oyelaran", "The food is there. The trucks are there. What is missing is the permission to move.")
        + S("Haddadin", "Please do not make us wait for the word famine before you act"),
        statements=S("Oyelaran", "no convoy had reached the city in 23 days",
                     "aid workers had recorded cases of severe acute malnutrition among children",
                     "only two of eleven protection centres in the province remained open")
        + S("Ferrant-Obi", "the planting season would be lost if farmers could not return",
            "a lost harvest would mean famine conditions by the end of the year",
            "an airlift was possible but would cost roughly ten times as much per tonne")
        + S("Haddadin", "volunteers were cooking one meal a day for several thousand people")
        + S("France", "called on all parties to allow rapid and unimpeded humanitarian access",
            "the starvation of civilians as a method of warfare is prohibited")
        + S("China", "should support the mediation efforts of regional organizations",
            "would only worsen the suffering of ordinary people")
        + S("United States", "announced an additional $40 million in emergency food assistance",
            "prepared to consider targeted measures against individuals obstructing aid")
        + S("Russian Federation", "questioned the accuracy of the casualty figures cited by briefers",
            "should hear from the Government of Marevia before drawing conclusions")
        + S("Mozambique", "welcomed the African Union's offer to host talks in Addis Ababa",
            "must include a monitoring mechanism with a clear role for the region")
        + S("Ecuador", "drew attention to the situation of displaced women and girls")
        + S("United Kingdom", "would circulate a draft presidential statement later in the week")
        + S("Japan", "keeping the port's cranes and grain silos out of the fighting")
        + S("Malta", "asked whether the Secretariat had contingency plans for an airlift")
        + S("Marevia", "rejected what he called a one-sided narrative",
            "accused armed groups of using the civilian population as a shield"),
        unattributed=U("more than two million people in the eastern coastal provinces",
                       "Briefers Urge Immediate Ceasefire, Safe Passage for Grain Convoys",
                       "Security Council Hears Warnings of Famine Risk",
                       "The meeting began at 10:04 a.m. and ended at 12:41 p.m.",
                       "For information media. Not an official record."),
        queries=Q(("Kessala convoy access", "no convoy had reached the city in 23 days"),
                  ("airlift cost per tonne", "would cost roughly ten times as much per tonne"),
                  ("starvation method of warfare", "starvation of civilians as a method of warfare is prohibited"),
                  ("African Union talks Addis Ababa", "offer to host talks in Addis Ababa"),
                  ("protection centres women girls", "only two of eleven protection centres in the province remained open"))),
    "devconf-recap": dict(
        quotes=S("Oduya", "Last year I stood on this stage and promised you builds in under a minute. We didn't get there",
                 "We got to seventy-one seconds, and I'm going to own that.",
                 "the people who taught half our customers to code.")
        + S("Ranganathan", "The trick was to stop resolving things we had already resolved for someone else")
        + S("Berg", "Long-lived tokens are a gift to attackers")
        + S("Kowalczyk", "broke everyone's muscle memory at least twice.")
        + S("Aaltonen", "We were spending more time on the build system than on the product")
        + S("Adebayo-Clarke", "a very expensive shared drive."),
        statements=S("Oduya", "walked through where the time had gone",
                     "announce that the hosted runners would be free for open-source projects",
                     "the cost was smaller than people imagined")
        + S("Ranganathan", "the team had rewritten the resolver from scratch")
        + S("Berg", "began with a maintainer's stolen token rather than with any flaw in our code",
            "publishing from a pipeline will require short-lived credentials from March",
            "for installations more than two major versions behind",
            "promised a migration guide before the end of the year")
        + S("Elgueta", "asking each panellist how many repositories their company had today")
        + S("Kowalczyk", "her company had gone from 1,400 repositories down to two",
            "cross-team refactoring had become a matter of days instead of quarters",
            "to measure build times before and after, honestly")
        + S("Aaltonen", "for a company of fewer than a hundred engineers the tooling overhead",
            "starting with a single shared library rather than a big-bang migration")
        + S("Adebayo-Clarke", "the real question was ownership, not layout",
            "write down who owns what"),
        unattributed=U("More than 3,000 of you came to StackForge Live this week",
                       "Free hosted runners for public open-source repositories",
                       "Deprecation of the v1 REST API, which will be switched off",
                       "one attendee asked whether the change would break older self-hosted installations",
                       "Day two is all workshops",
                       "Slides and recordings from the keynote will be on the conference site by Friday"),
        queries=Q(("resolver benchmark cold build", "a cold build of a 4,000-package repository dropped from 71 seconds to 38"),
                  ("short-lived credentials publishing", "publishing from a pipeline will require short-lived credentials from March"),
                  ("monorepo small company tooling overhead", "for a company of fewer than a hundred engineers the tooling overhead"),
                  ("free runners no cap on minutes", "with no cap on minutes"),
                  ("code owners monorepo", "the real question was ownership, not layout"))),
    "society-agm": dict(
        quotes=[],
        statements=S("Lennon", "the working group on open data, set up at the last AGM",
                     "nominations had been received for three vacancies")
        + S("Callander", "thanked members for a year she described as both difficult",
            "noted with regret the deaths of three Fellows during the year",
            "journal had moved to full open access in January",
            "a waiver scheme already existed but was little used",
            "Council would consider a retired rate for 2028",
            "agreed to ask Council to look at a hybrid format for 2027",
            "thanked the retiring members of Council")
        + S("Ure", "asked whether the Society intended to waive charges for authors",
            "retired members on fixed incomes would feel the increase most")
        + S("Pritchard", "the surplus was almost entirely due to a one-off bequest",
            "should be held at a university campus in alternate years",
            "had completed its divestment in March and no longer held",
            "without it the Society would be in deficit within two years")
        + S("Qureshi", "what proportion of the reserves were invested in fossil fuel companies")
        + S("Stanchev", "wondered whether the subscription increase proposed for 2027 was necessary")
        + S("Mensah", "proposed that at least one session each year be fully online")
        + S("Wynne", "the early-career network would hold its first summer school in Bangor"),
        unattributed=U("were approved as a correct record",
                       "The accounts were received and adopted",
                       "The resolution was carried by 51 votes to 9",
                       "Several members spoke in support",
                       "Honorary Secretary to circulate details of the waiver scheme to all members",
                       "Council to consider a retired members' rate and a hybrid conference format"),
        queries=Q(("fossil fuel divestment reserves", "had completed its divestment in March"),
                  ("waiver scheme low-income authors", "a waiver scheme already existed but was little used"),
                  ("conference venue overspend", "exceeded its budget by £22,000 because of venue charges"),
                  ("subscription increase 2027", "increased from £95 to £105 with effect from 1 January 2027"),
                  ("online session carbon footprint travel", "proposed that at least one session each year be fully online"))),
    "school-board": dict(
        quotes=S("Quintero", "Our kids are showing up now. Somebody needs to be there to teach them")
        + S("Morrow", "sleeping through first period either way, so you might as well let us do it at home.")
        + S("Whitford", "raid reserves every time there is a crisis."),
        statements=S("Linwood", "chronic absenteeism had fallen from 21 percent to 16 percent",
                     "she would recommend extending the programme to the high schools",
                     "elementary attendance had not improved at all",
                     "roof repairs at Eastgate Elementary would be completed over spring break",
                     "recommended that the change apply to high schools only")
        + S("Quintero", "her son's class had had five different substitute teachers since October")
        + S("Achterberg", "substitute shortage was a direct result of the daily rate",
            "urged the Board to raise it before the next budget cycle")
        + S("Baptiste", "asked the Board to reconsider the proposed change to school start times",
            "would face drop-offs forty minutes apart")
        + S("Yee", "presented a proposal to raise the daily rate from $145 to $170",
            "could be funded from one-time reserves but would need a permanent source",
            "two of them had, by roughly ten percentage points")
        + S("Tiernan", "asked whether neighbouring districts had seen fill rates improve",
            "the facilities committee would tour Hillcrest's playing fields next week")
        + S("Whitford", "he supported the increase but did not want the Board to")
        + S("Okafor", "the most popular thing the Board had discussed all year among students")
        + S("Fairweather", "raised concerns about after-school sports and jobs")
        + S("Mukherjee", "she wanted to hear from coaches before a final vote")
        + S("Elizondo", "where enrolment in English classes had doubled"),
        unattributed=U("This summary is not the official minutes",
                       "The agenda was approved as presented",
                       "their comments have been referred to staff",
                       "Motion carried 4–1 (Whitford opposed)",
                       "The item was tabled to the meeting of 12 February",
                       "Approved unanimously without discussion",
                       "report on elementary absenteeism causes by March",
                       "Eleven members of the public had registered to speak"),
        queries=Q(("substitute teacher daily rate", "raise the daily rate from $145 to $170"),
                  ("later start times survey", "58 percent of high school families supported a later start"),
                  ("chronic absenteeism attendance mentors", "chronic absenteeism had fallen from 21 percent to 16 percent"),
                  ("Eastgate roof repairs", "roof repairs at Eastgate Elementary would be completed over spring break"),
                  ("adult education English classes", "where enrolment in English classes had doubled"))),
    "ngo-workshop": dict(
        quotes=S("Diallo-Kone", "we have been fixing pumps for twenty years, and we are still fixing the same pumps.")
        + S("Løvaas", "We would rather pay for a pump that works for ten years than photograph a new one every year"),
        statements=S("Diallo-Kone", "roughly a third of hand pumps installed in the region in the past decade",
                     "asked participants to be frank about what had failed")
        + S("Sawadogo", "the strongest predictor of a working pump was not the age of the pump",
            "committees with at least two women members were markedly more likely")
        + S("Maïga", "the group had struggled to agree on whether fees should be charged",
            "were easier to explain to households but generated less money")
        + S("Cissé", "mechanics had described spare parts as the single biggest bottleneck",
            "the group favoured a network of parts depots run by private traders")
        + S("Harouna", "communes were legally responsible for water services",
            "a single technician covered 140 water points on a motorbike")
        + S("Løvaas", "donors had contributed to the problem by funding new pumps",
            "was prepared to shift a larger share of its grants to maintenance"),
        unattributed=U("One participant from a committee in Tillabéri noted that cash savings",
                       "Another participant observed that mobile money fees were themselves a burden",
                       "A district technician cautioned that earlier depot schemes had collapsed",
                       "one mechanic insisted that this time was different",
                       "Forty-two participants attended, including members of water committees",
                       "Committees should collect user fees regularly and keep savings in secure accounts",
                       "will circulate this report to participants for comment by 31 March"),
        queries=Q(("spare parts depots private traders", "a network of parts depots run by private traders"),
                  ("women members committees fees", "committees with at least two women members were markedly more likely"),
                  ("cash savings theft", "cash savings had twice been lost to theft"),
                  ("commune technician motorbike", "a single technician covered 140 water points on a motorbike"),
                  ("donors funding maintenance grants", "prepared to shift a larger share of its grants to maintenance"))),
    "regulator-hearing": dict(
        quotes=S("Marchetti", "We are here to understand the product before we regulate it, not after")
        + S("Brisk", "kill a product that customers plainly like and replace it with nothing.")
        + S("Tremblay", "The problem is not any one loan. It is the stack"),
        statements=S("Marchetti", "had grown from a niche product to nearly one in five online retail transactions",
                     "had not yet decided whether new rules were needed",
                     "asked staff to prepare a short paper on options for mandatory credit reporting")
        + S("Ohanian", "consumers who held several such loans with different providers at once",
            "voluntary codes had a mixed record in other markets")
        + S("Brisk", "repaid on time in more than 96 percent of cases",
            "the product was safer than credit cards because it charged no interest",
            "did not currently report repayments to credit bureaus",
            "stacking was real but rare")
        + S("Rao-Whelan", "avoid a regime that would require a full affordability assessment",
            "were already developing a voluntary code on credit reporting",
            "froze a customer's account after one missed payment")
        + S("Lindholm-Ayres", "both sides appeared to agree on credit reporting")
        + S("Desrosiers", "asked how the industry identified customers in financial difficulty",
            "would oppose any rule that extended affordability checks")
        + S("Velde", "were twice as likely to incur an overdraft fee in the following month",
            "the data showed an association, not proof")
        + S("Tremblay", "now saw buy now, pay later debt in roughly a quarter of their cases",
            "used one plan to meet the instalments of another",
            "called for mandatory reporting to credit bureaus and a clear right to a hardship plan"),
        unattributed=U("This summary was prepared by Commission staff",
                       "Written comments may be submitted until 15 January 2026",
                       "A transcript and video of the roundtable are available",
                       "Staff expect to present options to the Commission in the second quarter of 2026",
                       "Associate Professor of Economics, Harlow University",
                       "Director of Policy, Citizens' Debt Advice Network"),
        queries=Q(("multiple plans overdraft fee", "were twice as likely to incur an overdraft fee"),
                  ("credit bureau reporting repayments", "did not currently report repayments to credit bureaus"),
                  ("hardship plan", "a clear right to a hardship plan"),
                  ("late fees revenue", "late fees made up less than two percent of its revenue"),
                  ("affordability checks small purchases", "extended affordability checks to purchases under one hundred dollars"))),
    "press-briefing": dict(
        quotes=[],
        statements=S("Lanyard", "Please give your name and outlet", "We have time for one more",
                     "The timetable and a map of the replacement bus routes are on the Ministry's website")
        + S("Aldenby", "the Northern Line between Harwick and Selby Cross will be closed",
            "season ticket holders will get a refund for the weeks they cannot travel",
            "The fabricator had problems with its own supply chain",
            "There's no scheme for businesses at the moment",
            "Nobody is losing their job, and the rail company is talking to the unions")
        + S("Mathers", "lifting out the old spans and putting in new steel ones in four stages",
            "We have built in two weeks of contingency",
            "This time we've contracted three operators",
            "The overall budget is £212 million",
            "There's always a chance with a job like this")
        + S("Pryce", "passengers were promised in 2024 that this work would be done during a summer closure",
            "Will there be any compensation for businesses in Selby Cross")
        + S("Achebe", "how confident are you that the buses can actually cope")
        + S("Haddou", "staff at Selby Cross station are going to be redeployed without consultation"),
        unattributed=U("The Ministry of Transport held a press briefing at its offices",
                       "What follows is an edited transcript",
                       "Is there any chance the closure is extended beyond eleven weeks",
                       "The briefing was moderated by the Ministry's head of communications"),
        queries=Q(("Ouse viaduct age", "the viaduct is 140 years old"),
                  ("replacement buses spare", "we'll have forty spare buses parked at Harwick"),
                  ("why winter closure steel", "Because the steel was late"),
                  ("project budget", "The overall budget is £212 million"),
                  ("staff redeployed unions", "Nobody is losing their job"))),
}

if __name__ == "__main__":
    write(HERE, DOCS)
