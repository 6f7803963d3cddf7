"""English closed-class words and forms the rules need."""

MONTHS = frozenset(
    "January February March April May June July August September October November December "
    "Jan. Feb. Mar. Apr. Aug. Sept. Sep. Oct. Nov. Dec.".split()
)
