#!/usr/bin/env python3
"""mkgold.py — judged facts of the heldout16 documents (harness format, name_match "surname").

Judging rules: a person is judged by surname (compound surnames by their last part when
spaced: "Moura", "Ruiz"; hyphenated ones whole); a country/organisation speaking is its own
speaker, also when it speaks "on behalf of" a group; "It"/"the delegation" after a party's
sentence is the party; a role noun (the Chair, the Director, the Congresswoman, the
Superintendent, the Coordinator, the Secretary, the President) is the one holder of that
role; first-name follow-ups are the person. Collectives (members, the Board, participants,
Congress, partners), documents, anonymous speakers (an unnamed prosecutor, a caller, a local
NGO participant), action items and the author's voice are unattributed. Joint subjects and
content restated without a cue are not judged.
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from heldoutgold import Q, S, U, write  # noqa: E402

DOCS = {
    "expert-conference": dict(
        quotes=S("Vaskelienė", "a stolen stele and a shell company have more in common than most of our ministries are willing to admit")
        + S("Moura", "taught investigators what a coin hoard looks like, but not what a wire transfer for one looks like")
        + S("Ferrity", "We are drowning in paper and starving for people who can read it")
        + S("Koval", "tired of explaining to police that we cannot report a theft we do not know about"),
        statements=S("Vaskelienė", "recalled that looted antiquities now travel through the same channels as laundered money",
                     "asked experts to leave the conference with at least three concrete proposals",
                     "promised that the proposals would be presented to the Security Committee")
        + S("Moura", "fragments of a Roman mosaic had been sold in four separate lots",
            "his Government would fund a second edition of the training curriculum")
        + S("Halvorsrud", "most seizures of cultural goods still happen by chance at a border",
            "the conference had shown a rare degree of agreement between the cultural and financial communities")
        + S("Kocabaş", "presented an analysis of 312 suspicious transaction reports linked to the art market",
            "Fewer than one in ten, she explained, had been filed by dealers themselves",
            "recommended that dealers above a modest turnover be brought under the same reporting duties")
        + S("Ferrity", "argued that new reporting duties would mean little without specialist analysts")
        + S("Dubost-Ekwueme", "the gap between the field and the finance ministry is above all a gap in vocabulary",
            "She proposed a short glossary, to be translated into the working languages")
        + S("Lindahl-Berg", "the share of cultural goods offered through social-media groups had roughly doubled")
        + S("Ramaswamy-Ortiz", "her company removed around 9,000 listings last year on the basis of its own filters",
            "the filters catch obvious fakes far more reliably than genuine looted items",
            "platforms cannot act as judges of provenance")
        + S("Tomašević", "platforms already hold the payment and shipping data investigators need",
            "requests to foreign platforms currently take on average seven months to answer")
        + S("Benhamida-Stroh", "a successful prosecution is not the end of the story if the object never goes home")
        + S("Ruiz", "The key, he said, had been a joint investigation team formed early",
            "urged States to agree in advance who would bear the costs of storage and transport")
        + S("Koval", "had catalogued only a third of its storage collections"),
        unattributed=U("The conference brought together 164 participants from 41 participating States",
                       "It was organized by the Transnational Threats Unit with the support of the Permanent Mission",
                       "This report was prepared by the conference rapporteur",
                       "several participants raised the difficulty of proving that an object left its country of origin",
                       "that nobody can verify and nobody can disprove",
                       "The recommendations will be circulated to all delegations in a separate document",
                       "Presentations are available on the conference platform upon request"),
        queries=Q(("mosaic sold in separate lots customs thresholds", "fragments of a Roman mosaic had been sold in four separate lots"),
                  ("online marketplace removed listings filters", "removed around 9,000 listings last year"),
                  ("pre-Columbian ceramics return joint investigation team", "return of 217 pre-Columbian ceramics"),
                  ("museum storage digitisation funding", "appealed for funding for digitisation"),
                  ("suspicious transaction reports art market dealers", "312 suspicious transaction reports")),
    ),
    "hearing": dict(
        quotes=S("Breckwood", "have never seen, not once, not on a good day")
        + S("Ambrose-Lin", "Every month we spend perfecting the map is a month a student does homework in a fast-food parking lot")
        + S("Whitcombe", "a member-owned utility with nine employees simply does not have lying around")
        + S("Oyelaran", "the cure proposed here could leave rural America with fewer providers, not better maps"),
        statements=S("Breckwood", "Congress had appropriated the money in good faith and now owed taxpayers",
                     "the hearing was not meant to assign blame but to fix the data",
                     "asked Ms. Teagarden whether the Department had ever penalized a provider")
        + S("Ambrose-Lin", "cautioned against using them as a reason to delay awards",
            "communities in her state had already waited six years for the first round")
        + S("Teagarden", "had processed more than 3.1 million challenges to the map since its launch",
            "the third version of the map, due in June, would for the first time include data",
            "no grant would be awarded on the basis of data older than eighteen months",
            "explaining that the statute gave the Department no clear authority",
            "suggested publishing the reasons for rejected challenges")
        + S("Whitcombe", "a satellite provider had claimed coverage of the entire service area",
            "Overturning that claim took eleven months and cost the cooperative about $85,000",
            "a simple, free challenge process would have saved his cooperative most of its costs",
            "proposed that cooperatives be allowed to file challenges jointly")
        + S("Mehrotra-Kell", "her students drove 2,600 miles of county roads testing actual connections",
            "in one county the map overstated availability by a factor of three",
            "recommended that providers be required to certify coverage at the address level",
            "for lack of funding, but that she would welcome a partnership")
        + S("Oyelaran", "address-level certification would impose costs that smaller carriers could not absorb",
            "He urged the Subcommittee instead to fund independent speed testing")
        + S("Quiñonero-Pratt", "pressed Mr. Oyelaran on how many of the association's members",
            "the Congresswoman asked him to provide it in writing within two weeks")
        + S("Falkenrath", "several tribal governments in his state had never been consulted about the map")
        + S("Venter", "questioned whether challenges should be free of charge",
            "she would introduce legislation to that effect"),
        unattributed=U("The purpose of the hearing was to examine the accuracy of the federal broadband availability map",
                       "This summary was prepared by Majority staff and is not an official transcript",
                       "The hearing record will remain open for ten business days",
                       "Majority staff will prepare a follow-up letter to the Department",
                       "A markup of the Rural Map Accuracy Act is tentatively expected in April",
                       "The hearing adjourned at 12:41 p.m."),
        queries=Q(("map challenges processed upheld", "processed more than 3.1 million challenges"),
                  ("cooperative cost overturn satellite coverage claim", "Overturning that claim took eleven months"),
                  ("field study overstated availability county", "overstated availability by a factor of three"),
                  ("tribal governments consulted broadband map", "several tribal governments in his state had never been consulted"),
                  ("penalties false coverage claims authority", "gave the Department no clear authority to do so")),
    ),
    "bank-minutes": dict(
        quotes=S("Farrapo", "waiting for perfect certainty would mean acting too late"),
        statements=S("Brunvoll", "services prices, particularly rents and insurance, continued to rise")
        + S("Achterberg", "household credit growth had fallen to its lowest level in nine years",
            "She considered that the lagged effect of past tightening was still working through")
        + S("Szalontai", "wage settlements of around 6 percent in the public sector would spill over",
            "unemployment, at 4.1 percent, remained below most estimates of its equilibrium rate",
            "cutting rates while core inflation stood near 4 percent risked undoing the progress",
            "the Bank had cut prematurely once before, a decade ago",
            "he would be prepared to support a reduction once services inflation showed a sustained decline")
        + S("Asante-Boateng", "The currency had depreciated by 4 percent against the euro since the previous meeting",
            "could add up to three tenths of a percentage point to inflation",
            "a 25 basis point cut, accompanied by clear guidance, was appropriate")
        + S("Odenkirch", "the banking system remained well capitalised",
            "commercial real estate loans warranted closer monitoring",
            "real interest rates had risen as inflation fell")
        + S("Wielgosz", "the Board faced a genuine trade-off between the weakening of activity",
            "the balance of risks had shifted enough to allow a first, cautious reduction")
        + S("Farrapo", "favoured a reduction, but of 50 basis points rather than 25",
            "construction and manufacturing orders were contracting",
            "the Board's credibility was strong enough to absorb a larger move")
        + S("Lansky", "the next meeting is scheduled for 25–26 June"),
        unattributed=U("Staff projected that inflation would return to the 2 percent target",
                       "Members noted that domestic demand had slowed more than expected",
                       "The Board agreed that supervisory staff would conduct a targeted review",
                       "The decision was adopted by majority",
                       "The Board approved the text of the press release",
                       "It was agreed that the Governor would emphasise at the press conference",
                       "The meeting closed at 12:20 on 15 May"),
        queries=Q(("household credit growth lowest", "household credit growth had fallen to its lowest level in nine years"),
                  ("commercial real estate office valuations", "falling office valuations in the capital"),
                  ("dissent keep rate unchanged 5.25", "preferred to keep the rate unchanged at 5.25 percent"),
                  ("exchange rate depreciation inflation impact", "depreciated by 4 percent against the euro"),
                  ("policy rate cut 25 basis points 5.00", "reduce the policy rate by 25 basis points to 5.00 percent")),
    ),
    "wha-summary": dict(
        quotes=S("Osei-Lindqvist", "Resistance is a slow pandemic", "and slow pandemics are the ones we lose by waiting"),
        statements=S("Waweru-Sillanpää", "invited the Committee to consider the report by the Director-General",
                     "took it that the Committee wished to approve the draft resolution",
                     "owing to the lateness of the hour, consideration of the item would be deferred")
        + S("Eichelberger", "drug-resistant infections were now associated with an estimated 4.2 million deaths a year",
            "only 38 countries had costed national action plans with dedicated budgets",
            "the agricultural targets in the plan were indeed indicative")
        + S("Ghana", "access to existing antibiotics remained a greater cause of death in the Region",
            "called on the Secretariat to give equal weight to access and stewardship")
        + S("Norway", "announced a contribution of 12 million to the pull-incentive pilot",
            "without a predictable market, companies would continue to leave the field")
        + S("Indonesia", "expressed concern about the proposed targets for agriculture",
            "had to reflect the situation of smallholder farmers who lacked access to veterinary services",
            "The delegation proposed that the targets be voluntary and phased")
        + S("Brazil", "the One Health approach could not succeed if environmental ministries were not at the table",
            "interministerial commission including the environment and agriculture portfolios")
        + S("United States of America", "could join consensus on the resolution but could not accept",
            "It would submit an explanation of position in writing")
        + S("Jordan", "drew attention to the spread of resistant infections among patients in conflict settings",
            "must include infection prevention and control from the design stage")
        + S("Estonia", "welcomed the emphasis on surveillance and noted that the EU would host a ministerial meeting")
        + S("Pakistan", "regretted that the report did not analyse the price of newer antibiotics")
        + S("Philippines", "asked the Secretariat to clarify how the targets would be monitored")
        + S("World Organisation for Veterinary Care", "offered its network of national focal points")
        + S("Osei-Lindqvist", "progress towards the targets would be reported every two years",
            "the Secretariat would publish an analysis of antibiotic shortages"),
        unattributed=U("The Committee also had before it an information note on the financing",
                       "Informal consultations on the draft resolution had been held on 22 and 23 May",
                       "The draft resolution, as amended, was approved",
                       "The meeting rose at 17:55"),
        queries=Q(("antimicrobial resistance deaths per year", "an estimated 4.2 million deaths a year"),
                  ("pull incentive new antibiotics contribution", "contribution of 12 million to the pull-incentive pilot"),
                  ("smallholder farmers veterinary services targets", "smallholder farmers who lacked access to veterinary services"),
                  ("conflict settings hospitals infection prevention", "infection prevention and control from the design stage"),
                  ("price of newer antibiotics", "did not analyse the price of newer antibiotics")),
    ),
    "school-board": dict(
        quotes=S("Harrow-Asimov", "the only class where I ever felt good at something")
        + S("Ostrowski", "another summer of delay is not an option I can support"),
        statements=S("Pettigrew", "the pickup line on Maple Avenue backs up onto the highway every afternoon",
                     "asked that the district work with the city to add a crossing guard")
        + S("Harrow-Asimov", "presented a petition with 214 student signatures")
        + S("Fairweather", "urged the Board to make public the results of the facilities assessment")
        + S("Lindqvist-Obi", "23 positions remained unfilled six weeks into the school year",
            "counselors were being pulled to supervise classrooms")
        + S("Ostrowski", "asked staff to follow up with Ms. Pettigrew about the crossing guard",
            "the Birchwood classrooms had reached 91 degrees in September")
        + S("Okonjo-Reyes", "the student senate had surveyed 640 students about the new phone policy",
            "many students felt that banning phones at lunch went too far",
            "suggested that the Board revisit the lunch rule at its January meeting")
        + S("Vance-Mbeki", "enrollment stood at 8,412, about 190 students below the budget projection",
            "each student lost represents roughly $11,000 in state funding",
            "the district had received a state grant of $1.2 million for early literacy coaching",
            "the facilities assessment would be posted on the district website")
        + S("Achebe-Kroll", "move the middle school start time to 8:45 a.m. in line with state law")
        + S("Lindgaard", "the later end time would conflict with after-school jobs",
            "asked whether the schedule had been shared with families in Spanish and Vietnamese")
        + S("Falkner", "1,100 families had responded to the survey",
            "the work would be carried out over the summer so that classes would not be disrupted",
            "attributed the difference to rising equipment costs")
        + S("Castañeda-Whitley", "wanted a report in the spring on its effect on attendance",
            "could not vote for a contract so far above the estimate without a second round of bids")
        + S("Yoon", "questioned why the bid came in 18 percent over the engineer's estimate"),
        unattributed=U("Six speakers addressed the Board",
                       "Two further speakers commented on the athletics schedule",
                       "In accordance with the Brown Act, Board members did not respond",
                       "There being no further business, the meeting was adjourned at 8:57 p.m."),
        queries=Q(("crossing guard pickup line", "pickup line on Maple Avenue backs up onto the highway"),
                  ("photography darkroom petition", "petition with 214 student signatures"),
                  ("unfilled teaching positions substitutes", "23 positions remained unfilled"),
                  ("HVAC contract over estimate Birchwood", "18 percent over the engineer's estimate"),
                  ("phone policy lunch survey", "banning phones at lunch went too far")),
    ),
    "podcast-panel": dict(
        quotes=S("Nakashima-Cole", "Is this really the future we're being sold?", "Ask me again next winter")
        + S("Palomares", "People think they're buying a boiler replacement", "They're actually buying a small renovation")
        + S("Aurland", "We call it the split incentive in policy papers", "Tenants call it a cold flat")
        + S("Adeyinka-Frost", "The technology is the easy part. The hard part is that a house is also someone's savings"),
        statements=S("Adeyinka-Frost", "Ifeoma said the headline cost was misleading",
                     "The unit itself had got cheaper, she explained",
                     "the policy debate had focused far too much on the appliance",
                     "low-interest loans attached to the property rather than the owner",
                     "failed largely because the interest rate was set too high",
                     "the shortage was real but often overstated in headlines",
                     "the number of certified installers had roughly doubled in three years",
                     "wants the grant to cover insulation and the heat pump as a single package")
        + S("Palomares", "the heat pump took one day to install and the insulation work took three weeks",
            "customers are wary of anything that looks like a second mortgage",
            "firms will not train staff until demand is steady",
            "his own company had taken on two apprentices this year",
            "asks for a five-year freeze on grant rules")
        + S("Aurland", "roughly one household in five rents privately",
            "Landlords, she argued, have every reason to delay",
            "minimum efficiency standards had been promised for a decade and repeatedly postponed",
            "wants a firm date for minimum standards in rented homes")
        + S("Nakashima-Cole", "asking whether stricter rules would simply push small landlords to sell up",
            "admitting that she herself still heats her flat with gas"),
        unattributed=U("This week's episode tackled the question listeners ask us most often",
                       "What follows is an edited summary, not a full transcript",
                       "They had been quoted more than 14,000 for a heat pump",
                       "wanted to know why she had waited four months for an installer",
                       "Next week: the team looks at community solar schemes",
                       "Show notes and links to the reports mentioned are on our website"),
        queries=Q(("split incentive landlords tenants", "We call it the split incentive"),
                  ("installer shortage apprentices", "taken on two apprentices this year"),
                  ("loans attached to property", "low-interest loans attached to the property"),
                  ("heat pump insulation renovation", "heat pump took one day to install")),
    ),
    "union-congress": dict(
        quotes=S("Kapadia-Moss", "counts our steps, times our toilet breaks and never once asks why")
        + S("Tollefsen", "being marked by a machine that has never met a fourteen-year-old")
        + S("Obuya", "They took my voice, and then they offered me the job of correcting its pronunciation"),
        statements=S("Abernathy-Rowe", "noting that it combined motions from four affiliates",
                     "reminded delegates that the fringe meeting on pensions would begin at 13:00")
        + S("Kapadia-Moss", "a colleague who had been dismissed after a scanning app flagged him as idle",
            "demand a legal right for workers to see and challenge any automated decision",
            "her union would accept a separate vote on paragraph 4",
            "the real test would be whether branches used the new clauses")
        + S("Tollefsen", "the problem was not confined to warehouses",
            "head teachers were using the scores in capability procedures")
        + S("Gallagher-Ndlovu", "scheduling software in hospitals was producing rotas",
            "had learned to check the rota against reality every single shift")
        + S("Jasinski", "urged delegates not to treat every new technology as a threat",
            "automation in his industry had also removed some of the most dangerous jobs",
            "workers shared in the gains rather than simply absorbing the losses")
        + S("Varga", "a blanket ban was neither achievable nor desirable",
            "had used translation tools to serve refugees more quickly",
            "vote against paragraph 4 in a separate vote")
        + S("Obuya", "voice actors discovering synthetic copies of their own voices in advertisements")
        + S("Desrosiers", "spoke about gig workers who have no union at all",
            "add a commitment to organising platform workers")
        + S("Morcombe", "the Council supported the right to human review but could not support an outright moratorium",
            "confirmed that the Council would publish model bargaining clauses"),
        unattributed=U("Delegates returned to the hall shortly after ten",
                       "On a show of hands, it was lost",
                       "The remainder of Composite 7 was carried overwhelmingly",
                       "Congress observed a minute's silence in memory of the former General Secretary"),
        queries=Q(("voice actors synthetic voices", "synthetic copies of their own voices"),
                  ("warehouse algorithm dismissed idle", "scanning app flagged him as idle"),
                  ("moratorium AI public services", "called for a moratorium on AI systems in public services"),
                  ("hospital rota scheduling software", "producing rotas that met staffing targets on paper"),
                  ("model bargaining clauses", "publish model bargaining clauses before the end of the year")),
    ),
    "cluster-notes": dict(
        quotes=S("Kallenberg", "a dry room this winter is worth more than a perfect house in three years"),
        statements=S("Aamodt", "about 41,000 households were affected by the floods",
                     "figures for the two northernmost valleys are still incomplete")
        + S("Civil Protection Directorate", "three collective centres are above capacity")
        + S("UNHCR", "its rapid assessment teams had reached 14 of the 19 affected villages")
        + S("Hearthline International", "stocks of tarpaulins are nearly exhausted",
            "asked whether the guidance could include a simplified checklist")
        + S("Tahmasebi", "volunteers had identified a cluster of elderly people living alone")
        + S("Idrissi-Haas", "the assessment so far had interviewed almost no women",
            "She proposed adding female enumerators to all remaining teams")
        + S("IOM", "a shipment of 6,000 insulated tents is expected at the port within three weeks")
        + S("Tierra Solidaria", "stoves distributed last year had been sold by some families",
            "It recommended combining stoves with cash for fuel")
        + S("Marchetti-Lund", "cash for fuel would require a new agreement with the Cash Working Group")
        + S("Ruhiga", "an extraordinary meeting could be convened next week")
        + S("Kallenberg", "allows partners to repair one room to a safe standard")
        + S("Ministry of Housing", "any repaired structure must comply with the national building code"),
        unattributed=U("Notes taken by the Cluster Information Management Officer",
                       "There was broad agreement that stoves and fuel support should be planned together",
                       "landlords in the district capital had raised rents sharply since the floods",
                       "The next cluster meeting will take place in two weeks, in person",
                       "Partners were reminded that the 4W reporting deadline is the 25th",
                       "Add female enumerators to remaining assessment teams",
                       "Send written request to Cash Working Group on fuel support"),
        queries=Q(("flood affected households lost homes", "an estimated 9,300 have lost their homes entirely"),
                  ("insulated tents shipment port", "6,000 insulated tents"),
                  ("stoves sold fuel unaffordable", "sold by some families because fuel was unaffordable"),
                  ("one room repair transitional shelter guidance", "repair one room to a safe standard"),
                  ("elderly people living alone not registered", "elderly people living alone who had not been registered")),
    ),
}
if __name__ == "__main__":
    write(HERE, DOCS)
