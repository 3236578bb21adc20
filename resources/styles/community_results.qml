<!DOCTYPE qgis PUBLIC 'http://mrcc.com/qgis.dtd' 'SYSTEM'>
<qgis version="3.22.16-Białowieża" styleCategories="AllStyleCategories" minScale="100000000" readOnly="0" simplifyMaxScale="1" simplifyDrawingTol="1" simplifyLocal="1" maxScale="0" labelsEnabled="1" simplifyDrawingHints="1" hasScaleBasedVisibilityFlag="0" simplifyAlgorithm="0" symbologyReferenceScale="-1">
  <flags>
    <Identifiable>1</Identifiable>
    <Removable>1</Removable>
    <Searchable>1</Searchable>
    <Private>0</Private>
  </flags>
  <temporal startExpression="" durationField="" fixedDuration="0" enabled="0" endExpression="" durationUnit="min" mode="0" startField="" endField="" limitMode="0" accumulate="0">
    <fixedRange>
      <start></start>
      <end></end>
    </fixedRange>
  </temporal>
  <renderer-v2 symbollevels="0" type="RuleRenderer" enableorderby="0" referencescale="-1" forceraster="0">
    <rules key="{f32bca7b-b12f-4c84-86a3-217ffe0c477b}">
      <rule label="完整社区 Complete" symbol="0" filter="&quot;cc_complete&quot; = 1" key="{a1bd89cd-a2be-4e03-99b2-08c1874e4c77}"/>
      <rule label="无短板、待核实 No gap, data to verify" symbol="1" filter="&quot;cc_fail&quot; = 0 AND &quot;cc_complete&quot; = 0" key="{163f3033-468c-47dc-b1b6-9f13deea2ebc}"/>
      <rule label="1–2 项短板 1–2 gaps" symbol="2" filter="&quot;cc_fail&quot; >= 1 AND &quot;cc_fail&quot; &lt;= 2" key="{d76468d7-4b9a-4131-908d-9b64630a2624}"/>
      <rule label="3–5 项短板 3–5 gaps" symbol="3" filter="&quot;cc_fail&quot; >= 3 AND &quot;cc_fail&quot; &lt;= 5" key="{2f09edb7-b883-4810-b147-edeb5c6d3b00}"/>
      <rule label="6 项以上短板 6+ gaps" symbol="4" filter="&quot;cc_fail&quot; >= 6" key="{a43b7ff7-dc7a-4a3b-a68a-8b180cbde1b2}"/>
    </rules>
    <symbols>
      <symbol alpha="1" force_rhr="0" type="fill" name="0" clip_to_extent="1">
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
          <prop v="3x:0,0,0,0,0,0" k="border_width_map_unit_scale"/>
          <prop v="26,152,80,255" k="color"/>
          <prop v="bevel" k="joinstyle"/>
          <prop v="0,0" k="offset"/>
          <prop v="3x:0,0,0,0,0,0" k="offset_map_unit_scale"/>
          <prop v="MM" k="offset_unit"/>
          <prop v="77,77,77,255" k="outline_color"/>
          <prop v="solid" k="outline_style"/>
          <prop v="0.4" k="outline_width"/>
          <prop v="MM" k="outline_width_unit"/>
          <prop v="solid" k="style"/>
          <data_defined_properties>
            <Option type="Map">
              <Option type="QString" value="" name="name"/>
              <Option name="properties"/>
              <Option type="QString" value="collection" name="type"/>
            </Option>
          </data_defined_properties>
        </layer>
      </symbol>
      <symbol alpha="1" force_rhr="0" type="fill" name="1" clip_to_extent="1">
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
          <prop v="3x:0,0,0,0,0,0" k="border_width_map_unit_scale"/>
          <prop v="189,189,189,255" k="color"/>
          <prop v="bevel" k="joinstyle"/>
          <prop v="0,0" k="offset"/>
          <prop v="3x:0,0,0,0,0,0" k="offset_map_unit_scale"/>
          <prop v="MM" k="offset_unit"/>
          <prop v="77,77,77,255" k="outline_color"/>
          <prop v="solid" k="outline_style"/>
          <prop v="0.4" k="outline_width"/>
          <prop v="MM" k="outline_width_unit"/>
          <prop v="solid" k="style"/>
          <data_defined_properties>
            <Option type="Map">
              <Option type="QString" value="" name="name"/>
              <Option name="properties"/>
              <Option type="QString" value="collection" name="type"/>
            </Option>
          </data_defined_properties>
        </layer>
      </symbol>
      <symbol alpha="1" force_rhr="0" type="fill" name="2" clip_to_extent="1">
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
          <prop v="3x:0,0,0,0,0,0" k="border_width_map_unit_scale"/>
          <prop v="254,224,139,255" k="color"/>
          <prop v="bevel" k="joinstyle"/>
          <prop v="0,0" k="offset"/>
          <prop v="3x:0,0,0,0,0,0" k="offset_map_unit_scale"/>
          <prop v="MM" k="offset_unit"/>
          <prop v="77,77,77,255" k="outline_color"/>
          <prop v="solid" k="outline_style"/>
          <prop v="0.4" k="outline_width"/>
          <prop v="MM" k="outline_width_unit"/>
          <prop v="solid" k="style"/>
          <data_defined_properties>
            <Option type="Map">
              <Option type="QString" value="" name="name"/>
              <Option name="properties"/>
              <Option type="QString" value="collection" name="type"/>
            </Option>
          </data_defined_properties>
        </layer>
      </symbol>
      <symbol alpha="1" force_rhr="0" type="fill" name="3" clip_to_extent="1">
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
          <prop v="3x:0,0,0,0,0,0" k="border_width_map_unit_scale"/>
          <prop v="252,141,89,255" k="color"/>
          <prop v="bevel" k="joinstyle"/>
          <prop v="0,0" k="offset"/>
          <prop v="3x:0,0,0,0,0,0" k="offset_map_unit_scale"/>
          <prop v="MM" k="offset_unit"/>
          <prop v="77,77,77,255" k="outline_color"/>
          <prop v="solid" k="outline_style"/>
          <prop v="0.4" k="outline_width"/>
          <prop v="MM" k="outline_width_unit"/>
          <prop v="solid" k="style"/>
          <data_defined_properties>
            <Option type="Map">
              <Option type="QString" value="" name="name"/>
              <Option name="properties"/>
              <Option type="QString" value="collection" name="type"/>
            </Option>
          </data_defined_properties>
        </layer>
      </symbol>
      <symbol alpha="1" force_rhr="0" type="fill" name="4" clip_to_extent="1">
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
          <prop v="3x:0,0,0,0,0,0" k="border_width_map_unit_scale"/>
          <prop v="215,48,39,255" k="color"/>
          <prop v="bevel" k="joinstyle"/>
          <prop v="0,0" k="offset"/>
          <prop v="3x:0,0,0,0,0,0" k="offset_map_unit_scale"/>
          <prop v="MM" k="offset_unit"/>
          <prop v="77,77,77,255" k="outline_color"/>
          <prop v="solid" k="outline_style"/>
          <prop v="0.4" k="outline_width"/>
          <prop v="MM" k="outline_width_unit"/>
          <prop v="solid" k="style"/>
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
      <text-style fontLetterSpacing="0" textOrientation="horizontal" allowHtml="0" fontSizeUnit="Point" fontWeight="50" namedStyle="" textColor="0,0,0,255" fontUnderline="0" fontWordSpacing="0" blendMode="0" fieldName="coalesce(&quot;cc_name&quot;, &quot;cc_id&quot;) || '\n' || CASE WHEN &quot;cc_complete&quot; = 1 THEN '完整' ELSE '短板 ' || &quot;cc_fail&quot; END" fontStrikeout="0" fontItalic="0" multilineHeight="1" useSubstitutions="0" capitalization="0" previewBkgrdColor="255,255,255,255" textOpacity="1" fontFamily="Noto Sans CJK SC" fontSize="9" legendString="Aa" fontKerning="1" fontSizeMapUnitScale="3x:0,0,0,0,0,0" isExpression="1">
        <families/>
        <text-buffer bufferDraw="0" bufferSize="1" bufferJoinStyle="128" bufferBlendMode="0" bufferNoFill="1" bufferOpacity="1" bufferSizeMapUnitScale="3x:0,0,0,0,0,0" bufferColor="255,255,255,255" bufferSizeUnits="MM"/>
        <text-mask maskSizeUnits="MM" maskEnabled="0" maskSize="1.5" maskedSymbolLayers="" maskJoinStyle="128" maskType="0" maskSizeMapUnitScale="3x:0,0,0,0,0,0" maskOpacity="1"/>
        <background shapeBorderColor="128,128,128,255" shapeBorderWidth="0" shapeOpacity="1" shapeBorderWidthMapUnitScale="3x:0,0,0,0,0,0" shapeBorderWidthUnit="MM" shapeJoinStyle="64" shapeRadiiY="0" shapeType="0" shapeSizeY="0" shapeFillColor="255,255,255,255" shapeBlendMode="0" shapeRadiiMapUnitScale="3x:0,0,0,0,0,0" shapeOffsetUnit="MM" shapeRadiiUnit="MM" shapeOffsetX="0" shapeSizeX="0" shapeSVGFile="" shapeRotation="0" shapeRadiiX="0" shapeSizeUnit="MM" shapeOffsetMapUnitScale="3x:0,0,0,0,0,0" shapeDraw="0" shapeRotationType="0" shapeSizeMapUnitScale="3x:0,0,0,0,0,0" shapeOffsetY="0" shapeSizeType="0">
          <symbol alpha="1" force_rhr="0" type="fill" name="fillSymbol" clip_to_extent="1">
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
              <prop v="3x:0,0,0,0,0,0" k="border_width_map_unit_scale"/>
              <prop v="255,255,255,255" k="color"/>
              <prop v="bevel" k="joinstyle"/>
              <prop v="0,0" k="offset"/>
              <prop v="3x:0,0,0,0,0,0" k="offset_map_unit_scale"/>
              <prop v="MM" k="offset_unit"/>
              <prop v="128,128,128,255" k="outline_color"/>
              <prop v="no" k="outline_style"/>
              <prop v="0" k="outline_width"/>
              <prop v="MM" k="outline_width_unit"/>
              <prop v="solid" k="style"/>
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
        <shadow shadowOffsetGlobal="1" shadowOffsetAngle="135" shadowRadiusMapUnitScale="3x:0,0,0,0,0,0" shadowColor="0,0,0,255" shadowOpacity="0.69999999999999996" shadowOffsetDist="1" shadowRadiusAlphaOnly="0" shadowUnder="0" shadowDraw="0" shadowOffsetMapUnitScale="3x:0,0,0,0,0,0" shadowRadius="1.5" shadowRadiusUnit="MM" shadowBlendMode="6" shadowOffsetUnit="MM" shadowScale="100"/>
        <dd_properties>
          <Option type="Map">
            <Option type="QString" value="" name="name"/>
            <Option name="properties"/>
            <Option type="QString" value="collection" name="type"/>
          </Option>
        </dd_properties>
        <substitutions/>
      </text-style>
      <text-format placeDirectionSymbol="0" useMaxLineLengthForAutoWrap="1" leftDirectionSymbol="&lt;" decimals="3" multilineAlign="3" reverseDirectionSymbol="0" wrapChar="" addDirectionSymbol="0" rightDirectionSymbol=">" plussign="0" autoWrapLength="0" formatNumbers="0"/>
      <placement centroidWhole="0" overrunDistance="0" rotationAngle="0" lineAnchorClipping="0" overrunDistanceMapUnitScale="3x:0,0,0,0,0,0" maxCurvedCharAngleOut="-25" repeatDistanceUnits="MM" layerType="UnknownGeometry" maxCurvedCharAngleIn="25" placementFlags="10" geometryGenerator="" predefinedPositionOrder="TR,TL,BR,BL,R,L,TSR,BSR" polygonPlacementFlags="2" offsetType="0" rotationUnit="AngleDegrees" priority="5" overrunDistanceUnit="MM" fitInPolygonOnly="0" distMapUnitScale="3x:0,0,0,0,0,0" dist="0" preserveRotation="1" geometryGeneratorType="PointGeometry" placement="0" geometryGeneratorEnabled="0" xOffset="0" centroidInside="0" yOffset="0" lineAnchorPercent="0.5" distUnits="MM" offsetUnits="MM" labelOffsetMapUnitScale="3x:0,0,0,0,0,0" quadOffset="4" repeatDistanceMapUnitScale="3x:0,0,0,0,0,0" repeatDistance="0" lineAnchorType="0"/>
      <rendering labelPerPart="0" unplacedVisibility="0" displayAll="0" maxNumLabels="2000" obstacle="1" mergeLines="0" zIndex="0" scaleMin="0" minFeatureSize="0" scaleMax="0" fontMinPixelSize="0" scaleVisibility="0" obstacleType="1" obstacleFactor="1" fontLimitPixelSize="0" drawLabels="1" fontMaxPixelSize="10000" limitNumLabels="0" upsidedownLabels="0"/>
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
          <Option type="QString" value="&lt;symbol alpha=&quot;1&quot; force_rhr=&quot;0&quot; type=&quot;line&quot; name=&quot;symbol&quot; clip_to_extent=&quot;1&quot;>&lt;data_defined_properties>&lt;Option type=&quot;Map&quot;>&lt;Option type=&quot;QString&quot; value=&quot;&quot; name=&quot;name&quot;/>&lt;Option name=&quot;properties&quot;/>&lt;Option type=&quot;QString&quot; value=&quot;collection&quot; name=&quot;type&quot;/>&lt;/Option>&lt;/data_defined_properties>&lt;layer enabled=&quot;1&quot; class=&quot;SimpleLine&quot; locked=&quot;0&quot; pass=&quot;0&quot;>&lt;Option type=&quot;Map&quot;>&lt;Option type=&quot;QString&quot; value=&quot;0&quot; name=&quot;align_dash_pattern&quot;/>&lt;Option type=&quot;QString&quot; value=&quot;square&quot; name=&quot;capstyle&quot;/>&lt;Option type=&quot;QString&quot; value=&quot;5;2&quot; name=&quot;customdash&quot;/>&lt;Option type=&quot;QString&quot; value=&quot;3x:0,0,0,0,0,0&quot; name=&quot;customdash_map_unit_scale&quot;/>&lt;Option type=&quot;QString&quot; value=&quot;MM&quot; name=&quot;customdash_unit&quot;/>&lt;Option type=&quot;QString&quot; value=&quot;0&quot; name=&quot;dash_pattern_offset&quot;/>&lt;Option type=&quot;QString&quot; value=&quot;3x:0,0,0,0,0,0&quot; name=&quot;dash_pattern_offset_map_unit_scale&quot;/>&lt;Option type=&quot;QString&quot; value=&quot;MM&quot; name=&quot;dash_pattern_offset_unit&quot;/>&lt;Option type=&quot;QString&quot; value=&quot;0&quot; name=&quot;draw_inside_polygon&quot;/>&lt;Option type=&quot;QString&quot; value=&quot;bevel&quot; name=&quot;joinstyle&quot;/>&lt;Option type=&quot;QString&quot; value=&quot;60,60,60,255&quot; name=&quot;line_color&quot;/>&lt;Option type=&quot;QString&quot; value=&quot;solid&quot; name=&quot;line_style&quot;/>&lt;Option type=&quot;QString&quot; value=&quot;0.3&quot; name=&quot;line_width&quot;/>&lt;Option type=&quot;QString&quot; value=&quot;MM&quot; name=&quot;line_width_unit&quot;/>&lt;Option type=&quot;QString&quot; value=&quot;0&quot; name=&quot;offset&quot;/>&lt;Option type=&quot;QString&quot; value=&quot;3x:0,0,0,0,0,0&quot; name=&quot;offset_map_unit_scale&quot;/>&lt;Option type=&quot;QString&quot; value=&quot;MM&quot; name=&quot;offset_unit&quot;/>&lt;Option type=&quot;QString&quot; value=&quot;0&quot; name=&quot;ring_filter&quot;/>&lt;Option type=&quot;QString&quot; value=&quot;0&quot; name=&quot;trim_distance_end&quot;/>&lt;Option type=&quot;QString&quot; value=&quot;3x:0,0,0,0,0,0&quot; name=&quot;trim_distance_end_map_unit_scale&quot;/>&lt;Option type=&quot;QString&quot; value=&quot;MM&quot; name=&quot;trim_distance_end_unit&quot;/>&lt;Option type=&quot;QString&quot; value=&quot;0&quot; name=&quot;trim_distance_start&quot;/>&lt;Option type=&quot;QString&quot; value=&quot;3x:0,0,0,0,0,0&quot; name=&quot;trim_distance_start_map_unit_scale&quot;/>&lt;Option type=&quot;QString&quot; value=&quot;MM&quot; name=&quot;trim_distance_start_unit&quot;/>&lt;Option type=&quot;QString&quot; value=&quot;0&quot; name=&quot;tweak_dash_pattern_on_corners&quot;/>&lt;Option type=&quot;QString&quot; value=&quot;0&quot; name=&quot;use_custom_dash&quot;/>&lt;Option type=&quot;QString&quot; value=&quot;3x:0,0,0,0,0,0&quot; name=&quot;width_map_unit_scale&quot;/>&lt;/Option>&lt;prop v=&quot;0&quot; k=&quot;align_dash_pattern&quot;/>&lt;prop v=&quot;square&quot; k=&quot;capstyle&quot;/>&lt;prop v=&quot;5;2&quot; k=&quot;customdash&quot;/>&lt;prop v=&quot;3x:0,0,0,0,0,0&quot; k=&quot;customdash_map_unit_scale&quot;/>&lt;prop v=&quot;MM&quot; k=&quot;customdash_unit&quot;/>&lt;prop v=&quot;0&quot; k=&quot;dash_pattern_offset&quot;/>&lt;prop v=&quot;3x:0,0,0,0,0,0&quot; k=&quot;dash_pattern_offset_map_unit_scale&quot;/>&lt;prop v=&quot;MM&quot; k=&quot;dash_pattern_offset_unit&quot;/>&lt;prop v=&quot;0&quot; k=&quot;draw_inside_polygon&quot;/>&lt;prop v=&quot;bevel&quot; k=&quot;joinstyle&quot;/>&lt;prop v=&quot;60,60,60,255&quot; k=&quot;line_color&quot;/>&lt;prop v=&quot;solid&quot; k=&quot;line_style&quot;/>&lt;prop v=&quot;0.3&quot; k=&quot;line_width&quot;/>&lt;prop v=&quot;MM&quot; k=&quot;line_width_unit&quot;/>&lt;prop v=&quot;0&quot; k=&quot;offset&quot;/>&lt;prop v=&quot;3x:0,0,0,0,0,0&quot; k=&quot;offset_map_unit_scale&quot;/>&lt;prop v=&quot;MM&quot; k=&quot;offset_unit&quot;/>&lt;prop v=&quot;0&quot; k=&quot;ring_filter&quot;/>&lt;prop v=&quot;0&quot; k=&quot;trim_distance_end&quot;/>&lt;prop v=&quot;3x:0,0,0,0,0,0&quot; k=&quot;trim_distance_end_map_unit_scale&quot;/>&lt;prop v=&quot;MM&quot; k=&quot;trim_distance_end_unit&quot;/>&lt;prop v=&quot;0&quot; k=&quot;trim_distance_start&quot;/>&lt;prop v=&quot;3x:0,0,0,0,0,0&quot; k=&quot;trim_distance_start_map_unit_scale&quot;/>&lt;prop v=&quot;MM&quot; k=&quot;trim_distance_start_unit&quot;/>&lt;prop v=&quot;0&quot; k=&quot;tweak_dash_pattern_on_corners&quot;/>&lt;prop v=&quot;0&quot; k=&quot;use_custom_dash&quot;/>&lt;prop v=&quot;3x:0,0,0,0,0,0&quot; k=&quot;width_map_unit_scale&quot;/>&lt;data_defined_properties>&lt;Option type=&quot;Map&quot;>&lt;Option type=&quot;QString&quot; value=&quot;&quot; name=&quot;name&quot;/>&lt;Option name=&quot;properties&quot;/>&lt;Option type=&quot;QString&quot; value=&quot;collection&quot; name=&quot;type&quot;/>&lt;/Option>&lt;/data_defined_properties>&lt;/layer>&lt;/symbol>" name="lineSymbol"/>
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
  <legend showLabelLegend="0" type="default-vector"/>
  <referencedLayers/>
  <fieldConfiguration>
    <field configurationFlags="None" name="cc_id">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="None" name="cc_name">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="None" name="cc_status">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="None" name="cc_status_from">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="None" name="cc_population">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="None" name="cc_households">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="None" name="cc_band">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="None" name="cc_pass">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="None" name="cc_fail">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="None" name="cc_unknown">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="None" name="cc_na">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="None" name="cc_complete">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="None" name="cc_gaps">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="None" name="cc_method">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="None" name="item_01">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="None" name="item_02">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="None" name="item_03">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="None" name="item_04">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="None" name="item_05">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="None" name="item_06">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="None" name="item_07">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="None" name="item_08">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="None" name="item_09">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="None" name="item_10">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="None" name="item_11">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="None" name="item_12">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="None" name="item_13">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="None" name="item_14">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="None" name="item_15">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="None" name="item_16">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="None" name="item_17">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="None" name="item_18">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="None" name="item_19">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="None" name="item_20">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
  </fieldConfiguration>
  <aliases>
    <alias field="cc_id" index="0" name="社区编号"/>
    <alias field="cc_name" index="1" name="社区名称"/>
    <alias field="cc_status" index="2" name="新建/既有"/>
    <alias field="cc_status_from" index="3" name="新建/既有依据"/>
    <alias field="cc_population" index="4" name="人口"/>
    <alias field="cc_households" index="5" name="户数"/>
    <alias field="cc_band" index="6" name="人口规模"/>
    <alias field="cc_pass" index="7" name="达标项数"/>
    <alias field="cc_fail" index="8" name="短板项数"/>
    <alias field="cc_unknown" index="9" name="待核实项数"/>
    <alias field="cc_na" index="10" name="不适用项数"/>
    <alias field="cc_complete" index="11" name="是否完整社区"/>
    <alias field="cc_gaps" index="12" name="短板项目"/>
    <alias field="cc_method" index="13" name="距离算法"/>
    <alias field="item_01" index="14" name="01 一个社区综合服务站"/>
    <alias field="item_02" index="15" name="02 一个幼儿园"/>
    <alias field="item_03" index="16" name="03 一个托儿所"/>
    <alias field="item_04" index="17" name="04 一个老年服务站"/>
    <alias field="item_05" index="18" name="05 一个社区卫生服务站"/>
    <alias field="item_06" index="19" name="06 一个综合超市"/>
    <alias field="item_07" index="20" name="07 多个邮件和快件寄递服务设施"/>
    <alias field="item_08" index="21" name="08 其他便民商业网点"/>
    <alias field="item_09" index="22" name="09 水、电、路、气、热、信等设施"/>
    <alias field="item_10" index="23" name="10 停车及充电设施"/>
    <alias field="item_11" index="24" name="11 慢行系统"/>
    <alias field="item_12" index="25" name="12 无障碍设施"/>
    <alias field="item_13" index="26" name="13 环境卫生设施"/>
    <alias field="item_14" index="27" name="14 公共活动场地"/>
    <alias field="item_15" index="28" name="15 公共绿地"/>
    <alias field="item_16" index="29" name="16 物业服务"/>
    <alias field="item_17" index="30" name="17 物业管理服务平台"/>
    <alias field="item_18" index="31" name="18 管理机制"/>
    <alias field="item_19" index="32" name="19 综合管理服务"/>
    <alias field="item_20" index="33" name="20 社区文化"/>
  </aliases>
  <defaults>
    <default expression="" applyOnUpdate="0" field="cc_id"/>
    <default expression="" applyOnUpdate="0" field="cc_name"/>
    <default expression="" applyOnUpdate="0" field="cc_status"/>
    <default expression="" applyOnUpdate="0" field="cc_status_from"/>
    <default expression="" applyOnUpdate="0" field="cc_population"/>
    <default expression="" applyOnUpdate="0" field="cc_households"/>
    <default expression="" applyOnUpdate="0" field="cc_band"/>
    <default expression="" applyOnUpdate="0" field="cc_pass"/>
    <default expression="" applyOnUpdate="0" field="cc_fail"/>
    <default expression="" applyOnUpdate="0" field="cc_unknown"/>
    <default expression="" applyOnUpdate="0" field="cc_na"/>
    <default expression="" applyOnUpdate="0" field="cc_complete"/>
    <default expression="" applyOnUpdate="0" field="cc_gaps"/>
    <default expression="" applyOnUpdate="0" field="cc_method"/>
    <default expression="" applyOnUpdate="0" field="item_01"/>
    <default expression="" applyOnUpdate="0" field="item_02"/>
    <default expression="" applyOnUpdate="0" field="item_03"/>
    <default expression="" applyOnUpdate="0" field="item_04"/>
    <default expression="" applyOnUpdate="0" field="item_05"/>
    <default expression="" applyOnUpdate="0" field="item_06"/>
    <default expression="" applyOnUpdate="0" field="item_07"/>
    <default expression="" applyOnUpdate="0" field="item_08"/>
    <default expression="" applyOnUpdate="0" field="item_09"/>
    <default expression="" applyOnUpdate="0" field="item_10"/>
    <default expression="" applyOnUpdate="0" field="item_11"/>
    <default expression="" applyOnUpdate="0" field="item_12"/>
    <default expression="" applyOnUpdate="0" field="item_13"/>
    <default expression="" applyOnUpdate="0" field="item_14"/>
    <default expression="" applyOnUpdate="0" field="item_15"/>
    <default expression="" applyOnUpdate="0" field="item_16"/>
    <default expression="" applyOnUpdate="0" field="item_17"/>
    <default expression="" applyOnUpdate="0" field="item_18"/>
    <default expression="" applyOnUpdate="0" field="item_19"/>
    <default expression="" applyOnUpdate="0" field="item_20"/>
  </defaults>
  <constraints>
    <constraint unique_strength="0" notnull_strength="0" exp_strength="0" field="cc_id" constraints="0"/>
    <constraint unique_strength="0" notnull_strength="0" exp_strength="0" field="cc_name" constraints="0"/>
    <constraint unique_strength="0" notnull_strength="0" exp_strength="0" field="cc_status" constraints="0"/>
    <constraint unique_strength="0" notnull_strength="0" exp_strength="0" field="cc_status_from" constraints="0"/>
    <constraint unique_strength="0" notnull_strength="0" exp_strength="0" field="cc_population" constraints="0"/>
    <constraint unique_strength="0" notnull_strength="0" exp_strength="0" field="cc_households" constraints="0"/>
    <constraint unique_strength="0" notnull_strength="0" exp_strength="0" field="cc_band" constraints="0"/>
    <constraint unique_strength="0" notnull_strength="0" exp_strength="0" field="cc_pass" constraints="0"/>
    <constraint unique_strength="0" notnull_strength="0" exp_strength="0" field="cc_fail" constraints="0"/>
    <constraint unique_strength="0" notnull_strength="0" exp_strength="0" field="cc_unknown" constraints="0"/>
    <constraint unique_strength="0" notnull_strength="0" exp_strength="0" field="cc_na" constraints="0"/>
    <constraint unique_strength="0" notnull_strength="0" exp_strength="0" field="cc_complete" constraints="0"/>
    <constraint unique_strength="0" notnull_strength="0" exp_strength="0" field="cc_gaps" constraints="0"/>
    <constraint unique_strength="0" notnull_strength="0" exp_strength="0" field="cc_method" constraints="0"/>
    <constraint unique_strength="0" notnull_strength="0" exp_strength="0" field="item_01" constraints="0"/>
    <constraint unique_strength="0" notnull_strength="0" exp_strength="0" field="item_02" constraints="0"/>
    <constraint unique_strength="0" notnull_strength="0" exp_strength="0" field="item_03" constraints="0"/>
    <constraint unique_strength="0" notnull_strength="0" exp_strength="0" field="item_04" constraints="0"/>
    <constraint unique_strength="0" notnull_strength="0" exp_strength="0" field="item_05" constraints="0"/>
    <constraint unique_strength="0" notnull_strength="0" exp_strength="0" field="item_06" constraints="0"/>
    <constraint unique_strength="0" notnull_strength="0" exp_strength="0" field="item_07" constraints="0"/>
    <constraint unique_strength="0" notnull_strength="0" exp_strength="0" field="item_08" constraints="0"/>
    <constraint unique_strength="0" notnull_strength="0" exp_strength="0" field="item_09" constraints="0"/>
    <constraint unique_strength="0" notnull_strength="0" exp_strength="0" field="item_10" constraints="0"/>
    <constraint unique_strength="0" notnull_strength="0" exp_strength="0" field="item_11" constraints="0"/>
    <constraint unique_strength="0" notnull_strength="0" exp_strength="0" field="item_12" constraints="0"/>
    <constraint unique_strength="0" notnull_strength="0" exp_strength="0" field="item_13" constraints="0"/>
    <constraint unique_strength="0" notnull_strength="0" exp_strength="0" field="item_14" constraints="0"/>
    <constraint unique_strength="0" notnull_strength="0" exp_strength="0" field="item_15" constraints="0"/>
    <constraint unique_strength="0" notnull_strength="0" exp_strength="0" field="item_16" constraints="0"/>
    <constraint unique_strength="0" notnull_strength="0" exp_strength="0" field="item_17" constraints="0"/>
    <constraint unique_strength="0" notnull_strength="0" exp_strength="0" field="item_18" constraints="0"/>
    <constraint unique_strength="0" notnull_strength="0" exp_strength="0" field="item_19" constraints="0"/>
    <constraint unique_strength="0" notnull_strength="0" exp_strength="0" field="item_20" constraints="0"/>
  </constraints>
  <constraintExpressions>
    <constraint exp="" field="cc_id" desc=""/>
    <constraint exp="" field="cc_name" desc=""/>
    <constraint exp="" field="cc_status" desc=""/>
    <constraint exp="" field="cc_status_from" desc=""/>
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
