@echo off
rem guidekit launcher for Windows: builds target\guidekit.jar when it is missing or older than the sources,
rem then runs it.   guidekit build   guidekit serve   guidekit help
setlocal
set "HERE=%~dp0"
set "JAR=%HERE%target\guidekit.jar"
set "BUILD="
if not exist "%JAR%" set "BUILD=1"
if not defined BUILD (
  rem Any file under src\ or pom.xml newer than the jar: PowerShell compares the times.
  powershell -NoProfile -Command "$j=(Get-Item -LiteralPath '%JAR%').LastWriteTime; if ((Get-Item -LiteralPath '%HERE%pom.xml').LastWriteTime -gt $j -or (Get-ChildItem -LiteralPath '%HERE%src' -Recurse -File | Where-Object { $_.LastWriteTime -gt $j } | Select-Object -First 1)) { exit 1 } else { exit 0 }"
  if errorlevel 1 set "BUILD=1"
)
if defined BUILD (
  where mvn >nul 2>nul || (
    echo guidekit: target\guidekit.jar needs to be built, and that needs Maven ^(mvn^), which is not installed. 1>&2
    exit /b 5
  )
  echo Building guidekit ^(once, after each change to its sources^) ... 1>&2
  pushd "%HERE%"
  call mvn -q -DskipTests package
  if errorlevel 1 (
    popd
    echo guidekit: the build failed; run "mvn -DskipTests package" to see why. 1>&2
    exit /b 1
  )
  popd
)
set "JAVA=java"
if defined JAVA_HOME if exist "%JAVA_HOME%\bin\java.exe" set "JAVA=%JAVA_HOME%\bin\java.exe"
"%JAVA%" -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -Xshare:auto %GUIDEKIT_JAVA_OPTS% -jar "%JAR%" %*
exit /b %ERRORLEVEL%
