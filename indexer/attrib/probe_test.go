package attrib

import (
	"testing"

	"github.com/osce-tools/confsearch/indexer/doc"
)

func TestProbe(t *testing.T) {
	docs := [][]doc.Block{
		{para("Interview with Ama Osei, envoy for oceans."), para("Interviewer: How do the talks stand?"), para("Osei: Some delegations say the draft is weak. I disagree. The chair has done well."), para("Interviewer: And finance?"), para("Osei: Finance is the key. Nobody denies that.")},
		{para("Secretary Dan Okafor met Minister Lia Chen of Peru on 3 May. The Secretary emphasized supply chains. The two leaders discussed mining. Minister Chen welcomed the talks. Both sides agreed to meet again.")},
		{para("Priya Rao presented the badge proposal. Her proposal would label builds. The room was supportive. Yusuf Okafor asked how it works. Priya answered that the index checks metadata. Okafor left the room. The council will decide.")},
		{para("NORWAY said so. CHILE said so. KENYA said so. While the EU and NORWAY supported a cap, INDIA opposed it. Whereas PERU favoured reuse, CHILE preferred recycling. It was emphasized by the AFRICAN GROUP that funds matter. The GAMBIA delegate noted finance. The Co-Chair then proposed a break. The meeting adjourned at noon.")},
		{para("Jane Roe (Chair) welcomed participants. The Chair then invited Tom Lind to present. Mr Lind described the budget. According to the Chair, the budget is tight. Asked about costs, he said that they fall. The minutes were approved.")},
		{para("Prof. Ana Diaz presented a survey. Senator Tom Lind asked about costs. In response, the professor said costs fall. She added that the bill is weak. The senator was not convinced. Lind is sceptical that costs fall. He thanked her and announced a vote.")},
		{para("Present: Kim Berg, Acme; Li Wong, Beta."), para("Kim: I think the budget is fine. Some members say otherwise. The board disagrees."), para("Li: We need a vote."), para("Action: Kim to draft the charter.")},
		{para("Minister Jane Roe opened the forum. Data are scarce. The Ministry has published a plan. Roe said the plan is good. It builds on earlier work. The Minister said that rivers matter.")},
	}
	for i, bs := range docs {
		res := AttributeWith(doc.Document{ID: "probe", Blocks: bs}, Options{})
		for _, p := range res.Passages {
			sp := ""
			if p.Speaker != nil {
				sp = p.Speaker.Name
			}
			t.Logf("%d %s | %s | %s", i, p.Kind, sp, p.Text)
		}
	}
}
