"""The tuned numbers of place resolution, each with what it is for (and, where swept, how it was chosen)."""

_JOINT_CANDIDATES = 3  # candidates per name that vote for a country; the right one is almost always among the top 3
_UNAMBIGUOUS_POPULATION = 100_000  # a city this big is rarely a namesake (Gaza, Khan Yunis, Omdurman)

_CONTEXT_CANDIDATES = 40
_SAME_PLACE_KM = 50.0  # two candidates this close are the same place for disambiguation
_CLEAR_MARGIN = 2.0  # a best candidate this far ahead of any distant rival needs no context
_MAIN_COUNTRY_BONUS = 0.5
_DIVISION_BONUS = 2.0  # "Alexandria" in an article that names Louisiana
_NEAR_BONUS = 1.5
_NEAR_KM = 150.0
_WORLD_CITY = 1_500_000  # a city this large may be named in any article (London, Beirut); smaller ones need support

_COUNTY_BONUS = 6.0  # a US town whose county the article names, a county in which a town it names lies
"""As large as ``_COHERENT_RANGE``: a namesake in the county the text names outweighs a better-known one (Paris,
Tennessee beside "Henry County" over Paris, France); counties' own scores are all alike, so any bonus decides.
Swept on the dev parts (2026-11-25), 3 / 4.5 / 6 / 8: GWN, TR-News, GeoVirus flat, LGL 0.905 / 0.905 / 0.905 / 0.905-1
toponym; 6 kept for the principle (the named county outweighs a namesake's fame within the coherent range)."""

_COHERENT_NAMES = 1  # other names of the article with a candidate near a town, for it to count as their neighbour
_COHERENT_KM = 60.0
_COHERENT_BONUS = 3.0
_COHERENT_RANGE = 6.0  # a candidate this far below the name's best score is a chance namesake
"""Swept on the dev parts of GWN, LGL and GeoVirus (2026-11-24): names 1 vs 2 (LGL 0.825 vs 0.817, GWN 0.904
vs 0.898), range 4 / 6 / 8 (LGL 0.813 / 0.825 / 0.825); bonus 0 / 1.5 / 3 moved LGL by under half a point."""

_VOTE_NAMES = 4  # names that must be able to lie in one division for it to be the article's (``_voted_division``)
_VOTE_MARGIN = 2  # ... and how many more than in any other division
"""Swept on the dev parts (2026-11-25), names/margin 2/1, 3/1, 3/2, 4/2: LGL 0.859 / 0.865 / 0.865 / 0.866,
GeoVirus 0.890 / 0.895 / 0.895 / 0.895, TR-News 0.924 / 0.925 / 0.924 / 0.924, GWN 0.945 for all (0.942 without)."""

_CONTEXT_TRIES = 8  # nearest other place names tried for an unknown name; farther ones say little about it
_INNER_POPULATION = 15_000  # a town this big named inside a longer name ("Colchester Hospital") is no chance match
