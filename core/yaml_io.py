"""Reading the plugin's YAML data files (profiles, taxonomy, mappings) safely and strictly.

PyYAML silently keeps the last of two equal keys; a profile with two items "05" would then lose one without a word.
This loader rejects duplicate keys and reports the line.
"""

from pathlib import Path
from typing import Optional

import yaml

from complete_community.core.i18n import tr


class DataFileError(Exception):
    """A data file that cannot be used; the message names the file and the problem (translated)."""

    def __init__(self, problems):
        self.problems = list(problems) if isinstance(problems, (list, tuple)) else [problems]
        super().__init__("\n".join(self.problems))


# libyaml's parser where PyYAML has it (Debian's and QGIS's builds do): the same documents, read about ten times
# faster — every algorithm reads the profiles' titles when QGIS loads the provider
_SAFE_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class _StrictLoader(_SAFE_LOADER):
    pass


def _construct_mapping(loader, node, deep=False):
    loader.flatten_mapping(node)
    seen = {}
    for key_node, _value_node in node.value:
        key = loader.construct_object(key_node, deep=deep)
        if key in seen:
            raise yaml.constructor.ConstructorError(
                None,
                None,
                tr("duplicate key '{}' (first at line {})").format(key, seen[key] + 1),
                key_node.start_mark,
            )
        seen[key] = key_node.start_mark.line
    return yaml.SafeLoader.construct_mapping(loader, node, deep=deep)


_StrictLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _construct_mapping)


def read_yaml(path) -> dict:
    """The YAML mapping in path; DataFileError naming the file for unreadable files, syntax errors and duplicates."""
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise DataFileError(tr("{}: file not found").format(path)) from None
    except (OSError, UnicodeDecodeError) as error:
        raise DataFileError(tr("{}: cannot be read as UTF-8 text ({})").format(path, error)) from None
    try:
        data = yaml.load(text, Loader=_StrictLoader)  # noqa: S506 (a SafeLoader subclass)
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None)
        where = tr("line {}").format(mark.line + 1) if mark is not None else ""
        problem = getattr(error, "problem", None) or str(error)
        raise DataFileError(tr("{}: {}: invalid YAML: {}").format(path.name, where, problem)) from None
    if not isinstance(data, dict):
        raise DataFileError(tr("{}: expected a mapping of keys at the top of the file").format(path.name))
    return data


def find_data_file(name_or_path, bundled_dir: Path, relative_to: Optional[Path] = None) -> Optional[Path]:
    """A bundled file named by its id (`mohurd-2020` → bundled_dir/mohurd-2020.yaml), or a path; relative paths are
    taken against relative_to (the folder of the file that refers to it). None when there is no such file."""
    text = str(name_or_path).strip()
    bundled = bundled_dir / "{}.yaml".format(text)
    if "/" not in text and "\\" not in text and not text.endswith((".yaml", ".yml")) and bundled.exists():
        return bundled
    path = Path(text).expanduser()
    if not path.is_absolute() and relative_to is not None:
        path = relative_to / path
    return path if path.exists() else None
