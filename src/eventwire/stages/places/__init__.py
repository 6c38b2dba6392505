"""Places: place mentions → gazetteer locations, with a role and a precision code.

The role comes from the preposition before the name ("from Raqqa" origin, "towards Palmyra"
destination, "near Homs" near, "in Homs" site). Capitals that speak ("Moscow said") and the
dateline city are not places of the event. When convoys are struck between an origin and a
destination, the site lies on the route and is only known to the region.

A qualifier names where a place lies: "near Shyrokyne, Donetsk", "Mukayras district (Al Bayda)",
ACLED's "(Abs, Hajjah)", "Gwoza in Borno State". The place is looked for inside the qualifier (even
when the language stage tagged only the province); a village the gazetteer lacks is put in the
division the text names, at regional precision, with the reason.

Namesakes are chosen jointly: a town near which other names of the article have a candidate
(Oxford beside Tupelo and Batesville is Oxford, Mississippi) is preferred (``_coherent``). A name no
gazetteer holds (a street, a building, a hamlet) is placed where the text puts it, as ACLED does: at
the town in its name ("Harare City Council"), else at the place named nearest to it, else in the
article's country, each at a coarser precision with the reason (``PlaceStage._placed_by_context``).
A report whose words name a war zone (``THEATRES``: the OSCE monitors' notes on the Donbas) prefers
namesakes there. Buildings of government ("the White House") are in their capital; "New York" is the
state when the words around it say so ("upstate", "Governor", "Buffalo, New York").
Answers are memoised per article and context: events ask again for the same names.

Modules, one job each: ``stage`` (``PlaceStage``: mentions → places, the per-article memo), ``hints``
(which countries and divisions the article is about), ``context`` (the ``PlaceContext`` record, war zones,
joint disambiguation), ``resolve`` (one name the gazetteer knows → a Place), ``qualifiers`` ("Pisky,
Donetsk"), ``unknown`` (names the gazetteer lacks), ``roles`` (site/origin/destination/near and routes),
``precision`` (geo_precision, where_prec and reasons), ``geometry`` (distances, containment), ``text``
(what the words around a name say) and ``thresholds`` (the tuned numbers).
"""

from eventwire.stages.places.context import THEATRES, Anchor, Geocoder, PlaceContext, Theatre
from eventwire.stages.places.geometry import distance_km, far_apart, haversine_km, wide_place
from eventwire.stages.places.precision import placed_by_context
from eventwire.stages.places.roles import route_site
from eventwire.stages.places.stage import PlaceStage

__all__ = [
    "THEATRES",
    "Anchor",
    "Geocoder",
    "PlaceContext",
    "PlaceStage",
    "Theatre",
    "distance_km",
    "far_apart",
    "haversine_km",
    "placed_by_context",
    "route_site",
    "wide_place",
]
