<!DOCTYPE qgis PUBLIC 'http://mrcc.com/qgis.dtd' 'SYSTEM'>
<qgis readOnly="0" version="3.22.16-Białowieża" styleCategories="AllStyleCategories" maxScale="0" hasScaleBasedVisibilityFlag="0" minScale="1e+08">
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
    <field name="unverified" configurationFlags="None">
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
    <alias name="社区编号" index="0" field="community_id"/>
    <alias name="社区名称" index="1" field="community_name"/>
    <alias name="新建/既有" index="2" field="community_status"/>
    <alias name="项目编号" index="3" field="item_id"/>
    <alias name="项目" index="4" field="item_name"/>
    <alias name="方面" index="5" field="aspect"/>
    <alias name="结论" index="6" field="status"/>
    <alias name="判定要求" index="7" field="requirement"/>
    <alias name="实测值" index="8" field="measured"/>
    <alias name="标准值" index="9" field="threshold"/>
    <alias name="单位" index="10" field="unit"/>
    <alias name="原因" index="11" field="reason_zh"/>
    <alias name="Reason" index="12" field="reason_en"/>
    <alias name="设施编号" index="13" field="facility_id"/>
    <alias name="最近设施" index="14" field="facility_name"/>
    <alias name="距离（米）" index="15" field="distance_m"/>
    <alias name="计算方法" index="16" field="method"/>
    <alias name="可达比例" index="17" field="coverage"/>
    <alias name="可达比例口径" index="18" field="coverage_of"/>
    <alias name="规模未核实" index="19" field="unverified"/>
    <alias name="各要求结论" index="20" field="requirements"/>
    <alias name="标准配置" index="21" field="profile"/>
    <alias name="标准名称" index="22" field="profile_name"/>
    <alias name="步行速度（米/分钟）" index="23" field="walk_speed"/>
    <alias name="可达比例要求" index="24" field="coverage_min"/>
    <alias name="阈值可信度" index="25" field="confidence"/>
    <alias name="阈值来源" index="26" field="sources"/>
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
    <default field="coverage" applyOnUpdate="0" expression=""/>
    <default field="coverage_of" applyOnUpdate="0" expression=""/>
    <default field="unverified" applyOnUpdate="0" expression=""/>
    <default field="requirements" applyOnUpdate="0" expression=""/>
    <default field="profile" applyOnUpdate="0" expression=""/>
    <default field="profile_name" applyOnUpdate="0" expression=""/>
    <default field="walk_speed" applyOnUpdate="0" expression=""/>
    <default field="coverage_min" applyOnUpdate="0" expression=""/>
    <default field="confidence" applyOnUpdate="0" expression=""/>
    <default field="sources" applyOnUpdate="0" expression=""/>
  </defaults>
  <constraints>
    <constraint constraints="0" exp_strength="0" notnull_strength="0" unique_strength="0" field="community_id"/>
    <constraint constraints="0" exp_strength="0" notnull_strength="0" unique_strength="0" field="community_name"/>
    <constraint constraints="0" exp_strength="0" notnull_strength="0" unique_strength="0" field="community_status"/>
    <constraint constraints="0" exp_strength="0" notnull_strength="0" unique_strength="0" field="item_id"/>
    <constraint constraints="0" exp_strength="0" notnull_strength="0" unique_strength="0" field="item_name"/>
    <constraint constraints="0" exp_strength="0" notnull_strength="0" unique_strength="0" field="aspect"/>
    <constraint constraints="0" exp_strength="0" notnull_strength="0" unique_strength="0" field="status"/>
    <constraint constraints="0" exp_strength="0" notnull_strength="0" unique_strength="0" field="requirement"/>
    <constraint constraints="0" exp_strength="0" notnull_strength="0" unique_strength="0" field="measured"/>
    <constraint constraints="0" exp_strength="0" notnull_strength="0" unique_strength="0" field="threshold"/>
    <constraint constraints="0" exp_strength="0" notnull_strength="0" unique_strength="0" field="unit"/>
    <constraint constraints="0" exp_strength="0" notnull_strength="0" unique_strength="0" field="reason_zh"/>
    <constraint constraints="0" exp_strength="0" notnull_strength="0" unique_strength="0" field="reason_en"/>
    <constraint constraints="0" exp_strength="0" notnull_strength="0" unique_strength="0" field="facility_id"/>
    <constraint constraints="0" exp_strength="0" notnull_strength="0" unique_strength="0" field="facility_name"/>
    <constraint constraints="0" exp_strength="0" notnull_strength="0" unique_strength="0" field="distance_m"/>
    <constraint constraints="0" exp_strength="0" notnull_strength="0" unique_strength="0" field="method"/>
    <constraint constraints="0" exp_strength="0" notnull_strength="0" unique_strength="0" field="coverage"/>
    <constraint constraints="0" exp_strength="0" notnull_strength="0" unique_strength="0" field="coverage_of"/>
    <constraint constraints="0" exp_strength="0" notnull_strength="0" unique_strength="0" field="unverified"/>
    <constraint constraints="0" exp_strength="0" notnull_strength="0" unique_strength="0" field="requirements"/>
    <constraint constraints="0" exp_strength="0" notnull_strength="0" unique_strength="0" field="profile"/>
    <constraint constraints="0" exp_strength="0" notnull_strength="0" unique_strength="0" field="profile_name"/>
    <constraint constraints="0" exp_strength="0" notnull_strength="0" unique_strength="0" field="walk_speed"/>
    <constraint constraints="0" exp_strength="0" notnull_strength="0" unique_strength="0" field="coverage_min"/>
    <constraint constraints="0" exp_strength="0" notnull_strength="0" unique_strength="0" field="confidence"/>
    <constraint constraints="0" exp_strength="0" notnull_strength="0" unique_strength="0" field="sources"/>
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
    <constraint desc="" exp="" field="coverage"/>
    <constraint desc="" exp="" field="coverage_of"/>
    <constraint desc="" exp="" field="unverified"/>
    <constraint desc="" exp="" field="requirements"/>
    <constraint desc="" exp="" field="profile"/>
    <constraint desc="" exp="" field="profile_name"/>
    <constraint desc="" exp="" field="walk_speed"/>
    <constraint desc="" exp="" field="coverage_min"/>
    <constraint desc="" exp="" field="confidence"/>
    <constraint desc="" exp="" field="sources"/>
  </constraintExpressions>
  <expressionfields/>
  <attributeactions/>
  <attributetableconfig sortExpression="" actionWidgetStyle="dropDown" sortOrder="0">
    <columns/>
  </attributetableconfig>
  <conditionalstyles>
    <rowstyles>
      <style background_color_alpha="255" name="pass" rule="&quot;status&quot; = 'pass'" background_color="#d9f0d3">
        <font style="" description="DejaVu LGC Sans,12,-1,5,50,0,0,0,0,0"/>
      </style>
      <style background_color_alpha="255" name="fail" rule="&quot;status&quot; = 'fail'" background_color="#f4a6a6">
        <font style="" description="DejaVu LGC Sans,12,-1,5,50,0,0,0,0,0"/>
      </style>
      <style background_color_alpha="255" name="unknown" rule="&quot;status&quot; = 'unknown'" background_color="#e0e0e0">
        <font style="" description="DejaVu LGC Sans,12,-1,5,50,0,0,0,0,0"/>
      </style>
      <style background_color_alpha="255" name="not_applicable" rule="&quot;status&quot; = 'not_applicable'" background_color="#ffffff">
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
