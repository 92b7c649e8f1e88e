#!/usr/bin/env python3
"""mkgold.py — judged facts of the heldout15 documents (harness format via
testdata/heldoutgold.py). Run after make.sh.

Judging rules: people by surname (hyphenated surnames whole; "Ó Dubhghaill" ->
"Dubhghaill"; "Otávio Rezende Campos" -> "Campos"); a country delegation is its
own speaker; role nouns ("the Chair", "the Commissioner", "the President",
"counsel", "the Mayor", "the Clerk") go to the one holder of the role; the
mover of a motion is judged for it. Transcript turns ("Q41 Chair:",
"Dr Osterwald:") are judged as statements (verbatim, but without quotation
marks); words in quotation marks are quotes. Collectives, documents, Chatham
House (anonymous) remarks, decisions, votes, action items and the author's
voice are unattributed. Joint subjects are not judged.
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from heldoutgold import Q, S, U, write  # noqa: E402

DOCS = {
    "committee": dict(
        quotes=[],
        statements=S("Achterberg", "perhaps you could start by telling us how many supported services",
                     "Can I bring in the question of fares",
                     "Let the record show unanimity on at least one point")
        + S("Ellerby", "We have withdrawn nineteen supported routes in that period",
            "our concessionary fares reimbursement alone has risen by a third",
            "it can work if it is designed around fixed anchor times",
            "flexibility over a smaller pot is still a smaller pot",
            "Multi-year funding, ring-fenced for rural routes",
            "Operators will tell you it is not, and I have some sympathy")
        + S("Featherstonehaugh", "from an operator's point of view, is the problem money or drivers",
            "Should the fare cap money be redirected to frequency")
        + S("Kernaghan", "We lost eleven drivers last year to haulage firms",
            "A proper training bursary would help",
            "I am not going to promise the Committee something I have not costed",
            "patronage is up about fourteen per cent",
            "Cut the licence backlog")
        + S("Ramaswamy-Holt", "What did it find about who is most affected",
            "Is the reimbursement formula fair to operators")
        + S("Szczepańska", "The people who lose most are not the ones who shout loudest",
            "young people without a licence and older women living alone",
            "flexible services succeed when they feed a reliable trunk route",
            "Price matters in towns; frequency matters in villages",
            "the answer is service hours",
            "Require every authority to publish accessibility data by route")
        + S("Penhallow", "demand-responsive transport was tried and, frankly, collapsed")
        + S("Mulvaney", "So the single-year settlement is the core of the problem"),
        unattributed=U("The witnesses agreed to provide supplementary written evidence",
                       "The Committee will take evidence from the Minister for Local Transport",
                       "Earlier written evidence from the Bus Users Federation",
                       "Senior Research Fellow, Institute for Rural Mobility",
                       "Managing Director, Moorline Coaches Ltd",
                       "Transport and Infrastructure Committee"),
        queries=Q(("rural bus driver shortage haulage", "We lost eleven drivers last year to haulage firms"),
                  ("demand responsive transport anchor times", "designed around fixed anchor times"),
                  ("fare cap patronage rural", "patronage is up about fourteen per cent"),
                  ("older women living alone travel", "older women living alone"),
                  ("multi-year funding settlement", "a settlement that runs for more than a single year")),
    ),
    "plenary": dict(
        quotes=S("Oberländer", "Consumers are not afraid of new food. They are afraid of being misled",
                 "long but honest nights",
                 "We can argue about the font size for another five years")
        + S("Dubhghaill", "show me the life-cycle data")
        + S("Aalto-Renwick", "perfectly happy to fund fishing communities, but not by stopping the future at the border"),
        statements=S("Halvorsrud", "reminded the House that speaking time had been allocated under the catch-the-eye procedure",
                     "announced that the vote would take place on Thursday at noon")
        + S("Oberländer", "the committee had sought a balance between consumer information and innovation",
            "should appear on the front of every package",
            "appealing to colleagues to vote for the text as adopted in committee")
        + S("Vasconcelos-Prior", "would present an implementing act on labelling within twelve months",
            "might be challenged at the World Trade Organization",
            "publish guidance for small producers",
            "had not yet assessed patent concentration but would ask the Joint Research Centre",
            "She rejected the idea of a moratorium")
        + S("Tartaglia", "wanted stronger protection for fishing communities",
            "dedicated transition fund for coastal regions")
        + S("Aalto-Renwick", "over-labelling would stigmatise a sector",
            "strikes the right balance and should not be amended further")
        + S("Dubhghaill", "environmental claims made by some start-ups had never been independently verified",
            "He tabled an amendment requiring a verified environmental footprint")
        + S("Kovařík", "Brussels deciding what Europeans may eat",
            "member states must keep the right to restrict the sale")
        + S("Marchetti-Dubois", "calling for a moratorium on all authorisations until 2030",
            "would vote against the report in its entirety")
        + S("Brannigan", "a handful of patent holders could end up controlling",
            "whether the Commission had assessed the concentration of patents")
        + S("Szentgyörgyi", "large freshwater aquaculture sector which")
        + S("Fontoura", "fish auction prices in her region had fallen by nine per cent"),
        unattributed=U("Summary prepared by the Plenary Reporting Unit; not an official record",
                       "Several Members from coastal regions rose to support",
                       "The debate closed at 16.48",
                       "Report adopted: 388 in favour, 214 against",
                       "Amendment 27 (moratorium): rejected",
                       "Amendment 12 (verified environmental footprint): adopted"),
        queries=Q(("lab-grown seafood WTO labelling", "might be challenged at the World Trade Organization"),
                  ("transition fund fishing communities", "dedicated transition fund for coastal regions"),
                  ("patent concentration protein", "a handful of patent holders could end up controlling the protein supply"),
                  ("fish auction prices Portugal", "fish auction prices in her region had fallen"),
                  ("life-cycle data green claims", "show me the life-cycle data")),
    ),
    "g20-chair": dict(
        quotes=[],
        statements=S("Keteshi-Obara", "one in four people in member economies already lives in a water-stressed basin",
                     "treat water infrastructure as a financial stability issue",
                     "invited the Financial Stability Board to report on existing practice",
                     "water is where climate risk becomes a balance-sheet risk",
                     "allows us to record a rich discussion without spending the whole night on commas",
                     "Today is not going to put a pipe in Kilifi by Monday",
                     "Not at this stage. Voluntary first")
        + S("Osterwald", "the bank could triple its water lending by 2030",
            "fewer than one in ten projects in the pipeline",
            "investors who today stay away because they cannot price the risk",
            "you will hear from them before the spring meetings")
        + S("Campos", "guarantees from multilateral banks be priced according to basin-level risk")
        + S("Ayuningtyas", "tariff reform must protect the poorest households",
            "cost recovery alone would not close the investment gap")
        + S("Fehrbach", "wanted clearer reporting on climate adaptation outcomes")
        + S("Montgomery-Adeyemi", "only a minority of large banks in member economies")
        + S("Abernethy", "Does that mean some countries refused to sign")
        + S("Wierzbicki", "tripling your lending sounds ambitious", "will they become mandatory")
        + S("Obuya", "family in Kilifi that still buys water from a truck"),
        unattributed=U("This summary is issued under the Chair's own responsibility",
                       "Several ministers welcomed the proposal",
                       "It was agreed that a voluntary set of water risk disclosure principles",
                       "asked multilateral development banks to report on progress",
                       "agreed to hold a second joint meeting next year",
                       "took questions from journalists after the closing session"),
        queries=Q(("hybrid capital instrument water lending", "triple its water lending by 2030"),
                  ("drought exposure bank loan books", "assess drought exposure in their loan books"),
                  ("tariff reform poorest households", "tariff reform must protect the poorest households"),
                  ("basin-level risk guarantees pricing", "priced according to basin-level risk"),
                  ("Kilifi water truck", "Today is not going to put a pipe in Kilifi")),
    ),
    "community-call": dict(
        quotes=S("Furumoto", "If we ship with a red job we will be living with it for a year")
        + S("Pillai", "Six months is generous, honestly"),
        statements=S("Wróblewski", "all but two blockers are closed",
                     "He thinks the leak is in the buffer pool",
                     "wondered whether we need a transfer procedure")
        + S("Furumoto", "reproduce the Windows failure only when the temp directory path contains spaces",
            "61 applications for four mentee slots",
            "She would like to add two more slots")
        + S("Adebanjo-Reiss", "asked whether we should ship 3.2 with the Windows job marked",
            "the steering committee has to approve governance changes",
            "the stipend comes from the foundation grant")
        + S("Pillai", "3.9 is end-of-life in October",
            "he could do it if the project is on the CLI side")
        + S("Echeverría", "Two downstream distributions she packages for still ship 3.9",
            "as long as security fixes are backported",
            "the docs site build is slow again")
        + S("Whitlock", "keep 3.9 for the 3.2 line, drop it from 3.3 onwards",
            "any automated marking will upset some authors",
            "conference talk submissions close on 1 June")
        + S("Lindahl", "the registry has 140 plugins",
            "plugins inactive for 18 months be marked"),
        unattributed=U("Nobody was keen",
                       "release candidate slips to 28 May",
                       "Python 3.9 supported through 3.2.x",
                       "Marguerite to write up the proposal as a governance RFC",
                       "Someone in the chat asked whether mentees are paid",
                       "Recording: available to members of the Kestrel organisation"),
        queries=Q(("Windows CI temp directory spaces", "temp directory path contains spaces"),
                  ("drop Python 3.9", "keep 3.9 for the 3.2 line"),
                  ("abandoned plugins taken over", "abandoned plugins being taken over by unknown accounts"),
                  ("mentorship applications", "61 applications for four mentee slots"),
                  ("memory leak streaming parser", "the memory leak in the streaming parser")),
    ),
    "roundtable": dict(
        quotes=S("Sarr-Lemaire", "listening to people who work outside the reach of any thermometer")
        + S("Benmoussa", "It cost the city nothing but a new timetable", "What it took was being in the room")
        + S("Ferrand", "If they do not work, we want to know that too"),
        statements=S("Touré-Haddad", "asked each speaker to bring one concrete proposal")
        + S("Benmoussa", "negotiated with the municipality to shift collection rounds",
            "She urged donors to fund organising",
            "registration had been used elsewhere to tax vendors")
        + S("Diallo-Kent", "had no data on how many people work outdoors",
            "simple registration scheme run through existing market associations",
            "affordable at municipal scale only with national co-funding")
        + S("Okonkwo-Faye", "Core body temperatures above 38.5 degrees",
            "mandatory work–rest cycle triggered by wet-bulb readings",
            "the medical evidence would support a threshold-based allowance")
        + S("Ferrand", "prepared to finance pilot shade-and-water stations")
        + S("Sarr-Lemaire", "whether social protection could include a heat-day allowance"),
        unattributed=U("One union organiser said that in her city, vendors now start at four",
                       "A health researcher noted that most clinics do not record heat",
                       "Several participants argued that heat action plans",
                       "There was broad agreement that any response must be negotiated",
                       "Others pointed out that where such plans exist",
                       "Recognise informal workers explicitly in national and municipal heat action plans",
                       "A Survey of Vendors in Five Cities"),
        queries=Q(("waste pickers collection rounds heat", "shift collection rounds to the early morning"),
                  ("heat-day allowance", "whether social protection could include a heat-day allowance"),
                  ("construction labourers body temperature Niamey", "Core body temperatures above 38.5 degrees"),
                  ("clinics heat illness statistics", "most clinics do not record heat as a cause"),
                  ("registration market associations text message", "registration scheme run through existing market associations")),
    ),
    "tribunal": dict(
        quotes=S("Crowther-Lyle", "A grumble about the cold, however justified, is not a whistleblowing disclosure",
                 "set aside without explanation")
        + S("Threlkeld", "on at least two occasions", "not the culture on the floor")
        + S("Esterházy", "My learned friend is inviting this tribunal to re-find the facts",
            "That is not what an appeal is for"),
        statements=S("Crowther-Lyle", "the tribunal below had erred in treating a series of informal WhatsApp messages",
                     "complaints about personal discomfort, not information tending",
                     "the real reason for the dismissal was a documented pattern of lateness",
                     "accepted that the first written warning post-dated the messages",
                     "content to do so and would file within seven days")
        + S("Vandersteen", "asked whether the lateness had been raised with the respondent",
            "a finding of fact need not address every piece of evidence",
            "invited both counsel to make short written submissions")
        + S("Threlkeld", "conceded that no note had been made of either conversation")
        + S("Esterházy", "the messages went well beyond personal discomfort",
            "plainly disclosed information about a risk to health and safety",
            "sent to a group that included the site manager",
            "the appeal lies only on a point of law",
            "the tribunal had heard Mr Threlkeld's account and had simply not accepted it")
        + S("Aldous", "whether the tribunal below should have dealt expressly with the oral warnings"),
        unattributed=U("This summary was prepared by the tribunal's public information office",
                       "The employment tribunal found that her complaints were protected disclosures",
                       "The hearing concluded at 15.40",
                       "Judgment was reserved",
                       "The respondent was not present in person",
                       "The appellant, a warehouse operator, appeals against the decision"),
        queries=Q(("WhatsApp messages protected disclosure", "informal WhatsApp messages as a qualifying disclosure"),
                  ("thermometer broken loading bay", "thermometer had been broken for a fortnight"),
                  ("lateness warning timing", "first written warning post-dated the messages"),
                  ("adequacy of reasons submissions", "file written submissions on the adequacy of reasons"),
                  ("appeal point of law", "the appeal lies only on a point of law")),
    ),
    "council-minutes": dict(
        quotes=S("Delacroix-Amadi", "the only serious answer we've been offered in ten years")
        + S("Oyelaran", "We have been talking about opening that shoreline"),
        statements=S("Vukovich", "reminded speakers that each would have three minutes",
                     "she shared the concern about the view corridor")
        + S("Hartigan", "the six-storey height limit in the draft would block the view corridor",
            "asked council to hold the building at four storeys")
        + S("Delacroix-Amadi", "his two adult children could not afford to rent")
        + S("Odutola", "include a commitment to keep the church's community garden",
            "the garden supplies the food bank every Saturday")
        + S("Riordan", "two children had been clipped by turning cars",
            "install a signal before the school year begins")
        + S("Halloway", "the application proposes 184 rental units",
            "reduce the number of units to roughly 130")
        + S("Thibodeaux", "asked why staff had settled on five storeys",
            "moved to reduce the maximum height to four storeys")
        + S("Oyelaran", "walked the site with residents on Saturday")
        + S("Castellano-Pike", "a traffic study be completed before third reading")
        + S("Featherby", "staff had already requested a signal warrant study",
            "agreed to report back on cost")
        + S("Ikwuemesi", "temporary flashing beacon")
        + S("Ashdown", "The Clerk confirmed a quorum")
        + S("Marlow", "moved to move item 7 ahead of item 5"),
        unattributed=U("Amendment defeated, 2–4",
                       "Main motion carried, 5–1",
                       "Deferred to the meeting of 26 May",
                       "Councillor Ferris McAllister (Ward 6), excused",
                       "Carried unanimously",
                       "Budget variance report, first quarter"),
        queries=Q(("cannery rezoning height", "six-storey height limit in the draft would block the view corridor"),
                  ("crosswalk Elm and Fourth signal", "two children had been clipped by turning cars"),
                  ("affordable units below market rent", "184 rental units, of which 15 per cent would be below market rent"),
                  ("community garden food bank", "the garden supplies the food bank every Saturday"),
                  ("flashing beacon", "temporary flashing beacon")),
    ),
    "panel-plenary": dict(
        quotes=S("Saltvedt-Mbeki", "an extraordinary act of patience")
        + S("Kulasekara", "had waited longer than we did"),
        statements=S("Saltvedt-Mbeki", "welcomed 212 delegates from 96 member countries",
                     "announcing that the twelfth session would be held in Nairobi")
        + S("Kulasekara", "the Summary for Policymakers would be approved line by line")
        + S("Fournier-Asante", "travel support had been provided to 41 delegates",
            "two delegations had been unable to obtain visas")
        + S("Bangladesh", "asked that the confidence level be stated in the headline itself")
        + S("Netherlands", "proposed to say")
        + S("Vasilescu", "the assessment covered 33 large deltas",
            "assessed such diversions with medium confidence")
        + S("Saudi Arabia", "objected to the reference to groundwater extraction")
        + S("Viet Nam", "projections of land loss in the Mekong delta had been drawn from a single model")
        + S("Ofori-Mensah", "the chapter combined three independent approaches",
            "offered to show the full range in a figure")
        + S("Egypt", "stronger statement on the loss of agricultural land")
        + S("United States", "cautioned against language implying that specific policy responses")
        + S("Tuvalu", "paid too little attention to atoll nations")
        + S("China", "proposed to add a reference to controlled river diversions"),
        unattributed=U("The authors agreed to add hydrocarbon extraction",
                       "A contact group, co-facilitated by delegates from",
                       "It met twice in the evening",
                       "The Summary for Policymakers was approved at 03:10",
                       "The underlying report was then accepted without objection",
                       "The draft headline stated that subsidence now exceeds sea-level rise"),
        queries=Q(("subsidence sea-level rise deltas", "subsidence now exceeds sea-level rise"),
                  ("Mekong land loss projections model", "Mekong delta had been drawn from a single model"),
                  ("atoll nations", "paid too little attention to atoll nations"),
                  ("river diversions sediment", "controlled river diversions"),
                  ("travel support visas delegates", "travel support had been provided to 41 delegates")),
    ),
}

if __name__ == "__main__":
    write(HERE, DOCS)
