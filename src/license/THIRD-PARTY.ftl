<#-- guidekit's META-INF/THIRD-PARTY.txt, written by license-maven-plugin at every build from the dependencies'
     POMs. ShippedLicencesTest reads the "groupId:artifactId:version" lines. -->
<#function licenseFormat licenses>
    <#assign result = ""/>
    <#list licenses as license>
        <#if result != ""><#assign result = result + ", "/></#if>
        <#assign result = result + license/>
    </#list>
    <#return result>
</#function>
Third-party software in guidekit
================================

guidekit itself is licensed under the Apache License, Version 2.0 (META-INF/LICENSE).
guidekit.jar also contains the ${dependencyMap?size} libraries below, each under its own licence.
For each library, the folder META-INF/licenses/<artifactId>/ holds its licence and notice files
(the files its own jar ships, and notes with its copyright lines and where they come from);
the full texts of the GNU and Apache licences they refer to are in META-INF/licenses/.
The LGPL-licensed libraries can be replaced: see "Licences" in guidekit's README.

<#list dependencyMap as e>
<#assign p = e.getKey()/>
${p.groupId}:${p.artifactId}:${p.version}
    name:     ${p.name!p.artifactId}
    licence:  ${licenseFormat(e.getValue())}
    texts:    META-INF/licenses/${p.artifactId}/
    home:     ${p.url!"(none given)"}
</#list>
