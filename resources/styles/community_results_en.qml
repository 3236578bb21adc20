<!DOCTYPE qgis PUBLIC 'http://mrcc.com/qgis.dtd' 'SYSTEM'>
<qgis simplifyDrawingTol="1" labelsEnabled="1" simplifyLocal="1" simplifyDrawingHints="1" simplifyAlgorithm="0" simplifyMaxScale="1" symbologyReferenceScale="-1" minScale="100000000" version="3.22.16-Białowieża" styleCategories="AllStyleCategories" hasScaleBasedVisibilityFlag="0" maxScale="0" readOnly="0">
  <flags>
    <Identifiable>1</Identifiable>
    <Removable>1</Removable>
    <Searchable>1</Searchable>
    <Private>0</Private>
  </flags>
  <temporal limitMode="0" startField="" durationField="" enabled="0" endExpression="" startExpression="" durationUnit="min" fixedDuration="0" accumulate="0" mode="0" endField="">
    <fixedRange>
      <start></start>
      <end></end>
    </fixedRange>
  </temporal>
  <renderer-v2 type="RuleRenderer" referencescale="-1" enableorderby="0" forceraster="0" symbollevels="0">
    <rules key="classes">
      <rule filter="&quot;cc_complete&quot; = 1" symbol="0" label="Complete" key="class_1"/>
      <rule filter="&quot;cc_fail&quot; = 0 AND &quot;cc_complete&quot; = 0" symbol="1" label="No gap, data to verify" key="class_2"/>
      <rule filter="&quot;cc_fail&quot; >= 1 AND &quot;cc_fail&quot; &lt;= 2" symbol="2" label="1–2 gaps" key="class_3"/>
      <rule filter="&quot;cc_fail&quot; >= 3 AND &quot;cc_fail&quot; &lt;= 5" symbol="3" label="3–5 gaps" key="class_4"/>
      <rule filter="&quot;cc_fail&quot; >= 6" symbol="4" label="6+ gaps" key="class_5"/>
    </rules>
    <symbols>
      <symbol type="fill" force_rhr="0" clip_to_extent="1" alpha="1" name="0">
        <data_defined_properties>
          <Option type="Map">
            <Option type="QString" name="name" value=""/>
            <Option name="properties"/>
            <Option type="QString" name="type" value="collection"/>
          </Option>
        </data_defined_properties>
        <layer class="SimpleFill" enabled="1" locked="0" pass="0">
          <Option type="Map">
            <Option type="QString" name="border_width_map_unit_scale" value="3x:0,0,0,0,0,0"/>
            <Option type="QString" name="color" value="26,152,80,153"/>
            <Option type="QString" name="joinstyle" value="bevel"/>
            <Option type="QString" name="offset" value="0,0"/>
            <Option type="QString" name="offset_map_unit_scale" value="3x:0,0,0,0,0,0"/>
            <Option type="QString" name="offset_unit" value="MM"/>
            <Option type="QString" name="outline_color" value="77,77,77,255"/>
            <Option type="QString" name="outline_style" value="solid"/>
            <Option type="QString" name="outline_width" value="0.4"/>
            <Option type="QString" name="outline_width_unit" value="MM"/>
            <Option type="QString" name="style" value="solid"/>
          </Option>
          <prop k="border_width_map_unit_scale" v="3x:0,0,0,0,0,0"/>
          <prop k="color" v="26,152,80,153"/>
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
              <Option type="QString" name="name" value=""/>
              <Option name="properties"/>
              <Option type="QString" name="type" value="collection"/>
            </Option>
          </data_defined_properties>
        </layer>
      </symbol>
      <symbol type="fill" force_rhr="0" clip_to_extent="1" alpha="1" name="1">
        <data_defined_properties>
          <Option type="Map">
            <Option type="QString" name="name" value=""/>
            <Option name="properties"/>
            <Option type="QString" name="type" value="collection"/>
          </Option>
        </data_defined_properties>
        <layer class="SimpleFill" enabled="1" locked="0" pass="0">
          <Option type="Map">
            <Option type="QString" name="border_width_map_unit_scale" value="3x:0,0,0,0,0,0"/>
            <Option type="QString" name="color" value="189,189,189,153"/>
            <Option type="QString" name="joinstyle" value="bevel"/>
            <Option type="QString" name="offset" value="0,0"/>
            <Option type="QString" name="offset_map_unit_scale" value="3x:0,0,0,0,0,0"/>
            <Option type="QString" name="offset_unit" value="MM"/>
            <Option type="QString" name="outline_color" value="77,77,77,255"/>
            <Option type="QString" name="outline_style" value="solid"/>
            <Option type="QString" name="outline_width" value="0.4"/>
            <Option type="QString" name="outline_width_unit" value="MM"/>
            <Option type="QString" name="style" value="solid"/>
          </Option>
          <prop k="border_width_map_unit_scale" v="3x:0,0,0,0,0,0"/>
          <prop k="color" v="189,189,189,153"/>
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
              <Option type="QString" name="name" value=""/>
              <Option name="properties"/>
              <Option type="QString" name="type" value="collection"/>
            </Option>
          </data_defined_properties>
        </layer>
      </symbol>
      <symbol type="fill" force_rhr="0" clip_to_extent="1" alpha="1" name="2">
        <data_defined_properties>
          <Option type="Map">
            <Option type="QString" name="name" value=""/>
            <Option name="properties"/>
            <Option type="QString" name="type" value="collection"/>
          </Option>
        </data_defined_properties>
        <layer class="SimpleFill" enabled="1" locked="0" pass="0">
          <Option type="Map">
            <Option type="QString" name="border_width_map_unit_scale" value="3x:0,0,0,0,0,0"/>
            <Option type="QString" name="color" value="254,224,139,153"/>
            <Option type="QString" name="joinstyle" value="bevel"/>
            <Option type="QString" name="offset" value="0,0"/>
            <Option type="QString" name="offset_map_unit_scale" value="3x:0,0,0,0,0,0"/>
            <Option type="QString" name="offset_unit" value="MM"/>
            <Option type="QString" name="outline_color" value="77,77,77,255"/>
            <Option type="QString" name="outline_style" value="solid"/>
            <Option type="QString" name="outline_width" value="0.4"/>
            <Option type="QString" name="outline_width_unit" value="MM"/>
            <Option type="QString" name="style" value="solid"/>
          </Option>
          <prop k="border_width_map_unit_scale" v="3x:0,0,0,0,0,0"/>
          <prop k="color" v="254,224,139,153"/>
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
              <Option type="QString" name="name" value=""/>
              <Option name="properties"/>
              <Option type="QString" name="type" value="collection"/>
            </Option>
          </data_defined_properties>
        </layer>
      </symbol>
      <symbol type="fill" force_rhr="0" clip_to_extent="1" alpha="1" name="3">
        <data_defined_properties>
          <Option type="Map">
            <Option type="QString" name="name" value=""/>
            <Option name="properties"/>
            <Option type="QString" name="type" value="collection"/>
          </Option>
        </data_defined_properties>
        <layer class="SimpleFill" enabled="1" locked="0" pass="0">
          <Option type="Map">
            <Option type="QString" name="border_width_map_unit_scale" value="3x:0,0,0,0,0,0"/>
            <Option type="QString" name="color" value="252,141,89,153"/>
            <Option type="QString" name="joinstyle" value="bevel"/>
            <Option type="QString" name="offset" value="0,0"/>
            <Option type="QString" name="offset_map_unit_scale" value="3x:0,0,0,0,0,0"/>
            <Option type="QString" name="offset_unit" value="MM"/>
            <Option type="QString" name="outline_color" value="77,77,77,255"/>
            <Option type="QString" name="outline_style" value="solid"/>
            <Option type="QString" name="outline_width" value="0.4"/>
            <Option type="QString" name="outline_width_unit" value="MM"/>
            <Option type="QString" name="style" value="solid"/>
          </Option>
          <prop k="border_width_map_unit_scale" v="3x:0,0,0,0,0,0"/>
          <prop k="color" v="252,141,89,153"/>
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
              <Option type="QString" name="name" value=""/>
              <Option name="properties"/>
              <Option type="QString" name="type" value="collection"/>
            </Option>
          </data_defined_properties>
        </layer>
      </symbol>
      <symbol type="fill" force_rhr="0" clip_to_extent="1" alpha="1" name="4">
        <data_defined_properties>
          <Option type="Map">
            <Option type="QString" name="name" value=""/>
            <Option name="properties"/>
            <Option type="QString" name="type" value="collection"/>
          </Option>
        </data_defined_properties>
        <layer class="SimpleFill" enabled="1" locked="0" pass="0">
          <Option type="Map">
            <Option type="QString" name="border_width_map_unit_scale" value="3x:0,0,0,0,0,0"/>
            <Option type="QString" name="color" value="215,48,39,153"/>
            <Option type="QString" name="joinstyle" value="bevel"/>
            <Option type="QString" name="offset" value="0,0"/>
            <Option type="QString" name="offset_map_unit_scale" value="3x:0,0,0,0,0,0"/>
            <Option type="QString" name="offset_unit" value="MM"/>
            <Option type="QString" name="outline_color" value="77,77,77,255"/>
            <Option type="QString" name="outline_style" value="solid"/>
            <Option type="QString" name="outline_width" value="0.4"/>
            <Option type="QString" name="outline_width_unit" value="MM"/>
            <Option type="QString" name="style" value="solid"/>
          </Option>
          <prop k="border_width_map_unit_scale" v="3x:0,0,0,0,0,0"/>
          <prop k="color" v="215,48,39,153"/>
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
              <Option type="QString" name="name" value=""/>
              <Option name="properties"/>
              <Option type="QString" name="type" value="collection"/>
            </Option>
          </data_defined_properties>
        </layer>
      </symbol>
    </symbols>
  </renderer-v2>
  <labeling type="simple">
    <settings calloutType="simple">
      <text-style fieldName="coalesce(nullif(&quot;cc_name&quot;, ''), &quot;cc_id&quot;) || '\n' || CASE WHEN &quot;cc_complete&quot; = 1 THEN 'Complete' ELSE 'Gaps ' || &quot;cc_fail&quot; || ' · Unknown ' || &quot;cc_unknown&quot; END || CASE WHEN &quot;cc_unverified&quot; > 0 THEN '\nSize unverified ' || &quot;cc_unverified&quot; ELSE '' END" fontWeight="50" useSubstitutions="0" capitalization="0" fontSizeMapUnitScale="3x:0,0,0,0,0,0" textOrientation="horizontal" legendString="Aa" textColor="0,0,0,255" fontSize="9" fontUnderline="0" fontStrikeout="0" fontLetterSpacing="0" textOpacity="1" blendMode="0" fontItalic="0" fontWordSpacing="0" fontSizeUnit="Point" previewBkgrdColor="255,255,255,255" fontKerning="1" fontFamily="Noto Sans CJK SC" allowHtml="0" isExpression="1" namedStyle="" multilineHeight="1">
        <families/>
        <text-buffer bufferJoinStyle="128" bufferSize="0.80000000000000004" bufferSizeMapUnitScale="3x:0,0,0,0,0,0" bufferDraw="1" bufferBlendMode="0" bufferNoFill="1" bufferColor="255,255,255,255" bufferOpacity="1" bufferSizeUnits="MM"/>
        <text-mask maskOpacity="1" maskedSymbolLayers="" maskSizeUnits="MM" maskJoinStyle="128" maskType="0" maskSizeMapUnitScale="3x:0,0,0,0,0,0" maskEnabled="0" maskSize="1.5"/>
        <background shapeDraw="0" shapeRadiiX="0" shapeOpacity="1" shapeRadiiY="0" shapeOffsetMapUnitScale="3x:0,0,0,0,0,0" shapeFillColor="255,255,255,255" shapeBorderWidth="0" shapeSizeMapUnitScale="3x:0,0,0,0,0,0" shapeRadiiMapUnitScale="3x:0,0,0,0,0,0" shapeBorderWidthUnit="MM" shapeRotationType="0" shapeSVGFile="" shapeJoinStyle="64" shapeBorderColor="128,128,128,255" shapeBorderWidthMapUnitScale="3x:0,0,0,0,0,0" shapeRotation="0" shapeType="0" shapeOffsetUnit="MM" shapeRadiiUnit="MM" shapeOffsetX="0" shapeSizeX="0" shapeOffsetY="0" shapeSizeY="0" shapeBlendMode="0" shapeSizeUnit="MM" shapeSizeType="0">
          <symbol type="fill" force_rhr="0" clip_to_extent="1" alpha="1" name="fillSymbol">
            <data_defined_properties>
              <Option type="Map">
                <Option type="QString" name="name" value=""/>
                <Option name="properties"/>
                <Option type="QString" name="type" value="collection"/>
              </Option>
            </data_defined_properties>
            <layer class="SimpleFill" enabled="1" locked="0" pass="0">
              <Option type="Map">
                <Option type="QString" name="border_width_map_unit_scale" value="3x:0,0,0,0,0,0"/>
                <Option type="QString" name="color" value="255,255,255,255"/>
                <Option type="QString" name="joinstyle" value="bevel"/>
                <Option type="QString" name="offset" value="0,0"/>
                <Option type="QString" name="offset_map_unit_scale" value="3x:0,0,0,0,0,0"/>
                <Option type="QString" name="offset_unit" value="MM"/>
                <Option type="QString" name="outline_color" value="128,128,128,255"/>
                <Option type="QString" name="outline_style" value="no"/>
                <Option type="QString" name="outline_width" value="0"/>
                <Option type="QString" name="outline_width_unit" value="MM"/>
                <Option type="QString" name="style" value="solid"/>
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
                  <Option type="QString" name="name" value=""/>
                  <Option name="properties"/>
                  <Option type="QString" name="type" value="collection"/>
                </Option>
              </data_defined_properties>
            </layer>
          </symbol>
        </background>
        <shadow shadowRadiusMapUnitScale="3x:0,0,0,0,0,0" shadowRadiusAlphaOnly="0" shadowOffsetUnit="MM" shadowOffsetGlobal="1" shadowUnder="0" shadowOpacity="0.69999999999999996" shadowColor="0,0,0,255" shadowDraw="0" shadowOffsetMapUnitScale="3x:0,0,0,0,0,0" shadowRadius="1.5" shadowScale="100" shadowOffsetAngle="135" shadowBlendMode="6" shadowOffsetDist="1" shadowRadiusUnit="MM"/>
        <dd_properties>
          <Option type="Map">
            <Option type="QString" name="name" value=""/>
            <Option name="properties"/>
            <Option type="QString" name="type" value="collection"/>
          </Option>
        </dd_properties>
        <substitutions/>
      </text-style>
      <text-format placeDirectionSymbol="0" plussign="0" formatNumbers="0" rightDirectionSymbol=">" multilineAlign="3" reverseDirectionSymbol="0" useMaxLineLengthForAutoWrap="1" decimals="3" wrapChar="" autoWrapLength="0" leftDirectionSymbol="&lt;" addDirectionSymbol="0"/>
      <placement placementFlags="10" rotationUnit="AngleDegrees" rotationAngle="0" yOffset="0" xOffset="0" overrunDistanceMapUnitScale="3x:0,0,0,0,0,0" overrunDistance="0" geometryGeneratorEnabled="0" layerType="UnknownGeometry" labelOffsetMapUnitScale="3x:0,0,0,0,0,0" lineAnchorClipping="0" placement="0" repeatDistanceMapUnitScale="3x:0,0,0,0,0,0" lineAnchorPercent="0.5" geometryGenerator="" maxCurvedCharAngleIn="25" geometryGeneratorType="PointGeometry" preserveRotation="1" distMapUnitScale="3x:0,0,0,0,0,0" quadOffset="4" centroidInside="0" maxCurvedCharAngleOut="-25" overrunDistanceUnit="MM" polygonPlacementFlags="2" distUnits="MM" predefinedPositionOrder="TR,TL,BR,BL,R,L,TSR,BSR" lineAnchorType="0" offsetType="0" repeatDistanceUnits="MM" repeatDistance="0" fitInPolygonOnly="0" centroidWhole="0" dist="0" offsetUnits="MM" priority="5"/>
      <rendering upsidedownLabels="0" unplacedVisibility="0" obstacleType="1" displayAll="0" scaleMin="0" zIndex="0" scaleVisibility="0" minFeatureSize="0" fontLimitPixelSize="0" drawLabels="1" limitNumLabels="0" labelPerPart="0" maxNumLabels="2000" obstacle="1" fontMaxPixelSize="10000" scaleMax="0" obstacleFactor="1" fontMinPixelSize="0" mergeLines="0"/>
      <dd_properties>
        <Option type="Map">
          <Option type="QString" name="name" value=""/>
          <Option name="properties"/>
          <Option type="QString" name="type" value="collection"/>
        </Option>
      </dd_properties>
      <callout type="simple">
        <Option type="Map">
          <Option type="QString" name="anchorPoint" value="pole_of_inaccessibility"/>
          <Option type="int" name="blendMode" value="0"/>
          <Option type="Map" name="ddProperties">
            <Option type="QString" name="name" value=""/>
            <Option name="properties"/>
            <Option type="QString" name="type" value="collection"/>
          </Option>
          <Option type="bool" name="drawToAllParts" value="false"/>
          <Option type="QString" name="enabled" value="0"/>
          <Option type="QString" name="labelAnchorPoint" value="point_on_exterior"/>
          <Option type="QString" name="lineSymbol" value="&lt;symbol type=&quot;line&quot; force_rhr=&quot;0&quot; clip_to_extent=&quot;1&quot; alpha=&quot;1&quot; name=&quot;symbol&quot;>&lt;data_defined_properties>&lt;Option type=&quot;Map&quot;>&lt;Option type=&quot;QString&quot; name=&quot;name&quot; value=&quot;&quot;/>&lt;Option name=&quot;properties&quot;/>&lt;Option type=&quot;QString&quot; name=&quot;type&quot; value=&quot;collection&quot;/>&lt;/Option>&lt;/data_defined_properties>&lt;layer class=&quot;SimpleLine&quot; enabled=&quot;1&quot; locked=&quot;0&quot; pass=&quot;0&quot;>&lt;Option type=&quot;Map&quot;>&lt;Option type=&quot;QString&quot; name=&quot;align_dash_pattern&quot; value=&quot;0&quot;/>&lt;Option type=&quot;QString&quot; name=&quot;capstyle&quot; value=&quot;square&quot;/>&lt;Option type=&quot;QString&quot; name=&quot;customdash&quot; value=&quot;5;2&quot;/>&lt;Option type=&quot;QString&quot; name=&quot;customdash_map_unit_scale&quot; value=&quot;3x:0,0,0,0,0,0&quot;/>&lt;Option type=&quot;QString&quot; name=&quot;customdash_unit&quot; value=&quot;MM&quot;/>&lt;Option type=&quot;QString&quot; name=&quot;dash_pattern_offset&quot; value=&quot;0&quot;/>&lt;Option type=&quot;QString&quot; name=&quot;dash_pattern_offset_map_unit_scale&quot; value=&quot;3x:0,0,0,0,0,0&quot;/>&lt;Option type=&quot;QString&quot; name=&quot;dash_pattern_offset_unit&quot; value=&quot;MM&quot;/>&lt;Option type=&quot;QString&quot; name=&quot;draw_inside_polygon&quot; value=&quot;0&quot;/>&lt;Option type=&quot;QString&quot; name=&quot;joinstyle&quot; value=&quot;bevel&quot;/>&lt;Option type=&quot;QString&quot; name=&quot;line_color&quot; value=&quot;60,60,60,255&quot;/>&lt;Option type=&quot;QString&quot; name=&quot;line_style&quot; value=&quot;solid&quot;/>&lt;Option type=&quot;QString&quot; name=&quot;line_width&quot; value=&quot;0.3&quot;/>&lt;Option type=&quot;QString&quot; name=&quot;line_width_unit&quot; value=&quot;MM&quot;/>&lt;Option type=&quot;QString&quot; name=&quot;offset&quot; value=&quot;0&quot;/>&lt;Option type=&quot;QString&quot; name=&quot;offset_map_unit_scale&quot; value=&quot;3x:0,0,0,0,0,0&quot;/>&lt;Option type=&quot;QString&quot; name=&quot;offset_unit&quot; value=&quot;MM&quot;/>&lt;Option type=&quot;QString&quot; name=&quot;ring_filter&quot; value=&quot;0&quot;/>&lt;Option type=&quot;QString&quot; name=&quot;trim_distance_end&quot; value=&quot;0&quot;/>&lt;Option type=&quot;QString&quot; name=&quot;trim_distance_end_map_unit_scale&quot; value=&quot;3x:0,0,0,0,0,0&quot;/>&lt;Option type=&quot;QString&quot; name=&quot;trim_distance_end_unit&quot; value=&quot;MM&quot;/>&lt;Option type=&quot;QString&quot; name=&quot;trim_distance_start&quot; value=&quot;0&quot;/>&lt;Option type=&quot;QString&quot; name=&quot;trim_distance_start_map_unit_scale&quot; value=&quot;3x:0,0,0,0,0,0&quot;/>&lt;Option type=&quot;QString&quot; name=&quot;trim_distance_start_unit&quot; value=&quot;MM&quot;/>&lt;Option type=&quot;QString&quot; name=&quot;tweak_dash_pattern_on_corners&quot; value=&quot;0&quot;/>&lt;Option type=&quot;QString&quot; name=&quot;use_custom_dash&quot; value=&quot;0&quot;/>&lt;Option type=&quot;QString&quot; name=&quot;width_map_unit_scale&quot; value=&quot;3x:0,0,0,0,0,0&quot;/>&lt;/Option>&lt;prop k=&quot;align_dash_pattern&quot; v=&quot;0&quot;/>&lt;prop k=&quot;capstyle&quot; v=&quot;square&quot;/>&lt;prop k=&quot;customdash&quot; v=&quot;5;2&quot;/>&lt;prop k=&quot;customdash_map_unit_scale&quot; v=&quot;3x:0,0,0,0,0,0&quot;/>&lt;prop k=&quot;customdash_unit&quot; v=&quot;MM&quot;/>&lt;prop k=&quot;dash_pattern_offset&quot; v=&quot;0&quot;/>&lt;prop k=&quot;dash_pattern_offset_map_unit_scale&quot; v=&quot;3x:0,0,0,0,0,0&quot;/>&lt;prop k=&quot;dash_pattern_offset_unit&quot; v=&quot;MM&quot;/>&lt;prop k=&quot;draw_inside_polygon&quot; v=&quot;0&quot;/>&lt;prop k=&quot;joinstyle&quot; v=&quot;bevel&quot;/>&lt;prop k=&quot;line_color&quot; v=&quot;60,60,60,255&quot;/>&lt;prop k=&quot;line_style&quot; v=&quot;solid&quot;/>&lt;prop k=&quot;line_width&quot; v=&quot;0.3&quot;/>&lt;prop k=&quot;line_width_unit&quot; v=&quot;MM&quot;/>&lt;prop k=&quot;offset&quot; v=&quot;0&quot;/>&lt;prop k=&quot;offset_map_unit_scale&quot; v=&quot;3x:0,0,0,0,0,0&quot;/>&lt;prop k=&quot;offset_unit&quot; v=&quot;MM&quot;/>&lt;prop k=&quot;ring_filter&quot; v=&quot;0&quot;/>&lt;prop k=&quot;trim_distance_end&quot; v=&quot;0&quot;/>&lt;prop k=&quot;trim_distance_end_map_unit_scale&quot; v=&quot;3x:0,0,0,0,0,0&quot;/>&lt;prop k=&quot;trim_distance_end_unit&quot; v=&quot;MM&quot;/>&lt;prop k=&quot;trim_distance_start&quot; v=&quot;0&quot;/>&lt;prop k=&quot;trim_distance_start_map_unit_scale&quot; v=&quot;3x:0,0,0,0,0,0&quot;/>&lt;prop k=&quot;trim_distance_start_unit&quot; v=&quot;MM&quot;/>&lt;prop k=&quot;tweak_dash_pattern_on_corners&quot; v=&quot;0&quot;/>&lt;prop k=&quot;use_custom_dash&quot; v=&quot;0&quot;/>&lt;prop k=&quot;width_map_unit_scale&quot; v=&quot;3x:0,0,0,0,0,0&quot;/>&lt;data_defined_properties>&lt;Option type=&quot;Map&quot;>&lt;Option type=&quot;QString&quot; name=&quot;name&quot; value=&quot;&quot;/>&lt;Option name=&quot;properties&quot;/>&lt;Option type=&quot;QString&quot; name=&quot;type&quot; value=&quot;collection&quot;/>&lt;/Option>&lt;/data_defined_properties>&lt;/layer>&lt;/symbol>"/>
          <Option type="double" name="minLength" value="0"/>
          <Option type="QString" name="minLengthMapUnitScale" value="3x:0,0,0,0,0,0"/>
          <Option type="QString" name="minLengthUnit" value="MM"/>
          <Option type="double" name="offsetFromAnchor" value="0"/>
          <Option type="QString" name="offsetFromAnchorMapUnitScale" value="3x:0,0,0,0,0,0"/>
          <Option type="QString" name="offsetFromAnchorUnit" value="MM"/>
          <Option type="double" name="offsetFromLabel" value="0"/>
          <Option type="QString" name="offsetFromLabelMapUnitScale" value="3x:0,0,0,0,0,0"/>
          <Option type="QString" name="offsetFromLabelUnit" value="MM"/>
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
      <editWidget type="ValueMap">
        <config>
          <Option type="Map">
            <Option type="List" name="map">
              <Option type="Map">
                <Option type="QString" name="New" value="new"/>
              </Option>
              <Option type="Map">
                <Option type="QString" name="Existing" value="existing"/>
              </Option>
              <Option type="Map">
                <Option type="QString" name="Unknown" value="unknown"/>
              </Option>
              <Option type="Map">
                <Option type="QString" name="—" value="{2839923C-8B7D-419E-B84B-CA2FE9B80EC7}"/>
              </Option>
            </Option>
          </Option>
        </config>
      </editWidget>
    </field>
    <field name="cc_status_from" configurationFlags="None">
      <editWidget type="ValueMap">
        <config>
          <Option type="Map">
            <Option type="List" name="map">
              <Option type="Map">
                <Option type="QString" name="Field" value="field"/>
              </Option>
              <Option type="Map">
                <Option type="QString" name="Default" value="default"/>
              </Option>
              <Option type="Map">
                <Option type="QString" name="Unknown" value="unknown"/>
              </Option>
              <Option type="Map">
                <Option type="QString" name="—" value="{2839923C-8B7D-419E-B84B-CA2FE9B80EC7}"/>
              </Option>
            </Option>
          </Option>
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
      <editWidget type="ValueMap">
        <config>
          <Option type="Map">
            <Option type="List" name="map">
              <Option type="Map">
                <Option type="QString" name="Too small" value="under"/>
              </Option>
              <Option type="Map">
                <Option type="QString" name="Within range" value="ok"/>
              </Option>
              <Option type="Map">
                <Option type="QString" name="Too large" value="over"/>
              </Option>
              <Option type="Map">
                <Option type="QString" name="Unknown" value="unknown"/>
              </Option>
              <Option type="Map">
                <Option type="QString" name="—" value="{2839923C-8B7D-419E-B84B-CA2FE9B80EC7}"/>
              </Option>
            </Option>
          </Option>
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
      <editWidget type="ValueMap">
        <config>
          <Option type="Map">
            <Option type="List" name="map">
              <Option type="Map">
                <Option type="QString" name="Yes" value="1"/>
              </Option>
              <Option type="Map">
                <Option type="QString" name="No" value="0"/>
              </Option>
              <Option type="Map">
                <Option type="QString" name="—" value="{2839923C-8B7D-419E-B84B-CA2FE9B80EC7}"/>
              </Option>
            </Option>
          </Option>
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
      <editWidget type="ValueMap">
        <config>
          <Option type="Map">
            <Option type="List" name="map">
              <Option type="Map">
                <Option type="QString" name="Walking network" value="network"/>
              </Option>
              <Option type="Map">
                <Option type="QString" name="Straight line" value="straight_line"/>
              </Option>
              <Option type="Map">
                <Option type="QString" name="Inside the community" value="inside"/>
              </Option>
              <Option type="Map">
                <Option type="QString" name="Survey" value="surveyed"/>
              </Option>
              <Option type="Map">
                <Option type="QString" name="Attributes" value="attributes"/>
              </Option>
              <Option type="Map">
                <Option type="QString" name="—" value="{2839923C-8B7D-419E-B84B-CA2FE9B80EC7}"/>
              </Option>
            </Option>
          </Option>
        </config>
      </editWidget>
    </field>
    <field name="item_01" configurationFlags="None">
      <editWidget type="ValueMap">
        <config>
          <Option type="Map">
            <Option type="List" name="map">
              <Option type="Map">
                <Option type="QString" name="Pass" value="pass"/>
              </Option>
              <Option type="Map">
                <Option type="QString" name="Fail" value="fail"/>
              </Option>
              <Option type="Map">
                <Option type="QString" name="Unknown" value="unknown"/>
              </Option>
              <Option type="Map">
                <Option type="QString" name="Not applicable" value="not_applicable"/>
              </Option>
              <Option type="Map">
                <Option type="QString" name="—" value="{2839923C-8B7D-419E-B84B-CA2FE9B80EC7}"/>
              </Option>
            </Option>
          </Option>
        </config>
      </editWidget>
    </field>
    <field name="item_02" configurationFlags="None">
      <editWidget type="ValueMap">
        <config>
          <Option type="Map">
            <Option type="List" name="map">
              <Option type="Map">
                <Option type="QString" name="Pass" value="pass"/>
              </Option>
              <Option type="Map">
                <Option type="QString" name="Fail" value="fail"/>
              </Option>
              <Option type="Map">
                <Option type="QString" name="Unknown" value="unknown"/>
              </Option>
              <Option type="Map">
                <Option type="QString" name="Not applicable" value="not_applicable"/>
              </Option>
              <Option type="Map">
                <Option type="QString" name="—" value="{2839923C-8B7D-419E-B84B-CA2FE9B80EC7}"/>
              </Option>
            </Option>
          </Option>
        </config>
      </editWidget>
    </field>
    <field name="item_03" configurationFlags="None">
      <editWidget type="ValueMap">
        <config>
          <Option type="Map">
            <Option type="List" name="map">
              <Option type="Map">
                <Option type="QString" name="Pass" value="pass"/>
              </Option>
              <Option type="Map">
                <Option type="QString" name="Fail" value="fail"/>
              </Option>
              <Option type="Map">
                <Option type="QString" name="Unknown" value="unknown"/>
              </Option>
              <Option type="Map">
                <Option type="QString" name="Not applicable" value="not_applicable"/>
              </Option>
              <Option type="Map">
                <Option type="QString" name="—" value="{2839923C-8B7D-419E-B84B-CA2FE9B80EC7}"/>
              </Option>
            </Option>
          </Option>
        </config>
      </editWidget>
    </field>
    <field name="item_04" configurationFlags="None">
      <editWidget type="ValueMap">
        <config>
          <Option type="Map">
            <Option type="List" name="map">
              <Option type="Map">
                <Option type="QString" name="Pass" value="pass"/>
              </Option>
              <Option type="Map">
                <Option type="QString" name="Fail" value="fail"/>
              </Option>
              <Option type="Map">
                <Option type="QString" name="Unknown" value="unknown"/>
              </Option>
              <Option type="Map">
                <Option type="QString" name="Not applicable" value="not_applicable"/>
              </Option>
              <Option type="Map">
                <Option type="QString" name="—" value="{2839923C-8B7D-419E-B84B-CA2FE9B80EC7}"/>
              </Option>
            </Option>
          </Option>
        </config>
      </editWidget>
    </field>
    <field name="item_05" configurationFlags="None">
      <editWidget type="ValueMap">
        <config>
          <Option type="Map">
            <Option type="List" name="map">
              <Option type="Map">
                <Option type="QString" name="Pass" value="pass"/>
              </Option>
              <Option type="Map">
                <Option type="QString" name="Fail" value="fail"/>
              </Option>
              <Option type="Map">
                <Option type="QString" name="Unknown" value="unknown"/>
              </Option>
              <Option type="Map">
                <Option type="QString" name="Not applicable" value="not_applicable"/>
              </Option>
              <Option type="Map">
                <Option type="QString" name="—" value="{2839923C-8B7D-419E-B84B-CA2FE9B80EC7}"/>
              </Option>
            </Option>
          </Option>
        </config>
      </editWidget>
    </field>
    <field name="item_06" configurationFlags="None">
      <editWidget type="ValueMap">
        <config>
          <Option type="Map">
            <Option type="List" name="map">
              <Option type="Map">
                <Option type="QString" name="Pass" value="pass"/>
              </Option>
              <Option type="Map">
                <Option type="QString" name="Fail" value="fail"/>
              </Option>
              <Option type="Map">
                <Option type="QString" name="Unknown" value="unknown"/>
              </Option>
              <Option type="Map">
                <Option type="QString" name="Not applicable" value="not_applicable"/>
              </Option>
              <Option type="Map">
                <Option type="QString" name="—" value="{2839923C-8B7D-419E-B84B-CA2FE9B80EC7}"/>
              </Option>
            </Option>
          </Option>
        </config>
      </editWidget>
    </field>
    <field name="item_07" configurationFlags="None">
      <editWidget type="ValueMap">
        <config>
          <Option type="Map">
            <Option type="List" name="map">
              <Option type="Map">
                <Option type="QString" name="Pass" value="pass"/>
              </Option>
              <Option type="Map">
                <Option type="QString" name="Fail" value="fail"/>
              </Option>
              <Option type="Map">
                <Option type="QString" name="Unknown" value="unknown"/>
              </Option>
              <Option type="Map">
                <Option type="QString" name="Not applicable" value="not_applicable"/>
              </Option>
              <Option type="Map">
                <Option type="QString" name="—" value="{2839923C-8B7D-419E-B84B-CA2FE9B80EC7}"/>
              </Option>
            </Option>
          </Option>
        </config>
      </editWidget>
    </field>
    <field name="item_08" configurationFlags="None">
      <editWidget type="ValueMap">
        <config>
          <Option type="Map">
            <Option type="List" name="map">
              <Option type="Map">
                <Option type="QString" name="Pass" value="pass"/>
              </Option>
              <Option type="Map">
                <Option type="QString" name="Fail" value="fail"/>
              </Option>
              <Option type="Map">
                <Option type="QString" name="Unknown" value="unknown"/>
              </Option>
              <Option type="Map">
                <Option type="QString" name="Not applicable" value="not_applicable"/>
              </Option>
              <Option type="Map">
                <Option type="QString" name="—" value="{2839923C-8B7D-419E-B84B-CA2FE9B80EC7}"/>
              </Option>
            </Option>
          </Option>
        </config>
      </editWidget>
    </field>
    <field name="item_09" configurationFlags="None">
      <editWidget type="ValueMap">
        <config>
          <Option type="Map">
            <Option type="List" name="map">
              <Option type="Map">
                <Option type="QString" name="Pass" value="pass"/>
              </Option>
              <Option type="Map">
                <Option type="QString" name="Fail" value="fail"/>
              </Option>
              <Option type="Map">
                <Option type="QString" name="Unknown" value="unknown"/>
              </Option>
              <Option type="Map">
                <Option type="QString" name="Not applicable" value="not_applicable"/>
              </Option>
              <Option type="Map">
                <Option type="QString" name="—" value="{2839923C-8B7D-419E-B84B-CA2FE9B80EC7}"/>
              </Option>
            </Option>
          </Option>
        </config>
      </editWidget>
    </field>
    <field name="item_10" configurationFlags="None">
      <editWidget type="ValueMap">
        <config>
          <Option type="Map">
            <Option type="List" name="map">
              <Option type="Map">
                <Option type="QString" name="Pass" value="pass"/>
              </Option>
              <Option type="Map">
                <Option type="QString" name="Fail" value="fail"/>
              </Option>
              <Option type="Map">
                <Option type="QString" name="Unknown" value="unknown"/>
              </Option>
              <Option type="Map">
                <Option type="QString" name="Not applicable" value="not_applicable"/>
              </Option>
              <Option type="Map">
                <Option type="QString" name="—" value="{2839923C-8B7D-419E-B84B-CA2FE9B80EC7}"/>
              </Option>
            </Option>
          </Option>
        </config>
      </editWidget>
    </field>
    <field name="item_11" configurationFlags="None">
      <editWidget type="ValueMap">
        <config>
          <Option type="Map">
            <Option type="List" name="map">
              <Option type="Map">
                <Option type="QString" name="Pass" value="pass"/>
              </Option>
              <Option type="Map">
                <Option type="QString" name="Fail" value="fail"/>
              </Option>
              <Option type="Map">
                <Option type="QString" name="Unknown" value="unknown"/>
              </Option>
              <Option type="Map">
                <Option type="QString" name="Not applicable" value="not_applicable"/>
              </Option>
              <Option type="Map">
                <Option type="QString" name="—" value="{2839923C-8B7D-419E-B84B-CA2FE9B80EC7}"/>
              </Option>
            </Option>
          </Option>
        </config>
      </editWidget>
    </field>
    <field name="item_12" configurationFlags="None">
      <editWidget type="ValueMap">
        <config>
          <Option type="Map">
            <Option type="List" name="map">
              <Option type="Map">
                <Option type="QString" name="Pass" value="pass"/>
              </Option>
              <Option type="Map">
                <Option type="QString" name="Fail" value="fail"/>
              </Option>
              <Option type="Map">
                <Option type="QString" name="Unknown" value="unknown"/>
              </Option>
              <Option type="Map">
                <Option type="QString" name="Not applicable" value="not_applicable"/>
              </Option>
              <Option type="Map">
                <Option type="QString" name="—" value="{2839923C-8B7D-419E-B84B-CA2FE9B80EC7}"/>
              </Option>
            </Option>
          </Option>
        </config>
      </editWidget>
    </field>
    <field name="item_13" configurationFlags="None">
      <editWidget type="ValueMap">
        <config>
          <Option type="Map">
            <Option type="List" name="map">
              <Option type="Map">
                <Option type="QString" name="Pass" value="pass"/>
              </Option>
              <Option type="Map">
                <Option type="QString" name="Fail" value="fail"/>
              </Option>
              <Option type="Map">
                <Option type="QString" name="Unknown" value="unknown"/>
              </Option>
              <Option type="Map">
                <Option type="QString" name="Not applicable" value="not_applicable"/>
              </Option>
              <Option type="Map">
                <Option type="QString" name="—" value="{2839923C-8B7D-419E-B84B-CA2FE9B80EC7}"/>
              </Option>
            </Option>
          </Option>
        </config>
      </editWidget>
    </field>
    <field name="item_14" configurationFlags="None">
      <editWidget type="ValueMap">
        <config>
          <Option type="Map">
            <Option type="List" name="map">
              <Option type="Map">
                <Option type="QString" name="Pass" value="pass"/>
              </Option>
              <Option type="Map">
                <Option type="QString" name="Fail" value="fail"/>
              </Option>
              <Option type="Map">
                <Option type="QString" name="Unknown" value="unknown"/>
              </Option>
              <Option type="Map">
                <Option type="QString" name="Not applicable" value="not_applicable"/>
              </Option>
              <Option type="Map">
                <Option type="QString" name="—" value="{2839923C-8B7D-419E-B84B-CA2FE9B80EC7}"/>
              </Option>
            </Option>
          </Option>
        </config>
      </editWidget>
    </field>
    <field name="item_15" configurationFlags="None">
      <editWidget type="ValueMap">
        <config>
          <Option type="Map">
            <Option type="List" name="map">
              <Option type="Map">
                <Option type="QString" name="Pass" value="pass"/>
              </Option>
              <Option type="Map">
                <Option type="QString" name="Fail" value="fail"/>
              </Option>
              <Option type="Map">
                <Option type="QString" name="Unknown" value="unknown"/>
              </Option>
              <Option type="Map">
                <Option type="QString" name="Not applicable" value="not_applicable"/>
              </Option>
              <Option type="Map">
                <Option type="QString" name="—" value="{2839923C-8B7D-419E-B84B-CA2FE9B80EC7}"/>
              </Option>
            </Option>
          </Option>
        </config>
      </editWidget>
    </field>
    <field name="item_16" configurationFlags="None">
      <editWidget type="ValueMap">
        <config>
          <Option type="Map">
            <Option type="List" name="map">
              <Option type="Map">
                <Option type="QString" name="Pass" value="pass"/>
              </Option>
              <Option type="Map">
                <Option type="QString" name="Fail" value="fail"/>
              </Option>
              <Option type="Map">
                <Option type="QString" name="Unknown" value="unknown"/>
              </Option>
              <Option type="Map">
                <Option type="QString" name="Not applicable" value="not_applicable"/>
              </Option>
              <Option type="Map">
                <Option type="QString" name="—" value="{2839923C-8B7D-419E-B84B-CA2FE9B80EC7}"/>
              </Option>
            </Option>
          </Option>
        </config>
      </editWidget>
    </field>
    <field name="item_17" configurationFlags="None">
      <editWidget type="ValueMap">
        <config>
          <Option type="Map">
            <Option type="List" name="map">
              <Option type="Map">
                <Option type="QString" name="Pass" value="pass"/>
              </Option>
              <Option type="Map">
                <Option type="QString" name="Fail" value="fail"/>
              </Option>
              <Option type="Map">
                <Option type="QString" name="Unknown" value="unknown"/>
              </Option>
              <Option type="Map">
                <Option type="QString" name="Not applicable" value="not_applicable"/>
              </Option>
              <Option type="Map">
                <Option type="QString" name="—" value="{2839923C-8B7D-419E-B84B-CA2FE9B80EC7}"/>
              </Option>
            </Option>
          </Option>
        </config>
      </editWidget>
    </field>
    <field name="item_18" configurationFlags="None">
      <editWidget type="ValueMap">
        <config>
          <Option type="Map">
            <Option type="List" name="map">
              <Option type="Map">
                <Option type="QString" name="Pass" value="pass"/>
              </Option>
              <Option type="Map">
                <Option type="QString" name="Fail" value="fail"/>
              </Option>
              <Option type="Map">
                <Option type="QString" name="Unknown" value="unknown"/>
              </Option>
              <Option type="Map">
                <Option type="QString" name="Not applicable" value="not_applicable"/>
              </Option>
              <Option type="Map">
                <Option type="QString" name="—" value="{2839923C-8B7D-419E-B84B-CA2FE9B80EC7}"/>
              </Option>
            </Option>
          </Option>
        </config>
      </editWidget>
    </field>
    <field name="item_19" configurationFlags="None">
      <editWidget type="ValueMap">
        <config>
          <Option type="Map">
            <Option type="List" name="map">
              <Option type="Map">
                <Option type="QString" name="Pass" value="pass"/>
              </Option>
              <Option type="Map">
                <Option type="QString" name="Fail" value="fail"/>
              </Option>
              <Option type="Map">
                <Option type="QString" name="Unknown" value="unknown"/>
              </Option>
              <Option type="Map">
                <Option type="QString" name="Not applicable" value="not_applicable"/>
              </Option>
              <Option type="Map">
                <Option type="QString" name="—" value="{2839923C-8B7D-419E-B84B-CA2FE9B80EC7}"/>
              </Option>
            </Option>
          </Option>
        </config>
      </editWidget>
    </field>
    <field name="item_20" configurationFlags="None">
      <editWidget type="ValueMap">
        <config>
          <Option type="Map">
            <Option type="List" name="map">
              <Option type="Map">
                <Option type="QString" name="Pass" value="pass"/>
              </Option>
              <Option type="Map">
                <Option type="QString" name="Fail" value="fail"/>
              </Option>
              <Option type="Map">
                <Option type="QString" name="Unknown" value="unknown"/>
              </Option>
              <Option type="Map">
                <Option type="QString" name="Not applicable" value="not_applicable"/>
              </Option>
              <Option type="Map">
                <Option type="QString" name="—" value="{2839923C-8B7D-419E-B84B-CA2FE9B80EC7}"/>
              </Option>
            </Option>
          </Option>
        </config>
      </editWidget>
    </field>
  </fieldConfiguration>
  <aliases>
    <alias name="Community ID" field="cc_id" index="0"/>
    <alias name="Community name" field="cc_name" index="1"/>
    <alias name="New/existing" field="cc_status" index="2"/>
    <alias name="New/existing decided by" field="cc_status_from" index="3"/>
    <alias name="Population" field="cc_population" index="4"/>
    <alias name="Households" field="cc_households" index="5"/>
    <alias name="Population size" field="cc_band" index="6"/>
    <alias name="Items passed" field="cc_pass" index="7"/>
    <alias name="Gaps (items failed)" field="cc_fail" index="8"/>
    <alias name="Items unknown" field="cc_unknown" index="9"/>
    <alias name="Items not applicable" field="cc_na" index="10"/>
    <alias name="Complete community" field="cc_complete" index="11"/>
    <alias name="Gap items" field="cc_gaps" index="12"/>
    <alias name="Items with size unverified" field="cc_unverified" index="13"/>
    <alias name="Size-unverified items" field="cc_unverified_items" index="14"/>
    <alias name="Distance method" field="cc_method" index="15"/>
    <alias name="01 A community service station" field="item_01" index="16"/>
    <alias name="02 A kindergarten" field="item_02" index="17"/>
    <alias name="03 A nursery" field="item_03" index="18"/>
    <alias name="04 An elderly service station" field="item_04" index="19"/>
    <alias name="05 A community health station" field="item_05" index="20"/>
    <alias name="06 A supermarket" field="item_06" index="21"/>
    <alias name="07 Letter and parcel delivery facilities" field="item_07" index="22"/>
    <alias name="08 Other convenience shops" field="item_08" index="23"/>
    <alias name="09 Water, power, roads, gas, heating, telecom" field="item_09" index="24"/>
    <alias name="10 Parking and charging" field="item_10" index="25"/>
    <alias name="11 Walking and cycling network" field="item_11" index="26"/>
    <alias name="12 Barrier-free facilities" field="item_12" index="27"/>
    <alias name="13 Sanitation facilities" field="item_13" index="28"/>
    <alias name="14 Public activity sites" field="item_14" index="29"/>
    <alias name="15 Public green space" field="item_15" index="30"/>
    <alias name="16 Property services" field="item_16" index="31"/>
    <alias name="17 Property service platform" field="item_17" index="32"/>
    <alias name="18 Management mechanism" field="item_18" index="33"/>
    <alias name="19 Integrated management services" field="item_19" index="34"/>
    <alias name="20 Community culture" field="item_20" index="35"/>
  </aliases>
  <defaults>
    <default expression="" field="cc_id" applyOnUpdate="0"/>
    <default expression="" field="cc_name" applyOnUpdate="0"/>
    <default expression="" field="cc_status" applyOnUpdate="0"/>
    <default expression="" field="cc_status_from" applyOnUpdate="0"/>
    <default expression="" field="cc_population" applyOnUpdate="0"/>
    <default expression="" field="cc_households" applyOnUpdate="0"/>
    <default expression="" field="cc_band" applyOnUpdate="0"/>
    <default expression="" field="cc_pass" applyOnUpdate="0"/>
    <default expression="" field="cc_fail" applyOnUpdate="0"/>
    <default expression="" field="cc_unknown" applyOnUpdate="0"/>
    <default expression="" field="cc_na" applyOnUpdate="0"/>
    <default expression="" field="cc_complete" applyOnUpdate="0"/>
    <default expression="" field="cc_gaps" applyOnUpdate="0"/>
    <default expression="" field="cc_unverified" applyOnUpdate="0"/>
    <default expression="" field="cc_unverified_items" applyOnUpdate="0"/>
    <default expression="" field="cc_method" applyOnUpdate="0"/>
    <default expression="" field="item_01" applyOnUpdate="0"/>
    <default expression="" field="item_02" applyOnUpdate="0"/>
    <default expression="" field="item_03" applyOnUpdate="0"/>
    <default expression="" field="item_04" applyOnUpdate="0"/>
    <default expression="" field="item_05" applyOnUpdate="0"/>
    <default expression="" field="item_06" applyOnUpdate="0"/>
    <default expression="" field="item_07" applyOnUpdate="0"/>
    <default expression="" field="item_08" applyOnUpdate="0"/>
    <default expression="" field="item_09" applyOnUpdate="0"/>
    <default expression="" field="item_10" applyOnUpdate="0"/>
    <default expression="" field="item_11" applyOnUpdate="0"/>
    <default expression="" field="item_12" applyOnUpdate="0"/>
    <default expression="" field="item_13" applyOnUpdate="0"/>
    <default expression="" field="item_14" applyOnUpdate="0"/>
    <default expression="" field="item_15" applyOnUpdate="0"/>
    <default expression="" field="item_16" applyOnUpdate="0"/>
    <default expression="" field="item_17" applyOnUpdate="0"/>
    <default expression="" field="item_18" applyOnUpdate="0"/>
    <default expression="" field="item_19" applyOnUpdate="0"/>
    <default expression="" field="item_20" applyOnUpdate="0"/>
  </defaults>
  <constraints>
    <constraint unique_strength="0" exp_strength="0" field="cc_id" notnull_strength="0" constraints="0"/>
    <constraint unique_strength="0" exp_strength="0" field="cc_name" notnull_strength="0" constraints="0"/>
    <constraint unique_strength="0" exp_strength="0" field="cc_status" notnull_strength="0" constraints="0"/>
    <constraint unique_strength="0" exp_strength="0" field="cc_status_from" notnull_strength="0" constraints="0"/>
    <constraint unique_strength="0" exp_strength="0" field="cc_population" notnull_strength="0" constraints="0"/>
    <constraint unique_strength="0" exp_strength="0" field="cc_households" notnull_strength="0" constraints="0"/>
    <constraint unique_strength="0" exp_strength="0" field="cc_band" notnull_strength="0" constraints="0"/>
    <constraint unique_strength="0" exp_strength="0" field="cc_pass" notnull_strength="0" constraints="0"/>
    <constraint unique_strength="0" exp_strength="0" field="cc_fail" notnull_strength="0" constraints="0"/>
    <constraint unique_strength="0" exp_strength="0" field="cc_unknown" notnull_strength="0" constraints="0"/>
    <constraint unique_strength="0" exp_strength="0" field="cc_na" notnull_strength="0" constraints="0"/>
    <constraint unique_strength="0" exp_strength="0" field="cc_complete" notnull_strength="0" constraints="0"/>
    <constraint unique_strength="0" exp_strength="0" field="cc_gaps" notnull_strength="0" constraints="0"/>
    <constraint unique_strength="0" exp_strength="0" field="cc_unverified" notnull_strength="0" constraints="0"/>
    <constraint unique_strength="0" exp_strength="0" field="cc_unverified_items" notnull_strength="0" constraints="0"/>
    <constraint unique_strength="0" exp_strength="0" field="cc_method" notnull_strength="0" constraints="0"/>
    <constraint unique_strength="0" exp_strength="0" field="item_01" notnull_strength="0" constraints="0"/>
    <constraint unique_strength="0" exp_strength="0" field="item_02" notnull_strength="0" constraints="0"/>
    <constraint unique_strength="0" exp_strength="0" field="item_03" notnull_strength="0" constraints="0"/>
    <constraint unique_strength="0" exp_strength="0" field="item_04" notnull_strength="0" constraints="0"/>
    <constraint unique_strength="0" exp_strength="0" field="item_05" notnull_strength="0" constraints="0"/>
    <constraint unique_strength="0" exp_strength="0" field="item_06" notnull_strength="0" constraints="0"/>
    <constraint unique_strength="0" exp_strength="0" field="item_07" notnull_strength="0" constraints="0"/>
    <constraint unique_strength="0" exp_strength="0" field="item_08" notnull_strength="0" constraints="0"/>
    <constraint unique_strength="0" exp_strength="0" field="item_09" notnull_strength="0" constraints="0"/>
    <constraint unique_strength="0" exp_strength="0" field="item_10" notnull_strength="0" constraints="0"/>
    <constraint unique_strength="0" exp_strength="0" field="item_11" notnull_strength="0" constraints="0"/>
    <constraint unique_strength="0" exp_strength="0" field="item_12" notnull_strength="0" constraints="0"/>
    <constraint unique_strength="0" exp_strength="0" field="item_13" notnull_strength="0" constraints="0"/>
    <constraint unique_strength="0" exp_strength="0" field="item_14" notnull_strength="0" constraints="0"/>
    <constraint unique_strength="0" exp_strength="0" field="item_15" notnull_strength="0" constraints="0"/>
    <constraint unique_strength="0" exp_strength="0" field="item_16" notnull_strength="0" constraints="0"/>
    <constraint unique_strength="0" exp_strength="0" field="item_17" notnull_strength="0" constraints="0"/>
    <constraint unique_strength="0" exp_strength="0" field="item_18" notnull_strength="0" constraints="0"/>
    <constraint unique_strength="0" exp_strength="0" field="item_19" notnull_strength="0" constraints="0"/>
    <constraint unique_strength="0" exp_strength="0" field="item_20" notnull_strength="0" constraints="0"/>
  </constraints>
  <constraintExpressions>
    <constraint desc="" field="cc_id" exp=""/>
    <constraint desc="" field="cc_name" exp=""/>
    <constraint desc="" field="cc_status" exp=""/>
    <constraint desc="" field="cc_status_from" exp=""/>
    <constraint desc="" field="cc_population" exp=""/>
    <constraint desc="" field="cc_households" exp=""/>
    <constraint desc="" field="cc_band" exp=""/>
    <constraint desc="" field="cc_pass" exp=""/>
    <constraint desc="" field="cc_fail" exp=""/>
    <constraint desc="" field="cc_unknown" exp=""/>
    <constraint desc="" field="cc_na" exp=""/>
    <constraint desc="" field="cc_complete" exp=""/>
    <constraint desc="" field="cc_gaps" exp=""/>
    <constraint desc="" field="cc_unverified" exp=""/>
    <constraint desc="" field="cc_unverified_items" exp=""/>
    <constraint desc="" field="cc_method" exp=""/>
    <constraint desc="" field="item_01" exp=""/>
    <constraint desc="" field="item_02" exp=""/>
    <constraint desc="" field="item_03" exp=""/>
    <constraint desc="" field="item_04" exp=""/>
    <constraint desc="" field="item_05" exp=""/>
    <constraint desc="" field="item_06" exp=""/>
    <constraint desc="" field="item_07" exp=""/>
    <constraint desc="" field="item_08" exp=""/>
    <constraint desc="" field="item_09" exp=""/>
    <constraint desc="" field="item_10" exp=""/>
    <constraint desc="" field="item_11" exp=""/>
    <constraint desc="" field="item_12" exp=""/>
    <constraint desc="" field="item_13" exp=""/>
    <constraint desc="" field="item_14" exp=""/>
    <constraint desc="" field="item_15" exp=""/>
    <constraint desc="" field="item_16" exp=""/>
    <constraint desc="" field="item_17" exp=""/>
    <constraint desc="" field="item_18" exp=""/>
    <constraint desc="" field="item_19" exp=""/>
    <constraint desc="" field="item_20" exp=""/>
  </constraintExpressions>
  <expressionfields/>
  <attributeactions/>
  <attributetableconfig sortOrder="0" sortExpression="" actionWidgetStyle="dropDown">
    <columns/>
  </attributetableconfig>
  <conditionalstyles>
    <rowstyles/>
    <fieldstyles>
      <fieldstyle fieldname="item_20">
        <style background_color="#d9f0d3" name="Pass" background_color_alpha="255" rule="@value = 'pass'">
          <font description="DejaVu LGC Sans,12,-1,5,50,0,0,0,0,0" style=""/>
        </style>
        <style background_color="#f4a6a6" name="Fail" background_color_alpha="255" rule="@value = 'fail'">
          <font description="DejaVu LGC Sans,12,-1,5,50,0,0,0,0,0" style=""/>
        </style>
        <style background_color="#e0e0e0" name="Unknown" background_color_alpha="255" rule="@value = 'unknown'">
          <font description="DejaVu LGC Sans,12,-1,5,50,0,0,0,0,0" style=""/>
        </style>
        <style background_color="#ffffff" name="Not applicable" background_color_alpha="255" rule="@value = 'not_applicable'">
          <font description="DejaVu LGC Sans,12,-1,5,50,0,0,0,0,0" style=""/>
        </style>
      </fieldstyle>
      <fieldstyle fieldname="item_10">
        <style background_color="#d9f0d3" name="Pass" background_color_alpha="255" rule="@value = 'pass'">
          <font description="DejaVu LGC Sans,12,-1,5,50,0,0,0,0,0" style=""/>
        </style>
        <style background_color="#f4a6a6" name="Fail" background_color_alpha="255" rule="@value = 'fail'">
          <font description="DejaVu LGC Sans,12,-1,5,50,0,0,0,0,0" style=""/>
        </style>
        <style background_color="#e0e0e0" name="Unknown" background_color_alpha="255" rule="@value = 'unknown'">
          <font description="DejaVu LGC Sans,12,-1,5,50,0,0,0,0,0" style=""/>
        </style>
        <style background_color="#ffffff" name="Not applicable" background_color_alpha="255" rule="@value = 'not_applicable'">
          <font description="DejaVu LGC Sans,12,-1,5,50,0,0,0,0,0" style=""/>
        </style>
      </fieldstyle>
      <fieldstyle fieldname="item_11">
        <style background_color="#d9f0d3" name="Pass" background_color_alpha="255" rule="@value = 'pass'">
          <font description="DejaVu LGC Sans,12,-1,5,50,0,0,0,0,0" style=""/>
        </style>
        <style background_color="#f4a6a6" name="Fail" background_color_alpha="255" rule="@value = 'fail'">
          <font description="DejaVu LGC Sans,12,-1,5,50,0,0,0,0,0" style=""/>
        </style>
        <style background_color="#e0e0e0" name="Unknown" background_color_alpha="255" rule="@value = 'unknown'">
          <font description="DejaVu LGC Sans,12,-1,5,50,0,0,0,0,0" style=""/>
        </style>
        <style background_color="#ffffff" name="Not applicable" background_color_alpha="255" rule="@value = 'not_applicable'">
          <font description="DejaVu LGC Sans,12,-1,5,50,0,0,0,0,0" style=""/>
        </style>
      </fieldstyle>
      <fieldstyle fieldname="item_12">
        <style background_color="#d9f0d3" name="Pass" background_color_alpha="255" rule="@value = 'pass'">
          <font description="DejaVu LGC Sans,12,-1,5,50,0,0,0,0,0" style=""/>
        </style>
        <style background_color="#f4a6a6" name="Fail" background_color_alpha="255" rule="@value = 'fail'">
          <font description="DejaVu LGC Sans,12,-1,5,50,0,0,0,0,0" style=""/>
        </style>
        <style background_color="#e0e0e0" name="Unknown" background_color_alpha="255" rule="@value = 'unknown'">
          <font description="DejaVu LGC Sans,12,-1,5,50,0,0,0,0,0" style=""/>
        </style>
        <style background_color="#ffffff" name="Not applicable" background_color_alpha="255" rule="@value = 'not_applicable'">
          <font description="DejaVu LGC Sans,12,-1,5,50,0,0,0,0,0" style=""/>
        </style>
      </fieldstyle>
      <fieldstyle fieldname="item_13">
        <style background_color="#d9f0d3" name="Pass" background_color_alpha="255" rule="@value = 'pass'">
          <font description="DejaVu LGC Sans,12,-1,5,50,0,0,0,0,0" style=""/>
        </style>
        <style background_color="#f4a6a6" name="Fail" background_color_alpha="255" rule="@value = 'fail'">
          <font description="DejaVu LGC Sans,12,-1,5,50,0,0,0,0,0" style=""/>
        </style>
        <style background_color="#e0e0e0" name="Unknown" background_color_alpha="255" rule="@value = 'unknown'">
          <font description="DejaVu LGC Sans,12,-1,5,50,0,0,0,0,0" style=""/>
        </style>
        <style background_color="#ffffff" name="Not applicable" background_color_alpha="255" rule="@value = 'not_applicable'">
          <font description="DejaVu LGC Sans,12,-1,5,50,0,0,0,0,0" style=""/>
        </style>
      </fieldstyle>
      <fieldstyle fieldname="item_14">
        <style background_color="#d9f0d3" name="Pass" background_color_alpha="255" rule="@value = 'pass'">
          <font description="DejaVu LGC Sans,12,-1,5,50,0,0,0,0,0" style=""/>
        </style>
        <style background_color="#f4a6a6" name="Fail" background_color_alpha="255" rule="@value = 'fail'">
          <font description="DejaVu LGC Sans,12,-1,5,50,0,0,0,0,0" style=""/>
        </style>
        <style background_color="#e0e0e0" name="Unknown" background_color_alpha="255" rule="@value = 'unknown'">
          <font description="DejaVu LGC Sans,12,-1,5,50,0,0,0,0,0" style=""/>
        </style>
        <style background_color="#ffffff" name="Not applicable" background_color_alpha="255" rule="@value = 'not_applicable'">
          <font description="DejaVu LGC Sans,12,-1,5,50,0,0,0,0,0" style=""/>
        </style>
      </fieldstyle>
      <fieldstyle fieldname="item_15">
        <style background_color="#d9f0d3" name="Pass" background_color_alpha="255" rule="@value = 'pass'">
          <font description="DejaVu LGC Sans,12,-1,5,50,0,0,0,0,0" style=""/>
        </style>
        <style background_color="#f4a6a6" name="Fail" background_color_alpha="255" rule="@value = 'fail'">
          <font description="DejaVu LGC Sans,12,-1,5,50,0,0,0,0,0" style=""/>
        </style>
        <style background_color="#e0e0e0" name="Unknown" background_color_alpha="255" rule="@value = 'unknown'">
          <font description="DejaVu LGC Sans,12,-1,5,50,0,0,0,0,0" style=""/>
        </style>
        <style background_color="#ffffff" name="Not applicable" background_color_alpha="255" rule="@value = 'not_applicable'">
          <font description="DejaVu LGC Sans,12,-1,5,50,0,0,0,0,0" style=""/>
        </style>
      </fieldstyle>
      <fieldstyle fieldname="item_16">
        <style background_color="#d9f0d3" name="Pass" background_color_alpha="255" rule="@value = 'pass'">
          <font description="DejaVu LGC Sans,12,-1,5,50,0,0,0,0,0" style=""/>
        </style>
        <style background_color="#f4a6a6" name="Fail" background_color_alpha="255" rule="@value = 'fail'">
          <font description="DejaVu LGC Sans,12,-1,5,50,0,0,0,0,0" style=""/>
        </style>
        <style background_color="#e0e0e0" name="Unknown" background_color_alpha="255" rule="@value = 'unknown'">
          <font description="DejaVu LGC Sans,12,-1,5,50,0,0,0,0,0" style=""/>
        </style>
        <style background_color="#ffffff" name="Not applicable" background_color_alpha="255" rule="@value = 'not_applicable'">
          <font description="DejaVu LGC Sans,12,-1,5,50,0,0,0,0,0" style=""/>
        </style>
      </fieldstyle>
      <fieldstyle fieldname="item_01">
        <style background_color="#d9f0d3" name="Pass" background_color_alpha="255" rule="@value = 'pass'">
          <font description="DejaVu LGC Sans,12,-1,5,50,0,0,0,0,0" style=""/>
        </style>
        <style background_color="#f4a6a6" name="Fail" background_color_alpha="255" rule="@value = 'fail'">
          <font description="DejaVu LGC Sans,12,-1,5,50,0,0,0,0,0" style=""/>
        </style>
        <style background_color="#e0e0e0" name="Unknown" background_color_alpha="255" rule="@value = 'unknown'">
          <font description="DejaVu LGC Sans,12,-1,5,50,0,0,0,0,0" style=""/>
        </style>
        <style background_color="#ffffff" name="Not applicable" background_color_alpha="255" rule="@value = 'not_applicable'">
          <font description="DejaVu LGC Sans,12,-1,5,50,0,0,0,0,0" style=""/>
        </style>
      </fieldstyle>
      <fieldstyle fieldname="item_17">
        <style background_color="#d9f0d3" name="Pass" background_color_alpha="255" rule="@value = 'pass'">
          <font description="DejaVu LGC Sans,12,-1,5,50,0,0,0,0,0" style=""/>
        </style>
        <style background_color="#f4a6a6" name="Fail" background_color_alpha="255" rule="@value = 'fail'">
          <font description="DejaVu LGC Sans,12,-1,5,50,0,0,0,0,0" style=""/>
        </style>
        <style background_color="#e0e0e0" name="Unknown" background_color_alpha="255" rule="@value = 'unknown'">
          <font description="DejaVu LGC Sans,12,-1,5,50,0,0,0,0,0" style=""/>
        </style>
        <style background_color="#ffffff" name="Not applicable" background_color_alpha="255" rule="@value = 'not_applicable'">
          <font description="DejaVu LGC Sans,12,-1,5,50,0,0,0,0,0" style=""/>
        </style>
      </fieldstyle>
      <fieldstyle fieldname="item_02">
        <style background_color="#d9f0d3" name="Pass" background_color_alpha="255" rule="@value = 'pass'">
          <font description="DejaVu LGC Sans,12,-1,5,50,0,0,0,0,0" style=""/>
        </style>
        <style background_color="#f4a6a6" name="Fail" background_color_alpha="255" rule="@value = 'fail'">
          <font description="DejaVu LGC Sans,12,-1,5,50,0,0,0,0,0" style=""/>
        </style>
        <style background_color="#e0e0e0" name="Unknown" background_color_alpha="255" rule="@value = 'unknown'">
          <font description="DejaVu LGC Sans,12,-1,5,50,0,0,0,0,0" style=""/>
        </style>
        <style background_color="#ffffff" name="Not applicable" background_color_alpha="255" rule="@value = 'not_applicable'">
          <font description="DejaVu LGC Sans,12,-1,5,50,0,0,0,0,0" style=""/>
        </style>
      </fieldstyle>
      <fieldstyle fieldname="item_18">
        <style background_color="#d9f0d3" name="Pass" background_color_alpha="255" rule="@value = 'pass'">
          <font description="DejaVu LGC Sans,12,-1,5,50,0,0,0,0,0" style=""/>
        </style>
        <style background_color="#f4a6a6" name="Fail" background_color_alpha="255" rule="@value = 'fail'">
          <font description="DejaVu LGC Sans,12,-1,5,50,0,0,0,0,0" style=""/>
        </style>
        <style background_color="#e0e0e0" name="Unknown" background_color_alpha="255" rule="@value = 'unknown'">
          <font description="DejaVu LGC Sans,12,-1,5,50,0,0,0,0,0" style=""/>
        </style>
        <style background_color="#ffffff" name="Not applicable" background_color_alpha="255" rule="@value = 'not_applicable'">
          <font description="DejaVu LGC Sans,12,-1,5,50,0,0,0,0,0" style=""/>
        </style>
      </fieldstyle>
      <fieldstyle fieldname="item_03">
        <style background_color="#d9f0d3" name="Pass" background_color_alpha="255" rule="@value = 'pass'">
          <font description="DejaVu LGC Sans,12,-1,5,50,0,0,0,0,0" style=""/>
        </style>
        <style background_color="#f4a6a6" name="Fail" background_color_alpha="255" rule="@value = 'fail'">
          <font description="DejaVu LGC Sans,12,-1,5,50,0,0,0,0,0" style=""/>
        </style>
        <style background_color="#e0e0e0" name="Unknown" background_color_alpha="255" rule="@value = 'unknown'">
          <font description="DejaVu LGC Sans,12,-1,5,50,0,0,0,0,0" style=""/>
        </style>
        <style background_color="#ffffff" name="Not applicable" background_color_alpha="255" rule="@value = 'not_applicable'">
          <font description="DejaVu LGC Sans,12,-1,5,50,0,0,0,0,0" style=""/>
        </style>
      </fieldstyle>
      <fieldstyle fieldname="item_19">
        <style background_color="#d9f0d3" name="Pass" background_color_alpha="255" rule="@value = 'pass'">
          <font description="DejaVu LGC Sans,12,-1,5,50,0,0,0,0,0" style=""/>
        </style>
        <style background_color="#f4a6a6" name="Fail" background_color_alpha="255" rule="@value = 'fail'">
          <font description="DejaVu LGC Sans,12,-1,5,50,0,0,0,0,0" style=""/>
        </style>
        <style background_color="#e0e0e0" name="Unknown" background_color_alpha="255" rule="@value = 'unknown'">
          <font description="DejaVu LGC Sans,12,-1,5,50,0,0,0,0,0" style=""/>
        </style>
        <style background_color="#ffffff" name="Not applicable" background_color_alpha="255" rule="@value = 'not_applicable'">
          <font description="DejaVu LGC Sans,12,-1,5,50,0,0,0,0,0" style=""/>
        </style>
      </fieldstyle>
      <fieldstyle fieldname="item_04">
        <style background_color="#d9f0d3" name="Pass" background_color_alpha="255" rule="@value = 'pass'">
          <font description="DejaVu LGC Sans,12,-1,5,50,0,0,0,0,0" style=""/>
        </style>
        <style background_color="#f4a6a6" name="Fail" background_color_alpha="255" rule="@value = 'fail'">
          <font description="DejaVu LGC Sans,12,-1,5,50,0,0,0,0,0" style=""/>
        </style>
        <style background_color="#e0e0e0" name="Unknown" background_color_alpha="255" rule="@value = 'unknown'">
          <font description="DejaVu LGC Sans,12,-1,5,50,0,0,0,0,0" style=""/>
        </style>
        <style background_color="#ffffff" name="Not applicable" background_color_alpha="255" rule="@value = 'not_applicable'">
          <font description="DejaVu LGC Sans,12,-1,5,50,0,0,0,0,0" style=""/>
        </style>
      </fieldstyle>
      <fieldstyle fieldname="item_05">
        <style background_color="#d9f0d3" name="Pass" background_color_alpha="255" rule="@value = 'pass'">
          <font description="DejaVu LGC Sans,12,-1,5,50,0,0,0,0,0" style=""/>
        </style>
        <style background_color="#f4a6a6" name="Fail" background_color_alpha="255" rule="@value = 'fail'">
          <font description="DejaVu LGC Sans,12,-1,5,50,0,0,0,0,0" style=""/>
        </style>
        <style background_color="#e0e0e0" name="Unknown" background_color_alpha="255" rule="@value = 'unknown'">
          <font description="DejaVu LGC Sans,12,-1,5,50,0,0,0,0,0" style=""/>
        </style>
        <style background_color="#ffffff" name="Not applicable" background_color_alpha="255" rule="@value = 'not_applicable'">
          <font description="DejaVu LGC Sans,12,-1,5,50,0,0,0,0,0" style=""/>
        </style>
      </fieldstyle>
      <fieldstyle fieldname="item_06">
        <style background_color="#d9f0d3" name="Pass" background_color_alpha="255" rule="@value = 'pass'">
          <font description="DejaVu LGC Sans,12,-1,5,50,0,0,0,0,0" style=""/>
        </style>
        <style background_color="#f4a6a6" name="Fail" background_color_alpha="255" rule="@value = 'fail'">
          <font description="DejaVu LGC Sans,12,-1,5,50,0,0,0,0,0" style=""/>
        </style>
        <style background_color="#e0e0e0" name="Unknown" background_color_alpha="255" rule="@value = 'unknown'">
          <font description="DejaVu LGC Sans,12,-1,5,50,0,0,0,0,0" style=""/>
        </style>
        <style background_color="#ffffff" name="Not applicable" background_color_alpha="255" rule="@value = 'not_applicable'">
          <font description="DejaVu LGC Sans,12,-1,5,50,0,0,0,0,0" style=""/>
        </style>
      </fieldstyle>
      <fieldstyle fieldname="item_07">
        <style background_color="#d9f0d3" name="Pass" background_color_alpha="255" rule="@value = 'pass'">
          <font description="DejaVu LGC Sans,12,-1,5,50,0,0,0,0,0" style=""/>
        </style>
        <style background_color="#f4a6a6" name="Fail" background_color_alpha="255" rule="@value = 'fail'">
          <font description="DejaVu LGC Sans,12,-1,5,50,0,0,0,0,0" style=""/>
        </style>
        <style background_color="#e0e0e0" name="Unknown" background_color_alpha="255" rule="@value = 'unknown'">
          <font description="DejaVu LGC Sans,12,-1,5,50,0,0,0,0,0" style=""/>
        </style>
        <style background_color="#ffffff" name="Not applicable" background_color_alpha="255" rule="@value = 'not_applicable'">
          <font description="DejaVu LGC Sans,12,-1,5,50,0,0,0,0,0" style=""/>
        </style>
      </fieldstyle>
      <fieldstyle fieldname="item_08">
        <style background_color="#d9f0d3" name="Pass" background_color_alpha="255" rule="@value = 'pass'">
          <font description="DejaVu LGC Sans,12,-1,5,50,0,0,0,0,0" style=""/>
        </style>
        <style background_color="#f4a6a6" name="Fail" background_color_alpha="255" rule="@value = 'fail'">
          <font description="DejaVu LGC Sans,12,-1,5,50,0,0,0,0,0" style=""/>
        </style>
        <style background_color="#e0e0e0" name="Unknown" background_color_alpha="255" rule="@value = 'unknown'">
          <font description="DejaVu LGC Sans,12,-1,5,50,0,0,0,0,0" style=""/>
        </style>
        <style background_color="#ffffff" name="Not applicable" background_color_alpha="255" rule="@value = 'not_applicable'">
          <font description="DejaVu LGC Sans,12,-1,5,50,0,0,0,0,0" style=""/>
        </style>
      </fieldstyle>
      <fieldstyle fieldname="item_09">
        <style background_color="#d9f0d3" name="Pass" background_color_alpha="255" rule="@value = 'pass'">
          <font description="DejaVu LGC Sans,12,-1,5,50,0,0,0,0,0" style=""/>
        </style>
        <style background_color="#f4a6a6" name="Fail" background_color_alpha="255" rule="@value = 'fail'">
          <font description="DejaVu LGC Sans,12,-1,5,50,0,0,0,0,0" style=""/>
        </style>
        <style background_color="#e0e0e0" name="Unknown" background_color_alpha="255" rule="@value = 'unknown'">
          <font description="DejaVu LGC Sans,12,-1,5,50,0,0,0,0,0" style=""/>
        </style>
        <style background_color="#ffffff" name="Not applicable" background_color_alpha="255" rule="@value = 'not_applicable'">
          <font description="DejaVu LGC Sans,12,-1,5,50,0,0,0,0,0" style=""/>
        </style>
      </fieldstyle>
    </fieldstyles>
  </conditionalstyles>
  <storedexpressions/>
  <editform tolerant="1"></editform>
  <editforminit/>
  <editforminitcodesource>0</editforminitcodesource>
  <editforminitfilepath></editforminitfilepath>
  <editforminitcode><![CDATA[]]></editforminitcode>
  <featformsuppress>0</featformsuppress>
  <editorlayout>tablayout</editorlayout>
  <attributeEditorForm>
    <attributeEditorContainer groupBox="0" visibilityExpressionEnabled="0" name="Overview" visibilityExpression="" showLabel="1" columnCount="2">
      <attributeEditorContainer groupBox="1" visibilityExpressionEnabled="0" name="Community" visibilityExpression="" showLabel="1" columnCount="1">
        <attributeEditorField name="cc_id" showLabel="1" index="0"/>
        <attributeEditorField name="cc_name" showLabel="1" index="1"/>
        <attributeEditorField name="cc_status" showLabel="1" index="2"/>
        <attributeEditorField name="cc_status_from" showLabel="1" index="3"/>
        <attributeEditorField name="cc_population" showLabel="1" index="4"/>
        <attributeEditorField name="cc_households" showLabel="1" index="5"/>
        <attributeEditorField name="cc_band" showLabel="1" index="6"/>
      </attributeEditorContainer>
      <attributeEditorContainer groupBox="1" visibilityExpressionEnabled="0" name="Result" visibilityExpression="" showLabel="1" columnCount="1">
        <attributeEditorField name="cc_pass" showLabel="1" index="7"/>
        <attributeEditorField name="cc_fail" showLabel="1" index="8"/>
        <attributeEditorField name="cc_unknown" showLabel="1" index="9"/>
        <attributeEditorField name="cc_na" showLabel="1" index="10"/>
        <attributeEditorField name="cc_complete" showLabel="1" index="11"/>
        <attributeEditorField name="cc_gaps" showLabel="1" index="12"/>
        <attributeEditorField name="cc_unverified" showLabel="1" index="13"/>
        <attributeEditorField name="cc_unverified_items" showLabel="1" index="14"/>
        <attributeEditorField name="cc_method" showLabel="1" index="15"/>
      </attributeEditorContainer>
    </attributeEditorContainer>
    <attributeEditorContainer groupBox="0" visibilityExpressionEnabled="0" name="Items" visibilityExpression="" showLabel="1" columnCount="2">
      <attributeEditorContainer groupBox="1" visibilityExpressionEnabled="0" name="Basic public services" visibilityExpression="" showLabel="1" columnCount="1">
        <attributeEditorField name="item_01" showLabel="1" index="16"/>
        <attributeEditorField name="item_02" showLabel="1" index="17"/>
        <attributeEditorField name="item_03" showLabel="1" index="18"/>
        <attributeEditorField name="item_04" showLabel="1" index="19"/>
        <attributeEditorField name="item_05" showLabel="1" index="20"/>
      </attributeEditorContainer>
      <attributeEditorContainer groupBox="1" visibilityExpressionEnabled="0" name="Convenience commerce" visibilityExpression="" showLabel="1" columnCount="1">
        <attributeEditorField name="item_06" showLabel="1" index="21"/>
        <attributeEditorField name="item_07" showLabel="1" index="22"/>
        <attributeEditorField name="item_08" showLabel="1" index="23"/>
      </attributeEditorContainer>
      <attributeEditorContainer groupBox="1" visibilityExpressionEnabled="0" name="Municipal infrastructure" visibilityExpression="" showLabel="1" columnCount="1">
        <attributeEditorField name="item_09" showLabel="1" index="24"/>
        <attributeEditorField name="item_10" showLabel="1" index="25"/>
        <attributeEditorField name="item_11" showLabel="1" index="26"/>
        <attributeEditorField name="item_12" showLabel="1" index="27"/>
        <attributeEditorField name="item_13" showLabel="1" index="28"/>
      </attributeEditorContainer>
      <attributeEditorContainer groupBox="1" visibilityExpressionEnabled="0" name="Public activity space" visibilityExpression="" showLabel="1" columnCount="1">
        <attributeEditorField name="item_14" showLabel="1" index="29"/>
        <attributeEditorField name="item_15" showLabel="1" index="30"/>
      </attributeEditorContainer>
      <attributeEditorContainer groupBox="1" visibilityExpressionEnabled="0" name="Property management" visibilityExpression="" showLabel="1" columnCount="1">
        <attributeEditorField name="item_16" showLabel="1" index="31"/>
        <attributeEditorField name="item_17" showLabel="1" index="32"/>
      </attributeEditorContainer>
      <attributeEditorContainer groupBox="1" visibilityExpressionEnabled="0" name="Community management" visibilityExpression="" showLabel="1" columnCount="1">
        <attributeEditorField name="item_18" showLabel="1" index="33"/>
        <attributeEditorField name="item_19" showLabel="1" index="34"/>
        <attributeEditorField name="item_20" showLabel="1" index="35"/>
      </attributeEditorContainer>
    </attributeEditorContainer>
  </attributeEditorForm>
  <editable/>
  <labelOnTop/>
  <reuseLastValue/>
  <dataDefinedFieldProperties/>
  <widgets/>
  <previewExpression></previewExpression>
  <mapTip></mapTip>
  <layerGeometryType>2</layerGeometryType>
</qgis>
