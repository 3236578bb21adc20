<!DOCTYPE qgis PUBLIC 'http://mrcc.com/qgis.dtd' 'SYSTEM'>
<qgis readOnly="0" version="3.22.16-Białowieża" hasScaleBasedVisibilityFlag="0" maxScale="0" minScale="1e+08" styleCategories="AllStyleCategories">
  <flags>
    <Identifiable>1</Identifiable>
    <Removable>1</Removable>
    <Searchable>1</Searchable>
    <Private>0</Private>
  </flags>
  <temporal startExpression="" fixedDuration="0" limitMode="0" endField="" accumulate="0" durationUnit="min" mode="0" endExpression="" durationField="" startField="" enabled="0">
    <fixedRange>
      <start></start>
      <end></end>
    </fixedRange>
  </temporal>
  <customproperties>
    <Option/>
  </customproperties>
  <geometryOptions geometryPrecision="0" removeDuplicateNodes="0">
    <activeChecks type="StringList">
      <Option value="" type="QString"/>
    </activeChecks>
    <checkConfiguration/>
  </geometryOptions>
  <legend showLabelLegend="0" type="default-vector"/>
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
    <default expression="" applyOnUpdate="0" field="community_id"/>
    <default expression="" applyOnUpdate="0" field="community_name"/>
    <default expression="" applyOnUpdate="0" field="community_status"/>
    <default expression="" applyOnUpdate="0" field="item_id"/>
    <default expression="" applyOnUpdate="0" field="item_name"/>
    <default expression="" applyOnUpdate="0" field="aspect"/>
    <default expression="" applyOnUpdate="0" field="status"/>
    <default expression="" applyOnUpdate="0" field="requirement"/>
    <default expression="" applyOnUpdate="0" field="measured"/>
    <default expression="" applyOnUpdate="0" field="threshold"/>
    <default expression="" applyOnUpdate="0" field="unit"/>
    <default expression="" applyOnUpdate="0" field="reason_zh"/>
    <default expression="" applyOnUpdate="0" field="reason_en"/>
    <default expression="" applyOnUpdate="0" field="facility_id"/>
    <default expression="" applyOnUpdate="0" field="facility_name"/>
    <default expression="" applyOnUpdate="0" field="distance_m"/>
    <default expression="" applyOnUpdate="0" field="method"/>
    <default expression="" applyOnUpdate="0" field="requirements"/>
  </defaults>
  <constraints>
    <constraint field="community_id" unique_strength="0" constraints="0" notnull_strength="0" exp_strength="0"/>
    <constraint field="community_name" unique_strength="0" constraints="0" notnull_strength="0" exp_strength="0"/>
    <constraint field="community_status" unique_strength="0" constraints="0" notnull_strength="0" exp_strength="0"/>
    <constraint field="item_id" unique_strength="0" constraints="0" notnull_strength="0" exp_strength="0"/>
    <constraint field="item_name" unique_strength="0" constraints="0" notnull_strength="0" exp_strength="0"/>
    <constraint field="aspect" unique_strength="0" constraints="0" notnull_strength="0" exp_strength="0"/>
    <constraint field="status" unique_strength="0" constraints="0" notnull_strength="0" exp_strength="0"/>
    <constraint field="requirement" unique_strength="0" constraints="0" notnull_strength="0" exp_strength="0"/>
    <constraint field="measured" unique_strength="0" constraints="0" notnull_strength="0" exp_strength="0"/>
    <constraint field="threshold" unique_strength="0" constraints="0" notnull_strength="0" exp_strength="0"/>
    <constraint field="unit" unique_strength="0" constraints="0" notnull_strength="0" exp_strength="0"/>
    <constraint field="reason_zh" unique_strength="0" constraints="0" notnull_strength="0" exp_strength="0"/>
    <constraint field="reason_en" unique_strength="0" constraints="0" notnull_strength="0" exp_strength="0"/>
    <constraint field="facility_id" unique_strength="0" constraints="0" notnull_strength="0" exp_strength="0"/>
    <constraint field="facility_name" unique_strength="0" constraints="0" notnull_strength="0" exp_strength="0"/>
    <constraint field="distance_m" unique_strength="0" constraints="0" notnull_strength="0" exp_strength="0"/>
    <constraint field="method" unique_strength="0" constraints="0" notnull_strength="0" exp_strength="0"/>
    <constraint field="requirements" unique_strength="0" constraints="0" notnull_strength="0" exp_strength="0"/>
  </constraints>
  <constraintExpressions>
    <constraint desc="" exp="" field="community_id"/>
    <constraint desc="" exp="" field="community_name"/>
    <constraint desc="" exp="" field="community_status"/>
    <constraint desc="" exp="" field="item_id"/>
    <constraint desc="" exp="" field="item_name"/>
    <constraint desc="" exp="" field="aspect"/>
    <constraint desc="" exp="" field="status"/>
    <constraint desc="" exp="" field="requirement"/>
    <constraint desc="" exp="" field="measured"/>
    <constraint desc="" exp="" field="threshold"/>
    <constraint desc="" exp="" field="unit"/>
    <constraint desc="" exp="" field="reason_zh"/>
    <constraint desc="" exp="" field="reason_en"/>
    <constraint desc="" exp="" field="facility_id"/>
    <constraint desc="" exp="" field="facility_name"/>
    <constraint desc="" exp="" field="distance_m"/>
    <constraint desc="" exp="" field="method"/>
    <constraint desc="" exp="" field="requirements"/>
  </constraintExpressions>
  <expressionfields/>
  <attributeactions/>
  <attributetableconfig sortOrder="0" actionWidgetStyle="dropDown" sortExpression="">
    <columns/>
  </attributetableconfig>
  <conditionalstyles>
    <rowstyles>
      <style rule="&quot;status&quot; = 'pass'" name="pass" background_color_alpha="255" background_color="#d9f0d3">
        <font style="" description="DejaVu LGC Sans,12,-1,5,50,0,0,0,0,0"/>
      </style>
      <style rule="&quot;status&quot; = 'fail'" name="fail" background_color_alpha="255" background_color="#f4a6a6">
        <font style="" description="DejaVu LGC Sans,12,-1,5,50,0,0,0,0,0"/>
      </style>
      <style rule="&quot;status&quot; = 'unknown'" name="unknown" background_color_alpha="255" background_color="#e0e0e0">
        <font style="" description="DejaVu LGC Sans,12,-1,5,50,0,0,0,0,0"/>
      </style>
      <style rule="&quot;status&quot; = 'not_applicable'" name="not_applicable" background_color_alpha="255" background_color="#ffffff">
        <font style="" description="DejaVu LGC Sans,12,-1,5,50,0,0,0,0,0"/>
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
