<!DOCTYPE qgis PUBLIC 'http://mrcc.com/qgis.dtd' 'SYSTEM'>
<qgis minScale="1e+08" version="3.22.16-Białowieża" styleCategories="AllStyleCategories" hasScaleBasedVisibilityFlag="0" maxScale="0" readOnly="0">
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
      <editWidget type="ValueMap">
        <config>
          <Option type="Map">
            <Option type="List" name="map">
              <Option type="Map">
                <Option type="QString" name="新建" value="new"/>
              </Option>
              <Option type="Map">
                <Option type="QString" name="既有" value="existing"/>
              </Option>
              <Option type="Map">
                <Option type="QString" name="未知" value="unknown"/>
              </Option>
              <Option type="Map">
                <Option type="QString" name="—" value="{2839923C-8B7D-419E-B84B-CA2FE9B80EC7}"/>
              </Option>
            </Option>
          </Option>
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
      <editWidget type="ValueMap">
        <config>
          <Option type="Map">
            <Option type="List" name="map">
              <Option type="Map">
                <Option type="QString" name="达标" value="pass"/>
              </Option>
              <Option type="Map">
                <Option type="QString" name="不达标" value="fail"/>
              </Option>
              <Option type="Map">
                <Option type="QString" name="待核实" value="unknown"/>
              </Option>
              <Option type="Map">
                <Option type="QString" name="不适用" value="not_applicable"/>
              </Option>
              <Option type="Map">
                <Option type="QString" name="—" value="{2839923C-8B7D-419E-B84B-CA2FE9B80EC7}"/>
              </Option>
            </Option>
          </Option>
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
    <field name="requirement_name" configurationFlags="None">
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
      <editWidget type="ValueMap">
        <config>
          <Option type="Map">
            <Option type="List" name="map">
              <Option type="Map">
                <Option type="QString" name="处" value="count"/>
              </Option>
              <Option type="Map">
                <Option type="QString" name="类" value="types"/>
              </Option>
              <Option type="Map">
                <Option type="QString" name="比例" value="share"/>
              </Option>
              <Option type="Map">
                <Option type="QString" name="%" value="percent"/>
              </Option>
              <Option type="Map">
                <Option type="QString" name="是/否" value="yes/no"/>
              </Option>
              <Option type="Map">
                <Option type="QString" name="比值" value="ratio"/>
              </Option>
              <Option type="Map">
                <Option type="QString" name="平方米/百户" value="m2/100 households"/>
              </Option>
              <Option type="Map">
                <Option type="QString" name="—" value="{2839923C-8B7D-419E-B84B-CA2FE9B80EC7}"/>
              </Option>
            </Option>
          </Option>
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
      <editWidget type="ValueMap">
        <config>
          <Option type="Map">
            <Option type="List" name="map">
              <Option type="Map">
                <Option type="QString" name="步行路网" value="network"/>
              </Option>
              <Option type="Map">
                <Option type="QString" name="直线距离" value="straight_line"/>
              </Option>
              <Option type="Map">
                <Option type="QString" name="社区内" value="inside"/>
              </Option>
              <Option type="Map">
                <Option type="QString" name="调查" value="surveyed"/>
              </Option>
              <Option type="Map">
                <Option type="QString" name="属性" value="attributes"/>
              </Option>
              <Option type="Map">
                <Option type="QString" name="—" value="{2839923C-8B7D-419E-B84B-CA2FE9B80EC7}"/>
              </Option>
            </Option>
          </Option>
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
      <editWidget type="ValueMap">
        <config>
          <Option type="Map">
            <Option type="List" name="map">
              <Option type="Map">
                <Option type="QString" name="按居民" value="residents"/>
              </Option>
              <Option type="Map">
                <Option type="QString" name="按面积" value="area"/>
              </Option>
              <Option type="Map">
                <Option type="QString" name="—" value="{2839923C-8B7D-419E-B84B-CA2FE9B80EC7}"/>
              </Option>
            </Option>
          </Option>
        </config>
      </editWidget>
    </field>
    <field name="unverified" configurationFlags="None">
      <editWidget type="ValueMap">
        <config>
          <Option type="Map">
            <Option type="List" name="map">
              <Option type="Map">
                <Option type="QString" name="是" value="1"/>
              </Option>
              <Option type="Map">
                <Option type="QString" name="否" value="0"/>
              </Option>
              <Option type="Map">
                <Option type="QString" name="—" value="{2839923C-8B7D-419E-B84B-CA2FE9B80EC7}"/>
              </Option>
            </Option>
          </Option>
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
    <alias name="社区编号" field="community_id" index="0"/>
    <alias name="社区名称" field="community_name" index="1"/>
    <alias name="新建/既有" field="community_status" index="2"/>
    <alias name="项目编号" field="item_id" index="3"/>
    <alias name="项目" field="item_name" index="4"/>
    <alias name="方面" field="aspect" index="5"/>
    <alias name="结论" field="status" index="6"/>
    <alias name="要求编号" field="requirement" index="7"/>
    <alias name="判定要求" field="requirement_name" index="8"/>
    <alias name="实测值" field="measured" index="9"/>
    <alias name="标准值" field="threshold" index="10"/>
    <alias name="单位" field="unit" index="11"/>
    <alias name="原因" field="reason_zh" index="12"/>
    <alias name="Reason" field="reason_en" index="13"/>
    <alias name="设施编号" field="facility_id" index="14"/>
    <alias name="最近设施" field="facility_name" index="15"/>
    <alias name="距离（米）" field="distance_m" index="16"/>
    <alias name="计算方法" field="method" index="17"/>
    <alias name="可达比例（%）" field="coverage" index="18"/>
    <alias name="可达比例口径" field="coverage_of" index="19"/>
    <alias name="规模未核实" field="unverified" index="20"/>
    <alias name="各要求结论" field="requirements" index="21"/>
    <alias name="标准配置" field="profile" index="22"/>
    <alias name="标准名称" field="profile_name" index="23"/>
    <alias name="步行速度（米/分钟）" field="walk_speed" index="24"/>
    <alias name="可达比例要求（%）" field="coverage_min" index="25"/>
    <alias name="阈值可信度" field="confidence" index="26"/>
    <alias name="阈值来源" field="sources" index="27"/>
  </aliases>
  <defaults>
    <default expression="" field="community_id" applyOnUpdate="0"/>
    <default expression="" field="community_name" applyOnUpdate="0"/>
    <default expression="" field="community_status" applyOnUpdate="0"/>
    <default expression="" field="item_id" applyOnUpdate="0"/>
    <default expression="" field="item_name" applyOnUpdate="0"/>
    <default expression="" field="aspect" applyOnUpdate="0"/>
    <default expression="" field="status" applyOnUpdate="0"/>
    <default expression="" field="requirement" applyOnUpdate="0"/>
    <default expression="" field="requirement_name" applyOnUpdate="0"/>
    <default expression="" field="measured" applyOnUpdate="0"/>
    <default expression="" field="threshold" applyOnUpdate="0"/>
    <default expression="" field="unit" applyOnUpdate="0"/>
    <default expression="" field="reason_zh" applyOnUpdate="0"/>
    <default expression="" field="reason_en" applyOnUpdate="0"/>
    <default expression="" field="facility_id" applyOnUpdate="0"/>
    <default expression="" field="facility_name" applyOnUpdate="0"/>
    <default expression="" field="distance_m" applyOnUpdate="0"/>
    <default expression="" field="method" applyOnUpdate="0"/>
    <default expression="" field="coverage" applyOnUpdate="0"/>
    <default expression="" field="coverage_of" applyOnUpdate="0"/>
    <default expression="" field="unverified" applyOnUpdate="0"/>
    <default expression="" field="requirements" applyOnUpdate="0"/>
    <default expression="" field="profile" applyOnUpdate="0"/>
    <default expression="" field="profile_name" applyOnUpdate="0"/>
    <default expression="" field="walk_speed" applyOnUpdate="0"/>
    <default expression="" field="coverage_min" applyOnUpdate="0"/>
    <default expression="" field="confidence" applyOnUpdate="0"/>
    <default expression="" field="sources" applyOnUpdate="0"/>
  </defaults>
  <constraints>
    <constraint unique_strength="0" exp_strength="0" field="community_id" notnull_strength="0" constraints="0"/>
    <constraint unique_strength="0" exp_strength="0" field="community_name" notnull_strength="0" constraints="0"/>
    <constraint unique_strength="0" exp_strength="0" field="community_status" notnull_strength="0" constraints="0"/>
    <constraint unique_strength="0" exp_strength="0" field="item_id" notnull_strength="0" constraints="0"/>
    <constraint unique_strength="0" exp_strength="0" field="item_name" notnull_strength="0" constraints="0"/>
    <constraint unique_strength="0" exp_strength="0" field="aspect" notnull_strength="0" constraints="0"/>
    <constraint unique_strength="0" exp_strength="0" field="status" notnull_strength="0" constraints="0"/>
    <constraint unique_strength="0" exp_strength="0" field="requirement" notnull_strength="0" constraints="0"/>
    <constraint unique_strength="0" exp_strength="0" field="requirement_name" notnull_strength="0" constraints="0"/>
    <constraint unique_strength="0" exp_strength="0" field="measured" notnull_strength="0" constraints="0"/>
    <constraint unique_strength="0" exp_strength="0" field="threshold" notnull_strength="0" constraints="0"/>
    <constraint unique_strength="0" exp_strength="0" field="unit" notnull_strength="0" constraints="0"/>
    <constraint unique_strength="0" exp_strength="0" field="reason_zh" notnull_strength="0" constraints="0"/>
    <constraint unique_strength="0" exp_strength="0" field="reason_en" notnull_strength="0" constraints="0"/>
    <constraint unique_strength="0" exp_strength="0" field="facility_id" notnull_strength="0" constraints="0"/>
    <constraint unique_strength="0" exp_strength="0" field="facility_name" notnull_strength="0" constraints="0"/>
    <constraint unique_strength="0" exp_strength="0" field="distance_m" notnull_strength="0" constraints="0"/>
    <constraint unique_strength="0" exp_strength="0" field="method" notnull_strength="0" constraints="0"/>
    <constraint unique_strength="0" exp_strength="0" field="coverage" notnull_strength="0" constraints="0"/>
    <constraint unique_strength="0" exp_strength="0" field="coverage_of" notnull_strength="0" constraints="0"/>
    <constraint unique_strength="0" exp_strength="0" field="unverified" notnull_strength="0" constraints="0"/>
    <constraint unique_strength="0" exp_strength="0" field="requirements" notnull_strength="0" constraints="0"/>
    <constraint unique_strength="0" exp_strength="0" field="profile" notnull_strength="0" constraints="0"/>
    <constraint unique_strength="0" exp_strength="0" field="profile_name" notnull_strength="0" constraints="0"/>
    <constraint unique_strength="0" exp_strength="0" field="walk_speed" notnull_strength="0" constraints="0"/>
    <constraint unique_strength="0" exp_strength="0" field="coverage_min" notnull_strength="0" constraints="0"/>
    <constraint unique_strength="0" exp_strength="0" field="confidence" notnull_strength="0" constraints="0"/>
    <constraint unique_strength="0" exp_strength="0" field="sources" notnull_strength="0" constraints="0"/>
  </constraints>
  <constraintExpressions>
    <constraint desc="" field="community_id" exp=""/>
    <constraint desc="" field="community_name" exp=""/>
    <constraint desc="" field="community_status" exp=""/>
    <constraint desc="" field="item_id" exp=""/>
    <constraint desc="" field="item_name" exp=""/>
    <constraint desc="" field="aspect" exp=""/>
    <constraint desc="" field="status" exp=""/>
    <constraint desc="" field="requirement" exp=""/>
    <constraint desc="" field="requirement_name" exp=""/>
    <constraint desc="" field="measured" exp=""/>
    <constraint desc="" field="threshold" exp=""/>
    <constraint desc="" field="unit" exp=""/>
    <constraint desc="" field="reason_zh" exp=""/>
    <constraint desc="" field="reason_en" exp=""/>
    <constraint desc="" field="facility_id" exp=""/>
    <constraint desc="" field="facility_name" exp=""/>
    <constraint desc="" field="distance_m" exp=""/>
    <constraint desc="" field="method" exp=""/>
    <constraint desc="" field="coverage" exp=""/>
    <constraint desc="" field="coverage_of" exp=""/>
    <constraint desc="" field="unverified" exp=""/>
    <constraint desc="" field="requirements" exp=""/>
    <constraint desc="" field="profile" exp=""/>
    <constraint desc="" field="profile_name" exp=""/>
    <constraint desc="" field="walk_speed" exp=""/>
    <constraint desc="" field="coverage_min" exp=""/>
    <constraint desc="" field="confidence" exp=""/>
    <constraint desc="" field="sources" exp=""/>
  </constraintExpressions>
  <expressionfields/>
  <attributeactions/>
  <attributetableconfig sortOrder="0" sortExpression="" actionWidgetStyle="dropDown">
    <columns>
      <column type="field" name="community_id" hidden="0" width="80"/>
      <column type="field" name="community_name" hidden="0" width="100"/>
      <column type="field" name="item_id" hidden="0" width="70"/>
      <column type="field" name="item_name" hidden="0" width="250"/>
      <column type="field" name="status" hidden="0" width="80"/>
      <column type="field" name="reason_zh" hidden="0" width="620"/>
      <column type="field" name="reason_en" hidden="1" width="620"/>
      <column type="field" name="requirement_name" hidden="0" width="200"/>
      <column type="field" name="measured" hidden="0" width="-1"/>
      <column type="field" name="threshold" hidden="0" width="-1"/>
      <column type="field" name="unit" hidden="0" width="70"/>
      <column type="field" name="facility_name" hidden="0" width="-1"/>
      <column type="field" name="distance_m" hidden="0" width="-1"/>
      <column type="field" name="community_status" hidden="0" width="80"/>
      <column type="field" name="aspect" hidden="0" width="170"/>
      <column type="field" name="requirement" hidden="1" width="-1"/>
      <column type="field" name="facility_id" hidden="0" width="-1"/>
      <column type="field" name="method" hidden="0" width="-1"/>
      <column type="field" name="coverage" hidden="0" width="-1"/>
      <column type="field" name="coverage_of" hidden="0" width="-1"/>
      <column type="field" name="unverified" hidden="0" width="-1"/>
      <column type="field" name="requirements" hidden="1" width="-1"/>
      <column type="field" name="profile" hidden="0" width="-1"/>
      <column type="field" name="profile_name" hidden="0" width="-1"/>
      <column type="field" name="walk_speed" hidden="0" width="-1"/>
      <column type="field" name="coverage_min" hidden="0" width="-1"/>
      <column type="field" name="confidence" hidden="0" width="-1"/>
      <column type="field" name="sources" hidden="0" width="-1"/>
      <column type="actions" hidden="0" width="-1"/>
    </columns>
  </attributetableconfig>
  <conditionalstyles>
    <rowstyles>
      <style background_color="#d9f0d3" name="达标" background_color_alpha="255" rule="&quot;status&quot; = 'pass'">
        <font description="DejaVu LGC Sans,12,-1,5,50,0,0,0,0,0" style=""/>
      </style>
      <style background_color="#f4a6a6" name="不达标" background_color_alpha="255" rule="&quot;status&quot; = 'fail'">
        <font description="DejaVu LGC Sans,12,-1,5,50,0,0,0,0,0" style=""/>
      </style>
      <style background_color="#e0e0e0" name="待核实" background_color_alpha="255" rule="&quot;status&quot; = 'unknown'">
        <font description="DejaVu LGC Sans,12,-1,5,50,0,0,0,0,0" style=""/>
      </style>
      <style background_color="#ffffff" name="不适用" background_color_alpha="255" rule="&quot;status&quot; = 'not_applicable'">
        <font description="DejaVu LGC Sans,12,-1,5,50,0,0,0,0,0" style=""/>
      </style>
    </rowstyles>
    <fieldstyles>
      <fieldstyle fieldname="status">
        <style background_color="#d9f0d3" name="达标" background_color_alpha="255" rule="@value = 'pass'">
          <font description="DejaVu LGC Sans,12,-1,5,50,0,0,0,0,0" style=""/>
        </style>
        <style background_color="#f4a6a6" name="不达标" background_color_alpha="255" rule="@value = 'fail'">
          <font description="DejaVu LGC Sans,12,-1,5,50,0,0,0,0,0" style=""/>
        </style>
        <style background_color="#e0e0e0" name="待核实" background_color_alpha="255" rule="@value = 'unknown'">
          <font description="DejaVu LGC Sans,12,-1,5,50,0,0,0,0,0" style=""/>
        </style>
        <style background_color="#ffffff" name="不适用" background_color_alpha="255" rule="@value = 'not_applicable'">
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
