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
    <field name="rank" configurationFlags="None">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="year" configurationFlags="None">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="priority" configurationFlags="None">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="weight" configurationFlags="None">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
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
    <field name="measure" configurationFlags="None">
      <editWidget type="ValueMap">
        <config>
          <Option type="Map">
            <Option type="List" name="map">
              <Option type="Map">
                <Option type="QString" name="在推荐地块建设" value="build_at_site"/>
              </Option>
              <Option type="Map">
                <Option type="QString" name="推荐地块可部分覆盖" value="site_partial"/>
              </Option>
              <Option type="Map">
                <Option type="QString" name="步行范围内无候选用地" value="no_candidate"/>
              </Option>
              <Option type="Map">
                <Option type="QString" name="待选址" value="site_to_find"/>
              </Option>
              <Option type="Map">
                <Option type="QString" name="整改调查项" value="fix_survey"/>
              </Option>
              <Option type="Map">
                <Option type="QString" name="其他改善" value="improve"/>
              </Option>
              <Option type="Map">
                <Option type="QString" name="—" value="{2839923C-8B7D-419E-B84B-CA2FE9B80EC7}"/>
              </Option>
            </Option>
          </Option>
        </config>
      </editWidget>
    </field>
    <field name="site_id" configurationFlags="None">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="site_name" configurationFlags="None">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="residents" configurationFlags="None">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="residents_known" configurationFlags="None">
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
  </fieldConfiguration>
  <aliases>
    <alias name="优先序" field="rank" index="0"/>
    <alias name="计划年份" field="year" index="1"/>
    <alias name="优先级得分" field="priority" index="2"/>
    <alias name="项目权重" field="weight" index="3"/>
    <alias name="社区编号" field="community_id" index="4"/>
    <alias name="社区名称" field="community_name" index="5"/>
    <alias name="项目编号" field="item_id" index="6"/>
    <alias name="项目" field="item_name" index="7"/>
    <alias name="建议措施" field="measure" index="8"/>
    <alias name="地块编号" field="site_id" index="9"/>
    <alias name="地块名称" field="site_name" index="10"/>
    <alias name="受益居民" field="residents" index="11"/>
    <alias name="人口已知" field="residents_known" index="12"/>
  </aliases>
  <defaults>
    <default expression="" field="rank" applyOnUpdate="0"/>
    <default expression="" field="year" applyOnUpdate="0"/>
    <default expression="" field="priority" applyOnUpdate="0"/>
    <default expression="" field="weight" applyOnUpdate="0"/>
    <default expression="" field="community_id" applyOnUpdate="0"/>
    <default expression="" field="community_name" applyOnUpdate="0"/>
    <default expression="" field="item_id" applyOnUpdate="0"/>
    <default expression="" field="item_name" applyOnUpdate="0"/>
    <default expression="" field="measure" applyOnUpdate="0"/>
    <default expression="" field="site_id" applyOnUpdate="0"/>
    <default expression="" field="site_name" applyOnUpdate="0"/>
    <default expression="" field="residents" applyOnUpdate="0"/>
    <default expression="" field="residents_known" applyOnUpdate="0"/>
  </defaults>
  <constraints>
    <constraint unique_strength="0" exp_strength="0" field="rank" notnull_strength="0" constraints="0"/>
    <constraint unique_strength="0" exp_strength="0" field="year" notnull_strength="0" constraints="0"/>
    <constraint unique_strength="0" exp_strength="0" field="priority" notnull_strength="0" constraints="0"/>
    <constraint unique_strength="0" exp_strength="0" field="weight" notnull_strength="0" constraints="0"/>
    <constraint unique_strength="0" exp_strength="0" field="community_id" notnull_strength="0" constraints="0"/>
    <constraint unique_strength="0" exp_strength="0" field="community_name" notnull_strength="0" constraints="0"/>
    <constraint unique_strength="0" exp_strength="0" field="item_id" notnull_strength="0" constraints="0"/>
    <constraint unique_strength="0" exp_strength="0" field="item_name" notnull_strength="0" constraints="0"/>
    <constraint unique_strength="0" exp_strength="0" field="measure" notnull_strength="0" constraints="0"/>
    <constraint unique_strength="0" exp_strength="0" field="site_id" notnull_strength="0" constraints="0"/>
    <constraint unique_strength="0" exp_strength="0" field="site_name" notnull_strength="0" constraints="0"/>
    <constraint unique_strength="0" exp_strength="0" field="residents" notnull_strength="0" constraints="0"/>
    <constraint unique_strength="0" exp_strength="0" field="residents_known" notnull_strength="0" constraints="0"/>
  </constraints>
  <constraintExpressions>
    <constraint desc="" field="rank" exp=""/>
    <constraint desc="" field="year" exp=""/>
    <constraint desc="" field="priority" exp=""/>
    <constraint desc="" field="weight" exp=""/>
    <constraint desc="" field="community_id" exp=""/>
    <constraint desc="" field="community_name" exp=""/>
    <constraint desc="" field="item_id" exp=""/>
    <constraint desc="" field="item_name" exp=""/>
    <constraint desc="" field="measure" exp=""/>
    <constraint desc="" field="site_id" exp=""/>
    <constraint desc="" field="site_name" exp=""/>
    <constraint desc="" field="residents" exp=""/>
    <constraint desc="" field="residents_known" exp=""/>
  </constraintExpressions>
  <expressionfields/>
  <attributeactions/>
  <attributetableconfig sortOrder="0" sortExpression="" actionWidgetStyle="dropDown">
    <columns>
      <column type="field" name="rank" hidden="0" width="-1"/>
      <column type="field" name="year" hidden="0" width="-1"/>
      <column type="field" name="priority" hidden="0" width="-1"/>
      <column type="field" name="weight" hidden="0" width="-1"/>
      <column type="field" name="community_id" hidden="0" width="-1"/>
      <column type="field" name="community_name" hidden="0" width="100"/>
      <column type="field" name="item_id" hidden="0" width="-1"/>
      <column type="field" name="item_name" hidden="0" width="250"/>
      <column type="field" name="measure" hidden="0" width="200"/>
      <column type="field" name="site_id" hidden="0" width="-1"/>
      <column type="field" name="site_name" hidden="0" width="150"/>
      <column type="field" name="residents" hidden="0" width="-1"/>
      <column type="field" name="residents_known" hidden="0" width="-1"/>
      <column type="actions" hidden="0" width="-1"/>
    </columns>
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
  <layerGeometryType>4</layerGeometryType>
</qgis>
