"""The facility taxonomy: stable type codes with Chinese and English names and aliases."""

from dataclasses import dataclass
from functools import lru_cache
from typing import Dict, Optional, Tuple

from complete_community.core.paths import RESOURCES_DIR
from complete_community.core.yaml_io import read_yaml

TAXONOMY_PATH = RESOURCES_DIR / "taxonomy" / "facility_types.yaml"


@dataclass(frozen=True)
class FacilityType:
    code: str
    name_zh: str
    name_en: str
    aliases: Tuple[str, ...]
    standard: bool

    def name(self, locale: Optional[str] = None) -> str:
        return self.name_zh if (locale or "").startswith("zh") else self.name_en


@lru_cache(maxsize=1)
def facility_types() -> Dict[str, FacilityType]:
    """All facility types by code, in the taxonomy file's order."""
    data = read_yaml(TAXONOMY_PATH)
    types = {}
    for code, entry in data["types"].items():
        types[code] = FacilityType(
            code=code,
            name_zh=entry["zh_CN"],
            name_en=entry["en"],
            aliases=tuple(entry.get("aliases", ())),
            standard=bool(entry.get("standard", False)),
        )
    return types


def is_known_type(code: str) -> bool:
    return code in facility_types()


def resolve_type(text) -> Optional[str]:
    """The type code a person's word names — the code, the Chinese or English name or an alias, in any case — or
    None."""
    wanted = str(text).strip().lower()
    for code, entry in facility_types().items():
        if wanted in {w.lower() for w in (code, entry.name_zh, entry.name_en, *entry.aliases)}:
            return code
    return None


def type_list() -> str:
    """Every type as people and scripts name it, for messages: "幼儿园 kindergarten, 托儿所 nursery, …"."""
    return ", ".join("{} {}".format(entry.name_zh, code) for code, entry in facility_types().items())
