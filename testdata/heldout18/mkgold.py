#!/usr/bin/env python3
"""mkgold.py — judged facts of the heldout18 documents (harness format,
name_match "surname"); checks each snippet occurs once in pdftotext.
Judging: persons by surname (hyphenated surnames whole; "van Hallum" ->
"Hallum"); a party/State/organisation speaking is its own speaker (also when
it speaks for a group); a role noun ("the Chair", "the Minister", "the
Director", "the PI", "the co-facilitator", "the witness") is judged to its
holder; the mover of a motion for the motion; an anonymous survivor known
only by a first name ("Amira") by that name. Collectives (the leaders, the
witnesses, staff, the consortium, the secretariat), anonymous people, votes,
documents, decisions, action items and the author's voice are unattributed.
Joint subjects are not judged."""
import os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from heldoutgold import Q, S, U, write  # noqa: E402

DOCS = {
 "coe-expert": dict(
  quotes=S("Thorvaldsen", "recruitment fees are the hook, and debt is the chain")
  + S("Ardmore", "designing schemes for the employer's convenience and then act surprised")
  + S("Amira", "Nobody had ever told me what the law said I should earn")
  + S("Vanholme", "a permit that depends on testifying is a permit nobody dares to ask for"),
  statements=S("Thorvaldsen", "reminded participants that seasonal work had doubled in some regions since 2019",
               "asked the experts to concentrate on what inspectors could realistically do",
               "the recommendations would be submitted to the Committee of the Parties in June")
  + S("Wolanek", "the paper drew on 212 case files shared by national rapporteurs",
      "fewer than one case in ten had reached a court",
      "conceded that the existing guidelines were silent on back-pay claims")
  + S("Carvalhal", "the same intermediaries appeared in files from several countries")
  + S("Ekdahl", "workers tied to a single employer were three times more likely to report withheld wages",
      "portability of permits was the cheapest protective measure available")
  + S("Moldova", "described a bilateral agreement under which recruitment is handled only by the public employment agency",
      "She acknowledged that informal brokers had simply moved online")
  + S("Ardmore", "her organisation's hotline received most calls on Sunday evenings")
  + S("Amira", "she had not considered herself a victim until a labour inspector showed her the wage tables")
  + S("Renwick", "every account had mentioned a debt that grew faster than it could be repaid")
  + S("Obremska", "identification in agriculture required joint visits by labour and police authorities")
  + S("Bessand", "unannounced night visits had produced most of his service's referrals",
      "inspectors lacked interpreters for rarer languages")
  + S("Spain", "presented its protocol on compensation from seized assets",
      "victims had received payments in 37 cases last year")
  + S("Vanholme", "urged States to separate residence rights from cooperation with prosecutors"),
  unattributed=U("The expert meeting brought together 46 participants from 19 member States",
                 "translators provided by employers could not be trusted in interviews",
                 "Their names are withheld at their request",
                 "Participants were visibly moved by the testimony",
                 "Member States should permit seasonal workers to change employer without losing their residence status",
                 "The Secretariat will draft an annex on back-pay claims by September 2025",
                 "I paid four thousand euros to a man in my village"),
  queries=Q(("recruitment fees debt", "recruitment fees are the hook, and debt is the chain"),
            ("permit portability visa schemes", "portability of permits was the cheapest protective measure"),
            ("night inspections referrals", "unannounced night visits had produced most of his service's referrals"),
            ("compensation seized assets", "protocol on compensation from seized assets"),
            ("residence permit testify", "a permit that depends on testifying is a permit nobody dares to ask for"))),
 "hrc-dialogue": dict(
  quotes=S("Vasseur-Kamau", "a tap that works only for those who can pay in advance is not a public service",
           "the cheapest water is the water that never leaks")
  + S("Balanescu", "Families are paying interest on water they drank two years ago"),
  statements=S("Adebanjo-Hart", "recalled the speaking time of three minutes for States",
               "the Council would resume at 3 p.m. with the dialogue on the right to food")
  + S("Vasseur-Kamau", "public utilities had raised tariffs by more than a third since 2021",
      "lifeline tariffs could be financed through progressive block pricing",
      "She rejected the suggestion that she had exceeded her mandate",
      "sanctions affected the import of chlorine and spare parts",
      "promised to address the question in her next report")
  + S("Paraguay", "a national plan would extend piped water to the Chaco by 2030",
      "regretted that the report had not reflected the investment made by departmental governments")
  + S("Kyrgyzstan", "many recommendations were already being implemented",
      "mountain villages faced costs four times higher per connection")
  + S("European Union", "welcomed the focus on affordability")
  + S("Germany", "supported a cross-subsidy model")
  + S("Portugal", "called on all States to prohibit water disconnections for households that cannot pay")
  + S("Pakistan", "stressed the impact of climate change on glacier-fed water systems")
  + S("Egypt", "transboundary water allocation was outside the mandate")
  + S("Russian Federation", "the Special Rapporteur had exceeded her mandate by commenting on sanctions")
  + S("Costa Rica", "described its constitutional amendment recognising water as a human right")
  + S("Namibia", "reduced open defecation by half in five years")
  + S("Indonesia", "expressed concern at the privatisation of springs by bottling companies")
  + S("United Kingdom", "asked what role regulators could play in protecting customers in arrears")
  + S("Brazil", "the report underestimated the role of indigenous knowledge in water management")
  + S("Balanescu", "debt-collection agencies were now buying the arrears of utilities")
  + S("Rask", "urged the Rapporteur to examine menstrual hygiene in schools"),
  unattributed=U("A joint statement by several youth organisations asked that young people be consulted",
                 "This summary is not an official record and is issued for information purposes only",
                 "Summary of the 23rd and 24th meetings, 12 March 2025",
                 "a further 23 statements could not be delivered for lack of time",
                 "In all, 71 delegations took the floor"),
  queries=Q(("water disconnections non-payment", "disconnections for non-payment had become routine in poor neighbourhoods"),
            ("debt collection water arrears", "debt-collection agencies were now buying the arrears of utilities"),
            ("bottling companies springs", "privatisation of springs by bottling companies"),
            ("lifeline tariffs block pricing", "lifeline tariffs could be financed through progressive block pricing"),
            ("Chaco piped water", "extend piped water to the Chaco by 2030"))),
 "committee-minutes": dict(
  quotes=S("Harcourt-Ode", "a hotel room is not a home, and the law says six weeks for a reason")
  + S("Moorcroft", "We are storing up a public health bill that will dwarf the rent")
  + S("Fairlie", "the limit is being breached far too often"),
  statements=S("Quayle", "declared that she is a landlord of two residential properties", "asked what the Government should do first")
  + S("Sandhurst", "declared an interest as an unpaid trustee of a housing association",
      "put it to the Minister that the six-week limit was being ignored")
  + S("Penhaligon", "proposed that the Committee hold an evidence session in Cumbria",
      "asked why spending on temporary accommodation had risen so sharply",
      "the Committee would expect the data before its report was agreed")
  + S("Harcourt-Ode", "councils were placing families in bed-and-breakfast hotels for months",
      "1,900 families with children had exceeded the six-week limit",
      "described one mother who had been moved ninety miles",
      "suggested that the Department publish placement distances for every council")
  + S("Brinkworth", "asked whether councils were breaking the law")
  + S("Kettlewell", "accepted that his council had breached the limit in a number of cases",
      "private landlords in his district had left the market faster",
      "the figure was £14 million last year",
      "the freeze had made one in three listings in his district unaffordable")
  + S("Moorcroft", "set out her research on the health of children in temporary accommodation",
      "cautioned against a single explanation")
  + S("Eastleigh", "pressed the witnesses on out-of-area placements")
  + S("Mottram", "wondered whether the local housing allowance freeze was the main driver")
  + S("Fairlie", "the Government recognised the pressure on councils",
      "declined to commit to restoring the local housing allowance",
      "maintained that enforcement was a matter for the courts")
  + S("Penrose", "the Department would begin collecting data on placement distances from July",
      "undertook to write to the Committee with the number of councils"),
  unattributed=U("Apologies were received from Mr Connor Velde",
                 "The Committee considered its approach to the inquiry",
                 "be reported to the House for publication",
                 "The witnesses were agreed that the allowance should be restored",
                 "Resolved, That the Committee visit Cumbria on 8 April 2025",
                 "Adjourned till Tuesday 18 February at 9.30 am"),
  queries=Q(("bed and breakfast families", "councils were placing families in bed-and-breakfast hotels for months"),
            ("children respiratory illness converted offices", "respiratory illness among children placed in converted offices"),
            ("local housing allowance thirtieth percentile", "restored to the thirtieth percentile of local rents"),
            ("placement distances data", "begin collecting data on placement distances from July"),
            ("temporary accommodation spending £14 million", "the figure was £14 million last year"))),
 "enb-ocean": dict(
  quotes=[],
  statements=S("Etxeberria-Quint", "reminding delegates that the Commission must forward draft rules of procedure")
  + S("Salovaara", "presented the revised non-paper on the Scientific and Technical Body")
  + S("Nigeria", "monetary benefit-sharing must begin on the day of entry into force")
  + S("EU", "called for a lean secretariat and warned against duplicating existing bodies")
  + S("Palau", "small island developing States had not been adequately represented",
      "It requested reserved seats on the Scientific and Technical Body")
  + S("Japan", "preferred nominations by regional groups")
  + S("Norway", "suggested an expert roster that parties could draw on as needed")
  + S("China", "the roster should respect equitable geographical distribution")
  + S("US", "questioned whether the Commission had the mandate to decide on the composition")
  + S("Argentina", "raised the question of the relationship with the International Seabed Authority")
  + S("African Group", "supported the creation of a standing liaison arrangement")
  + S("Tremblay-Wolfe", "invited comments on the standardised batch identifier",
      "asked the two delegations to consult informally")
  + S("South Africa", "supported mandatory identifiers for all samples")
  + S("Switzerland", "retroactive identification of existing collections would be costly")
  + S("UK", "proposed a phased approach, starting with new samples collected after entry into force")
  + S("Mexico", "opposed any threshold below which samples would be exempt")
  + S("Philippines", "the initial contribution formula had been agreed in the Agreement text")
  + S("New Zealand", "arguing that the formula applied only from the first meeting of the parties")
  + S("India", "expressed concern about the cost of the Clearing-House Mechanism")
  + S("Moussavi", "guided delegates through the draft terms of reference")
  + S("Bangladesh", "needs assessments to be driven by countries themselves")
  + S("Australia", "wanted the committee to report on outcomes rather than activities")
  + S("Fiji", "pressed for a dedicated window for ocean observing infrastructure")
  + S("High Seas Youth Coalition", "urged parties to include early-career scientists in all training programmes")
  + S("IUCN", "offered to host a matchmaking platform"),
  unattributed=U("delegates to the second meeting of the Preparatory Commission met in plenary",
                 "the capacity-building group completed a first reading of the draft terms of reference",
                 "the estimate would be available on Monday",
                 "One veteran negotiator noted that the same quarrel over the fund's start date",
                 "with 71 instruments deposited, entry into force is now widely expected",
                 "A revised non-paper is expected on Friday morning",
                 "the co-chairs were seen consulting the heads of regional groups"),
  queries=Q(("reserved seats scientific body", "requested reserved seats on the Scientific and Technical Body"),
            ("digital sequence information identifiers", "mandatory identifiers for all samples, including digital sequence information"),
            ("Seabed Authority relationship", "relationship with the International Seabed Authority"),
            ("ocean observing infrastructure", "dedicated window for ocean observing infrastructure"),
            ("ratifications entry into force", "with 71 instruments deposited"))),
 "rust-summit": dict(
  quotes=S("Quarterman", "a moving target that nobody on the C side is looking at")
  + S("Venkataraman", "Every time we guess what a C function returns, we write a bug")
  + S("Marchetti", "the single biggest tax on our productivity")
  + S("Oduya", "We cannot keep pretending this scales"),
  statements=S("Quarterman", "About 40 abstractions are now upstream",
               "asked subsystem maintainers to copy the Rust list when they change a header",
               "a bot already exists but that its false-positive rate made people ignore it",
               "suggested pairing: a C maintainer and a Rust reviewer")
  + S("Nalbandyan", "asked whether CI could flag such changes automatically")
  + S("Venkataraman", "maps cleanly onto negative errno values",
      "the conversion should be checked at compile time wherever possible",
      "replied that the type would be invisible to most driver code")
  + S("Brandvold", "another wrapper type would make the API harder to learn for newcomers",
      "most subsystems have no one with Rust experience")
  + S("Marchetti", "memory-safety bugs had essentially disappeared from their crash reports",
      "cross-crate generics made things slower, not faster")
  + S("Oduya", "three people review almost all Rust patches",
      "proposed that each subsystem with Rust code name a Rust co-maintainer",
      "offered to draft a document for")
  + S("Sjöqvist", "new contributors are more likely to arrive through Rust than through C now"),
  unattributed=U("with about thirty maintainers in the room",
                 "Someone on the video link suggested splitting the crate",
                 "Any errors are mine",
                 "the consensus was to try it in one subsystem first",
                 "Felix to draft the co-maintainer proposal and post it to the list",
                 "Matthias to fix the false positives in the header-change bot",
                 "That observation, more than anything, seemed to shift the mood"),
  queries=Q(("ErrPtr error pointers", "makes the encoding explicit"),
            ("bindgen moving target", "a moving target that nobody on the C side is looking at"),
            ("GPU driver compile times", "A full rebuild of the driver takes over four minutes"),
            ("Rust co-maintainer", "each subsystem with Rust code name a Rust co-maintainer"),
            ("memory safety bugs crash reports", "memory-safety bugs had essentially disappeared"))),
 "leaders-call": dict(
  quotes=S("Valstad-Moreau", "the first piece of a North Sea grid that no single country could have built alone",
           "Our cables and pipelines are the veins of our economies"),
  statements=S("Valstad-Moreau", "welcoming the commissioning of the first hybrid interconnector",
               "the Commission would propose a dedicated financing window under the Connecting Europe Facility")
  + S("Aaland", "briefed the leaders on the incident affecting a gas pipeline",
      "Norwegian authorities had completed repairs within nine days",
      "She called for shared surveillance of the seabed")
  + S("Irimescu", "outlined NATO's maritime monitoring activities in the region",
      "underwater drones now patrolled the most critical routes")
  + S("Durkheimer", "speed up permitting for onshore connection points")
  + S("Hallum", "proposed a common template for environmental assessments")
  + S("Rosenkvist", "Denmark would host the next ministerial meeting of the Partnership in Esbjerg")
  + S("Caskey", "highlighted the Celtic Sea tender",
      "supply-chain constraints for high-voltage cables could delay projects",
      "He urged the Commission to consider joint procurement")
  + S("Lacombe-Tissot", "suggested extending it to installation vessels"),
  unattributed=U("The call was attended by Prime Minister Eamon Caskey of Ireland",
                 "to task energy ministers with a joint action plan on subsea infrastructure protection",
                 "to meet again in person on the margins of the European Council in October",
                 "The leaders also discussed the situation in Ukraine",
                 "For more information: Press Office, Directorate-General for Energy",
                 "joined for the discussion on infrastructure protection"),
  queries=Q(("Skagerrak pipeline cables incident", "incident affecting a gas pipeline and two data cables in the Skagerrak"),
            ("joint procurement cables vessels", "to explore joint procurement of cables and vessels"),
            ("Connecting Europe Facility financing window", "dedicated financing window under the Connecting Europe Facility"),
            ("onshore permitting bottleneck", "speed up permitting for onshore connection points"),
            ("underwater drones", "underwater drones now patrolled the most critical routes"))),
 "city-council": dict(
  quotes=S("Umbago", "We are not against bikes. We are against another summer of plywood over our windows")
  + S("Deasy", "every season we wait is another season someone gets hurt at that corner"),
  statements=S("Okafor-Reid", "acknowledged that the meeting was taking place on the traditional territory",
               "gave notice that she will move, at the next meeting")
  + S("Castellanos", "that the minutes of the meeting of 20 May 2025 be confirmed",
      "tenants in her ward had received no information in languages other than English",
      "report to the September meeting on multilingual outreach")
  + S("Lindahl", "Phase 2 would close the 1.4-kilometre gap between Dock Street and the ferry terminal",
      "occupancy surveys showed fewer than thirty were occupied after 7 p.m.",
      "the restriction would add about a year to the schedule")
  + S("Umbago", "merchants on Dock Street had lost a fifth of their trade",
      "asked that construction be scheduled outside the summer season")
  + S("Rampersaud", "two cyclists had been seriously injured at the ferry terminal approach",
      "urged the Committee to adopt the staff recommendation without amendment")
  + S("Marchand", "displaced parking would spill onto residential streets")
  + S("Ahnquist", "asked staff how many of the 112 spaces were used overnight")
  + S("Wierzbicki", "he supported the project but could not accept a summer construction window",
      "That the Dock Street section be constructed between September and April")
  + S("Benneh-Lowry", "direct staff to consult the Business Improvement Area on loading zones")
  + S("Pemberton-Yu", "only 38 per cent of apartment buildings currently receive green-bin collection",
      "contamination rates in the pilot buildings had exceeded 20 per cent",
      "the waste by-law already allowed the City to require it")
  + S("Oosterhuis", "questioned whether landlords could be compelled to participate"),
  unattributed=U("Staff recommended the protected bidirectional design",
                 "Staff agreed to report back",
                 "The meeting adjourned at 12:14 p.m.",
                 "Minutes recorded by Rita Salminen, Committee Secretary",
                 "The Committee heard from the following deputants",
                 "Yeas: Wierzbicki, Ahnquist, Oosterhuis"),
  queries=Q(("parking spaces cycle track", "would remove 112 on-street parking spaces"),
            ("cyclists injured ferry terminal", "two cyclists had been seriously injured at the ferry terminal approach"),
            ("green bin apartment buildings", "only 38 per cent of apartment buildings currently receive green-bin collection"),
            ("car-free school streets", "a pilot of car-free school streets in three wards"),
            ("multilingual outreach organics", "multilingual outreach for the organics program"))),
 "consortium-notes": dict(
  quotes=S("Vandermolen", "a delay we admit in September is cheaper than a delay we discover in March",
           "more confident about the science than about the calendar")
  + S("Holm-Sørensen", "when the meeting is about their water bill, not about our model"),
  statements=S("Vandermolen", "the project had reached its midpoint with three of the eighteen deliverables delayed",
               "the mid-term review by the funding agency would take place in November",
               "whether the sensors had been calibrated against each other",
               "asked those partners to do so before the review")
  + S("Keskinen", "the mid-term review would focus on data management and on the exploitation plan",
      "the consortium's open-access rate was well above the programme average",
      "the grant agreement allowed this provided that background rights")
  + S("Achterberg", "46 of the planned 60 monitoring wells were now transmitting data",
      "cross-calibration had been done only for the Dutch and Belgian sites",
      "She suggested that the water boards take over maintenance")
  + S("Okonkwo-Lima", "the model reproduced observed heads within half a metre",
      "the coastal cells were unstable during drought scenarios",
      "argued that the model should be released under an open licence")
  + S("Holm-Sørensen", "described the three farmer workshops held this year",
      "proposed combining future workshops with the irrigation board's regular meetings",
      "offered to raise it with them")
  + S("Veselý", "the data portal was online and that all datasets had persistent identifiers",
      "two partners had not yet uploaded any data"),
  unattributed=U("34 participants from 11 partner institutions",
                 "One industrial partner expressed reservations about releasing the calibration routines",
                 "the consortium agreed to release the model core openly",
                 "The matter was left open",
                 "The model core will be released under an open licence at month 30",
                 "Complete cross-calibration of all sensors",
                 "Design of a transnational groundwater monitoring network"),
  queries=Q(("monitoring wells transmitting", "46 of the planned 60 monitoring wells were now transmitting data"),
            ("coastal aquifer drought instability", "the coastal cells were unstable during drought scenarios"),
            ("farmer workshops irrigation board", "combining future workshops with the irrigation board's regular meetings"),
            ("open licence model release", "argued that the model should be released under an open licence"),
            ("persistent identifiers data portal", "all datasets had persistent identifiers"))),
}

if __name__ == "__main__":
    write(HERE, DOCS)
