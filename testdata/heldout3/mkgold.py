#!/usr/bin/env python3
"""mkgold.py — judged facts of the heldout3 documents, in the acceptance
harness's format (name_match "surname"; quotes, statements, unattributed,
queries), and a check that every snippet occurs exactly once in pdftotext of
its PDF after the harness's folding. Run after make.sh; writes ./*.json.

Judging rules (as heldout2): a person is judged by surname (particle names by
the words after the particle: "Aubigné", "Broeck", "Dijk", "Vega-Ruiz"); a
party in a bulletin is its own speaker, also when it speaks "for the GROUP";
a party's "It" after its sentence is judged to the party; a role noun ("the
President", "the Mayor", "the Coordinator", "the executive director") is
judged to the one person holding that role; the mover of a motion is judged
for the motion; reporters' questions in a transcript are judged to the
reporter. Joint subjects ("The EU and NORWAY", "ARGENTINA and SOUTH AFRICA")
and talk content restated without a cue are not judged. Collectives
(delegations, participants, the board, the council, the leaders), documents
as subjects, anonymous observers, action items and the author's voice are
judged unattributed.
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from heldoutgold import Q, S, U, write  # noqa: E402

DOCS = {
    "enb-bulletin": dict(
        quotes=[],
        statements=S("Vlașcu-Reyes", "opened the plenary by reminding delegates that only three negotiating days remained",
                     "She urged parties to refrain from reopening paragraphs")
        + S("Ofori-Atta", "reported on the voluntary trust fund", "He appealed to donors to close the gap")
        + S("Brazil", "called for a dedicated financial mechanism under the instrument")
        + S("Senegal", "stressed that soil degradation in drylands threatens")
        + S("Switzerland", "proposed that the instrument set voluntary national targets",
            "It added that a global stocktake could build on existing reporting")
        + S("India", "objected to any reference to binding targets")
        + S("Canada", "suggested deleting the bracketed paragraph on land tenure")
        + S("Bolivia", "insisted that the instrument recognise collective land rights")
        + S("Philippines", "peatland fires had released more carbon in one season")
        + S("Oyarzún", "invited comments on a non-paper circulated by the co-facilitators")
        + S("Egypt", "said the non-paper ignored the principle of common but differentiated")
        + S("Japan", "wanted an explicit reference to private finance")
        + S("United States", "cautioned against language that would create new obligations")
        + S("Lindqvist-Amadi", "proposed a compromise under which the instrument would designate an operating entity")
        + S("China", "developing countries would need capacity building before they could report")
        + S("Indonesia", "said it could accept a common set of indicators")
        + S("Mexico", "expressed concern that remote sensing alone would miss degradation")
        + S("Dufour", "noted that the draft already referred to ground-truthing"),
        unattributed=U("The third session of the Intergovernmental Negotiating Committee on Soil Health",
                       "Several delegations asked the secretariat to prepare a technical paper",
                       "Discussions will resume on Wednesday morning",
                       "The co-facilitators will prepare a revised text overnight",
                       "Delegates emerging from the finance group after ten in the evening",
                       "One seasoned observer remarked that the arguments about a new fund"),
        queries=Q(("dedicated financial mechanism", "a dedicated financial mechanism under the instrument"),
                  ("peatland fires carbon", "peatland fires had released more carbon"),
                  ("soil organic carbon capacity building", "capacity building before they could report on soil organic carbon"),
                  ("operating entity Conference of the Parties", "designate an operating entity at its first Conference of the Parties"),
                  ("remote sensing small plots", "remote sensing alone would miss degradation on small plots")),
    ),
    "leaders-readout": dict(
        quotes=S("Valadares", "the corridor that makes us neighbours despite the ocean between us")
        + S("Castellanos-Wirth", "We cannot defend what we cannot see")
        + S("Achebe-Lyle", "Today's meeting shows that the Atlantic is not a dividing line",
            "The cable register proposed by Ireland is exactly the kind of practical step"),
        statements=S("Castellanos-Wirth", "congratulated the Prime Minister on the successful conclusion",
                     "underscored the importance of trilateral cooperation",
                     "raised the need to diversify supplies of critical minerals",
                     "She welcomed the recent agreement between the two countries on processing rare earth")
        + S("Nishimura", "briefed the President on his government's plan to double spending on coast guard")
        + S("Valadares", "opened the meeting by welcoming the leaders to the Palácio de Belém")
        + S("Halloran", "emphasized that more than three quarters of the data",
            "He proposed a common register of cable repair ships",
            "later told reporters that the exercise would include civilian operators")
        + S("Broeck", "agreed and offered to host a technical working group in Antwerp",
            "port authorities must be involved from the start"),
        unattributed=U("The two leaders discussed the situation in the East China Sea",
                       "The leaders agreed to remain in close contact",
                       "The meeting was the third of its kind since the partnership",
                       "A joint statement adopted at the end of the meeting commits the partners",
                       "The statement also welcomes the participation of Canada and Norway",
                       "The leaders were joined for lunch by Secretary-General Rutger Almqvist",
                       "The White House will publish the joint statement in full later today"),
        queries=Q(("undersea cables fund", "a joint fund to protect undersea cables"),
                  ("cable repair ships register", "a common register of cable repair ships"),
                  ("coast guard spending", "double spending on coast guard capabilities"),
                  ("rare earth refinery", "the first joint refinery should be operating")),
    ),
    "lang-summit": dict(
        quotes=S("Nwosu-Blackwood", "A collector should be so boring that nobody writes a blog post about it")
        + S("Ibáñez-Kohl", "We broke the ABI twice in one year")
        + S("Weißmann", "If the index accepts it, people assume it is safe to use")
        + S("Dijk", "Every confusing error is a support ticket someone else has to answer"),
        statements=S("Nwosu-Blackwood", "opened the day with a talk about the new incremental collector",
                     "pause times in the 1.9 release had fallen below one millisecond",
                     "She asked whether the core team would accept the throughput cost")
        + S("Ibáñez-Kohl", "gave a frank account of the binary-interface breakage",
            "Extension authors, he said, had been given only three weeks",
            "He proposed a stable subset of the C interface",
            "he replied that it already covered the functions used by the four most downloaded packages")
        + S("O'Rourke", "the index now receives more than two thousand uploads a day",
            "Siobhan added that a grace period of one release")
        + S("Weißmann", "Lukas showed a prototype that refuses uploads")
        + S("Haidari", "argued that the type-hint syntax has become too clever for beginners",
            "Her students, she said, spend more time reading error messages",
            "She suggested that the documentation show only three forms")
        + S("Pettersen", "said a rewrite of the tutorial was already planned for the autumn")
        + S("Adeyemi-Clarke", "Ruth demonstrated a profiler that runs inside the browser")
        + S("Chen", "Wei presented a survey of two hundred Wren users")
        + S("Dijk", "closed the session with a plea for better error messages"),
        unattributed=U("This year forty-one people gathered in Ljubljana",
                       "Several core developers said they would rather ship one collector",
                       "The idea was welcomed by the documentation team",
                       "The steering council will publish a decision on the collector",
                       "We left Ljubljana with the impression that the project has become more cautious"),
        queries=Q(("incremental collector pause times", "pause times in the 1.9 release had fallen below one millisecond"),
                  ("stable subset C interface", "a stable subset of the C interface"),
                  ("licence metadata uploads", "refuses uploads without machine-readable licence metadata"),
                  ("profiler browser", "a profiler that runs inside the browser")),
    ),
    "foundation-board": dict(
        quotes=S("N'Diaye", "People will trust the process more if they can see that it works"),
        statements=S("Ferreira", "confirms that a quorum is present",
                     "reports that the committee handled six reports since January",
                     "She proposes that the committee publish an annual transparency report")
        + S("N'Diaye", "notes that the March minutes list Priya as absent", "volunteers to draft a template")
        + S("Kamau", "reports that donations in the first quarter were 18 per cent below",
            "He expects the shortfall to be covered by the conference surplus",
            "view the hire is affordable if the conference breaks even")
        + S("Åkesson", "asks whether the foundation should still hire a second release engineer",
            "He says the foundation lost control of the logo once before")
        + S("Raghunathan", "is worried that the foundation relies on too few sponsors",
            "She suggests a target that no single sponsor provide more than fifteen per cent")
        + S("Vasquez", "presents the revised trademark policy",
            "reminds the board that the committee's membership term ends in June")
        + S("Kobayashi", "explains that the current policy was written before the project had any downstream")
        + S("Zhou", "supports the draft but thinks the wording on merchandise is too strict",
            "volunteers at local meetups should be able to print stickers",
            "that the board adopt the trademark policy as amended"),
        unattributed=U("The agenda is adopted without changes",
                       "With that correction the minutes are approved",
                       "The board agrees to discuss the target at the June retreat",
                       "the merchandise clause is softened to allow non-commercial use",
                       "Nominations open next week",
                       "The meeting closes at 18:11 UTC",
                       "Dmitri to publish the adopted trademark policy on the website"),
        queries=Q(("release engineer hire", "hire a second release engineer"),
                  ("trademark merchandise stickers", "print stickers without asking permission"),
                  ("sponsor fifteen per cent income", "no single sponsor provide more than fifteen per cent of income"),
                  ("transparency report code of conduct", "publish an annual transparency report with anonymised figures")),
    ),
    "osce-conference": dict(
        quotes=S("Thorvaldsen", "the ordinary weather of the profession")
        + S("Aubigné", "Every threat that goes unanswered tells the next harasser that the price is zero")
        + S("Seitkali", "I was told to disappear from the internet, as if the problem were my visibility")
        + S("Beridze", "A lawsuit does not need to be won to silence a newsroom"),
        statements=S("Thorvaldsen", "opened the conference by recalling that participating States had committed")
        + S("Aubigné", "presented the findings of a survey of 1,200 journalists",
            "stressed that women journalists and those from minority communities")
        + S("Munteanu", "presented research showing that coordinated harassment campaigns",
            "Her team had traced 70 per cent of the campaigns")
        + S("Seitkali", "described receiving hundreds of messages a day",
            "The police, she said, had told her to stay offline")
        + S("Gröndahl", "acknowledged that reporting tools were too slow",
            "He announced that his company would introduce a priority channel",
            "said that the company was still discussing eligibility criteria")
        + S("Ferrante-Lucchesi", "Italian courts had begun to treat coordinated online threats",
            "He cautioned, however, that investigations rarely succeed")
        + S("Beridze", "argued that strategic lawsuits against public participation",
            "She called on participating States to adopt early-dismissal procedures")
        + S("Wiśniewska-Holt", "thanked the interpreters and announced that a follow-up meeting"),
        unattributed=U("brought together 160 journalists, editors, regulators",
                       "This report summarises the discussions",
                       "Several participants from the floor questioned whether self-regulation",
                       "Harassment campaigns are organised and can be traced",
                       "Freelancers are the least protected and most exposed",
                       "Investigations into threats against journalists should be opened promptly",
                       "Platforms should offer priority reporting channels that include freelancers"),
        queries=Q(("priority channel verified newsrooms", "a priority channel for verified newsrooms"),
                  ("early-dismissal lawsuits", "adopt early-dismissal procedures for such lawsuits"),
                  ("survey journalists threats online", "a survey of 1,200 journalists in the region"),
                  ("harassment campaigns small forums", "begin on small forums before reaching large platforms")),
    ),
    "symposium": dict(
        quotes=[],
        statements=S("Marchetti-Obi", "argued that the culverting of small urban rivers",
                     "she showed that engineers' reports described open rivers as sources of vice",
                     "Daylighting projects today, she suggested, carry a moral vocabulary",
                     "replied that fashions can still do real good")
        + S("Mensah-Bright", "traced the slow disappearance of the river beneath streets",
            "who wondered whether the fire insurance records she used could separate cause")
        + S("Solheim", "Her archival work suggests that fires, not floods, drove the city",
            "Solheim conceded that the sources were written after the decisions",
            "proposed that the next symposium be organised jointly with hydrologists")
        + S("Al-Rashidi", "presented a comparative study of river restoration in Seoul and Sheffield",
            "He was careful to note that the Seoul project",
            "the restored stream is a public space whose public was chosen in advance",
            "asked whether temperature data could ever capture")
        + S("Vega-Ruiz", "spoke about three daylighting schemes in Madrid",
            "the measurable reductions in summer temperatures along the restored channels justified the cost",
            "responded that planners had to work with what could be measured"),
        unattributed=U("About ninety scholars attended",
                       "The summary below was prepared by the symposium's convenors",
                       "The exchange between the two speakers was the liveliest",
                       "The proposal was received warmly",
                       "Participants also called for a shared bibliography",
                       "The fifth symposium will take place in Bergen in 2026"),
        queries=Q(("culverting nineteenth century moral project", "less a technical necessity than a moral project"),
                  ("Fleet river parish boundaries", "where it marked parish boundaries"),
                  ("fire insurance records", "the fire insurance records she used"),
                  ("street traders Seoul displaced", "had displaced hundreds of street traders"),
                  ("summer temperatures restored channels", "reductions in summer temperatures along the restored channels")),
    ),
    "council": dict(
        quotes=S("Haddad", "We can build a bike lane without shutting half the shops"),
        statements=S("Achterhof-Bell", "The Mayor said she understood the concerns of business owners",
                     "asked the police chief to report on enforcement")
        + S("Lundqvist", "said that trucks heading to the new logistics park")
        + S("Zieliński", "asked the council to restore Sunday opening at the Eastside library")
        + S("Nwachukwu", "urged the council to build the protected bike lane on Mill Street")
        + S("Ostrowski", "presented the engineering options",
            "said that a one-sided design was possible")
        + S("Delgado", "moved to approve the resurfacing with the bike lane included")
        + S("Tremblay", "said she had cycled the street herself")
        + S("Haddad", "Haddad opposed the motion",
            "the bike lane would remove forty parking spaces",
            "He asked staff to study a design that keeps parking on one side")
        + S("McConnell", "introduced a proposal to restore Sunday hours",
            "She estimated the cost at 85,000 dollars")
        + S("Oyelowo", "questioned whether the reserve could absorb the cost",
            "suggested signs directing trucks to the bypass"),
        unattributed=U("This summary is prepared by the City Clerk",
                       "Library hours were cut in 2023 to save money",
                       "Two further speakers addressed the same topic",
                       "The motion carried 4",
                       "The item was referred to the budget committee",
                       "The meeting was adjourned at 9:14 p.m."),
        queries=Q(("protected bike lane Mill Street", "build the protected bike lane on Mill Street before"),
                  ("Sunday hours Eastside library", "restore Sunday hours at the Eastside branch"),
                  ("forty parking spaces", "remove forty parking spaces"),
                  ("logistics park trucks Harbour Road", "trucks heading to the new logistics park")),
    ),
    "press-conference": dict(
        quotes=[],
        statements=S("Lachance-Moreau", "every person over sixty-five will be able to receive the influenza and COVID-19 vaccines",
                     "hospital occupancy in several provinces exceeded one hundred and ten per cent",
                     "People told us they did not want to make two appointments",
                     "Anyone with a chronic condition is eligible, whatever their age",
                     "The outstanding payments will be settled by the end of the month")
        + S("Sandhu-Brar", "influenza activity in the southern hemisphere this year was earlier",
            "there is no evidence that receiving both vaccines together reduces protection",
            "So far it does not appear to cause more severe illness",
            "wear a mask in crowded indoor places if you are at higher risk")
        + S("MacLeòid", "Please keep to one question and one follow-up",
            "The fact sheet is available on the ministry website")
        + S("Côté", "last year uptake among people over sixty-five was only fifty-four per cent")
        + S("Okonkwo", "are you worried about the new variant reported in Europe last week")
        + S("Venkataraman", "pharmacists say they have not been paid for last year"),
        unattributed=U("moderated by Press Secretary Owen",
                       "The Minister left for a cabinet meeting immediately after the press conference",
                       "stayed behind to answer technical questions from reporters",
                       "those exchanges were not recorded"),
        queries=Q(("single visit pharmacy vaccines", "in a single visit to their pharmacy"),
                  ("eleven million doses", "eleven million doses of the updated vaccine"),
                  ("pharmacists fee per dose", "the fee per dose goes up this year"),
                  ("hospital occupancy", "exceeded one hundred and ten per cent for six weeks")),
    ),
}
if __name__ == "__main__":
    write(HERE, DOCS)
