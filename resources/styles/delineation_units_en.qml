<!DOCTYPE qgis PUBLIC 'http://mrcc.com/qgis.dtd' 'SYSTEM'>
<qgis version="3.22.16-Białowieża" styleCategories="Fields">
  <fieldConfiguration>
    <field name="cc_community" configurationFlags="None"/>
    <field name="cc_population" configurationFlags="None"/>
    <field name="cc_population_from" configurationFlags="None"/>
  </fieldConfiguration>
  <aliases>
    <alias name="Community" field="cc_community" index="0"/>
    <alias name="Population used" field="cc_population" index="1"/>
    <alias name="Population from" field="cc_population_from" index="2"/>
  </aliases>
  <defaults>
    <default expression="" field="cc_community" applyOnUpdate="0"/>
    <default expression="" field="cc_population" applyOnUpdate="0"/>
    <default expression="" field="cc_population_from" applyOnUpdate="0"/>
  </defaults>
  <constraints>
    <constraint unique_strength="0" exp_strength="0" field="cc_community" notnull_strength="0" constraints="0"/>
    <constraint unique_strength="0" exp_strength="0" field="cc_population" notnull_strength="0" constraints="0"/>
    <constraint unique_strength="0" exp_strength="0" field="cc_population_from" notnull_strength="0" constraints="0"/>
  </constraints>
  <constraintExpressions>
    <constraint desc="" field="cc_community" exp=""/>
    <constraint desc="" field="cc_population" exp=""/>
    <constraint desc="" field="cc_population_from" exp=""/>
  </constraintExpressions>
  <expressionfields/>
  <layerGeometryType>2</layerGeometryType>
</qgis>
