#!/usr/bin/env python3
"""mkgold.py — judged facts of the heldout9 documents (harness format, name_match "surname").
Run after make.sh; writes ./*.json and checks every snippet occurs exactly once in pdftotext.

Judging: a person by surname (the last words of the name: "Sáez", "N'Diaye-Brandt"); a party
in the bulletin is its own speaker also when it speaks "for the GROUP"; role nouns ("the
Chair", "the Executive Director", "Counsel", "the Minister", "the President") go to the one
holder; the mover of a motion is credited with it; a rapporteur is credited with what she or
he says the group agreed ("Reporting for Group A, Dr Valtonen said ..."), while bare "The group
recommended ..." is collective and unattributed; in the transcript every turn after a speaker
label is the labelled speaker's (judged as statements: no quotation marks), named reporters'
questions are the reporter's, an anonymous "Q:" is unattributed. A quote repeated as a pull
quote is not judged (it would occur twice). "Asked by A whether ..., B replied" sentences judge
B's answer only.
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from heldoutgold import Q, S, U, write  # noqa: E402

DOCS = {
    "care-conference": dict(
        quotes=S("Saarvik", "We have spent thirty years telling women to lean in, and very little time asking who is holding everything they put down",
                 "Next year I would like us to come back with numbers, not only good intentions")
        + S("Kvaratadze", "We are not finished, and we know it")
        + S("Morrow-Lind", "Care is the infrastructure that every other infrastructure quietly depends on")
        + S("Petković", "Care credits are cheap compared with the poverty they prevent"),
        statements=S("Saarvik", "recalled that unpaid care still falls overwhelmingly on women",
                     "pension systems built around unbroken careers quietly penalise anyone",
                     "announced that the Secretariat would publish a compendium of national care-credit rules")
        + S("Kvaratadze", "extend paid carers' leave to ten working days a year", "acknowledged that take-up among men remained low")
        + S("Morrow-Lind", "traced how the value of unpaid care disappears from national accounts",
            "she estimated that unpaid care in the region would amount to between 15 and 22",
            "publish a satellite account for unpaid care alongside their quarterly growth figures",
            "Policy, in her view, follows what is measured")
        + S("Wierzbic", "asked why time-use surveys were still carried out so rarely")
        + S("Haddouche", "women spending on average five hours a day on unpaid domestic and care work",
            "The survey had been repeated after an interval of eleven years")
        + S("Oyelaran-Pike", "cautioned that national averages hide the heaviest burdens",
            "He called for survey samples large enough to see those households")
        + S("Thorvaldsdóttir", "non-transferable parental leave quotas had done more to change fathers' behaviour",
            "the reform had been contested at first but was now defended by all the main parties")
        + S("Benedetti-Ruiz", "women in the region retire with pensions roughly a third lower than men's")
        + S("Petković", "periods spent caring for a child under three are counted as contributory years",
            "the credits were calculated on the minimum wage and therefore did little")
        + S("N'Diaye-Brandt", "the care gap could not be closed through pensions alone",
            "calling for sectoral collective agreements covering home-care workers",
            "migrant domestic workers were frequently excluded from social insurance altogether")
        + S("Ockenden", "voluntary top-up schemes with a state contribution could reach carers",
            "he accepted that uptake among low earners had so far been disappointing")
        + S("Armenia", "whether care credits could be extended to grandparents"),
        unattributed=U("brought together some 240 participants from 38 countries",
                       "This report summarises the discussions under the Chatham House-style convention",
                       "Time-use surveys should be conducted at least every five years",
                       "Care credits should be calculated on a reference wage closer to average earnings",
                       "Voluntary private schemes are not a substitute for statutory coverage",
                       "It was pointed out from the floor that several countries already credit grandparental care",
                       "its venue is yet to be confirmed"),
        queries=Q(("care credits grandparents", "whether care credits could be extended to grandparents"),
                  ("time-use survey Morocco women hours", "women spending on average five hours a day"),
                  ("unpaid care satellite account GDP", "publish a satellite account for unpaid care"),
                  ("parental leave quotas fathers Iceland", "non-transferable parental leave quotas had done more"),
                  ("home-care workers collective agreements", "sectoral collective agreements covering home-care workers")),
    ),
    "minerals-readout": dict(
        quotes=S("Whitcombe-Harlan", "No single country can mine, refine and recycle its way to security alone")
        + S("Kamau-Odhiambo", "We cannot negotiate fairly over what we have not yet been able to see"),
        statements=S("Whitcombe-Harlan", "opened the meeting by thanking partners for the progress made since the spring",
                     "concentration in the processing of lithium, graphite and rare earth elements",
                     "closed the dinner by thanking the President of the World Minerals Forum")
        + S("Tallis", "new production tax credit for processed minerals",
            "offtake agreements with fair price floors would matter more to investors than grants")
        + S("Sáez", "producing countries wanted to move up the value chain",
            "stronger commitments on water use in mining regions")
        + S("Moritaka", "welcomed the proposal for a joint stockpiling facility",
            "stockpiles only helped if partners agreed in advance on the rules")
        + S("Kamau-Odhiambo", "reaffirmed Kenya's commitment to transparent licensing",
            "less than a fifth of Kenya's territory had been surveyed")
        + S("Marcoux-Delisle", "highlighted recent permitting reforms")
        + S("Albrecht-Hohl", "European partners were preparing a joint recycling standard for battery materials"),
        unattributed=U("The meeting followed the technical consultations held in Lisbon in September",
                       "The ministers agreed to task their officials with drafting terms of reference",
                       "welcomed Indonesia's offer to host the 2026 ministerial",
                       "They also took note of the report of the working group on responsible sourcing",
                       "hosted ministers and senior officials from eleven partner countries",
                       "Rahmat Sudarsono, Vice Minister of Energy and Mineral Resources, Indonesia"),
        queries=Q(("stockpiling facility release rules", "stockpiles only helped if partners agreed in advance"),
                  ("geological mapping Kenya", "less than a fifth of Kenya's territory had been surveyed"),
                  ("water use mining Atacama", "stronger commitments on water use in mining regions"),
                  ("production tax credit refinery Western Australia", "new production tax credit for processed minerals")),
    ),
    "ocean-bulletin": dict(
        quotes=[],
        statements=S("Ekström-Baptista", "reminded delegates that the session had only three working days left",
                     "She urged the contact groups to focus on the provisions")
        + S("Monteverdi", "pledges to the participation trust fund covered barely half")
        + S("Brazil", "called for the instrument to include a dedicated financial mechanism")
        + S("European Union", "preferred to draw on existing funds rather than create a new one")
        + S("Tuvalu", "small island economies depend on reef fisheries")
        + S("Saudi Arabia", "opposed any reference to quiet-ship standards in the core obligations")
        + S("Norway", "supported a global target to reduce average noise levels")
        + S("Brevik", "invited comments on a co-chairs' proposal for a network of regional listening stations")
        + S("New Zealand", "data from naval hydrophones could be shared on a voluntary basis")
        + S("China", "cautioned that military data must remain outside the scope")
        + S("United States", "could nevertheless support voluntary sharing of aggregated data")
        + S("Colombia", "proposed species-specific exposure limits for cetaceans")
        + S("India", "objected to numerical thresholds in the body of the instrument")
        + S("Switzerland", "supported the annex approach as a possible compromise")
        + S("Mushonga", "the annex approach appeared to command broad support")
        + S("Ocean Acoustics Watch", "lamented that the discussion had focused on what could be measured")
        + S("Argentina", "without predictable finance, developing countries would not be able to install monitoring")
        + S("Japan", "favoured a voluntary fund under the secretariat", "contributions from the shipping industry should also be explored")
        + S("Egypt", "rejected any option that relied solely on voluntary contributions")
        + S("Canada", "suggested a levy on the largest vessels")
        + S("Adu-Lartey", "proposed that the co-chairs prepare a non-paper setting out three options"),
        unattributed=U("delegates met in plenary in the morning to hear progress reports",
                       "A stocktaking plenary is scheduled for Friday",
                       "the group continued its reading of the section on monitoring",
                       "an idea that several delegates greeted with visible scepticism",
                       "many delegates admitted they had expected more movement by mid-week",
                       "one long-time observer wondered aloud whether the levy had been floated",
                       "the question in the corridors was whether Friday's stocktaking would bring"),
        queries=Q(("quiet ship standards IMO", "opposed any reference to quiet-ship standards"),
                  ("naval hydrophones data sharing", "data from naval hydrophones could be shared"),
                  ("thresholds annex Conference of the Parties", "placing them in an annex that could be updated"),
                  ("shipping levy largest vessels", "suggested a levy on the largest vessels"),
                  ("reef fisheries small islands", "small island economies depend on reef fisheries")),
    ),
    "quillon-summit": dict(
        quotes=S("Achterberg-Lumley", "If we ship this, we own the error messages forever")
        + S("Ferreira-Nakamura", "Deprecation warnings that never end are just decoration"),
        statements=S("Etxeberria", "proposal to make module imports lazy by default behind a flag",
                     "startup time fell from 410 ms to 160 ms",
                     "the earlier attempts had failed because they changed the semantics",
                     "the traceback would show both the import site and the first attribute access",
                     "Marisol wanted to know whether the steering council would have to approve")
        + S("Zawadzki-Holm", "Piotr asked how tracebacks would look when a lazily imported module failed",
            "shrinking qn_frame_t from 96 to 64 bytes",
            "gave a 4 to 6 per cent speed-up",
            "debuggers reading frames directly from memory will break",
            "Piotr agreed that this was the right approach")
        + S("Achterberg-Lumley", "worried that library authors would be blamed for bugs",
            "at least two scientific libraries with millions of downloads")
        + S("Svendborg", "whether a versioned layout descriptor could be exported for tools",
            "pairing each new release manager with a deputy from a different time zone")
        + S("Ferreira-Nakamura", "the time had come to remove __legacy_eq__",
            "fewer than forty projects still defining it",
            "offered to open pull requests against those libraries himself")
        + S("Kessler-Ibe", "about two thirds of the public functions were now annotated",
            "asked for volunteers to review the stub changes")
        + S("Okafor-Lind", "described the strain of running three release branches at once",
            "release managers serve for two minor versions instead of three",
            "the last two release managers had both stepped back",
            "she intended to submit the proposal in writing"),
        unattributed=U("they are not verbatim, and speakers have had the chance to correct them",
                       "34 core developers in the room and a handful dialling in",
                       "Discussion was brief but supportive",
                       "The afternoon was spent in unstructured working groups",
                       "The lazy-imports group agreed to run the flag against the top 500 packages",
                       "A summary of the frame layout discussion will be posted to the developers' forum"),
        queries=Q(("lazy imports startup time", "startup time fell from 410 ms to 160 ms"),
                  ("frame layout debuggers", "debuggers reading frames directly from memory will break"),
                  ("deprecated since version 2.4", "which has been deprecated since version 2.4"),
                  ("release manager term two minor versions", "release managers serve for two minor versions instead of three"),
                  ("type annotations io module overloaded", "overloaded signatures that the type checker could not yet express")),
    ),
    "board-minutes": dict(
        quotes=[],
        statements=S("Ashgrove", "moved to approve the minutes of the 9 April meeting",
                     "the Chair suggested that Counsel prepare a short note on the legal implications")
        + S("Constantinescu", "corporate membership had grown to 61 organisations",
            "the staff would focus on mid-sized members",
            "the security audit of the package signing service had been completed",
            "both members had cited budget cuts rather than policy concerns")
        + S("Kirkbride", "asked whether the downgrades were linked to the recent licence discussion")
        + S("Achterberg", "expenses were running 8 per cent under budget",
            "holding the unspent funds in reserve",
            "moved that the board approve the revised 2025 budget as presented")
        + S("Takahara-Cole", "questioned the growth in legal costs")
        + S("Abernethy", "most of the increase related to the trademark dispute")
        + S("Vasconcelos", "maintainers from five different employers",
            "attract contributors from public-sector users")
        + S("Lowell", "two of the five employers accounted for nearly 90 per cent of commits")
        + S("Vondráčková", "graduation be approved subject to a review of contributor diversity",
            "moved to approve the graduation of the Tessera project")
        + S("Benmoussa", "raised the question of whether board meetings should be recorded"),
        unattributed=U("The agenda was approved without changes",
                       "Several directors expressed reservations about recording",
                       "It was agreed to return to the matter in June",
                       "to circulate the outreach plan for mid-sized members by 31 May",
                       "to prepare a note on recording board meetings before the June meeting",
                       "to update the project registry to show Tessera as graduated",
                       "The next regular meeting will be held on 11 June 2025"),
        queries=Q(("Tessera graduation diversity review", "subject to a review of contributor diversity after twelve months"),
                  ("legal costs trademark dispute", "most of the increase related to the trademark dispute"),
                  ("platinum members downgrade", "two platinum members had signalled they would downgrade"),
                  ("security audit package signing", "security audit of the package signing service")),
    ),
    "committee-evidence": dict(
        quotes=S("Fenwick-Osei", "We are being asked to run a public service on a commercial balance sheet")
        + S("Castellane", "I understand the scepticism, and I intend to prove it wrong"),
        statements=S("Brennock", "asking the witnesses how many rural routes had been lost since 2015",
                     "asking the Minister whether the Government accepted that rural bus services were in decline",
                     "would write to the Department asking for the allocation formula")
        + S("Prothero", "roughly one in four supported routes in rural England",
            "the last bus now left before the end of the school day",
            "the booking app had been used by fewer than forty regular passengers",
            "funding competitions rewarded authorities that could afford bid writers",
            "many stops in her members' areas were little more than a pole")
        + S("Fenwick-Osei", "operators were not withdrawing routes lightly",
            "Driver wages had risen by nearly a fifth in two years",
            "demand-responsive minibuses worked well as feeders",
            "one-year grants made it impossible to recruit drivers")
        + S("Okonjo", "asked whether demand-responsive services could replace fixed routes")
        + S("Jevons", "questioned whether funding should go to local authorities",
            "put it to the Minister that the strategy had been promised twice before")
        + S("Trevithick", "raised concerns about the accessibility of rural bus stops")
        + S("Castellane", "did not accept that picture in every region",
            "publish a rural connectivity strategy in the autumn",
            "the cap would remain in place until at least the end of 2026")
        + S("Mandalay-Scott", "pressed the Minister on when the fare cap would be reviewed")
        + S("Ruddle", "working on three-year settlements for local transport authorities",
            "the length of settlements depended on the outcome of the spending review",
            "the current allocation formula did not weight rurality explicitly"),
        unattributed=U("This summary has been prepared by the committee staff",
                       "It is not an official record of proceedings and does not represent the views",
                       "The Committee expects to report before the end of the year",
                       "Sir Alastair Brennock (Chair); Rachel Okonjo; Declan Jevons",
                       "Gwenllian Prothero, Chief Executive, Rural Transport Alliance; Darius"),
        queries=Q(("demand-responsive booking app pilot", "the booking app had been used by fewer than forty regular passengers"),
                  ("fare cap review 2026", "the cap would remain in place until at least the end of 2026"),
                  ("allocation formula rurality", "did not weight rurality explicitly"),
                  ("driver wages fare cap revenue", "Driver wages had risen by nearly a fifth in two years")),
    ),
    "freshwater-workshop": dict(
        quotes=S("Ngata-Holmberg", "We have been asking fish to solve an engineering problem")
        + S("Marchetti-Sand", "Let us meet again next year with fewer barriers and better data"),
        statements=S("Szczepanik-Rowe", "removal of small weirs had restored migratory fish runs faster",
                     "sediment released after removal could smother downstream spawning gravels",
                     "typically cost less than a decade of maintaining a fish pass")
        + S("Ngata-Holmberg", "depended more on turbine speed than on fish size",
            "Mortality at the sites he studied ranged from 8 to 36 per cent")
        + S("Valtonen", "baseline surveys should begin at least two years before any removal",
            "projects lose their before-and-after comparison",
            "she doubted environmental DNA could yet replace electrofishing")
        + S("Kjærsgaard", "voluntary agreements with hydropower operators as more productive than litigation",
            "seasonal flow releases had been negotiated without any change in licence")
        + S("Pettersson-Adeyemi", "restored connectivity might also help invasive species spread upstream",
            "the risk was real but was often used as an excuse for inaction")
        + S("Marchetti-Sand", "the Council would consider a statement at its September meeting",
            "The President acknowledged that access",
            "explore a data-sharing agreement with the main consultancies"),
        unattributed=U("About ninety members of the Society met in Uppsala",
                       "Participants divided into three groups, each with a chair and a rapporteur",
                       "The group recommended that the Society draft a minimum monitoring protocol",
                       "There was no consensus on whether the Society should take public positions",
                       "The group proposed a joint session with the Society's invasive species section",
                       "A student member asked how early-career researchers could gain access",
                       "The Programme Committee will draft a minimum monitoring protocol for barrier removal projects"),
        queries=Q(("eel turbine mortality", "depended more on turbine speed than on fish size"),
                  ("environmental DNA electrofishing", "she doubted environmental DNA could yet replace electrofishing"),
                  ("invasive species connectivity", "restored connectivity might also help invasive species spread upstream"),
                  ("cost weir removal fish pass", "typically cost less than a decade of maintaining a fish pass"),
                  ("hydropower voluntary agreements litigation", "voluntary agreements with hydropower operators as more productive than litigation")),
    ),
    "flood-press": dict(
        quotes=[],
        statements=S("Halvorsen-Adeyemi", "all but 140 households have had power restored",
                     "opened a third assistance centre at the Gorse Lane library",
                     "The order was issued as soon as we received the revised river forecast",
                     "That is a question I have already put to the river authority",
                     "will not hesitate to prosecute landlords who use this disaster")
        + S("Brannigan", "Our crews carried out 312 rescues over the first 48 hours",
            "any heavy rain over the next fortnight could cause further surface flooding",
            "mutual aid arrangements with three neighbouring services",
            "two crews from Carrowmore are on standby")
        + S("Ekwueme", "residents in Riverside say they were warned far too late")
        + S("Ampofo-Grange", "286 households were in hotels or temporary lets",
            "getting families with children back within walking distance of their schools",
            "Any tenant who receives an eviction notice linked to flood damage",
            "Landlords have legal duties to repair")
        + S("Brandvold", "some landlords are reported to be evicting tenants rather than repairing",
            "do you have enough crews if it rains again this weekend"),
        unattributed=U("How many families are still in emergency accommodation",
                       "The following excerpt has been lightly edited for clarity",
                       "released the river authority's forecast timeline, which showed",
                       "a week after the River Lune burst its banks and flooded more than 1,200 homes",
                       "The Mayor began with an update on the clean-up"),
        queries=Q(("evacuation order forecast delay", "The order was issued as soon as we received the revised river forecast"),
                  ("landlords evicting tenants flood damage", "Any tenant who receives an eviction notice linked to flood damage"),
                  ("emergency accommodation households hotels", "286 households were in hotels or temporary lets"),
                  ("rescues first 48 hours", "Our crews carried out 312 rescues over the first 48 hours")),
    ),
}

if __name__ == "__main__":
    write(HERE, DOCS)
