"""Drawing communities: residential units (estates, blocks, parcels or building points with a population) grouped
into contiguous communities inside the profile's population band whose residents reach the community's centre on
foot within the profile's walking reach (units.py: the units, their population and who neighbours whom;
grouping.py: the grouping; adjust.py: merges and splits of existing communities). Pure numpy/scipy/shapely."""
