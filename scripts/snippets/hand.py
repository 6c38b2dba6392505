H = {}
H["Armed clash"] = [
    "Fighting flared again on Sunday on the western front, where government troops and tribal fighters allied with the rebels battled with tanks and heavy machine guns for control of a ridge. A military source said eleven rebels and four soldiers died.",
    "Police in the southern state said a gang leader and three of his men were killed in a firefight with a special unit that had surrounded their hideout before dawn. Two officers were hurt.",
    "On 14 September, militants armed with rifles and rocket launchers assaulted an army outpost in the hills. Soldiers held their ground and the attack was beaten back after two hours; the army put the militants' losses at nine.",
    "Villagers said the night was filled with gunfire as members of the community defence force and a band of raiders fought on the edge of the settlement. Three defence force members and two raiders died.",
    "Security forces and suspected insurgents exchanged fire in a wooded area of the district for most of Tuesday, police said, without giving a toll.",
    "The ceasefire monitors recorded 140 violations overnight, mostly small-arms and machine-gun fire between the two armies along the contact line.",
    "Two factions of the same armed movement turned their guns on each other in the provincial capital on Friday after a dispute over checkpoint revenue, leaving at least six fighters dead.",
    "A border guard was killed and two were injured when smugglers opened fire on their patrol near the river crossing, the interior ministry said. The guards returned fire and wounded one smuggler.",
    "Rebels said they fought off an army offensive on their mountain base, claiming to have killed dozens of soldiers, a figure the military dismissed.",
    "An army spokesman said troops 'neutralised' five gunmen in an encounter in the forest on Wednesday and seized three AK-47 rifles.",
    "Peacekeepers came under fire near their base and responded, the mission said in a statement. One peacekeeper was lightly wounded.",
    "Clashes between the two ethnic militias resumed on Monday around the market town, with fighters using automatic weapons; health workers counted 17 dead.",
    "Naval forces engaged pirates who tried to board a tanker off the coast; two pirates were killed in the exchange.",
    "The army lost a captain and three soldiers in heavy fighting with jihadists around the lake, where both sides have been battling for islands.",
    "Militants attacked the district police headquarters at dawn, triggering a gun battle that lasted until midday. All four attackers were killed, as was one constable.",
    "Local defence volunteers clashed with cattle rustlers who had crossed from the neighbouring county, and recovered most of the stolen animals.",
    "In a statement, the rebel group said its fighters had ambushed an army column and fought it for three hours; the army confirmed the ambush and said the attackers were repulsed.",
    "At least 20 people were killed as two armed factions battled for control of the port city's airport, medics said.",
]
H["Government regains territory"] = [
    "The army says it has flushed the last insurgents out of the river town they seized in the spring, and that civil servants will return next week.",
    "Government troops marched into the district capital on Thursday, ending two years of rebel rule there. Residents lined the streets as the soldiers arrived.",
    "After a week-long siege, the military recaptured the oil field from the militants, the energy minister said on television.",
    "Security forces regained control of the border crossing that separatist fighters had held for ten days.",
    "The national army and allied militias pushed the jihadists out of three villages north of the city, restoring government authority over the highway.",
    "Officials said the mountain pass, lost to the rebels in March, was back in the hands of the state after an offensive backed by artillery.",
    "Troops retook the police station on Monday and hoisted the flag, a day after insurgents overran it.",
    "The defence ministry announced that its forces had liberated the town and were clearing it of mines left by the retreating rebels.",
    "Pro-government forces recovered a strategic hill overlooking the airport after the rebels withdrew under heavy fire.",
    "The governor said the island, seized by pirates turned militants, had been recovered by the navy without a shot fired on its side.",
    "On 2 February, soldiers took back the gold mining site that the armed group had occupied, the army said, adding that the group fled into the bush.",
    "Government forces captured the rebels' main base in the hills, a camp they had used for a decade.",
]
H["Non-state actor overtakes territory"] = [
    "Insurgents took over the district headquarters on Saturday after the police chief and his men fled, residents said, and the insurgents' flag now flies over the building.",
    "The rebel alliance said it had captured the strategic town on the main highway, cutting the capital's supply route. The army admitted a 'tactical withdrawal'.",
    "Jihadists overran a military camp near the border, seizing armoured vehicles and ammunition, before moving into the nearby town.",
    "A coalition of armed groups announced that the regional capital was under its full control after government troops pulled back overnight.",
    "Militiamen occupied the village after driving out a rival militia, and installed their own administrator.",
    "The town fell to the insurgents at dawn, according to aid workers who were evacuated by boat.",
    "Armed separatists seized the airport of the provincial capital on Tuesday.",
    "The rebels say they now hold every town along the lake shore, after the capture of the last army garrison there.",
    "On 19 July, fighters of the armed group entered the town unopposed and took over the police station and the customs post.",
    "The gang federation took control of the neighbourhood around the fuel terminal after days of fighting with police.",
    "Insurgents captured a border post and several villages in a lightning offensive, the army acknowledged.",
    "After the garrison surrendered, the militants occupied the base and paraded captured soldiers on video.",
]
H["Chemical weapon"] = [
    "Doctors in the besieged suburb said they treated dozens of people gasping for breath after shells released a smell of bleach over the neighbourhood.",
    "The watchdog concluded that a toxic chemical, probably chlorine, was used as a weapon in the attack on the residential building.",
    "Residents described a white cloud spreading through the streets after the bombs hit, and children with foaming mouths were carried to clinics.",
    "Opposition activists accused the government of dropping canisters of poisonous gas on the town, killing at least nine people in their shelters.",
    "The militants fired mortar bombs filled with mustard agent at the front line, the coalition said, causing blisters on soldiers.",
    "Inspectors found traces of sarin in soil samples from the site of the attack.",
    "A medical charity said it had received patients with symptoms consistent with exposure to a nerve agent after the air raid.",
    "Soldiers at the front reported that enemy drones dropped grenades filled with tear gas and an unknown irritant on their trenches.",
    "The gas attack on the village killed a family of six who were sheltering in their basement, rescuers said.",
    "Chlorine gas released by a rocket sickened about 30 people in the northern district on Wednesday.",
]
H["Air/drone strike"] = [
    "Warplanes believed to belong to the coalition bombed a wedding hall on Saturday, killing guests, health officials said.",
    "A drone fired two missiles at a car travelling on the highway, killing three men inside whom the military described as senior militant commanders.",
    "Jets pounded rebel-held villages in the south for a third straight day, activists said, adding that a bakery was destroyed.",
    "The air force said it had struck a militant training camp in the mountains, killing 'dozens of terrorists'.",
    "Helicopters dropped barrel bombs on the town overnight, and rescuers worked until morning to pull survivors from the rubble.",
    "An airstrike destroyed a bridge used by insurgents to bring in supplies, the army said.",
    "A military drone struck a gathering of people in a field; villagers said the dead were farmers, the army said they were fighters.",
    "Aircraft bombed the outskirts of the city as government forces prepared a ground offensive.",
    "The armed group said it had shot down a surveillance drone, a day after drone strikes killed four of its fighters.",
    "A series of air raids hit fuel depots in the port, sending columns of smoke into the sky.",
    "Residents said they heard planes before the bombs fell on the market at midday.",
    "Explosive-laden drones launched by the rebels struck an airport in the south, wounding two workers.",
]
H["Suicide bomb"] = [
    "A bomber detonated an explosives vest among worshippers leaving evening prayers, killing at least 30 people, police said.",
    "A car driven by a suicide attacker slammed into the gate of the army base and blew up, followed by gunmen who tried to storm the compound.",
    "Police said a young woman hid explosives under her clothes and set them off at a checkpoint, killing herself and two officers.",
    "The militant group claimed the suicide attack on the election rally, which killed 14 people.",
    "A man on foot approached a queue of army recruits and blew himself up.",
    "Two bombers struck a crowded fish market minutes apart, in the deadliest suicide bombing in the city this year.",
    "A truck laden with explosives and driven by a suicide bomber destroyed the front of the ministry building.",
    "A suicide bombing at a funeral in the eastern province killed more than a dozen mourners.",
    "Security guards stopped a suicide bomber at the hotel entrance, where he detonated his charge, killing a guard.",
    "An attacker blew himself up near a convoy of foreign troops, wounding three soldiers and several passers-by.",
]
H["Shelling/artillery/missile attack"] = [
    "Mortar bombs rained on the camp for displaced people on Wednesday morning, killing four children.",
    "The city was hit by a barrage of rockets overnight, one of which struck an apartment block.",
    "Rebels shelled the government-held quarter of the city with homemade rockets, wounding shoppers.",
    "The army used artillery and multiple rocket launchers against villages suspected of sheltering militants, residents said.",
    "A missile fired from across the border hit a farm, killing two labourers, the foreign ministry said in protest.",
    "Both sides accused each other of shelling the nuclear plant's surroundings.",
    "Shells landed near a school during morning lessons; teachers hurried children into the basement.",
    "The militia fired mortars at the airport, forcing flights to be suspended.",
    "Tank fire destroyed several houses in the village, which lies close to the front line.",
    "Artillery fire from army positions on the hills struck the rebel-held town for hours.",
    "Ballistic missiles launched by the rebels were intercepted over the capital; debris fell on a residential area.",
    "A rocket hit a hospital ward, killing a nurse and two patients, medical staff said.",
]
H["Remote explosive/landmine/IED"] = [
    "A bomb hidden in a cart of vegetables exploded at a busy intersection, killing six people. No one has claimed the attack.",
    "Three soldiers were killed when their armoured vehicle drove over a buried explosive on a dirt road near the border.",
    "A child herding goats stepped on a landmine left from the war and lost a leg.",
    "Police defused one device but a second bomb went off under a parked car outside the courthouse.",
    "A roadside explosion struck a bus carrying mine workers, killing 11 of them.",
    "The explosive, planted under the road, was detonated by remote control as the governor's convoy passed.",
    "Two bombs exploded in quick succession at a bus stop during the morning rush.",
    "A minibus hit an anti-tank mine on a rural track, killing all eight passengers.",
    "A bomb attached to the underside of a police officer's car exploded as he drove to work, killing him.",
    "An explosive device went off inside a packed cinema, wounding dozens.",
    "Militants blew up a railway line with explosives, derailing a freight train.",
    "Army engineers were hit by an improvised bomb while clearing a road of mines.",
]
H["Grenade"] = [
    "An unidentified assailant threw a hand grenade into a bar on Saturday night, wounding nine customers.",
    "A grenade tossed over a wall into a police compound injured two officers, police said.",
    "Attackers on a motorbike lobbed a grenade at a busy market and sped away.",
    "A grenade hurled at a political meeting injured a party official and several supporters.",
    "Militants threw grenades at a security forces vehicle in the old city, injuring three personnel and several bystanders.",
    "A grenade exploded at a bus stand after being thrown by a man who fled into the crowd.",
    "Someone threw a grenade into the yard of a judge's house overnight; the family escaped unhurt.",
    "A grenade attack on a church during Sunday mass wounded twelve worshippers.",
    "Two grenades were thrown at a nightclub, killing a bouncer.",
    "A man threw a grenade at a group of soldiers at a roadblock and was arrested.",
]
H["Sexual violence"] = [
    "A humanitarian agency said dozens of women had been raped by armed men as they fled the fighting along the road south.",
    "Two soldiers are accused of raping a woman at a checkpoint while her husband was held at gunpoint.",
    "Survivors told investigators that militia fighters raped women and girls during the raid on their village.",
    "A teenage girl was raped by members of an armed group who stopped her on her way to market.",
    "The UN said a woman in the displacement camp was sexually assaulted by men in uniform.",
    "Police officers allegedly raped a detainee in a cell, her lawyer said.",
    "Women collecting firewood outside the camp were attacked and raped by armed herders.",
    "The group's fighters forced several girls into 'marriage' and sexually abused them, according to escapees.",
    "An armed man raped a 12-year-old girl in the village; local leaders reported it to the police.",
    "Rebel fighters sexually assaulted women during house searches in the town.",
]
H["Attack"] = [
    "Gunmen went from house to house in the village before dawn, shooting residents; 23 people were killed.",
    "A journalist was shot dead by two men on a motorbike as he left his office.",
    "Militants stopped a bus, separated the passengers and killed the men.",
    "Soldiers fired on a crowd of villagers at a market, killing several, witnesses said. The army said it had been targeting militants.",
    "A farmer was hacked to death in his field by suspected herders.",
    "The bodies of five aid workers were found by a road, a day after they were seized.",
    "Armed men attacked a mining camp and killed 12 artisanal miners.",
    "A local councillor was shot dead outside his home in the capital on Tuesday night.",
    "Militiamen burned houses and shot villagers who tried to flee, survivors said.",
    "Police said a man was killed in a targeted shooting that bore the marks of the armed group.",
    "Gunmen raided a school dormitory and killed students in their beds.",
    "Security forces shot dead a young man at a checkpoint after he failed to stop, relatives said.",
    "Jihadists executed three men accused of working with the army in a village square.",
    "A pastor and his wife were killed when armed men attacked their house.",
]
H["Abduction/forced disappearance"] = [
    "Gunmen kidnapped 40 passengers from a bus on the highway and marched them into the forest.",
    "Armed men seized three foreign engineers from their work site and are holding them for ransom.",
    "A human rights activist has not been seen since men in plain clothes took him from his home; the authorities deny holding him.",
    "Militants abducted dozens of women and children from the village during a night raid.",
    "The rebels took six aid workers hostage at a roadblock.",
    "A priest was kidnapped on his way back from a funeral, the diocese said.",
    "Unknown men snatched a schoolboy as he walked home; his family received a ransom call the next day.",
    "Security agents detained a journalist, and his family has been given no word of where he is held.",
    "Bandits invaded the boarding school and carried away more than 100 students.",
    "Pirates kidnapped eight crew members from a cargo ship off the coast.",
    "Fighters abducted a village chief and two elders, accusing them of informing for the army.",
    "Two brothers were taken from a checkpoint by militiamen and remain missing.",
]
H["NONE"] = [
    "The finance ministry said it would raise fuel subsidies from next month.",
    "Heavy rain caused a dam to burst, flooding several villages and killing 12 people.",
    "The national team beat its rival 3-1 in the qualifier, sending fans into the streets to celebrate.",
    "Ten years after the bombing, survivors gathered at the memorial to remember the victims.",
    "The army chief warned that insurgents may be planning attacks during the holidays.",
    "A tanker truck overturned and caught fire on the highway, killing the driver.",
    "The court postponed the trial of the former rebel commander until March.",
    "Negotiators from both sides met in a neutral capital but reached no agreement.",
    "Cholera has spread to three more districts, the health ministry said.",
    "A fire destroyed dozens of stalls at the central market; the cause is under investigation.",
    "The president visited troops at the front and promised them better equipment.",
    "An opposition leader announced he would run for president in next year's election.",
    "Police seized two tonnes of cocaine hidden in a shipment of bananas.",
    "A mine collapse trapped 20 workers underground.",
]
# monitor-note style, our own wording
H["Armed clash"] += [
    "On 11 June, a patrol of the national guard and an armed gang fought for about an hour at the entrance of a settlement outside the port (coastal district). Two gang members were killed. 2 fatalities.",
    "On 2 October, unidentified gunmen fired on a police post at a river crossing; the police returned fire and the gunmen escaped into the bush. No fatalities reported.",
    "On 23 January, army troops and fighters of a local self-defence group exchanged fire near a water point after a dispute over cattle. 4 fatalities (2 soldiers, 2 fighters).",
    "Around 5 August, militants attacked an army position near the lake with rifles and mortars. The troops repelled the attack. The number of dead is not known.",
    "On 17 March, a sniper of the armed opposition shot and killed a government soldier on the front line south of the city.",
    "On 30 September, two factions of the same militia clashed inside a market town over the control of a checkpoint. 5 fighters were killed.",
    "On 8 December, security forces raided a house where suspected militants were hiding; the suspects opened fire and three of them were killed in the exchange.",
    "On 14 April, an armed group ambushed a gendarmerie convoy on a dirt road; the gendarmes fought back for two hours. 6 gendarmes and an unknown number of assailants were killed.",
]
H["Attack"] += [
    "On 11 June, armed men entered a hamlet at night and shot dead a farmer and his two sons in their compound. 3 fatalities.",
    "On 2 October, a local trader was shot and killed by two men on a motorbike as he closed his shop. The motive is unknown.",
    "On 23 January, militiamen beat and stabbed a young man they accused of spying; he died of his injuries.",
    "Around 5 August, suspected militants killed 7 gold miners at an artisanal mining site and set their huts on fire.",
    "On 17 March, soldiers shot and killed an unarmed man at a checkpoint after he failed to stop, witnesses said.",
    "On 30 September, armed men attacked a camp for displaced families, killing two women and wounding four children.",
    "On 8 December, the body of a community leader who had been missing since the day before was found with gunshot wounds near the river.",
    "On 14 April, gunmen opened fire on passengers waiting at a bus stop, killing 4 and injuring 6.",
]
H["Shelling/artillery/missile attack"] += [
    "On 11 June, rebel forces fired mortars at a government-held neighbourhood of the city. A civilian was killed and three were wounded.",
    "On 2 October, government artillery shelled the outskirts of a rebel-held town. No casualties were reported.",
    "On 23 January, the army fired artillery shells and rockets at positions of the armed group in the hills. Fatalities unknown.",
    "On 17 March, a missile launched from across the border hit a fuel depot near the airport.",
]
H["Air/drone strike"] += [
    "On 11 June, military aircraft struck a gathering of fighters near the border, killing at least 6. 6 fatalities.",
    "On 2 October, an armed drone targeted a motorbike carrying two militants on a desert track. Both were killed.",
    "On 23 January, a drone launched by the rebels hit the control tower of a regional airport. No casualties were reported.",
    "On 17 March, unidentified aircraft bombed a weapons depot belonging to an armed group. Fatalities unknown.",
]
H["Remote explosive/landmine/IED"] += [
    "On 11 June, a civilian vehicle hit a landmine on a rural road, killing 2 passengers and injuring 3.",
    "On 2 October, an improvised explosive device exploded near an army patrol, wounding 2 soldiers. No group claimed responsibility.",
    "On 23 January, a car bomb detonated in front of a hotel used by officials. At least 5 people were killed.",
    "On 17 March, a roadside bomb targeted a police vehicle near the town. Fatalities unknown.",
]
H["Suicide bomb"] += [
    "On 11 June, a suicide bomber detonated his vest at the entrance of a mosque, killing 8 worshippers.",
    "On 23 January, a suicide car bomb targeted a military base; the attacker and 4 soldiers were killed.",
]
H["Grenade"] += [
    "On 11 June, an unknown man threw a grenade at a police patrol in the town centre, injuring 2 officers.",
    "On 23 January, militants lobbed a grenade at a security forces bunker; it exploded on the roadside and wounded a passer-by.",
]
H["Abduction/forced disappearance"] += [
    "On 11 June, gunmen abducted 6 farmers from their fields and took them to an unknown location.",
    "On 2 October, militants kidnapped a local official on the road to the district headquarters.",
    "On 23 January, armed men kidnapped 3 women from a village and demanded a ransom for their release.",
]
H["Sexual violence"] += [
    "On 11 June, 3 women were raped by armed men while walking to their fields.",
    "On 23 January, a soldier raped a 15-year-old girl near a military camp.",
]
H["Government regains territory"] += [
    "On 11 June, the army regained control of a village that had been held by the armed group since March.",
    "On 23 January, government troops recaptured a border town from the rebels after two days of fighting.",
]
H["Non-state actor overtakes territory"] += [
    "On 11 June, the armed group took control of a district town after government forces withdrew.",
    "On 23 January, rebels captured a military base and seized weapons and vehicles left behind by the soldiers.",
]
H["NONE"] += [
    "On 11 June, the governor opened a new road linking the district to the regional capital.",
    "On 23 January, heavy rains caused flooding that destroyed 200 houses and killed 3 people.",
    "Officials said peace talks between the government and the rebels would resume next week in a neighbouring country.",
    "The minister said the army would recruit 5,000 new soldiers this year.",
]
