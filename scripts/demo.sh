#!/usr/bin/env bash
# The README's main job: check the bundled synthetic sample district headless with qgis_process, write
# community_results.gpkg and item_results.csv into demo-output/ (or the folder given as the first argument), the
# review-meeting outputs report.pdf (overview + a page per community, with walking service areas of four facility
# types: service_areas.gpkg) and results.xlsx, and print a short summary.
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
cd "$here"
sample="resources/sample/sample_district.gpkg"
out="${1:-demo-output}"
rm -rf "$out.partial"
mkdir -p "$out.partial"
echo "完整社区体检 demo: checking $sample (synthetic sample district) against mohurd-2020, walking on its streets …"
scripts/qgis_process.sh run completecommunity:checkcommunities -- \
  COMMUNITIES="$sample|layername=communities" \
  FACILITIES="$sample|layername=facilities" \
  NETWORK="$sample|layername=streets" \
  PROFILE=mohurd-2020 \
  OUTPUT="$out.partial/community_results.gpkg" \
  OUTPUT_ITEMS="$out.partial/item_results.csv" > "$out.partial/qgis_process.log" 2>&1 || {
    echo "demo: the check failed; qgis_process said:" >&2
    tail -30 "$out.partial/qgis_process.log" >&2
    exit 1
  }
# the walking service areas of four facility types, drawn on the report's maps
scripts/qgis_process.sh run completecommunity:walkingserviceareas -- \
  FACILITIES="$sample|layername=facilities" NETWORK="$sample|layername=streets" TYPES="幼儿园,托儿所,社区卫生服务站,综合超市" \
  OUTPUT_LINES=TEMPORARY_OUTPUT OUTPUT_POLYGONS="$out.partial/service_areas.gpkg" >> "$out.partial/qgis_process.log" 2>&1 || {
    echo "demo: walkingserviceareas failed; qgis_process said:" >&2
    tail -30 "$out.partial/qgis_process.log" >&2
    exit 1
  }
for step in "exporttable OUTPUT=$out.partial/results.xlsx" \
  "exportreport FACILITIES=$sample|layername=facilities NETWORK=$sample|layername=streets SERVICE_AREAS=$out.partial/service_areas.gpkg OUTPUT=$out.partial/report.pdf"; do
  read -r algorithm rest <<< "$step"
  # shellcheck disable=SC2086
  scripts/qgis_process.sh run "completecommunity:$algorithm" -- \
    COMMUNITIES="$out.partial/community_results.gpkg" ITEMS="$out.partial/item_results.csv" $rest \
    >> "$out.partial/qgis_process.log" 2>&1 || {
      echo "demo: $algorithm failed; qgis_process said:" >&2
      tail -30 "$out.partial/qgis_process.log" >&2
      exit 1
    }
done
rm -rf "$out"
mv "$out.partial" "$out"
/usr/bin/python3 scripts/demo_summary.py "$out"
echo "报告 report: $out/report.pdf（总览 + 每个社区一页 overview + a page per community）; 表格 spreadsheet: $out/results.xlsx"
