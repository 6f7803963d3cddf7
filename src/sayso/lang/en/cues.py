CUE_VERBS = frozenset()
