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
    <field name="action" configurationFlags="None">
      <editWidget type="ValueMap">
        <config>
          <Option type="Map">
            <Option type="List" name="map">
              <Option type="Map">
                <Option type="QString" name="合并" value="merge"/>
              </Option>
              <Option type="Map">
                <Option type="QString" name="拆分" value="split"/>
              </Option>
              <Option type="Map">
                <Option type="QString" name="未找到调整" value="keep"/>
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
    <field name="population_before" configurationFlags="None">
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
    <field name="population_after" configurationFlags="None">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="reason" configurationFlags="None">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="reason_text" configurationFlags="None">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
  </fieldConfiguration>
  <aliases>
    <alias name="调整方式" field="action" index="0"/>
    <alias name="调整前社区" field="before" index="1"/>
    <alias name="调整前人口" field="population_before" index="2"/>
    <alias name="调整后社区" field="after" index="3"/>
    <alias name="调整后人口" field="population_after" index="4"/>
    <alias name="未调整原因代码" field="reason" index="5"/>
    <alias name="未调整原因" field="reason_text" index="6"/>
  </aliases>
  <defaults>
    <default expression="" field="action" applyOnUpdate="0"/>
    <default expression="" field="before" applyOnUpdate="0"/>
    <default expression="" field="population_before" applyOnUpdate="0"/>
    <default expression="" field="after" applyOnUpdate="0"/>
    <default expression="" field="population_after" applyOnUpdate="0"/>
    <default expression="" field="reason" applyOnUpdate="0"/>
    <default expression="" field="reason_text" applyOnUpdate="0"/>
  </defaults>
  <constraints>
    <constraint unique_strength="0" exp_strength="0" field="action" notnull_strength="0" constraints="0"/>
    <constraint unique_strength="0" exp_strength="0" field="before" notnull_strength="0" constraints="0"/>
    <constraint unique_strength="0" exp_strength="0" field="population_before" notnull_strength="0" constraints="0"/>
    <constraint unique_strength="0" exp_strength="0" field="after" notnull_strength="0" constraints="0"/>
    <constraint unique_strength="0" exp_strength="0" field="population_after" notnull_strength="0" constraints="0"/>
    <constraint unique_strength="0" exp_strength="0" field="reason" notnull_strength="0" constraints="0"/>
    <constraint unique_strength="0" exp_strength="0" field="reason_text" notnull_strength="0" constraints="0"/>
  </constraints>
  <constraintExpressions>
    <constraint desc="" field="action" exp=""/>
    <constraint desc="" field="before" exp=""/>
    <constraint desc="" field="population_before" exp=""/>
    <constraint desc="" field="after" exp=""/>
    <constraint desc="" field="population_after" exp=""/>
    <constraint desc="" field="reason" exp=""/>
    <constraint desc="" field="reason_text" exp=""/>
  </constraintExpressions>
  <expressionfields/>
  <attributeactions/>
  <attributetableconfig sortOrder="0" sortExpression="" actionWidgetStyle="dropDown">
    <columns>
      <column type="field" name="action" hidden="0" width="-1"/>
      <column type="field" name="before" hidden="0" width="150"/>
      <column type="field" name="population_before" hidden="0" width="-1"/>
      <column type="field" name="after" hidden="0" width="150"/>
      <column type="field" name="population_after" hidden="0" width="-1"/>
      <column type="field" name="reason" hidden="1" width="-1"/>
      <column type="field" name="reason_text" hidden="0" width="300"/>
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
