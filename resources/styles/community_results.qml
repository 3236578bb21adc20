<!DOCTYPE qgis PUBLIC 'http://mrcc.com/qgis.dtd' 'SYSTEM'>
<qgis symbologyReferenceScale="-1" simplifyDrawingHints="1" version="3.22.16-Białowieża" labelsEnabled="1" minScale="100000000" simplifyDrawingTol="1" styleCategories="AllStyleCategories" hasScaleBasedVisibilityFlag="0" simplifyAlgorithm="0" readOnly="0" simplifyMaxScale="1" simplifyLocal="1" maxScale="0">
  <flags>
    <Identifiable>1</Identifiable>
    <Removable>1</Removable>
    <Searchable>1</Searchable>
    <Private>0</Private>
  </flags>
  <temporal accumulate="0" durationField="" endField="" durationUnit="min" startExpression="" enabled="0" startField="" limitMode="0" fixedDuration="0" mode="0" endExpression="">
    <fixedRange>
      <start></start>
      <end></end>
    </fixedRange>
  </temporal>
  <renderer-v2 forceraster="0" type="RuleRenderer" symbollevels="0" referencescale="-1" enableorderby="0">
    <rules key="{8d1e9e8e-8e9e-4edb-81b8-341c82000958}">
      <rule label="完整社区 Complete" key="{e98fc9fb-c195-4942-bc51-e09bc1168d8c}" filter="&quot;cc_complete&quot; = 1" symbol="0"/>
      <rule label="无短板、待核实 No gap, data to verify" key="{95519d91-d19d-4fe5-beaf-69b48b5ffaf0}" filter="&quot;cc_fail&quot; = 0 AND &quot;cc_complete&quot; = 0" symbol="1"/>
      <rule label="1–2 项短板 1–2 gaps" key="{7060779a-c446-4b72-b495-286c6bca8736}" filter="&quot;cc_fail&quot; >= 1 AND &quot;cc_fail&quot; &lt;= 2" symbol="2"/>
      <rule label="3–5 项短板 3–5 gaps" key="{98b52496-c278-4de0-8d7b-767d044fa5de}" filter="&quot;cc_fail&quot; >= 3 AND &quot;cc_fail&quot; &lt;= 5" symbol="3"/>
      <rule label="6 项以上短板 6+ gaps" key="{8d45b75d-f600-466f-bdce-ff85bc12cddf}" filter="&quot;cc_fail&quot; >= 6" symbol="4"/>
    </rules>
    <symbols>
      <symbol clip_to_extent="1" type="fill" name="0" force_rhr="0" alpha="1">
        <data_defined_properties>
          <Option type="Map">
            <Option type="QString" value="" name="name"/>
            <Option name="properties"/>
            <Option type="QString" value="collection" name="type"/>
          </Option>
        </data_defined_properties>
        <layer locked="0" enabled="1" class="SimpleFill" pass="0">
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
      <symbol clip_to_extent="1" type="fill" name="1" force_rhr="0" alpha="1">
        <data_defined_properties>
          <Option type="Map">
            <Option type="QString" value="" name="name"/>
            <Option name="properties"/>
            <Option type="QString" value="collection" name="type"/>
          </Option>
        </data_defined_properties>
        <layer locked="0" enabled="1" class="SimpleFill" pass="0">
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
      <symbol clip_to_extent="1" type="fill" name="2" force_rhr="0" alpha="1">
        <data_defined_properties>
          <Option type="Map">
            <Option type="QString" value="" name="name"/>
            <Option name="properties"/>
            <Option type="QString" value="collection" name="type"/>
          </Option>
        </data_defined_properties>
        <layer locked="0" enabled="1" class="SimpleFill" pass="0">
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
      <symbol clip_to_extent="1" type="fill" name="3" force_rhr="0" alpha="1">
        <data_defined_properties>
          <Option type="Map">
            <Option type="QString" value="" name="name"/>
            <Option name="properties"/>
            <Option type="QString" value="collection" name="type"/>
          </Option>
        </data_defined_properties>
        <layer locked="0" enabled="1" class="SimpleFill" pass="0">
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
      <symbol clip_to_extent="1" type="fill" name="4" force_rhr="0" alpha="1">
        <data_defined_properties>
          <Option type="Map">
            <Option type="QString" value="" name="name"/>
            <Option name="properties"/>
            <Option type="QString" value="collection" name="type"/>
          </Option>
        </data_defined_properties>
        <layer locked="0" enabled="1" class="SimpleFill" pass="0">
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
      <text-style capitalization="0" fieldName="coalesce(&quot;cc_name&quot;, &quot;cc_id&quot;) || '\n' || CASE WHEN &quot;cc_complete&quot; = 1 THEN '完整' ELSE '短板 ' || &quot;cc_fail&quot; END" previewBkgrdColor="255,255,255,255" multilineHeight="1" fontSizeMapUnitScale="3x:0,0,0,0,0,0" fontLetterSpacing="0" namedStyle="" legendString="Aa" useSubstitutions="0" fontSize="9" textOrientation="horizontal" textOpacity="1" fontFamily="Noto Sans CJK SC" textColor="0,0,0,255" fontUnderline="0" isExpression="1" fontWordSpacing="0" blendMode="0" fontWeight="50" fontStrikeout="0" allowHtml="0" fontSizeUnit="Point" fontKerning="1" fontItalic="0">
        <families/>
        <text-buffer bufferBlendMode="0" bufferSizeUnits="MM" bufferDraw="0" bufferSizeMapUnitScale="3x:0,0,0,0,0,0" bufferColor="255,255,255,255" bufferJoinStyle="128" bufferSize="1" bufferNoFill="1" bufferOpacity="1"/>
        <text-mask maskedSymbolLayers="" maskSize="1.5" maskSizeUnits="MM" maskEnabled="0" maskType="0" maskOpacity="1" maskJoinStyle="128" maskSizeMapUnitScale="3x:0,0,0,0,0,0"/>
        <background shapeBorderWidthUnit="MM" shapeSVGFile="" shapeRadiiY="0" shapeRadiiMapUnitScale="3x:0,0,0,0,0,0" shapeBorderWidthMapUnitScale="3x:0,0,0,0,0,0" shapeBlendMode="0" shapeType="0" shapeSizeMapUnitScale="3x:0,0,0,0,0,0" shapeOffsetX="0" shapeSizeY="0" shapeOffsetMapUnitScale="3x:0,0,0,0,0,0" shapeSizeUnit="MM" shapeFillColor="255,255,255,255" shapeOffsetY="0" shapeSizeX="0" shapeOffsetUnit="MM" shapeRadiiX="0" shapeOpacity="1" shapeBorderColor="128,128,128,255" shapeRotation="0" shapeRadiiUnit="MM" shapeBorderWidth="0" shapeRotationType="0" shapeJoinStyle="64" shapeSizeType="0" shapeDraw="0">
          <symbol clip_to_extent="1" type="fill" name="fillSymbol" force_rhr="0" alpha="1">
            <data_defined_properties>
              <Option type="Map">
                <Option type="QString" value="" name="name"/>
                <Option name="properties"/>
                <Option type="QString" value="collection" name="type"/>
              </Option>
            </data_defined_properties>
            <layer locked="0" enabled="1" class="SimpleFill" pass="0">
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
        <shadow shadowDraw="0" shadowRadiusAlphaOnly="0" shadowOffsetGlobal="1" shadowOpacity="0.69999999999999996" shadowColor="0,0,0,255" shadowOffsetAngle="135" shadowScale="100" shadowUnder="0" shadowOffsetMapUnitScale="3x:0,0,0,0,0,0" shadowBlendMode="6" shadowOffsetUnit="MM" shadowOffsetDist="1" shadowRadius="1.5" shadowRadiusUnit="MM" shadowRadiusMapUnitScale="3x:0,0,0,0,0,0"/>
        <dd_properties>
          <Option type="Map">
            <Option type="QString" value="" name="name"/>
            <Option name="properties"/>
            <Option type="QString" value="collection" name="type"/>
          </Option>
        </dd_properties>
        <substitutions/>
      </text-style>
      <text-format reverseDirectionSymbol="0" addDirectionSymbol="0" decimals="3" formatNumbers="0" multilineAlign="3" leftDirectionSymbol="&lt;" wrapChar="" autoWrapLength="0" plussign="0" useMaxLineLengthForAutoWrap="1" rightDirectionSymbol=">" placeDirectionSymbol="0"/>
      <placement distUnits="MM" yOffset="0" distMapUnitScale="3x:0,0,0,0,0,0" rotationAngle="0" geometryGeneratorEnabled="0" offsetUnits="MM" lineAnchorType="0" centroidInside="0" priority="5" overrunDistance="0" geometryGenerator="" preserveRotation="1" lineAnchorPercent="0.5" placementFlags="10" centroidWhole="0" maxCurvedCharAngleOut="-25" overrunDistanceMapUnitScale="3x:0,0,0,0,0,0" labelOffsetMapUnitScale="3x:0,0,0,0,0,0" dist="0" offsetType="0" polygonPlacementFlags="2" repeatDistance="0" lineAnchorClipping="0" repeatDistanceMapUnitScale="3x:0,0,0,0,0,0" quadOffset="4" repeatDistanceUnits="MM" placement="0" maxCurvedCharAngleIn="25" fitInPolygonOnly="0" rotationUnit="AngleDegrees" overrunDistanceUnit="MM" layerType="UnknownGeometry" geometryGeneratorType="PointGeometry" predefinedPositionOrder="TR,TL,BR,BL,R,L,TSR,BSR" xOffset="0"/>
      <rendering zIndex="0" mergeLines="0" maxNumLabels="2000" labelPerPart="0" drawLabels="1" upsidedownLabels="0" fontMaxPixelSize="10000" minFeatureSize="0" scaleVisibility="0" scaleMin="0" fontMinPixelSize="0" fontLimitPixelSize="0" obstacleFactor="1" obstacleType="1" scaleMax="0" obstacle="1" unplacedVisibility="0" limitNumLabels="0" displayAll="0"/>
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
          <Option type="QString" value="&lt;symbol clip_to_extent=&quot;1&quot; type=&quot;line&quot; name=&quot;symbol&quot; force_rhr=&quot;0&quot; alpha=&quot;1&quot;>&lt;data_defined_properties>&lt;Option type=&quot;Map&quot;>&lt;Option type=&quot;QString&quot; value=&quot;&quot; name=&quot;name&quot;/>&lt;Option name=&quot;properties&quot;/>&lt;Option type=&quot;QString&quot; value=&quot;collection&quot; name=&quot;type&quot;/>&lt;/Option>&lt;/data_defined_properties>&lt;layer locked=&quot;0&quot; enabled=&quot;1&quot; class=&quot;SimpleLine&quot; pass=&quot;0&quot;>&lt;Option type=&quot;Map&quot;>&lt;Option type=&quot;QString&quot; value=&quot;0&quot; name=&quot;align_dash_pattern&quot;/>&lt;Option type=&quot;QString&quot; value=&quot;square&quot; name=&quot;capstyle&quot;/>&lt;Option type=&quot;QString&quot; value=&quot;5;2&quot; name=&quot;customdash&quot;/>&lt;Option type=&quot;QString&quot; value=&quot;3x:0,0,0,0,0,0&quot; name=&quot;customdash_map_unit_scale&quot;/>&lt;Option type=&quot;QString&quot; value=&quot;MM&quot; name=&quot;customdash_unit&quot;/>&lt;Option type=&quot;QString&quot; value=&quot;0&quot; name=&quot;dash_pattern_offset&quot;/>&lt;Option type=&quot;QString&quot; value=&quot;3x:0,0,0,0,0,0&quot; name=&quot;dash_pattern_offset_map_unit_scale&quot;/>&lt;Option type=&quot;QString&quot; value=&quot;MM&quot; name=&quot;dash_pattern_offset_unit&quot;/>&lt;Option type=&quot;QString&quot; value=&quot;0&quot; name=&quot;draw_inside_polygon&quot;/>&lt;Option type=&quot;QString&quot; value=&quot;bevel&quot; name=&quot;joinstyle&quot;/>&lt;Option type=&quot;QString&quot; value=&quot;60,60,60,255&quot; name=&quot;line_color&quot;/>&lt;Option type=&quot;QString&quot; value=&quot;solid&quot; name=&quot;line_style&quot;/>&lt;Option type=&quot;QString&quot; value=&quot;0.3&quot; name=&quot;line_width&quot;/>&lt;Option type=&quot;QString&quot; value=&quot;MM&quot; name=&quot;line_width_unit&quot;/>&lt;Option type=&quot;QString&quot; value=&quot;0&quot; name=&quot;offset&quot;/>&lt;Option type=&quot;QString&quot; value=&quot;3x:0,0,0,0,0,0&quot; name=&quot;offset_map_unit_scale&quot;/>&lt;Option type=&quot;QString&quot; value=&quot;MM&quot; name=&quot;offset_unit&quot;/>&lt;Option type=&quot;QString&quot; value=&quot;0&quot; name=&quot;ring_filter&quot;/>&lt;Option type=&quot;QString&quot; value=&quot;0&quot; name=&quot;trim_distance_end&quot;/>&lt;Option type=&quot;QString&quot; value=&quot;3x:0,0,0,0,0,0&quot; name=&quot;trim_distance_end_map_unit_scale&quot;/>&lt;Option type=&quot;QString&quot; value=&quot;MM&quot; name=&quot;trim_distance_end_unit&quot;/>&lt;Option type=&quot;QString&quot; value=&quot;0&quot; name=&quot;trim_distance_start&quot;/>&lt;Option type=&quot;QString&quot; value=&quot;3x:0,0,0,0,0,0&quot; name=&quot;trim_distance_start_map_unit_scale&quot;/>&lt;Option type=&quot;QString&quot; value=&quot;MM&quot; name=&quot;trim_distance_start_unit&quot;/>&lt;Option type=&quot;QString&quot; value=&quot;0&quot; name=&quot;tweak_dash_pattern_on_corners&quot;/>&lt;Option type=&quot;QString&quot; value=&quot;0&quot; name=&quot;use_custom_dash&quot;/>&lt;Option type=&quot;QString&quot; value=&quot;3x:0,0,0,0,0,0&quot; name=&quot;width_map_unit_scale&quot;/>&lt;/Option>&lt;prop v=&quot;0&quot; k=&quot;align_dash_pattern&quot;/>&lt;prop v=&quot;square&quot; k=&quot;capstyle&quot;/>&lt;prop v=&quot;5;2&quot; k=&quot;customdash&quot;/>&lt;prop v=&quot;3x:0,0,0,0,0,0&quot; k=&quot;customdash_map_unit_scale&quot;/>&lt;prop v=&quot;MM&quot; k=&quot;customdash_unit&quot;/>&lt;prop v=&quot;0&quot; k=&quot;dash_pattern_offset&quot;/>&lt;prop v=&quot;3x:0,0,0,0,0,0&quot; k=&quot;dash_pattern_offset_map_unit_scale&quot;/>&lt;prop v=&quot;MM&quot; k=&quot;dash_pattern_offset_unit&quot;/>&lt;prop v=&quot;0&quot; k=&quot;draw_inside_polygon&quot;/>&lt;prop v=&quot;bevel&quot; k=&quot;joinstyle&quot;/>&lt;prop v=&quot;60,60,60,255&quot; k=&quot;line_color&quot;/>&lt;prop v=&quot;solid&quot; k=&quot;line_style&quot;/>&lt;prop v=&quot;0.3&quot; k=&quot;line_width&quot;/>&lt;prop v=&quot;MM&quot; k=&quot;line_width_unit&quot;/>&lt;prop v=&quot;0&quot; k=&quot;offset&quot;/>&lt;prop v=&quot;3x:0,0,0,0,0,0&quot; k=&quot;offset_map_unit_scale&quot;/>&lt;prop v=&quot;MM&quot; k=&quot;offset_unit&quot;/>&lt;prop v=&quot;0&quot; k=&quot;ring_filter&quot;/>&lt;prop v=&quot;0&quot; k=&quot;trim_distance_end&quot;/>&lt;prop v=&quot;3x:0,0,0,0,0,0&quot; k=&quot;trim_distance_end_map_unit_scale&quot;/>&lt;prop v=&quot;MM&quot; k=&quot;trim_distance_end_unit&quot;/>&lt;prop v=&quot;0&quot; k=&quot;trim_distance_start&quot;/>&lt;prop v=&quot;3x:0,0,0,0,0,0&quot; k=&quot;trim_distance_start_map_unit_scale&quot;/>&lt;prop v=&quot;MM&quot; k=&quot;trim_distance_start_unit&quot;/>&lt;prop v=&quot;0&quot; k=&quot;tweak_dash_pattern_on_corners&quot;/>&lt;prop v=&quot;0&quot; k=&quot;use_custom_dash&quot;/>&lt;prop v=&quot;3x:0,0,0,0,0,0&quot; k=&quot;width_map_unit_scale&quot;/>&lt;data_defined_properties>&lt;Option type=&quot;Map&quot;>&lt;Option type=&quot;QString&quot; value=&quot;&quot; name=&quot;name&quot;/>&lt;Option name=&quot;properties&quot;/>&lt;Option type=&quot;QString&quot; value=&quot;collection&quot; name=&quot;type&quot;/>&lt;/Option>&lt;/data_defined_properties>&lt;/layer>&lt;/symbol>" name="lineSymbol"/>
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
    <alias field="cc_status_from" name="新建/既有依据" index="3"/>
    <alias field="cc_population" name="人口" index="4"/>
    <alias field="cc_households" name="户数" index="5"/>
    <alias field="cc_band" name="人口规模" index="6"/>
    <alias field="cc_pass" name="达标项数" index="7"/>
    <alias field="cc_fail" name="短板项数" index="8"/>
    <alias field="cc_unknown" name="待核实项数" index="9"/>
    <alias field="cc_na" name="不适用项数" index="10"/>
    <alias field="cc_complete" name="是否完整社区" index="11"/>
    <alias field="cc_gaps" name="短板项目" index="12"/>
    <alias field="cc_method" name="距离算法" index="13"/>
    <alias field="item_01" name="01 一个社区综合服务站" index="14"/>
    <alias field="item_02" name="02 一个幼儿园" index="15"/>
    <alias field="item_03" name="03 一个托儿所" index="16"/>
    <alias field="item_04" name="04 一个老年服务站" index="17"/>
    <alias field="item_05" name="05 一个社区卫生服务站" index="18"/>
    <alias field="item_06" name="06 一个综合超市" index="19"/>
    <alias field="item_07" name="07 多个邮件和快件寄递服务设施" index="20"/>
    <alias field="item_08" name="08 其他便民商业网点" index="21"/>
    <alias field="item_09" name="09 水、电、路、气、热、信等设施" index="22"/>
    <alias field="item_10" name="10 停车及充电设施" index="23"/>
    <alias field="item_11" name="11 慢行系统" index="24"/>
    <alias field="item_12" name="12 无障碍设施" index="25"/>
    <alias field="item_13" name="13 环境卫生设施" index="26"/>
    <alias field="item_14" name="14 公共活动场地" index="27"/>
    <alias field="item_15" name="15 公共绿地" index="28"/>
    <alias field="item_16" name="16 物业服务" index="29"/>
    <alias field="item_17" name="17 物业管理服务平台" index="30"/>
    <alias field="item_18" name="18 管理机制" index="31"/>
    <alias field="item_19" name="19 综合管理服务" index="32"/>
    <alias field="item_20" name="20 社区文化" index="33"/>
  </aliases>
  <defaults>
    <default field="cc_id" expression="" applyOnUpdate="0"/>
    <default field="cc_name" expression="" applyOnUpdate="0"/>
    <default field="cc_status" expression="" applyOnUpdate="0"/>
    <default field="cc_status_from" expression="" applyOnUpdate="0"/>
    <default field="cc_population" expression="" applyOnUpdate="0"/>
    <default field="cc_households" expression="" applyOnUpdate="0"/>
    <default field="cc_band" expression="" applyOnUpdate="0"/>
    <default field="cc_pass" expression="" applyOnUpdate="0"/>
    <default field="cc_fail" expression="" applyOnUpdate="0"/>
    <default field="cc_unknown" expression="" applyOnUpdate="0"/>
    <default field="cc_na" expression="" applyOnUpdate="0"/>
    <default field="cc_complete" expression="" applyOnUpdate="0"/>
    <default field="cc_gaps" expression="" applyOnUpdate="0"/>
    <default field="cc_method" expression="" applyOnUpdate="0"/>
    <default field="item_01" expression="" applyOnUpdate="0"/>
    <default field="item_02" expression="" applyOnUpdate="0"/>
    <default field="item_03" expression="" applyOnUpdate="0"/>
    <default field="item_04" expression="" applyOnUpdate="0"/>
    <default field="item_05" expression="" applyOnUpdate="0"/>
    <default field="item_06" expression="" applyOnUpdate="0"/>
    <default field="item_07" expression="" applyOnUpdate="0"/>
    <default field="item_08" expression="" applyOnUpdate="0"/>
    <default field="item_09" expression="" applyOnUpdate="0"/>
    <default field="item_10" expression="" applyOnUpdate="0"/>
    <default field="item_11" expression="" applyOnUpdate="0"/>
    <default field="item_12" expression="" applyOnUpdate="0"/>
    <default field="item_13" expression="" applyOnUpdate="0"/>
    <default field="item_14" expression="" applyOnUpdate="0"/>
    <default field="item_15" expression="" applyOnUpdate="0"/>
    <default field="item_16" expression="" applyOnUpdate="0"/>
    <default field="item_17" expression="" applyOnUpdate="0"/>
    <default field="item_18" expression="" applyOnUpdate="0"/>
    <default field="item_19" expression="" applyOnUpdate="0"/>
    <default field="item_20" expression="" applyOnUpdate="0"/>
  </defaults>
  <constraints>
    <constraint constraints="0" field="cc_id" unique_strength="0" exp_strength="0" notnull_strength="0"/>
    <constraint constraints="0" field="cc_name" unique_strength="0" exp_strength="0" notnull_strength="0"/>
    <constraint constraints="0" field="cc_status" unique_strength="0" exp_strength="0" notnull_strength="0"/>
    <constraint constraints="0" field="cc_status_from" unique_strength="0" exp_strength="0" notnull_strength="0"/>
    <constraint constraints="0" field="cc_population" unique_strength="0" exp_strength="0" notnull_strength="0"/>
    <constraint constraints="0" field="cc_households" unique_strength="0" exp_strength="0" notnull_strength="0"/>
    <constraint constraints="0" field="cc_band" unique_strength="0" exp_strength="0" notnull_strength="0"/>
    <constraint constraints="0" field="cc_pass" unique_strength="0" exp_strength="0" notnull_strength="0"/>
    <constraint constraints="0" field="cc_fail" unique_strength="0" exp_strength="0" notnull_strength="0"/>
    <constraint constraints="0" field="cc_unknown" unique_strength="0" exp_strength="0" notnull_strength="0"/>
    <constraint constraints="0" field="cc_na" unique_strength="0" exp_strength="0" notnull_strength="0"/>
    <constraint constraints="0" field="cc_complete" unique_strength="0" exp_strength="0" notnull_strength="0"/>
    <constraint constraints="0" field="cc_gaps" unique_strength="0" exp_strength="0" notnull_strength="0"/>
    <constraint constraints="0" field="cc_method" unique_strength="0" exp_strength="0" notnull_strength="0"/>
    <constraint constraints="0" field="item_01" unique_strength="0" exp_strength="0" notnull_strength="0"/>
    <constraint constraints="0" field="item_02" unique_strength="0" exp_strength="0" notnull_strength="0"/>
    <constraint constraints="0" field="item_03" unique_strength="0" exp_strength="0" notnull_strength="0"/>
    <constraint constraints="0" field="item_04" unique_strength="0" exp_strength="0" notnull_strength="0"/>
    <constraint constraints="0" field="item_05" unique_strength="0" exp_strength="0" notnull_strength="0"/>
    <constraint constraints="0" field="item_06" unique_strength="0" exp_strength="0" notnull_strength="0"/>
    <constraint constraints="0" field="item_07" unique_strength="0" exp_strength="0" notnull_strength="0"/>
    <constraint constraints="0" field="item_08" unique_strength="0" exp_strength="0" notnull_strength="0"/>
    <constraint constraints="0" field="item_09" unique_strength="0" exp_strength="0" notnull_strength="0"/>
    <constraint constraints="0" field="item_10" unique_strength="0" exp_strength="0" notnull_strength="0"/>
    <constraint constraints="0" field="item_11" unique_strength="0" exp_strength="0" notnull_strength="0"/>
    <constraint constraints="0" field="item_12" unique_strength="0" exp_strength="0" notnull_strength="0"/>
    <constraint constraints="0" field="item_13" unique_strength="0" exp_strength="0" notnull_strength="0"/>
    <constraint constraints="0" field="item_14" unique_strength="0" exp_strength="0" notnull_strength="0"/>
    <constraint constraints="0" field="item_15" unique_strength="0" exp_strength="0" notnull_strength="0"/>
    <constraint constraints="0" field="item_16" unique_strength="0" exp_strength="0" notnull_strength="0"/>
    <constraint constraints="0" field="item_17" unique_strength="0" exp_strength="0" notnull_strength="0"/>
    <constraint constraints="0" field="item_18" unique_strength="0" exp_strength="0" notnull_strength="0"/>
    <constraint constraints="0" field="item_19" unique_strength="0" exp_strength="0" notnull_strength="0"/>
    <constraint constraints="0" field="item_20" unique_strength="0" exp_strength="0" notnull_strength="0"/>
  </constraints>
  <constraintExpressions>
    <constraint field="cc_id" exp="" desc=""/>
    <constraint field="cc_name" exp="" desc=""/>
    <constraint field="cc_status" exp="" desc=""/>
    <constraint field="cc_status_from" exp="" desc=""/>
    <constraint field="cc_population" exp="" desc=""/>
    <constraint field="cc_households" exp="" desc=""/>
    <constraint field="cc_band" exp="" desc=""/>
    <constraint field="cc_pass" exp="" desc=""/>
    <constraint field="cc_fail" exp="" desc=""/>
    <constraint field="cc_unknown" exp="" desc=""/>
    <constraint field="cc_na" exp="" desc=""/>
    <constraint field="cc_complete" exp="" desc=""/>
    <constraint field="cc_gaps" exp="" desc=""/>
    <constraint field="cc_method" exp="" desc=""/>
    <constraint field="item_01" exp="" desc=""/>
    <constraint field="item_02" exp="" desc=""/>
    <constraint field="item_03" exp="" desc=""/>
    <constraint field="item_04" exp="" desc=""/>
    <constraint field="item_05" exp="" desc=""/>
    <constraint field="item_06" exp="" desc=""/>
    <constraint field="item_07" exp="" desc=""/>
    <constraint field="item_08" exp="" desc=""/>
    <constraint field="item_09" exp="" desc=""/>
    <constraint field="item_10" exp="" desc=""/>
    <constraint field="item_11" exp="" desc=""/>
    <constraint field="item_12" exp="" desc=""/>
    <constraint field="item_13" exp="" desc=""/>
    <constraint field="item_14" exp="" desc=""/>
    <constraint field="item_15" exp="" desc=""/>
    <constraint field="item_16" exp="" desc=""/>
    <constraint field="item_17" exp="" desc=""/>
    <constraint field="item_18" exp="" desc=""/>
    <constraint field="item_19" exp="" desc=""/>
    <constraint field="item_20" exp="" desc=""/>
  </constraintExpressions>
  <expressionfields/>
  <attributeactions/>
  <attributetableconfig actionWidgetStyle="dropDown" sortExpression="" sortOrder="0">
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
