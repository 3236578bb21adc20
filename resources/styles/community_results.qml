<!DOCTYPE qgis PUBLIC 'http://mrcc.com/qgis.dtd' 'SYSTEM'>
<qgis simplifyDrawingHints="1" readOnly="0" simplifyDrawingTol="1" version="3.22.16-Białowieża" simplifyAlgorithm="0" styleCategories="AllStyleCategories" simplifyMaxScale="1" simplifyLocal="1" maxScale="0" hasScaleBasedVisibilityFlag="0" minScale="100000000" labelsEnabled="1" symbologyReferenceScale="-1">
  <flags>
    <Identifiable>1</Identifiable>
    <Removable>1</Removable>
    <Searchable>1</Searchable>
    <Private>0</Private>
  </flags>
  <temporal startField="" endExpression="" enabled="0" durationUnit="min" endField="" mode="0" startExpression="" durationField="" accumulate="0" limitMode="0" fixedDuration="0">
    <fixedRange>
      <start></start>
      <end></end>
    </fixedRange>
  </temporal>
  <renderer-v2 symbollevels="0" type="RuleRenderer" forceraster="0" referencescale="-1" enableorderby="0">
    <rules key="{5d08f3b8-75df-4209-b44e-c2933bf7df5e}">
      <rule filter="&quot;cc_complete&quot; = 1" symbol="0" label="完整社区 Complete" key="{fcf46bf8-a627-4e12-b575-7482f577badd}"/>
      <rule filter="&quot;cc_fail&quot; = 0 AND &quot;cc_complete&quot; = 0" symbol="1" label="无短板、待核实 No gap, data to verify" key="{4ca93ebb-8d93-4322-9fdc-c427e98d85b5}"/>
      <rule filter="&quot;cc_fail&quot; >= 1 AND &quot;cc_fail&quot; &lt;= 2" symbol="2" label="1–2 项短板 1–2 gaps" key="{6cc1b86a-b125-4712-8cfc-b66d64614886}"/>
      <rule filter="&quot;cc_fail&quot; >= 3 AND &quot;cc_fail&quot; &lt;= 5" symbol="3" label="3–5 项短板 3–5 gaps" key="{b7e39279-ea1d-4cc0-8696-f2b7d86987ab}"/>
      <rule filter="&quot;cc_fail&quot; >= 6" symbol="4" label="6 项以上短板 6+ gaps" key="{f12a3829-7c91-4b52-844c-02be14fe361f}"/>
    </rules>
    <symbols>
      <symbol name="0" clip_to_extent="1" alpha="1" force_rhr="0" type="fill">
        <data_defined_properties>
          <Option type="Map">
            <Option name="name" value="" type="QString"/>
            <Option name="properties"/>
            <Option name="type" value="collection" type="QString"/>
          </Option>
        </data_defined_properties>
        <layer class="SimpleFill" enabled="1" locked="0" pass="0">
          <Option type="Map">
            <Option name="border_width_map_unit_scale" value="3x:0,0,0,0,0,0" type="QString"/>
            <Option name="color" value="26,152,80,255" type="QString"/>
            <Option name="joinstyle" value="bevel" type="QString"/>
            <Option name="offset" value="0,0" type="QString"/>
            <Option name="offset_map_unit_scale" value="3x:0,0,0,0,0,0" type="QString"/>
            <Option name="offset_unit" value="MM" type="QString"/>
            <Option name="outline_color" value="77,77,77,255" type="QString"/>
            <Option name="outline_style" value="solid" type="QString"/>
            <Option name="outline_width" value="0.4" type="QString"/>
            <Option name="outline_width_unit" value="MM" type="QString"/>
            <Option name="style" value="solid" type="QString"/>
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
              <Option name="name" value="" type="QString"/>
              <Option name="properties"/>
              <Option name="type" value="collection" type="QString"/>
            </Option>
          </data_defined_properties>
        </layer>
      </symbol>
      <symbol name="1" clip_to_extent="1" alpha="1" force_rhr="0" type="fill">
        <data_defined_properties>
          <Option type="Map">
            <Option name="name" value="" type="QString"/>
            <Option name="properties"/>
            <Option name="type" value="collection" type="QString"/>
          </Option>
        </data_defined_properties>
        <layer class="SimpleFill" enabled="1" locked="0" pass="0">
          <Option type="Map">
            <Option name="border_width_map_unit_scale" value="3x:0,0,0,0,0,0" type="QString"/>
            <Option name="color" value="189,189,189,255" type="QString"/>
            <Option name="joinstyle" value="bevel" type="QString"/>
            <Option name="offset" value="0,0" type="QString"/>
            <Option name="offset_map_unit_scale" value="3x:0,0,0,0,0,0" type="QString"/>
            <Option name="offset_unit" value="MM" type="QString"/>
            <Option name="outline_color" value="77,77,77,255" type="QString"/>
            <Option name="outline_style" value="solid" type="QString"/>
            <Option name="outline_width" value="0.4" type="QString"/>
            <Option name="outline_width_unit" value="MM" type="QString"/>
            <Option name="style" value="solid" type="QString"/>
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
              <Option name="name" value="" type="QString"/>
              <Option name="properties"/>
              <Option name="type" value="collection" type="QString"/>
            </Option>
          </data_defined_properties>
        </layer>
      </symbol>
      <symbol name="2" clip_to_extent="1" alpha="1" force_rhr="0" type="fill">
        <data_defined_properties>
          <Option type="Map">
            <Option name="name" value="" type="QString"/>
            <Option name="properties"/>
            <Option name="type" value="collection" type="QString"/>
          </Option>
        </data_defined_properties>
        <layer class="SimpleFill" enabled="1" locked="0" pass="0">
          <Option type="Map">
            <Option name="border_width_map_unit_scale" value="3x:0,0,0,0,0,0" type="QString"/>
            <Option name="color" value="254,224,139,255" type="QString"/>
            <Option name="joinstyle" value="bevel" type="QString"/>
            <Option name="offset" value="0,0" type="QString"/>
            <Option name="offset_map_unit_scale" value="3x:0,0,0,0,0,0" type="QString"/>
            <Option name="offset_unit" value="MM" type="QString"/>
            <Option name="outline_color" value="77,77,77,255" type="QString"/>
            <Option name="outline_style" value="solid" type="QString"/>
            <Option name="outline_width" value="0.4" type="QString"/>
            <Option name="outline_width_unit" value="MM" type="QString"/>
            <Option name="style" value="solid" type="QString"/>
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
              <Option name="name" value="" type="QString"/>
              <Option name="properties"/>
              <Option name="type" value="collection" type="QString"/>
            </Option>
          </data_defined_properties>
        </layer>
      </symbol>
      <symbol name="3" clip_to_extent="1" alpha="1" force_rhr="0" type="fill">
        <data_defined_properties>
          <Option type="Map">
            <Option name="name" value="" type="QString"/>
            <Option name="properties"/>
            <Option name="type" value="collection" type="QString"/>
          </Option>
        </data_defined_properties>
        <layer class="SimpleFill" enabled="1" locked="0" pass="0">
          <Option type="Map">
            <Option name="border_width_map_unit_scale" value="3x:0,0,0,0,0,0" type="QString"/>
            <Option name="color" value="252,141,89,255" type="QString"/>
            <Option name="joinstyle" value="bevel" type="QString"/>
            <Option name="offset" value="0,0" type="QString"/>
            <Option name="offset_map_unit_scale" value="3x:0,0,0,0,0,0" type="QString"/>
            <Option name="offset_unit" value="MM" type="QString"/>
            <Option name="outline_color" value="77,77,77,255" type="QString"/>
            <Option name="outline_style" value="solid" type="QString"/>
            <Option name="outline_width" value="0.4" type="QString"/>
            <Option name="outline_width_unit" value="MM" type="QString"/>
            <Option name="style" value="solid" type="QString"/>
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
              <Option name="name" value="" type="QString"/>
              <Option name="properties"/>
              <Option name="type" value="collection" type="QString"/>
            </Option>
          </data_defined_properties>
        </layer>
      </symbol>
      <symbol name="4" clip_to_extent="1" alpha="1" force_rhr="0" type="fill">
        <data_defined_properties>
          <Option type="Map">
            <Option name="name" value="" type="QString"/>
            <Option name="properties"/>
            <Option name="type" value="collection" type="QString"/>
          </Option>
        </data_defined_properties>
        <layer class="SimpleFill" enabled="1" locked="0" pass="0">
          <Option type="Map">
            <Option name="border_width_map_unit_scale" value="3x:0,0,0,0,0,0" type="QString"/>
            <Option name="color" value="215,48,39,255" type="QString"/>
            <Option name="joinstyle" value="bevel" type="QString"/>
            <Option name="offset" value="0,0" type="QString"/>
            <Option name="offset_map_unit_scale" value="3x:0,0,0,0,0,0" type="QString"/>
            <Option name="offset_unit" value="MM" type="QString"/>
            <Option name="outline_color" value="77,77,77,255" type="QString"/>
            <Option name="outline_style" value="solid" type="QString"/>
            <Option name="outline_width" value="0.4" type="QString"/>
            <Option name="outline_width_unit" value="MM" type="QString"/>
            <Option name="style" value="solid" type="QString"/>
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
              <Option name="name" value="" type="QString"/>
              <Option name="properties"/>
              <Option name="type" value="collection" type="QString"/>
            </Option>
          </data_defined_properties>
        </layer>
      </symbol>
    </symbols>
  </renderer-v2>
  <labeling type="simple">
    <settings calloutType="simple">
      <text-style fontKerning="1" textColor="0,0,0,255" fieldName="coalesce(nullif(&quot;cc_name&quot;, ''), &quot;cc_id&quot;) || '\n' || CASE WHEN &quot;cc_complete&quot; = 1 THEN '完整' ELSE '短板 ' || &quot;cc_fail&quot; || ' · 待核实 ' || &quot;cc_unknown&quot; END || CASE WHEN &quot;cc_unverified&quot; > 0 THEN '\n规模未核实 ' || &quot;cc_unverified&quot; ELSE '' END" fontSize="9" useSubstitutions="0" previewBkgrdColor="255,255,255,255" fontWeight="50" fontStrikeout="0" allowHtml="0" capitalization="0" isExpression="1" multilineHeight="1" fontFamily="Noto Sans CJK SC" fontItalic="0" blendMode="0" legendString="Aa" textOrientation="horizontal" fontUnderline="0" fontSizeUnit="Point" textOpacity="1" namedStyle="" fontLetterSpacing="0" fontSizeMapUnitScale="3x:0,0,0,0,0,0" fontWordSpacing="0">
        <families/>
        <text-buffer bufferNoFill="1" bufferSize="1" bufferSizeMapUnitScale="3x:0,0,0,0,0,0" bufferDraw="0" bufferOpacity="1" bufferSizeUnits="MM" bufferBlendMode="0" bufferJoinStyle="128" bufferColor="255,255,255,255"/>
        <text-mask maskSize="1.5" maskType="0" maskSizeUnits="MM" maskSizeMapUnitScale="3x:0,0,0,0,0,0" maskJoinStyle="128" maskOpacity="1" maskEnabled="0" maskedSymbolLayers=""/>
        <background shapeRotationType="0" shapeOffsetX="0" shapeSVGFile="" shapeDraw="0" shapeSizeY="0" shapeOffsetUnit="MM" shapeJoinStyle="64" shapeSizeMapUnitScale="3x:0,0,0,0,0,0" shapeRadiiX="0" shapeType="0" shapeRadiiUnit="MM" shapeBlendMode="0" shapeOffsetY="0" shapeSizeX="0" shapeBorderWidth="0" shapeBorderWidthMapUnitScale="3x:0,0,0,0,0,0" shapeOffsetMapUnitScale="3x:0,0,0,0,0,0" shapeSizeUnit="MM" shapeOpacity="1" shapeRadiiMapUnitScale="3x:0,0,0,0,0,0" shapeRotation="0" shapeBorderColor="128,128,128,255" shapeRadiiY="0" shapeFillColor="255,255,255,255" shapeSizeType="0" shapeBorderWidthUnit="MM">
          <symbol name="fillSymbol" clip_to_extent="1" alpha="1" force_rhr="0" type="fill">
            <data_defined_properties>
              <Option type="Map">
                <Option name="name" value="" type="QString"/>
                <Option name="properties"/>
                <Option name="type" value="collection" type="QString"/>
              </Option>
            </data_defined_properties>
            <layer class="SimpleFill" enabled="1" locked="0" pass="0">
              <Option type="Map">
                <Option name="border_width_map_unit_scale" value="3x:0,0,0,0,0,0" type="QString"/>
                <Option name="color" value="255,255,255,255" type="QString"/>
                <Option name="joinstyle" value="bevel" type="QString"/>
                <Option name="offset" value="0,0" type="QString"/>
                <Option name="offset_map_unit_scale" value="3x:0,0,0,0,0,0" type="QString"/>
                <Option name="offset_unit" value="MM" type="QString"/>
                <Option name="outline_color" value="128,128,128,255" type="QString"/>
                <Option name="outline_style" value="no" type="QString"/>
                <Option name="outline_width" value="0" type="QString"/>
                <Option name="outline_width_unit" value="MM" type="QString"/>
                <Option name="style" value="solid" type="QString"/>
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
                  <Option name="name" value="" type="QString"/>
                  <Option name="properties"/>
                  <Option name="type" value="collection" type="QString"/>
                </Option>
              </data_defined_properties>
            </layer>
          </symbol>
        </background>
        <shadow shadowOffsetUnit="MM" shadowOffsetGlobal="1" shadowScale="100" shadowRadiusAlphaOnly="0" shadowBlendMode="6" shadowOffsetDist="1" shadowRadius="1.5" shadowColor="0,0,0,255" shadowDraw="0" shadowOffsetMapUnitScale="3x:0,0,0,0,0,0" shadowRadiusUnit="MM" shadowRadiusMapUnitScale="3x:0,0,0,0,0,0" shadowOpacity="0.69999999999999996" shadowUnder="0" shadowOffsetAngle="135"/>
        <dd_properties>
          <Option type="Map">
            <Option name="name" value="" type="QString"/>
            <Option name="properties"/>
            <Option name="type" value="collection" type="QString"/>
          </Option>
        </dd_properties>
        <substitutions/>
      </text-style>
      <text-format wrapChar="" placeDirectionSymbol="0" decimals="3" rightDirectionSymbol=">" reverseDirectionSymbol="0" formatNumbers="0" useMaxLineLengthForAutoWrap="1" addDirectionSymbol="0" leftDirectionSymbol="&lt;" plussign="0" autoWrapLength="0" multilineAlign="3"/>
      <placement fitInPolygonOnly="0" priority="5" overrunDistanceUnit="MM" maxCurvedCharAngleIn="25" placementFlags="10" yOffset="0" xOffset="0" overrunDistanceMapUnitScale="3x:0,0,0,0,0,0" offsetType="0" polygonPlacementFlags="2" layerType="UnknownGeometry" lineAnchorPercent="0.5" quadOffset="4" preserveRotation="1" centroidInside="0" maxCurvedCharAngleOut="-25" lineAnchorType="0" geometryGenerator="" labelOffsetMapUnitScale="3x:0,0,0,0,0,0" repeatDistance="0" geometryGeneratorEnabled="0" placement="0" predefinedPositionOrder="TR,TL,BR,BL,R,L,TSR,BSR" repeatDistanceMapUnitScale="3x:0,0,0,0,0,0" overrunDistance="0" distUnits="MM" rotationUnit="AngleDegrees" distMapUnitScale="3x:0,0,0,0,0,0" geometryGeneratorType="PointGeometry" centroidWhole="0" dist="0" repeatDistanceUnits="MM" lineAnchorClipping="0" offsetUnits="MM" rotationAngle="0"/>
      <rendering drawLabels="1" labelPerPart="0" fontLimitPixelSize="0" minFeatureSize="0" upsidedownLabels="0" obstacleFactor="1" scaleMax="0" displayAll="0" mergeLines="0" zIndex="0" obstacle="1" limitNumLabels="0" unplacedVisibility="0" obstacleType="1" scaleMin="0" scaleVisibility="0" fontMinPixelSize="0" fontMaxPixelSize="10000" maxNumLabels="2000"/>
      <dd_properties>
        <Option type="Map">
          <Option name="name" value="" type="QString"/>
          <Option name="properties"/>
          <Option name="type" value="collection" type="QString"/>
        </Option>
      </dd_properties>
      <callout type="simple">
        <Option type="Map">
          <Option name="anchorPoint" value="pole_of_inaccessibility" type="QString"/>
          <Option name="blendMode" value="0" type="int"/>
          <Option name="ddProperties" type="Map">
            <Option name="name" value="" type="QString"/>
            <Option name="properties"/>
            <Option name="type" value="collection" type="QString"/>
          </Option>
          <Option name="drawToAllParts" value="false" type="bool"/>
          <Option name="enabled" value="0" type="QString"/>
          <Option name="labelAnchorPoint" value="point_on_exterior" type="QString"/>
          <Option name="lineSymbol" value="&lt;symbol name=&quot;symbol&quot; clip_to_extent=&quot;1&quot; alpha=&quot;1&quot; force_rhr=&quot;0&quot; type=&quot;line&quot;>&lt;data_defined_properties>&lt;Option type=&quot;Map&quot;>&lt;Option name=&quot;name&quot; value=&quot;&quot; type=&quot;QString&quot;/>&lt;Option name=&quot;properties&quot;/>&lt;Option name=&quot;type&quot; value=&quot;collection&quot; type=&quot;QString&quot;/>&lt;/Option>&lt;/data_defined_properties>&lt;layer class=&quot;SimpleLine&quot; enabled=&quot;1&quot; locked=&quot;0&quot; pass=&quot;0&quot;>&lt;Option type=&quot;Map&quot;>&lt;Option name=&quot;align_dash_pattern&quot; value=&quot;0&quot; type=&quot;QString&quot;/>&lt;Option name=&quot;capstyle&quot; value=&quot;square&quot; type=&quot;QString&quot;/>&lt;Option name=&quot;customdash&quot; value=&quot;5;2&quot; type=&quot;QString&quot;/>&lt;Option name=&quot;customdash_map_unit_scale&quot; value=&quot;3x:0,0,0,0,0,0&quot; type=&quot;QString&quot;/>&lt;Option name=&quot;customdash_unit&quot; value=&quot;MM&quot; type=&quot;QString&quot;/>&lt;Option name=&quot;dash_pattern_offset&quot; value=&quot;0&quot; type=&quot;QString&quot;/>&lt;Option name=&quot;dash_pattern_offset_map_unit_scale&quot; value=&quot;3x:0,0,0,0,0,0&quot; type=&quot;QString&quot;/>&lt;Option name=&quot;dash_pattern_offset_unit&quot; value=&quot;MM&quot; type=&quot;QString&quot;/>&lt;Option name=&quot;draw_inside_polygon&quot; value=&quot;0&quot; type=&quot;QString&quot;/>&lt;Option name=&quot;joinstyle&quot; value=&quot;bevel&quot; type=&quot;QString&quot;/>&lt;Option name=&quot;line_color&quot; value=&quot;60,60,60,255&quot; type=&quot;QString&quot;/>&lt;Option name=&quot;line_style&quot; value=&quot;solid&quot; type=&quot;QString&quot;/>&lt;Option name=&quot;line_width&quot; value=&quot;0.3&quot; type=&quot;QString&quot;/>&lt;Option name=&quot;line_width_unit&quot; value=&quot;MM&quot; type=&quot;QString&quot;/>&lt;Option name=&quot;offset&quot; value=&quot;0&quot; type=&quot;QString&quot;/>&lt;Option name=&quot;offset_map_unit_scale&quot; value=&quot;3x:0,0,0,0,0,0&quot; type=&quot;QString&quot;/>&lt;Option name=&quot;offset_unit&quot; value=&quot;MM&quot; type=&quot;QString&quot;/>&lt;Option name=&quot;ring_filter&quot; value=&quot;0&quot; type=&quot;QString&quot;/>&lt;Option name=&quot;trim_distance_end&quot; value=&quot;0&quot; type=&quot;QString&quot;/>&lt;Option name=&quot;trim_distance_end_map_unit_scale&quot; value=&quot;3x:0,0,0,0,0,0&quot; type=&quot;QString&quot;/>&lt;Option name=&quot;trim_distance_end_unit&quot; value=&quot;MM&quot; type=&quot;QString&quot;/>&lt;Option name=&quot;trim_distance_start&quot; value=&quot;0&quot; type=&quot;QString&quot;/>&lt;Option name=&quot;trim_distance_start_map_unit_scale&quot; value=&quot;3x:0,0,0,0,0,0&quot; type=&quot;QString&quot;/>&lt;Option name=&quot;trim_distance_start_unit&quot; value=&quot;MM&quot; type=&quot;QString&quot;/>&lt;Option name=&quot;tweak_dash_pattern_on_corners&quot; value=&quot;0&quot; type=&quot;QString&quot;/>&lt;Option name=&quot;use_custom_dash&quot; value=&quot;0&quot; type=&quot;QString&quot;/>&lt;Option name=&quot;width_map_unit_scale&quot; value=&quot;3x:0,0,0,0,0,0&quot; type=&quot;QString&quot;/>&lt;/Option>&lt;prop k=&quot;align_dash_pattern&quot; v=&quot;0&quot;/>&lt;prop k=&quot;capstyle&quot; v=&quot;square&quot;/>&lt;prop k=&quot;customdash&quot; v=&quot;5;2&quot;/>&lt;prop k=&quot;customdash_map_unit_scale&quot; v=&quot;3x:0,0,0,0,0,0&quot;/>&lt;prop k=&quot;customdash_unit&quot; v=&quot;MM&quot;/>&lt;prop k=&quot;dash_pattern_offset&quot; v=&quot;0&quot;/>&lt;prop k=&quot;dash_pattern_offset_map_unit_scale&quot; v=&quot;3x:0,0,0,0,0,0&quot;/>&lt;prop k=&quot;dash_pattern_offset_unit&quot; v=&quot;MM&quot;/>&lt;prop k=&quot;draw_inside_polygon&quot; v=&quot;0&quot;/>&lt;prop k=&quot;joinstyle&quot; v=&quot;bevel&quot;/>&lt;prop k=&quot;line_color&quot; v=&quot;60,60,60,255&quot;/>&lt;prop k=&quot;line_style&quot; v=&quot;solid&quot;/>&lt;prop k=&quot;line_width&quot; v=&quot;0.3&quot;/>&lt;prop k=&quot;line_width_unit&quot; v=&quot;MM&quot;/>&lt;prop k=&quot;offset&quot; v=&quot;0&quot;/>&lt;prop k=&quot;offset_map_unit_scale&quot; v=&quot;3x:0,0,0,0,0,0&quot;/>&lt;prop k=&quot;offset_unit&quot; v=&quot;MM&quot;/>&lt;prop k=&quot;ring_filter&quot; v=&quot;0&quot;/>&lt;prop k=&quot;trim_distance_end&quot; v=&quot;0&quot;/>&lt;prop k=&quot;trim_distance_end_map_unit_scale&quot; v=&quot;3x:0,0,0,0,0,0&quot;/>&lt;prop k=&quot;trim_distance_end_unit&quot; v=&quot;MM&quot;/>&lt;prop k=&quot;trim_distance_start&quot; v=&quot;0&quot;/>&lt;prop k=&quot;trim_distance_start_map_unit_scale&quot; v=&quot;3x:0,0,0,0,0,0&quot;/>&lt;prop k=&quot;trim_distance_start_unit&quot; v=&quot;MM&quot;/>&lt;prop k=&quot;tweak_dash_pattern_on_corners&quot; v=&quot;0&quot;/>&lt;prop k=&quot;use_custom_dash&quot; v=&quot;0&quot;/>&lt;prop k=&quot;width_map_unit_scale&quot; v=&quot;3x:0,0,0,0,0,0&quot;/>&lt;data_defined_properties>&lt;Option type=&quot;Map&quot;>&lt;Option name=&quot;name&quot; value=&quot;&quot; type=&quot;QString&quot;/>&lt;Option name=&quot;properties&quot;/>&lt;Option name=&quot;type&quot; value=&quot;collection&quot; type=&quot;QString&quot;/>&lt;/Option>&lt;/data_defined_properties>&lt;/layer>&lt;/symbol>" type="QString"/>
          <Option name="minLength" value="0" type="double"/>
          <Option name="minLengthMapUnitScale" value="3x:0,0,0,0,0,0" type="QString"/>
          <Option name="minLengthUnit" value="MM" type="QString"/>
          <Option name="offsetFromAnchor" value="0" type="double"/>
          <Option name="offsetFromAnchorMapUnitScale" value="3x:0,0,0,0,0,0" type="QString"/>
          <Option name="offsetFromAnchorUnit" value="MM" type="QString"/>
          <Option name="offsetFromLabel" value="0" type="double"/>
          <Option name="offsetFromLabelMapUnitScale" value="3x:0,0,0,0,0,0" type="QString"/>
          <Option name="offsetFromLabelUnit" value="MM" type="QString"/>
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
  <geometryOptions geometryPrecision="0" removeDuplicateNodes="0">
    <activeChecks type="StringList">
      <Option value="" type="QString"/>
    </activeChecks>
    <checkConfiguration/>
  </geometryOptions>
  <legend showLabelLegend="0" type="default-vector"/>
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
    <field name="cc_status_from" configurationFlags="None">
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
    <field name="cc_unverified" configurationFlags="None">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="cc_unverified_items" configurationFlags="None">
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
    <alias name="社区编号" index="0" field="cc_id"/>
    <alias name="社区名称" index="1" field="cc_name"/>
    <alias name="新建/既有" index="2" field="cc_status"/>
    <alias name="新建/既有依据" index="3" field="cc_status_from"/>
    <alias name="人口" index="4" field="cc_population"/>
    <alias name="户数" index="5" field="cc_households"/>
    <alias name="人口规模" index="6" field="cc_band"/>
    <alias name="达标项数" index="7" field="cc_pass"/>
    <alias name="短板项数" index="8" field="cc_fail"/>
    <alias name="待核实项数" index="9" field="cc_unknown"/>
    <alias name="不适用项数" index="10" field="cc_na"/>
    <alias name="是否完整社区" index="11" field="cc_complete"/>
    <alias name="短板项目" index="12" field="cc_gaps"/>
    <alias name="规模未核实项数" index="13" field="cc_unverified"/>
    <alias name="规模未核实项目" index="14" field="cc_unverified_items"/>
    <alias name="距离算法" index="15" field="cc_method"/>
    <alias name="01 一个社区综合服务站" index="16" field="item_01"/>
    <alias name="02 一个幼儿园" index="17" field="item_02"/>
    <alias name="03 一个托儿所" index="18" field="item_03"/>
    <alias name="04 一个老年服务站" index="19" field="item_04"/>
    <alias name="05 一个社区卫生服务站" index="20" field="item_05"/>
    <alias name="06 一个综合超市" index="21" field="item_06"/>
    <alias name="07 多个邮件和快件寄递服务设施" index="22" field="item_07"/>
    <alias name="08 其他便民商业网点" index="23" field="item_08"/>
    <alias name="09 水、电、路、气、热、信等设施" index="24" field="item_09"/>
    <alias name="10 停车及充电设施" index="25" field="item_10"/>
    <alias name="11 慢行系统" index="26" field="item_11"/>
    <alias name="12 无障碍设施" index="27" field="item_12"/>
    <alias name="13 环境卫生设施" index="28" field="item_13"/>
    <alias name="14 公共活动场地" index="29" field="item_14"/>
    <alias name="15 公共绿地" index="30" field="item_15"/>
    <alias name="16 物业服务" index="31" field="item_16"/>
    <alias name="17 物业管理服务平台" index="32" field="item_17"/>
    <alias name="18 管理机制" index="33" field="item_18"/>
    <alias name="19 综合管理服务" index="34" field="item_19"/>
    <alias name="20 社区文化" index="35" field="item_20"/>
  </aliases>
  <defaults>
    <default field="cc_id" applyOnUpdate="0" expression=""/>
    <default field="cc_name" applyOnUpdate="0" expression=""/>
    <default field="cc_status" applyOnUpdate="0" expression=""/>
    <default field="cc_status_from" applyOnUpdate="0" expression=""/>
    <default field="cc_population" applyOnUpdate="0" expression=""/>
    <default field="cc_households" applyOnUpdate="0" expression=""/>
    <default field="cc_band" applyOnUpdate="0" expression=""/>
    <default field="cc_pass" applyOnUpdate="0" expression=""/>
    <default field="cc_fail" applyOnUpdate="0" expression=""/>
    <default field="cc_unknown" applyOnUpdate="0" expression=""/>
    <default field="cc_na" applyOnUpdate="0" expression=""/>
    <default field="cc_complete" applyOnUpdate="0" expression=""/>
    <default field="cc_gaps" applyOnUpdate="0" expression=""/>
    <default field="cc_unverified" applyOnUpdate="0" expression=""/>
    <default field="cc_unverified_items" applyOnUpdate="0" expression=""/>
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
    <constraint constraints="0" exp_strength="0" notnull_strength="0" unique_strength="0" field="cc_id"/>
    <constraint constraints="0" exp_strength="0" notnull_strength="0" unique_strength="0" field="cc_name"/>
    <constraint constraints="0" exp_strength="0" notnull_strength="0" unique_strength="0" field="cc_status"/>
    <constraint constraints="0" exp_strength="0" notnull_strength="0" unique_strength="0" field="cc_status_from"/>
    <constraint constraints="0" exp_strength="0" notnull_strength="0" unique_strength="0" field="cc_population"/>
    <constraint constraints="0" exp_strength="0" notnull_strength="0" unique_strength="0" field="cc_households"/>
    <constraint constraints="0" exp_strength="0" notnull_strength="0" unique_strength="0" field="cc_band"/>
    <constraint constraints="0" exp_strength="0" notnull_strength="0" unique_strength="0" field="cc_pass"/>
    <constraint constraints="0" exp_strength="0" notnull_strength="0" unique_strength="0" field="cc_fail"/>
    <constraint constraints="0" exp_strength="0" notnull_strength="0" unique_strength="0" field="cc_unknown"/>
    <constraint constraints="0" exp_strength="0" notnull_strength="0" unique_strength="0" field="cc_na"/>
    <constraint constraints="0" exp_strength="0" notnull_strength="0" unique_strength="0" field="cc_complete"/>
    <constraint constraints="0" exp_strength="0" notnull_strength="0" unique_strength="0" field="cc_gaps"/>
    <constraint constraints="0" exp_strength="0" notnull_strength="0" unique_strength="0" field="cc_unverified"/>
    <constraint constraints="0" exp_strength="0" notnull_strength="0" unique_strength="0" field="cc_unverified_items"/>
    <constraint constraints="0" exp_strength="0" notnull_strength="0" unique_strength="0" field="cc_method"/>
    <constraint constraints="0" exp_strength="0" notnull_strength="0" unique_strength="0" field="item_01"/>
    <constraint constraints="0" exp_strength="0" notnull_strength="0" unique_strength="0" field="item_02"/>
    <constraint constraints="0" exp_strength="0" notnull_strength="0" unique_strength="0" field="item_03"/>
    <constraint constraints="0" exp_strength="0" notnull_strength="0" unique_strength="0" field="item_04"/>
    <constraint constraints="0" exp_strength="0" notnull_strength="0" unique_strength="0" field="item_05"/>
    <constraint constraints="0" exp_strength="0" notnull_strength="0" unique_strength="0" field="item_06"/>
    <constraint constraints="0" exp_strength="0" notnull_strength="0" unique_strength="0" field="item_07"/>
    <constraint constraints="0" exp_strength="0" notnull_strength="0" unique_strength="0" field="item_08"/>
    <constraint constraints="0" exp_strength="0" notnull_strength="0" unique_strength="0" field="item_09"/>
    <constraint constraints="0" exp_strength="0" notnull_strength="0" unique_strength="0" field="item_10"/>
    <constraint constraints="0" exp_strength="0" notnull_strength="0" unique_strength="0" field="item_11"/>
    <constraint constraints="0" exp_strength="0" notnull_strength="0" unique_strength="0" field="item_12"/>
    <constraint constraints="0" exp_strength="0" notnull_strength="0" unique_strength="0" field="item_13"/>
    <constraint constraints="0" exp_strength="0" notnull_strength="0" unique_strength="0" field="item_14"/>
    <constraint constraints="0" exp_strength="0" notnull_strength="0" unique_strength="0" field="item_15"/>
    <constraint constraints="0" exp_strength="0" notnull_strength="0" unique_strength="0" field="item_16"/>
    <constraint constraints="0" exp_strength="0" notnull_strength="0" unique_strength="0" field="item_17"/>
    <constraint constraints="0" exp_strength="0" notnull_strength="0" unique_strength="0" field="item_18"/>
    <constraint constraints="0" exp_strength="0" notnull_strength="0" unique_strength="0" field="item_19"/>
    <constraint constraints="0" exp_strength="0" notnull_strength="0" unique_strength="0" field="item_20"/>
  </constraints>
  <constraintExpressions>
    <constraint desc="" exp="" field="cc_id"/>
    <constraint desc="" exp="" field="cc_name"/>
    <constraint desc="" exp="" field="cc_status"/>
    <constraint desc="" exp="" field="cc_status_from"/>
    <constraint desc="" exp="" field="cc_population"/>
    <constraint desc="" exp="" field="cc_households"/>
    <constraint desc="" exp="" field="cc_band"/>
    <constraint desc="" exp="" field="cc_pass"/>
    <constraint desc="" exp="" field="cc_fail"/>
    <constraint desc="" exp="" field="cc_unknown"/>
    <constraint desc="" exp="" field="cc_na"/>
    <constraint desc="" exp="" field="cc_complete"/>
    <constraint desc="" exp="" field="cc_gaps"/>
    <constraint desc="" exp="" field="cc_unverified"/>
    <constraint desc="" exp="" field="cc_unverified_items"/>
    <constraint desc="" exp="" field="cc_method"/>
    <constraint desc="" exp="" field="item_01"/>
    <constraint desc="" exp="" field="item_02"/>
    <constraint desc="" exp="" field="item_03"/>
    <constraint desc="" exp="" field="item_04"/>
    <constraint desc="" exp="" field="item_05"/>
    <constraint desc="" exp="" field="item_06"/>
    <constraint desc="" exp="" field="item_07"/>
    <constraint desc="" exp="" field="item_08"/>
    <constraint desc="" exp="" field="item_09"/>
    <constraint desc="" exp="" field="item_10"/>
    <constraint desc="" exp="" field="item_11"/>
    <constraint desc="" exp="" field="item_12"/>
    <constraint desc="" exp="" field="item_13"/>
    <constraint desc="" exp="" field="item_14"/>
    <constraint desc="" exp="" field="item_15"/>
    <constraint desc="" exp="" field="item_16"/>
    <constraint desc="" exp="" field="item_17"/>
    <constraint desc="" exp="" field="item_18"/>
    <constraint desc="" exp="" field="item_19"/>
    <constraint desc="" exp="" field="item_20"/>
  </constraintExpressions>
  <expressionfields/>
  <attributeactions/>
  <attributetableconfig sortExpression="" actionWidgetStyle="dropDown" sortOrder="0">
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
