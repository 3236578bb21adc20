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
                <Option type="QString" name="Build at a suggested site" value="build_at_site"/>
              </Option>
              <Option type="Map">
                <Option type="QString" name="A suggested site helps" value="site_partial"/>
              </Option>
              <Option type="Map">
                <Option type="QString" name="No candidate site within reach" value="no_candidate"/>
              </Option>
              <Option type="Map">
                <Option type="QString" name="Site still to find" value="site_to_find"/>
              </Option>
              <Option type="Map">
                <Option type="QString" name="Fix a surveyed item" value="fix_survey"/>
              </Option>
              <Option type="Map">
                <Option type="QString" name="Other improvement" value="improve"/>
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
                <Option type="QString" name="Yes" value="1"/>
              </Option>
              <Option type="Map">
                <Option type="QString" name="No" value="0"/>
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
    <alias name="Rank" field="rank" index="0"/>
    <alias name="Year" field="year" index="1"/>
    <alias name="Priority score" field="priority" index="2"/>
    <alias name="Item weight" field="weight" index="3"/>
    <alias name="Community ID" field="community_id" index="4"/>
    <alias name="Community name" field="community_name" index="5"/>
    <alias name="Item no." field="item_id" index="6"/>
    <alias name="Item" field="item_name" index="7"/>
    <alias name="Measure" field="measure" index="8"/>
    <alias name="Site ID" field="site_id" index="9"/>
    <alias name="Site name" field="site_name" index="10"/>
    <alias name="Residents affected" field="residents" index="11"/>
    <alias name="Population known" field="residents_known" index="12"/>
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
