<!DOCTYPE qgis PUBLIC 'http://mrcc.com/qgis.dtd' 'SYSTEM'>
<qgis styleCategories="AllStyleCategories" readOnly="0" version="3.22.16-Białowieża" hasScaleBasedVisibilityFlag="0" minScale="1e+08" maxScale="0">
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
  <customproperties>
    <Option/>
  </customproperties>
  <geometryOptions removeDuplicateNodes="0" geometryPrecision="0">
    <activeChecks type="StringList">
      <Option type="QString" value=""/>
    </activeChecks>
    <checkConfiguration/>
  </geometryOptions>
  <legend type="default-vector" showLabelLegend="0"/>
  <referencedLayers/>
  <fieldConfiguration>
    <field name="community_id" configurationFlags="None">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="community_name" configurationFlags="None">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="community_status" configurationFlags="None">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="item_id" configurationFlags="None">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="item_name" configurationFlags="None">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="aspect" configurationFlags="None">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="status" configurationFlags="None">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="requirement" configurationFlags="None">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="measured" configurationFlags="None">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="threshold" configurationFlags="None">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="unit" configurationFlags="None">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="reason_zh" configurationFlags="None">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="reason_en" configurationFlags="None">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="facility_id" configurationFlags="None">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="facility_name" configurationFlags="None">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="distance_m" configurationFlags="None">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="method" configurationFlags="None">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="requirements" configurationFlags="None">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
  </fieldConfiguration>
  <aliases>
    <alias field="community_id" name="社区编号" index="0"/>
    <alias field="community_name" name="社区名称" index="1"/>
    <alias field="community_status" name="新建/既有" index="2"/>
    <alias field="item_id" name="项目编号" index="3"/>
    <alias field="item_name" name="项目" index="4"/>
    <alias field="aspect" name="方面" index="5"/>
    <alias field="status" name="结论" index="6"/>
    <alias field="requirement" name="判定要求" index="7"/>
    <alias field="measured" name="实测值" index="8"/>
    <alias field="threshold" name="标准值" index="9"/>
    <alias field="unit" name="单位" index="10"/>
    <alias field="reason_zh" name="原因" index="11"/>
    <alias field="reason_en" name="Reason" index="12"/>
    <alias field="facility_id" name="设施编号" index="13"/>
    <alias field="facility_name" name="最近设施" index="14"/>
    <alias field="distance_m" name="距离（米）" index="15"/>
    <alias field="method" name="计算方法" index="16"/>
    <alias field="requirements" name="各要求结论" index="17"/>
  </aliases>
  <defaults>
    <default field="community_id" applyOnUpdate="0" expression=""/>
    <default field="community_name" applyOnUpdate="0" expression=""/>
    <default field="community_status" applyOnUpdate="0" expression=""/>
    <default field="item_id" applyOnUpdate="0" expression=""/>
    <default field="item_name" applyOnUpdate="0" expression=""/>
    <default field="aspect" applyOnUpdate="0" expression=""/>
    <default field="status" applyOnUpdate="0" expression=""/>
    <default field="requirement" applyOnUpdate="0" expression=""/>
    <default field="measured" applyOnUpdate="0" expression=""/>
    <default field="threshold" applyOnUpdate="0" expression=""/>
    <default field="unit" applyOnUpdate="0" expression=""/>
    <default field="reason_zh" applyOnUpdate="0" expression=""/>
    <default field="reason_en" applyOnUpdate="0" expression=""/>
    <default field="facility_id" applyOnUpdate="0" expression=""/>
    <default field="facility_name" applyOnUpdate="0" expression=""/>
    <default field="distance_m" applyOnUpdate="0" expression=""/>
    <default field="method" applyOnUpdate="0" expression=""/>
    <default field="requirements" applyOnUpdate="0" expression=""/>
  </defaults>
  <constraints>
    <constraint exp_strength="0" field="community_id" constraints="0" notnull_strength="0" unique_strength="0"/>
    <constraint exp_strength="0" field="community_name" constraints="0" notnull_strength="0" unique_strength="0"/>
    <constraint exp_strength="0" field="community_status" constraints="0" notnull_strength="0" unique_strength="0"/>
    <constraint exp_strength="0" field="item_id" constraints="0" notnull_strength="0" unique_strength="0"/>
    <constraint exp_strength="0" field="item_name" constraints="0" notnull_strength="0" unique_strength="0"/>
    <constraint exp_strength="0" field="aspect" constraints="0" notnull_strength="0" unique_strength="0"/>
    <constraint exp_strength="0" field="status" constraints="0" notnull_strength="0" unique_strength="0"/>
    <constraint exp_strength="0" field="requirement" constraints="0" notnull_strength="0" unique_strength="0"/>
    <constraint exp_strength="0" field="measured" constraints="0" notnull_strength="0" unique_strength="0"/>
    <constraint exp_strength="0" field="threshold" constraints="0" notnull_strength="0" unique_strength="0"/>
    <constraint exp_strength="0" field="unit" constraints="0" notnull_strength="0" unique_strength="0"/>
    <constraint exp_strength="0" field="reason_zh" constraints="0" notnull_strength="0" unique_strength="0"/>
    <constraint exp_strength="0" field="reason_en" constraints="0" notnull_strength="0" unique_strength="0"/>
    <constraint exp_strength="0" field="facility_id" constraints="0" notnull_strength="0" unique_strength="0"/>
    <constraint exp_strength="0" field="facility_name" constraints="0" notnull_strength="0" unique_strength="0"/>
    <constraint exp_strength="0" field="distance_m" constraints="0" notnull_strength="0" unique_strength="0"/>
    <constraint exp_strength="0" field="method" constraints="0" notnull_strength="0" unique_strength="0"/>
    <constraint exp_strength="0" field="requirements" constraints="0" notnull_strength="0" unique_strength="0"/>
  </constraints>
  <constraintExpressions>
    <constraint exp="" field="community_id" desc=""/>
    <constraint exp="" field="community_name" desc=""/>
    <constraint exp="" field="community_status" desc=""/>
    <constraint exp="" field="item_id" desc=""/>
    <constraint exp="" field="item_name" desc=""/>
    <constraint exp="" field="aspect" desc=""/>
    <constraint exp="" field="status" desc=""/>
    <constraint exp="" field="requirement" desc=""/>
    <constraint exp="" field="measured" desc=""/>
    <constraint exp="" field="threshold" desc=""/>
    <constraint exp="" field="unit" desc=""/>
    <constraint exp="" field="reason_zh" desc=""/>
    <constraint exp="" field="reason_en" desc=""/>
    <constraint exp="" field="facility_id" desc=""/>
    <constraint exp="" field="facility_name" desc=""/>
    <constraint exp="" field="distance_m" desc=""/>
    <constraint exp="" field="method" desc=""/>
    <constraint exp="" field="requirements" desc=""/>
  </constraintExpressions>
  <expressionfields/>
  <attributeactions/>
  <attributetableconfig actionWidgetStyle="dropDown" sortOrder="0" sortExpression="">
    <columns/>
  </attributetableconfig>
  <conditionalstyles>
    <rowstyles>
      <style rule="&quot;status&quot; = 'pass'" name="pass" background_color_alpha="255" background_color="#d9f0d3">
        <font description="DejaVu LGC Sans,12,-1,5,50,0,0,0,0,0" style=""/>
      </style>
      <style rule="&quot;status&quot; = 'fail'" name="fail" background_color_alpha="255" background_color="#f4a6a6">
        <font description="DejaVu LGC Sans,12,-1,5,50,0,0,0,0,0" style=""/>
      </style>
      <style rule="&quot;status&quot; = 'unknown'" name="unknown" background_color_alpha="255" background_color="#e0e0e0">
        <font description="DejaVu LGC Sans,12,-1,5,50,0,0,0,0,0" style=""/>
      </style>
      <style rule="&quot;status&quot; = 'not_applicable'" name="not_applicable" background_color_alpha="255" background_color="#ffffff">
        <font description="DejaVu LGC Sans,12,-1,5,50,0,0,0,0,0" style=""/>
      </style>
    </rowstyles>
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
  <layerGeometryType>4</layerGeometryType>
</qgis>
