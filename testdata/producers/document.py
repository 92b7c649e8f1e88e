"""document.py — the producer matrix's one document, written for this
project (no text of any real report): a short meeting report with a title,
headings, a programme table, a pull quote, long paragraphs that cross page
breaks, words the typesetters hyphenate, footnotes and a running header.
make.py renders it through every producer."""

TITLE = "Riverside Forum on Shared Waters"
HEADER = "RIVERSIDE FORUM ON SHARED WATERS 2025"

# Items: ("h1", text) ("h2", text) ("p", text, [footnotes]) ("quote", text,
# attribution) ("table", [(label, text), ...]). A paragraph's footnotes are
# anchored at its "{fn}" marks, in order (in the middle of the paragraph, as
# most are); reference.txt has them after their paragraph.
ITEMS = [
    ("h1", "Riverside Forum on Shared Waters"),
    ("p", "Report of the third meeting, held in Lakeport on 12 and 13 March 2025", []),
    ("h2", "Programme"),
    ("table", [
        ("09:00", "Opening by Marta Olsen, Chair of the Forum"),
        ("10:30", "Panel on monitoring, moderated by Tomas Reyes"),
        ("14:00", "Closing remarks by Ines Karlsson, Basin Secretary"),
    ]),
    ("h2", "Opening session"),
    ("p", "Marta Olsen, Chair of the Forum, opened the meeting by recalling that the "
          "river crosses four jurisdictions before it reaches the sea, and that none of "
          "them can keep its water clean alone. She welcomed the delegations of the "
          "upstream municipalities, the irrigation cooperatives, the fishing associations "
          "and the university laboratories, and thanked the host city for its hospitality. "
          "Olsen reminded participants that the previous meeting had asked for a common "
          "monitoring programme, and that the secretariat had since prepared a draft which "
          "would be discussed during the morning panel. She asked every delegation to speak "
          "frankly about the obstacles they meet, because a programme that ignores them "
          "would remain a document on a shelf rather than a tool for the people who live "
          "along the banks and depend on the river for their livelihoods.", []),
    ("p", "The Chair then summarised the findings of the annual water quality survey.{fn} "
          "Concentrations of nitrates had fallen in the upper basin for the second year in "
          "a row, thanks to the buffer strips planted along the tributaries, but they had "
          "risen again below the industrial district, where three treatment plants still "
          "operate without a tertiary stage. Sediment loads had increased after the spring "
          "floods, and several stations had been out of service for weeks because of "
          "damaged equipment and a shortage of qualified technicians. She noted that these "
          "gaps make comparisons between years uncertain, and that the survey itself "
          "recommended an independent review of the sampling methods before any new "
          "targets are adopted by the member authorities.",
     ["Basin Secretariat survey, 2025."]),
    ("quote", "\u201cA river does not stop at a border, and neither should our "
              "responsibility for it. We measure the water together, or we do not "
              "really measure it at all.\u201d",
     "Marta Olsen, Chair of the Forum"),
    ("h2", "Panel on monitoring"),
    ("p", "Moderating the panel, Tomas Reyes of the regional hydrology institute asked the "
          "speakers how a common monitoring programme could be financed without taking "
          "resources away from the maintenance of existing infrastructure. The "
          "representative of the irrigation cooperatives, Lena Duarte, argued that farmers "
          "already pay for most of the measurements taken on their land and that they would "
          "support a shared programme only if its data were published openly and promptly. "
          "She described a pilot in the southern valley where cooperatives, anglers and a "
          "secondary school take weekly samples with inexpensive kits, and where the results "
          "are posted on a public noticeboard in the market square within two days. "
          "According to Duarte, the pilot had detected an illegal discharge weeks before the "
          "official network, because volunteers noticed the change in colour and smell and "
          "reported it to the inspectorate immediately.", []),
    ("p", "Professor Amal Haddad, who leads the university laboratory in Lakeport, "
          "cautioned that citizen measurements need careful calibration and documentation "
          "if they are to be used in enforcement proceedings. Her team has developed a "
          "training course for volunteers and a protocol for the transport of samples, "
          "and she offered to extend both to every municipality of the basin free of "
          "charge.{fn} Haddad also presented a comparison of satellite observations with "
          "measurements taken from boats, which showed that remote sensing can estimate "
          "turbidity and algal blooms reliably over large stretches of the river but "
          "cannot replace chemical analysis for pollutants that leave no visible trace. "
          "She concluded that the programme should combine the three sources, with the "
          "laboratory network acting as the reference against which the others are "
          "checked, and that the costs of such a combination would be modest compared "
          "with the damage caused by a single undetected spill.",
     ["Lakeport Hydrology Papers, 7."]),
    ("p", "Speaking for the fishing associations, Jonas Weber welcomed the proposals but "
          "insisted that monitoring alone does not restore fish populations. He described "
          "the decline of migratory species since the construction of the weirs in the "
          "lower reaches, and called on the member authorities to include fish passages "
          "and the reconnection of side channels in the next investment plan. Weber "
          "proposed that a share of the fees collected from water abstraction be earmarked "
          "for these works, and that the associations be consulted before any permit for "
          "a new hydropower installation is granted.", []),
    ("h2", "Discussion"),
    ("p", "In the discussion that followed, several delegations raised the question of "
          "data ownership. The representative of Northbridge municipality observed that "
          "measurements taken by a private operator under a concession contract are often "
          "treated as commercial secrets, even when they describe the quality of a public "
          "resource, and asked whether the programme could require operators to share them. "
          "Reyes replied that the legal services of the Commission were examining the "
          "concession contracts of all member authorities, and that a model clause on the "
          "publication of environmental data would be proposed for future agreements. "
          "Other speakers stressed that open data must be accompanied by explanations that "
          "residents can understand, since a table of concentrations without context may "
          "cause either needless alarm or unjustified reassurance among the population.", []),
    ("p", "A delegate from the coastal province drew attention to the estuary, where "
          "salt intrusion has advanced by several kilometres over the past decade and now "
          "threatens the wells of two villages. She asked that the monitoring programme "
          "extend beyond the last weir to the mouth of the river, and that the estuary be "
          "treated as part of the basin rather than as a separate coastal matter. Haddad "
          "agreed and noted that salinity sensors are among the cheapest instruments "
          "available, so that a dense network could be installed within a single season "
          "if the member authorities approved the necessary budget.", []),
    ("h2", "Closing session"),
    ("p", "In her closing remarks, Ines Karlsson, Secretary of the Basin Commission, "
          "thanked the speakers and summarised the points of agreement. The secretariat "
          "will revise the draft programme to include citizen monitoring under the "
          "laboratory protocol, prepare a cost estimate for the satellite component, and "
          "circulate both to the member authorities before the summer. Karlsson announced "
          "that the next meeting will take place in the upstream town of Millbrook and "
          "will be devoted to the restoration of floodplains, and she invited the "
          "delegations to send case studies to the secretariat by the end of September "
          "so that the programme of that meeting can be built around practical "
          "experience rather than general statements.", []),
    ("p", "The participants adopted the conclusions of the meeting by consensus and agreed "
          "to publish this report, together with the presentations of the speakers, on the "
          "website of the Forum. Delegations that could not attend in person may send "
          "written comments on the draft programme to the secretariat within four weeks.",
     []),
]
