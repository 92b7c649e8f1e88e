#!/usr/bin/env python3
"""mkgold.py — judged facts of the heldout6 documents (harness format:
name_match "surname"; quotes, statements, unattributed, queries), checked
against pdftotext of each PDF by heldoutgold.write(). Run after make.sh.

Judging rules: a person is judged by surname (hyphenated surnames whole:
"Vollmar-Sade", "Ndung'u-Otieno"); a role noun ("the President", "the
Commissioner", "the Chair", "the CFO", "the Chief Nurse", "the Judge",
"the witness", "Counsel for the claimant", "the chair") is judged to the one
person holding it; a first-name or handle follow-up ("Sunniva",
"@tadeomi") to that person; a country speaking as such ("Malawi") is its own
speaker. Content restated without a cue, and joint subjects, are not judged.
Collectives (ministers, delegations, Members, the Board, participants),
anonymous people ("one participant", "a former minister", "a shareholder who
did not give her name", audience members), documents, decisions, action
items and the author's own voice are judged unattributed. Under the Chatham
House Rule only the named chair and the on-the-record keynote are credited.
Quotes repeated verbatim in a pull quote are not judged (they occur twice).
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from heldoutgold import Q, S, U, write  # noqa: E402

DOCS = {
    "ep-plenary": dict(
        quotes=S("Wielgórecki", "more aspiration than plan", "robust but useful")
        + S("Vollmar-Sade", "If a mine in Portugal needs eleven stamps, we have already lost the race")
        + S("Armand-Lutz", "Partnership means we build the refinery there, not only the hole in the ground")
        + S("Peltomäki", "counting tonnes instead of counting years")
        + S("Quennell", "the old colonial pattern with a green logo"),
        statements=S("Ilvesvaara", "reminded the House that the debate would be followed by a vote",
                     "reminded Members that blue-card questions had to be requested in advance")
        + S("Wielgórecki", "the Union still imported more than ninety per cent of its rare earths",
            "would publish a list of strategic projects before the summer",
            "labour standards were already written into the draft partnership with Namibia",
            "the Commission's position had not changed and that it supported a precautionary pause",
            "undertook to report back to the ITRE committee in June")
        + S("Vollmar-Sade", "warned that the timetable was already slipping",
            "national authorities were duplicating environmental assessments already carried out")
        + S("Brătescu", "faster permits could not come at the expense of local communities",
            "the village of Ruda Mică had been promised jobs a decade ago",
            "called for a binding benefit-sharing clause in every strategic project")
        + S("Armand-Lutz", "the Union should sign raw-materials partnerships with producing countries on equal terms",
            "added that the Parliament should insist on a review clause")
        + S("Peltomäki", "the most reliable mine was the one already in Europe's landfills",
            "raise the recycled-content target to twenty-five per cent")
        + S("Kęsik", "the proposal gave the Commission too much say over national mining law",
            "would not accept a Brussels veto over its own deposits",
            "he had read it twice, which was exactly why he was worried")
        + S("Quennell", "asked whether Mr Kęsik had read Article 9",
            "whether the partnerships would include enforceable labour standards")
        + S("Serracant", "urged a moratorium until the science was settled")
        + S("Hallgrímsson", "a dedicated fund for exploration geologists would do more than any moratorium"),
        unattributed=U("the verbatim report of proceedings in the original languages is authoritative",
                       "A number of Members from coastal regions raised the issue of deep-sea mining",
                       "Several Members asked about stockpiling; the question was not taken up in the reply",
                       "to applause from the centre of the Chamber",
                       "Motions for resolutions to be tabled under Rule 132(2)",
                       "The President closed the debate at 17.14"),
        queries=Q(("deep-sea mining moratorium", "urged a moratorium until the science was settled"),
                  ("permitting deadline strategic projects", "promised that permitting for those projects would not exceed twenty-seven months"),
                  ("recycled content target landfill", "raise the recycled-content target to twenty-five per cent"),
                  ("labour standards Namibia partnership", "labour standards were already written into the draft partnership with Namibia"),
                  ("benefit-sharing local communities mining", "called for a binding benefit-sharing clause in every strategic project")),
    ),
    "au-ministerial": dict(
        quotes=S("Mbanefo-Kalu", "not by the length of its communiqué but by the number of trucks that cross a border in one day instead of four")
        + S("Osei-Mensah", "a promise still written in pencil")
        + S("Ndung'u-Otieno", "A truck inspected in Mombasa should not be inspected again in Malaba, Kampala and Kigali")
        + S("El-Gammal", "a warehouse of good intentions"),
        statements=S("Mbanefo-Kalu", "intra-regional trade still accounted for less than a fifth of the continent's total trade",
                     "expressed gratitude to the Government of Rwanda for its hospitality",
                     "encouraged Member States in arrears to settle their contributions",
                     "the next meeting would take place in Lusaka",
                     "expected the costed plan to be on the table by then")
        + S("Osei-Mensah", "eleven of the nineteen one-stop border posts foreseen in the work plan were now operational",
            "the remainder had been delayed by financing gaps",
            "appealed to Member States to pay their assessed contributions")
        + S("Woldemichael", "proposed that Member States harmonise axle-load limits before the end of the year")
        + S("Ndung'u-Otieno", "harmonisation must be accompanied by mutual recognition of vehicle inspections")
        + S("Chanda-Banda", "her country had borrowed heavily for road works",
            "requested that the Secretariat prepare a costed plan with grant financing options")
        + S("Diallo-Sow", "warned that fertiliser prices had doubled in three years",
            "a joint procurement pilot had lowered prices by an estimated fourteen per cent")
        + S("Ba-Ndiaye", "her Government was ready to host the regional fertiliser blending hub")
        + S("Malawi", "indicated that it would join the pilot in the next season")
        + S("El-Gammal", "any regional grain reserve should be managed on commercial principles"),
        unattributed=U("Ministers and deputy ministers from thirty-one Member States attended",
                       "Several delegations welcomed the Ethiopian proposal; others asked for more time",
                       "Ministers broadly agreed that border delays remain the single largest non-tariff cost",
                       "There was strong support for joint procurement of fertiliser",
                       "Some delegations expressed reservations about a binding timetable",
                       "does not necessarily reflect the agreed views of all participants",
                       "Requests the Secretariat to prepare a costed weighbridge plan with grant options"),
        queries=Q(("axle-load harmonisation", "proposed that Member States harmonise axle-load limits before the end of the year"),
                  ("fertiliser joint procurement prices", "a joint procurement pilot had lowered prices by an estimated fourteen per cent"),
                  ("one-stop border posts operational", "eleven of the nineteen one-stop border posts foreseen in the work plan were now operational"),
                  ("grain reserve commercial principles", "any regional grain reserve should be managed on commercial principles"),
                  ("fertiliser blending hub host", "her Government was ready to host the regional fertiliser blending hub")),
    ),
    "wg-call": dict(
        quotes=S("Grøtterud", "It's not a leak, it's a queue that never drains",
                 "If you want an easy win, the docs are the easy win")
        + S("Marqués-Ilunga", "We'd be telling people to migrate to something that can't do what they need"),
        statements=S("Achterberg", "the regression was reproducible on any cluster with more than ten thousand snapshots",
                     "suggested a point release rather than waiting for 3.8",
                     "the steering committee has asked WGs to give at least two minor releases of notice")
        + S("Grøtterud", "she had bisected it down to the change that moved reference counting",
            "She suspects the worker gives up after a timeout and never requeues",
            "deprecate in 3.8 with warnings, remove no earlier than 4.0",
            "pointed newcomers to the good-first-issue label",
            "the docs for the snapshot controller are badly out of date")
        + S("Marqués-Ilunga", "asked whether anyone had numbers from production",
            "wanted to know if the cron workaround was documented anywhere",
            "argued strongly against deprecating before raw block attach is GA",
            "he could live with that as long as the condition is written into the KEP")
        + S("Chettiar", "sees GC lag of about six hours on their biggest clusters",
            "she thinks a deprecation warning costs nothing and gives users a year of notice",
            "the CSI sidecar bumps always land late and should be treated as a blocker")
        + S("Brennecke", "would prefer a single clear cut-over date over a rolling deprecation",
            "whether the freeze date accounts for the Easter holidays in Europe",
            "he was mostly there to listen")
        + S("Kowalczyk-Hale", "the v2 API covers everything except raw block attach",
            "code freeze is planned for 24 March",
            "admitted it did not and said she would check with the release team"),
        unattributed=U("these notes are a summary, not a transcript",
                       "This has been discussed on the mailing list for two months",
                       "ship the GC fix as 3.7.2 instead of waiting for 3.8",
                       "open PR with the requeue fix for #4412",
                       "write up the cron workaround in the troubleshooting guide",
                       "Nobody objected",
                       "Co-chair rotation: Obinna runs the next one"),
        queries=Q(("snapshot GC regression bisect", "she had bisected it down to the change that moved reference counting"),
                  ("v1 volume API deprecation compromise", "deprecate in 3.8 with warnings, remove no earlier than 4.0"),
                  ("code freeze Easter holidays", "whether the freeze date accounts for the Easter holidays in Europe"),
                  ("GC lag production clusters", "sees GC lag of about six hours on their biggest clusters")),
    ),
    "agm-report": dict(
        quotes=S("Sæverud-Holm", "the most demanding and the most rewarding in the company's forty-year history")
        + S("Okonkwo-Brandt", "We would rather be the second-largest and the most profitable than the largest and the most exhausted",
            "an expensive lesson in commissioning")
        + S("Kvamsdal-Ruud", "Executives should be paid for the value they create, not for the size of the ship they steer"),
        statements=S("Sæverud-Holm", "shareholders representing 71.4 per cent of the share capital were present",
                     "the remuneration committee would review the metrics before next year's meeting",
                     "The Chair said there were no such plans",
                     "noted that the minutes would be published on the company's website within fifteen days")
        + S("Okonkwo-Brandt", "the order backlog stood at a record level",
            "acknowledged that the delay to the sonar production line",
            "He expects the line to reach full capacity in the third quarter",
            "no customer penalties had been triggered")
        + S("Aamodt", "the operating margin had improved to 11.8 per cent",
            "warned that currency effects would weigh on the first half",
            "confirmed the Board's proposal of a dividend of NOK 3.40 per share",
            "the Board preferred the flexibility of a buyback")
        + S("Rishaug", "asked why the company had not paid a special dividend")
        + S("Kvamsdal-Ruud", "the plan rewarded revenue growth instead of return on capital",
            "the association would vote against it")
        + S("Ostrowski-Lind", "whether any penalties had been incurred"),
        unattributed=U("asked whether the company intended to list in London",
                       "All resolutions were passed by the required majority",
                       "Proxy votes had been received from 412 shareholders",
                       "two shareholders were appointed to co-sign the minutes",
                       "who retired in December after thirty-one years with the company",
                       "had completed its first fully autonomous mapping mission"),
        queries=Q(("dividend per share proposal", "confirmed the Board's proposal of a dividend of NOK 3.40 per share"),
                  ("incentive plan return on capital", "the plan rewarded revenue growth instead of return on capital"),
                  ("sonar production line delay", "acknowledged that the delay to the sonar production line"),
                  ("special dividend buyback", "the Board preferred the flexibility of a buyback")),
    ),
    "trust-board": dict(
        quotes=S("Pelly", "We rang four numbers and nobody knew where he was")
        + S("Ekwueme-Stroud", "The corridor is not a ward, and I do not want us ever to get used to it")
        + S("Vasquez-Orme", "I would rather tell you we do not yet know than tell you it is fine"),
        statements=S("Pelly", "nobody had told the family for nine hours",
                     "families be given a single contact number on admission")
        + S("Tallis", "thanked Mrs Pelly and apologised on behalf of the Trust",
            "a ward-transfer notification had been piloted on two wards",
            "undertook to bring the family-contact audit back in six months")
        + S("Sandhu-Kerr", "asked how the Board would know whether the change had worked",
            "challenged the reliance on one-off savings and asked for a recurrent plan")
        + S("Ekwueme-Stroud", "emergency department four-hour performance had improved to 71 per cent",
            "had freed an average of fourteen beds a day",
            "confirmed capital funding for the second CT scanner",
            "winter escalation beds would stay open until the end of March")
        + S("Dzikowski", "welcomed the improvement but questioned whether it would survive the spring")
        + S("Vasquez-Orme", "the summary hospital-level mortality indicator remained within the expected range",
            "antibiotics were too often prescribed but not given within the hour",
            "an electronic alert would go live on 1 March",
            "elective activity had dropped but that she had seen no evidence of harm")
        + S("Brannigan", "whether junior doctors' industrial action had affected the results",
            "proposed that BAF-11 be escalated given the theatre closure in January")
        + S("Featherstonehaugh", "reported a year-to-date deficit of £6.1 million",
            "would not meet its control total without further non-recurrent measures"),
        unattributed=U("No new declarations of interest were made",
                       "were approved as an accurate record",
                       "The Board agreed to increase the score to 20 pending the estates survey",
                       "Date of next meeting: Thursday 5 March",
                       "The Company Secretary presented the updated risk register",
                       "Two risks were scored at 20 or above"),
        queries=Q(("sepsis antibiotics delay", "antibiotics were too often prescribed but not given within the hour"),
                  ("family contact ward transfer", "a ward-transfer notification had been piloted on two wards"),
                  ("deficit agency staffing", "reported a year-to-date deficit of £6.1 million"),
                  ("theatre ventilation risk", "proposed that BAF-11 be escalated given the theatre closure in January"),
                  ("discharge lounge beds", "had freed an average of fourteen beds a day")),
    ),
    "conf-blog": dict(
        quotes=S("Marchetti-Duval", "We plan for the water to stop, and it never does")
        + S("Bergsvåg-Nunes", "mostly ignored in the first year")
        + S("Trevithick", "We told people the line would be held, and we knew it wouldn't be")
        + S("Raghunathan", "a map nobody can run is a map nobody trusts"),
        statements=S("Marchetti-Duval", "coastal planning still treats relocation as a failure rather than a design choice",
                     "every successful relocation she had studied started with the people who would move")
        + S("Amponsah-Reyes", "dam construction upstream had cut the sediment supply to the coast by roughly three quarters",
            "no seawall would fix a problem that began two hundred kilometres inland")
        + S("Bergsvåg-Nunes", "her institution now requires a retreat option in every coastal infrastructure appraisal",
            "appraisal teams were slowly learning to take it seriously")
        + S("Lindqvist-Obi", "asking each panellist to name one thing their own sector had got wrong",
            "doing nothing was the only policy every government had fully funded")
        + S("Trevithick", "local government had spent twenty years promising residents protection it could not afford",
            "honest pricing meant pensioners losing the only asset they owned")
        + S("Ostendorf-Paz", "insurers were not abandoning coastal towns but pricing risk honestly",
            "public reinsurance schemes kept people in harm's way",
            "provided the buy-outs happened before the flood and not after")
        + S("Whitecloud-Baird", "Indigenous coastal communities had been relocating for centuries",
            "any national retreat fund reserve a share")
        + S("Aarnseth", "every European coastal municipality would need a relocation plan on file",
            "spend less time refining projections and more time in town halls"),
        unattributed=U("I found this the most sobering talk of the conference",
                       "any mistakes in reporting are mine",
                       "asked whether anyone had modelled the cost of doing nothing",
                       "wanted to know if the panellists saw a role for buy-out schemes",
                       "The room went quiet for a moment",
                       "sediment budgets belong in every local study",
                       "Prof. Marchetti-Duval during the opening keynote"),
        queries=Q(("managed retreat keynote", "coastal planning still treats relocation as a failure rather than a design choice"),
                  ("Volta delta sediment dams", "dam construction upstream had cut the sediment supply to the coast by roughly three quarters"),
                  ("insurers pricing coastal risk", "insurers were not abandoning coastal towns but pricing risk honestly"),
                  ("open flood mapping tool", "demonstrated an open flood-mapping tool that runs on a laptop"),
                  ("Indigenous communities relocation", "Indigenous coastal communities had been relocating for centuries")),
    ),
    "tribunal-hearing": dict(
        quotes=S("Dunmore", "After the email, it was like I had a target on my back")
        + S("Mallinson", "an attempt to turn an IT problem into a conspiracy"),
        statements=S("Sorensen-Brook", "she had first raised the claimant's timekeeping with him in March",
                     "she had not been aware of any complaint about fire doors until after the dismissal",
                     "the witness accepted that an email forwarded to her on 2 May",
                     "she conceded that the second written warning had been issued eight days after that email",
                     "could not name another supervisor who had received more than one warning")
        + S("Ashdown-Fell", "put it to her that she had read the email",
            "the respondent had failed to produce the depot's fire-safety log",
            "invited the Tribunal to draw an adverse inference")
        + S("Calloway-Nwosu", "asked the witness whether the timekeeping policy had been applied to other supervisors",
            "the loss of a document in the respondent's control was a matter the Tribunal could take into account",
            "declined to rule on the inference until all the evidence had been heard",
            "directed the respondent to file a witness statement from its IT manager",
            "the Tribunal would reserve its judgment")
        + S("Dunmore", "finding pallets stacked against the fire doors on the night shift",
            "reported it verbally at least five times before putting it in writing",
            "most of those occasions were under ten minutes",
            "his union representative had advised him to keep the grievance short")
        + S("Mallinson", "the claimant had been late on fourteen occasions",
            "why he had not mentioned the fire doors in his grievance",
            "the log had been lost in a server migration"),
        unattributed=U("The respondent denies that the disclosures played any part",
                       "It does not form part of the reasons for any decision",
                       "who is expected to give evidence by video from Spain",
                       "Closing submissions are listed for Thursday morning",
                       "Before the lunch adjournment there was a short argument about the respondent's disclosure",
                       "was a warehouse shift supervisor at the respondent's Castleford depot"),
        queries=Q(("fire-safety log lost server migration", "the log had been lost in a server migration"),
                  ("adverse inference disclosure", "invited the Tribunal to draw an adverse inference"),
                  ("pallets fire doors night shift", "finding pallets stacked against the fire doors on the night shift"),
                  ("second written warning after email", "she conceded that the second written warning had been issued eight days after that email")),
    ),
    "roundtable": dict(
        quotes=S("Põldmaa", "We discovered very late that a frequency is a foreign policy"),
        statements=S("Harrow-Vane", "framing two questions: whether synchronisation had reduced or simply relocated vulnerability",
                     "She noted three themes: the need for a shared crisis scenario")
        + S("Põldmaa", "synchronisation was regarded by many of his colleagues as a technical project",
            "the real test of the project would come in the first winter of high demand",
            "the region still lacked a shared plan for that scenario",
            "treat the Baltic Sea cables as a collective responsibility",
            "the cost of patrolling the seabed was small compared with the cost of a single week"),
        unattributed=U("synchronisation had removed a lever of political pressure but created a new category of physical targets",
                       "governments had been too slow to accept that cable incidents were not accidents",
                       "specialised vessels are few, and a single cable repair can take several weeks",
                       "allowed to recover the cost of spare cable stocks through network tariffs",
                       "the relevant instruments were spread across at least four directorates",
                       "a job for navies, not for balance sheets",
                       "operators had underinvested in redundancy for years",
                       "would accept higher defence spending on the seabed only if the threat was clearly communicated",
                       "security requirements should be written into the design stage rather than added later",
                       "the most beautiful targets in Europe",
                       "The EU should designate a single coordinator for undersea infrastructure protection",
                       "views expressed are those of individual participants, not of the Institute",
                       "There was broad agreement that the current funding model was inadequate"),
        queries=Q(("undersea cable repair vessels", "specialised vessels are few, and a single cable repair can take several weeks"),
                  ("frequency foreign policy", "We discovered very late that a frequency is a foreign policy"),
                  ("who pays seabed protection", "a job for navies, not for balance sheets"),
                  ("spare cable stocks tariffs", "allowed to recover the cost of spare cable stocks through network tariffs"),
                  ("hydrogen pipeline security design", "security requirements should be written into the design stage rather than added later")),
    ),
}

if __name__ == "__main__":
    write(HERE, DOCS)
