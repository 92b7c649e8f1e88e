#!/usr/bin/env python3
"""mkgold.py — judged facts of the heldout2 documents, in the acceptance
harness's format (name_match "surname"; quotes, statements, unattributed,
queries), and a check that every snippet occurs exactly once in pdftotext of
its PDF after the harness's folding. Run after make.sh; writes ./*.json.

Judging rules: a person is judged by surname (for a particle name the words
after the particle: "Fuente", "Kolk", "Oliveira Sá"; for double surnames both:
"Quispe Mamani", "Brennan-Uí Dhálaigh"); a party speaking in a bulletin is its
own speaker ("Kestrel Islands"), also when it speaks "for the GROUP". A role
noun ("the moderator", "the rapporteur", "the Secretary", "the Minister",
"the councillor") is judged to the one person holding that role in the
document. Sentences with two joint subjects, a genuinely ambiguous role
("the Co-Chair" with two co-chairs) or talk content restated without any
cue are not judged. Collective subjects (delegations, participants,
witnesses, the committee, the two sides), documents as subjects and the
author's own voice are judged unattributed.
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from heldoutgold import Q, S, U, write  # noqa: E402

DOCS = {
    "un-bulletin": dict(
        quotes=[],
        statements=S("N'Guessan-Aké", "opened the day by reminding delegates that only four negotiating days remained",
                     "She asked contact groups to report back on Thursday with clean text")
        + S("Lykke-Halvorsen", "added that the bureau would circulate a revised schedule at lunchtime",
            "he urged regional groups to keep their coordination meetings short")
        + S("Valdoria", "called for the framework to recognise the special vulnerability",
            "preferred a hydrological definition based on watershed boundaries")
        + S("Kestrel Islands", "argued that downstream users must have a voice in basin commissions",
            "asked the secretariat to compile a list of existing monitoring stations")
        + S("Tamarin", "expressed concern that the draft mixed binding and voluntary language",
            "It proposed splitting Article 4 into a paragraph on obligations")
        + S("Alpine Union", "welcomed the inclusion of early-warning systems",
            "suggested bracketing both options and returning to them")
        + S("Belmonte", "data on snow cover and lake levels must be shared free of charge")
        + S("Vuković", "invited parties to start with the definitions",
            "had already narrowed the options to three")
        + S("Ostreland", "favoured a definition tied to existing treaties")
        + S("Oliveira Sá", "proposed a footnote explaining that the definition applies only")
        + S("Greater Solavia", "its national network of glacier stations had been funded entirely")
        + S("Rezaei-Blom", "presented a non-paper with three options for the mechanism")
        + S("Suravan", "rejected any option that would channel funds only through existing multilateral banks",
            "direct access had proved faster and cheaper")
        + S("North Maravia", "warned against creating a new fund with its own secretariat",
            "It suggested a window within an existing fund instead"),
        unattributed=U("Delegates met in plenary in the morning and in two contact groups",
                       "Several delegations stressed the need for gender-responsive language",
                       "The contact group agreed to forward a streamlined text to the plenary",
                       "Discussions on the eligibility criteria continued late into the evening",
                       "several observers wondered aloud whether the financial mechanism",
                       "Many delegates expressed relief that the definitions had finally been opened"),
        queries=Q(("glacial lakes vulnerability", "special vulnerability of communities living below glacial lakes"),
                  ("snow cover lake levels data sharing", "data on snow cover and lake levels must be shared free of charge"),
                  ("direct access multilateral banks", "channel funds only through existing multilateral banks"),
                  ("list of monitoring stations", "compile a list of existing monitoring stations"),
                  ("watershed boundaries definition", "hydrological definition based on watershed boundaries")),
    ),
    "chair-summary": dict(
        quotes=S("Ibsen", "We are not asking whether to adapt, we are asking how fast we can pay for it")
        + S("Achterberg", "A sea wall that exists only on paper protects nobody"),
        statements=S("Achterberg", "welcomed participants to Lenmark",
                     "She recalled that the storm surge of 2023 had flooded a third",
                     "the dialogue should focus on what coastal states can build together",
                     "thanked participants for a frank exchange",
                     "She noted that Calvera would present the conclusions of the dialogue")
        + S("Ibsen", "described the sea-level projections prepared for his government",
            "show that the sea defences built in the 1970s will be overtopped")
        + S("Pereira-Lund", "most coastal projects fail to reach financial close",
            "Her bank would set aside a preparation facility of 40 million euros")
        + S("Vuković", "warned that debt-financed projects could push small island economies into distress")
        + S("Tane-Whitfield", "called for grant-based finance for the most exposed states",
            "three of her country's outer islands could become uninhabitable")
        + S("Mensah-Bergström", "presented the results of a ten-year study of restored mangrove belts",
            "The mangroves had reduced wave heights by up to sixty per cent",
            "replied that the evidence was weaker and that more monitoring was needed")
        + S("El-Hadi", "satellite data on shoreline change should be treated as a public good",
            "She proposed that participating states pool their coastal elevation data"),
        unattributed=U("Ministers and senior officials from fourteen coastal states",
                       "This summary is issued under the responsibility of the Chair",
                       "found that every euro invested in nature-based protection yields",
                       "Several participants questioned whether these estimates applied to rocky coastlines",
                       "The proposal drew broad support",
                       "Participants agreed to reconvene at senior officials' level"),
        queries=Q(("preparation facility feasibility studies", "a preparation facility of 40 million euros"),
                  ("mangrove wave heights", "reduced wave heights by up to sixty per cent"),
                  ("coastal elevation data repository", "pool their coastal elevation data in a common open repository"),
                  ("storm surge port district", "flooded a third of the city's port district"),
                  ("grant-based finance exposed states", "grant-based finance for the most exposed states")),
    ),
    "devconf-blog": dict(
        quotes=S("Okonjo", "Every exactly-once guarantee I have seen ends at the boundary of somebody else's system")
        + S("Park", "Make the registry the only way to publish, or it will become a museum")
        + S("Ahlen", "Dropping work on purpose feels wrong until you have watched a system drop it by accident")
        + S("Carvalho", "If a human reads it in the morning, a batch job at midnight is real time enough"),
        statements=S("Okonjo", "walked through three incidents in which a supposedly exactly-once pipeline",
                     "Her recommendation is to design every consumer to be idempotent",
                     "conceded that they are expensive at that scale",
                     "pointed out that fraud detection and inventory systems still need low latency")
        + S("Park", "described how his team at Quarry Analytics moved from free-form JSON events",
            "the hardest part was not the tooling but persuading product teams")
        + S("Fuente", "showed a dashboard from a payments system",
            "argued that most teams discover backpressure only during an outage",
            "She recommended running a monthly game day")
        + S("Ahlen", "bounded queues at every stage, with explicit load shedding",
            "load shedding must be visible on the dashboard")
        + S("Carvalho", "presented a survey of twenty-two companies",
            "could cut their stream processing bills by half",
            "replied that he did not dispute this")
        + S("Al-Khatib", "demoed a tool that replays production")
        + S("Maartens-Oyelaran", "announced that her open-source connector library had reached version 2.0"),
        unattributed=U("The recordings will be published on the conference channel",
                       "an attendee asked whether idempotency keys were practical",
                       "The talk drew on an earlier proposal by Hedda Strand",
                       "Strand was not at the conference",
                       "The organisers announced that next year's summit will move to a larger venue",
                       "We came away convinced that the industry is slowly relearning",
                       "The conversation in the hallway kept returning to cost"),
        queries=Q(("idempotent consumers", "design every consumer to be idempotent"),
                  ("schema registry compatibility checks", "schema registry with compatibility checks"),
                  ("bounded queues load shedding", "bounded queues at every stage"),
                  ("streaming jobs reports read once a day", "fed reports that were read once a day"),
                  ("replays staging cluster", "into a staging cluster")),
    ),
    "board-minutes": dict(
        quotes=S("Benhaddou", "We have spent three years asking for this site",
                 "If we wait for a loan, somebody else buys it"),
        statements=S("Bhriain", "She notes that a quorum is present",
                     "reports on the consultation with tenants about adding a second tenant seat",
                     "She proposes that the bylaws committee draft an amendment")
        + S("Kjærgaard", "the February minutes record the wrong date",
            "asks how many homes the site could hold",
            "is concerned that the amendment would make the board too large",
            "the board should instead replace one of the appointed community seats")
        + S("Adeyemi", "moves to approve the minutes",
            "wants the board to set a floor below which reserves may not fall")
        + S("Ostendorp", "the council is willing to sell the site below market value",
            "commits it to working with community land trusts",
            "thinks it would, provided the first payment is made")
        + S("Sørlie", "asks whether the council would accept a phased payment over five years",
            "supports the proposal and offers to join the committee")
        + S("Oliveira-Grant", "recommends seeking a bridging loan from the regional housing fund")
        + S("Benhaddou", "She would rather draw on reserves and rebuild them",
            "moves that the board authorise the Executive Director to make an offer")
        + S("Menon", "the architect's sketch shows thirty-eight homes in two blocks",
            "reminds directors that conflict-of-interest declarations are due"),
        unattributed=U("The agenda is approved without changes",
                       "Motion carries, 6",
                       "No decision is taken; the item returns to the April meeting",
                       "The spring newsletter goes to print next week",
                       "Hollis to submit the offer on the Rosebank site",
                       "The meeting closes at 20:12"),
        queries=Q(("Rosebank bus garage", "the former Rosebank bus garage"),
                  ("bridging loan housing fund", "seeking a bridging loan from the regional housing fund"),
                  ("second tenant seat", "adding a second tenant seat to the board"),
                  ("conflict-of-interest declarations", "conflict-of-interest declarations are due by 31 March"),
                  ("thirty-eight homes", "thirty-eight homes in two blocks")),
    ),
    "workshop-report": dict(
        quotes=S("Ekwueme-Hart", "When people control access, they share more, not less"),
        statements=S("Väisänen", "opened the workshop by recalling that about half of the world's languages",
                     "speech recognition models trained on a few hours of recordings tend to erase",
                     "communities, not projects, should hold the rights to the recordings",
                     "is a relationship that lasts longer than any grant")
        + S("Ouédraogo", "asked the panellists how archives should handle recordings",
            "then asked whether machine transcription could reduce the cost")
        + S("Ekwueme-Hart", "presented the access protocol developed with three Igbo-speaking villages",
            "families chose the most restrictive level for fewer than one in ten recordings",
            "correction is less tiring for elderly speakers than dictation")
        + S("Quispe Mamani", "described the difficulty of reaching speakers in remote valleys",
            "He stressed that transcription work should be paid at the same rate as fieldwork",
            "automatic transcripts still require a fluent speaker to correct them")
        + S("Haddadi", "introduced an open-source toolkit for aligning recordings",
            "The toolkit had been tested on eleven languages",
            "offline tools matter because many communities do not want",
            "answered that this should depend on licence terms negotiated with each community")
        + S("Kolk", "presented a comparison of phone recognition models",
            "the error rates remain too high for unsupervised use",
            "favoured a shared licence template that archives could adapt")
        + S("Haugland", "observed that the question of consent across generations came up in every session"),
        unattributed=U("It was organised by the Tervola Centre for Language Technology",
                       "This report was prepared by the rapporteur",
                       "Members of the audience raised the question of whether consent given by one generation",
                       "The panel did not reach a common view",
                       "Participants broadly agreed that tools should be designed for communities first",
                       "A follow-up workshop is planned for 2026 in Ouagadougou"),
        queries=Q(("access levels recordings families", "each recording carries one of four access levels"),
                  ("solar-powered recorders", "sends solar-powered recorders with community members"),
                  ("offline alignment toolkit laptop", "runs on a laptop without an internet connection"),
                  ("phone recognition fine-tuned", "fine-tuned on two hours of a new language"),
                  ("licence template archives", "a shared licence template that archives could adapt")),
    ),
    "press-readout": dict(
        quotes=S("Halvorsen", "Our grids are only as strong as the supply chains that feed them",
                 "no country can secure those chains on its own",
                 "We heard a clear message today: predictability is worth more than subsidies",
                 "We intend to deliver it")
        + S("Abubakar-Nyström", "Our factories can double output in three years, but only if the orders are still there"),
        statements=S("Halvorsen", "delivery times for large power transformers have tripled since 2021",
                     "She welcomed the Council's plan to open a second transformer plant",
                     "responded that Calvera would consider multi-year framework contracts",
                     "would publish a forecast of component demand for the next ten years")
        + S("Abubakar-Nyström", "Ostreland's manufacturers are ready to expand capacity",
            "He also raised concerns about the shortage of qualified welders")
        + S("Fontaine-Mbaye", "presented the ministry's new guidance on recycled copper content",
            "the guidance sets a target of thirty per cent recycled copper"),
        unattributed=U("Secretary of Energy Margit Halvorsen met today with a delegation",
                       "The two sides agreed to convene the joint task force again in October",
                       "They also discussed apprenticeship exchanges between technical colleges",
                       "The Ostreland Trade Council represents more than four hundred manufacturers",
                       "projects a doubling of export orders by 2028"),
        queries=Q(("transformer delivery times", "delivery times for large power transformers have tripled"),
                  ("recycled copper cables", "thirty per cent recycled copper"),
                  ("welders engineers shortage", "shortage of qualified welders and electrical engineers"),
                  ("component demand forecast", "a forecast of component demand")),
    ),
    "committee-report": dict(
        quotes=S("Asare-Lind", "A right you cannot afford to exercise is not a right"),
        statements=S("Brennan-Uí Dhálaigh", "a threshold of 100 megabits would lock in copper",
                     "She urged the committee to recommend a gigabit-capable standard",
                     "the cost difference over the lifetime of the network is small",
                     "had received public subsidies for rural roll-out for fifteen years")
        + S("Asare-Lind", "many farms are located at the end of long private tracks",
            "operators routinely quote connection charges of several thousand pounds")
        + S("Marković", "should be set by reference to average connection costs",
            "around 40,000 premises would fall above any plausible threshold")
        + S("Waddington", "the fund should instead be financed from general taxation",
            "he conceded that a levy capped at one per cent of revenue")
        + S("Bennani", "the Government expected the fund to cost around 60 million a year",
            "rejected the suggestion that the threshold should be raised to gigabit speeds",
            "it would delay the scheme by at least two years",
            "She did, however, undertake to include a review clause"),
        unattributed=U("The Bill would give every household and business a legal right",
                       "The committee is grateful to all those who gave evidence",
                       "Witnesses told the committee that the proposed speed threshold was already out of date",
                       "The committee considers this a reasonable request",
                       "The committee recommends that the Bill include a duty on the Secretary of State",
                       "Members were not persuaded by the argument that a levy would inevitably raise prices"),
        queries=Q(("gigabit-capable standard", "recommend a gigabit-capable standard instead"),
                  ("private tracks connection charges", "connection charges of several thousand pounds"),
                  ("universal service fund general taxation", "financed from general taxation"),
                  ("review clause", "undertake to include a review clause in the Bill"),
                  ("levy one per cent revenue", "a levy capped at one per cent of revenue")),
    ),
}


if __name__ == "__main__":
    write(HERE, DOCS)
