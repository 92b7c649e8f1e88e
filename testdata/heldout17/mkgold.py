#!/usr/bin/env python3
"""mkgold.py — judged facts of the heldout17 documents (harness format,
name_match "surname"), checked against pdftotext of each PDF. Run after make.sh.

Judging rules: a person is judged by surname as written (compound surnames in
full: "Ferreira Lutz", "Quintanilla Roig", "Echeverría Sáenz", "Ba Kane" as
"Kane"); a first-name follow-up ("Amara said", "Yusuf accepted") and a role
noun ("the Chair", "the Commissioner", "the Rapporteur", "the President",
"Counsel", "the Scientific Secretary") are judged to the one person meant;
transcript speaker labels are judged to the person. Joint subjects and
unlabelled questions are not judged. Collectives (the leaders, the group,
participants, the Committee, the experts, the panellists), courts and
documents as subjects, anonymous people (a representative, a delegate, "Q:",
the senior administration official), decisions, recommendations, action
items and the author's voice are judged unattributed.
"""
import sys
sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from heldoutgold import Q, S, U, write  # noqa: E402
import os
HERE = os.path.dirname(os.path.abspath(__file__))

DOCS = {
 "osce-conference": dict(
  quotes=S("Vrabie", "as a place where governments and those who work with victims could speak plainly to each other")
  + S("Odenwald", "We cannot ask companies to clean up their supply chains while our own ministries buy from the worst of them")
  + S("Achterberg", "Due diligence without liability is a questionnaire. Workers do not need more questionnaires.")
  + S("Chouraqui", "If the workers do not trust the auditor, the audit is fiction")
  + S("Adeyemi-Holt", "A survivor is not a guest speaker. A survivor is an expert whose time has a price."),
  statements=S("Vrabie", "the number of identified victims of forced labour in the region had risen",
               "saying she hoped the next Alliance meeting would be able to report on results")
  + S("Odenwald", "said that public procurement remained the largest lever that states had not yet pulled",
      "only a handful screen their suppliers for forced labour",
      "his Office would publish a model procurement clause before the end of the year",
      "invited participating States to test it in pilot tenders")
  + S("Achterberg", "mandatory due diligence laws adopted since 2021 had so far produced more paperwork than remedies",
      "fewer than one in twenty grievances lodged through corporate complaint mechanisms",
      "She called for a shift of the burden of proof in civil cases")
  + S("Ferreira Lutz", "his agency had added forced-labour clauses to all framework contracts",
      "Suppliers that could not trace their cotton back to the ginning mill",
      "suggested that central purchasing bodies share their audit results with municipalities")
  + S("Kvedaraitė", "asked whether smaller contracting authorities had the staff to check such clauses")
  + S("Chouraqui", "show inspectors only what managers want them to see",
      "She urged the participating States to fund worker-driven monitoring")
  + S("Wróbel", "bank alerts about unusual rent payments had led investigators to 41 workers",
      "financial intelligence units received the right reports but lacked analysts")
  + S("Karabulut", "banks filed thousands of suspicious transaction reports each year",
      "She proposed a regular feedback loop in which police would tell banks")
  + S("Adeyemi-Holt", "survivors were too often invited to tell their story",
      "welcomed the Swedish example but added that payment should be the norm everywhere")
  + S("Lewandowicz", "he had been identified as a victim only after his third arrest",
      "to ask who had supplied the document before asking who had used it")
  + S("Holmqvist", "Sweden had set up a paid advisory board of survivors in 2023",
      "the board had no say over the budget"),
  unattributed=U("This report summarises the main points raised in the opening session",
                 "does not reflect an agreed position of the participating States",
                 "European public procurement rules limit the social conditions",
                 "Several speakers replied that the rules had been revised precisely",
                 "data protection rules in some jurisdictions prevent such feedback altogether",
                 "Participating States should screen suppliers in public contracts for forced-labour risks",
                 "Financial intelligence units should recruit analysts with expertise in labour exploitation",
                 "Survivors consulted on policy should be paid for their expertise"),
  queries=Q(("forced labour procurement clause uniforms", "added forced-labour clauses to all framework contracts for uniforms and medical gloves"),
            ("burden of proof trafficked workers civil cases", "shift of the burden of proof in civil cases"),
            ("unannounced audits worker-driven monitoring", "fund worker-driven monitoring and to make unannounced visits the rule"),
            ("suspicious transaction reports feedback banks police", "regular feedback loop in which police would tell banks"),
            ("paid survivor advisory board Sweden", "Sweden had set up a paid advisory board of survivors in 2023"))),
 "leaders-readout": dict(
  quotes=[],
  statements=S("Whitcombe", "congratulated the Prime Minister on Norway's chairmanship of the Arctic Council",
               "reaffirmed the ironclad commitment of the United States to collective defense",
               "welcomed Norway's role as Europe's largest supplier of pipeline gas",
               "committed to ask the Secretary of Commerce to review the matter",
               "Norway is a small country with a very big navy",
               "I've always said Norway treats us fairly, but everybody has to pay something")
  + S("Sørli", "briefed the President on Norway's plans to raise defense spending above three percent",
      "raised concerns about proposed tariffs on Norwegian aluminum and seafood",
      "Norway would provide an additional 900 million dollars",
      "the North Atlantic is one sea. What happens near our coast happens near yours",
      "I heard the President say very clearly today that Article 5 stands"),
  unattributed=U("The two leaders discussed the situation in the High North",
                 "condemned recent strikes on Ukrainian energy infrastructure",
                 "will you exempt Norway from the aluminum tariffs",
                 "the patrol arrangement they agreed to builds on an exercise our navies ran last autumn",
                 "I would caution against reading too much into it",
                 "The conversation on Ukraine focused on energy infrastructure",
                 "The following call was held on background and is attributable",
                 "did not take part in today's meeting"),
  queries=Q(("joint maritime patrols Norwegian Sea", "agreed to expand joint maritime patrols in the Norwegian Sea"),
            ("aluminum seafood tariffs Norway", "raised concerns about proposed tariffs on Norwegian aluminum and seafood"),
            ("Norway defense spending three percent", "raise defense spending above three percent of gross domestic product by 2028"),
            ("critical minerals seabed mapping dialogue", "strategic dialogue on critical minerals and seabed mapping"))),
 "inquiry-minutes": dict(
  quotes=[],
  statements=S("Laffitte", "recalled that the hearing was being web-streamed",
               "speaking time would be strictly limited to two minutes per question",
               "the fact-finding mission to the Veneto region had been postponed to May")
  + S("Ionescu-Vlad", "monitoring data from 23 Member States showed PFAS concentrations",
      "would publish infringement decisions against four Member States in March",
      "the polluter-pays principle applied in full",
      "He further announced a study on the feasibility of an EU-wide remediation fund",
      "such sampling was already recommended and that he was open to making it compulsory",
      "the restriction dossier was with the European Chemicals Agency",
      "The Commissioner confirmed three meetings, all of which were listed in the transparency register",
      "he could not go beyond what he had stated earlier")
  + S("Aaltonen", "regretted that the Commission had taken three years to produce comparable monitoring data",
      "whether the Commission would support mandatory sampling near all airports",
      "asked about the timetable for the infringement decisions")
  + S("Quintanilla Roig", "asked why the Commission had not yet proposed a full restriction on PFAS",
      "monitoring could never compensate for the continued release")
  + S("Borowczyk", "warned against measures that would force the closure of chemical plants",
      "any restriction must include long transition periods")
  + S("Vestergaard", "drinking water utilities in his constituency had spent 40 million euros",
      "present the producer-financed fund as a legislative proposal rather than a study")
  + S("Marchetti-Brun", "had met representatives of fluoropolymer manufacturers")
  + S("Stöckl", "the inquiry should focus on enforcement failures by national authorities")
  + S("Verhulst", "PFAS move slowly through aquifers",
      "remediation of deep groundwater was technically possible but could take several decades")
  + S("Benedettini", "described the health monitoring programme offered to residents",
      "many families had learned of the contamination from newspapers"),
  unattributed=U("was adopted in the form shown in these minutes",
                 "The secretariat would circulate a revised mission programme",
                 "Several Members asked the experts about treatment costs",
                 "The experts agreed that no single technology was adequate for all sites",
                 "hearing of national water regulators",
                 "The meeting closed at 12.27"),
  queries=Q(("PFAS airports firefighting foam sampling", "mandatory sampling near all airports and fire-training sites"),
            ("producer-financed remediation fund legislative proposal", "present the producer-financed fund as a legislative proposal"),
            ("water bills activated carbon filters", "spent 40 million euros on activated carbon filters"),
            ("PFAS restriction consumer products", "full restriction on PFAS in consumer products"),
            ("Vicenza residents health monitoring", "health monitoring programme offered to residents"))),
 "members-forum": dict(
  quotes=S("Aramburu", "the year our members stopped waiting for permission", "We are stronger than our budget"),
  statements=S("Aramburu", "She pointed to the 22 local fisheries co-management agreements",
               "the Network's core funding had fallen by almost a fifth",
               "closed the forum with a plea to members to recruit at least one new organisation")
  + S("Demirel", "the secretariat had cut travel costs by holding regional meetings online",
      "could not sustain its legal support programme beyond next summer",
      "accepted the point on translation and promised that both versions would be ready by December")
  + S("Noronha", "the group had spent most of its time on the allocation of quotas",
      "the group asked the board to make quota fairness one of the three priorities")
  + S("Sesay", "community-based vessel monitoring with cheap GPS trackers")
  + S("Pacheco", "young fishers leaving because they can no longer afford to rent near the harbour")
  + S("Vasseur", "a few municipalities had capped tourist licences")
  + S("Aksoy", "set the tone for the whole afternoon")
  + S("Te Awa", "a fixed share of national adaptation budgets to be channelled through community groups")
  + S("Raghunathan", "whether the Network should admit individual members as well as organisations")
  + S("Vermeulen", "many young activists work outside formal organisations")
  + S("Kane", "the strategy read as if it had been written for donors rather than members",
      "asked that the final version be translated into French and Portuguese")
  + S("Hollander", "the draft was the clearest the Network had ever produced"),
  unattributed=U("This summary was prepared by the Network secretariat from the notes of the session rapporteurs",
                 "Participants from West Africa described industrial trawlers",
                 "Participants in Group B focused on the pressure that short-term rentals place",
                 "One participant said that her own organisation had been accused of being anti-tourism",
                 "The group felt strongly that adaptation funds too often bypass local organisations",
                 "others feared that the Network would lose its character as a federation",
                 "The financial report was approved by a show of hands",
                 "compile a guide to municipal rules on tourist rentals",
                 "The 2026 forum will be held in Dakar"),
  queries=Q(("industrial trawlers canoe zones", "industrial trawlers operating inside zones reserved for canoes"),
            ("short-term rentals fishing towns", "pressure that short-term rentals place on fishing towns"),
            ("adaptation budgets community groups", "fixed share of national adaptation budgets"),
            ("individual membership", "admit individual members as well as organisations"),
            ("core funding fallen", "core funding had fallen by almost a fifth"))),
 "advisory-committee": dict(
  quotes=[],
  statements=S("Santangelo", "ruled that he could take part in the discussion of item 3 but not in the vote",
               "the Committee's mandate was limited to scientific risk assessment",
               "proposed that Dr. Zielińska lead the working group",
               "thanked Dr. Hoekstra for her six years as Vice-Chair")
  + S("Vanstone", "his university department had received funding from a crop protection company",
      "the Polish study had sampled only four farms",
      "He accepted nonetheless that the finding deserved follow-up")
  + S("Brekke", "212 sites had been sampled in 2025",
      "because of a lack of trained identifiers",
      "training volunteers to species level took at least two seasons")
  + S("Kobayashi", "the Ministry had requested an opinion on neonicotinoid seed treatments")
  + S("Hoekstra", "residues in pollen from treated fields were below the acute toxicity threshold",
      "the data on solitary bees were too sparse to support any conclusion")
  + S("Eze", "semi-field studies submitted by the applicant had been long enough",
      "recommended that the Committee ask for a full-season colony study",
      "whether volunteers could be trained to fill that gap")
  + S("Zielińska", "found residues of the substance in wildflowers at field margins",
      "persistence in field margins was the most worrying finding")
  + S("Haddadin", "whether the draft opinion should address the economic consequences",
      "conditional renewal limited to three years with mandatory monitoring")
  + S("Pritchard-Lowe", "the bumblebee effects were within the range of natural variation"),
  unattributed=U("The Committee noted that the risk to honeybees appeared low",
                 "The conclusion was adopted by five votes to two",
                 "The Committee cannot conclude that the proposed uses of flupyradizone",
                 "The Committee welcomed the report and recommended that funding for the programme",
                 "The minutes of the 40th meeting were approved with one correction",
                 "Finalise the flupyradizone opinion",
                 "The next meeting will be held on 10"),
  queries=Q(("flupyradizone bumblebee colony growth", "chronic exposure studies in bumblebees showed reduced colony growth"),
            ("residues wildflowers field margins", "residues of the substance in wildflowers at field margins"),
            ("wild bee monitoring species richness", "species richness was lowest in intensively farmed lowland areas"),
            ("neonicotinoid sugar beet opinion", "neonicotinoid seed treatments in sugar beet by March 2026"),
            ("minority opinion conditional renewal", "conditional renewal limited to three years"))),
 "panel-qa": dict(
  quotes=S("Nwosu", "The first drought, you plan for. Everybody knows it will come",
           "Ask us before you design the project, not after")
  + S("Echeverría Sáenz", "A reservoir that the village cannot repair is a reservoir with a five-year life",
      "Budget for the plumber"),
  statements=S("Mensah-Ardayfio", "What did the last two dry seasons change on your farm")
  + S("Nwosu", "the first failed rains had been survivable",
      "half of the members had sold livestock just to buy seed",
      "the cooperative now stores seed in three villages instead of one",
      "had twice received water tanks that were too large to fill",
      "farmers were already adapting and needed partners rather than instructions")
  + S("Echeverría Sáenz", "large irrigation projects in dry areas often end up serving the few farmers",
      "many small reservoirs, built and maintained by the communities",
      "the cheapest water is the water that does not evaporate",
      "covering small reservoirs with floating shade cloth had cut losses by about a third",
      "water infrastructure needs maintenance money for decades")
  + S("Mansouri", "is designed for ministries and large contractors",
      "Application forms for a typical fund run to sixty pages",
      "given small, fast grants of up to 20,000 dollars",
      "the model depended on trusted local intermediaries",
      "adaptation money should be measured by how quickly it arrives"),
  unattributed=U("The conversation has been edited for length and clarity",
                 "asked whether insurance could replace grants",
                 "The panellists agreed that insurance helped with single bad seasons",
                 "urged the organisers to include a young farmer on next year's panel",
                 "Recordings of all sessions are available on the Forum website",
                 "Evaporation control on small reservoirs in the Gran Chaco",
                 "Seed banks and the second drought"),
  queries=Q(("seed reserves several villages", "stores seed in three villages instead of one"),
            ("floating shade cloth reservoir evaporation", "floating shade cloth had cut losses by about a third"),
            ("small grants producer organisations", "small, fast grants of up to 20,000 dollars directly to producer organisations"),
            ("water tanks too large", "water tanks that were too large to fill from the rain"))),
 "court-argument": dict(
  quotes=S("Okonjo-Hale", "If the finding was so obvious, counsel, why is it so hard to find?"),
  statements=S("Finnemore", "the trial court had substituted its own judgment for that of an expert agency",
               "the allocation rules gave it discretion to declare an emergency",
               "maintained that the board's minutes made the finding clear in substance",
               "the Authority challenged both, but that its principal objection was to liability",
               "a second dry year would have exhausted those reserves",
               "force water agencies to hold formal hearings while reservoirs empty")
  + S("Okonjo-Hale", "asked where in the administrative record the board had actually declared",
      "whether an agency could rely on an emergency it had never declared",
      "whether a ruling for the Cooperative would prevent agencies from acting quickly")
  + S("Brightwater", "whether the Authority disputed the amount of compensation",
      "whether farmers had any alternative source of water during the cuts")
  + S("Silvestri", "municipal reservoirs held fourteen months of supply",
      "whether the trial court had applied the correct standard of review")
  + S("Deshmukh-Rowe", "her clients were not asking for special treatment",
      "the board's minutes showed a concern about revenue from municipal contracts",
      "some members had pumped groundwater at considerable cost",
      "deference presupposes a decision",
      "the rules allowed an emergency to be declared at a single meeting"),
  unattributed=U("This summary is based on the public audio recording",
                 "The trial court held that the Authority had failed to follow",
                 "The panel appeared divided",
                 "which suggests he is inclined to affirm",
                 "may indicate sympathy for the Authority",
                 "a decision is expected within ninety days",
                 "which raises a related question about groundwater credits"),
  queries=Q(("emergency declaration administrative record", "where in the administrative record the board had actually declared"),
            ("standard of review deference", "whether the trial court had applied the correct standard of review"),
            ("farmers groundwater fallowed land", "some members had pumped groundwater at considerable cost"),
            ("municipal reservoirs fourteen months supply", "municipal reservoirs held fourteen months of supply"))),
 "budget-hearing": dict(
  quotes=S("Etxeberria", "Every time the budget is tight, it's our branch that gets pushed back"),
  statements=S("Marchbanks", "public speakers would have three minutes each",
               "reminded the audience that applause was not permitted")
  + S("Tremblay", "closes a projected $19 million gap mainly by leaving 74 vacant positions unfilled",
      "the one-year delay saved about $2.4 million",
      "funded from a separate enterprise fund that could not legally be used")
  + S("Hoang", "the city's pension contribution would rise by $11 million",
      "22 were sworn officer positions")
  + S("Etxeberria", "her neighbourhood had waited eleven years for a library")
  + S("Wainwright", "restore funding for two community policing officers",
      "car break-ins near the ferry terminal had doubled")
  + S("Oduya", "reverse a proposed 15 percent cut to summer recreation programs",
      "the league served more than 300 children")
  + S("Rowe-Palmer", "use its remaining federal recovery funds for emergency rental assistance")
  + S("Castellanos", "supported the budget as proposed",
      "any new fees on businesses would drive customers to the suburbs")
  + S("Quiñones", "how much it would cost to keep the Eastside library on schedule")
  + S("Liebowitz", "questioned the decision to keep the golf course renovation",
      "the council could not defend that choice to the families")
  + S("Achebe-Ross", "how many of the 74 vacant positions were in the police department")
  + S("Fairweather", "propose an amendment to restore half of the recreation cut")
  + S("Szabo", "cautioned his colleagues against promising restorations",
      "the city's reserves were already below the policy target"),
  unattributed=U("Several other Eastside residents made the same point",
                 "The following is a summary of the main themes",
                 "The comment drew applause",
                 "addressed the council in Spanish and Vietnamese through city interpreters",
                 "Amendments must be submitted to the City Clerk by May 30",
                 "The hearing adjourned at 9:47"),
  queries=Q(("Eastside branch library delay", "delaying the opening of the new Eastside branch library by one year"),
            ("summer recreation programs cut", "reverse a proposed 15 percent cut to summer recreation programs"),
            ("golf course clubhouse rental assistance", "emergency rental assistance rather than for the planned renovation"),
            ("ferry terminal car break-ins", "car break-ins near the ferry terminal had doubled"),
            ("pension contribution increase", "pension contribution would rise by $11 million"))),
}

if __name__ == "__main__":
    write(HERE, DOCS)
