#!/usr/bin/env python3
"""mkgold.py — write the judged facts of the held-out documents (*.json, the
format of the acceptance harness: quotes and statements with the judged
speaker's surname, unattributed sentences that must credit no one, and
searches) and check every snippet against `pdftotext` of its PDF: it must
occur exactly once after the harness's folding (norm). Run after make.sh.

Judging rules used here: a speaker is judged by surname (name_match
"surname"); for names with a particle (van, de, bin) the judged surname is
the last word, so that "Hendrik van der Berg" and "Berg" both match; a
negotiating party speaking in an ENB-style bulletin is its own speaker
("Norway"). Sentences whose speaker is genuinely ambiguous (two people
agreeing jointly, a talk's content restated without a cue) are not judged.
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from heldoutgold import Q, S, U, write  # noqa: E402

DOCS = {
    "inc-bulletin": dict(
        quotes=[],
        statements=S("Mwangi-Ochieng", "recalled that the group had been mandated to produce a streamlined text",
                     "invited parties to focus on options rather than restating national positions")
        + S("Norway", "called for a global list of chemicals of concern to be annexed")
        + S("Saudi Arabia", "opposed any reference to production caps",
            "arguing that the mandate from the Environment Assembly covered only")
        + S("Switzerland", "favoured a single binding annex for problematic products")
        + S("China", "preferred nationally determined action plans with voluntary targets")
        + S("European Union", "urged delegates to retain the bracketed text on design for reuse")
        + S("Ghana", "stressed that any product standards must be accompanied by technology transfer")
        + S("India", "cautioned that criteria for problematic products should be set by each party")
        + S("Berg", "suggested that the group consider a two-stage approach",
            "the secretariat would prepare a non-paper reflecting this option overnight")
        + S("Tuvalu", "highlighted that plastic debris reaching atoll shorelines")
        + S("United States", "expressed openness to a global annex if it is limited")
        + S("Saleh", "invited the group to consider a revised draft on extended producer responsibility",
            "convergence was emerging on the structure of the article")
        + S("Colombia", "informal waste pickers handle most of the collected plastic")
        + S("Brazil", "just transition provisions should not be confined to the preamble")
        + S("Japan", "proposed deleting the paragraph on deposit-return schemes",
            "such schemes are better addressed in guidance"),
        unattributed=U("The Committee met throughout the day in two contact groups",
                       "Several parties questioned whether a four-year review cycle was realistic",
                       "we are negotiating the furniture before agreeing to build the house",
                       "Others noted that the two-stage approach floated in Contact Group 1",
                       "Observers from industry associations were seen in the plenary hall",
                       "The financing consultation ran past midnight"),
        queries=Q(("deposit-return schemes guidance", "proposed deleting the paragraph on deposit-return schemes"),
                  ("informal waste pickers", "informal waste pickers handle most of the collected plastic"),
                  ("plastic debris atoll shorelines", "plastic debris reaching atoll shorelines"),
                  ("production caps mandate", "opposed any reference to production caps")),
    ),
    "minerals-readout": dict(
        quotes=S("Okonkwo-Hale", "No single country can mine, refine and recycle its way to resilience alone",
                 "We either build these supply chains together",
                 "Transparency is not a favour we do for markets",
                 "it is the price of public money"),
        statements=S("Okonkwo-Hale", "describing the concentration of refining capacity for lithium",
                     "would publish a public register of offtake agreements")
        + S("Ferreira", "producer countries must capture more of the value added at home",
            "finance processing plants in the countries where ore is extracted",
            "pointed to the experience of Brazilian niobium producers")
        + S("Hamzah", "moratorium on the export of raw rare earth ore")
        + S("Cruz", "community consent and water use remain the most common causes",
            "proposed a shared set of disclosure standards for water consumption")
        + S("Asmussen", "intends to recognize certification schemes of partner countries"),
        unattributed=U("the Department of Commerce and Industry hosted the first Ministerial Roundtable",
                       "Participants welcomed the proposal to establish a technical working group",
                       "Many underscored the need for predictable permitting timelines",
                       "underscores a shared commitment to high environmental, social and governance standards",
                       "will convene the technical working group within ninety days",
                       "will release a call for proposals for processing projects"),
        queries=Q(("niobium local refining", "pointed to the experience of Brazilian niobium producers"),
                  ("offtake agreements register", "would publish a public register of offtake agreements"),
                  ("lithium triangle water", "community consent and water use remain the most common causes"),
                  ("rare earth export moratorium", "moratorium on the export of raw rare earth ore")),
    ),
    "quill-summit": dict(
        quotes=S("Haddad", "Every time a team switches installers, they lose the one file")
        + S("Ferreira-Lind", "We ship more bytes of compiled code than of Quill code",
            "I would rather have ten functions we can trust than a thousand we cannot"),
        statements=S("Haddad", "opened the packaging block with a proposal for a single lockfile format",
                     "the fragmentation costs users far more than it costs tool authors",
                     "She showed survey results from two hundred maintainers",
                     "replied that it would, but only as an optional table")
        + S("Vries", "asked whether the format would also cover build")
        + S("Ferreira-Lind", "described the matrix of operating systems, processor",
            "the largest single saving would come from a stable subset",
            "estimated that his release pipeline would shrink by two thirds",
            "countered that the subset could start small and grow")
        + S("Okafor", "warned that a stable binary interface would freeze internal structures",
            "asked how the index would verify such a claim")
        + S("Venkataraman", "pointed out that a build backend can execute arbitrary code",
            "proposed that the package index display whether a project",
            "answered that the index could inspect the uploaded metadata"),
        unattributed=U("Every year the Quill core developers gather for a day of short talks",
                       "the talk drew on the earlier proposal by Ingeborg Lund",
                       "Several attendees raised the concern that a badge might shame small projects",
                       "The steering council has not yet taken a position on the proposal",
                       "The room was broadly supportive"),
        queries=Q(("lockfile format installers", "a proposal for a single lockfile format"),
                  ("stable binary interface", "a stable binary interface would freeze internal structures"),
                  ("declarative build install time", "whether a project's build is declarative"),
                  ("second reviewer build configuration", "second reviewer for changes to its build configuration")),
    ),
    "openmap-minutes": dict(
        quotes=S("Solberg", "The chair should chair meetings, not investigations"),
        statements=S("El-Masri", "presents the figures for the fourth quarter",
                     "expects a small deficit by the end of the second quarter",
                     "two universities have been approached and that one has replied positively")
        + S("Asante", "asks whether the foundation has considered moving the tile servers",
            "Kwame agrees with Zofia")
        + S("Solberg", "any such move would need a formal agreement on uptime",
            "she welcomes the proposal and that she would be glad to give up the role")
        + S("Wiśniewska", "the current process routes every complaint through the chair",
            "the committee would report only anonymised statistics",
            "is worried that a lightweight charter may not protect",
            "proposes that the charter be reviewed by the foundation")
        + S("Ndiaye-Martin", "supports the proposal but wonders whether three people are enough",
            "suggests a reserve list of two further members",
            "reports on the three chapters founded since January",
            "wants the council to adopt a lightweight charter")
        + S("Raghunathan", "The committee needs a budget for external mediation",
            "Its members must receive training before they take on their first case"),
        unattributed=U("The council discussed whether chapters should be able to hold funds",
                       "No decision was taken",
                       "Tariq to circulate the draft agreement with the university partner",
                       "Luc to draft the chapter charter, with review by counsel",
                       "The next meeting will take place on 9 April 2025",
                       "Approved, 5 to 0, with the reserve list added",
                       "Minutes taken by Rosa"),
        queries=Q(("code of conduct committee complaints", "routes every complaint through the chair"),
                  ("tile servers university partner", "moving the tile servers to a university partner"),
                  ("chapter charter trademark", "a lightweight charter may not protect the foundation"),
                  ("reserve list conflict of interest", "suggests a reserve list of two further members")),
    ),
    "water-forum": dict(
        quotes=S("Adeyemi-Bello", "If the data are not open, the river does not exist for the people"),
        statements=S("Kamau", "welcomed some two hundred participants from six countries",
                     "reminded the audience that the forum had started ten years earlier",
                     "announced that the next forum would be held in Mwanza")
        + S("Otieno", "the county government would table a bill on catchment protection")
        + S("Adeyemi-Bello", "argued that most water data collected with public money",
            "described a survey of forty agencies",
            "recommend a regional data charter modelled on open government",
            "low-cost sensors and trained volunteers could fill many of the gaps")
        + S("Abdi", "asked the panel how declining fish stocks were affecting households",
            "closed the panel by thanking the cooperatives for their data")
        + S("Nakato", "the average catch sold at her landing site has fallen by half",
            "disagreed with the emphasis on enforcement",
            "fishers use illegal nets when they cannot afford legal ones")
        + S("D'Souza", "attributed the decline mainly to illegal nets",
            "a net exchange programme could be piloted at three landing sites")
        + S("Habimana", "gave an overview of the treaty framework",
            "technical committees meet regularly, but their recommendations rarely reach",
            "undertook to raise the request at the next meeting")
        + S("Dijk", "described a pilot of joint water quality monitoring"),
        unattributed=U("Participants asked how small community groups without laboratory",
                       "Several participants urged the commission to publish the minutes",
                       "The forum adopted a short communiqué calling for a regional water data charter",
                       "The communiqué commits signatories to publish gauge readings within thirty days",
                       "Organised by the Lake Basins Water Trust with the Network of River Communities"),
        queries=Q(("water hyacinth breeding grounds", "the loss of breeding grounds to water hyacinth"),
                  ("net exchange programme", "a net exchange programme could be piloted"),
                  ("gauge readings machine-readable", "release their gauge readings in a machine-readable form"),
                  ("joint water quality monitoring", "a pilot of joint water quality monitoring")),
    ),
    "hearing-summary": dict(
        quotes=S("Adebayo-Klein", "Age checks are a front door",
                 "Most of the harm we measured happens in rooms that the front door does not lock")
        + S("Al-Sayed", "promised everything and measured nothing"),
        statements=S("O'Donnell-Reyes", "opened the hearing by recalling that the bill had been referred",
                     "the committee would examine in particular whether the age assurance")
        + S("Adebayo-Klein", "children encounter harmful content on general-purpose platforms",
            "presented findings from a study of three thousand secondary school students",
            "it would help only if platforms also changed the default settings",
            "the bill places too much weight on the gate")
        + S("Tan", "asked whether age assurance at account creation would reduce")
        + S("Aalst", "his members support the objectives of the bill",
            "asked the committee to recommend a phased start",
            "conceded that the association had not yet commissioned an independent estimate",
            "the code had been revised last year to include public reporting")
        + S("Al-Sayed", "questioned the witness about a recent industry code")
        + S("Halldórsdóttir", "would create large stores of sensitive data that are attractive to criminals",
            "recommended that the bill prohibit the retention of identity documents",
            "notably accuracy for people with darker skin tones"),
        unattributed=U("This summary is prepared by the committee secretariat and is not a verbatim record",
                       "Members of the committee expressed concern about the absence of an independent cost estimate",
                       "The secretariat will prepare a draft report for consideration",
                       "The hearing was adjourned at 12:40"),
        queries=Q(("facial age estimation accuracy", "notably accuracy for people with darker skin tones"),
                  ("retention of identity documents", "prohibit the retention of identity documents"),
                  ("phased start largest services", "recommend a phased start"),
                  ("recommendation systems default settings", "changed the default settings of recommendation systems")),
    ),
    "envoy-interview": dict(
        quotes=[],
        statements=S("Moreau-Diallo", "The first agreement dealt with subsidies to illegal fishing",
                     "There is a specific carve-out for small-scale and artisanal fishing",
                     "Fish stocks do not wait for our procedures",
                     "Success would be a clean text with no brackets on the core disciplines")
        + S("Osei", "You inherited a text that many people thought was finished",
            "Some delegations say the current draft treats large and small fleets",
            "Would you still use that phrase",
            "What would success look like for you at the ministerial"),
        unattributed=U("has chaired the negotiating group on fisheries subsidies since 2023",
                       "The interview has been edited for length and clarity",
                       "The current draft text runs to fourteen pages and contains twenty-three bracketed provisions",
                       "Observers expect the question of notification requirements to be settled last"),
        queries=Q(("artisanal fishing carve-out", "a specific carve-out for small-scale and artisanal fishing"),
                  ("bracketed provisions", "contains twenty-three bracketed provisions"),
                  ("overcapacity subsidies coastal state", "subsidies that contribute to overcapacity")),
    ),
}


if __name__ == "__main__":
    write(HERE, DOCS)
