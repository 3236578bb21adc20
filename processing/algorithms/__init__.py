"""The provider's algorithms, one per module. The list is the only place an algorithm is registered."""


def algorithm_classes():
    from complete_community.processing.algorithms.action_plan import ActionPlanAlgorithm
    from complete_community.processing.algorithms.adjust_communities import AdjustCommunitiesAlgorithm
    from complete_community.processing.algorithms.check_communities import CheckCommunitiesAlgorithm
    from complete_community.processing.algorithms.classify_facilities import ClassifyFacilitiesAlgorithm
    from complete_community.processing.algorithms.compare_checks import CompareChecksAlgorithm
    from complete_community.processing.algorithms.convert_coordinates import ConvertCoordinatesAlgorithm
    from complete_community.processing.algorithms.delineate_communities import DelineateCommunitiesAlgorithm
    from complete_community.processing.algorithms.export_profile import ExportProfileAlgorithm
    from complete_community.processing.algorithms.export_report import ExportReportAlgorithm
    from complete_community.processing.algorithms.export_table import ExportTableAlgorithm
    from complete_community.processing.algorithms.import_poi import ImportPoiAlgorithm
    from complete_community.processing.algorithms.network_qa import NetworkQaAlgorithm
    from complete_community.processing.algorithms.suggest_sites import SuggestSitesAlgorithm
    from complete_community.processing.algorithms.walking_service_areas import WalkingServiceAreasAlgorithm

    return [ActionPlanAlgorithm, AdjustCommunitiesAlgorithm, CheckCommunitiesAlgorithm, ClassifyFacilitiesAlgorithm,
            CompareChecksAlgorithm, ConvertCoordinatesAlgorithm, DelineateCommunitiesAlgorithm, ExportProfileAlgorithm,
            ExportReportAlgorithm, ExportTableAlgorithm, ImportPoiAlgorithm, NetworkQaAlgorithm, SuggestSitesAlgorithm,
            WalkingServiceAreasAlgorithm]
