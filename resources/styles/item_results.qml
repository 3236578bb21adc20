<!DOCTYPE qgis PUBLIC 'http://mrcc.com/qgis.dtd' 'SYSTEM'>
<qgis version="3.22.16-Białowieża" minScale="1e+08" styleCategories="AllStyleCategories" hasScaleBasedVisibilityFlag="0" readOnly="0" maxScale="0">
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
    <field name="coverage" configurationFlags="None">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="coverage_of" configurationFlags="None">
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
    <field name="profile" configurationFlags="None">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="profile_name" configurationFlags="None">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="walk_speed" configurationFlags="None">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="coverage_min" configurationFlags="None">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="confidence" configurationFlags="None">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="sources" configurationFlags="None">
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
    <alias field="coverage" name="可达比例" index="17"/>
    <alias field="coverage_of" name="可达比例口径" index="18"/>
    <alias field="requirements" name="各要求结论" index="19"/>
    <alias field="profile" name="标准配置" index="20"/>
    <alias field="profile_name" name="标准名称" index="21"/>
    <alias field="walk_speed" name="步行速度（米/分钟）" index="22"/>
    <alias field="coverage_min" name="可达比例要求" index="23"/>
    <alias field="confidence" name="阈值可信度" index="24"/>
    <alias field="sources" name="阈值来源" index="25"/>
  </aliases>
  <defaults>
    <default field="community_id" expression="" applyOnUpdate="0"/>
    <default field="community_name" expression="" applyOnUpdate="0"/>
    <default field="community_status" expression="" applyOnUpdate="0"/>
    <default field="item_id" expression="" applyOnUpdate="0"/>
    <default field="item_name" expression="" applyOnUpdate="0"/>
    <default field="aspect" expression="" applyOnUpdate="0"/>
    <default field="status" expression="" applyOnUpdate="0"/>
    <default field="requirement" expression="" applyOnUpdate="0"/>
    <default field="measured" expression="" applyOnUpdate="0"/>
    <default field="threshold" expression="" applyOnUpdate="0"/>
    <default field="unit" expression="" applyOnUpdate="0"/>
    <default field="reason_zh" expression="" applyOnUpdate="0"/>
    <default field="reason_en" expression="" applyOnUpdate="0"/>
    <default field="facility_id" expression="" applyOnUpdate="0"/>
    <default field="facility_name" expression="" applyOnUpdate="0"/>
    <default field="distance_m" expression="" applyOnUpdate="0"/>
    <default field="method" expression="" applyOnUpdate="0"/>
    <default field="coverage" expression="" applyOnUpdate="0"/>
    <default field="coverage_of" expression="" applyOnUpdate="0"/>
    <default field="requirements" expression="" applyOnUpdate="0"/>
    <default field="profile" expression="" applyOnUpdate="0"/>
    <default field="profile_name" expression="" applyOnUpdate="0"/>
    <default field="walk_speed" expression="" applyOnUpdate="0"/>
    <default field="coverage_min" expression="" applyOnUpdate="0"/>
    <default field="confidence" expression="" applyOnUpdate="0"/>
    <default field="sources" expression="" applyOnUpdate="0"/>
  </defaults>
  <constraints>
    <constraint constraints="0" field="community_id" unique_strength="0" exp_strength="0" notnull_strength="0"/>
    <constraint constraints="0" field="community_name" unique_strength="0" exp_strength="0" notnull_strength="0"/>
    <constraint constraints="0" field="community_status" unique_strength="0" exp_strength="0" notnull_strength="0"/>
    <constraint constraints="0" field="item_id" unique_strength="0" exp_strength="0" notnull_strength="0"/>
    <constraint constraints="0" field="item_name" unique_strength="0" exp_strength="0" notnull_strength="0"/>
    <constraint constraints="0" field="aspect" unique_strength="0" exp_strength="0" notnull_strength="0"/>
    <constraint constraints="0" field="status" unique_strength="0" exp_strength="0" notnull_strength="0"/>
    <constraint constraints="0" field="requirement" unique_strength="0" exp_strength="0" notnull_strength="0"/>
    <constraint constraints="0" field="measured" unique_strength="0" exp_strength="0" notnull_strength="0"/>
    <constraint constraints="0" field="threshold" unique_strength="0" exp_strength="0" notnull_strength="0"/>
    <constraint constraints="0" field="unit" unique_strength="0" exp_strength="0" notnull_strength="0"/>
    <constraint constraints="0" field="reason_zh" unique_strength="0" exp_strength="0" notnull_strength="0"/>
    <constraint constraints="0" field="reason_en" unique_strength="0" exp_strength="0" notnull_strength="0"/>
    <constraint constraints="0" field="facility_id" unique_strength="0" exp_strength="0" notnull_strength="0"/>
    <constraint constraints="0" field="facility_name" unique_strength="0" exp_strength="0" notnull_strength="0"/>
    <constraint constraints="0" field="distance_m" unique_strength="0" exp_strength="0" notnull_strength="0"/>
    <constraint constraints="0" field="method" unique_strength="0" exp_strength="0" notnull_strength="0"/>
    <constraint constraints="0" field="coverage" unique_strength="0" exp_strength="0" notnull_strength="0"/>
    <constraint constraints="0" field="coverage_of" unique_strength="0" exp_strength="0" notnull_strength="0"/>
    <constraint constraints="0" field="requirements" unique_strength="0" exp_strength="0" notnull_strength="0"/>
    <constraint constraints="0" field="profile" unique_strength="0" exp_strength="0" notnull_strength="0"/>
    <constraint constraints="0" field="profile_name" unique_strength="0" exp_strength="0" notnull_strength="0"/>
    <constraint constraints="0" field="walk_speed" unique_strength="0" exp_strength="0" notnull_strength="0"/>
    <constraint constraints="0" field="coverage_min" unique_strength="0" exp_strength="0" notnull_strength="0"/>
    <constraint constraints="0" field="confidence" unique_strength="0" exp_strength="0" notnull_strength="0"/>
    <constraint constraints="0" field="sources" unique_strength="0" exp_strength="0" notnull_strength="0"/>
  </constraints>
  <constraintExpressions>
    <constraint field="community_id" exp="" desc=""/>
    <constraint field="community_name" exp="" desc=""/>
    <constraint field="community_status" exp="" desc=""/>
    <constraint field="item_id" exp="" desc=""/>
    <constraint field="item_name" exp="" desc=""/>
    <constraint field="aspect" exp="" desc=""/>
    <constraint field="status" exp="" desc=""/>
    <constraint field="requirement" exp="" desc=""/>
    <constraint field="measured" exp="" desc=""/>
    <constraint field="threshold" exp="" desc=""/>
    <constraint field="unit" exp="" desc=""/>
    <constraint field="reason_zh" exp="" desc=""/>
    <constraint field="reason_en" exp="" desc=""/>
    <constraint field="facility_id" exp="" desc=""/>
    <constraint field="facility_name" exp="" desc=""/>
    <constraint field="distance_m" exp="" desc=""/>
    <constraint field="method" exp="" desc=""/>
    <constraint field="coverage" exp="" desc=""/>
    <constraint field="coverage_of" exp="" desc=""/>
    <constraint field="requirements" exp="" desc=""/>
    <constraint field="profile" exp="" desc=""/>
    <constraint field="profile_name" exp="" desc=""/>
    <constraint field="walk_speed" exp="" desc=""/>
    <constraint field="coverage_min" exp="" desc=""/>
    <constraint field="confidence" exp="" desc=""/>
    <constraint field="sources" exp="" desc=""/>
  </constraintExpressions>
  <expressionfields/>
  <attributeactions/>
  <attributetableconfig actionWidgetStyle="dropDown" sortExpression="" sortOrder="0">
    <columns/>
  </attributetableconfig>
  <conditionalstyles>
    <rowstyles>
      <style background_color="#d9f0d3" name="pass" background_color_alpha="255" rule="&quot;status&quot; = 'pass'">
        <font description="DejaVu LGC Sans,12,-1,5,50,0,0,0,0,0" style=""/>
      </style>
      <style background_color="#f4a6a6" name="fail" background_color_alpha="255" rule="&quot;status&quot; = 'fail'">
        <font description="DejaVu LGC Sans,12,-1,5,50,0,0,0,0,0" style=""/>
      </style>
      <style background_color="#e0e0e0" name="unknown" background_color_alpha="255" rule="&quot;status&quot; = 'unknown'">
        <font description="DejaVu LGC Sans,12,-1,5,50,0,0,0,0,0" style=""/>
      </style>
      <style background_color="#ffffff" name="not_applicable" background_color_alpha="255" rule="&quot;status&quot; = 'not_applicable'">
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
