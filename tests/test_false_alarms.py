"""Relevance on news that machine coding mistakes for conflict (the CEHA question, evaluation/ceha.py): is this the
report of one violent-conflict event? Politics told in war words, courts, sports, business, aid appeals, disasters,
ordinary crime, remembrance, statements that condemn or threaten violence, talks, visits, warnings and analyses are
not; nor are roundups that list several situations across places or months. Single events told in the same wire
style are. All texts are written for this test; the places are real, the stories are not."""

from __future__ import annotations

import datetime as dt

import pytest

from eventwire.evaluation import ceha
from eventwire.records import ArticleInput

PUBLISHED = dt.date(2023, 6, 14)  # a Wednesday

# --- not a violent-conflict event --------------------------------------------------------------------------------

NOT_CONFLICT = {
    # politics in war words
    "budget attacked": "Opposition lawmakers attacked the finance minister's budget on Tuesday, saying a new fuel "
    "levy would hit poor households hardest. The minister defended the plan in parliament.",
    "leadership battle": "A bruising battle for the leadership of the ruling party entered its final week in "
    "Nairobi, with two former ministers trading accusations of vote buying at meetings across the country.",
    "bills shot down": "The governor of Kisumu fired back at his critics on Monday, accusing the county assembly of "
    "shooting down every development bill he has tabled since the election.",
    "cabinet clash": "The two partners in Somalia's coalition clashed over the sharing of cabinet posts at a tense "
    "meeting in Mogadishu on Wednesday, officials said.",
    "currency under attack": "Kenya's central bank governor said on Tuesday the shilling had come under attack from "
    "speculators, but that the bank held enough reserves to defend it.",
    "war on malaria": "Uganda's health minister declared war on malaria on Monday, launching a campaign to hand out "
    "ten million bed nets across the northern districts.",
    "fight results in court": "Uganda's main opposition party said on Thursday it would fight the election results "
    "in court after its candidate lost by a narrow margin.",
    "campaign trail barbs": "The deputy president launched a blistering attack on his rivals at a campaign meeting in "
    "Eldoret on Saturday, accusing them of plotting to steal the vote.",
    "political ambush": "Ruling party members ambushed the speaker with a motion of no confidence in Juba on Monday, "
    "catching his allies off guard, lawmakers said.",
    "tea farmers battle prices": "Kenyan tea farmers are battling low prices and rising fertiliser costs, their "
    "association said on Wednesday, warning that many growers would quit.",
    # courts and trials of past violence
    "commander sentenced": "A court in Kampala on Tuesday sentenced a former rebel commander to 25 years in prison "
    "for killings and abductions carried out during the war in the north between 1995 and 2005.",
    "trial resumes": "The trial of four men accused of helping gunmen who attacked a shopping centre in Nairobi in "
    "2013 resumed on Monday, with a police officer testifying about the siege.",
    "prosecutors ask life": "Prosecutors at a special court in Bangui asked judges on Wednesday to jail a militia "
    "leader for life over the killing of dozens of villagers in 2014.",
    "appeal hearing": "Kenya's appeal court on Thursday began hearing a bid by three police officers to overturn "
    "their murder convictions over the death of a human rights lawyer in 2016.",
    # sports
    "runners dominate": "Ethiopia's runners dominated the women's 10,000 metres on Sunday, with the defending "
    "champion pulling away on the final lap to win in a championship record.",
    "hat-trick": "Gor Mahia crushed their rivals 4-0 in Nairobi on Saturday, with their striker firing a hat-trick "
    "to keep the champions on top of the league.",
    "cranes shot down": "Uganda's Cranes were shot down by a late goal in Cairo on Tuesday, ending their hopes of "
    "reaching the knockout stage of the tournament.",
    "boxer knocks out": "A Ugandan boxer knocked out his Kenyan opponent in the third round in Kampala on Saturday to "
    "win the regional title in front of a sell-out crowd.",
    # business
    "profits hit": "A Kenyan telecoms company said on Thursday its profits were hit by a sharp fall in mobile money "
    "fees in the first half, sending its shares down 6 percent.",
    "price war": "Coffee exporters in Ethiopia said on Monday that a price war among buyers had slashed farmers' "
    "earnings, as prices fell to their lowest level in four years.",
    "airline cuts": "An East African airline said on Tuesday it would cut 400 jobs after fuel costs and a weak "
    "currency killed off its hopes of returning to profit this year.",
    "port takeover": "A Gulf company took control of the port of Berbera on Monday under a 30-year concession, the "
    "port authority said, promising to double its capacity.",
    # aid appeals and humanitarian figures
    "food appeal": "The World Food Programme appealed on Tuesday for $300 million to feed 2.5 million people in "
    "Somalia facing hunger after a fourth failed rainy season.",
    "cholera rising": "Aid agencies warned on Monday that cholera cases were rising fast in camps for displaced "
    "people around Baidoa, with 40 deaths recorded this month.",
    "refugee arrivals": "Refugees from Sudan's Darfur region are arriving in eastern Chad at a rate of 2,000 a day, "
    "the UN refugee agency said on Tuesday, calling for more money for shelter and water.",
    "bread prices": "The price of bread doubled in Khartoum this week as the war choked the supply routes into the "
    "capital, traders said.",
    # disasters and accidents
    "bus and tanker": "At least 23 people were killed when a bus collided with a fuel tanker on the Nairobi-Mombasa "
    "highway on Sunday night, police said.",
    "floods": "Floods swept through villages around Beledweyne on Tuesday, killing nine people and forcing thousands "
    "to flee to higher ground, officials said.",
    "market fire": "A fire tore through a crowded market in Kampala early on Friday, destroying hundreds of stalls, "
    "but no one was hurt, the fire brigade said.",
    "gas cylinder": "A gas cylinder exploded at a restaurant in Addis Ababa on Wednesday, killing two workers and "
    "injuring five customers, police said.",
    "mine collapse": "Twelve miners were killed when a gold mine collapsed in Sudan's River Nile state on Monday, the "
    "mining company said.",
    "landslide": "A landslide buried homes on the slopes of Mount Elgon on Thursday, killing at least 15 people, "
    "the Uganda Red Cross said.",
    "locusts invade": "Swarms of locusts invaded farms in northern Kenya on Monday, destroying crops on thousands of "
    "acres, agriculture officials said.",
    "emergency landing": "An airliner made an emergency landing in Entebbe on Sunday after smoke was seen in the "
    "cabin, and all 150 passengers were safely evacuated, the airport said.",
    # ordinary crime that no conflict dataset codes
    "mobile money fraud": "A man in Kisumu was arrested on Monday after police said he stole 2 million shillings "
    "from a mobile money agent using forged documents.",
    "heroin charge": "A court in Mombasa charged three customs officers on Wednesday with smuggling 500 kilogrammes "
    "of heroin through the port.",
    "church burglary": "Thieves broke into a church in Gulu overnight and made off with a generator and sound "
    "equipment, the parish priest said on Sunday.",
    "poisoned wife": "Police in Eldoret are investigating the death of a woman whose husband is suspected of "
    "poisoning her in a quarrel over land, officers said on Tuesday.",
    "neighbour's quarrel": "A farmer hacked his neighbour to death in a quarrel over a boundary in Kakamega on Friday, "
    "police said.",
    # remembrance
    "genocide mourning": "Rwandans lit candles in Kigali on Sunday to mark the start of a week of mourning for the "
    "victims of the 1994 genocide.",
    "wreaths for soldiers": "Families of the soldiers who died in the 2016 attack on the El Adde base gathered at a "
    "memorial in Nairobi on Wednesday to lay wreaths.",
    "campus remembers": "Garissa marked ten years since the attack on its university on Tuesday with prayers at the "
    "campus where 148 people were killed.",
    # statements that condemn, threaten or discuss violence
    "AU condemns": "The African Union on Tuesday condemned the killing of civilians in eastern Congo and urged all "
    "armed groups to lay down their weapons.",
    "crush any group": "Ethiopia's prime minister warned on Monday that the army would crush any group that tries to "
    "attack the federal government, in a speech to parliament.",
    "vow to defeat": "Somalia's president vowed on Friday to defeat al-Shabaab by the end of the year, telling troops "
    "in Mogadishu that the militants' days were numbered.",
    "deeply concerned": "The United States said on Wednesday it was deeply concerned by reports of fighting in "
    "Sudan's Darfur region and called on both sides to stop attacks on civilians.",
    "deploy the army": "Kenya's interior minister threatened on Tuesday to deploy the army to the northern counties "
    "if cattle rustlers did not return stolen livestock within a week.",
    "denies abuses": "Uganda's army on Monday denied accusations by an opposition party that its soldiers had "
    "tortured supporters, calling the claims baseless.",
    # talks, deals and visits
    "Jeddah talks": "Delegations from Sudan's army and the paramilitary RSF resumed talks in Jeddah on Sunday aimed "
    "at ending the war, the mediators said.",
    "ceasefire signed": "South Sudan's government and a coalition of rebel groups signed a declaration in Nairobi on "
    "Thursday, committing to a ceasefire and to further negotiations.",
    "elders settle": "Elders from two rival clans met in Garowe on Saturday to settle a dispute over grazing land, "
    "agreeing to pay compensation for past killings.",
    "UN chief visits": "The UN secretary-general arrived in Mogadishu on Tuesday for a one-day visit to show support "
    "for the government's fight against al-Shabaab.",
    "president tours bases": "Kenya's president toured army bases near the Somali border on Friday, meeting soldiers "
    "and promising them better equipment.",
    # security warnings
    "embassy warns": "The US embassy in Kampala warned its citizens on Friday of a heightened risk of terrorist "
    "attacks in the capital during the holidays, urging them to avoid crowded places.",
    "security stepped up": "Police in Nairobi said on Monday they had stepped up security at shopping centres and "
    "churches after intelligence that militants were planning attacks.",
    "travel advice": "Britain advised on Thursday against all travel to within 60 km of the Kenya-Somalia border "
    "because of the threat of kidnapping and attacks.",
    # analyses
    "drones analysis": "Analysts say the rise of drone warfare has changed the balance of power in Ethiopia's "
    "conflicts, giving the government an edge over rebel forces in remote areas.",
    "why recruits": "Why does al-Shabaab keep recruiting young men despite years of military pressure? Poverty, "
    "clan grievances and a weak state are part of the answer, researchers say.",
    # armies and police at work, no violence
    "troops arrive": "Ugandan troops arrived in Juba on Monday as part of a regional force to be deployed along the "
    "border, an army spokesman said.",
    "recruits trained": "Ethiopia's army said on Wednesday it had recruited 3,000 new soldiers, who will finish their "
    "training at a camp near Gondar in six months.",
    "old grenade": "Police found an old hand grenade left over from the war at a building site in Gulu on Tuesday "
    "and destroyed it safely, a police spokesman said.",
    "bill on rustling": "Kenya's cabinet approved a bill on Tuesday that would raise the penalty for cattle rustling "
    "to life in prison.",
    "prize for reporter": "A Sudanese journalist who reported on the war in Darfur was awarded a press freedom prize "
    "in Paris on Thursday.",
    # more of the same, told at length: a title, a dateline and a lead, with the violence further down or long past
    "by-election battle, long": "Ruling party braces for bruising battle in Kibra by-election\n\nNAIROBI - The ruling "
    "party on Monday named a former footballer as its candidate for next month's by-election in Kibra, setting up a "
    "fierce fight with the opposition for a seat it has never won.\n\nParty officials said the candidate would "
    "target young voters. The opposition accused the government of using state resources in the campaign, a charge "
    "officials rejected. Campaigning officially begins on Friday, and both sides have promised peaceful rallies.",
    "militia leader jailed, long": "Former militia leader jailed for life over 2014 massacre\n\nBANGUI - A special "
    "court on Tuesday sentenced a former militia leader to life in prison for the massacre of 30 villagers in the "
    "south-west of the country in March 2014.\n\nJudges found that fighters under his command had surrounded the "
    "village at dawn and shot those who tried to flee. Relatives of the victims wept as the verdict was read. His "
    "lawyers said they would appeal.",
    "survivors speak, long": "'We lost everything': survivors of the Mai Kadra killings rebuild their lives\n\n"
    "HUMERA, Ethiopia - Three years after the killings that emptied her town, Almaz sells coffee from a stall beside "
    "the bus station and sends her two sons to school.\n\nShe lost her husband and her brother on the night in "
    "November 2020 when men with knives and sticks went from house to house. Hundreds died. Today a church group pays "
    "her rent, and she says she no longer looks back.\n\nThe town's market reopened last year, and the regional "
    "government has promised to rebuild the clinic. Many of those who fled have not come back, and their houses stand "
    "empty along the road to the border.",
    "sanctions, long": "US imposes sanctions on RSF commanders over Darfur abuses\n\nWASHINGTON - The United States "
    "on Wednesday imposed sanctions on two senior commanders of Sudan's Rapid Support Forces, accusing them of "
    "responsibility for killings and rapes of civilians in West Darfur.\n\nThe Treasury said the measures froze any "
    "assets the men held in the United States. The RSF did not respond to a request for comment. Washington has "
    "called repeatedly for both sides to return to talks.",
    "drought toll": "The drought has killed more than 2 million cattle, goats and camels in northern Kenya since "
    "last year, herders' groups said on Monday.",
    "lightning": "Lightning struck a school in Arua during a storm on Tuesday, killing three pupils and injuring "
    "twelve, the district education officer said.",
    "fuel station blast": "An explosion at a fuel station in Nairobi's Embakasi area killed three people on Thursday "
    "night, police said, blaming a gas leak.",
    "helicopter crash": "A military helicopter crashed in central Somalia on Monday, killing all four crew members, "
    "the army said, blaming a technical fault.",
    "fought off a challenge": "Kenya's champion fought off a late challenge from a compatriot to win the Berlin "
    "marathon on Sunday, finishing in two hours and four minutes.",
    "draw battled": "Uganda battled to a 21-21 draw with Kenya in a rugby test in Kampala on Saturday, with the "
    "visitors' winger scoring a late try.",
    "suspects arrested": "Police in Mombasa arrested 12 people suspected of planning attacks on tourist hotels, the "
    "county police commander said on Monday.",
    "soldier acquitted": "A Kenyan soldier accused of killing a civilian in Mandera in 2020 was acquitted by a court "
    "martial in Nairobi on Monday.",
    "journalist arrested": "A Somali journalist was arrested in Mogadishu on Sunday after he reported on an attack by "
    "al-Shabaab, his union said, calling for his release.",
    "fled rumours": "Hundreds of residents fled their homes in Tana River county after rumours of an imminent raid by "
    "armed herders, officials said on Tuesday.",
    "police chief sacked": "Kenya's police chief was sacked on Tuesday, weeks after officers were accused of killing "
    "protesters in Nairobi during demonstrations over taxes.",
    "ceasefire agreed": "Ethiopia's government and Tigrayan forces agreed in Pretoria on Wednesday to a permanent "
    "cessation of hostilities, the African Union mediator said.",
    "hostages freed": "Two Kenyan doctors held by al-Shabaab for four years were freed on Thursday, the government "
    "said, without giving details.",
    "archbishop castigates": "Archbishop castigates police over violence at nominations\n\nKAMPALA - The Archbishop of the Church "
    "of Uganda has criticised security forces for what he called brutal treatment of opposition "
    "candidates during last week's nominations, saying such acts tarnish the country's image.\n\nSpeaking "
    "at a service in Kampala on Sunday, he urged the police to respect the right of every candidate to "
    "campaign. Police were filmed beating supporters outside the nomination centre on Tuesday, and one "
    "man was taken to hospital with head wounds. The police spokesman said officers had acted to restore "
    "order.",
    "pm interview": "Somalia's prime minister said on Thursday that his government would ask for more international "
    "support in its long war against al-Shabaab, and called for the lifting of an arms embargo.\n\nIn an "
    "interview, he said the army had pushed the militants out of dozens of towns in the past year but "
    "needed more helicopters and armoured vehicles to hold them. The militants still control large parts "
    "of the south and carry out frequent bombings in the capital. He said talks with the group were not "
    "on the table for now.",
    "cult court": "Preacher appears in court as exhumations continue\n\nMOMBASA - A preacher accused of ordering his "
    "followers to starve themselves to death appeared in court in Mombasa on Tuesday, as police asked for "
    "more time to complete their investigation.\n\nMore than 300 bodies have been dug up from shallow "
    "graves on land the church owned near Malindi. Prosecutors told the court they planned to bring "
    "terrorism and murder charges. The preacher, who denies wrongdoing, was remanded in custody for "
    "another 30 days.",
    "minister arrested": "Former Ethiopian minister arrested over alleged links to rebels\n\nADDIS ABABA - Ethiopian police on "
    "Tuesday arrested a former state minister for peace who had fallen out with the government, accusing "
    "him of collaborating with armed groups trying to overthrow the constitutional order.\n\nHis family "
    "said he was taken from his home in the capital at night. The former minister had recently criticised "
    "the government's handling of the unrest in Oromia. Rights groups called for his release.",
    "revenge claims": "Lawmakers from Jonglei say youths are mobilising for revenge raids, officials deny\n\nBOR - "
    "Lawmakers from Jonglei state said on Monday that armed youths from a neighbouring area were "
    "mobilising to launch revenge attacks, a claim that local officials denied.\n\nA committee formed by "
    "the president is trying to end years of clashes between communities in the region. The lawmakers "
    "urged the government to deploy troops along the border between the two areas.",
    "coup warning": "The US embassy in Addis Ababa told its staff and American citizens on Thursday to stay indoors until "
    "further notice, after reports of gunfire near government buildings overnight.\n\nThe embassy gave no "
    "details. The government said the situation was under control and that security forces were searching "
    "for those behind what it called an attempt to destabilise the country. Shops in the city centre "
    "remained closed and the internet was cut for several hours.",
    "avocado farmers": "Avocado farmers fear for their income after abuse claims against exporter\n\nMURANG'A - Farmers who "
    "grow avocados for Kenya's largest exporter say they fear for their income after a British law firm "
    "accused the company's security guards of beating and raping villagers living near its "
    "estates.\n\nThe company says it has strengthened its oversight of the guards and that it takes the "
    "allegations seriously. Buyers in Europe have asked for assurances, and prices at the farm gate have "
    "fallen by a fifth since the claims were made public.\n\nSmall growers, who sell to middlemen at the roadside, "
    "say they have no other buyer for their fruit. The agriculture ministry said it would help farmers find new "
    "markets in the Gulf and in Asia, and that a new packing plant would open near Thika next year.",
    "kakuma pledge": "Kenya and UNHCR sign deal to turn camps into settlements\n\nNAIROBI - Kenya and the UN refugee "
    "agency signed an agreement on Tuesday to turn the Dadaab and Kakuma camps into settlements where "
    "refugees can work and trade alongside Kenyans.\n\nThe camps hold more than half a million people, "
    "many of whom fled war in Somalia and South Sudan decades ago. Officials said the plan would be "
    "carried out over five years.",
    "bishop suspects bailed": "More than 30 suspects arrested over the shooting of a bishop in Rumbek last month have been released "
    "on bail, the state information minister said on Tuesday.\n\nThe minister, who heads the "
    "investigation committee, said only four suspects remained in custody and would be charged. The "
    "bishop, who was shot in both legs at his residence in April, is recovering in Nairobi, the diocese "
    "said.",
    "blamed for deaths": "The opposition leader on Monday blamed the government for the deaths of protesters last month and "
    "said his party would not attend talks called by the president.",
    "defended handling": "Kenya's president on Tuesday defended the police's handling of last week's protests, saying officers "
    "had acted within the law.",
    "protest bill": "Parliament debated a bill on Tuesday that would require the organisers of protests to notify the "
    "police seven days in advance.",
    "rallies suspended": "Uganda's electoral commission suspended campaign rallies in Kampala and ten other districts on "
    "Monday, citing the risk of Covid-19 infections.",
    "march called off": "Organisers called off a march planned for Saturday in Nairobi after the police refused to give "
    "permission, a spokesman for the group said.",
    "accused of preparing": "Ethiopia's government accused Tigrayan forces on Tuesday of preparing to attack the neighbouring "
    "Afar region, and said it was ready to defend it.",
    "teachers threaten strike": "Kenya's teachers' union threatened on Monday to call a nationwide strike next month if the "
    "government did not raise salaries.",
    "condemned handling": "A US lawmaker condemned the Ugandan government's handling of the protests that broke out after the "
    "arrest of two presidential candidates, in a statement on Thursday.",
    "minister visits wounded": "The defence minister visited soldiers wounded in recent fighting at a military hospital in Addis "
    "Ababa on Sunday, and praised their courage.",
    "funeral held": "Hundreds attended the funeral in Mogadishu on Sunday of a lawmaker who was killed in a bomb attack "
    "last month.",
    "peace caravan": "A caravan of elders and religious leaders set off from Bor on Monday to preach peace in villages hit "
    "by cattle raids, the organisers said.",
    "budget for army": "Somalia's parliament approved a budget on Saturday that doubles spending on the army as the "
    "government steps up its offensive against al-Shabaab.",
    "clinic reopens": "A health clinic in the Somali town of Beledweyne reopened on Monday, two years after it was "
    "destroyed in fighting, the aid group running it said.",
    "cholera after floods": "Cholera has killed 30 people in South Sudan's Unity state since floods hit the region in August, the "
    "health ministry said on Tuesday.",
    "bombed out": "Uganda's Cranes bombed out of the Africa Cup of Nations on Tuesday after a 2-0 defeat to Senegal in "
    "Abidjan.",
    "sales exploded": "Sales of solar panels exploded in rural Kenya last year as prices fell, the energy regulator said on "
    "Monday.",
    "seized on remarks": "Opposition leaders seized on the finance minister's remarks on Tuesday, saying they proved the "
    "government had lost control of the economy.",
    "captured title": "Ethiopia's women captured the team title at the world cross-country championships in Belgrade on "
    "Saturday.",
    "took over as coach": "A former Harambee Stars captain took over as coach of the national team on Monday, replacing the "
    "Belgian who was sacked last month.",
    "stormed out": "Opposition MPs stormed out of parliament in Kampala on Thursday in protest at the speaker's ruling "
    "on a motion.",
    "president fired minister": "Somalia's president fired his finance minister on Monday and named a former central bank governor to "
    "replace him.",
    "executed deal": "The two governments executed a deal on Tuesday to build a railway linking the port of Lamu to "
    "southern Ethiopia.",
    "eliminated": "Kenya were eliminated from the World Cup qualifiers on Sunday after losing 3-1 to Gabon in "
    "Franceville.",
    "shot to fame": "A Ugandan singer who shot to fame with a song about the lockdown was named artist of the year in "
    "Kampala on Saturday.",
    "bruising defeat": "The ruling party suffered a bruising defeat in the Nairobi governor race on Tuesday, losing to an "
    "independent candidate.",
    "war of words": "A war of words broke out between the governors of two Kenyan counties on Monday over the sharing of "
    "revenue from a game park.",
    "tax raid": "Tax officials raided a supermarket chain's warehouses in Kampala on Friday over unpaid taxes, the "
    "revenue authority said.",
    "exhumation toll": "Death toll from starvation cult rises to 303\n\nMALINDI, Kenya - The number of people who died after "
    "a preacher told his followers to fast to death rose to 303 on Tuesday after 19 more bodies were dug "
    "up from shallow graves in a forest near Malindi, officials said.\n\nThe regional commissioner said "
    "more than 600 people linked to the church were still missing. Autopsies showed that most victims "
    "died of hunger, though some had been strangled or beaten.",
    "election amid war": "Ethiopians vote in national election overshadowed by war\n\nADDIS ABABA - Ethiopians voted on Monday "
    "in the first national election since the prime minister took office, with long queues at polling "
    "stations in the capital.\n\nNo voting took place in the Tigray region, where government forces have "
    "been fighting the region's former rulers since November. The electoral board said results would be "
    "announced within ten days.",
    "troops withdraw": "Eritrean troops have begun to withdraw from towns in northern Ethiopia, residents and aid workers "
    "said on Thursday, weeks after a peace deal ended the war in Tigray.",
    "journalists jailed": "Ethiopia is holding at least 60 journalists in prison, making it one of the worst jailers of "
    "reporters in Africa, a press freedom group said in its annual census on Wednesday.",
    "government dissolved": "Sudan's army chief dissolved the transitional government on Monday and declared a state of "
    "emergency, hours after soldiers detained the prime minister.",
    "border accusation": "Sudan's foreign ministry accused Ethiopia on Sunday of violating its territory in the al-Fashaga "
    "border area and summoned the Ethiopian ambassador.",
    "dam talks": "Egypt, Sudan and Ethiopia resumed talks on the Nile dam in Kinshasa on Sunday, but the three sides "
    "remained far apart on how the reservoir should be filled.",
    "ministry accuses": "Ethiopia's foreign ministry on Tuesday accused Western media of spreading false reports about the "
    "fighting in the north, saying the army was close to victory.",
    "general shot dead funeral": "Thousands of mourners attended the burial in Bahir Dar on Saturday of the regional president, who "
    "was shot dead by his own bodyguard last week.",
    "MPs demand answers": "MPs demand answers over killings in Marsabit\n\nNAIROBI - Lawmakers from northern Kenya on Tuesday "
    "demanded that the interior minister appear before parliament to explain the government's failure to "
    "stop killings in Marsabit county.\n\nThe MPs said more than 100 people had died in attacks between "
    "rival communities since January, and accused the police of standing by while villages were raided. "
    "The minister's office said he would respond next week.",
    "donors pledge": "Donors pledged $1.5 billion for Sudan at a conference in Geneva on Monday, short of the $3 billion "
    "the UN says is needed to help people caught up in the war.\n\nThe UN aid chief told the meeting that "
    "the fighting had killed thousands and left half of the country's people in need of help.",
    "radio talk show": "On a popular radio talk show in Juba on Sunday, callers debated whether the government should "
    "negotiate with armed groups in the Equatoria region, where clashes have displaced tens of "
    "thousands.\n\nThe host, a former minister, said only dialogue would end the violence. Several "
    "callers disagreed, saying the groups had ignored past deals.",
    "AU summit": "African leaders meeting in Addis Ababa on Sunday called for an immediate ceasefire in Sudan and "
    "agreed to set up a panel of presidents to mediate between the two generals.\n\nThe war, which began "
    "in April, has killed thousands of people and driven millions from their homes.",
    "cattle recovered": "Police in Baringo recovered 300 stolen cattle on Sunday and returned them to their owners, the "
    "county commander said, adding that no arrests had been made.",
    "terror suspects arraigned": "Three terror suspects were arraigned in a Mombasa court on Monday, accused of plotting to bomb a "
    "church in the city over Christmas.",
    "attack foiled": "Kenyan police said on Friday they had foiled a plot to attack a shopping centre in Nairobi, "
    "arresting two men with explosives in a car near the border.",
    "amnesty offer": "Somalia's government offered an amnesty on Thursday to al-Shabaab fighters who lay down their arms "
    "within 60 days, the information minister said.",
    "defector surrenders": "A senior al-Shabaab commander surrendered to government forces in the Gedo region on Tuesday, the "
    "army said, describing it as a blow to the group.",
}

# --- roundups and summaries: several situations across places or months -----------------------------------------

ROUNDUPS = {
    "Amhara since August": "Violence has surged across Ethiopia's Amhara region since August, with clashes between "
    "the army and Fano militias reported in Gondar, Bahir Dar and Debre Markos, and dozens of civilians killed in "
    "drone strikes, the UN said on Tuesday.",
    "week in the north": "In the past week, gunmen killed three traders in Mandera, a roadside bomb wounded two police "
    "officers in Lamu and bandits stole 200 cattle in Baringo, officials said.",
    "weekly update": "Weekly security update: al-Shabaab fighters attacked an army base in Lower Shabelle on Monday; "
    "on Wednesday a car bomb exploded in Mogadishu's Hodan district; and on Friday clan militias clashed near Galkayo.",
    "Jonglei report": "More than 400 people have been killed in raids between communities in South Sudan's Jonglei "
    "state this year, the UN mission said in a report released on Tuesday, which documents dozens of attacks on "
    "villages.",
    "Sudan toll": "The war in Sudan has killed at least 12,000 people and driven more than 7 million from their homes "
    "since April, with fighting spreading from Khartoum to Darfur and Kordofan.",
    "protesters killed in six months": "Human Rights Watch said in a report on Thursday that security forces had "
    "killed at least 50 protesters in several towns during demonstrations over the past six months.",
    "aid workers 2022": "Attacks on aid workers in South Sudan rose sharply in 2022, with nine killed and dozens "
    "abducted in Jonglei, Upper Nile and Unity states, according to the UN humanitarian office.",
    "Security Council briefing": "The UN envoy told the Security Council on Tuesday that fighting in El Fasher, Nyala "
    "and Zalingei had displaced hundreds of thousands of people and that rape was being used as a weapon of war.",
    "digest by country": "Kenya: clashes between herders in Marsabit killed six people on Saturday. Somalia: a bomb in "
    "Baidoa wounded four soldiers on Sunday. Ethiopia: police dispersed a protest in Adama on Monday.",
    "cattle raids month": "Over the past month, cattle raids have killed at least 80 people in South Sudan's Lakes, "
    "Warrap and Unity states, local officials said, as the dry season drives herders onto each other's land.",
    "monthly counts": "A conflict monitor recorded 230 political violence events in Somalia in March, down from 260 "
    "in February, with most of them in Banadir and Lower Shabelle.",
    "police killings year": "Since the start of the year, police in Kenya have been accused of killing more than 100 "
    "people in operations against suspected criminals, a rights group said on Monday.",
    "Tigray health": "The war in Tigray, which has killed tens of thousands of people since November 2020, has also "
    "wrecked the region's health system, doctors say.",
    "timeline": "A timeline of the crisis: fighting broke out in Khartoum in April; in June the RSF took much of "
    "Darfur; in October the army took back parts of Omdurman.",
    "year of unrest": "In a year of unrest, Uganda has seen protests over fuel prices in Kampala, clashes between "
    "police and opposition supporters in Masaka and a deadly attack on a school in Kasese.",
    "border insecurity": "Insecurity is growing along the Kenya-Ethiopia border, with cattle thefts, shootings and "
    "kidnappings reported in recent months, residents told a parliamentary committee on Tuesday.",
    "monthly brief": "Monthly conflict brief for Somalia: clashes between clan militias in Galmudug, air strikes "
    "against al-Shabaab in Middle Juba and bomb attacks on convoys in Lower Shabelle marked the month of May.",
    "displaced since": "Fighting between the army and armed groups has forced more than 60,000 people from their "
    "homes in Somalia's Sool region since February, the UN humanitarian office said in its latest update.",
    "rights group documents": "Amnesty International said on Wednesday it had documented the killing of at least 300 "
    "civilians by soldiers and militias in western Ethiopia over the past two years.",
    "election violence tally": "At least 24 people died in violence linked to Kenya's election campaign, in clashes "
    "in Nairobi, Kisumu, Nakuru and Mombasa between March and August, an observer group said.",
    "army counts, long": "Army says 200 militants killed in month-long offensive\n\nMOGADISHU - Somalia's army said "
    "on Tuesday it had killed more than 200 al-Shabaab fighters and taken back 15 villages in Hiraan and Middle "
    "Shabelle over the past month.\n\nThe information minister said the operations would go on until the group was "
    "driven from central Somalia. The figures could not be independently verified. Residents in several villages "
    "said the militants had left before troops arrived.",
    "UN update, long": "Sudan: displacement passes 5 million as fighting spreads\n\nGENEVA - More than 5 million "
    "people have fled their homes since fighting erupted in April, the UN migration agency said on Tuesday, as "
    "clashes spread to new areas in Kordofan and Darfur.\n\nAid agencies say attacks on hospitals and markets "
    "have become common in the capital, and that looting has emptied warehouses in several towns.",
    "oromia rights report": "Rights group says dozens killed by security forces in Oromia\n\nNAIROBI - Ethiopian security forces "
    "killed at least 40 civilians in the Oromia region between January and May, Human Rights Watch said "
    "in a report released on Wednesday.\n\nThe group said soldiers and police carried out summary "
    "executions in several districts during operations against the Oromo Liberation Army, and that some "
    "victims were killed in front of their families. The government did not respond to the report.",
    "sudan week, long": "Sudan war: what happened this week\n\nFighting went on in several parts of the country this week. In "
    "Khartoum, residents of the southern districts reported shelling on Monday and Tuesday. In Darfur, "
    "the paramilitary forces attacked the town of Zalingei on Wednesday, and in Kordofan the army said it "
    "had repelled an assault on El Obeid on Friday.\n\nAid agencies say more than 2 million people have "
    "now fled their homes.",
    "kenya north, long": "Wave of bandit attacks leaves dozens dead in northern Kenya\n\nNAIROBI - At least 40 people have "
    "been killed in a wave of attacks by armed bandits in Baringo, Turkana and Samburu counties since "
    "January, police said on Monday, as the government sent more officers to the region.\n\nThe attacks "
    "have forced thousands of families from their homes and shut more than 50 schools, officials said. "
    "Most of the raids target livestock.",
    "war enters month": "Sudan's war enters its sixth month with no end in sight\n\nKHARTOUM - Six months after fighting "
    "broke out between the army and the Rapid Support Forces, the battle for the capital has settled into "
    "a grinding stalemate, while the paramilitaries have tightened their grip on Darfur.\n\nBoth sides "
    "have been accused of shelling residential areas, and aid groups say thousands of civilians have been "
    "killed. Talks in Jeddah have stalled.",
    "protests spread": "Protests spread across Kenya as anger over taxes grows\n\nNAIROBI - Protests against new taxes "
    "spread to at least 20 of Kenya's 47 counties this week, with demonstrators blocking roads in Nakuru, "
    "Eldoret, Kisumu and Mombasa, and police firing tear gas in several towns.\n\nRights groups said at "
    "least 23 people had been killed since the protests began last month.",
    "amhara fighting spreads": "Fighting spreads in Ethiopia's Amhara region\n\nADDIS ABABA - Clashes between the army and local "
    "Fano militias have spread to several towns in Ethiopia's Amhara region in recent weeks, residents "
    "and aid workers said, with heavy fighting reported around Gondar, Lalibela and Debre Birhan.\n\nThe "
    "government declared a state of emergency in the region in August.",
    "quarter report": "Attacks on schools in Somalia doubled in the first three months of the year compared with the same "
    "period last year, a coalition of aid groups said in a report on Monday, with 34 schools attacked or "
    "used by armed groups.",
    "rights council": "UN experts told the Human Rights Council on Tuesday that both sides in Ethiopia's war had committed "
    "abuses that may amount to war crimes, including mass killings, rape and the starvation of civilians.",
    "displacement figures": "Clashes between rival clans have displaced more than 100,000 people in Somalia's Galmudug state this "
    "year, and killed at least 200, the UN humanitarian office said on Friday.",
    "south sudan month": "Intercommunal violence in South Sudan killed more than 400 people in the three months to June, the "
    "UN mission said on Thursday, most of them in Jonglei, Warrap and Lakes states.",
}

# --- single events told in the same style -----------------------------------------------------------------------

EVENTS = {
    "base attacked": "Al-Shabaab fighters attacked a military base in Somalia's Lower Shabelle region early on "
    "Tuesday, killing at least eight soldiers, a military officer said.",
    "traders shot": "Gunmen shot dead three traders on the road between Mandera and Elwak on Monday evening, police "
    "said.",
    "roadside bomb": "A roadside bomb hit a police vehicle in Lamu county on Wednesday, wounding four officers, a "
    "police commander said.",
    "El Obeid fighting": "Heavy fighting broke out between the Sudanese army and the RSF in El Obeid on Saturday, "
    "residents said, with artillery fire heard across the city.",
    "market air strike": "An air strike on a market in the town of Togoga in northern Ethiopia killed at least 50 "
    "people on Tuesday, health workers said.",
    "tear gas in Kisumu": "Police fired tear gas at hundreds of opposition supporters who blocked roads in Kisumu on "
    "Monday to protest against the election results.",
    "cattle raiders": "Cattle raiders killed 11 people and drove off hundreds of cows in an attack on a village in "
    "Jonglei state on Sunday, a local official said.",
    "aid workers abducted": "Unknown gunmen abducted two aid workers near Yei on Thursday, their organisation said, "
    "calling for their immediate release.",
    "suicide bomber": "A suicide bomber blew himself up at a restaurant in Mogadishu on Friday evening, killing at "
    "least 10 people, police said.",
    "ADF clash": "Ugandan troops clashed with ADF rebels near the Congolese border in Bundibugyo on Tuesday, killing "
    "14 fighters, an army spokesman said.",
    "students protest": "Hundreds of students protested in Addis Ababa on Wednesday against the arrest of a "
    "journalist, chanting slogans outside the federal court.",
    "Lalibela taken": "Fano militiamen took control of the town of Lalibela on Wednesday after a brief exchange of "
    "fire with government troops, residents said.",
    "mortars palace": "Mortar shells landed near the presidential palace in Mogadishu on Sunday night, wounding two "
    "guards, officials said.",
    "mob beats thief": "A mob beat to death a man suspected of stealing a motorcycle in Mbale on Saturday, police "
    "said.",
    "protesters shot": "Soldiers shot dead two protesters in Gondar on Monday during a demonstration against the "
    "arrest of a local leader, witnesses said.",
    "clan militias": "Rival clan militias fought over a water point near Galkayo on Thursday, leaving nine people "
    "dead, elders said.",
    "church attack": "Gunmen stormed a church in Kasese on Sunday and hacked three worshippers to death, the district "
    "commissioner said.",
    "Omdurman shelling": "The RSF shelled the Karari district of Omdurman on Tuesday, killing 12 civilians and "
    "wounding dozens, a doctors' group said.",
    "teachers killed": "Kenyan police said on Tuesday that suspected al-Shabaab militants had killed two teachers in "
    "an attack on a school in Garissa county the night before.",
    "drone on depot": "A drone strike hit a fuel depot in the town of Kombolcha on Monday, killing four people, a "
    "hospital official said.",
    "bus ambushed": "Armed men ambushed a bus on the Juba-Nimule road on Friday, killing five passengers and "
    "wounding seven, a police spokesman said.",
    "police post torched": "Angry residents set fire to a police post in Nakuru on Tuesday after officers shot a "
    "motorcycle taxi rider at a roadblock, witnesses said.",
    "town retaken": "Somali troops recaptured the town of Bulo Burde from al-Shabaab on Saturday after heavy "
    "fighting, the defence ministry said.",
    "grenade in bar": "A hand grenade was thrown into a bar in Juba's Gudele neighbourhood on Saturday night, "
    "wounding six people, police said.",
    "market raided": "Residents of Moyale said on Wednesday that gunmen had raided the town's market overnight, "
    "killing a shopkeeper and looting several shops.",
    "fighters killed": "Security forces killed 15 al-Shabaab fighters in an operation in Middle Juba on Tuesday, "
    "state media reported.",
    "traders clash": "Two people were killed and 15 injured when police clashed with traders protesting against new "
    "taxes in Mbarara on Monday.",
    "village burned": "Militiamen burned down more than 100 homes in a village near Metekel on Sunday after killing "
    "at least 20 residents, a regional official said on Tuesday.",
    "convoy ambush, long": "Gunmen ambush army convoy near Mandera\n\nMANDERA, Kenya - Suspected al-Shabaab militants "
    "ambushed an army convoy near the border town of Mandera on Tuesday, killing four soldiers and wounding six, "
    "military officials said.\n\nThe attackers opened fire with rifles and rocket-propelled grenades as the trucks "
    "slowed at a bend in the road, an officer who asked not to be named said. The wounded were flown to Nairobi.\n\n"
    "The region has seen repeated attacks on security forces in recent years, and the government has closed several "
    "schools near the border.",
    "Khartoum strike, long": "Air strike kills 17 in southern Khartoum\n\nKHARTOUM - An air strike on a residential "
    "area in southern Khartoum killed at least 17 people on Saturday, including five children, the health ministry "
    "said.\n\nResidents said a warplane dropped several bombs on houses near a market in the Mayo district. "
    "Volunteers dug through the rubble for survivors into the night.\n\nThe war between the army and the RSF, which "
    "began in April, has displaced more than two million people, according to the United Nations.",
    "landmine truck": "Two soldiers were killed when their truck hit a landmine near the town of Dhobley on Sunday, a "
    "military officer said.",
    "raid kills 12, long": "Soldiers kill 12 in raid on village in Amhara, residents say\n\nBAHIR DAR, Ethiopia - "
    "Government soldiers killed at least 12 civilians during a house-to-house search in a village near Debre Tabor "
    "on Sunday, three residents told reporters.\n\nThe soldiers were looking for Fano fighters who had attacked "
    "an army post nearby, the residents said. The army did not respond to a request for comment. The region has "
    "been under a state of emergency since August.",
    "checkpoint attack": "Gunmen opened fire on a police checkpoint on the outskirts of Garissa late on Monday, "
    "killing one officer before fleeing, a police statement said.",
    "demonstrators dispersed": "Police used tear gas and batons to break up a march by hundreds of university "
    "students in Khartoum on Sunday, witnesses said.",
    "bishop shot, long": "Catholic bishop-elect shot in Rumbek\n\nRUMBEK - Gunmen shot and wounded the Catholic bishop-elect "
    "of Rumbek at his residence early on Monday, church officials said.\n\nThe attackers broke into the "
    "compound around 1 am and shot him in both legs before fleeing. He was flown to Nairobi for treatment "
    "and is in a stable condition. The state governor condemned the attack and ordered an investigation. "
    "Police said they had arrested several people for questioning.",
    "rockets on airport": "Rockets hit Asmara as conflict spreads\n\nNAIROBI - Several rockets fired from Ethiopia's Tigray "
    "region struck the outskirts of the Eritrean capital Asmara on Saturday night, diplomats "
    "said.\n\nThere was no immediate word on casualties. The Tigray People's Liberation Front has accused "
    "Eritrea of sending troops to help the Ethiopian government in the conflict, which began earlier this "
    "month.",
    "protest shot, long": "Two killed as police open fire on protesters in Kisumu\n\nKISUMU, Kenya - Police shot dead two "
    "people in Kisumu on Wednesday as they fired on protesters who had blocked roads and set tyres on "
    "fire to denounce the rising cost of living, witnesses said.\n\nThe protests, called by the "
    "opposition, also took place in Nairobi and Mombasa. A police spokesman said officers had come under "
    "attack from stone-throwing youths.",
    "hospital attacked": "Paramilitary fighters attacked a hospital in El Fasher on Tuesday, killing two patients and looting "
    "medicines, doctors said.",
    "protesters tear gas": "Police fired tear gas at protesters in Nairobi on Tuesday as thousands marched against a finance "
    "bill.",
    "teachers strike": "Thousands of teachers went on strike across Kenya on Monday to demand higher pay, closing most "
    "public schools.",
    "one attack recalls others": "Gunmen killed five passengers on a bus near Mandera on Tuesday, police said. It was the third such "
    "attack in the county this year, after raids in March and April that killed 11 people.",
    "clan clash with toll": "Clan militias clashed over grazing land near Dhusamareb on Monday, killing at least 12 people, "
    "elders said, the latest in a series of clashes in Galmudug state.",
    "farmer and neighbour": "Militiamen shot dead a farmer and his neighbour in a village near Yei on Friday, a county "
    "official said.",
    "wife among the dead": "Gunmen killed a trader and his wife at their home in Wajir on Thursday night, police said.",
    "police raid kills": "Police raided a house in Mombasa on Tuesday and shot dead three suspected militants, a police "
    "commander said.",
    "attack with backdrop": "Gunmen kill five in Mandera bus attack\n\nMANDERA, Kenya - Gunmen shot dead five passengers on a bus "
    "near Mandera on Monday, police said, in the latest of a string of attacks the county has seen this "
    "year.\n\nThe attackers stopped the bus at a bend and singled out passengers who were not local, a "
    "survivor said. Police said they were pursuing the gunmen towards the border.",
    "strike and war age": "Air strike kills 20 in Nyala as war enters eighth month\n\nNYALA, Sudan - An army air strike hit a "
    "market in the Darfur city of Nyala on Sunday, killing at least 20 people, residents and medics said, "
    "as the war between the army and the paramilitary forces entered its eighth month.\n\nThe RSF, which "
    "controls the city, said the dead were civilians. The army did not comment.",
    "clash in three places": "Clan fighters clashed in the Somali towns of Galkayo, Dhusamareb and Beledweyne on Tuesday, killing "
    "at least 15 people, elders said.",
    "protest across cities": "Thousands of people marched in Nairobi, Kisumu and Mombasa on Tuesday against a new housing tax, and "
    "police fired tear gas in Nairobi, witnesses said.",
    "since april backdrop": "RSF shelling kills 9 in Omdurman\n\nOMDURMAN - Shells fired by the paramilitary Rapid Support Forces "
    "hit a residential area of Omdurman on Saturday, killing nine people, a doctors' group said. The war "
    "since April has killed thousands of people across Sudan.\n\nResidents said the shelling came from "
    "the east bank of the Nile.",
    "soldiers detain pm": "Soldiers detained Sudan's prime minister and several ministers in Khartoum before dawn on Monday, "
    "and protesters who took to the streets against the coup were met with gunfire, witnesses said.",
    "bodyguard kills president": "The president of Ethiopia's Amhara region was shot dead by his own bodyguard in Bahir Dar on "
    "Saturday during what the government called a coup attempt, officials said.",
    "bus attack sunday": "Gunmen attacked a bus in Lamu county on Sunday, killing six passengers and wounding three, police "
    "said. The attackers fled into the Boni forest.",
    "raiders steal cattle": "Raiders stole 300 cattle from herders near Kapedo on Sunday night and fled towards the hills, a "
    "local chief said.",
}


def _relevant(pipeline, text: str) -> tuple[bool, str]:
    """The CEHA answer: an event report (scope) telling a conflict event in the region, and why not."""
    result = pipeline.extract(ArticleInput(id="t", text=text, published=PUBLISHED))
    events = [e for e in result.events if ceha.is_conflict(e)]
    why = ceha.why_not(result.scope.kind, events, text)
    told = "; ".join(f"{e.type.sub_event_type}@{e.type.trigger.text!r}" for e in events)
    return why is None, f"{result.scope.kind}: {result.scope.reason} [{told}] {why or ''}"


@pytest.mark.parametrize("text", list(NOT_CONFLICT.values()), ids=list(NOT_CONFLICT))
def test_false_alarms_news_without_a_conflict_event_is_not_relevant(pipeline, text: str) -> None:
    relevant, why = _relevant(pipeline, text)
    assert not relevant, why


@pytest.mark.parametrize("text", list(ROUNDUPS.values()), ids=list(ROUNDUPS))
def test_false_alarms_a_roundup_of_several_situations_is_not_relevant(pipeline, text: str) -> None:
    relevant, why = _relevant(pipeline, text)
    assert not relevant, why


@pytest.mark.parametrize("text", list(EVENTS.values()), ids=list(EVENTS))
def test_false_alarms_a_single_conflict_event_is_relevant(pipeline, text: str) -> None:
    relevant, why = _relevant(pipeline, text)
    assert relevant, why
