<!DOCTYPE qgis PUBLIC 'http://mrcc.com/qgis.dtd' 'SYSTEM'>
<qgis styleCategories="AllStyleCategories" simplifyDrawingHints="1" labelsEnabled="1" hasScaleBasedVisibilityFlag="0" simplifyMaxScale="1" symbologyReferenceScale="-1" minScale="100000000" simplifyDrawingTol="1" maxScale="0" simplifyLocal="1" simplifyAlgorithm="0" readOnly="0" version="3.22.16-Białowieża">
  <flags>
    <Identifiable>1</Identifiable>
    <Removable>1</Removable>
    <Searchable>1</Searchable>
    <Private>0</Private>
  </flags>
  <temporal startExpression="" durationUnit="min" startField="" accumulate="0" endExpression="" mode="0" limitMode="0" endField="" fixedDuration="0" durationField="" enabled="0">
    <fixedRange>
      <start></start>
      <end></end>
    </fixedRange>
  </temporal>
  <renderer-v2 referencescale="-1" forceraster="0" type="RuleRenderer" symbollevels="0" enableorderby="0">
    <rules key="{b6a7c704-ff38-47c0-8474-990bdaa752c4}">
      <rule filter="&quot;cc_complete&quot; = 1" label="完整社区 Complete" key="{0be2eacb-ea5d-4091-af2f-4af01fc7c91b}" symbol="0"/>
      <rule filter="&quot;cc_fail&quot; = 0 AND &quot;cc_complete&quot; = 0" label="无短板、待核实 No gap, data to verify" key="{abc773b3-a9ea-4890-8486-147d081baad1}" symbol="1"/>
      <rule filter="&quot;cc_fail&quot; BETWEEN 1 AND 2" label="1–2 项短板 1–2 gaps" key="{422c0e72-bb81-4692-9f3f-fce930d3e68e}" symbol="2"/>
      <rule filter="&quot;cc_fail&quot; BETWEEN 3 AND 5" label="3–5 项短板 3–5 gaps" key="{124ce759-52f6-4668-81f8-f9506fba69e5}" symbol="3"/>
      <rule filter="&quot;cc_fail&quot; >= 6" label="6 项以上短板 6+ gaps" key="{ceb66107-0009-403d-a2e7-053a508a3f1e}" symbol="4"/>
    </rules>
    <symbols>
      <symbol alpha="1" name="0" type="fill" force_rhr="0" clip_to_extent="1">
        <data_defined_properties>
          <Option type="Map">
            <Option name="name" type="QString" value=""/>
            <Option name="properties"/>
            <Option name="type" type="QString" value="collection"/>
          </Option>
        </data_defined_properties>
        <layer pass="0" enabled="1" locked="0" class="SimpleFill">
          <Option type="Map">
            <Option name="border_width_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0"/>
            <Option name="color" type="QString" value="26,152,80,255"/>
            <Option name="joinstyle" type="QString" value="bevel"/>
            <Option name="offset" type="QString" value="0,0"/>
            <Option name="offset_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0"/>
            <Option name="offset_unit" type="QString" value="MM"/>
            <Option name="outline_color" type="QString" value="77,77,77,255"/>
            <Option name="outline_style" type="QString" value="solid"/>
            <Option name="outline_width" type="QString" value="0.4"/>
            <Option name="outline_width_unit" type="QString" value="MM"/>
            <Option name="style" type="QString" value="solid"/>
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
              <Option name="name" type="QString" value=""/>
              <Option name="properties"/>
              <Option name="type" type="QString" value="collection"/>
            </Option>
          </data_defined_properties>
        </layer>
      </symbol>
      <symbol alpha="1" name="1" type="fill" force_rhr="0" clip_to_extent="1">
        <data_defined_properties>
          <Option type="Map">
            <Option name="name" type="QString" value=""/>
            <Option name="properties"/>
            <Option name="type" type="QString" value="collection"/>
          </Option>
        </data_defined_properties>
        <layer pass="0" enabled="1" locked="0" class="SimpleFill">
          <Option type="Map">
            <Option name="border_width_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0"/>
            <Option name="color" type="QString" value="189,189,189,255"/>
            <Option name="joinstyle" type="QString" value="bevel"/>
            <Option name="offset" type="QString" value="0,0"/>
            <Option name="offset_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0"/>
            <Option name="offset_unit" type="QString" value="MM"/>
            <Option name="outline_color" type="QString" value="77,77,77,255"/>
            <Option name="outline_style" type="QString" value="solid"/>
            <Option name="outline_width" type="QString" value="0.4"/>
            <Option name="outline_width_unit" type="QString" value="MM"/>
            <Option name="style" type="QString" value="solid"/>
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
              <Option name="name" type="QString" value=""/>
              <Option name="properties"/>
              <Option name="type" type="QString" value="collection"/>
            </Option>
          </data_defined_properties>
        </layer>
      </symbol>
      <symbol alpha="1" name="2" type="fill" force_rhr="0" clip_to_extent="1">
        <data_defined_properties>
          <Option type="Map">
            <Option name="name" type="QString" value=""/>
            <Option name="properties"/>
            <Option name="type" type="QString" value="collection"/>
          </Option>
        </data_defined_properties>
        <layer pass="0" enabled="1" locked="0" class="SimpleFill">
          <Option type="Map">
            <Option name="border_width_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0"/>
            <Option name="color" type="QString" value="254,224,139,255"/>
            <Option name="joinstyle" type="QString" value="bevel"/>
            <Option name="offset" type="QString" value="0,0"/>
            <Option name="offset_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0"/>
            <Option name="offset_unit" type="QString" value="MM"/>
            <Option name="outline_color" type="QString" value="77,77,77,255"/>
            <Option name="outline_style" type="QString" value="solid"/>
            <Option name="outline_width" type="QString" value="0.4"/>
            <Option name="outline_width_unit" type="QString" value="MM"/>
            <Option name="style" type="QString" value="solid"/>
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
              <Option name="name" type="QString" value=""/>
              <Option name="properties"/>
              <Option name="type" type="QString" value="collection"/>
            </Option>
          </data_defined_properties>
        </layer>
      </symbol>
      <symbol alpha="1" name="3" type="fill" force_rhr="0" clip_to_extent="1">
        <data_defined_properties>
          <Option type="Map">
            <Option name="name" type="QString" value=""/>
            <Option name="properties"/>
            <Option name="type" type="QString" value="collection"/>
          </Option>
        </data_defined_properties>
        <layer pass="0" enabled="1" locked="0" class="SimpleFill">
          <Option type="Map">
            <Option name="border_width_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0"/>
            <Option name="color" type="QString" value="252,141,89,255"/>
            <Option name="joinstyle" type="QString" value="bevel"/>
            <Option name="offset" type="QString" value="0,0"/>
            <Option name="offset_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0"/>
            <Option name="offset_unit" type="QString" value="MM"/>
            <Option name="outline_color" type="QString" value="77,77,77,255"/>
            <Option name="outline_style" type="QString" value="solid"/>
            <Option name="outline_width" type="QString" value="0.4"/>
            <Option name="outline_width_unit" type="QString" value="MM"/>
            <Option name="style" type="QString" value="solid"/>
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
              <Option name="name" type="QString" value=""/>
              <Option name="properties"/>
              <Option name="type" type="QString" value="collection"/>
            </Option>
          </data_defined_properties>
        </layer>
      </symbol>
      <symbol alpha="1" name="4" type="fill" force_rhr="0" clip_to_extent="1">
        <data_defined_properties>
          <Option type="Map">
            <Option name="name" type="QString" value=""/>
            <Option name="properties"/>
            <Option name="type" type="QString" value="collection"/>
          </Option>
        </data_defined_properties>
        <layer pass="0" enabled="1" locked="0" class="SimpleFill">
          <Option type="Map">
            <Option name="border_width_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0"/>
            <Option name="color" type="QString" value="215,48,39,255"/>
            <Option name="joinstyle" type="QString" value="bevel"/>
            <Option name="offset" type="QString" value="0,0"/>
            <Option name="offset_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0"/>
            <Option name="offset_unit" type="QString" value="MM"/>
            <Option name="outline_color" type="QString" value="77,77,77,255"/>
            <Option name="outline_style" type="QString" value="solid"/>
            <Option name="outline_width" type="QString" value="0.4"/>
            <Option name="outline_width_unit" type="QString" value="MM"/>
            <Option name="style" type="QString" value="solid"/>
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
              <Option name="name" type="QString" value=""/>
              <Option name="properties"/>
              <Option name="type" type="QString" value="collection"/>
            </Option>
          </data_defined_properties>
        </layer>
      </symbol>
    </symbols>
  </renderer-v2>
  <labeling type="simple">
    <settings calloutType="simple">
      <text-style allowHtml="0" isExpression="1" fontUnderline="0" fontLetterSpacing="0" fontItalic="0" capitalization="0" fontSizeUnit="Point" fontWeight="50" fontSize="9" fontFamily="Noto Sans CJK SC" fieldName="coalesce(&quot;cc_name&quot;, &quot;cc_id&quot;) || '\n' || CASE WHEN &quot;cc_complete&quot; = 1 THEN '完整' ELSE '短板 ' || &quot;cc_fail&quot; END" blendMode="0" fontKerning="1" textColor="0,0,0,255" textOpacity="1" useSubstitutions="0" legendString="Aa" textOrientation="horizontal" fontSizeMapUnitScale="3x:0,0,0,0,0,0" multilineHeight="1" previewBkgrdColor="255,255,255,255" namedStyle="" fontWordSpacing="0" fontStrikeout="0">
        <families/>
        <text-buffer bufferOpacity="1" bufferDraw="0" bufferNoFill="1" bufferBlendMode="0" bufferSizeUnits="MM" bufferJoinStyle="128" bufferSize="1" bufferColor="255,255,255,255" bufferSizeMapUnitScale="3x:0,0,0,0,0,0"/>
        <text-mask maskSizeMapUnitScale="3x:0,0,0,0,0,0" maskOpacity="1" maskedSymbolLayers="" maskSizeUnits="MM" maskJoinStyle="128" maskSize="1.5" maskEnabled="0" maskType="0"/>
        <background shapeSizeX="0" shapeBorderWidthUnit="MM" shapeDraw="0" shapeJoinStyle="64" shapeOpacity="1" shapeBlendMode="0" shapeRadiiX="0" shapeRadiiMapUnitScale="3x:0,0,0,0,0,0" shapeOffsetUnit="MM" shapeRadiiUnit="MM" shapeOffsetX="0" shapeBorderWidth="0" shapeOffsetY="0" shapeSizeType="0" shapeType="0" shapeSizeY="0" shapeSizeMapUnitScale="3x:0,0,0,0,0,0" shapeBorderColor="128,128,128,255" shapeRotationType="0" shapeSizeUnit="MM" shapeRotation="0" shapeOffsetMapUnitScale="3x:0,0,0,0,0,0" shapeSVGFile="" shapeFillColor="255,255,255,255" shapeBorderWidthMapUnitScale="3x:0,0,0,0,0,0" shapeRadiiY="0">
          <symbol alpha="1" name="fillSymbol" type="fill" force_rhr="0" clip_to_extent="1">
            <data_defined_properties>
              <Option type="Map">
                <Option name="name" type="QString" value=""/>
                <Option name="properties"/>
                <Option name="type" type="QString" value="collection"/>
              </Option>
            </data_defined_properties>
            <layer pass="0" enabled="1" locked="0" class="SimpleFill">
              <Option type="Map">
                <Option name="border_width_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0"/>
                <Option name="color" type="QString" value="255,255,255,255"/>
                <Option name="joinstyle" type="QString" value="bevel"/>
                <Option name="offset" type="QString" value="0,0"/>
                <Option name="offset_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0"/>
                <Option name="offset_unit" type="QString" value="MM"/>
                <Option name="outline_color" type="QString" value="128,128,128,255"/>
                <Option name="outline_style" type="QString" value="no"/>
                <Option name="outline_width" type="QString" value="0"/>
                <Option name="outline_width_unit" type="QString" value="MM"/>
                <Option name="style" type="QString" value="solid"/>
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
                  <Option name="name" type="QString" value=""/>
                  <Option name="properties"/>
                  <Option name="type" type="QString" value="collection"/>
                </Option>
              </data_defined_properties>
            </layer>
          </symbol>
        </background>
        <shadow shadowRadius="1.5" shadowOpacity="0.69999999999999996" shadowColor="0,0,0,255" shadowRadiusMapUnitScale="3x:0,0,0,0,0,0" shadowRadiusUnit="MM" shadowRadiusAlphaOnly="0" shadowScale="100" shadowOffsetUnit="MM" shadowUnder="0" shadowOffsetDist="1" shadowOffsetMapUnitScale="3x:0,0,0,0,0,0" shadowOffsetGlobal="1" shadowOffsetAngle="135" shadowDraw="0" shadowBlendMode="6"/>
        <dd_properties>
          <Option type="Map">
            <Option name="name" type="QString" value=""/>
            <Option name="properties"/>
            <Option name="type" type="QString" value="collection"/>
          </Option>
        </dd_properties>
        <substitutions/>
      </text-style>
      <text-format multilineAlign="3" formatNumbers="0" plussign="0" addDirectionSymbol="0" leftDirectionSymbol="&lt;" autoWrapLength="0" useMaxLineLengthForAutoWrap="1" placeDirectionSymbol="0" reverseDirectionSymbol="0" wrapChar="" decimals="3" rightDirectionSymbol=">"/>
      <placement labelOffsetMapUnitScale="3x:0,0,0,0,0,0" repeatDistanceUnits="MM" geometryGeneratorEnabled="0" rotationAngle="0" offsetUnits="MM" quadOffset="4" dist="0" repeatDistanceMapUnitScale="3x:0,0,0,0,0,0" priority="5" overrunDistance="0" overrunDistanceUnit="MM" centroidInside="0" yOffset="0" maxCurvedCharAngleOut="-25" geometryGenerator="" geometryGeneratorType="PointGeometry" lineAnchorClipping="0" maxCurvedCharAngleIn="25" repeatDistance="0" polygonPlacementFlags="2" distUnits="MM" predefinedPositionOrder="TR,TL,BR,BL,R,L,TSR,BSR" preserveRotation="1" overrunDistanceMapUnitScale="3x:0,0,0,0,0,0" lineAnchorPercent="0.5" xOffset="0" offsetType="0" lineAnchorType="0" placementFlags="10" rotationUnit="AngleDegrees" distMapUnitScale="3x:0,0,0,0,0,0" centroidWhole="0" layerType="UnknownGeometry" placement="0" fitInPolygonOnly="0"/>
      <rendering upsidedownLabels="0" labelPerPart="0" mergeLines="0" minFeatureSize="0" maxNumLabels="2000" obstacleFactor="1" fontLimitPixelSize="0" obstacleType="1" drawLabels="1" scaleMin="0" limitNumLabels="0" fontMaxPixelSize="10000" fontMinPixelSize="0" scaleMax="0" zIndex="0" obstacle="1" unplacedVisibility="0" scaleVisibility="0" displayAll="0"/>
      <dd_properties>
        <Option type="Map">
          <Option name="name" type="QString" value=""/>
          <Option name="properties"/>
          <Option name="type" type="QString" value="collection"/>
        </Option>
      </dd_properties>
      <callout type="simple">
        <Option type="Map">
          <Option name="anchorPoint" type="QString" value="pole_of_inaccessibility"/>
          <Option name="blendMode" type="int" value="0"/>
          <Option name="ddProperties" type="Map">
            <Option name="name" type="QString" value=""/>
            <Option name="properties"/>
            <Option name="type" type="QString" value="collection"/>
          </Option>
          <Option name="drawToAllParts" type="bool" value="false"/>
          <Option name="enabled" type="QString" value="0"/>
          <Option name="labelAnchorPoint" type="QString" value="point_on_exterior"/>
          <Option name="lineSymbol" type="QString" value="&lt;symbol alpha=&quot;1&quot; name=&quot;symbol&quot; type=&quot;line&quot; force_rhr=&quot;0&quot; clip_to_extent=&quot;1&quot;>&lt;data_defined_properties>&lt;Option type=&quot;Map&quot;>&lt;Option name=&quot;name&quot; type=&quot;QString&quot; value=&quot;&quot;/>&lt;Option name=&quot;properties&quot;/>&lt;Option name=&quot;type&quot; type=&quot;QString&quot; value=&quot;collection&quot;/>&lt;/Option>&lt;/data_defined_properties>&lt;layer pass=&quot;0&quot; enabled=&quot;1&quot; locked=&quot;0&quot; class=&quot;SimpleLine&quot;>&lt;Option type=&quot;Map&quot;>&lt;Option name=&quot;align_dash_pattern&quot; type=&quot;QString&quot; value=&quot;0&quot;/>&lt;Option name=&quot;capstyle&quot; type=&quot;QString&quot; value=&quot;square&quot;/>&lt;Option name=&quot;customdash&quot; type=&quot;QString&quot; value=&quot;5;2&quot;/>&lt;Option name=&quot;customdash_map_unit_scale&quot; type=&quot;QString&quot; value=&quot;3x:0,0,0,0,0,0&quot;/>&lt;Option name=&quot;customdash_unit&quot; type=&quot;QString&quot; value=&quot;MM&quot;/>&lt;Option name=&quot;dash_pattern_offset&quot; type=&quot;QString&quot; value=&quot;0&quot;/>&lt;Option name=&quot;dash_pattern_offset_map_unit_scale&quot; type=&quot;QString&quot; value=&quot;3x:0,0,0,0,0,0&quot;/>&lt;Option name=&quot;dash_pattern_offset_unit&quot; type=&quot;QString&quot; value=&quot;MM&quot;/>&lt;Option name=&quot;draw_inside_polygon&quot; type=&quot;QString&quot; value=&quot;0&quot;/>&lt;Option name=&quot;joinstyle&quot; type=&quot;QString&quot; value=&quot;bevel&quot;/>&lt;Option name=&quot;line_color&quot; type=&quot;QString&quot; value=&quot;60,60,60,255&quot;/>&lt;Option name=&quot;line_style&quot; type=&quot;QString&quot; value=&quot;solid&quot;/>&lt;Option name=&quot;line_width&quot; type=&quot;QString&quot; value=&quot;0.3&quot;/>&lt;Option name=&quot;line_width_unit&quot; type=&quot;QString&quot; value=&quot;MM&quot;/>&lt;Option name=&quot;offset&quot; type=&quot;QString&quot; value=&quot;0&quot;/>&lt;Option name=&quot;offset_map_unit_scale&quot; type=&quot;QString&quot; value=&quot;3x:0,0,0,0,0,0&quot;/>&lt;Option name=&quot;offset_unit&quot; type=&quot;QString&quot; value=&quot;MM&quot;/>&lt;Option name=&quot;ring_filter&quot; type=&quot;QString&quot; value=&quot;0&quot;/>&lt;Option name=&quot;trim_distance_end&quot; type=&quot;QString&quot; value=&quot;0&quot;/>&lt;Option name=&quot;trim_distance_end_map_unit_scale&quot; type=&quot;QString&quot; value=&quot;3x:0,0,0,0,0,0&quot;/>&lt;Option name=&quot;trim_distance_end_unit&quot; type=&quot;QString&quot; value=&quot;MM&quot;/>&lt;Option name=&quot;trim_distance_start&quot; type=&quot;QString&quot; value=&quot;0&quot;/>&lt;Option name=&quot;trim_distance_start_map_unit_scale&quot; type=&quot;QString&quot; value=&quot;3x:0,0,0,0,0,0&quot;/>&lt;Option name=&quot;trim_distance_start_unit&quot; type=&quot;QString&quot; value=&quot;MM&quot;/>&lt;Option name=&quot;tweak_dash_pattern_on_corners&quot; type=&quot;QString&quot; value=&quot;0&quot;/>&lt;Option name=&quot;use_custom_dash&quot; type=&quot;QString&quot; value=&quot;0&quot;/>&lt;Option name=&quot;width_map_unit_scale&quot; type=&quot;QString&quot; value=&quot;3x:0,0,0,0,0,0&quot;/>&lt;/Option>&lt;prop k=&quot;align_dash_pattern&quot; v=&quot;0&quot;/>&lt;prop k=&quot;capstyle&quot; v=&quot;square&quot;/>&lt;prop k=&quot;customdash&quot; v=&quot;5;2&quot;/>&lt;prop k=&quot;customdash_map_unit_scale&quot; v=&quot;3x:0,0,0,0,0,0&quot;/>&lt;prop k=&quot;customdash_unit&quot; v=&quot;MM&quot;/>&lt;prop k=&quot;dash_pattern_offset&quot; v=&quot;0&quot;/>&lt;prop k=&quot;dash_pattern_offset_map_unit_scale&quot; v=&quot;3x:0,0,0,0,0,0&quot;/>&lt;prop k=&quot;dash_pattern_offset_unit&quot; v=&quot;MM&quot;/>&lt;prop k=&quot;draw_inside_polygon&quot; v=&quot;0&quot;/>&lt;prop k=&quot;joinstyle&quot; v=&quot;bevel&quot;/>&lt;prop k=&quot;line_color&quot; v=&quot;60,60,60,255&quot;/>&lt;prop k=&quot;line_style&quot; v=&quot;solid&quot;/>&lt;prop k=&quot;line_width&quot; v=&quot;0.3&quot;/>&lt;prop k=&quot;line_width_unit&quot; v=&quot;MM&quot;/>&lt;prop k=&quot;offset&quot; v=&quot;0&quot;/>&lt;prop k=&quot;offset_map_unit_scale&quot; v=&quot;3x:0,0,0,0,0,0&quot;/>&lt;prop k=&quot;offset_unit&quot; v=&quot;MM&quot;/>&lt;prop k=&quot;ring_filter&quot; v=&quot;0&quot;/>&lt;prop k=&quot;trim_distance_end&quot; v=&quot;0&quot;/>&lt;prop k=&quot;trim_distance_end_map_unit_scale&quot; v=&quot;3x:0,0,0,0,0,0&quot;/>&lt;prop k=&quot;trim_distance_end_unit&quot; v=&quot;MM&quot;/>&lt;prop k=&quot;trim_distance_start&quot; v=&quot;0&quot;/>&lt;prop k=&quot;trim_distance_start_map_unit_scale&quot; v=&quot;3x:0,0,0,0,0,0&quot;/>&lt;prop k=&quot;trim_distance_start_unit&quot; v=&quot;MM&quot;/>&lt;prop k=&quot;tweak_dash_pattern_on_corners&quot; v=&quot;0&quot;/>&lt;prop k=&quot;use_custom_dash&quot; v=&quot;0&quot;/>&lt;prop k=&quot;width_map_unit_scale&quot; v=&quot;3x:0,0,0,0,0,0&quot;/>&lt;data_defined_properties>&lt;Option type=&quot;Map&quot;>&lt;Option name=&quot;name&quot; type=&quot;QString&quot; value=&quot;&quot;/>&lt;Option name=&quot;properties&quot;/>&lt;Option name=&quot;type&quot; type=&quot;QString&quot; value=&quot;collection&quot;/>&lt;/Option>&lt;/data_defined_properties>&lt;/layer>&lt;/symbol>"/>
          <Option name="minLength" type="double" value="0"/>
          <Option name="minLengthMapUnitScale" type="QString" value="3x:0,0,0,0,0,0"/>
          <Option name="minLengthUnit" type="QString" value="MM"/>
          <Option name="offsetFromAnchor" type="double" value="0"/>
          <Option name="offsetFromAnchorMapUnitScale" type="QString" value="3x:0,0,0,0,0,0"/>
          <Option name="offsetFromAnchorUnit" type="QString" value="MM"/>
          <Option name="offsetFromLabel" type="double" value="0"/>
          <Option name="offsetFromLabelMapUnitScale" type="QString" value="3x:0,0,0,0,0,0"/>
          <Option name="offsetFromLabelUnit" type="QString" value="MM"/>
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
      <Option type="QString" value=""/>
    </activeChecks>
    <checkConfiguration/>
  </geometryOptions>
  <legend type="default-vector" showLabelLegend="0"/>
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
    <alias name="社区编号" field="cc_id" index="0"/>
    <alias name="社区名称" field="cc_name" index="1"/>
    <alias name="新建/既有" field="cc_status" index="2"/>
    <alias name="人口" field="cc_population" index="3"/>
    <alias name="户数" field="cc_households" index="4"/>
    <alias name="人口规模" field="cc_band" index="5"/>
    <alias name="达标项数" field="cc_pass" index="6"/>
    <alias name="短板项数" field="cc_fail" index="7"/>
    <alias name="待核实项数" field="cc_unknown" index="8"/>
    <alias name="不适用项数" field="cc_na" index="9"/>
    <alias name="是否完整社区" field="cc_complete" index="10"/>
    <alias name="短板项目" field="cc_gaps" index="11"/>
    <alias name="距离算法" field="cc_method" index="12"/>
    <alias name="01 一个社区综合服务站" field="item_01" index="13"/>
    <alias name="02 一个幼儿园" field="item_02" index="14"/>
    <alias name="03 一个托儿所" field="item_03" index="15"/>
    <alias name="04 一个老年服务站" field="item_04" index="16"/>
    <alias name="05 一个社区卫生服务站" field="item_05" index="17"/>
    <alias name="06 一个综合超市" field="item_06" index="18"/>
    <alias name="07 多个邮件和快件寄递服务设施" field="item_07" index="19"/>
    <alias name="08 其他便民商业网点" field="item_08" index="20"/>
    <alias name="09 水、电、路、气、热、信等设施" field="item_09" index="21"/>
    <alias name="10 停车及充电设施" field="item_10" index="22"/>
    <alias name="11 慢行系统" field="item_11" index="23"/>
    <alias name="12 无障碍设施" field="item_12" index="24"/>
    <alias name="13 环境卫生设施" field="item_13" index="25"/>
    <alias name="14 公共活动场地" field="item_14" index="26"/>
    <alias name="15 公共绿地" field="item_15" index="27"/>
    <alias name="16 物业服务" field="item_16" index="28"/>
    <alias name="17 物业管理服务平台" field="item_17" index="29"/>
    <alias name="18 管理机制" field="item_18" index="30"/>
    <alias name="19 综合管理服务" field="item_19" index="31"/>
    <alias name="20 社区文化" field="item_20" index="32"/>
  </aliases>
  <defaults>
    <default applyOnUpdate="0" field="cc_id" expression=""/>
    <default applyOnUpdate="0" field="cc_name" expression=""/>
    <default applyOnUpdate="0" field="cc_status" expression=""/>
    <default applyOnUpdate="0" field="cc_population" expression=""/>
    <default applyOnUpdate="0" field="cc_households" expression=""/>
    <default applyOnUpdate="0" field="cc_band" expression=""/>
    <default applyOnUpdate="0" field="cc_pass" expression=""/>
    <default applyOnUpdate="0" field="cc_fail" expression=""/>
    <default applyOnUpdate="0" field="cc_unknown" expression=""/>
    <default applyOnUpdate="0" field="cc_na" expression=""/>
    <default applyOnUpdate="0" field="cc_complete" expression=""/>
    <default applyOnUpdate="0" field="cc_gaps" expression=""/>
    <default applyOnUpdate="0" field="cc_method" expression=""/>
    <default applyOnUpdate="0" field="item_01" expression=""/>
    <default applyOnUpdate="0" field="item_02" expression=""/>
    <default applyOnUpdate="0" field="item_03" expression=""/>
    <default applyOnUpdate="0" field="item_04" expression=""/>
    <default applyOnUpdate="0" field="item_05" expression=""/>
    <default applyOnUpdate="0" field="item_06" expression=""/>
    <default applyOnUpdate="0" field="item_07" expression=""/>
    <default applyOnUpdate="0" field="item_08" expression=""/>
    <default applyOnUpdate="0" field="item_09" expression=""/>
    <default applyOnUpdate="0" field="item_10" expression=""/>
    <default applyOnUpdate="0" field="item_11" expression=""/>
    <default applyOnUpdate="0" field="item_12" expression=""/>
    <default applyOnUpdate="0" field="item_13" expression=""/>
    <default applyOnUpdate="0" field="item_14" expression=""/>
    <default applyOnUpdate="0" field="item_15" expression=""/>
    <default applyOnUpdate="0" field="item_16" expression=""/>
    <default applyOnUpdate="0" field="item_17" expression=""/>
    <default applyOnUpdate="0" field="item_18" expression=""/>
    <default applyOnUpdate="0" field="item_19" expression=""/>
    <default applyOnUpdate="0" field="item_20" expression=""/>
  </defaults>
  <constraints>
    <constraint constraints="0" exp_strength="0" field="cc_id" unique_strength="0" notnull_strength="0"/>
    <constraint constraints="0" exp_strength="0" field="cc_name" unique_strength="0" notnull_strength="0"/>
    <constraint constraints="0" exp_strength="0" field="cc_status" unique_strength="0" notnull_strength="0"/>
    <constraint constraints="0" exp_strength="0" field="cc_population" unique_strength="0" notnull_strength="0"/>
    <constraint constraints="0" exp_strength="0" field="cc_households" unique_strength="0" notnull_strength="0"/>
    <constraint constraints="0" exp_strength="0" field="cc_band" unique_strength="0" notnull_strength="0"/>
    <constraint constraints="0" exp_strength="0" field="cc_pass" unique_strength="0" notnull_strength="0"/>
    <constraint constraints="0" exp_strength="0" field="cc_fail" unique_strength="0" notnull_strength="0"/>
    <constraint constraints="0" exp_strength="0" field="cc_unknown" unique_strength="0" notnull_strength="0"/>
    <constraint constraints="0" exp_strength="0" field="cc_na" unique_strength="0" notnull_strength="0"/>
    <constraint constraints="0" exp_strength="0" field="cc_complete" unique_strength="0" notnull_strength="0"/>
    <constraint constraints="0" exp_strength="0" field="cc_gaps" unique_strength="0" notnull_strength="0"/>
    <constraint constraints="0" exp_strength="0" field="cc_method" unique_strength="0" notnull_strength="0"/>
    <constraint constraints="0" exp_strength="0" field="item_01" unique_strength="0" notnull_strength="0"/>
    <constraint constraints="0" exp_strength="0" field="item_02" unique_strength="0" notnull_strength="0"/>
    <constraint constraints="0" exp_strength="0" field="item_03" unique_strength="0" notnull_strength="0"/>
    <constraint constraints="0" exp_strength="0" field="item_04" unique_strength="0" notnull_strength="0"/>
    <constraint constraints="0" exp_strength="0" field="item_05" unique_strength="0" notnull_strength="0"/>
    <constraint constraints="0" exp_strength="0" field="item_06" unique_strength="0" notnull_strength="0"/>
    <constraint constraints="0" exp_strength="0" field="item_07" unique_strength="0" notnull_strength="0"/>
    <constraint constraints="0" exp_strength="0" field="item_08" unique_strength="0" notnull_strength="0"/>
    <constraint constraints="0" exp_strength="0" field="item_09" unique_strength="0" notnull_strength="0"/>
    <constraint constraints="0" exp_strength="0" field="item_10" unique_strength="0" notnull_strength="0"/>
    <constraint constraints="0" exp_strength="0" field="item_11" unique_strength="0" notnull_strength="0"/>
    <constraint constraints="0" exp_strength="0" field="item_12" unique_strength="0" notnull_strength="0"/>
    <constraint constraints="0" exp_strength="0" field="item_13" unique_strength="0" notnull_strength="0"/>
    <constraint constraints="0" exp_strength="0" field="item_14" unique_strength="0" notnull_strength="0"/>
    <constraint constraints="0" exp_strength="0" field="item_15" unique_strength="0" notnull_strength="0"/>
    <constraint constraints="0" exp_strength="0" field="item_16" unique_strength="0" notnull_strength="0"/>
    <constraint constraints="0" exp_strength="0" field="item_17" unique_strength="0" notnull_strength="0"/>
    <constraint constraints="0" exp_strength="0" field="item_18" unique_strength="0" notnull_strength="0"/>
    <constraint constraints="0" exp_strength="0" field="item_19" unique_strength="0" notnull_strength="0"/>
    <constraint constraints="0" exp_strength="0" field="item_20" unique_strength="0" notnull_strength="0"/>
  </constraints>
  <constraintExpressions>
    <constraint field="cc_id" desc="" exp=""/>
    <constraint field="cc_name" desc="" exp=""/>
    <constraint field="cc_status" desc="" exp=""/>
    <constraint field="cc_population" desc="" exp=""/>
    <constraint field="cc_households" desc="" exp=""/>
    <constraint field="cc_band" desc="" exp=""/>
    <constraint field="cc_pass" desc="" exp=""/>
    <constraint field="cc_fail" desc="" exp=""/>
    <constraint field="cc_unknown" desc="" exp=""/>
    <constraint field="cc_na" desc="" exp=""/>
    <constraint field="cc_complete" desc="" exp=""/>
    <constraint field="cc_gaps" desc="" exp=""/>
    <constraint field="cc_method" desc="" exp=""/>
    <constraint field="item_01" desc="" exp=""/>
    <constraint field="item_02" desc="" exp=""/>
    <constraint field="item_03" desc="" exp=""/>
    <constraint field="item_04" desc="" exp=""/>
    <constraint field="item_05" desc="" exp=""/>
    <constraint field="item_06" desc="" exp=""/>
    <constraint field="item_07" desc="" exp=""/>
    <constraint field="item_08" desc="" exp=""/>
    <constraint field="item_09" desc="" exp=""/>
    <constraint field="item_10" desc="" exp=""/>
    <constraint field="item_11" desc="" exp=""/>
    <constraint field="item_12" desc="" exp=""/>
    <constraint field="item_13" desc="" exp=""/>
    <constraint field="item_14" desc="" exp=""/>
    <constraint field="item_15" desc="" exp=""/>
    <constraint field="item_16" desc="" exp=""/>
    <constraint field="item_17" desc="" exp=""/>
    <constraint field="item_18" desc="" exp=""/>
    <constraint field="item_19" desc="" exp=""/>
    <constraint field="item_20" desc="" exp=""/>
  </constraintExpressions>
  <expressionfields/>
  <attributeactions/>
  <attributetableconfig sortOrder="0" sortExpression="" actionWidgetStyle="dropDown">
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
