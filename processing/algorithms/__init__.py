"""The provider's algorithms, one per module. The list is the only place an algorithm is registered."""


def algorithm_classes():
    return []
