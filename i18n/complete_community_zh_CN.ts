<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
    <context>
        <name>CompleteCommunity</name>
        <message>
            <location filename="../plugin.py" />
            <source>&amp;Complete Community Check</source>
            <translation>完整社区体检(&amp;C)</translation>
        </message>
        <message>
            <location filename="../plugin.py" />
            <location filename="../processing/provider.py" />
            <location filename="../ui/community_dock.py" />
            <source>Complete Community Check</source>
            <translation>完整社区体检</translation>
        </message>
        <message>
            <location filename="../plugin.py" />
            <source>Community inspector</source>
            <translation>社区体检面板</translation>
        </message>
        <message>
            <location filename="../plugin.py" />
            <source>Show or hide the Complete Community Check inspector</source>
            <translation>显示或隐藏完整社区体检面板</translation>
        </message>
        <message>
            <location filename="../processing/provider.py" />
            <source>Complete Community Check {}</source>
            <translation>完整社区体检 {}</translation>
        </message>
        <message>
            <location filename="../ui/community_dock.py" />
            <source>Run “Check communities” from the Processing toolbox, then select a community on the map.</source>
            <translation>请先在处理工具箱中运行“社区体检”，然后在地图上选择一个社区。</translation>
        </message>
    </context>
</TS>
