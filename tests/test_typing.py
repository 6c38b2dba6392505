"""ACLED sub-event typing of short reports we wrote, one codebook rule per case.

Each sentence is typed through the whole pipeline; the most prominent event's sub-event type
(or None when no event is found) is compared with what the ACLED codebook would code.
"""

from __future__ import annotations

import datetime as dt

import pytest

from eventwire.records import ArticleInput

PUBLISHED = dt.date(2024, 3, 14)


def _main_type(pipeline, text: str) -> str | None:
    events = pipeline.extract(ArticleInput(id="t", text=text, published=PUBLISHED)).events
    return events[0].type.sub_event_type if events else None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # territory: who took it decides, not the word "recaptured"
        (
            "Rebel fighters recaptured the village of Ostrava from government troops on Tuesday.",
            "Non-state actor overtakes territory",
        ),
        (
            "Government forces captured three villages north of the provincial capital on Sunday.",
            "Government regains territory",
        ),
        (
            "The army drove the insurgents out of the town of Bellmar after a week-long operation.",
            "Government regains territory",
        ),
        (
            "Militants took control of the border crossing after the soldiers guarding it withdrew without a fight.",
            "Non-violent transfer of territory",
        ),
        (
            "Peacekeepers handed over control of the airbase to the national army on Friday.",
            "Non-violent transfer of territory",
        ),
        # strategic developments
        (
            "Police seized 14 rifles and 3,000 rounds of ammunition during a search of a warehouse in the port district.",
            "Disrupted weapons use",
        ),
        (
            "A cache of mortar shells and explosives was discovered by soldiers in a cave near the frontier.",
            "Disrupted weapons use",
        ),
        ("More than 60 fighters of the Eastern Front surrendered to the army in the hills on Monday.", "Agreement"),
        ("The two factions agreed to a 72-hour ceasefire to allow aid convoys into the city.", "Agreement"),
        (
            "The army has set up a new observation post on the ridge overlooking the valley.",
            "Headquarters or base established",
        ),
        (
            "Hundreds of soldiers have been deployed to the northern border province after the election.",
            "Change to group/activity",
        ),
        (
            "About 200 militiamen defected to the government side with their weapons last week.",
            "Change to group/activity",
        ),
        ("Villagers found a mass grave holding the remains of 30 people near the old quarry.", "Other"),
        ("Unknown men torched four shops and two cars in the market overnight.", "Looting/property destruction"),
        ("Police arrested 12 men suspected of smuggling fuel across the river.", "Arrests"),
        # a rights group's name is not an amnesty
        ("Amnesty International said the army had detained 40 people in the town on Sunday.", "Arrests"),
    ],
)
def test_typing_strategic_developments_and_territory(pipeline, text: str, expected: str) -> None:
    assert _main_type(pipeline, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Thousands of teachers marched through the capital demanding higher pay.", "Peaceful protest"),
        ("Police fired tear gas to disperse students rallying outside the ministry.", "Protest with intervention"),
        (
            "Dozens of traders protested outside the town hall on Monday. Police intervened and detained 9 of them.",
            "Protest with intervention",
        ),
        (
            "Protesters clashed with riot police and hurled stones at officers near the parliament.",
            "Violent demonstration",
        ),
        (
            "Security forces opened fire on the demonstrators, killing three of them.",
            "Excessive force against protesters",
        ),
        # what they protest about is not what happened at the protest
        ("Relatives of inmates protested outside the prison against the riots there last month.", "Peaceful protest"),
        ("Residents rallied in the square to mark a year since the bombing of the market.", "Peaceful protest"),
        (
            "A crowd of worshippers violently demonstrated at the building site and destroyed the new foundations.",
            "Violent demonstration",
        ),
        # a labour strike is a demonstration, never an air strike
        ("Nurses at the two state hospitals went on strike on Monday over unpaid wages.", "Peaceful protest"),
        # force used "against crowds of protesters": the protest is what happened, not a grievance
        (
            "Police used water cannon against crowds of protesters trying to march to the parliament.",
            "Protest with intervention",
        ),
        # a clash among unorganised people is mob violence, not a battle
        ("Two groups of villagers clashed over grazing land, leaving four people injured.", "Mob violence"),
        ("An angry mob beat a suspected thief to death in the market on Sunday.", "Mob violence"),
        # a kidnapping only "tried" is the mob's motive, not a second event type
        ("Vigilantes killed two men who they said had tried to kidnap a child near the school.", "Mob violence"),
    ],
)
def test_typing_demonstrations_and_crowds(pipeline, text: str, expected: str) -> None:
    assert _main_type(pipeline, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the weapon that named the attack wins over the battle it happened in
        ("A grenade attack during clashes in the old town wounded two policemen on Friday.", "Grenade"),
        (
            "Rebels fired shells filled with poisonous gas at army positions, and dozens suffered breathing problems.",
            "Chemical weapon",
        ),
        (
            "Two attackers blew themselves up at the gate of the base and then exchanged gunfire with the guards.",
            "Suicide bomb",
        ),
        ("Grenades were hurled at a police post in the old quarter overnight, wounding two officers.", "Grenade"),
        # a weapon named as history or motive does not type today's event
        (
            "Government forces captured two villages near Sarbel, the scene of a chemical weapons attack in 2019.",
            "Government regains territory",
        ),
        # gunmen are the attackers, not a side in a battle
        ("Gunmen opened fire on a crowded cafe in the city centre, killing five customers.", "Attack"),
        ("A farmer was shot and wounded by unidentified gunmen in what police called a robbery.", "Attack"),
        # fire exchanged between two armed sides is a battle even without a verb of fighting
        ("Troops and militants exchanged artillery fire along the front line overnight.", "Armed clash"),
        (
            "Government troops fired heavy weapons at rebel positions on the hills, the army said.",
            "Shelling/artillery/missile attack",
        ),
    ],
)
def test_typing_violence_follows_the_hierarchy(pipeline, text: str, expected: str) -> None:
    assert _main_type(pipeline, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Flash floods swept through three villages on Monday, killing at least 40 people, the disaster agency said.",
        "Eleven passengers died when their bus plunged off a bridge into the river late on Friday.",
        "The army deployed in the province is expected to stay until the end of the year, the minister said in a speech.",
        "Three workers were injured when a boiler at the fertiliser plant exploded on Tuesday night.",
        "Traffic police intercepted a van carrying 40 kg of cannabis on the highway and questioned the driver.",
    ],
)
def test_typing_disasters_and_context_are_not_conflict_events(pipeline, text: str) -> None:
    assert _main_type(pipeline, text) in (None, "Change to group/activity")
    assert _main_type(pipeline, text) not in ("Attack", "Armed clash")


def test_typing_force_during_an_epidemic_is_still_violence(pipeline) -> None:
    text = "Police officers whipped traders at the market while enforcing the coronavirus curfew on Saturday."
    assert _main_type(pipeline, text) == "Attack"


def test_typing_strike_that_destroyed_weapons_stays_a_strike(pipeline) -> None:
    text = "Air strikes destroyed 12 trucks and a depot of weapons and ammunition west of the city, the ministry said."
    assert _main_type(pipeline, text) == "Air/drone strike"


def test_typing_arrest_of_the_man_they_protest_about_is_not_an_intervention(pipeline) -> None:
    text = (
        "Journalists protested outside the press club on Tuesday against the arrest of their editor. "
        "He was arrested last month in connection with a tax case."
    )
    assert _main_type(pipeline, text) == "Peaceful protest"


# One plain report per ACLED sub-event type, worded unlike the cases above: a check that the vocabulary
# generalises rather than memorising a handful of phrasings.
ONE_PER_TYPE = [
    (
        "Unidentified assailants shot dead a local council member outside his home in the northern town late on Wednesday.",
        "Attack",
    ),
    (
        "A roadside device exploded as an army patrol passed near the village, wounding three soldiers.",
        "Remote explosive/landmine/IED",
    ),
    ("Warplanes pounded rebel hideouts in the mountains overnight, the defence ministry said.", "Air/drone strike"),
    (
        "Separatist forces shelled residential districts of the city for the third day, killing two civilians.",
        "Shelling/artillery/missile attack",
    ),
    ("A female bomber detonated her explosive belt at a crowded market, killing nine people.", "Suicide bomb"),
    (
        "Armed men stormed a boarding school before dawn and took away 30 pupils, residents said.",
        "Abduction/forced disappearance",
    ),
    ("Fierce fighting broke out between the army and the rebel alliance on the outskirts of the city.", "Armed clash"),
    (
        "Insurgents overran an army outpost in the district and raised their flag over it, officials said.",
        "Non-state actor overtakes territory",
    ),
    (
        "The national army regained control of the strategic mining town after a two-day offensive.",
        "Government regains territory",
    ),
    ("Hundreds of health workers staged a sit-in outside the ministry to demand unpaid salaries.", "Peaceful protest"),
    ("Riot police used batons and tear gas to break up a march by opposition supporters.", "Protest with intervention"),
    (
        "Demonstrators set a police station on fire and blocked the main highway with burning tyres.",
        "Violent demonstration",
    ),
    (
        "Troops fired live ammunition at students demonstrating against the tuition increase, killing one.",
        "Excessive force against protesters",
    ),
    ("A crowd lynched two men accused of stealing a motorbike in the market town.", "Mob violence"),
    ("Soldiers were accused of raping several women during a search operation in the village.", "Sexual violence"),
    ("Police detained the opposition leader and six of his aides at a checkpoint on Friday.", "Arrests"),
    (
        "The armed group announced that it had merged with a larger coalition of rebel factions.",
        "Change to group/activity",
    ),
    ("Engineers from the army defused a bomb planted under a bridge on the main road.", "Disrupted weapons use"),
    (
        "Militiamen looted shops and burned dozens of homes in the village after the army left.",
        "Looting/property destruction",
    ),
    ("The government and the rebel movement signed a peace agreement in the capital on Saturday.", "Agreement"),
    (
        "Rebels withdrew from the town under a deal brokered by elders, and the army moved in without firing a shot.",
        "Non-violent transfer of territory",
    ),
    ("A drone struck a vehicle carrying militant commanders near the border, killing four.", "Air/drone strike"),
    ("Militants lobbed a hand grenade into a police station, injuring two officers.", "Grenade"),
    ("Activists say government forces used chlorine gas in an attack on the besieged suburb.", "Chemical weapon"),
    ("The militia set up a new headquarters in the former governor's residence.", "Headquarters or base established"),
    ("Gunmen on motorbikes killed 12 farmers working in their fields near the village on Tuesday.", "Attack"),
    (
        "Two policemen were killed when their vehicle hit a landmine on the road to the district headquarters.",
        "Remote explosive/landmine/IED",
    ),
    (
        "Fighter jets bombed a weapons depot on the outskirts of the city, a military spokesman said.",
        "Air/drone strike",
    ),
    (
        "Rockets fired from across the border slammed into a residential block, wounding five people.",
        "Shelling/artillery/missile attack",
    ),
    (
        "A car packed with explosives was driven into the gate of the military base by a suicide attacker.",
        "Suicide bomb",
    ),
    ("Kidnappers seized a Catholic priest from his parish house on Sunday night.", "Abduction/forced disappearance"),
    ("Soldiers and fighters of the liberation front exchanged fire for several hours near the bridge.", "Armed clash"),
    (
        "Jihadists seized control of the district headquarters after government troops fled.",
        "Non-state actor overtakes territory",
    ),
    (
        "Government troops recaptured the airport from the rebels on Thursday after heavy fighting.",
        "Government regains territory",
    ),
    ("Thousands marched in the capital on Saturday to denounce rising food prices.", "Peaceful protest"),
    (
        "Police fired rubber bullets and tear gas at protesters who had gathered outside parliament.",
        "Excessive force against protesters",
    ),
    ("A mob set fire to the home of a man accused of witchcraft, killing him and his wife.", "Mob violence"),
    (
        "Women fleeing the fighting told investigators they had been raped by armed men at checkpoints.",
        "Sexual violence",
    ),
    ("Security forces rounded up dozens of young men in overnight raids in the eastern suburbs.", "Arrests"),
    (
        "The militia announced it would disband and hand its weapons to the government next month.",
        "Change to group/activity",
    ),
    ("Air defences shot down two drones approaching the airport, the army said.", "Disrupted weapons use"),
    ("Gunmen ransacked the health centre and carried off medicines and equipment.", "Looting/property destruction"),
    ("The warring parties agreed to a week-long truce to allow the evacuation of the wounded.", "Agreement"),
    (
        "Rebel fighters left the town under an agreement and handed it over to the army.",
        "Non-violent transfer of territory",
    ),
    ("Investigators exhumed dozens of bodies from a mass grave near the former prison.", "Other"),
    ("Assailants hacked three villagers to death with machetes in the forest on Monday.", "Attack"),
    ("An IED planted on the roadside struck a minibus, killing six passengers.", "Remote explosive/landmine/IED"),
    ("Helicopter gunships fired on militant positions in the valley, the army said.", "Air/drone strike"),
    (
        "Mortar rounds landed in a crowded neighbourhood, killing a child and wounding his mother.",
        "Shelling/artillery/missile attack",
    ),
    ("Security forces ambushed a group of insurgents crossing the river, killing eight of them.", "Armed clash"),
    (
        "Two aid workers were abducted by armed men on the road to the camp on Thursday.",
        "Abduction/forced disappearance",
    ),
    ("Herders and farmers clashed with machetes and clubs over a watering point, leaving five dead.", "Mob violence"),
    (
        "About 500 students boycotted classes and marched to the governor's office to protest fee increases.",
        "Peaceful protest",
    ),
    ("The rebels declared a unilateral ceasefire for the holiday period.", "Agreement"),
    ("Police seized 200 kilograms of explosives and detonators from a warehouse in the port.", "Disrupted weapons use"),
    (
        "Islamist fighters stormed and took over the town of Mado after a brief firefight with soldiers.",
        "Non-state actor overtakes territory",
    ),
]


@pytest.mark.parametrize(("text", "expected"), ONE_PER_TYPE)
def test_typing_one_plain_report_per_sub_event_type(pipeline, text: str, expected: str) -> None:
    assert _main_type(pipeline, text) == expected


VIOLENT_TYPES = frozenset({"Battles", "Explosions/Remote violence", "Violence against civilians", "Riots"})
NOT_CONFLICT_EVENTS = [
    "The minister said the government would not negotiate with armed groups until they laid down their weapons.",
    "Analysts warn that the conflict could spread to neighbouring provinces if the ceasefire collapses.",
    "The UN envoy met the foreign minister in the capital on Monday to discuss humanitarian access.",
    "A fire broke out at the central market overnight, destroying dozens of stalls; firefighters said an electrical fault was to blame.",
    "The striker scored twice as the home side crushed their rivals 4-0 in the league on Sunday.",
    "Parliament passed a bill on Tuesday that extends the state of emergency for another three months.",
    "The report said thousands of people have been displaced by years of fighting in the region.",
    "Heavy rains triggered landslides that buried several homes, killing at least 14 people.",
    "Prices of bread and fuel rose sharply after the central bank devalued the currency.",
    "The court sentenced the former rebel commander to 20 years in prison for war crimes committed in 2003.",
    "Ten years after the massacre, survivors still wait for justice, the rights group said in a new report.",
    "The army chief visited troops on the front line and promised new equipment.",
]


@pytest.mark.parametrize("text", NOT_CONFLICT_EVENTS)
def test_typing_statements_forecasts_disasters_and_history_are_not_violent_events(pipeline, text: str) -> None:
    events = pipeline.extract(ArticleInput(id="t", text=text, published=PUBLISHED)).events
    assert [e.type.sub_event_type for e in events if e.type.event_type in VIOLENT_TYPES] == []


# Short wire stories (headline, dateline, lead, follow-up): the main event is what the headline and lead report,
# not a later aside ("the union said the strike would continue").
SHORT_STORIES = [
    (
        "Police break up teachers' march in Lomé\n\nLOMÉ, May 3 (Wire) - Police fired tear gas on Thursday to disperse hundreds of teachers marching to the education ministry to demand back pay. Several teachers were briefly detained, a union leader said. The union said the strike would continue.",
        "Protest with intervention",
    ),
    (
        "Army says it retook border town from rebels\n\nThe army said on Monday it had recaptured the border town of Kasindi from rebels after two days of fighting. A military spokesman said 15 rebels were killed. The rebels did not comment.",
        "Government regains territory",
    ),
    (
        "Bomb kills four at bus station\n\nA bomb hidden in a bag exploded at a crowded bus station in the northern city on Friday, killing four people and wounding 20, police said. No group claimed responsibility.",
        "Remote explosive/landmine/IED",
    ),
    (
        "Militants kill 11 in raid on village\n\nSuspected jihadists on motorbikes attacked the village of Tanou before dawn on Sunday, killing 11 civilians and burning granaries, the local mayor said. Residents fled to the nearby town.",
        "Attack",
    ),
    (
        "Ceasefire agreed in northern region\n\nThe government and the Northern Liberation Front agreed on Saturday to an immediate ceasefire after talks mediated by regional leaders, both sides said. The deal follows months of fighting that displaced thousands.",
        "Agreement",
    ),
    (
        "Cache of weapons found in raid\n\nSoldiers found a large cache of rifles, rocket-propelled grenades and ammunition hidden in a farmhouse during a search operation on Wednesday, the army said. Two suspects were arrested.",
        "Disrupted weapons use",
    ),
    (
        "Protesters torch government offices\n\nAngry demonstrators set fire to the district commissioner's office and threw stones at police on Tuesday during a protest over the killing of a local trader. Police fired tear gas.",
        "Violent demonstration",
    ),
    (
        "Drone strike hits convoy\n\nA drone strike hit a convoy of pickup trucks carrying fighters of the armed group near the border on Monday, killing at least seven, security sources said.",
        "Air/drone strike",
    ),
]


@pytest.mark.parametrize(("text", "expected"), SHORT_STORIES)
def test_typing_short_story_main_event(pipeline, text: str, expected: str) -> None:
    events = pipeline.extract(ArticleInput(id="t", text=text, published=dt.date(2024, 5, 3))).events
    assert events and events[0].type.sub_event_type == expected


@pytest.mark.issue(5)
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # people taken are an arrest (by the state) or an abduction (by others), never ground taken
        (
            "A combined security force captured a rebel commander during an operation in Varn district on Tuesday.",
            "Arrests",
        ),
        ("A senior militant leader was captured by police in the town of Ostrava on Monday.", "Arrests"),
        ("Rebels captured two soldiers near the village of Pelka on Friday.", "Abduction/forced disappearance"),
        ("Rebels captured the town of Pelka after heavy fighting on Friday.", "Non-state actor overtakes territory"),
        # a battle fought with guns is never a brawl, whoever the armed men are
        ("Armed men clashed with police officers in the town of Ostrava on Sunday. Two men died.", "Armed clash"),
        ("A man was killed after exchanging fire with police during a patrol in Varn on Monday.", "Armed clash"),
        # an attack on a place or a thing: the attackers are not its combatant victims
        ("Militants attacked the village of Pelka on Tuesday and set fire to several houses.", "Attack"),
        ("Militants attacked an army base near Pelka on Tuesday, killing three soldiers.", "Armed clash"),
        # one side fires, the other answers: a battle, whatever the first side used
        (
            "Government forces responded to rebel shelling near Varn on Monday, killing several fighters.",
            "Armed clash",
        ),
        ("Government troops thwarted an attack of rebel forces on the front near Varn on Friday.", "Armed clash"),
        # what demonstrators did makes the riot: burning tyres, barricades, stones
        (
            "Some 200 workers burned tyres and demonstrated in the town of Pelka demanding unpaid wages.",
            "Violent demonstration",
        ),
        ("Residents barricaded roads with burning tyres in Varn to demand clean water.", "Violent demonstration"),
        # police breaking up a crowd: an intervention, unless the crowd's own violence is told
        (
            "Workers held a protest in Varn demanding their wages. Police resorted to a lathi charge to disperse them.",
            "Protest with intervention",
        ),
        (
            "Police used a water cannon and tear gas to disperse a crowd of rioters who threw stones in Pelka.",
            "Violent demonstration",
        ),
        # labour strikes are protests, whatever their length
        ("University students went on a 48 hour strike to demand payment of their grants.", "Peaceful protest"),
        ("Factory workers in Pelka strike over pay.", "Peaceful protest"),
    ],
)
def test_typing_generalising_rules(pipeline, text: str, expected: str) -> None:
    assert _main_type(pipeline, text) == expected
