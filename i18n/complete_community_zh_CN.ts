<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
    <context>
        <name>CommunityDockForm</name>
        <message>
            <location filename="../ui/community_dock.ui" />
            <source>Set-up</source>
            <translation>设置</translation>
        </message>
        <message>
            <location filename="../ui/community_dock.ui" />
            <source>Checklist</source>
            <translation>检查清单</translation>
        </message>
        <message>
            <location filename="../ui/community_dock.ui" />
            <source>Profile</source>
            <translation>标准</translation>
        </message>
        <message>
            <location filename="../ui/community_dock.ui" />
            <source>Local profile file</source>
            <translation>本地检查清单文件</translation>
        </message>
        <message>
            <location filename="../ui/community_dock.ui" />
            <source>Communities</source>
            <translation>社区</translation>
        </message>
        <message>
            <location filename="../ui/community_dock.ui" />
            <source>Layer</source>
            <translation>图层</translation>
        </message>
        <message>
            <location filename="../ui/community_dock.ui" />
            <source>Id</source>
            <translation>编号</translation>
        </message>
        <message>
            <location filename="../ui/community_dock.ui" />
            <source>Name</source>
            <translation>名称</translation>
        </message>
        <message>
            <location filename="../ui/community_dock.ui" />
            <source>Population</source>
            <translation>人口</translation>
        </message>
        <message>
            <location filename="../ui/community_dock.ui" />
            <source>Households</source>
            <translation>户数</translation>
        </message>
        <message>
            <location filename="../ui/community_dock.ui" />
            <source>New/existing</source>
            <translation>新建/既有</translation>
        </message>
        <message>
            <location filename="../ui/community_dock.ui" />
            <source>Facilities</source>
            <translation>设施</translation>
        </message>
        <message>
            <location filename="../ui/community_dock.ui" />
            <source>Type</source>
            <translation>类型</translation>
        </message>
        <message>
            <location filename="../ui/community_dock.ui" />
            <source>Mapping</source>
            <translation>类别映射</translation>
        </message>
        <message>
            <location filename="../ui/community_dock.ui" />
            <source>Own mapping file</source>
            <translation>自定义映射文件</translation>
        </message>
        <message>
            <location filename="../ui/community_dock.ui" />
            <source>Options</source>
            <translation>选项</translation>
        </message>
        <message>
            <location filename="../ui/community_dock.ui" />
            <source>Walking network</source>
            <translation>步行路网</translation>
        </message>
        <message>
            <location filename="../ui/community_dock.ui" />
            <source>Residents</source>
            <translation>居民分布</translation>
        </message>
        <message>
            <location filename="../ui/community_dock.ui" />
            <source>Residents population</source>
            <translation>居民人口</translation>
        </message>
        <message>
            <location filename="../ui/community_dock.ui" />
            <source>Walking speed</source>
            <translation>步行速度</translation>
        </message>
        <message>
            <location filename="../ui/community_dock.ui" />
            <source>Facilities without a size</source>
            <translation>缺少规模数据的设施</translation>
        </message>
        <message>
            <location filename="../ui/community_dock.ui" />
            <source>Results GeoPackage</source>
            <translation>结果 GeoPackage</translation>
        </message>
        <message>
            <location filename="../ui/community_dock.ui" />
            <source>Results</source>
            <translation>结果</translation>
        </message>
        <message>
            <location filename="../ui/community_dock.ui" />
            <source>Filter communities…</source>
            <translation>筛选社区…</translation>
        </message>
        <message>
            <location filename="../ui/community_dock.ui" />
            <source>Zoom to</source>
            <translation>缩放至</translation>
        </message>
        <message>
            <location filename="../ui/community_dock.ui" />
            <source>Zoom the map to the selected community</source>
            <translation>将地图缩放到所选社区</translation>
        </message>
        <message>
            <location filename="../ui/community_dock.ui" />
            <source>Failing item:</source>
            <translation>不达标项目：</translation>
        </message>
        <message>
            <location filename="../ui/community_dock.ui" />
            <source>Show on the map only communities failing</source>
            <translation>地图上只显示以下项目不达标（或未知）的社区</translation>
        </message>
        <message>
            <location filename="../ui/community_dock.ui" />
            <source>Clear</source>
            <translation>清除</translation>
        </message>
        <message>
            <location filename="../ui/community_dock.ui" />
            <source>Route to the nearest facility</source>
            <translation>到最近设施的路线</translation>
        </message>
        <message>
            <location filename="../ui/community_dock.ui" />
            <source>Highlight the nearest qualifying facility of the chosen item and draw the walking route to it (double-click an item does the same)</source>
            <translation>高亮所选项目最近的合格设施并绘制步行路线（双击项目效果相同）</translation>
        </message>
        <message>
            <location filename="../ui/community_dock.ui" />
            <source>Clear route</source>
            <translation>清除路线</translation>
        </message>
        <message>
            <location filename="../ui/community_dock.ui" />
            <source>Surveyed items</source>
            <translation>调查项</translation>
        </message>
        <message>
            <location filename="../ui/community_dock.ui" />
            <source>Write answers to a table…</source>
            <translation>将答案写入表…</translation>
        </message>
        <message>
            <location filename="../ui/community_dock.ui" />
            <source>The community layer cannot be written to: keep the answers in a table survey_answers of a GeoPackage you choose (remembered in the project)</source>
            <translation>社区图层不可写入：将答案保存在您选择的 GeoPackage 中的 survey_answers 表（记录在项目中）</translation>
        </message>
        <message>
            <location filename="../ui/community_dock.ui" />
            <source>Run the check</source>
            <translation>运行体检</translation>
        </message>
        <message>
            <location filename="../ui/community_dock.ui" />
            <source>Cancel</source>
            <translation>取消</translation>
        </message>
    </context>
    <context>
        <name>CompleteCommunity</name>
        <message>
            <location filename="../plugin.py" />
            <source>&amp;Complete Community Check</source>
            <translation>完整社区体检(&amp;C)</translation>
        </message>
        <message>
            <location filename="../plugin.py" />
            <location filename="../processing/provider.py" />
            <location filename="../processing/styling.py" />
            <location filename="../ui/community_dock.py" />
            <source>Complete Community Check</source>
            <translation>完整社区体检</translation>
        </message>
        <message>
            <location filename="../plugin.py" />
            <source>Community inspector</source>
            <translation>社区体检面板</translation>
        </message>
        <message>
            <location filename="../plugin.py" />
            <source>Show or hide the Complete Community Check inspector</source>
            <translation>显示或隐藏完整社区体检面板</translation>
        </message>
        <message>
            <location filename="../core/check/checklist.py" />
            <source>places</source>
            <translation>处</translation>
        </message>
        <message>
            <location filename="../core/check/checklist.py" />
            <source>kinds</source>
            <translation>类</translation>
        </message>
        <message>
            <location filename="../core/check/checklist.py" />
            <source>m²/100 households</source>
            <translation>㎡/百户</translation>
        </message>
        <message>
            <location filename="../core/check/compare.py" />
            <source>the earlier check</source>
            <translation>前次体检结果</translation>
        </message>
        <message>
            <location filename="../core/check/compare.py" />
            <source>the later check</source>
            <translation>本次体检结果</translation>
        </message>
        <message>
            <location filename="../core/check/compare.py" />
            <source>Community ids repeat in {}: {}. Communities are matched by id: give each community its own id and check again.</source>
            <translation>{}中社区编号重复：{}。社区按编号对应：请给每个社区唯一编号后重新体检。</translation>
        </message>
        <message>
            <location filename="../core/check/compare.py" />
            <source>The two checks have no item in common (earlier: {}; later: {}): they checked against different standards. Check both years with the same profile.</source>
            <translation>两次体检没有共同的条目（前一次：{}；后一次：{}）：它们依据的标准不同。请用同一个标准配置体检两个年份。</translation>
        </message>
        <message>
            <location filename="../core/check/fields.py" />
            <source>the layer has no field '{}' (it has: {})</source>
            <translation>图层中没有字段“{}”（现有字段：{}）</translation>
        </message>
        <message>
            <location filename="../core/check/readers.py" />
            <source>new</source>
            <translation>新建</translation>
        </message>
        <message>
            <location filename="../core/check/readers.py" />
            <source>existing</source>
            <translation>既有</translation>
        </message>
        <message>
            <location filename="../core/check/readers.py" />
            <source>unknown (judged both ways)</source>
            <translation>未知（按两种情况判定）</translation>
        </message>
        <message>
            <location filename="../core/check/readers.py" />
            <source>Community {}: population '{}' (field {}) cannot be read as a number of persons; it is treated as missing (write e.g. 8000, 0.8万 or 约8000人)</source>
            <translation>社区 {}：人口“{}”（字段 {}）无法读作人数，按缺失值处理（请写作 8000、0.8万 或 约8000人 等）</translation>
        </message>
        <message>
            <location filename="../core/check/readers.py" />
            <source>Community {}: households '{}' (field {}) cannot be read as a number of households; it is treated as missing (write e.g. 2800, 2800户 or 0.28万户)</source>
            <translation>社区 {}：户数“{}”（字段 {}）无法读作户数，按缺失值处理（请写作 2800、2800户 或 0.28万户 等）</translation>
        </message>
        <message>
            <location filename="../core/check/readers.py" />
            <source>Facility {}: area '{}' (field {}) cannot be read as an area; it is treated as missing (write e.g. 2200, 2200㎡, 2200平方米 or 0.35公顷)</source>
            <translation>设施 {}：面积“{}”（字段 {}）无法读作面积，按缺失值处理（请写作 2200、2200㎡、2200平方米 或 0.35公顷 等）</translation>
        </message>
        <message>
            <location filename="../core/check/readers.py" />
            <source>Facility {}: number of classes '{}' (field {}) cannot be read as a count; it is treated as missing (write e.g. 6 or 6班)</source>
            <translation>设施 {}：班数“{}”（字段 {}）无法读作数量，按缺失值处理（请写作 6 或 6班 等）</translation>
        </message>
        <message>
            <location filename="../core/check/readers.py" />
            <source>Resident feature {}: population '{}' (field {}) cannot be read as a number of persons; the feature is left out (write e.g. 120 or 120人)</source>
            <translation>居民要素 {}：人口“{}”（字段 {}）无法读作人数，该要素不参与计算（请写作 120 或 120人 等）</translation>
        </message>
        <message>
            <location filename="../core/check/readers.py" />
            <source>Community {}: no geometry, skipped</source>
            <translation>社区 {}：没有几何图形，已跳过</translation>
        </message>
        <message>
            <location filename="../core/check/readers.py" />
            <source>Community {}: invalid polygon that cannot be repaired, skipped; run “Fix geometries” first</source>
            <translation>社区 {}：多边形无效且无法修复，已跳过；请先运行“修复几何图形”</translation>
        </message>
        <message>
            <location filename="../core/check/readers.py" />
            <source>Community {}: invalid polygon repaired for the check (the output keeps the original geometry); consider “Fix geometries”</source>
            <translation>社区 {}：多边形无效，已为体检临时修复（输出保留原始几何）；建议运行“修复几何图形”</translation>
        </message>
        <message>
            <location filename="../core/check/readers.py" />
            <source>Community id {} appears more than once: results are told apart by feature id</source>
            <translation>社区编号 {} 重复：结果中以要素编号区分</translation>
        </message>
        <message>
            <location filename="../core/check/readers.py" />
            <source>Community {}: status value '{}' is neither new nor existing; taken as {}</source>
            <translation>社区{}：新建/既有字段的值“{}”既不是新建也不是既有，按{}处理</translation>
        </message>
        <message>
            <location filename="../core/delineate/grouping.py" />
            <source>a single unit above the band: split the unit</source>
            <translation>单个单元人口超出规模上限：需拆分该单元</translation>
        </message>
        <message>
            <location filename="../core/delineate/grouping.py" />
            <source>isolated under the band (barriers, boundaries or distance): merge across a barrier</source>
            <translation>人口不足且被隔开（障碍线、上级边界或距离）：需跨障碍合并</translation>
        </message>
        <message>
            <location filename="../core/delineate/grouping.py" />
            <source>above the band: no contiguous split within the band found</source>
            <translation>人口超出规模上限：未找到符合规模的连片拆分方案</translation>
        </message>
        <message>
            <location filename="../core/delineate/grouping.py" />
            <source>under the band: every neighbour would go above it</source>
            <translation>人口不足：与任一相邻社区合并都会超出规模上限</translation>
        </message>
        <message>
            <location filename="../core/delineate/maxp.py" />
            <source>The max-p comparison needs PySAL spopt, which is not installed: install it into the Python QGIS uses (OSGeo4W shell or a terminal: python -m pip install spopt), then run again. The grouping below stands without it.</source>
            <translation>max-p 对比需要 PySAL spopt，但尚未安装：请在 QGIS 使用的 Python 中安装（OSGeo4W Shell 或终端：python -m pip install spopt）后重新运行。未安装时仍采用下面的划分结果。</translation>
        </message>
        <message>
            <location filename="../core/delineate/maxp.py" />
            <source>The max-p comparison was skipped: a group of {} linked units is more than the {} that spopt's max-p can take here (it keeps a distance matrix of every pair). The grouping stands.</source>
            <translation>已跳过 max-p 对比：一组相互连通的 {} 个单元超过了 spopt 的 max-p 在此可处理的 {} 个（它要保存每两个单元之间的距离矩阵）。仍采用本划分结果。</translation>
        </message>
        <message>
            <location filename="../core/delineate/maxp.py" />
            <source>The max-p comparison (spopt) could not be run: {}. The grouping stands.</source>
            <translation>max-p 对比（spopt）无法运行：{}。仍采用本划分结果。</translation>
        </message>
        <message>
            <location filename="../core/delineate/maxp.py" />
            <source>The max-p comparison (spopt) did not finish within {:g} s and was stopped. The grouping stands.</source>
            <translation>max-p 对比（spopt）未在 {:g} 秒内完成，已停止。仍采用本划分结果。</translation>
        </message>
        <message>
            <location filename="../core/delineate/maxp.py" />
            <source>The max-p comparison (spopt) was stopped: on a group of {} linked units it did not finish within the time allowed ({:g} s a try, {} tries; spopt's improvement phase can loop without end). The grouping stands.</source>
            <translation>max-p 对比（spopt）已停止：在一组相互连通的 {} 个单元上未能在限定时间内完成（每次 {:g} 秒，共试 {} 次；spopt 的改进阶段可能无休止地循环）。仍采用本划分结果。</translation>
        </message>
        <message>
            <location filename="../core/encoding.py" />
            <source>the field names {0} look like {1} text read with another encoding, so fields are not found by their names. In QGIS set Layer Properties ▸ Source ▸ Data source encoding to {1}; for a shapefile given as a file, put a .cpg file containing {1} next to the .shp</source>
            <translation>字段名 {0} 像是 {1} 编码的文字被按其他编码读取（乱码），因此按名称找不到字段。请在 QGIS 中把 图层属性 ▸ 源 ▸ 数据源编码 设为 {1}；以文件形式给出的 shapefile，请在 .shp 旁放一个内容为 {1} 的 .cpg 文件</translation>
        </message>
        <message>
            <location filename="../core/encoding.py" />
            <source>the field names {} could not be decoded: the file is not in the encoding it was read with, so fields are not found by their names. Chinese files are usually GBK: in QGIS set Layer Properties ▸ Source ▸ Data source encoding to the file's encoding; for a shapefile given as a file, put a .cpg file containing it (e.g. GBK) next to the .shp</source>
            <translation>字段名 {} 无法解码（乱码）：文件不是按它的实际编码读取的，因此按名称找不到字段。中文文件通常是 GBK 编码：请在 QGIS 中把 图层属性 ▸ 源 ▸ 数据源编码 设为文件的实际编码；以文件形式给出的 shapefile，请在 .shp 旁放一个写有该编码（如 GBK）的 .cpg 文件</translation>
        </message>
        <message>
            <location filename="../core/mapping.py" />
            <source>None: the type field holds the taxonomy's codes or names</source>
            <translation>无需转换：类型字段已是标准设施类型（代码或名称）</translation>
        </message>
        <message>
            <location filename="../core/mapping.py" />
            <source>Facility taxonomy (codes and names)</source>
            <translation>设施分类（代码与名称）</translation>
        </message>
        <message>
            <location filename="../core/mapping.py" />
            <source>no bundled mapping or mapping file named '{}' (bundled: {})</source>
            <translation>找不到名为“{}”的内置映射或映射文件（内置：{}）</translation>
        </message>
        <message>
            <location filename="../core/mapping.py" />
            <source>{}: extends: circular chain</source>
            <translation>{}：extends：循环继承</translation>
        </message>
        <message>
            <location filename="../core/mapping.py" />
            <location filename="../core/profiles/loader.py" />
            <source>{}: extends: {}</source>
            <translation>{}：extends：{}</translation>
        </message>
        <message>
            <location filename="../core/mapping.py" />
            <location filename="../core/profiles/validation.py" />
            <source>expected a non-empty name</source>
            <translation>应为非空名称</translation>
        </message>
        <message>
            <location filename="../core/mapping.py" />
            <source>expected the id of a bundled mapping or the path of a mapping file</source>
            <translation>应为内置映射的标识或映射文件路径</translation>
        </message>
        <message>
            <location filename="../core/mapping.py" />
            <source>expected a list of rules, got {}</source>
            <translation>应为规则列表，实际为{}</translation>
        </message>
        <message>
            <location filename="../core/mapping.py" />
            <source>expected a non-empty list of rules</source>
            <translation>应为非空的规则列表</translation>
        </message>
        <message>
            <location filename="../core/mapping.py" />
            <source>expected text or a mapping with zh_CN and en, got {}</source>
            <translation>应为文本或包含 zh_CN 和 en 的映射，实际为{}</translation>
        </message>
        <message>
            <location filename="../core/mapping.py" />
            <location filename="../core/profiles/validation.py" />
            <source>expected non-empty text</source>
            <translation>应为非空文本</translation>
        </message>
        <message>
            <location filename="../core/mapping.py" />
            <source>expected a mapping of logical field → list of layer field names, got {}</source>
            <translation>应为“逻辑字段 → 图层字段名列表”的映射，实际为{}</translation>
        </message>
        <message>
            <location filename="../core/mapping.py" />
            <source>expected a mapping with 'when' and 'type', got {}</source>
            <translation>应为包含 when 和 type 的映射，实际为{}</translation>
        </message>
        <message>
            <location filename="../core/mapping.py" />
            <source>missing key 'type' (a facility type code, or null to exclude)</source>
            <translation>缺少键“type”（设施类型代码，或 null 表示排除）</translation>
        </message>
        <message>
            <location filename="../core/mapping.py" />
            <source>expected a facility type code or null, got {}</source>
            <translation>应为设施类型代码或 null，实际为{}</translation>
        </message>
        <message>
            <location filename="../core/mapping.py" />
            <source>expected a mapping of logical field → test, got {}</source>
            <translation>应为“逻辑字段 → 条件”的映射，实际为{}</translation>
        </message>
        <message>
            <location filename="../core/mapping.py" />
            <source>expected at least one test</source>
            <translation>至少需要一个条件</translation>
        </message>
        <message>
            <location filename="../core/mapping.py" />
            <source>logical field '{}' is not declared under fields{}; expected one of: {}</source>
            <translation>逻辑字段“{}”未在 fields 中声明{}；应为以下之一：{}</translation>
        </message>
        <message>
            <location filename="../core/mapping.py" />
            <source>expected a mapping of tests, got {}</source>
            <translation>应为条件映射，实际为{}</translation>
        </message>
        <message>
            <location filename="../core/mapping.py" />
            <source>unknown test '{}'{}; expected one of: {}</source>
            <translation>未知条件“{}”{}；应为以下之一：{}</translation>
        </message>
        <message>
            <location filename="../core/mapping.py" />
            <source>expected a mapping of OSM tag → accepted values, got {}</source>
            <translation>应为“OSM 标签 → 可接受取值”的映射，实际为{}</translation>
        </message>
        <message>
            <location filename="../core/mapping.py" />
            <source>expected a regular expression as text, got {}</source>
            <translation>应为文本形式的正则表达式，实际为{}</translation>
        </message>
        <message>
            <location filename="../core/mapping.py" />
            <source>invalid pattern: {}</source>
            <translation>无效的正则表达式：{}</translation>
        </message>
        <message>
            <location filename="../core/mapping.py" />
            <source> (rule '{}')</source>
            <translation>（规则“{}”）</translation>
        </message>
        <message>
            <location filename="../core/mapping.py" />
            <source>the pattern “{}”{} is too large to check that it always finishes; split it over several rules</source>
            <translation>正则表达式“{}”{}太大，无法检查它能否在有限时间内算完；请拆分为多条规则</translation>
        </message>
        <message>
            <location filename="../core/mapping.py" />
            <source>the pattern “{}”{} can take practically forever: a repeated part of it can match the same text in several ways (a quantifier inside a repeated group, as in (a+)+, (a*)* or (\w+\s?)+, or alternatives that overlap, as in (a|a?)+). Rewrite it without the nested quantifier: (a+)+ → a+, (\w+\s?)+ → \w+(\s\w+)*, (a|a?)+ → a+</source>
            <translation>正则表达式“{}”{}可能几乎永远算不完：其中重复的部分能以多种方式匹配同一段文字（重复的分组里又有量词，如 (a+)+、(a*)* 或 (\w+\s?)+；或分支相互重叠，如 (a|a?)+）。请去掉嵌套的量词改写：(a+)+ → a+，(\w+\s?)+ → \w+(\s\w+)*，(a|a?)+ → a+</translation>
        </message>
        <message>
            <location filename="../core/mapping.py" />
            <source>expected a value or a list of values, got {}</source>
            <translation>应为一个取值或取值列表，实际为{}</translation>
        </message>
        <message>
            <location filename="../core/mapping.py" />
            <source>(no category or name)</source>
            <translation>（无类别或名称）</translation>
        </message>
        <message>
            <location filename="../core/planning/siting.py" />
            <source>The profile {} has no item {} (it has {}).</source>
            <translation>标准配置 {} 没有项目 {}（现有项目：{}）。</translation>
        </message>
        <message>
            <location filename="../core/planning/siting.py" />
            <source>Item {} ({}) asks for no single facility within walking reach: there is no site to suggest for it.</source>
            <translation>项目 {}（{}）没有“步行范围内一处设施”的要求：无法为其推荐选址。</translation>
        </message>
        <message>
            <location filename="../core/planning/siting.py" />
            <source>The exact model needs PySAL spopt, which is not installed: install it into the Python QGIS uses (OSGeo4W shell or a terminal: python -m pip install spopt), then run again. The greedy choice below stands without it.</source>
            <translation>精确模型需要 PySAL spopt，但尚未安装：请在 QGIS 使用的 Python 中安装（OSGeo4W Shell 或终端：python -m pip install spopt）后重新运行。未安装时仍采用下面的贪心选址结果。</translation>
        </message>
        <message>
            <location filename="../core/planning/siting.py" />
            <source>The exact model (spopt) could not be run: {}. The greedy choice stands.</source>
            <translation>精确模型（spopt）无法运行：{}。仍采用贪心选址结果。</translation>
        </message>
        <message>
            <location filename="../core/poi_import.py" />
            <source>it is not a text file (it holds binary data): give the CSV or Excel file the export wrote</source>
            <translation>它不是文本文件（含二进制数据）：请选择导出得到的 CSV 或 Excel 文件</translation>
        </message>
        <message>
            <location filename="../core/poi_import.py" />
            <source>neither UTF-8 nor GB18030 text</source>
            <translation>既不是 UTF-8 也不是 GB18030 编码的文本</translation>
        </message>
        <message>
            <location filename="../core/poi_import.py" />
            <source>the file is empty (no header row, no rows)</source>
            <translation>文件是空的（没有表头，也没有数据行）</translation>
        </message>
        <message>
            <location filename="../core/poi_import.py" />
            <source>line {}: a quotation mark is not closed, or stands inside a value. Correct that line, or save the file again as CSV from Excel or WPS.</source>
            <translation>第 {} 行：引号没有闭合，或出现在值的中间。请修改该行，或用 Excel/WPS 重新另存为 CSV。</translation>
        </message>
        <message>
            <location filename="../core/poi_import.py" />
            <source>the column name “{}”</source>
            <translation>列名“{}”</translation>
        </message>
        <message>
            <location filename="../core/poi_import.py" />
            <source>too few rows with coordinates to judge ({})</source>
            <translation>有坐标的行太少，无法判断（{} 行）</translation>
        </message>
        <message>
            <location filename="../core/poi_import.py" />
            <source>raw Amap output: {:.0%} of the latitudes have at most 6 decimals, and the file has Amap's columns or type strings</source>
            <translation>高德原始输出：{:.0%} 的纬度不超过 6 位小数，且文件含高德的列或类型字符串</translation>
        </message>
        <message>
            <location filename="../core/poi_import.py" />
            <source>raw Baidu output: {:.0%} of the latitudes have at most 6 decimals, and the file has Baidu's columns</source>
            <translation>百度原始输出：{:.0%} 的纬度不超过 6 位小数，且文件含百度的列</translation>
        </message>
        <message>
            <location filename="../core/poi_import.py" />
            <source>{:.0%} of the latitudes have at most 6 decimals (raw web-map output), but nothing says whether from Amap (GCJ-02) or Baidu (BD-09)</source>
            <translation>{:.0%} 的纬度不超过 6 位小数（网络地图原始输出），但无法判断来自高德（GCJ-02）还是百度（BD-09）</translation>
        </message>
        <message>
            <location filename="../core/poi_import.py" />
            <source>the common one-step formula</source>
            <translation>常用的一步近似公式</translation>
        </message>
        <message>
            <location filename="../core/poi_import.py" />
            <source>the exact inverse</source>
            <translation>精确反算</translation>
        </message>
        <message>
            <location filename="../core/poi_import.py" />
            <source>converted to WGS-84 from 6-decimal GCJ-02: undoing {} puts {:.0%} of the latitudes on the 6-decimal grid of Amap's output</source>
            <translation>由 6 位小数的 GCJ-02 转换为 WGS-84：撤销{}后，{:.0%} 的纬度落在高德输出的 6 位小数格网上</translation>
        </message>
        <message>
            <location filename="../core/poi_import.py" />
            <source>no column name says it, the values are not raw 6-decimal output ({:.0%}), and undoing a GCJ-02 → WGS-84 conversion does not give raw output either ({:.0%})</source>
            <translation>列名未注明，数值不是 6 位小数的原始输出（{:.0%}），撤销 GCJ-02 → WGS-84 转换后也不是原始输出（{:.0%}）</translation>
        </message>
        <message>
            <location filename="../core/profiles/loader.py" />
            <source>no bundled profile or profile file named '{}' (bundled: {})</source>
            <translation>找不到名为“{}”的内置标准配置或配置文件（内置：{}）</translation>
        </message>
        <message>
            <location filename="../core/profiles/loader.py" />
            <source>{} (extending {})</source>
            <translation>{}（继承 {}）</translation>
        </message>
        <message>
            <location filename="../core/profiles/loader.py" />
            <source>{}: extends: circular chain {}</source>
            <translation>{}：extends：循环继承 {}</translation>
        </message>
        <message>
            <location filename="../core/profiles/loader.py" />
            <source>{}: extends: chain longer than {} profiles</source>
            <translation>{}：extends：继承链超过 {} 层</translation>
        </message>
        <message>
            <location filename="../core/profiles/loader.py" />
            <source>local profile {}</source>
            <translation>地方配置 {}</translation>
        </message>
        <message>
            <location filename="../core/profiles/table.py" />
            <source>walking speed</source>
            <translation>步行速度</translation>
        </message>
        <message>
            <location filename="../core/profiles/table.py" />
            <source>population at least</source>
            <translation>人口不少于</translation>
        </message>
        <message>
            <location filename="../core/profiles/table.py" />
            <source>population at most</source>
            <translation>人口不多于</translation>
        </message>
        <message>
            <location filename="../core/profiles/table.py" />
            <source>share of residents within reach</source>
            <translation>步行范围内居民比例</translation>
        </message>
        <message>
            <location filename="../core/profiles/table.py" />
            <source>walking time</source>
            <translation>步行时间</translation>
        </message>
        <message>
            <location filename="../core/profiles/table.py" />
            <source>number of facilities</source>
            <translation>设施数量</translation>
        </message>
        <message>
            <location filename="../core/profiles/table.py" />
            <source>kinds of facility</source>
            <translation>设施种类数</translation>
        </message>
        <message>
            <location filename="../core/profiles/table.py" />
            <source>building area</source>
            <translation>建筑面积</translation>
        </message>
        <message>
            <location filename="../core/profiles/table.py" />
            <source>land area</source>
            <translation>用地面积</translation>
        </message>
        <message>
            <location filename="../core/profiles/table.py" />
            <source>usable area</source>
            <translation>使用面积</translation>
        </message>
        <message>
            <location filename="../core/profiles/table.py" />
            <source>classes</source>
            <translation>班数</translation>
        </message>
        <message>
            <location filename="../core/profiles/table.py" />
            <source>ratio</source>
            <translation>比例</translation>
        </message>
        <message>
            <location filename="../core/profiles/table.py" />
            <source>default walking time</source>
            <translation>默认步行时间</translation>
        </message>
        <message>
            <location filename="../core/profiles/table.py" />
            <source>Whole community</source>
            <translation>社区整体</translation>
        </message>
        <message>
            <location filename="../core/profiles/table.py" />
            <source>facility requirements with a walking access and no reach of their own use this walking time</source>
            <translation>未自设步行时间、按步行可达判定的设施要求采用此步行时间</translation>
        </message>
        <message>
            <location filename="../core/profiles/table.py" />
            <source>inherited: the profile's default walking time</source>
            <translation>继承：标准配置的默认步行时间</translation>
        </message>
        <message>
            <location filename="../core/profiles/table.py" />
            <source>surveyed: {}</source>
            <translation>调查项：{}</translation>
        </message>
        <message>
            <location filename="../core/profiles/table.py" />
            <source>yes/no</source>
            <translation>是/否</translation>
        </message>
        <message>
            <location filename="../core/profiles/table.py" />
            <source>community layer</source>
            <translation>社区图层</translation>
        </message>
        <message>
            <location filename="../core/profiles/table.py" />
            <source>building area per 100 households</source>
            <translation>每百户建筑面积</translation>
        </message>
        <message>
            <location filename="../core/profiles/table.py" />
            <location filename="../ui/dock_results.py" />
            <source>Item</source>
            <translation>项目</translation>
        </message>
        <message>
            <location filename="../core/profiles/table.py" />
            <source>Aspect</source>
            <translation>方面</translation>
        </message>
        <message>
            <location filename="../core/profiles/table.py" />
            <source>Item (Chinese)</source>
            <translation>项目（中文）</translation>
        </message>
        <message>
            <location filename="../core/profiles/table.py" />
            <source>Item (English)</source>
            <translation>项目（英文）</translation>
        </message>
        <message>
            <location filename="../core/profiles/table.py" />
            <source>Requirement</source>
            <translation>要求</translation>
        </message>
        <message>
            <location filename="../core/profiles/table.py" />
            <source>Alternative to</source>
            <translation>替代要求</translation>
        </message>
        <message>
            <location filename="../core/profiles/table.py" />
            <source>Kind</source>
            <translation>类型</translation>
        </message>
        <message>
            <location filename="../core/profiles/table.py" />
            <source>Applies to</source>
            <translation>适用对象</translation>
        </message>
        <message>
            <location filename="../core/profiles/table.py" />
            <source>Advisory</source>
            <translation>建议性</translation>
        </message>
        <message>
            <location filename="../core/profiles/table.py" />
            <source>Facility types</source>
            <translation>设施类型</translation>
        </message>
        <message>
            <location filename="../core/profiles/table.py" />
            <source>Access</source>
            <translation>可达方式</translation>
        </message>
        <message>
            <location filename="../core/profiles/table.py" />
            <source>Check</source>
            <translation>检查内容</translation>
        </message>
        <message>
            <location filename="../core/profiles/table.py" />
            <source>Operator</source>
            <translation>比较</translation>
        </message>
        <message>
            <location filename="../core/profiles/table.py" />
            <source>Value</source>
            <translation>数值</translation>
        </message>
        <message>
            <location filename="../core/profiles/table.py" />
            <source>Unit</source>
            <translation>单位</translation>
        </message>
        <message>
            <location filename="../core/profiles/table.py" />
            <source>Reach (m)</source>
            <translation>步行距离（米）</translation>
        </message>
        <message>
            <location filename="../core/profiles/table.py" />
            <location filename="../ui/dock_results.py" />
            <source>Confidence</source>
            <translation>可信度</translation>
        </message>
        <message>
            <location filename="../core/profiles/table.py" />
            <source>Source</source>
            <translation>来源</translation>
        </message>
        <message>
            <location filename="../core/profiles/table.py" />
            <source>Note</source>
            <translation>备注</translation>
        </message>
        <message>
            <location filename="../core/profiles/table.py" />
            <source>confirmed: quoted from the national text</source>
            <translation>已确认：引自国家标准原文</translation>
        </message>
        <message>
            <location filename="../core/profiles/table.py" />
            <source>seen in a provincial rewrite of the national wording</source>
            <translation>见于转述国家标准的省级文本</translation>
        </message>
        <message>
            <location filename="../core/profiles/table.py" />
            <source>seen only in a secondary summary</source>
            <translation>仅见于二手资料</translation>
        </message>
        <message>
            <location filename="../core/profiles/table.py" />
            <source>best recollection of the national text, unconfirmed</source>
            <translation>据记忆的国家标准原文，未核实</translation>
        </message>
        <message>
            <location filename="../core/profiles/table.py" />
            <source>plugin default where the text gives no number</source>
            <translation>标准未给数值，插件默认值</translation>
        </message>
        <message>
            <location filename="../core/profiles/table.py" />
            <source>set by a local profile</source>
            <translation>由地方配置设定</translation>
        </message>
        <message>
            <location filename="../core/profiles/validation.py" />
            <source>expected a threshold mapping with value, unit, confidence and source</source>
            <translation>应为包含 value、unit、confidence 和 source 的阈值映射</translation>
        </message>
        <message>
            <location filename="../core/profiles/validation.py" />
            <source>a bare number is only allowed when overriding an inherited threshold; write {{value: {}, unit: {}, confidence: …, source: …}}</source>
            <translation>只有在覆盖继承的阈值时才可直接写数字；请写作 {{value: {}, unit: {}, confidence: …, source: …}}</translation>
        </message>
        <message>
            <location filename="../core/profiles/validation.py" />
            <source>wrong unit '{}': this threshold is written in '{}'</source>
            <translation>单位“{}”错误：此阈值的单位应为“{}”</translation>
        </message>
        <message>
            <location filename="../core/profiles/validation.py" />
            <source>unknown confidence tag '{}'; expected one of: {}</source>
            <translation>未知可信度标记“{}”；应为以下之一：{}</translation>
        </message>
        <message>
            <location filename="../core/profiles/validation.py" />
            <source>expected non-empty text naming where the number comes from</source>
            <translation>应为说明数值出处的非空文本</translation>
        </message>
        <message>
            <location filename="../core/profiles/validation.py" />
            <source>expected true or false</source>
            <translation>应为 true 或 false</translation>
        </message>
        <message>
            <location filename="../core/profiles/validation.py" />
            <source>a walking reach must be above zero minutes</source>
            <translation>步行时间必须大于0分钟</translation>
        </message>
        <message>
            <location filename="../core/profiles/validation.py" />
            <source>a walking reach cannot be advisory; make the requirement advisory instead</source>
            <translation>步行时间不能设为建议值；如需只报告不判定，请将该要求设为建议项（advisory）</translation>
        </message>
        <message>
            <location filename="../core/profiles/validation.py" />
            <source>expected a number, got {}</source>
            <translation>应为数字，实际为{}</translation>
        </message>
        <message>
            <location filename="../core/profiles/validation.py" />
            <source>negative value {}: thresholds are zero or more</source>
            <translation>负值 {}：阈值不能小于零</translation>
        </message>
        <message>
            <location filename="../core/profiles/validation.py" />
            <source>{} is a share between 0 and 1 (0.8 means 80 %)</source>
            <translation>{} 应为 0 到 1 之间的比例（0.8 表示 80%）</translation>
        </message>
        <message>
            <location filename="../core/profiles/validation.py" />
            <source>expected a whole number, got {}</source>
            <translation>应为整数，实际为 {}</translation>
        </message>
        <message>
            <location filename="../core/profiles/validation.py" />
            <source>expected the id of a bundled profile or the path of a profile file</source>
            <translation>应为内置标准配置的标识或配置文件路径</translation>
        </message>
        <message>
            <location filename="../core/profiles/validation.py" />
            <source>walking speed must be above zero</source>
            <translation>步行速度必须大于零</translation>
        </message>
        <message>
            <location filename="../core/profiles/validation.py" />
            <source>min {} is above max {}</source>
            <translation>下限 {} 大于上限 {}</translation>
        </message>
        <message>
            <location filename="../core/profiles/validation.py" />
            <source>unknown class '{}'; expected one of: {}</source>
            <translation>未知类别“{}”；应为以下之一：{}</translation>
        </message>
        <message>
            <location filename="../core/profiles/validation.py" />
            <source>expected at least one requirement</source>
            <translation>至少需要一项要求</translation>
        </message>
        <message>
            <location filename="../core/profiles/validation.py" />
            <source>missing key 'kind'; expected one of: {}</source>
            <translation>缺少键“kind”；应为以下之一：{}</translation>
        </message>
        <message>
            <location filename="../core/profiles/validation.py" />
            <source>unknown kind '{}'; expected one of: {}</source>
            <translation>未知类型“{}”；应为以下之一：{}</translation>
        </message>
        <message>
            <location filename="../core/profiles/validation.py" />
            <source>unknown value '{}'; expected one of: {}</source>
            <translation>未知取值“{}”；应为以下之一：{}</translation>
        </message>
        <message>
            <location filename="../core/profiles/validation.py" />
            <source>unknown access '{}'; expected one of: {}</source>
            <translation>未知可达方式“{}”；应为以下之一：{}</translation>
        </message>
        <message>
            <location filename="../core/profiles/validation.py" />
            <source>alternatives cannot be nested</source>
            <translation>替代要求不能嵌套</translation>
        </message>
        <message>
            <location filename="../core/profiles/validation.py" />
            <source>unknown quantity '{}'; expected one of: {}</source>
            <translation>未知的量“{}”；应为以下之一：{}</translation>
        </message>
        <message>
            <location filename="../core/profiles/validation.py" />
            <source>a mapping {fields: [...]}</source>
            <translation>映射 {fields: [...]}</translation>
        </message>
        <message>
            <location filename="../core/profiles/validation.py" />
            <source>'households', 'population' or a mapping {fields: [...]}</source>
            <translation>“households”“population”或映射 {fields: [...]}</translation>
        </message>
        <message>
            <location filename="../core/profiles/validation.py" />
            <source>expected {}</source>
            <translation>应为{}</translation>
        </message>
        <message>
            <location filename="../core/profiles/validation.py" />
            <source>access '{}' needs a 'reach' threshold in minutes: give the requirement its own 'reach', or the profile a default 'reach' at the top level</source>
            <translation>可达方式“{}”需要以分钟计的“reach”阈值：请为该要求设置自己的“reach”，或在配置顶层设置默认的“reach”</translation>
        </message>
        <message>
            <location filename="../core/profiles/validation.py" />
            <source>asks for {} kinds but lists only {} facility types</source>
            <translation>要求 {} 种设施，但只列出了 {} 种设施类型</translation>
        </message>
        <message>
            <location filename="../core/profiles/validation.py" />
            <source>duplicate item id '{}' (already in aspect '{}')</source>
            <translation>项目编号“{}”重复（已在方面“{}”中）</translation>
        </message>
        <message>
            <location filename="../core/profiles/validation.py" />
            <source>missing item '{}': it is listed here but not defined under items</source>
            <translation>缺少项目“{}”：此处列出，但 items 中没有定义</translation>
        </message>
        <message>
            <location filename="../core/profiles/validation.py" />
            <source>item is not listed in any aspect</source>
            <translation>该项目未列入任何方面</translation>
        </message>
        <message>
            <location filename="../core/validation.py" />
            <source> (did you mean '{}'?)</source>
            <translation>（是否为“{}”？）</translation>
        </message>
        <message>
            <location filename="../core/validation.py" />
            <source>nothing</source>
            <translation>空值</translation>
        </message>
        <message>
            <location filename="../core/validation.py" />
            <source>true/false</source>
            <translation>真/假</translation>
        </message>
        <message>
            <location filename="../core/validation.py" />
            <source>a number</source>
            <translation>数字</translation>
        </message>
        <message>
            <location filename="../core/validation.py" />
            <source>text '{}'</source>
            <translation>文本“{}”</translation>
        </message>
        <message>
            <location filename="../core/validation.py" />
            <source>a list</source>
            <translation>列表</translation>
        </message>
        <message>
            <location filename="../core/validation.py" />
            <source>a mapping</source>
            <translation>映射</translation>
        </message>
        <message>
            <location filename="../core/validation.py" />
            <source>{}: {}: {}</source>
            <translation>{}：{}：{}</translation>
        </message>
        <message>
            <location filename="../core/validation.py" />
            <source>(top level)</source>
            <translation>（顶层）</translation>
        </message>
        <message>
            <location filename="../core/validation.py" />
            <source>unknown key '{}'{}; expected one of: {}</source>
            <translation>未知键“{}”{}；应为以下之一：{}</translation>
        </message>
        <message>
            <location filename="../core/validation.py" />
            <source>missing key '{}'</source>
            <translation>缺少键“{}”</translation>
        </message>
        <message>
            <location filename="../core/validation.py" />
            <source>missing key 'format' (write format: {})</source>
            <translation>缺少键“format”（请写 format: {}）</translation>
        </message>
        <message>
            <location filename="../core/validation.py" />
            <source>unsupported format '{}'; expected '{}'</source>
            <translation>不支持的格式“{}”；应为“{}”</translation>
        </message>
        <message>
            <location filename="../core/validation.py" />
            <source>expected a mapping, got {}</source>
            <translation>应为映射，实际为{}</translation>
        </message>
        <message>
            <location filename="../core/validation.py" />
            <source>expected a non-empty list of names</source>
            <translation>应为非空的名称列表</translation>
        </message>
        <message>
            <location filename="../core/validation.py" />
            <source>unknown facility type '{}'{}; see resources/taxonomy/facility_types.yaml</source>
            <translation>未知设施类型“{}”{}；参见 resources/taxonomy/facility_types.yaml</translation>
        </message>
        <message>
            <location filename="../core/yaml_io.py" />
            <source>duplicate key '{}' (first at line {})</source>
            <translation>键“{}”重复（首次出现在第 {} 行）</translation>
        </message>
        <message>
            <location filename="../core/yaml_io.py" />
            <source>{}: file not found</source>
            <translation>{}：文件不存在</translation>
        </message>
        <message>
            <location filename="../core/yaml_io.py" />
            <source>{}: cannot be read as UTF-8 text ({})</source>
            <translation>{}：无法按 UTF-8 文本读取（{}）</translation>
        </message>
        <message>
            <location filename="../core/yaml_io.py" />
            <source>line {}</source>
            <translation>第 {} 行</translation>
        </message>
        <message>
            <location filename="../core/yaml_io.py" />
            <source>{}: {}: invalid YAML: {}</source>
            <translation>{}：{}：YAML 格式错误：{}</translation>
        </message>
        <message>
            <location filename="../core/yaml_io.py" />
            <source>{}: expected a mapping of keys at the top of the file</source>
            <translation>{}：文件顶层应为键值映射</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/action_plan.py" />
            <source>Action plan (project list)</source>
            <translation>补短板行动计划（项目库）</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/action_plan.py" />
            <source>The project list (项目库) of a 补短板行动计划: one project per community and failed item, with the recommended measure — build at a suggested site (from “Suggest sites for missing facilities”), a site that helps but does not suffice, no candidate site within reach, a site still to find, a surveyed item to fix, or another improvement —, the residents affected, a priority score and a year. The score is the item's weight in the profile (urgent items weigh more) × (1 + residents affected ÷ the profile's population maximum); projects are ranked by it and given years from the start year, so many per year. The table lists the projects; the map shows each community with projects once, coloured by its most urgent project.</source>
            <translation>补短板行动计划的项目库：每个社区的每个不达标项目一条，给出建议措施——在推荐地块建设（来自“短板设施选址建议”）、推荐地块可部分覆盖但不足以达标、步行范围内无候选用地、待选址、整改调查项或其他改善——以及受益居民、优先级得分和计划年份。得分 = 标准配置中该项目的权重（紧迫项目权重更高）×（1 + 受益居民 ÷ 标准配置的人口上限）；项目按得分排序，从起始年份起每年安排指定数量。表格列出各项目；地图上每个有项目的社区显示一次，按其最优先项目着色。</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/action_plan.py" />
            <location filename="../processing/algorithms/export_report.py" />
            <location filename="../processing/algorithms/export_table.py" />
            <source>Community results (of the check)</source>
            <translation>社区体检结果（体检输出）</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/action_plan.py" />
            <location filename="../processing/algorithms/suggest_sites.py" />
            <source>Suggested sites</source>
            <translation>推荐选址</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/action_plan.py" />
            <source>First year</source>
            <translation>起始年份</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/action_plan.py" />
            <source>Projects per year</source>
            <translation>每年项目数</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/action_plan.py" />
            <source>The first so many projects by priority are planned for the first year, the next for the year after, and so on.</source>
            <translation>按优先级排在最前的这些项目安排在起始年份，其后的安排在下一年，依此类推。</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/action_plan.py" />
            <source>Action plan (table)</source>
            <translation>行动计划（表格）</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/action_plan.py" />
            <source>Action plan (map)</source>
            <translation>行动计划（地图）</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/action_plan.py" />
            <source>Projects</source>
            <translation>项目数</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/action_plan.py" />
            <source>Items of the results that the profile {} does not have are left out: {}</source>
            <translation>体检结果中标准配置 {} 没有的项目不纳入计划：{}</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/action_plan.py" />
            <source>{} projects in {} communities, years {}–{}</source>
            <translation>{} 个项目，涉及 {} 个社区，计划年份 {}–{}</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/action_plan.py" />
            <source>{} projects are in communities without a population: their residents affected are unknown and count none in the score</source>
            <translation>{} 个项目所在社区缺人口数据：受益居民未知，得分中不计居民数</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/action_plan.py" />
            <source>No suggested sites given: facility gaps are planned as sites still to find.</source>
            <translation>未提供推荐选址：设施短板按“待选址”列入计划。</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/action_plan.py" />
            <source>{} has no field {}: give the sites written by “Suggest sites for missing facilities”.</source>
            <translation>{}没有字段 {}：请选择“短板设施选址建议”输出的选址结果。</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/adjust_communities.py" />
            <source>Adjust communities (merge and split)</source>
            <translation>调整社区范围（合并与拆分）</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/adjust_communities.py" />
            <source>From existing community boundaries and the residential units inside them (with a population), suggests splitting each community above the profile's population band (its units grouped as “Delineate communities” groups them, inside the community) and then merging each community under the band with the neighbour sharing the longest boundary among those that keep the merged population within it (a part of a split community included); the other communities are unchanged. A community's population is its units'. A split community's polygon is cut among its parts by the nearest unit. Gives the adjusted communities and a table of the changes for the review meeting; a community that stays out of the band says why.</source>
            <translation>根据现有社区边界及其内部的居住单元（带人口），对人口超出规模上限的社区提出拆分建议（在社区内部按“划定社区”的方法对其单元分组），再将人口不足的社区与相邻社区合并：在合并后人口仍在规模范围内的相邻社区中，选共用边界最长者（也可为拆分后的一部分）；其余社区保持不变。社区人口取其单元人口之和。拆分社区的边界按最近单元切分。输出调整后的社区和供评审会使用的变更表；仍超出规模的社区注明原因。</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/adjust_communities.py" />
            <source>Existing communities</source>
            <translation>现有社区</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/adjust_communities.py" />
            <location filename="../processing/algorithms/check_communities.py" />
            <source>Community id field</source>
            <translation>社区编号字段</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/adjust_communities.py" />
            <source>Adjusted communities</source>
            <translation>调整后的社区</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/adjust_communities.py" />
            <source>Changes (merges and splits)</source>
            <translation>变更（合并与拆分）</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/adjust_communities.py" />
            <source>Merges</source>
            <translation>合并数</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/adjust_communities.py" />
            <source>Splits</source>
            <translation>拆分数</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/adjust_communities.py" />
            <source>{} units stand outside every community: they are left out</source>
            <translation>{} 个单元不在任何社区内，已略去</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/adjust_communities.py" />
            <source>Community {}: no usable polygon, skipped</source>
            <translation>社区 {}：没有可用的面，已跳过</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/adjust_communities.py" />
            <source>{}: no community has a usable polygon.</source>
            <translation>{}：没有社区具有可用的面。</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/adjust_communities.py" />
            <source>Community {}: no unit inside, kept unchanged (population unknown)</source>
            <translation>社区 {}：内部没有单元，保持不变（人口未知）</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/adjust_communities.py" />
            <source>{} merges, {} splits, {} communities left out of the band; {} communities after the adjustment</source>
            <translation>合并 {} 处，拆分 {} 处，{} 个社区仍超出规模范围；调整后共 {} 个社区</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/check_communities.py" />
            <source>Community name field</source>
            <translation>社区名称字段</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/check_communities.py" />
            <location filename="../processing/delineate_inputs.py" />
            <source>Population field</source>
            <translation>人口字段</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/check_communities.py" />
            <location filename="../processing/delineate_inputs.py" />
            <source>Households field</source>
            <translation>户数字段</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/check_communities.py" />
            <source>New/existing field</source>
            <translation>新建/既有字段</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/check_communities.py" />
            <location filename="../processing/algorithms/walking_service_areas.py" />
            <source>Facility type field</source>
            <translation>设施类型字段</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/check_communities.py" />
            <location filename="../processing/algorithms/walking_service_areas.py" />
            <source>Facility name field</source>
            <translation>设施名称字段</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/check_communities.py" />
            <source>Building area field (m²)</source>
            <translation>建筑面积字段（平方米）</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/check_communities.py" />
            <source>Land area field (m²)</source>
            <translation>用地面积字段（平方米）</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/check_communities.py" />
            <source>Usable area field (m²)</source>
            <translation>使用面积字段（平方米）</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/check_communities.py" />
            <source>Classes field</source>
            <translation>班数字段</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/check_communities.py" />
            <source>Residents population field</source>
            <translation>居民人口字段</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/check_communities.py" />
            <source>Check communities</source>
            <translation>社区体检</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/check_communities.py" />
            <source>Checks every residential community against every item of the checklist profile (by default the national 《完整居住社区建设标准（试行）》): facilities inside the community and within walking reach of its residents, floor-area and class thresholds, surveyed items, new vs existing rules and the population band. Each community gets one status per item (pass, fail, unknown when data is missing, not_applicable), its gaps and a complete verdict; the item table gives every result with the measured value, the threshold, the nearest qualifying facility and the reason in Chinese and English. Distances are measured in metres in a projected CRS chosen automatically when the inputs are geographic. Empty field choices are filled from common names (人口, 户数, 建筑面积 …), as the log shows.</source>
            <translation>按标准配置（默认为国家《完整居住社区建设标准（试行）》）逐项体检每个居住社区：社区内及居民步行范围内的设施、建筑面积和班数阈值、调查项、新建与既有社区的不同要求以及人口规模。每个社区的每一项得到一个结论（pass 达标、fail 不达标、unknown 数据缺失待核实、not_applicable 不适用），并给出短板和是否为完整社区；项目结果表列出每项的实测值、标准值、最近的合格设施以及中英文原因。距离以米为单位，在投影坐标系中计算；输入为地理坐标时自动选择投影坐标系。未指定的字段按常用名称（人口、户数、建筑面积……）自动识别，日志中会列出。</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/check_communities.py" />
            <location filename="../ui/dock_setup.py" />
            <source>Community results</source>
            <translation>社区体检结果</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/check_communities.py" />
            <source>Item results (community × item)</source>
            <translation>项目结果（社区 × 项目）</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/check_communities.py" />
            <source>Communities checked</source>
            <translation>体检社区数</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/check_communities.py" />
            <source>Complete communities</source>
            <translation>完整社区数</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/check_communities.py" />
            <source>Communities</source>
            <translation>社区</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/check_communities.py" />
            <source>Status of communities without a new/existing value</source>
            <translation>未填写新建/既有的社区按</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/check_communities.py" />
            <source>unknown (default): requirements that differ for new and existing communities are judged both ways; the same answer both ways stands, different answers are 'unknown'. Choose new or existing only when every community without a value is known to be one.</source>
            <translation>unknown（未知，默认）：对新建与既有社区要求不同的条目按两种情况分别判定，结论相同则采用，不同则为“待核实”。只有确知所有未填写的社区都是新建（或既有）时，才选择 new 或 existing。</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/check_communities.py" />
            <source>Unknown: judge both ways</source>
            <translation>未知：按新建、既有两种情况判断</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/check_communities.py" />
            <source>Existing community</source>
            <translation>既有社区</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/check_communities.py" />
            <source>New community</source>
            <translation>新建社区</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/check_communities.py" />
            <location filename="../processing/algorithms/walking_service_areas.py" />
            <source>Facilities</source>
            <translation>设施</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/check_communities.py" />
            <source>Residents (optional: points or polygons with a population)</source>
            <translation>居民（可选：带人口的点或面）</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/check_communities.py" />
            <source>Weights the walking coverage by where people live (e.g. a population grid or building points). Without it residents are assumed spread evenly over each community. Polygons without a population field — the residential parcels of a land-use plan — are weighted by their area.</source>
            <translation>按居民实际居住位置加权步行覆盖率（如人口格网或建筑点）。不提供时，假定居民在各社区内均匀分布。没有人口字段的面（如用地规划中的居住用地地块）按面积加权。</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/check_communities.py" />
            <source>Survey answers (optional: a table of community_id, field, value)</source>
            <translation>调查答复（可选：含 community_id、field、value 三列的表）</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/check_communities.py" />
            <source>Answers kept beside a community layer that cannot be edited — the table the inspector dock writes (survey_answers): each row's value stands in for the community layer's value of that field, as in the dock.</source>
            <translation>社区图层无法编辑时另存的调查答复——即检查面板写入的表（survey_answers）：每行的值代替社区图层中该字段的值，与面板中一致。</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/check_communities.py" />
            <source>Walking speed (m/min; empty: the profile's)</source>
            <translation>步行速度（米/分钟；留空则用标准配置的值）</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/check_communities.py" />
            <source>The national standard states no speed; the bundled profiles use 60 m/min.</source>
            <translation>国家标准未规定步行速度；内置配置采用 60 米/分钟。</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/check_communities.py" />
            <source>The facility layer is complete: a type it lacks entirely is a gap</source>
            <translation>设施图层完整：图层中完全没有的设施类型视为短板</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/check_communities.py" />
            <source>Off (default): when the layer has no facility of a type at all, items needing it are 'unknown' (a data gap until confirmed). On: they fail.</source>
            <translation>关闭（默认）：图层中完全没有某类设施时，相关项目记为“待核实”（可能是数据缺失）。打开：记为不达标。</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/check_communities.py" />
            <source>Facilities without a size value (floor area, classes …)</source>
            <translation>缺少规模数据（建筑面积、班数等）的设施</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/check_communities.py" />
            <source>strict (default): a facility lacking a size the profile asks for is 'unknown'. presence: it counts as present, the reason says 规模未核实 (size not verified) and cc_unverified_items lists the items that passed only this way — for POI data (Amap, Baidu, OSM) that has no sizes.</source>
            <translation>strict（严格，默认）：缺少标准要求的规模数据的设施，结论为“待核实”。presence（按存在计）：这类设施按存在计入，原因中注明“规模未核实”，cc_unverified_items 列出仅因此达标的项目——适用于没有规模数据的 POI（高德、百度、OSM）。</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/check_communities.py" />
            <location filename="../ui/dock_setup.py" />
            <source>Strict: the item is unknown</source>
            <translation>严格：该项记为“未知”</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/check_communities.py" />
            <location filename="../ui/dock_setup.py" />
            <source>Presence: counted, marked size not verified (POI data)</source>
            <translation>存在即计入，标注“规模未核实”（POI 数据）</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/check_communities.py" />
            <source>Polygon facilities without a land area value lend their own area</source>
            <translation>无用地面积数据的面状设施按图形面积计</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/check_communities.py" />
            <source>On (default): the polygon's area stands in for an empty land area, and the reason says so (按图形面积). Off: the land area stays unknown.</source>
            <translation>开启（默认）：用地面积为空时以图形面积代替，原因中注明“按图形面积”。关闭：用地面积保持未知。</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/check_communities.py" />
            <source>The community layer has no features: nothing to check.</source>
            <translation>社区图层没有要素：无可体检的对象。</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/check_communities.py" />
            <source>The facility layer has no features: every facility item will be unknown or fail.</source>
            <translation>设施图层没有要素：所有设施类项目都将为待核实或不达标。</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/check_communities.py" />
            <source>Profile {} ({}); walking speed {} m/min</source>
            <translation>标准配置 {}（{}）；步行速度 {} 米/分钟</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/check_communities.py" />
            <source>Community</source>
            <translation>社区</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/check_communities.py" />
            <source>Facility</source>
            <translation>设施</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/check_communities.py" />
            <source>Residents</source>
            <translation>居民分布</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/check_communities.py" />
            <location filename="../processing/algorithms/suggest_sites.py" />
            <source>{} fields: {}</source>
            <translation>{}字段：{}</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/check_communities.py" />
            <source>No population field: the population band is 'unknown' and ratios per resident cannot be checked. Choose the population field.</source>
            <translation>没有人口字段：人口规模记为“未知”，按人口计算的比例无法检查。请指定人口字段。</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/check_communities.py" />
            <source>The facility layer has no type field (looked for: {}). Choose the field with the facility types, or run “Classify facilities” first.</source>
            <translation>设施图层没有类型字段（查找了：{}）。请指定设施类型字段，或先运行“设施分类”。</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/check_communities.py" />
            <source>{}: residents given as points need a population field (looked for: {}). Choose it; polygons without one, such as the residential parcels of a plan, are weighted by their area.</source>
            <translation>{}：以点表示的居民需要人口字段（已查找：{}）。请选择该字段；没有人口字段的面（如规划的居住用地地块）按面积加权。</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/check_communities.py" />
            <source>{} has no population field: residents are taken as spread evenly over its polygons, each weighted by its area (e.g. the residential parcels of a plan)</source>
            <translation>{} 没有人口字段：假定居民在其各面内均匀分布，每个面按面积加权（如规划的居住用地地块）</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/check_communities.py" />
            <source>{} has no column {}: a survey answers table has the columns community_id, field and value, one row per community and field (as the inspector dock writes it).</source>
            <translation>{} 缺少列 {}：调查答复表应有 community_id、field、value 三列，每个社区的每个字段一行（与检查面板写入的格式相同）。</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/check_communities.py" />
            <source>Survey answers from {}: {} answers for {} communities stand in for the layer's values</source>
            <translation>调查答复（{}）：{} 条答复代替了 {} 个社区在图层中的取值</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/check_communities.py" />
            <source>{} has answers for {} communities the community layer does not have (ids: {}); they are left out</source>
            <translation>{} 中有 {} 个社区不在社区图层中（编号：{}），其答复未采用</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/check_communities.py" />
            <source>{} has answers for fields the community layer does not have ({}); they are left out</source>
            <translation>{} 中有社区图层没有的字段（{}），这些答复未采用</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/check_communities.py" />
            <source>Reading communities</source>
            <translation>读取社区</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/check_communities.py" />
            <source>No community has a usable polygon: nothing to check.</source>
            <translation>没有可用的社区多边形：无可体检的对象。</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/check_communities.py" />
            <source>New/existing status: {} from the field, {} from the default, {} unknown (judged both ways)</source>
            <translation>新建/既有：{}个取自字段，{}个取默认值，{}个未知（按两种情况判定）</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/check_communities.py" />
            <source>{} communities have no population value (band 'unknown'): {}</source>
            <translation>{} 个社区没有人口数据（人口规模记为“未知”）：{}</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/check_communities.py" />
            <source>Reading facilities</source>
            <translation>读取设施</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/check_communities.py" />
            <source>{} facilities, {} of a type of the taxonomy ({} without geometry skipped)</source>
            <translation>{} 处设施，其中 {} 处属于设施分类中的类型（跳过 {} 处无几何的设施）</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/check_communities.py" />
            <source>No facility has a known type: check the type field and the mapping.</source>
            <translation>没有设施的类型可以识别：请检查类型字段和类别映射。</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/check_communities.py" />
            <source>Reading residents</source>
            <translation>正在读取居民分布</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/check_communities.py" />
            <source>Residents weight the coverage of {} of {} communities</source>
            <translation>{} 个社区（共 {} 个）按居民分布加权覆盖率</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/check_communities.py" />
            <source>… and {} more warnings like these</source>
            <translation>……另有 {} 条类似警告</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/check_communities.py" />
            <source>Checking</source>
            <translation>体检中</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/check_communities.py" />
            <source>{} facilities are more than {} m from any street and cannot be reached on the network (run “Check the walking network” to list them)</source>
            <translation>{}处设施距任何道路超过{}米，无法经路网到达（运行“路网质量检查”可列出这些设施）</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/check_communities.py" />
            <source>The facility layer has no facilities of these types: {}</source>
            <translation>设施图层中没有以下类型的设施：{}</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/check_communities.py" />
            <source>Walking distances: straight line (no network given)</source>
            <translation>步行距离：直线距离（未提供路网）</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/check_communities.py" />
            <source>{} of {} resident sample points are more than {} m from any street: they count as not reached</source>
            <translation>{} 个居民样点（共 {} 个）距离道路超过 {} 米：视为不可达</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/check_communities.py" />
            <source>Writing results</source>
            <translation>写出结果</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/check_communities.py" />
            <location filename="../processing/algorithms/export_table.py" />
            <location filename="../ui/dock_setup.py" />
            <source>Item results</source>
            <translation>项目结果</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/check_communities.py" />
            <source>{} of {} communities are complete</source>
            <translation>{} 个社区（共 {} 个）为完整社区</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/classify_facilities.py" />
            <source>Classify facilities</source>
            <translation>设施分类</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/classify_facilities.py" />
            <source>Adds the facility type of the standard (field cc_type, with its Chinese name in cc_type_zh and the deciding rule in cc_rule) to a copy of a facility layer: survey points, Amap or Baidu POIs, or OpenStreetMap features. The rules of the chosen mapping are tried in order and the first match decides. Categories no rule matched are listed in the log, most frequent first, and optionally written to a table, so that you can extend the mapping. The input layer is not changed.</source>
            <translation>为设施图层的副本添加标准中的设施类型（字段 cc_type，中文名称在 cc_type_zh，起决定作用的规则在 cc_rule）：调查点、高德或百度 POI、OpenStreetMap 要素均可。按所选映射的规则顺序匹配，第一条匹配的规则起决定作用。未匹配任何规则的类别按出现次数从多到少列在日志中，也可输出为表格，便于补充映射。输入图层不会被修改。</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/classify_facilities.py" />
            <source>Facility layer</source>
            <translation>设施图层</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/classify_facilities.py" />
            <source>Points or polygons of facilities with a name and/or a category.</source>
            <translation>带名称和/或类别的设施点或面。</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/classify_facilities.py" />
            <source>Name field</source>
            <translation>名称字段</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/classify_facilities.py" />
            <source>Default: the first of the mapping's name fields found.</source>
            <translation>默认：映射中列出的名称字段里第一个存在的字段。</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/classify_facilities.py" />
            <source>Category field</source>
            <translation>类别字段</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/classify_facilities.py" />
            <source>The raw category, e.g. the Amap type string. Default: found from the mapping.</source>
            <translation>原始类别，例如高德类型字符串。默认：按映射自动查找。</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/classify_facilities.py" />
            <source>Type code field</source>
            <translation>类型代码字段</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/classify_facilities.py" />
            <source>E.g. the Amap typecode. Default: found.</source>
            <translation>例如高德 typecode。默认：自动查找。</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/classify_facilities.py" />
            <source>Classified facilities</source>
            <translation>已分类设施</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/classify_facilities.py" />
            <source>Unmapped categories</source>
            <translation>未匹配的类别</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/classify_facilities.py" />
            <source>A table of the categories no rule matched, with counts and an example name.</source>
            <translation>未被任何规则匹配的类别表，含数量和示例名称。</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/classify_facilities.py" />
            <source>Features classified</source>
            <translation>已分类要素数</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/classify_facilities.py" />
            <source>Features excluded by a rule</source>
            <translation>被规则排除的要素数</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/classify_facilities.py" />
            <source>Features no rule matched</source>
            <translation>未匹配规则的要素数</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/classify_facilities.py" />
            <source>Mapping '{}'; fields read: {}</source>
            <translation>映射“{}”；读取字段：{}</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/classify_facilities.py" />
            <source>None of the mapping's fields is in the layer (it has: {}); only OSM-style tag columns can match. Choose the name or category field.</source>
            <translation>图层中没有映射所需的字段（图层字段：{}）；只有 OSM 标签式字段可能匹配。请指定名称或类别字段。</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/classify_facilities.py" />
            <source>The layer already has cc_type fields: the copy gets new values.</source>
            <translation>图层已有 cc_type 等字段：副本中将写入新值。</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/classify_facilities.py" />
            <source>Classified {} of {} features:</source>
            <translation>已分类 {} 个要素（共 {} 个）：</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/classify_facilities.py" />
            <source>{} features in {} categories matched no rule; most frequent:</source>
            <translation>{} 个要素（{} 个类别）未匹配任何规则；最常见的是：</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/compare_checks.py" />
            <source>Compare two checks (yearly progress)</source>
            <translation>对比两次体检（年度进展）</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/compare_checks.py" />
            <source>Compares two results of “Check communities” for the same communities, e.g. last year's and this year's, for the yearly progress report: the complete-community coverage rate by number of communities and by population then and now, the items each community newly passed or newly failed, the communities that became complete or are no longer complete, and the communities new in the later check or removed from it. Communities are matched by their id (cc_id); only the items both checks wrote are compared. The coverage by population counts only communities with a population; how many lack one is reported.</source>
            <translation>对比同一批社区的两次“社区体检”结果（如去年与今年），用于年度进展报告：前后两次按社区个数和按人口计的完整社区覆盖率，各社区新达标和新不达标的项目，新成为完整社区和不再是完整社区的社区，以及本次新增或移除的社区。社区按编号（cc_id）对应；只对比两次都有的项目。按人口计的覆盖率只统计有人口数据的社区，并报告缺人口数据的社区数。</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/compare_checks.py" />
            <source>Earlier community results (of the check)</source>
            <translation>前次社区体检结果</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/compare_checks.py" />
            <source>Later community results (of the check)</source>
            <translation>本次社区体检结果</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/compare_checks.py" />
            <source>Changes per community</source>
            <translation>各社区变化</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/compare_checks.py" />
            <source>Coverage then and now</source>
            <translation>前后覆盖率对比</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/compare_checks.py" />
            <source>Coverage by count before (%)</source>
            <translation>前次按个数覆盖率（%）</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/compare_checks.py" />
            <source>Coverage by count after (%)</source>
            <translation>本次按个数覆盖率（%）</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/compare_checks.py" />
            <source>Communities that became complete</source>
            <translation>新成为完整社区的社区数</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/compare_checks.py" />
            <source>{} has no coordinate reference system, so its communities cannot be placed beside the other check's. Assign the CRS its coordinates are in (Layer Properties ▸ Source, or “Assign projection”) and run again.</source>
            <translation>{}没有坐标参考系，无法与另一次体检的社区对照定位。请指定其坐标所用的坐标系（图层属性 ▸ 源，或“指定投影”）后重新运行。</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/compare_checks.py" />
            <source>The two checks wrote different items (another profile?): only the {} items of both are compared; only in the earlier: {}; only in the later: {}</source>
            <translation>两次体检的项目不同（配置不同？）：只对比两次都有的 {} 项；仅前次有：{}；仅本次有：{}</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/compare_checks.py" />
            <source>The earlier and the later results are the same layer ({}): the comparison would show no change. Give the results of the later check as “{}”.</source>
            <translation>前后两次结果是同一个图层（{}）：对比不会显示任何变化。请在“{}”中选择后一次体检的结果。</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/compare_checks.py" />
            <source>Complete communities: {} of {} ({}) before, {} of {} ({}) after</source>
            <translation>完整社区：前次 {} / {}（{}），本次 {} / {}（{}）</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/compare_checks.py" />
            <source>Coverage by population: {} before, {} after</source>
            <translation>按人口覆盖率：前次 {}，本次 {}</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/compare_checks.py" />
            <source>Communities without a population are left out of the coverage by population: {} before, {} after</source>
            <translation>缺人口数据的社区不计入按人口覆盖率：前次 {} 个，本次 {} 个</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/compare_checks.py" />
            <source>Became complete: {}; no longer complete: {}; new: {}; removed: {}</source>
            <translation>新成为完整社区：{}；不再是完整社区：{}；新增：{}；移除：{}</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/convert_coordinates.py" />
            <source>WGS-84 (GPS, OpenStreetMap, Tianditu, CGCS2000 lon/lat)</source>
            <translation>WGS-84（GPS、OpenStreetMap、天地图、CGCS2000 经纬度）</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/convert_coordinates.py" />
            <source>GCJ-02 (Amap/Gaode, Tencent, Google China)</source>
            <translation>GCJ-02（高德、腾讯、谷歌中国）</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/convert_coordinates.py" />
            <source>BD-09 (Baidu)</source>
            <translation>BD-09（百度）</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/convert_coordinates.py" />
            <source>Convert coordinates (WGS-84 / GCJ-02 / BD-09)</source>
            <translation>坐标转换（WGS-84 / GCJ-02 / BD-09）</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/convert_coordinates.py" />
            <source>Moves every vertex of a layer between WGS-84 (GPS, OpenStreetMap, Tianditu), GCJ-02 (Amap/Gaode, Tencent) and BD-09 (Baidu), with the published formulas; GCJ-02 → WGS-84 and BD-09 → GCJ-02 are solved iteratively to well under a metre. Points, lines and polygons (multi-part, with holes, with Z and M) keep their attributes. A layer in a CRS other than WGS-84 longitude/latitude (e.g. CGCS2000 or a projected CRS) is converted through WGS-84 and written in its own CRS. Points outside China are left unchanged, as the published conversions do. A GCJ-02 layer over WGS-84 streets is 300–700 m off: convert before checking.</source>
            <translation>用公开的公式在 WGS-84（GPS、OpenStreetMap、天地图）、GCJ-02（高德、腾讯）和 BD-09（百度）之间转换图层的每个顶点；GCJ-02 → WGS-84 和 BD-09 → GCJ-02 通过迭代求解，误差远小于 1 米。点、线、面（多部件、带洞、带 Z 和 M 值）保留属性。不是 WGS-84 经纬度的图层（如 CGCS2000 或投影坐标系）先转到 WGS-84 再转换，结果仍写为原坐标系。中国境外的点保持不变，与公开算法一致。GCJ-02 图层叠在 WGS-84 道路上会偏移 300–700 米：请先转换再体检。</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/convert_coordinates.py" />
            <source>Input layer</source>
            <translation>输入图层</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/convert_coordinates.py" />
            <source>Any vector layer whose coordinates are in the system “From”.</source>
            <translation>任意矢量图层，其坐标属于“源坐标系”。</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/convert_coordinates.py" />
            <source>From</source>
            <translation>源坐标系</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/convert_coordinates.py" />
            <source>The system the coordinates are in now: Amap/Gaode and Tencent exports are GCJ-02, Baidu exports BD-09.</source>
            <translation>坐标当前所属的坐标系：高德、腾讯导出的数据为 GCJ-02，百度导出的数据为 BD-09。</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/convert_coordinates.py" />
            <source>To</source>
            <translation>目标坐标系</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/convert_coordinates.py" />
            <source>The system to convert to: WGS-84 to use the layer with OpenStreetMap, GPS surveys, Tianditu or CGCS2000 data.</source>
            <translation>要转换到的坐标系：与 OpenStreetMap、GPS 调查、天地图或 CGCS2000 数据一起使用时选 WGS-84。</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/convert_coordinates.py" />
            <source>Converted layer</source>
            <translation>转换后的图层</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/convert_coordinates.py" />
            <source>Vertices converted</source>
            <translation>已转换的顶点数</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/convert_coordinates.py" />
            <source>Vertices outside China (unchanged)</source>
            <translation>中国境外的顶点数（未改变）</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/convert_coordinates.py" />
            <source>“From” and “To” are both {}: there is nothing to convert. Choose the system the layer is in and the one it should be in.</source>
            <translation>“源坐标系”和“目标坐标系”都是 {}：无需转换。请选择图层当前的坐标系和要转换到的坐标系。</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/convert_coordinates.py" />
            <source>{} has no coordinate reference system, so its coordinates cannot be read as longitudes and latitudes. Assign the CRS the coordinates are in (for Amap or Baidu longitudes/latitudes: EPSG:4326) and run again.</source>
            <translation>{} 没有坐标参考系，无法把坐标读作经纬度。请指定坐标所属的坐标参考系（高德或百度经纬度：EPSG:4326）后重新运行。</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/convert_coordinates.py" />
            <source>{}: longitudes/latitudes converted from {} to {}</source>
            <translation>{}：经纬度由 {} 转换为 {}</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/convert_coordinates.py" />
            <source>{} is in {} ({}): converted through WGS-84 longitude/latitude and written back in {}</source>
            <translation>{} 的坐标系为 {}（{}）：经 WGS-84 经纬度转换后写回 {}</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/convert_coordinates.py" />
            <source>{} features, {} vertices converted</source>
            <translation>{} 个要素，{} 个顶点已转换</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/convert_coordinates.py" />
            <source>{} of {} vertices lie outside China and were left unchanged, as the published conversions do.</source>
            <translation>{} 个顶点（共 {} 个）位于中国境外，与公开算法一致，保持不变。</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/delineate_communities.py" />
            <source>Delineate communities</source>
            <translation>划定社区</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/delineate_communities.py" />
            <source>Groups residential units (estates, blocks or parcels, or building points, with a population) into proposed communities: contiguous (units that touch, or lie across a short gap that a walk links), within the profile's population band (0.5–1.2万 by default), with every unit within the walking reach of the community's centre where the data allows, never across a barrier line and inside the upper boundaries when given. A heuristic: seeded growth, merging of the undersized, then moves and swaps of boundary units that lower, in this order, the communities out of band, the persons outside the band, the units beyond the reach and the longest walk. A community still out of band says why (a single unit over the band must be split; an isolated group under it must be merged across a barrier). The communities feed straight into “Check communities”.</source>
            <translation>将居住单元（小区、街坊、地块或楼栋点，带人口）组合为建议社区：单元连片（相接，或隔着可步行连通的短距离），人口在检查方案的规模范围内（默认0.5—1.2万人），在数据允许时每个单元都在社区中心的步行范围内，不跨越障碍线，并在给定时位于上级边界之内。方法为启发式：种子生长、合并过小社区，再移动或交换边界单元，依次减少超出规模的社区数、超出规模的人数、超出步行范围的单元数和最远步行距离。仍超出规模的社区注明原因（单个单元超出上限需拆分；被隔开的人口不足单元需跨障碍合并）。结果可直接用于“社区体检”。</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/delineate_communities.py" />
            <source>Upper boundaries to nest within (optional: 街道 or existing 社区 polygons)</source>
            <translation>上级边界（可选：街道或现有社区的面）</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/delineate_communities.py" />
            <source>A community never spans two of these polygons (a unit belongs to the polygon holding its standing point).</source>
            <translation>社区不跨越两个上级边界（单元归属于包含其代表点的边界）。</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/delineate_communities.py" />
            <source>Also draw PySAL spopt's max-p regions as a comparison (needs spopt)</source>
            <translation>同时用 PySAL spopt 的 max-p 分区作对比（需要 spopt）</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/delineate_communities.py" />
            <source>Runs max-p regionalisation (spopt) on the same units and neighbours with the band's minimum as its threshold — as many regions as reach it, no maximum, no walking reach — and logs both results: communities, in / under / above the band, units beyond the reach, the longest walk to a centre, run time. Limited to {:g} s; without spopt the log says how to install it and the run goes on.</source>
            <translation>在相同的单元和相邻关系上运行 max-p 分区（spopt），以人口规模下限为阈值——分区数尽可能多、每区达到阈值，不设上限、不考虑步行范围——并在日志中列出两种结果：社区数、规模内/不足/超出的数量、超出步行范围的单元、到中心的最长步行距离和用时。限时 {:g} 秒；未安装 spopt 时日志说明如何安装，运行照常进行。</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/delineate_communities.py" />
            <source>Proposed communities</source>
            <translation>建议社区</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/delineate_communities.py" />
            <source>Units with their community</source>
            <translation>单元及所属社区</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/delineate_communities.py" />
            <source>Max-p regions (comparison, optional)</source>
            <translation>max-p 分区（对比，可选）</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/delineate_communities.py" />
            <source>Communities out of band</source>
            <translation>超出规模的社区数</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/delineate_communities.py" />
            <source>Max-p regions (comparison)</source>
            <translation>max-p 分区（对比）</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/delineate_communities.py" />
            <source>Profile {}: population band {:g}–{:g}, walking reach {:g} m</source>
            <translation>检查方案 {}：人口规模 {:g}—{:g}，步行范围 {:g} 米</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/delineate_communities.py" />
            <source>Grouping units</source>
            <translation>正在组合单元</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/delineate_communities.py" />
            <source>Comparing with max-p regions (spopt)</source>
            <translation>与 max-p 分区（spopt）对比</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/delineate_communities.py" />
            <source>Comparison with PySAL spopt's max-p regions (threshold {:g}: as many regions as reach it, no maximum, no walking reach):</source>
            <translation>与 PySAL spopt 的 max-p 分区对比（阈值 {:g}：分区数尽可能多、每区达到阈值，不设上限，不考虑步行范围）：</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/delineate_communities.py" />
            <source>this grouping</source>
            <translation>本划分</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/delineate_communities.py" />
            <source>max-p</source>
            <translation>max-p</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/delineate_communities.py" />
            <source>  {}: {} communities, {} in the band, {} under it, {} above it; {} units beyond the walking reach, longest walk to a centre {}; {} units not placed; {:.1f} s</source>
            <translation>  {}：{} 个社区，{} 个在规模范围内，{} 个不足，{} 个超出；{} 个单元超出步行范围，到中心的最长步行距离 {}；{} 个单元未划入；{:.1f} 秒</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/delineate_communities.py" />
            <source>{} proposed communities, {} in the band, {} out of it ({} need a unit split, {} could not be balanced); {} units beyond the walking reach of their centre</source>
            <translation>建议社区 {} 个，其中规模适宜 {} 个，超出规模 {} 个（需拆分单元 {} 个，未能平衡 {} 个）；{} 个单元超出其社区中心的步行范围</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/delineate_communities.py" />
            <source>Check them with “Check communities”: it recognises their id, population and households fields.</source>
            <translation>可用“社区体检”检查：它会识别其编号、人口和户数字段。</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/export_profile.py" />
            <source>Export checklist profile</source>
            <translation>导出标准配置清单</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/export_profile.py" />
            <source>Writes the resolved checklist of a profile — after any local profile's overrides — as a table with one row per threshold: item, requirement, which communities it applies to, facility types, the check, value, unit, walking reach in metres, confidence tag (C confirmed, D provincial text, S secondary summary, R unconfirmed recollection, P plugin default, L local override) and source. Use it to review a profile before a check and to print it for meetings (optional HTML page).</source>
            <translation>将标准配置（含地方配置的覆盖）解析后的检查清单输出为表格，每个阈值一行：项目、要求、适用社区、设施类型、检查内容、数值、单位、步行距离（米）、可信度标记（C 已确认、D 省级文本、S 二手资料、R 未核实的记忆、P 插件默认、L 地方覆盖）和来源。可用于体检前审核配置，也可打印供会议使用（可选 HTML 页面）。</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/export_profile.py" />
            <source>Checklist table</source>
            <translation>检查清单表</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/export_profile.py" />
            <source>Printable checklist (HTML)</source>
            <translation>可打印的检查清单（HTML）</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/export_profile.py" />
            <source>HTML files (*.html)</source>
            <translation>HTML 文件 (*.html)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/export_profile.py" />
            <source>Number of items</source>
            <translation>项目数</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/export_profile.py" />
            <source>Number of rows</source>
            <translation>行数</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/export_profile.py" />
            <source>Profile {} from {}</source>
            <translation>标准配置 {}，来自 {}</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/export_profile.py" />
            <source>{} items, {} rows</source>
            <translation>{} 个项目，{} 行</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/export_report.py" />
            <source>Export report (PDF)</source>
            <translation>导出体检报告（PDF）</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/export_report.py" />
            <source>Writes the printed report of a check as one PDF in Chinese, for review meetings and street offices: an overview page (all communities coloured by their gaps, key figures, 完整居住社区覆盖率 by count and by population, the commonest gaps, a chart of fails and unknowns per item) and one atlas page per community (map with facilities by type, the walking network and walking service areas, key figures, failed items, the 20-item checklist with verdict, value, threshold and reason). A checklist too long for its page continues on a second page. Pages follow the sort field; a filter expression or the selection reports some communities only. The layout is a template (.qpt) in the plugin's resources/layouts folder: copy it, restyle it in the layout designer and give it as the template; it must keep the items with the ids map, checklist (the table's first frame) and legend. In QGIS desktop the layout is also added to the project's layout manager, its atlas set up, to adjust before printing.</source>
            <translation>将体检结果输出为一份中文 PDF 报告，供评审会和街道办使用：总览页（按短板着色的全部社区、关键指标、按社区数和按人口计的完整居住社区覆盖率、最常见的短板、各项目不达标与待核实社区数的图表），以及每个社区一页的图集页（按类型显示设施、步行网络和步行服务范围的地图，关键指标，不达标项目，20 项检查清单及结论、实测值、标准值和原因）。检查清单一页放不下时续排到第二页。页面按排序字段排列；可用筛选表达式或选择集只报告部分社区。版式是插件 resources/layouts 文件夹中的模板（.qpt）：复制后在版式设计器中修改样式，再作为模板指定；模板必须保留 ID 为 map、checklist（表格的第一个框）和 legend 的项目。在 QGIS 桌面中，版式还会加入项目的版式管理器并设好图集，便于打印前调整。</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/export_report.py" />
            <location filename="../processing/algorithms/export_table.py" />
            <source>Item results (of the check)</source>
            <translation>项目结果（体检输出）</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/export_report.py" />
            <source>Facilities (shown on the maps)</source>
            <translation>设施（在地图上显示）</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/export_report.py" />
            <source>Walking network (shown on the maps)</source>
            <translation>步行网络（显示在地图上）</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/export_report.py" />
            <source>Walking service areas (shown on the maps)</source>
            <translation>步行服务范围（在地图上显示）</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/export_report.py" />
            <source>Layout template (.qpt)</source>
            <translation>布局模板（.qpt）</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/export_report.py" />
            <source>Empty: the plugin's template for the paper size.</source>
            <translation>留空：使用插件自带的对应纸张模板。</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/export_report.py" />
            <source>Paper</source>
            <translation>纸张</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/export_report.py" />
            <source>a4: A4 landscape; a3: A3 landscape (when no template is given).</source>
            <translation>a4：A4 横向；a3：A3 横向（未指定模板时）。</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/export_report.py" />
            <source>A4 landscape</source>
            <translation>A4 横向</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/export_report.py" />
            <source>A3 landscape</source>
            <translation>A3 横向</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/export_report.py" />
            <source>Sort the community pages by</source>
            <translation>社区页面排序字段</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/export_report.py" />
            <source>Only the communities matching</source>
            <translation>仅报告符合条件的社区</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/export_report.py" />
            <source>An expression over the community results, e.g. "cc_fail" &gt;= 3 or "cc_id" IN ('C01', 'C03'). Empty: every community (or the selected ones, when only selected features are asked for). The overview covers the communities reported.</source>
            <translation>针对社区结果的表达式，例如 "cc_fail" &gt;= 3 或 "cc_id" IN ('C01', 'C03')。留空：全部社区（勾选“仅选中要素”时为选中的社区）。总览页只统计报告中的社区。</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/export_report.py" />
            <source>Report title</source>
            <translation>报告标题</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/export_report.py" />
            <source>Report</source>
            <translation>报告</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/export_report.py" />
            <source>PDF files (*.pdf)</source>
            <translation>PDF 文件 (*.pdf)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/export_report.py" />
            <location filename="../processing/algorithms/export_table.py" />
            <source>Number of communities</source>
            <translation>社区数量</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/export_report.py" />
            <source>Layout added to the project</source>
            <translation>加入项目的版式</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/export_report.py" />
            <source>{} has no field cc_id: give the community results written by the check.</source>
            <translation>{}没有 cc_id 字段：请选择体检输出的社区体检结果。</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/export_report.py" />
            <source>{} has no fields item_id and community_id: give the item results written by the check.</source>
            <translation>{}没有 item_id 和 community_id 字段：请选择体检输出的项目结果。</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/export_report.py" />
            <source>“{}”: {} has no field {} (it has: {}). Choose one of its fields.</source>
            <translation>“{}”：{}没有字段 {}（现有字段：{}）。请选择其中的一个字段。</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/export_report.py" />
            <source>Layout template: {}</source>
            <translation>布局模板：{}</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/export_report.py" />
            <source>No community of {} to report: the filter or the selection leaves none. Change the filter expression or select communities.</source>
            <translation>{} 中没有可报告的社区：筛选条件或选择集未包含任何社区。请修改筛选表达式或选择社区。</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/export_report.py" />
            <source>Rendering {} pages and their continuations …</source>
            <translation>正在生成 {} 页及其续页……</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/export_report.py" />
            <source>Could not add the report's layout to the project.</source>
            <translation>无法将报告版式加入项目。</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/export_report.py" />
            <source>The layout “{}” is in the project's layout manager, its atlas set up: open it to adjust the report before printing.</source>
            <translation>版式“{}”已加入项目的版式管理器并设好图集：打印前可打开它调整报告。</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/export_report.py" />
            <source>Could not read the layout template {}: {}</source>
            <translation>无法读取布局模板 {}：{}</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/export_report.py" />
            <source>{} is not a layout template (.qpt) QGIS can read.</source>
            <translation>{} 不是 QGIS 能读取的布局模板（.qpt）。</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/export_report.py" />
            <source>The layout template {} lacks the items the report fills: {}. A template needs a map with the item id “map”, an attribute table whose first frame has the id “checklist” and a legend with the id “legend” (Item Properties ▸ Item ID in the layout designer).</source>
            <translation>布局模板 {} 缺少报告需要填充的项目：{}。模板需要一个项目 ID 为“map”的地图、一个第一个框的 ID 为“checklist”的属性表，以及一个 ID 为“legend”的图例（在布局设计器的“项目属性 ▸ 项目 ID”中设置）。</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/export_report.py" />
            <source>The filter expression {} cannot be read: {}. Write it as in the expression builder, e.g. "cc_fail" &gt;= 3 or "cc_id" IN ('C01', 'C03').</source>
            <translation>筛选表达式 {} 无法解析：{}。请按表达式构建器的写法填写，例如 "cc_fail" &gt;= 3 或 "cc_id" IN ('C01', 'C03')。</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/export_report.py" />
            <source>The filter expression {} names fields that {} does not have: {} (it has: {}).</source>
            <translation>筛选表达式 {} 引用了 {} 中不存在的字段：{}（现有字段：{}）。</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/export_report.py" />
            <source>Could not read {}.</source>
            <translation>无法读取{}。</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/export_report.py" />
            <location filename="../processing/styling.py" />
            <source>Could not apply the style {}: {}</source>
            <translation>无法应用样式 {}：{}</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/export_report.py" />
            <source>The check's profile {} cannot be read here ({}): the maps do not ring the facilities of failed items.</source>
            <translation>无法读取体检所用的标准配置 {}（{}）：地图上不标出不达标项目的设施。</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/export_report.py" />
            <source>Font {} is not installed: the report uses {} instead.</source>
            <translation>未安装字体 {}：报告改用 {}。</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/export_report.py" />
            <source>No Chinese font found ({}): Chinese text may show as boxes. Install Noto Sans CJK SC.</source>
            <translation>未找到中文字体（{}）：中文可能显示为方框。请安装 Noto Sans CJK SC。</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/export_report.py" />
            <source>Could not write the report {}: {}</source>
            <translation>无法写入报告 {}：{}</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/export_report.py" />
            <source>the layout could not be exported</source>
            <translation>布局无法导出</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/export_table.py" />
            <source>Export results as a spreadsheet</source>
            <translation>导出体检结果表格</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/export_table.py" />
            <source>Writes the check's results as tables people read in Excel or WPS: the community summary (one row per community: population, band, items passed, gaps, each item's verdict) and the item table (one row per community and item: verdict, measured value, threshold, unit, reason, nearest facility). Column titles and values (pass/fail, new/existing, units …) are written in the interface language, as the result layers' styles name them. An .xlsx file holds both tables as two sheets; with .csv, the community summary goes to the file named and the item table to &lt;name&gt;_items.csv beside it, both UTF-8 with a byte-order mark.</source>
            <translation>将体检结果写成可在 Excel 或 WPS 中阅读的表格：社区汇总（每个社区一行：人口、人口规模、达标项数、短板、各项目结论）和项目结果表（每个社区每个项目一行：结论、实测值、标准值、单位、原因、最近设施）。列标题和取值（达标/不达标、新建/既有、单位等）按界面语言书写，与结果图层样式的叫法一致。.xlsx 文件以两个工作表保存两张表；选择 .csv 时，社区汇总写入所选文件，项目结果表写入同目录下的 &lt;名称&gt;_items.csv，两者均为带字节顺序标记（BOM）的 UTF-8。</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/export_table.py" />
            <source>Spreadsheet</source>
            <translation>表格文件</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/export_table.py" />
            <source>Excel workbook (*.xlsx);;CSV files (*.csv)</source>
            <translation>Excel 工作簿 (*.xlsx);;CSV 文件 (*.csv)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/export_table.py" />
            <source>Item table (CSV)</source>
            <translation>项目结果表（CSV）</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/export_table.py" />
            <source>Number of item rows</source>
            <translation>项目结果行数</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/export_table.py" />
            <source>The spreadsheet must be an .xlsx or a .csv file, not “{}”.</source>
            <translation>表格文件必须是 .xlsx 或 .csv 文件，而不是“{}”。</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/export_table.py" />
            <source>{} has no field {}: give the community results written by the check.</source>
            <translation>{}没有字段 {}：请选择体检输出的社区体检结果。</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/export_table.py" />
            <source>{} has no fields item_id and status: give the item results written by the check.</source>
            <translation>{}没有 item_id 和 status 字段：请选择体检输出的项目结果。</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/export_table.py" />
            <source>Community summary: {}; item table: {}</source>
            <translation>社区汇总：{}；项目结果表：{}</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/export_table.py" />
            <source>Community summary</source>
            <translation>社区汇总</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/export_table.py" />
            <source>Workbook {}: sheets “{}” and “{}”</source>
            <translation>工作簿 {}：工作表“{}”和“{}”</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/export_table.py" />
            <source>Could not write {}: {}</source>
            <translation>无法写入 {}：{}</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/import_poi.py" />
            <source>it is not an Excel workbook QGIS can open (a CSV or another file renamed?). Save it again as .xlsx or .csv</source>
            <translation>它不是 QGIS 能打开的 Excel 工作簿（是否为改了扩展名的 CSV 或其他文件？）。请重新另存为 .xlsx 或 .csv</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/import_poi.py" />
            <source>Import Amap/Baidu POIs</source>
            <translation>导入高德/百度 POI</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/import_poi.py" />
            <source>Reads one or many POI exports of Amap (高德) or Baidu (CSV or Excel, e.g. one file per category) into one point layer: the name, type string or typecode, coordinates (a “location” column “lng,lat” or separate longitude/latitude columns), address and district columns are found by their Chinese or English names; the coordinates are converted to WGS-84 from the system chosen, or from the one each file's own evidence shows (column names; raw 6-decimal output of Amap = GCJ-02, of Baidu = BD-09; values converted from raw GCJ-02) — a file whose system cannot be told is refused until you choose one. Each point is classified with the chosen mapping as “Classify facilities” does and keeps its source file and row. Rows without usable coordinates are listed by file and row; categories no rule matched are listed with their counts.</source>
            <translation>把一个或多个高德或百度 POI 导出文件（CSV 或 Excel，例如每类一个文件）读入同一个点图层：按中英文列名识别名称、类型字符串或类型编码、坐标（“location”列“经度,纬度”或分开的经度/纬度列）、地址和区县；坐标从所选坐标系，或从每个文件自身证据显示的坐标系（列名；高德 6 位小数原始输出 = GCJ-02，百度的 = BD-09；由原始 GCJ-02 转换而来的数值）转换为 WGS-84——无法判断坐标系的文件会被拒绝，直到您选择坐标系。每个点按所选映射分类（与“设施分类”相同），并保留来源文件和行号。没有可用坐标的行按文件和行号列出；未匹配任何规则的类别按数量列出。</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/import_poi.py" />
            <source>POI files (CSV or Excel)</source>
            <translation>POI 文件（CSV 或 Excel）</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/import_poi.py" />
            <source>One or many Amap or Baidu exports; all are merged into one layer.</source>
            <translation>一个或多个高德或百度导出文件；全部合并为一个图层。</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/import_poi.py" />
            <source>Detect from each file (refused when it cannot be told)</source>
            <translation>按每个文件自动识别（无法判断时拒绝）</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/import_poi.py" />
            <source>Coordinate system of the files</source>
            <translation>文件的坐标系</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/import_poi.py" />
            <source>Amap exports are GCJ-02 and Baidu exports BD-09 unless someone converted them; “detect” reads each file's evidence and says what it found.</source>
            <translation>高德导出的数据为 GCJ-02，百度导出的为 BD-09（除非已被转换）；“自动识别”读取每个文件的证据并说明结果。</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/import_poi.py" />
            <source>CRS of the output</source>
            <translation>输出坐标参考系</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/import_poi.py" />
            <source>Default WGS-84 longitude/latitude (EPSG:4326); e.g. the project's CGCS2000 zone.</source>
            <translation>默认 WGS-84 经纬度（EPSG:4326）；也可选项目所用的 CGCS2000 分带。</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/import_poi.py" />
            <source>Imported POIs</source>
            <translation>导入的 POI</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/import_poi.py" />
            <source>POIs imported</source>
            <translation>导入的 POI 数</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/import_poi.py" />
            <source>Rows without usable coordinates</source>
            <translation>没有可用坐标的行数</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/import_poi.py" />
            <source>POIs classified</source>
            <translation>已分类的 POI 数</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/import_poi.py" />
            <source>POIs no rule matched</source>
            <translation>未匹配规则的 POI 数</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/import_poi.py" />
            <source>No POI file given: choose one or more CSV or Excel files.</source>
            <translation>未指定 POI 文件：请选择一个或多个 CSV 或 Excel 文件。</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/import_poi.py" />
            <source>{}: {} rows without usable coordinates (not imported), rows: {}{}</source>
            <translation>{}：{} 行没有可用坐标（未导入），行号：{}{}</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/import_poi.py" />
            <source>Imported {} POIs from {} files; classified {} with mapping '{}':</source>
            <translation>从 {1} 个文件导入 {0} 个 POI；用映射“{3}”分类了 {2} 个：</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/import_poi.py" />
            <source>{} POIs in {} categories matched no rule; most frequent:</source>
            <translation>{} 个 POI（{} 个类别）未匹配任何规则；最常见的：</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/import_poi.py" />
            <source>{}: no such file.</source>
            <translation>{}：文件不存在。</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/import_poi.py" />
            <source>{} cannot be read: {}</source>
            <translation>无法读取 {}：{}</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/import_poi.py" />
            <source>{}: no coordinate columns found (it has: {}). Name them lng/lat, lon/lat, 经度/纬度, or give one “location” column with “lng,lat”.</source>
            <translation>{}：未找到坐标列（现有列：{}）。请把列命名为 lng/lat、lon/lat、经度/纬度，或提供一个“location”列，内容为“经度,纬度”。</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/import_poi.py" />
            <source>{}: no name, type or typecode column: its POIs cannot be classified.</source>
            <translation>{}：没有名称、类型或类型编码列，其 POI 无法分类。</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/import_poi.py" />
            <source>{}: {} rows; columns {}</source>
            <translation>{}：{} 行；列 {}</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/import_poi.py" />
            <source>{}: its coordinate system cannot be told ({}). Choose it under “Coordinate system of the files”: Amap exports are GCJ-02, Baidu exports BD-09, unless they were converted.</source>
            <translation>{}：无法判断其坐标系（{}）。请在“文件的坐标系”中选择：高德导出的为 GCJ-02，百度导出的为 BD-09，除非已被转换。</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/import_poi.py" />
            <source>{}: coordinates read as {}, detected: {}</source>
            <translation>{}：坐标按 {} 读取，识别依据：{}</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/import_poi.py" />
            <source>{}: read as {} as chosen, but the file looks like {} ({}).</source>
            <translation>{}：按所选读作 {}，但文件看起来是 {}（{}）。</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/import_poi.py" />
            <source>{}: coordinates in {}, as chosen</source>
            <translation>{}：坐标为 {}（按所选）</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/network_qa.py" />
            <source>Check the walking network</source>
            <translation>路网质量检查</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/network_qa.py" />
            <source>Tells you what is wrong with a street network before you trust the walking distances measured on it. It builds the walking graph exactly as the check does (the OpenStreetMap walkability filters, the snapping tolerance, optional noding of crossings) and reports: the connected components (every part that does not touch the largest one is 'disconnected': nobody walks from it to the rest); the dangling ends, and among them the 'near misses', ends that stop within a few metres of a street they do not connect to, most often a junction that was never snapped; the facilities and residents farther than the access distance from every street, with their actual distance; and the streets the filters removed (motorways, foot=no, private ways …), with the rule that removed them. Points and lines are written to two layers with the same fields (problem, detail, distance_m, component, length_m). The network layer is not changed.</source>
            <translation>在信任路网上测得的步行距离之前，先查出街道网络的问题。按与社区体检完全相同的方式构建步行路网（OpenStreetMap 步行过滤规则、捕捉容差、可选的交叉处打断），并报告：连通分量（凡不与最大连通分量相接的部分均为“孤立路网”，从那里无法步行到其余路网）；断头路端点，以及其中的“疑似漏接”——止于一条道路几米之内却未与之相连的端点，多半是未捕捉的路口；距任何道路都超过接入距离的设施和居民点，及其实际距离；以及被过滤规则排除的道路（高速公路、foot=no、私有道路……）及排除所依据的规则。点和线分别写入两个字段相同的图层（problem、detail、distance_m、component、length_m）。不修改路网图层。</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/network_qa.py" />
            <source>Facilities (optional)</source>
            <translation>设施（可选）</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/network_qa.py" />
            <source>Points or polygons: each one farther than the access distance from every street is reported.</source>
            <translation>点或面：距任何道路都超过接入距离的设施逐一报告。</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/network_qa.py" />
            <source>Residents (optional)</source>
            <translation>居民（可选）</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/network_qa.py" />
            <source>Points or polygons (e.g. a population grid): each one farther than the access distance from every street is reported.</source>
            <translation>点或面（如人口格网）：距任何道路都超过接入距离的逐一报告。</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/network_qa.py" />
            <source>Near-miss distance (m)</source>
            <translation>疑似漏接距离（米）</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/network_qa.py" />
            <source>A dangling end this close to a street it does not connect to is a near miss.</source>
            <translation>断头路端点距一条未与之相连的道路不超过此距离时，视为疑似漏接。</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/network_qa.py" />
            <source>Network problems (points)</source>
            <translation>路网问题（点）</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/network_qa.py" />
            <source>Network problems (lines)</source>
            <translation>路网问题（线）</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/network_qa.py" />
            <source>Connected components</source>
            <translation>连通分量数</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/network_qa.py" />
            <source>Share of the street length in the largest component (0–1)</source>
            <translation>最大连通分量的道路长度占比（0–1）</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/network_qa.py" />
            <source>Dangling ends (near misses included)</source>
            <translation>断头路端点数（含疑似漏接）</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/network_qa.py" />
            <source>Near misses</source>
            <translation>疑似漏接数</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/network_qa.py" />
            <source>Facilities off the network</source>
            <translation>远离路网的设施数</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/network_qa.py" />
            <source>Residents off the network</source>
            <translation>远离路网的居民点数</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/network_qa.py" />
            <source>Streets removed by the walkability filters</source>
            <translation>被步行过滤规则排除的道路数</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/network_qa.py" />
            <source>Looking for problems</source>
            <translation>正在查找问题</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/network_qa.py" />
            <source>{}: {} features without geometry skipped</source>
            <translation>{}：跳过{}个无几何图形的要素</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/network_qa.py" />
            <source>Writing the problems</source>
            <translation>正在写出问题</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/network_qa.py" />
            <source>{} components; the largest holds {:.1f} % of the street length ({:,.0f} of {:,.0f} m)</source>
            <translation>{} 个连通分量；最大的一个占道路总长的 {:.1f} %（{:,.0f} / {:,.0f} 米）</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/network_qa.py" />
            <source>  {} parts do not touch the main network ({:,.0f} m of streets): nobody walks from them to the rest; the largest of them is {:,.0f} m</source>
            <translation>  {} 个部分未与主路网相接（道路共 {:,.0f} 米）：从那里无法步行到其余路网；其中最大的为 {:,.0f} 米</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/network_qa.py" />
            <source>{} dangling ends; {} of them are near misses (within {} m of a street they do not connect to): check these first, they often split the network</source>
            <translation>{} 个断头路端点；其中 {} 个为疑似漏接（距一条未相连的道路不超过 {} 米）：请先检查这些，它们常常把路网割裂</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/network_qa.py" />
            <source>{} of {} facilities are farther than {} m from every street: the check cannot reach them on foot</source>
            <translation>{} / {} 个设施距任何道路都超过 {} 米：体检无法步行到达</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/network_qa.py" />
            <source>{} of {} residents are farther than {} m from every street: the check cannot walk from them</source>
            <translation>{} / {} 个居民点距任何道路都超过 {} 米：体检无法从那里步行出发</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/network_qa.py" />
            <source>{} streets removed by the walkability filters: {}</source>
            <translation>{} 条道路被步行过滤规则排除：{}</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/network_qa.py" />
            <source>No street was removed by the walkability filters</source>
            <translation>没有道路被步行过滤规则排除</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/network_qa.py" />
            <source>{} lines without a highway tag (railways, waterways, barriers …) are not streets: left out, not reported</source>
            <translation>{} 条无 highway 标签的线（铁路、水系、围栏……）不是道路：已忽略，不报告</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/suggest_sites.py" />
            <source>Suggest sites for missing facilities</source>
            <translation>短板设施选址建议</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/suggest_sites.py" />
            <source>Recommends, among candidate sites (vacant lots, idle buildings, space to rent), where to build the facilities of the items asked for (e.g. 02 kindergarten): per facility requirement, the sites that newly cover the most residents who have no qualifying facility within the requirement's walking reach, large enough for the item's size minimum (land and floor area). Greedy maximal coverage with the gains recomputed after each pick, limited by a number of sites or a budget. Each site lists the residents it newly covers and the communities whose item would pass once the sites up to it are built. Takes the check's inputs and options (residents, network, profile …) and measures as the check does: on the walking network when given, else in straight lines.</source>
            <translation>在候选用地（闲置地块、闲置建筑、可租赁空间）中，为指定项目（如 02 幼儿园）推荐设施选址：按每项设施要求，选出能新覆盖最多“步行范围内没有达标设施”的居民、且满足该项目规模下限（用地面积和建筑面积）的地块。采用最大覆盖贪心算法，每选一处后重新计算其余地块的新增覆盖，可按处数或预算限制。每处选址列出新覆盖的居民，以及建成该处及之前各处后该项目可达标的社区。输入和选项与社区体检相同（居民、路网、标准配置……），距离算法也相同：有路网时按步行路网，否则按直线距离。</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/suggest_sites.py" />
            <source>Items to find sites for</source>
            <translation>需要选址的项目</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/suggest_sites.py" />
            <source>Item numbers of the profile, comma separated (e.g. 02,03,04,05). Each walking facility requirement of an item gets its own sites.</source>
            <translation>标准配置中的项目编号，以逗号分隔（如 02,03,04,05）。项目中每项步行可达设施要求分别选址。</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/suggest_sites.py" />
            <source>Candidate sites (vacant lots, idle buildings)</source>
            <translation>候选用地（闲置地块、闲置建筑）</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/suggest_sites.py" />
            <source>Site id field</source>
            <translation>地块编号字段</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/suggest_sites.py" />
            <source>Site name field</source>
            <translation>地块名称字段</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/suggest_sites.py" />
            <source>Site land area field (m²)</source>
            <translation>地块用地面积字段（平方米）</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/suggest_sites.py" />
            <source>Site floor area field (m²)</source>
            <translation>地块建筑面积字段（平方米）</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/suggest_sites.py" />
            <source>Site cost field</source>
            <translation>地块费用字段</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/suggest_sites.py" />
            <source>Sites per requirement (at most)</source>
            <translation>每项要求最多推荐处数</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/suggest_sites.py" />
            <source>Budget per requirement</source>
            <translation>每项要求的预算</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/suggest_sites.py" />
            <source>With a budget, sites are picked by residents newly covered per cost among those still affordable; sites without a cost are left out.</source>
            <translation>设置预算时，在预算内按“每单位费用新覆盖居民数”选址；没有费用的地块不参与。</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/suggest_sites.py" />
            <source>Also solve the exact model (needs PySAL spopt)</source>
            <translation>同时求解精确模型（需要 PySAL spopt）</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/suggest_sites.py" />
            <source>Solves the maximal covering location problem exactly for the same number of sites and reports the gap to the greedy choice. Needs the Python package spopt.</source>
            <translation>以相同处数精确求解最大覆盖选址问题，并报告与贪心结果的差距。需要 Python 包 spopt。</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/suggest_sites.py" />
            <source>Sites suggested</source>
            <translation>推荐选址处数</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/suggest_sites.py" />
            <source>Residents newly covered</source>
            <translation>新覆盖居民</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/suggest_sites.py" />
            <source>Name at least one item to find sites for (e.g. 02).</source>
            <translation>请至少指定一个需要选址的项目（如 02）。</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/suggest_sites.py" />
            <source>Who is covered already</source>
            <translation>统计已覆盖居民</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/suggest_sites.py" />
            <source>Choosing sites</source>
            <translation>选址</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/suggest_sites.py" />
            <source>Communities without a population count no residents for the choice (their coverage still counts for the communities a site turns): {}</source>
            <translation>缺人口数据的社区在选址时不计居民数（但其覆盖比例仍用于判断选址能否使社区达标）：{}</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/suggest_sites.py" />
            <source>{} {}: {} candidate sites lack the size the item needs ({}) and are left out</source>
            <translation>{} {}：{} 处候选用地缺少该项目所需的规模数据（{}），不参与选址</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/suggest_sites.py" />
            <source>{} {}: {} candidate sites have no cost and are left out under a budget</source>
            <translation>{} {}：{} 处候选用地没有费用，设置预算时不参与选址</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/suggest_sites.py" />
            <source>Site</source>
            <translation>地块</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/suggest_sites.py" />
            <source>{}: costs in “{}” that are not a number, taken as unknown: {}. Write the cost as a number (e.g. 100000, not 十万).</source>
            <translation>{}：字段“{}”中的费用不是数字，按未知处理：{}。请把费用写成数字（例如 100000，而不是“十万”）。</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/suggest_sites.py" />
            <source>{} has no site with a geometry: nothing to choose from.</source>
            <translation>{}没有带图形的地块：无从选址。</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/suggest_sites.py" />
            <source>{} candidate sites</source>
            <translation>{} 处候选用地</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/suggest_sites.py" />
            <source>{} {} ({}, {} m): {} sites, {:.0f} residents newly covered</source>
            <translation>{} {}（{}，{} 米）：{} 处选址，新覆盖居民 {:.0f} 人</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/suggest_sites.py" />
            <source>The exact model is solved for a number of sites, not for a budget: skipped.</source>
            <translation>精确模型只按处数求解，不按预算求解：已跳过。</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/suggest_sites.py" />
            <source>{} {}: exact model {:.0f} residents with {}; greedy {:.0f} (gap {:.1f}%)</source>
            <translation>{} {}：精确模型覆盖 {:.0f} 人（{}）；贪心 {:.0f} 人（差距 {:.1f}%）</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/walking_service_areas.py" />
            <source>Walking service areas</source>
            <translation>步行服务范围</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/walking_service_areas.py" />
            <source>For each facility type and each walking time (e.g. 5, 10 and 15 minutes at 60 m/min), the streets from which the nearest facility of the type is within that walk, cut exactly where the limit falls inside a street, and one polygon per type and time (the reachable streets buffered and dissolved). By default each type gets one polygon at the walking time the checklist profile asks for it; give walking times to draw several. Optionally, catchments: every reachable street part allocated to its nearest facility. The network is built once for all types and times.</source>
            <translation>对每类设施和每个步行时间（如按 60 米/分钟计的 5、10、15 分钟），给出在该步行时间内能到达最近一处该类设施的道路（在道路中间精确截断），以及每类设施、每个时间一个服务范围面（可达道路缓冲后融合）。默认每类设施只生成一个服务范围，时间取标准配置对该类设施要求的步行时间；填写步行时间可生成多个。可选：服务分区，即把每段可达道路分配给离它最近的设施。路网对所有设施类型和时间只构建一次。</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/walking_service_areas.py" />
            <source>Facility types (names or codes, comma separated; empty: every type in the layer)</source>
            <translation>设施类型（名称或代码，用逗号分隔；留空：图层中的所有类型）</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/walking_service_areas.py" />
            <source>E.g. 幼儿园, 社区卫生服务站, bus_stop: the Chinese or English name, an alias or the code of a type of the taxonomy. Empty: every type in the layer.</source>
            <translation>如 幼儿园、社区卫生服务站、bus_stop：设施分类中类型的中文名、英文名、别名或代码。留空：图层中的所有类型。</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/walking_service_areas.py" />
            <source>Walking times (minutes; empty: the profile's walking time for each type)</source>
            <translation>步行时间（分钟；留空：按标准配置对每类设施的步行时间）</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/walking_service_areas.py" />
            <source>E.g. 5,10,15 for three areas per type. Empty: one area per type, at the walking time the checklist profile asks for that type (e.g. 10 minutes for a kindergarten).</source>
            <translation>如 5,10,15 表示每类设施生成三个服务范围。留空：每类设施一个服务范围，时间取标准配置对该类设施要求的步行时间（如幼儿园10分钟）。</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/walking_service_areas.py" />
            <source>Walking speed (m/min)</source>
            <translation>步行速度（米/分钟）</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/walking_service_areas.py" />
            <source>Polygon width on each side of the streets (m)</source>
            <translation>道路两侧的面宽度（米）</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/walking_service_areas.py" />
            <source>Also allocate streets to their nearest facility (catchments)</source>
            <translation>同时把道路分配给最近的设施（服务分区）</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/walking_service_areas.py" />
            <source>Reachable streets</source>
            <translation>可达道路</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/walking_service_areas.py" />
            <source>Service areas</source>
            <translation>服务范围</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/walking_service_areas.py" />
            <source>Catchments</source>
            <translation>服务分区</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/walking_service_areas.py" />
            <source>Walking times must be positive numbers separated by commas, e.g. 5,10,15</source>
            <translation>步行时间须为逗号分隔的正数，例如 5,10,15</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/walking_service_areas.py" />
            <source>{} facilities are more than {} m from any street and are left out</source>
            <translation>{} 处设施距离道路超过 {} 米，未参与计算</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/walking_service_areas.py" />
            <source>Walking times of profile {}: {}</source>
            <translation>标准配置 {} 的步行时间：{}</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/walking_service_areas.py" />
            <source>The facility layer has no type field (looked for: {}). Choose the field with the facility types.</source>
            <translation>设施图层没有类型字段（查找了：{}）。请指定设施类型字段。</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/walking_service_areas.py" />
            <source>Unknown facility types: {}. The types are: {}</source>
            <translation>未知的设施类型：{}。可用的类型有：{}</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/walking_service_areas.py" />
            <source>No facilities of these types: {}</source>
            <translation>没有以下类型的设施：{}</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/walking_service_areas.py" />
            <source>No facility of a known type to start from.</source>
            <translation>没有可识别类型的设施作为起点。</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/walking_service_areas.py" />
            <source>{}: {} facilities ({} at the same place as another, counted once)</source>
            <translation>{}：{} 处设施（其中 {} 处与其他设施位于同一位置，只计一次）</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/walking_service_areas.py" />
            <source>{}: {} facilities</source>
            <translation>{}：{} 处设施</translation>
        </message>
        <message>
            <location filename="../processing/base.py" />
            <source>Cancelled: no output was written.</source>
            <translation>已取消：未写入任何结果。</translation>
        </message>
        <message>
            <location filename="../processing/base.py" />
            <source>Community checks</source>
            <translation>社区体检</translation>
        </message>
        <message>
            <location filename="../processing/base.py" />
            <source>Walking network</source>
            <translation>步行路网</translation>
        </message>
        <message>
            <location filename="../processing/base.py" />
            <source>Data preparation</source>
            <translation>数据准备</translation>
        </message>
        <message>
            <location filename="../processing/base.py" />
            <source>Drawing communities</source>
            <translation>划定社区</translation>
        </message>
        <message>
            <location filename="../processing/base.py" />
            <source>Standard</source>
            <translation>标准</translation>
        </message>
        <message>
            <location filename="../processing/base.py" />
            <source>Planning</source>
            <translation>规划</translation>
        </message>
        <message>
            <location filename="../processing/base.py" />
            <source>“{}”: “{}” is not a number.</source>
            <translation>“{}”：“{}”不是数字。</translation>
        </message>
        <message>
            <location filename="../processing/base.py" />
            <source>“{}”: “{}” is not a finite number.</source>
            <translation>“{}”：“{}”不是有限的数字。</translation>
        </message>
        <message>
            <location filename="../processing/base.py" />
            <source>“{}”: {} is outside the allowed range {} – {}.</source>
            <translation>“{}”：{} 超出允许范围 {} – {}。</translation>
        </message>
        <message>
            <location filename="../processing/base.py" />
            <source>The output “{}” is the file of the input “{}” ({}): writing it would replace that file and every layer in it. Choose another file for the output.</source>
            <translation>输出“{}”与输入“{}”是同一个文件（{}）：写入会覆盖该文件及其中的所有图层。请为输出另选文件。</translation>
        </message>
        <message>
            <location filename="../processing/base.py" />
            <source>The output “{}” cannot be written to {}: the folder {} does not exist. Choose an existing folder.</source>
            <translation>输出“{}”无法写入 {}：文件夹 {} 不存在。请选择已有的文件夹。</translation>
        </message>
        <message>
            <location filename="../processing/base.py" />
            <source>The output “{}” cannot be written to {}: the folder {} is read-only. Choose another folder.</source>
            <translation>输出“{}”无法写入 {}：文件夹 {} 是只读的。请另选文件夹。</translation>
        </message>
        <message>
            <location filename="../processing/base.py" />
            <source>Coordinates cannot be transformed into the CRS the check measures in ({}). A layer holds coordinates outside the range of its CRS: check each input's CRS (Layer Properties ▸ Source) and its extent.</source>
            <translation>无法将坐标转换到计算所用的坐标系（{}）。某个图层的坐标超出了其坐标系的范围：请检查各输入图层的坐标系（图层属性 ▸ 源）及其范围。</translation>
        </message>
        <message>
            <location filename="../processing/base.py" />
            <source>Could not write {}: {}. Choose another folder or file.</source>
            <translation>无法写入 {}：{}。请另选文件夹或文件。</translation>
        </message>
        <message>
            <location filename="../processing/base.py" />
            <source>an output file</source>
            <translation>输出文件</translation>
        </message>
        <message>
            <location filename="../processing/base.py" />
            <source>Unexpected error ({}): {}. Nothing was written. Please report it with the log.</source>
            <translation>意外错误（{}）：{}。未写入任何结果。请附上日志反馈此问题。</translation>
        </message>
        <message>
            <location filename="../processing/base.py" />
            <source>{} has no geometry (a table); it must hold points, lines or polygons. Choose a layer with geometry.</source>
            <translation>{}没有几何（是一张表）；此处需要点、线或面图层。请选择带几何的图层。</translation>
        </message>
        <message>
            <location filename="../processing/base.py" />
            <source>{} holds {}; it must hold {}. Choose a layer of {}.</source>
            <translation>{} 是{}图层，此处需要{}图层。请选择{}图层。</translation>
        </message>
        <message>
            <location filename="../processing/base.py" />
            <source>no geometry</source>
            <translation>无几何</translation>
        </message>
        <message>
            <location filename="../processing/base.py" />
            <source> or </source>
            <translation>或</translation>
        </message>
        <message>
            <location filename="../processing/base.py" />
            <source>Could not create the table {} for the output “{}”: {}</source>
            <translation>无法创建数据表 {}（输出“{}”）：{}</translation>
        </message>
        <message>
            <location filename="../processing/base.py" />
            <source>“{}” is a shapefile, whose field names hold at most 10 bytes: {}. QGIS shows the full names as aliases when it loads the file; a GeoPackage keeps them.</source>
            <translation>“{}”是 Shapefile，其字段名最多 10 个字节：{}。QGIS 加载该文件时以完整名称作为别名显示；GeoPackage 可保留完整字段名。</translation>
        </message>
        <message>
            <location filename="../processing/base.py" />
            <source>“{}” is a shapefile, whose texts hold at most 254 bytes: {} values were shortened (ending in …). A GeoPackage keeps them whole.</source>
            <translation>“{}”是 Shapefile，其文本最多 254 个字节：有 {} 个值被截短（以 … 结尾）。GeoPackage 可完整保留。</translation>
        </message>
        <message>
            <location filename="../processing/base.py" />
            <source>points</source>
            <translation>点</translation>
        </message>
        <message>
            <location filename="../processing/base.py" />
            <source>lines</source>
            <translation>线</translation>
        </message>
        <message>
            <location filename="../processing/base.py" />
            <source>polygons</source>
            <translation>面</translation>
        </message>
        <message>
            <location filename="../processing/check_results.py" />
            <source>{} has no field {}: give the community results written by “Check communities”.</source>
            <translation>{}没有字段 {}：请选择“社区体检”输出的社区结果。</translation>
        </message>
        <message>
            <location filename="../processing/check_results.py" />
            <source>{} has no item fields (item_01 …): give the community results written by “Check communities”.</source>
            <translation>{}没有项目字段（item_01 …）：请选择“社区体检”输出的社区结果。</translation>
        </message>
        <message>
            <location filename="../processing/check_results.py" />
            <source>{}: {} communities have no cc_id. Communities are matched by id: check the layer again with an id field chosen.</source>
            <translation>{}：{} 个社区没有 cc_id。社区按编号对应：请选择编号字段后重新体检。</translation>
        </message>
        <message>
            <location filename="../processing/check_results.py" />
            <source>{} has no communities: give the community results written by “Check communities” (a filter or an empty selection leaves none).</source>
            <translation>{}中没有社区：请选择“社区体检”输出的社区结果（筛选条件或空的选择集会使其一个不剩）。</translation>
        </message>
        <message>
            <location filename="../processing/delineate_inputs.py" />
            <source>Residential units (estates, blocks or parcels as polygons, or building points)</source>
            <translation>居住单元（小区、街坊或地块的面，或楼栋点）</translation>
        </message>
        <message>
            <location filename="../processing/delineate_inputs.py" />
            <source>Persons per household (for units without a population)</source>
            <translation>户均人口（用于没有人口的单元）</translation>
        </message>
        <message>
            <location filename="../processing/delineate_inputs.py" />
            <source>A unit without a population value counts households × this. Empty: not used.</source>
            <translation>没有人口值的单元按户数 × 此值计。留空：不使用。</translation>
        </message>
        <message>
            <location filename="../processing/delineate_inputs.py" />
            <source>Residential floor area field (m²)</source>
            <translation>住宅建筑面积字段（平方米）</translation>
        </message>
        <message>
            <location filename="../processing/delineate_inputs.py" />
            <source>Persons per m² of floor area (for units without population or households)</source>
            <translation>每平方米建筑面积人口（用于没有人口和户数的单元）</translation>
        </message>
        <message>
            <location filename="../processing/delineate_inputs.py" />
            <source>E.g. 0.03 for 33 m² of floor area per person. Empty: not used.</source>
            <translation>例如人均建筑面积33平方米时为0.03。留空：不使用。</translation>
        </message>
        <message>
            <location filename="../processing/delineate_inputs.py" />
            <source>Persons per hectare of the unit's own area (last resort, e.g. residential parcels of a plan)</source>
            <translation>每公顷单元用地人口（最后手段，如规划中的居住地块）</translation>
        </message>
        <message>
            <location filename="../processing/delineate_inputs.py" />
            <source>For polygons without population, households or floor area: their area × this density (e.g. plot ratio 2.0 at 33 m² per person ≈ 600 persons/ha). Empty: not used; units without a population are then left out.</source>
            <translation>用于没有人口、户数和建筑面积的面：面积 × 此密度（如容积率2.0、人均33平方米时约600人/公顷）。留空：不使用，此时没有人口的单元被略去。</translation>
        </message>
        <message>
            <location filename="../processing/delineate_inputs.py" />
            <source>Barriers a community must not cross (optional: arterial roads, rivers, rail)</source>
            <translation>社区不得跨越的障碍线（可选：主干路、河流、铁路）</translation>
        </message>
        <message>
            <location filename="../processing/delineate_inputs.py" />
            <source>Two units are never grouped across a barrier: the straight segment between their standing points must not cross any of these lines.</source>
            <translation>两个单元不会跨障碍组合：其代表点之间的直线段不得与这些线相交。</translation>
        </message>
        <message>
            <location filename="../processing/delineate_inputs.py" />
            <source>Largest gap between neighbouring units (m)</source>
            <translation>相邻单元的最大间距（米）</translation>
        </message>
        <message>
            <location filename="../processing/delineate_inputs.py" />
            <source>Units that do not touch are neighbours when their shapes are at most this far apart (e.g. blocks across a local street; for building points, the distance between buildings) and, with a walking network, a walk links them.</source>
            <translation>不相接的单元在间距不超过此值时视为相邻（如隔一条支路的街坊；楼栋点为楼栋间距），有步行网络时还需有步行路径相连。</translation>
        </message>
        <message>
            <location filename="../processing/delineate_inputs.py" />
            <source>Walking reach (minutes; empty: the profile's)</source>
            <translation>步行范围（分钟；留空：按检查方案）</translation>
        </message>
        <message>
            <location filename="../processing/delineate_inputs.py" />
            <source>Residents should reach their community's centre within this walk (the profile's reach at its walking speed).</source>
            <translation>居民应在此步行时间内到达社区中心（检查方案的步行范围，按其步行速度）。</translation>
        </message>
        <message>
            <location filename="../processing/delineate_inputs.py" />
            <source>Unit fields: {}</source>
            <translation>单元字段：{}</translation>
        </message>
        <message>
            <location filename="../processing/delineate_inputs.py" />
            <source>{}: {} features without a geometry and {} without a population (no population, households × persons per household, floor area × persons per m² or land area × persons per hectare) are left out</source>
            <translation>{}：{} 个要素没有几何、{} 个没有人口（没有人口、户数 × 户均人口、建筑面积 × 每平方米人口或用地面积 × 每公顷人口），已略去</translation>
        </message>
        <message>
            <location filename="../processing/delineate_inputs.py" />
            <source>{}: no unit has a population. Choose the population field, or give persons per household, per m² of floor area or per hectare.</source>
            <translation>{}：没有单元具有人口。请选择人口字段，或填写户均人口、每平方米建筑面积人口或每公顷人口。</translation>
        </message>
        <message>
            <location filename="../processing/delineate_inputs.py" />
            <source>{} units stand more than {} m from any street: their walks are unknown (raise the largest distance to the street, or check the network)</source>
            <translation>{} 个单元距任何道路超过 {} 米：其步行距离未知（请调大到道路的最大距离，或检查路网）</translation>
        </message>
        <message>
            <location filename="../processing/delineate_inputs.py" />
            <source>No walking network: distances are straight lines</source>
            <translation>没有步行网络：距离按直线计</translation>
        </message>
        <message>
            <location filename="../processing/delineate_inputs.py" />
            <source>{} pairs of neighbouring units; kept apart: {} by barriers, {} by upper boundaries, {} without a walk between them</source>
            <translation>相邻单元 {} 对；被隔开的：障碍线 {} 对，上级边界 {} 对，无步行连通 {} 对</translation>
        </message>
        <message>
            <location filename="../processing/frame.py" />
            <source>Measuring in {} ({}), the CRS chosen for this run</source>
            <translation>在 {}（{}）中量算，即本次运行所选的坐标系</translation>
        </message>
        <message>
            <location filename="../processing/frame.py" />
            <source>Measuring in {} ({}), the CRS of {}</source>
            <translation>在{}（{}）中量算，即{}的坐标参考系</translation>
        </message>
        <message>
            <location filename="../processing/frame.py" />
            <source>{} is not in a projected CRS in metres ({}): distances and areas are measured in {} ({})</source>
            <translation>{}不是以米为单位的投影坐标系（{}）：距离和面积在{}（{}）中量算</translation>
        </message>
        <message>
            <location filename="../processing/frame.py" />
            <source>{} has no coordinate reference system, so distances and areas cannot be measured. Assign the CRS the coordinates are in (Layer Properties ▸ Source, or “Assign projection”) and run again.</source>
            <translation>{}没有坐标参考系，无法量算距离和面积。请为其指定坐标实际所在的坐标参考系（图层属性 ▸ 源，或“指定投影”）后重新运行。</translation>
        </message>
        <message>
            <location filename="../processing/frame.py" />
            <source>{}: its coordinates ({}) cannot be longitudes and latitudes, yet its CRS is {} ({}): they look like metres. Assign the CRS the coordinates are in — for Chinese planning data usually a CGCS2000 3-degree Gauss–Krüger zone (EPSG:4534–4554) — with “Assign projection” (not “Reproject”), then run again.</source>
            <translation>{}：其坐标（{}）不可能是经纬度，但图层的坐标参考系是 {}（{}）：这些坐标看起来是米。请用“指定投影”（不是“重投影”）为图层指定坐标实际所在的坐标参考系——中国的规划数据通常是 CGCS2000 3度带高斯-克吕格投影（EPSG:4534–4554）——然后重新运行。</translation>
        </message>
        <message>
            <location filename="../processing/frame.py" />
            <source>{}: its coordinates ({}) look like longitudes and latitudes, yet its CRS is the projected {} ({}). Assign the geographic CRS the coordinates are in (e.g. EPSG:4490 CGCS2000 or EPSG:4326 WGS 84) with “Assign projection” (not “Reproject”), then run again.</source>
            <translation>{}：其坐标（{}）看起来是经纬度，但图层的坐标参考系是投影坐标系 {}（{}）。请用“指定投影”（不是“重投影”）为图层指定坐标实际所在的地理坐标系（如 EPSG:4490 CGCS2000 或 EPSG:4326 WGS 84），然后重新运行。</translation>
        </message>
        <message>
            <location filename="../processing/models.py" />
            <source>Whole city in one step (classify, check, service areas, report)</source>
            <translation>全市一键体检（设施分类 → 社区体检 → 步行服务范围 → 报告）</translation>
        </message>
        <message>
            <location filename="../processing/models.py" />
            <source>Nothing was written: the outputs of the steps that had run were removed.</source>
            <translation>未写入任何结果：已运行步骤的输出已被删除。</translation>
        </message>
        <message>
            <location filename="../processing/offset_guard.py" />
            <source>north</source>
            <translation>北</translation>
        </message>
        <message>
            <location filename="../processing/offset_guard.py" />
            <source>north-east</source>
            <translation>东北</translation>
        </message>
        <message>
            <location filename="../processing/offset_guard.py" />
            <source>east</source>
            <translation>东</translation>
        </message>
        <message>
            <location filename="../processing/offset_guard.py" />
            <source>south-east</source>
            <translation>东南</translation>
        </message>
        <message>
            <location filename="../processing/offset_guard.py" />
            <source>south</source>
            <translation>南</translation>
        </message>
        <message>
            <location filename="../processing/offset_guard.py" />
            <source>south-west</source>
            <translation>西南</translation>
        </message>
        <message>
            <location filename="../processing/offset_guard.py" />
            <source>west</source>
            <translation>西</translation>
        </message>
        <message>
            <location filename="../processing/offset_guard.py" />
            <source>north-west</source>
            <translation>西北</translation>
        </message>
        <message>
            <location filename="../processing/offset_guard.py" />
            <source>{points} look like GCJ-02 (Amap/Tencent) coordinates over WGS-84 {lines}</source>
            <translation>{points} 像是叠在 WGS-84 {lines} 上的 GCJ-02（高德/腾讯）坐标</translation>
        </message>
        <message>
            <location filename="../processing/offset_guard.py" />
            <source>convert {} from gcj02 to wgs84</source>
            <translation>把 {} 从 gcj02 转换为 wgs84</translation>
        </message>
        <message>
            <location filename="../processing/offset_guard.py" />
            <source>{lines} look like GCJ-02 (Amap/Tencent) coordinates under WGS-84 {points}</source>
            <translation>{lines} 像是 WGS-84 {points} 下方的 GCJ-02（高德/腾讯）坐标</translation>
        </message>
        <message>
            <location filename="../processing/offset_guard.py" />
            <source>Coordinate offset: {likely}. Moving them by {metres:.0f} m towards {direction} brings the points much nearer the streets (typical distance {before:.0f} m → {after:.0f} m; {count} points compared). Every distance of this run is off by that much: {fix} with “Convert coordinates (WGS-84 / GCJ-02 / BD-09)” (completecommunity:convertcoordinates) and run again.</source>
            <translation>坐标偏移：{likely}。向{direction}移动 {metres:.0f} 米后，点与道路的距离明显缩小（典型距离 {before:.0f} 米 → {after:.0f} 米；比较了 {count} 个点）。本次运行的所有距离都偏差这么多：请用“坐标转换（WGS-84 / GCJ-02 / BD-09）”（completecommunity:convertcoordinates）{fix}，然后重新运行。</translation>
        </message>
        <message>
            <location filename="../processing/parameters/__init__.py" />
            <location filename="../ui/dock_setup.py" />
            <source>YAML files (*.yaml *.yml)</source>
            <translation>YAML 文件 (*.yaml *.yml)</translation>
        </message>
        <message>
            <location filename="../processing/parameters/__init__.py" />
            <location filename="../ui/dock_setup.py" />
            <location filename="../ui/parameter_widgets.py" />
            <source>Empty: the first of {} found in the layer.</source>
            <translation>留空：使用图层中最先找到的 {} 字段。</translation>
        </message>
        <message>
            <location filename="../processing/parameters/crs.py" />
            <source>CRS to measure in (optional)</source>
            <translation>量算所用坐标系（可选）</translation>
        </message>
        <message>
            <location filename="../processing/parameters/crs.py" />
            <source>Empty (default): the main layer's own CRS when it is projected in metres; for longitudes and latitudes in China the CGCS2000 3-degree Gauss–Krüger zone of the data (EPSG:4534–4554), elsewhere its UTM zone. Choose a projected CRS in metres to measure in it instead (e.g. your city's local CRS).</source>
            <translation>留空（默认）：主图层为以米为单位的投影坐标系时用其自身坐标系；中国境内的经纬度数据用其所在的 CGCS2000 3度带高斯–克吕格投影（EPSG:4534–4554），其他地区用其 UTM 带。也可选择一个以米为单位的投影坐标系在其中量算（如本市的地方坐标系）。</translation>
        </message>
        <message>
            <location filename="../processing/parameters/crs.py" />
            <source>“{}”: {} ({}) is not a projected CRS in metres, so distances and areas cannot be measured in it. Choose a projected CRS in metres (e.g. a CGCS2000 3-degree Gauss–Krüger zone, EPSG:4534–4554, or a UTM zone), or leave it empty.</source>
            <translation>“{}”：{}（{}）不是以米为单位的投影坐标系，无法在其中量算距离和面积。请选择以米为单位的投影坐标系（如 CGCS2000 3度带高斯–克吕格投影 EPSG:4534–4554，或 UTM 带），或留空。</translation>
        </message>
        <message>
            <location filename="../processing/parameters/encoding.py" />
            <source>Encoding of shapefiles without a .cpg file</source>
            <translation>无 .cpg 文件的 Shapefile 的编码</translation>
        </message>
        <message>
            <location filename="../processing/parameters/encoding.py" />
            <source>auto (default): a shapefile whose field names or texts look garbled (GBK read as another encoding) is read again in the encoding they are in, as the log says. Choose an encoding to read every shapefile input without a .cpg file in it. A layer of the project whose Data source encoding you set (Layer Properties ▸ Source) reads right and is left as it is. Outputs are always UTF-8.</source>
            <translation>auto（默认）：字段名或文字看似乱码（GBK 被按其他编码读取）的 Shapefile 会按其实际编码重新读取，日志中会说明。选择一种编码，则所有没有 .cpg 文件的 Shapefile 输入都按该编码读取。已在 图层属性 ▸ 源 中设置了数据源编码的工程图层读取正确，保持不变。输出始终为 UTF-8。</translation>
        </message>
        <message>
            <location filename="../processing/parameters/encoding.py" />
            <source>Detect (GBK or UTF-8)</source>
            <translation>自动识别（GBK 或 UTF-8）</translation>
        </message>
        <message>
            <location filename="../processing/parameters/mapping.py" />
            <source>Category mapping</source>
            <translation>类别映射</translation>
        </message>
        <message>
            <location filename="../processing/parameters/mapping.py" />
            <source>How raw categories become facility types: amap (Amap type strings and names), cn-keywords (Chinese names), osm (OpenStreetMap tags), landuse-gb50137 and landuse-2023 (the parcels of a land-use plan by their GB 50137-2011 or 2023 用地用海 code; residential parcels are never facilities), taxonomy (the type column already holds codes or standard names).</source>
            <translation>原始类别如何变为设施类型：amap（高德类型字符串和名称）、cn-keywords（中文名称）、osm（OpenStreetMap 标签）、landuse-gb50137 和 landuse-2023（用地规划地块按 GB 50137-2011 或 2023 用地用海分类代码；居住用地地块从不作为设施）、taxonomy（类型字段已是代码或标准名称）。</translation>
        </message>
        <message>
            <location filename="../processing/parameters/mapping.py" />
            <source>Own mapping file (optional, replaces the choice above)</source>
            <translation>自定义映射文件（可选，指定后替代上面的选择）</translation>
        </message>
        <message>
            <location filename="../processing/parameters/mapping.py" />
            <source>A YAML mapping of your own; it may extend a bundled one, whose rules then apply after yours.</source>
            <translation>自定义的 YAML 映射；可继承内置映射，内置规则在自定义规则之后生效。</translation>
        </message>
        <message>
            <location filename="../processing/parameters/mapping.py" />
            <location filename="../ui/dock_setup.py" />
            <source>The category mapping cannot be used:
{}</source>
            <translation>无法使用该类别映射：
{}</translation>
        </message>
        <message>
            <location filename="../processing/parameters/mapping.py" />
            <source>excluded by a rule</source>
            <translation>被规则排除</translation>
        </message>
        <message>
            <location filename="../processing/parameters/network.py" />
            <source>Walking network (optional: street lines; without it, straight-line distances)</source>
            <translation>步行路网（可选：道路线；不提供则按直线距离）</translation>
        </message>
        <message>
            <location filename="../processing/parameters/network.py" />
            <source>Walking network (street lines)</source>
            <translation>步行路网（道路线）</translation>
        </message>
        <message>
            <location filename="../processing/parameters/network.py" />
            <source>Street centre lines or OpenStreetMap ways (a 'highway' or 'other_tags' field turns the walkability filters on: motorways without sidewalks, foot=no and private ways are left out). Built once per QGIS session and reused while the file is unchanged.</source>
            <translation>道路中心线或 OpenStreetMap 道路（有“highway”或“other_tags”字段时启用步行过滤：排除无人行道的高速公路、foot=no 和私有道路）。每个 QGIS 会话只构建一次，文件未变化时重复使用。</translation>
        </message>
        <message>
            <location filename="../processing/parameters/network.py" />
            <source>Network snapping tolerance (m)</source>
            <translation>路网捕捉容差（米）</translation>
        </message>
        <message>
            <location filename="../processing/parameters/network.py" />
            <source>Line ends closer than this are joined.</source>
            <translation>距离小于此值的线端点将被连接。</translation>
        </message>
        <message>
            <location filename="../processing/parameters/network.py" />
            <source>Largest distance from a point to the street (m)</source>
            <translation>点到道路的最大距离（米）</translation>
        </message>
        <message>
            <location filename="../processing/parameters/network.py" />
            <source>Residents and facilities farther from any street are off the network (reported, not snapped).</source>
            <translation>距离所有道路都更远的居民和设施视为不在路网上（会报告，不强行捕捉）。</translation>
        </message>
        <message>
            <location filename="../processing/parameters/network.py" />
            <source>Join lines where they cross without a shared vertex</source>
            <translation>在相交但无公共节点处连接线</translation>
        </message>
        <message>
            <location filename="../processing/parameters/network.py" />
            <source>For centre-line drawings that are not noded; leave off for OpenStreetMap, where bridges cross streets without joining them.</source>
            <translation>用于未打断的中心线图；OpenStreetMap 数据请保持关闭（桥梁与道路交叉但并不相连）。</translation>
        </message>
        <message>
            <location filename="../processing/parameters/network.py" />
            <source>Walking network from the session cache: {} nodes, {} segments</source>
            <translation>步行路网来自会话缓存：{} 个节点，{} 条路段</translation>
        </message>
        <message>
            <location filename="../processing/parameters/network.py" />
            <source>Building the walking network</source>
            <translation>构建步行路网</translation>
        </message>
        <message>
            <location filename="../processing/parameters/network.py" />
            <source>{} has no walkable line ({} lines removed by the walkability filters).</source>
            <translation>{}中没有可步行的线（{}条线被步行过滤规则排除）。</translation>
        </message>
        <message>
            <location filename="../processing/parameters/network.py" />
            <source>The lines of {} collapse to nothing at a snapping tolerance of {} m.</source>
            <translation>{}的线在{}米的捕捉容差下全部退化为点，路网为空。</translation>
        </message>
        <message>
            <location filename="../processing/parameters/network.py" />
            <source>Walking network: {} lines, {} nodes, {} segments, built in {:.1f} s; {} streets left out by the walkability filters, {} lines that are no street</source>
            <translation>步行路网：{}条线，{}个节点，{}个路段，构建用时{:.1f}秒；步行过滤规则排除{}条道路，另有{}条线不是道路</translation>
        </message>
        <message>
            <location filename="../processing/parameters/profile.py" />
            <source>Checklist profile</source>
            <translation>标准配置</translation>
        </message>
        <message>
            <location filename="../processing/parameters/profile.py" />
            <source>A bundled profile: mohurd-2020 is the national standard of 2020 (default).</source>
            <translation>内置标准配置：mohurd-2020 为 2020 年国家标准（默认）。</translation>
        </message>
        <message>
            <location filename="../processing/parameters/profile.py" />
            <source>Local profile file (optional, replaces the choice above)</source>
            <translation>地方配置文件（可选，指定后替代上面的选择）</translation>
        </message>
        <message>
            <location filename="../processing/parameters/profile.py" />
            <source>A YAML profile of your own, usually one that extends a bundled profile and overrides thresholds.</source>
            <translation>自定义的 YAML 标准配置，通常继承某个内置配置并覆盖部分阈值。</translation>
        </message>
        <message>
            <location filename="../processing/parameters/profile.py" />
            <location filename="../ui/dock_setup.py" />
            <source>The checklist profile cannot be used:
{}</source>
            <translation>无法使用该标准配置：
{}</translation>
        </message>
        <message>
            <location filename="../processing/provider.py" />
            <source>Complete Community Check {}</source>
            <translation>完整社区体检 {}</translation>
        </message>
        <message>
            <location filename="../processing/source_encoding.py" />
            <source>{}: read as {}, the encoding chosen for files without a .cpg</source>
            <translation>{}：按 {} 读取，即为无 .cpg 文件所选的编码</translation>
        </message>
        <message>
            <location filename="../processing/source_encoding.py" />
            <source>{0}: read as {1} — its texts ({2} …) are {1} read as another encoding. The file has no .cpg (or a wrong one): put a .cpg file containing {1} next to the .shp, or set Layer Properties ▸ Source ▸ Data source encoding, so that QGIS shows it right too</source>
            <translation>{0}：已按 {1} 读取——其文字（{2} …）是被按其他编码读取的 {1} 文字。该文件没有 .cpg（或 .cpg 有误）：请在 .shp 旁放置内容为 {1} 的 .cpg 文件，或设置 图层属性 ▸ 源 ▸ 数据源编码，使 QGIS 也能正确显示</translation>
        </message>
        <message>
            <location filename="../ui/community_dock.py" />
            <location filename="../ui/dock_setup.py" />
            <source>The layer “{}” has no field “{}”: choose the field again.</source>
            <translation>图层“{}”没有字段“{}”：请重新选择字段。</translation>
        </message>
        <message>
            <location filename="../ui/dock_answers.py" />
            <source>The GeoPackage “{}” cannot hold the answers: {}</source>
            <translation>GeoPackage“{}”无法保存调查答案：{}</translation>
        </message>
        <message>
            <location filename="../ui/dock_answers.py" />
            <source>GeoPackage for the survey answers</source>
            <translation>保存调查答案的 GeoPackage</translation>
        </message>
        <message>
            <location filename="../ui/dock_answers.py" />
            <location filename="../ui/dock_setup.py" />
            <source>GeoPackage (*.gpkg)</source>
            <translation>GeoPackage (*.gpkg)</translation>
        </message>
        <message>
            <location filename="../ui/dock_answers.py" />
            <source>Survey answers</source>
            <translation>调查答案</translation>
        </message>
        <message>
            <location filename="../ui/dock_answers.py" />
            <source>The table “{}” in “{}” cannot be used for the answers: it needs the text fields {} and must be writable.</source>
            <translation>“{1}”中的表“{0}”不能用于保存答案：它须有文本字段 {2}，且可写入。</translation>
        </message>
        <message>
            <location filename="../ui/dock_answers.py" />
            <source>Survey answers go to the table “{}” in “{}”.</source>
            <translation>调查答案将写入“{1}”中的表“{0}”。</translation>
        </message>
        <message>
            <location filename="../ui/dock_answers.py" />
            <source>The survey answers GeoPackage “{}” is missing: choose it again.</source>
            <translation>找不到保存调查答案的 GeoPackage“{}”：请重新选择。</translation>
        </message>
        <message>
            <location filename="../ui/dock_answers.py" />
            <location filename="../ui/dock_survey.py" />
            <source>The layer “{}” cannot be edited.</source>
            <translation>图层“{}”无法编辑。</translation>
        </message>
        <message>
            <location filename="../ui/dock_answers.py" />
            <location filename="../ui/dock_survey.py" />
            <source>Survey answer: {}</source>
            <translation>调查回答：{}</translation>
        </message>
        <message>
            <location filename="../ui/dock_answers.py" />
            <location filename="../ui/dock_survey.py" />
            <source>The answer could not be written to the layer “{}”.</source>
            <translation>回答无法写入图层“{}”。</translation>
        </message>
        <message>
            <location filename="../ui/dock_answers.py" />
            <source>Answer written to the table “{}” (not saved yet: save the layer's edits to keep it; Ctrl+Z undoes it).</source>
            <translation>答案已写入表“{}”（尚未保存：保存该图层的编辑后才会保留；Ctrl+Z 可撤销）。</translation>
        </message>
        <message>
            <location filename="../ui/dock_common.py" />
            <source>pass</source>
            <translation>达标</translation>
        </message>
        <message>
            <location filename="../ui/dock_common.py" />
            <source>fail</source>
            <translation>不达标</translation>
        </message>
        <message>
            <location filename="../ui/dock_common.py" />
            <source>unknown</source>
            <translation>未知</translation>
        </message>
        <message>
            <location filename="../ui/dock_common.py" />
            <source>not applicable</source>
            <translation>不适用</translation>
        </message>
        <message>
            <location filename="../ui/dock_common.py" />
            <location filename="../ui/dock_results.py" />
            <source>yes</source>
            <translation>是</translation>
        </message>
        <message>
            <location filename="../ui/dock_common.py" />
            <location filename="../ui/dock_results.py" />
            <source>no</source>
            <translation>否</translation>
        </message>
        <message>
            <location filename="../ui/dock_map.py" />
            <source>Select a community first.</source>
            <translation>请先选择一个社区。</translation>
        </message>
        <message>
            <location filename="../ui/dock_map.py" />
            <source>This item has no nearest qualifying facility to show.</source>
            <translation>此项没有可显示的最近合格设施。</translation>
        </message>
        <message>
            <location filename="../ui/dock_map.py" />
            <source>The community or the facility {} is no longer in its layer.</source>
            <translation>社区或设施 {} 已不在其图层中。</translation>
        </message>
        <message>
            <location filename="../ui/dock_map.py" />
            <source>Walking route to {}: {} m along the streets.</source>
            <translation>步行至{}的路线：沿道路 {} 米。</translation>
        </message>
        <message>
            <location filename="../ui/dock_map.py" />
            <source>Straight line to {}: {} m (no walking network in the set-up).</source>
            <translation>至{}的直线：{} 米（设置中未选步行路网）。</translation>
        </message>
        <message>
            <location filename="../ui/dock_map.py" />
            <source>Straight line to {}: {} m (no path on the walking network joins them).</source>
            <translation>至{}的直线：{} 米（步行路网上没有连通的路径）。</translation>
        </message>
        <message>
            <location filename="../ui/dock_map.py" />
            <source>The result layer has no field for item {}.</source>
            <translation>结果图层没有项目 {} 的字段。</translation>
        </message>
        <message>
            <location filename="../ui/dock_map.py" />
            <source>The result layer cannot be filtered.</source>
            <translation>无法筛选结果图层。</translation>
        </message>
        <message>
            <location filename="../ui/dock_map.py" />
            <source>{} communities fail item {} or are unknown.</source>
            <translation>{} 个社区的项目 {} 不达标或未知。</translation>
        </message>
        <message>
            <location filename="../ui/dock_prepare.py" />
            <source>Complete Community Check: preparing survey edits and routes</source>
            <translation>完整社区体检：准备调查项编辑与路线</translation>
        </message>
        <message>
            <location filename="../ui/dock_prepare.py" />
            <source>Survey edits and routes cannot be prepared: {}</source>
            <translation>无法准备调查项编辑与路线：{}</translation>
        </message>
        <message>
            <location filename="../ui/dock_prepare.py" />
            <source>Preparing survey edits and routes (facilities, walking network)…</source>
            <translation>正在准备调查项编辑与路线（读取设施与步行路网）…</translation>
        </message>
        <message>
            <location filename="../ui/dock_prepare.py" />
            <source>Survey edits and routes could not be prepared: {}</source>
            <translation>调查项编辑与路线准备失败：{}</translation>
        </message>
        <message>
            <location filename="../ui/dock_prepare.py" />
            <source>Answer written; the community's verdicts update once survey edits are prepared.</source>
            <translation>答案已写入；准备完成后将更新该社区的结论。</translation>
        </message>
        <message>
            <location filename="../ui/dock_prepare.py" />
            <source>The route is drawn once the walking network is prepared…</source>
            <translation>步行路网准备完成后将绘制路线…</translation>
        </message>
        <message>
            <location filename="../ui/dock_results.py" />
            <source>Name</source>
            <translation>名称</translation>
        </message>
        <message>
            <location filename="../ui/dock_results.py" />
            <source>Population</source>
            <translation>人口</translation>
        </message>
        <message>
            <location filename="../ui/dock_results.py" />
            <source>Band</source>
            <translation>规模</translation>
        </message>
        <message>
            <location filename="../ui/dock_results.py" />
            <source>Gaps</source>
            <translation>缺项</translation>
        </message>
        <message>
            <location filename="../ui/dock_results.py" />
            <source>Unknowns</source>
            <translation>未知项</translation>
        </message>
        <message>
            <location filename="../ui/dock_results.py" />
            <source>Complete</source>
            <translation>完整</translation>
        </message>
        <message>
            <location filename="../ui/dock_results.py" />
            <source>Status</source>
            <translation>状态</translation>
        </message>
        <message>
            <location filename="../ui/dock_results.py" />
            <source>Measured / threshold</source>
            <translation>实测 / 要求</translation>
        </message>
        <message>
            <location filename="../ui/dock_results.py" />
            <source>Reason</source>
            <translation>原因</translation>
        </message>
        <message>
            <location filename="../ui/dock_results.py" />
            <source>Nearest facility</source>
            <translation>最近设施</translation>
        </message>
        <message>
            <location filename="../ui/dock_results.py" />
            <source>Surveyed item</source>
            <translation>调查项</translation>
        </message>
        <message>
            <location filename="../ui/dock_results.py" />
            <source>Answer</source>
            <translation>回答</translation>
        </message>
        <message>
            <location filename="../ui/dock_results.py" />
            <source>(no filter)</source>
            <translation>（不筛选）</translation>
        </message>
        <message>
            <location filename="../ui/dock_results.py" />
            <source>{} — {} failing, {} unknown</source>
            <translation>{} — {} 项不达标，{} 项未知</translation>
        </message>
        <message>
            <location filename="../ui/dock_results.py" />
            <source>{} — {} failing</source>
            <translation>{} — {} 项不达标</translation>
        </message>
        <message>
            <location filename="../ui/dock_results.py" />
            <source>{} — {} unknown</source>
            <translation>{} — {} 项未知</translation>
        </message>
        <message>
            <location filename="../ui/dock_results.py" />
            <source>{}: {}</source>
            <translation>{}：{}</translation>
        </message>
        <message>
            <location filename="../ui/dock_run.py" />
            <source>The plugin's Processing provider is not loaded.</source>
            <translation>插件的处理工具提供者未加载。</translation>
        </message>
        <message>
            <location filename="../ui/dock_run.py" />
            <source>Checking…</source>
            <translation>正在体检…</translation>
        </message>
        <message>
            <location filename="../ui/dock_run.py" />
            <source>Cancelling…</source>
            <translation>正在取消…</translation>
        </message>
        <message>
            <location filename="../ui/dock_run.py" />
            <source>Cancelled: no results were added.</source>
            <translation>已取消：未添加任何结果。</translation>
        </message>
        <message>
            <location filename="../ui/dock_run.py" />
            <source>The check failed: {}</source>
            <translation>体检失败：{}</translation>
        </message>
        <message>
            <location filename="../ui/dock_run.py" />
            <source>see the log</source>
            <translation>请查看日志</translation>
        </message>
        <message>
            <location filename="../ui/dock_run.py" />
            <source>The check ran but its results could not be loaded.</source>
            <translation>体检已完成，但结果无法加载。</translation>
        </message>
        <message>
            <location filename="../ui/dock_run.py" />
            <source>{} of {} communities are complete.</source>
            <translation>{} 个社区为完整社区（共 {} 个）。</translation>
        </message>
        <message>
            <location filename="../ui/dock_setup.py" />
            <source>A YAML profile of your own; when given, it is used instead of the choice above.</source>
            <translation>自己的 YAML 检查清单；填写后代替上面的选择。</translation>
        </message>
        <message>
            <location filename="../ui/dock_setup.py" />
            <source>Empty: temporary layers, which a saved project does not keep.</source>
            <translation>留空：临时图层，保存的工程不会保留其数据。</translation>
        </message>
        <message>
            <location filename="../ui/dock_setup.py" />
            <source> m/min</source>
            <translation> 米/分钟</translation>
        </message>
        <message>
            <location filename="../ui/dock_setup.py" />
            <source>The profile's</source>
            <translation>按检查清单</translation>
        </message>
        <message>
            <location filename="../ui/dock_setup.py" />
            <source>Choose the community layer.</source>
            <translation>请选择社区图层。</translation>
        </message>
        <message>
            <location filename="../ui/dock_setup.py" />
            <source>The community layer “{}” has no polygons: choose a polygon layer.</source>
            <translation>社区图层“{}”不是面图层：请选择面图层。</translation>
        </message>
        <message>
            <location filename="../ui/dock_setup.py" />
            <source>Choose the facility layer.</source>
            <translation>请选择设施图层。</translation>
        </message>
        <message>
            <location filename="../ui/dock_survey.py" />
            <source>The community is no longer in the layer “{}”.</source>
            <translation>该社区已不在图层“{}”中。</translation>
        </message>
        <message>
            <location filename="../ui/dock_survey.py" />
            <source>Field: {}</source>
            <translation>字段：{}</translation>
        </message>
        <message>
            <location filename="../ui/dock_survey.py" />
            <source>The layer has none of the fields {}</source>
            <translation>图层中没有以下任一字段：{}</translation>
        </message>
        <message>
            <location filename="../ui/dock_survey.py" />
            <source>no field</source>
            <translation>无字段</translation>
        </message>
        <message>
            <location filename="../ui/dock_survey.py" />
            <source>The layer “{}” is read-only: answers are written to the table “{}” (Ctrl+Z undoes them; save that layer's edits to keep them).</source>
            <translation>图层“{}”为只读：答案写入表“{}”（Ctrl+Z 可撤销；保存该表的编辑后才会保留）。</translation>
        </message>
        <message>
            <location filename="../ui/dock_survey.py" />
            <source>Answers are written to the table “{}” (Ctrl+Z undoes them; save that layer's edits to keep them).</source>
            <translation>答案写入表“{}”（Ctrl+Z 可撤销；保存该表的编辑后才会保留）。</translation>
        </message>
        <message>
            <location filename="../ui/dock_survey.py" />
            <source>The layer “{}” is read-only: choose a GeoPackage table for the answers (button below).</source>
            <translation>图层“{}”为只读：请选择一个 GeoPackage 表来保存答案（下方按钮）。</translation>
        </message>
        <message>
            <location filename="../ui/dock_survey.py" />
            <source>Answers are written to the layer “{}” (Ctrl+Z undoes them; save the layer's edits to keep them).</source>
            <translation>回答写入图层“{}”（Ctrl+Z 可撤销；保存图层编辑后才会保留）。</translation>
        </message>
        <message>
            <location filename="../ui/dock_survey.py" />
            <source>The layer “{}” is read-only: the answer was not written. Choose a GeoPackage table for the answers in the surveyed items tab.</source>
            <translation>图层“{}”为只读，答案未写入。请在“调查项”页选择一个 GeoPackage 表来保存答案。</translation>
        </message>
        <message>
            <location filename="../ui/dock_survey.py" />
            <source>Answer written to “{}” (not saved yet: save the layer's edits to keep it; Ctrl+Z undoes it).</source>
            <translation>回答已写入“{}”（尚未保存：保存图层编辑后才会保留；Ctrl+Z 可撤销）。</translation>
        </message>
        <message>
            <location filename="../ui/parameter_widgets.py" />
            <source>[optional]</source>
            <translation>[可选]</translation>
        </message>
        <message>
            <location filename="../ui/parameter_widgets.py" />
            <source>Every type in the layer</source>
            <translation>图层中的全部类型</translation>
        </message>
    </context>
</TS>
