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
    <field name="measure" configurationFlags="None">
      <editWidget type="ValueMap">
        <config>
          <Option type="Map">
            <Option type="List" name="map">
              <Option type="Map">
                <Option type="QString" name="社区数" value="communities"/>
              </Option>
              <Option type="Map">
                <Option type="QString" name="完整社区数" value="complete"/>
              </Option>
              <Option type="Map">
                <Option type="QString" name="完整社区覆盖率（按个数，%）" value="coverage_count"/>
              </Option>
              <Option type="Map">
                <Option type="QString" name="人口（有人口数据的社区）" value="population"/>
              </Option>
              <Option type="Map">
                <Option type="QString" name="完整社区人口" value="population_complete"/>
              </Option>
              <Option type="Map">
                <Option type="QString" name="完整社区覆盖率（按人口，%）" value="coverage_population"/>
              </Option>
              <Option type="Map">
                <Option type="QString" name="缺人口数据的社区数" value="population_unknown"/>
              </Option>
              <Option type="Map">
                <Option type="QString" name="新达标完整社区数" value="became_complete"/>
              </Option>
              <Option type="Map">
                <Option type="QString" name="不再是完整社区数" value="no_longer_complete"/>
              </Option>
              <Option type="Map">
                <Option type="QString" name="新增社区数" value="new"/>
              </Option>
              <Option type="Map">
                <Option type="QString" name="移除社区数" value="removed"/>
              </Option>
              <Option type="Map">
                <Option type="QString" name="新达标项次" value="items_newly_passed"/>
              </Option>
              <Option type="Map">
                <Option type="QString" name="新不达标项次" value="items_newly_failed"/>
              </Option>
              <Option type="Map">
                <Option type="QString" name="—" value="{2839923C-8B7D-419E-B84B-CA2FE9B80EC7}"/>
              </Option>
            </Option>
          </Option>
        </config>
      </editWidget>
    </field>
    <field name="before" configurationFlags="None">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="after" configurationFlags="None">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="change" configurationFlags="None">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
  </fieldConfiguration>
  <aliases>
    <alias name="指标" field="measure" index="0"/>
    <alias name="前次" field="before" index="1"/>
    <alias name="本次" field="after" index="2"/>
    <alias name="变化" field="change" index="3"/>
  </aliases>
  <defaults>
    <default expression="" field="measure" applyOnUpdate="0"/>
    <default expression="" field="before" applyOnUpdate="0"/>
    <default expression="" field="after" applyOnUpdate="0"/>
    <default expression="" field="change" applyOnUpdate="0"/>
  </defaults>
  <constraints>
    <constraint unique_strength="0" exp_strength="0" field="measure" notnull_strength="0" constraints="0"/>
    <constraint unique_strength="0" exp_strength="0" field="before" notnull_strength="0" constraints="0"/>
    <constraint unique_strength="0" exp_strength="0" field="after" notnull_strength="0" constraints="0"/>
    <constraint unique_strength="0" exp_strength="0" field="change" notnull_strength="0" constraints="0"/>
  </constraints>
  <constraintExpressions>
    <constraint desc="" field="measure" exp=""/>
    <constraint desc="" field="before" exp=""/>
    <constraint desc="" field="after" exp=""/>
    <constraint desc="" field="change" exp=""/>
  </constraintExpressions>
  <expressionfields/>
  <attributeactions/>
  <attributetableconfig sortOrder="0" sortExpression="" actionWidgetStyle="dropDown">
    <columns>
      <column type="field" name="measure" hidden="0" width="260"/>
      <column type="field" name="before" hidden="0" width="-1"/>
      <column type="field" name="after" hidden="0" width="-1"/>
      <column type="field" name="change" hidden="0" width="-1"/>
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
