<!DOCTYPE qgis PUBLIC 'http://mrcc.com/qgis.dtd' 'SYSTEM'>
<qgis styleCategories="AllStyleCategories" hasScaleBasedVisibilityFlag="0" minScale="1e+08" maxScale="0" readOnly="0" version="3.22.16-Białowieża">
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
  <customproperties>
    <Option/>
  </customproperties>
  <geometryOptions geometryPrecision="0" removeDuplicateNodes="0">
    <activeChecks type="StringList">
      <Option type="QString" value=""/>
    </activeChecks>
    <checkConfiguration/>
  </geometryOptions>
  <legend type="default-vector" showLabelLegend="0"/>
  <referencedLayers/>
  <fieldConfiguration>
    <field configurationFlags="None" name="community_id">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="None" name="community_name">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="None" name="community_status">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="None" name="item_id">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="None" name="item_name">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="None" name="aspect">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="None" name="status">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="None" name="requirement">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="None" name="measured">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="None" name="threshold">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="None" name="unit">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="None" name="reason_zh">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="None" name="reason_en">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="None" name="facility_id">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="None" name="facility_name">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="None" name="distance_m">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="None" name="method">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="None" name="requirements">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
  </fieldConfiguration>
  <aliases>
    <alias name="社区编号" field="community_id" index="0"/>
    <alias name="社区名称" field="community_name" index="1"/>
    <alias name="新建/既有" field="community_status" index="2"/>
    <alias name="项目编号" field="item_id" index="3"/>
    <alias name="项目" field="item_name" index="4"/>
    <alias name="方面" field="aspect" index="5"/>
    <alias name="结论" field="status" index="6"/>
    <alias name="判定要求" field="requirement" index="7"/>
    <alias name="实测值" field="measured" index="8"/>
    <alias name="标准值" field="threshold" index="9"/>
    <alias name="单位" field="unit" index="10"/>
    <alias name="原因" field="reason_zh" index="11"/>
    <alias name="Reason" field="reason_en" index="12"/>
    <alias name="设施编号" field="facility_id" index="13"/>
    <alias name="最近设施" field="facility_name" index="14"/>
    <alias name="距离（米）" field="distance_m" index="15"/>
    <alias name="计算方法" field="method" index="16"/>
    <alias name="各要求结论" field="requirements" index="17"/>
  </aliases>
  <defaults>
    <default applyOnUpdate="0" field="community_id" expression=""/>
    <default applyOnUpdate="0" field="community_name" expression=""/>
    <default applyOnUpdate="0" field="community_status" expression=""/>
    <default applyOnUpdate="0" field="item_id" expression=""/>
    <default applyOnUpdate="0" field="item_name" expression=""/>
    <default applyOnUpdate="0" field="aspect" expression=""/>
    <default applyOnUpdate="0" field="status" expression=""/>
    <default applyOnUpdate="0" field="requirement" expression=""/>
    <default applyOnUpdate="0" field="measured" expression=""/>
    <default applyOnUpdate="0" field="threshold" expression=""/>
    <default applyOnUpdate="0" field="unit" expression=""/>
    <default applyOnUpdate="0" field="reason_zh" expression=""/>
    <default applyOnUpdate="0" field="reason_en" expression=""/>
    <default applyOnUpdate="0" field="facility_id" expression=""/>
    <default applyOnUpdate="0" field="facility_name" expression=""/>
    <default applyOnUpdate="0" field="distance_m" expression=""/>
    <default applyOnUpdate="0" field="method" expression=""/>
    <default applyOnUpdate="0" field="requirements" expression=""/>
  </defaults>
  <constraints>
    <constraint constraints="0" exp_strength="0" field="community_id" unique_strength="0" notnull_strength="0"/>
    <constraint constraints="0" exp_strength="0" field="community_name" unique_strength="0" notnull_strength="0"/>
    <constraint constraints="0" exp_strength="0" field="community_status" unique_strength="0" notnull_strength="0"/>
    <constraint constraints="0" exp_strength="0" field="item_id" unique_strength="0" notnull_strength="0"/>
    <constraint constraints="0" exp_strength="0" field="item_name" unique_strength="0" notnull_strength="0"/>
    <constraint constraints="0" exp_strength="0" field="aspect" unique_strength="0" notnull_strength="0"/>
    <constraint constraints="0" exp_strength="0" field="status" unique_strength="0" notnull_strength="0"/>
    <constraint constraints="0" exp_strength="0" field="requirement" unique_strength="0" notnull_strength="0"/>
    <constraint constraints="0" exp_strength="0" field="measured" unique_strength="0" notnull_strength="0"/>
    <constraint constraints="0" exp_strength="0" field="threshold" unique_strength="0" notnull_strength="0"/>
    <constraint constraints="0" exp_strength="0" field="unit" unique_strength="0" notnull_strength="0"/>
    <constraint constraints="0" exp_strength="0" field="reason_zh" unique_strength="0" notnull_strength="0"/>
    <constraint constraints="0" exp_strength="0" field="reason_en" unique_strength="0" notnull_strength="0"/>
    <constraint constraints="0" exp_strength="0" field="facility_id" unique_strength="0" notnull_strength="0"/>
    <constraint constraints="0" exp_strength="0" field="facility_name" unique_strength="0" notnull_strength="0"/>
    <constraint constraints="0" exp_strength="0" field="distance_m" unique_strength="0" notnull_strength="0"/>
    <constraint constraints="0" exp_strength="0" field="method" unique_strength="0" notnull_strength="0"/>
    <constraint constraints="0" exp_strength="0" field="requirements" unique_strength="0" notnull_strength="0"/>
  </constraints>
  <constraintExpressions>
    <constraint field="community_id" desc="" exp=""/>
    <constraint field="community_name" desc="" exp=""/>
    <constraint field="community_status" desc="" exp=""/>
    <constraint field="item_id" desc="" exp=""/>
    <constraint field="item_name" desc="" exp=""/>
    <constraint field="aspect" desc="" exp=""/>
    <constraint field="status" desc="" exp=""/>
    <constraint field="requirement" desc="" exp=""/>
    <constraint field="measured" desc="" exp=""/>
    <constraint field="threshold" desc="" exp=""/>
    <constraint field="unit" desc="" exp=""/>
    <constraint field="reason_zh" desc="" exp=""/>
    <constraint field="reason_en" desc="" exp=""/>
    <constraint field="facility_id" desc="" exp=""/>
    <constraint field="facility_name" desc="" exp=""/>
    <constraint field="distance_m" desc="" exp=""/>
    <constraint field="method" desc="" exp=""/>
    <constraint field="requirements" desc="" exp=""/>
  </constraintExpressions>
  <expressionfields/>
  <attributeactions/>
  <attributetableconfig sortOrder="0" sortExpression="" actionWidgetStyle="dropDown">
    <columns/>
  </attributetableconfig>
  <conditionalstyles>
    <rowstyles>
      <style rule="&quot;status&quot; = 'pass'" name="pass" background_color="#d9f0d3" background_color_alpha="255">
        <font description="DejaVu LGC Sans,12,-1,5,50,0,0,0,0,0" style=""/>
      </style>
      <style rule="&quot;status&quot; = 'fail'" name="fail" background_color="#f4a6a6" background_color_alpha="255">
        <font description="DejaVu LGC Sans,12,-1,5,50,0,0,0,0,0" style=""/>
      </style>
      <style rule="&quot;status&quot; = 'unknown'" name="unknown" background_color="#e0e0e0" background_color_alpha="255">
        <font description="DejaVu LGC Sans,12,-1,5,50,0,0,0,0,0" style=""/>
      </style>
      <style rule="&quot;status&quot; = 'not_applicable'" name="not_applicable" background_color="#ffffff" background_color_alpha="255">
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
