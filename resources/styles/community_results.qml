<!DOCTYPE qgis PUBLIC 'http://mrcc.com/qgis.dtd' 'SYSTEM'>
<qgis styleCategories="AllStyleCategories" readOnly="0" simplifyMaxScale="1" version="3.22.16-Białowieża" hasScaleBasedVisibilityFlag="0" minScale="100000000" simplifyDrawingHints="1" simplifyDrawingTol="1" simplifyAlgorithm="0" maxScale="0" simplifyLocal="1" labelsEnabled="1" symbologyReferenceScale="-1">
  <flags>
    <Identifiable>1</Identifiable>
    <Removable>1</Removable>
    <Searchable>1</Searchable>
    <Private>0</Private>
  </flags>
  <temporal endField="" fixedDuration="0" limitMode="0" durationUnit="min" enabled="0" endExpression="" accumulate="0" durationField="" startField="" startExpression="" mode="0">
    <fixedRange>
      <start></start>
      <end></end>
    </fixedRange>
  </temporal>
  <renderer-v2 type="RuleRenderer" symbollevels="0" enableorderby="0" referencescale="-1" forceraster="0">
    <rules key="{a5b93225-8e9d-466d-8903-4a3f0f26f6bd}">
      <rule label="完整社区 Complete" key="{eba28e9e-74e3-448a-9931-b531307f3ea9}" filter="&quot;cc_complete&quot; = 1" symbol="0"/>
      <rule label="无短板、待核实 No gap, data to verify" key="{84085303-ea70-4975-90dd-f6aaeb53f1f7}" filter="&quot;cc_fail&quot; = 0 AND &quot;cc_complete&quot; = 0" symbol="1"/>
      <rule label="1–2 项短板 1–2 gaps" key="{a6e5e68d-5b3c-453b-93df-fd6ce59083c1}" filter="&quot;cc_fail&quot; >= 1 AND &quot;cc_fail&quot; &lt;= 2" symbol="2"/>
      <rule label="3–5 项短板 3–5 gaps" key="{085193f0-b450-48c1-b89f-3c22b1691900}" filter="&quot;cc_fail&quot; >= 3 AND &quot;cc_fail&quot; &lt;= 5" symbol="3"/>
      <rule label="6 项以上短板 6+ gaps" key="{97962316-a54c-4a51-8fc3-ffdd3ff5afdb}" filter="&quot;cc_fail&quot; >= 6" symbol="4"/>
    </rules>
    <symbols>
      <symbol type="fill" force_rhr="0" name="0" clip_to_extent="1" alpha="1">
        <data_defined_properties>
          <Option type="Map">
            <Option type="QString" value="" name="name"/>
            <Option name="properties"/>
            <Option type="QString" value="collection" name="type"/>
          </Option>
        </data_defined_properties>
        <layer enabled="1" class="SimpleFill" locked="0" pass="0">
          <Option type="Map">
            <Option type="QString" value="3x:0,0,0,0,0,0" name="border_width_map_unit_scale"/>
            <Option type="QString" value="26,152,80,255" name="color"/>
            <Option type="QString" value="bevel" name="joinstyle"/>
            <Option type="QString" value="0,0" name="offset"/>
            <Option type="QString" value="3x:0,0,0,0,0,0" name="offset_map_unit_scale"/>
            <Option type="QString" value="MM" name="offset_unit"/>
            <Option type="QString" value="77,77,77,255" name="outline_color"/>
            <Option type="QString" value="solid" name="outline_style"/>
            <Option type="QString" value="0.4" name="outline_width"/>
            <Option type="QString" value="MM" name="outline_width_unit"/>
            <Option type="QString" value="solid" name="style"/>
          </Option>
          <prop k="border_width_map_unit_scale" v="3x:0,0,0,0,0,0"/>
          <prop k="color" v="26,152,80,255"/>
          <prop k="joinstyle" v="bevel"/>
          <prop k="offset" v="0,0"/>
          <prop k="offset_map_unit_scale" v="3x:0,0,0,0,0,0"/>
          <prop k="offset_unit" v="MM"/>
          <prop k="outline_color" v="77,77,77,255"/>
          <prop k="outline_style" v="solid"/>
          <prop k="outline_width" v="0.4"/>
          <prop k="outline_width_unit" v="MM"/>
          <prop k="style" v="solid"/>
          <data_defined_properties>
            <Option type="Map">
              <Option type="QString" value="" name="name"/>
              <Option name="properties"/>
              <Option type="QString" value="collection" name="type"/>
            </Option>
          </data_defined_properties>
        </layer>
      </symbol>
      <symbol type="fill" force_rhr="0" name="1" clip_to_extent="1" alpha="1">
        <data_defined_properties>
          <Option type="Map">
            <Option type="QString" value="" name="name"/>
            <Option name="properties"/>
            <Option type="QString" value="collection" name="type"/>
          </Option>
        </data_defined_properties>
        <layer enabled="1" class="SimpleFill" locked="0" pass="0">
          <Option type="Map">
            <Option type="QString" value="3x:0,0,0,0,0,0" name="border_width_map_unit_scale"/>
            <Option type="QString" value="189,189,189,255" name="color"/>
            <Option type="QString" value="bevel" name="joinstyle"/>
            <Option type="QString" value="0,0" name="offset"/>
            <Option type="QString" value="3x:0,0,0,0,0,0" name="offset_map_unit_scale"/>
            <Option type="QString" value="MM" name="offset_unit"/>
            <Option type="QString" value="77,77,77,255" name="outline_color"/>
            <Option type="QString" value="solid" name="outline_style"/>
            <Option type="QString" value="0.4" name="outline_width"/>
            <Option type="QString" value="MM" name="outline_width_unit"/>
            <Option type="QString" value="solid" name="style"/>
          </Option>
          <prop k="border_width_map_unit_scale" v="3x:0,0,0,0,0,0"/>
          <prop k="color" v="189,189,189,255"/>
          <prop k="joinstyle" v="bevel"/>
          <prop k="offset" v="0,0"/>
          <prop k="offset_map_unit_scale" v="3x:0,0,0,0,0,0"/>
          <prop k="offset_unit" v="MM"/>
          <prop k="outline_color" v="77,77,77,255"/>
          <prop k="outline_style" v="solid"/>
          <prop k="outline_width" v="0.4"/>
          <prop k="outline_width_unit" v="MM"/>
          <prop k="style" v="solid"/>
          <data_defined_properties>
            <Option type="Map">
              <Option type="QString" value="" name="name"/>
              <Option name="properties"/>
              <Option type="QString" value="collection" name="type"/>
            </Option>
          </data_defined_properties>
        </layer>
      </symbol>
      <symbol type="fill" force_rhr="0" name="2" clip_to_extent="1" alpha="1">
        <data_defined_properties>
          <Option type="Map">
            <Option type="QString" value="" name="name"/>
            <Option name="properties"/>
            <Option type="QString" value="collection" name="type"/>
          </Option>
        </data_defined_properties>
        <layer enabled="1" class="SimpleFill" locked="0" pass="0">
          <Option type="Map">
            <Option type="QString" value="3x:0,0,0,0,0,0" name="border_width_map_unit_scale"/>
            <Option type="QString" value="254,224,139,255" name="color"/>
            <Option type="QString" value="bevel" name="joinstyle"/>
            <Option type="QString" value="0,0" name="offset"/>
            <Option type="QString" value="3x:0,0,0,0,0,0" name="offset_map_unit_scale"/>
            <Option type="QString" value="MM" name="offset_unit"/>
            <Option type="QString" value="77,77,77,255" name="outline_color"/>
            <Option type="QString" value="solid" name="outline_style"/>
            <Option type="QString" value="0.4" name="outline_width"/>
            <Option type="QString" value="MM" name="outline_width_unit"/>
            <Option type="QString" value="solid" name="style"/>
          </Option>
          <prop k="border_width_map_unit_scale" v="3x:0,0,0,0,0,0"/>
          <prop k="color" v="254,224,139,255"/>
          <prop k="joinstyle" v="bevel"/>
          <prop k="offset" v="0,0"/>
          <prop k="offset_map_unit_scale" v="3x:0,0,0,0,0,0"/>
          <prop k="offset_unit" v="MM"/>
          <prop k="outline_color" v="77,77,77,255"/>
          <prop k="outline_style" v="solid"/>
          <prop k="outline_width" v="0.4"/>
          <prop k="outline_width_unit" v="MM"/>
          <prop k="style" v="solid"/>
          <data_defined_properties>
            <Option type="Map">
              <Option type="QString" value="" name="name"/>
              <Option name="properties"/>
              <Option type="QString" value="collection" name="type"/>
            </Option>
          </data_defined_properties>
        </layer>
      </symbol>
      <symbol type="fill" force_rhr="0" name="3" clip_to_extent="1" alpha="1">
        <data_defined_properties>
          <Option type="Map">
            <Option type="QString" value="" name="name"/>
            <Option name="properties"/>
            <Option type="QString" value="collection" name="type"/>
          </Option>
        </data_defined_properties>
        <layer enabled="1" class="SimpleFill" locked="0" pass="0">
          <Option type="Map">
            <Option type="QString" value="3x:0,0,0,0,0,0" name="border_width_map_unit_scale"/>
            <Option type="QString" value="252,141,89,255" name="color"/>
            <Option type="QString" value="bevel" name="joinstyle"/>
            <Option type="QString" value="0,0" name="offset"/>
            <Option type="QString" value="3x:0,0,0,0,0,0" name="offset_map_unit_scale"/>
            <Option type="QString" value="MM" name="offset_unit"/>
            <Option type="QString" value="77,77,77,255" name="outline_color"/>
            <Option type="QString" value="solid" name="outline_style"/>
            <Option type="QString" value="0.4" name="outline_width"/>
            <Option type="QString" value="MM" name="outline_width_unit"/>
            <Option type="QString" value="solid" name="style"/>
          </Option>
          <prop k="border_width_map_unit_scale" v="3x:0,0,0,0,0,0"/>
          <prop k="color" v="252,141,89,255"/>
          <prop k="joinstyle" v="bevel"/>
          <prop k="offset" v="0,0"/>
          <prop k="offset_map_unit_scale" v="3x:0,0,0,0,0,0"/>
          <prop k="offset_unit" v="MM"/>
          <prop k="outline_color" v="77,77,77,255"/>
          <prop k="outline_style" v="solid"/>
          <prop k="outline_width" v="0.4"/>
          <prop k="outline_width_unit" v="MM"/>
          <prop k="style" v="solid"/>
          <data_defined_properties>
            <Option type="Map">
              <Option type="QString" value="" name="name"/>
              <Option name="properties"/>
              <Option type="QString" value="collection" name="type"/>
            </Option>
          </data_defined_properties>
        </layer>
      </symbol>
      <symbol type="fill" force_rhr="0" name="4" clip_to_extent="1" alpha="1">
        <data_defined_properties>
          <Option type="Map">
            <Option type="QString" value="" name="name"/>
            <Option name="properties"/>
            <Option type="QString" value="collection" name="type"/>
          </Option>
        </data_defined_properties>
        <layer enabled="1" class="SimpleFill" locked="0" pass="0">
          <Option type="Map">
            <Option type="QString" value="3x:0,0,0,0,0,0" name="border_width_map_unit_scale"/>
            <Option type="QString" value="215,48,39,255" name="color"/>
            <Option type="QString" value="bevel" name="joinstyle"/>
            <Option type="QString" value="0,0" name="offset"/>
            <Option type="QString" value="3x:0,0,0,0,0,0" name="offset_map_unit_scale"/>
            <Option type="QString" value="MM" name="offset_unit"/>
            <Option type="QString" value="77,77,77,255" name="outline_color"/>
            <Option type="QString" value="solid" name="outline_style"/>
            <Option type="QString" value="0.4" name="outline_width"/>
            <Option type="QString" value="MM" name="outline_width_unit"/>
            <Option type="QString" value="solid" name="style"/>
          </Option>
          <prop k="border_width_map_unit_scale" v="3x:0,0,0,0,0,0"/>
          <prop k="color" v="215,48,39,255"/>
          <prop k="joinstyle" v="bevel"/>
          <prop k="offset" v="0,0"/>
          <prop k="offset_map_unit_scale" v="3x:0,0,0,0,0,0"/>
          <prop k="offset_unit" v="MM"/>
          <prop k="outline_color" v="77,77,77,255"/>
          <prop k="outline_style" v="solid"/>
          <prop k="outline_width" v="0.4"/>
          <prop k="outline_width_unit" v="MM"/>
          <prop k="style" v="solid"/>
          <data_defined_properties>
            <Option type="Map">
              <Option type="QString" value="" name="name"/>
              <Option name="properties"/>
              <Option type="QString" value="collection" name="type"/>
            </Option>
          </data_defined_properties>
        </layer>
      </symbol>
    </symbols>
  </renderer-v2>
  <labeling type="simple">
    <settings calloutType="simple">
      <text-style useSubstitutions="0" allowHtml="0" isExpression="1" blendMode="0" fontWeight="50" legendString="Aa" textColor="0,0,0,255" fontItalic="0" fontLetterSpacing="0" fontStrikeout="0" fontFamily="Noto Sans CJK SC" fontKerning="1" fontSizeMapUnitScale="3x:0,0,0,0,0,0" capitalization="0" fontWordSpacing="0" fieldName="coalesce(&quot;cc_name&quot;, &quot;cc_id&quot;) || '\n' || CASE WHEN &quot;cc_complete&quot; = 1 THEN '完整' ELSE '短板 ' || &quot;cc_fail&quot; END" multilineHeight="1" fontUnderline="0" textOrientation="horizontal" textOpacity="1" fontSize="9" namedStyle="" previewBkgrdColor="255,255,255,255" fontSizeUnit="Point">
        <families/>
        <text-buffer bufferSizeMapUnitScale="3x:0,0,0,0,0,0" bufferColor="255,255,255,255" bufferOpacity="1" bufferSizeUnits="MM" bufferSize="1" bufferJoinStyle="128" bufferBlendMode="0" bufferNoFill="1" bufferDraw="0"/>
        <text-mask maskOpacity="1" maskSizeMapUnitScale="3x:0,0,0,0,0,0" maskType="0" maskJoinStyle="128" maskedSymbolLayers="" maskSizeUnits="MM" maskEnabled="0" maskSize="1.5"/>
        <background shapeRotation="0" shapeRadiiUnit="MM" shapeOpacity="1" shapeRadiiMapUnitScale="3x:0,0,0,0,0,0" shapeRadiiX="0" shapeOffsetUnit="MM" shapeSizeMapUnitScale="3x:0,0,0,0,0,0" shapeOffsetMapUnitScale="3x:0,0,0,0,0,0" shapeSizeX="0" shapeBorderColor="128,128,128,255" shapeBorderWidthUnit="MM" shapeBorderWidthMapUnitScale="3x:0,0,0,0,0,0" shapeSizeType="0" shapeBorderWidth="0" shapeSVGFile="" shapeType="0" shapeDraw="0" shapeOffsetY="0" shapeSizeY="0" shapeRadiiY="0" shapeOffsetX="0" shapeJoinStyle="64" shapeRotationType="0" shapeSizeUnit="MM" shapeBlendMode="0" shapeFillColor="255,255,255,255">
          <symbol type="fill" force_rhr="0" name="fillSymbol" clip_to_extent="1" alpha="1">
            <data_defined_properties>
              <Option type="Map">
                <Option type="QString" value="" name="name"/>
                <Option name="properties"/>
                <Option type="QString" value="collection" name="type"/>
              </Option>
            </data_defined_properties>
            <layer enabled="1" class="SimpleFill" locked="0" pass="0">
              <Option type="Map">
                <Option type="QString" value="3x:0,0,0,0,0,0" name="border_width_map_unit_scale"/>
                <Option type="QString" value="255,255,255,255" name="color"/>
                <Option type="QString" value="bevel" name="joinstyle"/>
                <Option type="QString" value="0,0" name="offset"/>
                <Option type="QString" value="3x:0,0,0,0,0,0" name="offset_map_unit_scale"/>
                <Option type="QString" value="MM" name="offset_unit"/>
                <Option type="QString" value="128,128,128,255" name="outline_color"/>
                <Option type="QString" value="no" name="outline_style"/>
                <Option type="QString" value="0" name="outline_width"/>
                <Option type="QString" value="MM" name="outline_width_unit"/>
                <Option type="QString" value="solid" name="style"/>
              </Option>
              <prop k="border_width_map_unit_scale" v="3x:0,0,0,0,0,0"/>
              <prop k="color" v="255,255,255,255"/>
              <prop k="joinstyle" v="bevel"/>
              <prop k="offset" v="0,0"/>
              <prop k="offset_map_unit_scale" v="3x:0,0,0,0,0,0"/>
              <prop k="offset_unit" v="MM"/>
              <prop k="outline_color" v="128,128,128,255"/>
              <prop k="outline_style" v="no"/>
              <prop k="outline_width" v="0"/>
              <prop k="outline_width_unit" v="MM"/>
              <prop k="style" v="solid"/>
              <data_defined_properties>
                <Option type="Map">
                  <Option type="QString" value="" name="name"/>
                  <Option name="properties"/>
                  <Option type="QString" value="collection" name="type"/>
                </Option>
              </data_defined_properties>
            </layer>
          </symbol>
        </background>
        <shadow shadowRadiusMapUnitScale="3x:0,0,0,0,0,0" shadowOffsetAngle="135" shadowOffsetUnit="MM" shadowRadius="1.5" shadowScale="100" shadowColor="0,0,0,255" shadowUnder="0" shadowRadiusUnit="MM" shadowDraw="0" shadowOffsetMapUnitScale="3x:0,0,0,0,0,0" shadowOffsetDist="1" shadowOffsetGlobal="1" shadowRadiusAlphaOnly="0" shadowBlendMode="6" shadowOpacity="0.69999999999999996"/>
        <dd_properties>
          <Option type="Map">
            <Option type="QString" value="" name="name"/>
            <Option name="properties"/>
            <Option type="QString" value="collection" name="type"/>
          </Option>
        </dd_properties>
        <substitutions/>
      </text-style>
      <text-format wrapChar="" multilineAlign="3" addDirectionSymbol="0" leftDirectionSymbol="&lt;" plussign="0" useMaxLineLengthForAutoWrap="1" rightDirectionSymbol=">" placeDirectionSymbol="0" reverseDirectionSymbol="0" formatNumbers="0" autoWrapLength="0" decimals="3"/>
      <placement lineAnchorPercent="0.5" polygonPlacementFlags="2" overrunDistanceMapUnitScale="3x:0,0,0,0,0,0" labelOffsetMapUnitScale="3x:0,0,0,0,0,0" centroidInside="0" fitInPolygonOnly="0" preserveRotation="1" overrunDistance="0" distMapUnitScale="3x:0,0,0,0,0,0" rotationUnit="AngleDegrees" offsetType="0" layerType="UnknownGeometry" offsetUnits="MM" rotationAngle="0" lineAnchorType="0" repeatDistance="0" quadOffset="4" dist="0" centroidWhole="0" priority="5" lineAnchorClipping="0" placement="0" yOffset="0" overrunDistanceUnit="MM" repeatDistanceUnits="MM" predefinedPositionOrder="TR,TL,BR,BL,R,L,TSR,BSR" distUnits="MM" geometryGenerator="" maxCurvedCharAngleOut="-25" geometryGeneratorEnabled="0" geometryGeneratorType="PointGeometry" xOffset="0" maxCurvedCharAngleIn="25" repeatDistanceMapUnitScale="3x:0,0,0,0,0,0" placementFlags="10"/>
      <rendering obstacleType="1" zIndex="0" displayAll="0" obstacle="1" mergeLines="0" fontMinPixelSize="0" unplacedVisibility="0" fontMaxPixelSize="10000" scaleMax="0" scaleMin="0" limitNumLabels="0" obstacleFactor="1" upsidedownLabels="0" labelPerPart="0" maxNumLabels="2000" minFeatureSize="0" drawLabels="1" scaleVisibility="0" fontLimitPixelSize="0"/>
      <dd_properties>
        <Option type="Map">
          <Option type="QString" value="" name="name"/>
          <Option name="properties"/>
          <Option type="QString" value="collection" name="type"/>
        </Option>
      </dd_properties>
      <callout type="simple">
        <Option type="Map">
          <Option type="QString" value="pole_of_inaccessibility" name="anchorPoint"/>
          <Option type="int" value="0" name="blendMode"/>
          <Option type="Map" name="ddProperties">
            <Option type="QString" value="" name="name"/>
            <Option name="properties"/>
            <Option type="QString" value="collection" name="type"/>
          </Option>
          <Option type="bool" value="false" name="drawToAllParts"/>
          <Option type="QString" value="0" name="enabled"/>
          <Option type="QString" value="point_on_exterior" name="labelAnchorPoint"/>
          <Option type="QString" value="&lt;symbol type=&quot;line&quot; force_rhr=&quot;0&quot; name=&quot;symbol&quot; clip_to_extent=&quot;1&quot; alpha=&quot;1&quot;>&lt;data_defined_properties>&lt;Option type=&quot;Map&quot;>&lt;Option type=&quot;QString&quot; value=&quot;&quot; name=&quot;name&quot;/>&lt;Option name=&quot;properties&quot;/>&lt;Option type=&quot;QString&quot; value=&quot;collection&quot; name=&quot;type&quot;/>&lt;/Option>&lt;/data_defined_properties>&lt;layer enabled=&quot;1&quot; class=&quot;SimpleLine&quot; locked=&quot;0&quot; pass=&quot;0&quot;>&lt;Option type=&quot;Map&quot;>&lt;Option type=&quot;QString&quot; value=&quot;0&quot; name=&quot;align_dash_pattern&quot;/>&lt;Option type=&quot;QString&quot; value=&quot;square&quot; name=&quot;capstyle&quot;/>&lt;Option type=&quot;QString&quot; value=&quot;5;2&quot; name=&quot;customdash&quot;/>&lt;Option type=&quot;QString&quot; value=&quot;3x:0,0,0,0,0,0&quot; name=&quot;customdash_map_unit_scale&quot;/>&lt;Option type=&quot;QString&quot; value=&quot;MM&quot; name=&quot;customdash_unit&quot;/>&lt;Option type=&quot;QString&quot; value=&quot;0&quot; name=&quot;dash_pattern_offset&quot;/>&lt;Option type=&quot;QString&quot; value=&quot;3x:0,0,0,0,0,0&quot; name=&quot;dash_pattern_offset_map_unit_scale&quot;/>&lt;Option type=&quot;QString&quot; value=&quot;MM&quot; name=&quot;dash_pattern_offset_unit&quot;/>&lt;Option type=&quot;QString&quot; value=&quot;0&quot; name=&quot;draw_inside_polygon&quot;/>&lt;Option type=&quot;QString&quot; value=&quot;bevel&quot; name=&quot;joinstyle&quot;/>&lt;Option type=&quot;QString&quot; value=&quot;60,60,60,255&quot; name=&quot;line_color&quot;/>&lt;Option type=&quot;QString&quot; value=&quot;solid&quot; name=&quot;line_style&quot;/>&lt;Option type=&quot;QString&quot; value=&quot;0.3&quot; name=&quot;line_width&quot;/>&lt;Option type=&quot;QString&quot; value=&quot;MM&quot; name=&quot;line_width_unit&quot;/>&lt;Option type=&quot;QString&quot; value=&quot;0&quot; name=&quot;offset&quot;/>&lt;Option type=&quot;QString&quot; value=&quot;3x:0,0,0,0,0,0&quot; name=&quot;offset_map_unit_scale&quot;/>&lt;Option type=&quot;QString&quot; value=&quot;MM&quot; name=&quot;offset_unit&quot;/>&lt;Option type=&quot;QString&quot; value=&quot;0&quot; name=&quot;ring_filter&quot;/>&lt;Option type=&quot;QString&quot; value=&quot;0&quot; name=&quot;trim_distance_end&quot;/>&lt;Option type=&quot;QString&quot; value=&quot;3x:0,0,0,0,0,0&quot; name=&quot;trim_distance_end_map_unit_scale&quot;/>&lt;Option type=&quot;QString&quot; value=&quot;MM&quot; name=&quot;trim_distance_end_unit&quot;/>&lt;Option type=&quot;QString&quot; value=&quot;0&quot; name=&quot;trim_distance_start&quot;/>&lt;Option type=&quot;QString&quot; value=&quot;3x:0,0,0,0,0,0&quot; name=&quot;trim_distance_start_map_unit_scale&quot;/>&lt;Option type=&quot;QString&quot; value=&quot;MM&quot; name=&quot;trim_distance_start_unit&quot;/>&lt;Option type=&quot;QString&quot; value=&quot;0&quot; name=&quot;tweak_dash_pattern_on_corners&quot;/>&lt;Option type=&quot;QString&quot; value=&quot;0&quot; name=&quot;use_custom_dash&quot;/>&lt;Option type=&quot;QString&quot; value=&quot;3x:0,0,0,0,0,0&quot; name=&quot;width_map_unit_scale&quot;/>&lt;/Option>&lt;prop k=&quot;align_dash_pattern&quot; v=&quot;0&quot;/>&lt;prop k=&quot;capstyle&quot; v=&quot;square&quot;/>&lt;prop k=&quot;customdash&quot; v=&quot;5;2&quot;/>&lt;prop k=&quot;customdash_map_unit_scale&quot; v=&quot;3x:0,0,0,0,0,0&quot;/>&lt;prop k=&quot;customdash_unit&quot; v=&quot;MM&quot;/>&lt;prop k=&quot;dash_pattern_offset&quot; v=&quot;0&quot;/>&lt;prop k=&quot;dash_pattern_offset_map_unit_scale&quot; v=&quot;3x:0,0,0,0,0,0&quot;/>&lt;prop k=&quot;dash_pattern_offset_unit&quot; v=&quot;MM&quot;/>&lt;prop k=&quot;draw_inside_polygon&quot; v=&quot;0&quot;/>&lt;prop k=&quot;joinstyle&quot; v=&quot;bevel&quot;/>&lt;prop k=&quot;line_color&quot; v=&quot;60,60,60,255&quot;/>&lt;prop k=&quot;line_style&quot; v=&quot;solid&quot;/>&lt;prop k=&quot;line_width&quot; v=&quot;0.3&quot;/>&lt;prop k=&quot;line_width_unit&quot; v=&quot;MM&quot;/>&lt;prop k=&quot;offset&quot; v=&quot;0&quot;/>&lt;prop k=&quot;offset_map_unit_scale&quot; v=&quot;3x:0,0,0,0,0,0&quot;/>&lt;prop k=&quot;offset_unit&quot; v=&quot;MM&quot;/>&lt;prop k=&quot;ring_filter&quot; v=&quot;0&quot;/>&lt;prop k=&quot;trim_distance_end&quot; v=&quot;0&quot;/>&lt;prop k=&quot;trim_distance_end_map_unit_scale&quot; v=&quot;3x:0,0,0,0,0,0&quot;/>&lt;prop k=&quot;trim_distance_end_unit&quot; v=&quot;MM&quot;/>&lt;prop k=&quot;trim_distance_start&quot; v=&quot;0&quot;/>&lt;prop k=&quot;trim_distance_start_map_unit_scale&quot; v=&quot;3x:0,0,0,0,0,0&quot;/>&lt;prop k=&quot;trim_distance_start_unit&quot; v=&quot;MM&quot;/>&lt;prop k=&quot;tweak_dash_pattern_on_corners&quot; v=&quot;0&quot;/>&lt;prop k=&quot;use_custom_dash&quot; v=&quot;0&quot;/>&lt;prop k=&quot;width_map_unit_scale&quot; v=&quot;3x:0,0,0,0,0,0&quot;/>&lt;data_defined_properties>&lt;Option type=&quot;Map&quot;>&lt;Option type=&quot;QString&quot; value=&quot;&quot; name=&quot;name&quot;/>&lt;Option name=&quot;properties&quot;/>&lt;Option type=&quot;QString&quot; value=&quot;collection&quot; name=&quot;type&quot;/>&lt;/Option>&lt;/data_defined_properties>&lt;/layer>&lt;/symbol>" name="lineSymbol"/>
          <Option type="double" value="0" name="minLength"/>
          <Option type="QString" value="3x:0,0,0,0,0,0" name="minLengthMapUnitScale"/>
          <Option type="QString" value="MM" name="minLengthUnit"/>
          <Option type="double" value="0" name="offsetFromAnchor"/>
          <Option type="QString" value="3x:0,0,0,0,0,0" name="offsetFromAnchorMapUnitScale"/>
          <Option type="QString" value="MM" name="offsetFromAnchorUnit"/>
          <Option type="double" value="0" name="offsetFromLabel"/>
          <Option type="QString" value="3x:0,0,0,0,0,0" name="offsetFromLabelMapUnitScale"/>
          <Option type="QString" value="MM" name="offsetFromLabelUnit"/>
        </Option>
      </callout>
    </settings>
  </labeling>
  <customproperties>
    <Option/>
  </customproperties>
  <blendMode>0</blendMode>
  <featureBlendMode>0</featureBlendMode>
  <layerOpacity>1</layerOpacity>
  <geometryOptions removeDuplicateNodes="0" geometryPrecision="0">
    <activeChecks type="StringList">
      <Option type="QString" value=""/>
    </activeChecks>
    <checkConfiguration/>
  </geometryOptions>
  <legend type="default-vector" showLabelLegend="0"/>
  <referencedLayers/>
  <fieldConfiguration>
    <field name="cc_id" configurationFlags="None">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="cc_name" configurationFlags="None">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="cc_status" configurationFlags="None">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="cc_population" configurationFlags="None">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="cc_households" configurationFlags="None">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="cc_band" configurationFlags="None">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="cc_pass" configurationFlags="None">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="cc_fail" configurationFlags="None">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="cc_unknown" configurationFlags="None">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="cc_na" configurationFlags="None">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="cc_complete" configurationFlags="None">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="cc_gaps" configurationFlags="None">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="cc_method" configurationFlags="None">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="item_01" configurationFlags="None">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="item_02" configurationFlags="None">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="item_03" configurationFlags="None">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="item_04" configurationFlags="None">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="item_05" configurationFlags="None">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="item_06" configurationFlags="None">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="item_07" configurationFlags="None">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="item_08" configurationFlags="None">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="item_09" configurationFlags="None">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="item_10" configurationFlags="None">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="item_11" configurationFlags="None">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="item_12" configurationFlags="None">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="item_13" configurationFlags="None">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="item_14" configurationFlags="None">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="item_15" configurationFlags="None">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="item_16" configurationFlags="None">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="item_17" configurationFlags="None">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="item_18" configurationFlags="None">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="item_19" configurationFlags="None">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="item_20" configurationFlags="None">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
  </fieldConfiguration>
  <aliases>
    <alias field="cc_id" name="社区编号" index="0"/>
    <alias field="cc_name" name="社区名称" index="1"/>
    <alias field="cc_status" name="新建/既有" index="2"/>
    <alias field="cc_population" name="人口" index="3"/>
    <alias field="cc_households" name="户数" index="4"/>
    <alias field="cc_band" name="人口规模" index="5"/>
    <alias field="cc_pass" name="达标项数" index="6"/>
    <alias field="cc_fail" name="短板项数" index="7"/>
    <alias field="cc_unknown" name="待核实项数" index="8"/>
    <alias field="cc_na" name="不适用项数" index="9"/>
    <alias field="cc_complete" name="是否完整社区" index="10"/>
    <alias field="cc_gaps" name="短板项目" index="11"/>
    <alias field="cc_method" name="距离算法" index="12"/>
    <alias field="item_01" name="01 一个社区综合服务站" index="13"/>
    <alias field="item_02" name="02 一个幼儿园" index="14"/>
    <alias field="item_03" name="03 一个托儿所" index="15"/>
    <alias field="item_04" name="04 一个老年服务站" index="16"/>
    <alias field="item_05" name="05 一个社区卫生服务站" index="17"/>
    <alias field="item_06" name="06 一个综合超市" index="18"/>
    <alias field="item_07" name="07 多个邮件和快件寄递服务设施" index="19"/>
    <alias field="item_08" name="08 其他便民商业网点" index="20"/>
    <alias field="item_09" name="09 水、电、路、气、热、信等设施" index="21"/>
    <alias field="item_10" name="10 停车及充电设施" index="22"/>
    <alias field="item_11" name="11 慢行系统" index="23"/>
    <alias field="item_12" name="12 无障碍设施" index="24"/>
    <alias field="item_13" name="13 环境卫生设施" index="25"/>
    <alias field="item_14" name="14 公共活动场地" index="26"/>
    <alias field="item_15" name="15 公共绿地" index="27"/>
    <alias field="item_16" name="16 物业服务" index="28"/>
    <alias field="item_17" name="17 物业管理服务平台" index="29"/>
    <alias field="item_18" name="18 管理机制" index="30"/>
    <alias field="item_19" name="19 综合管理服务" index="31"/>
    <alias field="item_20" name="20 社区文化" index="32"/>
  </aliases>
  <defaults>
    <default field="cc_id" applyOnUpdate="0" expression=""/>
    <default field="cc_name" applyOnUpdate="0" expression=""/>
    <default field="cc_status" applyOnUpdate="0" expression=""/>
    <default field="cc_population" applyOnUpdate="0" expression=""/>
    <default field="cc_households" applyOnUpdate="0" expression=""/>
    <default field="cc_band" applyOnUpdate="0" expression=""/>
    <default field="cc_pass" applyOnUpdate="0" expression=""/>
    <default field="cc_fail" applyOnUpdate="0" expression=""/>
    <default field="cc_unknown" applyOnUpdate="0" expression=""/>
    <default field="cc_na" applyOnUpdate="0" expression=""/>
    <default field="cc_complete" applyOnUpdate="0" expression=""/>
    <default field="cc_gaps" applyOnUpdate="0" expression=""/>
    <default field="cc_method" applyOnUpdate="0" expression=""/>
    <default field="item_01" applyOnUpdate="0" expression=""/>
    <default field="item_02" applyOnUpdate="0" expression=""/>
    <default field="item_03" applyOnUpdate="0" expression=""/>
    <default field="item_04" applyOnUpdate="0" expression=""/>
    <default field="item_05" applyOnUpdate="0" expression=""/>
    <default field="item_06" applyOnUpdate="0" expression=""/>
    <default field="item_07" applyOnUpdate="0" expression=""/>
    <default field="item_08" applyOnUpdate="0" expression=""/>
    <default field="item_09" applyOnUpdate="0" expression=""/>
    <default field="item_10" applyOnUpdate="0" expression=""/>
    <default field="item_11" applyOnUpdate="0" expression=""/>
    <default field="item_12" applyOnUpdate="0" expression=""/>
    <default field="item_13" applyOnUpdate="0" expression=""/>
    <default field="item_14" applyOnUpdate="0" expression=""/>
    <default field="item_15" applyOnUpdate="0" expression=""/>
    <default field="item_16" applyOnUpdate="0" expression=""/>
    <default field="item_17" applyOnUpdate="0" expression=""/>
    <default field="item_18" applyOnUpdate="0" expression=""/>
    <default field="item_19" applyOnUpdate="0" expression=""/>
    <default field="item_20" applyOnUpdate="0" expression=""/>
  </defaults>
  <constraints>
    <constraint exp_strength="0" field="cc_id" constraints="0" notnull_strength="0" unique_strength="0"/>
    <constraint exp_strength="0" field="cc_name" constraints="0" notnull_strength="0" unique_strength="0"/>
    <constraint exp_strength="0" field="cc_status" constraints="0" notnull_strength="0" unique_strength="0"/>
    <constraint exp_strength="0" field="cc_population" constraints="0" notnull_strength="0" unique_strength="0"/>
    <constraint exp_strength="0" field="cc_households" constraints="0" notnull_strength="0" unique_strength="0"/>
    <constraint exp_strength="0" field="cc_band" constraints="0" notnull_strength="0" unique_strength="0"/>
    <constraint exp_strength="0" field="cc_pass" constraints="0" notnull_strength="0" unique_strength="0"/>
    <constraint exp_strength="0" field="cc_fail" constraints="0" notnull_strength="0" unique_strength="0"/>
    <constraint exp_strength="0" field="cc_unknown" constraints="0" notnull_strength="0" unique_strength="0"/>
    <constraint exp_strength="0" field="cc_na" constraints="0" notnull_strength="0" unique_strength="0"/>
    <constraint exp_strength="0" field="cc_complete" constraints="0" notnull_strength="0" unique_strength="0"/>
    <constraint exp_strength="0" field="cc_gaps" constraints="0" notnull_strength="0" unique_strength="0"/>
    <constraint exp_strength="0" field="cc_method" constraints="0" notnull_strength="0" unique_strength="0"/>
    <constraint exp_strength="0" field="item_01" constraints="0" notnull_strength="0" unique_strength="0"/>
    <constraint exp_strength="0" field="item_02" constraints="0" notnull_strength="0" unique_strength="0"/>
    <constraint exp_strength="0" field="item_03" constraints="0" notnull_strength="0" unique_strength="0"/>
    <constraint exp_strength="0" field="item_04" constraints="0" notnull_strength="0" unique_strength="0"/>
    <constraint exp_strength="0" field="item_05" constraints="0" notnull_strength="0" unique_strength="0"/>
    <constraint exp_strength="0" field="item_06" constraints="0" notnull_strength="0" unique_strength="0"/>
    <constraint exp_strength="0" field="item_07" constraints="0" notnull_strength="0" unique_strength="0"/>
    <constraint exp_strength="0" field="item_08" constraints="0" notnull_strength="0" unique_strength="0"/>
    <constraint exp_strength="0" field="item_09" constraints="0" notnull_strength="0" unique_strength="0"/>
    <constraint exp_strength="0" field="item_10" constraints="0" notnull_strength="0" unique_strength="0"/>
    <constraint exp_strength="0" field="item_11" constraints="0" notnull_strength="0" unique_strength="0"/>
    <constraint exp_strength="0" field="item_12" constraints="0" notnull_strength="0" unique_strength="0"/>
    <constraint exp_strength="0" field="item_13" constraints="0" notnull_strength="0" unique_strength="0"/>
    <constraint exp_strength="0" field="item_14" constraints="0" notnull_strength="0" unique_strength="0"/>
    <constraint exp_strength="0" field="item_15" constraints="0" notnull_strength="0" unique_strength="0"/>
    <constraint exp_strength="0" field="item_16" constraints="0" notnull_strength="0" unique_strength="0"/>
    <constraint exp_strength="0" field="item_17" constraints="0" notnull_strength="0" unique_strength="0"/>
    <constraint exp_strength="0" field="item_18" constraints="0" notnull_strength="0" unique_strength="0"/>
    <constraint exp_strength="0" field="item_19" constraints="0" notnull_strength="0" unique_strength="0"/>
    <constraint exp_strength="0" field="item_20" constraints="0" notnull_strength="0" unique_strength="0"/>
  </constraints>
  <constraintExpressions>
    <constraint exp="" field="cc_id" desc=""/>
    <constraint exp="" field="cc_name" desc=""/>
    <constraint exp="" field="cc_status" desc=""/>
    <constraint exp="" field="cc_population" desc=""/>
    <constraint exp="" field="cc_households" desc=""/>
    <constraint exp="" field="cc_band" desc=""/>
    <constraint exp="" field="cc_pass" desc=""/>
    <constraint exp="" field="cc_fail" desc=""/>
    <constraint exp="" field="cc_unknown" desc=""/>
    <constraint exp="" field="cc_na" desc=""/>
    <constraint exp="" field="cc_complete" desc=""/>
    <constraint exp="" field="cc_gaps" desc=""/>
    <constraint exp="" field="cc_method" desc=""/>
    <constraint exp="" field="item_01" desc=""/>
    <constraint exp="" field="item_02" desc=""/>
    <constraint exp="" field="item_03" desc=""/>
    <constraint exp="" field="item_04" desc=""/>
    <constraint exp="" field="item_05" desc=""/>
    <constraint exp="" field="item_06" desc=""/>
    <constraint exp="" field="item_07" desc=""/>
    <constraint exp="" field="item_08" desc=""/>
    <constraint exp="" field="item_09" desc=""/>
    <constraint exp="" field="item_10" desc=""/>
    <constraint exp="" field="item_11" desc=""/>
    <constraint exp="" field="item_12" desc=""/>
    <constraint exp="" field="item_13" desc=""/>
    <constraint exp="" field="item_14" desc=""/>
    <constraint exp="" field="item_15" desc=""/>
    <constraint exp="" field="item_16" desc=""/>
    <constraint exp="" field="item_17" desc=""/>
    <constraint exp="" field="item_18" desc=""/>
    <constraint exp="" field="item_19" desc=""/>
    <constraint exp="" field="item_20" desc=""/>
  </constraintExpressions>
  <expressionfields/>
  <attributeactions/>
  <attributetableconfig actionWidgetStyle="dropDown" sortOrder="0" sortExpression="">
    <columns/>
  </attributetableconfig>
  <conditionalstyles>
    <rowstyles/>
    <fieldstyles/>
  </conditionalstyles>
  <storedexpressions/>
  <editform tolerant="1"></editform>
  <editforminit/>
  <editforminitcodesource>0</editforminitcodesource>
  <editforminitfilepath></editforminitfilepath>
  <editforminitcode><![CDATA[]]></editforminitcode>
  <featformsuppress>0</featformsuppress>
  <editorlayout>generatedlayout</editorlayout>
  <editable/>
  <labelOnTop/>
  <reuseLastValue/>
  <dataDefinedFieldProperties/>
  <widgets/>
  <previewExpression></previewExpression>
  <mapTip></mapTip>
  <layerGeometryType>2</layerGeometryType>
</qgis>
